// SPDX-License-Identifier: GPL-3.0-or-later
// ClientService: validation naming the field, all-or-nothing saves, search, directives, erasure.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "services/ClientService.h"
#include "services/PhoneNumbers.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QTemporaryDir>

using namespace rapport;
using services::ClientChanges;
using services::ClientService;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    Fixture()
    {
        auto opened = rapport::testing::openTestDatabase(dir, QStringLiteral("s.db"));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    ClientService clients() { return ClientService(*db, clock); }
};

ClientChanges ana()
{
    ClientChanges c;
    c.name = QStringLiteral("  Ana   Silva ");
    c.mobiles = QStringList{QStringLiteral("07400 123456")};
    c.phones = QStringList{QStringLiteral("020 7946 0018")};
    c.emails = QStringList{QStringLiteral("Ana@Example.org")};
    c.timeZone = QStringLiteral("Europe/Lisbon");
    c.quietHours = QStringLiteral("21:30-07:30");
    c.prefers = QStringList{QStringLiteral("email"), QStringLiteral("sms")};
    c.nextAppointment = QDateTime(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);
    c.notes = QStringLiteral("prefers mornings");
    return c;
}

} // namespace

TEST_CASE("PhoneNumbers normalises to E.164 with the library's number type", "[services]")
{
    const services::PhoneNumbers gb(QStringLiteral("GB"));
    auto mobile = gb.normalise(QStringLiteral("07400 123456"), QStringLiteral("Mobile"));
    REQUIRE(mobile.ok());
    CHECK(mobile->value == QStringLiteral("+447400123456"));
    CHECK(mobile->numberType == domain::NumberType::Mobile);
    auto landline = gb.normalise(QStringLiteral("+44 20 7946 0018"));
    REQUIRE(landline.ok());
    CHECK(landline->numberType == domain::NumberType::FixedLine);
    const services::PhoneNumbers us(QStringLiteral("US"));
    auto american = us.normalise(QStringLiteral("(201) 555-0123"));
    REQUIRE(american.ok());
    CHECK(american->value == QStringLiteral("+12015550123"));
    CHECK(american->numberType == domain::NumberType::FixedLineOrMobile);
    auto bad = gb.normalise(QStringLiteral("07400 12"), {}, QStringLiteral("mobile"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("mobile"));
    CHECK(bad.error().message.contains(QStringLiteral("07400 12")));
    CHECK_FALSE(gb.normalise(QStringLiteral("call me")).ok());
    CHECK(services::PhoneNumbers::nationalDigits(QStringLiteral("+447400123456")) == QStringLiteral("07400123456"));
    CHECK(services::PhoneNumbers::isSupportedRegion(QStringLiteral("GB")));
    CHECK_FALSE(services::PhoneNumbers::isSupportedRegion(QStringLiteral("XX")));
}

TEST_CASE("Numbers are shown as people write them in the practice's country, and read back the same",
          "[services][display]")
{
    using services::PhoneNumbers;
    CHECK(PhoneNumbers::forDisplay(QStringLiteral("+447400123456"), QStringLiteral("GB")) ==
          QStringLiteral("07400 123456"));
    CHECK(PhoneNumbers::forDisplay(QStringLiteral("+442071234000"), QStringLiteral("gb")) ==
          QStringLiteral("020 7123 4000"));
    CHECK(PhoneNumbers::forDisplay(QStringLiteral("+4930123456"), QStringLiteral("DE")) ==
          QStringLiteral("030 123456"));
    // A number of another country keeps its country code: "01 23 45 67 89" in a GB practice would
    // be read back as a British number.
    CHECK(PhoneNumbers::forDisplay(QStringLiteral("+33123456789"), QStringLiteral("GB")) ==
          QStringLiteral("+33 1 23 45 67 89"));
    CHECK(PhoneNumbers::forDisplay(QStringLiteral("+447400123456"), QStringLiteral("DE")) ==
          QStringLiteral("+44 7400 123456"));
    CHECK(PhoneNumbers::forDisplay(QStringLiteral("not a number"), QStringLiteral("GB")) ==
          QStringLiteral("not a number"));
    for (const char* region : {"GB", "DE", "US", "IE"})
        for (const char* e164 : {"+447400123456", "+33123456789", "+4930123456", "+12015550123", "+353871234567"}) {
            INFO(region << " " << e164);
            const QString shown = PhoneNumbers::forDisplay(QString::fromLatin1(e164), QString::fromLatin1(region));
            auto back = PhoneNumbers(QString::fromLatin1(region)).normalise(shown);
            REQUIRE(back.ok());
            CHECK(back->value == QString::fromLatin1(e164));
        }
}

TEST_CASE("PhoneNumbers refuses a number longer than E.164's fifteen digits", "[services][fuzz]")
{
    // Regression: libphonenumber takes this 16-digit German fixed line as valid; E.164 does not.
    const services::PhoneNumbers de(QStringLiteral("DE"));
    const auto tooLong = de.normalise(QStringLiteral("+49 30 123456 000000"));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("15 digits")));
    const auto fifteen = de.normalise(QStringLiteral("+49 30 123456 00000"));
    REQUIRE(fifteen.ok());
    CHECK(fifteen->value == QStringLiteral("+493012345600000"));
}

TEST_CASE("Adding a client validates, normalises and saves everything", "[services]")
{
    Fixture f;
    auto svc = f.clients();
    auto id = svc.add(ana());
    REQUIRE(id.ok());
    auto c = svc.find(id.value());
    REQUIRE(c.ok());
    CHECK(c->name == QStringLiteral("Ana Silva"));
    REQUIRE(c->contacts.size() == 3);
    CHECK(c->contacts[0].value == QStringLiteral("+447400123456"));
    CHECK(c->contacts[0].label == QStringLiteral("Mobile"));
    CHECK(c->contacts[0].numberType == domain::NumberType::Mobile);
    CHECK(c->contacts[1].value == QStringLiteral("+442079460018"));
    CHECK(c->contacts[1].numberType == domain::NumberType::FixedLine);
    CHECK(c->contacts[2].value == QStringLiteral("Ana@Example.org")); // as written
    CHECK(c->timeZone == QStringLiteral("Europe/Lisbon"));
    CHECK(c->quietHours == domain::QuietHours{21 * 60 + 30, 7 * 60 + 30});
    CHECK(c->preferences == QVector<domain::Channel>{domain::Channel::Email, domain::Channel::Sms});
    CHECK(c->nextAppointment == QDateTime(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC));
    CHECK(c->notes == QStringLiteral("prefers mornings"));
}

TEST_CASE("Invalid client input names the field and saves nothing", "[services]")
{
    Fixture f;
    auto svc = f.clients();
    auto input = ana();
    QString field, fragment;
    SECTION("name")
    {
        input.name = QStringLiteral("   ");
        field = QStringLiteral("name");
        fragment = QStringLiteral("name");
    }
    SECTION("mobile")
    {
        input.mobiles = QStringList{QStringLiteral("07400 123456"), QStringLiteral("12345")};
        field = QStringLiteral("mobile");
        fragment = QStringLiteral("\"12345\"");
    }
    SECTION("email")
    {
        input.emails = QStringList{QStringLiteral("ana@@example")};
        field = QStringLiteral("email");
        fragment = QStringLiteral("ana@@example");
    }
    SECTION("time zone")
    {
        input.timeZone = QStringLiteral("Europe/Atlantis");
        field = QStringLiteral("tz");
        fragment = QStringLiteral("Europe/Atlantis");
    }
    SECTION("quiet hours")
    {
        input.quietHours = QStringLiteral("9pm-8am");
        field = QStringLiteral("quiet-hours");
        fragment = QStringLiteral("9pm-8am");
    }
    SECTION("preferences")
    {
        input.prefers = QStringList{QStringLiteral("fax")};
        field = QStringLiteral("prefers");
        fragment = QStringLiteral("fax");
    }
    auto id = svc.add(input);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind == domain::Error::Kind::InvalidInput);
    CHECK(id.error().field == field);
    CHECK(id.error().message.contains(fragment));
    CHECK(svc.count({}).value() == 0);
}

TEST_CASE("Updating changes only the given fields; numbers use the practice's country", "[services]")
{
    Fixture f;
    auto svc = f.clients();
    const qint64 id = svc.add(ana()).value();
    REQUIRE_FALSE(storage::SettingsRepository(*f.db).setValue(QStringLiteral("country"), QStringLiteral("US")));
    ClientChanges ch;
    ch.mobiles = QStringList{QStringLiteral("(201) 555-0123")};
    ch.prefers = QStringList{};
    auto updated = svc.update(id, ch);
    REQUIRE(updated.ok());
    CHECK(updated->name == QStringLiteral("Ana Silva"));
    REQUIRE(updated->contacts.size() == 3);
    CHECK(updated->contacts[0].value == QStringLiteral("+442079460018")); // --phone kept
    CHECK(updated->contacts[1].value == QStringLiteral("Ana@Example.org"));
    CHECK(updated->contacts[2].value == QStringLiteral("+12015550123"));
    CHECK(updated->preferences.isEmpty());

    ClientChanges bad;
    bad.name = QStringLiteral("Ana Changed");
    bad.emails = QStringList{QStringLiteral("not-an-address")};
    auto refused = svc.update(id, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("email"));
    CHECK(svc.find(id)->name == QStringLiteral("Ana Silva"));

    auto missing = svc.update(999, ch);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("999")));
}

TEST_CASE("Client search finds names, numbers and emails by prefix and pages by name", "[services]")
{
    Fixture f;
    auto svc = f.clients();
    const qint64 anaId = svc.add(ana()).value();
    for (const char* name : {"Zoë Adams", "bruno Costa", "Álvaro Dias", "Carla Ng"}) {
        ClientChanges c;
        c.name = QString::fromUtf8(name);
        REQUIRE(svc.add(c).ok());
    }
    const auto names = [&](const QString& search) {
        domain::ClientQuery q;
        q.search = search;
        QStringList out;
        const auto found = svc.list(q); // keep the Result alive: value() of a temporary dangles
        for (const auto& c : found.value())
            out << c.name;
        return out;
    };
    CHECK(names(QStringLiteral("ana")) == QStringList{QStringLiteral("Ana Silva")});
    CHECK(names(QStringLiteral("sil an")) == QStringList{QStringLiteral("Ana Silva")});
    CHECK(names(QStringLiteral("alvaro")) == QStringList{QString::fromUtf8("Álvaro Dias")});
    CHECK(names(QStringLiteral("07400")) == QStringList{QStringLiteral("Ana Silva")});
    CHECK(names(QStringLiteral("+44 7400 123")) == QStringList{QStringLiteral("Ana Silva")});
    CHECK(names(QStringLiteral("020 7946")) == QStringList{QStringLiteral("Ana Silva")});
    CHECK(names(QStringLiteral("example.org")) == QStringList{QStringLiteral("Ana Silva")});
    CHECK(names(QStringLiteral("nobody")).isEmpty());
    CHECK(names(QString()) == QStringList{QString::fromUtf8("Álvaro Dias"), QStringLiteral("Ana Silva"),
                                          QStringLiteral("bruno Costa"), QStringLiteral("Carla Ng"),
                                          QString::fromUtf8("Zoë Adams")});
    domain::ClientQuery page;
    page.offset = 1;
    page.limit = 2;
    page.withDetails = false;
    auto p = svc.list(page).value();
    REQUIRE(p.size() == 2);
    CHECK(p[0].name == QStringLiteral("Ana Silva"));
    CHECK(p[1].name == QStringLiteral("bruno Costa"));

    REQUIRE_FALSE(svc.archive(anaId).has_value());
    CHECK(names(QStringLiteral("ana")).isEmpty());
    domain::ClientQuery withArchived;
    withArchived.search = QStringLiteral("ana");
    withArchived.includeArchived = true;
    CHECK(svc.count(withArchived).value() == 1);
}

TEST_CASE("Directives are recorded with time and who, and keep their history", "[services]")
{
    Fixture f;
    auto svc = f.clients();
    const qint64 id = svc.add(ana()).value();
    REQUIRE_FALSE(svc.setDirective(id, domain::Directive::NoVoicemail, true, QStringLiteral("reception")));
    f.clock.advanceSecs(3600);
    REQUIRE_FALSE(svc.setDirective(id, domain::Directive::NoVoicemail, true, QStringLiteral("again")));
    auto c = svc.find(id).value();
    REQUIRE(c.directives.size() == 1);
    CHECK(c.directives[0].directive == domain::Directive::NoVoicemail);
    CHECK(c.directives[0].setBy == QStringLiteral("reception"));
    CHECK(c.directives[0].setAt == QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
    REQUIRE_FALSE(svc.setDirective(id, domain::Directive::NoVoicemail, false, QStringLiteral("dr jones")));
    CHECK_FALSE(svc.find(id)->hasDirective(domain::Directive::NoVoicemail));
    auto history = storage::ClientRepository(*f.db).directiveHistory(id).value();
    REQUIRE(history.size() == 2);
    CHECK(history[1].active == false);
    CHECK(history[1].by == QStringLiteral("dr jones"));
    CHECK(history[1].at == QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    auto missing = svc.setDirective(424242, domain::Directive::NoSms, true, {});
    REQUIRE(missing.has_value());
    CHECK(missing->message.contains(QStringLiteral("424242")));
}

TEST_CASE("Email addresses are kept as written and compared with case ignored", "[services][email-case]")
{
    Fixture f;
    auto svc = f.clients();
    ClientChanges c;
    c.name = QStringLiteral("Bea Quinn");
    c.emails = QStringList{QStringLiteral("  Zed.Vox@Example.COM "), QStringLiteral("zed.vox@example.com"),
                           QStringLiteral("bea@example.org")};
    const qint64 id = svc.add(c).value();
    auto stored = svc.find(id);
    REQUIRE(stored.ok());
    QStringList values;
    for (const auto& cp : stored->emails())
        values << cp.value;
    // Trimmed, case kept; the second spelling of the same address is the same address.
    CHECK(values == QStringList{QStringLiteral("Zed.Vox@Example.COM"), QStringLiteral("bea@example.org")});

    // The contact list the edit dialog sends: the same rule.
    ClientChanges edit;
    edit.contacts =
        QVector<domain::ContactPoint>{{0, domain::ContactPoint::Kind::Email, QStringLiteral("Zed.Vox@Example.COM"),
                                       QStringLiteral("Home"), domain::NumberType::Unknown},
                                      {0, domain::ContactPoint::Kind::Email, QStringLiteral("ZED.VOX@EXAMPLE.COM"),
                                       QStringLiteral("Work"), domain::NumberType::Unknown}};
    auto edited = svc.update(id, edit);
    REQUIRE(edited.ok());
    REQUIRE(edited->contacts.size() == 1);
    CHECK(edited->contacts.front().value == QStringLiteral("Zed.Vox@Example.COM"));
    CHECK(edited->contacts.front().label == QStringLiteral("Home"));

    // Search and lookup ignore case.
    for (const char* text : {"zed.vox@example.com", "ZED.VOX", "Zed.Vox@Example.COM"}) {
        INFO(text);
        domain::ClientQuery q;
        q.search = QString::fromLatin1(text);
        const auto found = svc.list(q);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->front().id == id);
    }
    storage::ClientRepository repo(*f.db);
    for (const char* text : {"zed.vox@example.com", "ZED.VOX@EXAMPLE.COM", "Zed.Vox@Example.COM"}) {
        INFO(text);
        auto ids = repo.findByContact(QString::fromLatin1(text));
        REQUIRE(ids.ok());
        CHECK(ids.value() == QVector<qint64>{id});
    }
    CHECK(repo.findByContact(QStringLiteral("zed.vox@example.co")).value().isEmpty());

    CHECK(ClientService::normaliseEmail(QStringLiteral(" Ana.Silva@Example.COM\t")).value() ==
          QStringLiteral("Ana.Silva@Example.COM"));
    CHECK(domain::contactKey(domain::ContactPoint::Kind::Email, QStringLiteral("Ana.Silva@Example.COM")) ==
          QStringLiteral("ana.silva@example.com"));
}
