// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// Where an appointment stands. Only a booked appointment can be a client's next one.
enum class AppointmentStatus { Booked, Cancelled, Attended, NoShow };
/// `booked`, `cancelled`, `attended`, `no-show` (as stored and as the CLI prints them).
QString toString(AppointmentStatus s);
std::optional<AppointmentStatus> appointmentStatusFromString(const QString& s);
QVector<AppointmentStatus> allAppointmentStatuses();

/// One appointment of one client: a plain value, no behaviour beyond what its fields say.
///
/// `source` says where it came from: `manual` (typed in the app or the CLI), `migrated` (the
/// single next-appointment field of schema 5 and earlier), or `ics:<calendar id>` for a calendar
/// import. A calendar import identifies its events by `externalUid` (the event's UID) and
/// `recurrenceId` (empty for a single event or a series' master, else the instance's
/// RECURRENCE-ID as text): (source, externalUid, recurrenceId) is unique in the database when
/// externalUid is not empty, so re-importing updates instead of duplicating.
struct Appointment {
    /// The source of appointments typed in by a person.
    static QString manualSource() { return QStringLiteral("manual"); }
    /// The source of appointments made from the old next-appointment field by schema step 6.
    static QString migratedSource() { return QStringLiteral("migrated"); }
    /// The length given to an appointment when only its start is known.
    static constexpr int kDefaultMinutes = 60;

    qint64 id = 0;
    qint64 clientId = 0;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC, after start
    QString service; ///< e.g. "Sports massage 60 min"; may be empty
    QString location;
    AppointmentStatus status = AppointmentStatus::Booked;
    QString source = manualSource();
    QString externalUid;  ///< calendar UID; empty when not imported
    QString recurrenceId; ///< calendar RECURRENCE-ID; empty for none
    QDateTime createdAt;  ///< UTC
    QDateTime updatedAt;  ///< UTC

    bool isBooked() const { return status == AppointmentStatus::Booked; }
    /// Length in whole minutes (0 when a time is invalid).
    int minutes() const { return start.isValid() && end.isValid() ? int(start.secsTo(end) / 60) : 0; }
};

/// An appointment with its client's name, for lists of a day (the client may be archived).
struct AppointmentListing {
    Appointment appointment;
    QString clientName;
    QString preferredName;
};

} // namespace rapport::domain
