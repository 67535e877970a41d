// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled messages (issue 10, part 4): stored, listed, edited, cancelled, announced when due,
// checked again before the hand-off, logged when handed off; through the service and rapport-cli.
#include "services/QueueService.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"

#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

/// A practice open Mon-Fri 09:00-18:00 in London with Ana (sms consent granted) and Ben (none).
struct QueueFixture {
    CliHarness cli; // its clock: Tuesday 1 December 2026, 11:00 UTC
    qint64 ana = 0;
    qint64 ben = 0;
    QueueFixture()
    {
        REQUIRE(cli.run({QStringLiteral("init")}).code == 0);
        REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("hours"),
                         QStringLiteral("Mon-Fri 09:00-18:00")})
                    .code == 0);
        ana = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                             QStringLiteral("07400 123456")});
        ben = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ben Okafor"), QStringLiteral("--mobile"),
                             QStringLiteral("07911 123456")});
        REQUIRE(ana > 0);
        REQUIRE(ben > 0);
        REQUIRE(consent(ana, "granted").code == 0);
    }
    CliHarness::Run consent(qint64 client, const char* state)
    {
        return cli.run({QStringLiteral("consent"), QStringLiteral("record"), QString::number(client),
                        QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                        QStringLiteral("service"), QStringLiteral("--state"), QString::fromLatin1(state),
                        QStringLiteral("--method"), QStringLiteral("written")});
    }
    std::unique_ptr<storage::Database> open()
    {
        auto db = storage::Database::open(cli.db);
        REQUIRE(db.ok());
        return std::move(db).value();
    }
};

const QDateTime kMonday10(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC); // London is on GMT

} // namespace

TEST_CASE("A scheduled message is stored, edited, announced when due, re-checked and handed off", "[queue]")
{
    QueueFixture f;
    auto db = f.open();
    services::QueueService queue(*db, f.cli.clock);
    const QString text = QStringLiteral("Hi Ana, your appointment is confirmed for Tuesday at 3pm.");
    const auto m = queue.schedule(f.ana, domain::Channel::Sms, text, kMonday10);
    REQUIRE(m.ok());
    CHECK(m->isPending());
    CHECK(m->dueAt == kMonday10);
    CHECK(queue.due()->isEmpty()); // Tuesday 11:00: not due yet
    REQUIRE(queue.list()->size() == 1);

    const auto edited = queue.edit(m->id, QStringLiteral("Hi Ana, confirmed for Tuesday at 4pm."), std::nullopt);
    REQUIRE(edited.ok());
    CHECK(edited->text.contains(QStringLiteral("4pm")));

    // Monday 10:00: due, announced, and the advice allows the hand-off.
    f.cli.clock.set(kMonday10);
    REQUIRE(queue.due()->size() == 1);
    const auto check = queue.check(m->id);
    REQUIRE(check.ok());
    INFO(check->why.toStdString());
    CHECK(check->handOffAllowed);
    const auto handed = queue.markHandedOff(m->id);
    REQUIRE(handed.ok());
    CHECK(handed->state == domain::ScheduledState::HandedOff);
    CHECK(handed->handedOffAt == kMonday10);
    CHECK(queue.due()->isEmpty());
    const auto log = storage::ContactLogRepository(*db).forClient(f.ana);
    REQUIRE(log.ok());
    REQUIRE_FALSE(log->isEmpty());
    CHECK(log->front().text.contains(QStringLiteral("4pm")));
    CHECK(log->front().channel == domain::Channel::Sms);
    // Handed off: no second hand-off, no edit, no cancel.
    CHECK_FALSE(queue.markHandedOff(m->id).ok());
    CHECK_FALSE(queue.edit(m->id, QStringLiteral("x"), std::nullopt).ok());
    CHECK_FALSE(queue.cancel(m->id).ok());
}

TEST_CASE("A consent withdrawn or a quiet hour since scheduling blocks the hand-off and says why", "[queue]")
{
    QueueFixture f;
    auto db = f.open();
    services::QueueService queue(*db, f.cli.clock);
    const auto m = queue.schedule(f.ana, domain::Channel::Sms, QStringLiteral("See you Tuesday at 3pm."), kMonday10);
    REQUIRE(m.ok());
    f.cli.clock.set(kMonday10.addSecs(-3600));
    REQUIRE(f.consent(f.ana, "withdrawn").code == 0);
    f.cli.clock.set(kMonday10);
    auto check = queue.check(m->id);
    REQUIRE(check.ok());
    CHECK_FALSE(check->handOffAllowed);
    CHECK(check->why.contains(QStringLiteral("sms")));
    const auto refused = queue.markHandedOff(m->id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cannot be handed off now")));
    CHECK(queue.find(m->id)->isPending()); // nothing changed
    CHECK(storage::ContactLogRepository(*db).forClient(f.ana)->isEmpty());

    // A quiet hour: granted again, but the client now keeps 09:00-12:00 quiet.
    REQUIRE(f.consent(f.ana, "granted").code == 0);
    REQUIRE(f.cli
                .run({QStringLiteral("client"), QStringLiteral("set"), QString::number(f.ana),
                      QStringLiteral("--quiet-hours"), QStringLiteral("09:00-12:00")})
                .code == 0);
    check = queue.check(m->id);
    REQUIRE(check.ok());
    CHECK_FALSE(check->handOffAllowed);
    CHECK(check->why.contains(QStringLiteral("not a time to send")));
}

TEST_CASE("Scheduled messages survive a restart; an erased client's are gone; bad input names its field", "[queue]")
{
    QueueFixture f;
    qint64 id = 0;
    {
        auto db = f.open();
        services::QueueService queue(*db, f.cli.clock);
        const auto m = queue.schedule(f.ben, domain::Channel::Email, QStringLiteral("Your receipt"), kMonday10,
                                      domain::Purpose::Admin);
        REQUIRE(m.ok());
        id = m->id;
        const auto empty = queue.schedule(f.ben, domain::Channel::Sms, QStringLiteral("  "), kMonday10);
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().field == QLatin1String("text"));
        const auto unknown = queue.schedule(999, domain::Channel::Sms, QStringLiteral("x"), kMonday10);
        REQUIRE_FALSE(unknown.ok());
        const auto cancelled =
            queue.cancel(queue.schedule(f.ana, domain::Channel::Sms, QStringLiteral("x"), kMonday10)->id);
        REQUIRE(cancelled.ok());
        CHECK(cancelled->state == domain::ScheduledState::Cancelled);
        CHECK(queue.cancel(cancelled->id).ok()); // twice is fine
    }
    {
        auto db = f.open();
        services::QueueService queue(*db, f.cli.clock);
        const auto again = queue.find(id);
        REQUIRE(again.ok());
        CHECK(again->purpose == domain::Purpose::Admin);
        CHECK(again->channel == domain::Channel::Email);
        CHECK(queue.list()->size() == 1);
        CHECK(queue.list(true)->size() == 2);
    }
    REQUIRE(f.cli.run({QStringLiteral("client"), QStringLiteral("erase"), QString::number(f.ben)}).code == 0);
    auto db = f.open();
    CHECK_FALSE(services::QueueService(*db, f.cli.clock).find(id).ok());
}

TEST_CASE("rapport-cli queue: add, list --json, edit, check, done, cancel", "[queue][cli]")
{
    QueueFixture f;
    auto r = f.cli.run({QStringLiteral("queue"), QStringLiteral("add"), QString::number(f.ana), QStringLiteral("--at"),
                        QStringLiteral("2026-12-07T10:00"), QStringLiteral("--text"),
                        QStringLiteral("See you Tuesday at 3pm.")});
    REQUIRE(r.code == 0);
    const QString id = r.out.trimmed();
    r = f.cli.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const auto messages = doc.value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 1);
    const auto m = messages.at(0).toObject();
    CHECK(m.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString() ==
          QLatin1String("Ana Silva"));
    CHECK(m.value(QStringLiteral("due")).toString() == QLatin1String("2026-12-07T10:00:00+00:00"));
    CHECK(m.value(QStringLiteral("state")).toString() == QLatin1String("pending"));
    CHECK(m.value(QStringLiteral("channel")).toString() == QLatin1String("sms"));

    // Not due yet on Tuesday 1 December: `--due` is empty, `check` says it is fine to send.
    r = f.cli.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--due")});
    CHECK(r.out.isEmpty());
    CHECK(f.cli
              .run({QStringLiteral("queue"), QStringLiteral("edit"), id, QStringLiteral("--at"),
                    QStringLiteral("not a time")})
              .code == 3);
    CHECK(f.cli.run({QStringLiteral("queue"), QStringLiteral("edit"), id}).code == 2);
    f.cli.clock.set(kMonday10);
    r = f.cli.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--due")});
    CHECK(r.out.startsWith(id + QLatin1Char('\t')));
    REQUIRE(f.consent(f.ana, "withdrawn").code == 0);
    r = f.cli.run({QStringLiteral("queue"), QStringLiteral("check"), id});
    CHECK(r.code == 3);
    CHECK(r.out.startsWith(QStringLiteral("blocked: ")));
    CHECK(f.cli.run({QStringLiteral("queue"), QStringLiteral("done"), id}).code == 3);
    REQUIRE(f.consent(f.ana, "granted").code == 0);
    CHECK(f.cli.run({QStringLiteral("queue"), QStringLiteral("check"), id}).code == 0);
    CHECK(f.cli.run({QStringLiteral("queue"), QStringLiteral("done"), id}).code == 0);
    r = f.cli.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    CHECK(r.out.contains(QStringLiteral("\"state\":\"handed-off\"")));
    CHECK(f.cli.run({QStringLiteral("queue"), QStringLiteral("cancel"), QStringLiteral("999")}).code == 3);
    CHECK(f.cli
              .run({QStringLiteral("queue"), QStringLiteral("add"), QString::number(f.ana), QStringLiteral("--text"),
                    QStringLiteral("x")})
              .code == 2);
}
