// SPDX-License-Identifier: GPL-3.0-or-later
// appointments import FILE.ics | appointments match UID CLIENT_ID | appointments calendars
#include "CliTime.h"
#include "Command.h"
#include "services/CalendarImportService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

using services::CalendarChange;
using services::CalendarImportService;
using services::CalendarPlanItem;

namespace {

QJsonValue timeJson(const QDateTime& t, const QTimeZone& zone)
{
    return t.isValid() ? QJsonValue(formatTime(t, zone)) : QJsonValue(QJsonValue::Null);
}

QJsonObject changeJson(const services::CalendarImportPlan& plan, const CalendarPlanItem& i, const QTimeZone& zone)
{
    QJsonObject o{{QStringLiteral("change"), services::toString(i.change)},
                  {QStringLiteral("uid"), i.uid},
                  {QStringLiteral("recurrence_id"), i.recurrenceId},
                  {QStringLiteral("summary"), i.summary},
                  {QStringLiteral("client"), QJsonObject{{QStringLiteral("id"), i.clientId},
                                                         {QStringLiteral("name"), plan.clientName(i.clientId)}}},
                  {QStringLiteral("matched_by"), domain::toString(i.rule)},
                  {QStringLiteral("start"), timeJson(i.start, zone)},
                  {QStringLiteral("end"), timeJson(i.end, zone)},
                  {QStringLiteral("line"), i.line}};
    if (i.change == CalendarChange::Moved) {
        o.insert(QStringLiteral("old_start"), timeJson(i.oldStart, zone));
        o.insert(QStringLiteral("old_end"), timeJson(i.oldEnd, zone));
    }
    if (!i.message.isEmpty())
        o.insert(QStringLiteral("reason"), i.message);
    return o;
}

bool isChange(CalendarChange c)
{
    return c == CalendarChange::New || c == CalendarChange::Moved || c == CalendarChange::Cancelled;
}

void printSummary(Context& ctx, const services::CalendarImportSummary& s, bool json, const QTimeZone& zone)
{
    const auto& p = s.plan;
    if (json) {
        QJsonArray unmatched, errors, changes;
        for (const auto& i : p.items) {
            if (i.change == CalendarChange::Unmatched) {
                QJsonArray ambiguous;
                for (const qint64 id : i.ambiguous)
                    ambiguous.append(id);
                unmatched.append(QJsonObject{{QStringLiteral("uid"), i.uid},
                                             {QStringLiteral("recurrence_id"), i.recurrenceId},
                                             {QStringLiteral("summary"), i.summary},
                                             {QStringLiteral("start"), timeJson(i.start, zone)},
                                             {QStringLiteral("line"), i.line},
                                             {QStringLiteral("reason"), i.message},
                                             {QStringLiteral("ambiguous"), ambiguous}});
            } else if (i.change == CalendarChange::Error) {
                errors.append(QJsonObject{{QStringLiteral("line"), i.line},
                                          {QStringLiteral("event"), i.summary},
                                          {QStringLiteral("message"), i.message}});
            } else if (isChange(i.change)) {
                changes.append(changeJson(p, i, zone));
            }
        }
        printJson(ctx, QJsonObject{
                           {QStringLiteral("file"), p.path},
                           {QStringLiteral("calendar"), p.calendarName},
                           {QStringLiteral("source"), p.source},
                           {QStringLiteral("format"), p.formatName},
                           {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), timeJson(p.from, zone)},
                                                                  {QStringLiteral("to"), timeJson(p.to, zone)}}},
                           {QStringLiteral("events_read"), p.eventsRead},
                           {QStringLiteral("new"), p.count(CalendarChange::New)},
                           {QStringLiteral("moved"), p.count(CalendarChange::Moved)},
                           {QStringLiteral("cancelled"), p.count(CalendarChange::Cancelled)},
                           {QStringLiteral("unchanged"), p.count(CalendarChange::Unchanged)},
                           {QStringLiteral("ignored"), p.count(CalendarChange::Ignored)},
                           {QStringLiteral("unmatched"), unmatched},
                           {QStringLiteral("errors"), errors},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("dry_run"), s.dryRun},
                           {QStringLiteral("written"), s.written},
                       });
        return;
    }
    ctx.out << QStringLiteral("%1 (%2), %3 .. %4: new %5, moved %6, cancelled %7, unchanged %8, unmatched %9, "
                              "errors %10%11\n")
                   .arg(p.calendarName, p.formatName, formatTime(p.from, zone), formatTime(p.to, zone))
                   .arg(p.count(CalendarChange::New))
                   .arg(p.count(CalendarChange::Moved))
                   .arg(p.count(CalendarChange::Cancelled))
                   .arg(p.count(CalendarChange::Unchanged))
                   .arg(p.count(CalendarChange::Unmatched))
                   .arg(p.count(CalendarChange::Error))
                   .arg(s.dryRun ? QStringLiteral(" (dry run: nothing written)") : QString());
    for (const auto& i : p.items) {
        const QString where = i.line > 0 ? QStringLiteral(" (line %1)").arg(i.line) : QString();
        switch (i.change) {
        case CalendarChange::New:
        case CalendarChange::Cancelled:
            ctx.out << QStringLiteral("%1: %2 %3, %4%5%6\n")
                           .arg(services::toString(i.change), formatTime(i.start, zone), p.clientName(i.clientId),
                                i.summary, where,
                                i.change == CalendarChange::Cancelled ? QStringLiteral(": ") + i.message : QString());
            break;
        case CalendarChange::Moved:
            ctx.out << QStringLiteral("moved: %1 -> %2 %3, %4%5\n")
                           .arg(formatTime(i.oldStart, zone), formatTime(i.start, zone), p.clientName(i.clientId),
                                i.summary, where);
            break;
        case CalendarChange::Unmatched:
            ctx.out << QStringLiteral("unmatched line %1: '%2' %3 (uid %4): %5\n")
                           .arg(QString::number(i.line), i.summary, formatTime(i.start, zone), i.uid, i.message);
            break;
        case CalendarChange::Error:
            ctx.out << QStringLiteral("error: %1\n").arg(i.message); // the message names the line and event
            break;
        case CalendarChange::Unchanged:
        case CalendarChange::Ignored:
            break;
        }
    }
}

QDateTime windowOption(const Args& a, const QString& name, const QTimeZone& zone)
{
    const QString text = *a.value(name);
    const auto at = parseTime(text, zone);
    if (!at)
        throw Failure{kExitInvalid, QStringLiteral("--%1: '%2' is not a date or time like 2026-12-01").arg(name, text)};
    return *at;
}

int importCalendar(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args,
                                {{QStringLiteral("dry-run"), false, false},
                                 {QStringLiteral("strict"), false, false},
                                 {QStringLiteral("json"), false, false},
                                 {QStringLiteral("from"), true, false},
                                 {QStringLiteral("to"), true, false},
                                 {QStringLiteral("keep-missing"), false, false},
                                 {QStringLiteral("remember"), false, false}},
                                1, 1);
    const QTimeZone zone = practiceZone(ctx);
    services::CalendarImportOptions options;
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.strict = a.has(QStringLiteral("strict"));
    options.cancelMissing = !a.has(QStringLiteral("keep-missing"));
    if (a.has(QStringLiteral("from")))
        options.from = windowOption(a, QStringLiteral("from"), zone);
    if (a.has(QStringLiteral("to")))
        options.to = windowOption(a, QStringLiteral("to"), zone);
    const QString path = a.positionals().at(0);
    if (!QFileInfo::exists(path))
        throw Failure{kExitInvalid, QStringLiteral("%1: no such file").arg(path)};

    CalendarImportService service(ctx.db(), ctx.clock);
    auto plan = service.plan(path, options);
    if (!plan)
        fail(plan.error());
    auto summary = service.apply(plan.value(), options);
    if (!summary)
        fail(summary.error());
    if (a.has(QStringLiteral("remember")) && !options.dryRun && summary->written)
        if (auto e = service.rememberFile(path))
            fail(*e);
    printSummary(ctx, summary.value(), a.has(QStringLiteral("json")), zone);
    if (summary->strictRefused) {
        const auto it = std::find_if(summary->plan.items.cbegin(), summary->plan.items.cend(),
                                     [](const CalendarPlanItem& i) { return i.change == CalendarChange::Error; });
        throw Failure{kExitInvalid, QStringLiteral("%1: %2 event(s) with errors, nothing imported (--strict); %3")
                                        .arg(QFileInfo(path).fileName())
                                        .arg(summary->plan.count(CalendarChange::Error))
                                        .arg(it->message)};
    }
    return kExitOk;
}

int matchEvent(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("calendar"), true, false}}, 2, 2);
    const QString uid = a.positionals().at(0);
    const qint64 clientId = parseId(a.positionals().at(1));
    CalendarImportService service(ctx.db(), ctx.clock);
    const auto out = service.matchUnmatched(uid, clientId, a.value(QStringLiteral("calendar")).value_or(QString()));
    if (!out)
        fail(out.error());
    ctx.out << QStringLiteral("remembered: %1 '%2' -> client %3; booked %4\n")
                   .arg(out->source, out->key)
                   .arg(clientId)
                   .arg(out->booked);
    return kExitOk;
}

int calendars(Context& ctx, const QStringList& args)
{
    const Args a =
        parseOrThrow(args, {{QStringLiteral("add"), true, false}, {QStringLiteral("remove"), true, false}}, 0, 0);
    CalendarImportService service(ctx.db(), ctx.clock);
    if (const auto path = a.value(QStringLiteral("add"))) {
        if (!QFileInfo::exists(*path))
            throw Failure{kExitInvalid, QStringLiteral("%1: no such file").arg(*path)};
        if (auto e = service.rememberFile(*path))
            fail(*e);
    }
    if (const auto path = a.value(QStringLiteral("remove")))
        if (auto e = service.forgetFile(*path))
            fail(*e);
    const auto files = service.calendarFiles();
    if (!files)
        fail(files.error());
    const QTimeZone zone = practiceZone(ctx);
    for (const auto& f : *files)
        ctx.out << f.path << '\t' << (f.lastReadAt.isValid() ? formatTime(f.lastReadAt, zone) : QStringLiteral("-"))
                << '\n';
    return kExitOk;
}

} // namespace

QVector<Command> calendarCommands()
{
    return {
        {QStringLiteral("appointments import"), QStringLiteral("import appointments from a calendar file (.ics)"),
         QStringLiteral(
             "Usage: rapport-cli appointments import FILE.ics [--dry-run] [--strict] [--json]\n"
             "                                        [--from TIME] [--to TIME] [--keep-missing] [--remember]\n"
             "Reads an iCalendar file (Google Calendar, Outlook, Apple Calendar) in a window (default 30 days\n"
             "back to 180 days ahead), expanding recurring events inside it, and matches each event to a client:\n"
             "a choice remembered with 'appointments match', an attendee's email, a phone number in the\n"
             "summary, description or location, or the client's name in the summary (\"Sports massage - Ana\n"
             "Silva\", \"Ana Silva (follow-up)\"; case and accents ignored; several clients fitting = unmatched).\n"
             "Re-importing updates by event UID: moved and cancelled events change their appointment, never a\n"
             "duplicate; a booked appointment the file no longer has is cancelled (not with --keep-missing, nor\n"
             "when the file has an error). All in one transaction.\n"
             "  --dry-run       report what would happen, write nothing\n"
             "  --strict        write nothing if any event has an error (exit 3)\n"
             "  --from, --to    the window (ISO 8601 date or time; practice zone without an offset)\n"
             "  --remember      also remember the file, to re-read it from the app ('appointments calendars')\n"
             "  --json          {\"file\", \"calendar\", \"window\": {\"from\", \"to\"}, \"new\", \"moved\", "
             "\"cancelled\",\n"
             "                  \"unchanged\", \"unmatched\": [{\"uid\", \"summary\", \"start\", \"line\"}],\n"
             "                  \"errors\": [{\"line\", \"event\", \"message\"}], \"changes\": [{\"change\", \"uid\",\n"
             "                  \"client\", \"start\", \"end\", \"old_start\", \"old_end\", \"line\"}], ...}\n"
             "A file that is not a calendar exits 3 naming the file; a broken event is listed with its line."),
         importCalendar},
        {QStringLiteral("appointments match"), QStringLiteral("match an unmatched calendar event to a client, once"),
         QStringLiteral(
             "Usage: rapport-cli appointments match UID CLIENT_ID [--calendar NAME]\n"
             "Remembers that the event with this UID (as 'appointments import' listed it unmatched) and every\n"
             "event of that calendar with the same name in its summary, or the same attendee, belongs to the\n"
             "client; books them now and on every later import. --calendar picks the calendar when several\n"
             "have the UID."),
         matchEvent},
        {QStringLiteral("appointments calendars"), QStringLiteral("calendar files the app re-reads"),
         QStringLiteral("Usage: rapport-cli appointments calendars [--add FILE.ics] [--remove FILE.ics]\n"
                        "Lists the remembered calendar files (path, last read), after adding or removing one.\n"
                        "The app re-reads them at start and with File > Refresh calendars."),
         calendars},
    };
}

} // namespace rapport::cli
