// SPDX-License-Identifier: GPL-3.0-or-later
// Several desks of one practice writing at once, each a real rapport-cli process: on SQLite one
// file, on PostgreSQL one server database (the integration suite's PostgreSQL run). Every event
// lands, the chain verifies, and no two appends ever follow the same head (no fork).
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

namespace {

struct Proc {
    int code = -1;
    QString out;
    QString err;
};

Proc cli(const QString& db, const QStringList& args)
{
    QProcess p;
    QStringList all{QStringLiteral("--db"), db};
    all += args;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), all);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// One desk: `count` rapport-cli runs one after the other (a person at reception recording
/// consent), started as soon as the previous one ends, beside the other desks.
struct Desk {
    int number = 0;
    int started = 0;
    QStringList failures;
    QProcess* running = nullptr;
};

} // namespace

TEST_CASE("four desks recording consent at once: every event lands, the chain verifies, no fork",
          "[cli][binary][concurrency]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("desks.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
    QStringList clients;
    for (const char* name : {"Ana Silva", "Ben Okafor"}) {
        const Proc r =
            cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QLatin1String(name)});
        REQUIRE(r.code == 0);
        clients << r.out.trimmed();
    }

    constexpr int kDesks = 4;
    constexpr int kEach = 12;
    QVector<Desk> desks(kDesks);
    QEventLoop loop;
    int finished = 0;
    std::function<void(Desk&)> next = [&](Desk& desk) {
        if (desk.started == kEach) {
            if (++finished == kDesks)
                loop.quit();
            return;
        }
        const int n = desk.started++;
        auto* p = new QProcess;
        desk.running = p;
        QObject::connect(p, &QProcess::finished, p, [&desk, p, &next](int code, QProcess::ExitStatus status) {
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (status != QProcess::NormalExit || code != 0 || !err.isEmpty())
                desk.failures << QStringLiteral("exit %1: %2").arg(code).arg(err.trimmed());
            p->deleteLater();
            next(desk);
        });
        p->start(QStringLiteral(RAPPORT_CLI_PATH),
                 {QStringLiteral("--db"), db, QStringLiteral("consent"), QStringLiteral("record"),
                  clients.at(n % clients.size()), QStringLiteral("--channel"),
                  n % 3 == 0 ? QStringLiteral("email") : QStringLiteral("sms"), QStringLiteral("--scope"),
                  QStringLiteral("service"), QStringLiteral("--state"),
                  n % 2 ? QStringLiteral("withdrawn") : QStringLiteral("granted"), QStringLiteral("--note"),
                  QStringLiteral("desk %1 event %2").arg(desk.number).arg(n), QStringLiteral("--by"),
                  QStringLiteral("desk %1").arg(desk.number)});
    };
    QElapsedTimer clock;
    clock.start();
    for (int d = 0; d < kDesks; ++d) {
        desks[d].number = d + 1;
        next(desks[d]);
    }
    QTimer::singleShot(240000, &loop, &QEventLoop::quit); // a hung desk fails below, not forever
    loop.exec();
    INFO("the desks took " << clock.elapsed() << " ms");
    REQUIRE(finished == kDesks);
    for (const Desk& d : desks) {
        INFO("desk " << d.number << ": " << d.failures.join(QStringLiteral(" | ")).toStdString());
        CHECK(d.failures.isEmpty());
    }

    const Proc verify = cli(db, {QStringLiteral("consent"), QStringLiteral("verify")});
    CHECK(verify.code == 0);
    CHECK(verify.out.trimmed() == QStringLiteral("ok: %1 events").arg(kDesks * kEach));

    const Proc exported = cli(
        db, {QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(exported.code == 0);
    const QJsonArray events =
        QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == kDesks * kEach);
    QSet<QString> notes;
    QSet<QString> previous;
    QString head;
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        CHECK(e.value(QStringLiteral("event_id")).toInteger() == i + 1); // no gap, no id twice
        // Each append follows the one before it: no two events share a previous hash.
        const QString prev = e.value(QStringLiteral("prev_hash")).toString();
        CHECK(prev == head);
        CHECK_FALSE(previous.contains(prev));
        previous.insert(prev);
        head = e.value(QStringLiteral("hash")).toString();
        notes.insert(e.value(QStringLiteral("note")).toString());
    }
    for (int d = 1; d <= kDesks; ++d)
        for (int n = 0; n < kEach; ++n)
            CHECK(notes.contains(QStringLiteral("desk %1 event %2").arg(d).arg(n)));
}
