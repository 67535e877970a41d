// SPDX-License-Identifier: GPL-3.0-or-later
// The analyser's second tier, read from installed word lists: built, filtered, used, and absent.
#include <catch2/catch.hpp>

#include "domain/ContentAnalyser.h"
#include "services/MedicalVocabularies.h"
#include "services/SettingsService.h"
#include "storage/Database.h"

#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>

using namespace rapport;
using services::MedicalVocabularies;

namespace {

QString dictionaries(const char* name)
{
    return QDir(QStringLiteral(RAPPORT_TEST_DATA_DIR)).filePath(QStringLiteral("dictionaries/") + QLatin1String(name));
}

QStringList clinicalFound(const domain::ContentAnalyser& a, const char* text)
{
    QStringList out;
    for (const auto& f : a.analyse(QString::fromUtf8(text)).findings) {
        if (f.category == domain::Category::Clinical)
            out << f.text + QLatin1Char('/') + f.source;
    }
    return out;
}

} // namespace

TEST_CASE("A medical word list is filtered against the general dictionary and the lexicon", "[vocabulary]")
{
    MedicalVocabularies::Status st;
    const auto v = MedicalVocabularies::build(QStringLiteral("en"), dictionaries("en"), &st);
    REQUIRE(st.ready);
    REQUIRE(st.available);
    // amoxicillin and fasciitis stay ("fasciitis" is in the lexicon only inside "plantar fasciitis");
    // bryony is everyday (british-english); PT is an abbreviation.
    CHECK(v->contains(QStringLiteral("amoxicillin")));
    CHECK(v->contains(QStringLiteral("amoxicillin's")));
    CHECK_FALSE(v->contains(QStringLiteral("tendon")));
    CHECK_FALSE(v->contains(QStringLiteral("bryony")));
    CHECK_FALSE(v->contains(QStringLiteral("pt")));
    CHECK(v->origin().listed == 8);          // PT is an abbreviation: not counted
    CHECK(v->origin().everydayRemoved == 1); // bryony
    CHECK(v->origin().lexiconRemoved == 2);  // tendon and headache are the lexicon's
    // "closes" is an everyday word, not a plural of the listed "clos".
    CHECK(v->contains(QStringLiteral("clos")));
    CHECK_FALSE(v->contains(QStringLiteral("closes")));
    CHECK(st.summary.contains(QStringLiteral("en_med_glut.dic")));

    const domain::ContentAnalyser with(domain::Lexicon::builtin(), v);
    const domain::ContentAnalyser without;
    CHECK(clinicalFound(with, "Start amoxicillin tonight, Bryony.") ==
          QStringList{QStringLiteral("amoxicillin/medical-vocabulary")});
    CHECK(clinicalFound(without, "Start amoxicillin tonight, Bryony.").isEmpty());
    // A capitalised word inside a sentence is a name, unless the list writes it capitalised (a trade
    // name); at the start of a sentence capitals say nothing.
    CHECK(clinicalFound(with, "Mrs Dubois called.").isEmpty());
    CHECK(clinicalFound(with, "Ask about dubois.") == QStringList{QStringLiteral("dubois/medical-vocabulary")});
    CHECK(clinicalFound(with, "Please start the Augmentin.") ==
          QStringList{QStringLiteral("Augmentin/medical-vocabulary")});
    CHECK(clinicalFound(with, "Amoxicillin twice a day.") ==
          QStringList{QStringLiteral("Amoxicillin/medical-vocabulary")});
    CHECK(clinicalFound(with, "PLEASE CALL DUBOIS").isEmpty()); // capitals only: never the vocabulary's
    // The curated lexicon wins where both speak: "headache" is the lexicon's, not the vocabulary's.
    CHECK(clinicalFound(with, "Any headache since?") == QStringList{QStringLiteral("headache/lexicon")});
}

TEST_CASE("Without the medical word list the analyser reads with the lexicon alone and says so", "[vocabulary]")
{
    MedicalVocabularies::Status st;
    const auto v = MedicalVocabularies::build(QStringLiteral("en"), dictionaries("empty"), &st);
    REQUIRE(v);
    CHECK(v->isEmpty());
    CHECK(st.ready);
    CHECK_FALSE(st.available);
    CHECK(st.summary.contains(QStringLiteral("hunspell-en-med")));
    const domain::ContentAnalyser a(domain::Lexicon::builtin(), v);
    CHECK(a.medical() == nullptr);
    CHECK(a.analyse(QStringLiteral("Your knee pain")).sensitive);
}

TEST_CASE("The installed hunspell-en-med is read, filtered and quick to build", "[vocabulary][installed]")
{
    // packaging/install-deps.sh installs hunspell-en-med and hunspell-en-gb; CI runs it first.
    MedicalVocabularies::Status st;
    const auto v = MedicalVocabularies::build(QStringLiteral("en"), QStringLiteral("/usr/share"), &st);
    INFO(st.summary.toStdString());
    REQUIRE(st.available);
    CHECK(v->size() > 20000);
    // Drug names beyond the curated list are the vocabulary's; the others stay the lexicon's.
    CHECK(v->contains(QStringLiteral("amoxicillin")));
    CHECK(v->contains(QStringLiteral("clarithromycin")));
    const domain::ContentAnalyser withVocabulary(domain::Lexicon::builtin(), v);
    for (const char* drug : {"amoxicillin", "naproxen", "prednisolone", "gabapentin", "sertraline", "diclofenac",
                             "clarithromycin", "metformin", "levothyroxine", "amitriptyline"}) {
        INFO(drug);
        CHECK(withVocabulary.analyse(QStringLiteral("Have you still got the %1 at home?").arg(QLatin1String(drug)))
                  .sensitive);
    }
    CHECK_FALSE(
        domain::ContentAnalyser().analyse(QStringLiteral("Have you still got the amoxicillin at home?")).sensitive);
    // Everyday words with a medical sense are left to the curated lexicon.
    for (const char* everyday : {"back", "tender", "cold", "session", "massage", "better", "stress", "table"})
        CHECK_FALSE(v->contains(QString::fromLatin1(everyday)));
    const domain::ContentAnalyser a(domain::Lexicon::builtin(), v);
    const auto analysis = a.analyse(QStringLiteral("Please start amoxicillin tonight and see how you go."));
    CHECK(analysis.sensitive);
    CHECK(analysis.purpose == domain::Purpose::Clinical);
}

TEST_CASE("medical vocabulary build time", "[.vocabulary-time]")
{
    for (int i = 0; i < 3; ++i) {
        MedicalVocabularies::Status st;
        const auto v = MedicalVocabularies::build(QStringLiteral("en"), QStringLiteral("/usr/share"), &st);
        WARN(st.buildMs << " ms, " << v->size() << " words");
    }
}

TEST_CASE("rapport-cli analyze names what found each finding; lexicon.ignore and teachTerm silence a word",
          "[vocabulary][cli]")
{
    CliHarness cli;
    REQUIRE(cli.run({QStringLiteral("init")}).code == 0);
    const auto findings = [&](const char* text) {
        const auto r = cli.run(
            {QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--text"), QString::fromUtf8(text)});
        REQUIRE(r.code == 0);
        QStringList out;
        for (const auto& v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
            const auto o = v.toObject();
            out << o.value(QStringLiteral("text")).toString() + QLatin1Char('/') +
                       o.value(QStringLiteral("source")).toString();
        }
        return out;
    };
    CHECK(findings("Start amoxicillin tonight") == QStringList{QStringLiteral("amoxicillin/medical-vocabulary")});
    CHECK(findings("Get $50 off") == QStringList{QStringLiteral("$50 off/rule:money-off")});
    CHECK(findings("Card 4539 1488 0343 6467") == QStringList{QStringLiteral("4539 1488 0343 6467/check:card")});
    REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("lexicon.ignore"),
                     QStringLiteral("amoxicillin")})
                .code == 0);
    CHECK(findings("Start amoxicillin tonight").isEmpty());

    // The composer's "Mark as": the term moves from one list to the other in one transaction.
    auto db = storage::Database::open(cli.db);
    REQUIRE(db.ok());
    services::SettingsService settings(*db.value());
    REQUIRE_FALSE(settings.teachTerm(QStringLiteral("amoxicillin"), QStringLiteral("delicate")));
    auto s = settings.load();
    REQUIRE(s.ok());
    CHECK(s->lexiconAdditions.value(QStringLiteral("ignore")).isEmpty());
    CHECK(s->lexiconAdditions.value(QStringLiteral("delicate")) == QStringList{QStringLiteral("amoxicillin")});
    const auto comma = settings.teachTerm(QStringLiteral("neck, shoulders"), QStringLiteral("clinical"));
    REQUIRE(comma);
    CHECK(comma->message.contains(QStringLiteral("comma")));
    CHECK(settings.teachTerm(QStringLiteral("neck"), QStringLiteral("body")));
}
