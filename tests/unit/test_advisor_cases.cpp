// SPDX-License-Identifier: GPL-3.0-or-later
// Data-driven advisor cases (Tiled style): one JSON file per case under tests/data/advisor/.
// Each file holds the settings, client, ledger, contact log, draft, `at` and the expected
// decision; the first ten are the worked examples of channel-policy.md.
#include "domain/ChannelAdvisor.h"
#include "domain/Client.h"
#include "domain/PracticeSettings.h"

#include "domain/ContentAnalyser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch.hpp>

using namespace rapport::domain;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

QDateTime time(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        FAIL("bad time: " << str(v.toString()));
    return t.toUTC();
}

template <typename T> T need(const std::optional<T>& v, const QString& what)
{
    if (!v)
        FAIL("bad value: " << str(what));
    return *v;
}

PracticeSettings settingsFrom(const QJsonObject& o)
{
    PracticeSettings s;
    if (o.contains(QLatin1String("timeZone")))
        s.timeZone = o.value(QLatin1String("timeZone")).toString();
    if (o.contains(QLatin1String("hours"))) {
        QString error;
        const auto h = WeeklyHours::parse(o.value(QLatin1String("hours")).toString(), &error);
        if (!h)
            FAIL(str(error));
        s.hours = *h;
    }
    if (o.contains(QLatin1String("timeOff"))) {
        QString error;
        const auto r = parseTimeOff(o.value(QLatin1String("timeOff")).toString(), &error);
        if (!r)
            FAIL(str(error));
        s.timeOff = *r;
    }
    if (o.contains(QLatin1String("quietHours")))
        s.quietHours =
            need(QuietHours::parse(o.value(QLatin1String("quietHours")).toString()), QStringLiteral("quiet"));
    s.conversationWindowDays = o.value(QLatin1String("conversationWindowDays")).toInt(s.conversationWindowDays);
    s.smsMaxSegments = o.value(QLatin1String("smsMaxSegments")).toInt(s.smsMaxSegments);
    s.inPersonHorizonDays = o.value(QLatin1String("inPersonHorizonDays")).toInt(s.inPersonHorizonDays);
    return s;
}

Client clientFrom(const QJsonObject& o)
{
    Client c;
    c.id = 1;
    c.name = o.value(QLatin1String("name")).toString();
    for (const auto& v : o.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject p = v.toObject();
        ContactPoint cp;
        cp.kind = p.value(QLatin1String("kind")).toString() == QLatin1String("email") ? ContactPoint::Kind::Email
                                                                                      : ContactPoint::Kind::Phone;
        cp.value = p.value(QLatin1String("value")).toString();
        cp.label = p.value(QLatin1String("label")).toString();
        if (cp.kind == ContactPoint::Kind::Phone)
            cp.numberType = need(numberTypeFromString(p.value(QLatin1String("numberType")).toString()),
                                 QStringLiteral("numberType"));
        c.contacts.push_back(cp);
    }
    c.timeZone = o.value(QLatin1String("timeZone")).toString();
    if (o.contains(QLatin1String("quietHours")))
        c.quietHours =
            need(QuietHours::parse(o.value(QLatin1String("quietHours")).toString()), QStringLiteral("quiet"));
    for (const auto& v : o.value(QLatin1String("directives")).toArray())
        c.directives.push_back({need(directiveFromString(v.toString()), v.toString()), {}, QStringLiteral("test")});
    for (const auto& v : o.value(QLatin1String("preferences")).toArray())
        c.preferences.push_back(need(channelFromString(v.toString()), v.toString()));
    if (o.contains(QLatin1String("nextAppointment")))
        c.nextAppointment = time(o.value(QLatin1String("nextAppointment")));
    return c;
}

/// Local, so the runner does not depend on who defines categoryFromString.
std::optional<Category> category(const QString& s)
{
    const std::pair<const char*, Category> names[] = {
        {"clinical", Category::Clinical},       {"identifier", Category::Identifier}, {"delicate", Category::Delicate},
        {"promotional", Category::Promotional}, {"scheduling", Category::Scheduling}, {"admin", Category::Admin}};
    for (const auto& [n, c] : names)
        if (s == QLatin1String(n))
            return c;
    return std::nullopt;
}

/// The analysis the case expects of the draft: a stand-in while no analyser is built in, and a
/// cross-check of the analyser once it is.
Analysis expectedAnalysis(const QJsonObject& o)
{
    Analysis a;
    a.purpose = need(purposeFromString(o.value(QLatin1String("purpose")).toString()), QStringLiteral("purpose"));
    for (const auto& v : o.value(QLatin1String("categories")).toArray())
        a.findings.push_back({need(category(v.toString()), v.toString()), 0, 0, {}, {}, {}});
    a.sensitive = a.has(Category::Clinical) || a.has(Category::Identifier);
    a.delicate = a.has(Category::Delicate);
    a.sms.segments = o.value(QLatin1String("segments")).toInt();
    return a;
}

QSet<QString> codes(const QVector<Reason>& reasons)
{
    QSet<QString> out;
    for (const auto& r : reasons)
        out.insert(r.code);
    return out;
}

QSet<QString> strings(const QJsonValue& v)
{
    QSet<QString> out;
    for (const auto& s : v.toArray())
        out.insert(s.toString());
    return out;
}

std::string joined(const QSet<QString>& s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return str(l.join(QLatin1Char(',')));
}

QSet<QString>& seenCodes()
{
    static QSet<QString> s;
    return s;
}

void runCase(const QJsonObject& c)
{
    AdviceInput in;
    in.settings = settingsFrom(c.value(QLatin1String("settings")).toObject());
    in.client = clientFrom(c.value(QLatin1String("client")).toObject());
    qint64 id = 0;
    for (const auto& v : c.value(QLatin1String("consents")).toArray()) {
        const QJsonObject e = v.toObject();
        ConsentEvent ev;
        ev.id = e.value(QLatin1String("id")).toInt(int(++id));
        ev.clientId = 1;
        ev.channel = need(channelFromString(e.value(QLatin1String("channel")).toString()), QStringLiteral("channel"));
        ev.scope = need(scopeFromString(e.value(QLatin1String("scope")).toString()), QStringLiteral("scope"));
        ev.state = need(consentStateFromString(e.value(QLatin1String("state")).toString()), QStringLiteral("state"));
        ev.method = e.value(QLatin1String("method")).toString();
        ev.effectiveAt = time(e.value(QLatin1String("effectiveAt")));
        ev.recordedAt =
            e.contains(QLatin1String("recordedAt")) ? time(e.value(QLatin1String("recordedAt"))) : ev.effectiveAt;
        in.consents.push_back(ev);
    }
    for (const auto& v : c.value(QLatin1String("contactLog")).toArray()) {
        const QJsonObject e = v.toObject();
        ContactLogEntry l;
        l.clientId = 1;
        l.direction =
            need(directionFromString(e.value(QLatin1String("direction")).toString()), QStringLiteral("direction"));
        l.channel = need(channelFromString(e.value(QLatin1String("channel")).toString()), QStringLiteral("channel"));
        l.at = time(e.value(QLatin1String("at")));
        in.contacts.push_back(l);
    }
    const QString draft = c.value(QLatin1String("draft")).toString();
    const Analysis expected = expectedAnalysis(c.value(QLatin1String("analysis")).toObject());
    in.analysis = ContentAnalyser{}.analyse(draft);
    // When one of these fails, the analyser read the draft differently from the case's author.
    CHECK(str(toString(in.analysis.purpose)) == str(toString(expected.purpose)));
    CHECK(in.analysis.sensitive == expected.sensitive);
    CHECK(in.analysis.delicate == expected.delicate);
    CHECK((in.analysis.sms.segments > in.settings.smsMaxSegments) ==
          (expected.sms.segments > in.settings.smsMaxSegments));
    if (c.contains(QLatin1String("purpose")))
        in.chosenPurpose = need(purposeFromString(c.value(QLatin1String("purpose")).toString()), QStringLiteral("p"));
    in.at = time(c.value(QLatin1String("at")));

    const Advice advice = ChannelAdvisor::advise(in);
    const QJsonObject expect = c.value(QLatin1String("expect")).toObject();

    CHECK(str(toString(advice.best)) == str(expect.value(QLatin1String("best")).toString()));
    if (expect.contains(QLatin1String("purpose")))
        CHECK(str(toString(advice.purpose)) == str(expect.value(QLatin1String("purpose")).toString()));
    if (expect.contains(QLatin1String("purpose_chosen")))
        CHECK(advice.purposeChosen == expect.value(QLatin1String("purpose_chosen")).toBool());
    if (expect.contains(QLatin1String("sensitive")))
        CHECK(advice.sensitive == expect.value(QLatin1String("sensitive")).toBool());
    if (expect.contains(QLatin1String("delicate")))
        CHECK(advice.delicate == expect.value(QLatin1String("delicate")).toBool());
    if (expect.contains(QLatin1String("scope")))
        CHECK(str(toString(advice.scope)) == str(expect.value(QLatin1String("scope")).toString()));

    const QJsonArray channels = expect.value(QLatin1String("channels")).toArray();
    REQUIRE(advice.channels.size() == 4);
    REQUIRE(channels.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject e = channels.at(i).toObject();
        const ChannelAdvice& got = advice.channels.at(i);
        INFO("position " << i);
        CHECK(str(toString(got.channel)) == str(e.value(QLatin1String("channel")).toString()));
        CHECK(str(toString(got.verdict)) == str(e.value(QLatin1String("verdict")).toString()));
        CHECK(joined(codes(got.reasons)) == joined(strings(e.value(QLatin1String("reasons")))));
        for (const auto& r : got.reasons) {
            CHECK_FALSE(r.text.isEmpty());
            CHECK(r.text != r.code); // every code has a sentence
            seenCodes().insert(r.code);
        }
    }

    const QJsonObject timing = expect.value(QLatin1String("timing")).toObject();
    CHECK(advice.timing.sendNow == timing.value(QLatin1String("send_now")).toBool());
    QStringList gotTiming;
    for (const auto& r : advice.timing.reasons) {
        gotTiming << r.code;
        CHECK_FALSE(r.text.isEmpty());
        seenCodes().insert(r.code);
    }
    QStringList wantTiming;
    for (const auto& v : timing.value(QLatin1String("reasons")).toArray())
        wantTiming << v.toString();
    CHECK(str(gotTiming.join(QLatin1Char(','))) == str(wantTiming.join(QLatin1Char(','))));
    const QJsonValue next = timing.value(QLatin1String("next_ok"));
    if (next.isNull() || next.isUndefined()) {
        CHECK_FALSE(advice.timing.nextOk.has_value());
    } else {
        REQUIRE(advice.timing.nextOk.has_value());
        CHECK(str(advice.timing.nextOk->toUTC().toString(Qt::ISODate)) == str(time(next).toString(Qt::ISODate)));
    }
}

} // namespace

TEST_CASE("Advisor cases from tests/data/advisor", "[advisor][cases]")
{
    const QDir dir(QStringLiteral(RAPPORT_TEST_DATA_DIR "/advisor"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString& name : files) {
        DYNAMIC_SECTION(str(name))
        {
            QFile f(dir.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
            INFO(str(err.errorString()));
            REQUIRE(doc.isObject());
            INFO(str(doc.object().value(QLatin1String("description")).toString()));
            runCase(doc.object());
        }
    }
}

TEST_CASE("Advisor cases reach every reason code of channel-policy.md", "[advisor][cases]")
{
    const QDir dir(QStringLiteral(RAPPORT_TEST_DATA_DIR "/advisor"));
    // Every code the policy names, as written in the expected results of the case files.
    QSet<QString> expected;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonObject e = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("expect")).toObject();
        for (const auto& ch : e.value(QLatin1String("channels")).toArray())
            expected += strings(ch.toObject().value(QLatin1String("reasons")));
        expected += strings(e.value(QLatin1String("timing")).toObject().value(QLatin1String("reasons")));
    }
    const QStringList policy{QStringLiteral("no-mobile-number"),
                             QStringLiteral("not-a-mobile-number"),
                             QStringLiteral("client-declined-channel"),
                             QStringLiteral("consent-withdrawn"),
                             QStringLiteral("consent-refused"),
                             QStringLiteral("no-marketing-consent"),
                             QStringLiteral("consent-granted"),
                             QStringLiteral("consent-unverified"),
                             QStringLiteral("client-initiated"),
                             QStringLiteral("no-sms-consent"),
                             QStringLiteral("sensitive-content"),
                             QStringLiteral("client-accepts-risk"),
                             QStringLiteral("too-long-for-sms"),
                             QStringLiteral("delicate-topic"),
                             QStringLiteral("no-email-address"),
                             QStringLiteral("address-on-file"),
                             QStringLiteral("no-phone-number"),
                             QStringLiteral("no-voicemail-details"),
                             QStringLiteral("no-voicemail"),
                             QStringLiteral("next-appointment-soon"),
                             QStringLiteral("client-prefers"),
                             QStringLiteral("long-message"),
                             QStringLiteral("outside-practice-hours"),
                             QStringLiteral("time-off"),
                             QStringLiteral("client-quiet-hours")};
    for (const QString& code : policy) {
        INFO(str(code));
        CHECK(expected.contains(code));
    }
}

TEST_CASE("The advisor cases reach every reason code of channel-policy.md", "[advisor][cases]")
{
    // Every code the policy's tables give a channel or the timing (steps 2 to 4), plus
    // ADVISOR.md's `no-send-time`. Directive names (no-sms, clinical-by-text-ok, ...), the
    // consent method inbound-message and the contact-log flag possible-opt-out are not reasons.
    const QStringList policy{QStringLiteral("address-on-file"),         QStringLiteral("client-accepts-risk"),
                             QStringLiteral("client-declined-channel"), QStringLiteral("client-initiated"),
                             QStringLiteral("client-prefers"),          QStringLiteral("client-quiet-hours"),
                             QStringLiteral("consent-granted"),         QStringLiteral("consent-refused"),
                             QStringLiteral("consent-unverified"),      QStringLiteral("consent-withdrawn"),
                             QStringLiteral("delicate-topic"),          QStringLiteral("long-message"),
                             QStringLiteral("next-appointment-soon"),   QStringLiteral("no-email-address"),
                             QStringLiteral("no-marketing-consent"),    QStringLiteral("no-mobile-number"),
                             QStringLiteral("no-phone-number"),         QStringLiteral("no-sms-consent"),
                             QStringLiteral("no-voicemail-details"),    QStringLiteral("no-voicemail"),
                             QStringLiteral("not-a-mobile-number"),     QStringLiteral("outside-practice-hours"),
                             QStringLiteral("sensitive-content"),       QStringLiteral("time-off"),
                             QStringLiteral("too-long-for-sms"),        QStringLiteral("no-send-time")};
    // Run every case here, in this process (ctest runs each test case in a process of its own).
    const QDir dir(QStringLiteral(RAPPORT_TEST_DATA_DIR "/advisor"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        INFO(str(name));
        runCase(QJsonDocument::fromJson(f.readAll()).object());
    }
    for (const QString& code : policy) {
        INFO(str(code));
        CHECK(seenCodes().contains(code));
    }
    // And no case produced a code the policy does not know.
    for (const QString& code : seenCodes()) {
        INFO(str(code));
        CHECK(policy.contains(code));
    }
}
