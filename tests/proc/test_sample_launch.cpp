// SPDX-License-Identifier: GPL-3.0-or-later
// The real `rapport` binary: --version and --help without a display, `--sample` (a throwaway
// practice of its own, full of made-up clients, removed when the app is closed, the real
// practice never touched), and a clean quit on SIGTERM.
#include "ProcessHarness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <utility>

using namespace proctest;

namespace {

QProcessEnvironment isolated(const QTemporaryDir& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("RAPPORT_DB"), dir.filePath(QStringLiteral("real.sqlite")));
    QDir().mkpath(dir.filePath(QStringLiteral("tmp")));
    return env;
}

} // namespace

TEST_CASE("rapport --version and --help answer without a display", "[process][gui]")
{
    QTemporaryDir dir;
    QProcessEnvironment env = isolated(dir);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(RAPPORT_GUI_PATH), {option});
        REQUIRE(app.waitForFinished(30000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        INFO(option.toStdString() << "\n"
                                  << out.toStdString() << QString::fromUtf8(app.readAllStandardError()).toStdString());
        CHECK(app.exitCode() == 0);
        CHECK(out.contains(QStringLiteral("rapport")));
        if (option == QLatin1String("--help")) {
            CHECK(out.contains(QStringLiteral("--sample")));
            CHECK(out.contains(QStringLiteral("--db")));
        } else {
            CHECK(out.contains(QStringLiteral(RAPPORT_VERSION)));
        }
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("real.sqlite"))));
}

TEST_CASE("rapport --sample opens a throwaway practice and removes it on SIGTERM", "[process][gui][sample]")
{
    QTemporaryDir dir;
    QProcess app;
    QProcessEnvironment env = isolated(dir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(RAPPORT_GUI_PATH), {QStringLiteral("--sample")});
    REQUIRE(app.waitForStarted());
    const QDir tmp(dir.filePath(QStringLiteral("tmp")));
    QString sample;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && app.state() == QProcess::Running) {
        const QStringList found = tmp.entryList({QStringLiteral("rapport-sample-*")}, QDir::Dirs);
        if (!found.isEmpty() &&
            descriptorsOn(app.processId(), tmp.filePath(found.first() + QStringLiteral("/sample.sqlite"))) > 0) {
            sample = tmp.filePath(found.first() + QStringLiteral("/sample.sqlite"));
            break;
        }
        QThread::msleep(50);
    }
    INFO(QString::fromUtf8(app.readAllStandardError()).toStdString());
    REQUIRE_FALSE(sample.isEmpty());
    // The sample is loaded before the window shows: a second program sees every client.
    QThread::msleep(500);
    const Run list = cli(sample, {QStringLiteral("client"), QStringLiteral("list")});
    CHECK(list.code == 0);
    CHECK(list.out.count(QLatin1Char('\n')) >= 7);
    CHECK(cli(sample, {QStringLiteral("consent"), QStringLiteral("verify")}).code == 0);

    ::kill(pid_t(app.processId()), SIGTERM);
    REQUIRE(app.waitForFinished(30000));
    CHECK(app.exitStatus() == QProcess::NormalExit); // quit as a closed window does, not killed
    CHECK(app.exitCode() == 0);
    CHECK(tmp.entryList({QStringLiteral("rapport-sample-*")}, QDir::Dirs).isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("real.sqlite"))));
}

TEST_CASE("rapport starts in the interface language of Settings > Display, German or English",
          "[process][gui][language]")
{
    QTemporaryDir dir;
    QProcessEnvironment env = isolated(dir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("RAPPORT_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // the setting, not the system, decides
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    const QString db = dir.filePath(QStringLiteral("real.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
    const QString conf = dir.filePath(QStringLiteral("home/config/Rapport/rapport.conf"));
    QDir().mkpath(QFileInfo(conf).path());
    for (const auto& [language, file] : {std::pair{QStringLiteral("de"), QStringLiteral("&Datei")},
                                         std::pair{QStringLiteral("en"), QStringLiteral("&File")}}) {
        QFile f(conf);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[General]\ninterfaceLanguage=" + language.toUtf8() + "\n");
        f.close();
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(RAPPORT_GUI_PATH), {QStringLiteral("--db"), db});
        REQUIRE(app.waitForFinished(60000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        INFO(language.toStdString() << "\n"
                                    << out.toStdString()
                                    << QString::fromUtf8(app.readAllStandardError()).toStdString());
        CHECK(app.exitCode() == 0);
        const QString menus = out.section(QStringLiteral("menus "), 1).section(QLatin1Char('\n'), 0, 0);
        CHECK(menus.split(QLatin1Char('|')).value(0) == file);
    }
}
