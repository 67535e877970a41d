// SPDX-License-Identifier: GPL-3.0-or-later
// App start to first paint, against a nearly empty Qt main window (rapport_empty_window) in the
// same run: each program is started with $RAPPORT_STARTUP_PROBE set, prints the wall-clock time
// of its first paint and its peak RSS, and quits. Offscreen platform; a fresh config folder so no
// remembered geometry or dialogs differ between runs. See README.md, "App start".
#include "ui/LargeClientFixture.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

using namespace rapport;

namespace {

struct Start {
    double ms = -1;
    long rssKb = -1;
};

qint64 realtimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

Start startOnce(const QString& program, const QStringList& args, const QString& configDir, const QString& checkMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    if (!checkMs.isEmpty())
        env.insert(QStringLiteral("RAPPORT_QUICK_CHECK_MS"), checkMs);
    p.setProcessEnvironment(env);
    const qint64 started = realtimeNs();
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(program.toStdString() << ": " << out.toStdString() << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QStringList fields = out.section(QStringLiteral("first-paint "), 1).trimmed().split(QLatin1Char(' '));
    REQUIRE(fields.size() >= 2);
    return {(fields.at(0).toLongLong() - started) / 1e6, fields.at(1).toLong()};
}

double best(QVector<Start> runs)
{
    return std::min_element(runs.begin(), runs.end(), [](const Start& a, const Start& b) { return a.ms < b.ms; })->ms;
}

double median(QVector<Start> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Start& a, const Start& b) { return a.ms < b.ms; });
    return runs.at(runs.size() / 2).ms;
}

long peak(const QVector<Start>& runs)
{
    long most = 0;
    for (const Start& s : runs)
        most = std::max(most, s.rssKb);
    return most;
}

} // namespace

TEST_CASE("App start to first paint at 100,000 clients, beside an empty Qt main window", "[bench][startup]")
{
    const QString large = [] {
        auto db = testing::openLargeFixture(100000);
        return db->path();
    }();
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QProcess init;
        init.start(QStringLiteral(RAPPORT_CLI_PATH), {QStringLiteral("--db"), empty, QStringLiteral("init")});
        REQUIRE(init.waitForFinished(60000));
        REQUIRE(init.exitCode() == 0);
    }
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString app = QStringLiteral(RAPPORT_APP_PATH);
    QVector<Start> peer, emptyPractice, full, fullRepeat, fullUnchecked;
    const int rounds = qEnvironmentVariableIsSet("RAPPORT_STARTUP_ROUNDS")
                           ? qEnvironmentVariableIntValue("RAPPORT_STARTUP_ROUNDS")
                           : 7;
    // Interleaved, so a burst of load elsewhere on the machine falls on every program alike.
    for (int round = 0; round < rounds; ++round) {
        peer << startOnce(QStringLiteral(RAPPORT_EMPTY_WINDOW_PATH), {}, config, {});
        emptyPractice << startOnce(app, {QStringLiteral("--db"), empty}, config, {});
        // A fresh config folder: the app has no memory of the file, so the quick check runs (as
        // after another program wrote it); then the same start again with the memory it left.
        const QString fresh = dir.filePath(QStringLiteral("config-%1").arg(round));
        full << startOnce(app, {QStringLiteral("--db"), large}, fresh, {});
        fullRepeat << startOnce(app, {QStringLiteral("--db"), large}, fresh, {});
        fullUnchecked << startOnce(app, {QStringLiteral("--db"), large}, config, QStringLiteral("0"));
    }
    WARN(QStringLiteral(
             "first paint, best (median) of %1: empty Qt window %2 ms (%3), peak RSS %4 MB; rapport on an "
             "empty practice %5 ms (%6), %7 MB; rapport at 100,000 clients %8 ms (%9), %10 MB, ratio %11 "
             "(bar: 1.5, RSS bar 200 MB); started again on the unchanged file (check skipped) %12 ms (%13), ratio %14; "
             "with the check off %15 ms (%16)")
             .arg(rounds)
             .arg(best(peer), 0, 'f', 0)
             .arg(median(peer), 0, 'f', 0)
             .arg(peak(peer) / 1024)
             .arg(best(emptyPractice), 0, 'f', 0)
             .arg(median(emptyPractice), 0, 'f', 0)
             .arg(peak(emptyPractice) / 1024)
             .arg(best(full), 0, 'f', 0)
             .arg(median(full), 0, 'f', 0)
             .arg(peak(full) / 1024)
             .arg(best(full) / best(peer), 0, 'f', 2)
             .arg(best(fullRepeat), 0, 'f', 0)
             .arg(median(fullRepeat), 0, 'f', 0)
             .arg(best(fullRepeat) / best(peer), 0, 'f', 2)
             .arg(best(fullUnchecked), 0, 'f', 0)
             .arg(median(fullUnchecked), 0, 'f', 0)
             .toStdString());
}
