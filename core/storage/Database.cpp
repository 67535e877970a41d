// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/PostgresFailure.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteFailure.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

/// Set on every connection, after the switch to WAL (which is persistent in the file).
constexpr const char* kConnectionPragmas[] = {"synchronous=FULL", "foreign_keys=ON", "recursive_triggers=ON"};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// The files this process has open through a Database, by inode, with how many connections each.
///
/// POSIX record locks belong to the process, and close(2) of *any* descriptor of a file drops
/// every lock the process holds on it, SQLite's included (SQLite's "How To Corrupt", 2.2). A
/// header read through our own descriptor while another connection of this process is open
/// would drop that connection's WAL locks: the next process to close its connection would then
/// believe it is the last user, checkpoint, and delete the -wal and -shm under us. So the file is
/// only read outside SQLite while no connection of this process has it open.
struct FileKey {
    dev_t dev = 0;
    ino_t ino = 0;
    bool operator<(const FileKey& o) const { return dev != o.dev ? dev < o.dev : ino < o.ino; }
};

std::mutex& openFilesMutex()
{
    static std::mutex m;
    return m;
}

std::map<FileKey, int>& openFiles()
{
    static std::map<FileKey, int> files;
    return files;
}

/// The files this process created or quick-checked, with the modification time each had when
/// this process last closed it (kOpenNow while a connection of ours has it open): open() checks
/// a file again only when it changed while we did not have it open, or when its inode now holds
/// another file (inode numbers are reused once a file is deleted).
constexpr qint64 kOpenNow = -1;
std::map<FileKey, qint64>& checkedFiles()
{
    static std::map<FileKey, qint64> files;
    return files;
}

qint64 modifiedNs(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -2;
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

/// True when open() must quick-check the file `key` at `path`.
bool needsCheck(const FileKey& key, const QString& path)
{
    const auto it = checkedFiles().find(key);
    return it == checkedFiles().end() || (it->second != kOpenNow && it->second != modifiedNs(path));
}

std::optional<FileKey> fileKey(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileKey{st.st_dev, st.st_ino};
}

/// Creates the file with mode 0600 when it does not exist yet, so SQLite never creates it with
/// the process umask.
Status createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return std::nullopt;
        return Error::database(Database::tr("cannot create the database file %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    return std::nullopt;
}

/// Creates `folder` and any missing parents with mode 0700 (whatever the umask): a new practice
/// folder is its owner's alone. Folders that exist keep their mode.
Status createPrivateFolders(const QString& folder)
{
    const QString clean = QDir::cleanPath(folder);
    if (QFileInfo(clean).isDir())
        return std::nullopt;
    const QString parent = QFileInfo(clean).absolutePath();
    if (parent != clean) {
        if (auto e = createPrivateFolders(parent))
            return e;
    }
    if (::mkdir(QFile::encodeName(clean).constData(), S_IRWXU) != 0 && errno != EEXIST)
        return Error::database(
            Database::tr("cannot create the folder %1: %2").arg(clean, QString::fromLocal8Bit(std::strerror(errno))));
    return std::nullopt;
}

/// Reads the 100-byte SQLite header without opening the file through SQLite, so a refused
/// file is never touched. Empty files are new databases.
Status checkHeader(const QString& path, int latest)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::database(Database::tr("cannot read the database file %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    char buffer[100];
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, 0);
    ::close(fd);
    if (got < 0)
        return Error::database(Database::tr("cannot read the database file %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const QByteArray header(buffer, int(got));
    if (header.isEmpty())
        return std::nullopt;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::database(Database::tr("%1 is not a Rapport database (not an SQLite file, or damaged)").arg(path));
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != 0 && applicationId != Database::kApplicationId)
        return Error::database(
            Database::tr("%1 is an SQLite file of another application, not a Rapport database").arg(path));
    if (applicationId == Database::kApplicationId && userVersion > latest)
        return Error::database(
            Database::tr("%1 was made by a newer version of Rapport (schema %2; this version knows up "
                         "to %3): update Rapport to open it")
                .arg(path)
                .arg(userVersion)
                .arg(latest));
    return std::nullopt;
}

Result<qint64> pragmaValue(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return Error::database(Database::tr("cannot read the database %1 (damaged, or not a database): %2")
                                   .arg(db.databaseName(), q.lastError().databaseText().isEmpty()
                                                               ? q.lastError().text()
                                                               : q.lastError().databaseText()));
    return q.value(0).toLongLong();
}

Status execPragma(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma))
        return Error::database(
            Database::tr("cannot configure the database (%1): %2").arg(pragma, q.lastError().text()));
    return std::nullopt;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_statements(std::make_unique<StatementCache>(m_connectionName))
{
}

Database::~Database()
{
    m_statements->clear(); // no statement may outlive the connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_key) {
        std::lock_guard<std::mutex> lock(openFilesMutex());
        auto& files = openFiles();
        const auto it = files.find(FileKey{static_cast<dev_t>(m_key->dev), static_cast<ino_t>(m_key->ino)});
        if (it != files.end() && --it->second <= 0) {
            const FileKey key = it->first;
            files.erase(it);
            // The last close checkpointed: remember the file as it is now (forget it when the
            // path holds another file by now).
            const auto checked = checkedFiles().find(key);
            if (checked != checkedFiles().end()) {
                const auto now = fileKey(m_path);
                if (now && !(*now < key) && !(key < *now))
                    checked->second = modifiedNs(m_path);
                else
                    checkedFiles().erase(checked);
            }
        }
    }
}

int Database::openCountInThisProcess(const QString& path)
{
    const auto key = fileKey(QFileInfo(path).absoluteFilePath());
    if (!key)
        return 0;
    std::lock_guard<std::mutex> lock(openFilesMutex());
    const auto it = openFiles().find(*key);
    return it == openFiles().end() ? 0 : it->second;
}

bool Database::otherProcessesHaveOpen() const
{
    if (isPostgres())
        return false; // nothing of ours to replace under them: restore refuses PostgreSQL anyway
    // SQLite in WAL mode keeps a shared lock on the database file and on the DMS byte of the
    // -shm file for as long as a connection is open; /proc/locks lists them with their pid.
    QVector<FileKey> keys;
    for (const QString& p : {m_path, QString(m_path + QStringLiteral("-shm"))}) {
        if (const auto k = fileKey(p))
            keys << *k;
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (keys.isEmpty() || !locks.open(QIODevice::ReadOnly))
        return false;
    const qint64 self = ::getpid();
    // "1: POSIX  ADVISORY  READ 4242 08:01:1234567 128 128" (after "->" for a blocked waiter).
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QList<QByteArray> f = raw.simplified().split(' ');
        int at = f.indexOf(QByteArrayLiteral("ADVISORY"));
        if (at < 0)
            at = f.indexOf(QByteArrayLiteral("MANDATORY"));
        if (at < 0 || f.size() < at + 4)
            continue;
        const qint64 pid = f.at(at + 2).toLongLong();
        if (pid == self || pid <= 0)
            continue;
        const QList<QByteArray> id = f.at(at + 3).split(':');
        if (id.size() != 3)
            continue;
        bool okMajor = false, okMinor = false, okIno = false;
        const unsigned major = id.at(0).toUInt(&okMajor, 16);
        const unsigned minor = id.at(1).toUInt(&okMinor, 16);
        const quint64 ino = id.at(2).toULongLong(&okIno);
        if (!okMajor || !okMinor || !okIno)
            continue;
        for (const FileKey& k : keys) {
            if (::major(k.dev) == major && ::minor(k.dev) == minor && quint64(k.ino) == ino)
                return true;
        }
    }
    return false;
}

namespace {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

Status Database::replaceContentsFrom(const Database& source)
{
    if (isPostgres() || source.isPostgres())
        return Error::database(tr("cannot copy into the database %1: a PostgreSQL database is restored with the "
                                  "server's own tools (pg_restore), not by Rapport")
                                   .arg(m_path));
    m_statements->clear(); // prepared against the contents being replaced
    sqlite3* to = sqliteHandle(connection());
    sqlite3* from = sqliteHandle(source.connection());
    if (!to || !from)
        return Error::database(tr("cannot copy into the database %1: not an SQLite connection").arg(m_path));
    sqlite3_backup* copy = sqlite3_backup_init(to, "main", from, "main");
    if (!copy)
        return Error::database(
            tr("cannot copy into the database %1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(to))));
    int rc = SQLITE_OK;
    for (int waited = 0;;) {
        rc = sqlite3_backup_step(copy, -1);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited >= kBusyTimeoutMs)
            break;
        QThread::msleep(20);
        waited += 20;
    }
    const int finished = sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        const QString why = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                ? tr("another program kept the database busy")
                                : QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished));
        return Error::database(tr("cannot copy into the database %1: %2").arg(m_path, why));
    }
    return std::nullopt;
}

Status Database::vacuumInto(const QString& target) const
{
    if (isPostgres())
        return Error::database(tr("%1 is a PostgreSQL database: back it up with the server's own tools (pg_dump, "
                                  "or the server's base backups), not with Rapport's backup of a file")
                                   .arg(m_path));
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Error::database(q.lastError().text());
    q.addBindValue(target);
    if (!q.exec())
        return Error::database(q.lastError().text());
    q.finish();
    return std::nullopt;
}

Status Database::reopen()
{
    m_statements->clear();
    QSqlDatabase c = connection();
    c.close();
    if (!c.open())
        return Error::database(tr("cannot reopen the database %1: %2").arg(m_path, c.lastError().text()));
    if (isPostgres()) {
        if (auto e = setUpPostgresSession())
            return e;
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT version FROM rapport_schema")) || !q.next())
            return Error::database(tr("cannot read the schema version of %1: %2").arg(m_path, q.lastError().text()));
        if (q.value(0).toInt() != m_version)
            return Error::database(tr("the database %1 has schema %2, this Rapport uses %3: restart Rapport")
                                       .arg(m_path)
                                       .arg(q.value(0).toInt())
                                       .arg(m_version));
        return std::nullopt;
    }
    for (const char* p : kConnectionPragmas) {
        if (auto e = execPragma(c, QString::fromLatin1(p)))
            return e;
    }
    const auto version = pragmaValue(c, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (*version != m_version)
        return Error::database(tr("the database %1 has schema %2, this Rapport uses %3: restart Rapport")
                                   .arg(m_path)
                                   .arg(*version)
                                   .arg(m_version));
    return std::nullopt;
}

bool Database::isOpenInThisProcess(const QString& path)
{
    return openCountInThisProcess(path) > 0;
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
    if (m_backend == Backend::Postgres && c.driver() && takeConnectionLost(c.driver())) {
        // reopen() keeps the schema version and only touches this instance's own connection and
        // statement cache: logically const for the callers, who get a working connection.
        if (auto e = const_cast<Database*>(this)->reopen())
            markConnectionLost(c.driver()); // still down: try again at the next use
    }
    return c;
}

const QVector<Migration>& Database::migrations()
{
    return builtInMigrations();
}

int Database::latestVersion()
{
    return static_cast<int>(migrations().size());
}

bool Database::isServerUrl(const QString& pathOrUrl)
{
    return PostgresUrl::isUrl(pathOrUrl);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    if (isServerUrl(path))
        return openPostgres(path, postgresMigrations());
    return open(path, migrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QVector<Migration>& steps)
{
    if (path.isEmpty())
        return Error::database(tr("no database path given"));
    // Never a path: a URL that cannot be used fails here, and nothing is created on disk.
    if (isServerUrl(path))
        return openPostgres(path, steps);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && info.isDir())
        return Error::database(tr("%1 is a folder, not a database file").arg(absolute));
    if (auto e = createPrivateFolders(info.absolutePath()))
        return *e;
    const int latest = static_cast<int>(steps.size());

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
    bool check = false;
    {
        // Held from the header check until the connection is registered, so no other thread of
        // this process reads the file outside SQLite while a connection of ours has it open.
        std::lock_guard<std::mutex> lock(openFilesMutex());
        const auto existing = fileKey(absolute);
        check = existing && needsCheck(*existing, absolute);
        if (!existing) {
            if (auto e = createPrivateFile(absolute))
                return *e;
        } else if (openFiles().count(*existing) == 0) {
            // Checked here, as the user who runs us: SQLite's own error for either case is "attempt
            // to write a readonly database", which reads like damage.
            if (::access(QFile::encodeName(absolute).constData(), R_OK | W_OK) != 0)
                return Error::database(tr("cannot write to the database %1 (%2): Rapport writes to this file "
                                          "whenever it opens it; check its permissions or copy it to a folder of "
                                          "yours")
                                           .arg(absolute, QString::fromLocal8Bit(std::strerror(errno))));
            if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK | X_OK) != 0)
                return Error::database(tr("cannot write in the folder %1 (%2): the database needs its two working "
                                          "files (-wal and -shm) beside it; check the folder's permissions or copy "
                                          "the database to a folder of yours")
                                           .arg(info.absolutePath(), QString::fromLocal8Bit(std::strerror(errno))));
            if (auto e = checkHeader(absolute, latest))
                return *e;
        }
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(absolute);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!c.open())
            return Error::database(tr("cannot open the database %1: %2").arg(absolute, c.lastError().text()));
        const auto key = fileKey(absolute);
        if (!key)
            return Error::database(tr("the database file %1 vanished while it was being opened").arg(absolute));
        db->m_key = std::make_unique<FileKeyHolder>(FileKeyHolder{quint64(key->dev), quint64(key->ino)});
        ++openFiles()[*key];
        if (!check)
            checkedFiles()[*key] = kOpenNow; // created here: nothing to check
    }
    if (auto e = db->configure(steps, check))
        return *e;
    if (check) {
        std::lock_guard<std::mutex> lock(openFilesMutex());
        checkedFiles()[FileKey{dev_t(db->m_key->dev), ino_t(db->m_key->ino)}] = kOpenNow;
    }
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::configure(const QVector<Migration>& steps, bool check)
{
    QSqlDatabase c = connection();
    const int latest = static_cast<int>(steps.size());
    // Read-only checks first: nothing below may write to a file we are going to refuse.
    const auto appId = pragmaValue(c, QStringLiteral("application_id"));
    if (!appId)
        return appId.error();
    const auto version = pragmaValue(c, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (*appId != 0 && *appId != kApplicationId)
        return Error::database(tr("%1 is an SQLite file of another application, not a Rapport database").arg(m_path));
    if (*appId == 0) {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return Error::database(
                tr("cannot read the database %1 (damaged, or not a database): %2").arg(m_path, q.lastError().text()));
        if (q.value(0).toInt() > 0 || *version != 0)
            return Error::database(
                tr("%1 is an SQLite file of another application, not a Rapport database").arg(m_path));
    }
    if (*version > latest)
        return Error::database(tr("%1 was made by a newer version of Rapport (schema %2; this version knows up to "
                                  "%3): update Rapport to open it")
                                   .arg(m_path)
                                   .arg(*version)
                                   .arg(latest));
    // Before anything writes to it (the WAL switch, migrations): a damaged file stays as it is.
    if (check) {
        if (auto e = runQuickCheck())
            return e;
    }

    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::database(
                tr("cannot switch the database %1 to WAL mode: %2").arg(m_path, q.lastError().text()));
    }
    for (const char* p : kConnectionPragmas) {
        if (auto e = execPragma(c, QString::fromLatin1(p)))
            return e;
    }
    m_version = static_cast<int>(*version);
    return migrate(steps);
}

Status Database::runQuickCheck()
{
    bool overridden = false;
    const int configured = qEnvironmentVariableIntValue("RAPPORT_QUICK_CHECK_MS", &overridden);
    const int budgetMs = overridden ? configured : kQuickCheckBudgetMs;
    if (budgetMs <= 0)
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    // Table by table (`PRAGMA quick_check(TABLE)` checks a table and its indexes), with the
    // budget looked at between tables: SQLite 3.40 runs a whole check as one VDBE instruction
    // that neither a progress handler nor sqlite3_interrupt() stops, so a check of the whole
    // file at once could not be held to its budget.
    QStringList tables;
    QStringList problems;
    QString failure;
    {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                                  "'CREATE VIRTUAL TABLE%' ORDER BY rootpage"))) {
            while (q.next())
                tables << q.value(0).toString();
        } else {
            failure = q.lastError().text();
        }
    }
    for (const QString& table : std::as_const(tables)) {
        if (!failure.isEmpty() || !problems.isEmpty())
            break;
        if (clock.elapsed() >= budgetMs) {
            m_quickCheck = QuickCheck::Unfinished;
            return std::nullopt;
        }
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted))) {
            failure = q.lastError().text();
            break;
        }
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (row != QLatin1String("ok"))
                problems << row;
        }
    }
    const bool ran = failure.isEmpty();
    if (ran && problems.isEmpty()) {
        m_quickCheck = QuickCheck::Ok;
        return std::nullopt;
    }
    // One line for the user: SQLite's report spans lines and opens with "*** in database main ***".
    QStringList lines;
    for (const QString& line : (ran ? problems.join(QLatin1Char('\n')) : failure).split(QLatin1Char('\n'))) {
        const QString l = line.simplified();
        if (!l.isEmpty() && !l.startsWith(QLatin1String("***")))
            lines << l;
    }
    const QString found = lines.join(QStringLiteral("; "));
    return Error::database(tr("%1 is damaged (%2); it was left as it is: keep a copy of it, then put your latest "
                              "backup in its place")
                               .arg(m_path, found.left(300)));
}

QString Database::fileStamp(const QString& path)
{
    if (isServerUrl(path))
        return {};
    struct stat st {};
    if (::stat(QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(quint64(st.st_dev))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec);
}

void Database::trustUnchanged(const QString& path, const QString& stamp)
{
    const QStringList parts = stamp.split(QLatin1Char(':'));
    if (parts.size() != 3 || stamp != fileStamp(path))
        return;
    std::lock_guard<std::mutex> lock(openFilesMutex());
    const FileKey key{dev_t(parts.at(0).toULongLong()), ino_t(parts.at(1).toULongLong())};
    auto& checked = checkedFiles();
    if (checked.find(key) == checked.end())
        checked[key] = parts.at(2).toLongLong();
}

bool RawRow::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RawRow::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView RawRow::text(int column) const
{
    if (m_query) {
        if (m_texts.size() <= column)
            m_texts.resize(column + 1);
        m_texts[column] = m_query->value(column).toString().toUtf8();
        return m_texts.at(column);
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

Status Database::forEachRawRow(const QString& sql, const QVariantList& values, const char* what,
                               const std::function<bool(const RawRow&)>& row) const
{
    if (isPostgres()) {
        // No C API path here: QPSQL's rows through QtSql (read whole: see prepare() in SqlUtil).
        QSqlQuery q(connection());
        if (auto e = run(q, sql, values, what))
            return e;
        RawRow current(&q);
        while (q.next()) {
            if (!row(current))
                return std::nullopt;
        }
        return std::nullopt;
    }
    sqlite3* handle = sqliteHandle(connection());
    const auto failed = [&](int code) {
        const QSqlError e(QString(), QString::fromUtf8(handle ? sqlite3_errmsg(handle) : "no connection"),
                          QSqlError::StatementError, QString::number(code));
        const QString plain = plainSqliteFailure(e, m_path);
        return Error::database(
            plain.isEmpty()
                ? tr("database error while %1: %2").arg(QCoreApplication::translate("Database", what), e.databaseText())
                : plain);
    };
    if (!handle)
        return failed(SQLITE_MISUSE);
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr);
    if (rc != SQLITE_OK)
        return failed(rc);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owned(statement, &sqlite3_finalize);
    QVector<QByteArray> texts; // kept alive until the statement is done
    texts.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.isNull())
            rc = sqlite3_bind_null(statement, i + 1);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        else {
            texts << v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, texts.last().constData(), int(texts.last().size()), SQLITE_STATIC);
        }
        if (rc != SQLITE_OK)
            return failed(rc);
    }
    const RawRow current(statement);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!row(current))
            return std::nullopt;
    }
    if (rc != SQLITE_DONE)
        return failed(rc);
    return std::nullopt;
}

bool Database::fileHasMoved() const
{
    if (isPostgres())
        return false;
    sqlite3* handle = sqliteHandle(connection());
    int moved = 0;
    if (!handle || sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false;
    return moved != 0;
}

Status Database::integrityCheck() const
{
    // The server checks its own pages and enforces every constraint as rows are written; there
    // is no file of ours to read. (pg_amcheck, run by the server's administrator, checks pages.)
    if (isPostgres())
        return std::nullopt;
    QSqlDatabase c = connection();
    const auto collect = [&](const QString& sql, QStringList& rows, QString& failure) {
        QSqlQuery q(c);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            failure = q.lastError().text();
            return;
        }
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char(' ')).simplified();
        }
    };
    QStringList integrity;
    QString failure;
    collect(QStringLiteral("PRAGMA integrity_check(20)"), integrity, failure);
    if (failure.isEmpty() && integrity == QStringList{QStringLiteral("ok")}) {
        QStringList orphans;
        collect(QStringLiteral("PRAGMA foreign_key_check"), orphans, failure);
        if (failure.isEmpty() && orphans.isEmpty())
            return std::nullopt;
        if (failure.isEmpty())
            return Error::database(
                tr("%1 has %n row(s) pointing at rows that do not exist (first: %2)", nullptr, int(orphans.size()))
                    .arg(m_path, orphans.first()));
    }
    QStringList lines;
    for (const QString& line : (failure.isEmpty() ? integrity : QStringList{failure})) {
        if (!line.isEmpty() && !line.startsWith(QLatin1String("***")))
            lines << line;
    }
    return Error::database(tr("%1 is damaged (%2): keep a copy of it, then put your latest backup in its place")
                               .arg(m_path, lines.join(QStringLiteral("; ")).left(300)));
}

Status Database::migrate(const QVector<Migration>& steps)
{
    for (const Migration& step : steps) {
        if (step.version <= m_version)
            continue;
        auto tx = SqlTransaction::begin(*this);
        if (!tx)
            return tx.error();
        QSqlDatabase c = connection();
        // Another process may have migrated while we waited for the write lock.
        const auto current = pragmaValue(c, QStringLiteral("user_version"));
        if (!current)
            return current.error();
        if (*current >= step.version) {
            m_version = static_cast<int>(*current);
            continue;
        }
        const auto fail = [&](const QString& why) {
            return Error::database(tr("upgrading the database %1 to version %2 (%3) failed, it stays at version "
                                      "%4: %5")
                                       .arg(m_path)
                                       .arg(step.version)
                                       .arg(step.description)
                                       .arg(m_version)
                                       .arg(why));
        };
        for (const QString& statement : step.statements) {
            QSqlQuery q(c);
            if (!q.exec(statement))
                return fail(q.lastError().text());
        }
        if (step.after) {
            if (auto e = step.after(c))
                return fail(e->message);
        }
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) ||
            !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return fail(q.lastError().text());
        if (auto e = tx.value().commit())
            return fail(e->message);
        m_version = step.version;
    }
    return std::nullopt;
}

QString Database::cloudSyncWarning(const QString& path)
{
    if (isServerUrl(path))
        return {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto isSynced = [](const QString& part) {
        return part.compare(QLatin1String("Dropbox"), Qt::CaseInsensitive) == 0 ||
               part.startsWith(QLatin1String("Dropbox ("), Qt::CaseInsensitive) ||
               part.compare(QLatin1String("OneDrive"), Qt::CaseInsensitive) == 0 ||
               part.startsWith(QLatin1String("OneDrive - "), Qt::CaseInsensitive) ||
               part.compare(QLatin1String("iCloud Drive"), Qt::CaseInsensitive) == 0 ||
               part.compare(QLatin1String("iCloudDrive"), Qt::CaseInsensitive) == 0 ||
               part.compare(QLatin1String("Mobile Documents"), Qt::CaseInsensitive) == 0 ||
               part.compare(QLatin1String("Google Drive"), Qt::CaseInsensitive) == 0 ||
               part.compare(QLatin1String("GoogleDrive"), Qt::CaseInsensitive) == 0 ||
               part.startsWith(QLatin1String("GoogleDrive-"), Qt::CaseInsensitive) ||
               part.compare(QLatin1String("Nextcloud"), Qt::CaseInsensitive) == 0 ||
               part.compare(QLatin1String("ownCloud"), Qt::CaseInsensitive) == 0 ||
               part.compare(QLatin1String("pCloudDrive"), Qt::CaseInsensitive) == 0;
    };
    for (const QString& part : parts) {
        if (isSynced(part))
            return tr("The database %1 is inside the cloud-sync folder \"%2\". Sync programs copy the file while "
                      "Rapport writes to it and can corrupt it; keep the database in a local folder and use Backup "
                      "to put copies in the cloud.")
                .arg(absolute, part);
    }
    return {};
}

} // namespace rapport::storage
