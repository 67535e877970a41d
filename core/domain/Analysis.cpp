// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Analysis.h"

#include <QCoreApplication>

namespace rapport::domain {

namespace {
const std::pair<Category, const char*> kCategories[] = {
    {Category::Clinical, "clinical"},       {Category::Identifier, "identifier"}, {Category::Delicate, "delicate"},
    {Category::Promotional, "promotional"}, {Category::Scheduling, "scheduling"}, {Category::Admin, "admin"}};
} // namespace

QString toString(Category c)
{
    for (const auto& [value, name] : kCategories) {
        if (value == c)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Category> categoryFromString(const QString& s)
{
    for (const auto& [value, name] : kCategories) {
        if (s == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString describeSource(const QString& source)
{
    if (source == QLatin1String("lexicon"))
        return QCoreApplication::translate("Analysis", "the built-in lexicon");
    if (source == QLatin1String("practice-terms"))
        return QCoreApplication::translate("Analysis", "the practice's own words (Settings, Lexicon)");
    if (source == QLatin1String("medical-vocabulary"))
        return QCoreApplication::translate("Analysis", "the medical vocabulary (a word no everyday dictionary lists)");
    if (source == QLatin1String("rule:body-part"))
        return QCoreApplication::translate("Analysis", "a body part next to a symptom");
    if (source == QLatin1String("rule:fee-charge"))
        return QCoreApplication::translate(
            "Analysis", "a charge or fee in the same sentence as a cancelled, missed or late session");
    if (source == QLatin1String("rule:service-name"))
        return QCoreApplication::translate("Analysis",
                                           "the name of a booked service (the words inside it are not clinical)");
    if (source == QLatin1String("rule:money-off"))
        return QCoreApplication::translate("Analysis", "an amount of money followed by \"off\"");
    if (source == QLatin1String("rule:amount"))
        return QCoreApplication::translate("Analysis", "an amount of money");
    if (source == QLatin1String("rule:offer"))
        return QCoreApplication::translate("Analysis", "an offer's price, or something free");
    if (source == QLatin1String("rule:clock-time"))
        return QCoreApplication::translate("Analysis", "a time of day");
    if (source == QLatin1String("check:medicare"))
        return QCoreApplication::translate("Analysis", "the shape and check digit of an Australian Medicare number");
    if (source == QLatin1String("check:pps"))
        return QCoreApplication::translate("Analysis", "the shape and check letter of an Irish PPS number");
    if (source == QLatin1String("check:kvnr"))
        return QCoreApplication::translate("Analysis", "the shape and check digit of a German health insurance number");
    if (source == QLatin1String("check:svnr"))
        return QCoreApplication::translate("Analysis",
                                           "the check digit and date of an Austrian social insurance number");
    if (source == QLatin1String("check:ahv"))
        return QCoreApplication::translate("Analysis", "756 and the check digit of a Swiss AHV number");
    if (source == QLatin1String("check:card"))
        return QCoreApplication::translate("Analysis", "13 to 19 digits that pass the card check (Luhn)");
    if (source == QLatin1String("check:nhs"))
        return QCoreApplication::translate("Analysis", "10 digits that pass the NHS and CHI number check (modulus 11)");
    if (source == QLatin1String("check:ssn"))
        return QCoreApplication::translate("Analysis", "the shape of a US Social Security number");
    if (source == QLatin1String("check:date-of-birth"))
        return QCoreApplication::translate("Analysis", "a date introduced as a date of birth");
    return source;
}

} // namespace rapport::domain
