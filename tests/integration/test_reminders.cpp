// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder pass: a day's plan across every consent state, the call list, the default day,
// the pass surviving a restart, and `rapport-cli reminders` in-process and through the binary.
#include "CliHarness.h"
#include "services/ContactService.h"
#include "services/ReminderService.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rapport;
using domain::Channel;
using domain::PassState;
using services::ReminderRow;
using services::ReminderService;

namespace {

/// A practice built through the CLI (as a receptionist's script would), read through the service.
/// The clock: Tuesday 1 December 2026, 11:00 in London (inside the default hours, Mon-Fri 09-17).
struct Practice : CliHarness {
    std::unique_ptr<storage::Database> db;

    void ok(const QStringList& args)
    {
        const auto r = run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    QString client(const QStringList& options)
    {
        const qint64 id = addClient(options);
        REQUIRE(id > 0);
        return QString::number(id);
    }
    void consent(const QString& id, const char* channel, const char* scope, const char* state)
    {
        ok({QStringLiteral("consent"), QStringLiteral("record"), id, QStringLiteral("--channel"),
            QString::fromLatin1(channel), QStringLiteral("--scope"), QString::fromLatin1(scope),
            QStringLiteral("--state"), QString::fromLatin1(state), QStringLiteral("--at"),
            QStringLiteral("2026-11-20T10:00")});
    }
    void book(const QString& id, const char* start)
    {
        ok({QStringLiteral("appointments"), QStringLiteral("add"), id, QStringLiteral("--start"),
            QString::fromLatin1(start), QStringLiteral("--service"), QStringLiteral("Sports massage")});
    }
    storage::Database& database()
    {
        if (!db) {
            auto opened = storage::Database::open(CliHarness::db);
            REQUIRE(opened.ok());
            db = std::move(opened).value();
        }
        return *db;
    }
    void restart() { db.reset(); }
    ReminderService service() { return ReminderService(database(), clock); }
    services::ReminderPlan plan(const QDate& day)
    {
        auto s = service();
        const auto t = s.findTemplate(QStringLiteral("Appointment reminder"));
        REQUIRE(t.ok());
        auto p = s.plan(day, *t);
        INFO((p.ok() ? QString() : p.error().message).toStdString());
        REQUIRE(p.ok());
        return std::move(p).value();
    }

    /// Wednesday 2 December: one booked appointment per consent case.
    void buildWednesday()
    {
        ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("practice-name"),
            QStringLiteral("Calm Hands")});
        ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business-phone"),
            QStringLiteral("020 7946 0000")});
        const QString ana =
            client({QStringLiteral("--name"), QStringLiteral("Ana Granted"), QStringLiteral("--mobile"),
                    QStringLiteral("+447400100001"), QStringLiteral("--email"), QStringLiteral("ana@example.org")});
        consent(ana, "sms", "service", "granted");
        const QString ben = client({QStringLiteral("--name"), QStringLiteral("Ben Withdrawn"),
                                    QStringLiteral("--mobile"), QStringLiteral("+447400100002")});
        consent(ben, "sms", "service", "granted");
        ok({QStringLiteral("consent"), QStringLiteral("record"), ben, QStringLiteral("--channel"),
            QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--state"),
            QStringLiteral("withdrawn"), QStringLiteral("--at"), QStringLiteral("2026-11-25T10:00")});
        const QString cai = client({QStringLiteral("--name"), QStringLiteral("Cai Declined"),
                                    QStringLiteral("--mobile"), QStringLiteral("+447400100003")});
        consent(cai, "sms", "service", "refused");
        const QString dee =
            client({QStringLiteral("--name"), QStringLiteral("Dee None"), QStringLiteral("--mobile"),
                    QStringLiteral("+447400100004"), QStringLiteral("--email"), QStringLiteral("dee@example.org")});
        const QString eve = client({QStringLiteral("--name"), QStringLiteral("Eve Marketing"),
                                    QStringLiteral("--mobile"), QStringLiteral("+447400100005")});
        consent(eve, "sms", "marketing", "granted");
        const QString fay =
            client({QStringLiteral("--name"), QStringLiteral("Fay Quiet"), QStringLiteral("--mobile"),
                    QStringLiteral("+447400100006"), QStringLiteral("--quiet-hours"), QStringLiteral("10:00-12:30")});
        consent(fay, "sms", "service", "granted");
        const QString gus = client({QStringLiteral("--name"), QStringLiteral("Gus NoSms"), QStringLiteral("--mobile"),
                                    QStringLiteral("+447400100007")});
        consent(gus, "sms", "service", "granted");
        ok({QStringLiteral("client"), QStringLiteral("directive"), gus, QStringLiteral("no-sms")});
        // Another day's appointment and a cancelled one on the day: not in the plan.
        book(ana, "2026-12-03T09:00");
        int hour = 9;
        for (const QString& id : {ana, ben, cai, dee, eve, fay, gus})
            book(id, QStringLiteral("2026-12-02T%1:00").arg(hour++, 2, 10, QLatin1Char('0')).toLatin1().constData());
        ok({QStringLiteral("appointments"), QStringLiteral("cancel"), QStringLiteral("1")}); // Ana's Thursday one
    }
};

const ReminderRow& rowOf(const services::ReminderPlan& plan, const char* name)
{
    for (const auto& r : plan.rows)
        if (r.client.name == QLatin1String(name))
            return r;
    FAIL("no row for " << name);
    return plan.rows.front();
}

bool hasReason(const ReminderRow& row, Channel channel, const char* code)
{
    const auto* a = row.advice.advice.find(channel);
    REQUIRE(a);
    for (const auto& r : a->reasons)
        if (r.code == QLatin1String(code))
            return true;
    return false;
}

} // namespace

TEST_CASE("a day's plan covers every consent state, the call list and a quiet-hours client", "[reminders][services]")
{
    Practice p;
    p.buildWednesday();
    const auto plan = p.plan(QDate(2026, 12, 2));
    REQUIRE(plan.rows.size() == 7);
    CHECK(plan.rows.front().client.name == QLatin1String("Ana Granted")); // by start
    CHECK(plan.doneCount() == 0);

    const auto& ana = rowOf(plan, "Ana Granted");
    INFO(ana.text.toStdString());
    CHECK(ana.text == QLatin1String("Hi Ana, a reminder of your appointment on Wednesday 2 December at 09:00. Reply to "
                                    "confirm, or call +442079460000 to change it. Calm Hands"));
    CHECK(ana.unfilled.isEmpty());
    CHECK(ana.advice.advice.best == Channel::Sms);
    CHECK(hasReason(ana, Channel::Sms, "consent-granted"));
    CHECK_FALSE(ana.callList);
    CHECK(ana.consentNotes.isEmpty());
    CHECK(ana.advice.advice.timing.sendNow);
    CHECK(ana.state == PassState::Todo);

    const auto& ben = rowOf(plan, "Ben Withdrawn");
    CHECK(hasReason(ben, Channel::Sms, "consent-withdrawn"));
    CHECK(ben.callList); // no email on file either
    CHECK(ben.advice.advice.best == Channel::Phone);
    CHECK(ben.consentNotes == QStringList{QStringLiteral("Withdrew consent to texts on 25 November 2026.")});

    const auto& cai = rowOf(plan, "Cai Declined");
    CHECK(hasReason(cai, Channel::Sms, "consent-refused"));
    CHECK(cai.callList);
    CHECK(cai.consentNotes == QStringList{QStringLiteral("Declined texts on 20 November 2026.")});

    const auto& dee = rowOf(plan, "Dee None");
    CHECK(hasReason(dee, Channel::Sms, "no-sms-consent"));
    CHECK(dee.advice.advice.best == Channel::Email); // an address given is enough for service email
    CHECK_FALSE(dee.callList);
    CHECK(dee.consentNotes.isEmpty());

    const auto& eve = rowOf(plan, "Eve Marketing");
    CHECK(hasReason(eve, Channel::Sms, "no-sms-consent")); // marketing consent does not cover a reminder
    CHECK(eve.callList);
    CHECK(eve.consentNotes.isEmpty());

    const auto& fay = rowOf(plan, "Fay Quiet");
    CHECK(fay.advice.advice.best == Channel::Sms);
    CHECK_FALSE(fay.advice.advice.timing.sendNow);
    REQUIRE(fay.advice.advice.timing.nextOk);
    CHECK(*fay.advice.advice.timing.nextOk == QDateTime(QDate(2026, 12, 1), QTime(12, 30), Qt::UTC));

    const auto& gus = rowOf(plan, "Gus NoSms");
    CHECK(hasReason(gus, Channel::Sms, "client-declined-channel"));
    CHECK(gus.callList);
    CHECK(gus.consentNotes == QStringList{QStringLiteral("Asked not to get texts.")});
}

TEST_CASE("a plan made out of hours says when each written row may go", "[reminders][services]")
{
    Practice p;
    p.buildWednesday();
    p.clock.set(QDateTime(QDate(2026, 12, 1), QTime(19, 30), Qt::UTC)); // Tuesday evening
    const auto plan = p.plan(QDate(2026, 12, 2));
    const auto& ana = rowOf(plan, "Ana Granted");
    CHECK_FALSE(ana.advice.advice.timing.sendNow);
    REQUIRE(ana.advice.advice.timing.nextOk);
    CHECK(*ana.advice.advice.timing.nextOk == QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    CHECK(ana.advice.advice.timing.reasons.front().code == QLatin1String("outside-practice-hours"));
}

TEST_CASE("the default day is the next working day: past a weekend and time off", "[reminders][services]")
{
    Practice p;
    p.clock.set(QDateTime(QDate(2026, 12, 4), QTime(15, 0), Qt::UTC)); // Friday
    auto day = p.service().defaultDay();
    REQUIRE(day.ok());
    CHECK(*day == QDate(2026, 12, 7)); // Monday
    p.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("time-off"),
          QStringLiteral("2026-12-07..2026-12-08")});
    p.restart();
    day = p.service().defaultDay();
    REQUIRE(day.ok());
    CHECK(*day == QDate(2026, 12, 9));
    p.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("hours"),
          QStringLiteral("Mon-Tue 10:00-18:00, Thu 10:00-18:00")});
    p.restart();
    day = p.service().defaultDay();
    REQUIRE(day.ok());
    CHECK(*day == QDate(2026, 12, 10)); // Wednesday has no hours
    // Late on Sunday in London is still Sunday: the day is the practice's, not UTC's.
    p.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("time-off"), QString()});
    p.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("time-zone"),
          QStringLiteral("Pacific/Auckland")});
    p.restart();
    p.clock.set(QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC)); // Monday 01:00 in Auckland
    day = p.service().defaultDay();
    REQUIRE(day.ok());
    CHECK(*day == QDate(2026, 12, 8)); // Tuesday there
}

TEST_CASE("the pass survives leaving and a restart: handed off, skipped, to do", "[reminders][services]")
{
    Practice p;
    p.buildWednesday();
    auto service = p.service();
    const auto tmpl = service.findTemplate(QStringLiteral("appointment-reminder"));
    REQUIRE(tmpl.ok());
    auto plan = p.plan(QDate(2026, 12, 2));
    const auto& ana = rowOf(plan, "Ana Granted");
    REQUIRE_FALSE(service.handOff(ana, tmpl->id, Channel::Sms, ana.text));
    REQUIRE_FALSE(service.setState(rowOf(plan, "Dee None").appointment.id, tmpl->id, PassState::Skipped));
    CHECK(service.setState(rowOf(plan, "Dee None").appointment.id, tmpl->id, PassState::HandedOff).has_value());

    p.restart(); // close the database and open it again
    plan = p.plan(QDate(2026, 12, 2));
    CHECK(plan.doneCount() == 2);
    CHECK(rowOf(plan, "Ana Granted").state == PassState::HandedOff);
    CHECK(rowOf(plan, "Ana Granted").handedOffBy == Channel::Sms);
    CHECK(rowOf(plan, "Dee None").state == PassState::Skipped);
    CHECK(rowOf(plan, "Ben Withdrawn").state == PassState::Todo);
    // The hand-off logged an outbound text with the reminder.
    const auto log = services::ContactService(p.database(), p.clock).forClient(rowOf(plan, "Ana Granted").client.id);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->front().direction == domain::Direction::Outbound);
    CHECK(log->front().channel == Channel::Sms);
    CHECK(log->front().text == rowOf(plan, "Ana Granted").text);
    // Another template's pass over the same day is its own.
    const auto other = p.service().findTemplate(QStringLiteral("Running late"));
    REQUIRE(other.ok());
    const auto late = p.service().plan(QDate(2026, 12, 2), *other);
    REQUIRE(late.ok());
    CHECK(late->doneCount() == 0);
    // Back to do.
    REQUIRE_FALSE(p.service().setState(rowOf(plan, "Dee None").appointment.id, tmpl->id, PassState::Todo));
    CHECK(p.plan(QDate(2026, 12, 2)).doneCount() == 1);
}

TEST_CASE("rapport-cli reminders prints one object per appointment, and a table", "[reminders][cli]")
{
    Practice p;
    p.buildWednesday();
    auto r = p.run({QStringLiteral("reminders"), QStringLiteral("--date"), QStringLiteral("2026-12-02"),
                    QStringLiteral("--template"), QStringLiteral("Appointment reminder"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("date")).toString() == QLatin1String("2026-12-02"));
    const QJsonArray rows = doc.value(QStringLiteral("reminders")).toArray();
    REQUIRE(rows.size() == 7);
    const QJsonObject ana = rows.at(0).toObject();
    CHECK(ana.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString() ==
          QLatin1String("Ana Granted"));
    const QJsonObject appt = ana.value(QStringLiteral("appointment")).toObject();
    CHECK(appt.value(QStringLiteral("start")).toString() == QLatin1String("2026-12-02T09:00:00+00:00"));
    CHECK(appt.value(QStringLiteral("end")).toString() == QLatin1String("2026-12-02T10:00:00+00:00"));
    CHECK(appt.value(QStringLiteral("service")).toString() == QLatin1String("Sports massage"));
    CHECK(appt.value(QStringLiteral("id")).toInt() > 0);
    CHECK(ana.value(QStringLiteral("text")).toString().startsWith(QLatin1String("Hi Ana, a reminder")));
    CHECK(ana.value(QStringLiteral("best")).toString() == QLatin1String("sms"));
    const QJsonArray channels = ana.value(QStringLiteral("channels")).toArray();
    REQUIRE(channels.size() == 4);
    CHECK(channels.at(0).toObject().value(QStringLiteral("verdict")).toString() == QLatin1String("recommended"));
    CHECK(channels.at(0)
              .toObject()
              .value(QStringLiteral("reasons"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("code")) == QLatin1String("consent-granted"));
    const QJsonObject timing = ana.value(QStringLiteral("timing")).toObject();
    CHECK(timing.value(QStringLiteral("now_ok")).toBool());
    CHECK(timing.value(QStringLiteral("next_ok")).isNull());
    CHECK_FALSE(ana.value(QStringLiteral("call_list")).toBool());
    CHECK(ana.value(QStringLiteral("state")).toString() == QLatin1String("todo"));
    const QJsonObject ben = rows.at(1).toObject();
    CHECK(ben.value(QStringLiteral("call_list")).toBool());
    CHECK(ben.value(QStringLiteral("consent_notes")).toArray().at(0).toString().startsWith(QLatin1String("Withdrew")));
    const QJsonObject fay = rows.at(5).toObject();
    CHECK(fay.value(QStringLiteral("timing")).toObject().value(QStringLiteral("next_ok")).toString() ==
          QLatin1String("2026-12-01T12:30:00+00:00"));

    r = p.run({QStringLiteral("reminders"), QStringLiteral("--date"), QStringLiteral("2026-12-02")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QLatin1String("Reminders for 2026-12-02 (Appointment reminder): 0 of 7 done\n")));
    CHECK(r.out.contains(QLatin1String("Call list")));
    CHECK(r.out.indexOf(QLatin1String("Ben Withdrawn")) > r.out.indexOf(QLatin1String("Call list")));
    CHECK(r.out.indexOf(QLatin1String("Dee None")) < r.out.indexOf(QLatin1String("Call list")));

    // Without --date: the next working day (Wednesday), nothing else booked there but these.
    r = p.run({QStringLiteral("reminders"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("date")).toString() ==
          QLatin1String("2026-12-02"));

    r = p.run({QStringLiteral("reminders"), QStringLiteral("--template"), QStringLiteral("No such thing")});
    CHECK(r.code == 3);
    CHECK(r.out.isEmpty());
    CHECK(r.err == QStringLiteral("rapport-cli: --template: There is no template called \u201cNo such thing\u201d.\n"));
    r = p.run({QStringLiteral("reminders"), QStringLiteral("--date"), QStringLiteral("2026-02-30")});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QLatin1String("rapport-cli: --date:")));
    r = p.run({QStringLiteral("reminders"), QStringLiteral("--dates")});
    CHECK(r.code == 2);
    r = p.run({QStringLiteral("reminders"), QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QLatin1String("--template NAME")));
}

TEST_CASE("the rapport-cli binary plans a day's reminders", "[reminders][cli][binary]")
{
    Practice p;
    const QString ana = p.client({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                                  QStringLiteral("+447400123456")});
    p.consent(ana, "sms", "service", "granted");
    p.book(ana, "2031-03-04T10:00"); // fixed, far from any wall clock
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_DB"), p.CliHarness::db);
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(RAPPORT_CLI_PATH),
               {QStringLiteral("reminders"), QStringLiteral("--date"), QStringLiteral("2031-03-04"),
                QStringLiteral("--template"), QStringLiteral("appointment reminder"), QStringLiteral("--json")});
    REQUIRE(proc.waitForFinished(30000));
    CHECK(proc.exitCode() == 0);
    CHECK(proc.readAllStandardError().isEmpty());
    const QJsonArray rows =
        QJsonDocument::fromJson(proc.readAllStandardOutput()).object().value(QStringLiteral("reminders")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("best")).toString() == QLatin1String("sms"));
    proc.start(QStringLiteral(RAPPORT_CLI_PATH),
               {QStringLiteral("reminders"), QStringLiteral("--date"), QStringLiteral("tomorrow")});
    REQUIRE(proc.waitForFinished(30000));
    CHECK(proc.exitCode() == 3);
    CHECK(proc.readAllStandardOutput().isEmpty());
}
