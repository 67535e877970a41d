// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/RemindersWindow.h"
#include "common/Labels.h"

#include "composer/ComposerHandoff.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;
using domain::PassState;
using domain::Verdict;
using services::ReminderRow;

namespace {

enum Column { kClient, kTime, kChannel, kWhy, kTiming, kState, kColumns };

bool blocked(const ReminderRow& row, Channel c)
{
    const auto* a = row.advice.advice.find(c);
    return !a || a->verdict == Verdict::Blocked;
}

QString channelWord(Channel c)
{
    switch (c) {
    case Channel::Sms:
        return RemindersWindow::tr("Text");
    case Channel::Email:
        return RemindersWindow::tr("Email");
    case Channel::Phone:
        return RemindersWindow::tr("Phone");
    case Channel::InPerson:
        return RemindersWindow::tr("In person");
    }
    return QString();
}

} // namespace

RemindersWindow::RemindersWindow(services::ComposerService& composer, std::optional<QDate> day, QWidget* parent)
    : QWidget(parent), m_composer(composer), m_service(composer.database(), composer.clock()),
      m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); }), m_ask([this](const QString& question) {
          return QMessageBox::question(this, tr("Outside your hours"), question, QMessageBox::Yes | QMessageBox::No,
                                       QMessageBox::No) == QMessageBox::Yes;
      })
{
    setWindowTitle(tr("Reminders"));
    setObjectName(QStringLiteral("remindersWindow"));
    buildUi();
    loadTemplates();
    QDate d = day.value_or(QDate());
    if (!d.isValid()) {
        const auto next = m_service.defaultDay();
        d = next ? *next : composer.clock().now().date().addDays(1);
    }
    m_date->blockSignals(true);
    m_date->setDate(d);
    m_date->blockSignals(false);
    reload();
    resize(980, 560);
}

void RemindersWindow::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("&Day:"), this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reminderDay"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 2026")) + 48);
    dayLabel->setBuddy(m_date);
    auto* templateLabel = new QLabel(tr("&Template:"), this);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("reminderTemplate"));
    m_template->setMinimumContentsLength(22);
    templateLabel->setBuddy(m_template);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("reminderProgress"));
    top->addWidget(dayLabel);
    top->addWidget(m_date);
    top->addSpacing(12);
    top->addWidget(templateLabel);
    top->addWidget(m_template);
    top->addStretch(1);
    top->addWidget(m_progress);
    layout->addLayout(top);

    m_table = new QTableWidget(0, kColumns, this);
    m_table->setObjectName(QStringLiteral("reminderTable"));
    m_table->setHorizontalHeaderLabels({tr("Client"), tr("Time"), tr("Channel"), tr("Why"), tr("Timing"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kWhy, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    // The selected row's message as it will go, rendered for that client and appointment.
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("reminderPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setAccessibleName(tr("The message of the selected row"));
    layout->addWidget(m_preview);

    auto* buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("Hand off (Enter)"), this);
    m_text = new QPushButton(tr("Text"), this);
    m_text->setToolTip(tr("This client must not be texted or emailed: call them."));
    m_skip = new QPushButton(tr("Skip (S)"), this);
    m_open = new QPushButton(tr("Open in composer (O)"), this);
    for (auto* b : {m_send, m_text, m_skip, m_open}) {
        b->setFocusPolicy(Qt::NoFocus); // the keys go to the table
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reminderStatus"));
    buttons->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &RemindersWindow::handOffCurrent);
    connect(m_skip, &QPushButton::clicked, this, &RemindersWindow::skipCurrent);
    connect(m_open, &QPushButton::clicked, this, &RemindersWindow::openCurrentInComposer);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_timingAccepted = false;
        reload();
    });
    connect(m_template, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_timingAccepted = false;
        reload();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
}

void RemindersWindow::loadTemplates()
{
    const auto all = m_composer.templates();
    m_template->blockSignals(true);
    m_template->clear();
    int reminder = 0;
    if (all) {
        for (const auto& t : *all) {
            if (t.starterKey == QLatin1String("appointment-reminder"))
                reminder = m_template->count();
            m_template->addItem(t.name, t.id);
        }
    }
    m_template->setCurrentIndex(reminder);
    m_template->blockSignals(false);
}

QDate RemindersWindow::day() const
{
    return m_date->date();
}

void RemindersWindow::setDay(const QDate& day)
{
    m_date->setDate(day);
}

bool RemindersWindow::setTemplate(const QString& name)
{
    const int i = m_template->findText(name, Qt::MatchFixedString);
    if (i < 0)
        return false;
    m_template->setCurrentIndex(i);
    return true;
}

void RemindersWindow::reload()
{
    if (m_template->currentIndex() < 0) {
        m_plan = {};
        fill();
        return;
    }
    const auto tmpl = m_service.findTemplate(m_template->currentText());
    if (!tmpl) {
        setStatus(tmpl.error().message, true);
        return;
    }
    if (!m_analyser) {
        const auto settings = m_composer.settings();
        if (settings)
            m_analyser = services::ComposerService::analyserFor(*settings);
    }
    const auto plan = m_service.plan(m_date->date(), *tmpl, m_analyser ? &*m_analyser : nullptr);
    if (!plan) {
        setStatus(plan.error().message, true);
        return;
    }
    m_plan = *plan;
    fill();
}

QString RemindersWindow::formatLocal(const QDateTime& utc) const
{
    const auto settings = m_composer.settings();
    QTimeZone zone(settings ? settings->timeZone.toUtf8() : QByteArrayLiteral("Europe/London"));
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/London"));
    const QDateTime local = utc.toTimeZone(zone);
    const QDate today = m_composer.clock().now().toTimeZone(zone).date();
    if (local.date() == today)
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local, QStringLiteral("ddd HH:mm"));
}

void RemindersWindow::fill()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(0);
    m_tableToPlan.clear();
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor warn = palette().color(QPalette::Link);
    const auto addRow = [&](int i) {
        const ReminderRow& row = m_plan.rows.at(i);
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_tableToPlan << i;
        const auto channel = handOffChannel(row);
        QString channelText;
        if (row.callList)
            channelText = channel ? tr("Phone / call") : tr("No phone: in person");
        else
            channelText = channelWord(row.advice.advice.best);
        QStringList why = row.consentNotes;
        const auto* chosen = row.advice.advice.find(row.callList ? Channel::Sms : row.advice.advice.best);
        if (chosen && !(row.callList && !row.consentNotes.isEmpty()))
            for (const auto& reason : chosen->reasons)
                why << reason.text;
        if (!row.unfilled.isEmpty())
            why << tr("Not filled in: {%1}.").arg(row.unfilled.join(QStringLiteral("}, {")));
        const auto& timing = row.advice.advice.timing;
        const QString timingText = timing.sendNow  ? tr("Now")
                                   : timing.nextOk ? tr("Not now; from %1").arg(formatLocal(*timing.nextOk))
                                                   : tr("Not now");
        QString stateText = tr("To do");
        if (row.state == PassState::Skipped)
            stateText = tr("Skipped");
        else if (row.state == PassState::HandedOff)
            stateText = row.handedOffBy ? tr("\u2713 Done (%1)").arg(Labels::channelInSentence(*row.handedOffBy))
                                        : tr("\u2713 Done");
        const QStringList cells{
            row.client.name, QLocale().toString(row.appointment.start.toLocalTime().time(), QStringLiteral("HH:mm")),
            channelText,     why.join(QLatin1Char(' ')),
            timingText,      stateText};
        for (int c = 0; c < kColumns; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == kWhy)
                item->setToolTip(row.text + QStringLiteral("\n\n") + why.join(QLatin1Char('\n')));
            if (row.done())
                item->setForeground(muted);
            else if (c == kWhy && !row.consentNotes.isEmpty())
                item->setForeground(warn);
            else if (c == kTiming && !timing.sendNow)
                item->setForeground(warn);
            m_table->setItem(r, c, item);
        }
        // The appointment's time in the practice zone (the table is the practice's day).
        m_table->item(r, kTime)->setText(formatLocal(row.appointment.start).right(5));
    };
    for (int i = 0; i < m_plan.rows.size(); ++i)
        if (!m_plan.rows.at(i).callList)
            addRow(i);
    bool heading = false;
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        if (!m_plan.rows.at(i).callList)
            continue;
        if (!heading) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            m_tableToPlan << -1;
            auto* item = new QTableWidgetItem(tr("Call list: these clients must not be texted or emailed"));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(r, 0, item);
            m_table->setSpan(r, 0, 1, kColumns);
            heading = true;
        }
        addRow(i);
    }
    const int total = m_plan.rows.size();
    m_progress->setText(tr("%1 of %2 done").arg(m_plan.doneCount()).arg(total));
    if (total == 0) {
        m_empty->setText(
            m_template->count() == 0
                ? tr("There are no templates. Add one in the composer first.")
                : tr("No booked appointments on %1.").arg(QLocale().toString(m_date->date(), QLocale::LongFormat)));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
        int row = keep >= 0 && keep < m_table->rowCount() ? keep : -1;
        if (row < 0 || m_tableToPlan.value(row) < 0) {
            row = -1;
            for (int r = 0; r < m_tableToPlan.size() && row < 0; ++r)
                if (m_tableToPlan.at(r) >= 0 && !m_plan.rows.at(m_tableToPlan.at(r)).done())
                    row = r;
            if (row < 0)
                row = m_tableToPlan.value(0) >= 0 ? 0 : 1;
        }
        m_table->setCurrentCell(row, 0);
    }
    updateButtons();
}

int RemindersWindow::currentPlanRow() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < m_tableToPlan.size() ? m_tableToPlan.at(r) : -1;
}

std::optional<Channel> RemindersWindow::handOffChannel(const ReminderRow& row) const
{
    if (row.callList)
        return blocked(row, Channel::Phone) ? std::nullopt : std::optional<Channel>(Channel::Phone);
    const Channel best = row.advice.advice.best;
    if (best == Channel::InPerson)
        return std::nullopt;
    return best;
}

QString RemindersWindow::previewText() const
{
    return m_preview->isHidden() ? QString() : m_preview->text();
}

void RemindersWindow::updateButtons()
{
    const int i = currentPlanRow();
    const ReminderRow* row = i >= 0 ? &m_plan.rows.at(i) : nullptr;
    m_preview->setText(row ? row->text : QString());
    m_preview->setVisible(row != nullptr);
    const auto channel = row ? handOffChannel(*row) : std::nullopt;
    m_send->setEnabled(row && channel && !row->done());
    m_send->setText(row && row->callList ? tr("Call (Enter)")
                    : channel            ? tr("Send by %1 (Enter)").arg(Labels::channelInSentence(*channel))
                                         : tr("Hand off (Enter)"));
    m_text->setVisible(row && row->callList);
    m_text->setEnabled(false); // greyed: the point is that it cannot be pressed
    m_skip->setEnabled(row && !row->done());
    m_open->setEnabled(row != nullptr);
}

bool RemindersWindow::confirmTiming(const ReminderRow& row)
{
    const auto& timing = row.advice.advice.timing;
    if (timing.sendNow || m_timingAccepted)
        return true;
    QStringList why;
    for (const auto& r : timing.reasons) {
        if (r.code == QLatin1String("outside-practice-hours"))
            why << tr("outside your hours");
        else if (r.code == QLatin1String("time-off"))
            why << tr("in your time off");
        else if (r.code == QLatin1String("client-quiet-hours"))
            why << tr("inside the client's quiet hours");
    }
    if (why.isEmpty())
        why << tr("not a good time to send");
    const QString when = timing.nextOk ? tr("the suggested time is %1").arg(formatLocal(*timing.nextOk))
                                       : tr("no better time was found in the next year");
    if (!m_ask(tr("It is %1; %2. Hand off now anyway? (Asked once for this pass.)").arg(why.join(tr(" and ")), when)))
        return false;
    m_timingAccepted = true;
    return true;
}

void RemindersWindow::handOffCurrent()
{
    const int i = currentPlanRow();
    if (i < 0)
        return;
    const ReminderRow row = m_plan.rows.at(i);
    if (row.done())
        return;
    const auto channel = handOffChannel(row);
    if (!channel) {
        setStatus(
            tr("%1 cannot be reached by text, email or phone: tell them in person, or skip (S).").arg(row.client.name),
            true);
        return;
    }
    if (!row.unfilled.isEmpty()) {
        setStatus(
            tr("The reminder for %1 has placeholders not filled in; open it in the composer (O).").arg(row.client.name),
            true);
        return;
    }
    QUrl url;
    switch (*channel) {
    case Channel::Sms:
        if (const auto p = ComposerHandoff::textNumberFor(row.client))
            url = ComposerHandoff::sms(p->value, row.text);
        break;
    case Channel::Email:
        if (const auto p = ComposerHandoff::emailFor(row.client))
            url = ComposerHandoff::mailto(p->value, ComposerHandoff::subject(m_plan.messageTemplate.name, row.text),
                                          row.text);
        break;
    case Channel::Phone:
        if (const auto p = ComposerHandoff::callNumberFor(row.client))
            url = ComposerHandoff::tel(p->value);
        break;
    case Channel::InPerson:
        break;
    }
    if (url.isEmpty()) {
        setStatus(tr("%1 has no address for this channel.").arg(row.client.name), true);
        return;
    }
    if (!confirmTiming(row)) {
        setStatus(tr("Not handed off; the row stays to do."));
        return;
    }
    if (!m_openUrl(url)) {
        setStatus(tr("No program on this computer could open %1; open it in the composer (O) to copy it.")
                      .arg(url.scheme() + QLatin1Char(':')),
                  true);
        return;
    }
    if (auto e = m_service.handOff(row, m_plan.messageTemplate.id, *channel, row.text)) {
        setStatus(tr("Handed off, but it could not be logged: %1").arg(e->message), true);
        return;
    }
    setStatus(tr("%1: handed to %2 and logged.").arg(row.client.name, Labels::channelInSentence(*channel)));
    emit handedOff(row.client.id, *channel);
    moveToNextTodo(m_table->currentRow());
}

void RemindersWindow::skipCurrent()
{
    const int i = currentPlanRow();
    if (i < 0 || m_plan.rows.at(i).done())
        return;
    const ReminderRow& row = m_plan.rows.at(i);
    if (auto e = m_service.setState(row.appointment.id, m_plan.messageTemplate.id, PassState::Skipped)) {
        setStatus(e->message, true);
        return;
    }
    setStatus(tr("%1: skipped.").arg(row.client.name));
    moveToNextTodo(m_table->currentRow());
}

void RemindersWindow::openCurrentInComposer()
{
    const int i = currentPlanRow();
    if (i < 0)
        return;
    emit composeRequested(m_plan.rows.at(i).client.id, m_plan.rows.at(i).text);
}

void RemindersWindow::moveToNextTodo(int fromTableRow)
{
    reload(); // the stored pass is the truth; the plan is cheap (bulk reads)
    for (int r = fromTableRow + 1; r < m_tableToPlan.size(); ++r)
        if (m_tableToPlan.at(r) >= 0 && !m_plan.rows.at(m_tableToPlan.at(r)).done()) {
            m_table->setCurrentCell(r, 0);
            return;
        }
    m_table->setCurrentCell(qMin(fromTableRow, m_table->rowCount() - 1), 0);
}

bool RemindersWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            handOffCurrent();
            return true;
        case Qt::Key_S:
            skipCurrent();
            return true;
        case Qt::Key_O:
            openCurrentInComposer();
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down: {
            // Step over the call list's heading.
            const int step = key->key() == Qt::Key_Up ? -1 : 1;
            int r = m_table->currentRow() + step;
            while (r >= 0 && r < m_tableToPlan.size() && m_tableToPlan.at(r) < 0)
                r += step;
            if (r >= 0 && r < m_tableToPlan.size())
                m_table->setCurrentCell(r, 0);
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RemindersWindow::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(link);") : QString());
}

} // namespace rapport::ui
