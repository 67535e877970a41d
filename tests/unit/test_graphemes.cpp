// SPDX-License-Identifier: GPL-3.0-or-later
// Grapheme clusters as Unicode defines them (UAX #29), checked against Unicode's own test files
// from Debian's unicode-data package, and the SMS figures that depend on them.
#include "domain/Graphemes.h"
#include "domain/SmsEncoding.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace rapport::domain;

namespace {

const QString kUnicodeData = QStringLiteral("/usr/share/unicode");

QString fromHex(const QStringList& hex)
{
    QString s;
    for (const QString& h : hex) {
        const char32_t cp = char32_t(h.toUInt(nullptr, 16));
        s += QString::fromUcs4(&cp, 1);
    }
    return s;
}

QByteArray readData(const QString& relative)
{
    QFile f(kUnicodeData + QLatin1Char('/') + relative);
    INFO("Debian's unicode-data package (installed by packaging/install-deps.sh): " << f.fileName().toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Grapheme clusters agree with Unicode's GraphemeBreakTest.txt", "[sms][graphemes]")
{
    // "÷ 0020 × 0308 ÷ 0020 ÷	# ...": ÷ a break, × none, between the code points.
    const QList<QByteArray> lines = readData(QStringLiteral("auxiliary/GraphemeBreakTest.txt")).split('\n');
    int cases = 0;
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        QString text;
        QVector<int> expected;
        for (const QString& token : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (token == QStringLiteral("\u00F7")) {
                if (!text.isEmpty())
                    expected.push_back(int(text.size()));
            } else if (token != QStringLiteral("\u00D7")) {
                text += fromHex({token});
            }
        }
        INFO(line.toStdString());
        CHECK(graphemeEnds(text) == expected);
        ++cases;
    }
    CHECK(cases > 600); // 602 in Unicode 15.0
}

TEST_CASE("Every sequence of Unicode's emoji-test.txt is one grapheme cluster", "[sms][graphemes]")
{
    const QList<QByteArray> lines = readData(QStringLiteral("emoji/emoji-test.txt")).split('\n');
    int sequences = 0;
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char(';')))
            continue;
        const QStringList hex = line.section(QLatin1Char(';'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString emoji = fromHex(hex);
        INFO(line.toStdString());
        CHECK(graphemeEnds(emoji) == QVector<int>{int(emoji.size())});
        // Also after Devanagari and Thai, where Qt 6.4's finder splits surrogate pairs (a lone
        // component such as a skin tone extends the letter before it, as it should).
        if (line.contains(QLatin1String("; component")))
            continue;
        const QString after = QStringLiteral("\u0915\u0915") + emoji + QStringLiteral("\u0E01");
        CHECK(graphemeEnds(after) == QVector<int>{1, 2, int(2 + emoji.size()), int(after.size())});
        ++sequences;
    }
    CHECK(sequences > 4000); // ZWJ families, flags, keycaps, skin tones
}

TEST_CASE("SMS figures count whole emoji after Indic text and keep flags together", "[sms][graphemes]")
{
    // 2 Devanagari letters and 66 emoji: 134 UTF-16 units, UCS-2: 3 segments of 67 (an emoji
    // never split between two), and no lone surrogate among the characters that forced UCS-2.
    QString devanagari = QStringLiteral("\u0915\u0915");
    for (int i = 0; i < 66; ++i)
        devanagari += QStringLiteral("\U0001F600");
    const SmsInfo a = analyseSms(devanagari);
    CHECK(a.encoding == SmsEncoding::Ucs2);
    CHECK(a.units == 134);
    CHECK(a.segments == 3);
    for (const QString& g : a.nonGsm) {
        // Whole code points only: no high surrogate without its low one, no stray low one.
        CHECK(g.toUcs4().size() >= 1);
        const QList<uint> ucs4 = g.toUcs4();
        CHECK(QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()), ucs4.size()) == g);
        CHECK_FALSE(g.front().isLowSurrogate());
        CHECK_FALSE(g.back().isHighSurrogate());
    }
    CHECK(a.nonGsm.contains(QStringLiteral("\U0001F600")));

    // A flag right after another emoji stays one cluster: ’ + 62 a + 🌿 🇬🇧 + 65 b is 3 segments.
    const QString flag = QStringLiteral("\u2019") + QString(62, QLatin1Char('a')) +
                         QStringLiteral("\U0001F33F\U0001F1EC\U0001F1E7") + QString(65, QLatin1Char('b'));
    const SmsInfo b = analyseSms(flag);
    CHECK(b.encoding == SmsEncoding::Ucs2);
    CHECK(b.segments == 3);
    CHECK(b.nonGsm.contains(QStringLiteral("\U0001F1EC\U0001F1E7")));
    CHECK_FALSE(b.nonGsm.contains(QStringLiteral("\U0001F1EC")));
}
