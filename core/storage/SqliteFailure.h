// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

namespace rapport::storage {

/// Plain words for the SQLite failures a user can act on, from the result code QtSql reports:
/// a full disk (SQLITE_FULL), a disk that fails to read or write (SQLITE_IOERR and its extended
/// codes), a file that became read-only (SQLITE_READONLY), a damaged file (SQLITE_CORRUPT,
/// SQLITE_NOTADB), a file that cannot be opened (SQLITE_CANTOPEN). Each says that nothing of the
/// change was saved (SQLite rolls the transaction back) and what to do. Empty for every other
/// failure (constraint, syntax, busy...): the caller keeps its own message then.
///
/// `file` is the database file the failure is about, named in the message when not empty.
/// A QPSQL error goes to plainPostgresFailure() instead (same contract, PostgreSQL's causes).
QString plainSqliteFailure(const QSqlError& error, const QString& file = {});

/// SQLite's primary result code from a QtSql error (the low byte of the native code), 0 when
/// there is none.
int sqlitePrimaryCode(const QSqlError& error);

} // namespace rapport::storage
