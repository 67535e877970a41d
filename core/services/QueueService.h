// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/ScheduledMessage.h"
#include "services/ComposerService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>
#include <optional>

namespace rapport::storage {
class Database;
class ScheduledMessageRepository;
} // namespace rapport::storage

namespace rapport::services {

/// What the advice says of a scheduled message now, just before a person hands it off.
struct QueueCheck {
    DraftAdvice advice;          ///< read again at the clock's now
    bool handOffAllowed = false; ///< its channel is not blocked and the timing says send now
    QString why;                 ///< when not allowed: the blocking reasons or the timing, in plain words
};

/// Messages written now to be handed off later (issue 10, part 4). Nothing is sent by itself: when a
/// message falls due the app announces it, checks the advice again (a consent withdrawn or a quiet
/// hour since scheduling blocks it and says why), and a person hands it off, which logs it as the
/// composer does.
///
/// Contract: use on the Database's thread; writes in a SqlTransaction (all or nothing); time from
/// the injected Clock; validation errors name the field.
class QueueService {
    Q_DECLARE_TR_FUNCTIONS(QueueService)

public:
    QueueService(storage::Database& db, const domain::Clock& clock);

    /// Schedules `text` to `clientId` by `channel` at `dueAt` (UTC). A known, not erased client;
    /// non-empty text; a written or spoken channel; a valid time (in the past is allowed: due now).
    domain::Result<domain::ScheduledMessage> schedule(qint64 clientId, domain::Channel channel, const QString& text,
                                                      const QDateTime& dueAt,
                                                      std::optional<domain::Purpose> purpose = std::nullopt);
    /// Changes the text and/or the due time of a pending message.
    domain::Result<domain::ScheduledMessage> edit(qint64 id, const std::optional<QString>& text,
                                                  const std::optional<QDateTime>& dueAt);
    /// Cancels a pending message (cancelling twice is not an error).
    domain::Result<domain::ScheduledMessage> cancel(qint64 id);
    domain::Result<domain::ScheduledMessage> find(qint64 id) const;
    /// Pending messages by due time (all states when `all`).
    domain::Result<QVector<domain::ScheduledListing>> list(bool all = false) const;
    /// Pending messages due now (at or before the clock's now).
    domain::Result<QVector<domain::ScheduledListing>> due() const;
    /// The advice for the message as it would be handed off now.
    domain::Result<QueueCheck> check(qint64 id) const;
    /// Hands the message off: checks again first (a blocked message is an Error saying why and
    /// nothing changes), then logs the outbound contact and marks it handed off, in one transaction.
    domain::Result<domain::ScheduledMessage> markHandedOff(qint64 id, const QString& flags = QString());

private:
    /// The message, when it is still pending; else an Error saying it cannot be `what` ("changed").
    static domain::Result<domain::ScheduledMessage> findPending(const storage::ScheduledMessageRepository& repo,
                                                                qint64 id, const QString& what);

    storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
