// SPDX-License-Identifier: GPL-3.0-or-later
// rapport-cli through its captured streams: each command, each error path and its exit code.
#include "CliHarness.h"
#include "Command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {

QJsonObject json(const QString& text)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

/// One error line, starting with "rapport-cli:", and nothing on stdout.
void requireOneErrorLine(const CliHarness::Run& r)
{
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.err.startsWith(QLatin1String("rapport-cli: ")));
    REQUIRE(r.err.count(QLatin1Char('\n')) == 1);
    REQUIRE(r.out.isEmpty());
}

const QString kConfirm =
    QStringLiteral("Hi Ana, just confirming your appointment on Tuesday at 3pm. Reply to confirm.");

/// The worked examples' practice: Europe/London, Mon-Thu 10:00-20:00; Ana with mobile and email.
qint64 workedExampleSetup(CliHarness& cli)
{
    REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("time-zone"),
                     QStringLiteral("Europe/London")})
                .code == 0);
    REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("hours"),
                     QStringLiteral("Mon-Thu 10:00-20:00")})
                .code == 0);
    const qint64 id =
        cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                       QStringLiteral("+447400123456"), QStringLiteral("--email"), QStringLiteral("ana@example.org")});
    REQUIRE(id > 0);
    return id;
}

QString verdictOf(const QJsonObject& advice, const QString& channel)
{
    for (const auto& v : advice.value(QStringLiteral("channels")).toArray())
        if (v.toObject().value(QStringLiteral("channel")).toString() == channel)
            return v.toObject().value(QStringLiteral("verdict")).toString();
    return {};
}

QStringList codesOf(const QJsonObject& advice, const QString& channel)
{
    QStringList codes;
    for (const auto& v : advice.value(QStringLiteral("channels")).toArray())
        if (v.toObject().value(QStringLiteral("channel")).toString() == channel)
            for (const auto& r : v.toObject().value(QStringLiteral("reasons")).toArray())
                codes << r.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

} // namespace

TEST_CASE("init creates and migrates the database and prints its path and version", "[cli]")
{
    CliHarness cli;
    const auto r = cli.run({QStringLiteral("init")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.contains(cli.db));
    REQUIRE(r.out.contains(QLatin1String("schema version")));
    if (!rapport::testing::onPostgres())
        REQUIRE(QFileInfo::exists(cli.db));
}

TEST_CASE("usage errors exit 2 with one line and create no database", "[cli]")
{
    CliHarness cli;
    SECTION("no command")
    {
        requireOneErrorLine(cli.run({}));
    }
    SECTION("unknown command")
    {
        const auto r = cli.run({QStringLiteral("frobnicate")});
        REQUIRE(r.code == 2);
        requireOneErrorLine(r);
        REQUIRE(r.err.contains(QLatin1String("frobnicate")));
    }
    SECTION("unknown option")
    {
        const auto r = cli.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--colour")});
        REQUIRE(r.code == 2);
        requireOneErrorLine(r);
        REQUIRE(r.err.contains(QLatin1String("--colour")));
    }
    SECTION("missing value")
    {
        const auto r = cli.run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name")});
        REQUIRE(r.code == 2);
        requireOneErrorLine(r);
    }
    SECTION("missing required option")
    {
        const auto r = cli.run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--mobile"),
                                QStringLiteral("07400 123456")});
        REQUIRE(r.code == 2);
        requireOneErrorLine(r);
        REQUIRE(r.err.contains(QLatin1String("--name")));
    }
    REQUIRE_FALSE(QFileInfo::exists(cli.db));
}

TEST_CASE("--help and --version print and exit 0", "[cli]")
{
    CliHarness cli;
    auto r = cli.runRaw({QStringLiteral("--version")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.startsWith(QLatin1String("rapport-cli ")));
    r = cli.runRaw({QStringLiteral("--help")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.contains(QLatin1String("suggest")));
    for (const auto& cmd :
         {QStringLiteral("init"), QStringLiteral("analyze"), QStringLiteral("suggest"), QStringLiteral("log")}) {
        r = cli.run({cmd, QStringLiteral("--help")});
        REQUIRE(r.code == 0);
        REQUIRE(r.out.contains(QLatin1String("Usage:")));
    }
    r = cli.run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--help")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.contains(QLatin1String("--mobile")));
    REQUIRE_FALSE(QFileInfo::exists(cli.db));
}

TEST_CASE("client add normalises numbers, show reports types and consent", "[cli]")
{
    CliHarness cli;
    const qint64 id = cli.addClient(
        {QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
         QStringLiteral("07400 123456"), QStringLiteral("--phone"), QStringLiteral("0113 496 0000"),
         QStringLiteral("--email"), QStringLiteral("Ana@Example.org"), QStringLiteral("--prefers"),
         QStringLiteral("email,sms"), QStringLiteral("--next-appointment"), QStringLiteral("2026-12-04T15:00")});
    REQUIRE(id > 0);
    const auto r =
        cli.run({QStringLiteral("client"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject c = json(r.out);
    REQUIRE(c.value(QStringLiteral("name")).toString() == QLatin1String("Ana Silva"));
    const QJsonArray contacts = c.value(QStringLiteral("contacts")).toArray();
    REQUIRE(contacts.size() == 3);
    QStringList values, types;
    for (const auto& v : contacts) {
        values << v.toObject().value(QStringLiteral("value")).toString();
        types << v.toObject().value(QStringLiteral("number_type")).toString();
    }
    REQUIRE(values.contains(QStringLiteral("+447400123456")));
    REQUIRE(values.contains(QStringLiteral("+441134960000")));
    REQUIRE(values.contains(QStringLiteral("Ana@Example.org"))); // as written
    REQUIRE(types.contains(QStringLiteral("mobile")));
    REQUIRE(types.contains(QStringLiteral("fixed_line")));
    REQUIRE(c.value(QStringLiteral("preferences")).toArray().at(0).toString() == QLatin1String("email"));
    REQUIRE(c.value(QStringLiteral("next_appointment")).toString() == QLatin1String("2026-12-04T15:00:00+00:00"));
    REQUIRE(c.value(QStringLiteral("consent"))
                .toObject()
                .value(QStringLiteral("sms"))
                .toObject()
                .value(QStringLiteral("service"))
                .toString() == QLatin1String("none"));
}

TEST_CASE("invalid client input exits 3, names the option, and saves nothing", "[cli]")
{
    CliHarness cli;
    REQUIRE(cli.run({QStringLiteral("init")}).code == 0);
    struct Case {
        QStringList args;
        const char* mentions;
    };
    const QVector<Case> cases{
        {{QStringLiteral("--name"), QStringLiteral("Bad Number"), QStringLiteral("--mobile"), QStringLiteral("12")},
         "--mobile"},
        {{QStringLiteral("--name"), QStringLiteral("Bad Email"), QStringLiteral("--email"),
          QStringLiteral("not-an-email")},
         "--email"},
        {{QStringLiteral("--name"), QStringLiteral("Bad Zone"), QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")},
         "--tz"},
        {{QStringLiteral("--name"), QStringLiteral("Bad Quiet"), QStringLiteral("--quiet-hours"),
          QStringLiteral("late")},
         "--quiet-hours"},
        {{QStringLiteral("--name"), QStringLiteral("Bad Time"), QStringLiteral("--next-appointment"),
          QStringLiteral("soon")},
         "--next-appointment"},
        {{QStringLiteral("--name"), QStringLiteral("   ")}, "--name"},
    };
    for (const auto& c : cases) {
        QStringList args{QStringLiteral("client"), QStringLiteral("add")};
        args += c.args;
        const auto r = cli.run(args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        REQUIRE(r.code == 3);
        requireOneErrorLine(r);
        REQUIRE(r.err.contains(QLatin1String(c.mentions)));
    }
    const auto list = cli.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json(list.out).value(QStringLiteral("clients")).toArray().isEmpty());
}

TEST_CASE("unknown client ids exit 3", "[cli]")
{
    CliHarness cli;
    for (const QStringList& args :
         {QStringList{QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("42")},
          QStringList{QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("abc")},
          QStringList{QStringLiteral("consent"), QStringLiteral("record"), QStringLiteral("42"),
                      QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                      QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted")},
          QStringList{QStringLiteral("suggest"), QStringLiteral("42"), QStringLiteral("--text"), QStringLiteral("hi")},
          QStringList{QStringLiteral("log"), QStringLiteral("42"), QStringLiteral("--direction"), QStringLiteral("in"),
                      QStringLiteral("--channel"), QStringLiteral("sms")}}) {
        const auto r = cli.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        REQUIRE(r.code == 3);
        requireOneErrorLine(r);
    }
}

TEST_CASE("client set, directive, list --search, archive and erase", "[cli]")
{
    CliHarness cli;
    const qint64 ana = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                                      QStringLiteral("07400 123456")});
    const qint64 tom = cli.addClient({QStringLiteral("--name"), QStringLiteral("Tom O'Neill"),
                                      QStringLiteral("--email"), QStringLiteral("tom@example.com")});
    REQUIRE(cli.run({QStringLiteral("client"), QStringLiteral("set"), QString::number(ana), QStringLiteral("--email"),
                     QStringLiteral("ana@example.org")})
                .code == 0);
    auto r = cli.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--search"),
                      QStringLiteral("ana"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    auto clients = json(r.out).value(QStringLiteral("clients")).toArray();
    REQUIRE(clients.size() == 1);
    REQUIRE(clients.at(0).toObject().value(QStringLiteral("id")).toInteger() == ana);

    r = cli.run({QStringLiteral("client"), QStringLiteral("directive"), QString::number(tom),
                 QStringLiteral("no-phone"), QStringLiteral("--by"), QStringLiteral("reception")});
    REQUIRE(r.code == 0);
    r = cli.run({QStringLiteral("client"), QStringLiteral("show"), QString::number(tom), QStringLiteral("--json")});
    const auto directives = json(r.out).value(QStringLiteral("directives")).toArray();
    REQUIRE(directives.size() == 1);
    REQUIRE(directives.at(0).toObject().value(QStringLiteral("directive")).toString() == QLatin1String("no-phone"));
    REQUIRE(directives.at(0).toObject().value(QStringLiteral("set_by")).toString() == QLatin1String("reception"));
    r = cli.run(
        {QStringLiteral("client"), QStringLiteral("directive"), QString::number(tom), QStringLiteral("no-faxes")});
    REQUIRE(r.code == 3);
    requireOneErrorLine(r);

    REQUIRE(cli.run({QStringLiteral("client"), QStringLiteral("archive"), QString::number(tom)}).code == 0);
    r = cli.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json(r.out).value(QStringLiteral("clients")).toArray().size() == 1);

    REQUIRE(
        cli.run({QStringLiteral("consent"), QStringLiteral("record"), QString::number(ana), QStringLiteral("--channel"),
                 QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--state"),
                 QStringLiteral("granted"), QStringLiteral("--note"), QStringLiteral("Ana said yes at reception")})
            .code == 0);
    REQUIRE(cli.run({QStringLiteral("client"), QStringLiteral("erase"), QString::number(ana)}).code == 0);
    r = cli.run({QStringLiteral("client"), QStringLiteral("show"), QString::number(ana), QStringLiteral("--json")});
    const QJsonObject erased = json(r.out);
    REQUIRE(erased.value(QStringLiteral("erased")).toBool());
    REQUIRE_FALSE(erased.value(QStringLiteral("name")).toString().contains(QLatin1String("Ana")));
    REQUIRE(erased.value(QStringLiteral("contacts")).toArray().isEmpty());
    r = cli.run({QStringLiteral("consent"), QStringLiteral("verify")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.trimmed() == QLatin1String("ok: 1 events"));
}

TEST_CASE("consent record, show and verify; invalid values exit 3", "[cli]")
{
    CliHarness cli;
    const qint64 id = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                                     QStringLiteral("07400 123456")});
    const QStringList base{QStringLiteral("consent"), QStringLiteral("record"), QString::number(id)};
    auto r = cli.run(base + QStringList{QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                                        QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted"),
                                        QStringLiteral("--method"), QStringLiteral("written"), QStringLiteral("--at"),
                                        QStringLiteral("2026-11-20T10:00")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.trimmed().toLongLong() > 0);

    for (const QStringList& bad :
         {QStringList{QStringLiteral("--channel"), QStringLiteral("fax"), QStringLiteral("--scope"),
                      QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted")},
          QStringList{QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                      QStringLiteral("everything"), QStringLiteral("--state"), QStringLiteral("granted")},
          QStringList{QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                      QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("maybe")},
          QStringList{QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                      QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted"),
                      QStringLiteral("--method"), QStringLiteral("telepathy")},
          QStringList{QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                      QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted"),
                      QStringLiteral("--at"), QStringLiteral("yesterday")}}) {
        r = cli.run(base + bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        REQUIRE(r.code == 3);
        requireOneErrorLine(r);
    }
    r = cli.run({QStringLiteral("consent"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject shown = json(r.out);
    REQUIRE(shown.value(QStringLiteral("history")).toArray().size() == 1);
    const QJsonObject event = shown.value(QStringLiteral("history")).toArray().at(0).toObject();
    REQUIRE(event.value(QStringLiteral("effective_at")).toString() == QLatin1String("2026-11-20T10:00:00+00:00"));
    REQUIRE(event.value(QStringLiteral("recorded_at")).toString() == QLatin1String("2026-12-01T11:00:00+00:00"));
    REQUIRE(event.value(QStringLiteral("hash")).toString().size() == 64);
    REQUIRE(shown.value(QStringLiteral("current"))
                .toObject()
                .value(QStringLiteral("sms"))
                .toObject()
                .value(QStringLiteral("service"))
                .toString() == QLatin1String("granted"));
    r = cli.run({QStringLiteral("consent"), QStringLiteral("verify")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.trimmed() == QLatin1String("ok: 1 events"));
}

TEST_CASE("consent verify names the first tampered event and exits 5", "[cli]")
{
    CliHarness cli;
    const qint64 id = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")});
    for (const auto* state : {"granted", "withdrawn", "granted"})
        REQUIRE(cli.run({QStringLiteral("consent"), QStringLiteral("record"), QString::number(id),
                         QStringLiteral("--channel"), QStringLiteral("email"), QStringLiteral("--scope"),
                         QStringLiteral("marketing"), QStringLiteral("--state"), QLatin1String(state)})
                    .code == 0);
    // Someone with the file (or the server's superuser): switches the guard trigger off and
    // rewrites the second event.
    rapport::testing::execRaw(
        cli.db,
        {rapport::testing::dropTrigger(QStringLiteral("consent_events_no_update"), QStringLiteral("consent_events")),
         QStringLiteral("UPDATE consent_events SET state='granted' WHERE id=(SELECT MIN(id)+1 FROM consent_events)")});
    const auto r = cli.run({QStringLiteral("consent"), QStringLiteral("verify")});
    REQUIRE(r.code == 5);
    requireOneErrorLine(r);
    REQUIRE(r.err.contains(QLatin1String("event 2")));
}

TEST_CASE("a database from a newer Rapport exits 4 and is not touched", "[cli]")
{
    CliHarness cli;
    REQUIRE(cli.run({QStringLiteral("init")}).code == 0);
    rapport::testing::execRaw(cli.db, {rapport::testing::setSchemaVersion(999)});
    QByteArray before;
    if (!rapport::testing::onPostgres()) {
        QFile f(cli.db);
        REQUIRE(f.open(QIODevice::ReadOnly));
        before = f.readAll();
    }
    const auto r = cli.run({QStringLiteral("client"), QStringLiteral("list")});
    REQUIRE(r.code == 4);
    requireOneErrorLine(r);
    REQUIRE(r.err.contains(QStringLiteral("newer version")));
    if (!rapport::testing::onPostgres()) {
        QFile f(cli.db);
        REQUIRE(f.open(QIODevice::ReadOnly));
        REQUIRE(f.readAll() == before);
    } else {
        // Refused before any write: the version stays the newer one, so it is refused again.
        REQUIRE(cli.run({QStringLiteral("init")}).code == 4);
    }
}

TEST_CASE("a file that is not a database exits 4", "[cli][sqlite-only]")
{
    CliHarness cli;
    QFile f(cli.db);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, it is a shopping list\n");
    f.close();
    const auto r = cli.run({QStringLiteral("client"), QStringLiteral("list")});
    REQUIRE(r.code == 4);
    requireOneErrorLine(r);
}

TEST_CASE("settings set validates and show reports", "[cli]")
{
    CliHarness cli;
    REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("practice-name"),
                     QStringLiteral("Calm Hands Massage")})
                .code == 0);
    REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("hours"),
                     QStringLiteral("Mon-Thu 10:00-20:00, Fri 10:00-14:00")})
                .code == 0);
    struct Bad {
        const char* key;
        const char* value;
    };
    for (const Bad& b :
         {Bad{"time-zone", "Narnia/Cair_Paravel"}, Bad{"country", "XX"}, Bad{"hours", "Fry 10:00-14:00"},
          Bad{"time-off", "2027-01-02..2026-12-24"}, Bad{"quiet-hours", "9pm"}, Bad{"sms-max-segments", "-1"},
          Bad{"conversation-window-days", "many"}, Bad{"colour", "blue"}}) {
        const auto r =
            cli.run({QStringLiteral("settings"), QStringLiteral("set"), QLatin1String(b.key), QLatin1String(b.value)});
        INFO(b.key);
        REQUIRE(r.code == 3);
        requireOneErrorLine(r);
        REQUIRE(r.err.contains(QLatin1String(b.key)));
    }
    const auto r = cli.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject s = json(r.out);
    REQUIRE(s.value(QStringLiteral("practice-name")).toString() == QLatin1String("Calm Hands Massage"));
    REQUIRE(s.value(QStringLiteral("hours")).toString() == QLatin1String("Mon-Thu 10:00-20:00, Fri 10:00-14:00"));
    REQUIRE(s.value(QStringLiteral("time-zone")).toString() == QLatin1String("Europe/London"));
}

TEST_CASE("log applies the opt-out keyword rules", "[cli]")
{
    CliHarness cli;
    const qint64 id = cli.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--mobile"),
                                     QStringLiteral("07400 123456")});
    const QString sid = QString::number(id);
    REQUIRE(cli.run({QStringLiteral("consent"), QStringLiteral("record"), sid, QStringLiteral("--channel"),
                     QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"),
                     QStringLiteral("--state"), QStringLiteral("granted")})
                .code == 0);
    const QStringList inbound{QStringLiteral("log"),         sid,
                              QStringLiteral("--direction"), QStringLiteral("in"),
                              QStringLiteral("--channel"),   QStringLiteral("sms"),
                              QStringLiteral("--text")};
    auto r = cli.run(inbound + QStringList{QStringLiteral("can I cancel Tuesday?")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    REQUIRE(r.out.contains(QLatin1String("possible-opt-out")));
    auto states = json(cli.run({QStringLiteral("consent"), QStringLiteral("show"), sid, QStringLiteral("--json")}).out);
    REQUIRE(states.value(QStringLiteral("current"))
                .toObject()
                .value(QStringLiteral("sms"))
                .toObject()
                .value(QStringLiteral("service"))
                .toString() == QLatin1String("granted"));

    r = cli.run(inbound + QStringList{QStringLiteral("  Stop! ")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.contains(QLatin1String("withdrawn: sms")));
    states = json(cli.run({QStringLiteral("consent"), QStringLiteral("show"), sid, QStringLiteral("--json")}).out);
    const QJsonObject sms = states.value(QStringLiteral("current")).toObject().value(QStringLiteral("sms")).toObject();
    REQUIRE(sms.value(QStringLiteral("service")).toString() == QLatin1String("withdrawn"));
    REQUIRE(sms.value(QStringLiteral("marketing")).toString() == QLatin1String("withdrawn"));
    const QJsonArray history = states.value(QStringLiteral("history")).toArray();
    REQUIRE(history.last().toObject().value(QStringLiteral("method")).toString() == QLatin1String("inbound-message"));

    r = cli.run(inbound + QStringList{QStringLiteral("START")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.contains(QLatin1String("possible-opt-in")));
    states = json(cli.run({QStringLiteral("consent"), QStringLiteral("show"), sid, QStringLiteral("--json")}).out);
    REQUIRE(states.value(QStringLiteral("current"))
                .toObject()
                .value(QStringLiteral("sms"))
                .toObject()
                .value(QStringLiteral("service"))
                .toString() == QLatin1String("withdrawn"));

    r = cli.run({QStringLiteral("log"), sid, QStringLiteral("--direction"), QStringLiteral("sideways"),
                 QStringLiteral("--channel"), QStringLiteral("sms")});
    REQUIRE(r.code == 3);
    requireOneErrorLine(r);
}

TEST_CASE("analyze reads --text, --file and stdin", "[cli]")
{
    CliHarness cli;
    const QString draft = QStringLiteral("How is your lower back pain since the session? Keep taking the ibuprofen.");
    auto r = cli.run({QStringLiteral("analyze"), QStringLiteral("--json")}, draft.toUtf8() + '\n');
    REQUIRE(r.code == 0);
    QJsonObject a = json(r.out);
    REQUIRE(a.value(QStringLiteral("purpose")).toString() == QLatin1String("clinical"));
    REQUIRE(a.value(QStringLiteral("sensitive")).toBool());
    REQUIRE(a.value(QStringLiteral("sms")).toObject().value(QStringLiteral("encoding")).toString() ==
            QLatin1String("GSM-7"));
    REQUIRE(a.value(QStringLiteral("sms")).toObject().value(QStringLiteral("units")).toInt() == draft.size());

    r = cli.run({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--text"),
                 QStringLiteral("See you then \u2019")});
    REQUIRE(json(r.out).value(QStringLiteral("sms")).toObject().value(QStringLiteral("encoding")).toString() ==
            QLatin1String("UCS-2"));

    r = cli.run({QStringLiteral("analyze"), QStringLiteral("--file"), cli.dir.filePath(QStringLiteral("missing.txt"))});
    REQUIRE(r.code == 3);
    requireOneErrorLine(r);
}

TEST_CASE("suggest --json follows the worked examples", "[cli][advisor]")
{
    CliHarness cli;
    const qint64 ana = workedExampleSetup(cli);
    const QString sid = QString::number(ana);
    const QStringList suggest{QStringLiteral("suggest"), sid, QStringLiteral("--json"), QStringLiteral("--at")};

    SECTION("2: no consent: email, sms blocked")
    {
        const auto r =
            cli.run(suggest + QStringList{QStringLiteral("2026-12-01T11:00"), QStringLiteral("--text"), kConfirm});
        REQUIRE(r.code == 0);
        const QJsonObject o = json(r.out);
        REQUIRE(o.value(QStringLiteral("best")).toString() == QLatin1String("email"));
        REQUIRE(verdictOf(o, QStringLiteral("sms")) == QLatin1String("blocked"));
        REQUIRE(codesOf(o, QStringLiteral("sms")).contains(QStringLiteral("no-sms-consent")));
        REQUIRE(o.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("Ana Silva"));
        REQUIRE(o.value(QStringLiteral("at")).toString() == QLatin1String("2026-12-01T11:00:00+00:00"));
        REQUIRE(o.value(QStringLiteral("purpose_source")).toString() == QLatin1String("inferred"));
        REQUIRE(o.value(QStringLiteral("channels")).toArray().size() == 4);
        REQUIRE(o.value(QStringLiteral("timing")).toObject().value(QStringLiteral("send_now")).toBool());
        REQUIRE(o.value(QStringLiteral("timing")).toObject().value(QStringLiteral("next_ok")).isNull());
    }
    REQUIRE(
        cli.run({QStringLiteral("consent"), QStringLiteral("record"), sid, QStringLiteral("--channel"),
                 QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--state"),
                 QStringLiteral("granted"), QStringLiteral("--at"), QStringLiteral("2026-11-01T10:00")})
            .code == 0);
    SECTION("1: consent granted: sms")
    {
        const auto r =
            cli.run(suggest + QStringList{QStringLiteral("2026-12-01T11:00"), QStringLiteral("--text"), kConfirm});
        const QJsonObject o = json(r.out);
        REQUIRE(o.value(QStringLiteral("best")).toString() == QLatin1String("sms"));
        REQUIRE(o.value(QStringLiteral("channels"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("verdict"))
                    .toString() == QLatin1String("recommended"));
        REQUIRE(o.value(QStringLiteral("purpose")).toString() == QLatin1String("scheduling"));
    }
    SECTION("4: clinical content: phone, sms blocked as sensitive")
    {
        const auto r =
            cli.run(suggest + QStringList{QStringLiteral("2026-12-01T11:00"), QStringLiteral("--text"),
                                          QStringLiteral("How is your lower back pain since the session? Keep "
                                                         "taking the ibuprofen.")});
        const QJsonObject o = json(r.out);
        REQUIRE(o.value(QStringLiteral("best")).toString() == QLatin1String("phone"));
        REQUIRE(verdictOf(o, QStringLiteral("sms")) == QLatin1String("blocked"));
        REQUIRE(codesOf(o, QStringLiteral("sms")).contains(QStringLiteral("sensitive-content")));
        REQUIRE(codesOf(o, QStringLiteral("sms")).contains(QStringLiteral("consent-granted")));
        REQUIRE(codesOf(o, QStringLiteral("phone")).contains(QStringLiteral("no-voicemail-details")));
        REQUIRE_FALSE(o.value(QStringLiteral("findings")).toArray().isEmpty());
    }
    SECTION("7: Saturday night: not now, next_ok Monday 10:00")
    {
        const auto r =
            cli.run(suggest + QStringList{QStringLiteral("2026-12-05T21:40"), QStringLiteral("--text"), kConfirm});
        const QJsonObject o = json(r.out);
        REQUIRE(o.value(QStringLiteral("best")).toString() == QLatin1String("sms"));
        const QJsonObject timing = o.value(QStringLiteral("timing")).toObject();
        REQUIRE_FALSE(timing.value(QStringLiteral("send_now")).toBool());
        QStringList codes;
        for (const auto& v : timing.value(QStringLiteral("reasons")).toArray())
            codes << v.toObject().value(QStringLiteral("code")).toString();
        REQUIRE(codes.contains(QStringLiteral("outside-practice-hours")));
        REQUIRE(codes.contains(QStringLiteral("client-quiet-hours")));
        REQUIRE(timing.value(QStringLiteral("next_ok")).toString() == QLatin1String("2026-12-07T10:00:00+00:00"));
    }
    SECTION("chosen purpose is reported and used")
    {
        const auto r =
            cli.run(suggest + QStringList{QStringLiteral("2026-12-01T11:00"), QStringLiteral("--text"), kConfirm,
                                          QStringLiteral("--purpose"), QStringLiteral("marketing")});
        const QJsonObject o = json(r.out);
        REQUIRE(o.value(QStringLiteral("purpose")).toString() == QLatin1String("marketing"));
        REQUIRE(o.value(QStringLiteral("purpose_source")).toString() == QLatin1String("chosen"));
        REQUIRE(o.value(QStringLiteral("best")).toString() == QLatin1String("in_person"));
        REQUIRE(codesOf(o, QStringLiteral("sms")).contains(QStringLiteral("no-marketing-consent")));
    }
    SECTION("a bad purpose or time exits 3")
    {
        auto r = cli.run(suggest + QStringList{QStringLiteral("2026-12-01T11:00"), QStringLiteral("--text"), kConfirm,
                                               QStringLiteral("--purpose"), QStringLiteral("gossip")});
        REQUIRE(r.code == 3);
        requireOneErrorLine(r);
        r = cli.run(suggest + QStringList{QStringLiteral("next tuesday"), QStringLiteral("--text"), kConfirm});
        REQUIRE(r.code == 3);
        requireOneErrorLine(r);
    }
}

TEST_CASE("one mapping from a core error to the contract's exit code, the error's kind kept", "[cli][sqlite-only]")
{
    using rapport::domain::Error;
    CHECK(rapport::cli::exitCodeFor(Error::invalid(QStringLiteral("bad"))) == 3);
    CHECK(rapport::cli::exitCodeFor(Error::database(QStringLiteral("locked"))) == 4);
    CHECK(rapport::cli::exitCodeFor(Error{Error::Kind::Verification, QStringLiteral("chain"), {}}) == 5);
    try {
        rapport::cli::failNamingOption(Error::invalid(QStringLiteral("not a number"), QStringLiteral("mobile")));
        FAIL("failNamingOption returned");
    } catch (const rapport::cli::Failure& f) {
        CHECK(f.code == 3);
        CHECK(f.message == QStringLiteral("--mobile: not a number"));
    }
    try {
        rapport::cli::failNamingOption(Error::invalid(QStringLiteral("no client with id 9"), QStringLiteral("id")));
        FAIL("failNamingOption returned");
    } catch (const rapport::cli::Failure& f) {
        CHECK(f.message == QStringLiteral("no client with id 9"));
    }
    // A restore of a backup whose ledger does not verify is a verification failure: exit 5.
    CliHarness h;
    REQUIRE(h.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")}) > 0);
    const QString backup = h.dir.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(h.run({QStringLiteral("backup"), backup}).code == 0);
    REQUIRE(h.run({QStringLiteral("consent"), QStringLiteral("record"), QStringLiteral("1"),
                   QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                   QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted")})
                .code == 0);
    const QString tampered = h.dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(h.run({QStringLiteral("backup"), tampered}).code == 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper-exit5"));
        raw.setDatabaseName(tampered);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER consent_events_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE consent_events SET state = 'refused'")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper-exit5"));
    const auto r = h.run({QStringLiteral("restore"), tampered});
    CHECK(r.code == 5);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
}

TEST_CASE("settings auto-reply prints the text the app's settings show", "[cli]")
{
    CliHarness h;
    REQUIRE(h.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("practice-name"),
                   QStringLiteral("Calm Hands Massage")})
                .code == 0);
    REQUIRE(h.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("hours"),
                   QStringLiteral("Mon-Thu 10:00-20:00")})
                .code == 0);
    const auto r = h.run({QStringLiteral("settings"), QStringLiteral("auto-reply")});
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() ==
          QStringLiteral("Thanks for your message. Calm Hands Massage is open Mon-Thu 10:00-20:00; I'll reply when I'm "
                         "next in."));
}
