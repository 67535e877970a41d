// SPDX-License-Identifier: GPL-3.0-or-later
// Consent ledger: verify over 100,000 events; durable appends. Run: ./build/tests/bench/rapport_bench "[ledger]"
#include <catch2/catch.hpp>

#include "services/ConsentService.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace rapport;

namespace {

constexpr int kEvents = 100000;

/// The 100,000-event ledger, built once per run in a temporary file.
struct BenchLedger {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    qint64 client = 0;
    BenchLedger()
    {
        db = std::move(storage::Database::open(dir.filePath(QStringLiteral("bench.db")))).value();
        const QDateTime t0(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        QElapsedTimer timer;
        timer.start();
        auto tx = storage::SqlTransaction::begin(*db);
        storage::ClientRepository clients(*db);
        domain::Client c;
        c.name = QStringLiteral("Bench Client");
        client = clients.insert(c, t0).value();
        storage::ConsentRepository ledger(*db);
        for (int i = 0; i < kEvents; ++i) {
            domain::ConsentEvent e;
            e.clientId = client;
            e.state = i % 3 ? domain::ConsentState::Granted : domain::ConsentState::Withdrawn;
            e.method = QStringLiteral("written");
            e.effectiveAt = t0.addSecs(i);
            e.recordedAt = t0.addSecs(i);
            e.recordedBy = QStringLiteral("reception");
            e.note = QStringLiteral("signed form %1").arg(i);
            if (!ledger.append(e).ok())
                FAIL("append failed");
        }
        REQUIRE_FALSE(tx.value().commit().has_value());
        WARN("built " << kEvents << " events in one transaction in " << timer.elapsed() << " ms");
    }
};

BenchLedger& ledger()
{
    static BenchLedger l;
    return l;
}

} // namespace

TEST_CASE("consent verify on 100,000 events", "[ledger][bench]")
{
    auto& l = ledger();
    storage::ConsentRepository repo(*l.db);
    {
        QElapsedTimer timer;
        timer.start();
        const auto check = repo.verify().value();
        WARN("one verify of " << check.count << " events: " << timer.elapsed() << " ms");
        REQUIRE(check.ok);
        REQUIRE(check.count == kEvents);
    }
    BENCHMARK("verify 100,000 events")
    {
        return repo.verify().value().count;
    };
}

TEST_CASE("durable consent append (own transaction, synchronous=FULL)", "[ledger][bench]")
{
    auto& l = ledger();
    domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
    services::ConsentService svc(*l.db, clock);
    services::ConsentRequest r;
    r.clientId = l.client;
    r.method = QStringLiteral("verbal");
    r.note = QStringLiteral("bench");
    BENCHMARK("ConsentService::record, one event per transaction")
    {
        return svc.record(r).value().id;
    };
}
