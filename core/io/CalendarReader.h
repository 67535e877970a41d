// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CalendarEvent.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>
#include <QVector>
#include <functional>

namespace rapport::io {

/// Bounds that keep a hostile calendar from taking unbounded time or memory.
struct CalendarLimits {
    /// Occurrences of one event inside the window; more is an error for that event.
    int maxOccurrencesPerEvent = 1000;
    /// Repetitions of one event's rules walked from its DTSTART to the end of the window
    /// (a rule repeating every second since 2000 stops here, as an error, instead of hanging).
    int maxIterationsPerEvent = 100000;
    qsizetype maxBytes = 64 * 1024 * 1024; ///< the whole file
};

/// What to read from a calendar.
struct CalendarReadOptions {
    QDateTime from; ///< window start, inclusive
    QDateTime to;   ///< window end, exclusive
    /// The zone of floating times (no TZID, no "Z") and of all-day dates: the practice's zone.
    QTimeZone floatingZone = QTimeZone::utc();
    CalendarLimits limits;
    /// Called with (events done, events total) after each VEVENT of the file.
    std::function<void(int, int)> progress;
};

/// A problem with one event (or with the file around it). The event is left out of the result;
/// the caller decides whether that fails the import (strict) or skips it (lenient).
struct CalendarError {
    int line = 0;    ///< the BEGIN:VEVENT line, or the line of the broken piece inside the event
    QString event;   ///< the event's SUMMARY, else its UID; empty when outside any event
    QString message; ///< one sentence, starting "line N: ", naming the event
};

/// Everything read from one calendar file.
struct CalendarRead {
    QString formatName;   ///< "Google Calendar", "Outlook", "Apple Calendar" or "iCalendar" (from PRODID)
    QString productId;    ///< PRODID as written
    QString calendarName; ///< X-WR-CALNAME; empty when absent
    int eventsRead = 0;   ///< VEVENT components in the file, inside the window or not
    /// Events and occurrences that start inside the window, by start (then UID); a moved
    /// occurrence also when only its original start is inside.
    QVector<domain::CalendarEvent> events;
    QVector<CalendarError> errors; ///< by line
};

/// Reads an iCalendar file (RFC 5545) as Google Calendar, Outlook and Apple Calendar export it,
/// with libical. Times are resolved through the file's VTIMEZONE blocks (Outlook's Windows zone
/// names included), else libical's built-in (Olson) zones, else Windows names mapped to Olson
/// ones; UTC and floating times too. Recurring events (RRULE, RDATE, EXDATE) are expanded inside
/// the window only; an occurrence moved or cancelled by RECURRENCE-ID replaces the original.
/// STATUS:CANCELLED (or METHOD:CANCEL) is reported as Cancelled, not dropped.
///
/// Per-event problems (broken line folding, no DTSTART, no UID, an unknown TZID, a value that
/// does not parse, a recurrence over the limits) become CalendarErrors with the line, and the
/// event is left out. File-level problems (empty, not a calendar, a NUL byte, over maxBytes, an
/// empty window) are the Result's error. Serialised internally: libical's error state is global.
class CalendarReader {
    Q_DECLARE_TR_FUNCTIONS(CalendarReader)

public:
    static domain::Result<CalendarRead> read(const QByteArray& ics, const CalendarReadOptions& options);
    /// read() on a file; the error names the file when it cannot be opened.
    static domain::Result<CalendarRead> readFile(const QString& path, const CalendarReadOptions& options);
};

} // namespace rapport::io
