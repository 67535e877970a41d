// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CalendarReader must never crash, hang or grow without bound, whatever the bytes,
// and what it returns must keep its promises. Built by tests/fuzz/CMakeLists.txt (RAPPORT_FUZZ).
#include "io/CalendarReader.h"

using namespace rapport::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    CalendarReadOptions options;
    options.from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    options.to = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    options.floatingZone = QTimeZone(QByteArrayLiteral("Europe/London"));
    options.limits.maxOccurrencesPerEvent = 200; // small caps keep each run short
    options.limits.maxIterationsPerEvent = 5000;
    int lastDone = 0;
    options.progress = [&lastDone](int done, int total) {
        if (done != lastDone + 1 || done > total)
            __builtin_trap();
        lastDone = done;
    };
    const auto result = CalendarReader::read(bytes, options);
    if (!result.ok()) {
        if (result.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    auto inWindow = [&](const QDateTime& t) { return t.isValid() && t >= options.from && t < options.to; };
    for (const auto& e : result->events) {
        if (!e.start.isValid() || !e.end.isValid() || e.end < e.start || e.uid.isEmpty())
            __builtin_trap();
        if (!inWindow(e.start) && !inWindow(e.recurrenceId)) // a moved occurrence: either counts
            __builtin_trap();
        if (e.allDay != e.date.isValid())
            __builtin_trap();
    }
    if (result->events.size() > qsizetype(result->eventsRead) * (options.limits.maxOccurrencesPerEvent + 1))
        __builtin_trap();
    for (const auto& e : result->errors)
        if (!e.message.startsWith(QStringLiteral("line %1: ").arg(e.line)))
            __builtin_trap();
    return 0;
}
