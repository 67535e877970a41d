// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RaiseItemRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading the things to raise");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving the things to raise");

const QString kColumns =
    QStringLiteral("r.id, r.client_id, r.text, r.created_at, r.created_by, r.raised_at, r.contact_id");

/// Reads the item in columns `first` .. `first + 6`.
RaiseItem fromRow(const QSqlQuery& q, int first = 0)
{
    RaiseItem r;
    r.id = q.value(first).toLongLong();
    r.clientId = q.value(first + 1).toLongLong();
    r.text = q.value(first + 2).toString();
    r.createdAt = fromDbTime(q.value(first + 3));
    r.createdBy = q.value(first + 4).toString();
    const QDateTime raised = fromDbTime(q.value(first + 5));
    if (raised.isValid())
        r.raisedAt = raised;
    if (!q.value(first + 6).isNull())
        r.contactId = q.value(first + 6).toLongLong();
    return r;
}

QString noItem(qint64 id)
{
    return QCoreApplication::translate("RaiseItemRepository", "There is nothing to raise with id %1.").arg(id);
}

} // namespace

RaiseItemRepository::RaiseItemRepository(const Database& db) : m_db(db) {}

Result<qint64> RaiseItemRepository::insert(const RaiseItem& item)
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("INSERT INTO raise_items (client_id, text, created_at, created_by) "
                                    "VALUES (?, ?, ?, ?) RETURNING id"),
                     {item.clientId, item.text, toDbTime(item.createdAt), item.createdBy}, kWrite))
        return *e;
    if (!q.next())
        return domain::Error::database(QStringLiteral("the new row got no id"));
    return q.value(0).toLongLong();
}

Result<RaiseItem> RaiseItemRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM raise_items r WHERE r.id = ?"),
                     {id}, kRead))
        return *e;
    if (!q.next())
        return Error::invalid(noItem(id), QStringLiteral("id"));
    return fromRow(q);
}

Result<QVector<RaiseItem>> RaiseItemRepository::openFor(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM raise_items r WHERE r.client_id = ? AND r.raised_at IS NULL "
                                        "ORDER BY r.id"),
                     {clientId}, kRead))
        return *e;
    QVector<RaiseItem> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

Result<QVector<AppointmentAgenda>> RaiseItemRepository::agenda(const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("SELECT c.id, c.name, c.preferred_name, a.starts_at, a.id, ") + kColumns +
                         QStringLiteral(" FROM appointments a JOIN clients c ON c.id = a.client_id"
                                        " LEFT JOIN raise_items r ON r.client_id = c.id AND r.raised_at IS NULL"
                                        " WHERE a.starts_at >= ? AND a.starts_at < ?"
                                        " AND a.status IN ('booked', 'attended')"
                                        " AND c.erased = 0 AND c.archived = 0"
                                        " ORDER BY a.starts_at, a.id, r.id"),
                     {toDbTime(from), toDbTime(to)}, kRead))
        return *e;
    QVector<AppointmentAgenda> out;
    while (q.next()) {
        const qint64 appointmentId = q.value(4).toLongLong();
        if (out.isEmpty() || out.back().appointmentId != appointmentId) {
            AppointmentAgenda a;
            a.clientId = q.value(0).toLongLong();
            a.appointmentId = appointmentId;
            a.name = q.value(1).toString();
            a.preferredName = q.value(2).toString();
            a.appointment = fromDbTime(q.value(3));
            out.push_back(a);
        }
        if (!q.value(5).isNull())
            out.back().items.push_back(fromRow(q, 5));
    }
    return out;
}

Status RaiseItemRepository::markRaised(qint64 id, const QDateTime& at, qint64 contactId)
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("UPDATE raise_items SET raised_at = ?, contact_id = ? "
                                    "WHERE id = ? AND raised_at IS NULL"),
                     {toDbTime(at), contactId, id}, kWrite))
        return e;
    if (q.numRowsAffected() == 0)
        return Error::invalid(
            QCoreApplication::translate("RaiseItemRepository", "Item %1 was already raised, or is gone.").arg(id),
            QStringLiteral("id"));
    return std::nullopt;
}

Result<int> RaiseItemRepository::removeForClient(qint64 clientId)
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("DELETE FROM raise_items WHERE client_id = ?"), {clientId}, kWrite))
        return *e;
    return q.numRowsAffected();
}

} // namespace rapport::storage
