// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace rapport::domain {

/// Personal identifiers found in a text, each validated by its checksum or shape.
struct IdentifierMatch {
    enum class Type { PaymentCard, NhsNumber, UsSsn, DateOfBirth, AuMedicare, IePps, DeKvnr, AtSvnr, ChAhv };
    Type type = Type::PaymentCard;
    int begin = 0; ///< UTF-16 index into the text
    int end = 0;   ///< exclusive
};

/// True when the digits (separators ignored) pass the Luhn check.
bool luhnValid(const QString& digits);

/// True when the 10 digits (separators ignored) pass the NHS number modulus-11 check.
bool nhsValid(const QString& digits);

/// True when the digits (separators ignored) are an Australian Medicare card number: 10 or 11
/// digits, the first 2 to 6, the ninth the check digit (weights 1 3 7 9 1 3 7 9, modulo 10).
bool medicareValid(const QString& digits);

/// True when `pps` is an Irish PPS number: 7 digits, a check letter, and an optional second
/// letter; the check letter is the weighted sum (8 to 2 over the digits, 9 times the second
/// letter's value, A=1 ... W=0) modulo 23, with W for 0.
bool ppsValid(const QString& pps);

/// True when `kvnr` is a German health insurance number (Krankenversichertennummer): a letter and
/// nine digits, the last the check digit: the letter's place in the alphabet as two digits and the
/// first eight digits, weighted 1 2 1 2 ..., the products' digit sums added, modulo 10.
bool kvnrValid(const QString& kvnr);

/// True when the 10 digits (separators ignored) are an Austrian social insurance number
/// (Sozialversicherungsnummer): a serial of three digits not starting with 0, the check digit,
/// and the date of birth as DDMMYY; the check is the digits weighted 3 7 9 . 5 8 4 2 1 6,
/// modulo 11 (never 10).
bool svnrValid(const QString& digits);

/// True when the 13 digits (separators ignored) are a Swiss AHV number: 756, then nine digits and
/// an EAN-13 check digit.
bool ahvValid(const QString& digits);

/// Finds payment card numbers (13 to 19 digits, optionally grouped by single spaces or dashes,
/// passing Luhn, not starting with 0), UK NHS numbers (10 digits, or 3-3-4 with spaces or dashes,
/// passing modulus 11), US SSNs (AAA-GG-SSSS with area not 000, 666 or 9xx, group not 00, serial
/// not 0000) and dates of birth introduced as such ("DOB 02/03/1984", "date of birth: 2 March
/// 1984", "born on 2nd March 1984"), Australian Medicare numbers (4-5-1 grouped and passing
/// the check, or any 10 or 11 digits of that shape introduced by "Medicare" in the same or the
/// previous sentence), Irish PPS numbers, German KVNRs, Austrian SVNRs and Swiss AHV numbers (each
/// passing its check; dates of birth introduced in German too: "geboren am 5. Juli 1971",
/// "Geburtsdatum: 03.03.1958"). Digit runs that are part of a longer run, of a word,
/// or follow a "+" (international phone numbers) are not identifiers. Ordered by begin, non-overlapping.
QVector<IdentifierMatch> findIdentifiers(const QString& text);

} // namespace rapport::domain
