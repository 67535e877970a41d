// SPDX-License-Identifier: GPL-3.0-or-later
// admin setup-roles
#include "Command.h"
#include "services/ClinicAdmin.h"
#include "services/PracticeFile.h"

namespace rapport::cli {

namespace {

int setupRoles(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("role"), true, false}});
    const QString role = a.value(QStringLiteral("role")).value_or(services::ClinicAdmin::defaultRole());
    const auto ran = services::ClinicAdmin::setUpRoles(ctx.db(), role);
    if (!ran)
        failNamingOption(ran.error());
    ctx.out << QStringLiteral("roles set up in %1: the group role %2 may read and append the consent ledger, never "
                              "change or delete it, and use every other table; it may not change the schema.\n"
                              "Give each desk a login in it, e.g. (as the administrator, in psql):\n"
                              "  CREATE ROLE reception LOGIN IN ROLE %2;\n"
                              "  \\password reception\n"
                              "and point the desk at postgresql://reception@HOST:PORT/DATABASE (the password in "
                              "its ~/.pgpass). Run this again after each upgrade of Rapport.\n")
                   .arg(services::practicePath(ctx.db()), role);
    return kExitOk;
}

} // namespace

QVector<Command> adminCommands()
{
    return {{QStringLiteral("admin setup-roles"),
             QStringLiteral("give a clinic's desks their PostgreSQL role (ledger append-only)"),
             QStringLiteral("Usage: rapport-cli --db postgresql://OWNER@HOST/DB admin setup-roles [--role NAME]\n"
                            "Run as the database's owner. Creates the group role NAME (default rapport_desk) when\n"
                            "missing and grants it a desk's rights: every table of the practice, except that the\n"
                            "consent ledger (consent_events) can only be read and appended to, a consent note only\n"
                            "added or erased, and the schema version only read. Earlier grants are replaced, so it\n"
                            "can run again (do so after each upgrade). Desks log in as roles that are members of it."),
             setupRoles}};
}

} // namespace rapport::cli
