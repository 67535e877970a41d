#include "Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>

namespace {
// The contract promises one clear line on failure and no Qt warnings; client data never goes to logs.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "rapport-cli: internal error: %s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("RAPPORT_DEBUG"))
        qInstallMessageHandler(quietMessages);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const int code = rapport::cli::run(args, out, err, &in);
    out.flush();
    err.flush();
    return code;
}
