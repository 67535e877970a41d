// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "domain/ContentAnalyser.h"
#include "domain/Lexicon.h"

using namespace rapport::domain;

TEST_CASE("The built-in lexicon is large and covers every category", "[analyser]")
{
    const Lexicon lex = Lexicon::builtin();
    INFO("size " << lex.size());
    CHECK(lex.size() >= 700);
    CHECK(lex.count(Lexicon::Kind::Clinical) >= 250);
    CHECK(lex.count(Lexicon::Kind::Delicate) >= 60);
    CHECK(lex.count(Lexicon::Kind::Promotional) >= 50);
    CHECK(lex.count(Lexicon::Kind::Scheduling) >= 50);
    CHECK(lex.count(Lexicon::Kind::Admin) >= 50);
    CHECK(lex.count(Lexicon::Kind::Body) >= 40);
    // Plurals and inflections are there.
    for (const char* term : {"injury", "injuries", "strained", "straining", "knots", "migraines", "tendons"})
        CHECK(lex.kindOf(QString::fromLatin1(term)).has_value());
}

TEST_CASE("Lexicon text format: sections, braces, comments, numbers", "[analyser]")
{
    QString error;
    const auto lex = Lexicon::fromText(QStringLiteral("# header\n[clinical]\nstrain{,s,ed}  # inline comment\n"
                                                      "{left,right} hip pain\n[promotional]\n<n> % off\n"),
                                       &error);
    REQUIRE(lex);
    CHECK(error.isEmpty());
    CHECK(lex->size() == 6);
    CHECK(lex->kindOf(QStringLiteral("Strained")) == Lexicon::Kind::Clinical);
    CHECK(lex->kindOf(QStringLiteral("right hip pain")) == Lexicon::Kind::Clinical);
    CHECK(lex->kindOf(QStringLiteral("15% off")) == Lexicon::Kind::Promotional);
    CHECK_FALSE(lex->kindOf(QStringLiteral("strainer")));
    // A byte-order mark and CRLF line ends are accepted.
    const auto bom =
        Lexicon::fromText(QString(QChar(0xFEFF)) + QStringLiteral("# c\r\n[admin]\r\ninvoice\r\n"), &error);
    REQUIRE(bom);
    CHECK(bom->kindOf(QStringLiteral("invoice")) == Lexicon::Kind::Admin);
}

TEST_CASE("Lexicon parse errors name the line", "[analyser]")
{
    struct Case {
        const char* text;
        const char* line;
    };
    const Case cases[] = {
        {"pain\n", "line 1:"},
        {"[clinical]\npain\n\n[clinicle]\n", "line 4:"},
        {"[clinical]\nache{,s\n", "line 2:"},
        {"[clinical]\nache,s}\n", "line 2:"},
        {"[clinical]\nache{{s}}\n", "line 2:"},
        {"[clinical]\npain\n[admin]\n# c\npain\n", "line 5:"},
        {"[clinical]\npain.\n", "line 2:"},
        {"[clinical\n", "line 1:"},
    };
    for (const auto& c : cases) {
        QString error;
        INFO(c.text);
        CHECK_FALSE(Lexicon::fromText(QString::fromLatin1(c.text), &error));
        CHECK(error.startsWith(QString::fromLatin1(c.line)));
    }
    QString error;
    Lexicon::fromText(QStringLiteral("[clinical]\npain\n[admin]\npain\n"), &error);
    CHECK(error.contains(QStringLiteral("[clinical]")));
}

TEST_CASE("User-added terms match and override the built-in kind", "[analyser]")
{
    Lexicon lex = Lexicon::builtin();
    const int before = lex.size();
    lex.addTerms(Category::Clinical, {QStringLiteral("cranial work"), QStringLiteral("  visceral   release ")});
    lex.addTerms(Category::Promotional, {QStringLiteral("massage")});
    CHECK(lex.size() == before + 2);
    const ContentAnalyser analyser(lex);
    const auto a = analyser.analyse(QStringLiteral("The Cranial  work helped; next time some visceral release."));
    QStringList c;
    for (const auto& f : a.findings) {
        if (f.category == Category::Clinical)
            c << f.text;
    }
    CHECK(c == (QStringList{QStringLiteral("Cranial  work"), QStringLiteral("visceral release")}));
    CHECK(a.purpose == Purpose::Clinical);
    CHECK(analyser.analyse(QStringLiteral("A massage?")).purpose == Purpose::Marketing);
    // The built-in lexicon is untouched.
    CHECK(ContentAnalyser().analyse(QStringLiteral("A massage?")).purpose == Purpose::Scheduling);
}
