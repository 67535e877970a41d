// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ImportText.h"

#include <QRegularExpression>

namespace rapport::domain {

namespace {

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return c.isLetterOrNumber();
    if (c.isLetterOrNumber())
        return true;
    static const QString kSpecials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return kSpecials.contains(c);
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
        return false;
    for (QChar c : label)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-')))
            return false;
    return true;
}

} // namespace

bool isValidEmail(const QString& address)
{
    if (address.isEmpty() || address.size() > 254)
        return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')))
        return false;
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (local.size() > 64 || local.front() == QLatin1Char('.') || local.back() == QLatin1Char('.'))
        return false;
    QChar previous;
    for (QChar c : local) {
        if (c == QLatin1Char('.')) {
            if (previous == QLatin1Char('.'))
                return false;
        } else if (!isAtext(c)) {
            return false;
        }
        previous = c;
    }
    const auto labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const auto& label : labels)
        if (!isDomainLabel(label))
            return false;
    const QStringView tld = labels.back();
    if (tld.size() < 2)
        return false;
    for (QChar c : tld)
        if (!c.isLetter())
            return tld.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive);
    return true;
}

bool isTruthy(const QString& cell)
{
    const QString v = cell.trimmed().toLower();
    static const QStringList kYes{QStringLiteral("yes"),      QStringLiteral("y"),       QStringLiteral("true"),
                                  QStringLiteral("1"),        QStringLiteral("x"),       QStringLiteral("opted in"),
                                  QStringLiteral("opted-in"), QStringLiteral("opt-in"),  QStringLiteral("opt in"),
                                  QStringLiteral("on"),       QStringLiteral("checked"), QStringLiteral("t")};
    return kYes.contains(v);
}

QString cleanLabel(const QString& label)
{
    QString s = label.trimmed();
    while (s.startsWith(QLatin1Char('*')))
        s = s.mid(1).trimmed();
    if (s.startsWith(QLatin1String("_$!<")) && s.endsWith(QLatin1String(">!$_")))
        s = s.mid(4, s.size() - 8).trimmed();
    return s;
}

bool isMobileLabel(const QString& label)
{
    static const QStringList kMobileWords{
        QStringLiteral("mobile"), QStringLiteral("cell"),  QStringLiteral("cellular"),
        QStringLiteral("iphone"), QStringLiteral("mobil"), QStringLiteral("text"),
        QStringLiteral("handy"),  QStringLiteral("sms"),   QStringLiteral("cellphone")};
    static const QRegularExpression kNonLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList words = cleanLabel(label).toLower().split(kNonLetters, Qt::SkipEmptyParts);
    for (const auto& w : words)
        if (kMobileWords.contains(w))
            return true;
    return false;
}

QStringList splitMultiValue(const QString& cell)
{
    QStringList out;
    const auto parts = cell.split(QStringLiteral(" ::: "));
    out.reserve(parts.size());
    for (const auto& p : parts)
        out.push_back(p.trimmed());
    return out;
}

} // namespace rapport::domain
