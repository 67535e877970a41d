// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

namespace rapport::storage {

/// The SQLSTATE of an error QPSQL reports ("23505", "55P03"); empty for an SQLite error (whose
/// native code is SQLite's number) or when there is none.
QString postgresSqlState(const QSqlError& error);

/// The server's message of a QPSQL error in one line: "ERROR:"/"FATAL:" and the "(SQLSTATE)"
/// QPSQL appends taken off, lines joined with "; ".
QString postgresMessage(const QSqlError& error);

/// Plain words for the PostgreSQL failures a user can act on: the connection to the server
/// lost (class 08, the server shutting down), a full disk on the server (53100), the writer
/// lock not had in time (55P03), a role without the privilege (42501), a read-only server
/// (25006). Each names `where` (the URL) and says that nothing of the change was saved. Empty
/// for every other failure: the caller keeps its own message then.
QString plainPostgresFailure(const QSqlError& error, const QString& where = {});

/// True when `error` says the connection to the server is gone (the server restarted or shut
/// down, the network dropped, an administrator ended the session): class 08, 57P01-57P03, or
/// QPSQL's own words for a connection libpq found closed.
bool isConnectionLost(const QSqlError& error);

/// Remembers that the connection of `driver` was lost (SqlUtil does, for every failed
/// statement), so that its Database reconnects before its next use; and takes the note back.
void markConnectionLost(const void* driver);
bool takeConnectionLost(const void* driver);

} // namespace rapport::storage
