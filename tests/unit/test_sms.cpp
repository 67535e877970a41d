// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "domain/SmsEncoding.h"

using namespace rapport::domain;

namespace {

QString rep(const QString& s, int n)
{
    return s.repeated(n);
}

const QString kA = QStringLiteral("a");
const QString kEuro = QString(QChar(0x20AC));
const QString kCurly = QString(QChar(0x2019)); // ’
const QString kSmile = QString::fromUtf8("😊");

} // namespace

TEST_CASE("Empty text has no segments", "[sms]")
{
    const auto s = analyseSms(QString());
    CHECK(s.encoding == SmsEncoding::Gsm7);
    CHECK(s.units == 0);
    CHECK(s.segments == 0);
    CHECK(s.nonGsm.isEmpty());
}

TEST_CASE("GSM-7 single and multi-part boundaries", "[sms]")
{
    CHECK(analyseSms(rep(kA, 1)).segments == 1);
    CHECK(analyseSms(rep(kA, 160)).segments == 1);
    CHECK(analyseSms(rep(kA, 160)).units == 160);
    CHECK(analyseSms(rep(kA, 161)).segments == 2);
    for (int n = 2; n <= 5; ++n) {
        INFO("parts " << n);
        CHECK(analyseSms(rep(kA, 153 * n)).segments == n);
        CHECK(analyseSms(rep(kA, 153 * n + 1)).segments == n + 1);
    }
    CHECK(analyseSms(rep(kA, 306)).encoding == SmsEncoding::Gsm7);
}

TEST_CASE("The whole GSM-7 basic set is one septet each", "[sms]")
{
    const QString basic = QString::fromUtf8(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüàç");
    const auto s = analyseSms(basic);
    CHECK(s.encoding == SmsEncoding::Gsm7);
    CHECK(s.units == basic.size());
    CHECK(s.nonGsm.isEmpty());
}

TEST_CASE("Extension characters cost two septets", "[sms]")
{
    const QString ext = QStringLiteral("\f^{}\\[~]|") + kEuro;
    const auto s = analyseSms(ext);
    CHECK(s.encoding == SmsEncoding::Gsm7);
    CHECK(s.units == 20);
    CHECK(analyseSms(rep(kEuro, 80)).units == 160);
    CHECK(analyseSms(rep(kEuro, 80)).segments == 1);
    CHECK(analyseSms(rep(kEuro, 81)).units == 162);
    CHECK(analyseSms(rep(kEuro, 81)).segments == 2);
}

TEST_CASE("An escape pair that would straddle the 153 boundary moves to the next part", "[sms]")
{
    // 152 plain + € (2) = 154: the € does not fit in part one (152 + 2 > 153), so part one holds 152.
    // Then 152 more septets fill part two to 154 > 153: three parts, where naive 306/153 would say two.
    const QString t = rep(kA, 152) + kEuro + rep(kA, 152);
    const auto s = analyseSms(t);
    CHECK(s.units == 306);
    CHECK(s.segments == 3);
    // Control: with the € after position 153 the same units fit in two parts.
    CHECK(analyseSms(rep(kA, 151) + kEuro + rep(kA, 153)).segments == 2);
}

TEST_CASE("UCS-2 single and multi-part boundaries", "[sms]")
{
    const QString base = kCurly; // one non-GSM character forces UCS-2
    CHECK(analyseSms(base + rep(kA, 69)).units == 70);
    CHECK(analyseSms(base + rep(kA, 69)).segments == 1);
    CHECK(analyseSms(base + rep(kA, 70)).segments == 2);
    for (int n = 2; n <= 4; ++n) {
        INFO("parts " << n);
        CHECK(analyseSms(base + rep(kA, 67 * n - 1)).segments == n);
        CHECK(analyseSms(base + rep(kA, 67 * n)).segments == n + 1);
    }
    const auto s = analyseSms(QStringLiteral("It") + kCurly + QStringLiteral("s fine"));
    CHECK(s.encoding == SmsEncoding::Ucs2);
    CHECK(s.nonGsm == QStringList{kCurly});
}

TEST_CASE("Emoji count two UTF-16 units and are never split at the 67 boundary", "[sms]")
{
    CHECK(analyseSms(kSmile).units == 2);
    CHECK(analyseSms(rep(kSmile, 35)).units == 70);
    CHECK(analyseSms(rep(kSmile, 35)).segments == 1);
    // 66 units then a surrogate pair: 68 > 67, the pair moves on; 66 + 2 + 66 = 134 units in 3 parts.
    const QString t = rep(kA, 66) + kSmile + rep(kA, 66);
    const auto s = analyseSms(t);
    CHECK(s.units == 134);
    CHECK(s.segments == 3);
    CHECK(s.nonGsm == QStringList{kSmile});
    // Control: at 65 the pair fits in part one.
    CHECK(analyseSms(rep(kA, 65) + kSmile + rep(kA, 67)).segments == 2);
}

TEST_CASE("Grapheme clusters are never split", "[sms]")
{
    const QString family = QString::fromUtf8("👨‍👩‍👧"); // 3 emoji + 2 ZWJ = 8 units
    REQUIRE(family.size() == 8);
    const QString flag = QString::fromUtf8("🇬🇧"); // 2 regional indicators = 4 units
    SECTION("family emoji")
    {
        // 62 + 8 = 70 > 67: the cluster goes whole to part two.
        const auto s = analyseSms(rep(kA, 62) + family + rep(kA, 62));
        CHECK(s.units == 132);
        CHECK(s.segments == 3);
        CHECK(analyseSms(rep(kA, 59) + family + rep(kA, 67)).segments == 2);
        CHECK(analyseSms(family).nonGsm == QStringList{family});
    }
    SECTION("flag")
    {
        const auto s = analyseSms(rep(kA, 65) + flag + rep(kA, 65));
        CHECK(s.units == 134);
        CHECK(s.segments == 3);
        CHECK(analyseSms(flag + flag + kSmile).nonGsm == (QStringList{flag, kSmile}));
    }
}

TEST_CASE("nonGsm lists distinct offenders in order", "[sms]")
{
    const QString t = QString::fromUtf8("“Hi” — it’s “fine”… `ok`");
    const auto s = analyseSms(t);
    CHECK(s.encoding == SmsEncoding::Ucs2);
    CHECK(s.units == t.size());
    CHECK(s.nonGsm == (QStringList{QString::fromUtf8("“"), QString::fromUtf8("”"), QString::fromUtf8("—"),
                                   QString::fromUtf8("’"), QString::fromUtf8("…"), QStringLiteral("`")}));
}

TEST_CASE("replaceTypographic turns a UCS-2 draft into GSM-7", "[sms]")
{
    const QString draft = QString::fromUtf8(
        "Hi Ana \u2014 it\u2019s \u201cconfirmed\u201d: Tue\u00a03pm\u20264pm \u2013 see you \u2018then\u2019");
    REQUIRE(analyseSms(draft).encoding == SmsEncoding::Ucs2);
    const QString plain = replaceTypographic(draft);
    CHECK(plain == QStringLiteral("Hi Ana - it's \"confirmed\": Tue 3pm...4pm - see you 'then'"));
    const auto s = analyseSms(plain);
    CHECK(s.encoding == SmsEncoding::Gsm7);
    CHECK(s.nonGsm.isEmpty());
    // Emoji and letters outside GSM-7 are left alone.
    CHECK(replaceTypographic(kSmile + QStringLiteral(" ok")) == kSmile + QStringLiteral(" ok"));
}

TEST_CASE("Per-character costs", "[sms]")
{
    CHECK(gsmSeptets(U'a') == 1);
    CHECK(gsmSeptets(U'\u00e7') == 1);
    CHECK(gsmSeptets(U'\u20ac') == 2);
    CHECK(gsmSeptets(U'^') == 2);
    CHECK(gsmSeptets(U'`') == 0);
    CHECK(gsmSeptets(U'\t') == 0);
    CHECK(gsmSeptets(U'\u00e1') == 0); // á is not in the basic set
    CHECK(gsmSeptets(U'\U0001F60A') == 0);
}

TEST_CASE("CR LF is one grapheme and is kept in one part; a combining accent stays with its letter", "[sms]")
{
    // 152 + CR LF: 154 > 153, the pair moves on whole; 152 + (2 + 152) = 3 parts.
    const QString crlf = rep(kA, 152) + QStringLiteral("\r\n") + rep(kA, 152);
    CHECK(analyseSms(crlf).encoding == SmsEncoding::Gsm7);
    CHECK(analyseSms(crlf).units == 306);
    CHECK(analyseSms(crlf).segments == 3);
    // e + U+0301 is one grapheme of 2 units; at 66 it would straddle 67.
    const QString e = QStringLiteral("e") + QChar(0x0301);
    const auto s = analyseSms(rep(kA, 66) + e + rep(kA, 66));
    CHECK(s.encoding == SmsEncoding::Ucs2);
    CHECK(s.units == 134);
    CHECK(s.segments == 3);
    CHECK(s.nonGsm == QStringList{e});
}

TEST_CASE("A grapheme longer than a part is split between code points, never inside a pair", "[sms]")
{
    // A base letter with 80 combining marks: one grapheme of 81 units, more than 67.
    const QString zalgo = QStringLiteral("a") + QString(80, QChar(0x0301));
    const auto s = analyseSms(zalgo);
    CHECK(s.units == 81);
    CHECK(s.segments == 2);
}

TEST_CASE("A leading U+FEFF is a character of the text: UCS-2, one more unit", "[sms]")
{
    const auto info = analyseSms(QString(QChar(0xFEFF)) + QStringLiteral("Hello"));
    CHECK(info.encoding == SmsEncoding::Ucs2);
    CHECK(info.units == 6);
    CHECK(info.segments == 1);
    // 70 units fit one segment; 69 letters after the mark are 70.
    CHECK(analyseSms(QString(QChar(0xFEFF)) + QString(69, QLatin1Char('a'))).segments == 1);
    CHECK(analyseSms(QString(QChar(0xFEFF)) + QString(70, QLatin1Char('a'))).segments == 2);
}
