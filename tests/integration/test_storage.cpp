// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: opening, pragmas, migrations, refusals, file permissions, client repository.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace rapport;
using storage::Database;
using storage::Migration;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

int mode(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

/// A raw connection that bypasses Database (no pragmas, no triggers respected beyond SQLite's).
class Raw {
public:
    explicit Raw(const QString& path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~Raw()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql, QString* error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (error)
            *error = q.lastError().text();
        return ok;
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

std::unique_ptr<Database> openOk(const QString& path)
{
    auto db = Database::open(path);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QVariant pragma(const Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("A fresh database is created private, configured and at the latest version", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/rapport.db"));
    auto db = openOk(path);
    CHECK(db->schemaVersion() == Database::latestVersion());
    CHECK(Database::latestVersion() >= 2);
    CHECK(pragma(*db, "user_version").toInt() == Database::latestVersion());
    CHECK(pragma(*db, "application_id").toInt() == Database::kApplicationId);
    CHECK(pragma(*db, "foreign_keys").toInt() == 1);
    CHECK(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(*db, "synchronous").toInt() == 2);
    CHECK(pragma(*db, "recursive_triggers").toInt() == 1);
    CHECK(mode(path) == 0600);
    // A write makes the WAL file exist: it inherits the database file's mode.
    storage::ClientRepository repo(*db);
    domain::Client c;
    c.name = QStringLiteral("Ana Silva");
    auto inserted = repo.insert(c, QDateTime::currentDateTimeUtc());
    INFO((inserted ? QString() : inserted.error().message).toStdString());
    REQUIRE(inserted.ok());
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(mode(path + QStringLiteral("-wal")) == 0600);
    CHECK(mode(path + QStringLiteral("-shm")) == 0600);

    // Reopening does not migrate again and keeps the data.
    db.reset();
    auto again = openOk(path);
    CHECK(again->schemaVersion() == Database::latestVersion());
    CHECK(storage::ClientRepository(*again).count({}).value() == 1);
}

TEST_CASE("Two Database instances on the same file have their own connections", "[storage]")
{
    QTemporaryDir dir;
    const QString path = rapport::testing::testDatabase(dir, QStringLiteral("r.db"));
    auto a = openOk(path);
    auto b = openOk(path);
    CHECK(a->connection().connectionName() != b->connection().connectionName());
}

TEST_CASE("A database made by a newer version is refused and left byte-identical", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    openOk(path).reset();
    {
        Raw raw(path);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == domain::Error::Kind::Database);
    CHECK(db.error().message.contains(QStringLiteral("newer version")));
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A file that is not a Rapport database is refused untouched", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    SECTION("text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300, 'x'));
        f.close();
        const QByteArray before = readAll(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not a Rapport database")));
        CHECK(readAll(path) == before);
    }
    SECTION("another application's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            Raw raw(path);
            REQUIRE(raw.exec(QStringLiteral("CREATE TABLE t (x)")));
        }
        const QByteArray before = readAll(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("another application")));
        CHECK(readAll(path) == before);
    }
    SECTION("a foreign application_id")
    {
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            Raw raw(path);
            REQUIRE(raw.exec(QStringLiteral("PRAGMA application_id = 1234")));
        }
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("another application")));
    }
    SECTION("a folder")
    {
        auto db = Database::open(dir.path());
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == domain::Error::Kind::Database);
    }
}

TEST_CASE("A failing migration step rolls back and leaves the version as it was", "[storage]")
{
    QTemporaryDir dir;
    const QString path = rapport::testing::testDatabase(dir, QStringLiteral("m.db"));
    const Migration one{1, QStringLiteral("first"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}, {}};
    const Migration twoBroken{2,
                              QStringLiteral("second"),
                              {QStringLiteral("CREATE TABLE b (y INTEGER)"), QStringLiteral("INSERT INTO a VALUES (1)"),
                               QStringLiteral("CREATE TABLE a (duplicate INTEGER)")},
                              {}};
    {
        auto db = Database::open(path, {one, twoBroken});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("version 2")));
        CHECK(db.error().message.contains(QStringLiteral("stays at version 1")));
    }
    auto db = Database::open(path, {one});
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == 1);
    QSqlQuery q(db.value()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM b")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM a")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

// tests/data/db/v1.sqlite is written by test_migrations.cpp ("[.make-fixture]").
TEST_CASE("A version 1 database from the fixture upgrades and keeps its clients searchable", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(RAPPORT_TEST_DATA_DIR "/db/v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        Raw raw(path);
        REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    }
    auto db = openOk(path);
    CHECK(db->schemaVersion() == Database::latestVersion());
    storage::ClientRepository repo(*db);
    domain::ClientQuery byName;
    byName.search = QStringLiteral("ana");
    auto found = repo.list(byName, QDateTime());
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).name == QStringLiteral("Ana Silva"));
    CHECK(found->at(0).contacts.at(0).value == QStringLiteral("+447400123456"));
    domain::ClientQuery byNational;
    byNational.search = QStringLiteral("07400 123");
    CHECK(repo.count(byNational).value() == 1);
    // Sort keys were computed during the upgrade: accents and case do not disturb the order.
    auto all = repo.list({}, QDateTime());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == QStringLiteral("Ana Silva"));
    CHECK(all->at(1).name == QStringLiteral("Élodie Zed"));
}

TEST_CASE("A path in a cloud-sync folder gets a warning", "[storage]")
{
    CHECK_FALSE(Database::cloudSyncWarning(QStringLiteral("/home/ana/Dropbox/rapport.db")).isEmpty());
    CHECK_FALSE(Database::cloudSyncWarning(QStringLiteral("/home/ana/OneDrive - Clinic/r.db")).isEmpty());
    CHECK_FALSE(
        Database::cloudSyncWarning(QStringLiteral("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/r.db"))
            .isEmpty());
    CHECK_FALSE(Database::cloudSyncWarning(QStringLiteral("/Users/ana/Google Drive/r.db")).isEmpty());
    CHECK_FALSE(Database::cloudSyncWarning(QStringLiteral("/home/ana/Nextcloud/Practice/r.db")).isEmpty());
    CHECK_FALSE(Database::cloudSyncWarning(QStringLiteral("/home/ana/ownCloud/r.db")).isEmpty());
    CHECK(Database::cloudSyncWarning(QStringLiteral("/home/ana/.local/share/Rapport/rapport.db")).isEmpty());
    CHECK(Database::cloudSyncWarning(QStringLiteral("/home/ana/dropboxes-old/r.db")).isEmpty());
}

TEST_CASE("A transaction rolls back unless committed", "[storage]")
{
    QTemporaryDir dir;
    auto db = openOk(rapport::testing::testDatabase(dir, QStringLiteral("t.db")));
    storage::ClientRepository repo(*db);
    domain::Client c;
    c.name = QStringLiteral("Ben");
    {
        auto tx = storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
    }
    CHECK(repo.count({}).value() == 0);
    {
        auto tx = storage::SqlTransaction::begin(*db);
        REQUIRE(repo.insert(c, QDateTime::currentDateTimeUtc()).ok());
        REQUIRE_FALSE(tx.value().commit().has_value());
    }
    CHECK(repo.count({}).value() == 1);
}
