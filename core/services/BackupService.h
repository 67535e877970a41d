#pragma once

#include "Result.h"

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
public:
    /// A consistent copy of the live database at `target`, safe while other connections write:
    /// `VACUUM INTO` on `db`'s connection (one read snapshot) into a new 0600 file beside the
    /// target, checked with `PRAGMA quick_check`, then renamed over `target` (an older backup
    /// there is replaced only by a good copy). Refuses the live file itself (and its -wal/-shm)
    /// and a folder. Must not be called inside a transaction on `db`.
    static domain::Result<BackupInfo> backup(const storage::Database& db, const QString& target);

    /// Checks a backup without changing it: opens it read-only, `quick_check`, Rapport's
    /// application_id, a schema version this build knows. Errors: InvalidInput for a file that is
    /// not a usable Rapport backup, naming the file and the reason.
    static domain::Result<BackupInfo> inspect(const QString& backupPath);

    /// Replaces the database at `livePath` with the backup. The caller closes every connection to
    /// `livePath` first. Steps: inspect(); copy to a temporary file beside the live one (0600);
    /// open it with Database (an older schema is migrated) and verify the consent ledger's hash
    /// chain; only then move the live file (with its -wal, if any) to `<name>.before-restore`,
    /// replacing an older one, and rename the copy into place. A backup whose ledger does not
    /// verify is refused with an Error of kind Verification naming the first bad event; on any
    /// refusal the live file is untouched.
    static domain::Result<BackupInfo> restore(const QString& backupPath, const QString& livePath);
};

} // namespace rapport::services
