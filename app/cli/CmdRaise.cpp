// SPDX-License-Identifier: GPL-3.0-or-later
// raise [ID] [--day DATE]: what is to be raised in person at the next appointment (read only)
#include "CliTime.h"
#include "Command.h"
#include "services/PracticeFile.h"
#include "services/RaiseService.h"

namespace rapport::cli {

using namespace rapport::domain;

namespace {

int raise(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("day"), true, false}}, 1, 0);
    const QTimeZone zone = practiceZone(ctx);
    services::RaiseService service(ctx.db(), ctx.clock);
    const auto fail = [](const Error& e) {
        return Failure{e.kind == Error::Kind::Database ? kExitDatabase : kExitInvalid, e.message};
    };
    if (!a.positionals().isEmpty()) {
        if (a.has(QStringLiteral("day")))
            throw Failure{kExitUsage, QStringLiteral("raise takes a client id or --day, not both")};
        const auto open = service.openFor(parseId(a.positionals().at(0)));
        if (!open)
            throw fail(open.error());
        for (const auto& r : *open)
            ctx.out << r.id << '\t' << formatTime(r.createdAt, zone) << '\t' << r.text << '\n';
        return kExitOk;
    }
    QDate day = ctx.clock.now().toTimeZone(zone).date();
    if (const auto text = a.value(QStringLiteral("day"))) {
        day = QDate::fromString(*text, Qt::ISODate);
        if (!day.isValid())
            throw Failure{kExitInvalid, QStringLiteral("--day: '%1' is not a date like 2026-12-01").arg(*text)};
    }
    const auto agenda = service.agendaFor(day, zone);
    if (!agenda)
        throw fail(agenda.error());
    for (const auto& appointment : *agenda) {
        ctx.out << formatTime(appointment.appointment, zone) << '\t' << appointment.clientId << '\t' << appointment.name
                << '\n';
        for (const auto& r : appointment.items)
            ctx.out << '\t' << r.id << '\t' << r.text << '\n';
    }
    return kExitOk;
}

} // namespace

QVector<Command> raiseCommands()
{
    return {{QStringLiteral("raise"), QStringLiteral("list what to raise at the next appointment"),
             QStringLiteral("Usage: rapport-cli raise [ID] [--day DATE]\n"
                            "With ID: the client's open things to raise at their next appointment, one per line:\n"
                            "item id, when it was noted, text (tab-separated).\n"
                            "Without: the appointments of the day (today, or --day YYYY-MM-DD, in the practice's\n"
                            "time zone), one line each (time, client id, name), then each open item indented\n"
                            "(item id, text). Items are added by the app's composer and ticked off in the app."),
             raise}};
}

} // namespace rapport::cli
