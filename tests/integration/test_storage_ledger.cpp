// SPDX-License-Identifier: GPL-3.0-or-later
// The consent ledger: append-only triggers, hash chain, tampering, erasure, concurrent writers.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace rapport;

namespace {

struct Ledger {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::Database> db;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    Ledger() : path(rapport::testing::testDatabase(dir, QStringLiteral("ledger.db")))
    {
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    qint64 addClient(const QString& name)
    {
        services::ClientChanges c;
        c.name = name;
        c.mobiles = QStringList{QStringLiteral("07400 123456")};
        c.notes = QStringLiteral("private note about ") + name;
        auto id = services::ClientService(*db, clock).add(c);
        REQUIRE(id.ok());
        return id.value();
    }
    domain::ConsentEvent record(qint64 client, domain::ConsentState state, const QString& note)
    {
        services::ConsentRequest r;
        r.clientId = client;
        r.state = state;
        r.method = QStringLiteral("verbal");
        r.note = note;
        r.by = QStringLiteral("reception");
        clock.advanceSecs(60);
        auto e = services::ConsentService(*db, clock).record(r);
        INFO((e ? QString() : e.error().message).toStdString());
        REQUIRE(e.ok());
        return e.value();
    }
    QString execError(const QString& sql)
    {
        QSqlQuery q(db->connection());
        if (q.exec(sql))
            return {};
        return q.lastError().text();
    }
};

/// Edits the practice behind the app's back (drops triggers, changes rows), as a person with the
/// file or the server's superuser could.
void tamper(const QString& path, const QStringList& statements)
{
    rapport::testing::execRaw(path, statements);
}

} // namespace

TEST_CASE("Consent events are chained and verify", "[storage]")
{
    Ledger l;
    const qint64 ana = l.addClient(QStringLiteral("Ana Silva"));
    const auto first = l.record(ana, domain::ConsentState::Granted, QStringLiteral("said yes at reception"));
    const auto second = l.record(ana, domain::ConsentState::Withdrawn, QString());
    CHECK(first.id == 1);
    CHECK(first.prevHash.isEmpty());
    CHECK(second.prevHash == first.hash);
    CHECK(first.hash.size() == 64);
    CHECK(first.hash == domain::ConsentChain::hashOf(first, domain::ConsentChain::noteDigest(first.note)));
    storage::ConsentRepository repo(*l.db);
    auto check = repo.verify();
    REQUIRE(check.ok());
    CHECK(check->ok);
    CHECK(check->count == 2);
    CHECK(repo.head().value()->hash == second.hash);
    auto stored = repo.forClient(ana).value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].note == QStringLiteral("said yes at reception"));
    CHECK(stored[0].recordedAt == QDateTime(QDate(2026, 12, 1), QTime(11, 1), Qt::UTC));
}

TEST_CASE("Triggers refuse UPDATE, DELETE and INSERT OR REPLACE on consent events", "[storage]")
{
    Ledger l;
    const qint64 ana = l.addClient(QStringLiteral("Ana Silva"));
    l.record(ana, domain::ConsentState::Granted, QStringLiteral("yes"));
    CHECK(l.execError(QStringLiteral("UPDATE consent_events SET state = 'withdrawn'"))
              .contains(QStringLiteral("append-only")));
    CHECK(l.execError(QStringLiteral("DELETE FROM consent_events")).contains(QStringLiteral("append-only")));
    // Replacing a row: SQLite's INSERT OR REPLACE (a delete, then an insert), PostgreSQL's upsert
    // (an update): each meets a trigger.
    const QString replace = l.execError(
        rapport::testing::onPostgres()
            ? QStringLiteral("INSERT INTO consent_events (id, client_id, channel, scope, state, method, "
                             "effective_at, recorded_at, recorded_by, note_sha256, prev_hash, hash) SELECT id, "
                             "client_id, channel, scope, 'refused', method, effective_at, recorded_at, recorded_by, "
                             "note_sha256, prev_hash, 'x' FROM consent_events WHERE id = 1 ON CONFLICT (id) DO UPDATE "
                             "SET state = excluded.state, hash = excluded.hash")
            : QStringLiteral("INSERT OR REPLACE INTO consent_events (id, client_id, channel, scope, state, method, "
                             "effective_at, recorded_at, recorded_by, note_sha256, prev_hash, hash) SELECT id, "
                             "client_id, channel, scope, 'refused', method, effective_at, recorded_at, recorded_by, "
                             "note_sha256, prev_hash, 'x' FROM consent_events WHERE id = 1"));
    CHECK(replace.contains(QStringLiteral("append-only")));
    CHECK(l.execError(rapport::testing::onPostgres()
                          ? QStringLiteral("INSERT INTO consent_notes (event_id, note) VALUES (1, 'changed') ON "
                                           "CONFLICT (event_id) DO UPDATE SET note = excluded.note")
                          : QStringLiteral("REPLACE INTO consent_notes (event_id, note) VALUES (1, 'changed')")) !=
          QString());
    if (rapport::testing::onPostgres())
        CHECK(l.execError(QStringLiteral("TRUNCATE consent_events CASCADE")).contains(QStringLiteral("append-only")));
    CHECK(l.execError(QStringLiteral("UPDATE consent_notes SET note = 'changed'")) != QString());
    auto events = storage::ConsentRepository(*l.db).forClient(ana).value();
    REQUIRE(events.size() == 1);
    CHECK(events[0].state == domain::ConsentState::Granted);
    CHECK(events[0].note == QStringLiteral("yes"));
    CHECK(storage::ConsentRepository(*l.db).verify()->ok);
}

TEST_CASE("A tampered event is found by verify, naming the event", "[storage]")
{
    Ledger l;
    const qint64 ana = l.addClient(QStringLiteral("Ana Silva"));
    for (int i = 0; i < 5; ++i)
        l.record(ana, i % 2 ? domain::ConsentState::Withdrawn : domain::ConsentState::Granted,
                 QStringLiteral("event %1").arg(i + 1));
    const QString dropUpdate =
        rapport::testing::dropTrigger(QStringLiteral("consent_events_no_update"), QStringLiteral("consent_events"));
    QStringList sql;
    qint64 expectedBad = 3;
    SECTION("a state changed")
    {
        sql = QStringList{dropUpdate, QStringLiteral("UPDATE consent_events SET state = 'refused' WHERE id = 3")};
    }
    SECTION("a time moved")
    {
        sql = QStringList{dropUpdate, QStringLiteral("UPDATE consent_events SET effective_at = "
                                                     "'2020-01-01T00:00:00.000Z' WHERE id = 3")};
    }
    SECTION("a hash replaced")
    {
        sql = QStringList{dropUpdate, QStringLiteral("UPDATE consent_events SET hash = 'abc' WHERE id = 3")};
    }
    SECTION("a note rewritten")
    {
        sql = QStringList{
            rapport::testing::dropTrigger(QStringLiteral("consent_notes_no_update"), QStringLiteral("consent_notes")),
            QStringLiteral("UPDATE consent_notes SET note = 'he never agreed' WHERE event_id = 3")};
    }
    SECTION("an event removed")
    {
        sql = QStringList{
            rapport::testing::dropTrigger(QStringLiteral("consent_events_no_delete"), QStringLiteral("consent_events")),
            QStringLiteral("DELETE FROM consent_notes WHERE event_id = 3"),
            QStringLiteral("DELETE FROM consent_events WHERE id = 3")};
        expectedBad = 4;
    }
    tamper(l.path, sql);
    auto check = storage::ConsentRepository(*l.db).verify();
    REQUIRE(check.ok());
    CHECK_FALSE(check->ok);
    CHECK(check->firstBadId == expectedBad);
    CHECK(check->count == 2);
    CHECK(check->reason.contains(QString::number(expectedBad)));
}

TEST_CASE("Erasing a client removes personal data and keeps the ledger verifiable", "[storage]")
{
    Ledger l;
    const qint64 ana = l.addClient(QStringLiteral("Ana Silva"));
    const qint64 ben = l.addClient(QStringLiteral("Ben Okafor"));
    l.record(ana, domain::ConsentState::Granted, QStringLiteral("Ana said yes, mentioned her back pain"));
    l.record(ben, domain::ConsentState::Granted, QStringLiteral("Ben said yes"));
    l.record(ana, domain::ConsentState::Withdrawn, QStringLiteral("Ana called"));
    {
        QSqlQuery q(l.db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO contact_log (client_id, direction, channel, at, text) VALUES (1, "
                                      "'in', 'sms', '2026-12-01T10:00:00.000Z', 'my back hurts')")));
    }
    services::ClientService svc(*l.db, l.clock);
    REQUIRE_FALSE(svc.setDirective(ana, domain::Directive::NoVoicemail, true, QStringLiteral("me")));
    REQUIRE_FALSE(svc.erase(ana).has_value());

    auto erased = svc.find(ana).value();
    CHECK(erased.erased);
    CHECK(erased.name.isEmpty());
    CHECK(erased.contacts.isEmpty());
    CHECK(erased.notes.isEmpty());
    CHECK(erased.directives.isEmpty());
    domain::ClientQuery search;
    search.search = QStringLiteral("ana");
    search.includeArchived = true;
    CHECK(svc.count(search).value() == 0);
    // Nothing of Ana's remains anywhere in the tables.
    for (const QString& needle : {QStringLiteral("Ana"), QStringLiteral("+447400123456"), QStringLiteral("back")}) {
        for (const QString& table : {QStringLiteral("clients"), QStringLiteral("contact_points"),
                                     QStringLiteral("consent_notes"), QStringLiteral("contact_log")}) {
            QSqlQuery q(l.db->connection());
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + table));
            while (q.next()) {
                const bool bens = table == QLatin1String("contact_points") || q.value(0).toLongLong() == ben;
                for (int i = 0; i < q.record().count() && !bens; ++i)
                    CHECK_FALSE(q.value(i).toString().contains(needle));
            }
        }
    }
    storage::ConsentRepository repo(*l.db);
    auto check = repo.verify();
    REQUIRE(check.ok());
    CHECK(check->ok);
    CHECK(check->count == 3);
    auto events = repo.forClient(ana).value();
    REQUIRE(events.size() == 2);
    CHECK(events[0].note.isEmpty());
    CHECK(repo.forClient(ben).value()[0].note == QStringLiteral("Ben said yes"));
    // Deleting a note of a client that was not erased is tampering, not erasure.
    tamper(l.path, {QStringLiteral("DELETE FROM consent_notes WHERE event_id = 2")});
    auto after = repo.verify();
    CHECK_FALSE(after->ok);
    CHECK(after->firstBadId == 2);
}

TEST_CASE("Two connections on two threads appending at once both land and the chain holds", "[storage]")
{
    Ledger l;
    const qint64 ana = l.addClient(QStringLiteral("Ana Silva"));
    constexpr int kPerThread = 60;
    std::atomic<int> failures{0};
    QString firstFailure;
    QMutex mutex;
    auto writer = [&](int n) {
        auto db = storage::Database::open(l.path);
        if (!db) {
            ++failures;
            return;
        }
        domain::FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        services::ConsentService svc(*db.value(), clock);
        for (int i = 0; i < kPerThread; ++i) {
            services::ConsentRequest r;
            r.clientId = ana;
            r.method = QStringLiteral("written");
            r.note = QStringLiteral("thread %1 event %2").arg(n).arg(i);
            auto e = svc.record(r);
            if (!e) {
                ++failures;
                QMutexLocker lock(&mutex);
                if (firstFailure.isEmpty())
                    firstFailure = e.error().message;
            }
        }
    };
    QThread* a = QThread::create(writer, 1);
    QThread* b = QThread::create(writer, 2);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    INFO(firstFailure.toStdString());
    CHECK(failures == 0);
    storage::ConsentRepository repo(*l.db);
    CHECK(repo.count().value() == 2 * kPerThread);
    auto check = repo.verify().value();
    CHECK(check.ok);
    CHECK(check.count == 2 * kPerThread);
}

TEST_CASE("Ledger range queries and streaming iteration", "[storage]")
{
    Ledger l;
    const qint64 ana = l.addClient(QStringLiteral("Ana Silva"));
    const qint64 ben = l.addClient(QStringLiteral("Ben Okafor"));
    for (int i = 0; i < 6; ++i)
        l.record(i % 2 ? ben : ana, domain::ConsentState::Granted, {});
    storage::ConsentRepository repo(*l.db);
    storage::ConsentRange bens;
    bens.clientId = ben;
    CHECK(repo.range(bens).value().size() == 3);
    storage::ConsentRange window;
    window.from = QDateTime(QDate(2026, 12, 1), QTime(11, 2), Qt::UTC);
    window.to = QDateTime(QDate(2026, 12, 1), QTime(11, 5), Qt::UTC);
    auto inWindow = repo.range(window).value();
    REQUIRE(inWindow.size() == 3);
    CHECK(inWindow.front().id == 2);
    CHECK(inWindow.back().id == 4);
    int seen = 0;
    REQUIRE_FALSE(repo.forEach({}, [&](const domain::ConsentEvent&) { return ++seen < 4; }).has_value());
    CHECK(seen == 4);
}

TEST_CASE("The canonical serialisation is stable", "[storage]")
{
    domain::ConsentEvent e;
    e.id = 7;
    e.clientId = 3;
    e.channel = domain::Channel::Email;
    e.scope = domain::Scope::Marketing;
    e.state = domain::ConsentState::Withdrawn;
    e.method = QStringLiteral("email");
    e.effectiveAt = QDateTime(QDate(2026, 12, 1), QTime(11, 0, 0, 5), Qt::UTC);
    e.recordedAt = QDateTime(QDate(2026, 12, 1), QTime(11, 0, 1), Qt::UTC);
    e.recordedBy = QStringLiteral("Dr\nJones\\");
    e.prevHash = QStringLiteral("ab");
    const QByteArray expected = "rapport-consent=1\nid=7\nclient_id=3\nchannel=email\nscope=marketing\n"
                                "state=withdrawn\nmethod=email\neffective_at=2026-12-01T11:00:00.005Z\n"
                                "recorded_at=2026-12-01T11:00:01.000Z\nrecorded_by=Dr\\nJones\\\\\n"
                                "note_sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                                "prev_hash=ab\n";
    CHECK(domain::ConsentChain::canonical(e, domain::ConsentChain::noteDigest(QString())) == expected);
    CHECK(domain::ConsentChain::hashOf(e, domain::ConsentChain::noteDigest(QString())) ==
          QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
}
