// SPDX-License-Identifier: GPL-3.0-or-later
// consent record | show | verify
#include "CliTime.h"
#include "Command.h"
#include "domain/ConsentLedger.h"
#include "services/ConsentService.h"
#include "services/PracticeFile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

using namespace rapport::domain;

namespace {

QVector<ConsentEvent> historyOf(Context& ctx, qint64 clientId)
{
    services::ConsentService service(ctx.db(), ctx.clock);
    auto events = service.history(clientId);
    if (!events)
        fail(events.error());
    return std::move(events).value();
}

QJsonObject eventJson(Context& ctx, const ConsentEvent& e)
{
    const QTimeZone zone = practiceZone(ctx);
    return {{QStringLiteral("event_id"), e.id},
            {QStringLiteral("client_id"), e.clientId},
            {QStringLiteral("channel"), toString(e.channel)},
            {QStringLiteral("scope"), toString(e.scope)},
            {QStringLiteral("state"), toString(e.state)},
            {QStringLiteral("method"), e.method},
            {QStringLiteral("effective_at"), formatTime(e.effectiveAt, zone)},
            {QStringLiteral("recorded_at"), formatTime(e.recordedAt, zone)},
            {QStringLiteral("recorded_by"), e.recordedBy},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("hash"), e.hash}};
}

int record(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args,
                                {{QStringLiteral("channel"), true, false},
                                 {QStringLiteral("scope"), true, false},
                                 {QStringLiteral("state"), true, false},
                                 {QStringLiteral("method"), true, false},
                                 {QStringLiteral("at"), true, false},
                                 {QStringLiteral("note"), true, false},
                                 {QStringLiteral("by"), true, false}},
                                1, 1);
    for (const auto* required : {"channel", "scope", "state"})
        if (!a.has(QLatin1String(required)))
            throw Failure{kExitUsage, QStringLiteral("consent record needs --%1").arg(QLatin1String(required))};
    services::ConsentRequest req;
    req.clientId = parseId(a.positionals().at(0));
    const QString channel = *a.value(QStringLiteral("channel"));
    const auto ch = channelFromString(channel);
    if (!ch || *ch == Channel::InPerson)
        throw Failure{kExitInvalid, QStringLiteral("--channel: '%1' is not sms, email or phone").arg(channel)};
    req.channel = *ch;
    const QString scope = *a.value(QStringLiteral("scope"));
    const auto sc = scopeFromString(scope);
    if (!sc)
        throw Failure{kExitInvalid, QStringLiteral("--scope: '%1' is not service or marketing").arg(scope)};
    req.scope = *sc;
    const QString state = *a.value(QStringLiteral("state"));
    const auto st = consentStateFromString(state);
    if (!st || *st == ConsentState::Imported)
        throw Failure{kExitInvalid, QStringLiteral("--state: '%1' is not granted, withdrawn or refused").arg(state)};
    req.state = *st;
    req.method = a.value(QStringLiteral("method")).value_or(QStringLiteral("other"));
    if (!consentMethods().contains(req.method) || req.method == QLatin1String("imported"))
        throw Failure{kExitInvalid, QStringLiteral("--method: '%1' is not one of written, verbal, online-form, "
                                                   "inbound-message, email, phone-call, other")
                                        .arg(req.method)};
    if (const auto at = a.value(QStringLiteral("at"))) {
        const auto parsed = parseTime(*at, practiceZone(ctx));
        if (!parsed)
            throw Failure{kExitInvalid, QStringLiteral("--at: '%1' is not a time like 2026-12-01T11:00").arg(*at)};
        req.effectiveAt = *parsed;
    }
    req.note = a.value(QStringLiteral("note")).value_or(QString());
    req.by = a.value(QStringLiteral("by")).value_or(currentUser());
    services::ConsentService service(ctx.db(), ctx.clock);
    const auto recorded = service.record(req);
    if (!recorded)
        failNamingOption(recorded.error());
    ctx.out << recorded->id << '\n';
    return kExitOk;
}

int show(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    const qint64 id = parseId(a.positionals().at(0));
    const QVector<ConsentEvent> events = historyOf(ctx, id);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray history;
        for (const auto& e : events)
            history.append(eventJson(ctx, e));
        printJson(ctx, QJsonObject{{QStringLiteral("client_id"), id},
                                   {QStringLiteral("current"), consentStatesJson(ctx, id)},
                                   {QStringLiteral("history"), history}});
        return kExitOk;
    }
    ctx.out << "Current consent of client " << id << ":\n";
    printConsentStates(ctx, id);
    ctx.out << "History:\n";
    if (events.isEmpty())
        ctx.out << "  (no consent recorded)\n";
    const QTimeZone zone = practiceZone(ctx);
    for (const auto& e : events) {
        ctx.out << "  #" << e.id << "  " << formatTime(e.effectiveAt, zone) << "  " << toString(e.channel) << '/'
                << toString(e.scope) << "  " << toString(e.state) << "  by " << e.recordedBy << " (" << e.method
                << ", recorded " << formatTime(e.recordedAt, zone) << ")";
        if (!e.note.isEmpty())
            ctx.out << "  " << e.note;
        ctx.out << '\n';
    }
    return kExitOk;
}

int verify(Context& ctx, const QStringList& args)
{
    parseOrThrow(args, {{QStringLiteral("json"), false, false}});
    services::ConsentService service(ctx.db(), ctx.clock);
    const auto result = service.verify();
    if (!result)
        fail(result.error()); // a Verification error exits 5, like a broken chain
    if (!result->ok)
        throw Failure{kExitVerify, QStringLiteral("the consent ledger does not verify: event %1: %2")
                                       .arg(result->firstBadId)
                                       .arg(result->reason)};
    ctx.out << "ok: " << result->count << " events\n";
    return kExitOk;
}

} // namespace

QJsonObject consentStatesJson(Context& ctx, qint64 clientId)
{
    const QVector<ConsentEvent> events = historyOf(ctx, clientId);
    const QDateTime now = ctx.clock.now();
    QJsonObject out;
    for (const Channel ch : consentChannels()) {
        QJsonObject scopes;
        for (const Scope sc : {Scope::Service, Scope::Marketing}) {
            const auto state = ConsentLedger::currentState(events, ch, sc, now);
            scopes.insert(toString(sc), state ? QJsonValue(toString(*state)) : QJsonValue(QStringLiteral("none")));
        }
        out.insert(toString(ch), scopes);
    }
    return out;
}

void printConsentStates(Context& ctx, qint64 clientId)
{
    const QVector<ConsentEvent> events = historyOf(ctx, clientId);
    const QDateTime now = ctx.clock.now();
    for (const Channel ch : consentChannels()) {
        ctx.out << "    " << toString(ch).leftJustified(6, QLatin1Char(' '));
        for (const Scope sc : {Scope::Service, Scope::Marketing}) {
            const auto state = ConsentLedger::currentState(events, ch, sc, now);
            ctx.out << "  " << toString(sc) << ": "
                    << (state ? toString(*state) : QStringLiteral("none")).leftJustified(9, QLatin1Char(' '));
        }
        ctx.out << '\n';
    }
}

QVector<Command> consentCommands()
{
    return {
        {QStringLiteral("consent record"), QStringLiteral("append a consent event; prints its id"),
         QStringLiteral(
             "Usage: rapport-cli consent record ID --channel sms|email|phone --scope service|marketing\n"
             "         --state granted|withdrawn|refused [--method METHOD] [--at TIME] [--note TEXT] [--by NAME]\n"
             "  METHOD: written, verbal, online-form, inbound-message, email, phone-call, other (default)\n"
             "  --at is when it took effect (default now); the time it was recorded is always now."),
         record},
        {QStringLiteral("consent show"), QStringLiteral("a client's consent history and current states"),
         QStringLiteral("Usage: rapport-cli consent show ID [--json]"), show},
        {QStringLiteral("consent verify"), QStringLiteral("recompute the ledger's hash chain"),
         QStringLiteral("Usage: rapport-cli consent verify\nPrints 'ok: N events' (exit 0), or names the first event "
                        "that does not verify (exit 5)."),
         verify},
    };
}

} // namespace rapport::cli
