// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: phone parsing and normalising (services::PhoneNumbers over libphonenumber).
// Beyond not crashing: a normalised number is E.164 (a '+' and at most 15 digits), normalises to
// itself again with the same type, in its region and another; the search-terms overload agrees with
// the plain one; every refusal has a message and names the field.
#include "FuzzCheck.h"
#include "services/PhoneNumbers.h"

#include <array>

using rapport::services::PhoneNumbers;

namespace {

bool isE164(const QString& v)
{
    if (v.size() < 2 || v.size() > 16 || v.at(0) != QLatin1Char('+') || v.at(1) == QLatin1Char('0'))
        return false;
    for (int i = 1; i < v.size(); ++i)
        if (v.at(i) < QLatin1Char('0') || v.at(i) > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0 || size > 256)
        return 0;
    // The first byte picks the practice's region: numbers without '+' are read in it.
    static const std::array<PhoneNumbers, 8> phones{
        PhoneNumbers(QStringLiteral("GB")), PhoneNumbers(QStringLiteral("US")), PhoneNumbers(QStringLiteral("DE")),
        PhoneNumbers(QStringLiteral("FR")), PhoneNumbers(QStringLiteral("IE")), PhoneNumbers(QStringLiteral("AU")),
        PhoneNumbers(QStringLiteral("IN")), PhoneNumbers(QStringLiteral("BR"))};
    const PhoneNumbers& pn = phones[data[0] % phones.size()];
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    const auto plain = pn.normalise(input, QStringLiteral("Mobile"), QStringLiteral("f"));
    QStringList terms;
    const auto withTerms = pn.normalise(input, &terms);
    FUZZ_REQUIRE(plain.ok() == withTerms.ok());
    if (!plain.ok()) {
        FUZZ_REQUIRE(!plain.error().message.isEmpty() && plain.error().field == QStringLiteral("f"));
        return 0;
    }
    const QString value = plain->value;
    FUZZ_REQUIRE(isE164(value));
    FUZZ_REQUIRE(withTerms->value == value && plain->label == QStringLiteral("Mobile") && !terms.isEmpty());
    // Idempotent: the stored value reads back as itself, with the same type, in any region.
    const auto again = pn.normalise(value);
    FUZZ_REQUIRE(again.ok() && again->value == value && again->numberType == plain->numberType);
    const auto elsewhere = phones[(data[0] + 1) % phones.size()].normalise(value);
    FUZZ_REQUIRE(elsewhere.ok() && elsewhere->value == value);
    FUZZ_REQUIRE(!PhoneNumbers::nationalDigits(value).isEmpty() && !PhoneNumbers::formatNational(value).isEmpty());
    return 0;
}
