// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ColumnMapping.h"

#include "domain/ImportText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace rapport::domain {

using domain::Channel;
using domain::Scope;

namespace {

/// "E-mail 1 - Value" -> "e mail 1 value"; "first_name" -> "first name".
QString normalise(const QString& name)
{
    static const QRegularExpression kSeparators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return name.toLower().replace(kSeparators, QStringLiteral(" ")).trimmed();
}

ColumnRole role(ColumnField f, QString label = {})
{
    ColumnRole r;
    r.field = f;
    r.label = std::move(label);
    return r;
}

ColumnRole optIn(Channel c, Scope s)
{
    ColumnRole r;
    r.field = ColumnField::OptIn;
    r.channel = c;
    r.scope = s;
    return r;
}

struct Names {
    QStringList words;
    bool has(const char* w) const { return words.contains(QLatin1String(w)); }
    bool hasAny(std::initializer_list<const char*> ws) const
    {
        for (const char* w : ws)
            if (has(w))
                return true;
        return false;
    }
};

const QHash<QString, ColumnRole>& formatTable(const QString& format)
{
    static const QHash<QString, ColumnRole> kGoogle{
        {QStringLiteral("name"), role(ColumnField::FullName)},
        {QStringLiteral("first name"), role(ColumnField::FirstName)},
        {QStringLiteral("given name"), role(ColumnField::FirstName)},
        {QStringLiteral("middle name"), role(ColumnField::MiddleName)},
        {QStringLiteral("additional name"), role(ColumnField::MiddleName)},
        {QStringLiteral("last name"), role(ColumnField::LastName)},
        {QStringLiteral("family name"), role(ColumnField::LastName)},
        {QStringLiteral("nickname"), role(ColumnField::PreferredName)},
        {QStringLiteral("notes"), role(ColumnField::Notes)},
    };
    static const QHash<QString, ColumnRole> kOutlook{
        {QStringLiteral("first name"), role(ColumnField::FirstName)},
        {QStringLiteral("middle name"), role(ColumnField::MiddleName)},
        {QStringLiteral("last name"), role(ColumnField::LastName)},
        {QStringLiteral("nickname"), role(ColumnField::PreferredName)},
        {QStringLiteral("notes"), role(ColumnField::Notes)},
        {QStringLiteral("e mail address"), role(ColumnField::Email)},
        {QStringLiteral("e mail 2 address"), role(ColumnField::Email)},
        {QStringLiteral("e mail 3 address"), role(ColumnField::Email)},
        {QStringLiteral("mobile phone"), role(ColumnField::Phone, QStringLiteral("Mobile"))},
        {QStringLiteral("home phone"), role(ColumnField::Phone, QStringLiteral("Home"))},
        {QStringLiteral("home phone 2"), role(ColumnField::Phone, QStringLiteral("Home"))},
        {QStringLiteral("business phone"), role(ColumnField::Phone, QStringLiteral("Work"))},
        {QStringLiteral("business phone 2"), role(ColumnField::Phone, QStringLiteral("Work"))},
        {QStringLiteral("company main phone"), role(ColumnField::Phone, QStringLiteral("Work"))},
        {QStringLiteral("other phone"), role(ColumnField::Phone, QStringLiteral("Other"))},
        {QStringLiteral("primary phone"), role(ColumnField::Phone)},
        {QStringLiteral("car phone"), role(ColumnField::Phone, QStringLiteral("Car"))},
    };
    static const QHash<QString, ColumnRole> kJane{
        {QStringLiteral("first name"), role(ColumnField::FirstName)},
        {QStringLiteral("last name"), role(ColumnField::LastName)},
        {QStringLiteral("preferred name"), role(ColumnField::PreferredName)},
        {QStringLiteral("email"), role(ColumnField::Email)},
        {QStringLiteral("home phone"), role(ColumnField::Phone, QStringLiteral("Home"))},
        {QStringLiteral("mobile phone"), role(ColumnField::Phone, QStringLiteral("Mobile"))},
        {QStringLiteral("work phone"), role(ColumnField::Phone, QStringLiteral("Work"))},
        {QStringLiteral("marketing email opt in"), optIn(Channel::Email, Scope::Marketing)},
        {QStringLiteral("sms marketing opt in"), optIn(Channel::Sms, Scope::Marketing)},
    };
    static const QHash<QString, ColumnRole> kCliniko{
        {QStringLiteral("first name"), role(ColumnField::FirstName)},
        {QStringLiteral("last name"), role(ColumnField::LastName)},
        {QStringLiteral("preferred first name"), role(ColumnField::PreferredName)},
        {QStringLiteral("email"), role(ColumnField::Email)},
        {QStringLiteral("time zone"), role(ColumnField::TimeZone)},
        {QStringLiteral("patient phone numbers"), role(ColumnField::PhoneList)},
        {QStringLiteral("accepted sms marketing"), optIn(Channel::Sms, Scope::Marketing)},
        {QStringLiteral("accepted email marketing"), optIn(Channel::Email, Scope::Marketing)},
        {QStringLiteral("notes"), role(ColumnField::Notes)},
    };
    static const QHash<QString, ColumnRole> kOpenEmr{
        {QStringLiteral("fname"), role(ColumnField::FirstName)},
        {QStringLiteral("mname"), role(ColumnField::MiddleName)},
        {QStringLiteral("lname"), role(ColumnField::LastName)},
        {QStringLiteral("email"), role(ColumnField::Email)},
        {QStringLiteral("phone cell"), role(ColumnField::Phone, QStringLiteral("Mobile"))},
        {QStringLiteral("phone home"), role(ColumnField::Phone, QStringLiteral("Home"))},
        {QStringLiteral("phone biz"), role(ColumnField::Phone, QStringLiteral("Work"))},
        {QStringLiteral("phone contact"), role(ColumnField::Phone, QStringLiteral("Other"))},
        {QStringLiteral("hipaa allowsms"), optIn(Channel::Sms, Scope::Service)},
        {QStringLiteral("hipaa allowemail"), optIn(Channel::Email, Scope::Service)},
        {QStringLiteral("hipaa voice"), optIn(Channel::Phone, Scope::Service)},
    };
    static const QHash<QString, ColumnRole> kNone;
    if (format.startsWith(QLatin1String("Google")))
        return kGoogle;
    if (format == QLatin1String("Outlook"))
        return kOutlook;
    if (format == QLatin1String("Jane"))
        return kJane;
    if (format == QLatin1String("Cliniko"))
        return kCliniko;
    if (format == QLatin1String("OpenEMR"))
        return kOpenEmr;
    return kNone;
}

QString detectFormat(const QStringList& normalised)
{
    const QSet<QString> names(normalised.begin(), normalised.end());
    static const QRegularExpression kGoogleCurrent(QStringLiteral("^(e mail|phone) \\d+ (label|value)$"));
    static const QRegularExpression kGoogleLegacy(QStringLiteral("^(e mail|phone) \\d+ (type|value)$"));
    bool googleCurrent = false;
    bool googleLegacy = false;
    for (const auto& n : normalised) {
        if (n.endsWith(QLatin1String(" label")) && kGoogleCurrent.match(n).hasMatch())
            googleCurrent = true;
        if (n.endsWith(QLatin1String(" type")) && kGoogleLegacy.match(n).hasMatch())
            googleLegacy = true;
    }
    if (names.contains(QStringLiteral("patient phone numbers")) ||
        names.contains(QStringLiteral("accepted sms marketing")) ||
        names.contains(QStringLiteral("accepted email marketing")))
        return QStringLiteral("Cliniko");
    if (names.contains(QStringLiteral("fname")) && names.contains(QStringLiteral("lname")))
        return QStringLiteral("OpenEMR");
    if (names.contains(QStringLiteral("patient number")) && names.contains(QStringLiteral("first name")))
        return QStringLiteral("Jane");
    if (googleLegacy && (names.contains(QStringLiteral("given name")) || names.contains(QStringLiteral("family name"))))
        return QStringLiteral("Google Contacts (legacy)");
    if (googleCurrent || (googleLegacy && names.contains(QStringLiteral("first name"))))
        return QStringLiteral("Google Contacts");
    if (names.contains(QStringLiteral("e mail address")) ||
        (names.contains(QStringLiteral("mobile phone")) && names.contains(QStringLiteral("business phone"))))
        return QStringLiteral("Outlook");
    return QStringLiteral("CSV");
}

ColumnRole googleNumbered(const QString& n)
{
    static const QRegularExpression kNumbered(QStringLiteral("^(e mail|phone) (\\d+) (label|type|value)$"));
    const auto m = kNumbered.match(n);
    if (!m.hasMatch())
        return {};
    const bool email = m.captured(1) == QLatin1String("e mail");
    const bool value = m.captured(3) == QLatin1String("value");
    ColumnRole r;
    r.group = m.captured(2).toInt();
    r.field = email ? (value ? ColumnField::Email : ColumnField::EmailLabel)
                    : (value ? ColumnField::Phone : ColumnField::PhoneLabel);
    return r;
}

QString phoneLabelFrom(const Names& n)
{
    if (n.hasAny({"mobile", "cell", "cellphone", "cellular", "handy", "mobil"}))
        return QStringLiteral("Mobile");
    if (n.hasAny({"home", "private"}))
        return QStringLiteral("Home");
    if (n.hasAny({"work", "business", "office", "biz", "company"}))
        return QStringLiteral("Work");
    if (n.has("other"))
        return QStringLiteral("Other");
    return {};
}

} // namespace

QString toString(ColumnField f)
{
    switch (f) {
    case ColumnField::Ignore:
        return QStringLiteral("ignore");
    case ColumnField::FullName:
        return QStringLiteral("full_name");
    case ColumnField::FirstName:
        return QStringLiteral("first_name");
    case ColumnField::MiddleName:
        return QStringLiteral("middle_name");
    case ColumnField::LastName:
        return QStringLiteral("last_name");
    case ColumnField::PreferredName:
        return QStringLiteral("preferred_name");
    case ColumnField::Phone:
        return QStringLiteral("phone");
    case ColumnField::PhoneLabel:
        return QStringLiteral("phone_label");
    case ColumnField::PhoneList:
        return QStringLiteral("phone_list");
    case ColumnField::Email:
        return QStringLiteral("email");
    case ColumnField::EmailLabel:
        return QStringLiteral("email_label");
    case ColumnField::TimeZone:
        return QStringLiteral("time_zone");
    case ColumnField::Notes:
        return QStringLiteral("notes");
    case ColumnField::OptIn:
        return QStringLiteral("opt_in");
    }
    return {};
}

std::optional<ColumnField> columnFieldFromString(const QString& s)
{
    for (int i = 0; i <= static_cast<int>(ColumnField::OptIn); ++i)
        if (toString(static_cast<ColumnField>(i)) == s)
            return static_cast<ColumnField>(i);
    return std::nullopt;
}

ColumnRole ColumnMapping::guessRole(const QString& columnName)
{
    const QString norm = normalise(columnName);
    Names n{norm.split(QLatin1Char(' '), Qt::SkipEmptyParts)};
    // "e mail" and "opt in" read as single words.
    const QString joined = QStringLiteral(" ") + norm + QStringLiteral(" ");
    const bool email = n.hasAny({"email", "mail", "emailaddress"}) || joined.contains(QLatin1String(" e mail "));
    const bool sms = n.hasAny({"sms", "text", "texts", "texting", "allowsms"});
    const bool phoneWord = n.hasAny({"phone", "tel", "telephone", "voice", "call", "calls", "allowvoice"});
    const bool optInWord =
        n.hasAny({"optin", "opted", "consent", "consents", "accepted", "accepts", "allow", "allows", "permission",
                  "subscribed", "subscribe", "marketing", "newsletter", "allowsms", "allowemail", "allowvoice"}) ||
        joined.contains(QLatin1String(" opt in ")) || joined.contains(QLatin1String(" opt out "));

    if (n.hasAny({"fax",          "pager",        "phonetic",  "prefix",   "suffix", "title",    "company",
                  "organization", "organisation", "emergency", "guardian", "doctor", "referrer", "referral",
                  "address",      "street",       "city",      "birthday", "birth",  "dob"}) &&
        !optInWord)
        return {};
    if (optInWord && !joined.contains(QLatin1String(" opt out "))) {
        Channel c;
        if (sms)
            c = Channel::Sms;
        else if (email || n.has("allowemail"))
            c = Channel::Email;
        else if (phoneWord)
            c = Channel::Phone;
        else
            return {}; // a flag without a channel: a person has to say which one it is
        const bool marketing = n.hasAny(
            {"marketing", "newsletter", "newsletters", "promo", "promotions", "promotional", "offers", "news"});
        return optIn(c, marketing ? Scope::Marketing : Scope::Service);
    }
    if (email) {
        if (n.hasAny({"label", "type"}))
            return role(ColumnField::EmailLabel);
        QString label;
        if (n.hasAny({"home", "private", "personal"}))
            label = QStringLiteral("Home");
        else if (n.hasAny({"work", "business", "office"}))
            label = QStringLiteral("Work");
        return role(ColumnField::Email, label);
    }
    if (n.hasAny({"mobile", "cell", "cellphone", "cellular", "handy", "mobil", "sms"}))
        return role(ColumnField::Phone, QStringLiteral("Mobile"));
    if (phoneWord || n.hasAny({"phones", "telephones", "numbers"})) {
        if (n.hasAny({"label", "type"}))
            return role(ColumnField::PhoneLabel);
        if (n.hasAny({"phones", "numbers"}))
            return role(ColumnField::PhoneList);
        return role(ColumnField::Phone, phoneLabelFrom(n));
    }
    if (n.hasAny({"timezone", "tz"}) || joined.contains(QLatin1String(" time zone ")))
        return role(ColumnField::TimeZone);
    if (n.hasAny({"notes", "note", "comments", "comment", "remarks"}))
        return role(ColumnField::Notes);
    if (n.hasAny({"preferred", "nickname", "known"}))
        return role(ColumnField::PreferredName);
    if (n.hasAny({"first", "given", "forename", "firstname", "givenname", "fname"}))
        return role(ColumnField::FirstName);
    if (n.hasAny({"middle", "additional", "mname"}))
        return role(ColumnField::MiddleName);
    if (n.hasAny({"last", "family", "surname", "lastname", "familyname", "lname"}))
        return role(ColumnField::LastName);
    if (n.hasAny({"name", "fullname", "client", "patient", "contact"}) && !n.hasAny({"number", "id", "no"}))
        return role(ColumnField::FullName);
    return {};
}

ColumnMapping ColumnMapping::detect(const QStringList& header)
{
    ColumnMapping m;
    m.header = header;
    QStringList normalised;
    normalised.reserve(header.size());
    for (const auto& h : header)
        normalised.push_back(normalise(h));
    m.formatName = detectFormat(normalised);
    const auto& table = formatTable(m.formatName);
    const bool generic = m.formatName == QLatin1String("CSV");
    m.roles.reserve(header.size());
    for (int i = 0; i < header.size(); ++i) {
        ColumnRole r;
        if (generic)
            r = guessRole(header.at(i));
        else if (const auto it = table.constFind(normalised.at(i)); it != table.constEnd())
            r = it.value();
        else if (m.formatName.startsWith(QLatin1String("Google")))
            r = googleNumbered(normalised.at(i));
        m.roles.push_back(r);
    }
    return m;
}

bool ColumnMapping::mapsAnything() const
{
    for (const auto& r : roles) {
        switch (r.field) {
        case ColumnField::FullName:
        case ColumnField::FirstName:
        case ColumnField::LastName:
        case ColumnField::Phone:
        case ColumnField::PhoneList:
        case ColumnField::Email:
            return true;
        default:
            break;
        }
    }
    return false;
}

QString ColumnMapping::describe(int column) const
{
    if (column < 0 || column >= roles.size())
        return tr("ignored");
    const ColumnRole& r = roles.at(column);
    switch (r.field) {
    case ColumnField::Ignore:
        return tr("ignored");
    case ColumnField::FullName:
        return tr("Full name");
    case ColumnField::FirstName:
        return tr("First name");
    case ColumnField::MiddleName:
        return tr("Middle name");
    case ColumnField::LastName:
        return tr("Last name");
    case ColumnField::PreferredName:
        return tr("Preferred name");
    case ColumnField::Phone:
        return r.label.isEmpty() ? tr("Phone") : tr("Phone (%1)").arg(r.label);
    case ColumnField::PhoneLabel:
        return tr("Phone label");
    case ColumnField::PhoneList:
        return tr("Phone numbers");
    case ColumnField::Email:
        return r.label.isEmpty() ? tr("Email") : tr("Email (%1)").arg(r.label);
    case ColumnField::EmailLabel:
        return tr("Email label");
    case ColumnField::TimeZone:
        return tr("Time zone");
    case ColumnField::Notes:
        return tr("Notes");
    case ColumnField::OptIn:
        return tr("Opt-in: %1 %2").arg(domain::toString(r.channel), domain::toString(r.scope));
    }
    return {};
}

namespace {

struct ValueGroup {
    int group = 0;
    bool email = false;
    QString values;
    QString labels;
    QString fixedLabel;
};

ValueGroup& groupFor(QVector<ValueGroup>& groups, bool email, int group)
{
    for (auto& g : groups)
        if (g.email == email && g.group == group)
            return g;
    groups.push_back(ValueGroup{group, email, {}, {}, {}});
    return groups.back();
}

void appendText(QString& target, const QString& text, QLatin1Char separator)
{
    if (text.isEmpty())
        return;
    if (!target.isEmpty())
        target += separator;
    target += text;
}

void addPhoneList(ImportRecord& record, const QString& cell)
{
    static const QRegularExpression kSplit(QStringLiteral("\\s*(?:;|,|\\||\\n| ::: )\\s*"));
    static const QRegularExpression kLabelFirst(QStringLiteral("^([^:\\d+()]+):\\s*(.+)$"));
    static const QRegularExpression kLabelAfter(QStringLiteral("^(.+?)\\s*\\(([^)]+)\\)$"));
    const auto parts = cell.split(kSplit, Qt::SkipEmptyParts);
    for (const auto& part : parts) {
        RawPhone phone;
        if (const auto m = kLabelFirst.match(part); m.hasMatch()) {
            phone.label = cleanLabel(m.captured(1));
            phone.value = m.captured(2).trimmed();
        } else if (const auto m2 = kLabelAfter.match(part); m2.hasMatch()) {
            phone.value = m2.captured(1).trimmed();
            phone.label = cleanLabel(m2.captured(2));
        } else {
            phone.value = part.trimmed();
        }
        if (phone.value.isEmpty() || phone.label.compare(QLatin1String("fax"), Qt::CaseInsensitive) == 0)
            continue;
        phone.mobileHint = isMobileLabel(phone.label);
        record.phones.push_back(phone);
    }
}

} // namespace

ImportRecord ColumnMapping::apply(const QStringList& fields, int line) const
{
    ImportRecord record;
    record.line = line;
    QString fullName;
    QVector<ValueGroup> groups;
    bool hasFirstNameColumn = false;
    const int n = static_cast<int>(qMin(fields.size(), roles.size()));
    for (int i = 0; i < roles.size(); ++i)
        if (roles.at(i).field == ColumnField::FirstName)
            hasFirstNameColumn = true;

    for (int i = 0; i < n; ++i) {
        const ColumnRole& r = roles.at(i);
        const QString value = fields.at(i).trimmed();
        switch (r.field) {
        case ColumnField::Ignore:
            break;
        case ColumnField::FullName:
            appendText(fullName, value, QLatin1Char(' '));
            break;
        case ColumnField::FirstName:
            appendText(record.firstName, value, QLatin1Char(' '));
            break;
        case ColumnField::MiddleName:
            appendText(record.middleName, value, QLatin1Char(' '));
            break;
        case ColumnField::LastName:
            appendText(record.lastName, value, QLatin1Char(' '));
            break;
        case ColumnField::PreferredName:
            if (record.preferredName.isEmpty())
                record.preferredName = value;
            break;
        case ColumnField::Phone:
        case ColumnField::Email: {
            const bool email = r.field == ColumnField::Email;
            ValueGroup& g = groupFor(groups, email, r.group != 0 ? r.group : -(i + 1));
            g.values = value;
            g.fixedLabel = r.label;
            break;
        }
        case ColumnField::PhoneLabel:
        case ColumnField::EmailLabel: {
            ValueGroup& g = groupFor(groups, r.field == ColumnField::EmailLabel, r.group != 0 ? r.group : -(i + 1));
            g.labels = value;
            break;
        }
        case ColumnField::PhoneList:
            addPhoneList(record, value);
            break;
        case ColumnField::TimeZone:
            if (record.timeZone.isEmpty())
                record.timeZone = value;
            break;
        case ColumnField::Notes:
            appendText(record.notes, value, QLatin1Char('\n'));
            break;
        case ColumnField::OptIn:
            if (isTruthy(value))
                record.optIns.push_back(OptIn{r.channel, r.scope, header.value(i), value});
            break;
        }
    }

    for (const auto& g : groups) {
        const QStringList values = splitMultiValue(g.values);
        const QStringList labels = splitMultiValue(g.labels);
        for (int k = 0; k < values.size(); ++k) {
            const QString& v = values.at(k);
            if (v.isEmpty())
                continue;
            QString label = k < labels.size() ? labels.at(k) : (labels.size() == 1 ? labels.front() : QString());
            label = cleanLabel(label.isEmpty() ? g.fixedLabel : label);
            if (g.email) {
                if (isValidEmail(v))
                    record.emails.push_back(RawEmail{v, label});
                else
                    record.problems.push_back(tr("invalid email '%1'").arg(v));
            } else {
                record.phones.push_back(RawPhone{v, label, isMobileLabel(label)});
            }
        }
    }

    if (!fullName.isEmpty()) {
        record.name = fullName;
    } else {
        QStringList parts;
        for (const QString* p : {&record.firstName, &record.middleName, &record.lastName})
            if (!p->isEmpty())
                parts.push_back(*p);
        record.name = parts.join(QLatin1Char(' '));
    }
    if (record.name.isEmpty())
        record.problems.prepend(tr("no name"));
    else if (fullName.isEmpty() && hasFirstNameColumn && record.firstName.isEmpty())
        record.problems.prepend(tr("no first name"));
    return record;
}

} // namespace rapport::domain
