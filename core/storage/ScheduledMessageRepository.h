// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ScheduledMessage.h"

#include <QDateTime>
#include <QVector>

namespace rapport::storage {

class Database;

/// Scheduled messages (schema step 7).
///
/// Contract: takes and returns domain values; never opens a transaction (services hold a
/// SqlTransaction); times in UTC to the millisecond. An unknown id is an Error of kind
/// InvalidInput naming the field `id`; SQL failures an Error of kind Database. Use on the
/// Database's thread only.
class ScheduledMessageRepository {
public:
    explicit ScheduledMessageRepository(const Database& db);

    /// Inserts `m` (its id is ignored); `now` becomes created_at and updated_at. Returns the id.
    domain::Result<qint64> insert(const domain::ScheduledMessage& m, const QDateTime& now);
    /// Rewrites channel, text, purpose, due time, state and handed-off time of `m.id`.
    domain::Status update(const domain::ScheduledMessage& m, const QDateTime& now);
    domain::Result<domain::ScheduledMessage> find(qint64 id) const;
    /// Messages in `states` (all when empty) of clients not erased, by due time then id, with names.
    domain::Result<QVector<domain::ScheduledListing>> list(const QVector<domain::ScheduledState>& states = {}) const;
    /// Pending messages due at or before `now`, by due time.
    domain::Result<QVector<domain::ScheduledListing>> dueBy(const QDateTime& now) const;
    /// Deletes every scheduled message of the client (erasure: their texts are personal data);
    /// returns how many.
    domain::Result<int> removeForClient(qint64 clientId);

private:
    const Database& m_db;
};

} // namespace rapport::storage
