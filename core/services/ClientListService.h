// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ClientListRow.h"
#include "domain/Result.h"

#include <memory>

namespace rapport::storage {
class Database;
class ClientListQuery;
} // namespace rapport::storage

namespace rapport::services {

/// The client list's paged, searched reading (storage::ClientListQuery): rows sorted by name
/// then id, keyset-paged, with each row's current consent per line (ConsentLedger's rule) and
/// last inbound text. Erased clients are never listed. One per list model, on its database's
/// thread (it remembers the last search's match count, to choose the faster plan).
class ClientListService {
public:
    explicit ClientListService(const storage::Database& db);
    ~ClientListService();
    ClientListService(const ClientListService&) = delete;
    ClientListService& operator=(const ClientListService&) = delete;

    /// Up to `limit` rows after `after` (the first page when empty).
    domain::Result<QVector<domain::ClientListRow>> page(const QString& search, bool includeArchived,
                                                        const std::optional<domain::ClientListCursor>& after, int limit,
                                                        const QDateTime& now) const;
    /// One client's row, e.g. to refresh it after a change; InvalidInput for an unknown id.
    domain::Result<domain::ClientListRow> row(qint64 id, const QDateTime& now) const;
    /// Number of clients matching.
    domain::Result<int> count(const QString& search, bool includeArchived) const;

private:
    std::unique_ptr<storage::ClientListQuery> m_query;
};

} // namespace rapport::services
