// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL beside SQLite, in the same run: see README.md, "PostgreSQL". Needs a server where
// the given role may create databases, named by RAPPORT_BENCH_PG_URL (a loopback TCP URL for
// the figures; the throwaway cluster does: RAPPORT_PG_FSYNC=on tests/pg/cluster.sh
// start /tmp/rapport-pg-bench 55432, then postgresql://postgres@127.0.0.1:55432/postgres).
#include "clients/ClientListModel.h"
#include "ui/LargeClientFixture.h"

#include "domain/Clock.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/LiveUpdates.h"
#include "storage/Database.h"
#include "storage/PracticeCopy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>
#include <unistd.h>

using namespace rapport;

namespace {

QString baseUrl()
{
    return qEnvironmentVariable("RAPPORT_BENCH_PG_URL");
}

/// A new empty database on the benchmark server (dropped first when a run left it): its URL.
QString freshDatabase(const QString& name)
{
    const QUrl url(baseUrl());
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        const QUrlQuery query(url);
        c.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                                 : url.host());
        if (url.port() > 0)
            c.setPort(url.port());
        if (query.hasQueryItem(QStringLiteral("port")))
            c.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
        c.setUserName(url.userName());
        c.setDatabaseName(url.path().mid(1));
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)));
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    QUrl made(url);
    made.setPath(QLatin1Char('/') + name);
    return made.toString();
}

struct Figures {
    double median = 0;
    double p90 = 0;
    double max = 0;
};

Figures figures(QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    return {ms[ms.size() / 2], ms[int(ms.size() * 0.9)], ms.last()};
}

QString show(const Figures& f)
{
    return QStringLiteral("median %1 ms, p90 %2 ms, max %3 ms")
        .arg(f.median, 0, 'f', 2)
        .arg(f.p90, 0, 'f', 2)
        .arg(f.max, 0, 'f', 2);
}

/// The 100,000-client fixture in a PostgreSQL database, copied once per run.
storage::Database& largeOnPostgres(qint64* copyMs = nullptr)
{
    static std::unique_ptr<storage::Database> sqlite = testing::openLargeFixture(100000);
    static std::unique_ptr<storage::Database> pg;
    static qint64 took = 0;
    if (!pg && qEnvironmentVariableIsSet("RAPPORT_BENCH_PG_REUSE")) {
        // A copy a previous run made (its time is then not measured again).
        QUrl url(baseUrl());
        url.setPath(QStringLiteral("/rapport_bench_100k"));
        auto opened = storage::Database::open(url.toString());
        if (opened) {
            QSqlQuery q(opened.value()->connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next() && q.value(0).toInt() == 100000)
                pg = std::move(opened).value();
        }
    }
    if (!pg) {
        const QString url = freshDatabase(QStringLiteral("rapport_bench_100k"));
        auto opened = storage::Database::open(url);
        REQUIRE(opened.ok());
        pg = std::move(opened).value();
        QElapsedTimer t;
        t.start();
        const auto copied = storage::PracticeCopy::copy(*sqlite, *pg);
        took = t.elapsed();
        INFO((copied ? QString() : copied.error().message).toStdString());
        REQUIRE(copied.ok());
        QSqlQuery analyze(pg->connection());
        REQUIRE(analyze.exec(QStringLiteral("ANALYZE")));
    }
    if (copyMs)
        *copyMs = took;
    return *pg;
}

} // namespace

TEST_CASE("PostgreSQL beside SQLite: migrate-to of 100,000 clients, both ways", "[bench][postgres][migrate]")
{
    if (baseUrl().isEmpty())
        FAIL("set RAPPORT_BENCH_PG_URL (see the top of bench_postgres.cpp)");
    qint64 in = 0;
    storage::Database& pg = largeOnPostgres(&in);
    QTemporaryDir dir;
    auto file = storage::Database::open(dir.filePath(QStringLiteral("back.sqlite")));
    REQUIRE(file.ok());
    QElapsedTimer t;
    t.start();
    const auto back = storage::PracticeCopy::copy(pg, *file.value());
    const qint64 out = t.elapsed();
    REQUIRE(back.ok());
    WARN("migrate-to, 100,000 clients, " << back->events << " events, every table read back and compared: file -> "
                                         << "PostgreSQL " << in << " ms; PostgreSQL -> new file " << out << " ms");
}

TEST_CASE("PostgreSQL beside SQLite: the search keystroke at 100,000 clients", "[bench][postgres][search]")
{
    if (baseUrl().isEmpty())
        FAIL("set RAPPORT_BENCH_PG_URL (see the top of bench_postgres.cpp)");
    static std::unique_ptr<storage::Database> sqlite = testing::openLargeFixture(100000);
    storage::Database& pg = largeOnPostgres();
    const QDateTime now(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC);
    const QVector<QPair<QString, QString>> pairs{
        {QString(), QStringLiteral("m")},
        {QStringLiteral("m"), QStringLiteral("ma")},
        {QStringLiteral("may"), QStringLiteral("maya")},
        {QStringLiteral("maya k"), QStringLiteral("maya ko")},
        {QStringLiteral("07700 01"), QStringLiteral("07700 012")},
    };
    for (auto* db : {sqlite.get(), &pg}) {
        ui::ClientListModel model(*db, [now] { return now; });
        model.setSearch(QString());
        for (const auto& [a, b] : pairs) {
            QVector<double> ms;
            int rows = 0;
            for (int i = 0; i < 60; ++i) {
                QElapsedTimer t;
                t.start();
                model.setSearch(i % 2 ? b : a);
                rows = model.rowCount();
                ms << t.nsecsElapsed() / 1e6;
            }
            WARN((db->isPostgres() ? "PostgreSQL" : "SQLite")
                 << " keystroke '" << a.toStdString() << "' <-> '" << b.toStdString()
                 << "': " << show(figures(ms)).toStdString() << " (" << rows << " rows shown)");
        }
    }
}

TEST_CASE("PostgreSQL beside SQLite: a durable consent append, one desk and four at once", "[bench][postgres][append]")
{
    if (baseUrl().isEmpty())
        FAIL("set RAPPORT_BENCH_PG_URL (see the top of bench_postgres.cpp)");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("appends.sqlite"));
    const QString url = freshDatabase(QStringLiteral("rapport_bench_appends"));
    for (const QString& where : {file, url}) {
        qint64 client = 0;
        {
            auto db = storage::Database::open(where);
            REQUIRE(db.ok());
            domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
            services::ClientChanges c;
            c.name = QStringLiteral("Ana Silva");
            client = services::ClientService(*db.value(), clock).add(c).value();
        }
        const auto desk = [&](int appends, QVector<double>* ms) {
            auto db = storage::Database::open(where); // no Catch assertion here: it runs on threads
            if (!db)
                return false;
            domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
            services::ConsentService svc(*db.value(), clock);
            services::ConsentRequest r;
            r.clientId = client;
            r.method = QStringLiteral("verbal");
            r.note = QStringLiteral("bench");
            for (int i = 0; i < appends; ++i) {
                QElapsedTimer t;
                t.start();
                if (!svc.record(r))
                    return false;
                ms->push_back(t.nsecsElapsed() / 1e6);
            }
            return true;
        };
        const char* name = storage::Database::isServerUrl(where) ? "PostgreSQL" : "SQLite";
        QVector<double> one;
        REQUIRE(desk(300, &one));
        WARN(name << ", one desk, 300 appends each in its own transaction: " << show(figures(one)).toStdString());
        QVector<QVector<double>> four(4);
        std::atomic<int> failed{0};
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> threads;
        for (int d = 0; d < 4; ++d)
            threads.emplace_back([&, d] {
                if (!desk(150, &four[d]))
                    ++failed;
            });
        for (auto& t : threads)
            t.join();
        const qint64 took = wall.elapsed();
        CHECK(failed == 0);
        QVector<double> all;
        for (const auto& d : four)
            all += d;
        WARN(name << ", four desks at once, 150 appends each: " << show(figures(all)).toStdString() << "; "
                  << all.size() << " appends in " << took << " ms (" << int(all.size() * 1000.0 / qMax<qint64>(1, took))
                  << " a second)");
    }
}

TEST_CASE("PostgreSQL: from a consent recorded at one desk to the other desk hearing it", "[bench][postgres][live]")
{
    if (baseUrl().isEmpty())
        FAIL("set RAPPORT_BENCH_PG_URL (see the top of bench_postgres.cpp)");
    const QString url = freshDatabase(QStringLiteral("rapport_bench_live"));
    auto writer = storage::Database::open(url);
    REQUIRE(writer.ok());
    domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
    services::ClientChanges c;
    c.name = QStringLiteral("Ana Silva");
    const qint64 client = services::ClientService(*writer.value(), clock).add(c).value();
    auto reader = storage::Database::open(url);
    REQUIRE(reader.ok());
    auto live = services::LiveUpdates::start(*reader.value());
    REQUIRE(live.ok());
    REQUIRE(live.value());
    services::ConsentService svc(*writer.value(), clock);
    services::ConsentRequest r;
    r.clientId = client;
    r.method = QStringLiteral("verbal");
    QVector<double> ms;
    for (int i = 0; i < 30; ++i) {
        QEventLoop loop;
        bool heard = false;
        const auto connection = QObject::connect(live.value().get(), &services::LiveUpdates::clientsChanged, &loop,
                                                 [&](const QSet<qint64>& ids) {
                                                     heard = ids.contains(client);
                                                     loop.quit();
                                                 });
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        REQUIRE(svc.record(r).ok()); // committed when it returns
        loop.exec();
        QObject::disconnect(connection);
        REQUIRE(heard);
        ms << t.nsecsElapsed() / 1e6;
    }
    WARN("from ConsentService::record at one desk to LiveUpdates::clientsChanged at another (its "
         << services::LiveUpdates::kGatherMs << " ms gathering included): " << show(figures(ms)).toStdString());
}
