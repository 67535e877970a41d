// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/BackupActions.h"

#include "common/DatabaseWorker.h"

namespace rapport::ui {

using domain::Result;

Result<services::BackupInfo> BackupActions::backup(const storage::Database& db, const QString& target)
{
    return services::BackupService::backup(db, target);
}

Result<services::BackupInfo> BackupActions::restoreInPlace(storage::Database& db, const QString& backupPath)
{
    // Only the app's own connection may be open: every worker is stopped and joined first.
    DatabaseWorkers::stopAndJoinAll();
    return services::BackupService::restoreInto(db, backupPath);
}

} // namespace rapport::ui
