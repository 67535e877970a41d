// SPDX-License-Identifier: GPL-3.0-or-later
// ConsentService, ContactService (inbound keyword rules), SettingsService, InboundClassifier.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "domain/InboundClassifier.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/ContactService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace rapport;
using domain::InboundClassifier;
using domain::InboundSignal;

namespace {

struct Practice {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    qint64 ana = 0;
    Practice()
    {
        auto opened = rapport::testing::openTestDatabase(dir, QStringLiteral("p.db"));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        services::ClientChanges c;
        c.name = QStringLiteral("Ana Silva");
        c.mobiles = QStringList{QStringLiteral("+447400123456")};
        ana = services::ClientService(*db, clock).add(c).value();
    }
    domain::Result<services::LogOutcome> inbound(const QString& text, domain::Channel channel = domain::Channel::Sms)
    {
        services::LogRequest r;
        r.clientId = ana;
        r.channel = channel;
        r.text = text;
        r.by = QStringLiteral("reception");
        return services::ContactService(*db, clock).log(r);
    }
};

} // namespace

TEST_CASE("Opt-out keywords: whole text, contained word, opt-in words", "[services]")
{
    for (const char* t : {"STOP", "stop", " Stop. ", "STOP!!!", "stop all", "STOPALL", "Unsubscribe", "cancel", "END",
                          "quit", "revoke", "opt out", "Opt-Out", "optout", "stop 🙏"}) {
        INFO(t);
        CHECK(InboundClassifier::classify(QString::fromUtf8(t)).signal == InboundSignal::OptOut);
    }
    for (const char* t : {"can I cancel Tuesday?", "please stop texting me at work", "END of the week works",
                          "I want to opt out of the offers"}) {
        INFO(t);
        CHECK(InboundClassifier::classify(QString::fromUtf8(t)).signal == InboundSignal::PossibleOptOut);
    }
    for (const char* t : {"START", "unstop", "ok start again please"}) {
        INFO(t);
        CHECK(InboundClassifier::classify(QString::fromUtf8(t)).signal == InboundSignal::PossibleOptIn);
    }
    for (const char* t :
         {"", "See you Tuesday!", "unstoppable", "the weekend is fine", "stopping by at 3", "cancellation policy?"}) {
        INFO(t);
        CHECK(InboundClassifier::classify(QString::fromUtf8(t)).signal == InboundSignal::None);
    }
    CHECK(InboundClassifier::classify(QStringLiteral("Stop all.")).keyword == QStringLiteral("stop all"));
}

TEST_CASE("German opt-out words: STOPP, Abmelden, keine SMS mehr", "[services][language]")
{
    for (const char* t : {"STOPP", "Stopp!", "Abmelden", "abbestellen.", "Keine SMS mehr", "keine Nachrichten mehr"}) {
        INFO(t);
        CHECK(InboundClassifier::classify(QString::fromUtf8(t)).signal == InboundSignal::OptOut);
    }
    for (const char* t :
         {"Bitte keine SMS mehr an diese Nummer", "Ich möchte mich vom Newsletter abmelden", "STOPP bitte, danke"}) {
        INFO(t);
        CHECK(InboundClassifier::classify(QString::fromUtf8(t)).signal == InboundSignal::PossibleOptOut);
    }
    for (const char* t : {"Bis Dienstag!", "Ich melde mich morgen", "Der Termin passt, danke", "Stoppuhr"}) {
        INFO(t);
        CHECK(InboundClassifier::classify(QString::fromUtf8(t)).signal == InboundSignal::None);
    }
    CHECK(InboundClassifier::classify(QStringLiteral("Bitte keine SMS mehr")).keyword ==
          QStringLiteral("keine sms mehr"));
}

TEST_CASE("An inbound STOP withdraws sms in both scopes with the text as evidence", "[services]")
{
    Practice p;
    services::ConsentService consent(*p.db, p.clock);
    services::ConsentRequest grant;
    grant.clientId = p.ana;
    grant.method = QStringLiteral("written");
    REQUIRE(consent.record(grant).ok());
    p.clock.advanceSecs(3600);
    auto outcome = p.inbound(QStringLiteral("STOP"));
    REQUIRE(outcome.ok());
    CHECK(outcome->triggered == QStringList{QStringLiteral("withdrawn: sms")});
    CHECK(outcome->entry.flags == QStringLiteral("withdrawn:sms"));
    REQUIRE(outcome->withdrawals.size() == 2);
    const auto states = consent.currentStates(p.ana).value();
    REQUIRE(states.size() == 2);
    for (const auto& e : states) {
        CHECK(e.channel == domain::Channel::Sms);
        CHECK(e.state == domain::ConsentState::Withdrawn);
        CHECK(e.method == QStringLiteral("inbound-message"));
        CHECK(e.note == QStringLiteral("STOP"));
        CHECK(e.recordedBy == QStringLiteral("reception"));
    }
    CHECK(consent.verify().value().ok);
}

TEST_CASE("Possible opt-outs and opt-ins only flag the log", "[services]")
{
    Practice p;
    auto maybe = p.inbound(QStringLiteral("Can I cancel Tuesday?"));
    REQUIRE(maybe.ok());
    CHECK(maybe->triggered == QStringList{QStringLiteral("possible-opt-out")});
    auto start = p.inbound(QStringLiteral("START"));
    CHECK(start->triggered == QStringList{QStringLiteral("possible-opt-in")});
    auto email = p.inbound(QStringLiteral("unsubscribe"), domain::Channel::Email);
    CHECK(email->triggered == QStringList{QStringLiteral("possible-opt-out")});
    auto plain = p.inbound(QStringLiteral("See you then"));
    CHECK(plain->triggered.isEmpty());
    CHECK(services::ConsentService(*p.db, p.clock).history(p.ana).value().isEmpty());
    auto log = services::ContactService(*p.db, p.clock).forClient(p.ana).value();
    CHECK(log.size() == 4);
}

TEST_CASE("Recording consent validates and keeps the recorded time from the clock", "[services]")
{
    Practice p;
    services::ConsentService consent(*p.db, p.clock);
    services::ConsentRequest r;
    r.clientId = p.ana;
    r.state = domain::ConsentState::Granted;
    r.method = QStringLiteral("verbal");
    r.effectiveAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    r.note = QStringLiteral("Agreed to appointment texts");
    auto e = consent.record(r);
    REQUIRE(e.ok());
    CHECK(e->recordedAt == p.clock.now());
    CHECK(e->effectiveAt == *r.effectiveAt);

    auto badMethod = r;
    badMethod.method = QStringLiteral("telepathy");
    auto refused = consent.record(badMethod);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("method"));
    CHECK(refused.error().message.contains(QStringLiteral("telepathy")));
    auto inPerson = r;
    inPerson.channel = domain::Channel::InPerson;
    CHECK(consent.record(inPerson).error().field == QStringLiteral("channel"));
    auto importedGranted = r;
    importedGranted.method = QStringLiteral("imported");
    CHECK_FALSE(consent.record(importedGranted).ok());
    auto unknown = r;
    unknown.clientId = 77;
    CHECK(consent.record(unknown).error().message.contains(QStringLiteral("77")));
    CHECK(consent.history(p.ana).value().size() == 1);

    // The event in force is the latest by effective time, not by recording order.
    auto older = r;
    older.state = domain::ConsentState::Refused;
    older.effectiveAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    REQUIRE(consent.record(older).ok());
    auto current = consent.currentStates(p.ana).value();
    REQUIRE(current.size() == 1);
    CHECK(current[0].state == domain::ConsentState::Granted);
    auto w = consent.withdraw(p.ana, domain::Channel::Sms, domain::Scope::Service, QStringLiteral("phone-call"), {},
                              QStringLiteral("me"));
    REQUIRE(w.ok());
    CHECK(consent.currentStates(p.ana).value()[0].state == domain::ConsentState::Withdrawn);
    CHECK(consent.chainHead().value() == w->hash);
}

TEST_CASE("Saving the settings reads the business phone in the country saved with it", "[services][display]")
{
    Practice p;
    services::SettingsService settings(*p.db);
    auto s = settings.load().value();
    s.country = QStringLiteral("DE");
    s.businessPhone = QStringLiteral("030 123456"); // as a German practice types it in the dialog
    REQUIRE_FALSE(settings.save(s));
    auto stored = settings.load().value();
    CHECK(stored.country == QStringLiteral("DE"));
    CHECK(stored.businessPhone == QStringLiteral("+4930123456"));
}

TEST_CASE("Settings are validated per key and an invalid value changes nothing", "[services]")
{
    Practice p;
    services::SettingsService settings(*p.db);
    auto defaults = settings.load().value();
    CHECK(defaults.timeZone == QStringLiteral("Europe/London"));
    CHECK(defaults.conversationWindowDays == 30);
    REQUIRE_FALSE(settings.set(QStringLiteral("hours"), QStringLiteral("Mon-Thu 10:00-20:00, Fri 10:00-14:00")));
    REQUIRE_FALSE(settings.set(QStringLiteral("time-zone"), QStringLiteral("America/New_York")));
    REQUIRE_FALSE(settings.set(QStringLiteral("country"), QStringLiteral("us")));
    REQUIRE_FALSE(settings.set(QStringLiteral("business-phone"), QStringLiteral("(201) 555-0123")));
    REQUIRE_FALSE(settings.set(QStringLiteral("time-off"), QStringLiteral("2026-12-24..2027-01-02")));
    REQUIRE_FALSE(settings.set(QStringLiteral("sms-max-segments"), QStringLiteral("2")));
    REQUIRE_FALSE(settings.set(QStringLiteral("lexicon.clinical"), QStringLiteral("sciatica, frozen shoulder")));
    auto s = settings.load().value();
    CHECK(s.hours.isOpen(5, 13 * 60));
    CHECK_FALSE(s.hours.isOpen(5, 15 * 60));
    CHECK(s.timeZone == QStringLiteral("America/New_York"));
    CHECK(s.country == QStringLiteral("US"));
    CHECK(s.businessPhone == QStringLiteral("+12015550123"));
    REQUIRE(s.timeOff.size() == 1);
    CHECK(s.timeOff[0].to == QDate(2027, 1, 2));
    CHECK(s.smsMaxSegments == 2);
    CHECK(s.lexiconAdditions.value(QStringLiteral("clinical")) ==
          QStringList{QStringLiteral("sciatica"), QStringLiteral("frozen shoulder")});

    const auto bad = [&](const char* key, const char* value) {
        auto e = settings.set(QString::fromLatin1(key), QString::fromUtf8(value));
        REQUIRE(e.has_value());
        CHECK(e->field == QString::fromLatin1(key));
        CHECK(e->kind == domain::Error::Kind::InvalidInput);
    };
    bad("time-zone", "Mars/Olympus");
    bad("country", "XX");
    bad("hours", "Mon 25:00-26:00");
    bad("time-off", "2026-13-01");
    bad("quiet-hours", "late");
    bad("sms-max-segments", "0");
    bad("conversation-window-days", "thirty");
    bad("business-phone", "123");
    bad("colour", "blue");
    auto after = settings.load().value();
    CHECK(after.timeZone == QStringLiteral("America/New_York"));
    CHECK(after.smsMaxSegments == 2);
    CHECK(after.hours == s.hours);
    const auto shown = settings.show().value();
    CHECK(shown.size() == services::SettingsService::keys().size());
    CHECK(shown[0].first == QStringLiteral("practice-name"));
}
