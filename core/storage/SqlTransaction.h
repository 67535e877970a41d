// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace rapport::storage {

class Database;

/// A scoped write transaction on one Database connection, started with `BEGIN IMMEDIATE` so the
/// write lock is taken up front (a deferred transaction that read first fails at once with
/// SQLITE_BUSY when another process wrote). Rolls back in the destructor unless committed.
///
/// Contract: `begin()` waits up to Database::kBusyTimeoutMs for another writer (another thread
/// or process) and retries SQLITE_BUSY within that time; past it, an Error of kind Database
/// saying the database is locked. Do not nest transactions on one connection.
///
/// On PostgreSQL: `BEGIN` and the practice's writer lock (Database::lockWriters, an advisory
/// lock held until commit or rollback), waited for up to the same time. commit() first checks
/// that no statement failed in the transaction (PostgreSQL would turn the COMMIT into a silent
/// ROLLBACK) and reports the failure instead.
class SqlTransaction {
public:
    static domain::Result<SqlTransaction> begin(const Database& db);

    SqlTransaction(SqlTransaction&& other) noexcept;
    SqlTransaction& operator=(SqlTransaction&&) = delete;
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;
    ~SqlTransaction();

    /// Commits; on failure the transaction is rolled back and the Error says why.
    domain::Status commit();
    /// Rolls back now (the destructor does it too). Safe to call twice.
    void rollback();
    bool isActive() const { return m_active; }

private:
    explicit SqlTransaction(QSqlDatabase db);
    static domain::Result<SqlTransaction> beginPostgres(const Database& db);
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_postgres = false;
};

/// A read transaction: one consistent snapshot of the database (WAL; on PostgreSQL REPEATABLE
/// READ) for a whole read, such as an export, while other connections write. Rolled back
/// (nothing to keep) when it goes.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_manual = false;
};

} // namespace rapport::storage
