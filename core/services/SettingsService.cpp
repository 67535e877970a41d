// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SettingsService.h"

#include "services/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace rapport::services {

using domain::Error;
using domain::PracticeSettings;
using domain::Result;
using domain::Status;

namespace {

const QString kLexiconPrefix = QStringLiteral("lexicon.");

const QStringList& lexiconCategories()
{
    static const QStringList k{QStringLiteral("clinical"),    QStringLiteral("identifier"), QStringLiteral("delicate"),
                               QStringLiteral("promotional"), QStringLiteral("scheduling"), QStringLiteral("admin"),
                               QStringLiteral("ignore")};
    return k;
}

Result<int> boundedInt(const QString& key, const QString& value, int min, int max)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        return Error::invalid(SettingsService::tr("%1 must be a whole number from %2 to %3, not \"%4\"")
                                  .arg(key)
                                  .arg(min)
                                  .arg(max)
                                  .arg(value),
                              key);
    return n;
}

} // namespace

SettingsService::SettingsService(const storage::Database& db) : m_db(db) {}

const QStringList& SettingsService::keys()
{
    static const QStringList k = [] {
        QStringList out{QStringLiteral("practice-name"),
                        QStringLiteral("practitioner"),
                        QStringLiteral("business-phone"),
                        QStringLiteral("time-zone"),
                        QStringLiteral("country"),
                        QStringLiteral("hours"),
                        QStringLiteral("time-off"),
                        QStringLiteral("quiet-hours"),
                        QStringLiteral("conversation-window-days"),
                        QStringLiteral("sms-max-segments"),
                        QStringLiteral("in-person-horizon-days"),
                        QStringLiteral("language")};
        for (const QString& c : lexiconCategories())
            out << kLexiconPrefix + c;
        return out;
    }();
    return k;
}

Result<QString> SettingsService::apply(PracticeSettings& s, const QString& key, const QString& raw)
{
    const QString value = raw.trimmed();
    if (key == QLatin1String("practice-name")) {
        s.practiceName = value.simplified();
    } else if (key == QLatin1String("practitioner")) {
        s.practitioner = value.simplified();
    } else if (key == QLatin1String("business-phone")) {
        if (value.isEmpty()) {
            s.businessPhone.clear();
        } else {
            auto cp = PhoneNumbers(s.country).normalise(value, {}, key);
            if (!cp)
                return cp.error();
            s.businessPhone = cp->value;
        }
    } else if (key == QLatin1String("time-zone")) {
        if (!QTimeZone::isTimeZoneIdAvailable(value.toUtf8()))
            return Error::invalid(tr("time-zone: \"%1\" is not a known time zone (use an IANA name such as "
                                     "Europe/London)")
                                      .arg(value),
                                  key);
        s.timeZone = value;
    } else if (key == QLatin1String("country")) {
        const QString region = value.toUpper();
        if (!PhoneNumbers::isSupportedRegion(region))
            return Error::invalid(
                tr("country: \"%1\" is not a two-letter country code (ISO 3166, e.g. GB, US)").arg(value), key);
        s.country = region;
    } else if (key == QLatin1String("hours")) {
        QString why;
        const auto hours = domain::WeeklyHours::parse(value, &why);
        if (!hours)
            return Error::invalid(tr("hours: %1").arg(why), key);
        s.hours = *hours;
    } else if (key == QLatin1String("time-off")) {
        QString why;
        const auto ranges = domain::parseTimeOff(value, &why);
        if (!ranges)
            return Error::invalid(tr("time-off: %1").arg(why), key);
        s.timeOff = *ranges;
    } else if (key == QLatin1String("quiet-hours")) {
        const auto q = domain::QuietHours::parse(value);
        if (!q)
            return Error::invalid(
                tr("quiet-hours: \"%1\" is not a range of times (write HH:MM-HH:MM, e.g. 21:00-08:00)").arg(value),
                key);
        s.quietHours = *q;
    } else if (key == QLatin1String("conversation-window-days")) {
        auto n = boundedInt(key, value, 0, 365);
        if (!n)
            return n.error();
        s.conversationWindowDays = n.value();
    } else if (key == QLatin1String("sms-max-segments")) {
        auto n = boundedInt(key, value, 1, 10);
        if (!n)
            return n.error();
        s.smsMaxSegments = n.value();
    } else if (key == QLatin1String("in-person-horizon-days")) {
        auto n = boundedInt(key, value, 0, 365);
        if (!n)
            return n.error();
        s.inPersonHorizonDays = n.value();
    } else if (key == QLatin1String("language")) {
        const QString lang = value.toLower();
        if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("de"))
            return Error::invalid(
                tr("language: \"%1\" is not a language Rapport reads drafts in (en, de, or empty for the country's)")
                    .arg(value),
                key);
        s.language = lang;
    } else if (key.startsWith(kLexiconPrefix) && lexiconCategories().contains(key.mid(kLexiconPrefix.size()))) {
        QStringList terms;
        for (const QString& t : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString term = t.simplified();
            if (!term.isEmpty() && !terms.contains(term, Qt::CaseInsensitive))
                terms << term;
        }
        const QString category = key.mid(kLexiconPrefix.size());
        if (terms.isEmpty())
            s.lexiconAdditions.remove(category);
        else
            s.lexiconAdditions.insert(category, terms);
    } else {
        return Error::invalid(tr("\"%1\" is not a setting (known: %2)").arg(key, keys().join(QStringLiteral(", "))),
                              key);
    }
    return text(s, key);
}

QString SettingsService::text(const PracticeSettings& s, const QString& key)
{
    if (key == QLatin1String("practice-name"))
        return s.practiceName;
    if (key == QLatin1String("practitioner"))
        return s.practitioner;
    if (key == QLatin1String("business-phone"))
        return s.businessPhone;
    if (key == QLatin1String("time-zone"))
        return s.timeZone;
    if (key == QLatin1String("country"))
        return s.country;
    if (key == QLatin1String("hours"))
        return s.hours.toString();
    if (key == QLatin1String("time-off"))
        return domain::formatTimeOff(s.timeOff);
    if (key == QLatin1String("quiet-hours"))
        return s.quietHours.toString();
    if (key == QLatin1String("conversation-window-days"))
        return QString::number(s.conversationWindowDays);
    if (key == QLatin1String("sms-max-segments"))
        return QString::number(s.smsMaxSegments);
    if (key == QLatin1String("in-person-horizon-days"))
        return QString::number(s.inPersonHorizonDays);
    if (key == QLatin1String("language"))
        return s.language;
    if (key.startsWith(kLexiconPrefix))
        return s.lexiconAdditions.value(key.mid(kLexiconPrefix.size())).join(QStringLiteral(", "));
    return {};
}

Result<PracticeSettings> SettingsService::load() const
{
    auto stored = storage::SettingsRepository(m_db).all();
    if (!stored)
        return stored.error();
    PracticeSettings s;
    for (const QString& key : keys()) {
        const auto it = stored->constFind(key);
        if (it == stored->constEnd() || (key == QLatin1String("business-phone") && it->isEmpty()))
            continue;
        auto ok = apply(s, key, it.value());
        if (!ok)
            return Error::database(
                tr("the stored setting %1 is not valid (%2); set it again").arg(key, ok.error().message));
    }
    return s;
}

Status SettingsService::set(const QString& key, const QString& value)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = load();
    if (!current)
        return current.error();
    PracticeSettings s = current.value();
    auto canonical = apply(s, key, value);
    if (!canonical)
        return canonical.error();
    if (auto e = storage::SettingsRepository(m_db).setValue(key, canonical.value()))
        return e;
    return tx.value().commit();
}

Status SettingsService::save(const PracticeSettings& settings)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::SettingsRepository repo(m_db);
    PracticeSettings check;
    // The business phone is read in the practice's country: take the country first.
    if (auto country = apply(check, QStringLiteral("country"), text(settings, QStringLiteral("country"))); !country)
        return country.error();
    for (const QString& key : keys()) {
        auto canonical = apply(check, key, text(settings, key));
        if (!canonical)
            return canonical.error();
        if (auto e = repo.setValue(key, canonical.value()))
            return e;
    }
    return tx.value().commit();
}

Status SettingsService::teachTerm(const QString& term, const QString& section)
{
    const QString t = term.simplified();
    if (t.isEmpty() || t.contains(QLatin1Char(',')))
        return Error::invalid(
            tr("\"%1\" cannot be added to the lexicon: a term is one word or phrase without a comma").arg(t),
            QStringLiteral("lexicon"));
    if (!lexiconCategories().contains(section))
        return Error::invalid(
            tr("\"%1\" is not a lexicon list (known: %2)").arg(section, lexiconCategories().join(QStringLiteral(", "))),
            QStringLiteral("lexicon"));
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = load();
    if (!current)
        return current.error();
    storage::SettingsRepository repo(m_db);
    for (const QString& c : lexiconCategories()) {
        QStringList terms = current->lexiconAdditions.value(c);
        terms.removeIf([&](const QString& x) { return x.compare(t, Qt::CaseInsensitive) == 0; });
        if (c == section)
            terms << t;
        if (terms == current->lexiconAdditions.value(c))
            continue;
        if (auto e = repo.setValue(kLexiconPrefix + c, terms.join(QStringLiteral(", "))))
            return e;
    }
    return tx.value().commit();
}

Result<QVector<QPair<QString, QString>>> SettingsService::show() const
{
    auto s = load();
    if (!s)
        return s.error();
    QVector<QPair<QString, QString>> out;
    for (const QString& key : keys())
        out.push_back({key, text(s.value(), key)});
    return out;
}

} // namespace rapport::services
