// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Appointment.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QVector>
#include <optional>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// When and what: for add() every field may be given; for move() only those given change.
/// The end is `end` when given, else `start` plus `minutes` (add: default
/// Appointment::kDefaultMinutes; move: the appointment's current length).
/// Error fields: client, id, start, end, minutes, status (the CLI's options).
struct AppointmentChanges {
    std::optional<QDateTime> start;
    std::optional<QDateTime> end;
    std::optional<int> minutes;
    std::optional<QString> service;
    std::optional<QString> location;
};

/// Appointment use cases. Each write opens one SqlTransaction, validates first and saves all or
/// nothing; times come from the injected Clock. Only a client that exists, is not erased and is
/// not archived can be booked; an appointment must end after it starts and last at most a day.
class AppointmentService {
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)

public:
    /// The longest appointment accepted, in minutes.
    static constexpr int kMaxMinutes = 24 * 60;

    AppointmentService(const storage::Database& db, const domain::Clock& clock);

    /// Books an appointment for `clientId` (source manual unless `source` says otherwise);
    /// `changes.start` is required. Returns it as saved.
    domain::Result<domain::Appointment> add(qint64 clientId, const AppointmentChanges& changes,
                                            const QString& source = domain::Appointment::manualSource());
    /// Moves (new start and/or end) and edits service or location of a booked appointment.
    domain::Result<domain::Appointment> move(qint64 appointmentId, const AppointmentChanges& changes);
    /// Cancels a booked appointment (one already cancelled stays as it is and is returned).
    domain::Result<domain::Appointment> cancel(qint64 appointmentId);
    /// Records that the client came / did not come (a booked one, or to correct the other mark).
    domain::Result<domain::Appointment> markAttended(qint64 appointmentId);
    domain::Result<domain::Appointment> markNoShow(qint64 appointmentId);

    domain::Result<domain::Appointment> find(qint64 appointmentId) const;
    /// The client's appointments, every status, oldest first.
    domain::Result<QVector<domain::Appointment>> forClient(qint64 clientId) const;
    /// The client's earliest booked appointment starting at or after the clock's now.
    domain::Result<std::optional<domain::Appointment>> nextFor(qint64 clientId) const;
    /// Appointments (every status) starting on `day` in the practice's time zone (the
    /// `time-zone` setting), by start, with each client's name.
    domain::Result<QVector<domain::AppointmentListing>> forDay(const QDate& day) const;
    /// The practice's time zone (Europe/London when the setting is not a known zone).
    domain::Result<QTimeZone> practiceZone() const;

    /// Makes `nextStart` the client's next appointment, inside the caller's transaction (for
    /// ClientService's next-appointment field): an invalid time cancels the current next one;
    /// a valid one moves the current next one there (keeping its length) or books a new one
    /// (Appointment::kDefaultMinutes). Nothing changes when it is already the next one.
    static domain::Status setNextInTransaction(const storage::Database& db, qint64 clientId, const QDateTime& nextStart,
                                               const QDateTime& now);

private:
    domain::Result<domain::Appointment> setStatus(qint64 appointmentId, domain::AppointmentStatus status);

    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
