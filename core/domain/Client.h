// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/QuietHours.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// What libphonenumber says a number is. The type decides whether it takes texts, not the label.
enum class NumberType { Mobile, FixedLine, FixedLineOrMobile, Other, Unknown };
QString toString(NumberType t);
std::optional<NumberType> numberTypeFromString(const QString& s);
/// True when a text can be sent to a number of this type.
inline bool takesTexts(NumberType t)
{
    return t == NumberType::Mobile || t == NumberType::FixedLineOrMobile;
}

/// One way to reach a client: a phone number in E.164, or an email address.
struct ContactPoint {
    enum class Kind { Phone, Email };
    qint64 id = 0;
    Kind kind = Kind::Phone;
    QString value; ///< E.164 (`+447400123456`) or an email address as written (trimmed)
    QString label; ///< what a person or the source file called it ("Mobile", "Work", "Landline")
    NumberType numberType = NumberType::Unknown; ///< phones only
    bool operator==(const ContactPoint& o) const
    {
        return kind == o.kind && value == o.value && label == o.label && numberType == o.numberType;
    }
};

/// What contact values are compared by: a number by its E.164 text; an email address with case
/// ignored, the local part too (addresses are kept as written, and `Ana.Silva@Example.COM` and
/// `ana.silva@example.com` are one person's address). For the ASCII addresses ClientService
/// accepts, this is SQLite's lower().
inline QString contactKey(ContactPoint::Kind kind, const QString& value)
{
    return kind == ContactPoint::Kind::Email ? value.trimmed().toLower() : value;
}
inline QString contactKey(const ContactPoint& cp)
{
    return contactKey(cp.kind, cp.value);
}
/// True when `a` and `b` are the same number or address (see contactKey()); labels aside.
inline bool sameContact(const ContactPoint& a, const ContactPoint& b)
{
    return a.kind == b.kind && contactKey(a) == contactKey(b);
}

/// A directive with when and by whom it was set (HIPAA asks us to honour it, not to ask why).
struct DirectiveRecord {
    Directive directive = Directive::NoSms;
    QDateTime setAt; ///< UTC
    QString setBy;
};

struct Client {
    qint64 id = 0;
    QString name;
    QString preferredName;
    QVector<ContactPoint> contacts;
    QString timeZone;                         ///< IANA id; empty means the practice's
    std::optional<QuietHours> quietHours;     ///< empty means the practice default
    QVector<Channel> preferences;             ///< most preferred first
    std::optional<QDateTime> nextAppointment; ///< UTC
    QString notes;                            ///< not clinical notes
    QVector<DirectiveRecord> directives;
    bool archived = false;
    bool erased = false;

    bool hasDirective(Directive d) const
    {
        for (const auto& r : directives)
            if (r.directive == d)
                return true;
        return false;
    }
    QVector<ContactPoint> phones() const
    {
        QVector<ContactPoint> out;
        for (const auto& c : contacts)
            if (c.kind == ContactPoint::Kind::Phone)
                out.push_back(c);
        return out;
    }
    QVector<ContactPoint> emails() const
    {
        QVector<ContactPoint> out;
        for (const auto& c : contacts)
            if (c.kind == ContactPoint::Kind::Email)
                out.push_back(c);
        return out;
    }
    /// The name to greet the client by: preferred name, else the first word of the name.
    QString firstName() const
    {
        if (!preferredName.isEmpty())
            return preferredName;
        return name.section(QLatin1Char(' '), 0, 0);
    }
};

} // namespace rapport::domain
