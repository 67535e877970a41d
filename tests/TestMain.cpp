// SPDX-License-Identifier: GPL-3.0-or-later
// Shared Catch2 main: creates the Qt application object the tests need, and defaults the
// platform to offscreen so ctest's discovery (which runs this binary at build time) works headless.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestHooks.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>
#include <QtGlobal>
#include <cstdio>
#include <unistd.h>
#include <vector>

#if defined(RAPPORT_TEST_GUI)
#include <QApplication>
using TestApp = QApplication;
#elif defined(RAPPORT_TEST_GUIAPP)
// The core's PDF writer needs fonts, hence a QGuiApplication (offscreen), but no widgets.
#include <QGuiApplication>
using TestApp = QGuiApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

namespace {
std::vector<std::function<void()>>& exitHooks()
{
    static std::vector<std::function<void()>> hooks;
    return hooks;
}

/// The PostgreSQL run of a suite (RAPPORT_TEST_PG_URL set by its ctest registration) on a
/// machine without PostgreSQL's server programs: tests/pg/cluster.sh left `skipped` in the
/// cluster's folder. Says so in the line ctest's SKIP_REGULAR_EXPRESSION looks for.
bool postgresSkipped()
{
    const QString url = qEnvironmentVariable("RAPPORT_TEST_PG_URL");
    if (url.isEmpty())
        return false;
    const QString folder = QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    QFile skipped(QDir(folder).filePath(QStringLiteral("skipped")));
    if (folder.isEmpty() || !skipped.open(QIODevice::ReadOnly))
        return false;
    std::printf("RAPPORT_PG_SKIPPED: %s\n", skipped.readAll().trimmed().constData());
    return true;
}
} // namespace

void rapport::testing::atTestProgramExit(std::function<void()> hook)
{
    exitHooks().push_back(std::move(hook));
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // CI runs as root without a session: give Qt a private runtime folder instead of a warning.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toUtf8() + "/rapport-tests-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    TestApp app(argc, argv);
    TestApp::setOrganizationName(QStringLiteral("RapportTests"));
    TestApp::setApplicationName(QStringLiteral("rapport-tests"));
    if (postgresSkipped())
        return 0;
    const int code = Catch::Session().run(argc, argv);
    for (const auto& hook : exitHooks())
        hook();
    return code;
}
