#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::storage {

class Database;

/// Something to raise with a client in person at their next appointment (a composer hand-off to
/// "in person"). Open until ticked off as raised; then `raisedAt` and the logged contact are set.
struct RaiseItem {
    qint64 id = 0;
    qint64 clientId = 0;
    QString text;
    QDateTime createdAt; ///< UTC
    QString createdBy;
    std::optional<QDateTime> raisedAt; ///< UTC; empty while open
    std::optional<qint64> contactId;   ///< the in-person contact logged when it was raised
    bool open() const { return !raisedAt.has_value(); }
};

/// A client whose next appointment falls in a range, with their open items (maybe none).
struct AppointmentAgenda {
    qint64 clientId = 0;
    QString name;
    QString preferredName;
    QDateTime appointment; ///< UTC
    QVector<RaiseItem> items;
};

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
    /// Active (not archived, not erased) clients with `from <= next appointment < to`, earliest
    /// appointment first, each with their open items oldest first.
    domain::Result<QVector<AppointmentAgenda>> agenda(const QDateTime& from, const QDateTime& to) const;
    /// Marks an open item raised; an item already raised (or gone) is an Error and nothing changes.
    domain::Status markRaised(qint64 id, const QDateTime& at, qint64 contactId);
    /// Deletes every item of the client (erasure); returns how many went.
    domain::Result<int> removeForClient(qint64 clientId);

private:
    const Database& m_db;
};

} // namespace rapport::storage
