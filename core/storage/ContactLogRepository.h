// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QVector>

namespace rapport::storage {

class Database;

/// Inbound and outbound contacts per client. Never opens a transaction; portable SQL.
class ContactLogRepository {
public:
    explicit ContactLogRepository(const Database& db);

    /// Appends `entry` (its id is ignored; `at` kept to the millisecond); returns the new id.
    domain::Result<qint64> append(const domain::ContactLogEntry& entry);
    /// The client's contacts, newest first; at most `limit` when limit >= 0.
    domain::Result<QVector<domain::ContactLogEntry>> forClient(qint64 clientId, int limit = -1) const;
    /// The contacts of every client with a booked appointment starting in [from, to), each
    /// client's newest first (ordered by client, then as forClient()): one query.
    domain::Result<QVector<domain::ContactLogEntry>> forClientsBookedBetween(const QDateTime& from,
                                                                             const QDateTime& to) const;
    /// Inbound contacts of the client on `channel` with `from <= at < to`, oldest first.
    domain::Result<QVector<domain::ContactLogEntry>> inboundBetween(qint64 clientId, domain::Channel channel,
                                                                    const QDateTime& from, const QDateTime& to) const;

private:
    const Database& m_db;
};

} // namespace rapport::storage
