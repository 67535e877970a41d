// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WeeklyHours.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QTimeEdit;
class QToolButton;

namespace rapport::ui {

/// Availability hours per weekday: a row per day with a checkbox ("open") and one or more
/// from-to time pairs, with buttons to add and remove intervals. An end time of 00:00 means
/// midnight (the end of the day).
class HoursEditor : public QWidget {
    Q_OBJECT
public:
    explicit HoursEditor(QWidget* parent = nullptr);

    void setHours(const domain::WeeklyHours& hours);
    /// The hours as edited; days unchecked are closed. Call validationError() first.
    domain::WeeklyHours hours() const;
    /// Empty when valid, else one sentence naming the day and the interval at fault.
    QString validationError() const;

    // For tests and accessibility tooling: dayOfWeek is 1 = Monday .. 7 = Sunday.
    QCheckBox* dayCheck(int dayOfWeek) const;
    int intervalCount(int dayOfWeek) const;
    QTimeEdit* fromEdit(int dayOfWeek, int interval) const;
    QTimeEdit* toEdit(int dayOfWeek, int interval) const;
    QToolButton* addButton(int dayOfWeek) const;
    QToolButton* removeButton(int dayOfWeek, int interval) const { return row(dayOfWeek).rows.at(interval).remove; }
    /// Adds an interval after the day's last one (an hour after it, or 09:00-17:00).
    void addInterval(int dayOfWeek);
    void removeInterval(int dayOfWeek, int interval);

signals:
    void changed();

private:
    struct IntervalRow {
        QWidget* widget = nullptr;
        QTimeEdit* from = nullptr;
        QTimeEdit* to = nullptr;
        QToolButton* remove = nullptr;
    };
    struct DayRow {
        QCheckBox* check = nullptr;
        QWidget* intervalsBox = nullptr;
        QWidget* closed = nullptr;
        QHBoxLayout* intervals = nullptr;
        QToolButton* add = nullptr;
        QVector<IntervalRow> rows;
    };

    void appendInterval(int dayOfWeek, int startMinute, int endMinute);
    void clearDay(int dayOfWeek);
    void updateDay(int dayOfWeek);
    /// Intervals are created after everything else in the window: put them back in the order
    /// shown, day by day (open, from, to, remove..., add).
    void updateTabOrder();
    DayRow& row(int dayOfWeek) { return m_days[dayOfWeek - 1]; }
    const DayRow& row(int dayOfWeek) const { return m_days[dayOfWeek - 1]; }

    QVector<DayRow> m_days;
};

} // namespace rapport::ui
