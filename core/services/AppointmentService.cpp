// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AppointmentService.h"

#include "services/SettingsService.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

namespace rapport::services {

using domain::Appointment;
using domain::AppointmentStatus;
using domain::Error;
using domain::Result;
using domain::Status;
using storage::AppointmentRepository;
using storage::SqlTransaction;

namespace {

QString statusWord(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Booked:
        return AppointmentService::tr("booked");
    case AppointmentStatus::Cancelled:
        return AppointmentService::tr("cancelled");
    case AppointmentStatus::Attended:
        return AppointmentService::tr("attended");
    case AppointmentStatus::NoShow:
        return AppointmentService::tr("a no-show");
    }
    return {};
}

/// The client may be booked: it exists and is neither erased nor archived.
Status bookable(const storage::Database& db, qint64 clientId)
{
    const auto client = storage::ClientRepository(db).find(clientId, QDateTime());
    if (!client) {
        if (client.error().kind == Error::Kind::Database)
            return client.error();
        return Error::invalid(AppointmentService::tr("There is no client with id %1.").arg(clientId),
                              QStringLiteral("client"));
    }
    if (client->erased)
        return Error::invalid(AppointmentService::tr("Client %1 was erased: they cannot be booked.").arg(clientId),
                              QStringLiteral("client"));
    if (client->archived)
        return Error::invalid(
            AppointmentService::tr("%1 is archived: unarchive them to book an appointment.").arg(client->name),
            QStringLiteral("client"));
    return std::nullopt;
}

/// Applies start, end or minutes, and service and location, to `a`; checks the times.
Status applyChanges(Appointment& a, const AppointmentChanges& ch, int defaultMinutes)
{
    if (ch.start) {
        if (!ch.start->isValid())
            return Error::invalid(AppointmentService::tr("The start is not a valid time."), QStringLiteral("start"));
        a.start = ch.start->toUTC();
    }
    if (!a.start.isValid())
        return Error::invalid(AppointmentService::tr("An appointment needs a start time."), QStringLiteral("start"));
    if (ch.end && ch.minutes)
        return Error::invalid(AppointmentService::tr("Give the end or the length, not both."), QStringLiteral("end"));
    if (ch.end) {
        if (!ch.end->isValid())
            return Error::invalid(AppointmentService::tr("The end is not a valid time."), QStringLiteral("end"));
        a.end = ch.end->toUTC();
    } else {
        const int minutes = ch.minutes.value_or(defaultMinutes);
        if (minutes <= 0 || minutes > AppointmentService::kMaxMinutes)
            return Error::invalid(AppointmentService::tr("The length must be between 1 and %1 minutes, not %2.")
                                      .arg(AppointmentService::kMaxMinutes)
                                      .arg(minutes),
                                  QStringLiteral("minutes"));
        a.end = a.start.addSecs(qint64(minutes) * 60);
    }
    if (a.end <= a.start)
        return Error::invalid(AppointmentService::tr("The end (%1) must be after the start (%2).")
                                  .arg(a.end.toString(Qt::ISODate), a.start.toString(Qt::ISODate)),
                              QStringLiteral("end"));
    if (a.start.secsTo(a.end) > qint64(AppointmentService::kMaxMinutes) * 60)
        return Error::invalid(AppointmentService::tr("An appointment lasts at most a day; this one ends %1.")
                                  .arg(a.end.toString(Qt::ISODate)),
                              QStringLiteral("end"));
    if (ch.service)
        a.service = ch.service->trimmed();
    if (ch.location)
        a.location = ch.location->trimmed();
    return std::nullopt;
}

} // namespace

AppointmentService::AppointmentService(const storage::Database& db, const domain::Clock& clock)
    : m_db(db), m_clock(clock)
{
}

Result<Appointment> AppointmentService::add(qint64 clientId, const AppointmentChanges& changes, const QString& source)
{
    if (!changes.start)
        return Error::invalid(tr("An appointment needs a start time."), QStringLiteral("start"));
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = bookable(m_db, clientId))
        return *e;
    Appointment a;
    a.clientId = clientId;
    a.source = source.isEmpty() ? Appointment::manualSource() : source;
    if (auto e = applyChanges(a, changes, Appointment::kDefaultMinutes))
        return *e;
    AppointmentRepository repo(m_db);
    const auto id = repo.insert(a, m_clock.now().toUTC());
    if (!id)
        return id.error();
    auto saved = repo.find(*id);
    if (!saved)
        return saved.error();
    if (auto e = tx.value().commit())
        return *e;
    return saved;
}

Result<Appointment> AppointmentService::move(qint64 appointmentId, const AppointmentChanges& changes)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    AppointmentRepository repo(m_db);
    auto found = repo.find(appointmentId);
    if (!found)
        return found.error();
    Appointment a = found.value();
    if (!a.isBooked())
        return Error::invalid(tr("Appointment %1 is %2: only a booked appointment can be moved.")
                                  .arg(appointmentId)
                                  .arg(statusWord(a.status)),
                              QStringLiteral("status"));
    if (auto e = bookable(m_db, a.clientId))
        return *e;
    AppointmentChanges ch = changes;
    // A new start alone keeps the length; a new end alone keeps the start.
    if (auto e = applyChanges(a, ch, a.minutes() > 0 ? a.minutes() : Appointment::kDefaultMinutes))
        return *e;
    if (auto e = repo.update(a, m_clock.now().toUTC()))
        return *e;
    auto saved = repo.find(appointmentId);
    if (!saved)
        return saved.error();
    if (auto e = tx.value().commit())
        return *e;
    return saved;
}

Result<Appointment> AppointmentService::setStatus(qint64 appointmentId, AppointmentStatus status)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    AppointmentRepository repo(m_db);
    auto found = repo.find(appointmentId);
    if (!found)
        return found.error();
    Appointment a = found.value();
    if (a.status == status)
        return a;
    const bool mark = status == AppointmentStatus::Attended || status == AppointmentStatus::NoShow;
    const bool allowed = a.isBooked() || (mark && a.status != AppointmentStatus::Cancelled);
    if (!allowed)
        return Error::invalid(tr("Appointment %1 is %2 and cannot become %3.")
                                  .arg(appointmentId)
                                  .arg(statusWord(a.status), statusWord(status)),
                              QStringLiteral("status"));
    a.status = status;
    if (auto e = repo.update(a, m_clock.now().toUTC()))
        return *e;
    auto saved = repo.find(appointmentId);
    if (!saved)
        return saved.error();
    if (auto e = tx.value().commit())
        return *e;
    return saved;
}

Result<Appointment> AppointmentService::cancel(qint64 appointmentId)
{
    return setStatus(appointmentId, AppointmentStatus::Cancelled);
}

Result<Appointment> AppointmentService::markAttended(qint64 appointmentId)
{
    return setStatus(appointmentId, AppointmentStatus::Attended);
}

Result<Appointment> AppointmentService::markNoShow(qint64 appointmentId)
{
    return setStatus(appointmentId, AppointmentStatus::NoShow);
}

Result<Appointment> AppointmentService::find(qint64 appointmentId) const
{
    return AppointmentRepository(m_db).find(appointmentId);
}

Result<QVector<Appointment>> AppointmentService::forClient(qint64 clientId) const
{
    const auto client = storage::ClientRepository(m_db).find(clientId, QDateTime());
    if (!client) {
        if (client.error().kind == Error::Kind::Database)
            return client.error();
        return Error::invalid(tr("There is no client with id %1.").arg(clientId), QStringLiteral("client"));
    }
    return AppointmentRepository(m_db).forClient(clientId);
}

Result<std::optional<Appointment>> AppointmentService::nextFor(qint64 clientId) const
{
    return AppointmentRepository(m_db).nextFor(clientId, m_clock.now().toUTC());
}

Result<QTimeZone> AppointmentService::practiceZone() const
{
    const auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    const QTimeZone zone(settings->timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/London"));
}

Result<QVector<domain::AppointmentListing>> AppointmentService::forDay(const QDate& day) const
{
    if (!day.isValid())
        return Error::invalid(tr("The day is not a valid date."), QStringLiteral("date"));
    const auto zone = practiceZone();
    if (!zone)
        return zone.error();
    return AppointmentRepository(m_db).startingBetween(day.startOfDay(*zone).toUTC(),
                                                       day.addDays(1).startOfDay(*zone).toUTC());
}

Status AppointmentService::setNextInTransaction(const storage::Database& db, qint64 clientId,
                                                const QDateTime& nextStart, const QDateTime& now)
{
    AppointmentRepository repo(db);
    const auto current = repo.nextFor(clientId, now);
    if (!current)
        return current.error();
    if (!nextStart.isValid()) {
        if (!current->has_value())
            return std::nullopt;
        Appointment a = **current;
        a.status = AppointmentStatus::Cancelled;
        return repo.update(a, now);
    }
    const QDateTime start = nextStart.toUTC();
    if (current->has_value()) {
        Appointment a = **current;
        if (a.start == start)
            return std::nullopt;
        const int minutes = a.minutes() > 0 ? a.minutes() : Appointment::kDefaultMinutes;
        a.start = start;
        a.end = start.addSecs(qint64(minutes) * 60);
        return repo.update(a, now);
    }
    Appointment a;
    a.clientId = clientId;
    a.start = start;
    a.end = start.addSecs(qint64(Appointment::kDefaultMinutes) * 60);
    const auto id = repo.insert(a, now);
    if (!id)
        return id.error();
    return std::nullopt;
}

} // namespace rapport::services
