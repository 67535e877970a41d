// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Args.h"
#include "domain/Clock.h"
#include "domain/PracticeSettings.h"
#include "domain/Result.h"

#include <QIODevice>
#include <QTextStream>
#include <QTimeZone>
#include <functional>
#include <memory>

namespace rapport::storage {
class Database;
}
namespace rapport::services {
class PracticeFile;
}

namespace rapport::cli {

enum ExitCode { kExitOk = 0, kExitUsage = 2, kExitInvalid = 3, kExitDatabase = 4, kExitVerify = 5 };

/// Thrown inside the CLI only, caught by run(): becomes one `rapport-cli:` line and an exit code.
struct Failure {
    int code;
    QString message;
};

/// The contract's exit code for a core Error: 4 the database cannot be used, 5 a verification
/// failed, 3 invalid input or an unknown id.
int exitCodeFor(const domain::Error& error);
/// Throws the Failure for `error`: its exit code and message.
[[noreturn]] void fail(const domain::Error& error);
/// As fail(), naming the option the error is about ("--mobile: ...") when its field is one
/// (not the positional id, nor the contact list as a whole).
[[noreturn]] void failNamingOption(const domain::Error& error);

/// What a command runs with: streams, stdin, the clock, and the database, opened on first use
/// (so a usage error never creates or touches a file).
class Context {
public:
    Context(QTextStream& out, QTextStream& err, QIODevice* in, const domain::Clock& clock, QString dbPath);
    ~Context();

    QTextStream& out;
    QTextStream& err;
    QIODevice* in;
    const domain::Clock& clock;

    const QString& dbPath() const { return m_dbPath; }
    /// Opens (creating and migrating) the database; throws Failure{4} when it cannot be used.
    storage::Database& db();

private:
    QString m_dbPath;
    std::unique_ptr<services::PracticeFile> m_db;
    std::optional<domain::PracticeSettings> m_settings;
    friend const domain::PracticeSettings& settings(Context& ctx);
};

/// One sub-command: `name`, a one-line summary, a usage text, and its body. The body gets the
/// arguments after the command name (and, for grouped commands, after the sub-command name).
struct Command {
    QString name;
    QString summary;
    QString usage;
    std::function<int(Context&, const QStringList&)> run;
    /// True when these arguments need a QGuiApplication (Qt's PDF writer needs fonts); decided
    /// from the parsed options, before any Qt application object exists. Null: never.
    std::function<bool(const QStringList&)> needsGui = nullptr;
};

/// Parses `args`; throws Failure{2} with the parser's message on a usage error.
Args parseOrThrow(const QStringList& args, const QVector<Args::Spec>& specs, int maxPositionals = 0,
                  int minPositionals = 0);

/// Reads the draft from --text, --file or stdin. Throws Failure{3} for an unreadable file.
QString readDraft(Context& ctx, const Args& args);

/// Parses a client id; throws Failure{3} naming the value.
qint64 parseId(const QString& text, const QString& what = QStringLiteral("client id"));

/// The practice settings, loaded once per run; throws Failure{4} when they cannot be read.
const domain::PracticeSettings& settings(Context& ctx);
/// The practice's time zone (times without an offset are read in it; times are printed with its offset).
QTimeZone practiceZone(Context& ctx);
/// Who is recording: $USER (or "rapport-cli").
QString currentUser();

/// The current consent state per channel and scope, for `client show` and `consent show`.
QJsonObject consentStatesJson(Context& ctx, qint64 clientId);
void printConsentStates(Context& ctx, qint64 clientId);

/// Writes one compact JSON document and a newline.
void printJson(Context& ctx, const class QJsonObject& object);

// The command groups; each returns its commands.
QVector<Command> initCommands();
QVector<Command> settingsCommands();
QVector<Command> clientCommands();
QVector<Command> consentCommands();
QVector<Command> logCommands();
QVector<Command> raiseCommands();
QVector<Command> appointmentCommands();
QVector<Command> queueCommands();
QVector<Command> calendarCommands();
QVector<Command> reminderCommands();
QVector<Command> analysisCommands();
QVector<Command> importCommands();
QVector<Command> exportCommands();
QVector<Command> backupCommands();
QVector<Command> migrateCommands();
QVector<Command> adminCommands();

} // namespace rapport::cli
