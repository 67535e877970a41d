// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTime.h"

#include <QRegularExpression>

namespace rapport::cli {

std::optional<QDateTime> parseTime(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3})\\d*)?)?)?"
                       "(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (m.capturedLength(4) > 0) {
        const QString ms = m.captured(7).leftJustified(3, QLatin1Char('0'));
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.capturedLength(7) ? ms.toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
    }
    const QString offset = m.captured(8);
    if (offset.isEmpty()) {
        const QDateTime local(date, time, zone);
        // Qt moves a wall time inside a DST gap forwards; such a time names no instant.
        if (!local.isValid() || local.time() != time || local.date() != date)
            return std::nullopt;
        return local.toUTC();
    }
    int seconds = 0;
    if (offset != QLatin1String("Z")) {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 18 || minutes > 59)
            return std::nullopt;
        seconds = (hours * 3600 + minutes * 60) * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(seconds)).toUTC();
}

QString formatTime(const QDateTime& instant, const QTimeZone& zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int a = offset < 0 ? -offset : offset;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2").arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace rapport::cli
