// SPDX-License-Identifier: GPL-3.0-or-later
// appointments list | add | move | cancel | attended | no-show
#include "CliTime.h"
#include "Command.h"
#include "services/AppointmentService.h"
#include "services/ClientService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

using namespace rapport::domain;
using services::AppointmentChanges;
using services::AppointmentService;

namespace {

template <typename T> T check(Result<T> r)
{
    if (!r)
        failNamingOption(r.error());
    return std::move(r).value();
}

/// The positional id was wrong, not an option: no "--client:" in front.
template <typename T> T checkId(Result<T> r)
{
    if (!r) {
        Error e = r.error();
        if (e.field == QLatin1String("client"))
            e.field = QStringLiteral("id");
        failNamingOption(e);
    }
    return std::move(r).value();
}

QJsonObject appointmentJson(const Appointment& a, const QString& clientName, const QTimeZone& zone)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), a.clientId}, {QStringLiteral("name"), clientName}}},
        {QStringLiteral("start"), formatTime(a.start, zone)},
        {QStringLiteral("end"), formatTime(a.end, zone)},
        {QStringLiteral("service"), a.service},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("status"), toString(a.status)},
        {QStringLiteral("source"), a.source},
    };
}

/// One line for people: id, local start-end, status, client, service, location (tab-separated).
void printLine(Context& ctx, const Appointment& a, const QString& clientName, const QTimeZone& zone)
{
    ctx.out << a.id << '\t' << formatTime(a.start, zone) << '\t' << formatTime(a.end, zone) << '\t'
            << toString(a.status) << '\t' << a.clientId << '\t' << clientName << '\t' << a.service << '\t' << a.location
            << '\n';
}

QDateTime timeOption(const Args& a, const QString& name, const QTimeZone& zone)
{
    const QString text = *a.value(name);
    const auto at = parseTime(text, zone);
    if (!at)
        throw Failure{kExitInvalid, QStringLiteral("--%1: '%2' is not a time like 2026-12-01T11:00").arg(name, text)};
    return *at;
}

const QVector<Args::Spec> kWhenSpecs{
    {QStringLiteral("start"), true, false},    {QStringLiteral("end"), true, false},
    {QStringLiteral("minutes"), true, false},  {QStringLiteral("service"), true, false},
    {QStringLiteral("location"), true, false}, {QStringLiteral("json"), false, false},
};

AppointmentChanges changesFrom(const Args& a, const QTimeZone& zone)
{
    AppointmentChanges ch;
    if (a.has(QStringLiteral("start")))
        ch.start = timeOption(a, QStringLiteral("start"), zone);
    if (a.has(QStringLiteral("end")))
        ch.end = timeOption(a, QStringLiteral("end"), zone);
    if (a.has(QStringLiteral("end")) && a.has(QStringLiteral("minutes")))
        throw Failure{kExitUsage, QStringLiteral("give --end or --minutes, not both")};
    if (const auto m = a.value(QStringLiteral("minutes"))) {
        bool ok = false;
        const int minutes = m->toInt(&ok);
        if (!ok)
            throw Failure{kExitInvalid, QStringLiteral("--minutes: '%1' is not a whole number of minutes").arg(*m)};
        ch.minutes = minutes;
    }
    if (const auto v = a.value(QStringLiteral("service")))
        ch.service = *v;
    if (const auto v = a.value(QStringLiteral("location")))
        ch.location = *v;
    return ch;
}

/// Prints a written appointment: its id alone on a line, or the JSON object with --json.
int printWritten(Context& ctx, const Args& a, const Appointment& saved, const QTimeZone& zone)
{
    if (a.has(QStringLiteral("json"))) {
        const auto client = services::ClientService(ctx.db(), ctx.clock).find(saved.clientId);
        printJson(ctx, appointmentJson(saved, client ? client->name : QString(), zone));
        return kExitOk;
    }
    ctx.out << saved.id << '\n';
    return kExitOk;
}

int list(Context& ctx, const QStringList& args)
{
    const Args a =
        parseOrThrow(args, {{QStringLiteral("date"), true, false}, {QStringLiteral("json"), false, false}}, 0, 0);
    const QTimeZone zone = practiceZone(ctx);
    QDate day = ctx.clock.now().toTimeZone(zone).date();
    if (const auto text = a.value(QStringLiteral("date"))) {
        day = QDate::fromString(*text, Qt::ISODate);
        if (!day.isValid() || text->size() != 10)
            throw Failure{kExitInvalid, QStringLiteral("--date: '%1' is not a date like 2026-12-01").arg(*text)};
    }
    AppointmentService service(ctx.db(), ctx.clock);
    const auto listing = check(service.forDay(day));
    if (a.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto& l : listing)
            arr.append(appointmentJson(l.appointment, l.clientName, zone));
        printJson(ctx, QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                   {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
                                   {QStringLiteral("appointments"), arr}});
        return kExitOk;
    }
    for (const auto& l : listing)
        printLine(ctx, l.appointment, l.clientName, zone);
    return kExitOk;
}

int add(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, kWhenSpecs, 1, 1);
    const qint64 clientId = parseId(a.positionals().at(0));
    if (!a.has(QStringLiteral("start")))
        throw Failure{kExitUsage, QStringLiteral("appointments add needs --start TIME")};
    const QTimeZone zone = practiceZone(ctx);
    const AppointmentChanges ch = changesFrom(a, zone);
    AppointmentService service(ctx.db(), ctx.clock);
    return printWritten(ctx, a, checkId(service.add(clientId, ch)), zone);
}

int move(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, kWhenSpecs, 1, 1);
    const qint64 id = parseId(a.positionals().at(0), QStringLiteral("appointment id"));
    if (!a.has(QStringLiteral("start")) && !a.has(QStringLiteral("end")) && !a.has(QStringLiteral("minutes")) &&
        !a.has(QStringLiteral("service")) && !a.has(QStringLiteral("location")))
        throw Failure{kExitUsage, QStringLiteral("appointments move needs --start, --end, --minutes, --service or "
                                                 "--location")};
    const QTimeZone zone = practiceZone(ctx);
    const AppointmentChanges ch = changesFrom(a, zone);
    AppointmentService service(ctx.db(), ctx.clock);
    return printWritten(ctx, a, checkId(service.move(id, ch)), zone);
}

int setStatus(Context& ctx, const QStringList& args, AppointmentStatus status)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    const qint64 id = parseId(a.positionals().at(0), QStringLiteral("appointment id"));
    AppointmentService service(ctx.db(), ctx.clock);
    Result<Appointment> r = status == AppointmentStatus::Cancelled  ? service.cancel(id)
                            : status == AppointmentStatus::Attended ? service.markAttended(id)
                                                                    : service.markNoShow(id);
    return printWritten(ctx, a, checkId(std::move(r)), practiceZone(ctx));
}

const QString kWhenHelp = QStringLiteral(
    "  --start TIME         ISO 8601, e.g. 2026-12-01T11:00 (the practice's time zone without an offset)\n"
    "  --end TIME           when it ends (after the start)\n"
    "  --minutes N          or its length (default 60 when booking; moving keeps the length)\n"
    "  --service TEXT       e.g. \"Sports massage 60 min\"\n"
    "  --location TEXT      e.g. \"Room 2\"\n"
    "  --json               print the appointment as JSON instead of its id\n");

} // namespace

QVector<Command> appointmentCommands()
{
    return {
        {QStringLiteral("appointments list"), QStringLiteral("the appointments of a day"),
         QStringLiteral("Usage: rapport-cli appointments list [--date YYYY-MM-DD] [--json]\n"
                        "The appointments starting on the day (default today) in the practice's time zone, every\n"
                        "status, by start. One line each, tab-separated: id, start, end, status, client id, client\n"
                        "name, service, location. With --json: {\"date\", \"time_zone\", \"appointments\": [{\"id\",\n"
                        "\"client\": {\"id\", \"name\"}, \"start\", \"end\", \"service\", \"location\", \"status\",\n"
                        "\"source\"}]}; status is booked, cancelled, attended or no-show."),
         list},
        {QStringLiteral("appointments add"), QStringLiteral("book an appointment; prints its id"),
         QStringLiteral("Usage: rapport-cli appointments add ID --start TIME [--end TIME | --minutes N] "
                        "[--service S] [--location L] [--json]\n"
                        "ID is the client's id; an archived or erased client cannot be booked.\n") +
             kWhenHelp,
         add},
        {QStringLiteral("appointments move"), QStringLiteral("move a booked appointment"),
         QStringLiteral("Usage: rapport-cli appointments move APPT_ID [--start TIME] [--end TIME | --minutes N] "
                        "[--service S] [--location L] [--json]\n") +
             kWhenHelp,
         move},
        {QStringLiteral("appointments cancel"), QStringLiteral("cancel a booked appointment"),
         QStringLiteral("Usage: rapport-cli appointments cancel APPT_ID [--json]"),
         [](Context& ctx, const QStringList& args) { return setStatus(ctx, args, AppointmentStatus::Cancelled); }},
        {QStringLiteral("appointments attended"), QStringLiteral("record that the client came"),
         QStringLiteral("Usage: rapport-cli appointments attended APPT_ID [--json]"),
         [](Context& ctx, const QStringList& args) { return setStatus(ctx, args, AppointmentStatus::Attended); }},
        {QStringLiteral("appointments no-show"), QStringLiteral("record that the client did not come"),
         QStringLiteral("Usage: rapport-cli appointments no-show APPT_ID [--json]"),
         [](Context& ctx, const QStringList& args) { return setStatus(ctx, args, AppointmentStatus::NoShow); }},
    };
}

} // namespace rapport::cli
