// SPDX-License-Identifier: GPL-3.0-or-later
// A day's reminder plan for 300 appointments (issue 10: "ready in under 300 ms"), beside a floor
// in the same run: the bare bulk queries that load the same rows, and, for scale, what the plan
// would cost reading each client as the composer does (3 service reads per row).
#include "domain/ContentAnalyser.h"
#include "services/ComposerService.h"
#include "services/ReminderService.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/ReminderPassRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace rapport;

namespace {

struct Figures {
    double minMs = 0;
    double medianMs = 0;
};

Figures timeIt(int runs, const std::function<void()>& f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

} // namespace

TEST_CASE("reminder plan for 300 appointments on one day", "[bench][reminders]")
{
    QTemporaryDir dir;
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("bench.db")));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    REQUIRE_FALSE(
        storage::SettingsRepository(db).setValue(QStringLiteral("practice-name"), QStringLiteral("Calm Hands")));
    domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)); // Tuesday
    const QDate day(2026, 12, 2);
    const QDateTime from = day.startOfDay(QTimeZone(QByteArrayLiteral("Europe/London"))).toUTC();
    const QDateTime to = from.addDays(1);
    constexpr int kAppointments = 300;
    {
        auto tx = storage::SqlTransaction::begin(db);
        REQUIRE(tx.ok());
        storage::ClientRepository clients(db);
        storage::ConsentRepository ledger(db);
        storage::AppointmentRepository appointments(db);
        storage::ContactLogRepository log(db);
        for (int i = 0; i < kAppointments; ++i) {
            domain::Client c;
            c.name = QStringLiteral("Client %1 Example").arg(i);
            c.contacts.push_back({0, domain::ContactPoint::Kind::Phone,
                                  QStringLiteral("+4474001%1").arg(i, 5, 10, QLatin1Char('0')),
                                  QStringLiteral("Mobile"), domain::NumberType::Mobile});
            if (i % 3 != 0)
                c.contacts.push_back({0, domain::ContactPoint::Kind::Email,
                                      QStringLiteral("client%1@example.org").arg(i), QStringLiteral("Email"),
                                      domain::NumberType::Unknown});
            const auto id = clients.insert(c, clock.now());
            REQUIRE(id.ok());
            // Two consent events each (a grant, then for every fifth a withdrawal) and two contacts.
            for (int k = 0; k < (i % 5 == 0 ? 2 : 1); ++k) {
                domain::ConsentEvent e;
                e.clientId = *id;
                e.channel = domain::Channel::Sms;
                e.state = k == 0 ? domain::ConsentState::Granted : domain::ConsentState::Withdrawn;
                e.method = QStringLiteral("written");
                e.effectiveAt = e.recordedAt = clock.now().addDays(-30 + k);
                e.recordedBy = QStringLiteral("bench");
                REQUIRE(ledger.append(e).ok());
            }
            domain::ConsentEvent email;
            email.clientId = *id;
            email.channel = domain::Channel::Email;
            email.scope = domain::Scope::Marketing;
            email.method = QStringLiteral("online-form");
            email.effectiveAt = email.recordedAt = clock.now().addDays(-20);
            REQUIRE(ledger.append(email).ok());
            for (int k = 0; k < 2; ++k) {
                domain::ContactLogEntry entry;
                entry.clientId = *id;
                entry.direction = k == 0 ? domain::Direction::Inbound : domain::Direction::Outbound;
                entry.at = clock.now().addDays(-10 - k);
                entry.text = QStringLiteral("See you then");
                REQUIRE(log.append(entry).ok());
            }
            domain::Appointment a;
            a.clientId = *id;
            a.start = from.addSecs(7 * 3600 + (i % 40) * 15 * 60);
            a.end = a.start.addSecs(3600);
            a.service = QStringLiteral("Sports massage");
            REQUIRE(appointments.insert(a, clock.now()).ok());
        }
        REQUIRE_FALSE(tx.value().commit());
    }

    services::ReminderService reminders(db, clock);
    services::ComposerService composer(db, clock);
    const auto tmpl = reminders.findTemplate(QStringLiteral("appointment-reminder"));
    REQUIRE(tmpl.ok());
    const auto settings = composer.settings();
    REQUIRE(settings.ok());
    // The GUI builds its analyser once (with the medical vocabulary, waited for here).
    const domain::ContentAnalyser analyser = services::ComposerService::analyserFor(*settings);
    const auto warm = reminders.plan(day, *tmpl, &analyser);
    REQUIRE(warm.ok());
    REQUIRE(warm->rows.size() == kAppointments);

    constexpr int kRuns = 30;
    const Figures plan = timeIt(kRuns, [&] {
        const auto p = reminders.plan(day, *tmpl, &analyser);
        REQUIRE(p.ok());
    });
    const Figures floor = timeIt(kRuns, [&] {
        REQUIRE(storage::AppointmentRepository(db).startingBetween(from, to).ok());
        REQUIRE(storage::ClientRepository(db).withAppointmentsBetween(from, to, clock.now()).ok());
        REQUIRE(storage::ConsentRepository(db).forClientsBookedBetween(from, to).ok());
        REQUIRE(storage::ContactLogRepository(db).forClientsBookedBetween(from, to).ok());
        REQUIRE(storage::ReminderPassRepository(db).forTemplateBetween(tmpl->id, from, to).ok());
    });
    const Figures perRow = timeIt(5, [&] {
        const auto listing = storage::AppointmentRepository(db).startingBetween(from, to);
        REQUIRE(listing.ok());
        for (const auto& l : *listing)
            REQUIRE(composer.loadClient(l.appointment.clientId).ok());
    });
    const Figures advice = timeIt(kRuns, [&] {
        for (const auto& row : warm->rows) {
            services::ComposerClientContext ctx;
            ctx.client = row.client;
            (void)services::ComposerService::advise(analyser, ctx, *settings, row.text, tmpl->purpose, clock.now());
        }
    });
    std::printf("reminder plan, %d appointments, best of %d: plan() %.1f ms (median %.1f)\n", kAppointments, kRuns,
                plan.minMs, plan.medianMs);
    std::printf("  floor, the 5 bulk queries alone: %.1f ms (median %.1f); ratio %.1f\n", floor.minMs, floor.medianMs,
                plan.minMs / floor.minMs);
    std::printf("  analysis + advice alone, 300 texts: %.1f ms (median %.1f)\n", advice.minMs, advice.medianMs);
    std::printf("  reading each client as the composer does (loadClient per row), best of 5: %.1f ms\n", perRow.minMs);
    CHECK(plan.medianMs < 300.0);
}
