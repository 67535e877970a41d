// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SmsEncoding.h"

#include "domain/Graphemes.h"

#include <algorithm>
#include <array>

namespace rapport::domain {

namespace {

constexpr int kGsmSingle = 160;
constexpr int kGsmPart = 153;
constexpr int kUcsSingle = 70;
constexpr int kUcsPart = 67;

/// Septet costs for U+0000..U+03FF; everything above is 0 except the euro sign.
const std::array<quint8, 0x400>& gsmTable()
{
    static const std::array<quint8, 0x400> k = [] {
        std::array<quint8, 0x400> t{};
        const char16_t basic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                 u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
        for (char16_t c : basic) {
            if (c != 0)
                t[c] = 1;
        }
        t[0x00E7] = 1; // ç, sent as Ç by common gateways
        for (char16_t c : u"\f^{}\\[~]|") {
            if (c != 0)
                t[c] = 2;
        }
        return t;
    }();
    return k;
}

struct Unit {
    int begin = 0; ///< UTF-16 index
    int end = 0;
    int cost = 0;
};

} // namespace

int gsmSeptets(char32_t codePoint)
{
    if (codePoint == 0x20AC)
        return 2;
    if (codePoint < 0x400)
        return gsmTable()[codePoint];
    return 0;
}

SmsInfo analyseSms(const QString& text)
{
    SmsInfo info;
    if (text.isEmpty())
        return info;

    // Graphemes, each with its septet cost (-1 when it holds a character outside GSM-7).
    QVector<Unit> graphemes;
    graphemes.reserve(text.size());
    int from = 0;
    bool gsm = true;
    int septets = 0;
    auto addGrapheme = [&](int to) {
        int cost = 0;
        for (int i = from; i < to; ++i) {
            char32_t cp = text.at(i).unicode();
            if (text.at(i).isHighSurrogate() && i + 1 < to && text.at(i + 1).isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            const int c = gsmSeptets(cp);
            if (c == 0) {
                cost = -1;
                break;
            }
            cost += c;
        }
        if (cost < 0) {
            gsm = false;
            const QString g = text.mid(from, to - from);
            if (!info.nonGsm.contains(g))
                info.nonGsm.append(g);
        } else {
            septets += cost;
        }
        graphemes.append(Unit{from, to, cost});
        from = to;
    };
    // Below U+0300, in General Punctuation (but ZWNJ and ZWJ) and in Currency Symbols no character
    // extends or joins a cluster (UAX #29), so each one is a grapheme except CR LF (GB3); any other
    // text goes through the boundary finder.
    const bool simple = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x300 || (u >= 0x2000 && u <= 0x206F && u != 0x200C && u != 0x200D) || (u >= 0x20A0 && u <= 0x20C0);
    });
    if (simple) {
        const int n = int(text.size());
        for (int i = 0; i < n; ++i) {
            const bool crlf = text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n');
            addGrapheme(crlf ? i + 2 : i + 1);
            if (crlf)
                ++i;
        }
    } else {
        for (const int to : graphemeEnds(text)) {
            if (to > from)
                addGrapheme(to);
        }
    }

    info.encoding = gsm ? SmsEncoding::Gsm7 : SmsEncoding::Ucs2;
    info.units = gsm ? septets : int(text.size());
    const int single = gsm ? kGsmSingle : kUcsSingle;
    const int part = gsm ? kGsmPart : kUcsPart;
    if (info.units <= single) {
        info.segments = 1;
        return info;
    }

    // Pack whole graphemes; a grapheme larger than a part is split between code points
    // (never inside a surrogate pair or an escape pair).
    int segments = 1;
    int used = 0;
    auto place = [&](int cost) {
        if (used + cost > part) {
            ++segments;
            used = 0;
        }
        used += cost;
    };
    for (const Unit& g : graphemes) {
        const int cost = gsm ? g.cost : g.end - g.begin;
        if (cost <= part) {
            place(cost);
            continue;
        }
        for (int i = g.begin; i < g.end; ++i) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < g.end && text.at(i + 1).isLowSurrogate();
            const char32_t cp = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
            place(gsm ? gsmSeptets(cp) : (pair ? 2 : 1));
            if (pair)
                ++i;
        }
    }
    info.segments = segments;
    return info;
}

QString replaceTypographic(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x2018: // ‘
        case 0x2019: // ’
        case 0x201A: // ‚
        case 0x201B: // ‛
        case 0x2032: // ′
        case 0x02BC: // ʼ
        case 0x00B4: // ´
        case 0x0060: // `
            out += QLatin1Char('\'');
            break;
        case 0x201C: // “
        case 0x201D: // ”
        case 0x201E: // „
        case 0x201F: // ‟
        case 0x2033: // ″
        case 0x00AB: // «
        case 0x00BB: // »
            out += QLatin1Char('"');
            break;
        case 0x2010: // hyphen
        case 0x2011: // non-breaking hyphen
        case 0x2012: // figure dash
        case 0x2013: // en dash
        case 0x2014: // em dash
        case 0x2015: // horizontal bar
        case 0x2212: // minus sign
        case 0x2022: // bullet
        case 0x2043: // hyphen bullet
            out += QLatin1Char('-');
            break;
        case 0x2026: // …
            out += QLatin1String("...");
            break;
        case 0x0009: // tab
        case 0x00A0: // no-break space
        case 0x2002:
        case 0x2003:
        case 0x2004:
        case 0x2005:
        case 0x2006:
        case 0x2007:
        case 0x2008:
        case 0x2009:
        case 0x200A:
        case 0x202F:
        case 0x205F:
        case 0x3000:
            out += QLatin1Char(' ');
            break;
        case 0x200B: // zero-width space
        case 0x00AD: // soft hyphen
        case 0xFEFF: // BOM / zero-width no-break space
        case 0x2060: // word joiner
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace rapport::domain
