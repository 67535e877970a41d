// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CalendarReader.h"

#include <libical/ical.h>

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace rapport::io {

using domain::CalendarEvent;
using domain::CalendarEventStatus;

namespace {

/// Fed to libical right after each BEGIN:VEVENT, so every event carries its own line: libical
/// keeps no line numbers, and counting components afterwards goes wrong as soon as libical
/// nests or drops one of a broken file.
constexpr char kLineProperty[] = "X-RAPPORT-SOURCE-LINE";

struct ParserFree {
    void operator()(icalparser* p) const { icalparser_free(p); }
};
struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
struct IteratorFree {
    void operator()(icalrecur_iterator* i) const { icalrecur_iterator_free(i); }
};

struct LogicalLine {
    int line = 0; ///< physical line it starts on
    QByteArray text;
};

QString fromC(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString shortened(QString s, int max = 60)
{
    s = s.simplified();
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

QString withoutMailto(QString v)
{
    v = v.trimmed();
    if (v.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        v = v.mid(7);
    return v.trimmed();
}

QString paramOf(icalproperty* prop, const char* name)
{
    return fromC(icalproperty_get_parameter_as_string(prop, name));
}

/// A name safe to hand to libical's built-in zone lookup, which opens a file of that name under
/// the system's zoneinfo: an Olson-shaped name only, so a TZID such as "../../dev/stdin" never
/// reaches the file system.
bool looksLikeOlson(const QString& name)
{
    static const QRegularExpression kOlson(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,3}$"));
    return kOlson.match(name).hasMatch();
}

/// A time resolved to UTC, with what the file wrote.
struct Time {
    bool isDate = false;
    bool floating = false;
    QDate date;                                ///< all-day: the date; else the local date as written
    QDateTime utc;                             ///< all-day: midnight in the floating zone
    icaltimetype local = icaltime_null_time(); ///< with its zone attached (none when floating)
    QString tzid;
};

/// One problem, kept until the event's name is known.
struct Problem {
    int line = 0;
    QString detail;
};

/// One VEVENT, read but not yet expanded.
struct Parsed {
    icalcomponent* comp = nullptr;
    int line = 0;
    int beginIndex = -1; ///< its BEGIN:VEVENT among the logical lines
    int endIndex = -1;   ///< its END:VEVENT (or the last line when never closed)
    QString uid;
    QString name;
    QVector<Problem> problems;
    QSet<QString> unreadable; ///< properties libical dropped for a value it could not parse
    Time start;
    bool hasStart = false;
    qint64 durationSecs = 0;
    int durationDays = 1;
    bool hasRecurrenceId = false;
    Time recurrenceId;
    bool recurring = false; ///< RRULE or RDATE
    CalendarEventStatus status = CalendarEventStatus::Confirmed;
    CalendarEvent base; ///< every field but the times
};

qint64 keyOf(const QDateTime& utc)
{
    return utc.toMSecsSinceEpoch();
}

struct Occurrence {
    QDateTime start;
    QDateTime end;
    QDate date;
    QDate endDate;
    QDate localDate;
};

class Session {
    Q_DECLARE_TR_FUNCTIONS(CalendarReader)

public:
    explicit Session(const CalendarReadOptions& options)
        : m_options(options), m_from(options.from.toUTC()), m_to(options.to.toUTC())
    {
    }

    domain::Result<CalendarRead> run(const QByteArray& bytes);

private:
    domain::Status split(const QByteArray& bytes);
    void parse();
    void structural(int index, const QByteArray& upper);
    void collectEvents(icalcomponent* comp);
    void collectLicErrors(icalcomponent* comp, Parsed* event);
    int lineOfText(const QString& text, int fromIndex, int toIndex) const;
    int lineOfProperty(const Parsed& event, const char* name) const;
    Parsed read(icalcomponent* comp);
    bool resolve(icalproperty* prop, icaltimetype t, Time& out, Parsed& event, const char* what);
    icaltimezone* zone(const QString& tzid);
    QDateTime utcOf(const icaltimetype& t) const;
    QDateTime floatingToUtc(const QDate& d, const QTime& t) const;
    bool inWindow(const QDateTime& utc) const { return utc >= m_from && utc < m_to; }
    void expand(Parsed& event);
    void emitOne(const Parsed& event, const Occurrence& o, bool asOccurrence);
    Occurrence occurrenceAt(const Parsed& event, const Time& t) const;
    void fail(const Parsed& event, int line, const QString& detail);
    QString message(int line, const QString& name, const QString& detail) const;

    CalendarReadOptions m_options;
    QDateTime m_from;
    QDateTime m_to;
    QVector<LogicalLine> m_lines;
    struct Open {
        QByteArray name;
        int index; ///< of its BEGIN line
    };
    QVector<Open> m_open;                             ///< components begun and not yet ended, while feeding
    std::unique_ptr<icalparser, ParserFree> m_parser; ///< owns the root icalparser_clean() returns
    std::vector<std::unique_ptr<icalcomponent, ComponentFree>> m_owned;
    QVector<icalcomponent*> m_roots; ///< owned by m_owned or by m_parser
    QVector<icalcomponent*> m_events;
    QHash<int, QPair<int, int>> m_eventRange;  ///< BEGIN:VEVENT line -> (begin, end) logical indexes
    QHash<int, QVector<Problem>> m_structural; ///< BEGIN:VEVENT line -> problems found while feeding
    QVector<Problem> m_outside;                ///< problems outside any event
    QHash<QString, icaltimezone*> m_zones;
    QHash<QString, QSet<qint64>> m_overridden; ///< UID -> recurrence ids that an override replaces
    QSet<QString> m_cancelledSeries;
    bool m_methodCancel = false;
    CalendarRead m_result;
};

QString Session::message(int line, const QString& name, const QString& detail) const
{
    if (name.isEmpty())
        return tr("line %1: event without a summary or UID: %2").arg(line).arg(detail);
    return tr("line %1: event '%2': %3").arg(line).arg(shortened(name), detail);
}

void Session::fail(const Parsed& event, int line, const QString& detail)
{
    m_result.errors.push_back({line, event.name, message(line, event.name, detail)});
}

domain::Status Session::split(const QByteArray& input)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return domain::Error::invalid(tr("the calendar file is empty"));
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    const QList<QByteArray> physical = bytes.split('\n');
    for (int i = 0; i < physical.size(); ++i) {
        const QByteArray& p = physical.at(i);
        if (p.contains('\0'))
            return domain::Error::invalid(
                tr("line %1: the file holds a NUL byte; it is not a calendar text file").arg(i + 1));
        // RFC 5545 3.1: a line that starts with a space or tab continues the line before.
        if ((p.startsWith(' ') || p.startsWith('\t')) && !m_lines.isEmpty()) {
            m_lines.last().text.append(p.constData() + 1, p.size() - 1);
            continue;
        }
        if (p.trimmed().isEmpty())
            continue;
        m_lines.push_back({i + 1, p});
    }
    const LogicalLine& first = m_lines.first();
    if (first.text.trimmed().toUpper() != "BEGIN:VCALENDAR")
        return domain::Error::invalid(
            tr("line %1: this is not a calendar file: it starts with '%2' where BEGIN:VCALENDAR was expected")
                .arg(first.line)
                .arg(shortened(QString::fromUtf8(first.text), 40)));
    return std::nullopt;
}

/// BEGIN/END pairing as libical does not check it (it closes whatever is open on any END).
void Session::structural(int index, const QByteArray& upper)
{
    auto& stack = m_open;
    const int line = m_lines.at(index).line;
    auto enclosingEvent = [&]() -> int {
        for (auto it = stack.crbegin(); it != stack.crend(); ++it)
            if (it->name == "VEVENT")
                return m_lines.at(it->index).line;
        return 0;
    };
    auto note = [&](int eventLine, Problem p) {
        if (eventLine)
            m_structural[eventLine].push_back(std::move(p));
        else
            m_outside.push_back(std::move(p));
    };
    if (upper.startsWith("BEGIN:")) {
        const QByteArray name = upper.mid(6).trimmed();
        if (name == "VEVENT") {
            if (const int outer = enclosingEvent())
                note(outer,
                     {line, tr("an event begins at line %1 before this one ends (END:VEVENT is missing)").arg(line)});
            m_eventRange.insert(line, {index, m_lines.size() - 1});
        }
        stack.push_back({name, index});
    } else if (upper.startsWith("END:")) {
        const QByteArray name = upper.mid(4).trimmed();
        if (stack.isEmpty()) {
            m_outside.push_back({line, tr("END:%1 without a BEGIN:%1 before it").arg(QString::fromUtf8(name))});
            return;
        }
        const Open open = stack.takeLast();
        if (open.name == "VEVENT") {
            const int beginLine = m_lines.at(open.index).line;
            m_eventRange[beginLine].second = index;
        }
        if (open.name != name) {
            const int eventLine = open.name == "VEVENT" ? m_lines.at(open.index).line : enclosingEvent();
            note(eventLine, {line, tr("END:%1 where END:%2 was expected (for the BEGIN:%2 at line %3)")
                                       .arg(QString::fromUtf8(name), QString::fromUtf8(open.name))
                                       .arg(m_lines.at(open.index).line)});
        }
    }
    if (index == m_lines.size() - 1) {
        for (const Open& open : stack) {
            const int openLine = m_lines.at(open.index).line;
            const int eventLine = open.name == "VEVENT" ? openLine : 0;
            note(eventLine, {openLine, tr("BEGIN:%1 is never closed by END:%1").arg(QString::fromUtf8(open.name))});
        }
    }
}

void Session::parse()
{
    m_parser.reset(icalparser_new());
    for (int i = 0; i < m_lines.size(); ++i) {
        QByteArray text = m_lines.at(i).text;
        const QByteArray upper = text.trimmed().toUpper();
        structural(i, upper);
        if (icalcomponent* root = icalparser_add_line(m_parser.get(), text.data())) {
            m_owned.emplace_back(root);
            m_roots.push_back(root);
        }
        if (upper == "BEGIN:VEVENT") {
            QByteArray mark = QByteArray(kLineProperty) + ':' + QByteArray::number(m_lines.at(i).line);
            icalparser_add_line(m_parser.get(), mark.data());
        }
    }
    // Components never closed: libical hands them back, with an error property, from clean().
    // Quirk: the parser keeps that root and frees it again in icalparser_free(), so it is not ours.
    if (icalparser_get_state(m_parser.get()) != ICALPARSER_SUCCESS || m_roots.isEmpty())
        if (icalcomponent* rest = icalparser_clean(m_parser.get()))
            m_roots.push_back(rest);
}

void Session::collectEvents(icalcomponent* comp)
{
    if (icalcomponent_isa(comp) == ICAL_VEVENT_COMPONENT)
        m_events.push_back(comp);
    for (icalcomponent* c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
        collectEvents(c);
}

int Session::lineOfText(const QString& text, int fromIndex, int toIndex) const
{
    const QByteArray needle = text.left(200).toUtf8().trimmed();
    if (needle.isEmpty())
        return 0;
    fromIndex = std::max(fromIndex, 0);
    toIndex = std::min(toIndex, int(m_lines.size()) - 1);
    for (int i = fromIndex; i <= toIndex; ++i)
        if (m_lines.at(i).text.contains(needle))
            return m_lines.at(i).line;
    return 0;
}

/// The line of an event's first property of that name, else the event's line.
int Session::lineOfProperty(const Parsed& event, const char* name) const
{
    const QByteArray n(name);
    for (int i = std::max(event.beginIndex, 0); i >= 0 && i <= event.endIndex && i < m_lines.size(); ++i) {
        const QByteArray upper = m_lines.at(i).text.left(n.size() + 1).toUpper();
        if (upper == n + ':' || upper == n + ';')
            return m_lines.at(i).line;
    }
    return event.line;
}

/// libical reports what it cannot parse by inserting X-LIC-ERROR properties into the component
/// and moving on (a bad value drops the whole property). Each becomes a problem, with the line
/// found by the text libical quotes.
void Session::collectLicErrors(icalcomponent* comp, Parsed* event)
{
    static const QRegularExpression kPropertyName(QStringLiteral("in (\\S+) property"));
    for (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
        const QString raw = fromC(icalproperty_get_xlicerror(p));
        if (raw.startsWith(QLatin1String("Missing END tag")))
            continue; // the BEGIN/END check reports it, with both lines
        // Google writes empty DESCRIPTION: and LOCATION: lines; libical drops them with an error.
        // An empty DTSTART is still reported, as missing.
        if (raw.startsWith(QLatin1String("No value for ")))
            continue;
        const qsizetype colon = raw.indexOf(QLatin1String(": "));
        const QString head = colon >= 0 ? raw.left(colon) : raw;
        const QString tail = colon >= 0 ? raw.mid(colon + 2) : QString();
        QString detail;
        if (head.startsWith(QLatin1String("Got a data line")))
            detail = tr("a line that is neither a property nor folded into the line before (broken line "
                        "folding?): '%1'")
                         .arg(shortened(tail));
        else if (const auto m = kPropertyName.match(head); m.hasMatch()) {
            detail = tr("the value of %1 cannot be read: '%2'").arg(m.captured(1), shortened(tail));
            if (event)
                event->unreadable.insert(m.captured(1));
        } else
            detail = tr("a line libical cannot read (%1): '%2'").arg(head, shortened(tail));
        const int from = event ? event->beginIndex : 0;
        const int to = event ? event->endIndex : int(m_lines.size()) - 1;
        int line = lineOfText(tail, from, to);
        if (!line)
            line = event ? event->line : 0;
        if (event)
            event->problems.push_back({line, detail});
        else
            m_outside.push_back({line, detail});
    }
    for (icalcomponent* c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
        if (icalcomponent_isa(c) != ICAL_VEVENT_COMPONENT)
            collectLicErrors(c, event);
}

icaltimezone* Session::zone(const QString& tzid)
{
    if (const auto it = m_zones.constFind(tzid); it != m_zones.cend())
        return it.value();
    const QByteArray id = tzid.toUtf8();
    icaltimezone* found = nullptr;
    // The file's own VTIMEZONE first: Outlook names its zones the Windows way and defines them.
    for (icalcomponent* root : std::as_const(m_roots))
        if ((found = icalcomponent_get_timezone(root, id.constData())))
            break;
    QString olson = tzid;
    static const QLatin1String kLibicalPrefix("/freeassociation.sourceforge.net/");
    if (olson.startsWith(kLibicalPrefix))
        olson = olson.mid(kLibicalPrefix.size());
    // Windows names without a VTIMEZONE ("GMT Standard Time"), through CLDR's table in Qt.
    if (!found && !looksLikeOlson(olson)) {
        const QByteArray mapped = QTimeZone::windowsIdToDefaultIanaId(id);
        if (!mapped.isEmpty())
            olson = QString::fromLatin1(mapped);
    }
    if (!found && looksLikeOlson(olson) && QTimeZone::isTimeZoneIdAvailable(olson.toLatin1()))
        found = icaltimezone_get_builtin_timezone(olson.toLatin1().constData());
    m_zones.insert(tzid, found);
    return found;
}

QDateTime Session::floatingToUtc(const QDate& d, const QTime& t) const
{
    return QDateTime(d, t, m_options.floatingZone).toUTC();
}

QDateTime Session::utcOf(const icaltimetype& t) const
{
    if (t.is_date)
        return floatingToUtc(QDate(t.year, t.month, t.day), QTime(0, 0));
    if (!t.zone)
        return floatingToUtc(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second));
    const icaltimetype u = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    return QDateTime(QDate(u.year, u.month, u.day), QTime(u.hour, u.minute, u.second), Qt::UTC);
}

bool Session::resolve(icalproperty* prop, icaltimetype t, Time& out, Parsed& event, const char* what)
{
    const QString name = QString::fromLatin1(what);
    const int line = lineOfProperty(event, what);
    if (icaltime_is_null_time(t) || !QDate::isValid(t.year, t.month, t.day) ||
        (!t.is_date && !QTime::isValid(t.hour, t.minute, t.second))) {
        // libical takes "20250101T250000" or month 13 as given.
        event.problems.push_back({line, tr("%1 is not a valid date and time").arg(name)});
        return false;
    }
    out = Time{};
    out.isDate = t.is_date;
    out.date = QDate(t.year, t.month, t.day);
    out.tzid = paramOf(prop, "TZID");
    if (!t.is_date && !icaltime_is_utc(t)) {
        if (!out.tzid.isEmpty()) {
            icaltimezone* z = zone(out.tzid);
            if (!z) {
                event.problems.push_back(
                    {line, tr("%1 uses the time zone '%2', which the file does not define (no VTIMEZONE) "
                              "and which is not a known zone name")
                               .arg(name, shortened(out.tzid))});
                return false;
            }
            t = icaltime_set_timezone(&t, z);
        } else {
            out.floating = true;
            t.zone = nullptr;
        }
    }
    if (t.is_date)
        t.zone = nullptr;
    out.local = t;
    out.utc = utcOf(t);
    if (!out.utc.isValid()) {
        event.problems.push_back({line, tr("%1 is not a valid date and time").arg(name)});
        return false;
    }
    return true;
}

Parsed Session::read(icalcomponent* comp)
{
    Parsed e;
    e.comp = comp;
    for (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_X_PROPERTY))
        if (qstrcmp(icalproperty_get_x_name(p), kLineProperty) == 0) {
            e.line = fromC(icalproperty_get_x(p)).toInt();
            break;
        }
    const auto range = m_eventRange.value(e.line, {-1, -1});
    e.beginIndex = range.first;
    e.endIndex = range.second;

    CalendarEvent& b = e.base;
    b.line = e.line;
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_UID_PROPERTY))
        e.uid = fromC(icalproperty_get_uid(p)).trimmed();
    b.uid = e.uid;
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_SUMMARY_PROPERTY))
        b.summary = fromC(icalproperty_get_summary(p)).trimmed();
    e.name = b.summary.isEmpty() ? e.uid : b.summary;
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_DESCRIPTION_PROPERTY))
        b.description = fromC(icalproperty_get_description(p));
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_LOCATION_PROPERTY))
        b.location = fromC(icalproperty_get_location(p)).trimmed();
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_SEQUENCE_PROPERTY))
        b.sequence = icalproperty_get_sequence(p);
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_LASTMODIFIED_PROPERTY)) {
        const icaltimetype t = icalproperty_get_lastmodified(p);
        if (!icaltime_is_null_time(t) && QDate::isValid(t.year, t.month, t.day))
            b.lastModified = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt::UTC);
    }
    auto emailOf = [](icalproperty* p, const char* value) {
        const QString v = fromC(value).trimmed();
        if (v.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            return withoutMailto(v);
        return paramOf(p, "EMAIL").trimmed(); // RFC 7986, Apple's urn:uuid: attendees
    };
    for (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_ATTENDEE_PROPERTY)) {
        const QString email = emailOf(p, icalproperty_get_attendee(p));
        if (!email.isEmpty() && !b.attendeeEmails.contains(email, Qt::CaseInsensitive))
            b.attendeeEmails.push_back(email);
    }
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_ORGANIZER_PROPERTY))
        b.organizerEmail = emailOf(p, icalproperty_get_organizer(p));
    switch (icalcomponent_get_status(comp)) {
    case ICAL_STATUS_CANCELLED:
        e.status = CalendarEventStatus::Cancelled;
        break;
    case ICAL_STATUS_TENTATIVE:
        e.status = CalendarEventStatus::Tentative;
        break;
    default:
        e.status = CalendarEventStatus::Confirmed;
    }
    if (m_methodCancel)
        e.status = CalendarEventStatus::Cancelled;

    e.problems = m_structural.value(e.line);
    collectLicErrors(comp, &e);
    if (e.uid.isEmpty())
        e.problems.push_back({e.line, tr("no UID, so a later import of the same calendar could not find it")});

    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_DTSTART_PROPERTY)) {
        e.hasStart = resolve(p, icalproperty_get_dtstart(p), e.start, e, "DTSTART");
    } else if (!e.unreadable.contains(QStringLiteral("DTSTART"))) {
        e.problems.push_back({e.line, tr("no start time (DTSTART)")});
    }
    b.allDay = e.start.isDate;
    b.floating = e.start.floating;
    b.timeZoneId = e.start.tzid;
    if (e.hasStart) {
        if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_DTEND_PROPERTY)) {
            Time end;
            if (resolve(p, icalproperty_get_dtend(p), end, e, "DTEND")) {
                if (e.start.isDate)
                    e.durationDays = int(e.start.date.daysTo(end.date));
                else
                    e.durationSecs = e.start.utc.secsTo(end.utc);
                if (e.durationDays < 0 || e.durationSecs < 0)
                    e.problems.push_back(
                        {lineOfProperty(e, "DTEND"), tr("it ends (DTEND) before it starts (DTSTART)")});
            }
        } else if (icalproperty* d = icalcomponent_get_first_property(comp, ICAL_DURATION_PROPERTY)) {
            const icaldurationtype dur = icalproperty_get_duration(d);
            if (dur.is_neg)
                e.problems.push_back({lineOfProperty(e, "DURATION"), tr("its DURATION is negative")});
            const int secs = icaldurationtype_as_int(dur);
            e.durationSecs = secs;
            e.durationDays = secs / 86400;
        } else {
            e.durationSecs = 0; // RFC 5545 3.6.1: a DATE-TIME start alone ends when it starts
            e.durationDays = 1; // and a DATE start lasts the day
        }
    }
    if (icalproperty* p = icalcomponent_get_first_property(comp, ICAL_RECURRENCEID_PROPERTY))
        e.hasRecurrenceId = resolve(p, icalproperty_get_recurrenceid(p), e.recurrenceId, e, "RECURRENCE-ID");
    e.recurring = icalcomponent_get_first_property(comp, ICAL_RRULE_PROPERTY) ||
                  icalcomponent_get_first_property(comp, ICAL_RDATE_PROPERTY);
    return e;
}

Occurrence Session::occurrenceAt(const Parsed& event, const Time& t) const
{
    Occurrence o;
    o.localDate = t.date;
    if (event.start.isDate) {
        o.date = t.date;
        o.endDate = t.date.addDays(event.durationDays);
        o.start = floatingToUtc(o.date, QTime(0, 0));
        o.end = floatingToUtc(o.endDate, QTime(0, 0));
    } else {
        o.start = t.utc;
        o.end = t.utc.addSecs(event.durationSecs);
    }
    return o;
}

void Session::emitOne(const Parsed& event, const Occurrence& o, bool asOccurrence)
{
    CalendarEvent out = event.base;
    out.start = o.start;
    out.end = o.end;
    out.date = o.date;
    out.endDate = o.endDate;
    out.status = event.status;
    if (m_cancelledSeries.contains(event.uid))
        out.status = CalendarEventStatus::Cancelled;
    if (event.hasRecurrenceId)
        out.recurrenceId = event.recurrenceId.utc;
    else if (asOccurrence)
        out.recurrenceId = o.start;
    m_result.events.push_back(std::move(out));
}

/// Expands RRULE, RDATE and EXDATE inside the window only, without libical's
/// icalcomponent_foreach_recurrence (it cannot be stopped at a cap, and it compares EXDATEs
/// without their TZID).
void Session::expand(Parsed& event)
{
    const int cap = m_options.limits.maxOccurrencesPerEvent;
    const int maxIterations = m_options.limits.maxIterationsPerEvent;
    std::map<qint64, Occurrence> found;
    auto tooMany = [&]() {
        fail(event, event.line,
             tr("more than %1 occurrences between %2 and %3 (a repeat rule without an end?)")
                 .arg(cap)
                 .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)));
    };
    // DTSTART is the first instance whether or not the rule matches it (RFC 5545 3.8.5.3).
    if (inWindow(occurrenceAt(event, event.start).start))
        found.emplace(keyOf(occurrenceAt(event, event.start).start), occurrenceAt(event, event.start));

    for (icalproperty* p = icalcomponent_get_first_property(event.comp, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(event.comp, ICAL_RRULE_PROPERTY)) {
        icalerror_clear_errno();
        const icalrecurrencetype rule = icalproperty_get_rrule(p);
        std::unique_ptr<icalrecur_iterator, IteratorFree> it(
            rule.freq == ICAL_NO_RECURRENCE ? nullptr : icalrecur_iterator_new(rule, event.start.local));
        if (!it) {
            fail(event, lineOfProperty(event, "RRULE"),
                 tr("its repeat rule (RRULE) cannot be expanded: %1").arg(fromC(icalerror_strerror(icalerrno))));
            return;
        }
        for (int n = 0;; ++n) {
            if (n >= maxIterations) {
                fail(event, lineOfProperty(event, "RRULE"),
                     tr("its repeat rule (RRULE) repeats more than %1 times before %2")
                         .arg(maxIterations)
                         .arg(m_to.toString(Qt::ISODate)));
                return;
            }
            icaltimetype next = icalrecur_iterator_next(it.get());
            if (icaltime_is_null_time(next))
                break;
            Time t;
            t.isDate = next.is_date;
            t.date = QDate(next.year, next.month, next.day);
            t.local = next;
            t.utc = utcOf(next);
            const Occurrence o = occurrenceAt(event, t);
            if (o.start >= m_to)
                break;
            if (o.start < m_from)
                continue;
            found.emplace(keyOf(o.start), o);
            if (int(found.size()) > cap)
                return tooMany();
        }
    }
    for (icalproperty* p = icalcomponent_get_first_property(event.comp, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event.comp, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        const bool period = icaltime_is_null_time(rdate.time);
        Time t;
        if (!resolve(p, period ? rdate.period.start : rdate.time, t, event, "RDATE"))
            continue;
        Occurrence o = occurrenceAt(event, t);
        if (period && !event.start.isDate) {
            Time end;
            if (!icaltime_is_null_time(rdate.period.end) && resolve(p, rdate.period.end, end, event, "RDATE"))
                o.end = end.utc;
            else
                o.end = o.start.addSecs(icaldurationtype_as_int(rdate.period.duration));
        }
        if (!inWindow(o.start))
            continue;
        found.emplace(keyOf(o.start), o);
        if (int(found.size()) > cap)
            return tooMany();
    }
    for (icalproperty* p = icalcomponent_get_first_property(event.comp, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event.comp, ICAL_EXDATE_PROPERTY)) {
        Time t;
        if (!resolve(p, icalproperty_get_exdate(p), t, event, "EXDATE"))
            continue;
        if (t.isDate && !event.start.isDate) { // a whole day excluded from a timed series
            for (auto it = found.begin(); it != found.end();)
                it = it->second.localDate == t.date ? found.erase(it) : std::next(it);
        } else {
            found.erase(keyOf(occurrenceAt(event, t).start));
        }
    }
    if (!event.problems.isEmpty())
        return; // an EXDATE or RDATE with an unknown zone: the caller reports the event
    const QSet<qint64> overridden = m_overridden.value(event.uid);
    for (const auto& [key, o] : found)
        if (!overridden.contains(key))
            emitOne(event, o, true);
}

domain::Result<CalendarRead> Session::run(const QByteArray& bytes)
{
    if (!m_from.isValid() || !m_to.isValid() || m_from >= m_to)
        return domain::Error::invalid(tr("the calendar window is empty: it must start before it ends"));
    if (bytes.size() > m_options.limits.maxBytes)
        return domain::Error::invalid(
            tr("the calendar file is larger than %1 MB").arg(m_options.limits.maxBytes / (1024 * 1024)));
    if (auto error = split(bytes))
        return *error;
    icalerror_set_errors_are_fatal(0); // a fatal libical error would abort() the program
    icalerror_clear_errno();
    parse();
    icalcomponent* calendar = nullptr;
    for (icalcomponent* root : std::as_const(m_roots))
        if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
            calendar = root;
            break;
        }
    if (!calendar)
        return domain::Error::invalid(tr("this is not a calendar file: it holds no VCALENDAR"));
    if (icalproperty* p = icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY))
        m_result.productId = fromC(icalproperty_get_prodid(p)).trimmed();
    for (icalproperty* p = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY))
        if (qstricmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0)
            m_result.calendarName = fromC(icalproperty_get_x(p)).trimmed();
    m_methodCancel = icalcomponent_get_method(calendar) == ICAL_METHOD_CANCEL;
    const QString prodid = m_result.productId;
    if (prodid.contains(QLatin1String("Google"), Qt::CaseInsensitive))
        m_result.formatName = QStringLiteral("Google Calendar");
    else if (prodid.contains(QLatin1String("Microsoft"), Qt::CaseInsensitive) ||
             prodid.contains(QLatin1String("Outlook"), Qt::CaseInsensitive))
        m_result.formatName = QStringLiteral("Outlook");
    else if (prodid.contains(QLatin1String("Apple"), Qt::CaseInsensitive))
        m_result.formatName = QStringLiteral("Apple Calendar");
    else
        m_result.formatName = QStringLiteral("iCalendar");

    for (icalcomponent* root : std::as_const(m_roots)) {
        collectEvents(root);
        if (icalcomponent_isa(root) != ICAL_VEVENT_COMPONENT)
            collectLicErrors(root, nullptr); // the calendar's own lines and its VTIMEZONEs
    }
    m_result.eventsRead = int(m_events.size());

    // First pass: read every event, so each series knows its overrides before it is expanded.
    QVector<Parsed> parsed;
    parsed.reserve(m_events.size());
    QHash<QString, int> masterLine;
    QHash<QString, int> overrideLine;
    for (icalcomponent* comp : std::as_const(m_events)) {
        Parsed e = read(comp);
        if (!e.uid.isEmpty() && e.hasRecurrenceId) {
            const QString key = e.uid + QLatin1Char('\n') + e.recurrenceId.utc.toString(Qt::ISODate);
            if (overrideLine.contains(key))
                e.problems.push_back({e.line, tr("a second change to the occurrence of %1 (the first is at line %2)")
                                                  .arg(e.recurrenceId.utc.toString(Qt::ISODate))
                                                  .arg(overrideLine.value(key))});
            else
                overrideLine.insert(key, e.line);
            // Replaced even when the override itself is broken: the original time is no longer true.
            m_overridden[e.uid].insert(keyOf(occurrenceAt(e, e.recurrenceId).start));
        } else if (!e.uid.isEmpty()) {
            if (masterLine.contains(e.uid))
                e.problems.push_back({e.line, tr("the same UID as the event at line %1").arg(masterLine.value(e.uid))});
            else
                masterLine.insert(e.uid, e.line);
            if (e.status == CalendarEventStatus::Cancelled)
                m_cancelledSeries.insert(e.uid);
        }
        parsed.push_back(std::move(e));
    }

    const int total = int(parsed.size());
    for (int i = 0; i < total; ++i) {
        Parsed& e = parsed[i];
        if (e.problems.isEmpty() && e.hasStart) {
            if (e.hasRecurrenceId) {
                const Occurrence o = occurrenceAt(e, e.start);
                if (inWindow(o.start) || inWindow(occurrenceAt(e, e.recurrenceId).start))
                    emitOne(e, o, true);
            } else if (e.recurring) {
                expand(e);
            } else {
                const Occurrence o = occurrenceAt(e, e.start);
                if (inWindow(o.start) && !m_overridden.value(e.uid).contains(keyOf(o.start)))
                    emitOne(e, o, false);
            }
        }
        for (const Problem& p : std::as_const(e.problems))
            fail(e, p.line ? p.line : e.line, p.detail);
        if (m_options.progress)
            m_options.progress(i + 1, total);
    }
    for (const Problem& p : std::as_const(m_outside))
        m_result.errors.push_back({p.line, QString(), tr("line %1: %2").arg(p.line).arg(p.detail)});

    std::stable_sort(m_result.events.begin(), m_result.events.end(),
                     [](const CalendarEvent& a, const CalendarEvent& b) {
                         if (a.start != b.start)
                             return a.start < b.start;
                         if (a.uid != b.uid)
                             return a.uid < b.uid;
                         return a.recurrenceId < b.recurrenceId;
                     });
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
                     [](const CalendarError& a, const CalendarError& b) { return a.line < b.line; });
    return std::move(m_result);
}

} // namespace

domain::Result<CalendarRead> CalendarReader::read(const QByteArray& ics, const CalendarReadOptions& options)
{
    // libical's error number, its error switches and its built-in zone cache are process-wide.
    static std::mutex libicalMutex;
    const std::lock_guard<std::mutex> lock(libicalMutex);
    Session session(options);
    return session.run(ics);
}

domain::Result<CalendarRead> CalendarReader::readFile(const QString& path, const CalendarReadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error::invalid(tr("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > options.limits.maxBytes)
        return domain::Error::invalid(
            tr("%1 is larger than %2 MB").arg(path).arg(options.limits.maxBytes / (1024 * 1024)));
    return read(file.readAll(), options);
}

} // namespace rapport::io
