// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "storage/StatementCache.h"
#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

struct sqlite3_stmt;

namespace rapport::storage {

/// One row of Database::forEachRawRow: on SQLite the columns as SQLite holds them, no QVariant,
/// no UTF-16; on PostgreSQL the row of a QSqlQuery, converted to UTF-8 column by column on
/// demand. Valid only inside the callback.
class RawRow {
public:
    explicit RawRow(sqlite3_stmt* statement) : m_statement(statement) {}
    explicit RawRow(const QSqlQuery* query) : m_query(query) {}
    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// The column's text in UTF-8 (empty for NULL).
    QByteArrayView text(int column) const;

private:
    sqlite3_stmt* m_statement = nullptr;
    const QSqlQuery* m_query = nullptr;
    /// On PostgreSQL: the UTF-8 of the columns read from this row so far.
    mutable QVector<QByteArray> m_texts;
};

/// One schema step: statements run in order, one SQL statement per string (QtSql runs one per
/// exec()), inside one transaction that also sets `PRAGMA user_version` to `version`.
/// Never edit a shipped step; append a new one.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
    /// Optional work in C++ after the statements, in the same transaction (e.g. filling a new
    /// search index from existing rows).
    std::function<domain::Status(QSqlDatabase&)> after;
};

/// A Rapport practice, in an SQLite file or a PostgreSQL database, and one connection to it.
///
/// `open()` takes a path or a `postgresql://` URL (PostgresUrl): a URL is never taken for a path;
/// it opens the server's database through Qt's QPSQL driver or fails with an Error of kind
/// Database naming the server and the cause, creating nothing on disk. What differs between the
/// two backends (connection, migrations, locking, the search index, the checks of a file) is
/// decided here and in ClientSearch; the repositories run the same SQL on both.
///
/// SQLite:
/// Contract:
/// - One `Database` per thread: the connection belongs to the thread that called `open()` and
///   must only be used there. Each instance has its own unique Qt connection name, removed in
///   the destructor. Open another instance (same path) for another thread.
/// - A new file is created with mode 0600 before SQLite touches it; SQLite gives its -wal and
///   -shm files the same mode.
/// - Every connection runs with foreign_keys=ON, journal_mode=WAL, synchronous=FULL,
///   recursive_triggers=ON and a 5 s busy timeout.
/// - The schema is migrated to `latestVersion()` step by step, each step atomic.
/// - A file that is not SQLite, is damaged, belongs to another application, or was made by a
///   newer Rapport is refused with an Error of kind Database, and is not modified.
/// - SQLite-only SQL (pragmas, FTS5) lives here and in ClientSearch; repositories use SQL that
///   PostgreSQL also runs.
///
/// PostgreSQL (see postgresMigrations() and docs in README "For clinics"):
/// - The schema version is the row of `rapport_schema`; a database whose version is newer than
///   this build's, or that holds tables but no `rapport_schema`, is refused unchanged.
/// - Each write transaction (SqlTransaction) takes one advisory lock, so writers are serialised as
///   SQLite serialises them (the chain head read inside an append cannot be read by another
///   desk's append at the same time); readers are never blocked. Waiting longer than
///   kBusyTimeoutMs for it fails as "locked".
/// - The file-only operations (quick check, integrity check, WAL, VACUUM INTO, the online backup
///   API, file locks) do nothing or are refused with a clear Error; see each one.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// `PRAGMA application_id` of a Rapport file ("RAPT").
    static constexpr int kApplicationId = 0x52415054;
    /// Busy timeout used for the connection and for SqlTransaction's retry loop.
    static constexpr int kBusyTimeoutMs = 5000;
    /// How long open() lets `PRAGMA quick_check` run on a file this process did not create or
    /// check before (about 0.3 s for 100,000 clients); past it the check stops unfinished and
    /// the file opens (a check cut short found nothing, it proves nothing either).
    /// $RAPPORT_QUICK_CHECK_MS overrides it (0 turns the check off).
    static constexpr int kQuickCheckBudgetMs = 2000;

    /// What the quick check at open found.
    enum class QuickCheck { NotRun, Ok, Unfinished };
    /// Where the practice lives.
    enum class Backend { Sqlite, Postgres };

    /// True when `pathOrUrl` names a PostgreSQL server (`postgresql://` or `postgres://`), not a file.
    static bool isServerUrl(const QString& pathOrUrl);
    /// Connects to the PostgreSQL database `url` names and reads its Rapport schema version, writing
    /// nothing (a settings page's "Test connection"): 0 for an empty database; an Error (one line,
    /// naming the server) when it cannot be reached or holds something else.
    static domain::Result<int> probeServer(const QString& url);

    /// Opens (creating if missing, parent folders included) and migrates the database at `path`,
    /// or connects to the PostgreSQL database a `postgresql://` URL names and migrates it.
    static domain::Result<std::unique_ptr<Database>> open(const QString& path);
    /// As open(), with a custom list of steps: for migration tests only.
    static domain::Result<std::unique_ptr<Database>> open(const QString& path, const QVector<Migration>& steps);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The connection of this instance (valid while the Database lives, on its thread). On
    /// PostgreSQL, when a statement found the connection lost (the server restarted, the network
    /// dropped), it is opened again here first, with its session settings and its prepared
    /// statements dropped: the failed call reported the loss, the next one works once the
    /// server answers again (a transaction that was open is gone: its changes were not saved).
    QSqlDatabase connection() const;
    /// The statement for `sql` on this connection, kept prepared between calls (see StatementCache):
    /// for SQL a repository runs again and again. SQL built from variable parts belongs here only
    /// when the parts take few forms.
    Statement statement(const QString& sql) const
    {
        if (m_backend == Backend::Postgres)
            connection(); // reconnects first when the last statement found the connection lost
        return m_statements->statement(sql);
    }
    /// The prepared statements kept for this connection.
    StatementCache& statements() const { return *m_statements; }
    /// The schema version of the open file (== latestVersion() after a successful open()).
    int schemaVersion() const { return m_version; }
    /// Whether open() ran `PRAGMA quick_check` on this file (once per file and process) and how it ended.
    QuickCheck quickCheck() const { return m_quickCheck; }
    /// The file's absolute path, or the PostgreSQL URL as given (it never holds a password).
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    /// Runs the read `sql` (values bound to its `?` in order: integers, text, null) through
    /// SQLite's C API and calls `row` for each row until it returns false: for the bulk reads
    /// where QtSql's QVariant and UTF-16 copy per cell cost more than the query (the CSV export
    /// of a whole ledger). An Error of kind Database naming `what` on failure.
    domain::Status forEachRawRow(const QString& sql, const QVariantList& values, const char* what,
                                 const std::function<bool(const RawRow&)>& row) const;

    /// The full check, without a time budget: `PRAGMA integrity_check` (every page, index and
    /// constraint) and `PRAGMA foreign_key_check`. An Error of kind Database naming what is
    /// damaged, in one line; nothing is written.
    domain::Status integrityCheck() const;

    /// True when the file this connection has open was deleted, renamed or replaced since it
    /// was opened (SQLITE_FCNTL_HAS_MOVED): writes would go to a file nobody will open again.
    /// SqlTransaction::begin refuses to write then.
    bool fileHasMoved() const;

    /// The number of migration steps this build knows (the same schema version on both backends).
    static int latestVersion();
    /// The built-in migration steps, in order.
    static const QVector<Migration>& migrations();
    /// The PostgreSQL steps: the same versions and the same tables, columns and meaning, in
    /// PostgreSQL's SQL. A new database starts at the first step's version.
    static const QVector<Migration>& postgresMigrations();

    /// On PostgreSQL: takes the practice's writer lock for the rest of the transaction (the
    /// advisory lock SqlTransaction takes; taking it twice is harmless). On SQLite nothing: the
    /// write transaction holds the file's write lock already.
    domain::Status lockWriters() const;

    /// True while any Database of this process has the file at `path` open. Code outside SQLite
    /// must not open (and so close) the file then: close(2) would drop this process's locks.
    static bool isOpenInThisProcess(const QString& path);

    /// The file's identity and last modification as open() compares them: "DEV:INODE:MTIME_NS",
    /// empty when the file cannot be read. A program that remembers it after its last close
    /// (the app, in its settings) hands it back to trustUnchanged() at the next start.
    static QString fileStamp(const QString& path);
    /// Tells open() that `stamp` (from fileStamp()) is how this program left the file after a
    /// check that found no damage: when the file at `path` still has that stamp (same inode,
    /// modified at the same nanosecond: nobody wrote it since), open() does not check it again.
    static void trustUnchanged(const QString& path, const QString& stamp);

    /// How many Database instances of this process have the file at `path` open.
    static int openCountInThisProcess(const QString& path);

    /// True when another process holds SQLite locks on this database (a second Rapport window, a
    /// rapport-cli run, a script): read from the kernel's lock table (/proc/locks), so it opens no
    /// descriptor of the file and cannot disturb this process's own locks. False when nobody
    /// else does, or when the lock table cannot be read (not Linux).
    bool otherProcessesHaveOpen() const;

    /// Replaces this database's whole contents with those of `source`, through SQLite's online
    /// backup API on this connection: the file, its -wal and -shm stay in place, so no connection
    /// of any process is left on a replaced file. Both must have the same page size (Rapport
    /// files all do). Must not be called inside a transaction. Waits out another writer up to
    /// the busy timeout.
    domain::Status replaceContentsFrom(const Database& source);

    /// A consistent copy of the whole database into the new (empty) file `target`: VACUUM INTO,
    /// one read snapshot, safe while other connections write. Not inside a transaction.
    domain::Status vacuumInto(const QString& target) const;

    /// Closes and reopens this instance's connection with the same settings (pragmas, busy
    /// timeout), checking that the schema version is still the one this build uses.
    domain::Status reopen();

    /// A translated warning when `path` lies in a folder a cloud-sync client manages (Dropbox,
    /// OneDrive, iCloud Drive, Google Drive, Nextcloud, ownCloud, pCloud), whose syncing corrupts live SQLite files;
    /// empty when the path looks safe.
    static QString cloudSyncWarning(const QString& path);

private:
    Database(QString path, QString connectionName);
    static domain::Result<std::unique_ptr<Database>> openPostgres(const QString& url, const QVector<Migration>& steps);
    domain::Status configurePostgres(const QVector<Migration>& steps);
    domain::Status migratePostgres(const QVector<Migration>& steps);
    /// The session settings of a PostgreSQL connection (after open and reopen).
    domain::Status setUpPostgresSession();
    domain::Status configure(const QVector<Migration>& steps, bool check);
    domain::Status runQuickCheck();
    domain::Status migrate(const QVector<Migration>& steps);

    /// The file's identity (device, inode) in the process-wide table of open files.
    struct FileKeyHolder {
        quint64 dev = 0;
        quint64 ino = 0;
    };

    QString m_path;
    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
    int m_version = 0;
    QuickCheck m_quickCheck = QuickCheck::NotRun;
    std::unique_ptr<FileKeyHolder> m_key;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport::storage
