// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RaiseItem.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::storage {

class Database;

using domain::RaiseItem; ///< a domain value (domain/RaiseItem.h)

using domain::AppointmentAgenda; ///< a domain value (domain/RaiseItem.h)

/// The `raise_items` table. Contract: as the other repositories (no transactions, domain values,
/// Errors naming what failed).
class RaiseItemRepository {
public:
    explicit RaiseItemRepository(const Database& db);

    /// Inserts `item` (id, raisedAt and contactId ignored); returns the new id.
    domain::Result<qint64> insert(const RaiseItem& item);
    /// The item with this id (open or raised); an unknown id is an Error.
    domain::Result<RaiseItem> find(qint64 id) const;
    /// The client's open items, oldest first.
    domain::Result<QVector<RaiseItem>> openFor(qint64 clientId) const;
    /// Booked or attended appointments with `from <= start < to` of active (not archived, not
    /// erased) clients, earliest first, each with its client's open items oldest first.
    domain::Result<QVector<AppointmentAgenda>> agenda(const QDateTime& from, const QDateTime& to) const;
    /// Marks an open item raised; an item already raised (or gone) is an Error and nothing changes.
    domain::Status markRaised(qint64 id, const QDateTime& at, qint64 contactId);
    /// Deletes every item of the client (erasure); returns how many went.
    domain::Result<int> removeForClient(qint64 clientId);

private:
    const Database& m_db;
};

} // namespace rapport::storage
