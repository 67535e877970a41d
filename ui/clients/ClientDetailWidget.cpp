// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientDetailWidget.h"

#include "app/AppContext.h"
#include "clients/ClientAppointmentsTab.h"
#include "clients/ClientConsentTab.h"
#include "clients/ClientContactLogTab.h"
#include "clients/ClientOverviewTab.h"
#include "clients/LogContactDialog.h"
#include "clients/RecordConsentDialog.h"
#include "common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport::ui {

ClientDetailWidget::ClientDetailWidget(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_edit(new QPushButton(Icons::icon(QStringLiteral("edit")), tr("E&dit..."), this)),
      m_compose(new QPushButton(Icons::icon(QStringLiteral("new-message")), tr("New &message..."), this)),
      m_tabs(new QTabWidget(this)),
      m_empty(new QLabel(tr("Choose a client in the list to see their details, consent and contact log."), this)),
      m_overview(new ClientOverviewTab(context, this)), m_appointments(new ClientAppointmentsTab(context, this)),
      m_consent(new ClientConsentTab(context, this)), m_log(new ClientContactLogTab(context, this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette sp = m_subtitle->palette();
    sp.setColor(QPalette::WindowText, sp.color(QPalette::Disabled, QPalette::WindowText));
    m_subtitle->setPalette(sp);
    m_edit->setToolTip(tr("Edit this client's details (Ctrl+E)"));
    m_edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_compose->setToolTip(tr("Draft a message to this client (Ctrl+N)"));

    auto* header = new QHBoxLayout;
    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    header->addLayout(names, 1);
    header->addWidget(m_compose, 0, Qt::AlignTop);
    header->addWidget(m_edit, 0, Qt::AlignTop);

    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_appointments, tr("A&ppointments"));
    m_tabs->addTab(m_consent, Icons::icon(QStringLiteral("consent")), tr("Co&nsent"));
    m_tabs->addTab(m_log, Icons::icon(QStringLiteral("log-contact")), tr("Contact lo&g"));
    m_tabs->setDocumentMode(true);

    auto* v = new QVBoxLayout(this);
    v->addLayout(header);
    v->addWidget(m_tabs, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QPalette ep = m_empty->palette();
    ep.setColor(QPalette::WindowText, ep.color(QPalette::Disabled, QPalette::WindowText));
    m_empty->setPalette(ep);
    v->addWidget(m_empty, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_client.id); });
    connect(m_compose, &QPushButton::clicked, this, [this] { emit composeRequested(m_client.id); });
    // The overview saved through the services and told the context, which reloaded this view.
    connect(m_overview, &ClientOverviewTab::clientChanged, this, &ClientDetailWidget::clientChanged);
    // Whoever changes a client (a dialog, the composer, another view) says so on the context.
    connect(&m_context, &AppContext::clientChanged, this, [this](qint64 id) {
        if (id != 0 && id == m_client.id)
            reload();
    });
    connect(m_consent, &ClientConsentTab::recordRequested, this, &ClientDetailWidget::recordConsent);
    connect(m_consent, &ClientConsentTab::consentChanged, this, &ClientDetailWidget::consentChanged);
    connect(m_log, &ClientContactLogTab::logRequested, this, &ClientDetailWidget::logContact);
    setClient(0);
}

bool ClientDetailWidget::setClient(qint64 id)
{
    m_client = domain::Client();
    bool ok = true;
    if (id != 0) {
        auto c = m_context.clients().find(id);
        if (c)
            m_client = c.value();
        else
            ok = false;
    }
    const bool has = m_client.id != 0;
    m_title->setText(has ? m_client.name : tr("No client selected"));
    QString sub;
    if (has && !m_client.preferredName.isEmpty())
        sub = tr("Goes by %1").arg(m_client.preferredName);
    if (has && m_client.archived)
        sub += (sub.isEmpty() ? QString() : QStringLiteral(" \u00b7 ")) + tr("Archived");
    m_subtitle->setText(sub);
    m_subtitle->setVisible(!sub.isEmpty());
    m_edit->setEnabled(has);
    m_compose->setEnabled(has && !m_client.archived);
    m_overview->setClient(m_client);
    m_appointments->setClient(m_client.id, !m_client.archived && !m_client.erased);
    m_consent->setClient(m_client.id, m_client.name);
    m_log->setClient(m_client.id);
    m_tabs->setEnabled(has);
    m_tabs->setVisible(has);
    m_empty->setVisible(!has);
    m_edit->setVisible(has);
    m_compose->setVisible(has);
    return ok;
}

void ClientDetailWidget::reload()
{
    const int tab = m_tabs->currentIndex();
    const QString outcome = m_log->outcomeText();
    setClient(m_client.id);
    m_log->showOutcome(outcome);
    m_tabs->setCurrentIndex(tab);
}

void ClientDetailWidget::recordConsent()
{
    if (m_client.id == 0)
        return;
    RecordConsentDialog dialog(m_context, m_client.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_consent->reload();
    emit consentChanged(m_client.id);
}

void ClientDetailWidget::logContact()
{
    if (m_client.id == 0)
        return;
    LogContactDialog dialog(m_context, m_client.id, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome())
        return;
    const QString what = LogContactDialog::describe(*dialog.outcome());
    m_log->reload();
    m_log->showOutcome(what.isEmpty() ? tr("Logged.") : what);
    m_consent->reload();
    if (!dialog.outcome()->withdrawals.isEmpty())
        emit consentChanged(m_client.id);
    else
        emit clientChanged(m_client.id);
}

} // namespace rapport::ui
