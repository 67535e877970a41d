// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/HoursEditor.h"

#include "common/Icons.h"
#include "common/Pickers.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QToolButton>

#include <algorithm>

namespace rapport::ui {

namespace {
constexpr int kDay = 24 * 60;

int toMinute(const QTime& t, bool isEnd)
{
    const int m = t.hour() * 60 + t.minute();
    return (isEnd && m == 0) ? kDay : m;
}

QTime toTime(int minute)
{
    return QTime((minute % kDay) / 60, minute % 60);
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

HoursEditor::HoursEditor(QWidget* parent) : QWidget(parent), m_days(7)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        DayRow& r = row(d);
        r.check = new QCheckBox(locale.dayName(d, QLocale::LongFormat), this);
        r.check->setAccessibleName(tr("Open on %1").arg(locale.dayName(d)));
        r.check->setMinimumWidth(110);
        r.intervalsBox = new QWidget(this);
        r.intervals = new QHBoxLayout(r.intervalsBox);
        r.intervals->setContentsMargins(0, 0, 0, 0);
        r.intervals->setSpacing(12);
        r.intervals->addStretch(1);
        r.add = new QToolButton(this);
        r.add->setIcon(Icons::icon(QStringLiteral("add")));
        r.add->setToolTip(tr("Add another interval on %1").arg(locale.dayName(d)));
        r.add->setAccessibleName(tr("Add interval on %1").arg(locale.dayName(d)));
        grid->addWidget(r.check, d - 1, 0);
        auto* closed = new QLabel(tr("Closed"), this);
        closed->setEnabled(false);
        r.closed = closed;
        grid->addWidget(r.intervalsBox, d - 1, 1);
        grid->addWidget(closed, d - 1, 1);
        grid->addWidget(r.add, d - 1, 2, Qt::AlignRight);
        connect(r.check, &QCheckBox::toggled, this, [this, d](bool on) {
            if (on && row(d).rows.isEmpty())
                appendInterval(d, 9 * 60, 17 * 60);
            updateDay(d);
            emit changed();
        });
        connect(r.add, &QToolButton::clicked, this, [this, d] { addInterval(d); });
        updateDay(d);
    }
    grid->setColumnStretch(1, 1);
}

void HoursEditor::setHours(const domain::WeeklyHours& hours)
{
    for (int d = 1; d <= 7; ++d) {
        clearDay(d);
        for (const auto& i : hours.day(d))
            appendInterval(d, i.start, i.end);
        const QSignalBlocker block(row(d).check);
        row(d).check->setChecked(!hours.day(d).isEmpty());
        updateDay(d);
    }
}

domain::WeeklyHours HoursEditor::hours() const
{
    domain::WeeklyHours h;
    for (int d = 1; d <= 7; ++d) {
        QVector<domain::WeeklyHours::Interval> list;
        if (row(d).check->isChecked()) {
            for (const auto& r : row(d).rows)
                list.push_back({toMinute(r.from->time(), false), toMinute(r.to->time(), true)});
            std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
        }
        h.setDay(d, list);
    }
    return h;
}

QString HoursEditor::validationError() const
{
    const QLocale locale;
    const domain::WeeklyHours h = hours();
    for (int d = 1; d <= 7; ++d) {
        const auto& list = h.day(d);
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].end <= list[i].start)
                return tr("Hours, %1: the interval %2-%3 ends before it starts.")
                    .arg(locale.dayName(d), hhmm(list[i].start), hhmm(list[i].end));
            if (i > 0 && list[i].start < list[i - 1].end)
                return tr("Hours, %1: the intervals %2-%3 and %4-%5 overlap.")
                    .arg(locale.dayName(d), hhmm(list[i - 1].start), hhmm(list[i - 1].end), hhmm(list[i].start),
                         hhmm(list[i].end));
        }
    }
    return {};
}

QCheckBox* HoursEditor::dayCheck(int dayOfWeek) const
{
    return row(dayOfWeek).check;
}
int HoursEditor::intervalCount(int dayOfWeek) const
{
    return int(row(dayOfWeek).rows.size());
}
QTimeEdit* HoursEditor::fromEdit(int dayOfWeek, int interval) const
{
    return row(dayOfWeek).rows.at(interval).from;
}
QTimeEdit* HoursEditor::toEdit(int dayOfWeek, int interval) const
{
    return row(dayOfWeek).rows.at(interval).to;
}
QToolButton* HoursEditor::addButton(int dayOfWeek) const
{
    return row(dayOfWeek).add;
}

void HoursEditor::addInterval(int dayOfWeek)
{
    DayRow& r = row(dayOfWeek);
    int start = 9 * 60;
    int end = 17 * 60;
    if (!r.rows.isEmpty()) {
        const int lastEnd = toMinute(r.rows.last().to->time(), true);
        start = qMin(lastEnd + 60, kDay - 60);
        end = qMin(start + 120, kDay);
    }
    appendInterval(dayOfWeek, start, end);
    if (!r.check->isChecked()) {
        const QSignalBlocker block(r.check);
        r.check->setChecked(true);
    }
    updateDay(dayOfWeek);
    emit changed();
}

void HoursEditor::removeInterval(int dayOfWeek, int interval)
{
    DayRow& r = row(dayOfWeek);
    if (interval < 0 || interval >= r.rows.size())
        return;
    delete r.rows[interval].widget;
    r.rows.removeAt(interval);
    if (r.rows.isEmpty()) {
        const QSignalBlocker block(r.check);
        r.check->setChecked(false);
    }
    updateDay(dayOfWeek);
    emit changed();
}

void HoursEditor::appendInterval(int dayOfWeek, int startMinute, int endMinute)
{
    DayRow& r = row(dayOfWeek);
    const QString day = QLocale().dayName(dayOfWeek);
    IntervalRow ir;
    ir.widget = new QWidget(r.intervalsBox);
    auto* lay = new QHBoxLayout(ir.widget);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(4);
    ir.from = new QTimeEdit(toTime(startMinute), ir.widget);
    ir.to = new QTimeEdit(toTime(endMinute), ir.widget);
    for (QTimeEdit* e : {ir.from, ir.to}) {
        e->setDisplayFormat(QStringLiteral("HH:mm"));
        e->setMinimumWidth(70);
        Pickers::typeOverSections(e);
        connect(e, &QTimeEdit::timeChanged, this, &HoursEditor::changed);
    }
    const int n = int(r.rows.size()) + 1;
    ir.from->setAccessibleName(tr("%1, interval %2, from").arg(day).arg(n));
    ir.to->setAccessibleName(tr("%1, interval %2, to").arg(day).arg(n));
    ir.to->setToolTip(tr("00:00 means midnight"));
    auto* remove = new QToolButton(ir.widget);
    ir.remove = remove;
    remove->setIcon(Icons::icon(QStringLiteral("remove")));
    remove->setToolTip(tr("Remove this interval"));
    remove->setAccessibleName(tr("Remove %1 interval %2").arg(day).arg(n));
    remove->setAutoRaise(true);
    lay->addWidget(ir.from);
    lay->addWidget(new QLabel(QStringLiteral("\u2013"), ir.widget));
    lay->addWidget(ir.to);
    lay->addWidget(remove);
    QWidget* key = ir.widget;
    connect(remove, &QToolButton::clicked, this, [this, dayOfWeek, key] {
        const auto& rows = row(dayOfWeek).rows;
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].widget == key) {
                removeInterval(dayOfWeek, i);
                return;
            }
    });
    r.intervals->insertWidget(r.intervals->count() - 1, ir.widget);
    r.rows.push_back(ir);
    updateTabOrder();
}

void HoursEditor::updateTabOrder()
{
    QWidget* prev = nullptr;
    for (const DayRow& d : qAsConst(m_days)) {
        QVector<QWidget*> chain{d.check};
        for (const IntervalRow& ir : d.rows)
            chain << ir.from << ir.to << ir.remove;
        chain << d.add;
        for (QWidget* w : chain) {
            if (prev)
                setTabOrder(prev, w);
            prev = w;
        }
    }
}

void HoursEditor::clearDay(int dayOfWeek)
{
    DayRow& r = row(dayOfWeek);
    for (auto& ir : r.rows)
        delete ir.widget;
    r.rows.clear();
}

void HoursEditor::updateDay(int dayOfWeek)
{
    DayRow& r = row(dayOfWeek);
    const bool open = r.check->isChecked();
    r.intervalsBox->setVisible(open);
    r.closed->setVisible(!open);
    r.intervalsBox->setEnabled(open);
}

} // namespace rapport::ui
