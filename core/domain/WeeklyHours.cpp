// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WeeklyHours.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace rapport::domain {

namespace {

const char* const kDayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/// 1..7 for a day name or its usual abbreviations, English or German ("Mo-Fr 09:00-17:00"), 0
/// when it is not a day. The canonical text stays English.
int dayFromName(const QString& word)
{
    static const QStringList kAccepted[] = {
        {QStringLiteral("mon"), QStringLiteral("monday"), QStringLiteral("mo"), QStringLiteral("montag")},
        {QStringLiteral("tue"), QStringLiteral("tues"), QStringLiteral("tuesday"), QStringLiteral("di"),
         QStringLiteral("dienstag")},
        {QStringLiteral("wed"), QStringLiteral("weds"), QStringLiteral("wednesday"), QStringLiteral("mi"),
         QStringLiteral("mittwoch")},
        {QStringLiteral("thu"), QStringLiteral("thur"), QStringLiteral("thurs"), QStringLiteral("thursday"),
         QStringLiteral("do"), QStringLiteral("donnerstag")},
        {QStringLiteral("fri"), QStringLiteral("friday"), QStringLiteral("fr"), QStringLiteral("freitag")},
        {QStringLiteral("sat"), QStringLiteral("saturday"), QStringLiteral("sa"), QStringLiteral("samstag"),
         QStringLiteral("sonnabend")},
        {QStringLiteral("sun"), QStringLiteral("sunday"), QStringLiteral("so"), QStringLiteral("sonntag")}};
    QString w = word.trimmed().toLower();
    if (w.endsWith(QLatin1Char('.'))) // "Mo.-Fr."
        w.chop(1);
    for (int d = 0; d < 7; ++d)
        if (kAccepted[d].contains(w))
            return d + 1;
    return 0;
}

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// "HH:MM" -> minutes; 24:00 only when `allowEndOfDay`.
std::optional<int> parseTime(const QString& h, const QString& m, bool allowEndOfDay)
{
    const int hours = h.toInt();
    const int mins = m.toInt();
    if (mins > 59 || hours > 24 || (hours == 24 && (mins != 0 || !allowEndOfDay)))
        return std::nullopt;
    return hours * 60 + mins;
}

QVector<WeeklyHours::Interval> merged(QVector<WeeklyHours::Interval> v)
{
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    QVector<WeeklyHours::Interval> out;
    for (const auto& i : v) {
        if (!out.isEmpty() && i.start <= out.last().end)
            out.last().end = std::max(out.last().end, i.end);
        else
            out.push_back(i);
    }
    return out;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/// Days of "Mon-Thu" / "Mon,Wed" / "Sat" into `days`.
bool parseDays(const QString& spec, int part, QVector<int>* days, QString* error)
{
    for (const QString& raw : spec.split(QLatin1Char(','))) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            return fail(
                error,
                QCoreApplication::translate("WeeklyHours", "A day is missing before a comma (part %1).").arg(part));
        const int dash = item.indexOf(QLatin1Char('-'));
        if (dash < 0) {
            const int d = dayFromName(item);
            if (d == 0)
                return fail(
                    error,
                    QCoreApplication::translate("WeeklyHours", "'%1' is not a day (part %2).").arg(item).arg(part));
            days->push_back(d);
            continue;
        }
        const QString a = item.left(dash).trimmed();
        const QString b = item.mid(dash + 1).trimmed();
        const int from = dayFromName(a);
        const int to = dayFromName(b);
        if (from == 0)
            return fail(error,
                        QCoreApplication::translate("WeeklyHours", "'%1' is not a day (part %2).").arg(a).arg(part));
        if (to == 0)
            return fail(error,
                        QCoreApplication::translate("WeeklyHours", "'%1' is not a day (part %2).").arg(b).arg(part));
        if (to < from)
            return fail(error, QCoreApplication::translate(
                                   "WeeklyHours",
                                   "'%1' runs backwards: write the days from Monday to Sunday, e.g. '%2-Sun, Mon' "
                                   "(part %3).")
                                   .arg(item, QString::fromLatin1(kDayNames[from - 1]))
                                   .arg(part));
        for (int d = from; d <= to; ++d)
            days->push_back(d);
    }
    return true;
}

/// "09:00-12:00 13:00-17:00" into `intervals`.
bool parseIntervals(const QString& text, int part, QVector<WeeklyHours::Interval>* intervals, QString* error)
{
    static const QRegularExpression spacesAroundDash(QStringLiteral("\\s*-\\s*"));
    static const QRegularExpression range(QStringLiteral("^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"));
    QString t = text;
    t.replace(spacesAroundDash, QStringLiteral("-"));
    const QStringList tokens = t.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return fail(
            error,
            QCoreApplication::translate("WeeklyHours", "No times given (part %1): write e.g. 09:00-17:00.").arg(part));
    for (const QString& token : tokens) {
        const auto m = range.match(token);
        if (!m.hasMatch())
            return fail(error, QCoreApplication::translate("WeeklyHours",
                                                           "'%1' is not a time range like 09:00-17:00 (part %2).")
                                   .arg(token)
                                   .arg(part));
        const auto start = parseTime(m.captured(1), m.captured(2), false);
        const auto end = parseTime(m.captured(3), m.captured(4), true);
        if (!start || !end)
            return fail(error, QCoreApplication::translate("WeeklyHours", "'%1' is not a valid time of day (part %2).")
                                   .arg(token)
                                   .arg(part));
        if (*end <= *start)
            return fail(error,
                        QCoreApplication::translate(
                            "WeeklyHours", "'%1' ends before it starts: hours cannot run past midnight (part %2).")
                            .arg(token)
                            .arg(part));
        intervals->push_back({*start, *end});
    }
    return true;
}

QString intervalsText(const QVector<WeeklyHours::Interval>& v)
{
    QStringList parts;
    for (const auto& i : v)
        parts << hhmm(i.start) + QLatin1Char('-') + hhmm(i.end);
    return parts.join(QLatin1Char(' '));
}

} // namespace

WeeklyHours WeeklyHours::defaults()
{
    WeeklyHours h;
    for (int d = 1; d <= 5; ++d)
        h.setDay(d, {{9 * 60, 17 * 60}});
    return h;
}

void WeeklyHours::setDay(int dayOfWeek, QVector<Interval> intervals)
{
    m_days[static_cast<std::size_t>(dayOfWeek - 1)] = std::move(intervals);
}

bool WeeklyHours::isOpen(int dayOfWeek, int minuteOfDay) const
{
    for (const auto& i : day(dayOfWeek))
        if (minuteOfDay >= i.start && minuteOfDay < i.end)
            return true;
    return false;
}

bool WeeklyHours::isEmpty() const
{
    for (const auto& d : m_days)
        if (!d.isEmpty())
            return false;
    return true;
}

std::optional<WeeklyHours> WeeklyHours::parse(const QString& text, QString* error)
{
    QString normalised = text;
    normalised.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    normalised.replace(QLatin1Char(';'), QLatin1Char(','));
    if (normalised.trimmed().isEmpty()) {
        fail(error, QCoreApplication::translate("WeeklyHours", "No hours given: write e.g. Mon-Fri 09:00-17:00."));
        return std::nullopt;
    }

    // Commas separate both parts ("Mon 09:00-12:00, Fri ...") and days of a list ("Mon,Wed ...").
    // A piece without any digit is a day that continues into the next piece; a piece that starts
    // with a digit adds more times to the previous part's days.
    static const QRegularExpression digit(QStringLiteral("\\d"));
    std::array<QVector<Interval>, 7> days;
    QVector<int> currentDays;
    QString pendingDays;
    int part = 0;
    for (const QString& raw : normalised.split(QLatin1Char(','))) {
        const QString piece = raw.trimmed();
        const int firstDigit = piece.indexOf(digit);
        if (firstDigit < 0) {
            if (pendingDays.isEmpty() && piece.isEmpty()) {
                fail(error,
                     QCoreApplication::translate("WeeklyHours", "Nothing between two commas (part %1).").arg(part + 1));
                return std::nullopt;
            }
            pendingDays += (pendingDays.isEmpty() ? QString() : QStringLiteral(",")) + piece;
            continue;
        }
        const QString daySpec =
            (pendingDays.isEmpty() ? QString() : pendingDays + QLatin1Char(',')) + piece.left(firstDigit);
        QVector<Interval> intervals;
        if (daySpec.trimmed().isEmpty()) {
            if (currentDays.isEmpty()) {
                fail(error, QCoreApplication::translate(
                                "WeeklyHours", "'%1' has no day before it (part 1): write e.g. Mon-Fri 09:00-17:00.")
                                .arg(piece));
                return std::nullopt;
            }
            if (!parseIntervals(piece, part, &intervals, error))
                return std::nullopt;
        } else {
            ++part;
            currentDays.clear();
            if (!parseDays(daySpec, part, &currentDays, error) ||
                !parseIntervals(piece.mid(firstDigit), part, &intervals, error))
                return std::nullopt;
        }
        for (int d : currentDays)
            days[static_cast<std::size_t>(d - 1)] += intervals;
        pendingDays.clear();
    }
    if (!pendingDays.isEmpty()) {
        fail(error,
             QCoreApplication::translate("WeeklyHours", "'%1' has no times (part %2): write e.g. %1 09:00-17:00.")
                 .arg(pendingDays)
                 .arg(part + 1));
        return std::nullopt;
    }

    WeeklyHours h;
    for (int d = 1; d <= 7; ++d)
        h.setDay(d, merged(days[static_cast<std::size_t>(d - 1)]));
    return h;
}

QString WeeklyHours::toString() const
{
    // Days with equal hours share one part ("Mon-Wed,Fri 09:00-17:00"), parts in weekday order.
    QStringList parts;
    std::array<bool, 7> done{};
    for (int d = 1; d <= 7; ++d) {
        if (done[static_cast<std::size_t>(d - 1)] || day(d).isEmpty())
            continue;
        QVector<int> same;
        for (int e = d; e <= 7; ++e)
            if (day(e) == day(d)) {
                same.push_back(e);
                done[static_cast<std::size_t>(e - 1)] = true;
            }
        QStringList items;
        for (int i = 0; i < same.size();) {
            int j = i;
            while (j + 1 < same.size() && same[j + 1] == same[j] + 1)
                ++j;
            const QString first = QString::fromLatin1(kDayNames[same[i] - 1]);
            items << (j == i ? first : first + QLatin1Char('-') + QString::fromLatin1(kDayNames[same[j] - 1]));
            i = j + 1;
        }
        parts << items.join(QLatin1Char(',')) + QLatin1Char(' ') + intervalsText(day(d));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace rapport::domain
