// SPDX-License-Identifier: GPL-3.0-or-later
// BackupService and `rapport-cli backup`: consistent 0600 copies, refusals, restore checks.
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

#include "CliHarness.h"
#include "TransferTestUtil.h"
#include "services/BackupService.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "storage/ConsentRepository.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <atomic>
#include <thread>

using namespace rapport;
using namespace transfer_test;
using services::BackupService;

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

qint64 addClientWithConsents(const storage::Database& db, const domain::Clock& clock, const QString& name, int events)
{
    services::ClientChanges c;
    c.name = name;
    auto id = services::ClientService(db, clock).add(c);
    REQUIRE(id.ok());
    for (int i = 0; i < events; ++i) {
        services::ConsentRequest r;
        r.clientId = id.value();
        r.channel = i % 2 ? domain::Channel::Email : domain::Channel::Sms;
        r.state = i % 3 ? domain::ConsentState::Granted : domain::ConsentState::Withdrawn;
        r.method = QStringLiteral("verbal");
        r.note = QStringLiteral("event %1").arg(i);
        REQUIRE(services::ConsentService(db, clock).record(r).ok());
    }
    return id.value();
}

/// Runs one statement on a file through a plain connection (no Rapport rules): for tampering.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const auto& s : statements)
            REQUIRE(q.exec(s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

domain::ChainCheck verifyFile(const QString& path)
{
    auto db = openDb(path);
    auto check = storage::ConsentRepository(*db).verify();
    REQUIRE(check.ok());
    return check.value();
}

} // namespace

TEST_CASE("backup: a checked 0600 copy with the chain head, never over the live file", "[backup][sqlite-only]")
{
    QTemporaryDir dir;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    auto db = openDb(dir.filePath(QStringLiteral("live.db")));
    addClientWithConsents(*db, clock, QStringLiteral("Ana Silva"), 5);
    auto head = services::ConsentService(*db, clock).chainHead();
    REQUIRE(head.ok());

    const QString target = dir.filePath(QStringLiteral("backup.db"));
    auto info = BackupService::backup(*db, target);
    REQUIRE(info.ok());
    CHECK(info->events == 5);
    CHECK(info->clients == 1);
    CHECK(info->chainHead == head.value());
    CHECK(QFileInfo(target).permissions() == kOwnerOnly);
    CHECK(BackupService::inspect(target).ok());
    CHECK(verifyFile(target).ok);

    // A second backup replaces the first with a fresh copy.
    addClientWithConsents(*db, clock, QStringLiteral("Bo Lund"), 2);
    info = BackupService::backup(*db, target);
    REQUIRE(info.ok());
    CHECK(info->events == 7);

    for (const QString& bad : QStringList{db->path(), db->path() + QStringLiteral("-wal"), dir.path()}) {
        auto refused = BackupService::backup(*db, bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == domain::Error::Kind::InvalidInput);
    }
    CHECK_FALSE(BackupService::backup(*db, dir.filePath(QStringLiteral("missing/dir/b.db"))).ok());
    const QStringList leftovers = QDir(dir.path()).entryList({QStringLiteral("*partial*")});
    CHECK(leftovers.isEmpty());
}

TEST_CASE("backup while another connection writes is consistent and verifies", "[backup][sqlite-only]")
{
    QTemporaryDir dir;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    const QString live = dir.filePath(QStringLiteral("live.db"));
    auto db = openDb(live);
    const qint64 id = addClientWithConsents(*db, clock, QStringLiteral("Ana Silva"), 3);

    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::atomic<bool> writerFailed{false};
    std::thread writer([&] {
        auto opened = storage::Database::open(live);
        if (!opened) {
            writerFailed = true;
            return;
        }
        services::ConsentService consent(*opened.value(), clock);
        while (!stop) {
            services::ConsentRequest r;
            r.clientId = id;
            r.state = written % 2 ? domain::ConsentState::Granted : domain::ConsentState::Withdrawn;
            r.method = QStringLiteral("verbal");
            r.note = QStringLiteral("from the writer");
            if (!consent.record(r)) {
                writerFailed = true;
                return;
            }
            ++written;
        }
    });
    QVector<qint64> counts;
    for (int i = 0; i < 5; ++i) {
        const QString target = dir.filePath(QStringLiteral("b%1.db").arg(i));
        auto info = BackupService::backup(*db, target);
        REQUIRE(info.ok());
        counts << info->events;
        const auto check = verifyFile(target);
        CHECK(check.ok);
        CHECK(check.count == info->events);
    }
    stop = true;
    writer.join();
    CHECK_FALSE(writerFailed);
    CHECK(written > 0);
    CHECK(counts.last() >= counts.first());
}

TEST_CASE("restore: checks the backup, keeps the previous file, refuses a tampered ledger", "[backup][sqlite-only]")
{
    QTemporaryDir dir;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    const QString live = dir.filePath(QStringLiteral("live.db"));
    const QString good = dir.filePath(QStringLiteral("good.db"));
    {
        auto db = openDb(live);
        addClientWithConsents(*db, clock, QStringLiteral("Ana Silva"), 4);
        REQUIRE(BackupService::backup(*db, good).ok());
        addClientWithConsents(*db, clock, QStringLiteral("After Backup"), 1);
    }
    QString liveDump;
    {
        auto db = openDb(live);
        liveDump = dump(*db);
    }

    // Tampered: an event's state changed behind the triggers' back.
    const QString tampered = dir.filePath(QStringLiteral("tampered.db"));
    REQUIRE(QFile::copy(good, tampered));
    rawExec(tampered, {QStringLiteral("DROP TRIGGER consent_events_no_update"),
                       QStringLiteral("UPDATE consent_events SET state = 'granted' WHERE id = 1")});
    auto liveDb = openDb(live);
    auto refused = BackupService::restoreInto(*liveDb, tampered);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == domain::Error::Kind::Verification);
    CHECK(refused.error().message.contains(QStringLiteral("event 1")));
    CHECK(dump(*liveDb) == liveDump);
    CHECK_FALSE(QFileInfo::exists(live + QStringLiteral(".before-restore")));
    // `consent verify` reports the tampered file.
    CliHarness h;
    h.db = tampered;
    const auto verify = h.run({QStringLiteral("consent"), QStringLiteral("verify")});
    CHECK(verify.code == 5);
    CHECK(verify.err.contains(QStringLiteral("event 1")));

    // Not Rapport files, or newer ones.
    const QString foreign = writeFile(dir, QStringLiteral("foreign.db"), "not a database at all");
    CHECK_FALSE(BackupService::restoreInto(*liveDb, foreign).ok());
    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    REQUIRE(QFile::copy(good, newer));
    rawExec(newer, {QStringLiteral("PRAGMA user_version = 999")});
    auto newerRefused = BackupService::restoreInto(*liveDb, newer);
    REQUIRE_FALSE(newerRefused.ok());
    CHECK(newerRefused.error().message.contains(QStringLiteral("newer")));
    const QString other = dir.filePath(QStringLiteral("other.db"));
    REQUIRE(QFile::copy(good, other));
    rawExec(other, {QStringLiteral("PRAGMA application_id = 42")});
    CHECK_FALSE(BackupService::restoreInto(*liveDb, other).ok());
    CHECK_FALSE(BackupService::restoreInto(*liveDb, live).ok());
    CHECK(dump(*liveDb) == liveDump);

    // Refused while another connection of this process (a worker) has the file open.
    {
        auto worker = openDb(live);
        auto busy = BackupService::restoreInto(*liveDb, good);
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error().kind == domain::Error::Kind::Database);
        CHECK(dump(*liveDb) == liveDump);
    }

    // A good backup replaces the live contents in place, through the same connection; the
    // previous contents are kept.
    auto restored = BackupService::restoreInto(*liveDb, good);
    REQUIRE(restored.ok());
    CHECK(restored->events == 4);
    CHECK(storage::ConsentRepository(*liveDb).count().value() == 4);
    CHECK(storage::ConsentRepository(*liveDb).verify().value().ok);
    CHECK(QFileInfo::exists(live + QStringLiteral(".before-restore")));
    CHECK(QFileInfo(live).permissions() == kOwnerOnly);
    CHECK(QFileInfo(live + QStringLiteral(".before-restore")).permissions() == kOwnerOnly);
    liveDb.reset();
    {
        auto before = openDb(live + QStringLiteral(".before-restore"));
        CHECK(dump(*before) == liveDump);
        auto db = openDb(live);
        CHECK(storage::ConsentRepository(*db).count().value() == 4);
        CHECK(storage::ConsentRepository(*db).verify().value().ok);
    }
}

TEST_CASE("rapport-cli backup", "[backup][sqlite-only]")
{
    CliHarness h;
    REQUIRE(h.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")}) > 0);
    const QString target = h.dir.filePath(QStringLiteral("copy.db"));
    auto r = h.run({QStringLiteral("backup"), target});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("clients: 1")));
    CHECK(QFileInfo(target).permissions() == kOwnerOnly);
    r = h.run({QStringLiteral("backup"), h.db});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
    CHECK(h.run({QStringLiteral("backup")}).code == 2);
}

TEST_CASE("rapport-cli backup of a practice on either backend: a Rapport file that verifies, with its chain head",
          "[backup][cli]")
{
    CliHarness h; // a file in the SQLite run, a PostgreSQL database in the PostgreSQL run
    const qint64 ana = h.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                                    QStringLiteral("07400 123456")});
    REQUIRE(ana > 0);
    for (const char* state : {"granted", "withdrawn", "granted"})
        REQUIRE(h.run({QStringLiteral("consent"), QStringLiteral("record"), QString::number(ana),
                       QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                       QStringLiteral("service"), QStringLiteral("--state"), QLatin1String(state),
                       QStringLiteral("--note"), QStringLiteral("at the desk")})
                    .code == 0);
    const QString file = h.dir.filePath(QStringLiteral("practice-backup.sqlite"));
    auto r = h.run({QStringLiteral("backup"), file, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(info.value(QStringLiteral("events")).toInteger() == 3);
    CHECK(info.value(QStringLiteral("clients")).toInteger() == 1);
    CHECK((QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // The backup is a practice of its own: the same chain, the same export.
    const auto exported =
        h.run({QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    const auto fromFile = h.runRaw({QStringLiteral("--db"), file, QStringLiteral("consent"), QStringLiteral("export"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(fromFile.code == 0);
    CHECK(fromFile.out == exported.out);
    CHECK(exported.out.contains(info.value(QStringLiteral("chain_head")).toString()));
    const auto verified = h.runRaw({QStringLiteral("--db"), file, QStringLiteral("consent"), QStringLiteral("verify")});
    CHECK(verified.code == 0);
    CHECK(verified.out.trimmed() == QStringLiteral("ok: 3 events"));
    if (rapport::testing::onPostgres()) {
        // Restore into a server's practice is refused, and says what to do instead.
        r = h.run({QStringLiteral("restore"), file});
        CHECK(r.code == 4);
        CHECK(r.err.contains(QStringLiteral("migrate-to")));
    }
}
