// SPDX-License-Identifier: GPL-3.0-or-later
// Many rapport-cli writers at once on one practice, with a large import holding the write lock
// among them: every one exits 0 and prints its id, no one tells its user the database is locked
// or busy, and every id is in the database afterwards. RAPPORT_MANY_WRITERS sets how many CLI
// writers run in all (default 120), twelve at a time.
#include "ProcessHarness.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace proctest;

namespace {

struct Writer {
    std::unique_ptr<QProcess> p;
    QString what;
    bool consent = true;
};

} // namespace

TEST_CASE("many rapport-cli writers at once: all exit 0, none says locked, all ids present", "[process]")
{
    bool ok = false;
    int total = qEnvironmentVariableIntValue("RAPPORT_MANY_WRITERS", &ok);
    if (!ok || total <= 0)
        total = 120;
    constexpr int kAtOnce = 12;

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("many.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
    const Run added =
        cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ana Silva"),
                 QStringLiteral("--mobile"), QStringLiteral("07400 123456")});
    REQUIRE(added.code == 0);
    const QString client = added.out.trimmed();
    // Imports of a few thousand rows: each holds the write lock far longer than one event does.
    QByteArray csv = "Name,Email\n";
    for (int r = 1; r <= 3000; ++r)
        csv += QStringLiteral("Bulk Row%1,bulk.%1@example.org\n").arg(r).toUtf8();
    const QString bulk = dir.filePath(QStringLiteral("bulk.csv"));
    {
        QFile f(bulk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(csv) == csv.size());
    }

    QSet<qint64> events;
    QSet<qint64> contacts;
    int started = 0;
    int done = 0;
    std::vector<Writer> running;
    const auto launch = [&](const QStringList& args, bool consent) {
        Writer w;
        w.p = std::make_unique<QProcess>();
        w.what = args.join(QLatin1Char(' '));
        w.consent = consent;
        w.p->start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        INFO(w.what.toStdString());
        REQUIRE(w.p->waitForStarted(30000));
        running.push_back(std::move(w));
    };
    launch({QStringLiteral("import"), bulk}, false);
    while (done < total + 1) {
        while (started < total && int(running.size()) < kAtOnce + 1) {
            const bool consent = started % 2 == 0;
            if (started == total / 2) // a second import (all merges) half-way
                launch({QStringLiteral("import"), bulk}, false);
            else if (consent)
                launch({QStringLiteral("consent"), QStringLiteral("record"), client, QStringLiteral("--channel"),
                        QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"),
                        QStringLiteral("--state"),
                        started % 4 ? QStringLiteral("granted") : QStringLiteral("withdrawn"),
                        QStringLiteral("--method"), QStringLiteral("verbal")},
                       true);
            else
                launch({QStringLiteral("log"), client, QStringLiteral("--direction"), QStringLiteral("out"),
                        QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--text"),
                        QStringLiteral("writer %1").arg(started)},
                       false);
            ++started;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        for (auto it = running.begin(); it != running.end();) {
            if (it->p->state() != QProcess::NotRunning) {
                ++it;
                continue;
            }
            const QString out = QString::fromUtf8(it->p->readAllStandardOutput());
            const QString err = QString::fromUtf8(it->p->readAllStandardError());
            INFO(it->what.toStdString() << "\nexit " << it->p->exitCode() << "\nstdout: " << out.toStdString()
                                        << "\nstderr: " << err.toStdString());
            CHECK(it->p->exitStatus() == QProcess::NormalExit);
            CHECK(it->p->exitCode() == 0);
            CHECK_FALSE(err.contains(QLatin1String("locked"), Qt::CaseInsensitive));
            CHECK_FALSE(err.contains(QLatin1String("busy"), Qt::CaseInsensitive));
            if (it->p->exitCode() == 0 && !it->what.startsWith(QLatin1String("import"))) {
                const qint64 id = out.section(QLatin1Char('\n'), 0, 0).trimmed().toLongLong();
                CHECK(id > 0);
                (it->consent ? events : contacts).insert(id);
            }
            ++done;
            it = running.erase(it);
        }
        QThread::msleep(2);
    }

    auto opened = rapport::storage::Database::open(db);
    REQUIRE(opened.ok());
    QSqlQuery q(opened.value()->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("ok"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM clients WHERE name LIKE 'Bulk %'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3000);
    for (const auto& [table, ids] :
         {std::pair{QStringLiteral("consent_events"), &events}, std::pair{QStringLiteral("contact_log"), &contacts}}) {
        QSet<qint64> stored;
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM ") + table));
        while (q.next())
            stored.insert(q.value(0).toLongLong());
        for (const qint64 id : *ids) {
            INFO(table.toStdString() << " " << id);
            CHECK(stored.contains(id));
        }
    }
    CHECK(events.size() + contacts.size() == total - 1);
    const Run v = cli(db, {QStringLiteral("consent"), QStringLiteral("verify")});
    CHECK(v.code == 0);
    CHECK(v.out.trimmed() == QStringLiteral("ok: %1 events").arg(events.size()));
}
