// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlTransaction.h"

#include "storage/Database.h"
#include "storage/PostgresFailure.h"
#include "storage/SqliteFailure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace rapport::storage {

using domain::Error;

namespace {

bool isBusy(const QSqlError& e)
{
    // QSQLITE reports the primary SQLite result code: 5 SQLITE_BUSY, 6 SQLITE_LOCKED.
    const int code = e.nativeErrorCode().toInt();
    return (code & 0xff) == 5 || (code & 0xff) == 6;
}

/// Runs `sql`, retrying while SQLite says another connection holds the lock.
QSqlError execRetrying(QSqlDatabase& db, const QString& sql)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return {};
        const QSqlError e = q.lastError();
        if (!isBusy(e) || timer.elapsed() > Database::kBusyTimeoutMs)
            return e;
        QThread::msleep(2 + QRandomGenerator::global()->bounded(10));
    }
}

} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

SqlTransaction::SqlTransaction(SqlTransaction&& other) noexcept
    : m_db(other.m_db), m_active(other.m_active), m_postgres(other.m_postgres)
{
    other.m_active = false;
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

domain::Result<SqlTransaction> SqlTransaction::begin(const Database& db)
{
    if (db.isPostgres())
        return beginPostgres(db);
    SqlTransaction tx(db.connection());
    const QSqlError e = execRetrying(tx.m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (e.isValid()) {
        if (isBusy(e))
            return Error::database(QCoreApplication::translate("Database",
                                                               "the database %1 is locked by another program "
                                                               "(waited %2 s); try again")
                                       .arg(db.path())
                                       .arg(Database::kBusyTimeoutMs / 1000));
        const QString plain = plainSqliteFailure(e, db.path());
        if (!plain.isEmpty())
            return Error::database(plain);
        return Error::database(QCoreApplication::translate("Database", "cannot start a transaction: %1").arg(e.text()));
    }
    tx.m_active = true;
    // Checked while holding the write lock: a file deleted or renamed under us (a sync client,
    // a file manager) would take every later write into an inode nobody opens again.
    if (db.fileHasMoved()) {
        tx.rollback();
        return Error::database(QCoreApplication::translate("Database",
                                                           "the database file %1 was moved or deleted while "
                                                           "Rapport had it open: nothing of this change was saved; "
                                                           "close Rapport, then open the file where it is now "
                                                           "(or put it back)")
                                   .arg(db.path()));
    }
    return domain::Result<SqlTransaction>(std::move(tx));
}

domain::Result<SqlTransaction> SqlTransaction::beginPostgres(const Database& db)
{
    SqlTransaction tx(db.connection());
    tx.m_postgres = true;
    QSqlQuery q(tx.m_db);
    bool begun = q.exec(QStringLiteral("BEGIN"));
    if (!begun && isConnectionLost(q.lastError())) {
        // Nothing was done yet: reconnect (the server restarted since the last use) and begin again.
        markConnectionLost(tx.m_db.driver());
        tx.m_db = db.connection();
        q = QSqlQuery(tx.m_db);
        begun = q.exec(QStringLiteral("BEGIN"));
    }
    if (!begun) {
        if (isConnectionLost(q.lastError()))
            markConnectionLost(tx.m_db.driver());
        const QString plain = plainPostgresFailure(q.lastError(), db.path());
        return Error::database(plain.isEmpty()
                                   ? QCoreApplication::translate("Database", "cannot start a transaction: %1")
                                         .arg(postgresMessage(q.lastError()))
                                   : plain);
    }
    tx.m_active = true;
    // Writers one at a time, as on SQLite: what a change reads before it writes (the chain
    // head, the clients an import matches) is what the next writer will see.
    if (auto e = db.lockWriters()) {
        tx.rollback();
        if (e->message.contains(QLatin1String("locked")))
            return Error::database(QCoreApplication::translate("Database",
                                                               "the database %1 is locked by another program "
                                                               "(waited %2 s); try again")
                                       .arg(db.path())
                                       .arg(Database::kBusyTimeoutMs / 1000));
        return *e;
    }
    return domain::Result<SqlTransaction>(std::move(tx));
}

domain::Status SqlTransaction::commit()
{
    if (!m_active)
        return Error::database(QCoreApplication::translate("Database", "commit without an open transaction"));
    if (m_postgres) {
        // PostgreSQL answers COMMIT of a transaction a failed statement aborted with a silent
        // ROLLBACK: ask first, so a lost change is never reported as saved.
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT 1"))) {
            const QSqlError e = probe.lastError();
            if (isConnectionLost(e))
                markConnectionLost(m_db.driver());
            rollback();
            const QString plain = plainPostgresFailure(e, m_db.databaseName());
            return Error::database(
                plain.isEmpty()
                    ? QCoreApplication::translate("Database", "cannot save the changes: %1").arg(postgresMessage(e))
                    : plain);
        }
        probe.finish();
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError e = q.lastError();
            rollback();
            const QString plain = plainPostgresFailure(e, m_db.databaseName());
            return Error::database(
                plain.isEmpty()
                    ? QCoreApplication::translate("Database", "cannot save the changes: %1").arg(postgresMessage(e))
                    : plain);
        }
        m_active = false;
        return std::nullopt;
    }
    const QSqlError e = execRetrying(m_db, QStringLiteral("COMMIT"));
    if (e.isValid()) {
        rollback();
        const QString plain = plainSqliteFailure(e, m_db.databaseName());
        if (!plain.isEmpty())
            return Error::database(plain);
        return Error::database(QCoreApplication::translate("Database", "cannot save the changes: %1").arg(e.text()));
    }
    m_active = false;
    return std::nullopt;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

ReadSnapshot::ReadSnapshot(const Database& db) : m_db(db.connection())
{
    if (db.isPostgres()) {
        // READ COMMITTED (the default) takes a new snapshot per statement: one per transaction.
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        m_manual = true;
        return;
    }
    m_active = m_db.transaction();
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active)
        return;
    if (m_manual) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    m_db.rollback();
}

} // namespace rapport::storage
