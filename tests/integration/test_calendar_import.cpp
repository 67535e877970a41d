// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar import: matching rules, remembered choices, re-import (idempotent, moved, cancelled),
// dry run, strict and lenient, malformed files, a reopened database, and the CLI in-process and
// through the binary. Fixed clock and fixed windows: nothing depends on today's date.
#include "CliHarness.h"
#include "TestDatabase.h"
#include "domain/Clock.h"
#include "services/CalendarImportService.h"
#include "services/ClientService.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;
using services::CalendarChange;
using services::CalendarImportOptions;
using services::CalendarImportService;
using services::CalendarPlanItem;

namespace {

QString calendar(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/calendars/") + QString::fromLatin1(name);
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

struct Practice {
    QTemporaryDir dir;
    QString path = rapport::testing::testDatabase(dir, QStringLiteral("rapport.sqlite"));
    domain::FixedClock clock{utc(2025, 3, 1, 9)};
    std::unique_ptr<storage::Database> db;

    Practice() { open(); }
    void open()
    {
        db.reset();
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    CalendarImportService service() { return CalendarImportService(*db, clock); }
    static CalendarImportOptions window()
    {
        CalendarImportOptions o;
        o.from = utc(2025, 1, 1);
        o.to = utc(2025, 6, 1);
        return o;
    }
    qint64 addClient(const QString& name, const QStringList& emails = {}, const QStringList& mobiles = {},
                     const QString& preferred = {})
    {
        services::ClientChanges ch;
        ch.name = name;
        if (!emails.isEmpty())
            ch.emails = emails;
        if (!mobiles.isEmpty())
            ch.mobiles = mobiles;
        if (!preferred.isEmpty())
            ch.preferredName = preferred;
        auto id = services::ClientService(*db, clock).add(ch);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    int count(const QString& sql)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    int appointments() { return count(QStringLiteral("SELECT count(*) FROM appointments")); }
    services::CalendarImportPlan plan(const char* file, CalendarImportOptions o = window())
    {
        auto p = service().plan(calendar(file), o);
        REQUIRE(p.ok());
        return *p;
    }
    services::CalendarImportSummary import(const char* file, CalendarImportOptions o = window())
    {
        auto s = service().importFile(calendar(file), o);
        REQUIRE(s.ok());
        return *s;
    }
};

const CalendarPlanItem& item(const services::CalendarImportPlan& plan, const QString& uid)
{
    const auto it = std::find_if(plan.items.cbegin(), plan.items.cend(),
                                 [&uid](const CalendarPlanItem& i) { return i.uid == uid; });
    REQUIRE(it != plan.items.cend());
    return *it;
}

} // namespace

TEST_CASE("Calendar events are matched by email, phone and name; ambiguity leaves them unmatched", "[calendar][import]")
{
    Practice p;
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"), {QStringLiteral("ana.silva@example.com")});
    const qint64 otherAna = p.addClient(QStringLiteral("Ana Silva"));
    const qint64 ben = p.addClient(QStringLiteral("Robert Okafor"), {}, {}, QStringLiteral("Bob"));
    const qint64 benToo = p.addClient(QStringLiteral("Ben Okafor"));
    const qint64 siobhan = p.addClient(QStringLiteral("Siobhán Ó Briain"));
    const qint64 mobile = p.addClient(QStringLiteral("Dana Wright"), {}, {QStringLiteral("07400 123456")});

    const auto plan = p.plan("matching.ics");
    CHECK(plan.source == QStringLiteral("ics:Matching"));

    CHECK(item(plan, QStringLiteral("m-phone")).clientId == mobile);
    CHECK(item(plan, QStringLiteral("m-phone")).rule == domain::MatchRule::Phone);
    CHECK(item(plan, QStringLiteral("m-phone-description")).clientId == mobile);

    // Two clients called Ana Silva: the name alone decides nothing...
    const auto& ambiguous = item(plan, QStringLiteral("m-ambiguous"));
    CHECK(ambiguous.change == CalendarChange::Unmatched);
    CHECK(ambiguous.ambiguous == QVector<qint64>{ana, otherAna});
    CHECK(ambiguous.message.contains(QStringLiteral("several clients")));
    // ...the attendee's address does (case ignored).
    CHECK(item(plan, QStringLiteral("m-email")).clientId == ana);
    CHECK(item(plan, QStringLiteral("m-email")).rule == domain::MatchRule::Email);

    CHECK(item(plan, QStringLiteral("m-name-case")).clientId == benToo);
    CHECK(item(plan, QStringLiteral("m-name-case")).rule == domain::MatchRule::Name);
    CHECK(item(plan, QStringLiteral("m-name-case")).service == QStringLiteral("Initial assessment"));
    CHECK(item(plan, QStringLiteral("m-accents")).clientId == siobhan);
    CHECK(item(plan, QStringLiteral("m-accents")).service == QStringLiteral("follow-up"));
    CHECK(item(plan, QStringLiteral("m-preferred")).clientId == ben); // "Bob" + surname
    // Whole words only: "Anastasia Silvana" is not Ana Silva.
    CHECK(item(plan, QStringLiteral("m-not-whole-word")).change == CalendarChange::Unmatched);
    CHECK(item(plan, QStringLiteral("m-not-whole-word")).ambiguous.isEmpty());
    CHECK(item(plan, QStringLiteral("m-jo-1")).change == CalendarChange::Unmatched);
}

TEST_CASE("Summary patterns name the person once", "[calendar][import]")
{
    using domain::CalendarMatcher;
    CHECK(CalendarMatcher::nameKey(QStringLiteral("Sports massage - Ana Silva")) == QStringLiteral("ana silva"));
    CHECK(CalendarMatcher::nameKey(QStringLiteral("Ana Silva (follow-up)")) == QStringLiteral("ana silva"));
    CHECK(CalendarMatcher::nameKey(QStringLiteral("Initial assessment: Ben Okafor")) == QStringLiteral("ben okafor"));
    CHECK(CalendarMatcher::nameKey(QStringLiteral("Follow-up - Jo")) == QStringLiteral("jo"));
    CHECK(CalendarMatcher::normalise(QStringLiteral("Siobhán  Ó'Briain")) == QStringLiteral("siobhan o briain"));
}

TEST_CASE("A person matches an unmatched event once; the choice is remembered across a restart and wins",
          "[calendar][import]")
{
    Practice p;
    const qint64 ana = p.addClient(QStringLiteral("Ana Silva"), {QStringLiteral("ana.silva@example.com")});
    p.addClient(QStringLiteral("Ana Silva"));
    const qint64 jo = p.addClient(QStringLiteral("Joanna Reyes"));

    auto plan = p.plan("matching.ics");
    const int index = int(std::find_if(plan.items.cbegin(), plan.items.cend(),
                                       [](const CalendarPlanItem& i) { return i.uid == QLatin1String("m-jo-1"); }) -
                          plan.items.cbegin());
    REQUIRE_FALSE(CalendarImportService::choose(plan, index, jo, QStringLiteral("Joanna Reyes")));
    // The other event with the same name part follows the choice.
    CHECK(item(plan, QStringLiteral("m-jo-2")).clientId == jo);
    CHECK(item(plan, QStringLiteral("m-jo-2")).rule == domain::MatchRule::Chosen);
    auto applied = p.service().apply(plan, Practice::window());
    REQUIRE(applied.ok());
    REQUIRE(applied->written);

    p.open(); // a restart
    CHECK(p.service().choices(QStringLiteral("ics:Matching"))->value(QStringLiteral("jo")) == jo);
    const auto again = p.plan("matching.ics");
    CHECK(item(again, QStringLiteral("m-jo-1")).change == CalendarChange::Unchanged);
    CHECK(item(again, QStringLiteral("m-jo-1")).clientId == jo);
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = %1").arg(jo)) == 2);

    // A remembered choice wins over every rule, the attendee's address included.
    REQUIRE_FALSE(p.service().remember(QStringLiteral("ics:Matching"), QStringLiteral("ana silva"), jo));
    const auto remembered = p.plan("matching.ics");
    CHECK(item(remembered, QStringLiteral("m-ambiguous")).clientId == jo);
    CHECK(item(remembered, QStringLiteral("m-ambiguous")).rule == domain::MatchRule::Remembered);
    CHECK(item(remembered, QStringLiteral("m-email")).change == CalendarChange::Unchanged); // booked already
    CHECK(item(remembered, QStringLiteral("m-email")).clientId == ana);

    // Erasing the client forgets what was remembered about them.
    REQUIRE_FALSE(services::ClientService(*p.db, p.clock).erase(jo));
    CHECK(p.service().choices(QStringLiteral("ics:Matching"))->isEmpty());
}

TEST_CASE("Re-importing the same calendar changes nothing and duplicates nothing", "[calendar][import]")
{
    Practice p;
    p.addClient(QStringLiteral("Ana Silva"), {QStringLiteral("ana.silva@example.com")});
    p.addClient(QStringLiteral("Ben Okafor"));

    const auto first = p.import("google.ics");
    REQUIRE(first.written);
    CHECK(first.plan.source == QStringLiteral("ics:Harbour Physio"));
    CHECK(first.plan.count(CalendarChange::New) == 5);
    CHECK(first.plan.count(CalendarChange::Unmatched) == 1); // Chloe Park is not a client
    const int booked = p.appointments();
    CHECK(booked == 5);

    p.open();
    const auto second = p.import("google.ics");
    CHECK(second.plan.count(CalendarChange::New) == 0);
    CHECK(second.plan.count(CalendarChange::Moved) == 0);
    CHECK(second.plan.count(CalendarChange::Cancelled) == 0);
    CHECK(second.plan.count(CalendarChange::Unchanged) == 5);
    CHECK(p.appointments() == booked);
}

TEST_CASE("A moved event moves its appointment, a cancelled one cancels it, one gone from the file too",
          "[calendar][import]")
{
    Practice p;
    p.addClient(QStringLiteral("Ana Silva"), {QStringLiteral("ana.silva@example.com")});
    const qint64 ben = p.addClient(QStringLiteral("Ben Okafor"));
    REQUIRE(p.import("google.ics").written);

    const auto moved = p.import("google-moved.ics");
    REQUIRE(moved.plan.count(CalendarChange::Moved) == 1);
    const auto& m = item(moved.plan, QStringLiteral("0b1c2d3e4f5g6h7i8j9k0l1m2n@google.com"));
    CHECK(m.change == CalendarChange::Moved);
    CHECK(m.clientId == ben);
    CHECK(m.oldStart == utc(2025, 4, 2, 8, 30));
    CHECK(m.start == utc(2025, 4, 3, 10));
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = %1 AND starts_at = "
                                 "'2025-04-03T10:00:00.000Z'")
                      .arg(ben)) == 1);
    CHECK(p.appointments() == 5);
    // The reschedule message names the new time (no "Reschedule" template in the starter set).
    const auto draft = p.service().rescheduleDraft(m);
    REQUIRE(draft.ok());
    CHECK(draft->contains(QStringLiteral("Thu 3 Apr at 11:00"))); // London summer time
    CHECK(draft->startsWith(QStringLiteral("Hi Ben,")));

    const auto cancelled = p.import("google-cancelled.ics");
    CHECK(cancelled.plan.count(CalendarChange::Cancelled) == 1);
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = %1 AND status = 'cancelled'")
                      .arg(ben)) == 1);
    CHECK(p.appointments() == 5);

    // An export without Ana's follow-ups: the appointments it no longer has are cancelled.
    QFile in(calendar("google.ics"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    const int begin = int(text.indexOf("BEGIN:VEVENT\r\nDTSTART:20250402T083000Z"));
    REQUIRE(begin > 0);
    const int end = int(text.indexOf("END:VEVENT\r\n", begin)) + 12;
    text.remove(begin, end - begin);
    const QString gone = p.dir.filePath(QStringLiteral("google.ics"));
    QFile out(gone);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    REQUIRE(p.import("google.ics").written); // Ben back as booked
    auto without = p.service().importFile(gone, Practice::window());
    REQUIRE(without.ok());
    const auto& missing = item(without->plan, QStringLiteral("0b1c2d3e4f5g6h7i8j9k0l1m2n@google.com"));
    CHECK(missing.change == CalendarChange::Cancelled);
    CHECK(missing.message == QStringLiteral("no longer in the calendar"));
}

TEST_CASE("A dry run of a calendar import writes nothing", "[calendar][import]")
{
    Practice p;
    p.addClient(QStringLiteral("Ana Silva"), {QStringLiteral("ana.silva@example.com")});
    auto o = Practice::window();
    o.dryRun = true;
    const auto s = p.import("google.ics", o);
    CHECK(s.dryRun);
    CHECK_FALSE(s.written);
    CHECK(s.plan.count(CalendarChange::New) == 4);
    CHECK(p.appointments() == 0);
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM calendar_unmatched")) == 0);
}

TEST_CASE("Strict fails the whole calendar import; lenient imports the rest and lists the errors", "[calendar][import]")
{
    Practice p;
    p.addClient(QStringLiteral("Ana Silva"));
    auto o = Practice::window();
    o.to = utc(2026, 6, 1);
    o.strict = true;
    const auto strict = p.import("missing-dtstart.ics", o);
    CHECK(strict.strictRefused);
    CHECK_FALSE(strict.written);
    CHECK(p.appointments() == 0);

    o.strict = false;
    const auto lenient = p.import("missing-dtstart.ics", o);
    CHECK(lenient.written);
    CHECK(p.appointments() == 1);
    REQUIRE(lenient.plan.count(CalendarChange::Error) == 3);
    const auto& e = *std::find_if(lenient.plan.items.cbegin(), lenient.plan.items.cend(),
                                  [](const CalendarPlanItem& i) { return i.change == CalendarChange::Error; });
    CHECK(e.line == 11);
    CHECK(e.message.contains(QStringLiteral("line 11")));
    CHECK(e.message.contains(QStringLiteral("Ana Silva (follow-up)")));
}

TEST_CASE("A malformed calendar names the event and line and writes nothing", "[calendar][import]")
{
    Practice p;
    p.addClient(QStringLiteral("Ana Silva"));
    auto o = Practice::window();
    o.to = utc(2026, 6, 1);
    o.strict = true;
    const auto broken = p.import("broken-folding.ics", o);
    CHECK(broken.strictRefused);
    REQUIRE(broken.plan.hasErrors());
    CHECK(p.appointments() == 0);

    auto notCalendar = p.service().importFile(calendar("not-a-calendar.ics"), o);
    REQUIRE_FALSE(notCalendar.ok());
    CHECK(notCalendar.error().kind == domain::Error::Kind::InvalidInput);
    CHECK(notCalendar.error().message.contains(QStringLiteral("not-a-calendar.ics")));
    CHECK(p.appointments() == 0);
}

TEST_CASE("Remembered calendar files are kept", "[calendar][import]")
{
    Practice p;
    REQUIRE_FALSE(p.service().rememberFile(calendar("google.ics")));
    REQUIRE_FALSE(p.service().rememberFile(calendar("google.ics")));
    p.open();
    auto files = p.service().calendarFiles();
    REQUIRE(files->size() == 1);
    CHECK_FALSE(files->front().lastReadAt.isValid());
    REQUIRE(p.import("google.ics").written);
    CHECK(p.service().calendarFiles()->front().lastReadAt == p.clock.now());
}

TEST_CASE("rapport-cli appointments import and match", "[calendar][cli]")
{
    CliHarness cli;
    cli.clock.set(utc(2025, 3, 1, 9));
    const qint64 ana = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--email"),
                                      QStringLiteral("ana.silva@example.com")});
    const qint64 chloe = cli.addClient({QStringLiteral("--name"), QStringLiteral("C. Park")});
    REQUIRE(ana > 0);
    const QStringList window{QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2025-06-01")};

    auto r = cli.run(QStringList{QStringLiteral("appointments"), QStringLiteral("import"), calendar("google.ics"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                     window);
    REQUIRE(r.code == 0);
    auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("calendar")).toString() == QStringLiteral("Harbour Physio"));
    CHECK(json.value(QStringLiteral("new")).toInt() == 4);
    CHECK(json.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2025-01-01T00:00:00+00:00"));
    const auto unmatched = json.value(QStringLiteral("unmatched")).toArray();
    REQUIRE(unmatched.size() == 2); // Ben Okafor and Chloe Park are not clients by those names
    CHECK(json.value(QStringLiteral("changes")).toArray().size() == 4);
    CHECK_FALSE(json.value(QStringLiteral("written")).toBool());

    r = cli.run(QStringList{QStringLiteral("appointments"), QStringLiteral("import"), calendar("google.ics")} + window);
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("new 4")));
    CHECK(r.out.contains(QStringLiteral("unmatched line 108: 'Sports massage - Chloe Park'")));

    r = cli.run({QStringLiteral("appointments"), QStringLiteral("match"),
                 QStringLiteral("1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com"), QString::number(chloe)});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("booked 1")));
    r = cli.run({QStringLiteral("appointments"), QStringLiteral("match"), QStringLiteral("no-such-uid"),
                 QString::number(chloe)});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli:")));

    r = cli.run(QStringList{QStringLiteral("appointments"), QStringLiteral("import"), calendar("google.ics"),
                            QStringLiteral("--json")} +
                window);
    json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("new")).toInt() == 0);
    CHECK(json.value(QStringLiteral("unchanged")).toInt() == 5);
    CHECK(json.value(QStringLiteral("unmatched")).toArray().size() == 1);

    r = cli.run(QStringList{QStringLiteral("appointments"), QStringLiteral("import"), calendar("missing-dtstart.ics"),
                            QStringLiteral("--strict"), QStringLiteral("--from"), QStringLiteral("2025-01-01")});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("line 11")));
    r = cli.run({QStringLiteral("appointments"), QStringLiteral("import"), calendar("not-a-calendar.ics")});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
    r = cli.run({QStringLiteral("appointments"), QStringLiteral("import")});
    CHECK(r.code == 2);
}

TEST_CASE("the rapport-cli binary imports a calendar", "[calendar][cli][binary]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("practice.sqlite"));
    const auto run = [&db](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        REQUIRE(p.waitForFinished(30000));
        return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
    };
    REQUIRE(
        run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Carla Mendes")})
            .first == 0);
    const auto r = run({QStringLiteral("appointments"), QStringLiteral("import"), calendar("outlook.ics"),
                        QStringLiteral("--from"), QStringLiteral("2025-10-01"), QStringLiteral("--to"),
                        QStringLiteral("2025-12-01"), QStringLiteral("--json")});
    REQUIRE(r.first == 0);
    const auto json = QJsonDocument::fromJson(r.second.toUtf8()).object();
    CHECK(json.value(QStringLiteral("new")).toInt() >= 1);
    CHECK(json.value(QStringLiteral("written")).toBool());
    CHECK(json.value(QStringLiteral("source")).toString() == QStringLiteral("ics:Calendar"));
}
