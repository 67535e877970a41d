// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the template renderer (TemplateRenderer::render and unfilled) on arbitrary
// bodies, with or without a client, in several locales and time zones. Beyond not crashing: a body
// without braces renders as itself; with every value on file no known placeholder is missing; each
// unknown placeholder was written in the body; issues are distinct and worded; rendering is pure.
#include "FuzzCheck.h"
#include "domain/TemplateRenderer.h"

#include <QSet>
#include <array>

using namespace rapport::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 3 || size > 8192)
        return 0;
    const uint8_t flags = data[0];
    const uint8_t minutes = data[1]; // moves the appointment, so days, months and DST edges vary
    const QString body = QString::fromUtf8(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));

    static const std::array<TemplateRenderer, 3> renderers{TemplateRenderer(),
                                                           TemplateRenderer(QLocale(QLocale::German, QLocale::Germany)),
                                                           TemplateRenderer(QLocale(QLocale::Arabic, QLocale::Egypt))};
    static const std::array<const char*, 4> zones{"", "Europe/London", "America/St_Johns", "Not/AZone"};
    const TemplateRenderer& renderer = renderers[flags % renderers.size()];

    PracticeSettings settings;
    settings.practiceName = QStringLiteral("Harbour Physio");
    settings.practitioner = QStringLiteral("Sam Jones");
    settings.businessPhone = QStringLiteral("+442079460018");
    Client client;
    client.id = 1;
    client.name = QStringLiteral("Ana Maria Silva");
    client.preferredName = (flags & 4) ? QStringLiteral("Ani") : QString();
    client.timeZone = QLatin1String(zones[(flags >> 3) % zones.size()]);
    client.nextAppointment =
        QDateTime(QDate(2026, 3, 29), QTime(0, 0), Qt::UTC).addSecs(qint64(minutes) * 37 * 60 + (flags >> 5) * 86400);
    const bool withClient = flags & 128;
    const Client* who = withClient ? &client : nullptr;

    const RenderedTemplate r = renderer.render(body, who, settings);
    const RenderedTemplate again = renderer.render(body, who, settings);
    FUZZ_REQUIRE(r.text == again.text && r.issues.size() == again.issues.size());
    if (!body.contains(QLatin1Char('{')) && !body.contains(QLatin1Char('}')))
        FUZZ_REQUIRE(r.text == body);
    // An unknown placeholder is reported as written; a known one by its name, which may have been
    // written with capitals or spaces inside the braces ("{ First_Name }").
    const auto written = [&](const TemplateIssue& issue) {
        if (issue.kind == TemplateIssue::Kind::UnknownPlaceholder)
            return body.contains(QLatin1Char('{') + issue.placeholder + QLatin1Char('}'));
        return TemplateRenderer::placeholders().contains(issue.placeholder) &&
               body.toLower().contains(issue.placeholder);
    };
    QSet<QString> seen;
    for (const TemplateIssue& issue : r.issues) {
        const QString key = QString::number(int(issue.kind)) + QLatin1Char(':') + issue.placeholder;
        FUZZ_REQUIRE(!seen.contains(key) && !issue.message.isEmpty() && written(issue));
        seen.insert(key);
        if (issue.kind == TemplateIssue::Kind::MissingValue)
            FUZZ_REQUIRE(!withClient); // with the client every value is on file
    }
    for (const TemplateIssue& issue : renderer.unfilled(body, who, settings))
        FUZZ_REQUIRE(!issue.message.isEmpty() && written(issue));
    for (const QString& p : TemplateRenderer::placeholders())
        FUZZ_REQUIRE(!TemplateRenderer::describe(p).isEmpty());
    return 0;
}
