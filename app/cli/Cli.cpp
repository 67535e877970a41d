// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "Command.h"
#include "services/AppPaths.h"
#include "services/SystemClock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace rapport::cli {

namespace {

QVector<Command> allCommands()
{
    QVector<Command> all;
    for (auto group : {initCommands, settingsCommands, clientCommands, consentCommands, logCommands, raiseCommands,
                       appointmentCommands, queueCommands, calendarCommands, reminderCommands, analysisCommands,
                       importCommands, exportCommands, backupCommands, migrateCommands, adminCommands})
        all += group();
    return all;
}

QString mainUsage(const QVector<Command>& commands)
{
    QString text =
        QStringLiteral("Usage: rapport-cli [--db PATH|URL] COMMAND [ARGS...]\n\n"
                       "Rapport's headless twin: the same database and rules as the desktop app.\n"
                       "Without --db: $RAPPORT_DB, else the app's own database.\n"
                       "A URL postgresql://user@host:port/dbname (or ?host=/socket/folder) opens a\n"
                       "PostgreSQL database; its password comes from ~/.pgpass or $PGPASSFILE, never the URL.\n"
                       "\nCommands:\n");
    qsizetype width = 0;
    for (const auto& c : commands)
        width = std::max(width, c.name.size());
    for (const auto& c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(width, QLatin1Char(' ')), c.summary);
    text +=
        QStringLiteral("\nRun 'rapport-cli COMMAND --help' for a command's options.\n"
                       "Exit codes: 0 done, 2 usage, 3 invalid input, 4 database unusable, 5 verification failed.\n");
    return text;
}

/// The command `args` names, taking its name (one word, or two for a grouped command such as
/// "client add", registered with its full name) off the front of `args`; null when none.
const Command* resolve(const QVector<Command>& commands, QStringList& args)
{
    if (args.isEmpty())
        return nullptr;
    const QString name = args.takeFirst();
    for (const auto& c : commands) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        if (words.first() != name)
            continue;
        if (words.size() == 1)
            return &c;
        if (!args.isEmpty() && args.first() == words.at(1)) {
            args.removeFirst();
            return &c;
        }
    }
    return nullptr;
}

} // namespace

bool needsGuiApplication(const QStringList& argsIn)
{
    QStringList args = argsIn;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") && !args.isEmpty())
            args.removeFirst();
        else if (!a.startsWith(QLatin1String("--db=")))
            return false; // --version, --help, or a usage error: no PDF
    }
    // The commands outlive the pointer resolve() returns into them (a temporary would not).
    const QVector<Command> commands = allCommands();
    const Command* command = resolve(commands, args);
    return command && command->needsGui && command->needsGui(args);
}

int run(const QStringList& argsIn, QTextStream& out, QTextStream& err, QIODevice* in, const domain::Clock* clock)
{
    const services::SystemClock systemClock;
    const domain::Clock& theClock = clock ? *clock : static_cast<const domain::Clock&>(systemClock);
    const QVector<Command> commands = allCommands();

    // Global options come before the command.
    QStringList args = argsIn;
    QString dbPath;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            if (a == QLatin1String("--db")) {
                if (args.isEmpty()) {
                    err << "rapport-cli: option '--db' needs a path\n";
                    return kExitUsage;
                }
                dbPath = args.takeFirst();
            } else {
                dbPath = a.mid(5);
            }
            if (dbPath.isEmpty()) {
                err << "rapport-cli: option '--db' needs a path\n";
                return kExitUsage;
            }
        } else if (a == QLatin1String("--version")) {
            out << "rapport-cli " << QStringLiteral(RAPPORT_VERSION) << '\n';
            return kExitOk;
        } else if (a == QLatin1String("--help")) {
            out << mainUsage(commands);
            return kExitOk;
        } else {
            err << "rapport-cli: unknown option '" << a << "' (see 'rapport-cli --help')\n";
            return kExitUsage;
        }
    }
    if (args.isEmpty()) {
        err << "rapport-cli: no command given (see 'rapport-cli --help')\n";
        return kExitUsage;
    }
    if (dbPath.isEmpty())
        dbPath = services::defaultDatabasePath();

    const QString name = args.first();
    const Command* command = resolve(commands, args);
    if (!command) {
        bool isGroup = false;
        QStringList subs;
        for (const auto& c : commands) {
            if (c.name.startsWith(name + QLatin1Char(' '))) {
                isGroup = true;
                subs << c.name.section(QLatin1Char(' '), 1);
            }
        }
        if (isGroup && !args.isEmpty() && args.first() == QLatin1String("--help")) {
            for (const auto& c : commands)
                if (c.name.startsWith(name + QLatin1Char(' ')))
                    out << c.usage << '\n';
            return kExitOk;
        }
        if (isGroup) {
            err << "rapport-cli: '" << name << "' needs one of: " << subs.join(QStringLiteral(", "))
                << (args.isEmpty() ? QString() : QStringLiteral(" (not '%1')").arg(args.first())) << '\n';
        } else {
            err << "rapport-cli: unknown command '" << name << "' (see 'rapport-cli --help')\n";
        }
        return kExitUsage;
    }
    if (args.contains(QLatin1String("--help"))) {
        out << command->usage << '\n';
        return kExitOk;
    }

    Context ctx(out, err, in, theClock, dbPath);
    try {
        return command->run(ctx, args);
    } catch (const Failure& f) {
        out.flush();
        err << "rapport-cli: " << f.message << '\n';
        err.flush();
        return f.code;
    }
}

} // namespace rapport::cli
