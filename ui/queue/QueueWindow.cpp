// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueWindow.h"

#include "app/AppContext.h"
#include "composer/ComposerHandoff.h"
#include "composer/FindingHighlighter.h"
#include "services/QueueService.h"

#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;

namespace {
enum Column { kDue, kClient, kChannel, kText, kState, kColumns };

QString channelName(Channel c)
{
    switch (c) {
    case Channel::Sms:
        return QueueWindow::tr("Text");
    case Channel::Email:
        return QueueWindow::tr("Email");
    case Channel::Phone:
        return QueueWindow::tr("Phone call");
    case Channel::InPerson:
        break;
    }
    return QueueWindow::tr("In person");
}
} // namespace

QueueWindow::QueueWindow(AppContext& context, std::function<bool(const QUrl&)> openUrl, QWidget* parent)
    : QWidget(parent, Qt::Window), m_context(context),
      m_openUrl(openUrl ? std::move(openUrl) : [](const QUrl& u) { return QDesktopServices::openUrl(u); })
{
    setWindowTitle(tr("Scheduled messages"));
    auto* v = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Messages written earlier to be sent later. Nothing is sent by itself: when one is "
                                "due, hand it off (Enter); the advice is read again first."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_table = new QTableWidget(0, kColumns, this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Client"), tr("Channel"), tr("Message"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(kText, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Scheduled messages"));
    v->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No messages are scheduled. In the composer, \u201cSchedule\u2026\u201d keeps a message "
                            "for the suggested time."),
                         this);
    m_empty->setWordWrap(true);
    v->addWidget(m_empty);
    auto* buttons = new QHBoxLayout;
    m_handOff = new QPushButton(tr("&Hand off"), this);
    m_handOff->setObjectName(QStringLiteral("queueHandOff"));
    m_handOff->setToolTip(tr("Open the message in the messaging app, mail program or dialler and log it (Enter)"));
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_edit->setObjectName(QStringLiteral("queueEdit"));
    m_edit->setToolTip(tr("Change the selected message's text or time"));
    m_cancel = new QPushButton(tr("Cancel &message"), this);
    m_cancel->setObjectName(QStringLiteral("queueCancel"));
    m_cancel->setToolTip(tr("Drop the selected message (Delete)"));
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    buttons->addWidget(m_handOff);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    v->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    connect(m_handOff, &QPushButton::clicked, this, [this] { handOffSelected(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });
    connect(m_edit, &QPushButton::clicked, this, &QueueWindow::editSelected);
    connect(refresh, &QPushButton::clicked, this, &QueueWindow::reload);
    // Enter hands off, Delete cancels: keys of the table itself (a shortcut would lose to the
    // view's own handling of Enter).
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_handOff->setEnabled(selectedId() != 0);
        m_edit->setEnabled(selectedId() != 0);
        m_cancel->setEnabled(selectedId() != 0);
    });
    resize(820, 420);
    reload();
}

void QueueWindow::reload()
{
    services::QueueService queue(m_context.database(), m_context.clock());
    const auto rows = queue.list();
    const qint64 keep = selectedId();
    m_table->setRowCount(0);
    m_due = 0;
    if (!rows) {
        setStatus(rows.error().message, true);
        return;
    }
    const QDateTime now = m_context.clock().now();
    const QTimeZone zone = m_context.practiceZone();
    const QLocale locale;
    int row = 0;
    // Due ones first (they are already sorted by due time, so they come first anyway).
    for (const auto& l : *rows) {
        const auto& m = l.message;
        const bool due = m.isDue(now);
        m_due += due ? 1 : 0;
        m_table->insertRow(row);
        const QDateTime local = m.dueAt.toTimeZone(zone);
        auto* when = new QTableWidgetItem(locale.toString(local, QStringLiteral("ddd d MMM, HH:mm")));
        when->setData(Qt::UserRole, m.id);
        when->setData(Qt::UserRole + 1, m.clientId);
        m_table->setItem(row, kDue, when);
        m_table->setItem(row, kClient, new QTableWidgetItem(l.clientName));
        m_table->setItem(row, kChannel, new QTableWidgetItem(channelName(m.channel)));
        m_table->setItem(row, kText, new QTableWidgetItem(QString(m.text).replace(QLatin1Char('\n'), u' ')));
        auto* state = new QTableWidgetItem(due ? tr("Due now") : tr("Scheduled"));
        if (due) {
            QFont f = state->font();
            f.setBold(true);
            state->setFont(f);
        }
        m_table->setItem(row, kState, state);
        if (m.id == keep)
            m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(kText, QHeaderView::Stretch);
    m_empty->setVisible(row == 0);
    if (m_table->currentRow() < 0 && row > 0)
        m_table->selectRow(0);
    m_handOff->setEnabled(selectedId() != 0);
    m_edit->setEnabled(selectedId() != 0);
    m_cancel->setEnabled(selectedId() != 0);
}

qint64 QueueWindow::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, kDue))
        return 0;
    return m_table->item(row, kDue)->data(Qt::UserRole).toLongLong();
}

bool QueueWindow::handOffSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    services::QueueService queue(m_context.database(), m_context.clock());
    const auto m = queue.find(id);
    if (!m) {
        setStatus(m.error().message, true);
        return false;
    }
    if (!m->isDue(m_context.clock().now())) {
        setStatus(tr("This message is not due yet."), true);
        return false;
    }
    const auto check = queue.check(id);
    if (!check) {
        setStatus(check.error().message, true);
        return false;
    }
    if (!check->handOffAllowed) {
        setStatus(tr("Not handed off: %1. Cancel it, or change the time.").arg(check->why), true);
        return false;
    }
    const auto client = m_context.clients().find(m->clientId);
    if (!client) {
        setStatus(client.error().message, true);
        return false;
    }
    QUrl url;
    if (m->channel == Channel::Sms) {
        if (const auto p = ComposerHandoff::textNumberFor(*client))
            url = ComposerHandoff::sms(p->value, m->text);
    } else if (m->channel == Channel::Email) {
        if (const auto p = ComposerHandoff::emailFor(*client))
            url = ComposerHandoff::mailto(p->value, ComposerHandoff::subject(QString(), m->text), m->text);
    } else if (m->channel == Channel::Phone) {
        if (const auto p = ComposerHandoff::callNumberFor(*client))
            url = ComposerHandoff::tel(p->value);
    }
    if (m->channel != Channel::InPerson) {
        if (!url.isValid()) {
            setStatus(tr("%1 has no contact point for this channel any more.").arg(client->name), true);
            return false;
        }
        if (!m_openUrl(url)) {
            setStatus(
                tr("Nothing on this computer could open %1: links; the message stays in the queue.").arg(url.scheme()),
                true);
            return false;
        }
    }
    const auto done = queue.markHandedOff(id);
    if (!done) {
        setStatus(done.error().message, true);
        return false;
    }
    setStatus(tr("Handed off to %1 and logged.").arg(client->name));
    reload();
    emit handedOff(m->clientId);
    return true;
}

bool QueueWindow::editSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    services::QueueService queue(m_context.database(), m_context.clock());
    const auto m = queue.find(id);
    if (!m) {
        setStatus(m.error().message, true);
        return false;
    }
    const QTimeZone zone = m_context.practiceZone();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit scheduled message"));
    auto* form = new QFormLayout(&dialog);
    auto* when = new QDateTimeEdit(&dialog);
    when->setObjectName(QStringLiteral("queueEditWhen"));
    when->setDisplayFormat(QStringLiteral("ddd d MMM yyyy, HH:mm"));
    when->setCalendarPopup(true);
    const QDateTime local = m->dueAt.toTimeZone(zone);
    when->setDateTime(QDateTime(local.date(), local.time()));
    auto* text = new QPlainTextEdit(m->text, &dialog);
    text->setObjectName(QStringLiteral("queueEditText"));
    text->setTabChangesFocus(true);
    form->addRow(tr("&Hand off at (%1):").arg(QString::fromUtf8(zone.id())), when);
    form->addRow(tr("&Message:"), text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (m_editHook)
        m_editHook(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QDateTime wall = when->dateTime();
    const auto edited = queue.edit(id, text->toPlainText(), QDateTime(wall.date(), wall.time(), zone));
    if (!edited) {
        setStatus(edited.error().message, true);
        return false;
    }
    setStatus(tr("The message was changed."));
    reload();
    return true;
}

bool QueueWindow::cancelSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    const auto c = services::QueueService(m_context.database(), m_context.clock()).cancel(id);
    if (!c) {
        setStatus(c.error().message, true);
        return false;
    }
    setStatus(tr("The message was cancelled."));
    reload();
    return true;
}

bool QueueWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                handOffSelected();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                cancelSelected();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString QueueWindow::statusText() const
{
    return m_status->text();
}

void QueueWindow::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    // The same red as the composer's errors (the clinical highlight's colour, legible in both palettes).
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: %1; }")
                                        .arg(FindingHighlighter::colour(domain::Category::Clinical, palette()).name())
                                  : QString());
}

} // namespace rapport::ui
