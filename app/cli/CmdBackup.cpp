// SPDX-License-Identifier: GPL-3.0-or-later
// backup FILE
#include "Command.h"
#include "services/BackupService.h"
#include "services/PracticeFile.h"

#include <QJsonObject>

namespace rapport::cli {

namespace {

/// What backup and restore print: the file, its counts and chain head, one document with --json.
void printInfo(Context& ctx, const Args& a, const services::BackupInfo& info, const QString& firstLabel,
               const QString& extra = {})
{
    if (a.has(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("path"), info.path},
                      {QStringLiteral("events"), info.events},
                      {QStringLiteral("clients"), info.clients},
                      {QStringLiteral("chain_head"), info.chainHead},
                      {QStringLiteral("schema_version"), info.schemaVersion}};
        if (info.bytes > 0)
            o.insert(QStringLiteral("bytes"), info.bytes);
        printJson(ctx, o);
        return;
    }
    ctx.out << QStringLiteral("%1: %2\nclients: %3\nconsent events: %4\nchain head: %5\n")
                   .arg(firstLabel, info.path)
                   .arg(info.clients)
                   .arg(info.events)
                   .arg(info.chainHead.isEmpty() ? QStringLiteral("(empty ledger)") : info.chainHead)
            << extra;
}

int backup(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    auto info = services::BackupService::backup(ctx.db(), a.positionals().at(0));
    if (!info)
        fail(info.error());
    printInfo(ctx, a, info.value(), QStringLiteral("backup"));
    return kExitOk;
}

int restore(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    auto info = services::BackupService::restoreInto(ctx.db(), a.positionals().at(0));
    if (!info)
        fail(info.error());
    printInfo(ctx, a, info.value(), QStringLiteral("restored"),
              QStringLiteral("previous practice kept in: %1.before-restore\n").arg(services::practicePath(ctx.db())));
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
                            "itself is refused. A practice on PostgreSQL is written to FILE as a Rapport file,\n"
                            "copied from one snapshot and read back before it is kept."),
             backup},
            {QStringLiteral("restore"), QStringLiteral("replace the practice with a backup"),
             QStringLiteral("Usage: rapport-cli restore FILE [--json]\n"
                            "Replaces the practice's contents with the backup FILE, in place. The backup is checked\n"
                            "first (PRAGMA quick_check, a schema this version knows, a consent ledger that verifies);\n"
                            "the current contents are kept as <database>.before-restore. Refused, with nothing\n"
                            "changed, while another program (the app, another rapport-cli) has the practice open\n"
                            "(exit 4), for an unusable backup (exit 3) and for a backup whose ledger does not\n"
                            "verify (exit 5)."),
             restore}};
}

} // namespace rapport::cli
