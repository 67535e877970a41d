// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ReminderPass.h"

namespace rapport::domain {

QString toString(PassState s)
{
    switch (s) {
    case PassState::Todo:
        return QStringLiteral("todo");
    case PassState::HandedOff:
        return QStringLiteral("handed-off");
    case PassState::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

std::optional<PassState> passStateFromString(const QString& s)
{
    for (const auto state : {PassState::Todo, PassState::HandedOff, PassState::Skipped})
        if (toString(state) == s)
            return state;
    return std::nullopt;
}

QDate nextWorkingDay(const QDate& today, const PracticeSettings& settings)
{
    for (int i = 1; i <= 366; ++i) {
        const QDate d = today.addDays(i);
        if (settings.hours.day(d.dayOfWeek()).isEmpty())
            continue;
        bool away = false;
        for (const auto& range : settings.timeOff)
            away = away || range.contains(d);
        if (!away)
            return d;
    }
    return today.addDays(1);
}

} // namespace rapport::domain
