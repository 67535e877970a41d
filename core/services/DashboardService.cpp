// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DashboardService.h"

#include "storage/DashboardQueries.h"
#include "storage/SqlTransaction.h"

namespace rapport::services {

DashboardService::DashboardService(const storage::Database& db) : m_db(db) {}

domain::Result<QVector<domain::ConsentCoverage>> DashboardService::coverage(const QDateTime& now) const
{
    const storage::ReadSnapshot snapshot(m_db); // the client count and the lines from one snapshot
    return storage::DashboardQueries(m_db).coverage(now);
}

domain::Result<domain::ContactVolume> DashboardService::contactVolume(const QDateTime& now, int weeks) const
{
    return storage::DashboardQueries(m_db).contactVolume(now, weeks);
}

domain::Result<QVector<domain::PendingConsent>> DashboardService::pendingConfirmations(const QDateTime& now, int limit,
                                                                                       int* total) const
{
    const storage::ReadSnapshot snapshot(m_db); // the total and the page agree
    return storage::DashboardQueries(m_db).pendingConfirmations(now, limit, total);
}

} // namespace rapport::services
