// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QStringDecoder>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sys/stat.h>

namespace {
// The contract promises one clear line on failure and no Qt warnings; client data never goes to logs.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "rapport-cli: internal error: %s\n", qPrintable(message));
        std::abort();
    }
}

/// The arguments after the program name. Decoded here rather than by QCoreApplication::arguments(),
/// whose decoder drops a leading U+FEFF: in `--text` it is a character of the draft, which the
/// network counts (UCS-2, one more unit).
QStringList argumentsOf(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decode(QStringDecoder::System, QStringDecoder::Flag::ConvertInitialBom);
        args << QString(decode(QByteArrayView(argv[i])));
    }
    return args;
}
} // namespace

int main(int argc, char* argv[])
{
    // Everything Rapport creates holds client data (the practice, its backups, exports, logs of
    // the import): files 0600 and folders 0700 whatever the session's umask.
    ::umask(077);
    if (qEnvironmentVariableIsEmpty("RAPPORT_DEBUG"))
        qInstallMessageHandler(quietMessages);
    // Qt's PDF writer needs fonts, so a PDF export runs under a QGuiApplication on the offscreen
    // platform; everything else stays a plain QCoreApplication (faster start, no display needed).
    // Decided from the parsed command and options ("--format PDF", "--format=pdf"), not by
    // looking for a word in argv.
    const bool gui = rapport::cli::needsGuiApplication(argumentsOf(argc, argv));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = argumentsOf(argc, argv);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const int code = rapport::cli::run(args, out, err, &in);
    out.flush();
    err.flush();
    return code;
}
