// SPDX-License-Identifier: GPL-3.0-or-later
// Pure text rules the app and the CLI share: the out-of-hours auto-reply and the masking of
// clinical details in logged texts.
#include "domain/AutoReply.h"
#include "domain/ClinicalMask.h"
#include "domain/WeeklyHours.h"

#include <catch2/catch.hpp>

using namespace rapport::domain;

TEST_CASE("Clinical details in logged texts are masked", "[ui][contactlog][textrules]")
{
    bool masked = false;
    const QString out = ClinicalMask::apply(QStringLiteral("My lower back pain is worse"), &masked);
    CHECK(masked);
    CHECK(out.contains(QStringLiteral("\u2022\u2022\u2022")));
    CHECK_FALSE(out.contains(QStringLiteral("back pain")));
    CHECK(ClinicalMask::apply(QStringLiteral("Running 5 min late"), &masked) == QStringLiteral("Running 5 min late"));
    CHECK_FALSE(masked);
    // Spans are code points: an emoji before the finding keeps the mask in its place.
    const QString emoji = QStringLiteral("\U0001F600 my migraine is back \U0001F622");
    const QString hidden = ClinicalMask::apply(emoji, &masked);
    CHECK(masked);
    CHECK(hidden.startsWith(QStringLiteral("\U0001F600 my ")));
    CHECK(hidden.endsWith(QStringLiteral(" is back \U0001F622")));
    CHECK_FALSE(hidden.contains(QStringLiteral("migraine")));
}

TEST_CASE("The out-of-hours auto-reply is made from the practice name and hours", "[textrules]")
{
    PracticeSettings s;
    s.hours = WeeklyHours(); // no hours set: no sentence about opening times
    CHECK(AutoReply::text(s) == QStringLiteral("Thanks for your message. I'll reply when I'm next in."));
    QString error;
    s.hours = *WeeklyHours::parse(QStringLiteral("Mon-Thu 10:00-20:00, Fri 10:00-14:00"), &error);
    CHECK(AutoReply::text(s) ==
          QStringLiteral("Thanks for your message. The practice is open Mon-Thu 10:00-20:00, Fri 10:00-14:00; I'll "
                         "reply when I'm next in."));
    s.practiceName = QStringLiteral("  Calm Hands Massage ");
    CHECK(AutoReply::text(s).contains(QStringLiteral("Calm Hands Massage is open Mon-Thu")));
}
