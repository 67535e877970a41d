// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Appointment.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QVector>
#include <optional>

namespace rapport::storage {

class Database;

/// Appointments of clients.
///
/// Contract: takes and returns domain values; never opens a transaction (services hold a
/// SqlTransaction); portable SQL. Times are kept to the millisecond, in UTC. An unknown id is an
/// Error of kind InvalidInput naming the field `id`; SQL failures (the CHECK that the end is after
/// the start, the unique calendar UID) an Error of kind Database. Validation of what may be
/// written (a known, not erased client; end after start) is the service's. Use on the
/// Database's thread only.
class AppointmentRepository {
public:
    explicit AppointmentRepository(const Database& db);

    /// A scalar subquery for the start (stored text) of the next appointment of the client row
    /// aliased `c`: the earliest booked one starting at or after one bound value, `now` (toDbTime).
    /// For the client queries, which read it beside each client; it walks appointments_by_client.
    static QString nextStartSubquery();
    /// A subquery for the ids of clients with a booked appointment starting in [from, to): two
    /// bound values, from and to (toDbTime). For loading a day's clients in bulk (the reminder
    /// plan); it walks appointments_by_start.
    static QString clientsBookedBetweenSubquery();

    /// Inserts `a` (its id is ignored); `now` becomes created_at and updated_at. Returns the id.
    domain::Result<qint64> insert(const domain::Appointment& a, const QDateTime& now);
    /// Rewrites start, end, service, location and status of appointment `a.id` (its client,
    /// source and calendar ids stay); `now` becomes updated_at.
    domain::Status update(const domain::Appointment& a, const QDateTime& now);
    domain::Result<domain::Appointment> find(qint64 id) const;
    /// The appointment a calendar import wrote for this event, if any.
    domain::Result<std::optional<domain::Appointment>> findByExternalUid(const QString& source, const QString& uid,
                                                                         const QString& recurrenceId) const;
    /// Appointments a calendar import wrote from `source` starting in [from, to), every status,
    /// by start then id (to find those gone from the calendar since the last import).
    domain::Result<QVector<domain::Appointment>> fromSourceBetween(const QString& source, const QDateTime& from,
                                                                   const QDateTime& to) const;
    /// The client's appointments, every status, by start (oldest first).
    domain::Result<QVector<domain::Appointment>> forClient(qint64 clientId) const;
    /// The client's earliest booked appointment starting at or after `now`.
    domain::Result<std::optional<domain::Appointment>> nextFor(qint64 clientId, const QDateTime& now) const;
    /// Appointments starting in [from, to), every status, of clients not erased, by start then id,
    /// with the client's name.
    domain::Result<QVector<domain::AppointmentListing>> startingBetween(const QDateTime& from,
                                                                        const QDateTime& to) const;
    /// Deletes every appointment of the client (erasure: the client row stays); returns how many.
    domain::Result<int> removeForClient(qint64 clientId);

private:
    const Database& m_db;
};

} // namespace rapport::storage
