// backup FILE
#include "BackupService.h"
#include "Command.h"
#include "Database.h"

#include <QJsonObject>

namespace rapport::cli {

namespace {

int backup(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    auto info = services::BackupService::backup(ctx.db(), a.positionals().at(0));
    if (!info)
        throw Failure{info.error().kind == domain::Error::Kind::Database ? kExitDatabase : kExitInvalid,
                      info.error().message};
    if (a.has(QStringLiteral("json"))) {
        printJson(ctx, {{QStringLiteral("path"), info->path},
                        {QStringLiteral("events"), info->events},
                        {QStringLiteral("clients"), info->clients},
                        {QStringLiteral("chain_head"), info->chainHead},
                        {QStringLiteral("schema_version"), info->schemaVersion},
                        {QStringLiteral("bytes"), info->bytes}});
        return kExitOk;
    }
    ctx.out << QStringLiteral("backup: %1\nclients: %2\nconsent events: %3\nchain head: %4\n")
                   .arg(info->path)
                   .arg(info->clients)
                   .arg(info->events)
                   .arg(info->chainHead.isEmpty() ? QStringLiteral("(empty ledger)") : info->chainHead);
    return kExitOk;
}

} // namespace

QVector<Command> backupCommands()
{
    return {{QStringLiteral("backup"), QStringLiteral("write a consistent copy of the database"),
             QStringLiteral("Usage: rapport-cli backup FILE [--json]\n"
                            "Copies the live database to FILE (safe while the app is open) with VACUUM INTO, checks\n"
                            "the copy with PRAGMA quick_check, gives it mode 0600, and prints its consent event count\n"
                            "and chain head. An existing FILE is replaced only by a good copy; the live database\n"
                            "itself is refused."),
             backup}};
}

} // namespace rapport::cli
