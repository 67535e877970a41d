// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ScheduledMessage.h"

namespace rapport::domain {

QString toString(ScheduledState s)
{
    switch (s) {
    case ScheduledState::Pending:
        return QStringLiteral("pending");
    case ScheduledState::HandedOff:
        return QStringLiteral("handed-off");
    case ScheduledState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ScheduledState> scheduledStateFromString(const QString& s)
{
    for (ScheduledState v : {ScheduledState::Pending, ScheduledState::HandedOff, ScheduledState::Cancelled}) {
        if (toString(v) == s)
            return v;
    }
    return std::nullopt;
}

} // namespace rapport::domain
