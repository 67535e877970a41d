// SPDX-License-Identifier: GPL-3.0-or-later
// What only PostgreSQL has: the schema table, a database shared with nobody, the rule that a
// failed statement ends its transaction, the search terms, the schema's twin of SQLite's.
// Tagged [postgres-only]: registered for the PostgreSQL run alone (tests/CMakeLists.txt).
#include "CliHarness.h"
#include "TestDatabase.h"

#include "domain/Client.h"
#include "domain/Clock.h"
#include "services/ClientService.h"
#include "services/ComposerService.h"
#include "services/ConsentService.h"
#include "services/KeptDrafts.h"
#include "services/LiveUpdates.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSearch.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlUtil.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <catch2/catch.hpp>
#include <functional>
#include <unistd.h>

using rapport::storage::Database;
namespace testing = rapport::testing;

namespace {

std::unique_ptr<Database> openOk(const QString& url)
{
    auto db = Database::open(url);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

/// This desk's live updates of `db`'s practice.
std::unique_ptr<rapport::services::LiveUpdates> startLive(const Database& db)
{
    auto started = rapport::services::LiveUpdates::start(db);
    INFO((started.ok() ? QString() : started.error().message).toStdString());
    REQUIRE(started.ok());
    REQUIRE(started.value());
    return std::move(started).value();
}

} // namespace

TEST_CASE("PostgreSQL: a new database gets the latest schema, versioned in rapport_schema", "[postgres-only]")
{
    const QString url = testing::newPostgresDatabase();
    auto db = openOk(url);
    CHECK(db->isPostgres());
    CHECK(db->path() == url);
    CHECK(db->schemaVersion() == Database::latestVersion());
    CHECK(Database::postgresMigrations().last().version == Database::latestVersion());
    CHECK(scalar(*db, QStringLiteral("SELECT version FROM rapport_schema")).toInt() == Database::latestVersion());
    CHECK(scalar(*db, QStringLiteral("SELECT application FROM rapport_schema")).toString() ==
          QStringLiteral("rapport"));
    // The search terms get their trigram index where pg_trgm can be created (the test cluster can).
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'client_search_by_terms'"))
              .toInt() == 1);
    db.reset();
    // Opening again migrates nothing and keeps the version.
    auto again = openOk(url);
    CHECK(again->schemaVersion() == Database::latestVersion());
}

TEST_CASE("PostgreSQL: the tables have SQLite's columns, in SQLite's order", "[postgres-only]")
{
    QTemporaryDir dir;
    auto sqlite = openOk(dir.filePath(QStringLiteral("twin.sqlite")));
    auto pg = openOk(testing::newPostgresDatabase());
    QSqlQuery tables(sqlite->connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'client_search%' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    int compared = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        INFO(table.toStdString());
        const QSqlRecord a = sqlite->connection().record(table);
        const QSqlRecord b = pg->connection().record(table);
        REQUIRE(b.count() == a.count());
        for (int i = 0; i < a.count(); ++i)
            CHECK(b.fieldName(i) == a.fieldName(i));
        ++compared;
    }
    CHECK(compared >= 17);
}

TEST_CASE("PostgreSQL: a newer schema, another application's database, tables without a schema are refused",
          "[postgres-only]")
{
    SECTION("newer")
    {
        const QString url = testing::newPostgresDatabase();
        openOk(url).reset();
        testing::execRaw(url, {testing::setSchemaVersion(Database::latestVersion() + 1)});
        const auto db = Database::open(url);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == rapport::domain::Error::Kind::Database);
        CHECK(db.error().message.contains(QStringLiteral("newer version of Rapport")));
    }
    SECTION("another application's tables")
    {
        const QString url = testing::newPostgresDatabase();
        testing::execRaw(url, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")});
        const auto db = Database::open(url);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("another application")));
        // Untouched: no table of ours was made.
        testing::execRaw(url, {QStringLiteral("CREATE TABLE clients (x INTEGER)")});
    }
    SECTION("a schema table of another application")
    {
        const QString url = testing::newPostgresDatabase();
        testing::execRaw(url, {QStringLiteral("CREATE TABLE rapport_schema (id INTEGER PRIMARY KEY, application TEXT, "
                                              "version INTEGER)"),
                               QStringLiteral("INSERT INTO rapport_schema VALUES (1, 'ledgerly', 3)")});
        const auto db = Database::open(url);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("ledgerly")));
    }
    SECTION("a database that does not exist: one line, naming the server")
    {
        QString url = testing::newPostgresDatabase();
        url.replace(QStringLiteral("/rapport_t"), QStringLiteral("/missing_t"));
        const auto db = Database::open(url);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(db.error().message.contains(QLatin1Char('\n')));
    }
}

TEST_CASE("PostgreSQL: a failed statement ends the transaction, and commit says so instead of saving",
          "[postgres-only]")
{
    auto db = openOk(testing::newPostgresDatabase());
    rapport::storage::ClientRepository repo(*db);
    rapport::domain::Client c;
    c.name = QStringLiteral("Ana Silva");
    {
        auto tx = rapport::storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
        QSqlQuery bad(db->connection());
        CHECK_FALSE(bad.exec(QStringLiteral("INSERT INTO clients (id, name, created_at, updated_at) VALUES (1, 'x', "
                                            "'a', 'b')"))); // the id is taken
        const auto committed = tx.value().commit();
        REQUIRE(committed.has_value());
        CHECK(committed->kind == rapport::domain::Error::Kind::Database);
    }
    CHECK(repo.count({}).value() == 0);
    // A failure is one line of the server's words (QPSQL's own text spans two, with the SQLSTATE).
    {
        REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
        QSqlQuery q(db->connection());
        const auto e = rapport::storage::run(
            q, QStringLiteral("INSERT INTO clients (id, name, created_at, updated_at) VALUES (?, 'x', 'a', 'b')"),
            {repo.list({}, QDateTime()).value().first().id}, "testing");
        REQUIRE(e.has_value());
        CHECK(e->message.contains(QStringLiteral("duplicate key")));
        CHECK_FALSE(e->message.contains(QLatin1Char('\n')));
        CHECK_FALSE(e->message.contains(QStringLiteral("23505")));
        QSqlQuery clear(db->connection());
        REQUIRE(clear.exec(QStringLiteral("DELETE FROM clients")));
    }
    // The connection works on: the next transaction commits.
    auto tx = rapport::storage::SqlTransaction::begin(*db);
    REQUIRE(tx.ok());
    REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
    REQUIRE_FALSE(tx.value().commit());
    CHECK(repo.count({}).value() == 1);
}

TEST_CASE("PostgreSQL: a writer waiting past the busy timeout is told the database is locked", "[postgres-only]")
{
    const QString url = testing::newPostgresDatabase();
    auto holder = openOk(url);
    auto waiter = openOk(url);
    QSqlQuery shorter(waiter->connection());
    REQUIRE(shorter.exec(QStringLiteral("SET lock_timeout = 300")));
    auto held = rapport::storage::SqlTransaction::begin(*holder);
    REQUIRE(held.ok());
    const auto blocked = rapport::storage::SqlTransaction::begin(*waiter);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().kind == rapport::domain::Error::Kind::Database);
    CHECK(blocked.error().message.contains(QStringLiteral("locked")));
    held.value().rollback();
    CHECK(rapport::storage::SqlTransaction::begin(*waiter).ok());
}

TEST_CASE("PostgreSQL: search terms are the client's words folded, matched by word prefix", "[postgres-only]")
{
    using rapport::storage::ClientSearch;
    CHECK(ClientSearch::terms(QStringLiteral("Zoë O'Brien-Müller Zo"), {QStringLiteral("447400123456")},
                              {QStringLiteral("Zoe.OB@Example.org")}) ==
          QStringLiteral(" zoe o brien muller zo zoe ob example org 447400123456 "));
    CHECK(ClientSearch::likePatterns(QStringLiteral("  Mül  o'b ")) ==
          QVariantList{QStringLiteral("% mul%"), QStringLiteral("% o%"), QStringLiteral("% b%")});
    CHECK(ClientSearch::likePatterns(QStringLiteral("07400 123")) == QVariantList{QStringLiteral("% 07400123%")});
    CHECK(ClientSearch::likePatterns(QStringLiteral("%_")).isEmpty());
}

TEST_CASE("PostgreSQL: admin setup-roles gives a desk every table but an append-only ledger", "[postgres-only][cli]")
{
    static int serial = 0;
    const QString suffix = QStringLiteral("%1_%2").arg(::getpid()).arg(++serial);
    const QString group = QStringLiteral("rapport_desk_t") + suffix;
    const QString login = QStringLiteral("reception_t") + suffix;
    CliHarness owner; // the cluster's superuser, as the database's owner would be
    owner.db = testing::newPostgresDatabase();
    REQUIRE(owner.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")}) == 1);
    auto r = owner.run({QStringLiteral("admin"), QStringLiteral("setup-roles"), QStringLiteral("--role"), group});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(group));
    // Again: it converges.
    REQUIRE(owner.run({QStringLiteral("admin"), QStringLiteral("setup-roles"), QStringLiteral("--role"), group}).code ==
            0);
    testing::execRaw(owner.db, {QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(login, group)});

    // The desk logs in as its own role (trust authentication on the test cluster).
    QUrl deskUrl(owner.db);
    deskUrl.setUserName(login);
    CliHarness desk;
    desk.db = deskUrl.toString();
    const auto deskRun = [&](const QStringList& args) {
        const auto run = desk.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        return run;
    };
    CHECK(deskRun({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Ben Okafor"), QStringLiteral("--mobile"), QStringLiteral("07400 123456")})
              .code == 0);
    CHECK(
        deskRun({QStringLiteral("consent"), QStringLiteral("record"), QStringLiteral("1"), QStringLiteral("--channel"),
                 QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--state"),
                 QStringLiteral("granted"), QStringLiteral("--note"), QStringLiteral("asked at the desk")})
            .code == 0);
    CHECK(
        deskRun({QStringLiteral("log"), QStringLiteral("2"), QStringLiteral("--direction"), QStringLiteral("in"),
                 QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--text"), QStringLiteral("STOP")})
            .code == 0);
    CHECK(deskRun({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("practice-name"),
                   QStringLiteral("Harbour Physio")})
              .code == 0);
    CHECK(deskRun({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("ben")})
              .out.contains(QStringLiteral("Ben Okafor")));
    // Erasure deletes the client's notes: allowed; the events stay and verify.
    CHECK(deskRun({QStringLiteral("client"), QStringLiteral("erase"), QStringLiteral("1")}).code == 0);
    r = deskRun({QStringLiteral("consent"), QStringLiteral("verify")});
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("ok: "))); // the desk's grant and what the STOP triggered

    // The desk's own connection cannot change the ledger even with the triggers out of the way:
    // it may not switch them off, and it has no UPDATE or DELETE.
    auto deskDb = Database::open(desk.db);
    REQUIRE(deskDb.ok());
    for (const char* sql : {"UPDATE consent_events SET state = 'refused'", "DELETE FROM consent_events",
                            "TRUNCATE consent_events CASCADE", "ALTER TABLE consent_events DISABLE TRIGGER USER",
                            "UPDATE consent_notes SET note = 'x'", "UPDATE rapport_schema SET version = 1",
                            "CREATE TABLE mine (x INTEGER)"}) {
        QSqlQuery q(deskDb.value()->connection());
        INFO(sql);
        CHECK_FALSE(q.exec(QLatin1String(sql)));
        CHECK((q.lastError().nativeErrorCode() == QStringLiteral("42501") ||
               q.lastError().nativeErrorCode() == QStringLiteral("42P17")));
    }
    deskDb = Database::open(owner.db); // release the desk's connection before the roles go
    testing::execRaw(owner.db, {QStringLiteral("DROP OWNED BY %1").arg(group),
                                QStringLiteral("DROP ROLE %1").arg(login), QStringLiteral("DROP ROLE %1").arg(group)});
}

TEST_CASE("PostgreSQL: a consent recorded at one desk reaches another desk's live updates within a second",
          "[postgres-only][live]")
{
    const QString url = testing::newPostgresDatabase();
    CliHarness desk;
    desk.db = url;
    const qint64 ana = desk.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")});
    REQUIRE(ana > 0);
    auto db = openOk(url);
    const auto live = startLive(*db);

    QSet<qint64> heard;
    int everything = 0;
    int settings = 0;
    QEventLoop loop;
    QObject::connect(live.get(), &rapport::services::LiveUpdates::clientsChanged, &loop, [&](const QSet<qint64>& ids) {
        heard += ids;
        loop.quit();
    });
    QObject::connect(live.get(), &rapport::services::LiveUpdates::everythingChanged, &loop, [&] {
        ++everything;
        loop.quit();
    });
    QObject::connect(live.get(), &rapport::services::LiveUpdates::settingsChanged, &loop, [&] {
        ++settings;
        loop.quit();
    });
    const auto waitFor = [&](const std::function<bool()>& done) {
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(5000);
        while (!done() && timeout.isActive())
            loop.exec();
    };

    // The other desk is another program: rapport-cli in a process of its own.
    QElapsedTimer clock;
    clock.start();
    QProcess other;
    other.start(QStringLiteral(RAPPORT_CLI_PATH),
                {QStringLiteral("--db"), url, QStringLiteral("consent"), QStringLiteral("record"), QString::number(ana),
                 QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                 QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted")});
    waitFor([&] { return heard.contains(ana); });
    const qint64 ms = clock.elapsed();
    if (other.state() != QProcess::NotRunning) // it may be done, and its end seen by the loop already
        REQUIRE(other.waitForFinished(30000));
    CHECK(other.exitStatus() == QProcess::NormalExit);
    CHECK(other.exitCode() == 0);
    INFO("from starting the other desk's rapport-cli to this desk hearing it: " << ms << " ms");
    CHECK(heard == QSet<qint64>{ana});
    CHECK(ms < 1000);

    // A new client, a setting, and an import of many clients at once.
    heard.clear();
    const qint64 ben = desk.addClient({QStringLiteral("--name"), QStringLiteral("Ben Okafor")});
    waitFor([&] { return heard.contains(ben); });
    CHECK(heard.contains(ben));
    REQUIRE(desk.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("practice-name"),
                      QStringLiteral("Harbour Physio")})
                .code == 0);
    waitFor([&] { return settings > 0; });
    CHECK(settings == 1);
    QString csv = QStringLiteral("Name,Email\n");
    for (int i = 0; i < 80; ++i)
        csv += QStringLiteral("Client %1,client%1@example.org\n").arg(i);
    QFile file(desk.dir.filePath(QStringLiteral("many.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();
    REQUIRE(desk.run({QStringLiteral("import"), file.fileName()}).code == 0);
    waitFor([&] { return everything > 0; });
    CHECK(everything == 1);
}

TEST_CASE("PostgreSQL: a connection the server dropped is said plainly, and the next use reconnects", "[postgres-only]")
{
    const QString url = testing::newPostgresDatabase();
    auto db = openOk(url);
    rapport::storage::ClientRepository repo(*db);
    rapport::domain::Client c;
    c.name = QStringLiteral("Ana Silva");
    REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
    const auto dropBackend = [&] {
        const qint64 pid = scalar(*db, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        testing::execRaw(url, {QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)});
    };

    SECTION("a read")
    {
        dropBackend();
        const auto lost = repo.count({});
        REQUIRE_FALSE(lost.ok());
        CHECK(lost.error().kind == rapport::domain::Error::Kind::Database);
        CHECK(lost.error().message.contains(QStringLiteral("connection")));
        CHECK_FALSE(lost.error().message.contains(QLatin1Char('\n')));
        // The next call works: reconnected, its prepared statements made again.
        CHECK(repo.count({}).value() == 1);
        CHECK(repo.find(1, QDateTime()).value().name == QStringLiteral("Ana Silva"));
    }
    SECTION("a write: the transaction begins on a new connection")
    {
        dropBackend();
        auto tx = rapport::storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
        REQUIRE_FALSE(tx.value().commit());
        CHECK(repo.count({}).value() == 2);
    }
    SECTION("inside a transaction: the change is not saved, and says so")
    {
        auto tx = rapport::storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
        dropBackend();
        const auto committed = tx.value().commit();
        REQUIRE(committed.has_value());
        CHECK(committed->message.contains(QStringLiteral("nothing of this change was saved")));
        CHECK(repo.count({}).value() == 1);
    }
}

TEST_CASE("PostgreSQL: the live updates notice a server that stopped answering, and listen again once it answers",
          "[postgres-only][live]")
{
    const QString url = testing::newPostgresDatabase();
    CliHarness desk;
    desk.db = url;
    const qint64 ana = desk.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")});
    REQUIRE(ana > 0);
    auto db = openOk(url);
    const auto live = startLive(*db);
    live->setHeartbeatInterval(50);

    QStringList events;
    QSet<qint64> heard;
    QString reason;
    QEventLoop loop;
    using rapport::services::LiveUpdates;
    QObject::connect(live.get(), &LiveUpdates::serverLost, &loop, [&](const QString& why) {
        events << QStringLiteral("lost");
        reason = why;
        loop.quit();
    });
    QObject::connect(live.get(), &LiveUpdates::serverBack, &loop, [&] {
        events << QStringLiteral("back");
        loop.quit();
    });
    QObject::connect(live.get(), &LiveUpdates::everythingChanged, &loop, [&] {
        events << QStringLiteral("everything");
        loop.quit();
    });
    QObject::connect(live.get(), &LiveUpdates::clientsChanged, &loop, [&](const QSet<qint64>& ids) {
        heard += ids;
        loop.quit();
    });
    const auto waitFor = [&](const std::function<bool()>& done) {
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(10000);
        while (!done() && timeout.isActive())
            loop.exec();
        return done();
    };

    testing::setPostgresReachable(url, false);
    REQUIRE(waitFor([&] { return events.contains(QStringLiteral("lost")); }));
    CHECK_FALSE(reason.isEmpty());
    CHECK_FALSE(reason.contains(QLatin1Char('\n')));
    // Still away: said once, not at every beat.
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(events == QStringList{QStringLiteral("lost")});

    testing::setPostgresReachable(url, true);
    REQUIRE(waitFor([&] { return events.contains(QStringLiteral("everything")); }));
    CHECK(events == QStringList{QStringLiteral("lost"), QStringLiteral("back"), QStringLiteral("everything")});

    // Listening again: another desk's consent is heard.
    REQUIRE(desk.run({QStringLiteral("consent"), QStringLiteral("record"), QString::number(ana),
                      QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                      QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted")})
                .code == 0);
    CHECK(waitFor([&] { return heard.contains(ana); }));
}

TEST_CASE("PostgreSQL: a draft the server does not take is kept on this computer and goes to the server with the "
          "next save",
          "[postgres-only][drafts]")
{
    const QString url = testing::newPostgresDatabase();
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString folder = home.filePath(QStringLiteral("kept-drafts"));
    auto db = openOk(url);
    rapport::storage::ClientRepository clients(*db);
    rapport::domain::Client c;
    c.name = QStringLiteral("Ana Silva");
    const auto ana = clients.insert(c, QDateTime::currentDateTimeUtc());
    REQUIRE(ana.ok());
    const rapport::domain::FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc()));
    rapport::services::ComposerService composer(*db, clock);
    composer.setKeptDraftsFolder(folder);

    rapport::domain::Draft d;
    d.clientId = ana.value();
    d.body = QStringLiteral("Hi Ana, how is the shoulder?");
    const auto countDrafts = [&] {
        return testing::onPostgres() ? scalar(*db, QStringLiteral("SELECT count(*) FROM drafts")).toInt() : -1;
    };

    SECTION("a draft the server had: kept, restored from here, then saved over its own row")
    {
        const auto first = composer.saveDraftOrKeep(d);
        REQUIRE(first.ok());
        CHECK_FALSE(first->keptHere);
        d.id = first->id;

        testing::setPostgresReachable(url, false);
        d.body = QStringLiteral("Hi Ana, how is the shoulder since Tuesday?");
        const auto kept = composer.saveDraftOrKeep(d);
        REQUIRE(kept.ok());
        CHECK(kept->keptHere);
        CHECK(kept->id == d.id);
        CHECK_FALSE(kept->why.isEmpty());
        d.body += QStringLiteral(" Any stiffness?");
        REQUIRE(composer.saveDraftOrKeep(d)->keptHere); // still away: the reconnect fails, kept again

        // A restart while the server is away: a new composer reads the copy on this computer.
        rapport::services::ComposerService again(*db, clock);
        again.setKeptDraftsFolder(folder);
        const auto restored = again.restoreDraft(ana.value());
        REQUIRE(restored.ok());
        REQUIRE(restored.value());
        CHECK(restored.value()->body == d.body);
        CHECK(restored.value()->id == d.id);
        CHECK(again.restoredKeptDraft());
        const QString path = rapport::services::KeptDrafts(folder, url).filePath();
        REQUIRE(QFile::exists(path));
        CHECK(QFileInfo(path).permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        CHECK(again.keptDrafts().value().size() == 1);

        testing::setPostgresReachable(url, true);
        const auto back = again.saveDraftOrKeep(*restored.value());
        REQUIRE(back.ok());
        CHECK_FALSE(back->keptHere);
        CHECK(back->id == d.id);
        CHECK_FALSE(QFile::exists(path));
        CHECK(countDrafts() == 1);
        const auto stored = composer.restoreDraft(ana.value());
        REQUIRE(stored.value());
        CHECK(stored.value()->body == d.body);
        CHECK_FALSE(composer.restoredKeptDraft());
    }
    SECTION("a draft begun while the server is away: kept under its client, then one row, not two")
    {
        testing::setPostgresReachable(url, false);
        const auto kept = composer.saveDraftOrKeep(d);
        REQUIRE(kept.ok());
        CHECK(kept->keptHere);
        CHECK(kept->id == 0);
        d.body += QStringLiteral(" Let me know.");
        REQUIRE(composer.saveDraftOrKeep(d)->keptHere);
        CHECK(composer.keptDrafts().value().size() == 1); // the same draft, replaced

        testing::setPostgresReachable(url, true);
        const auto saved = composer.saveDraftOrKeep(d);
        REQUIRE(saved.ok());
        CHECK_FALSE(saved->keptHere);
        CHECK(saved->id > 0);
        CHECK(composer.keptDrafts().value().isEmpty());
        d.id = saved->id;
        REQUIRE_FALSE(composer.saveDraftOrKeep(d)->keptHere);
        CHECK(countDrafts() == 1);
    }
    SECTION("handed off: a copy kept here never comes back")
    {
        const auto first = composer.saveDraftOrKeep(d);
        REQUIRE(first.ok());
        d.id = first->id;
        testing::setPostgresReachable(url, false);
        REQUIRE(composer.saveDraftOrKeep(d)->keptHere);
        testing::setPostgresReachable(url, true);
        // Sent from the composer (the hand-off removes the stored draft with the contact logged).
        REQUIRE_FALSE(composer.logHandoff(ana.value(), rapport::domain::Channel::Sms, d.body, d.id));
        CHECK(composer.keptDrafts().value().isEmpty());
        const auto after = composer.restoreDraft(ana.value());
        REQUIRE(after.ok());
        CHECK_FALSE(after.value());
    }
}
