// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DashboardFigures.h"
#include "domain/Result.h"

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// The dashboard's figures: consent coverage, contact volume and the work queue of imported
/// consents to confirm, read in one pass each (quick at 100,000 clients). The state of a line is
/// ConsentLedger's rule, the same one the client list's badges follow.
class DashboardService {
public:
    explicit DashboardService(const storage::Database& db);

    domain::Result<QVector<domain::ConsentCoverage>> coverage(const QDateTime& now) const;
    domain::Result<domain::ContactVolume> contactVolume(const QDateTime& now, int weeks = 12) const;
    domain::Result<QVector<domain::PendingConsent>> pendingConfirmations(const QDateTime& now, int limit = 500,
                                                                         int* total = nullptr) const;

private:
    const storage::Database& m_db;
};

} // namespace rapport::services
