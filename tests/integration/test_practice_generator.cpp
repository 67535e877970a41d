// SPDX-License-Identifier: GPL-3.0-or-later
// The practice generator (tests/gen): every figure a benchmark takes from it must be reproducible
// from its seed, so the same seed gives the same practice and another seed another one.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "PracticeGenerator.h"

#include "domain/Clock.h"
#include "services/ImportService.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rapport;

namespace {

struct Made {
    testing::GeneratedPractice counts;
    QString head;
    QString firstName;
};

Made make(const QString& path, quint64 seed, int clients)
{
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    testing::PracticeSpec spec;
    spec.clients = clients;
    spec.seed = seed;
    auto made = testing::generatePractice(*db.value(), spec);
    INFO((made.ok() ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    auto verified = storage::ConsentRepository(*db.value()).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);
    auto head = storage::ConsentRepository(*db.value()).head();
    REQUIRE(head.ok());
    REQUIRE(head.value().has_value());
    auto first = storage::ClientRepository(*db.value()).find(1, spec.base);
    REQUIRE(first.ok());
    return {made.value(), head.value()->hash, first->name};
}

} // namespace

TEST_CASE("The practice generator makes the same practice from the same seed", "[generator]")
{
    QTemporaryDir dir;
    const Made a = make(rapport::testing::testDatabase(dir, QStringLiteral("a.db")), 7, 300);
    const Made b = make(rapport::testing::testDatabase(dir, QStringLiteral("b.db")), 7, 300);
    const Made c = make(rapport::testing::testDatabase(dir, QStringLiteral("c.db")), 8, 300);
    CHECK(a.counts.clients == 300);
    CHECK(a.counts.contactPoints > 300);  // a mobile each, and landlines and emails
    CHECK(a.counts.consentEvents >= 300); // one to four each
    CHECK(a.counts.contactLogs > 0);
    CHECK(a.counts.appointments > 0);
    CHECK(a.head == b.head); // every event, time and note the same
    CHECK(a.firstName == b.firstName);
    CHECK(a.counts.contactLogs == b.counts.contactLogs);
    CHECK(a.head != c.head);
}

TEST_CASE("The generated client list imports completely", "[generator]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    REQUIRE_FALSE(testing::writeClientCsv(csv, 500, 3));
    auto db = rapport::testing::openTestDatabase(dir, QStringLiteral("p.db"));
    REQUIRE(db.ok());
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    auto s = services::ImportService(*db.value(), clock).importFile(csv);
    REQUIRE(s.ok());
    CHECK(s->imported == 500);
    CHECK(s->skipped.isEmpty());
}
