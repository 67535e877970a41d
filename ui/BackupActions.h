#pragma once

#include "BackupService.h"
#include "Result.h"

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

    /// Replaces the open database's file with `backupPath` without replacing the Database object
    /// that the app's services and models hold: checks the backup first (nothing is closed for an
    /// unusable one), closes `db`'s connection, runs BackupService::restore (the old file is kept
    /// as `<name>.before-restore`), then reopens the connection on the restored file with the
    /// settings Database::open gives (foreign keys, FULL sync, recursive triggers; WAL is kept in
    /// the file) and checks its schema version. The connection is reopened on failure too (on the
    /// untouched live file). Other connections to the file (worker threads) must be closed.
    static domain::Result<services::BackupInfo> restoreInPlace(storage::Database& db, const QString& backupPath);

private:
    static domain::Status reopen(storage::Database& db);
};

} // namespace rapport::ui
