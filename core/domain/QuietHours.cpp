// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/QuietHours.h"

#include <QRegularExpression>

namespace rapport::domain {

namespace {
QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString QuietHours::toString() const
{
    return hhmm(startMinute) + QLatin1Char('-') + hhmm(endMinute);
}

std::optional<QuietHours> QuietHours::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
    const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 == 24 && m2 != 0))
        return std::nullopt;
    return QuietHours{h1 * 60 + m1, (h2 * 60 + m2) % (24 * 60)};
}

} // namespace rapport::domain
