// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AppointmentRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Appointment;
using domain::Error;
using domain::Result;
using domain::Status;

namespace {
const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading appointments");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving an appointment");

const QString kColumns =
    QStringLiteral("a.id, a.client_id, a.starts_at, a.ends_at, a.service, a.location, a.status, a.source, "
                   "a.external_uid, a.recurrence_id, a.created_at, a.updated_at");

Appointment fromRow(const QSqlQuery& q, int first = 0)
{
    Appointment a;
    a.id = q.value(first + 0).toLongLong();
    a.clientId = q.value(first + 1).toLongLong();
    a.start = fromDbTime(q.value(first + 2));
    a.end = fromDbTime(q.value(first + 3));
    a.service = q.value(first + 4).toString();
    a.location = q.value(first + 5).toString();
    a.status =
        domain::appointmentStatusFromString(q.value(first + 6).toString()).value_or(domain::AppointmentStatus::Booked);
    a.source = q.value(first + 7).toString();
    a.externalUid = q.value(first + 8).toString();
    a.recurrenceId = q.value(first + 9).toString();
    a.createdAt = fromDbTime(q.value(first + 10));
    a.updatedAt = fromDbTime(q.value(first + 11));
    return a;
}

Error unknown(qint64 id)
{
    return Error::invalid(QCoreApplication::translate("Appointment", "no appointment with id %1").arg(id),
                          QStringLiteral("id"));
}
} // namespace

AppointmentRepository::AppointmentRepository(const Database& db) : m_db(db) {}

QString AppointmentRepository::nextStartSubquery()
{
    return QStringLiteral("(SELECT min(a.starts_at) FROM appointments a WHERE a.client_id = c.id"
                          " AND a.starts_at >= ? AND a.status = 'booked')");
}

QString AppointmentRepository::clientsBookedBetweenSubquery()
{
    return QStringLiteral("SELECT b.client_id FROM appointments b WHERE b.starts_at >= ? AND b.starts_at < ?"
                          " AND b.status = 'booked'");
}

Result<qint64> AppointmentRepository::insert(const Appointment& a, const QDateTime& now)
{
    Statement q = m_db.statement(QStringLiteral(
        "INSERT INTO appointments (client_id, starts_at, ends_at, service, location, status, source, external_uid, "
        "recurrence_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (auto e = q.run({a.clientId, toDbTime(a.start), toDbTime(a.end), a.service, a.location,
                        domain::toString(a.status), a.source.isEmpty() ? Appointment::manualSource() : a.source,
                        a.externalUid.isEmpty() ? QVariant() : QVariant(a.externalUid), a.recurrenceId, toDbTime(now),
                        toDbTime(now)},
                       kWrite))
        return *e;
    if (!q->next())
        return Error::database(QCoreApplication::translate("Database", "the new appointment got no id"));
    return q->value(0).toLongLong();
}

Status AppointmentRepository::update(const Appointment& a, const QDateTime& now)
{
    Statement q = m_db.statement(
        QStringLiteral("UPDATE appointments SET starts_at = ?, ends_at = ?, service = ?, location = ?, status = ?, "
                       "updated_at = ? WHERE id = ?"));
    if (auto e = q.run({toDbTime(a.start), toDbTime(a.end), a.service, a.location, domain::toString(a.status),
                        toDbTime(now), a.id},
                       kWrite))
        return e;
    if (q->numRowsAffected() == 0)
        return unknown(a.id);
    return std::nullopt;
}

Result<Appointment> AppointmentRepository::find(qint64 id) const
{
    Statement q =
        m_db.statement(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM appointments a WHERE a.id = ?"));
    if (auto e = q.run({id}, kRead))
        return *e;
    if (!q->next())
        return unknown(id);
    return fromRow(q.query());
}

Result<std::optional<Appointment>> AppointmentRepository::findByExternalUid(const QString& source, const QString& uid,
                                                                            const QString& recurrenceId) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM appointments a WHERE a.source = ? AND a.external_uid = ? "
                                                "AND a.recurrence_id = ?"));
    if (auto e = q.run({source, uid, recurrenceId}, kRead))
        return *e;
    if (!q->next())
        return std::optional<Appointment>();
    return std::optional<Appointment>(fromRow(q.query()));
}

Result<QVector<Appointment>> AppointmentRepository::fromSourceBetween(const QString& source, const QDateTime& from,
                                                                      const QDateTime& to) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM appointments a WHERE a.source = ? AND a.starts_at >= ? AND "
                                                "a.starts_at < ? AND a.external_uid IS NOT NULL ORDER BY a.starts_at, "
                                                "a.id"));
    if (auto e = q.run({source, toDbTime(from), toDbTime(to)}, kRead))
        return *e;
    QVector<Appointment> out;
    while (q->next())
        out.push_back(fromRow(q.query()));
    return out;
}

Result<QVector<Appointment>> AppointmentRepository::forClient(qint64 clientId) const
{
    Statement q =
        m_db.statement(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM appointments a WHERE a.client_id = ? ORDER BY a.starts_at, a.id"));
    if (auto e = q.run({clientId}, kRead))
        return *e;
    QVector<Appointment> out;
    while (q->next())
        out.push_back(fromRow(q.query()));
    return out;
}

Result<std::optional<Appointment>> AppointmentRepository::nextFor(qint64 clientId, const QDateTime& now) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM appointments a WHERE a.client_id = ? AND a.starts_at >= ? "
                                                "AND a.status = 'booked' ORDER BY a.starts_at, a.id LIMIT 1"));
    if (auto e = q.run({clientId, toDbTime(now)}, kRead))
        return *e;
    if (!q->next())
        return std::optional<Appointment>();
    return std::optional<Appointment>(fromRow(q.query()));
}

Result<QVector<domain::AppointmentListing>> AppointmentRepository::startingBetween(const QDateTime& from,
                                                                                   const QDateTime& to) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(", c.name, c.preferred_name FROM appointments a JOIN clients c ON "
                                                "c.id = a.client_id WHERE a.starts_at >= ? AND a.starts_at < ? AND "
                                                "c.erased = 0 ORDER BY a.starts_at, a.id"));
    if (auto e = q.run({toDbTime(from), toDbTime(to)}, kRead))
        return *e;
    QVector<domain::AppointmentListing> out;
    while (q->next()) {
        domain::AppointmentListing l;
        l.appointment = fromRow(q.query());
        l.clientName = q->value(12).toString();
        l.preferredName = q->value(13).toString();
        out.push_back(l);
    }
    return out;
}

Result<int> AppointmentRepository::removeForClient(qint64 clientId)
{
    Statement q = m_db.statement(QStringLiteral("DELETE FROM appointments WHERE client_id = ?"));
    if (auto e = q.run({clientId}, kWrite))
        return *e;
    return q->numRowsAffected();
}

} // namespace rapport::storage
