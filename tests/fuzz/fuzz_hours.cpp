// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the settings' text parsers, WeeklyHours::parse (opening hours), parseTimeOff
// (time off) and QuietHours::parse. Beyond not crashing: what parses is well formed (intervals
// inside the day, start before end, sorted and apart; ranges from <= to) and its canonical text
// parses back to the same value; a refusal says why.
#include "FuzzCheck.h"
#include "domain/PracticeSettings.h"

using namespace rapport::domain;

namespace {

void checkHours(const QString& text)
{
    QString error;
    const auto hours = WeeklyHours::parse(text, &error);
    if (!hours) {
        FUZZ_REQUIRE(!error.isEmpty());
        return;
    }
    for (int d = 1; d <= 7; ++d) {
        int previousEnd = -1;
        for (const auto& i : hours->day(d)) {
            FUZZ_REQUIRE(i.start >= 0 && i.end <= 24 * 60 && i.start < i.end && i.start >= previousEnd);
            previousEnd = i.end;
        }
    }
    const QString canonical = hours->toString();
    const auto back = WeeklyHours::parse(canonical);
    FUZZ_REQUIRE(back && *back == *hours && back->toString() == canonical);
}

void checkTimeOff(const QString& text)
{
    QString error;
    const auto ranges = parseTimeOff(text, &error);
    if (!ranges) {
        FUZZ_REQUIRE(!error.isEmpty());
        return;
    }
    for (const auto& r : *ranges)
        FUZZ_REQUIRE(r.from.isValid() && r.to.isValid() && r.from <= r.to);
    const auto back = parseTimeOff(formatTimeOff(*ranges));
    FUZZ_REQUIRE(back && *back == *ranges);
}

void checkQuiet(const QString& text)
{
    const auto quiet = QuietHours::parse(text);
    if (!quiet)
        return;
    FUZZ_REQUIRE(quiet->startMinute >= 0 && quiet->startMinute < 24 * 60);
    FUZZ_REQUIRE(quiet->endMinute >= 0 && quiet->endMinute < 24 * 60);
    const auto back = QuietHours::parse(quiet->toString());
    FUZZ_REQUIRE(back && *back == *quiet);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    checkHours(text);
    checkTimeOff(text);
    checkQuiet(text);
    return 0;
}
