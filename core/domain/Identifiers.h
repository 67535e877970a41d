#pragma once

#include <QString>
#include <QVector>

namespace rapport::domain {

/// Personal identifiers found in a text, each validated by its checksum or shape.
struct IdentifierMatch {
    enum class Type { PaymentCard, NhsNumber, UsSsn, DateOfBirth };
    Type type = Type::PaymentCard;
    int begin = 0; ///< UTF-16 index into the text
    int end = 0;   ///< exclusive
};

/// True when the digits (separators ignored) pass the Luhn check.
bool luhnValid(const QString& digits);

/// True when the 10 digits (separators ignored) pass the NHS number modulus-11 check.
bool nhsValid(const QString& digits);

/// Finds payment card numbers (13 to 19 digits, optionally grouped by single spaces or dashes,
/// passing Luhn, not starting with 0), UK NHS numbers (10 digits, or 3-3-4 with spaces or dashes,
/// passing modulus 11), US SSNs (AAA-GG-SSSS with area not 000, 666 or 9xx, group not 00, serial
/// not 0000) and dates of birth introduced as such ("DOB 02/03/1984", "date of birth: 2 March
/// 1984", "born on 2nd March 1984"). Digit runs that are part of a longer run, of a word, or follow
/// a "+" (international phone numbers) are not identifiers. Ordered by begin, non-overlapping.
QVector<IdentifierMatch> findIdentifiers(const QString& text);

} // namespace rapport::domain
