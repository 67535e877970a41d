// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteFailure.h"

#include "storage/PostgresFailure.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rapport::storage {

int sqlitePrimaryCode(const QSqlError& error)
{
    if (!postgresSqlState(error).isEmpty())
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString plainSqliteFailure(const QSqlError& error, const QString& file)
{
    if (!postgresSqlState(error).isEmpty() || error.driverText().startsWith(QLatin1String("QPSQL")))
        return plainPostgresFailure(error, file);
    const QString where = file.isEmpty() ? QCoreApplication::translate("Database", "the database")
                                         : QCoreApplication::translate("Database", "the database %1").arg(file);
    switch (sqlitePrimaryCode(error)) {
    case SQLITE_FULL:
        return QCoreApplication::translate(
                   "Database",
                   "the disk holding %1 is full: nothing of this change was saved; free some space on that disk "
                   "and try again")
            .arg(where);
    case SQLITE_IOERR:
        return QCoreApplication::translate(
                   "Database",
                   "the disk holding %1 failed to read or write (input/output error %2): nothing of this change "
                   "was saved; check the disk, or the network share the file is on, then try again")
            .arg(where, error.nativeErrorCode());
    case SQLITE_READONLY:
        return QCoreApplication::translate(
                   "Database",
                   "%1 can no longer be written (its file or folder became read-only, or the file was replaced): "
                   "nothing of this change was saved")
            .arg(where);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate(
                   "Database",
                   "%1 is damaged (%2): nothing of this change was saved; keep a copy of the file, then put your "
                   "latest backup in its place")
            .arg(where, error.databaseText());
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate(
                   "Database",
                   "%1 cannot be opened any more (was its disk removed, or the file moved?): nothing of this change "
                   "was saved")
            .arg(where);
    default:
        return {};
    }
}

} // namespace rapport::storage
