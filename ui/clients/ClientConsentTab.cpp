// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientConsentTab.h"

#include "app/AppContext.h"
#include "app/Theme.h"
#include "clients/ConsentBadge.h"
#include "common/BadgePill.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "domain/ConsentLedger.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;
using domain::ConsentState;
using domain::Scope;

ClientConsentTab::ClientConsentTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_record(new QPushButton(Icons::icon(QStringLiteral("consent")), tr("&Record consent..."), this)),
      m_history(new QTreeWidget(this)), m_error(new QLabel(this))
{
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    QFont bold = font();
    bold.setBold(true);
    auto* hService = new QLabel(Labels::scope(Scope::Service), this);
    auto* hMarketing = new QLabel(Labels::scope(Scope::Marketing), this);
    hService->setFont(bold);
    hMarketing->setFont(bold);
    hService->setToolTip(tr("Messages about the client's own appointments and care"));
    hMarketing->setToolTip(tr("Offers, news and promotions"));
    grid->addWidget(hService, 0, 1, 1, 2);
    grid->addWidget(hMarketing, 0, 3, 1, 2);
    int row = 1;
    for (Channel c : domain::consentChannels()) {
        auto* name = new QLabel(Labels::channel(c), this);
        name->setFont(bold);
        grid->addWidget(name, row, 0);
        int col = 1;
        for (Scope s : {Scope::Service, Scope::Marketing}) {
            auto* pill = new BadgePill(this);
            auto* since = new QLabel(this);
            QPalette sp = since->palette();
            sp.setColor(QPalette::WindowText, sp.color(QPalette::Disabled, QPalette::WindowText));
            since->setPalette(sp);
            auto* button = new QPushButton(Icons::icon(QStringLiteral("withdraw")), tr("Withdraw"), this);
            button->setAccessibleName(tr("Withdraw %1 %2 consent").arg(Labels::channel(c), Labels::scope(s)));
            button->setToolTip(tr("Record that the client withdrew this consent, now"));
            // The date under the badge, so that both scopes fit side by side in a narrow pane
            // (1024 px, German's longer words).
            auto* cell = new QVBoxLayout;
            cell->setSpacing(1);
            cell->addWidget(pill, 0, Qt::AlignLeft);
            cell->addWidget(since);
            grid->addLayout(cell, row, col);
            grid->addWidget(button, row, col + 1, Qt::AlignLeft | Qt::AlignVCenter);
            m_pills.insert(key(c, s), pill);
            m_since.insert(key(c, s), since);
            m_withdraw.insert(key(c, s), button);
            connect(button, &QPushButton::clicked, this, [this, c, s] { withdraw(c, s); });
            col += 2;
        }
        ++row;
    }
    grid->setColumnStretch(5, 1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_record);
    bar->addStretch(1);

    m_history->setColumnCount(7);
    m_history->setHeaderLabels(
        {tr("Effective"), tr("Channel"), tr("Scope"), tr("State"), tr("Method"), tr("Recorded by"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setAccessibleName(tr("Consent history"));
    m_history->header()->setStretchLastSection(true);

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette ep = m_error->palette();
    ep.setColor(QPalette::WindowText, Theme::errorColour(ep));
    m_error->setPalette(ep);

    auto* histTitle = new QLabel(tr("History"), this);
    histTitle->setFont(bold);
    auto* v = new QVBoxLayout(this);
    v->addLayout(grid);
    v->addLayout(bar);
    v->addWidget(m_error);
    v->addSpacing(6);
    v->addWidget(histTitle);
    v->addWidget(m_history, 1);

    connect(m_record, &QPushButton::clicked, this, &ClientConsentTab::recordRequested);
}

BadgePill* ClientConsentTab::pill(Channel channel, Scope scope) const
{
    return m_pills.value(key(channel, scope));
}

QPushButton* ClientConsentTab::withdrawButton(Channel channel, Scope scope) const
{
    return m_withdraw.value(key(channel, scope));
}

void ClientConsentTab::setClient(qint64 clientId, const QString& name)
{
    m_clientId = clientId;
    m_name = name;
    reload();
}

void ClientConsentTab::reload()
{
    m_error->setVisible(false);
    m_history->clear();
    QVector<domain::ConsentEvent> events;
    if (m_clientId != 0) {
        auto h = m_context.consents().history(m_clientId);
        if (!h) {
            m_error->setText(h.error().message);
            m_error->setVisible(true);
        } else {
            events = h.value();
        }
    }
    const QLocale locale;
    const QTimeZone zone = m_context.practiceZone();
    const QDateTime now = m_context.now();
    for (const auto& line : domain::ConsentLedger::currentStates(events, now)) {
        const int k = key(line.channel, line.scope);
        const BadgeState st = line.event ? ConsentBadge::fromState(line.event->state) : BadgeState::None;
        QString description = ConsentBadge::description(line.channel, st) + QStringLiteral(" (") +
                              Labels::scopeInSentence(line.scope) + QLatin1Char(')');
        if (line.event && !line.event->note.isEmpty())
            description += QLatin1Char('\n') + line.event->note;
        m_pills.value(k)->setState(st, description);
        m_since.value(k)->setText(line.event ? tr("since %1")
                                                   .arg(locale.toString(line.event->effectiveAt.toTimeZone(zone).date(),
                                                                        QStringLiteral("d MMM yyyy")))
                                             : QString());
        const bool allows =
            line.event && (line.event->state == ConsentState::Granted || line.event->state == ConsentState::Imported);
        m_withdraw.value(k)->setVisible(allows);
        m_withdraw.value(k)->setEnabled(allows);
    }
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, locale.toString(it->effectiveAt.toTimeZone(zone), QStringLiteral("d MMM yyyy HH:mm")));
        item->setText(1, Labels::channel(it->channel));
        item->setText(2, Labels::scope(it->scope));
        item->setText(3, Labels::state(it->state));
        item->setText(4, Labels::method(it->method));
        item->setText(5, it->recordedBy.isEmpty() ? QStringLiteral("\u2014") : it->recordedBy);
        item->setText(6, it->note);
        item->setToolTip(6, it->note);
        item->setToolTip(0,
                         tr("Recorded %1").arg(locale.toString(it->recordedAt.toTimeZone(zone), QLocale::LongFormat)));
        const QColor hue = ConsentBadge::colours(ConsentBadge::fromState(it->state), palette()).text;
        item->setForeground(3, hue);
    }
    for (int c = 0; c < m_history->columnCount() - 1; ++c)
        m_history->resizeColumnToContents(c);
    m_record->setEnabled(m_clientId != 0);
}

bool ClientConsentTab::withdraw(Channel channel, Scope scope)
{
    if (m_clientId == 0)
        return false;
    const QString question = tr("Record that %1 withdrew %2 consent (%3), effective now?")
                                 .arg(m_name, Labels::channelInSentence(channel), Labels::scopeInSentence(scope));
    bool go = false;
    if (m_confirm) {
        go = m_confirm(question);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Withdraw consent: %1").arg(m_name), question, QMessageBox::Cancel,
                        this);
        QPushButton* yes = box.addButton(tr("&Withdraw for %1").arg(m_name), QMessageBox::AcceptRole);
        box.setDefaultButton(yes);
        box.exec();
        go = box.clickedButton() == yes;
    }
    if (!go)
        return false;
    auto ev = m_context.consents().withdraw(m_clientId, channel, scope, QStringLiteral("other"),
                                            tr("Withdrawn from the client's consent tab"), m_context.currentUser());
    if (!ev) {
        m_error->setText(ev.error().message);
        m_error->setVisible(true);
        return false;
    }
    reload();
    m_context.notifyClientChanged(m_clientId);
    emit consentChanged(m_clientId);
    return true;
}

} // namespace rapport::ui
