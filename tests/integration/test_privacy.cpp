// SPDX-License-Identifier: GPL-3.0-or-later
// No client data and no message text in any log, debug output or crash message. A whole day's
// workflow (a client added and changed, consent recorded, contacts logged, drafts analysed and
// advised on, a message scheduled, a client list imported, consent exported, a backup, a bad
// input or two) runs twice with every Qt logging category switched on:
// - in this process, through the CLI's code, with Qt's message handler captured;
// - through the real rapport-cli binary with RAPPORT_DEBUG=1 (its quiet handler off, so Qt's
//   default handler prints every message to stderr).
// Neither may show the client's name, number, email, or a word of any draft or contact note.
#include <catch2/catch.hpp>

#include "CliHarness.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

// Words found nowhere in Qt or Rapport, so any hit is a leak.
const QStringList kSecrets = {
    QStringLiteral("Quennell"),     QStringLiteral("Philippa"),       QStringLiteral("911 123456"),
    QStringLiteral("7911123456"),   QStringLiteral("pq.ashdown"),     QStringLiteral("zygapophyseal"),
    QStringLiteral("Thistlewaite"), QStringLiteral("mauve-umbrella"), QStringLiteral("Ostrogothic"),
    QStringLiteral("400 765432"),   QStringLiteral("oz.thistle")};

QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&capturedMutex);
    captured << message + QLatin1Char(' ') + QString::fromUtf8(context.category ? context.category : "");
}

/// The workflow: each command with the database path in front; `%CSV` and `%OUT` stand for files.
QVector<QStringList> workflow()
{
    const auto words = [](const char* line) { return QString::fromUtf8(line).split(QLatin1Char('|')); };
    return {
        words("init"),
        words("settings|set|practice-name|Harbour Physio"),
        words("client|add|--name|Philippa Quennell-Ashdown|--mobile|07911 123456|--email|pq.ashdown@example.org"),
        words("client|set|1|--name|Philippa Quennell-Ashdown Jr"),
        words("consent|record|1|--channel|sms|--scope|service|--state|granted|--method|verbal|--note|asked by "
              "mauve-umbrella"),
        words("log|1|--direction|in|--channel|sms|--text|my zygapophyseal joint aches, STOP texting me"),
        words("analyze|--text|Your zygapophyseal scan results are back, call me"),
        words("suggest|1|--text|Reminder: your zygapophyseal follow-up is on Tuesday"),
        words("queue|add|1|--at|2026-12-03T10:00|--channel|email|--text|Thanks for coming, mauve-umbrella"),
        words("import|%CSV"),
        words("client|list|--search|Quennell"),
        words("client|show|1|--json"),
        words("consent|export|--out|%OUT"),
        words("backup|%BAK"),
        // Bad input: the user's own error line may name the field, never the data around it.
        words("client|add|--name|Ostrogothic Person|--email|not-an-address"),
        words("log|999|--direction|in|--channel|sms|--text|zygapophyseal"),
    };
}

QString writeCsv(const QString& dir)
{
    const QString csv = dir + QStringLiteral("/clients.csv");
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Name,Mobile,Email,Notes\n"
            "Oswin Thistlewaite,07400 765432,oz.thistle@example.org,zygapophyseal\n"
            "Bad Row Ostrogothic,12,nope,\n");
    return csv;
}

QStringList expand(QStringList args, const QString& dir)
{
    for (QString& a : args) {
        a.replace(QStringLiteral("%CSV"), dir + QStringLiteral("/clients.csv"));
        a.replace(QStringLiteral("%OUT"), dir + QStringLiteral("/consent.csv"));
        a.replace(QStringLiteral("%BAK"), dir + QStringLiteral("/backup.db"));
    }
    return args;
}

void requireNoSecret(const QString& where, const QString& text)
{
    for (const QString& secret : kSecrets) {
        INFO(where.toStdString() << ": " << text.left(2000).toStdString());
        CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
    }
}

} // namespace

TEST_CASE("no client data in Qt's messages through a whole CLI workflow, every category on", "[privacy]")
{
    CliHarness h;
    writeCsv(h.dir.path());
    {
        QMutexLocker lock(&capturedMutex);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    int failures = 0;
    for (const QStringList& command : workflow()) {
        const CliHarness::Run r = h.run(expand(command, h.dir.path()));
        failures += r.code != 0;
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    CHECK(failures == 2); // the two bad inputs, and only they
    QMutexLocker lock(&capturedMutex);
    requireNoSecret(QStringLiteral("Qt messages"), captured.join(QLatin1Char('\n')));
}

TEST_CASE("no client data on rapport-cli's stderr with its debug output on, except the user's own error lines",
          "[privacy][binary]")
{
    QTemporaryDir dir;
    writeCsv(dir.path());
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("r.db"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_DEBUG"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    int commands = 0;
    for (const QStringList& command : workflow()) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RAPPORT_CLI_PATH),
                QStringList{QStringLiteral("--db"), db} + expand(command, dir.path()));
        REQUIRE(p.waitForFinished(60000));
        QString err = QString::fromUtf8(p.readAllStandardError());
        // The contract's failure line is for the user who typed the command; everything else
        // on stderr is diagnostics.
        QStringList diagnostics;
        for (const QString& line : err.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("rapport-cli: ")))
                diagnostics << line;
        }
        requireNoSecret(command.join(QLatin1Char(' ')), diagnostics.join(QLatin1Char('\n')));
        ++commands;
    }
    CHECK(commands == workflow().size());
}
