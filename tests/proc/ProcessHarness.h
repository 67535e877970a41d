// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Several real programs on one practice: the built rapport-cli, the built rapport (offscreen),
// and rapport-apphost (the app's MainWindow, AppContext and workers in a process of their own,
// driven over stdin). Helpers to run them and to look at what each process has open.

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QThread>

#include <memory>
#include <unistd.h>

namespace proctest {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

inline Run cli(const QString& db, const QStringList& args, const QByteArray& stdinBytes = {})
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    REQUIRE(p.waitForStarted());
    p.write(stdinBytes);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// rapport-cli consent record ... ; returns the event id it printed (the write it acknowledged).
inline qint64 cliConsent(const QString& db, qint64 client, const QString& channel, const QString& state)
{
    const Run r = cli(db, {QStringLiteral("consent"), QStringLiteral("record"), QString::number(client),
                           QStringLiteral("--channel"), channel, QStringLiteral("--scope"), QStringLiteral("service"),
                           QStringLiteral("--state"), state, QStringLiteral("--method"), QStringLiteral("verbal")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const qint64 id = r.out.trimmed().toLongLong();
    REQUIRE(id > 0);
    return id;
}

/// The files of the practice that `pid` still has open although they were removed (a -wal or
/// -shm deleted under a live connection shows as "PATH (deleted)").
inline QStringList deletedPracticeFiles(qint64 pid, const QString& db)
{
    QStringList out;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList fds = QDir(fdDir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
    for (const QString& fd : fds) {
        char target[4096];
        const QByteArray link = QFile::encodeName(fdDir + QLatin1Char('/') + fd);
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n <= 0)
            continue;
        const QString t = QFile::decodeName(QByteArray(target, int(n)));
        if (t.startsWith(db) && t.endsWith(QLatin1String(" (deleted)")))
            out << t;
    }
    return out;
}

/// How many descriptors `pid` has on exactly `file`.
inline int descriptorsOn(qint64 pid, const QString& file)
{
    int count = 0;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString& fd : QDir(fdDir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        char target[4096];
        const QByteArray link = QFile::encodeName(fdDir + QLatin1Char('/') + fd);
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n > 0 && QFile::decodeName(QByteArray(target, int(n))) == file)
            ++count;
    }
    return count;
}

/// rapport-apphost on `db`: the app's model code in its own process.
class AppHost {
public:
    explicit AppHost(const QString& db) : m_db(db)
    {
        m_p.setProcessChannelMode(QProcess::SeparateChannels);
        m_p.start(QStringLiteral(RAPPORT_APPHOST_PATH), {QStringLiteral("--db"), db});
        REQUIRE(m_p.waitForStarted());
        const QString first = line(90000);
        INFO(first.toStdString() << " " << m_p.readAllStandardError().toStdString());
        REQUIRE(first == QLatin1String("ready"));
    }
    ~AppHost()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished(10000);
        }
    }
    qint64 pid() const { return m_p.processId(); }
    /// Sends one command and returns its one-line answer.
    QString ask(const QString& command, int ms = 90000)
    {
        m_p.write(command.toUtf8() + '\n');
        m_p.waitForBytesWritten(5000);
        return line(ms);
    }
    /// The next answer line (for commands answered later, such as `import`).
    QString line(int ms = 90000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_p.canReadLine()) {
            const int left = int(ms - t.elapsed());
            if (left <= 0 || m_p.state() == QProcess::NotRunning)
                return {};
            m_p.waitForReadyRead(left);
        }
        return QString::fromUtf8(m_p.readLine()).trimmed();
    }
    QStringList deletedFiles() const { return deletedPracticeFiles(pid(), m_db); }
    void quit()
    {
        CHECK(ask(QStringLiteral("quit")) == QLatin1String("bye"));
        m_p.closeWriteChannel();
        REQUIRE(m_p.waitForFinished(60000));
        CHECK(m_p.exitStatus() == QProcess::NormalExit);
        CHECK(m_p.exitCode() == 0);
    }

private:
    QString m_db;
    QProcess m_p;
};

/// "ok 42" -> 42; fails the test on anything else.
inline qint64 okNumber(const QString& answer)
{
    INFO(answer.toStdString());
    REQUIRE(answer.startsWith(QLatin1String("ok ")));
    return answer.mid(3).section(QLatin1Char(' '), 0, 0).toLongLong();
}

} // namespace proctest
