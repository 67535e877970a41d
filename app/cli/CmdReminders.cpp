// SPDX-License-Identifier: GPL-3.0-or-later
// reminders: a day's reminders from one template, with each row's advice and pass state
#include "CliTime.h"
#include "Command.h"
#include "services/ReminderService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

using namespace rapport::domain;
using services::ReminderRow;
using services::ReminderService;

namespace {

QJsonArray reasonsJson(const QVector<Reason>& reasons)
{
    QJsonArray out;
    for (const auto& r : reasons)
        out.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("text"), r.text}});
    return out;
}

QJsonObject rowJson(const ReminderRow& row, const QTimeZone& zone)
{
    const Advice& advice = row.advice.advice;
    QJsonArray channels;
    for (const auto& c : advice.channels)
        channels.append(QJsonObject{{QStringLiteral("channel"), toString(c.channel)},
                                    {QStringLiteral("verdict"), toString(c.verdict)},
                                    {QStringLiteral("reasons"), reasonsJson(c.reasons)}});
    return QJsonObject{
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), row.client.id}, {QStringLiteral("name"), row.client.name}}},
        {QStringLiteral("appointment"), QJsonObject{{QStringLiteral("id"), row.appointment.id},
                                                    {QStringLiteral("start"), formatTime(row.appointment.start, zone)},
                                                    {QStringLiteral("end"), formatTime(row.appointment.end, zone)},
                                                    {QStringLiteral("service"), row.appointment.service}}},
        {QStringLiteral("text"), row.text},
        {QStringLiteral("unfilled"), QJsonArray::fromStringList(row.unfilled)},
        {QStringLiteral("best"), toString(advice.best)},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("timing"),
         QJsonObject{{QStringLiteral("now_ok"), advice.timing.sendNow},
                     {QStringLiteral("reasons"), reasonsJson(advice.timing.reasons)},
                     {QStringLiteral("next_ok"), advice.timing.nextOk
                                                     ? QJsonValue(formatTime(*advice.timing.nextOk, zone))
                                                     : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("call_list"), row.callList},
        {QStringLiteral("consent_notes"), QJsonArray::fromStringList(row.consentNotes)},
        {QStringLiteral("state"), toString(row.state)},
    };
}

/// The channel a person would use for the row: the call list's rows are calls.
QString channelLabel(const ReminderRow& row)
{
    if (row.callList)
        return row.advice.advice.find(Channel::Phone) &&
                       row.advice.advice.find(Channel::Phone)->verdict != Verdict::Blocked
                   ? QStringLiteral("phone (call)")
                   : QStringLiteral("in person");
    return toString(row.advice.advice.best);
}

void printRows(Context& ctx, const services::ReminderPlan& plan, const QTimeZone& zone, bool callList)
{
    QTextStream& out = ctx.out;
    for (const auto& row : plan.rows) {
        if (row.callList != callList)
            continue;
        const Advice& advice = row.advice.advice;
        QString timing = QStringLiteral("now");
        if (!advice.timing.sendNow)
            timing = advice.timing.nextOk ? QStringLiteral("from ") + formatTime(*advice.timing.nextOk, zone)
                                          : QStringLiteral("not now");
        out << "  " << row.appointment.start.toTimeZone(zone).toString(QStringLiteral("HH:mm")) << "  "
            << row.client.name.leftJustified(24, QLatin1Char(' '), true) << "  "
            << channelLabel(row).leftJustified(13, QLatin1Char(' ')) << "  "
            << timing.leftJustified(30, QLatin1Char(' ')) << "  " << toString(row.state) << '\n';
        for (const auto& note : row.consentNotes)
            out << "         " << note << '\n';
        if (!row.unfilled.isEmpty())
            out << "         unfilled: {" << row.unfilled.join(QStringLiteral("}, {")) << "}\n";
    }
}

int reminders(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args,
                                {{QStringLiteral("date"), true, false},
                                 {QStringLiteral("template"), true, false},
                                 {QStringLiteral("json"), false, false}},
                                0, 0);
    std::optional<QDate> day;
    if (const auto text = a.value(QStringLiteral("date"))) {
        const QDate d = QDate::fromString(*text, Qt::ISODate);
        if (!d.isValid() || text->size() != 10)
            throw Failure{kExitInvalid, QStringLiteral("--date: '%1' is not a date like 2026-12-01").arg(*text)};
        day = d;
    }
    ReminderService service(ctx.db(), ctx.clock);
    const QString name = a.value(QStringLiteral("template")).value_or(QStringLiteral("appointment-reminder"));
    const auto tmpl = service.findTemplate(name);
    if (!tmpl)
        throw Failure{kExitInvalid, QStringLiteral("--template: ") + tmpl.error().message};
    if (!day) {
        const auto d = service.defaultDay();
        if (!d)
            fail(d.error());
        day = *d;
    }
    const auto plan = service.plan(*day, *tmpl, nullptr);
    if (!plan)
        fail(plan.error());
    const QTimeZone zone = practiceZone(ctx);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& row : plan->rows)
            rows.append(rowJson(row, zone));
        printJson(ctx, QJsonObject{{QStringLiteral("date"), day->toString(Qt::ISODate)},
                                   {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
                                   {QStringLiteral("template"), tmpl->name},
                                   {QStringLiteral("at"), formatTime(plan->at, zone)},
                                   {QStringLiteral("done"), plan->doneCount()},
                                   {QStringLiteral("reminders"), rows}});
        return kExitOk;
    }
    QTextStream& out = ctx.out;
    out << "Reminders for " << day->toString(Qt::ISODate) << " (" << tmpl->name << "): " << plan->doneCount() << " of "
        << plan->rows.size() << " done\n";
    if (plan->rows.isEmpty()) {
        out << "  No booked appointments that day.\n";
        return kExitOk;
    }
    out << "  time   client                    channel        timing                          state\n";
    printRows(ctx, *plan, zone, false);
    bool anyCall = false;
    for (const auto& row : plan->rows)
        anyCall = anyCall || row.callList;
    if (anyCall) {
        out << "Call list (no text or email allowed):\n";
        printRows(ctx, *plan, zone, true);
    }
    return kExitOk;
}

} // namespace

QVector<Command> reminderCommands()
{
    return {
        {QStringLiteral("reminders"), QStringLiteral("a day's reminders: each client's text, channel and timing"),
         QStringLiteral(
             "Usage: rapport-cli reminders [--date YYYY-MM-DD] [--template NAME] [--json]\n"
             "One row per booked appointment on the day (default: the next working day after today, per the\n"
             "practice hours and time off), with the template rendered for the client and appointment, the\n"
             "advisor's best channel, every channel's verdict and reasons, and the timing now. Rows where\n"
             "both sms and email are blocked are the call list. NAME is a template's name (case ignored) or\n"
             "a starter key; default: appointment-reminder. state is todo, handed-off or skipped (the\n"
             "desktop app's reminder pass). An unknown template or a bad date exits 3."),
         reminders},
    };
}

} // namespace rapport::cli
