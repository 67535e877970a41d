// SPDX-License-Identifier: GPL-3.0-or-later
// Advisor unit tests with hand-made Analysis values: the ledger's current state, invariants of
// the decision, and the timing search checked against a brute-force minute-by-minute scan.
#include "domain/ChannelAdvisor.h"
#include "domain/ConsentLedger.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace rapport::domain;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}
QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ConsentEvent event(qint64 id, Channel c, Scope s, ConsentState st, const char* effective,
                   const char* recorded = nullptr)
{
    ConsentEvent e;
    e.id = id;
    e.clientId = 1;
    e.channel = c;
    e.scope = s;
    e.state = st;
    e.method = QStringLiteral("written");
    e.effectiveAt = utc(effective);
    e.recordedAt = utc(recorded ? recorded : effective);
    return e;
}

AdviceInput reminderForAna()
{
    AdviceInput in;
    in.client.id = 1;
    in.client.name = QStringLiteral("Ana Silva");
    in.client.contacts = {
        {1, ContactPoint::Kind::Phone, QStringLiteral("+447400123456"), QStringLiteral("Mobile"), NumberType::Mobile},
        {2, ContactPoint::Kind::Email, QStringLiteral("ana@example.org"), QString(), NumberType::Unknown}};
    in.consents = {event(1, Channel::Sms, Scope::Service, ConsentState::Granted, "2026-01-10T10:00:00Z")};
    in.analysis.purpose = Purpose::Scheduling;
    in.analysis.findings = {{Category::Scheduling, 30, 41, QStringLiteral("appointment"), {}, {}}};
    in.analysis.sms.segments = 1;
    in.at = utc("2026-12-01T11:00:00Z");
    return in;
}

} // namespace

TEST_CASE("currentState takes the latest effective event of the line", "[advisor][ledger]")
{
    const QVector<ConsentEvent> events{
        event(1, Channel::Sms, Scope::Service, ConsentState::Granted, "2026-01-01T10:00:00Z"),
        event(2, Channel::Sms, Scope::Service, ConsentState::Withdrawn, "2026-03-01T10:00:00Z"),
        event(3, Channel::Sms, Scope::Marketing, ConsentState::Granted, "2026-04-01T10:00:00Z"),
        event(4, Channel::Email, Scope::Service, ConsentState::Refused, "2026-02-01T10:00:00Z"),
        // recorded late, effective early: effective time decides
        event(5, Channel::Sms, Scope::Service, ConsentState::Imported, "2026-02-01T10:00:00Z", "2026-06-01T10:00:00Z"),
    };
    CHECK(currentState(events, Channel::Sms, Scope::Service, utc("2025-12-31T10:00:00Z")) == std::nullopt);
    CHECK(currentState(events, Channel::Sms, Scope::Service, utc("2026-01-01T10:00:00Z")) == ConsentState::Granted);
    CHECK(currentState(events, Channel::Sms, Scope::Service, utc("2026-02-15T10:00:00Z")) == ConsentState::Imported);
    CHECK(currentState(events, Channel::Sms, Scope::Service, utc("2026-07-01T10:00:00Z")) == ConsentState::Withdrawn);
    CHECK(currentState(events, Channel::Sms, Scope::Marketing, utc("2026-07-01T10:00:00Z")) == ConsentState::Granted);
    CHECK(currentState(events, Channel::Phone, Scope::Service, utc("2026-07-01T10:00:00Z")) == std::nullopt);
    CHECK(currentState(events, Channel::Sms, Scope::Service, QDateTime()) == ConsentState::Withdrawn);

    SECTION("ties: later recorded, then higher id")
    {
        QVector<ConsentEvent> tie{event(7, Channel::Sms, Scope::Service, ConsentState::Withdrawn,
                                        "2026-05-01T10:00:00Z", "2026-05-02T10:00:00Z"),
                                  event(8, Channel::Sms, Scope::Service, ConsentState::Granted, "2026-05-01T10:00:00Z",
                                        "2026-05-01T11:00:00Z")};
        CHECK(currentState(tie, Channel::Sms, Scope::Service, utc("2026-06-01T00:00:00Z")) == ConsentState::Withdrawn);
        tie[0].recordedAt = tie[1].recordedAt;
        CHECK(currentState(tie, Channel::Sms, Scope::Service, utc("2026-06-01T00:00:00Z")) == ConsentState::Granted);
        std::swap(tie[0], tie[1]); // order in the vector does not matter
        CHECK(currentState(tie, Channel::Sms, Scope::Service, utc("2026-06-01T00:00:00Z")) == ConsentState::Granted);
    }
    SECTION("all lines of a client")
    {
        const auto lines = ConsentLedger::currentStates(events, utc("2026-07-01T10:00:00Z"));
        REQUIRE(lines.size() == 6);
        CHECK(lines[0].channel == Channel::Sms);
        CHECK(lines[0].scope == Scope::Service);
        CHECK(lines[0].state() == ConsentState::Withdrawn);
        REQUIRE(lines[0].event);
        CHECK(lines[0].event->id == 2);
        CHECK(lines[1].state() == ConsentState::Granted);
        CHECK(lines[2].channel == Channel::Email);
        CHECK(lines[2].state() == ConsentState::Refused);
        CHECK_FALSE(lines[3].state());
        CHECK_FALSE(lines[4].state());
        CHECK_FALSE(lines[5].state());
    }
}

TEST_CASE("Verdict names are the contract's", "[advisor]")
{
    CHECK(str(toString(Verdict::Recommended)) == "recommended");
    CHECK(str(toString(Verdict::Acceptable)) == "acceptable");
    CHECK(str(toString(Verdict::Discouraged)) == "discouraged");
    CHECK(str(toString(Verdict::Blocked)) == "blocked");
}

TEST_CASE("Reason texts are plain sentences", "[advisor]")
{
    CHECK(str(ChannelAdvisor::reasonText(QStringLiteral("sensitive-content"), Channel::Sms)) ==
          "This message mentions the client's health or treatment: not by text.");
    CHECK(ChannelAdvisor::reasonText(QStringLiteral("client-declined-channel"), Channel::Email) !=
          ChannelAdvisor::reasonText(QStringLiteral("client-declined-channel"), Channel::Phone));
    CHECK(str(ChannelAdvisor::reasonText(QStringLiteral("made-up"), Channel::Sms)) == "made-up");
}

TEST_CASE("Advice invariants: four channels, one recommended, best first, in person never blocked", "[advisor]")
{
    QRandomGenerator rng(20261201);
    const QVector<Directive> directives = allDirectives();
    const ConsentState states[] = {ConsentState::Granted, ConsentState::Withdrawn, ConsentState::Refused,
                                   ConsentState::Imported};
    const Category categories[] = {Category::Clinical,    Category::Identifier, Category::Delicate,
                                   Category::Promotional, Category::Scheduling, Category::Admin};
    for (int n = 0; n < 500; ++n) {
        AdviceInput in = reminderForAna();
        if (rng.bounded(3) == 0)
            in.client.contacts.removeFirst();
        if (rng.bounded(3) == 0)
            in.client.contacts.removeLast();
        for (const Directive d : directives)
            if (rng.bounded(4) == 0)
                in.client.directives.push_back({d, {}, {}});
        for (const Channel c : allChannels())
            if (rng.bounded(3) == 0)
                in.client.preferences.push_back(c);
        in.consents.clear();
        for (int e = 0; e < int(rng.bounded(5)); ++e)
            in.consents.push_back(event(e + 1, consentChannels()[int(rng.bounded(3))],
                                        rng.bounded(2) ? Scope::Service : Scope::Marketing, states[rng.bounded(4)],
                                        "2026-06-01T10:00:00Z"));
        in.analysis.findings.clear();
        for (const Category c : categories)
            if (rng.bounded(4) == 0)
                in.analysis.findings.push_back({c, 0, 1, {}, {}, {}});
        in.analysis.sms.segments = int(rng.bounded(6));
        const Purpose purposes[] = {Purpose::Scheduling, Purpose::Admin, Purpose::Clinical, Purpose::Marketing,
                                    Purpose::General};
        in.analysis.purpose = purposes[rng.bounded(5)];
        if (rng.bounded(4) == 0)
            in.chosenPurpose = purposes[rng.bounded(5)];
        if (rng.bounded(2))
            in.client.nextAppointment = in.at.addSecs(qint64(rng.bounded(14 * 24)) * 3600);
        in.at = in.at.addSecs(qint64(rng.bounded(7 * 24 * 60)) * 60);

        const Advice a = ChannelAdvisor::advise(in);
        INFO("case " << n);
        REQUIRE(a.channels.size() == 4);
        CHECK(a.channels[0].verdict == Verdict::Recommended);
        CHECK(a.channels[0].channel == a.best);
        int rank = 0;
        for (const auto& c : a.channels) {
            const int r = static_cast<int>(c.verdict);
            CHECK(r >= rank); // recommended, acceptable, discouraged, blocked
            rank = std::max(rank, r);
            if (c.verdict != Verdict::Recommended)
                CHECK(c.channel != a.best);
        }
        const ChannelAdvice* inPerson = a.find(Channel::InPerson);
        REQUIRE(inPerson);
        CHECK(inPerson->verdict != Verdict::Blocked);
        CHECK(inPerson->verdict != Verdict::Discouraged);
        const bool sensitive = a.purpose == Purpose::Clinical || in.analysis.has(Category::Clinical) ||
                               in.analysis.has(Category::Identifier);
        CHECK(a.sensitive == sensitive);
        if (sensitive) // never a text for health matters, whatever else the case says
            CHECK(a.find(Channel::Sms)->verdict >= Verdict::Discouraged);
        if (a.purpose == Purpose::Marketing)
            for (const auto& c : a.channels)
                for (const auto& r : c.reasons)
                    CHECK(r.code != QLatin1String("consent-granted"));
        CHECK(a.timing.sendNow == a.timing.reasons.isEmpty());
        CHECK(a.timing.nextOk.has_value() == !a.timing.sendNow);
        // Same input, same output.
        const Advice again = ChannelAdvisor::advise(in);
        CHECK(again.best == a.best);
        CHECK(again.channels.size() == a.channels.size());
    }
}

namespace {

/// Independent judgement of the timing checks at one instant, through Qt's own zone conversion.
bool anyCheckFires(const AdviceInput& in, const QDateTime& t, bool quietApplies)
{
    const QTimeZone practice(in.settings.timeZone.toUtf8());
    const QDateTime local = t.toTimeZone(practice);
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (!in.settings.hours.isOpen(local.date().dayOfWeek(), minute))
        return true;
    for (const auto& r : in.settings.timeOff)
        if (r.contains(local.date()))
            return true;
    if (!quietApplies)
        return false;
    const QTimeZone clientZone(in.client.timeZone.isEmpty() ? practice : QTimeZone(in.client.timeZone.toUtf8()));
    const QDateTime c = t.toTimeZone(clientZone);
    return in.client.quietHours.value_or(in.settings.quietHours).contains(c.time().hour() * 60 + c.time().minute());
}

} // namespace

TEST_CASE("next_ok is the first clear minute, checked minute by minute across DST", "[advisor][timing]")
{
    QRandomGenerator rng(4242);
    const char* zones[] = {"Europe/London", "America/New_York", "Australia/Sydney",
                           "Asia/Kolkata",  "Pacific/Chatham",  "America/Los_Angeles"};
    const char* hours[] = {
        "Mon-Fri 09:00-17:00", "Mon-Thu 10:00-20:00, Fri 10:00-14:00", "Mon,Wed 09:00-12:00 13:00-17:00",
        "Sat 09:00-12:00",     "Sun 00:00-03:00, Sun 01:30-02:30",     "Mon-Sun 00:00-24:00"};
    // Instants near DST changes of the zones above, and ordinary ones.
    const char* starts[] = {"2027-03-27T18:00:00Z", "2026-10-24T18:00:00Z", "2027-03-13T18:00:00Z",
                            "2026-10-31T18:00:00Z", "2027-04-03T10:00:00Z", "2026-10-03T10:00:00Z",
                            "2026-12-01T11:00:00Z", "2027-04-04T11:00:00Z"};
    int judged = 0;
    for (int n = 0; n < 120; ++n) {
        AdviceInput in = reminderForAna();
        in.settings.timeZone = QString::fromLatin1(zones[rng.bounded(6)]);
        in.settings.hours = *WeeklyHours::parse(QString::fromLatin1(hours[rng.bounded(6)]));
        if (rng.bounded(2))
            in.client.timeZone = QString::fromLatin1(zones[rng.bounded(6)]);
        if (rng.bounded(2))
            in.client.quietHours =
                QuietHours{int(rng.bounded(24)) * 60 + 30 * int(rng.bounded(2)), int(rng.bounded(24)) * 60};
        in.at = utc(starts[rng.bounded(8)]).addSecs(qint64(rng.bounded(48 * 60)) * 60 + rng.bounded(60));
        if (rng.bounded(3) == 0) {
            const QDate d = in.at.date().addDays(int(rng.bounded(3)) - 1);
            in.settings.timeOff = {{d, d.addDays(int(rng.bounded(3)))}};
        }
        const bool quietApplies = rng.bounded(2);
        if (!quietApplies) { // best becomes email
            in.consents.clear();
        }
        const Advice a = ChannelAdvisor::advise(in);
        REQUIRE((a.best == Channel::Sms) == quietApplies);

        INFO("case " << n << " zone " << str(in.settings.timeZone) << " client " << str(in.client.timeZone) << " at "
                     << str(in.at.toString(Qt::ISODate)));
        const bool firesNow = anyCheckFires(in, in.at, quietApplies);
        CHECK(a.timing.sendNow == !firesNow);
        if (!firesNow)
            continue;
        // Brute force over the following 9 days, minute by minute.
        std::optional<QDateTime> expected;
        QDateTime t = in.at;
        t.setTime(QTime(t.time().hour(), t.time().minute()));
        for (int m = 1; m <= 9 * 24 * 60; ++m) {
            const QDateTime candidate = t.addSecs(qint64(m) * 60);
            if (!anyCheckFires(in, candidate, quietApplies)) {
                expected = candidate;
                break;
            }
        }
        if (expected) {
            REQUIRE(a.timing.nextOk);
            CHECK(str(a.timing.nextOk->toString(Qt::ISODate)) == str(expected->toString(Qt::ISODate)));
            ++judged;
        } else if (a.timing.nextOk) {
            CHECK(*a.timing.nextOk > in.at.addDays(9));
        }
    }
    CHECK(judged > 40); // the generator must produce enough cases that wait
}

TEST_CASE("Timing details", "[advisor][timing]")
{
    AdviceInput in = reminderForAna();
    SECTION("an unknown client zone falls back to the practice's")
    {
        in.client.timeZone = QStringLiteral("Mars/Olympus_Mons");
        in.at = utc("2026-12-01T21:30:00Z");
        in.settings.hours = *WeeklyHours::parse(QStringLiteral("Mon-Fri 07:00-23:00"));
        const Advice a = ChannelAdvisor::advise(in);
        REQUIRE(a.timing.reasons.size() == 1);
        CHECK(str(a.timing.reasons[0].code) == "client-quiet-hours");
        CHECK(str(a.timing.nextOk->toString(Qt::ISODate)) == "2026-12-02T08:00:00Z");
    }
    SECTION("a moment with seconds inside the hours is send now; the wait ends on a whole minute")
    {
        in.at = utc("2026-12-01T11:00:30Z");
        CHECK(ChannelAdvisor::advise(in).timing.sendNow);
        in.at = utc("2026-12-01T08:59:30Z");
        const Advice a = ChannelAdvisor::advise(in);
        CHECK_FALSE(a.timing.sendNow);
        CHECK(str(a.timing.nextOk->toString(Qt::ISODate)) == "2026-12-01T09:00:00Z");
    }
    SECTION("reason texts name the local time and the hours")
    {
        in.at = utc("2026-12-05T21:40:00Z");
        const Advice a = ChannelAdvisor::advise(in);
        REQUIRE(a.timing.reasons.size() == 2);
        CHECK_THAT(str(a.timing.reasons[0].text),
                   Catch::Contains("Saturday 21:40") && Catch::Contains("Mon-Fri 09:00-17:00"));
        CHECK_THAT(str(a.timing.reasons[1].text), Catch::Contains("21:00-08:00"));
    }
    SECTION("opening exactly at a DST gap: the first minute that exists")
    {
        // London, Sunday 28 March 2027: 01:00 GMT becomes 02:00 BST; hours start at 01:30.
        in.settings.hours = *WeeklyHours::parse(QStringLiteral("Sun 01:30-05:00"));
        in.client.quietHours = QuietHours{0, 0};
        in.at = utc("2027-03-28T00:10:00Z");
        const Advice a = ChannelAdvisor::advise(in);
        REQUIRE(a.timing.nextOk);
        CHECK(str(a.timing.nextOk->toString(Qt::ISODate)) == "2027-03-28T01:00:00Z"); // 02:00 BST
    }
    SECTION("the repeated hour of autumn: quiet hours end at the first 08:00")
    {
        in.client.quietHours = QuietHours{0, 90}; // 00:00-01:30
        in.settings.hours = *WeeklyHours::parse(QStringLiteral("Sun 00:00-24:00"));
        in.at = utc("2026-10-25T00:10:00Z"); // 01:10 BST, before the clocks go back at 02:00 BST
        const Advice a = ChannelAdvisor::advise(in);
        REQUIRE(a.timing.nextOk);
        CHECK(str(a.timing.nextOk->toString(Qt::ISODate)) == "2026-10-25T00:30:00Z"); // 01:30 BST
    }
}
