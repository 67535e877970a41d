// SPDX-License-Identifier: GPL-3.0-or-later
// Database on PostgreSQL: the connection through QPSQL, the session settings, the schema version
// in rapport_schema, and the migrations. The rest of Database (and every repository) is shared.
#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/PostgresFailure.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlTransaction.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// "user U, database D" for messages; the user as libpq will pick it when the URL names none.
QString whoAndWhat(const PostgresUrl& url)
{
    QString user = url.user();
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return Database::tr("database %1, user %2").arg(url.databaseName(), user.isEmpty() ? QStringLiteral("?") : user);
}

/// One line for a failed connection, with what to do for the causes a person can fix.
QString connectFailure(const PostgresUrl& url, const QSqlError& error)
{
    const QString said = postgresMessage(error);
    QString hint;
    if (said.contains(QLatin1String("password authentication failed")) ||
        said.contains(QLatin1String("no password supplied")))
        hint = Database::tr(" (the password comes from ~/.pgpass, the file $PGPASSFILE names, or $PGPASSWORD)");
    else if (said.contains(QLatin1String("does not exist")) && said.contains(QLatin1String("database")))
        hint = Database::tr(" (the server's administrator creates it: see \"For clinics\" in the README)");
    else if (said.contains(QLatin1String("role")) && said.contains(QLatin1String("does not exist")))
        hint = Database::tr(" (rapport-cli admin setup-roles, run by the administrator, creates the roles)");
    return Database::tr("cannot connect to the PostgreSQL server %1 (%2): %3%4")
        .arg(url.server(), whoAndWhat(url), said.isEmpty() ? Database::tr("no reason given") : said, hint);
}

/// The writer lock's key: advisory locks are per database, so one fixed key serialises the
/// practice's writers ("RAPT", 1).
constexpr int kLockSpace = Database::kApplicationId;
constexpr int kWriterLock = 1;

} // namespace

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& text, const QVector<Migration>& steps)
{
    auto url = PostgresUrl::parse(text);
    if (!url)
        return url.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::database(tr("cannot open the PostgreSQL database at %1: Qt's PostgreSQL driver (QPSQL) is not "
                                  "installed (Debian: the package libqt6sql6-psql)")
                                   .arg(url->server()));
    std::unique_ptr<Database> db(new Database(url->text(), nextConnectionName()));
    db->m_backend = Backend::Postgres;
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!c.isValid())
        return Error::database(tr("cannot open the PostgreSQL database at %1: Qt's PostgreSQL driver (QPSQL) does not "
                                  "load: %2")
                                   .arg(url->server(), c.lastError().text()));
    c.setDatabaseName(url->databaseName());
    c.setUserName(url->user());
    c.setHostName(url->host());
    if (url->port() > 0)
        c.setPort(url->port());
    c.setConnectOptions(url->connectOptions());
    if (!c.open())
        return Error::database(connectFailure(*url, c.lastError()));
    if (auto e = db->configurePostgres(steps))
        return *e;
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Result<int> Database::probeServer(const QString& text)
{
    auto url = PostgresUrl::parse(text);
    if (!url)
        return url.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::database(
            tr("Qt's PostgreSQL driver (QPSQL) is not installed (Debian: the package libqt6sql6-psql)"));
    const QString name = nextConnectionName();
    Result<int> out = 0;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setDatabaseName(url->databaseName());
        c.setUserName(url->user());
        c.setHostName(url->host());
        if (url->port() > 0)
            c.setPort(url->port());
        c.setConnectOptions(url->connectOptions());
        if (!c.open()) {
            out = Error::database(connectFailure(*url, c.lastError()));
        } else {
            QSqlQuery q(c);
            if (!q.exec(QStringLiteral("SELECT to_regclass('rapport_schema') IS NOT NULL")) || !q.next()) {
                out = Error::database(postgresMessage(q.lastError()));
            } else if (q.value(0).toBool()) {
                q.finish();
                if (!q.exec(QStringLiteral("SELECT application, version FROM rapport_schema WHERE id = 1")))
                    out = Error::database(postgresMessage(q.lastError()));
                else if (q.next() && q.value(0).toString() != QLatin1String("rapport"))
                    out = Error::database(
                        tr("%1 is a database of another application (%2)").arg(url->text(), q.value(0).toString()));
                else
                    out = q.isValid() ? q.value(1).toInt() : 0;
            } else {
                q.finish();
                if (q.exec(
                        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class k JOIN pg_catalog.pg_namespace n ON "
                                       "n.oid = k.relnamespace WHERE n.nspname = current_schema() AND k.relkind IN "
                                       "('r', 'p', 'v', 'm', 'f')")) &&
                    q.next() && q.value(0).toInt() > 0)
                    out = Error::database(
                        tr("%1 holds tables of another application and no Rapport schema").arg(url->text()));
            }
            q.finish();
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

Status Database::setUpPostgresSession()
{
    QSqlDatabase c = connection();
    // synchronous_commit: a commit returns once the server has it on disk (synchronous=FULL's
    // promise), whatever the server's default. lock_timeout: the writer lock is waited for as
    // long as SQLite's busy timeout. Notices (CREATE ... IF NOT EXISTS) are not for people.
    const QStringList settings{
        QStringLiteral("SET synchronous_commit = on"),
        QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("SET client_encoding = 'UTF8'"),
        // The practice's rows are small and live in the server's cache: an index lookup costs
        // about what a sequential page does (the default 4.0 assumes spinning disks and made
        // the planner scan all clients to join a few thousand search matches).
        QStringLiteral("SET random_page_cost = 1.1"),
    };
    for (const QString& sql : settings) {
        QSqlQuery q(c);
        if (!q.exec(sql))
            return Error::database(
                tr("cannot configure the connection to %1 (%2): %3").arg(m_path, sql, postgresMessage(q.lastError())));
    }
    return std::nullopt;
}

Status Database::configurePostgres(const QVector<Migration>& steps)
{
    QSqlDatabase c = connection();
    if (auto e = setUpPostgresSession())
        return e;
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT current_setting('server_encoding'), current_setting('server_version_num')"
                                   "::integer")) ||
            !q.next())
            return Error::database(
                tr("cannot read the settings of %1: %2").arg(m_path, postgresMessage(q.lastError())));
        if (q.value(0).toString() != QLatin1String("UTF8"))
            return Error::database(tr("the database %1 is encoded in %2: Rapport needs UTF8 (CREATE DATABASE ... "
                                      "ENCODING 'UTF8' TEMPLATE template0)")
                                       .arg(m_path, q.value(0).toString()));
        if (q.value(1).toInt() < 130000)
            return Error::database(tr("the PostgreSQL server of %1 is version %2: Rapport needs PostgreSQL 13 or newer")
                                       .arg(m_path)
                                       .arg(q.value(1).toInt() / 10000));
    }
    // Read-only checks first: nothing below may write to a database we are going to refuse.
    int version = 0;
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT to_regclass('rapport_schema') IS NOT NULL")) || !q.next())
            return Error::database(tr("cannot read the database %1: %2").arg(m_path, postgresMessage(q.lastError())));
        const bool known = q.value(0).toBool();
        q.finish();
        if (known) {
            if (!q.exec(QStringLiteral("SELECT application, version FROM rapport_schema WHERE id = 1")))
                return Error::database(
                    tr("cannot read the schema version of %1: %2").arg(m_path, postgresMessage(q.lastError())));
            if (q.next()) {
                if (q.value(0).toString() != QLatin1String("rapport"))
                    return Error::database(tr("%1 is a database of another application (%2), not a Rapport database")
                                               .arg(m_path, q.value(0).toString()));
                version = q.value(1).toInt();
            }
        } else {
            if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class k JOIN pg_catalog.pg_namespace n ON "
                                       "n.oid = k.relnamespace WHERE n.nspname = current_schema() AND k.relkind IN "
                                       "('r', 'p', 'v', 'm', 'f')")) ||
                !q.next())
                return Error::database(
                    tr("cannot read the database %1: %2").arg(m_path, postgresMessage(q.lastError())));
            if (q.value(0).toInt() > 0)
                return Error::database(tr("%1 holds tables of another application and no Rapport schema: give Rapport "
                                          "a database of its own")
                                           .arg(m_path));
        }
    }
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (version > latest)
        return Error::database(tr("%1 was made by a newer version of Rapport (schema %2; this version knows up to "
                                  "%3): update Rapport to open it")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(latest));
    m_version = version;
    return migratePostgres(steps);
}

Status Database::lockWriters() const
{
    if (!isPostgres())
        return std::nullopt;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(kLockSpace).arg(kWriterLock))) {
        const QString plain = plainPostgresFailure(q.lastError(), m_path);
        return Error::database(
            plain.isEmpty() ? tr("cannot take the writer lock of %1: %2").arg(m_path, postgresMessage(q.lastError()))
                            : plain);
    }
    return std::nullopt;
}

Status Database::migratePostgres(const QVector<Migration>& steps)
{
    for (const Migration& step : steps) {
        if (step.version <= m_version)
            continue;
        auto tx = SqlTransaction::begin(*this); // holds the writer lock: one desk migrates, the others wait
        if (!tx)
            return tx.error();
        QSqlDatabase c = connection();
        const auto fail = [&](const QString& why) {
            return Error::database(tr("upgrading the database %1 to version %2 (%3) failed, it stays at version "
                                      "%4: %5")
                                       .arg(m_path)
                                       .arg(step.version)
                                       .arg(step.description)
                                       .arg(m_version)
                                       .arg(why));
        };
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS rapport_schema (id INTEGER PRIMARY KEY CHECK (id = "
                                   "1), application TEXT NOT NULL, version INTEGER NOT NULL)")))
            return fail(postgresMessage(q.lastError()));
        // Another desk may have migrated while we waited for the lock.
        if (!q.exec(QStringLiteral("SELECT version FROM rapport_schema WHERE id = 1")))
            return fail(postgresMessage(q.lastError()));
        const int current = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (current >= step.version) {
            m_version = current;
            continue;
        }
        for (const QString& statement : step.statements) {
            QSqlQuery s(c);
            if (!s.exec(statement))
                return fail(postgresMessage(s.lastError()));
        }
        if (step.after) {
            if (auto e = step.after(c))
                return fail(e->message);
        }
        if (!q.exec(QStringLiteral("INSERT INTO rapport_schema (id, application, version) VALUES (1, 'rapport', %1) "
                                   "ON CONFLICT (id) DO UPDATE SET version = excluded.version")
                        .arg(step.version)))
            return fail(postgresMessage(q.lastError()));
        if (auto e = tx.value().commit())
            return fail(e->message);
        m_version = step.version;
    }
    return std::nullopt;
}

const QVector<Migration>& Database::postgresMigrations()
{
    return builtInPostgresMigrations();
}

} // namespace rapport::storage
