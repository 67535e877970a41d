// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TemplateRenderer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

static void initResources()
{
    Q_INIT_RESOURCE(rapport_data);
}

using namespace rapport::domain;

namespace {

PracticeSettings practice()
{
    PracticeSettings s;
    s.practiceName = QStringLiteral("Calm Hands Massage");
    s.practitioner = QStringLiteral("Sam Okafor");
    s.businessPhone = QStringLiteral("+44 20 7946 0000");
    s.timeZone = QStringLiteral("Europe/London");
    WeeklyHours h;
    for (int d = 1; d <= 4; ++d)
        h.setDay(d, {{10 * 60, 20 * 60}});
    s.hours = h;
    return s;
}

Client ana()
{
    Client c;
    c.id = 7;
    c.name = QStringLiteral("Anastasia Kowalski");
    c.preferredName = QStringLiteral("Ana");
    // 1 December 2026 15:00 in London is 15:00 UTC (GMT in winter).
    c.nextAppointment = QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
    return c;
}

} // namespace

TEST_CASE("placeholders are filled from the client and the practice", "[template]")
{
    const Client c = ana();
    const auto r = TemplateRenderer().render(
        QStringLiteral("Hi {preferred_name} ({first_name}), see you {next_appointment_date} at "
                       "{next_appointment_time}. {practitioner}, {practice_name}, {business_phone}. Hours: {hours}"),
        &c, practice());
    CHECK(r.complete());
    CHECK(r.text == QStringLiteral("Hi Ana (Anastasia), see you Tuesday 1 December at 15:00. Sam Okafor, Calm Hands "
                                   "Massage, +44 20 7946 0000. Hours: ") +
                        practice().hours.toString());
    CHECK(r.text.contains(QStringLiteral("Mon")));
}

TEST_CASE("appointment times are shown in the client's time zone, else the practice's", "[template]")
{
    Client c = ana();
    c.nextAppointment = QDateTime(QDate(2026, 7, 7), QTime(14, 0), Qt::UTC); // BST: 15:00 in London
    const QString body = QStringLiteral("{next_appointment_date} {next_appointment_time}");
    CHECK(TemplateRenderer().render(body, &c, practice()).text == QStringLiteral("Tuesday 7 July 15:00"));
    c.timeZone = QStringLiteral("America/New_York"); // EDT: 10:00
    CHECK(TemplateRenderer().render(body, &c, practice()).text == QStringLiteral("Tuesday 7 July 10:00"));
    c.nextAppointment = QDateTime(QDate(2026, 7, 8), QTime(2, 30), Qt::UTC); // still the 7th in New York
    CHECK(TemplateRenderer().render(body, &c, practice()).text == QStringLiteral("Tuesday 7 July 22:30"));
}

TEST_CASE("unknown placeholders are reported and left as written", "[template]")
{
    const Client c = ana();
    const auto r = TemplateRenderer().render(QStringLiteral("Hi {preferred_name}, {ClientFirstName} {room number}"), &c,
                                             practice());
    CHECK_FALSE(r.complete());
    CHECK(r.text == QStringLiteral("Hi Ana, {ClientFirstName} {room number}"));
    CHECK(r.unknownPlaceholders() == QStringList{QStringLiteral("ClientFirstName"), QStringLiteral("room number")});
    CHECK(r.missingValues().isEmpty());
    CHECK(r.issues.front().message.contains(QStringLiteral("{ClientFirstName}")));
}

TEST_CASE("missing values are reported: no next appointment, no client, empty settings", "[template]")
{
    Client c = ana();
    c.nextAppointment.reset();
    PracticeSettings s = practice();
    s.businessPhone.clear();
    const QString body = QStringLiteral("Hi {first_name}, on {next_appointment_date} at {next_appointment_time}, "
                                        "call {business_phone}. {next_appointment_date}");
    auto r = TemplateRenderer().render(body, &c, s);
    CHECK(r.missingValues() == QStringList{QStringLiteral("next_appointment_date"),
                                           QStringLiteral("next_appointment_time"), QStringLiteral("business_phone")});
    CHECK(r.text.startsWith(QStringLiteral("Hi Anastasia, on {next_appointment_date}")));
    CHECK(r.issues.at(0).message.contains(QStringLiteral("no next appointment")));
    CHECK(r.issues.at(2).message.contains(QStringLiteral("Settings")));

    r = TemplateRenderer().render(QStringLiteral("Hi {preferred_name}, {practice_name}"), nullptr, s);
    CHECK(r.text == QStringLiteral("Hi {preferred_name}, Calm Hands Massage"));
    CHECK(r.missingValues() == QStringList{QStringLiteral("preferred_name")});
    CHECK(r.issues.front().message.contains(QStringLiteral("client")));
}

TEST_CASE("preferred name falls back to the first name; braces can be escaped", "[template]")
{
    Client c = ana();
    c.preferredName.clear();
    const auto r =
        TemplateRenderer().render(QStringLiteral("{{preferred_name}} is {preferred_name} { not one"), &c, practice());
    CHECK(r.text == QStringLiteral("{preferred_name} is Anastasia { not one"));
    CHECK(r.complete());
}

TEST_CASE("every placeholder has a description", "[template]")
{
    for (const auto& p : TemplateRenderer::placeholders())
        CHECK_FALSE(TemplateRenderer::describe(p).isEmpty());
    CHECK(TemplateRenderer::describe(QStringLiteral("nope")).isEmpty());
}

TEST_CASE("the starter templates render completely for a client with an appointment", "[template]")
{
    initResources();
    QFile f(QStringLiteral(":/rapport/templates/starter.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto doc = QJsonDocument::fromJson(f.readAll());
    const auto list = doc.object().value(QStringLiteral("templates")).toArray();
    REQUIRE(list.size() >= 6);
    const Client c = ana();
    for (const auto& v : list) {
        const auto o = v.toObject();
        INFO(o.value(QStringLiteral("name")).toString().toStdString());
        CHECK_FALSE(o.value(QStringLiteral("name")).toString().isEmpty());
        CHECK_FALSE(o.value(QStringLiteral("purpose")).toString().isEmpty());
        const auto r = TemplateRenderer().render(o.value(QStringLiteral("body")).toString(), &c, practice());
        CHECK(r.complete());
    }
}

TEST_CASE("unfilled placeholders in a draft are named with why", "[template][unfilled]")
{
    Client c = ana();
    c.nextAppointment.reset();
    PracticeSettings s = practice();
    s.businessPhone.clear();
    const TemplateRenderer r;
    const QString draft = QStringLiteral("Hi Ana, see you {next_appointment_date} at {next_appointment_time}. "
                                         "Call {business_phone} or {business_phone}. {mystery} {{literal}}");
    const auto issues = r.unfilled(draft, &c, s);
    REQUIRE(issues.size() == 4);
    CHECK(issues[0].placeholder == QStringLiteral("next_appointment_date"));
    CHECK(issues[0].message == QStringLiteral("{next_appointment_date}: no next appointment on file"));
    CHECK(issues[1].placeholder == QStringLiteral("next_appointment_time"));
    CHECK(issues[2].placeholder == QStringLiteral("business_phone"));
    CHECK(issues[2].message == QStringLiteral("{business_phone}: no business phone in Settings"));
    CHECK(issues[3].kind == TemplateIssue::Kind::UnknownPlaceholder);
    CHECK(issues[3].placeholder == QStringLiteral("mystery"));
    CHECK(issues[3].message.startsWith(QStringLiteral("{mystery}: not a placeholder")));
}

TEST_CASE("a known placeholder left in the draft is unfilled even when its value exists", "[template][unfilled]")
{
    const Client c = ana();
    const auto issues = TemplateRenderer().unfilled(QStringLiteral("Dear {first_name},"), &c, practice());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].kind == TemplateIssue::Kind::MissingValue);
    CHECK(issues[0].message.contains(QStringLiteral("not filled in")));
}

TEST_CASE("a draft without placeholders, or with literal braces only, has nothing unfilled", "[template][unfilled]")
{
    const Client c = ana();
    const TemplateRenderer r;
    CHECK(r.unfilled(QStringLiteral("See you Tuesday at 15:00."), &c, practice()).isEmpty());
    CHECK(r.unfilled(QStringLiteral("Prices {{from 40}} and a lone { brace"), &c, practice()).isEmpty());
    CHECK(r.unfilled(QStringLiteral("{first_name}"), nullptr, practice()).front().message ==
          QStringLiteral("{first_name}: no client chosen"));
}
