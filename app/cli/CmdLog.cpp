// SPDX-License-Identifier: GPL-3.0-or-later
// log ID --direction in|out --channel ... [--text TEXT] [--at TIME]
#include "CliTime.h"
#include "Command.h"
#include "services/ContactService.h"
#include "services/PracticeFile.h"

namespace rapport::cli {

using namespace rapport::domain;

namespace {

int log(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args,
                                {{QStringLiteral("direction"), true, false},
                                 {QStringLiteral("channel"), true, false},
                                 {QStringLiteral("text"), true, false},
                                 {QStringLiteral("at"), true, false},
                                 {QStringLiteral("by"), true, false}},
                                1, 1);
    for (const auto* required : {"direction", "channel"})
        if (!a.has(QLatin1String(required)))
            throw Failure{kExitUsage, QStringLiteral("log needs --%1").arg(QLatin1String(required))};
    services::LogRequest entry;
    entry.clientId = parseId(a.positionals().at(0));
    const QString direction = *a.value(QStringLiteral("direction"));
    const auto dir = directionFromString(direction);
    if (!dir)
        throw Failure{kExitInvalid, QStringLiteral("--direction: '%1' is not in or out").arg(direction)};
    entry.direction = *dir;
    const QString channel = *a.value(QStringLiteral("channel"));
    const auto ch = channelFromString(channel);
    if (!ch)
        throw Failure{kExitInvalid,
                      QStringLiteral("--channel: '%1' is not sms, email, phone or in_person").arg(channel)};
    entry.channel = *ch;
    entry.text = a.value(QStringLiteral("text")).value_or(QString());
    if (const auto at = a.value(QStringLiteral("at"))) {
        const auto parsed = parseTime(*at, practiceZone(ctx));
        if (!parsed)
            throw Failure{kExitInvalid, QStringLiteral("--at: '%1' is not a time like 2026-12-01T11:00").arg(*at)};
        entry.at = *parsed;
    }
    services::ContactService service(ctx.db(), ctx.clock);
    entry.by = a.value(QStringLiteral("by")).value_or(currentUser());
    const auto outcome = service.log(entry);
    if (!outcome)
        fail(outcome.error());
    ctx.out << outcome->entry.id << '\n';
    for (const auto& t : outcome->triggered)
        ctx.out << t << '\n';
    return kExitOk;
}

} // namespace

QVector<Command> logCommands()
{
    return {{QStringLiteral("log"), QStringLiteral("record a contact with a client"),
             QStringLiteral("Usage: rapport-cli log ID --direction in|out --channel sms|email|phone|in_person\n"
                            "         [--text TEXT] [--at TIME] [--by NAME]\n"
                            "Prints the contact's id, then what it triggered: 'withdrawn: sms' for an opt-out\n"
                            "keyword, 'possible-opt-out' or 'possible-opt-in' for a person to check."),
             log}};
}

} // namespace rapport::cli
