#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SqlTransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
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

/// The files this process created or quick-checked: open() checks each file once per process.
std::set<FileKey>& checkedFiles()
{
    static std::set<FileKey> files;
    return files;
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
        if (it != files.end() && --it->second <= 0)
            files.erase(it);
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
    return QSqlDatabase::database(m_connectionName, false);
}

const QVector<Migration>& Database::migrations()
{
    return builtInMigrations();
}

int Database::latestVersion()
{
    return static_cast<int>(migrations().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, migrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QVector<Migration>& steps)
{
    if (path.isEmpty())
        return Error::database(tr("no database path given"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && info.isDir())
        return Error::database(tr("%1 is a folder, not a database file").arg(absolute));
    if (!QDir().mkpath(info.absolutePath()))
        return Error::database(tr("cannot create the folder %1").arg(info.absolutePath()));
    const int latest = static_cast<int>(steps.size());

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
    bool check = false;
    {
        // Held from the header check until the connection is registered, so no other thread of
        // this process reads the file outside SQLite while a connection of ours has it open.
        std::lock_guard<std::mutex> lock(openFilesMutex());
        const auto existing = fileKey(absolute);
        check = existing && checkedFiles().count(*existing) == 0;
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
            checkedFiles().insert(*key); // created here: nothing to check
    }
    if (auto e = db->configure(steps, check))
        return *e;
    if (check) {
        std::lock_guard<std::mutex> lock(openFilesMutex());
        checkedFiles().insert(FileKey{dev_t(db->m_key->dev), ino_t(db->m_key->ino)});
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

namespace {

struct CheckBudget {
    QElapsedTimer timer;
    qint64 budgetMs = 0;
    bool expired = false;
};

int stopWhenOverBudget(void* context)
{
    auto* budget = static_cast<CheckBudget*>(context);
    if (budget->timer.elapsed() < budget->budgetMs)
        return 0;
    budget->expired = true;
    return 1; // interrupts the statement
}

} // namespace

Status Database::runQuickCheck()
{
    bool overridden = false;
    const int configured = qEnvironmentVariableIntValue("RAPPORT_QUICK_CHECK_MS", &overridden);
    const int budgetMs = overridden ? configured : kQuickCheckBudgetMs;
    if (budgetMs <= 0)
        return std::nullopt;
    sqlite3* handle = sqliteHandle(connection());
    CheckBudget budget;
    budget.budgetMs = budgetMs;
    budget.timer.start();
    if (handle)
        sqlite3_progress_handler(handle, 4096, &stopWhenOverBudget, &budget);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(5)"));
    QStringList problems;
    while (ran && q.next())
        problems << q.value(0).toString();
    const QString failure = ran ? QString() : q.lastError().text();
    q.finish();
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (budget.expired) {
        m_quickCheck = QuickCheck::Unfinished;
        return std::nullopt;
    }
    if (ran && problems == QStringList{QStringLiteral("ok")}) {
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
