// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <array>
#include <optional>

namespace rapport::domain {

/// A practitioner's availability per weekday, as intervals of minutes after midnight [start, end).
class WeeklyHours {
public:
    struct Interval {
        int start = 0; ///< minutes after midnight
        int end = 0;   ///< exclusive; 24*60 allowed
        bool operator==(const Interval& o) const { return start == o.start && end == o.end; }
    };

    /// Monday to Friday, 09:00 to 17:00 (channel-policy.md step 4 default).
    static WeeklyHours defaults();

    /// Parses "Mon-Thu 10:00-20:00, Fri 10:00-14:00" (day ranges, day lists "Mon,Wed", several
    /// intervals per day "Sat 09:00-12:00 13:00-15:00"). On failure, `error` says what and where.
    static std::optional<WeeklyHours> parse(const QString& text, QString* error = nullptr);
    /// The canonical text form, grouping consecutive days with equal hours.
    QString toString() const;

    /// dayOfWeek is Qt's: 1 = Monday .. 7 = Sunday.
    const QVector<Interval>& day(int dayOfWeek) const { return m_days[static_cast<std::size_t>(dayOfWeek - 1)]; }
    void setDay(int dayOfWeek, QVector<Interval> intervals);
    bool isOpen(int dayOfWeek, int minuteOfDay) const;
    bool isEmpty() const;
    bool operator==(const WeeklyHours& o) const { return m_days == o.m_days; }

private:
    std::array<QVector<Interval>, 7> m_days;
};

} // namespace rapport::domain
