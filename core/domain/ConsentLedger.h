// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ConsentEvent.h"

#include <QDateTime>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// The state of one consent line (channel x scope) and the event that set it.
struct ConsentLine {
    Channel channel = Channel::Sms;
    Scope scope = Scope::Service;
    std::optional<ConsentEvent> event; ///< empty: no event effective yet
    std::optional<ConsentState> state() const
    {
        return event ? std::optional<ConsentState>(event->state) : std::nullopt;
    }
};

/// Reading the append-only consent ledger of one client.
/// "Current" means: among the events of the line that are effective at or before `at`, the one
/// with the latest effective time; on equal effective times the later recorded, then the higher id.
/// An invalid `at` means "no upper bound". Events of other lines are ignored; the events need
/// not be sorted.
class ConsentLedger {
public:
    static std::optional<ConsentEvent> currentEvent(const QVector<ConsentEvent>& events, Channel channel, Scope scope,
                                                    const QDateTime& at);
    static std::optional<ConsentState> currentState(const QVector<ConsentEvent>& events, Channel channel, Scope scope,
                                                    const QDateTime& at);
    /// All six lines (sms, email, phone x service, marketing), in that order.
    static QVector<ConsentLine> currentStates(const QVector<ConsentEvent>& events, const QDateTime& at);
};

/// Free-function spelling of ConsentLedger::currentState.
inline std::optional<ConsentState> currentState(const QVector<ConsentEvent>& events, Channel channel, Scope scope,
                                                const QDateTime& at)
{
    return ConsentLedger::currentState(events, channel, scope, at);
}

} // namespace rapport::domain
