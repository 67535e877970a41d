#pragma once

#include "ConsentChain.h"
#include "ConsentEvent.h"
#include "Result.h"

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
    /// Streams the events of `range` in id order without holding them all; `callback` returns
    /// false to stop early.
    domain::Status forEach(const ConsentRange& range,
                           const std::function<bool(const domain::ConsentEvent&)>& callback) const;
    /// The last event (the chain head), or nullopt for an empty ledger.
    domain::Result<std::optional<domain::ConsentEvent>> head() const;
    domain::Result<qint64> count() const;
    /// Recomputes the whole chain, streaming (constant memory); names the first bad event.
    domain::Result<domain::ChainCheck> verify() const;

private:
    domain::Status
    stream(const ConsentRange& range,
           const std::function<bool(const domain::ConsentEvent&, const QString& noteSha256, bool noteKnown)>& callback)
        const;
    const Database& m_db;
};

} // namespace rapport::storage
