// SPDX-License-Identifier: GPL-3.0-or-later
// ComposerService over the storage services: it sees the CLI's settings keys and the services'
// client context, and logs a hand-off with the draft's removal as one transaction.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "services/ClientService.h"
#include "services/ComposerService.h"
#include "services/ConsentService.h"
#include "services/ContactService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <set>

using namespace rapport;
using domain::Channel;
using domain::Direction;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    std::unique_ptr<services::ComposerService> composer;
    qint64 ana = 0;

    Fixture()
    {
        auto opened = rapport::testing::openTestDatabase(dir, QStringLiteral("composer.db"));
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        composer = std::make_unique<services::ComposerService>(*db, clock);
        services::ClientChanges c;
        c.name = QStringLiteral("Ana Silva");
        c.mobiles = QStringList{QStringLiteral("07400 123456")};
        c.emails = QStringList{QStringLiteral("ana@example.org")};
        const auto id = services::ClientService(*db, clock).add(c);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        ana = *id;
    }
    qint64 saveDraft(const QString& body, bool forAna = true)
    {
        domain::Draft d;
        if (forAna)
            d.clientId = ana;
        d.body = body;
        const auto id = composer->saveDraft(d);
        REQUIRE(id.ok());
        return *id;
    }
    QVector<domain::ContactLogEntry> log()
    {
        const auto entries = services::ContactService(*db, clock).forClient(ana);
        REQUIRE(entries.ok());
        return *entries;
    }
};

QVector<qint64> ids(const QVector<domain::ConsentEvent>& events)
{
    QVector<qint64> out;
    for (const auto& e : events)
        out << e.id;
    return out;
}

} // namespace

TEST_CASE("the composer reads the settings SettingsService stores: lexicon.<category>, not lexicon-<category>",
          "[services][composer]")
{
    Fixture f;
    services::SettingsService settings(*f.db);
    REQUIRE_FALSE(settings.set(QStringLiteral("practice-name"), QStringLiteral("Calm Hands Massage")));
    REQUIRE_FALSE(settings.set(QStringLiteral("business-phone"), QStringLiteral("020 7946 0018")));
    REQUIRE_FALSE(settings.set(QStringLiteral("lexicon.clinical"), QStringLiteral("sciatica, frozen shoulder")));
    REQUIRE_FALSE(settings.set(QStringLiteral("sms-max-segments"), QStringLiteral("2")));
    // The composer's old private key name: no longer a setting anyone reads.
    REQUIRE_FALSE(
        storage::SettingsRepository(*f.db).setValue(QStringLiteral("lexicon-delicate"), QStringLiteral("divorce")));

    const auto s = f.composer->settings();
    INFO((s.ok() ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
    CHECK(s->practiceName == QStringLiteral("Calm Hands Massage"));
    CHECK(s->businessPhone == QStringLiteral("+442079460018"));
    CHECK(s->smsMaxSegments == 2);
    CHECK(s->lexiconAdditions.value(QStringLiteral("clinical")) ==
          QStringList{QStringLiteral("sciatica"), QStringLiteral("frozen shoulder")});
    CHECK_FALSE(s->lexiconAdditions.contains(QStringLiteral("delicate")));
    CHECK(s->lexiconAdditions == settings.load()->lexiconAdditions);

    // A stored value that no longer parses is reported, naming the key, not silently defaulted.
    REQUIRE_FALSE(
        storage::SettingsRepository(*f.db).setValue(QStringLiteral("sms-max-segments"), QStringLiteral("lots")));
    const auto broken = f.composer->settings();
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("sms-max-segments")));
}

TEST_CASE("the composer's client context is what the consent and contact services return", "[services][composer]")
{
    Fixture f;
    services::ConsentRequest grant;
    grant.clientId = f.ana;
    grant.method = QStringLiteral("written");
    REQUIRE(services::ConsentService(*f.db, f.clock).record(grant).ok());
    f.clock.advanceSecs(60);
    services::LogRequest inbound;
    inbound.clientId = f.ana;
    inbound.text = QStringLiteral("Can I move Thursday?");
    REQUIRE(services::ContactService(*f.db, f.clock).log(inbound).ok());

    const auto ctx = f.composer->loadClient(f.ana);
    INFO((ctx.ok() ? QString() : ctx.error().message).toStdString());
    REQUIRE(ctx.ok());
    CHECK(ctx->client.name == QStringLiteral("Ana Silva"));
    CHECK(ids(ctx->consents) == ids(*services::ConsentService(*f.db, f.clock).history(f.ana)));
    REQUIRE(ctx->consents.size() == 1);
    CHECK(ctx->consents[0].state == domain::ConsentState::Granted);
    REQUIRE(ctx->contacts.size() == 1);
    CHECK(ctx->contacts[0].direction == Direction::Inbound);
    CHECK(ctx->firstMessage()); // inbound only: we have not written yet

    CHECK_FALSE(f.composer->loadClient(f.ana + 100).ok());
    REQUIRE_FALSE(services::ClientService(*f.db, f.clock).erase(f.ana));
    CHECK_FALSE(f.composer->loadClient(f.ana).ok());
}

TEST_CASE("a hand-off logs an outbound contact and removes the draft, both or neither", "[services][composer]")
{
    Fixture f;
    const qint64 draft = f.saveDraft(QStringLiteral("Hi Ana, see you Thursday"));
    REQUIRE_FALSE(f.composer->logHandoff(f.ana, Channel::Email, QStringLiteral("Hi Ana, see you Thursday"), draft));
    auto entries = f.log();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].direction == Direction::Outbound);
    CHECK(entries[0].channel == Channel::Email);
    CHECK(entries[0].text == QStringLiteral("Hi Ana, see you Thursday"));
    CHECK(entries[0].at == f.clock.now());
    CHECK(entries[0].flags.isEmpty());
    CHECK_FALSE(f.composer->restoreDraft(f.ana)->has_value());
    CHECK_FALSE(f.composer->loadClient(f.ana)->firstMessage());

    // Without a draft (id 0) only the contact is logged.
    f.clock.advanceSecs(60);
    REQUIRE_FALSE(f.composer->logHandoff(f.ana, Channel::Sms, QStringLiteral("Running late"), 0));
    CHECK(f.log().size() == 2);

    SECTION("the draft cannot be removed: the contact is not logged either")
    {
        const qint64 kept = f.saveDraft(QStringLiteral("Parking is round the back"));
        QSqlQuery q(f.db->connection());
        REQUIRE(q.exec(rapport::testing::failingTrigger(QStringLiteral("keep_drafts"), QStringLiteral("DELETE"),
                                                        QStringLiteral("drafts"), QStringLiteral("drafts are kept"))));
        CHECK(f.composer->logHandoff(f.ana, Channel::Email, QStringLiteral("Parking is round the back"), kept));
        CHECK(f.log().size() == 2);
        const auto still = f.composer->restoreDraft(f.ana);
        REQUIRE(still.ok());
        REQUIRE(still->has_value());
        CHECK((*still)->id == kept);
    }
    SECTION("an erased client: error, nothing logged, nothing removed")
    {
        const qint64 other = f.saveDraft(QStringLiteral("not for anyone yet"), false);
        REQUIRE_FALSE(services::ClientService(*f.db, f.clock).erase(f.ana));
        const auto e = f.composer->logHandoff(f.ana, Channel::Sms, QStringLiteral("Hello"), other);
        REQUIRE(e.has_value());
        CHECK(e->message.contains(QStringLiteral("erased")));
        QSqlQuery q(f.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM contact_log WHERE client_id = %1").arg(f.ana)));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 2);
        CHECK(storage::DraftRepository(*f.db).find(other).ok());
    }
    SECTION("an unknown client: error, nothing logged")
    {
        CHECK(f.composer->logHandoff(f.ana + 100, Channel::Sms, QStringLiteral("Hello"), 0).has_value());
        CHECK(f.log().size() == 2);
    }
}

TEST_CASE("the practice's language picks the analyser's lexicon: the country's by default, or the one chosen",
          "[services][composer][language]")
{
    Fixture f;
    services::SettingsService settings(*f.db);
    const QString german = QStringLiteral("Wie geht es den Schmerzen? Die Rechnung schicke ich Ihnen morgen.");
    const QString english = QStringLiteral("How is the pain? I'll send the invoice tomorrow.");
    const auto categories = [&](const QString& text) {
        const auto s = f.composer->settings();
        REQUIRE(s.ok());
        // No medical vocabulary: the lexicon alone, so the test does not depend on hunspell.
        const auto analysis = services::ComposerService::analyserFor(*s, nullptr).analyse(text);
        std::set<domain::Category> out;
        for (const auto& finding : analysis.findings)
            out.insert(finding.category);
        return out;
    };
    const std::set<domain::Category> clinicalAndAdmin{domain::Category::Clinical, domain::Category::Admin};

    // A British practice reads English: the German draft finds nothing clinical.
    REQUIRE_FALSE(settings.set(QStringLiteral("country"), QStringLiteral("GB")));
    CHECK(f.composer->settings()->messageLanguage() == QStringLiteral("en"));
    CHECK(categories(english) == clinicalAndAdmin);
    CHECK(categories(german).count(domain::Category::Clinical) == 0);

    // A German practice, with the language left to the country, reads German.
    REQUIRE_FALSE(settings.set(QStringLiteral("country"), QStringLiteral("DE")));
    CHECK(f.composer->settings()->messageLanguage() == QStringLiteral("de"));
    CHECK(categories(german) == clinicalAndAdmin);
    for (const char* country : {"AT", "CH"}) {
        REQUIRE_FALSE(settings.set(QStringLiteral("country"), QString::fromLatin1(country)));
        CHECK(f.composer->settings()->messageLanguage() == QStringLiteral("de"));
    }

    // The language chosen wins over the country's, and is stored.
    REQUIRE_FALSE(settings.set(QStringLiteral("language"), QStringLiteral("en")));
    CHECK(f.composer->settings()->messageLanguage() == QStringLiteral("en"));
    CHECK(categories(english) == clinicalAndAdmin);
    REQUIRE_FALSE(settings.set(QStringLiteral("country"), QStringLiteral("GB")));
    REQUIRE_FALSE(settings.set(QStringLiteral("language"), QStringLiteral("DE")));
    CHECK(settings.load()->language == QStringLiteral("de"));
    CHECK(categories(german) == clinicalAndAdmin);

    // A language Rapport has no lexicon for is refused, naming the key; the stored one stays.
    const auto refused = settings.set(QStringLiteral("language"), QStringLiteral("fr"));
    REQUIRE(refused);
    CHECK(refused->message.contains(QStringLiteral("language")));
    CHECK(refused->message.contains(QStringLiteral("\"fr\"")));
    CHECK(settings.load()->language == QStringLiteral("de"));

    // Empty goes back to the country's.
    REQUIRE_FALSE(settings.set(QStringLiteral("language"), QString()));
    CHECK(f.composer->settings()->messageLanguage() == QStringLiteral("en"));
}
