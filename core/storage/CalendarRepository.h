// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CalendarMatch.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

namespace rapport::storage {

class Database;

/// What a calendar import remembers between runs: a person's matches (calendar source, match key
/// -> client), the events the last import could not match, and calendar files to re-read; plus
/// the clients the matching rules look at.
///
/// Contract: as every repository: domain values in and out, never opens a transaction, an SQL
/// failure is an Error of kind Database. Use on the Database's thread only.
class CalendarRepository {
public:
    explicit CalendarRepository(const Database& db);

    /// Clients that can be booked (not archived, not erased) with their emails and phones.
    domain::Result<QVector<domain::MatchCandidate>> candidates() const;

    /// match key -> client id for `source` (clients erased since are left out).
    domain::Result<QHash<QString, qint64>> choices(const QString& source) const;
    /// Remembers (or replaces) the client for (source, key).
    domain::Status remember(const QString& source, const QString& key, qint64 clientId, const QDateTime& now);
    /// Forgets the client's choices (erasure); returns how many.
    domain::Result<int> removeForClient(qint64 clientId);

    /// Replaces the unmatched events kept for `source` by `events`.
    domain::Status replaceUnmatched(const QString& source, const QVector<domain::UnmatchedCalendarEvent>& events,
                                    const QDateTime& now);
    /// The kept unmatched events with this UID, every source (several occurrences of a series too).
    domain::Result<QVector<domain::UnmatchedCalendarEvent>> unmatchedByUid(const QString& uid) const;
    domain::Result<QVector<domain::UnmatchedCalendarEvent>> unmatched(const QString& source) const;
    domain::Status removeUnmatched(const QString& source, const QString& uid, const QString& recurrenceId);

    /// Remembered calendar files, by path.
    domain::Result<QVector<domain::CalendarFile>> files() const;
    /// Adds a path (nothing happens when it is already there).
    domain::Status addFile(const QString& path, const QDateTime& now);
    domain::Status removeFile(const QString& path);
    domain::Status markFileRead(const QString& path, const QDateTime& now);

private:
    const Database& m_db;
};

} // namespace rapport::storage
