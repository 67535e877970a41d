// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClientListService.h"

#include "storage/ClientListQuery.h"

namespace rapport::services {

ClientListService::ClientListService(const storage::Database& db)
    : m_query(std::make_unique<storage::ClientListQuery>(db))
{
}

ClientListService::~ClientListService() = default;

domain::Result<QVector<domain::ClientListRow>>
ClientListService::page(const QString& search, bool includeArchived,
                        const std::optional<domain::ClientListCursor>& after, int limit, const QDateTime& now) const
{
    return m_query->page(search, includeArchived, after, limit, now);
}

domain::Result<domain::ClientListRow> ClientListService::row(qint64 id, const QDateTime& now) const
{
    return m_query->row(id, now);
}

domain::Result<int> ClientListService::count(const QString& search, bool includeArchived) const
{
    return m_query->count(search, includeArchived);
}

} // namespace rapport::services
