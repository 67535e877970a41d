// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include <QCoreApplication>

#include <QString>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// What a backup file holds, as read from it.
struct BackupInfo {
    QString path;
    QString chainHead; ///< hash of the last consent event; empty when the ledger is empty
    qint64 events = 0; ///< consent events in the copy
    qint64 clients = 0;
    int schemaVersion = 0;
    qint64 bytes = 0;
};

/// Backup and restore of the whole database, in SQL and Qt only.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    /// A consistent copy of the live database at `target`, safe while other connections write:
    /// `VACUUM INTO` on `db`'s connection (one read snapshot) into a new 0600 file beside the
    /// target, checked with `PRAGMA quick_check`, then renamed over `target` (an older backup
    /// there is replaced only by a good copy). Refuses the live file itself (and its -wal/-shm)
    /// and a folder. Must not be called inside a transaction on `db`.
    /// A PostgreSQL practice is backed up into such a file too: every table copied from one
    /// snapshot into a new Rapport file and read back before it is kept (storage::PracticeCopy).
    static domain::Result<BackupInfo> backup(const storage::Database& db, const QString& target);

    /// Checks a backup without changing it: opens it read-only, `quick_check`, Rapport's
    /// application_id, a schema version this build knows. Errors: InvalidInput for a file that is
    /// not a usable Rapport backup, naming the file and the reason.
    static domain::Result<BackupInfo> inspect(const QString& backupPath);

    /// Replaces the contents of the open practice `live` with the backup, in place, through
    /// SQLite's online backup API on `live`'s own connection: the live file, its -wal and its
    /// -shm are never renamed or removed, so no connection is left on a replaced file.
    /// Steps: inspect(); copy to a temporary file beside the live one (0600); open it with
    /// Database (an older schema is migrated) and verify the consent ledger's hash chain; keep
    /// the current contents as `<name>.before-restore` (a consistent copy, replacing an older
    /// one); copy the checked pages into `live`; check the result.
    /// Refused, with the live file untouched:
    /// - while another connection of this process has the file open (the caller stops and joins
    ///   its workers first);
    /// - while another process has it open (a second Rapport, rapport-cli, a script), which
    ///   would see its data replaced under it;
    /// - a backup that is not usable (InvalidInput) or whose ledger does not verify
    ///   (Verification, naming the first bad event).
    /// A PostgreSQL practice is refused (kind Database): see migrate-to and pg_restore.
    static domain::Result<BackupInfo> restoreInto(storage::Database& live, const QString& backupPath);
};

} // namespace rapport::services
