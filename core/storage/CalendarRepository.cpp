// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CalendarRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using domain::CalendarFile;
using domain::MatchCandidate;
using domain::Result;
using domain::Status;
using domain::UnmatchedCalendarEvent;

namespace {
const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading calendar matches");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving calendar matches");

const QString kUnmatchedColumns =
    QStringLiteral("source, external_uid, recurrence_id, summary, match_key, email_key, starts_at, ends_at, "
                   "location, line");

UnmatchedCalendarEvent unmatchedFrom(const QSqlQuery& q)
{
    UnmatchedCalendarEvent u;
    u.source = q.value(0).toString();
    u.uid = q.value(1).toString();
    u.recurrenceId = q.value(2).toString();
    u.summary = q.value(3).toString();
    u.matchKey = q.value(4).toString();
    u.emailKey = q.value(5).toString();
    u.start = fromDbTime(q.value(6));
    u.end = fromDbTime(q.value(7));
    u.location = q.value(8).toString();
    u.line = q.value(9).toInt();
    return u;
}
} // namespace

CalendarRepository::CalendarRepository(const Database& db) : m_db(db) {}

Result<QVector<MatchCandidate>> CalendarRepository::candidates() const
{
    // One pass, clients and their contact points side by side (a LEFT JOIN keeps clients with none).
    Statement q =
        m_db.statement(QStringLiteral("SELECT c.id, c.name, c.preferred_name, p.kind, p.value FROM clients c LEFT JOIN "
                                      "contact_points p ON p.client_id = c.id WHERE c.erased = 0 AND c.archived = 0 "
                                      "ORDER BY c.id, p.position"));
    if (auto e = q.run({}, kRead))
        return *e;
    QVector<MatchCandidate> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.isEmpty() || out.back().id != id) {
            MatchCandidate c;
            c.id = id;
            c.name = q->value(1).toString();
            c.preferredName = q->value(2).toString();
            out.push_back(c);
        }
        const QString kind = q->value(3).toString();
        if (kind == QLatin1String("email"))
            out.back().emails << q->value(4).toString();
        else if (kind == QLatin1String("phone"))
            out.back().phones << q->value(4).toString();
    }
    return out;
}

Result<QHash<QString, qint64>> CalendarRepository::choices(const QString& source) const
{
    Statement q = m_db.statement(
        QStringLiteral("SELECT k.match_key, k.client_id FROM calendar_choices k JOIN clients c ON c.id = k.client_id "
                       "WHERE k.source = ? AND c.erased = 0"));
    if (auto e = q.run({source}, kRead))
        return *e;
    QHash<QString, qint64> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Status CalendarRepository::remember(const QString& source, const QString& key, qint64 clientId, const QDateTime& now)
{
    Statement q = m_db.statement(
        QStringLiteral("INSERT INTO calendar_choices (source, match_key, client_id, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (source, match_key) DO UPDATE SET client_id = excluded.client_id, created_at = "
                       "excluded.created_at"));
    return q.run({source, key, clientId, toDbTime(now)}, kWrite);
}

Result<int> CalendarRepository::removeForClient(qint64 clientId)
{
    Statement q = m_db.statement(QStringLiteral("DELETE FROM calendar_choices WHERE client_id = ?"));
    if (auto e = q.run({clientId}, kWrite))
        return *e;
    return q->numRowsAffected();
}

Status CalendarRepository::replaceUnmatched(const QString& source, const QVector<UnmatchedCalendarEvent>& events,
                                            const QDateTime& now)
{
    {
        Statement del = m_db.statement(QStringLiteral("DELETE FROM calendar_unmatched WHERE source = ?"));
        if (auto e = del.run({source}, kWrite))
            return e;
    }
    // The same event twice in one file: the later one stands (an upsert both backends run).
    Statement q = m_db.statement(
        QStringLiteral("INSERT INTO calendar_unmatched (") + kUnmatchedColumns +
        QStringLiteral(", seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, external_uid, "
                       "recurrence_id) DO UPDATE SET summary = excluded.summary, match_key = excluded.match_key, "
                       "email_key = excluded.email_key, starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
                       "location = excluded.location, line = excluded.line, seen_at = excluded.seen_at"));
    for (const UnmatchedCalendarEvent& u : events)
        if (auto e = q.run({source, u.uid, u.recurrenceId, u.summary, u.matchKey, u.emailKey, toDbTime(u.start),
                            toDbTime(u.end), u.location, u.line, toDbTime(now)},
                           kWrite))
            return e;
    return std::nullopt;
}

Result<QVector<UnmatchedCalendarEvent>> CalendarRepository::unmatchedByUid(const QString& uid) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kUnmatchedColumns +
                                 QStringLiteral(" FROM calendar_unmatched WHERE external_uid = ? ORDER BY source, "
                                                "starts_at, recurrence_id"));
    if (auto e = q.run({uid}, kRead))
        return *e;
    QVector<UnmatchedCalendarEvent> out;
    while (q->next())
        out.push_back(unmatchedFrom(q.query()));
    return out;
}

Result<QVector<UnmatchedCalendarEvent>> CalendarRepository::unmatched(const QString& source) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT ") + kUnmatchedColumns +
                                 QStringLiteral(" FROM calendar_unmatched WHERE source = ? ORDER BY starts_at, "
                                                "external_uid, recurrence_id"));
    if (auto e = q.run({source}, kRead))
        return *e;
    QVector<UnmatchedCalendarEvent> out;
    while (q->next())
        out.push_back(unmatchedFrom(q.query()));
    return out;
}

Status CalendarRepository::removeUnmatched(const QString& source, const QString& uid, const QString& recurrenceId)
{
    Statement q = m_db.statement(
        QStringLiteral("DELETE FROM calendar_unmatched WHERE source = ? AND external_uid = ? AND recurrence_id = ?"));
    return q.run({source, uid, recurrenceId}, kWrite);
}

Result<QVector<CalendarFile>> CalendarRepository::files() const
{
    Statement q =
        m_db.statement(QStringLiteral("SELECT path, added_at, last_read_at FROM calendar_files ORDER BY path"));
    if (auto e = q.run({}, kRead))
        return *e;
    QVector<CalendarFile> out;
    while (q->next())
        out.push_back({q->value(0).toString(), fromDbTime(q->value(1)), fromDbTime(q->value(2))});
    return out;
}

Status CalendarRepository::addFile(const QString& path, const QDateTime& now)
{
    Statement q = m_db.statement(
        QStringLiteral("INSERT INTO calendar_files (path, added_at) VALUES (?, ?) ON CONFLICT (path) DO NOTHING"));
    return q.run({path, toDbTime(now)}, kWrite);
}

Status CalendarRepository::removeFile(const QString& path)
{
    Statement q = m_db.statement(QStringLiteral("DELETE FROM calendar_files WHERE path = ?"));
    return q.run({path}, kWrite);
}

Status CalendarRepository::markFileRead(const QString& path, const QDateTime& now)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE calendar_files SET last_read_at = ? WHERE path = ?"));
    return q.run({toDbTime(now), path}, kWrite);
}

} // namespace rapport::storage
