// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures follow ConsentLedger's rule for the current state of a consent line,
// the rule the client list's badges use: on generated histories (ties in effective and
// recorded time, events that take effect later, archived and erased clients) the SQL of
// ConsentRepository::currentLinesSql() and ConsentLedger::currentState agree on every line.
#include "TestDatabase.h"
#include "domain/ConsentLedger.h"
#include "services/DashboardService.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace rapport;
using domain::Channel;
using domain::ConsentState;
using domain::Scope;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC);

struct Generated {
    QHash<qint64, QVector<domain::ConsentEvent>> events; ///< as stored, by client
    QSet<qint64> hidden;                                 ///< archived or erased
};

Generated generate(storage::Database& db, quint32 seed, int clients)
{
    QRandomGenerator rng(seed);
    Generated g;
    auto tx = storage::SqlTransaction::begin(db);
    REQUIRE(tx.ok());
    storage::ClientRepository clientRepo(db);
    storage::ConsentRepository ledger(db);
    const Channel channels[] = {Channel::Sms, Channel::Email, Channel::Phone};
    const Scope scopes[] = {Scope::Service, Scope::Marketing};
    const ConsentState states[] = {ConsentState::Granted, ConsentState::Withdrawn, ConsentState::Refused,
                                   ConsentState::Imported};
    for (int i = 0; i < clients; ++i) {
        domain::Client c;
        c.name = QStringLiteral("Client %1").arg(i);
        c.preferredName = QStringLiteral("");
        c.timeZone = QStringLiteral("");
        c.notes = QStringLiteral("");
        const auto id = clientRepo.insert(c, kNow.addDays(-400));
        REQUIRE(id.ok());
        const int n = int(rng.bounded(7)); // 0 to 6 events
        for (int k = 0; k < n; ++k) {
            domain::ConsentEvent e;
            e.clientId = *id;
            e.channel = channels[rng.bounded(3)];
            e.scope = scopes[rng.bounded(2)];
            e.state = states[rng.bounded(4)];
            e.method = e.state == ConsentState::Imported ? QStringLiteral("imported") : QStringLiteral("verbal");
            // Few distinct times, so ties in effective time (and in recorded time) are common;
            // one in eight takes effect after `now`.
            e.effectiveAt = kNow.addDays(-int(rng.bounded(4)) * 30 + (rng.bounded(8) == 0 ? 45 : 0));
            e.recordedAt = kNow.addDays(-int(rng.bounded(3)) * 10);
            e.recordedBy = QStringLiteral("generator");
            const auto stored = ledger.append(e);
            REQUIRE(stored.ok());
            g.events[*id].push_back(stored.value());
        }
        const int fate = int(rng.bounded(10));
        if (fate == 0) {
            REQUIRE_FALSE(clientRepo.setArchived(*id, true, kNow));
            g.hidden.insert(*id);
        } else if (fate == 1) {
            REQUIRE_FALSE(clientRepo.erase(*id, kNow));
            g.hidden.insert(*id);
        } else {
            g.events[*id]; // a visible client, maybe without events
        }
    }
    REQUIRE_FALSE(tx.value().commit());
    return g;
}

} // namespace

TEST_CASE("Dashboard coverage and work queue agree with ConsentLedger on generated histories", "[dashboard]")
{
    for (const quint32 seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        QTemporaryDir dir;
        auto db = rapport::testing::openTestDatabase(dir, QStringLiteral("d.sqlite"));
        REQUIRE(db.ok());
        const Generated g = generate(*db.value(), seed, 300);
        services::DashboardService dashboard(*db.value());

        for (const QDateTime& at : {kNow, kNow.addDays(-35), kNow.addDays(60)}) {
            INFO("at " << at.toString(Qt::ISODate).toStdString());
            // Expected, line by line, from the domain rule.
            QHash<QString, domain::ConsentCoverage> expected;
            QVector<domain::PendingConsent> expectedPending;
            for (auto it = g.events.cbegin(); it != g.events.cend(); ++it) {
                if (g.hidden.contains(it.key()))
                    continue;
                for (const auto& line : domain::ConsentLedger::currentStates(it.value(), at)) {
                    auto& cov = expected[domain::toString(line.channel) + domain::toString(line.scope)];
                    cov.channel = line.channel;
                    cov.scope = line.scope;
                    if (!line.event)
                        ++cov.none;
                    else if (line.event->state == ConsentState::Granted)
                        ++cov.granted;
                    else if (line.event->state == ConsentState::Imported) {
                        ++cov.imported;
                        domain::PendingConsent p;
                        p.clientId = it.key();
                        p.channel = line.channel;
                        p.scope = line.scope;
                        p.effectiveAt = line.event->effectiveAt;
                        expectedPending.push_back(p);
                    } else
                        ++cov.withdrawn;
                }
            }
            const auto coverage = dashboard.coverage(at);
            REQUIRE(coverage.ok());
            REQUIRE(coverage->size() == 6);
            for (const auto& got : coverage.value()) {
                const auto want = expected.value(domain::toString(got.channel) + domain::toString(got.scope));
                INFO(domain::toString(got.channel).toStdString() << "/" << domain::toString(got.scope).toStdString());
                CHECK(got.granted == want.granted);
                CHECK(got.imported == want.imported);
                CHECK(got.withdrawn == want.withdrawn);
                CHECK(got.none == want.none);
            }
            int total = -1;
            const auto pending = dashboard.pendingConfirmations(at, 100000, &total);
            REQUIRE(pending.ok());
            CHECK(total == expectedPending.size());
            REQUIRE(pending->size() == expectedPending.size());
            QSet<QString> want, got;
            for (const auto& p : expectedPending)
                want.insert(QStringLiteral("%1/%2/%3/%4")
                                .arg(p.clientId)
                                .arg(domain::toString(p.channel), domain::toString(p.scope),
                                     p.effectiveAt.toUTC().toString(Qt::ISODateWithMs)));
            for (const auto& p : pending.value())
                got.insert(QStringLiteral("%1/%2/%3/%4")
                               .arg(p.clientId)
                               .arg(domain::toString(p.channel), domain::toString(p.scope),
                                    p.effectiveAt.toUTC().toString(Qt::ISODateWithMs)));
            CHECK(got == want);
        }
    }
}
