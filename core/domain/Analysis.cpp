#include "domain/Analysis.h"

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

} // namespace rapport::domain
