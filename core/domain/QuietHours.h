// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace rapport::domain {

/// A daily window in local time, in minutes after midnight; may wrap past midnight (21:00-08:00).
struct QuietHours {
    int startMinute = 21 * 60;
    int endMinute = 8 * 60;

    /// True when `minuteOfDay` lies in [start, end), wrapping at midnight. Equal ends mean none.
    bool contains(int minuteOfDay) const
    {
        if (startMinute == endMinute)
            return false;
        if (startMinute < endMinute)
            return minuteOfDay >= startMinute && minuteOfDay < endMinute;
        return minuteOfDay >= startMinute || minuteOfDay < endMinute;
    }
    bool operator==(const QuietHours& o) const { return startMinute == o.startMinute && endMinute == o.endMinute; }

    /// "21:00-08:00"
    QString toString() const;
    /// Parses "HH:MM-HH:MM"; nullopt when malformed.
    static std::optional<QuietHours> parse(const QString& text);
};

} // namespace rapport::domain
