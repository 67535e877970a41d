// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <memory>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// A practice, opened for the services: the database file (created with mode 0600 and migrated
/// when needed; a damaged, foreign or newer file is refused untouched) and its one connection,
/// which belongs to the thread that opened it. The UI and the CLI hold the connection only as a
/// `storage::Database&` to hand to the services; they never include storage's headers.
class PracticeFile {
public:
    /// Opens (creating if missing, parent folders included) the practice at `path`, or the
    /// PostgreSQL database a `postgresql://` URL names (never a path: see isServerUrl()).
    static domain::Result<std::unique_ptr<PracticeFile>> open(const QString& path);
    /// True when `pathOrUrl` names a PostgreSQL server (`postgresql://`, `postgres://`), not a
    /// file: no absolute path, file stamp or folder is made of it.
    static bool isServerUrl(const QString& pathOrUrl);
    /// Connects to the PostgreSQL practice `url` names without changing it and says, translated,
    /// what is there (a practice at which schema version, or an empty database Rapport will set
    /// up); an Error naming the server and the cause when it cannot be used.
    static domain::Result<QString> probeServer(const QString& url);
    ~PracticeFile();
    PracticeFile(const PracticeFile&) = delete;
    PracticeFile& operator=(const PracticeFile&) = delete;

    storage::Database& database() const { return *m_db; }
    /// The absolute path of the database file.
    QString path() const;
    /// The schema version of the open file.
    int schemaVersion() const;

    /// A translated warning when `path` lies in a folder a cloud-sync client manages; empty when
    /// the path looks safe (storage::Database::cloudSyncWarning).
    static QString cloudSyncWarning(const QString& path);

    /// How this program leaves the file, to remember after the last close when the file was
    /// found sound (storage::Database::fileStamp); hand it to trustUnchanged() before the next
    /// open, which then skips the quick check if nobody has written the file since.
    static QString fileStamp(const QString& path);
    static void trustUnchanged(const QString& path, const QString& stamp);
    /// True when this open found no damage it could not finish looking for (checked Ok, or not
    /// checked because it was created or trusted unchanged).
    bool foundSound() const;

private:
    explicit PracticeFile(std::unique_ptr<storage::Database> db);
    std::unique_ptr<storage::Database> m_db;
};

/// The absolute path of the database file of an open practice.
QString practicePath(const storage::Database& db);
/// The schema version of an open practice.
int schemaVersion(const storage::Database& db);
/// A translated notice when the quick check at open stopped at its time budget (it found no
/// damage in what it read, which proves nothing about the rest); empty otherwise.
QString quickCheckNotice(const storage::Database& db);
/// The full integrity check of the practice's file (storage::Database::integrityCheck).
domain::Status checkIntegrity(const storage::Database& db);

} // namespace rapport::services
