// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReminderPassRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

namespace {
const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading the reminder pass");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving the reminder pass");
} // namespace

ReminderPassRepository::ReminderPassRepository(const Database& db) : m_db(db) {}

domain::Result<QHash<qint64, PassEntry>>
ReminderPassRepository::forTemplateBetween(qint64 templateId, const QDateTime& from, const QDateTime& to) const
{
    Statement q = m_db.statement(
        QStringLiteral("SELECT p.appointment_id, p.state, p.channel, p.contact_id, p.updated_at FROM reminder_pass p"
                       " JOIN appointments a ON a.id = p.appointment_id"
                       " WHERE p.template_id = ? AND a.starts_at >= ? AND a.starts_at < ?"));
    if (auto e = q.run({templateId, toDbTime(from), toDbTime(to)}, kRead))
        return *e;
    QHash<qint64, PassEntry> out;
    while (q->next()) {
        PassEntry p;
        p.appointmentId = q->value(0).toLongLong();
        p.templateId = templateId;
        p.state = domain::passStateFromString(q->value(1).toString()).value_or(domain::PassState::Todo);
        p.channel = domain::channelFromString(q->value(2).toString());
        p.contactId = q->value(3).toLongLong();
        p.updatedAt = fromDbTime(q->value(4));
        out.insert(p.appointmentId, p);
    }
    return out;
}

domain::Status ReminderPassRepository::set(const PassEntry& entry, const QDateTime& now)
{
    if (entry.state == domain::PassState::Todo)
        return m_db.statement(QStringLiteral("DELETE FROM reminder_pass WHERE appointment_id = ? AND template_id = ?"))
            .run({entry.appointmentId, entry.templateId}, kWrite);
    return m_db
        .statement(QStringLiteral(
            "INSERT INTO reminder_pass (appointment_id, template_id, state, channel, contact_id, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (appointment_id, template_id) DO UPDATE SET"
            " state = excluded.state, channel = excluded.channel, contact_id = excluded.contact_id,"
            " updated_at = excluded.updated_at"))
        .run({entry.appointmentId, entry.templateId, domain::toString(entry.state),
              entry.channel ? QVariant(domain::toString(*entry.channel)) : QVariant(),
              entry.contactId > 0 ? QVariant(entry.contactId) : QVariant(), toDbTime(now)},
             kWrite);
}

} // namespace rapport::storage
