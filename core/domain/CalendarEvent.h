// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport::domain {

/// STATUS of a calendar event. An event without STATUS is Confirmed.
enum class CalendarEventStatus { Confirmed, Tentative, Cancelled };

/// One event, or one occurrence of a recurring event, as read from a calendar file (.ics), before
/// it is matched to a client. Times are UTC whatever zone the file wrote them in; `timeZoneId`
/// keeps the zone's name as written. (uid, recurrenceId) identifies an occurrence across
/// re-imports of the same calendar.
struct CalendarEvent {
    QString uid;
    /// For an occurrence of a recurring event (RRULE, RDATE, or an override by RECURRENCE-ID):
    /// its original start, UTC, which stays the same when the occurrence is moved. Null for a
    /// one-off event.
    QDateTime recurrenceId;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC; equal to start when the file gives neither DTEND nor DURATION
    /// A whole-day event (VALUE=DATE): `start` and `end` are midnight of `date` and `endDate` in
    /// the zone the reader was given for floating times.
    bool allDay = false;
    QDate date;            ///< all-day: the first day; null otherwise
    QDate endDate;         ///< all-day: the day after the last (as DTEND says); null otherwise
    QString timeZoneId;    ///< DTSTART's TZID as written ("Europe/London", "W. Europe Standard Time"); empty for UTC
    bool floating = false; ///< DTSTART had no zone and no "Z": read in the zone the caller gave
    QString summary;       ///< "Sports massage - Ana Silva"
    QString description;
    QString location;
    QStringList attendeeEmails; ///< without "mailto:", in file order, each once (case ignored)
    QString organizerEmail;     ///< without "mailto:"; empty when there is no ORGANIZER
    CalendarEventStatus status = CalendarEventStatus::Confirmed;
    int sequence = 0;       ///< SEQUENCE: grows each time the organizer changes the event
    QDateTime lastModified; ///< LAST-MODIFIED, UTC; null when absent
    int line = 0;           ///< line of the BEGIN:VEVENT in the file (the override's own, for a moved occurrence)

    bool cancelled() const { return status == CalendarEventStatus::Cancelled; }
};

} // namespace rapport::domain
