// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// The four ways to reach a client. Order here is not a ranking; the advisor ranks.
enum class Channel { Sms, Email, Phone, InPerson };

/// Consent is per channel and per scope (reference.md §1, PECR reg. 22).
enum class Scope { Service, Marketing };

/// The state of one consent event. `Imported` is an opt-in flag read from another system,
/// without evidence: it allows service texts with a warning, never marketing.
enum class ConsentState { Granted, Withdrawn, Refused, Imported };

/// What a message is for (channel-policy.md step 1).
enum class Purpose { Scheduling, Admin, Clinical, Marketing, General };

/// How a client asked to be contacted (HIPAA 164.522(b) accommodations).
enum class Directive { NoSms, NoEmail, NoPhone, NoVoicemail, ClinicalByTextOk, ClinicalByEmailOk };

enum class Direction { Inbound, Outbound };

/// Channels that carry consent (in person needs none).
inline const QVector<Channel>& consentChannels()
{
    static const QVector<Channel> k{Channel::Sms, Channel::Email, Channel::Phone};
    return k;
}
inline const QVector<Channel>& allChannels()
{
    static const QVector<Channel> k{Channel::Sms, Channel::Email, Channel::Phone, Channel::InPerson};
    return k;
}
inline const QVector<Directive>& allDirectives()
{
    static const QVector<Directive> k{
        Directive::NoSms,       Directive::NoEmail,          Directive::NoPhone,
        Directive::NoVoicemail, Directive::ClinicalByTextOk, Directive::ClinicalByEmailOk};
    return k;
}

// Stable machine names, as written in the CLI contract, the database and exports.
QString toString(Channel c);
QString toString(Scope s);
QString toString(ConsentState s);
QString toString(Purpose p);
QString toString(Directive d);
QString toString(Direction d);

std::optional<Channel> channelFromString(const QString& s);
std::optional<Scope> scopeFromString(const QString& s);
std::optional<ConsentState> consentStateFromString(const QString& s);
std::optional<Purpose> purposeFromString(const QString& s);
std::optional<Directive> directiveFromString(const QString& s);
std::optional<Direction> directionFromString(const QString& s);

/// Consent methods accepted by `consent record --method` plus `imported` for importer events.
const QStringList& consentMethods();

} // namespace rapport::domain
