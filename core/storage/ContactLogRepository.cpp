// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContactLogRepository.h"

#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace rapport::storage {

using domain::ContactLogEntry;

namespace {
const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading the contact log");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving a contact");
const QString kSelect =
    QStringLiteral("SELECT id, client_id, direction, channel, at, text, flags FROM contact_log WHERE client_id = ?");

ContactLogEntry fromRow(const QSqlQuery& q)
{
    ContactLogEntry e;
    e.id = q.value(0).toLongLong();
    e.clientId = q.value(1).toLongLong();
    e.direction = domain::directionFromString(q.value(2).toString()).value_or(domain::Direction::Inbound);
    e.channel = domain::channelFromString(q.value(3).toString()).value_or(domain::Channel::Sms);
    e.at = fromDbTime(q.value(4));
    e.text = q.value(5).toString();
    e.flags = q.value(6).toString();
    return e;
}
} // namespace

ContactLogRepository::ContactLogRepository(const Database& db) : m_db(db) {}

domain::Result<qint64> ContactLogRepository::append(const ContactLogEntry& entry)
{
    Statement q = m_db.statement(QStringLiteral("INSERT INTO contact_log (client_id, direction, channel, at, text, "
                                                "flags) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (auto e = q.run({entry.clientId, domain::toString(entry.direction), domain::toString(entry.channel),
                        toDbTime(entry.at), entry.text, entry.flags},
                       kWrite))
        return *e;
    if (!q->next())
        return domain::Error::database(QStringLiteral("the new contact got no id"));
    return q->value(0).toLongLong();
}

domain::Result<QVector<ContactLogEntry>> ContactLogRepository::forClient(qint64 clientId, int limit) const
{
    QString sql = kSelect + QStringLiteral(" ORDER BY at DESC, id DESC");
    QVariantList values{clientId};
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    Statement q = m_db.statement(sql); // with or without a limit
    if (auto e = q.run(values, kRead))
        return *e;
    QVector<ContactLogEntry> out;
    while (q->next())
        out.push_back(fromRow(q.query()));
    return out;
}

domain::Result<QVector<ContactLogEntry>> ContactLogRepository::forClientsBookedBetween(const QDateTime& from,
                                                                                       const QDateTime& to) const
{
    Statement q = m_db.statement(
        QStringLiteral(
            "SELECT id, client_id, direction, channel, at, text, flags FROM contact_log WHERE client_id IN (") +
        AppointmentRepository::clientsBookedBetweenSubquery() +
        QStringLiteral(") ORDER BY client_id, at DESC, id DESC"));
    if (auto e = q.run({toDbTime(from), toDbTime(to)}, kRead))
        return *e;
    QVector<ContactLogEntry> out;
    while (q->next())
        out.push_back(fromRow(q.query()));
    return out;
}

domain::Result<QVector<ContactLogEntry>> ContactLogRepository::inboundBetween(qint64 clientId, domain::Channel channel,
                                                                              const QDateTime& from,
                                                                              const QDateTime& to) const
{
    Statement q = m_db.statement(
        kSelect + QStringLiteral(" AND direction = 'in' AND channel = ? AND at >= ? AND at < ? ORDER BY at, id"));
    if (auto e = q.run({clientId, domain::toString(channel), toDbTime(from), toDbTime(to)}, kRead))
        return *e;
    QVector<ContactLogEntry> out;
    while (q->next())
        out.push_back(fromRow(q.query()));
    return out;
}

} // namespace rapport::storage
