// SPDX-License-Identifier: GPL-3.0-or-later
// Prepared statements kept per connection: repeated calls skip the prepare, and a kept
// statement changes nothing a caller can see (snapshots, errors, nesting, reopening).
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <QTemporaryDir>

using namespace rapport;

namespace {

const QDateTime kT0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

struct CacheDb {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::Database> db;
    CacheDb() : path(rapport::testing::testDatabase(dir, QStringLiteral("cache.db")))
    {
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    qint64 addClient(const QString& name)
    {
        domain::Client c;
        c.name = name;
        domain::ContactPoint mobile;
        mobile.kind = domain::ContactPoint::Kind::Phone;
        mobile.value = QStringLiteral("+447400123456");
        mobile.label = QStringLiteral("Mobile");
        mobile.numberType = domain::NumberType::Mobile;
        domain::ContactPoint email;
        email.kind = domain::ContactPoint::Kind::Email;
        email.value = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.org");
        c.contacts = {mobile, email};
        c.preferences = {domain::Channel::Email, domain::Channel::Sms};
        auto id = storage::ClientRepository(*db).insert(c, kT0);
        REQUIRE(id.ok());
        return id.value();
    }
    domain::Result<domain::ConsentEvent> append(qint64 client, int i)
    {
        domain::ConsentEvent e;
        e.clientId = client;
        e.state = i % 2 ? domain::ConsentState::Withdrawn : domain::ConsentState::Granted;
        e.method = QStringLiteral("written");
        e.effectiveAt = kT0.addSecs(i);
        e.recordedAt = kT0.addSecs(i);
        e.recordedBy = QStringLiteral("reception");
        e.note = QStringLiteral("form %1").arg(i);
        return storage::ConsentRepository(*db).append(e);
    }
};

} // namespace

TEST_CASE("Statement cache: a repeated call prepares nothing new and reads the same", "[storage][statements]")
{
    CacheDb t;
    const qint64 id = t.addClient(QStringLiteral("Ana Silva"));
    storage::ClientRepository clients(*t.db);
    storage::StatementCache& cache = t.db->statements();

    const auto first = clients.find(id, QDateTime());
    REQUIRE(first.ok());
    const qint64 prepared = cache.prepareCount();
    for (int i = 0; i < 20; ++i) {
        const auto again = clients.find(id, QDateTime());
        REQUIRE(again.ok());
        CHECK(again.value().name == first.value().name);
        CHECK(again.value().contacts.size() == 2);
        CHECK(again.value().preferences == first.value().preferences);
    }
    CHECK(cache.prepareCount() == prepared);
    CHECK(cache.size() > 0);

    SECTION("with the cache off every call prepares again, and reads the same")
    {
        cache.setEnabled(false);
        CHECK(cache.size() == 0);
        const auto off = clients.find(id, QDateTime());
        REQUIRE(off.ok());
        CHECK(off.value().contacts.size() == 2);
        CHECK(off.value().contacts.at(1).value == first.value().contacts.at(1).value);
        CHECK(cache.prepareCount() > prepared);
        const qint64 afterOne = cache.prepareCount();
        REQUIRE(clients.find(id, QDateTime()).ok());
        CHECK(cache.prepareCount() - afterOne == afterOne - prepared);
    }
}

TEST_CASE("Statement cache: a ledger read stopped early leaves no old snapshot behind", "[storage][statements]")
{
    CacheDb t;
    const qint64 id = t.addClient(QStringLiteral("Ben Okafor"));
    for (int i = 0; i < 5; ++i)
        REQUIRE(t.append(id, i).ok());
    storage::ConsentRepository ledger(*t.db);
    int seen = 0;
    REQUIRE_FALSE(ledger.forEach({}, [&](const domain::ConsentEvent&) { return ++seen < 2; }));
    CHECK(seen == 2);

    // Another connection appends; this one must see it (a statement left half-read would keep
    // this connection's read transaction, and its count, at 5).
    auto other = storage::Database::open(t.path);
    REQUIRE(other.ok());
    {
        auto tx = storage::SqlTransaction::begin(*other.value());
        REQUIRE(tx.ok());
        domain::ConsentEvent e;
        e.clientId = id;
        e.method = QStringLiteral("verbal");
        e.effectiveAt = kT0.addDays(1);
        e.recordedAt = kT0.addDays(1);
        e.recordedBy = QStringLiteral("desk");
        REQUIRE(storage::ConsentRepository(*other.value()).append(e).ok());
        REQUIRE_FALSE(tx.value().commit());
    }
    CHECK(ledger.count().value() == 6);
    CHECK(ledger.head().value()->recordedBy == QStringLiteral("desk"));
    CHECK(ledger.verify().value().ok);
}

TEST_CASE("Statement cache: a statement in use is not lent twice", "[storage][statements]")
{
    CacheDb t;
    const qint64 id = t.addClient(QStringLiteral("Chloe Martin"));
    for (int i = 0; i < 3; ++i)
        REQUIRE(t.append(id, i).ok());
    storage::ConsentRepository ledger(*t.db);
    QVector<QPair<qint64, qint64>> pairs;
    REQUIRE_FALSE(ledger.forEach({}, [&](const domain::ConsentEvent& outer) {
        // The same SQL again while the outer read is still stepping.
        REQUIRE_FALSE(ledger.forEach({}, [&](const domain::ConsentEvent& inner) {
            pairs.push_back({outer.id, inner.id});
            return true;
        }));
        return true;
    }));
    CHECK(pairs.size() == 9);
    CHECK(pairs.first() == qMakePair(qint64(1), qint64(1)));
    CHECK(pairs.last() == qMakePair(qint64(3), qint64(3)));
}

TEST_CASE("Statement cache: a failed statement does not spoil the next call", "[storage][statements]")
{
    CacheDb t;
    const qint64 id = t.addClient(QStringLiteral("Dev Patel"));
    storage::ContactLogRepository log(*t.db);
    domain::ContactLogEntry entry;
    entry.clientId = id;
    entry.direction = domain::Direction::Inbound;
    entry.channel = domain::Channel::Sms;
    entry.at = kT0;
    entry.text = QStringLiteral("See you Tuesday");
    REQUIRE(log.append(entry).ok());

    domain::ContactLogEntry orphan = entry;
    orphan.clientId = id + 100; // no such client: the foreign key refuses it
    const auto refused = log.append(orphan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == domain::Error::Kind::Database);

    entry.text = QStringLiteral("Running late");
    entry.at = kT0.addSecs(60);
    REQUIRE(log.append(entry).ok());
    const auto read = log.forClient(id, -1);
    REQUIRE(read.ok());
    REQUIRE(read.value().size() == 2);
    CHECK(read.value().first().text == QStringLiteral("Running late"));
    CHECK(log.forClient(id, 1).value().size() == 1);
}

TEST_CASE("Statement cache: reopening the connection drops the kept statements, calls still work",
          "[storage][statements]")
{
    CacheDb t;
    const qint64 id = t.addClient(QStringLiteral("Eva Novak"));
    REQUIRE(t.append(id, 0).ok());
    CHECK(t.db->statements().size() > 0);
    REQUIRE_FALSE(t.db->reopen());
    CHECK(t.db->statements().size() == 0);
    REQUIRE(t.append(id, 1).ok());
    CHECK(storage::ConsentRepository(*t.db).count().value() == 2);
    CHECK(storage::ClientRepository(*t.db).find(id, QDateTime()).value().name == QStringLiteral("Eva Novak"));
}
