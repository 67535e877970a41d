#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace rapport::domain {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
}

std::optional<QDateTime> localAppointment(const Client& client, const PracticeSettings& settings)
{
    if (!client.nextAppointment || !client.nextAppointment->isValid())
        return std::nullopt;
    const QByteArray zoneId = (client.timeZone.isEmpty() ? settings.timeZone : client.timeZone).toUtf8();
    const QTimeZone zone(zoneId);
    if (!zone.isValid())
        return client.nextAppointment->toUTC();
    return client.nextAppointment->toTimeZone(zone);
}

} // namespace

QStringList RenderedTemplate::unknownPlaceholders() const
{
    QStringList out;
    for (const auto& i : issues)
        if (i.kind == TemplateIssue::Kind::UnknownPlaceholder)
            out << i.placeholder;
    return out;
}

QStringList RenderedTemplate::missingValues() const
{
    QStringList out;
    for (const auto& i : issues)
        if (i.kind == TemplateIssue::Kind::MissingValue)
            out << i.placeholder;
    return out;
}

TemplateRenderer::TemplateRenderer(QLocale locale) : m_locale(std::move(locale)) {}

const QStringList& TemplateRenderer::placeholders()
{
    static const QStringList k{QStringLiteral("first_name"),
                               QStringLiteral("preferred_name"),
                               QStringLiteral("practice_name"),
                               QStringLiteral("practitioner"),
                               QStringLiteral("next_appointment_date"),
                               QStringLiteral("next_appointment_time"),
                               QStringLiteral("business_phone"),
                               QStringLiteral("hours")};
    return k;
}

QString TemplateRenderer::describe(const QString& placeholder)
{
    if (placeholder == QLatin1String("first_name"))
        return tr("The client's first name, as on their record");
    if (placeholder == QLatin1String("preferred_name"))
        return tr("The name the client goes by (their first name when no preferred name is set)");
    if (placeholder == QLatin1String("practice_name"))
        return tr("Your practice's name, from Settings");
    if (placeholder == QLatin1String("practitioner"))
        return tr("The practitioner's name, from Settings");
    if (placeholder == QLatin1String("next_appointment_date"))
        return tr("The day of the client's next appointment, e.g. Tuesday 1 December");
    if (placeholder == QLatin1String("next_appointment_time"))
        return tr("The time of the client's next appointment, e.g. 15:00");
    if (placeholder == QLatin1String("business_phone"))
        return tr("Your business phone number, from Settings");
    if (placeholder == QLatin1String("hours"))
        return tr("Your availability hours, e.g. Mon-Thu 10:00-20:00");
    return {};
}

QString TemplateRenderer::value(const QString& placeholder, const Client* client,
                                const PracticeSettings& settings) const
{
    const auto nonEmpty = [](const QString& s) { return s.trimmed().isEmpty() ? QString() : s.trimmed(); };
    if (placeholder == QLatin1String("practice_name"))
        return nonEmpty(settings.practiceName);
    if (placeholder == QLatin1String("practitioner"))
        return nonEmpty(settings.practitioner);
    if (placeholder == QLatin1String("business_phone"))
        return nonEmpty(settings.businessPhone);
    if (placeholder == QLatin1String("hours"))
        return settings.hours.isEmpty() ? QString() : settings.hours.toString();
    if (!client)
        return {};
    if (placeholder == QLatin1String("first_name"))
        return nonEmpty(client->name.trimmed().section(QLatin1Char(' '), 0, 0));
    if (placeholder == QLatin1String("preferred_name"))
        return nonEmpty(client->preferredName.isEmpty() ? client->name.trimmed().section(QLatin1Char(' '), 0, 0)
                                                        : client->preferredName);
    if (placeholder == QLatin1String("next_appointment_date")) {
        const auto at = localAppointment(*client, settings);
        return at ? m_locale.toString(at->date(), QStringLiteral("dddd d MMMM")) : QString();
    }
    if (placeholder == QLatin1String("next_appointment_time")) {
        const auto at = localAppointment(*client, settings);
        return at ? at->time().toString(QStringLiteral("HH:mm")) : QString();
    }
    return {};
}

RenderedTemplate TemplateRenderer::render(const QString& body, const Client* client,
                                          const PracticeSettings& settings) const
{
    RenderedTemplate out;
    out.text.reserve(body.size());
    const auto report = [&out](TemplateIssue::Kind kind, const QString& name, const QString& message) {
        for (const auto& i : out.issues)
            if (i.kind == kind && i.placeholder == name)
                return;
        out.issues.push_back({kind, name, message});
    };

    const int n = body.size();
    int i = 0;
    while (i < n) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('{') && i + 1 < n && body.at(i + 1) == QLatin1Char('{')) {
            out.text += QLatin1Char('{');
            i += 2;
            continue;
        }
        if (c == QLatin1Char('}') && i + 1 < n && body.at(i + 1) == QLatin1Char('}')) {
            out.text += QLatin1Char('}');
            i += 2;
            continue;
        }
        if (c != QLatin1Char('{')) {
            out.text += c;
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < n && body.at(j) != QLatin1Char('}') && body.at(j) != QLatin1Char('{') &&
               body.at(j) != QLatin1Char('\n'))
            ++j;
        if (j >= n || body.at(j) != QLatin1Char('}')) {
            out.text += c; // a lone brace is text
            ++i;
            continue;
        }
        const QString raw = body.mid(i + 1, j - i - 1);
        const QString name = raw.trimmed().toLower();
        const QString written = body.mid(i, j - i + 1);
        bool wellFormed = !name.isEmpty();
        for (const QChar ch : name)
            wellFormed = wellFormed && isNameChar(ch);
        if (!wellFormed || !placeholders().contains(name)) {
            report(TemplateIssue::Kind::UnknownPlaceholder, raw,
                   tr("%1 is not a placeholder Rapport knows; it was left as written.").arg(written));
            out.text += written;
        } else {
            const QString v = value(name, client, settings);
            if (v.isNull()) {
                QString why;
                if (!client && (name == QLatin1String("first_name") || name == QLatin1String("preferred_name") ||
                                name.startsWith(QLatin1String("next_appointment"))))
                    why = tr("{%1} needs a client: choose one.").arg(name);
                else if (name.startsWith(QLatin1String("next_appointment")))
                    why = tr("{%1}: this client has no next appointment on record.").arg(name);
                else
                    why = tr("{%1} has no value: fill it in under Settings.").arg(name);
                report(TemplateIssue::Kind::MissingValue, name, why);
                out.text += written;
            } else {
                out.text += v;
            }
        }
        i = j + 1;
    }
    return out;
}

} // namespace rapport::domain
