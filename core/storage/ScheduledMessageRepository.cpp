// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ScheduledMessageRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::ScheduledListing;
using domain::ScheduledMessage;
using domain::ScheduledState;
using domain::Status;

namespace {
const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading scheduled messages");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving a scheduled message");

const QString kColumns = QStringLiteral("m.id, m.client_id, m.channel, m.text, m.purpose, m.due_at, m.state, "
                                        "m.created_at, m.updated_at, m.handed_off_at");

ScheduledMessage fromRow(const QSqlQuery& q)
{
    ScheduledMessage m;
    m.id = q.value(0).toLongLong();
    m.clientId = q.value(1).toLongLong();
    m.channel = domain::channelFromString(q.value(2).toString()).value_or(domain::Channel::Sms);
    m.text = q.value(3).toString();
    m.purpose = domain::purposeFromString(q.value(4).toString());
    m.dueAt = fromDbTime(q.value(5));
    m.state = domain::scheduledStateFromString(q.value(6).toString()).value_or(ScheduledState::Pending);
    m.createdAt = fromDbTime(q.value(7));
    m.updatedAt = fromDbTime(q.value(8));
    const QDateTime handed = fromDbTime(q.value(9));
    if (handed.isValid())
        m.handedOffAt = handed;
    return m;
}

Error unknown(qint64 id)
{
    return Error::invalid(QCoreApplication::translate("ScheduledMessage", "no scheduled message with id %1").arg(id),
                          QStringLiteral("id"));
}

QString purposeText(const std::optional<domain::Purpose>& p)
{
    return p ? domain::toString(*p) : QString();
}
} // namespace

ScheduledMessageRepository::ScheduledMessageRepository(const Database& db) : m_db(db) {}

Result<qint64> ScheduledMessageRepository::insert(const ScheduledMessage& m, const QDateTime& now)
{
    Statement q = m_db.statement(
        QStringLiteral("INSERT INTO scheduled_messages (client_id, channel, text, purpose, due_at, state, created_at, "
                       "updated_at, handed_off_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (auto e = q.run({m.clientId, domain::toString(m.channel), m.text, purposeText(m.purpose), toDbTime(m.dueAt),
                        domain::toString(m.state), toDbTime(now), toDbTime(now), toDbTime(m.handedOffAt)},
                       kWrite))
        return *e;
    if (!q->next())
        return Error::database(QCoreApplication::translate("Database", "the new scheduled message got no id"));
    return q->value(0).toLongLong();
}

Status ScheduledMessageRepository::update(const ScheduledMessage& m, const QDateTime& now)
{
    Statement q = m_db.statement(
        QStringLiteral("UPDATE scheduled_messages SET channel = ?, text = ?, purpose = ?, due_at = ?, state = ?, "
                       "handed_off_at = ?, updated_at = ? WHERE id = ?"));
    if (auto e = q.run({domain::toString(m.channel), m.text, purposeText(m.purpose), toDbTime(m.dueAt),
                        domain::toString(m.state), toDbTime(m.handedOffAt), toDbTime(now), m.id},
                       kWrite))
        return e;
    if (q->numRowsAffected() == 0)
        return unknown(m.id);
    return std::nullopt;
}

Result<ScheduledMessage> ScheduledMessageRepository::find(qint64 id) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM scheduled_messages m WHERE m.id = ?"));
    if (auto e = q.run({id}, kRead))
        return *e;
    if (!q->next())
        return unknown(id);
    return fromRow(q.query());
}

Result<QVector<ScheduledListing>> ScheduledMessageRepository::list(const QVector<ScheduledState>& states) const
{
    QString where;
    QVariantList binds;
    if (!states.isEmpty()) {
        QStringList marks;
        for (ScheduledState s : states) {
            marks << QStringLiteral("?");
            binds << domain::toString(s);
        }
        where = QStringLiteral(" AND m.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(", c.name FROM scheduled_messages m JOIN clients c ON c.id = "
                                                "m.client_id WHERE c.erased = 0") +
                                 where + QStringLiteral(" ORDER BY m.due_at, m.id"));
    if (auto e = q.run(binds, kRead))
        return *e;
    QVector<ScheduledListing> out;
    while (q->next())
        out.push_back({fromRow(q.query()), q->value(10).toString()});
    return out;
}

Result<QVector<ScheduledListing>> ScheduledMessageRepository::dueBy(const QDateTime& now) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(", c.name FROM scheduled_messages m JOIN clients c ON c.id = "
                                                "m.client_id WHERE c.erased = 0 AND m.state = 'pending' AND "
                                                "m.due_at <= ? ORDER BY m.due_at, m.id"));
    if (auto e = q.run({toDbTime(now)}, kRead))
        return *e;
    QVector<ScheduledListing> out;
    while (q->next())
        out.push_back({fromRow(q.query()), q->value(10).toString()});
    return out;
}

Result<int> ScheduledMessageRepository::removeForClient(qint64 clientId)
{
    Statement q = m_db.statement(QStringLiteral("DELETE FROM scheduled_messages WHERE client_id = ?"));
    if (auto e = q.run({clientId}, kWrite))
        return *e;
    return q->numRowsAffected();
}

} // namespace rapport::storage
