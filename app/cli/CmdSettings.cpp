// SPDX-License-Identifier: GPL-3.0-or-later
// init, settings show | set
#include "CliTime.h"
#include "Command.h"
#include "domain/AutoReply.h"
#include "services/ConsentService.h"
#include "services/PracticeFile.h"
#include "services/SettingsService.h"

#include <QJsonObject>

namespace rapport::cli {

using namespace rapport::domain;

const PracticeSettings& settings(Context& ctx)
{
    if (!ctx.m_settings) {
        services::SettingsService service(ctx.db());
        auto loaded = service.load();
        if (!loaded)
            throw Failure{kExitDatabase, loaded.error().message};
        ctx.m_settings = std::move(loaded).value();
    }
    return *ctx.m_settings;
}

QTimeZone practiceZone(Context& ctx)
{
    const QTimeZone zone(settings(ctx).timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/London"));
}

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("rapport-cli") : user;
}

namespace {

int init(Context& ctx, const QStringList& args)
{
    parseOrThrow(args, {});
    storage::Database& db = ctx.db();
    const QString path = services::practicePath(db);
    ctx.out << path << '\n' << "schema version " << services::schemaVersion(db) << '\n';
    const QString warning = services::PracticeFile::cloudSyncWarning(path);
    if (!warning.isEmpty())
        ctx.err << "rapport-cli: warning: " << warning << '\n';
    const QString notice = services::quickCheckNotice(db);
    if (!notice.isEmpty())
        ctx.err << "rapport-cli: warning: " << notice << '\n';
    return kExitOk;
}

int check(Context& ctx, const QStringList& args)
{
    parseOrThrow(args, {});
    storage::Database& db = ctx.db();
    if (auto e = services::checkIntegrity(db))
        fail(*e);
    services::ConsentService consent(db, ctx.clock);
    const auto chain = consent.verify();
    if (!chain)
        fail(chain.error());
    if (!chain->ok)
        throw Failure{kExitVerify, QStringLiteral("the file is sound but the consent ledger does not verify: event "
                                                  "%1: %2")
                                       .arg(chain->firstBadId)
                                       .arg(chain->reason)};
    ctx.out << "ok: " << services::practicePath(db) << ": every page, index and link checked; " << chain->count
            << " consent events verify\n";
    return kExitOk;
}

int show(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}});
    services::SettingsService service(ctx.db());
    auto texts = service.show();
    if (!texts)
        throw Failure{kExitDatabase, texts.error().message};
    if (a.has(QStringLiteral("json"))) {
        QJsonObject o;
        for (const auto& [key, value] : *texts)
            o.insert(key, value);
        printJson(ctx, o);
        return kExitOk;
    }
    for (const auto& [key, value] : *texts)
        ctx.out << (value.isEmpty() ? key : key.leftJustified(26, QLatin1Char(' ')) + value) << '\n';
    return kExitOk;
}

int set(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {}, 2, 2);
    const QString key = a.positionals().at(0);
    if (!services::SettingsService::keys().contains(key))
        throw Failure{kExitInvalid, QStringLiteral("unknown setting '%1' (one of %2)")
                                        .arg(key, services::SettingsService::keys().join(QStringLiteral(", ")))};
    services::SettingsService service(ctx.db());
    if (const Status s = service.set(key, a.positionals().at(1)))
        throw Failure{exitCodeFor(*s), QStringLiteral("%1: %2").arg(key, s->message)};
    ctx.out << key << " set\n";
    return kExitOk;
}

int autoReply(Context& ctx, const QStringList& args)
{
    parseOrThrow(args, {});
    ctx.out << domain::AutoReply::text(settings(ctx)) << '\n';
    return kExitOk;
}

} // namespace

QVector<Command> initCommands()
{
    return {{QStringLiteral("init"), QStringLiteral("create or migrate the database"),
             QStringLiteral("Usage: rapport-cli [--db PATH] init\nPrints the database's path and schema version."),
             init},
            {QStringLiteral("check"), QStringLiteral("check the whole database file and the consent ledger"),
             QStringLiteral("Usage: rapport-cli [--db PATH] check\nChecks every page, index and link of the file "
                            "(SQLite's integrity check, with no time limit) and recomputes the consent ledger's "
                            "hash chain. Prints 'ok: ...' (exit 0); a damaged file exits 4, a ledger that does not "
                            "verify exits 5."),
             check}};
}

QVector<Command> settingsCommands()
{
    return {
        {QStringLiteral("settings show"), QStringLiteral("the practice settings"),
         QStringLiteral("Usage: rapport-cli settings show [--json]"), show},
        {QStringLiteral("settings set"), QStringLiteral("change one setting"),
         QStringLiteral("Usage: rapport-cli settings set KEY VALUE\n"
                        "Keys: practice-name, practitioner, business-phone, time-zone (IANA), country (GB, US...),\n"
                        "  hours (\"Mon-Thu 10:00-20:00, Fri 10:00-14:00\"), time-off (\"2026-12-24..2027-01-02\"),\n"
                        "  quiet-hours (21:00-08:00), conversation-window-days, sms-max-segments,\n"
                        "  in-person-horizon-days, language (en, de; \"\" for the country's: the language\n"
                        "  drafts are read in)"),
         set},
        {QStringLiteral("settings auto-reply"), QStringLiteral("the out-of-hours auto-reply text"),
         QStringLiteral("Usage: rapport-cli settings auto-reply\n"
                        "Prints the out-of-hours auto-reply made from the practice name and hours, ready to paste\n"
                        "into a phone's auto-reply setting (the same text as the app's Settings > Auto-reply)."),
         autoReply},
    };
}

} // namespace rapport::cli
