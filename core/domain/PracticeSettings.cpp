// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PracticeSettings.h"

#include <QCoreApplication>

namespace rapport::domain {

QString PracticeSettings::messageLanguage() const
{
    if (!language.isEmpty())
        return language;
    static const QStringList german{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
                                    QStringLiteral("LI"), QStringLiteral("LU")};
    return german.contains(country) ? QStringLiteral("de") : QStringLiteral("en");
}

namespace {

std::optional<QDate> parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() != 10)
        return std::nullopt;
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace

std::optional<QVector<DateRange>> parseTimeOff(const QString& text, QString* error)
{
    QVector<DateRange> out;
    const QStringList pieces = text.split(QLatin1Char(','));
    int part = 0;
    for (const QString& raw : pieces) {
        const QString piece = raw.trimmed();
        if (piece.isEmpty())
            continue; // "a, , b" and a trailing comma are harmless
        ++part;
        const int dots = piece.indexOf(QStringLiteral(".."));
        const QString a = dots < 0 ? piece : piece.left(dots).trimmed();
        const QString b = dots < 0 ? piece : piece.mid(dots + 2).trimmed();
        const auto from = parseDate(a);
        const auto to = parseDate(b);
        const QString bad = !from ? a : (!to ? b : QString());
        if (!from || !to) {
            if (error)
                *error = bad.isEmpty()
                             ? QCoreApplication::translate("PracticeSettings", "A date is missing in '%1' (part %2).")
                                   .arg(piece)
                                   .arg(part)
                             : QCoreApplication::translate("PracticeSettings",
                                                           "'%1' is not a date like 2026-12-24 (part %2).")
                                   .arg(bad)
                                   .arg(part);
            return std::nullopt;
        }
        if (*from > *to) {
            if (error)
                *error = QCoreApplication::translate("PracticeSettings", "'%1' ends before it starts (part %2).")
                             .arg(piece)
                             .arg(part);
            return std::nullopt;
        }
        out.push_back({*from, *to});
    }
    return out;
}

QString formatTimeOff(const QVector<DateRange>& ranges)
{
    QStringList parts;
    for (const auto& r : ranges) {
        const QString from = r.from.toString(Qt::ISODate);
        parts << (r.from == r.to ? from : from + QStringLiteral("..") + r.to.toString(Qt::ISODate));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace rapport::domain
