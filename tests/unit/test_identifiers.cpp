// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "domain/Identifiers.h"

using namespace rapport::domain;
using Type = IdentifierMatch::Type;

namespace {

QStringList found(const char* text, Type type)
{
    const QString t = QString::fromUtf8(text);
    QStringList out;
    for (const auto& m : findIdentifiers(t)) {
        if (m.type == type)
            out << t.mid(m.begin, m.end - m.begin);
    }
    return out;
}

int count(const char* text)
{
    return int(findIdentifiers(QString::fromUtf8(text)).size());
}

} // namespace

TEST_CASE("Checksums", "[identifiers]")
{
    CHECK(luhnValid(QStringLiteral("4539 1488 0343 6467")));
    CHECK_FALSE(luhnValid(QStringLiteral("4539 1488 0343 6468")));
    CHECK(luhnValid(QStringLiteral("378282246310005")));
    CHECK(nhsValid(QStringLiteral("943 476 5919")));
    CHECK_FALSE(nhsValid(QStringLiteral("943 476 5918")));
    CHECK_FALSE(nhsValid(QStringLiteral("94347659")));
}

TEST_CASE("Payment card numbers that pass Luhn, with or without separators", "[identifiers]")
{
    CHECK(found("my card is 4539 1488 0343 6467 thanks", Type::PaymentCard) ==
          QStringList{QStringLiteral("4539 1488 0343 6467")});
    CHECK(found("card: 4539-1488-0343-6467.", Type::PaymentCard) == QStringList{QStringLiteral("4539-1488-0343-6467")});
    CHECK(found("5555555555554444", Type::PaymentCard) == QStringList{QStringLiteral("5555555555554444")});
    CHECK(found("Amex 3782 822463 10005 expiring", Type::PaymentCard) ==
          QStringList{QStringLiteral("3782 822463 10005")});
    CHECK(found("ref 12 4111 1111 1111 1111", Type::PaymentCard) == QStringList{QStringLiteral("4111 1111 1111 1111")});
}

TEST_CASE("Digit runs that are not card numbers", "[identifiers]")
{
    CHECK(count("card 4539 1488 0343 6468") == 0);             // fails Luhn
    CHECK(count("REF 20261201-0042") == 0);                    // booking reference
    CHECK(count("Booking ref 1234-5678-1234-5678") == 0);      // fails Luhn
    CHECK(count("Call 07400 123456 or +44 7400 123456") == 0); // phone numbers
    CHECK(count("+44 20 7946 0958 / 0207 946 0958") == 0);
    CHECK(count("at 10:30 on 12/01/2027, £45.00, $120, 60 minutes") == 0);
    CHECK(count("order AB4111111111111111") == 0); // part of a word
    CHECK(count("1234567890123456789012") == 0);   // too long
}

TEST_CASE("NHS numbers pass modulus 11", "[identifiers]")
{
    CHECK(found("NHS no. 943 476 5919", Type::NhsNumber) == QStringList{QStringLiteral("943 476 5919")});
    CHECK(found("nhs 9434765919.", Type::NhsNumber) == QStringList{QStringLiteral("9434765919")});
    CHECK(found("401-023-2137", Type::NhsNumber) == QStringList{QStringLiteral("401-023-2137")});
    CHECK(count("NHS 943 476 5918") == 0); // check digit wrong
    CHECK(count("943 4765 919") == 0);     // not 3-3-4
    CHECK(count("943-476 5919") == 0);     // mixed separators
    CHECK(count("0740 012 3456") == 0);    // leading zero: a phone number
    CHECK(count("+44 943 476 5919") == 0); // after an international prefix
}

TEST_CASE("Digit groups apart by a no-break space or two spaces, a number glued to No.", "[identifiers]")
{
    // Text pasted from a web page or a PDF keeps U+00A0 / U+202F between groups.
    CHECK(found("card 4539\u00A01488\u00A00343\u00A06467 thanks", Type::PaymentCard) ==
          QStringList{QString::fromUtf8("4539\u00A01488\u00A00343\u00A06467")});
    CHECK(found("card 4539\u202F1488\u202F0343\u202F6467", Type::PaymentCard).size() == 1);
    CHECK(found("card 4539  1488  0343  6467", Type::PaymentCard) ==
          QStringList{QStringLiteral("4539  1488  0343  6467")});
    CHECK(found("NHS 943\u00A0476\u00A05919", Type::NhsNumber).size() == 1);
    CHECK(found("NHS 943  476  5919", Type::NhsNumber) == QStringList{QStringLiteral("943  476  5919")});
    CHECK(found("NHS No.943 476 5919", Type::NhsNumber) == QStringList{QStringLiteral("943 476 5919")});
    CHECK(found("nhs no.9434765919", Type::NhsNumber).size() == 1);
    // Three spaces or a dot after a number still break the run.
    CHECK(count("4539   1488   0343   6467") == 0);
    CHECK(count("v2.943 476 5919") == 0);
    CHECK(count("piano.943 476 5919") == 0);
}

TEST_CASE("A CHI or NHS number introduced as such may start with 0", "[identifiers]")
{
    // Scottish CHI numbers start with the date of birth (010170 = 1 January 1970), same check digit.
    CHECK(found("CHI number 010 170 1233", Type::NhsNumber) == QStringList{QStringLiteral("010 170 1233")});
    CHECK(found("My CHI no. 0101701233", Type::NhsNumber).size() == 1);
    CHECK(found("NHS/CHI: 0101701233", Type::NhsNumber).size() == 1);
    CHECK(found("NHS number is 0101701233", Type::NhsNumber).size() == 1);
    CHECK(count("CHI number 0101701234") == 0); // check digit wrong
    CHECK(count("call 0101701233") == 0);       // not introduced: a phone-like number
    CHECK(count("chips 0101701233") == 0);
}

TEST_CASE("US SSN shape", "[identifiers]")
{
    CHECK(found("SSN 123-45-6789", Type::UsSsn) == QStringList{QStringLiteral("123-45-6789")});
    CHECK(count("000-45-6789") == 0);
    CHECK(count("666-45-6789") == 0);
    CHECK(count("912-45-6789") == 0);
    CHECK(count("123-00-6789") == 0);
    CHECK(count("123-45-0000") == 0);
    CHECK(count("123-456-7890") == 0); // a US phone number shape
    CHECK(count("REF-123-45-6789") == 0);
}

TEST_CASE("A date of birth introduced as such", "[identifiers]")
{
    CHECK(found("DOB 02/03/1984", Type::DateOfBirth) == QStringList{QStringLiteral("DOB 02/03/1984")});
    CHECK(found("Her date of birth: 2 March 1984.", Type::DateOfBirth) ==
          QStringList{QStringLiteral("date of birth: 2 March 1984")});
    CHECK(found("born on 2nd March 1984", Type::DateOfBirth) == QStringList{QStringLiteral("born on 2nd March 1984")});
    CHECK(found("D.O.B. 1984-03-02", Type::DateOfBirth) == QStringList{QStringLiteral("D.O.B. 1984-03-02")});
    CHECK(found("birthdate is March 2, 1984", Type::DateOfBirth) ==
          QStringList{QStringLiteral("birthdate is March 2, 1984")});
    // Dates without the label are appointment dates, not identifiers.
    CHECK(count("See you on 02/03/2027 at 10am") == 0);
    CHECK(count("on 2 March 2027") == 0);
    CHECK(count("born to run 5k") == 0);
}

TEST_CASE("Matches are ordered and do not overlap", "[identifiers]")
{
    const QString t = QStringLiteral("SSN 123-45-6789, card 4111 1111 1111 1111, DOB 01/02/1990, NHS 943 476 5919");
    const auto ms = findIdentifiers(t);
    REQUIRE(ms.size() == 4);
    CHECK(ms.at(0).type == Type::UsSsn);
    CHECK(ms.at(1).type == Type::PaymentCard);
    CHECK(ms.at(2).type == Type::DateOfBirth);
    CHECK(ms.at(3).type == Type::NhsNumber);
    for (int i = 1; i < ms.size(); ++i)
        CHECK(ms.at(i - 1).end <= ms.at(i).begin);
}

TEST_CASE("Australian Medicare numbers: the printed 4-5-1 grouping with its check digit", "[identifiers]")
{
    CHECK(medicareValid(QStringLiteral("2123 45670 1")));
    CHECK(medicareValid(QStringLiteral("21234567011"))); // with the card's issue number
    CHECK_FALSE(medicareValid(QStringLiteral("2123 45671 1")));
    CHECK_FALSE(medicareValid(QStringLiteral("7123 45670 1"))); // first digit 2 to 6
    CHECK(found("card 2123 45670 1 exp 05/28", Type::AuMedicare) == QStringList{QStringLiteral("2123 45670 1")});
    CHECK(found("2123 45671 1", Type::AuMedicare).isEmpty()); // fails the check, nothing introduces it
    // Introduced as a Medicare number, the shape is enough (a mistyped check digit is still one).
    CHECK(found("Your Medicare number? We have 3456 78901 2 on file.", Type::AuMedicare) ==
          QStringList{QStringLiteral("3456 78901 2")});
    // Phone numbers keep their own shapes.
    CHECK(count("Call 0412 345 678 or (02) 9876 5432") == 0);
}

TEST_CASE("Irish PPS numbers pass their check letter", "[identifiers]")
{
    CHECK(ppsValid(QStringLiteral("1234567T")));
    CHECK(ppsValid(QStringLiteral("1234567FA")));
    CHECK_FALSE(ppsValid(QStringLiteral("1234567TA")));
    CHECK_FALSE(ppsValid(QStringLiteral("1234567")));
    CHECK(found("my PPS is 1234567T, thanks", Type::IePps) == QStringList{QStringLiteral("1234567T")});
    CHECK(found("booking 1234568T", Type::IePps).isEmpty());     // wrong check letter
    CHECK(found("order ref AB1234567T", Type::IePps).isEmpty()); // part of a word
}

TEST_CASE("German, Austrian and Swiss insurance numbers pass their checks", "[identifiers][language]")
{
    // KVNR: letter A = 01, weights 1 2 1 2 ... over 0 1 1 2 3 4 5 6 7 8, digit sums 40: check 0.
    CHECK(kvnrValid(QStringLiteral("A123456780")));
    CHECK_FALSE(kvnrValid(QStringLiteral("A123456781")));
    CHECK_FALSE(kvnrValid(QStringLiteral("1123456780")));
    CHECK(found("Versichertennummer A123456780, Kasse AOK", Type::DeKvnr) == QStringList{QStringLiteral("A123456780")});
    CHECK(found("Rechnung R123456781", Type::DeKvnr).isEmpty()); // fails the check
    // SVNR: 1 2 3 . 0 1 0 1 8 0 weighted 3 7 9 . 5 8 4 2 1 6 is 62, modulo 11 is 7.
    CHECK(svnrValid(QStringLiteral("1237 010180")));
    CHECK_FALSE(svnrValid(QStringLiteral("1236 010180")));
    CHECK_FALSE(svnrValid(QStringLiteral("1237 320180"))); // no 32nd day
    CHECK(found("SV-Nummer 1237 010180 bitte mitbringen", Type::AtSvnr) == QStringList{QStringLiteral("1237 010180")});
    CHECK(count("Rufen Sie 0660 1234567 an") == 0); // a phone number starts with 0
    // AHV: EAN-13 check digit.
    CHECK(ahvValid(QStringLiteral("756.1234.5678.97")));
    CHECK_FALSE(ahvValid(QStringLiteral("756.1234.5678.96")));
    CHECK(found("AHV-Nr. 756.1234.5678.97", Type::ChAhv) == QStringList{QStringLiteral("756.1234.5678.97")});
}

TEST_CASE("A date of birth introduced in German", "[identifiers][language]")
{
    CHECK(found("Geburtsdatum: 03.03.1958", Type::DateOfBirth) ==
          QStringList{QStringLiteral("Geburtsdatum: 03.03.1958")});
    CHECK(found("sie ist geboren am 5. Juli 1971 in Graz", Type::DateOfBirth) ==
          QStringList{QStringLiteral("geboren am 5. Juli 1971")});
    CHECK(found("geb. 12.04.1978", Type::DateOfBirth) == QStringList{QStringLiteral("geb. 12.04.1978")});
    CHECK(found("Geburtsdatum ist der 3. März 1980", Type::DateOfBirth) ==
          QStringList{QStringLiteral("Geburtsdatum ist der 3. März 1980")});
    CHECK(count("Ihr Termin am 12.04.2027 um 10 Uhr") == 0); // no label: an appointment
}
