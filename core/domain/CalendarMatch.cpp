// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CalendarMatch.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace rapport::domain {

QString toString(MatchRule rule)
{
    switch (rule) {
    case MatchRule::None:
        return {};
    case MatchRule::Existing:
        return QStringLiteral("existing");
    case MatchRule::Chosen:
        return QStringLiteral("chosen");
    case MatchRule::Remembered:
        return QStringLiteral("remembered");
    case MatchRule::Email:
        return QStringLiteral("email");
    case MatchRule::Phone:
        return QStringLiteral("phone");
    case MatchRule::Name:
        return QStringLiteral("name");
    }
    return {};
}

namespace {

QStringList words(const QString& normalised)
{
    return normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// The summary's parts: parenthesised remarks become parts of their own, the rest is split at
/// the separators people put between a service and a name.
QStringList partsOf(const QString& summary)
{
    static const QRegularExpression paren(QStringLiteral("\\(([^)]*)\\)|\\[([^\\]]*)\\]"));
    static const QRegularExpression sep(QStringLiteral("\\s+[-\u2013\u2014|/]+\\s+|\\s*:\\s+|\\s*:$"));
    QStringList remarks;
    QString rest = summary;
    auto it = paren.globalMatch(summary);
    while (it.hasNext()) {
        const auto m = it.next();
        remarks << (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).trimmed();
    }
    rest.replace(paren, QStringLiteral(" "));
    QStringList parts;
    for (const QString& p : rest.split(sep, Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    for (const QString& r : remarks)
        if (!r.isEmpty())
            parts << r;
    return parts;
}

bool capitalisedWords(const QString& part)
{
    const QStringList ws = part.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (ws.size() < 2)
        return false;
    for (const QString& w : ws)
        if (w.isEmpty() || !w.at(0).isUpper())
            return false;
    return true;
}

QVector<qint64> unique(QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

QString CalendarMatcher::normalise(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isLetterOrNumber()) {
            out += c.toCaseFolded();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString CalendarMatcher::nameKey(const QString& summary)
{
    const QStringList parts = partsOf(summary);
    if (parts.isEmpty())
        return normalise(summary);
    if (parts.size() == 1)
        return normalise(parts.front());
    QStringList named;
    for (const QString& p : parts)
        if (capitalisedWords(p))
            named << p;
    return normalise(named.size() == 1 ? named.front() : parts.back());
}

QString CalendarMatcher::emailKey(const CalendarEvent& event)
{
    const QString organizer = event.organizerEmail.trimmed().toLower();
    for (const QString& e : event.attendeeEmails) {
        const QString key = e.trimmed().toLower();
        if (!key.isEmpty() && key != organizer)
            return key;
    }
    return {};
}

QString CalendarMatcher::serviceOf(const QString& summary, const QStringList& names)
{
    const QStringList parts = partsOf(summary);
    QStringList kept;
    for (const QString& p : parts)
        if (!names.contains(normalise(p)))
            kept << p;
    if (kept.isEmpty() || kept.size() == parts.size())
        return summary.trimmed();
    return kept.join(QStringLiteral(" - "));
}

QStringList CalendarMatcher::namesOf(const MatchCandidate& c)
{
    QStringList out;
    const QString full = normalise(c.name);
    if (!full.isEmpty())
        out << full;
    const QString preferred = normalise(c.preferredName);
    if (!preferred.isEmpty() && preferred != full) {
        const QStringList fullWords = words(full);
        const QStringList prefWords = words(preferred);
        // A first name alone ("Ana") would match half the calendar: with the surname it is a name.
        if (prefWords.size() == 1 && fullWords.size() >= 2)
            out << preferred + QLatin1Char(' ') + fullWords.back();
        else if (prefWords.size() >= 2)
            out << preferred;
    }
    return out;
}

CalendarMatcher::CalendarMatcher(const QVector<MatchCandidate>& candidates, QHash<QString, qint64> choices)
    : m_choices(std::move(choices))
{
    for (const MatchCandidate& c : candidates) {
        for (const QString& e : c.emails)
            m_emails[e.trimmed().toLower()].append(c.id);
        for (const QString& p : c.phones)
            m_phones[p].append(c.id);
        for (const QString& n : namesOf(c)) {
            const QStringList ws = words(n);
            if (!ws.isEmpty())
                m_patterns[ws.front()].append({c.id, ws});
        }
    }
}

QVector<qint64> CalendarMatcher::byEmail(const CalendarEvent& event, const QVector<qint64>& among) const
{
    QVector<qint64> hits;
    for (const QString& e : event.attendeeEmails)
        for (const qint64 id : m_emails.value(e.trimmed().toLower()))
            if (among.isEmpty() || among.contains(id))
                hits << id;
    return unique(hits);
}

QVector<qint64> CalendarMatcher::byPhone(const QStringList& phones, const QVector<qint64>& among) const
{
    QVector<qint64> hits;
    for (const QString& p : phones)
        for (const qint64 id : m_phones.value(p))
            if (among.isEmpty() || among.contains(id))
                hits << id;
    return unique(hits);
}

QVector<qint64> CalendarMatcher::byName(const QString& summary, const QVector<qint64>& among) const
{
    const QStringList ws = words(normalise(summary));
    struct Hit {
        qint64 id;
        int from;
        int length;
    };
    QVector<Hit> hits;
    for (int i = 0; i < ws.size(); ++i) {
        const auto it = m_patterns.constFind(ws.at(i));
        if (it == m_patterns.constEnd())
            continue;
        for (const Pattern& p : *it) {
            if (i + p.words.size() > ws.size() || (!among.isEmpty() && !among.contains(p.clientId)))
                continue;
            bool all = true;
            for (int k = 1; k < p.words.size() && all; ++k)
                all = ws.at(i + k) == p.words.at(k);
            if (all)
                hits.append({p.clientId, i, int(p.words.size())});
        }
    }
    QVector<qint64> out;
    for (const Hit& h : hits) {
        const bool inside = std::any_of(hits.cbegin(), hits.cend(), [&h](const Hit& o) {
            return o.length > h.length && o.from <= h.from && o.from + o.length >= h.from + h.length;
        });
        if (!inside)
            out << h.id;
    }
    return unique(out);
}

EventMatch CalendarMatcher::match(const CalendarEvent& event, const QStringList& phonesInEvent) const
{
    EventMatch m;
    for (const QString& key : {emailKey(event), nameKey(event.summary)}) {
        if (key.isEmpty())
            continue;
        const auto it = m_choices.constFind(key);
        if (it != m_choices.constEnd()) {
            m.clientId = *it;
            m.rule = MatchRule::Remembered;
            return m;
        }
    }
    QVector<qint64> among;
    const auto decide = [&](const QVector<qint64>& hits, MatchRule rule) {
        if (hits.size() == 1) {
            m.clientId = hits.front();
            m.rule = rule;
            return true;
        }
        if (hits.size() > 1)
            among = hits;
        return false;
    };
    if (decide(byEmail(event, among), MatchRule::Email) || decide(byPhone(phonesInEvent, among), MatchRule::Phone) ||
        decide(byName(event.summary, among), MatchRule::Name))
        return m;
    m.ambiguous = among;
    return m;
}

} // namespace rapport::domain
