// SPDX-License-Identifier: GPL-3.0-or-later
// A postgresql:// URL is a server, never a path: parsed, refused with one clear line, and never
// a folder named "postgresql:" on disk.
#include "storage/Database.h"
#include "storage/PostgresUrl.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using rapport::storage::Database;
using rapport::storage::PostgresUrl;

namespace {

struct Proc {
    int code = -1;
    QString out;
    QString err;
};

/// rapport-cli in `cwd`, with `env` added to the environment (RAPPORT_DB unset unless given).
Proc cli(const QString& cwd, const QStringList& args, const QHash<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("RAPPORT_DB"));
    // Nowhere for libpq to find a password or another default by accident.
    e.insert(QStringLiteral("PGPASSFILE"), QDir(cwd).filePath(QStringLiteral("no-pgpass")));
    e.insert(QStringLiteral("HOME"), cwd);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// The folder holds nothing but what the test put there (the CLI created no file or folder).
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("PostgreSQL URLs are told from paths", "[postgres-url]")
{
    CHECK(PostgresUrl::isUrl(QStringLiteral("postgresql://u@h:5432/db")));
    CHECK(PostgresUrl::isUrl(QStringLiteral("postgres://u@h/db")));
    CHECK(PostgresUrl::isUrl(QStringLiteral("PostgreSQL://u@h/db")));
    CHECK(PostgresUrl::isUrl(QStringLiteral("  postgresql:///db?host=/run/x")));
    CHECK(Database::isServerUrl(QStringLiteral("postgresql://h/db")));
    CHECK_FALSE(PostgresUrl::isUrl(QStringLiteral("postgresql:db")));
    CHECK_FALSE(PostgresUrl::isUrl(QStringLiteral("/home/ana/postgresql://x")));
    CHECK_FALSE(PostgresUrl::isUrl(QStringLiteral("practice.sqlite")));
    CHECK_FALSE(PostgresUrl::isUrl(QStringLiteral("sqlite://x")));
}

TEST_CASE("A PostgreSQL URL gives user, host, port and database", "[postgres-url]")
{
    SECTION("host and port")
    {
        const auto u = PostgresUrl::parse(QStringLiteral("postgresql://reception@db.clinic.lan:5433/practice"));
        REQUIRE(u.ok());
        CHECK(u->user() == QStringLiteral("reception"));
        CHECK(u->host() == QStringLiteral("db.clinic.lan"));
        CHECK(u->port() == 5433);
        CHECK(u->databaseName() == QStringLiteral("practice"));
        CHECK(u->server() == QStringLiteral("db.clinic.lan:5433"));
        CHECK(u->connectOptions() == QStringLiteral("connect_timeout=10"));
    }
    SECTION("a socket folder in the query, the user given with an empty host")
    {
        const auto u = PostgresUrl::parse(QStringLiteral("postgresql://desk@/practice?host=/run/pg%20sock&port=6000"));
        REQUIRE(u.ok());
        CHECK(u->user() == QStringLiteral("desk"));
        CHECK(u->host() == QStringLiteral("/run/pg sock"));
        CHECK(u->port() == 6000);
        CHECK(u->databaseName() == QStringLiteral("practice"));
    }
    SECTION("no user, no host: libpq's defaults; postgres:// and libpq options")
    {
        const auto u = PostgresUrl::parse(QStringLiteral("postgres:///rapport?sslmode=require&connect_timeout=3"));
        REQUIRE(u.ok());
        CHECK(u->user().isEmpty());
        CHECK(u->host().isEmpty());
        CHECK(u->port() == -1);
        CHECK(u->databaseName() == QStringLiteral("rapport"));
        CHECK(u->connectOptions() == QStringLiteral("sslmode='require';connect_timeout='3'"));
    }
    SECTION("an IPv6 address")
    {
        const auto u = PostgresUrl::parse(QStringLiteral("postgresql://u@[::1]:5432/p"));
        REQUIRE(u.ok());
        CHECK(u->host() == QStringLiteral("::1"));
    }
}

TEST_CASE("A PostgreSQL URL with a password, no database or an unknown option is refused", "[postgres-url]")
{
    const auto password = PostgresUrl::parse(QStringLiteral("postgresql://ana:s3cret@db:5432/practice"));
    REQUIRE_FALSE(password.ok());
    CHECK(password.error().kind == rapport::domain::Error::Kind::Database);
    CHECK(password.error().message.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(password.error().message.contains(QStringLiteral("s3cret")));

    const auto inQuery = PostgresUrl::parse(QStringLiteral("postgresql://ana@db/practice?password=s3cret"));
    REQUIRE_FALSE(inQuery.ok());
    CHECK(inQuery.error().message.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(inQuery.error().message.contains(QStringLiteral("s3cret")));

    const auto noDb = PostgresUrl::parse(QStringLiteral("postgresql://ana@db:5432"));
    REQUIRE_FALSE(noDb.ok());
    CHECK(noDb.error().message.contains(QStringLiteral("names no database")));

    const auto unknown = PostgresUrl::parse(QStringLiteral("postgresql://ana@db/p?sslmod=require"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("sslmod")));

    const auto port = PostgresUrl::parse(QStringLiteral("postgresql://ana@db/p?port=99999"));
    REQUIRE_FALSE(port.ok());
}

TEST_CASE("Database::open of an unreachable server fails as a database error and creates nothing", "[postgres-url]")
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    const auto db = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/x"));
    QDir::setCurrent(before);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == rapport::domain::Error::Kind::Database);
    CHECK(db.error().message.contains(QStringLiteral("127.0.0.1:1")));
    CHECK_FALSE(db.error().message.contains(QLatin1Char('\n')));
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("rapport-cli --db postgresql://... never makes a folder: an unreachable server exits 4 in one line",
          "[postgres-url][cli][binary]")
{
    QTemporaryDir dir;
    SECTION("--db")
    {
        const Proc r = cli(dir.path(), {QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/x"),
                                        QStringLiteral("init")});
        CHECK(r.code == 4);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.contains(QStringLiteral("PostgreSQL server 127.0.0.1:1")));
    }
    SECTION("--db=, postgres://, a client command")
    {
        const Proc r = cli(dir.path(), {QStringLiteral("--db=postgres://nobody@127.0.0.1:1/x"),
                                        QStringLiteral("client"), QStringLiteral("list")});
        CHECK(r.code == 4);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    SECTION("$RAPPORT_DB")
    {
        const Proc r = cli(dir.path(), {QStringLiteral("settings"), QStringLiteral("show")},
                           {{QStringLiteral("RAPPORT_DB"), QStringLiteral("postgresql://nobody@127.0.0.1:1/x")}});
        CHECK(r.code == 4);
        CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    SECTION("a socket folder that does not exist")
    {
        const Proc r = cli(dir.path(), {QStringLiteral("--db"),
                                        QStringLiteral("postgresql://nobody@/x?host=%1/nowhere").arg(dir.path()),
                                        QStringLiteral("init")});
        CHECK(r.code == 4);
        CHECK(r.err.contains(QStringLiteral("nowhere")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    SECTION("a password in the URL")
    {
        const Proc r = cli(dir.path(), {QStringLiteral("--db"), QStringLiteral("postgresql://ana:s3cret@127.0.0.1:1/x"),
                                        QStringLiteral("init")});
        CHECK(r.code == 4);
        CHECK(r.err.contains(QStringLiteral(".pgpass")));
        CHECK_FALSE(r.err.contains(QStringLiteral("s3cret")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK(entries(dir.path()).isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("postgresql:"))));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("postgres:"))));
}
