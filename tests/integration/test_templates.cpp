// SPDX-License-Identifier: GPL-3.0-or-later
// Templates and drafts: the migration step, the starter set, create/edit/delete, restore, drafts.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "services/ComposerService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/SqlTransaction.h"
#include "storage/TemplateRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;
using domain::Draft;
using domain::MessageTemplate;
using storage::Database;
using storage::DraftRepository;
using storage::TemplateRepository;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC);

std::unique_ptr<Database> openDb(const QTemporaryDir& dir)
{
    auto db = rapport::testing::openTestDatabase(dir, QStringLiteral("rapport.db"));
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

qint64 addClient(const Database& db, const QString& name)
{
    domain::Client c;
    c.name = name;
    // Explicit empty strings: the storage branch binds null QStrings as NULL (NOT NULL columns).
    c.preferredName = QStringLiteral("");
    c.timeZone = QStringLiteral("");
    c.notes = QStringLiteral("");
    c.quietHours = domain::QuietHours{};
    auto tx = storage::SqlTransaction::begin(db);
    REQUIRE(tx.ok());
    const auto id = storage::ClientRepository(db).insert(c, kNow);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    REQUIRE_FALSE(tx.value().commit());
    return *id;
}

} // namespace

TEST_CASE("a fresh database holds the starter templates, each with a purpose", "[templates]")
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    const auto starters = TemplateRepository::starterSet();
    REQUIRE(starters.ok());
    const auto list = TemplateRepository(*db).list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == starters->size());
    QStringList names;
    for (const auto& t : *list) {
        names << t.name;
        CHECK(t.builtin);
        CHECK(t.purpose.has_value());
        CHECK_FALSE(t.starterKey.isEmpty());
    }
    CHECK(names.contains(QStringLiteral("Appointment reminder")));
    CHECK(names.contains(QStringLiteral("Running late")));
    CHECK(names.contains(QStringLiteral("Asking for permission to text")));
}

TEST_CASE("templates are created, edited and deleted; names must be given and unique", "[templates]")
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    TemplateRepository repo(*db);
    MessageTemplate t;
    t.name = QStringLiteral("Parking");
    t.purpose = domain::Purpose::Admin;
    t.body = QStringLiteral("Hi {preferred_name}, parking is free behind the building.");
    const auto id = repo.insert(t, kNow);
    REQUIRE(id.ok());
    auto found = repo.find(*id);
    REQUIRE(found.ok());
    CHECK(found->body == t.body);
    CHECK_FALSE(found->builtin);
    CHECK(found->updatedAt == kNow);

    MessageTemplate dup = t;
    dup.name = QStringLiteral("  parking ");
    const auto again = repo.insert(dup, kNow);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("name"));
    CHECK(again.error().message.contains(QStringLiteral("already")));

    MessageTemplate blank = t;
    blank.name = QStringLiteral("Blank");
    blank.body = QStringLiteral("   ");
    CHECK(repo.insert(blank, kNow).error().field == QStringLiteral("body"));

    found.value().body = QStringLiteral("Parking is on Hill Street.");
    found.value().purpose.reset();
    REQUIRE_FALSE(repo.update(*found, kNow.addSecs(60)));
    CHECK(repo.find(*id)->body == QStringLiteral("Parking is on Hill Street."));
    CHECK_FALSE(repo.find(*id)->purpose.has_value());

    REQUIRE_FALSE(repo.remove(*id));
    CHECK_FALSE(repo.find(*id).ok());
    CHECK(repo.remove(*id).has_value());
}

TEST_CASE("restoring the starters resets edited ones, re-creates deleted ones, keeps the user's", "[templates]")
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    domain::FixedClock clock(kNow);
    services::ComposerService service(*db, clock);
    auto list = service.templates();
    REQUIRE(list.ok());
    const int starters = list->size();
    MessageTemplate reminder, late;
    for (const auto& t : *list) {
        if (t.starterKey == QStringLiteral("appointment-reminder"))
            reminder = t;
        if (t.starterKey == QStringLiteral("running-late"))
            late = t;
    }
    REQUIRE(reminder.id > 0);
    REQUIRE(late.id > 0);
    const QString shipped = reminder.body;
    reminder.body = QStringLiteral("Edited");
    REQUIRE(service.saveTemplate(reminder).ok());
    REQUIRE_FALSE(service.removeTemplate(late.id));
    MessageTemplate mine;
    mine.name = QStringLiteral("Running late"); // takes the deleted starter's name
    mine.body = QStringLiteral("Mine");
    REQUIRE(service.saveTemplate(mine).ok());

    const auto restored = service.restoreStarterTemplates();
    REQUIRE(restored.ok());
    CHECK(*restored == 2);
    list = service.templates();
    REQUIRE(list->size() == starters + 1);
    bool sawMine = false;
    for (const auto& t : *list) {
        if (t.starterKey == QStringLiteral("appointment-reminder"))
            CHECK(t.body == shipped);
        if (t.body == QStringLiteral("Mine")) {
            sawMine = true;
            CHECK(t.name == QStringLiteral("Running late (mine)"));
        }
    }
    CHECK(sawMine);
    CHECK(*service.restoreStarterTemplates() == 0);
}

TEST_CASE("drafts are saved, found per client or overall, and removed", "[drafts]")
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    const qint64 ana = addClient(*db, QStringLiteral("Ana Silva"));
    const qint64 ben = addClient(*db, QStringLiteral("Ben Okafor"));
    DraftRepository repo(*db);
    CHECK_FALSE(repo.latest(std::nullopt)->has_value());

    Draft d;
    d.clientId = ana;
    d.body = QStringLiteral("Hi Ana");
    const auto first = repo.save(d, kNow);
    REQUIRE(first.ok());
    Draft loose;
    loose.body = QStringLiteral("No client yet");
    loose.purpose = domain::Purpose::Scheduling;
    const auto second = repo.save(loose, kNow.addSecs(5));
    REQUIRE(second.ok());

    CHECK((*repo.latest(ana))->body == QStringLiteral("Hi Ana"));
    CHECK_FALSE(repo.latest(ben)->has_value());
    const auto overall = *repo.latest(std::nullopt);
    REQUIRE(overall.has_value());
    CHECK(overall->body == QStringLiteral("No client yet"));
    CHECK(overall->purpose == domain::Purpose::Scheduling);
    CHECK_FALSE(overall->clientId.has_value());

    d.id = *first;
    d.body = QStringLiteral("Hi Ana, edited");
    CHECK(repo.save(d, kNow.addSecs(10)).value() == *first);
    CHECK((*repo.latest(std::nullopt))->body == QStringLiteral("Hi Ana, edited"));
    CHECK(*repo.count() == 2);

    REQUIRE_FALSE(repo.remove(*first));
    CHECK(*repo.count() == 1);
    Draft gone = d;
    CHECK_FALSE(repo.save(gone, kNow).ok()); // a removed draft is not silently re-created

    Draft unknownClient;
    unknownClient.clientId = 999999;
    unknownClient.body = QStringLiteral("x");
    CHECK_FALSE(repo.save(unknownClient, kNow).ok()); // foreign key
}
