// SPDX-License-Identifier: GPL-3.0-or-later
// The app's model code in a process of its own, for the tests that run several programs on one
// practice: the real MainWindow (offscreen) over the real AppContext, with its worker threads,
// driven by one command per line on stdin and answering one line per command on stdout.
//
//   rapport-apphost --db PATH
//   ready                                     (printed once the start-up ledger check is done)
//   consent ID CHANNEL SCOPE STATE         -> ok EVENT_ID
//   inbound ID TEXT...                     -> ok CONTACT_ID [withdrawn]
//   contact ID TEXT...                     -> ok CONTACT_ID   (an outbound SMS logged)
//   edit ID NAME...                        -> ok ID           (the client's name set to NAME)
//   verify                                 -> ok N | bad ID | error MESSAGE   (worker thread)
//   busy N                                 -> ok       (N ledger checks and a dashboard refresh queued)
//   import PATH                            -> ok IMPORTED | error MESSAGE   (worker thread)
//   dashboard                              -> ok
//   backup PATH                            -> ok EVENTS | error MESSAGE
//   restore PATH                           -> ok EVENTS | error MESSAGE
//   count                                  -> ok EVENTS (through the app's own connection)
//   quit                                   -> bye
//
// Every "ok" of a write is printed (and flushed) only after its transaction committed, so a test
// that kills this process may count each "ok" line it read as an acknowledged write.
#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "common/DatabaseWorker.h"
#include "dashboard/DashboardWidget.h"
#include "services/ImportService.h"
#include "services/SystemClock.h"
#include "storage/Database.h"
#include "transfer/TransferActions.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace rapport;

namespace {

void reply(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QApplication::setApplicationName(QStringLiteral("rapport-apphost"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    const QStringList args = QApplication::arguments();
    const int at = int(args.indexOf(QStringLiteral("--db")));
    if (at < 0 || at + 1 >= args.size()) {
        std::fputs("usage: rapport-apphost --db PATH\n", stderr);
        return 2;
    }
    auto opened = storage::Database::open(args.at(at + 1));
    if (!opened) {
        reply(QStringLiteral("error ") + opened.error().message);
        return 4;
    }
    services::SystemClock clock;
    ui::AppContext context(*opened.value(), clock);
    ui::MainWindow window(context);
    window.show();
    auto* transfer = window.findChild<ui::TransferActions*>();

    bool ready = false;
    std::function<void()> pendingVerify;
    QObject::connect(&window, &ui::MainWindow::ledgerChecked, &window, [&] {
        if (!ready) {
            ready = true;
            reply(QStringLiteral("ready"));
            return;
        }
        if (pendingVerify) {
            auto f = std::move(pendingVerify);
            pendingVerify = nullptr;
            f();
        }
    });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    const auto handle = [&](const QString& line) {
        const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (w.isEmpty())
            return;
        const QString cmd = w.first();
        if (cmd == QLatin1String("quit")) {
            reply(QStringLiteral("bye"));
            window.close();
            QApplication::quit();
        } else if (cmd == QLatin1String("consent") && w.size() == 5) {
            services::ConsentRequest r;
            r.clientId = w.at(1).toLongLong();
            r.channel = domain::channelFromString(w.at(2)).value_or(domain::Channel::Sms);
            r.scope = domain::scopeFromString(w.at(3)).value_or(domain::Scope::Service);
            r.state = domain::consentStateFromString(w.at(4)).value_or(domain::ConsentState::Granted);
            r.method = QStringLiteral("verbal");
            auto e = context.consents().record(r);
            reply(e ? QStringLiteral("ok %1").arg(e->id) : QStringLiteral("error ") + e.error().message);
        } else if (cmd == QLatin1String("inbound") && w.size() >= 3) {
            services::LogRequest r;
            r.clientId = w.at(1).toLongLong();
            r.direction = domain::Direction::Inbound;
            r.channel = domain::Channel::Sms;
            r.text = w.mid(2).join(QLatin1Char(' '));
            auto logged = context.contacts().log(r);
            if (!logged)
                reply(QStringLiteral("error ") + logged.error().message);
            else
                reply(QStringLiteral("ok %1%2")
                          .arg(logged->entry.id)
                          .arg(logged->withdrawals.isEmpty() ? QString() : QStringLiteral(" withdrawn")));
        } else if (cmd == QLatin1String("contact") && w.size() >= 3) {
            services::LogRequest r;
            r.clientId = w.at(1).toLongLong();
            r.direction = domain::Direction::Outbound;
            r.channel = domain::Channel::Sms;
            r.text = w.mid(2).join(QLatin1Char(' '));
            auto logged = context.contacts().log(r);
            reply(logged ? QStringLiteral("ok %1").arg(logged->entry.id)
                         : QStringLiteral("error ") + logged.error().message);
        } else if (cmd == QLatin1String("edit") && w.size() >= 3) {
            services::ClientChanges changes;
            changes.name = w.mid(2).join(QLatin1Char(' '));
            auto saved = context.clients().update(w.at(1).toLongLong(), changes);
            reply(saved ? QStringLiteral("ok %1").arg(saved->id) : QStringLiteral("error ") + saved.error().message);
        } else if (cmd == QLatin1String("verify")) {
            pendingVerify = [&] {
                const auto& s = window.ledgerStatus();
                if (!s || !s->error.isEmpty())
                    reply(QStringLiteral("error ") + (s ? s->error : QStringLiteral("no check")));
                else if (!s->ok)
                    reply(QStringLiteral("bad %1").arg(s->firstBadId));
                else
                    reply(QStringLiteral("ok %1").arg(s->count));
            };
            window.verifyLedger();
        } else if (cmd == QLatin1String("busy") && w.size() == 2) {
            for (int i = 0; i < w.at(1).toInt(); ++i)
                window.verifyLedger();
            window.dashboard()->refresh();
            reply(QStringLiteral("ok"));
        } else if (cmd == QLatin1String("dashboard")) {
            window.dashboard()->refresh();
            reply(QStringLiteral("ok"));
        } else if (cmd == QLatin1String("import") && w.size() == 2) {
            const QString file = w.at(1);
            ui::runWithDatabase<services::ImportSummary>(
                context.database().path(), &window,
                [file, &clock](storage::Database& db) { return services::ImportService(db, clock).importFile(file); },
                [](domain::Result<services::ImportSummary> result) {
                    reply(result ? QStringLiteral("ok %1").arg(result->imported)
                                 : QStringLiteral("error ") + result.error().message);
                });
        } else if (cmd == QLatin1String("backup") && w.size() == 2) {
            auto info = transfer->backupTo(w.at(1));
            reply(info ? QStringLiteral("ok %1").arg(info->events) : QStringLiteral("error ") + info.error().message);
        } else if (cmd == QLatin1String("restore") && w.size() == 2) {
            auto info = transfer->restoreFrom(w.at(1));
            reply(info ? QStringLiteral("ok %1").arg(info->events) : QStringLiteral("error ") + info.error().message);
        } else if (cmd == QLatin1String("count")) {
            auto n = context.consents().verify();
            reply(n ? QStringLiteral("ok %1").arg(n->count) : QStringLiteral("error ") + n.error().message);
        } else {
            reply(QStringLiteral("error unknown command: ") + line);
        }
    };
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            input.setEnabled(false);
            QApplication::quit();
            return;
        }
        buffer.append(chunk, int(n));
        for (int nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
            const QString line = QString::fromUtf8(buffer.left(nl)).trimmed();
            buffer.remove(0, nl + 1);
            handle(line);
        }
    });
    const int code = QApplication::exec();
    ui::DatabaseWorkers::stopAndJoinAll();
    return code;
}
