// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar reader: Google, Outlook and Apple exports, recurrence inside a window, time zones across
// daylight-saving changes, overrides, cancellations, and bad input reported with event and line.
// Every window is a fixed date: nothing here depends on today.
#include <catch2/catch.hpp>

#include "io/CalendarReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(", ")).toStdString() + ']'; }
};
} // namespace Catch

using namespace rapport::io;
using rapport::domain::CalendarEvent;
using rapport::domain::CalendarEventStatus;

namespace {

QString calendar(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/calendars/") + QLatin1String(name);
}

QByteArray bytesOf(const char* name)
{
    QFile f(calendar(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toUTC();
}

CalendarReadOptions window(const char* from, const char* to, const char* floatingZone = "Europe/London")
{
    CalendarReadOptions o;
    o.from = utc(from);
    o.to = utc(to);
    o.floatingZone = QTimeZone(QByteArray(floatingZone));
    return o;
}

CalendarRead readOk(const char* name, const CalendarReadOptions& options)
{
    auto r = CalendarReader::readFile(calendar(name), options);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

CalendarRead readBytes(const QByteArray& ics, const CalendarReadOptions& options)
{
    auto r = CalendarReader::read(ics, options);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QString errorOf(const QByteArray& ics, const CalendarReadOptions& options)
{
    const auto r = CalendarReader::read(ics, options);
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

QVector<CalendarEvent> withSummary(const CalendarRead& read, const char* summary)
{
    QVector<CalendarEvent> out;
    for (const auto& e : read.events)
        if (e.summary == QString::fromUtf8(summary))
            out.push_back(e);
    return out;
}

QStringList startsOf(const QVector<CalendarEvent>& events)
{
    QStringList out;
    for (const auto& e : events)
        out << e.start.toString(Qt::ISODate);
    return out;
}

std::string errorsText(const CalendarRead& read)
{
    QStringList out;
    for (const auto& e : read.errors)
        out << e.message;
    return out.join(QLatin1Char('\n')).toStdString();
}

const CalendarError& onlyError(const CalendarRead& read, int line)
{
    INFO(errorsText(read));
    const auto it = std::find_if(read.errors.cbegin(), read.errors.cend(),
                                 [line](const CalendarError& e) { return e.line == line; });
    REQUIRE(it != read.errors.cend());
    REQUIRE(std::count_if(read.errors.cbegin(), read.errors.cend(),
                          [line](const CalendarError& e) { return e.line == line; }) == 1);
    return *it;
}

/// A calendar around the given lines; the first VEVENT starts on line 4.
QByteArray ics(const char* body)
{
    return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport tests//Inline//EN\r\n") + body +
           "END:VCALENDAR\r\n";
}

CalendarReadOptions spring()
{
    return window("2025-03-01T00:00:00Z", "2025-05-01T00:00:00Z");
}

} // namespace

TEST_CASE("Calendar reader: Google Calendar export, weekly series across the UK clocks change", "[calendar]")
{
    const CalendarRead read = readOk("google.ics", spring());
    INFO(errorsText(read));
    CHECK(read.errors.isEmpty()); // Google's empty DESCRIPTION: and LOCATION: lines are not errors
    CHECK(read.formatName == QLatin1String("Google Calendar"));
    CHECK(read.calendarName == QLatin1String("Harbour Physio"));
    CHECK(read.eventsRead == 6);

    const auto series = withSummary(read, "Sports massage - Ana Silva");
    // 17 Mar GMT; 24 Mar moved to Tue 25 Mar 14:00; 31 Mar BST (clocks went forward on 30 Mar);
    // 7 Apr excluded (EXDATE); 14 Apr cancelled; 21 Apr the last (UNTIL 09:00Z is 10:00 BST: inclusive).
    CHECK(startsOf(series) ==
          QStringList{QStringLiteral("2025-03-17T10:00:00Z"), QStringLiteral("2025-03-25T14:00:00Z"),
                      QStringLiteral("2025-03-31T09:00:00Z"), QStringLiteral("2025-04-14T09:00:00Z"),
                      QStringLiteral("2025-04-21T09:00:00Z")});
    REQUIRE(series.size() == 5);
    for (const auto& e : series) {
        CHECK(e.uid == QLatin1String("4kq2s7f1b3m9d0p6r8t5v2x4z1@google.com"));
        CHECK(e.end == e.start.addSecs(3600));
        CHECK(e.timeZoneId == QLatin1String("Europe/London"));
        CHECK_FALSE(e.allDay);
        CHECK_FALSE(e.floating);
    }
    const CalendarEvent& first = series.at(0);
    CHECK(first.recurrenceId == utc("2025-03-17T10:00:00Z"));
    CHECK(first.line == 26);
    CHECK(first.sequence == 2);
    CHECK(first.status == CalendarEventStatus::Confirmed);
    CHECK(first.attendeeEmails ==
          QStringList{QStringLiteral("ana.silva@example.com"), QStringLiteral("bookings@harbour-physio.example")});
    CHECK(first.organizerEmail == QLatin1String("bookings@harbour-physio.example"));
    CHECK(first.description == QLatin1String("Weekly sports massage, lower back.\nBring trainers."));
    CHECK(first.location == QLatin1String("Harbour Physio, 12 Quay Street, Bristol"));
    CHECK(first.lastModified == utc("2025-03-10T09:00:00Z"));

    const CalendarEvent& moved = series.at(1);
    CHECK(moved.recurrenceId == utc("2025-03-24T10:00:00Z")); // the original start, GMT
    CHECK(moved.end == utc("2025-03-25T15:00:00Z"));
    CHECK(moved.sequence == 3);
    CHECK(moved.line == 48);
    CHECK(moved.description == QLatin1String("Moved to Tuesday afternoon."));

    CHECK(series.at(2).recurrenceId == utc("2025-03-31T09:00:00Z"));
    const CalendarEvent& cancelled = series.at(3);
    CHECK(cancelled.cancelled());
    CHECK(cancelled.recurrenceId == utc("2025-04-14T09:00:00Z"));
    CHECK(cancelled.line == 66);

    const auto ben = withSummary(read, "Initial assessment: Ben Okafor");
    REQUIRE(ben.size() == 1);
    CHECK(ben.at(0).start == utc("2025-04-02T08:30:00Z")); // written in UTC ("Z")
    CHECK(ben.at(0).end == utc("2025-04-02T09:30:00Z"));
    CHECK(ben.at(0).timeZoneId.isEmpty());
    CHECK(ben.at(0).recurrenceId.isNull());
    CHECK(ben.at(0).attendeeEmails == QStringList{QStringLiteral("ben.okafor@example.net")}); // MAILTO: upper case
    CHECK(ben.at(0).description.isEmpty());

    const auto followUp = withSummary(read, "Ana Silva (follow-up)");
    REQUIRE(followUp.size() == 1);
    CHECK(followUp.at(0).status == CalendarEventStatus::Cancelled);
    CHECK(followUp.at(0).start == utc("2025-04-10T15:00:00Z")); // 16:00 BST

    CHECK(withSummary(read, "Sports massage - Chloe Park").isEmpty()); // February: outside the window
    CHECK(read.events.size() == 7);
    CHECK(std::is_sorted(read.events.cbegin(), read.events.cend(),
                         [](const CalendarEvent& a, const CalendarEvent& b) { return a.start < b.start; }));
}

TEST_CASE("Calendar reader: Outlook export with Windows zone names and an all-day event", "[calendar]")
{
    const CalendarRead read =
        readOk("outlook.ics", window("2025-10-01T00:00:00Z", "2025-12-01T00:00:00Z", "Europe/Berlin"));
    INFO(errorsText(read));
    CHECK(read.errors.isEmpty());
    CHECK(read.formatName == QLatin1String("Outlook"));
    CHECK(read.eventsRead == 4);

    // 09:00 in "W. Europe Standard Time" (its VTIMEZONE, rules from 1601): CEST until 26 Oct, then CET.
    const auto carla = withSummary(read, "Sports massage - Carla Mendes");
    CHECK(startsOf(carla) == QStringList{QStringLiteral("2025-10-16T07:00:00Z"), QStringLiteral("2025-10-23T07:00:00Z"),
                                         QStringLiteral("2025-10-30T08:00:00Z"),
                                         QStringLiteral("2025-11-06T08:00:00Z")});
    REQUIRE(carla.size() == 4);
    CHECK(carla.at(0).timeZoneId == QLatin1String("W. Europe Standard Time"));
    CHECK(carla.at(2).end == utc("2025-10-30T09:00:00Z"));
    CHECK(carla.at(0).attendeeEmails == QStringList{QStringLiteral("carla.mendes@example.de")});
    CHECK(carla.at(0).organizerEmail == QLatin1String("lena.vogel@praxis-vogel.example"));
    CHECK(carla.at(0).location == QLatin1String("Praxis Vogel, Raum 2"));

    // "Eastern Standard Time": EDT until 2 Nov, EST after.
    const auto before = withSummary(read, "Dan Wright (follow-up)");
    REQUIRE(before.size() == 1);
    CHECK(before.at(0).start == utc("2025-10-31T14:00:00Z"));
    CHECK(before.at(0).status == CalendarEventStatus::Tentative);
    const auto after = withSummary(read, "Initial assessment: Dan Wright");
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).start == utc("2025-11-03T15:00:00Z"));
    CHECK(after.at(0).end == utc("2025-11-03T16:00:00Z"));

    const auto closed = withSummary(read, "Practice closed - training day");
    REQUIRE(closed.size() == 1);
    const CalendarEvent& day = closed.at(0);
    CHECK(day.allDay);
    CHECK(day.date == QDate(2025, 10, 27));
    CHECK(day.endDate == QDate(2025, 10, 28));
    CHECK(day.start == utc("2025-10-26T23:00:00Z")); // midnight in the zone given for floating times
    CHECK(day.end == utc("2025-10-27T23:00:00Z"));
    CHECK(day.line == 79);
}

TEST_CASE("Calendar reader: Apple Calendar export, New York and Sydney, a daily COUNT and a floating time",
          "[calendar]")
{
    const CalendarRead read = readOk("apple.ics", spring());
    INFO(errorsText(read));
    CHECK(read.errors.isEmpty());
    CHECK(read.formatName == QLatin1String("Apple Calendar"));
    CHECK(read.calendarName == QLatin1String("Clinic"));

    // 09:00 New York, five days: EST on 7 and 8 March, EDT from 9 March.
    const auto daily = withSummary(read, "Ana Silva (follow-up)");
    CHECK(startsOf(daily) == QStringList{QStringLiteral("2025-03-07T14:00:00Z"), QStringLiteral("2025-03-08T14:00:00Z"),
                                         QStringLiteral("2025-03-09T13:00:00Z"), QStringLiteral("2025-03-10T13:00:00Z"),
                                         QStringLiteral("2025-03-11T13:00:00Z")});
    REQUIRE(daily.size() == 5);
    CHECK(daily.at(2).end == utc("2025-03-09T14:00:00Z"));
    CHECK(daily.at(0).attendeeEmails == QStringList{QStringLiteral("ana.silva@example.com")}); // EMAIL= on urn:uuid:
    CHECK(daily.at(0).organizerEmail == QLatin1String("desk@mainstreet-clinic.example"));
    CHECK(daily.at(0).location == QLatin1String("Main Street Clinic\n200 Main St, Springfield"));
    CHECK(daily.at(0).sequence == 1);

    // 10:00 Sydney with an RDATE: AEDT (+11) on 5 April, AEST (+10) after clocks go back on 6 April.
    const auto sydney = withSummary(read, "Sports massage - Siobhán Ó Briain");
    CHECK(startsOf(sydney) ==
          QStringList{QStringLiteral("2025-04-04T23:00:00Z"), QStringLiteral("2025-04-07T00:00:00Z")});
    REQUIRE(sydney.size() == 2);
    CHECK(sydney.at(1).end == utc("2025-04-07T01:00:00Z"));
    CHECK(sydney.at(1).recurrenceId == utc("2025-04-07T00:00:00Z"));
    CHECK(sydney.at(0).attendeeEmails == QStringList{QStringLiteral("siobhan.obriain@example.ie")});

    // No TZID and no "Z": the caller's zone.
    const auto floating = withSummary(read, "Initial assessment: Ben Okafor");
    REQUIRE(floating.size() == 1);
    CHECK(floating.at(0).floating);
    CHECK(floating.at(0).start == utc("2025-03-12T12:00:00Z"));
    CHECK(floating.at(0).end == utc("2025-03-12T12:45:00Z"));
    const CalendarRead inNewYork =
        readOk("apple.ics", window("2025-03-01T00:00:00Z", "2025-05-01T00:00:00Z", "America/New_York"));
    const auto there = withSummary(inNewYork, "Initial assessment: Ben Okafor");
    REQUIRE(there.size() == 1);
    CHECK(there.at(0).start == utc("2025-03-12T16:00:00Z")); // 12:00 EDT
    // Zoned times do not move with the caller's zone.
    CHECK(startsOf(withSummary(inNewYork, "Ana Silva (follow-up)")) == startsOf(daily));
}

TEST_CASE("Calendar reader: only occurrences inside the window, its start included, its end not", "[calendar]")
{
    SECTION("a window in the middle of a series")
    {
        const CalendarRead read = readOk("google.ics", window("2025-03-26T00:00:00Z", "2025-04-14T09:00:00Z"));
        CHECK(startsOf(read.events) == QStringList{QStringLiteral("2025-03-31T09:00:00Z"),
                                                   QStringLiteral("2025-04-02T08:30:00Z"),
                                                   QStringLiteral("2025-04-10T15:00:00Z")});
        CHECK(read.eventsRead == 6);
    }
    SECTION("the end is exclusive, the start inclusive")
    {
        CHECK(readOk("google.ics", window("2025-03-31T09:00:00Z", "2025-03-31T09:00:01Z")).events.size() == 1);
        CHECK(readOk("google.ics", window("2025-03-31T08:00:00Z", "2025-03-31T09:00:00Z")).events.isEmpty());
    }
    SECTION("a moved occurrence is reported when only its original start is inside")
    {
        const CalendarRead read = readOk("google.ics", window("2025-03-24T00:00:00Z", "2025-03-25T00:00:00Z"));
        REQUIRE(read.events.size() == 1);
        CHECK(read.events.at(0).start == utc("2025-03-25T14:00:00Z"));
        CHECK(read.events.at(0).recurrenceId == utc("2025-03-24T10:00:00Z"));
    }
    SECTION("a COUNT series seen from after its start keeps its occurrences' identities")
    {
        const CalendarRead read = readOk("outlook.ics", window("2025-10-25T00:00:00Z", "2025-11-01T00:00:00Z"));
        const auto carla = withSummary(read, "Sports massage - Carla Mendes");
        REQUIRE(carla.size() == 1);
        CHECK(carla.at(0).recurrenceId == utc("2025-10-30T08:00:00Z"));
    }
    SECTION("an endless daily rule over a month")
    {
        const CalendarRead read = readOk("huge-recurrence.ics", window("2025-07-01T00:00:00Z", "2025-07-31T00:00:00Z"));
        const auto daily = withSummary(read, "Daily stretch - Ana Silva");
        REQUIRE(daily.size() == 30);
        CHECK(daily.first().start == utc("2025-07-01T07:00:00Z")); // 08:00 BST
        CHECK(daily.last().start == utc("2025-07-30T07:00:00Z"));
    }
    SECTION("an empty or inverted window is an error")
    {
        CHECK(errorOf(bytesOf("google.ics"), window("2025-05-01T00:00:00Z", "2025-05-01T00:00:00Z"))
                  .contains(QLatin1String("window")));
        CHECK(errorOf(bytesOf("google.ics"), window("2025-06-01T00:00:00Z", "2025-05-01T00:00:00Z"))
                  .contains(QLatin1String("window")));
    }
}

TEST_CASE("Calendar reader: a huge recurrence stops at the cap, as an error naming event and line", "[calendar]")
{
    QElapsedTimer timer;
    timer.start();
    const CalendarRead read = readOk("huge-recurrence.ics", window("2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z"));
    CHECK(timer.elapsed() < 10000); // not a hang (about 0.1 s here)
    REQUIRE(read.errors.size() == 2);
    const CalendarError& daily = onlyError(read, 11);
    CHECK(daily.event == QLatin1String("Daily stretch - Ana Silva"));
    CHECK(daily.message ==
          QLatin1String("line 11: event 'Daily stretch - Ana Silva': more than 1000 occurrences between "
                        "2025-01-01T00:00:00Z and 2030-01-01T00:00:00Z (a repeat rule without an end?)"));
    const CalendarError& seconds = onlyError(read, 24); // the RRULE line
    CHECK(seconds.event == QLatin1String("Pulse check - Ben Okafor"));
    CHECK(seconds.message.startsWith(QLatin1String("line 24: event 'Pulse check - Ben Okafor': its repeat rule")));
    // Neither is half-imported; the good event is read.
    CHECK(withSummary(read, "Daily stretch - Ana Silva").isEmpty());
    CHECK(startsOf(read.events) == QStringList{QStringLiteral("2025-04-02T09:00:00Z")});

    SECTION("the cap is the caller's")
    {
        CalendarReadOptions options = spring();
        options.limits.maxOccurrencesPerEvent = 5;
        CHECK(readOk("apple.ics", options).errors.isEmpty()); // five days: at the cap
        options.limits.maxOccurrencesPerEvent = 4;
        const CalendarRead capped = readOk("apple.ics", options);
        CHECK(onlyError(capped, 43).message.contains(QLatin1String("more than 4 occurrences")));
        CHECK(withSummary(capped, "Ana Silva (follow-up)").isEmpty());
    }
}

TEST_CASE("Calendar reader: bad events are listed with their name and line, the rest is read", "[calendar]")
{
    SECTION("broken line folding: the line that lost its leading space")
    {
        const CalendarRead read = readOk("broken-folding.ics", spring());
        REQUIRE(read.errors.size() == 1);
        const CalendarError& e = onlyError(read, 18);
        CHECK(e.event == QLatin1String("Initial assessment: Ben Okafor"));
        CHECK(e.message == QLatin1String("line 18: event 'Initial assessment: Ben Okafor': a line that is neither a "
                                         "property nor folded into the line before (broken line folding?): 'from the "
                                         "hospital.'"));
        CHECK(startsOf(read.events) == QStringList{QStringLiteral("2025-04-02T09:00:00Z")});
    }
    SECTION("no DTSTART, a DTSTART that does not parse, an hour 25")
    {
        const CalendarRead read = readOk("missing-dtstart.ics", spring());
        INFO(errorsText(read));
        REQUIRE(read.errors.size() == 3);
        CHECK(onlyError(read, 11).message ==
              QLatin1String("line 11: event 'Ana Silva (follow-up)': no start time (DTSTART)"));
        CHECK(onlyError(read, 20).message == QLatin1String("line 20: event 'Initial assessment: Ben Okafor': the value "
                                                           "of DTSTART cannot be read: '2025-04-05 10:00'"));
        CHECK(onlyError(read, 26).message == // the DTSTART line
              QLatin1String("line 26: event 'Sports massage - Chloe Park': DTSTART is not a valid date and time"));
        CHECK(read.events.size() == 1);
    }
    SECTION("no UID: named by the summary, or said to have neither")
    {
        const CalendarRead read = readOk("no-uid.ics", spring());
        REQUIRE(read.errors.size() == 2);
        CHECK(onlyError(read, 11).event == QLatin1String("Sports massage - Ben Okafor"));
        CHECK(onlyError(read, 11).message.startsWith(
            QLatin1String("line 11: event 'Sports massage - Ben Okafor': no UID")));
        CHECK(onlyError(read, 17).event.isEmpty());
        CHECK(onlyError(read, 17).message.startsWith(QLatin1String("line 17: event without a summary or UID: no UID")));
        CHECK(read.events.size() == 1);
    }
    SECTION("unknown TZIDs, a path for a TZID; a Windows name without VTIMEZONE is mapped")
    {
        const CalendarRead read = readOk("unknown-tzid.ics", spring());
        INFO(errorsText(read));
        REQUIRE(read.errors.size() == 3);
        CHECK(onlyError(read, 14).message == // the DTSTART line of the event at line 11
              QLatin1String("line 14: event 'Ana Silva (follow-up)': DTSTART uses the time zone 'Europe/Atlantis', "
                            "which the file does not define (no VTIMEZONE) and which is not a known zone name"));
        CHECK(onlyError(read, 21).event == QLatin1String("Initial assessment: Ben Okafor")); // folded TZID
        CHECK(onlyError(read, 21).message.contains(QLatin1String("'(UTC+01:00) Amsterdam, Berlin")));
        CHECK(onlyError(read, 33).event == QLatin1String("Sports massage - Chloe Park"));
        CHECK(onlyError(read, 33).message.contains(QLatin1String("EXDATE uses the time zone '../../../dev/stdin'")));
        // "GMT Standard Time" with no VTIMEZONE: Europe/London through CLDR's Windows table.
        REQUIRE(read.events.size() == 1);
        CHECK(read.events.at(0).start == utc("2025-04-02T09:00:00Z"));
        CHECK(read.events.at(0).timeZoneId == QLatin1String("GMT Standard Time"));
    }
    SECTION("a file cut off inside an event")
    {
        const CalendarRead read = readOk("truncated.ics", spring());
        REQUIRE(read.errors.size() == 2);
        CHECK(onlyError(read, 1).message == QLatin1String("line 1: BEGIN:VCALENDAR is never closed by END:VCALENDAR"));
        CHECK(onlyError(read, 11).message ==
              QLatin1String("line 11: event 'Ana Silva (follow-up)': BEGIN:VEVENT is never closed by END:VEVENT"));
        CHECK(read.events.size() == 1);
    }
}

TEST_CASE("Calendar reader: files that are not calendars", "[calendar]")
{
    CHECK(errorOf(bytesOf("not-a-calendar.ics"), spring()) ==
          QLatin1String("line 1: this is not a calendar file: it starts with '<!DOCTYPE html>' where BEGIN:VCALENDAR "
                        "was expected"));
    CHECK(errorOf("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEND:VCARD\r\n", spring())
              .startsWith(QLatin1String("line 1: this is not a calendar file")));
    CHECK(errorOf("\r\n\r\n  \r\n", spring()) == QLatin1String("the calendar file is empty"));
    CHECK(errorOf(QByteArray("BEGIN:VCALENDAR\r\nX-A:1\r\nX-B:\0\r\nEND:VCALENDAR\r\n", 39), spring()) ==
          QLatin1String("line 3: the file holds a NUL byte; it is not a calendar text file"));
    CalendarReadOptions small = spring();
    small.limits.maxBytes = 1024;
    CHECK(errorOf(bytesOf("google.ics"), small).contains(QLatin1String("larger than")));
    const auto missing = CalendarReader::readFile(calendar("no-such-file.ics"), spring());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QLatin1String("no-such-file.ics")));
}

TEST_CASE("Calendar reader: overrides, cancellations and all-day series", "[calendar]")
{
    SECTION("a cancelled series cancels every occurrence, moved ones too")
    {
        const CalendarRead read = readBytes(ics("BEGIN:VEVENT\r\nUID:s1\r\nSUMMARY:Ana Silva (follow-up)\r\n"
                                                "DTSTART:20250401T090000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
                                                "STATUS:CANCELLED\r\nEND:VEVENT\r\n"
                                                "BEGIN:VEVENT\r\nUID:s1\r\nSUMMARY:Ana Silva (follow-up)\r\n"
                                                "RECURRENCE-ID:20250402T090000Z\r\nDTSTART:20250402T150000Z\r\n"
                                                "END:VEVENT\r\n"),
                                            spring());
        REQUIRE(read.events.size() == 3);
        for (const auto& e : read.events)
            CHECK(e.cancelled());
        CHECK(read.events.at(1).start == utc("2025-04-02T15:00:00Z"));
    }
    SECTION("METHOD:CANCEL cancels what it carries")
    {
        const CalendarRead read = readBytes(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:c1\r\n"
            "SUMMARY:Sports massage - Ana Silva\r\nDTSTART:20250401T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            spring());
        REQUIRE(read.events.size() == 1);
        CHECK(read.events.at(0).cancelled());
    }
    SECTION("an override whose series is not in the file stands alone")
    {
        const CalendarRead read = readBytes(ics("BEGIN:VEVENT\r\nUID:o1\r\nSUMMARY:Sports massage - Ana Silva\r\n"
                                                "RECURRENCE-ID;TZID=Europe/London:20250407T100000\r\n"
                                                "DTSTART;TZID=Europe/London:20250408T100000\r\nEND:VEVENT\r\n"),
                                            spring());
        REQUIRE(read.events.size() == 1);
        CHECK(read.events.at(0).start == utc("2025-04-08T09:00:00Z"));
        CHECK(read.events.at(0).recurrenceId == utc("2025-04-07T09:00:00Z"));
        CHECK(read.events.at(0).timeZoneId == QLatin1String("Europe/London"));
    }
    SECTION("a weekly all-day series with an excluded date and a DURATION")
    {
        const CalendarRead read = readBytes(ics("BEGIN:VEVENT\r\nUID:a1\r\nSUMMARY:Practice closed\r\n"
                                                "DTSTART;VALUE=DATE:20250404\r\nDURATION:P1D\r\n"
                                                "RRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE;VALUE=DATE:20250411\r\n"
                                                "END:VEVENT\r\n"),
                                            spring());
        REQUIRE(read.events.size() == 2);
        CHECK(read.events.at(0).allDay);
        CHECK(read.events.at(0).date == QDate(2025, 4, 4));
        CHECK(read.events.at(0).endDate == QDate(2025, 4, 5));
        CHECK(read.events.at(1).date == QDate(2025, 4, 18));
        CHECK(read.events.at(1).start == utc("2025-04-17T23:00:00Z")); // midnight BST
    }
    SECTION("a timed series with a whole day excluded")
    {
        const CalendarRead read = readBytes(ics("BEGIN:VEVENT\r\nUID:t1\r\nSUMMARY:Sports massage - Ana Silva\r\n"
                                                "DTSTART;TZID=Europe/London:20250401T100000\r\n"
                                                "RRULE:FREQ=DAILY;COUNT=3\r\nEXDATE;VALUE=DATE:20250402\r\n"
                                                "END:VEVENT\r\n"),
                                            spring());
        CHECK(startsOf(read.events) ==
              QStringList{QStringLiteral("2025-04-01T09:00:00Z"), QStringLiteral("2025-04-03T09:00:00Z")});
    }
    SECTION("the same UID twice, the same occurrence changed twice")
    {
        const CalendarRead read =
            readBytes(ics("BEGIN:VEVENT\r\nUID:d1\r\nSUMMARY:A\r\nDTSTART:20250401T090000Z\r\n"
                          "END:VEVENT\r\n" // 4-8
                          "BEGIN:VEVENT\r\nUID:d1\r\nSUMMARY:B\r\nDTSTART:20250402T090000Z\r\n"
                          "END:VEVENT\r\n" // 9-13
                          "BEGIN:VEVENT\r\nUID:d1\r\nSUMMARY:C\r\nRECURRENCE-ID:20250401T090000Z\r\n"
                          "DTSTART:20250403T090000Z\r\nEND:VEVENT\r\n" // 14-19
                          "BEGIN:VEVENT\r\nUID:d1\r\nSUMMARY:D\r\nRECURRENCE-ID:20250401T090000Z\r\n"
                          "DTSTART:20250404T090000Z\r\nEND:VEVENT\r\n"), // 20-25
                      spring());
        CHECK(onlyError(read, 9).message == QLatin1String("line 9: event 'B': the same UID as the event at line 4"));
        CHECK(onlyError(read, 20).message.contains(QLatin1String("the first is at line 14")));
        QStringList summaries;
        for (const auto& e : read.events)
            summaries << e.summary;
        CHECK(summaries == QStringList{QStringLiteral("C")}); // A's only occurrence was replaced by C
    }
}

TEST_CASE("Calendar reader: line numbers hold with LF, CR and CRLF ends, a BOM, folding and lower case", "[calendar]")
{
    const QByteArray body = "begin:vcalendar\nversion:2.0\nbegin:vevent\nuid:x1\nsummary:Sports massage -\n  Ana "
                            "Silva\ndtstart:20250401T090000Z\nend:vevent\nbegin:vevent\nuid:x2\nsummary:Ana Silva "
                            "(follow-up)\nend:vevent\nend:vcalendar\n";
    for (const QByteArray& eol : {QByteArray("\n"), QByteArray("\r"), QByteArray("\r\n")}) {
        QByteArray text = "\xEF\xBB\xBF" + body;
        text.replace("\n", eol);
        const CalendarRead read = readBytes(text, spring());
        REQUIRE(read.events.size() == 1);
        CHECK(read.events.at(0).summary == QLatin1String("Sports massage - Ana Silva"));
        CHECK(read.events.at(0).line == 3);
        REQUIRE(read.errors.size() == 1);
        CHECK(read.errors.at(0).message ==
              QLatin1String("line 9: event 'Ana Silva (follow-up)': no start time (DTSTART)"));
    }
}

TEST_CASE("Calendar reader: BEGIN and END that do not pair", "[calendar]")
{
    SECTION("an event that never ends before the next begins")
    {
        const CalendarRead read = readBytes(ics("BEGIN:VEVENT\r\nUID:n1\r\nSUMMARY:Sports massage - Ana Silva\r\n"
                                                "DTSTART:20250401T090000Z\r\n"
                                                "BEGIN:VEVENT\r\nUID:n2\r\nSUMMARY:Ana Silva (follow-up)\r\n"
                                                "DTSTART:20250402T090000Z\r\nEND:VEVENT\r\n"),
                                            spring());
        INFO(errorsText(read));
        CHECK(onlyError(read, 8).message ==
              QLatin1String("line 8: event 'Sports massage - Ana Silva': an event begins at line 8 before this one "
                            "ends (END:VEVENT is missing)"));
        CHECK(std::none_of(read.events.cbegin(), read.events.cend(),
                           [](const CalendarEvent& e) { return e.uid == QLatin1String("n1"); }));
    }
    SECTION("an END with no BEGIN")
    {
        const CalendarRead read = readBytes(ics("END:VEVENT\r\nBEGIN:VEVENT\r\nUID:e1\r\nSUMMARY:X\r\n"
                                                "DTSTART:20250401T090000Z\r\nEND:VEVENT\r\n"),
                                            spring());
        INFO(errorsText(read));
        CHECK(onlyError(read, 4).message.startsWith(QLatin1String("line 4: END:VEVENT where END:VCALENDAR")));
        CHECK_FALSE(read.errors.isEmpty());
    }
}

TEST_CASE("Calendar reader: progress after each event", "[calendar]")
{
    CalendarReadOptions options = spring();
    QVector<QPair<int, int>> calls;
    options.progress = [&calls](int done, int total) { calls.push_back({done, total}); };
    const CalendarRead read = readOk("google.ics", options);
    REQUIRE(calls.size() == 6);
    for (int i = 0; i < calls.size(); ++i)
        CHECK(calls.at(i) == qMakePair(i + 1, 6));
    CHECK(read.eventsRead == 6);
}

TEST_CASE("Calendar reader: every prefix of every export reads without a crash", "[calendar]")
{
    for (const char* name : {"google.ics", "outlook.ics", "apple.ics", "broken-folding.ics", "unknown-tzid.ics"}) {
        const QByteArray whole = bytesOf(name);
        for (int cut = 0; cut < whole.size(); cut += 37) {
            const auto r = CalendarReader::read(whole.left(cut), spring());
            if (!r.ok())
                CHECK_FALSE(r.error().message.isEmpty());
            else
                for (const auto& e : r->errors)
                    CHECK(e.message.startsWith(QStringLiteral("line %1: ").arg(e.line)));
        }
    }
}
