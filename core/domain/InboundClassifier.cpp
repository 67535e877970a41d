// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/InboundClassifier.h"

#include <QRegularExpression>
#include <QStringList>

namespace rapport::domain {

namespace {

/// Opt-out keywords (FCC revocation words and common variants, and the German ones), longest
/// first so that "stop all" is reported rather than "stop". Language-independent: a client who
/// writes "STOPP" to an English-speaking practice means it too.
const QStringList& optOutKeywords()
{
    static const QStringList k{QStringLiteral("keine nachrichten mehr"),
                               QStringLiteral("keine sms mehr"),
                               QStringLiteral("unsubscribe"),
                               QStringLiteral("abbestellen"),
                               QStringLiteral("abmelden"),
                               QStringLiteral("stop all"),
                               QStringLiteral("stopall"),
                               QStringLiteral("opt out"),
                               QStringLiteral("optout"),
                               QStringLiteral("cancel"),
                               QStringLiteral("revoke"),
                               QStringLiteral("stopp"),
                               QStringLiteral("stop"),
                               QStringLiteral("quit"),
                               QStringLiteral("end")};
    return k;
}

const QStringList& optInKeywords()
{
    static const QStringList k{QStringLiteral("unstop"), QStringLiteral("start")};
    return k;
}

QString normalise(const QString& text)
{
    QString t = text.toCaseFolded().simplified();
    // "opt-out", "stop-all": a hyphen between letters reads as a space.
    static const QRegularExpression hyphen(QStringLiteral("(?<=\\p{L})[-\u2010\u2011\u2013](?=\\p{L})"));
    t.replace(hyphen, QStringLiteral(" "));
    while (!t.isEmpty()) {
        const QChar last = t.back();
        if (last.isPunct() || last.isSymbol() || last.isSpace() || last.isLowSurrogate() || last.isHighSurrogate() ||
            last.category() == QChar::Other_Format)
            t.chop(1);
        else
            break;
    }
    return t;
}

bool containsWord(const QString& haystack, const QString& keyword)
{
    QString pattern = QRegularExpression::escape(keyword);
    pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])") + pattern + QStringLiteral("(?![\\p{L}\\p{N}])"));
    return re.match(haystack).hasMatch();
}

} // namespace

InboundClassification InboundClassifier::classify(const QString& text)
{
    const QString t = normalise(text);
    if (t.isEmpty())
        return {};
    for (const QString& k : optOutKeywords())
        if (t == k)
            return {InboundSignal::OptOut, k};
    for (const QString& k : optOutKeywords())
        if (containsWord(t, k))
            return {InboundSignal::PossibleOptOut, k};
    for (const QString& k : optInKeywords())
        if (containsWord(t, k))
            return {InboundSignal::PossibleOptIn, k};
    return {};
}

QString InboundClassifier::flag(InboundSignal signal)
{
    switch (signal) {
    case InboundSignal::PossibleOptOut:
        return QStringLiteral("possible-opt-out");
    case InboundSignal::PossibleOptIn:
        return QStringLiteral("possible-opt-in");
    default:
        return {};
    }
}

} // namespace rapport::domain
