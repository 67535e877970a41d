// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Channel.h"

#include <QStringList>

namespace rapport::domain {

namespace {
template <typename E, std::size_t N>
std::optional<E> lookup(const QString& s, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [value, name] : table) {
        if (s == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}
template <typename E, std::size_t N> QString name(E v, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [value, n] : table) {
        if (value == v)
            return QString::fromLatin1(n);
    }
    return {};
}

const std::pair<Channel, const char*> kChannels[] = {
    {Channel::Sms, "sms"}, {Channel::Email, "email"}, {Channel::Phone, "phone"}, {Channel::InPerson, "in_person"}};
const std::pair<Scope, const char*> kScopes[] = {{Scope::Service, "service"}, {Scope::Marketing, "marketing"}};
const std::pair<ConsentState, const char*> kStates[] = {{ConsentState::Granted, "granted"},
                                                        {ConsentState::Withdrawn, "withdrawn"},
                                                        {ConsentState::Refused, "refused"},
                                                        {ConsentState::Imported, "imported"}};
const std::pair<Purpose, const char*> kPurposes[] = {{Purpose::Scheduling, "scheduling"},
                                                     {Purpose::Admin, "admin"},
                                                     {Purpose::Clinical, "clinical"},
                                                     {Purpose::Marketing, "marketing"},
                                                     {Purpose::General, "general"}};
const std::pair<Directive, const char*> kDirectives[] = {{Directive::NoSms, "no-sms"},
                                                         {Directive::NoEmail, "no-email"},
                                                         {Directive::NoPhone, "no-phone"},
                                                         {Directive::NoVoicemail, "no-voicemail"},
                                                         {Directive::ClinicalByTextOk, "clinical-by-text-ok"},
                                                         {Directive::ClinicalByEmailOk, "clinical-by-email-ok"}};
const std::pair<Direction, const char*> kDirections[] = {{Direction::Inbound, "in"}, {Direction::Outbound, "out"}};
} // namespace

QString toString(Channel c)
{
    return name(c, kChannels);
}
QString toString(Scope s)
{
    return name(s, kScopes);
}
QString toString(ConsentState s)
{
    return name(s, kStates);
}
QString toString(Purpose p)
{
    return name(p, kPurposes);
}
QString toString(Directive d)
{
    return name(d, kDirectives);
}
QString toString(Direction d)
{
    return name(d, kDirections);
}

std::optional<Channel> channelFromString(const QString& s)
{
    return lookup(s, kChannels);
}
std::optional<Scope> scopeFromString(const QString& s)
{
    return lookup(s, kScopes);
}
std::optional<ConsentState> consentStateFromString(const QString& s)
{
    return lookup(s, kStates);
}
std::optional<Purpose> purposeFromString(const QString& s)
{
    return lookup(s, kPurposes);
}
std::optional<Directive> directiveFromString(const QString& s)
{
    return lookup(s, kDirectives);
}
std::optional<Direction> directionFromString(const QString& s)
{
    return lookup(s, kDirections);
}

const QStringList& consentMethods()
{
    static const QStringList k{QStringLiteral("written"),     QStringLiteral("verbal"),
                               QStringLiteral("online-form"), QStringLiteral("inbound-message"),
                               QStringLiteral("email"),       QStringLiteral("phone-call"),
                               QStringLiteral("other"),       QStringLiteral("imported")};
    return k;
}

} // namespace rapport::domain

#include "domain/Client.h"

namespace rapport::domain {
namespace {
const std::pair<NumberType, const char*> kNumberTypes[] = {{NumberType::Mobile, "mobile"},
                                                           {NumberType::FixedLine, "fixed_line"},
                                                           {NumberType::FixedLineOrMobile, "fixed_line_or_mobile"},
                                                           {NumberType::Other, "other"},
                                                           {NumberType::Unknown, "unknown"}};
}
QString toString(NumberType t)
{
    return name(t, kNumberTypes);
}
std::optional<NumberType> numberTypeFromString(const QString& s)
{
    return lookup(s, kNumberTypes);
}
} // namespace rapport::domain
