// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientContactLogTab.h"

#include "app/AppContext.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "domain/ClinicalMask.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
QString flagWords(const QString& flags)
{
    QStringList out;
    for (const QString& f : flags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = f.trimmed();
        if (t.startsWith(QLatin1String("withdrawn")))
            out << ClientContactLogTab::tr("withdrew consent");
        else if (t == QLatin1String("possible-opt-out"))
            out << ClientContactLogTab::tr("possible opt-out");
        else if (t == QLatin1String("possible-opt-in"))
            out << ClientContactLogTab::tr("possible opt-in");
        else if (t == QLatin1String("by-hand"))
            out << ClientContactLogTab::tr("sent by hand");
        else
            out << t;
    }
    return out.join(QStringLiteral(", "));
}
} // namespace

ClientContactLogTab::ClientContactLogTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_log(new QPushButton(Icons::icon(QStringLiteral("log-contact")), tr("&Log contact..."), this)),
      m_reveal(new QCheckBox(tr("Show clinical details"), this)), m_banner(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_empty(new QLabel(tr("No contacts logged yet."), this))
{
    m_reveal->setToolTip(tr("Logged texts are shown with treatment details masked; tick to reveal them"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAccessibleName(tr("What the last log triggered"));
    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("When"), tr("Direction"), tr("Channel"), tr("Text"), tr("Flags")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Contact log"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_log);
    bar->addStretch(1);
    bar->addWidget(m_reveal);
    auto* v = new QVBoxLayout(this);
    v->addLayout(bar);
    v->addWidget(m_banner);
    v->addWidget(m_list, 1);
    v->addWidget(m_empty, 1);
    connect(m_log, &QPushButton::clicked, this, &ClientContactLogTab::logRequested);
    connect(m_reveal, &QCheckBox::toggled, this, &ClientContactLogTab::reload);
}

void ClientContactLogTab::setClient(qint64 clientId)
{
    if (clientId != m_clientId)
        showOutcome(QString());
    m_clientId = clientId;
    m_reveal->setChecked(false);
    reload();
}

void ClientContactLogTab::reload()
{
    m_list->clear();
    m_entries.clear();
    if (m_clientId != 0) {
        auto entries = m_context.contacts().forClient(m_clientId, 500);
        if (entries)
            m_entries = entries.value();
        else
            showOutcome(entries.error().message);
    }
    const QLocale locale;
    const QTimeZone zone = m_context.practiceZone();
    const bool reveal = m_reveal->isChecked();
    for (const auto& e : m_entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(e.at.toTimeZone(zone), QStringLiteral("d MMM yyyy HH:mm")));
        item->setText(1, Labels::direction(e.direction));
        item->setText(2, Labels::channel(e.channel));
        bool masked = false;
        const QString text = reveal ? e.text : domain::ClinicalMask::apply(e.text, &masked);
        item->setText(3, QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (masked)
            item->setToolTip(3, tr("Clinical details masked: tick \"Show clinical details\" to read them"));
        else
            item->setToolTip(3, text);
        item->setText(4, flagWords(e.flags));
    }
    for (int c : {0, 1, 2})
        m_list->resizeColumnToContents(c);
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    m_log->setEnabled(m_clientId != 0);
}

void ClientContactLogTab::showOutcome(const QString& message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

QString ClientContactLogTab::outcomeText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

} // namespace rapport::ui
