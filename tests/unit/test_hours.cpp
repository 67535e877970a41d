// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PracticeSettings.h"
#include "domain/WeeklyHours.h"

#include <catch2/catch.hpp>

using namespace rapport::domain;
using Interval = WeeklyHours::Interval;

namespace {
std::string str(const QString& s)
{
    return s.toStdString();
}
} // namespace

TEST_CASE("WeeklyHours parses day ranges, lists and several intervals", "[hours]")
{
    QString error;
    SECTION("ranges and parts")
    {
        const auto h = WeeklyHours::parse(QStringLiteral("Mon-Thu 10:00-20:00, Fri 10:00-14:00"), &error);
        REQUIRE(h);
        for (int d = 1; d <= 4; ++d)
            CHECK(h->day(d) == QVector<Interval>{{600, 1200}});
        CHECK(h->day(5) == QVector<Interval>{{600, 840}});
        CHECK(h->day(6).isEmpty());
        CHECK(h->day(7).isEmpty());
        CHECK(str(h->toString()) == "Mon-Thu 10:00-20:00, Fri 10:00-14:00");
    }
    SECTION("German day names, as a German practice writes them; the canonical text stays English")
    {
        const auto h =
            WeeklyHours::parse(QStringLiteral("Mo.-Do. 10:00-20:00, Fr 10:00-14:00, Samstag 09:00-12:00"), &error);
        INFO(str(error));
        REQUIRE(h);
        for (int d = 1; d <= 4; ++d)
            CHECK(h->day(d) == QVector<Interval>{{600, 1200}});
        CHECK(h->day(5) == QVector<Interval>{{600, 840}});
        CHECK(h->day(6) == QVector<Interval>{{540, 720}});
        CHECK(str(h->toString()) == "Mon-Thu 10:00-20:00, Fri 10:00-14:00, Sat 09:00-12:00");
        CHECK_FALSE(WeeklyHours::parse(QStringLiteral("Mx-Fr 10:00-20:00"), &error));
    }
    SECTION("day list with two intervals")
    {
        const auto h = WeeklyHours::parse(QStringLiteral("Mon,Wed 09:00-12:00 13:00-17:00"), &error);
        REQUIRE(h);
        const QVector<Interval> split{{540, 720}, {780, 1020}};
        CHECK(h->day(1) == split);
        CHECK(h->day(3) == split);
        CHECK(h->day(2).isEmpty());
        CHECK(str(h->toString()) == "Mon,Wed 09:00-12:00 13:00-17:00");
    }
    SECTION("single day, long names, spaces and case")
    {
        const auto h = WeeklyHours::parse(QStringLiteral(" saturday 9:00 - 12:00 ; SUN 10:00-24:00 "), &error);
        REQUIRE(h);
        CHECK(h->day(6) == QVector<Interval>{{540, 720}});
        CHECK(h->day(7) == QVector<Interval>{{600, 1440}});
        CHECK(h->isOpen(7, 1439));
        CHECK_FALSE(h->isOpen(6, 720));
        CHECK(str(h->toString()) == "Sat 09:00-12:00, Sun 10:00-24:00");
    }
    SECTION("more times for the same days after a comma, overlaps merged")
    {
        const auto h = WeeklyHours::parse(QStringLiteral("Mon 09:00-12:00, 11:00-13:00, Tue 08:00-09:00"), &error);
        REQUIRE(h);
        CHECK(h->day(1) == QVector<Interval>{{540, 780}});
        CHECK(h->day(2) == QVector<Interval>{{480, 540}});
    }
    SECTION("round trip of the defaults and of a mixed week")
    {
        CHECK(str(WeeklyHours::defaults().toString()) == "Mon-Fri 09:00-17:00");
        const QString text = QStringLiteral("Mon-Tue,Thu 08:30-12:00 13:00-18:45, Wed 10:00-14:00, Sat 09:00-11:00");
        const auto h = WeeklyHours::parse(text, &error);
        REQUIRE(h);
        CHECK(h->toString() == text);
        CHECK(WeeklyHours::parse(h->toString()) == h);
    }
}

TEST_CASE("WeeklyHours refuses bad text and says what and where", "[hours]")
{
    const auto failsWith = [](const char* text, const char* message) {
        QString error;
        INFO(text);
        CHECK_FALSE(WeeklyHours::parse(QString::fromUtf8(text), &error));
        CHECK_THAT(str(error), Catch::Contains(message));
    };
    failsWith("Mon 09:00-12:00, Fx 10:00-14:00", "'Fx' is not a day (part 2)");
    failsWith("Mon-Frx 09:00-12:00", "'Frx' is not a day (part 1)");
    failsWith("Fri-Mon 09:00-12:00", "'Fri-Mon' runs backwards");
    failsWith("Mon 9-17", "'9-17' is not a time range like 09:00-17:00 (part 1)");
    failsWith("Mon 09:00-12:00, Tue 25:00-26:00", "'25:00-26:00' is not a valid time of day (part 2)");
    failsWith("Mon 20:00-02:00", "'20:00-02:00' ends before it starts");
    failsWith("Mon 09:00-09:00", "ends before it starts");
    failsWith("Mon-Fri", "'Mon-Fri' has no times (part 1)");
    failsWith("", "No hours given");
    failsWith("09:00-17:00", "has no day before it");
    failsWith("Mon,,Tue 09:00-10:00", "A day is missing before a comma (part 1)");
    failsWith("Mon 09:00-10:00, , Tue 09:00-10:00", "Nothing between two commas (part 2)");
}

TEST_CASE("Time off parses ranges and single days", "[hours]")
{
    QString error;
    const auto r = parseTimeOff(QStringLiteral("2026-12-24..2027-01-02, 2027-04-01"), &error);
    REQUIRE(r);
    REQUIRE(r->size() == 2);
    CHECK((*r)[0] == DateRange{QDate(2026, 12, 24), QDate(2027, 1, 2)});
    CHECK((*r)[1] == DateRange{QDate(2027, 4, 1), QDate(2027, 4, 1)});
    CHECK((*r)[0].contains(QDate(2027, 1, 1)));
    CHECK_FALSE((*r)[0].contains(QDate(2027, 1, 3)));
    CHECK(str(formatTimeOff(*r)) == "2026-12-24..2027-01-02, 2027-04-01");

    const auto empty = parseTimeOff(QStringLiteral("  "), &error);
    REQUIRE(empty);
    CHECK(empty->isEmpty());
    CHECK(formatTimeOff({}).isEmpty());

    const auto spaced = parseTimeOff(QStringLiteral("2026-08-01 .. 2026-08-14,"), &error);
    REQUIRE(spaced);
    CHECK(spaced->size() == 1);
}

TEST_CASE("Time off refuses bad text and says what and where", "[hours]")
{
    const auto failsWith = [](const char* text, const char* message) {
        QString error;
        INFO(text);
        CHECK_FALSE(parseTimeOff(QString::fromUtf8(text), &error));
        CHECK_THAT(str(error), Catch::Contains(message));
    };
    failsWith("2027-01-02..2026-12-24", "'2027-01-02..2026-12-24' ends before it starts (part 1)");
    failsWith("2026-12-24, 2026-13-01", "'2026-13-01' is not a date like 2026-12-24 (part 2)");
    failsWith("24/12/2026", "'24/12/2026' is not a date");
    failsWith("2026-12-24..", "A date is missing in '2026-12-24..' (part 1)");
    failsWith("2026-2-3", "'2026-2-3' is not a date");
}
