// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "domain/ContentAnalyser.h"
#include "domain/EtiquetteLint.h"

using namespace rapport::domain;

namespace {

QStringList codes(const QVector<LintHint>& hints)
{
    QStringList out;
    for (const auto& h : hints)
        out << h.code;
    return out;
}

QVector<LintHint> lint(const char* text, const AnalysisContext& ctx = {}, bool promotional = false)
{
    return EtiquetteLint::check(QString::fromUtf8(text), promotional, ctx);
}

AnalysisContext firstMessage()
{
    AnalysisContext ctx;
    ctx.practiceName = QStringLiteral("Calm Hands Massage");
    ctx.practitioner = QStringLiteral("Sam Okafor");
    ctx.firstMessageToClient = true;
    return ctx;
}

} // namespace

TEST_CASE("A first message names the practice or the practitioner", "[lint]")
{
    const auto ctx = firstMessage();
    CHECK(codes(lint("Hi Ana, your appointment is Tuesday at 3pm.", ctx)) ==
          QStringList{QStringLiteral("no-practice-identification")});
    CHECK(codes(lint("Hi Ana, it's calm hands massage: your appointment is Tuesday at 3pm.", ctx)).isEmpty());
    CHECK(codes(lint("Hi Ana, Sam here, your appointment is Tuesday at 3pm.", ctx)).isEmpty());
    CHECK(codes(lint("Hi Ana, Sam Okafor here.", ctx)).isEmpty());
    // "Samuel" is not "Sam": whole words only.
    CHECK(codes(lint("Hi Ana, Samuel will see you.", ctx)) ==
          QStringList{QStringLiteral("no-practice-identification")});
    AnalysisContext later = ctx;
    later.firstMessageToClient = false;
    CHECK(codes(lint("Hi Ana, your appointment is Tuesday at 3pm.", later)).isEmpty());
    AnalysisContext unknown = ctx;
    unknown.practiceName.clear();
    CHECK(codes(lint("Hi Ana, your appointment is Tuesday at 3pm.", unknown)).isEmpty());
}

TEST_CASE("Shouting in capitals, not acronyms", "[lint]")
{
    const auto h = lint("Hi, PLEASE DO NOT BE LATE tomorrow.");
    REQUIRE(codes(h) == QStringList{QStringLiteral("all-caps")});
    CHECK(h.front().start == 4);
    CHECK(h.front().end == 25);
    CHECK(lint("Please bring your NHS letter and see your GP if it gets worse. OK?").isEmpty());
    CHECK(lint("Reply STOP to opt out. ASAP TBC FYI.").isEmpty());
    CHECK(lint("VERY IMPORTANT note").isEmpty()); // two words only
}

TEST_CASE("Text-speak as whole words", "[lint]")
{
    const auto h = lint("Thx for today, c u 2moro! pls bring ur forms b4 10.");
    QStringList words;
    for (const auto& x : h) {
        CHECK(x.code == QStringLiteral("text-speak"));
        words << x.text;
    }
    CHECK(h.size() == 6); // thx, u, 2moro, pls, ur, b4
    CHECK(lint("Your Unit U parking bay; thank you for the update. Use the bus.").isEmpty());
    CHECK(lint("Dr R Patel, U.K. office, gr8er").isEmpty());
    CHECK(codes(lint("see you l8r")) == QStringList{QStringLiteral("text-speak")});
}

TEST_CASE("Marketing needs an opt-out line", "[lint]")
{
    CHECK(codes(lint("Spring offer: 20% off!", {}, true)) == QStringList{QStringLiteral("no-opt-out-line")});
    CHECK(lint("Spring offer: 20% off! Reply STOP to opt out.", {}, true).isEmpty());
    CHECK(lint("Spring offer: 20% off! Unsubscribe: reply with the word STOP", {}, true).isEmpty());
    CHECK(lint("Spring offer: 20% off! Text \"stop\" to 60777", {}, true).isEmpty());
    AnalysisContext ctx;
    ctx.chosenPurpose = Purpose::Marketing;
    CHECK(codes(lint("Our clinic has a new physio!", ctx, false)) == QStringList{QStringLiteral("no-opt-out-line")});
    CHECK(lint("Our clinic has a new physio!").isEmpty());
    // German opt-out lines
    CHECK(codes(lint("Frühlingsangebot: 20 % Rabatt!", {}, true)) == QStringList{QStringLiteral("no-opt-out-line")});
    for (const char* t : {"Frühlingsangebot: 20 % Rabatt! Antworten Sie mit STOPP, um sich abzumelden.",
                          "Frühlingsangebot: 20 % Rabatt! Abmelden: Antwort „STOP“",
                          "Frühlingsangebot: 20 % Rabatt! Newsletter abbestellen: Link unten"}) {
        INFO(t);
        CHECK(lint(t, {}, true).isEmpty());
    }
}

TEST_CASE("Link shorteners", "[lint]")
{
    const auto h = lint("Book here: https://bit.ly/3xYz. Or tinyurl.com/abc or t.co/x");
    REQUIRE(h.size() == 3);
    for (const auto& x : h)
        CHECK(x.code == QStringLiteral("link-shortener"));
    CHECK(h.at(0).start == 11);
    CHECK(h.at(0).end == 30); // the full stop after the link is not part of it
    CHECK(lint("See https://www.calmhands.co.uk/prices or microsoft.com or t.com").isEmpty());
    CHECK(codes(lint("cutt.ly/a shorturl.at/b buff.ly rebrand.ly/c ow.ly/d is.gd/e goo.gl/f")).size() == 7);
}

TEST_CASE("The analyser runs the lint with code-point spans", "[lint]")
{
    const ContentAnalyser analyser;
    const auto a = analyser.analyse(QString::fromUtf8("😊 PLEASE ARRIVE EARLY! 20% off massage this week"));
    QStringList c;
    for (const auto& h : a.lint)
        c << h.code;
    CHECK(c == (QStringList{QStringLiteral("all-caps"), QStringLiteral("no-opt-out-line")}));
    CHECK(a.lint.front().start == 2);
    CHECK(a.lint.front().end == 21);
    for (const auto& h : a.lint)
        CHECK_FALSE(h.text.isEmpty());
}
