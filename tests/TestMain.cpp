// SPDX-License-Identifier: GPL-3.0-or-later
// Shared Catch2 main: creates the Qt application object the tests need, and defaults the
// platform to offscreen so ctest's discovery (which runs this binary at build time) works headless.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QtGlobal>
#include <unistd.h>

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
    return Catch::Session().run(argc, argv);
}
