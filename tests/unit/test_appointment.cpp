// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Appointment.h"

#include <catch2/catch.hpp>

using namespace rapport::domain;

TEST_CASE("appointment statuses read back from their stored words", "[domain][appointments]")
{
    const QStringList words{QStringLiteral("booked"), QStringLiteral("cancelled"), QStringLiteral("attended"),
                            QStringLiteral("no-show")};
    const auto all = allAppointmentStatuses();
    REQUIRE(all.size() == words.size());
    for (int i = 0; i < all.size(); ++i) {
        CHECK(toString(all[i]) == words[i]);
        CHECK(appointmentStatusFromString(words[i]) == all[i]);
    }
    CHECK_FALSE(appointmentStatusFromString(QStringLiteral("Booked")).has_value());
    CHECK_FALSE(appointmentStatusFromString(QStringLiteral("noshow")).has_value());
}

TEST_CASE("a new appointment is booked, typed in by hand, and knows its length", "[domain][appointments]")
{
    Appointment a;
    CHECK(a.isBooked());
    CHECK(a.source == QLatin1String("manual"));
    CHECK(a.minutes() == 0);
    a.start = QDateTime(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);
    a.end = a.start.addSecs(45 * 60);
    CHECK(a.minutes() == 45);
    a.status = AppointmentStatus::Cancelled;
    CHECK_FALSE(a.isBooked());
}
