// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/BackupService.h"

#include <QCoreApplication>

namespace rapport::storage {
class Database;
}

namespace rapport::ui {

/// Backup and restore for the running app, whose one GUI connection stays the same object.
class BackupActions {
    Q_DECLARE_TR_FUNCTIONS(BackupActions)

public:
    /// BackupService::backup on the app's connection (GUI thread; `VACUUM INTO` is one snapshot).
    static domain::Result<services::BackupInfo> backup(const storage::Database& db, const QString& target);

    /// Replaces the open practice's contents with `backupPath` in place
    /// (BackupService::restoreInto), keeping the Database object that the app's services and
    /// models hold. Every worker thread with a connection of its own is stopped and joined first;
    /// the restore is refused while another process has the practice open.
    static domain::Result<services::BackupInfo> restoreInPlace(storage::Database& db, const QString& backupPath);
};

} // namespace rapport::ui
