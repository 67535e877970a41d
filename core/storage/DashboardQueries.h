// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DashboardFigures.h"
#include "domain/Result.h"

namespace rapport::storage {

class Database;

/// Read-only aggregate queries for the dashboard, in SQL over the schema (indexed by client and
/// time), so they stay quick at 100,000 clients. The current state of a consent line comes from
/// ConsentRepository::currentLinesSql(), the one SQL statement of ConsentLedger's rule. Archived
/// and erased clients are left out of coverage and the work queue.
class DashboardQueries {
public:
    explicit DashboardQueries(const Database& db);

    /// The six lines (sms, email, phone x service, marketing), in that order, at `now`.
    domain::Result<QVector<domain::ConsentCoverage>> coverage(const QDateTime& now) const;
    /// `weeks` buckets of 7 days ending at `now`.
    domain::Result<domain::ContactVolume> contactVolume(const QDateTime& now, int weeks = 12) const;
    /// At most `limit` lines in state imported at `now`, oldest first; `total` receives the full
    /// count when given.
    domain::Result<QVector<domain::PendingConsent>> pendingConfirmations(const QDateTime& now, int limit = 500,
                                                                         int* total = nullptr) const;

private:
    const Database& m_db;
};

} // namespace rapport::storage
