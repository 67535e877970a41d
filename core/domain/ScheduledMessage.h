// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport::domain {

/// Where a scheduled message stands. Nothing is sent by itself: a pending message that falls due is
/// announced, checked again, and handed off by a person.
enum class ScheduledState { Pending, HandedOff, Cancelled };
/// `pending`, `handed-off`, `cancelled` (as stored and as the CLI prints them).
QString toString(ScheduledState s);
std::optional<ScheduledState> scheduledStateFromString(const QString& s);

/// A message written now to be handed off later ("not now": outside the practice's hours, inside
/// the client's quiet hours), by the channel the advice named when it was scheduled.
struct ScheduledMessage {
    qint64 id = 0;
    qint64 clientId = 0;
    Channel channel = Channel::Sms;
    QString text;
    std::optional<Purpose> purpose; ///< the user's choice when scheduled; empty: inferred
    QDateTime dueAt;                ///< UTC
    ScheduledState state = ScheduledState::Pending;
    QDateTime createdAt;                  ///< UTC
    QDateTime updatedAt;                  ///< UTC
    std::optional<QDateTime> handedOffAt; ///< UTC, when handed off

    bool isPending() const { return state == ScheduledState::Pending; }
    bool isDue(const QDateTime& now) const { return isPending() && dueAt <= now; }
};

/// A scheduled message with its client's name, for lists.
struct ScheduledListing {
    ScheduledMessage message;
    QString clientName;
};

} // namespace rapport::domain
