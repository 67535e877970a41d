// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ConsentExport.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace rapport::io {

namespace {

quint64 key(qint64 clientId, domain::Channel c, domain::Scope s)
{
    return (static_cast<quint64>(clientId) << 4) | (static_cast<quint64>(c) << 1) | static_cast<quint64>(s);
}

bool before(const CurrentConsent& a, const CurrentConsent& b)
{
    if (a.clientId != b.clientId)
        return a.clientId < b.clientId;
    if (a.channel != b.channel)
        return a.channel < b.channel;
    return a.scope < b.scope;
}

char* twoDigits(char* out, int v)
{
    *out++ = static_cast<char>('0' + v / 10);
    *out++ = static_cast<char>('0' + v % 10);
    return out;
}

} // namespace

void CurrentConsentTracker::add(const domain::ConsentEvent& e)
{
    const quint64 k = key(e.clientId, e.channel, e.scope);
    const auto it = m_index.constFind(k);
    if (it == m_index.constEnd()) {
        m_index.insert(k, static_cast<int>(m_states.size()));
        m_states.push_back(CurrentConsent{e.clientId, e.channel, e.scope, e.state, e.id, e.effectiveAt, e.method});
        return;
    }
    CurrentConsent& c = m_states[it.value()];
    if (e.effectiveAt > c.effectiveAt || (e.effectiveAt == c.effectiveAt && e.id > c.eventId)) {
        c.state = e.state;
        c.eventId = e.id;
        c.effectiveAt = e.effectiveAt;
        c.method = e.method;
    }
}

QVector<CurrentConsent> CurrentConsentTracker::states() const
{
    QVector<CurrentConsent> out = m_states;
    std::sort(out.begin(), out.end(), before);
    return out;
}

QVector<CurrentConsent> CurrentConsentTracker::states(qint64 clientId) const
{
    QVector<CurrentConsent> out;
    for (const auto& c : m_states)
        if (c.clientId == clientId)
            out.push_back(c);
    std::sort(out.begin(), out.end(), before);
    return out;
}

TimestampFormatter::TimestampFormatter(QTimeZone zone) : m_zone(std::move(zone))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

int TimestampFormatter::offsetAt(qint64 ms)
{
    if (ms >= m_validFrom && ms < m_validUntil)
        return m_offset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    m_offset = m_zone.offsetFromUtc(at);
    const auto previous = m_zone.previousTransition(at.addMSecs(1));
    const auto next = m_zone.nextTransition(at);
    m_validFrom = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_validUntil = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (m_validFrom > ms || m_validUntil <= ms) { // zone without transition data: no caching
        m_validFrom = 1;
        m_validUntil = 0;
    }
    return m_offset;
}

QString TimestampFormatter::format(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return format(time.toMSecsSinceEpoch());
}

QString TimestampFormatter::format(qint64 msecsSinceEpoch)
{
    char buf[32];
    const int n = formatTo(msecsSinceEpoch, buf);
    if (n < 0)
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc())
            .toTimeZone(m_zone)
            .toString(Qt::ISODateWithMs);
    return QString::fromLatin1(buf, n);
}

int TimestampFormatter::formatTo(qint64 ms, char* buf)
{
    const int offset = offsetAt(ms);
    const qint64 local = ms + qint64(offset) * 1000;
    qint64 days = local / 86400000;
    qint64 rest = local % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(2440588 + days).getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return -1;
    const int msOfDay = static_cast<int>(rest);
    char* out = buf;
    out = twoDigits(out, year / 100);
    out = twoDigits(out, year % 100);
    *out++ = '-';
    out = twoDigits(out, month);
    *out++ = '-';
    out = twoDigits(out, day);
    *out++ = 'T';
    out = twoDigits(out, msOfDay / 3600000);
    *out++ = ':';
    out = twoDigits(out, msOfDay / 60000 % 60);
    *out++ = ':';
    out = twoDigits(out, msOfDay / 1000 % 60);
    if (const int millis = msOfDay % 1000) {
        *out++ = '.';
        *out++ = static_cast<char>('0' + millis / 100);
        out = twoDigits(out, millis % 100);
    }
    const int absOffset = offset < 0 ? -offset : offset;
    *out++ = offset < 0 ? '-' : '+';
    out = twoDigits(out, absOffset / 3600);
    *out++ = ':';
    out = twoDigits(out, absOffset / 60 % 60);
    return static_cast<int>(out - buf);
}

QString TimestampFormatter::formatReadable(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(m_zone);
    return QLocale::c().toString(local, QStringLiteral("d MMMM yyyy, HH:mm"));
}

} // namespace rapport::io
