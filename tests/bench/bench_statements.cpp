// SPDX-License-Identifier: GPL-3.0-or-later
// Prepared statements kept per connection (StatementCache) against preparing on every call, in
// the same run: 1,000 consent appends and 10,000 client finds. Run:
// ./build/tests/bench/rapport_bench "[statements]" --benchmark-samples 10
#include <catch2/catch.hpp>

#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>

using namespace rapport;

namespace {

const QDateTime kT0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
constexpr int kAppends = 1000;
constexpr int kClients = 100;
constexpr int kFinds = 10000;

struct BenchDb {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    QVector<qint64> clients;
    BenchDb()
    {
        db = std::move(storage::Database::open(dir.filePath(QStringLiteral("statements.db")))).value();
        auto tx = storage::SqlTransaction::begin(*db);
        storage::ClientRepository repo(*db);
        for (int i = 0; i < kClients; ++i) {
            domain::Client c;
            c.name = QStringLiteral("Client %1").arg(i);
            domain::ContactPoint mobile;
            mobile.kind = domain::ContactPoint::Kind::Phone;
            mobile.value = QStringLiteral("+4474001%1").arg(i, 5, 10, QLatin1Char('0'));
            mobile.label = QStringLiteral("Mobile");
            mobile.numberType = domain::NumberType::Mobile;
            domain::ContactPoint email;
            email.kind = domain::ContactPoint::Kind::Email;
            email.value = QStringLiteral("client%1@example.org").arg(i);
            c.contacts = {mobile, email};
            c.preferences = {domain::Channel::Sms, domain::Channel::Email};
            clients << repo.insert(c, kT0).value();
        }
        REQUIRE_FALSE(tx.value().commit().has_value());
    }

    /// 1,000 appends in one transaction, rolled back so every run starts from the same ledger.
    void appends()
    {
        auto tx = storage::SqlTransaction::begin(*db);
        storage::ConsentRepository ledger(*db);
        for (int i = 0; i < kAppends; ++i) {
            domain::ConsentEvent e;
            e.clientId = clients.at(i % kClients);
            e.state = i % 3 ? domain::ConsentState::Granted : domain::ConsentState::Withdrawn;
            e.method = QStringLiteral("written");
            e.effectiveAt = kT0.addSecs(i);
            e.recordedAt = kT0.addSecs(i);
            e.recordedBy = QStringLiteral("reception");
            e.note = QStringLiteral("signed form %1").arg(i);
            if (!ledger.append(e).ok())
                FAIL("append failed");
        }
    }

    /// 10,000 finds (row, contact points, preferences, directives: four statements each).
    int finds()
    {
        storage::ClientRepository repo(*db);
        int contacts = 0;
        for (int i = 0; i < kFinds; ++i)
            contacts += repo.find(clients.at(i % kClients), QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC))
                            .value()
                            .contacts.size();
        return contacts;
    }
};

BenchDb& bench()
{
    static BenchDb b;
    return b;
}

/// The best of `rounds` wall-clock runs of `work`, cached and uncached interleaved, in ms.
std::pair<double, double> bestOf(int rounds, const std::function<void()>& work)
{
    double cached = 1e300, uncached = 1e300;
    storage::StatementCache& cache = bench().db->statements();
    for (int r = 0; r < rounds; ++r) {
        for (const bool on : {true, false}) {
            cache.setEnabled(on);
            QElapsedTimer t;
            t.start();
            work();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            (on ? cached : uncached) = std::min(on ? cached : uncached, ms);
        }
    }
    cache.setEnabled(true);
    return {cached, uncached};
}

} // namespace

TEST_CASE("Statements: 1,000 consent appends, kept prepared against prepared per call", "[bench][statements]")
{
    BenchDb& b = bench();
    storage::StatementCache& cache = b.db->statements();
    cache.setEnabled(true);
    BENCHMARK("1,000 appends, statements kept")
    {
        b.appends();
    };
    cache.setEnabled(false);
    BENCHMARK("1,000 appends, prepared per call")
    {
        b.appends();
    };
    cache.setEnabled(true);
    const auto [kept, each] = bestOf(5, [&] { b.appends(); });
    WARN("1,000 appends, best of 5: kept " << kept << " ms, prepared per call " << each << " ms, ratio "
                                           << kept / each);
}

TEST_CASE("Statements: 10,000 client finds, kept prepared against prepared per call", "[bench][statements]")
{
    BenchDb& b = bench();
    storage::StatementCache& cache = b.db->statements();
    REQUIRE(b.finds() == 2 * kFinds);
    cache.setEnabled(true);
    BENCHMARK("10,000 finds, statements kept")
    {
        return b.finds();
    };
    cache.setEnabled(false);
    BENCHMARK("10,000 finds, prepared per call")
    {
        return b.finds();
    };
    cache.setEnabled(true);
    const auto [kept, each] = bestOf(5, [&] { b.finds(); });
    WARN("10,000 finds, best of 5: kept " << kept << " ms, prepared per call " << each << " ms, ratio " << kept / each);
}
