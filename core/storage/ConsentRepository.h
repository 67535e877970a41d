// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ConsentChain.h"
#include "domain/ConsentEvent.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QVector>
#include <functional>
#include <optional>

namespace rapport::storage {

class Database;

/// Which events to read: all by default; `clientId` narrows to one client; `from` (inclusive)
/// and `to` (exclusive) narrow by effective time. Always in id order (the chain's order).
struct ConsentRange {
    std::optional<qint64> clientId;
    QDateTime from;
    QDateTime to;
};

/// One stored event as a streaming export needs it, nothing rebuilt: the text columns as the
/// UTF-8 SQLite holds (views valid only inside the callback), channel, scope, state and method
/// in their canonical names (the schema CHECKs them), times as milliseconds since the epoch
/// (nullopt when the stored text cannot be read), the note empty once the client was erased.
struct StoredConsent {
    qint64 id = 0;
    qint64 clientId = 0;
    /// The client's name as stored (empty when the client row is gone).
    QByteArrayView clientName;
    QByteArrayView channel;
    QByteArrayView scope;
    QByteArrayView state;
    QByteArrayView method;
    std::optional<qint64> effectiveMs;
    std::optional<qint64> recordedMs;
    QByteArrayView recordedBy;
    QByteArrayView note;
    QByteArrayView hash;
};

/// The append-only consent ledger.
///
/// Contract: append() is the only write; callers hold a SqlTransaction (BEGIN IMMEDIATE) so the
/// chain head read and the insert are atomic across processes. Events read back carry their
/// note text, empty once the client was erased (the chain keeps the note's digest, see
/// ConsentChain). Never opens a transaction; portable SQL.
class ConsentRepository {
public:
    explicit ConsentRepository(const Database& db);

    /// Appends `event` (id, prevHash and hash are computed here; times are kept to the
    /// millisecond); returns the event as stored. The client must exist.
    domain::Result<domain::ConsentEvent> append(domain::ConsentEvent event);
    /// The client's events in id order.
    domain::Result<QVector<domain::ConsentEvent>> forClient(qint64 clientId) const;
    domain::Result<QVector<domain::ConsentEvent>> range(const ConsentRange& range) const;
    /// The events of every client with a booked appointment starting in [from, to), in id order:
    /// one query, for the reminder plan.
    domain::Result<QVector<domain::ConsentEvent>> forClientsBookedBetween(const QDateTime& from,
                                                                          const QDateTime& to) const;
    /// Streams the events of `range` in id order without holding them all; `callback` returns
    /// false to stop early.
    domain::Status forEach(const ConsentRange& range,
                           const std::function<bool(const domain::ConsentEvent&)>& callback) const;
    /// As forEach(), without building a domain event per row (no QDateTime, no QVariant, no
    /// UTF-16: SQLite's C API, Database::forEachRawRow), with each event's client name: for
    /// exports of the whole ledger. The row passed to `callback` is reused; copy what you keep.
    domain::Status forEachStored(const ConsentRange& range,
                                 const std::function<bool(const StoredConsent&)>& callback) const;
    /// The last event (the chain head), or nullopt for an empty ledger.
    domain::Result<std::optional<domain::ConsentEvent>> head() const;
    domain::Result<qint64> count() const;
    /// Recomputes the whole chain, streaming (constant memory); names the first bad event.
    domain::Result<domain::ChainCheck> verify() const;

    /// The one SQL statement of ConsentLedger::currentEvent, for queries that aggregate over
    /// every client (the dashboard): a `WITH current_lines AS (...)` clause, to be followed by a
    /// SELECT, giving for each (client_id, channel, scope) the columns state and effective_at of
    /// the line's current event at the moment bound to its one `?`: the latest event effective at
    /// or before it, then the latest recorded, then the highest id. A test holds it equal to
    /// ConsentLedger on generated histories.
    static QString currentLinesSql();

private:
    domain::Status
    stream(const ConsentRange& range,
           const std::function<bool(const domain::ConsentEvent&, const QString& noteSha256, bool noteKnown)>& callback)
        const;
    const Database& m_db;
};

} // namespace rapport::storage
