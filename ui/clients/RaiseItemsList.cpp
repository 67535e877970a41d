// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/RaiseItemsList.h"

#include "app/AppContext.h"
#include "app/Theme.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
constexpr int kItemRole = Qt::UserRole + 1;
}

RaiseItemsList::RaiseItemsList(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_list(new QListWidget(this)), m_status(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("raiseItems"));
    m_list->setAccessibleName(tr("Things to raise at the next appointment; tick when raised"));
    m_list->setMaximumHeight(90);
    m_list->setWordWrap(true);
    m_status->setWordWrap(true);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_list);
    v->addWidget(m_status);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading && item->checkState() == Qt::Checked)
            tick(item);
    });
}

void RaiseItemsList::setClient(qint64 clientId)
{
    if (clientId != m_clientId)
        m_outcome.clear();
    m_clientId = clientId;
    reload();
}

void RaiseItemsList::reload()
{
    m_loading = true;
    m_list->clear();
    m_status->setPalette(palette());
    if (m_clientId == 0) {
        m_status->clear();
        m_list->hide();
        m_loading = false;
        return;
    }
    const auto open = m_context.raises().openFor(m_clientId);
    if (!open) {
        m_status->setText(open.error().message);
        m_loading = false;
        return;
    }
    const QLocale locale;
    for (const auto& r : *open) {
        auto* it = new QListWidgetItem(r.text, m_list);
        it->setData(kItemRole, r.id);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        it->setCheckState(Qt::Unchecked);
        const QString when = locale.toString(r.createdAt.toTimeZone(m_context.practiceZone()), QLocale::ShortFormat);
        it->setToolTip(r.createdBy.isEmpty() ? tr("Noted %1. Tick when raised: it is then logged as an in-person "
                                                  "contact.")
                                                   .arg(when)
                                             : tr("Noted %1 by %2. Tick when raised: it is then logged as an "
                                                  "in-person contact.")
                                                   .arg(when, r.createdBy));
    }
    m_list->setVisible(!open->isEmpty());
    const QString count = open->isEmpty()
                              ? tr("Nothing to raise.")
                              : tr("%n to raise; tick each one when you have raised it.", nullptr, int(open->size()));
    m_status->setText(m_outcome.isEmpty() ? count : m_outcome + QLatin1Char(' ') + count);
    m_loading = false;
}

void RaiseItemsList::tick(QListWidgetItem* item)
{
    const qint64 id = item->data(kItemRole).toLongLong();
    const auto logged = m_context.raises().tickOff(id);
    if (!logged) {
        m_loading = true;
        item->setCheckState(Qt::Unchecked);
        m_loading = false;
        QPalette p = m_status->palette();
        p.setColor(QPalette::WindowText, Theme::errorColour(p));
        m_status->setPalette(p);
        m_status->setText(logged.error().message);
        return;
    }
    m_outcome = tr("Raised and logged as an in-person contact.");
    // Not from inside the list's own itemChanged: the items are rebuilt on the next event loop pass.
    const qint64 clientId = m_clientId;
    QMetaObject::invokeMethod(
        this,
        [this, clientId] {
            reload();
            m_context.notifyClientChanged(clientId); // the contact log, the list row, the dashboard
            emit raised(clientId);
        },
        Qt::QueuedConnection);
}

QString RaiseItemsList::statusText() const
{
    return m_status->text();
}

} // namespace rapport::ui
