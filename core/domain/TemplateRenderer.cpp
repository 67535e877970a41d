// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TemplateRenderer.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

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

bool isPlaceholderName(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (const QChar ch : name)
        if (!isNameChar(ch))
            return false;
    return TemplateRenderer::placeholders().contains(name);
}

/// Walks `body` the way render() reads it: `{{` and `}}` are literal braces, `{...}` on one line
/// is a placeholder (handed as the text between the braces and as written), anything else is text.
void scan(const QString& body, const std::function<void(QChar)>& onText,
          const std::function<void(const QString& raw, const QString& written)>& onPlaceholder)
{
    const int n = body.size();
    int i = 0;
    while (i < n) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('{') && i + 1 < n && body.at(i + 1) == QLatin1Char('{')) {
            onText(QLatin1Char('{'));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('}') && i + 1 < n && body.at(i + 1) == QLatin1Char('}')) {
            onText(QLatin1Char('}'));
            i += 2;
            continue;
        }
        if (c != QLatin1Char('{')) {
            onText(c);
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < n && body.at(j) != QLatin1Char('}') && body.at(j) != QLatin1Char('{') &&
               body.at(j) != QLatin1Char('\n'))
            ++j;
        if (j >= n || body.at(j) != QLatin1Char('}')) {
            onText(c); // a lone brace is text
            ++i;
            continue;
        }
        onPlaceholder(body.mid(i + 1, j - i - 1), body.mid(i, j - i + 1));
        i = j + 1;
    }
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

    scan(
        body, [&out](QChar c) { out.text += c; },
        [&](const QString& raw, const QString& written) {
            const QString name = raw.trimmed().toLower();
            if (!isPlaceholderName(name)) {
                report(TemplateIssue::Kind::UnknownPlaceholder, raw,
                       tr("%1 is not a placeholder Rapport knows; it was left as written.").arg(written));
                out.text += written;
                return;
            }
            const QString v = value(name, client, settings);
            if (!v.isNull()) {
                out.text += v;
                return;
            }
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
        });
    return out;
}

QVector<TemplateIssue> TemplateRenderer::unfilled(const QString& draft, const Client* client,
                                                  const PracticeSettings& settings) const
{
    QVector<TemplateIssue> out;
    if (!draft.contains(QLatin1Char('{'))) // the usual case, checked on every keystroke
        return out;
    scan(
        draft, [](QChar) {},
        [&](const QString& raw, const QString& written) {
            const QString name = raw.trimmed().toLower();
            const bool known = isPlaceholderName(name);
            const auto kind = known ? TemplateIssue::Kind::MissingValue : TemplateIssue::Kind::UnknownPlaceholder;
            const QString key = known ? name : raw;
            for (const auto& i : out)
                if (i.kind == kind && i.placeholder == key)
                    return;
            QString why;
            if (!known)
                why = tr("%1: not a placeholder Rapport knows; write the words you mean instead").arg(written);
            else if (!value(name, client, settings).isNull())
                why = tr("{%1}: not filled in; choose the template again or write the words in").arg(name);
            else if (!client && (name == QLatin1String("first_name") || name == QLatin1String("preferred_name") ||
                                 name.startsWith(QLatin1String("next_appointment"))))
                why = tr("{%1}: no client chosen").arg(name);
            else if (name.startsWith(QLatin1String("next_appointment")))
                why = tr("{%1}: no next appointment on file").arg(name);
            else if (name == QLatin1String("first_name") || name == QLatin1String("preferred_name"))
                why = tr("{%1}: no name on file").arg(name);
            else if (name == QLatin1String("business_phone"))
                why = tr("{%1}: no business phone in Settings").arg(name);
            else if (name == QLatin1String("practice_name"))
                why = tr("{%1}: no practice name in Settings").arg(name);
            else if (name == QLatin1String("practitioner"))
                why = tr("{%1}: no practitioner name in Settings").arg(name);
            else if (name == QLatin1String("hours"))
                why = tr("{%1}: no hours in Settings").arg(name);
            else
                why = tr("{%1}: no value").arg(name);
            out.push_back({kind, key, why});
        });
    return out;
}

} // namespace rapport::domain
