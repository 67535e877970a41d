// SPDX-License-Identifier: GPL-3.0-or-later
// queue list|add|edit|cancel|check|done: messages scheduled to be handed off later (issue 10, part 4)
#include "CliTime.h"
#include "Command.h"
#include "services/QueueService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

using namespace rapport::domain;

namespace {

const QString kAtHelp =
    QStringLiteral("TIME is ISO 8601 (2026-12-07T10:00, read in the practice's time zone, or with an offset or Z).");

QJsonObject toJson(const ScheduledMessage& m, const QString& clientName, const QTimeZone& zone)
{
    QJsonObject o{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), m.clientId}, {QStringLiteral("name"), clientName}}},
        {QStringLiteral("channel"), toString(m.channel)},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("purpose"), m.purpose ? QJsonValue(toString(*m.purpose)) : QJsonValue()},
        {QStringLiteral("due"), formatTime(m.dueAt, zone)},
        {QStringLiteral("state"), toString(m.state)},
        {QStringLiteral("handed_off_at"), m.handedOffAt ? QJsonValue(formatTime(*m.handedOffAt, zone)) : QJsonValue()}};
    return o;
}

QDateTime parseAt(Context& ctx, const QString& text)
{
    const auto t = parseTime(text, practiceZone(ctx));
    if (!t)
        throw Failure{kExitInvalid, QStringLiteral("--at: '%1' is not a time like 2026-12-07T10:00").arg(text)};
    return *t;
}

void printOne(Context& ctx, const ScheduledMessage& m, bool json)
{
    if (json) {
        QString name;
        if (const auto all = services::QueueService(ctx.db(), ctx.clock).list(true))
            for (const auto& l : *all)
                if (l.message.id == m.id)
                    name = l.clientName;
        printJson(ctx, toJson(m, name, practiceZone(ctx)));
    } else {
        ctx.out << m.id << '\n';
    }
}

int list(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false},
                                       {QStringLiteral("all"), false, false},
                                       {QStringLiteral("due"), false, false}});
    services::QueueService queue(ctx.db(), ctx.clock);
    const auto rows = a.has(QStringLiteral("due")) ? queue.due() : queue.list(a.has(QStringLiteral("all")));
    if (!rows)
        fail(rows.error());
    const QTimeZone zone = practiceZone(ctx);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const auto& l : *rows)
            out.append(toJson(l.message, l.clientName, zone));
        printJson(ctx, QJsonObject{{QStringLiteral("now"), formatTime(ctx.clock.now(), zone)},
                                   {QStringLiteral("messages"), out}});
        return kExitOk;
    }
    for (const auto& l : *rows) {
        const ScheduledMessage& m = l.message;
        ctx.out << m.id << '\t' << formatTime(m.dueAt, zone) << '\t' << toString(m.state) << '\t' << m.clientId << '\t'
                << l.clientName << '\t' << toString(m.channel) << '\t'
                << QString(m.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    return kExitOk;
}

int add(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args,
                                {{QStringLiteral("at"), true, false},
                                 {QStringLiteral("channel"), true, false},
                                 {QStringLiteral("purpose"), true, false},
                                 {QStringLiteral("text"), true, false},
                                 {QStringLiteral("file"), true, false},
                                 {QStringLiteral("json"), false, false}},
                                1, 1);
    const qint64 client = parseId(a.positionals().at(0));
    const auto at = a.value(QStringLiteral("at"));
    if (!at)
        throw Failure{kExitUsage, QStringLiteral("queue add needs --at TIME")};
    const QString channelText = a.value(QStringLiteral("channel")).value_or(QStringLiteral("sms"));
    const auto channel = channelFromString(channelText);
    if (!channel)
        throw Failure{kExitInvalid,
                      QStringLiteral("--channel: '%1' is not sms, email, phone or in_person").arg(channelText)};
    std::optional<Purpose> purpose;
    if (const auto p = a.value(QStringLiteral("purpose"))) {
        purpose = purposeFromString(*p);
        if (!purpose)
            throw Failure{kExitInvalid, QStringLiteral("--purpose: '%1' is not a purpose").arg(*p)};
    }
    const QString text = readDraft(ctx, a);
    const auto m =
        services::QueueService(ctx.db(), ctx.clock).schedule(client, *channel, text, parseAt(ctx, *at), purpose);
    if (!m)
        failNamingOption(m.error());
    printOne(ctx, *m, a.has(QStringLiteral("json")));
    return kExitOk;
}

int edit(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args,
                                {{QStringLiteral("at"), true, false},
                                 {QStringLiteral("text"), true, false},
                                 {QStringLiteral("json"), false, false}},
                                1, 1);
    const qint64 id = parseId(a.positionals().at(0), QStringLiteral("scheduled message id"));
    std::optional<QDateTime> at;
    if (const auto t = a.value(QStringLiteral("at")))
        at = parseAt(ctx, *t);
    const auto text = a.value(QStringLiteral("text"));
    if (!at && !text)
        throw Failure{kExitUsage, QStringLiteral("queue edit needs --at or --text")};
    const auto m = services::QueueService(ctx.db(), ctx.clock).edit(id, text, at);
    if (!m)
        failNamingOption(m.error());
    printOne(ctx, *m, a.has(QStringLiteral("json")));
    return kExitOk;
}

int cancel(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    const auto m = services::QueueService(ctx.db(), ctx.clock)
                       .cancel(parseId(a.positionals().at(0), QStringLiteral("scheduled message id")));
    if (!m)
        fail(m.error());
    printOne(ctx, *m, a.has(QStringLiteral("json")));
    return kExitOk;
}

int check(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    const qint64 id = parseId(a.positionals().at(0), QStringLiteral("scheduled message id"));
    const auto c = services::QueueService(ctx.db(), ctx.clock).check(id);
    if (!c)
        fail(c.error());
    if (a.has(QStringLiteral("json"))) {
        printJson(ctx, QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("hand_off_allowed"), c->handOffAllowed},
                                   {QStringLiteral("why"), c->why},
                                   {QStringLiteral("best"), toString(c->advice.advice.best)}});
    } else {
        ctx.out << (c->handOffAllowed ? QStringLiteral("ok") : QStringLiteral("blocked: ") + c->why) << '\n';
    }
    return c->handOffAllowed ? kExitOk : kExitInvalid;
}

int done(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    const auto m = services::QueueService(ctx.db(), ctx.clock)
                       .markHandedOff(parseId(a.positionals().at(0), QStringLiteral("scheduled message id")));
    if (!m)
        fail(m.error());
    printOne(ctx, *m, a.has(QStringLiteral("json")));
    return kExitOk;
}

} // namespace

QVector<Command> queueCommands()
{
    return {
        {QStringLiteral("queue list"), QStringLiteral("messages scheduled to be handed off later"),
         QStringLiteral(
             "Usage: rapport-cli queue list [--all | --due] [--json]\n"
             "Pending scheduled messages by due time (--all: every state; --due: pending and due now).\n"
             "One line each, tab-separated: id, due, state, client id, client name, channel, text.\n"
             "With --json: {\"now\", \"messages\": [{\"id\", \"client\": {\"id\", \"name\"}, \"channel\",\n"
             "\"text\", \"purpose\", \"due\", \"state\", \"handed_off_at\"}]}; state is pending, handed-off\n"
             "or cancelled. Nothing is ever sent by itself: a person hands each one off."),
         list},
        {QStringLiteral("queue add"), QStringLiteral("schedule a message; prints its id"),
         QStringLiteral("Usage: rapport-cli queue add ID --at TIME [--channel sms|email|phone|in_person] "
                        "[--purpose P] [--text TEXT | --file FILE] [--json]\n"
                        "ID is the client's id (not archived or erased); the text is read from stdin when neither\n"
                        "--text nor --file is given. ") +
             kAtHelp,
         add},
        {QStringLiteral("queue edit"), QStringLiteral("change a pending message's text or time"),
         QStringLiteral("Usage: rapport-cli queue edit MSG_ID [--at TIME] [--text TEXT] [--json]\n") + kAtHelp, edit},
        {QStringLiteral("queue cancel"), QStringLiteral("cancel a pending message"),
         QStringLiteral("Usage: rapport-cli queue cancel MSG_ID [--json]"), cancel},
        {QStringLiteral("queue check"), QStringLiteral("read the advice again before a hand-off"),
         QStringLiteral("Usage: rapport-cli queue check MSG_ID [--json]\n"
                        "Prints ok, or blocked and why (a consent withdrawn, a quiet hour, outside the practice's\n"
                        "hours since it was scheduled); exit 3 when blocked. With --json: {\"id\",\n"
                        "\"hand_off_allowed\", \"why\", \"best\"}."),
         check},
        {QStringLiteral("queue done"), QStringLiteral("record that a person handed the message off"),
         QStringLiteral("Usage: rapport-cli queue done MSG_ID [--json]\n"
                        "Checks again first (exit 3 and nothing changes when blocked), then logs the outbound\n"
                        "contact and marks the message handed off, both or neither."),
         done},
    };
}

} // namespace rapport::cli
