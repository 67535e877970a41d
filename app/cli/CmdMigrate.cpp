// SPDX-License-Identifier: GPL-3.0-or-later
// migrate-to TARGET
#include "Command.h"
#include "services/PracticeMove.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

int migrateTo(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    const auto moved = services::PracticeMove::copyTo(ctx.db(), a.positionals().at(0));
    if (!moved)
        fail(moved.error());
    if (a.has(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const auto& [table, rows] : moved->tables)
            tables.insert(table, rows);
        printJson(ctx, {{QStringLiteral("target"), moved->target},
                        {QStringLiteral("clients"), moved->clients},
                        {QStringLiteral("events"), moved->events},
                        {QStringLiteral("chain_head"), moved->chainHead},
                        {QStringLiteral("tables"), tables},
                        {QStringLiteral("verified"), true}});
        return kExitOk;
    }
    QStringList tables;
    for (const auto& [table, rows] : moved->tables)
        tables << QStringLiteral("%1 %2").arg(table).arg(rows);
    ctx.out << QStringLiteral("copied to: %1\nclients: %2\nconsent events: %3\nchain head: %4\ntables: %5\n"
                              "verified: every row of every table read back equal; the consent chain verifies and "
                              "ends at the same head\n")
                   .arg(moved->target)
                   .arg(moved->clients)
                   .arg(moved->events)
                   .arg(moved->chainHead.isEmpty() ? QStringLiteral("(empty ledger)") : moved->chainHead,
                        tables.join(QStringLiteral(", ")));
    return kExitOk;
}

} // namespace

QVector<Command> migrateCommands()
{
    return {{QStringLiteral("migrate-to"),
             QStringLiteral("copy the practice into an empty database (PostgreSQL or a file)"),
             QStringLiteral("Usage: rapport-cli migrate-to TARGET [--json]\n"
                            "Copies the whole practice (--db, $RAPPORT_DB or the app's own) into TARGET: an empty\n"
                            "PostgreSQL database (postgresql://user@host:port/dbname) when a practice joins a clinic,\n"
                            "or a new SQLite file when it leaves one. One transaction: before it commits, every row\n"
                            "of every table is read back and compared, and the consent chain must verify on TARGET\n"
                            "and end at the same head; otherwise nothing is written. The practice itself is not\n"
                            "changed. Exit 4 when TARGET cannot be used (unreachable, not empty, newer), 5 when the\n"
                            "copy does not read back equal."),
             migrateTo}};
}

} // namespace rapport::cli
