// SPDX-License-Identifier: GPL-3.0-or-later
// Things to raise at the next appointment: stored per client, listed for the day's appointments,
// ticked off (then logged as an in-person contact), erased with the client.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "CliHarness.h"
#include "services/ClientService.h"
#include "services/ComposerService.h"
#include "services/ContactService.h"
#include "services/RaiseService.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/RaiseItemRepository.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;
using services::RaiseService;

namespace {

// Tuesday 1 December 2026, 11:00 UTC (= London time in winter).
const QDateTime kNow(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC);

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    domain::FixedClock clock{kNow};
    Fixture()
    {
        auto opened = rapport::testing::openTestDatabase(dir, QStringLiteral("raise.db"));
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    qint64 addClient(const QString& name, std::optional<QDateTime> next)
    {
        services::ClientChanges c;
        c.name = name;
        c.mobiles = QStringList{QStringLiteral("07400 123456")};
        if (next)
            c.nextAppointment = *next;
        const auto id = services::ClientService(*db, clock).add(c);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    int count(const QString& sql, qint64 id)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(sql));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    QVector<domain::ContactLogEntry> contacts(qint64 id)
    {
        const auto log = services::ContactService(*db, clock).forClient(id);
        REQUIRE(log.ok());
        return *log;
    }
};

} // namespace

TEST_CASE("an item is added for a client with an upcoming appointment and the draft goes with it", "[raise][services]")
{
    Fixture f;
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), kNow.addDays(2));
    domain::Draft d;
    d.clientId = ana;
    d.body = QStringLiteral("How is the lower back?");
    const auto draftId = services::ComposerService(*f.db, f.clock).saveDraft(d);
    REQUIRE(draftId.ok());

    RaiseService raises(*f.db, f.clock);
    const auto added = raises.add(ana, QStringLiteral("  How is the lower back?  "), QStringLiteral("Sam"), *draftId);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    CHECK(added->text == QStringLiteral("How is the lower back?"));
    CHECK(added->open());

    const auto open = raises.openFor(ana);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->front().text == QStringLiteral("How is the lower back?"));
    CHECK(open->front().createdBy == QStringLiteral("Sam"));
    CHECK(open->front().createdAt == kNow);
    CHECK_FALSE(storage::DraftRepository(*f.db).find(*draftId).ok());
    CHECK(f.contacts(ana).isEmpty()); // nothing is logged before it is raised
}

TEST_CASE("a client with no upcoming appointment gets no item and keeps the draft", "[raise][services]")
{
    Fixture f;
    const qint64 none = f.addClient(QStringLiteral("Ben Okoro"), std::nullopt);
    const qint64 past = f.addClient(QStringLiteral("Cara Lee"), kNow.addDays(-3));
    domain::Draft d;
    d.clientId = none;
    d.body = QStringLiteral("Ask about the new pillow");
    const auto draftId = services::ComposerService(*f.db, f.clock).saveDraft(d);
    REQUIRE(draftId.ok());

    RaiseService raises(*f.db, f.clock);
    const auto refused = raises.add(none, d.body, QString(), *draftId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Ben Okoro has no upcoming appointment on file")));
    CHECK(storage::DraftRepository(*f.db).find(*draftId).ok());
    CHECK(raises.openFor(none)->isEmpty());
    CHECK_FALSE(raises.add(past, d.body, QString()).ok());
    CHECK(raises.openFor(past)->isEmpty());
    CHECK_FALSE(raises.add(none, QStringLiteral("   "), QString()).ok());
}

TEST_CASE("ticking an item off records it raised and logs one in-person contact", "[raise][services]")
{
    Fixture f;
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), kNow.addSecs(3600));
    RaiseService raises(*f.db, f.clock);
    const auto first = raises.add(ana, QStringLiteral("Ask about the new pillow"), QString());
    const auto second = raises.add(ana, QStringLiteral("Fee for missed session"), QString());
    REQUIRE(first.ok());
    REQUIRE(second.ok());

    f.clock.advanceSecs(3 * 3600);
    const auto logged = raises.tickOff(first->id);
    INFO((logged.ok() ? QString() : logged.error().message).toStdString());
    REQUIRE(logged.ok());
    CHECK(logged->channel == domain::Channel::InPerson);
    CHECK(logged->direction == domain::Direction::Outbound);
    CHECK(logged->text == QStringLiteral("Ask about the new pillow"));

    const auto log = f.contacts(ana);
    REQUIRE(log.size() == 1);
    CHECK(log.front().id == logged->id);
    CHECK(log.front().channel == domain::Channel::InPerson);
    CHECK(log.front().at == kNow.addSecs(3 * 3600));

    const auto ticked = storage::RaiseItemRepository(*f.db).find(first->id);
    REQUIRE(ticked.ok());
    CHECK(ticked->raisedAt == kNow.addSecs(3 * 3600));
    CHECK(ticked->contactId == logged->id);
    const auto open = raises.openFor(ana);
    REQUIRE(open->size() == 1);
    CHECK(open->front().id == second->id);

    // Once only: a second tick logs nothing more.
    CHECK_FALSE(raises.tickOff(first->id).ok());
    CHECK(f.contacts(ana).size() == 1);
    CHECK_FALSE(raises.tickOff(9999).ok());
}

TEST_CASE("the day's agenda lists the clients whose next appointment is that day, with open items", "[raise][services]")
{
    Fixture f;
    const QTimeZone london("Europe/London");
    // 2 December 2026: 00:30 and 23:30 London are that day; 00:30 on the 3rd is not.
    const qint64 early = f.addClient(QStringLiteral("Early Bird"), QDateTime(QDate(2026, 12, 2), QTime(0, 30), london));
    const qint64 late = f.addClient(QStringLiteral("Late Owl"), QDateTime(QDate(2026, 12, 2), QTime(23, 30), london));
    const qint64 next = f.addClient(QStringLiteral("Next Day"), QDateTime(QDate(2026, 12, 3), QTime(0, 30), london));
    const qint64 archived =
        f.addClient(QStringLiteral("Gone Away"), QDateTime(QDate(2026, 12, 2), QTime(9, 0), london));
    REQUIRE_FALSE(services::ClientService(*f.db, f.clock).archive(archived));
    RaiseService raises(*f.db, f.clock);
    REQUIRE(raises.add(late, QStringLiteral("Fee for missed session"), QString()).ok());
    REQUIRE(raises.add(late, QStringLiteral("Ask about the new pillow"), QString()).ok());
    const auto done = raises.add(late, QStringLiteral("Already raised"), QString());
    REQUIRE(done.ok());
    REQUIRE(raises.tickOff(done->id).ok());
    REQUIRE(raises.add(next, QStringLiteral("Not today"), QString()).ok());

    const auto day = raises.agendaFor(QDate(2026, 12, 2), london);
    INFO((day.ok() ? QString() : day.error().message).toStdString());
    REQUIRE(day.ok());
    REQUIRE(day->size() == 2);
    CHECK(day->at(0).clientId == early);
    CHECK(day->at(0).items.isEmpty());
    CHECK(day->at(1).clientId == late);
    REQUIRE(day->at(1).items.size() == 2);
    CHECK(day->at(1).items.at(0).text == QStringLiteral("Fee for missed session"));
    CHECK(day->at(1).items.at(1).text == QStringLiteral("Ask about the new pillow"));
}

TEST_CASE("erasing a client removes what was to be raised with them", "[raise][services]")
{
    Fixture f;
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), kNow.addDays(1));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okoro"), kNow.addDays(1));
    RaiseService raises(*f.db, f.clock);
    REQUIRE(raises.add(ana, QStringLiteral("Ana: the referral letter"), QString()).ok());
    const auto raised = raises.add(ana, QStringLiteral("Ana: raised already"), QString());
    REQUIRE(raised.ok());
    REQUIRE(raises.tickOff(raised->id).ok());
    REQUIRE(raises.add(ben, QStringLiteral("Ben: the invoice"), QString()).ok());

    REQUIRE_FALSE(services::ClientService(*f.db, f.clock).erase(ana));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM raise_items WHERE client_id = ?"), ana) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM raise_items WHERE client_id = ?"), ben) == 1);
    CHECK_FALSE(raises.add(ana, QStringLiteral("again"), QString()).ok());
}

TEST_CASE("rapport-cli raise lists a client's items and the day's appointments", "[raise][cli]")
{
    CliHarness cli; // clock: Tuesday 1 December 2026, 11:00 UTC
    const qint64 ana = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                                      QStringLiteral("07400 123456"), QStringLiteral("--next-appointment"),
                                      QStringLiteral("2026-12-01T15:00")});
    const qint64 ben = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ben Okoro"), QStringLiteral("--mobile"),
                                      QStringLiteral("07911 123456"), QStringLiteral("--next-appointment"),
                                      QStringLiteral("2026-12-03T09:00")});
    REQUIRE(ana > 0);
    REQUIRE(ben > 0);
    qint64 item = 0;
    {
        auto opened = storage::Database::open(cli.db);
        REQUIRE(opened.ok());
        RaiseService raises(**opened, cli.clock);
        const auto added = raises.add(ana, QStringLiteral("The referral letter"), QStringLiteral("Sam"));
        REQUIRE(added.ok());
        item = added->id;
        REQUIRE(raises.add(ben, QStringLiteral("Thursday's invoice"), QString()).ok());
    }

    auto r = cli.run({QStringLiteral("raise"), QString::number(ana)});
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("%1\t2026-12-01T11:00:00+00:00\tThe referral letter\n").arg(item));

    r = cli.run({QStringLiteral("raise")});
    REQUIRE(r.code == 0);
    CHECK(r.out ==
          QStringLiteral("2026-12-01T15:00:00+00:00\t%1\tAna Silva\n\t%2\tThe referral letter\n").arg(ana).arg(item));

    r = cli.run({QStringLiteral("raise"), QStringLiteral("--day"), QStringLiteral("2026-12-03")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("2026-12-03T09:00:00+00:00\t%1\tBen Okoro\n").arg(ben)));

    CHECK(cli.run({QStringLiteral("raise"), QStringLiteral("--day"), QStringLiteral("tomorrow")}).code == 3);
    CHECK(cli.run({QStringLiteral("raise"), QStringLiteral("999")}).code == 3);
}
