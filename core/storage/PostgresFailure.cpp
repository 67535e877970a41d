// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PostgresFailure.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace rapport::storage {

QString postgresSqlState(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // SQLite's codes are decimal numbers below 10000 (extended ones included); a SQLSTATE is
    // five characters of digits and capitals.
    static const QRegularExpression sqlState(QStringLiteral("^[0-9A-Z]{5}$"));
    if (!sqlState.match(code).hasMatch())
        return {};
    bool numeric = false;
    const int n = code.toInt(&numeric);
    if (numeric && n < 10000)
        return {};
    return code;
}

QString postgresMessage(const QSqlError& error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString code = postgresSqlState(error);
    if (!code.isEmpty())
        text.remove(QLatin1Char('(') + code + QLatin1Char(')'));
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.simplified();
        for (const char* prefix : {"ERROR:", "FATAL:", "PANIC:"}) {
            if (line.startsWith(QLatin1String(prefix)))
                line = line.mid(int(qstrlen(prefix))).trimmed();
        }
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

namespace {
QMutex& lostMutex()
{
    static QMutex m;
    return m;
}
QSet<const void*>& lostDrivers()
{
    static QSet<const void*> drivers;
    return drivers;
}
} // namespace

bool isConnectionLost(const QSqlError& error)
{
    const QString code = postgresSqlState(error);
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02") ||
        code == QLatin1String("57P03"))
        return true;
    if (!code.isEmpty() || !error.driverText().startsWith(QLatin1String("QPSQL")))
        return false;
    const QString said = error.databaseText();
    return error.type() == QSqlError::ConnectionError ||
           said.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive) ||
           said.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive) ||
           said.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive) ||
           said.contains(QLatin1String("connection to server"), Qt::CaseInsensitive);
}

void markConnectionLost(const void* driver)
{
    QMutexLocker lock(&lostMutex());
    lostDrivers().insert(driver);
}

bool takeConnectionLost(const void* driver)
{
    QMutexLocker lock(&lostMutex());
    return lostDrivers().remove(driver);
}

QString plainPostgresFailure(const QSqlError& error, const QString& where)
{
    const QString code = postgresSqlState(error);
    const QString server = where.isEmpty()
                               ? QCoreApplication::translate("Database", "the PostgreSQL server")
                               : QCoreApplication::translate("Database", "the PostgreSQL database %1").arg(where);
    const QString said = postgresMessage(error);
    if (isConnectionLost(error))
        return QCoreApplication::translate(
                   "Database",
                   "the connection to %1 was lost (%2): nothing of this change was saved; Rapport reconnects at the "
                   "next try")
            .arg(server, said);
    if (code == QLatin1String("53100"))
        return QCoreApplication::translate(
                   "Database",
                   "the disk of %1 is full (%2): nothing of this change was saved; ask the server's administrator")
            .arg(server, said);
    if (code == QLatin1String("55P03"))
        return QCoreApplication::translate(
                   "Database", "%1 is locked by another desk's change (waited too long); nothing was saved, try again")
            .arg(server);
    if (code == QLatin1String("42501"))
        return QCoreApplication::translate(
                   "Database",
                   "the PostgreSQL role has no right to do this in %1 (%2): nothing of this change was saved")
            .arg(where.isEmpty() ? QCoreApplication::translate("Database", "the database") : where, said);
    if (code == QLatin1String("25006"))
        return QCoreApplication::translate("Database",
                                           "%1 is read-only (a standby server?): nothing of this change was saved")
            .arg(server);
    return {};
}

} // namespace rapport::storage
