// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "domain/ContentAnalyser.h"

using namespace rapport::domain;

// Everyday practitioner drafts with the purpose and delicacy a careful reader would give them.
// These guard against false positives as much as against misses.
TEST_CASE("Realistic drafts: inferred purpose, sensitivity and delicacy", "[analyser]")
{
    struct Case {
        const char* draft;
        Purpose purpose;
        bool delicate;
    };
    const Case cases[] = {
        {"Hi Jo, I've had a cancellation tomorrow at 10am if you'd like it?", Purpose::Scheduling, false},
        {"Running 10 minutes behind, sorry! See you shortly.", Purpose::Scheduling, false},
        {"Just a reminder that parking is at the back of the building, use the side entrance.", Purpose::Scheduling,
         false},
        {"Thanks for today! Drink plenty of water and take it easy this evening.", Purpose::General, false},
        // "visit" means the booking (tests/data/drafts/README.md, scheduling), so this one is scheduling.
        {"Could you fill in the health questionnaire before your first visit?", Purpose::Scheduling, false},
        {"Could you fill in the health questionnaire and email it back?", Purpose::Admin, false},
        {"Happy birthday Sarah! Hope you have a lovely day.", Purpose::General, false},
        {"Can we move your massage to Thursday? Something came up, sorry.", Purpose::Scheduling, false},
        {"Your card payment didn't go through, could you try again?", Purpose::Admin, false},
        {"Hi Tom, great to see you today. Your shoulder looked much better than last time.", Purpose::Clinical, false},
        {"Welcome back! How was the trip?", Purpose::General, false},
        {"I'll get back to you about the hip as soon as I've checked.", Purpose::General, false},
        {"How did you get on with the new exercises?", Purpose::Clinical, false},
        {"No stress if you need to reschedule, just let me know.", Purpose::Scheduling, false},
        {"I was sorry to hear about your dad. Take all the time you need.", Purpose::General, true},
        {"We have a few spaces left for the stretching workshop on Saturday.", Purpose::Marketing, false},
        {"Your session notes are ready if you want to go through them.", Purpose::Clinical, false},
        {"Please arrive 5 minutes early to complete the consent form.", Purpose::Scheduling, false},
        {"Your knee is booked in for a follow-up next Tuesday.", Purpose::Scheduling, false},
        {"It was a pain finding parking today, sorry I was late.", Purpose::Admin, false},
        {"I think we should take a break for a few weeks and see how you feel.", Purpose::General, true},
        {"Hope your back is feeling better after Saturday's session!", Purpose::Clinical, false},
        {"Your 60 minute sports massage is confirmed for Friday at 5pm.", Purpose::Scheduling, false},
        {"The headaches you mentioned could be linked to the tension in your neck.", Purpose::Clinical, false},
        {"As discussed, I'll write a referral letter to your physio.", Purpose::Clinical, false},
        {"I'm afraid that I have to charge the full fee for today's missed session.", Purpose::General, true},
        {"Since you were 20 weeks pregnant last time, shall we book the pregnancy massage?", Purpose::Clinical, false},
        {"Our Black Friday sale: 30% off all gift vouchers. Reply STOP to opt out.", Purpose::Marketing, false},
        {"Last week brought up a lot; be gentle with yourself and use the coping strategies we practised.",
         Purpose::Clinical, false},
        {"Receipt attached for your records; the balance is now zero.", Purpose::Admin, false},
    };
    const ContentAnalyser analyser;
    for (const auto& c : cases) {
        const auto a = analyser.analyse(QString::fromUtf8(c.draft));
        QStringList found;
        for (const auto& f : a.findings)
            found << toString(f.category) + QLatin1Char(':') + f.text;
        INFO(c.draft << " -> " << toString(a.purpose).toStdString() << " "
                     << found.join(QStringLiteral("; ")).toStdString());
        CHECK(a.purpose == c.purpose);
        CHECK(a.delicate == c.delicate);
        CHECK(a.sensitive == (c.purpose == Purpose::Clinical));
    }
}
