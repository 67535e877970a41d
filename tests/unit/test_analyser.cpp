// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "domain/ContentAnalyser.h"

using namespace rapport::domain;

namespace {

const ContentAnalyser& analyser()
{
    static const ContentAnalyser k;
    return k;
}

QStringList texts(const Analysis& a, Category c)
{
    QStringList out;
    for (const auto& f : a.findings) {
        if (f.category == c)
            out << f.text;
    }
    return out;
}

std::string dump(const Analysis& a)
{
    QStringList parts;
    for (const auto& f : a.findings)
        parts << QStringLiteral("%1:\"%2\"[%3,%4)").arg(toString(f.category), f.text).arg(f.start).arg(f.end);
    return parts.join(QStringLiteral(", ")).toStdString();
}

Analysis run(const char* text, const AnalysisContext& ctx = {})
{
    return analyser().analyse(QString::fromUtf8(text), ctx);
}

} // namespace

TEST_CASE("Worked example 4: back pain and ibuprofen are clinical", "[analyser]")
{
    const auto a = run("How is your lower back pain since the session? Keep taking the ibuprofen.");
    INFO(dump(a));
    REQUIRE(texts(a, Category::Clinical) ==
            QStringList{QStringLiteral("lower back pain"), QStringLiteral("ibuprofen")});
    CHECK(a.findings.front().start == 12);
    CHECK(a.findings.front().end == 27);
    CHECK(texts(a, Category::Scheduling) == QStringList{QStringLiteral("session")});
    CHECK(a.purpose == Purpose::Clinical);
    CHECK(a.sensitive);
    CHECK_FALSE(a.delicate);
}

TEST_CASE("Worked example 1: a confirmation is scheduling", "[analyser]")
{
    const auto a = run("Hi Ana, just confirming your appointment on Tuesday at 3pm. Reply to confirm.");
    INFO(dump(a));
    CHECK(a.purpose == Purpose::Scheduling);
    CHECK_FALSE(a.sensitive);
    CHECK_FALSE(a.delicate);
    CHECK(texts(a, Category::Scheduling).contains(QStringLiteral("appointment")));
    CHECK(texts(a, Category::Scheduling).contains(QStringLiteral("confirming")));
    CHECK(texts(a, Category::Clinical).isEmpty());
}

TEST_CASE("Worked example 6: a spring offer is marketing", "[analyser]")
{
    const auto a = run("Spring offer: 20% off all sessions booked this month!");
    INFO(dump(a));
    CHECK(a.purpose == Purpose::Marketing);
    CHECK(texts(a, Category::Promotional) == QStringList{QStringLiteral("Spring offer"), QStringLiteral("20% off")});
    CHECK_FALSE(a.sensitive);
}

TEST_CASE("Worked example 10: a practical note on parking is admin", "[analyser]")
{
    const auto a = run("Parking: there is a small car park behind the building, free after 6. Please bring loose "
                       "clothing and a towel, and ring the bell at the side door when you arrive.");
    INFO(dump(a));
    CHECK(a.has(Category::Admin));
    CHECK(texts(a, Category::Clinical).isEmpty());
    CHECK_FALSE(a.sensitive);
}

TEST_CASE("The service booked is not a clinical finding", "[analyser]")
{
    for (const char* draft :
         {"Looking forward to your massage on Friday.", "I have a sports massage on Tuesday at 4pm free.",
          "Your deep tissue massage is confirmed for 10am.", "See you for the session next week!",
          "Your pregnancy massage is booked for Monday.", "Neck and shoulder massage, 30 minutes, Thursday.",
          "Your back is booked for Thursday. I'll get back to you about the time."}) {
        const auto a = run(draft);
        INFO(draft << " -> " << dump(a));
        CHECK(texts(a, Category::Clinical).isEmpty());
        CHECK_FALSE(a.sensitive);
        CHECK(a.purpose == Purpose::Scheduling);
    }
}

TEST_CASE("Body parts with a symptom are clinical, with the whole phrase", "[analyser]")
{
    SECTION("the knots in your trapezius")
    {
        const auto a = run("I worked on the knots in your trapezius today, they should ease off in a day or two.");
        INFO(dump(a));
        CHECK(texts(a, Category::Clinical).contains(QStringLiteral("knots in your trapezius")));
        CHECK(a.purpose == Purpose::Clinical);
    }
    SECTION("a weak symptom word next to a body part")
    {
        const auto a = run("Hope your left knee is less stiff this morning.");
        INFO(dump(a));
        CHECK(texts(a, Category::Clinical) == QStringList{QStringLiteral("left knee is less stiff")});
    }
    SECTION("weak symptom words alone are not clinical")
    {
        const auto a = run("Sit tight, I'm running a bit late but I'll be with you soon.");
        INFO(dump(a));
        CHECK(texts(a, Category::Clinical).isEmpty());
        CHECK(a.purpose == Purpose::Scheduling);
    }
    SECTION("advice given is clinical")
    {
        const auto a = run("Keep icing it twice a day and do your stretches; go easy on the hamstring strain.");
        INFO(dump(a));
        CHECK(texts(a, Category::Clinical).contains(QStringLiteral("Keep icing")));
        CHECK(texts(a, Category::Clinical).contains(QStringLiteral("your stretches")));
        CHECK(texts(a, Category::Clinical).contains(QStringLiteral("hamstring strain")));
    }
    SECTION("medication and counselling terms")
    {
        const auto a = run("Thanks for telling me about the antidepressants. Your anxiety and the panic attacks are "
                           "something we can look at together, and your blood pressure tablets are fine with massage.");
        INFO(dump(a));
        const auto c = texts(a, Category::Clinical);
        CHECK(c.contains(QStringLiteral("antidepressants")));
        CHECK(c.contains(QStringLiteral("anxiety")));
        CHECK(c.contains(QStringLiteral("panic attacks")));
        CHECK(c.contains(QStringLiteral("blood pressure tablets")));
    }
    SECTION("pregnancy")
    {
        const auto a = run("Congratulations! At 14 weeks pregnant the side-lying position will be more comfortable.");
        INFO(dump(a));
        CHECK(texts(a, Category::Clinical).contains(QStringLiteral("weeks pregnant")));
    }
    SECTION("negation is not understood")
    {
        const auto a = run("Glad to hear there's no pain now!");
        CHECK(a.has(Category::Clinical));
    }
}

TEST_CASE("Matching is whole-word, case-insensitive, across whitespace and hyphens, with curly apostrophes",
          "[analyser]")
{
    CHECK(texts(run("SCIATICA flare-up again?"), Category::Clinical) ==
          QStringList{QStringLiteral("SCIATICA"), QStringLiteral("flare-up")});
    CHECK(texts(run("Painting the office on Monday."), Category::Clinical).isEmpty());
    CHECK(texts(run("Your plantar\n   fasciitis"), Category::Clinical) ==
          QStringList{QStringLiteral("plantar\n   fasciitis")});
    CHECK(texts(run("sounds like golfer\u2019s elbow"), Category::Clinical) ==
          QStringList{QString::fromUtf8("golfer’s elbow")});
    // A phrase does not run across a full stop.
    CHECK(texts(run("Plantar. Fasciitis"), Category::Clinical).isEmpty());
    CHECK(texts(run("Tennis. Elbow room is fine."), Category::Clinical).isEmpty());
}

TEST_CASE("Delicate: fees, refunds, endings, referrals, concern; a polite sorry is not", "[analyser]")
{
    CHECK_FALSE(run("Sorry for the short notice, could we move to 4pm?").delicate);
    CHECK_FALSE(run("Sorry, I meant Thursday not Tuesday.").delicate);

    const auto fee = run("I'm sorry to say there will be a late-cancellation fee for today's session.");
    INFO(dump(fee));
    CHECK(fee.delicate);
    CHECK(texts(fee, Category::Delicate).contains(QStringLiteral("late-cancellation fee")));
    CHECK(texts(fee, Category::Delicate).contains(QStringLiteral("sorry to say")));

    for (const char* draft : {"I've issued a refund for the session you missed.",
                              "I think it's time to end our work together; let's talk on Thursday.",
                              "I'd like to refer you to a colleague who specialises in jaw problems.",
                              "I was worried about you after Tuesday. Are you okay?",
                              "Thank you for your complaint, I'd like to call you to talk it through.",
                              "You missed your appointment today, so the missed appointment fee applies."}) {
        const auto a = run(draft);
        INFO(draft << " -> " << dump(a));
        CHECK(a.delicate);
    }
}

TEST_CASE("Promotional drafts are marketing; an ordinary offer of a time is not", "[analyser]")
{
    for (const char* draft : {"Our newsletter is out: new gift vouchers for Christmas!",
                              "Refer a friend and you both get 10% off your next massage.",
                              "If you enjoyed today, would you leave a review on Google?"}) {
        const auto a = run(draft);
        INFO(draft << " -> " << dump(a));
        CHECK(a.purpose == Purpose::Marketing);
    }
    const auto offerTime = run("I can offer you 3pm on Wednesday instead.");
    INFO(dump(offerTime));
    CHECK(offerTime.purpose == Purpose::Scheduling);
}

TEST_CASE("Admin and general drafts", "[analyser]")
{
    const auto inv = run("Your invoice is attached; payment by bank transfer is fine.");
    CHECK(inv.purpose == Purpose::Admin);
    const auto general = run("Thank you, lovely to hear from you!");
    INFO(dump(general));
    CHECK(general.purpose == Purpose::General);
    CHECK(general.findings.isEmpty());
}

TEST_CASE("Identifiers make a draft clinical and win over overlapping terms", "[analyser]")
{
    const auto a = run("Card 4539 1488 0343 6467 for the deposit please");
    INFO(dump(a));
    REQUIRE(texts(a, Category::Identifier) == QStringList{QStringLiteral("4539 1488 0343 6467")});
    CHECK(a.purpose == Purpose::Clinical);
    CHECK(a.sensitive);
    const auto dob = run("For the insurer: DOB 02/03/1984, NHS number 943 476 5919.");
    INFO(dump(dob));
    CHECK(texts(dob, Category::Identifier) ==
          QStringList{QStringLiteral("DOB 02/03/1984"), QStringLiteral("943 476 5919")});
    const auto ref = run("Booking ref REF 20261201-0042, call 07400 123456 or +44 7400 123456.");
    INFO(dump(ref));
    CHECK_FALSE(ref.has(Category::Identifier));
    CHECK_FALSE(ref.sensitive);
}

TEST_CASE("Spans are code points: an emoji before a finding shifts offsets by one", "[analyser]")
{
    const QString text = QString::fromUtf8("😊 How is the sciatica?");
    const auto a = analyser().analyse(text);
    REQUIRE(a.findings.size() == 1);
    CHECK(a.findings.front().text == QStringLiteral("sciatica"));
    CHECK(a.findings.front().start == 13);
    CHECK(a.findings.front().end == 21);
    CHECK(text.indexOf(QStringLiteral("sciatica")) == 14); // UTF-16 differs
    // Two emoji, one of them a flag of two code points: +3 code points, +6 UTF-16 units.
    const auto b = analyser().analyse(QString::fromUtf8("🇬🇧👍 sciatica"));
    REQUIRE(b.findings.size() == 1);
    CHECK(b.findings.front().start == 4);
    CHECK(b.findings.front().end == 12);
}

TEST_CASE("Findings are sorted and never overlap", "[analyser]")
{
    const auto a = run("Sorry to hear your lower back pain is worse; I'm sorry to say the late cancellation fee still "
                       "applies, and please fill in the intake form. Spring offer: 20% off. Card 4111 1111 1111 1111.");
    INFO(dump(a));
    for (int i = 1; i < a.findings.size(); ++i) {
        CHECK(a.findings.at(i - 1).end <= a.findings.at(i).start);
    }
    CHECK(a.delicate);
    CHECK(a.sensitive);
    CHECK(a.purpose == Purpose::Clinical);
}

TEST_CASE("The chosen purpose does not change the inferred one", "[analyser]")
{
    AnalysisContext ctx;
    ctx.chosenPurpose = Purpose::Marketing;
    const auto a = run("Your appointment is on Tuesday.", ctx);
    CHECK(a.purpose == Purpose::Scheduling);
}

TEST_CASE("Category names round-trip", "[analyser]")
{
    const QStringList names{QStringLiteral("clinical"),    QStringLiteral("identifier"), QStringLiteral("delicate"),
                            QStringLiteral("promotional"), QStringLiteral("scheduling"), QStringLiteral("admin")};
    for (const auto& n : names) {
        const auto c = categoryFromString(n);
        REQUIRE(c);
        CHECK(toString(*c) == n);
    }
    CHECK_FALSE(categoryFromString(QStringLiteral("Clinical")));
    CHECK_FALSE(categoryFromString(QString()));
}

TEST_CASE("Each finding carries a why", "[analyser]")
{
    const auto a = run("Your sciatica, the refund, 20% off, the appointment, the invoice, DOB 02/03/1984.");
    INFO(dump(a));
    CHECK(a.findings.size() == 6);
    for (const auto& f : a.findings)
        CHECK_FALSE(f.why.isEmpty());
}

TEST_CASE("A finding before a body part links through a preposition", "[analyser]")
{
    const auto a = run("There's a small tear in your left hamstring, so no running this week.");
    INFO(dump(a));
    CHECK(texts(a, Category::Clinical) == QStringList{QStringLiteral("small tear in your left hamstring")});
    const auto b = run("Any tightness around the shoulders and neck after Tuesday?");
    INFO(dump(b));
    CHECK(texts(b, Category::Clinical) == QStringList{QStringLiteral("tightness around the shoulders and neck")});
}

TEST_CASE("Rule clock-time: h:mm and h.mm with or without am/pm, and 'at' an hour", "[analyser]")
{
    const auto a =
        run("Could you do 8:20am on the 9th, or 11.45 pm, or else 4:05 with Sam? Otherwise at 9 or at 6 pm.");
    INFO(dump(a));
    const auto s = texts(a, Category::Scheduling);
    for (const char* t : {"8:20am", "11.45 pm", "4:05", "at 9", "at 6 pm"})
        CHECK(s.contains(QString::fromLatin1(t)));
    // Guards: prices, quantities after 'at', a street number.
    const auto g = run("The total is £12.30, at 12 weeks the bump shows, we're at 5 Main Street, 2.5 kg.");
    INFO(dump(g));
    CHECK(texts(g, Category::Scheduling).isEmpty());
}

TEST_CASE("Rule money-off and offer: offer prices, credit, free extras, a call to book now", "[analyser]")
{
    const auto a = run("Winter deal: a full MOT for only £39 (a £90 value). Refer someone and get a £15 credit. "
                       "Every facial comes with a free 10 minute scalp massage. Book your tune-up today!");
    INFO(dump(a));
    const auto p = texts(a, Category::Promotional);
    CHECK(p.contains(QStringLiteral("for only £39 (a £90 value")));
    CHECK(p.contains(QStringLiteral("£15 credit")));
    CHECK(std::any_of(p.cbegin(), p.cend(), [](const QString& x) { return x.contains(QLatin1String("free 10")); }));
    CHECK(p.contains(QStringLiteral("Book your tune-up today")));
    CHECK(a.purpose == Purpose::Marketing);
    // Guards: "feel free", a free slot, a plain price is admin, "book" not at a sentence start.
    const auto g = run("Feel free to book a session whenever suits. I have a free slot at 4pm; it's £45 as usual. "
                       "Book whenever suits.");
    INFO(dump(g));
    CHECK_FALSE(g.has(Category::Promotional));
    CHECK(texts(g, Category::Admin).contains(QStringLiteral("£45")));
}

TEST_CASE("Aftercare, referral and wellbeing phrases; their false-positive guards", "[analyser]")
{
    const auto a =
        run("Any side effects from the new tablets? Do the heel raises and the pigeon stretch, and put a wheat "
            "bag on it. If it flares up, I'd like you to see a rheumatologist.");
    INFO(dump(a));
    const auto c = texts(a, Category::Clinical);
    for (const char* t : {"side effects", "heel raises", "pigeon stretch", "wheat bag", "flares up", "rheumatologist"})
        CHECK(c.contains(QString::fromLatin1(t)));
    CHECK(texts(a, Category::Delicate).contains(QStringLiteral("I'd like you to see")));
    const auto w =
        run("I'm sorry you're going through this. If you ever feel unsafe, crisis support is there day and night.");
    INFO(dump(w));
    CHECK(w.delicate);
    CHECK(w.sensitive);
    // Guards: an idiom, the verb 'address', a client's holiday, weekday alone, the discipline alone.
    for (const char* draft : {"The roadworks were a pain this morning!", "We'll address that on the phone.",
                              "Glad the holiday was lovely, see you next week.", "Thanks for the card on Friday.",
                              "Thanks for recommending Eastside Physio to your sister."}) {
        const auto g = run(draft);
        INFO(draft << " -> " << dump(g));
        CHECK(g.findings.isEmpty());
    }
}

TEST_CASE("Admin: insurance words, cards on file, an overdue invoice is admin not delicate", "[analyser]")
{
    const auto a = run("Your copay is covered once the deductible is met; we keep your card on file and can do the "
                       "health fund claim on the spot. Invoice 88 is overdue.");
    INFO(dump(a));
    const auto ad = texts(a, Category::Admin);
    for (const char* t : {"copay", "deductible", "card on file", "health fund", "overdue"})
        CHECK(ad.contains(QString::fromLatin1(t)));
    CHECK_FALSE(a.delicate);
    CHECK(a.purpose == Purpose::Admin);
    const auto b = run("Your balance has improved so much since the first week.");
    INFO(dump(b));
    CHECK(b.sensitive);
    CHECK_FALSE(b.has(Category::Admin));
}

TEST_CASE("Rule fee-charge: a charge far from another delicate phrase in its sentence is still found", "[analyser]")
{
    const auto a = run("As my terms say, I charge for sessions missed without a day's notice, so I'm afraid the full "
                       "amount for this morning will still apply.");
    INFO(dump(a));
    const auto d = texts(a, Category::Delicate);
    CHECK(std::any_of(d.cbegin(), d.cend(), [](const QString& x) { return x.startsWith(QLatin1String("charge")); }));
    CHECK(d.contains(QStringLiteral("will still apply")));
    // Guard: an ordinary charge for today's session is not delicate.
    CHECK_FALSE(run("I'll charge the usual fee for today's session to your card.").delicate);
}

TEST_CASE("Every finding's source has words for the tooltip", "[analyser]")
{
    const ContentAnalyser a;
    const auto analysis = a.analyse(QString::fromUtf8(
        "Your Sports Injury Massage is at 3:00 PM; knee still stiff? Missed sessions are charged in full. "
        "Get $50 off, or a free consultation for just $49. Card 4539 1488 0343 6467, DOB 02/03/1984."));
    QSet<QString> sources;
    for (const auto& f : analysis.findings) {
        INFO(f.text.toStdString() << " " << f.source.toStdString());
        CHECK_FALSE(f.source.isEmpty());
        CHECK(describeSource(f.source) != f.source); // a code without words would show as itself
        sources.insert(f.source);
    }
    CHECK(sources.size() >= 6);
}

namespace {
QStringList foundAs(const char* text, Category c)
{
    QStringList out;
    for (const auto& f : ContentAnalyser().analyse(QString::fromUtf8(text)).findings) {
        if (f.category == c)
            out << f.text;
    }
    return out;
}
} // namespace

TEST_CASE("Rule service-name: a booked service in title case shadows the clinical words inside it", "[analyser]")
{
    for (const char* t :
         {"Your Deep Tissue Injury Massage is on Friday at 2pm.", "See you for your Spinal Manipulation Session.",
          "Booked: Initial Osteopathic Assessment, 9am Monday."}) {
        INFO(t);
        const auto a = ContentAnalyser().analyse(QString::fromUtf8(t));
        CHECK_FALSE(a.sensitive);
        CHECK(a.purpose == Purpose::Scheduling);
    }
    // Written in lower case inside a sentence it is what was found, not what was booked.
    CHECK(ContentAnalyser().analyse(QStringLiteral("The injury to your spine needs a scan.")).sensitive);
}

TEST_CASE("Rule fee-charge: a charge in a sentence about a cancelled, missed or late session", "[analyser]")
{
    for (const char* t : {"If you cancel on the day we'll have to charge the session in full.",
                          "Appointments missed without notice are billed at the usual rate.",
                          "Arriving more than 15 minutes late means the full price is payable."}) {
        INFO(t);
        CHECK(ContentAnalyser().analyse(QString::fromUtf8(t)).delicate);
    }
    // A fee without a cancellation, a cancellation without a fee: not delicate.
    CHECK_FALSE(ContentAnalyser().analyse(QStringLiteral("The fee for a 60 minute session is £55.")).delicate);
    CHECK_FALSE(ContentAnalyser().analyse(QStringLiteral("No problem, I've cancelled Thursday for you.")).delicate);
}

TEST_CASE("Rule money-off: an amount of money followed by off", "[analyser]")
{
    CHECK(foundAs("Take £15 off a second booking this week.", Category::Promotional)
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("£15 off")));
    CHECK(foundAs("Now 30 euro off for students.", Category::Promotional)
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("30 euro off")));
    CHECK(ContentAnalyser().analyse(QStringLiteral("$40.00 off your next visit")).purpose == Purpose::Marketing);
    // "off" after a time or a day is no offer.
    CHECK(foundAs("I'm off on the 15th, back at 9.", Category::Promotional).isEmpty());
}

TEST_CASE("A cue word a few words after a body part, and a whole clock time", "[analyser]")
{
    CHECK_FALSE(foundAs("Your hip after all that gardening was still tender.", Category::Clinical).isEmpty());
    CHECK(foundAs("Your hip. Tender steak for dinner!", Category::Clinical).isEmpty()); // another sentence
    const auto times = foundAs("Moved to 4:15 PM on Wednesday.", Category::Scheduling);
    CHECK(times.contains(QStringLiteral("4:15 PM")));
    for (const QString& s : times)
        CHECK_FALSE(s.startsWith(QLatin1String("15")));
}

TEST_CASE("An identifier wins over a sentence rule's span inside it", "[analyser][fuzz]")
{
    // Regression (fuzz_analyser): a date of birth with mixed separators was also read as a clock
    // time at "14.02", so two findings overlapped.
    const Analysis a = run("Patient DOB 14.02/1961, thanks");
    INFO(dump(a));
    REQUIRE(texts(a, Category::Identifier) == QStringList{QStringLiteral("DOB 14.02/1961")});
    CHECK(texts(a, Category::Scheduling).isEmpty());
    for (int i = 1; i < a.findings.size(); ++i)
        CHECK(a.findings.at(i - 1).end <= a.findings.at(i).start);
    // A clock time beside the date, not inside it, stays.
    const QStringList times = texts(run("DOB 14.02/1961, see you at 14.30"), Category::Scheduling);
    REQUIRE(times.size() == 1);
    CHECK(times.first().endsWith(QStringLiteral("14.30")));
}
