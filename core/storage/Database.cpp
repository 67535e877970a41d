#include "Database.h"

#include "Migrations.h"
#include "SqlTransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-db-%1").arg(counter.fetchAndAddRelaxed(1));
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
        return Error::database(
            tr("cannot create the database file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    return std::nullopt;
}

/// Reads the 100-byte SQLite header without opening the file through SQLite, so a refused
/// file is never touched. Empty files are new databases.
Status checkHeader(const QString& path, int latest)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::database(tr("cannot read the database file %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    if (header.isEmpty())
        return std::nullopt;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::database(tr("%1 is not a Rapport database (not an SQLite file, or damaged)").arg(path));
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != 0 && applicationId != Database::kApplicationId)
        return Error::database(tr("%1 is an SQLite file of another application, not a Rapport database").arg(path));
    if (applicationId == Database::kApplicationId && userVersion > latest)
        return Error::database(tr("%1 was made by a newer version of Rapport (schema %2; this version knows up "
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
        return Error::database(
            tr("cannot read the database (damaged or not a database): %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

Status execPragma(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma))
        return Error::database(tr("cannot configure the database (%1): %2").arg(pragma, q.lastError().text()));
    return std::nullopt;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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
    if (info.exists()) {
        if (auto e = checkHeader(absolute, latest))
            return *e;
    } else if (auto e = createPrivateFile(absolute)) {
        return *e;
    }

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(absolute);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!c.open())
            return Error::database(tr("cannot open the database %1: %2").arg(absolute, c.lastError().text()));
    }
    if (auto e = db->configure(steps))
        return *e;
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::configure(const QVector<Migration>& steps)
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
                tr("cannot read the database (damaged or not a database): %1").arg(q.lastError().text()));
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

    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::database(
                tr("cannot switch the database %1 to WAL mode: %2").arg(m_path, q.lastError().text()));
    }
    for (const char* p : {"synchronous=FULL", "foreign_keys=ON", "recursive_triggers=ON"}) {
        if (auto e = execPragma(c, QString::fromLatin1(p)))
            return e;
    }
    m_version = static_cast<int>(*version);
    return migrate(steps);
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
               part.startsWith(QLatin1String("GoogleDrive-"), Qt::CaseInsensitive);
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
