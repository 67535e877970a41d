// SPDX-License-Identifier: GPL-3.0-or-later
// Appointments: the repository, the service's rules, the next appointment derived from them, the
// day in the practice's time zone, and the CLI commands in-process.
#include "CliHarness.h"
#include "TestDatabase.h"
#include "domain/Clock.h"
#include "services/AppointmentService.h"
#include "services/ClientService.h"
#include "services/SettingsService.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClientListQuery.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <catch2/catch.hpp>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;
using domain::Appointment;
using domain::AppointmentStatus;
using services::AppointmentChanges;
using services::AppointmentService;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

struct Practice {
    QTemporaryDir dir;
    QString path = rapport::testing::testDatabase(dir, QStringLiteral("rapport.sqlite"));
    domain::FixedClock clock{utc(12, 1, 11)}; // Tuesday 1 December 2026, 11:00 UTC
    std::unique_ptr<storage::Database> db;

    Practice() { open(); }
    void open()
    {
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    AppointmentService appointments() { return AppointmentService(*db, clock); }
    services::ClientService clients() { return services::ClientService(*db, clock); }
    qint64 addClient(const QString& name)
    {
        services::ClientChanges ch;
        ch.name = name;
        auto id = clients().add(ch);
        REQUIRE(id.ok());
        return *id;
    }
    AppointmentChanges at(const QDateTime& start, std::optional<int> minutes = std::nullopt)
    {
        AppointmentChanges ch;
        ch.start = start;
        ch.minutes = minutes;
        return ch;
    }
};

} // namespace

TEST_CASE("an appointment is booked, moved, cancelled and marked, and each change is saved", "[appointments][services]")
{
    Practice p;
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"));
    AppointmentChanges ch = p.at(utc(12, 3, 15), 45);
    ch.service = QStringLiteral("  Sports massage 45 min ");
    ch.location = QStringLiteral("Room 2");
    auto booked = p.appointments().add(ana, ch);
    REQUIRE(booked.ok());
    CHECK(booked->id > 0);
    CHECK(booked->clientId == ana);
    CHECK(booked->start == utc(12, 3, 15));
    CHECK(booked->end == utc(12, 3, 15, 45));
    CHECK(booked->service == QLatin1String("Sports massage 45 min")); // trimmed
    CHECK(booked->location == QLatin1String("Room 2"));
    CHECK(booked->status == AppointmentStatus::Booked);
    CHECK(booked->source == QLatin1String("manual"));
    CHECK(booked->createdAt == p.clock.now());

    // Default length: an hour.
    auto second = p.appointments().add(ana, p.at(utc(12, 10, 9)));
    REQUIRE(second.ok());
    CHECK(second->minutes() == 60);

    // Moving the start keeps the length; service and location stay unless given.
    p.clock.advanceSecs(60);
    auto moved = p.appointments().move(booked->id, p.at(utc(12, 4, 10)));
    REQUIRE(moved.ok());
    CHECK(moved->start == utc(12, 4, 10));
    CHECK(moved->end == utc(12, 4, 10, 45));
    CHECK(moved->service == QLatin1String("Sports massage 45 min"));
    CHECK(moved->updatedAt == p.clock.now());
    CHECK(moved->createdAt == utc(12, 1, 11));
    AppointmentChanges newEnd;
    newEnd.end = utc(12, 4, 11, 30);
    CHECK(p.appointments().move(booked->id, newEnd)->minutes() == 90);

    auto cancelled = p.appointments().cancel(booked->id);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->status == AppointmentStatus::Cancelled);
    CHECK(p.appointments().cancel(booked->id).ok()); // twice: still cancelled, no error
    const auto noMove = p.appointments().move(booked->id, p.at(utc(12, 5, 10)));
    REQUIRE_FALSE(noMove.ok());
    CHECK(noMove.error().field == QLatin1String("status"));
    CHECK_FALSE(p.appointments().markAttended(booked->id).ok());

    CHECK(p.appointments().markAttended(second->id)->status == AppointmentStatus::Attended);
    CHECK(p.appointments().markNoShow(second->id)->status == AppointmentStatus::NoShow); // a correction
    CHECK_FALSE(p.appointments().cancel(second->id).ok()); // it happened (or not): no cancelling afterwards

    const auto all = p.appointments().forClient(ana);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).id == booked->id); // by start
    CHECK(all->at(0).status == AppointmentStatus::Cancelled);
    CHECK(all->at(1).status == AppointmentStatus::NoShow);
}

TEST_CASE("invalid appointments are refused naming the field, and nothing is written", "[appointments][services]")
{
    Practice p;
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"));
    const auto fieldOf = [&](qint64 client, const AppointmentChanges& ch) {
        const auto r = p.appointments().add(client, ch);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == domain::Error::Kind::InvalidInput);
        return r.error().field;
    };
    AppointmentChanges endBeforeStart = p.at(utc(12, 3, 15));
    endBeforeStart.end = utc(12, 3, 14);
    CHECK(fieldOf(ana, endBeforeStart) == QLatin1String("end"));
    AppointmentChanges endAtStart = p.at(utc(12, 3, 15));
    endAtStart.end = utc(12, 3, 15);
    CHECK(fieldOf(ana, endAtStart) == QLatin1String("end"));
    AppointmentChanges tooLong = p.at(utc(12, 3, 15));
    tooLong.end = utc(12, 5, 15);
    CHECK(fieldOf(ana, tooLong) == QLatin1String("end"));
    CHECK(fieldOf(ana, p.at(utc(12, 3, 15), 0)) == QLatin1String("minutes"));
    CHECK(fieldOf(ana, p.at(utc(12, 3, 15), -30)) == QLatin1String("minutes"));
    CHECK(fieldOf(ana, AppointmentChanges{}) == QLatin1String("start"));
    CHECK(fieldOf(ana, p.at(QDateTime())) == QLatin1String("start"));
    CHECK(fieldOf(4242, p.at(utc(12, 3, 15))) == QLatin1String("client"));

    const qint64 archived = p.addClient(QStringLiteral("Ben Okafor"));
    REQUIRE_FALSE(p.clients().archive(archived));
    CHECK(fieldOf(archived, p.at(utc(12, 3, 15))) == QLatin1String("client"));
    const qint64 erased = p.addClient(QStringLiteral("Cai Jones"));
    REQUIRE_FALSE(p.clients().erase(erased));
    CHECK(fieldOf(erased, p.at(utc(12, 3, 15))) == QLatin1String("client"));

    CHECK(p.appointments().forClient(ana)->isEmpty());
    const auto unknown = p.appointments().cancel(999);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QLatin1String("id"));
}

TEST_CASE("the next appointment is the earliest booked one from now on, wherever it is read",
          "[appointments][services]")
{
    Practice p;
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"));
    auto past = p.appointments().add(ana, p.at(utc(11, 28, 10)));
    auto later = p.appointments().add(ana, p.at(utc(12, 10, 9)));
    auto soon = p.appointments().add(ana, p.at(utc(12, 3, 15)));
    REQUIRE((past.ok() && later.ok() && soon.ok()));

    CHECK(p.clients().find(ana)->nextAppointment == utc(12, 3, 15));
    CHECK(p.appointments().nextFor(ana).value()->id == soon->id);
    const auto row = storage::ClientListQuery(*p.db).row(ana, p.clock.now());
    REQUIRE(row.ok());
    CHECK(row->nextAppointment == utc(12, 3, 15));
    const auto page = storage::ClientListQuery(*p.db).page(QString(), false, std::nullopt, 10, p.clock.now());
    REQUIRE(page.ok());
    CHECK(page->front().nextAppointment == utc(12, 3, 15));

    REQUIRE(p.appointments().cancel(soon->id).ok());
    CHECK(p.clients().find(ana)->nextAppointment == utc(12, 10, 9));
    // Time passes: that one is no longer ahead.
    p.clock.set(utc(12, 10, 9, 1));
    CHECK_FALSE(p.clients().find(ana)->nextAppointment.has_value());
    CHECK_FALSE(p.appointments().nextFor(ana).value().has_value());
}

TEST_CASE("the client's next-appointment field books, moves and cancels an appointment", "[appointments][services]")
{
    Practice p;
    services::ClientChanges ch;
    ch.name = QStringLiteral("Ana Silva");
    ch.nextAppointment = utc(12, 3, 15);
    const auto id = p.clients().add(ch);
    REQUIRE(id.ok());
    auto all = p.appointments().forClient(*id);
    REQUIRE(all->size() == 1);
    CHECK(all->front().start == utc(12, 3, 15));
    CHECK(all->front().minutes() == 60);

    // Moved, keeping its length (45 minutes after a move by the appointments view).
    AppointmentChanges len;
    len.minutes = 45;
    REQUIRE(p.appointments().move(all->front().id, len).ok());
    services::ClientChanges move;
    move.nextAppointment = utc(12, 4, 16);
    REQUIRE(p.clients().update(*id, move).ok());
    all = p.appointments().forClient(*id);
    REQUIRE(all->size() == 1);
    CHECK(all->front().start == utc(12, 4, 16));
    CHECK(all->front().minutes() == 45);

    // The same time again changes nothing; clearing cancels it.
    REQUIRE(p.clients().update(*id, move).ok());
    CHECK(p.appointments().forClient(*id)->size() == 1);
    services::ClientChanges clear;
    clear.nextAppointment = QDateTime();
    const auto saved = p.clients().update(*id, clear);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->nextAppointment.has_value());
    CHECK(p.appointments().forClient(*id)->front().status == AppointmentStatus::Cancelled);
}

TEST_CASE("a day's appointments are the practice time zone's day", "[appointments][services]")
{
    Practice p;
    REQUIRE_FALSE(
        services::SettingsService(*p.db).set(QStringLiteral("time-zone"), QStringLiteral("America/New_York")));
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"));
    const qint64 ben = p.addClient(QStringLiteral("Ben Okafor"));
    // 3 December in New York runs from 05:00 UTC on the 3rd to 05:00 UTC on the 4th.
    REQUIRE(p.appointments().add(ana, p.at(utc(12, 3, 4, 30))).ok()); // 2 Dec, 23:30 in New York
    const auto first = p.appointments().add(ben, p.at(utc(12, 3, 14)));
    const auto last = p.appointments().add(ana, p.at(utc(12, 4, 4, 30))); // 3 Dec, 23:30 in New York
    REQUIRE((first.ok() && last.ok()));
    REQUIRE(p.appointments().cancel(first->id).ok());
    const auto day = p.appointments().forDay(QDate(2026, 12, 3));
    REQUIRE(day.ok());
    REQUIRE(day->size() == 2);
    CHECK(day->at(0).appointment.id == first->id);
    CHECK(day->at(0).clientName == QLatin1String("Ben Okafor"));
    CHECK(day->at(0).appointment.status == AppointmentStatus::Cancelled); // every status is listed
    CHECK(day->at(1).appointment.id == last->id);
    CHECK(p.appointments().practiceZone()->id() == QByteArrayLiteral("America/New_York"));
    CHECK_FALSE(p.appointments().forDay(QDate()).ok());
}

TEST_CASE("appointments survive closing and reopening the file; erasure removes them", "[appointments][storage]")
{
    Practice p;
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"));
    AppointmentChanges ch = p.at(utc(12, 3, 15), 30);
    ch.service = QStringLiteral("Follow-up");
    const auto booked = p.appointments().add(ana, ch);
    REQUIRE(booked.ok());
    p.db.reset();
    p.open();
    const auto again = p.appointments().find(booked->id);
    REQUIRE(again.ok());
    CHECK(again->start == utc(12, 3, 15));
    CHECK(again->end == utc(12, 3, 15, 30));
    CHECK(again->service == QLatin1String("Follow-up"));
    CHECK(p.clients().find(ana)->nextAppointment == utc(12, 3, 15));

    REQUIRE_FALSE(p.clients().erase(ana));
    QSqlQuery q(p.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM appointments")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // service and location are personal data too
}

TEST_CASE("a calendar event is stored once per source, UID and recurrence id", "[appointments][storage]")
{
    Practice p;
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"));
    storage::AppointmentRepository repo(*p.db);
    Appointment a;
    a.clientId = ana;
    a.start = utc(12, 3, 15);
    a.end = utc(12, 3, 16);
    a.source = QStringLiteral("ics:practice");
    a.externalUid = QStringLiteral("event-1@example.org");
    // On SQLite a refused statement leaves the transaction usable; PostgreSQL ends the whole
    // transaction at the first refusal (test_postgres.cpp), so there each insert stands alone.
    std::optional<storage::SqlTransaction> tx;
    if (!rapport::testing::onPostgres()) {
        auto begun = storage::SqlTransaction::begin(*p.db);
        REQUIRE(begun.ok());
        tx.emplace(std::move(begun).value());
    }
    REQUIRE(repo.insert(a, p.clock.now()).ok());
    CHECK_FALSE(repo.insert(a, p.clock.now()).ok()); // the same single event again
    Appointment instance = a;
    instance.recurrenceId = QStringLiteral("20261210T150000Z");
    CHECK(repo.insert(instance, p.clock.now()).ok());
    Appointment otherCalendar = a;
    otherCalendar.source = QStringLiteral("ics:home");
    CHECK(repo.insert(otherCalendar, p.clock.now()).ok());
    Appointment manual; // no UID: any number of them
    manual.clientId = ana;
    manual.start = utc(12, 3, 15);
    manual.end = utc(12, 3, 16);
    CHECK(repo.insert(manual, p.clock.now()).ok());
    CHECK(repo.insert(manual, p.clock.now()).ok());
    const auto found = repo.findByExternalUid(QStringLiteral("ics:practice"), a.externalUid, QString());
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->recurrenceId.isEmpty());
    // The database itself refuses an end before the start.
    Appointment backwards = manual;
    backwards.end = utc(12, 3, 14);
    CHECK(repo.insert(backwards, p.clock.now()).error().kind == domain::Error::Kind::Database);
    if (tx)
        REQUIRE_FALSE(tx->commit());
}

TEST_CASE("rapport-cli appointments add, list, move and cancel", "[cli][appointments]")
{
    CliHarness cli;
    const qint64 ana = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")});
    REQUIRE(ana > 0);
    auto r = cli.run({QStringLiteral("appointments"), QStringLiteral("add"), QString::number(ana),
                      QStringLiteral("--start"), QStringLiteral("2026-12-03T15:00"), QStringLiteral("--minutes"),
                      QStringLiteral("45"), QStringLiteral("--service"), QStringLiteral("Sports massage 45 min"),
                      QStringLiteral("--location"), QStringLiteral("Room 2")});
    REQUIRE(r.code == 0);
    REQUIRE(r.err.isEmpty());
    const QString appt = r.out.trimmed();
    REQUIRE(appt.toLongLong() > 0);

    r = cli.run({QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--date"),
                 QStringLiteral("2026-12-03"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("date")).toString() == QLatin1String("2026-12-03"));
    const QJsonArray list = doc.value(QStringLiteral("appointments")).toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject a = list.at(0).toObject();
    CHECK(a.value(QStringLiteral("id")).toInteger() == appt.toLongLong());
    CHECK(a.value(QStringLiteral("client")).toObject().value(QStringLiteral("id")).toInteger() == ana);
    CHECK(a.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString() ==
          QLatin1String("Ana Silva"));
    CHECK(a.value(QStringLiteral("start")).toString() == QLatin1String("2026-12-03T15:00:00+00:00"));
    CHECK(a.value(QStringLiteral("end")).toString() == QLatin1String("2026-12-03T15:45:00+00:00"));
    CHECK(a.value(QStringLiteral("service")).toString() == QLatin1String("Sports massage 45 min"));
    CHECK(a.value(QStringLiteral("location")).toString() == QLatin1String("Room 2"));
    CHECK(a.value(QStringLiteral("status")).toString() == QLatin1String("booked"));
    CHECK(a.value(QStringLiteral("source")).toString() == QLatin1String("manual"));

    // Today by default: the harness's fixed clock says 1 December; nothing then.
    r = cli.run({QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("date")).toString() ==
          QLatin1String("2026-12-01"));
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("appointments")).toArray().isEmpty());

    // Times are printed with the practice's offset.
    REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("time-zone"),
                     QStringLiteral("Europe/Berlin")})
                .code == 0);
    r = cli.run({QStringLiteral("appointments"), QStringLiteral("move"), appt, QStringLiteral("--start"),
                 QStringLiteral("2026-12-04T10:00"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject moved = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(moved.value(QStringLiteral("start")).toString() == QLatin1String("2026-12-04T10:00:00+01:00"));
    CHECK(moved.value(QStringLiteral("end")).toString() == QLatin1String("2026-12-04T10:45:00+01:00"));

    r = cli.run({QStringLiteral("client"), QStringLiteral("show"), QString::number(ana), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("next_appointment")).toString() ==
          QLatin1String("2026-12-04T10:00:00+01:00"));

    r = cli.run({QStringLiteral("appointments"), QStringLiteral("cancel"), appt});
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed() == appt);
    r = cli.run({QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--date"),
                 QStringLiteral("2026-12-04")});
    REQUIRE(r.code == 0);
    CHECK(
        r.out.startsWith(appt + QStringLiteral("\t2026-12-04T10:00:00+01:00\t2026-12-04T10:45:00+01:00\tcancelled\t")));
    r = cli.run({QStringLiteral("client"), QStringLiteral("show"), QString::number(ana), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("next_appointment")).isNull());
}

TEST_CASE("rapport-cli appointments: usage errors exit 2, bad input 3, and write nothing", "[cli][appointments]")
{
    CliHarness cli;
    const qint64 ana = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")});
    const QString id = QString::number(ana);
    const struct {
        QStringList args;
        int code;
        const char* inError;
    } cases[] = {
        {{QStringLiteral("add"), id}, 2, "--start"},
        {{QStringLiteral("add"), id, QStringLiteral("--start"), QStringLiteral("2026-12-03T15:00"),
          QStringLiteral("--end"), QStringLiteral("2026-12-03T16:00"), QStringLiteral("--minutes"),
          QStringLiteral("5")},
         2,
         "--minutes"},
        {{QStringLiteral("add"), id, QStringLiteral("--begin"), QStringLiteral("2026-12-03T15:00")}, 2, "begin"},
        {{QStringLiteral("list"), QStringLiteral("--date")}, 2, "date"},
        {{QStringLiteral("move"), QStringLiteral("1")}, 2, "--start"},
        {{QStringLiteral("add"), id, QStringLiteral("--start"), QStringLiteral("tomorrow")}, 3, "--start"},
        {{QStringLiteral("add"), id, QStringLiteral("--start"), QStringLiteral("2026-12-03T15:00"),
          QStringLiteral("--end"), QStringLiteral("2026-12-03T14:00")},
         3,
         "--end"},
        {{QStringLiteral("add"), id, QStringLiteral("--start"), QStringLiteral("2026-12-03T15:00"),
          QStringLiteral("--minutes"), QStringLiteral("ten")},
         3,
         "--minutes"},
        {{QStringLiteral("add"), QStringLiteral("77"), QStringLiteral("--start"), QStringLiteral("2026-12-03T15:00")},
         3,
         "no client with id 77"},
        {{QStringLiteral("move"), QStringLiteral("77"), QStringLiteral("--start"), QStringLiteral("2026-12-03T15:00")},
         3,
         "no appointment with id 77"},
        {{QStringLiteral("cancel"), QStringLiteral("x")}, 3, "'x'"},
        {{QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("2026-02-30")}, 3, "--date"},
    };
    for (const auto& c : cases) {
        QStringList args{QStringLiteral("appointments")};
        args += c.args;
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto r = cli.run(args);
        CHECK(r.code == c.code);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QLatin1String("rapport-cli: ")));
        CHECK(r.err.contains(QLatin1String(c.inError), Qt::CaseInsensitive));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    const auto r = cli.run({QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--date"),
                            QStringLiteral("2026-12-03")});
    CHECK(r.out.isEmpty()); // nothing was booked
    CHECK(cli.run({QStringLiteral("appointments"), QStringLiteral("--help")})
              .out.contains(QLatin1String("appointments list [--date YYYY-MM-DD] [--json]")));
}
