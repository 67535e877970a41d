// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

/// One integration suite, two backends. ctest registers the suite twice: as integration_tests
/// (SQLite files in temporary folders) and as integration_tests_pg, whose environment holds
/// RAPPORT_TEST_PG_URL, the throwaway cluster of tests/pg/cluster.sh (started by a ctest
/// fixture). A test asks here for its database instead of naming a file, and runs unchanged on
/// either. Tests tagged [sqlite-only] (file locks, WAL, quick check, backups of the file, faults
/// on the file) are not registered for PostgreSQL.
namespace rapport::testing {

/// True in the PostgreSQL run.
bool onPostgres();

/// What a test opens as its database `name` in `dir`: on SQLite the path dir/name; on
/// PostgreSQL the URL of a new, empty database on the test cluster, made on the first call for
/// this (dir, name) and the same URL on later calls; it is dropped when the test program ends.
QString testDatabase(const QTemporaryDir& dir, const QString& name);

/// Database::open(testDatabase(dir, name)).
domain::Result<std::unique_ptr<storage::Database>> openTestDatabase(const QTemporaryDir& dir, const QString& name);

/// A fresh PostgreSQL database on the test cluster, dropped at the end: its URL. Empty (and a
/// failed check) off PostgreSQL.
QString newPostgresDatabase();

/// The server away for the database `url` (made by newPostgresDatabase()) as a desk sees it when
/// the network drops: every connection to it ended and new ones refused (ALLOW_CONNECTIONS false);
/// then, with `reachable`, it answers again.
void setPostgresReachable(const QString& url, bool reachable);

/// Runs `statements` on the database at `pathOrUrl` through a connection of its own, outside
/// Rapport, as a person with the file (SQLite) or the server's superuser (PostgreSQL) could; each
/// must succeed. For the tests that tamper with a practice behind the app's back.
void execRaw(const QString& pathOrUrl, const QStringList& statements);

/// This backend's SQL to switch off the guard trigger `name` of `table` (SQLite drops it; on
/// PostgreSQL, where a superuser disables it, the same effect).
QString dropTrigger(const QString& name, const QString& table);
/// This backend's SQL for a trigger `name` that makes `op` (UPDATE, DELETE, INSERT) on `table`
/// fail with `message`.
QString failingTrigger(const QString& name, const QString& op, const QString& table, const QString& message);
/// This backend's SQL that sets the schema version behind Rapport's back.
QString setSchemaVersion(int version);

} // namespace rapport::testing
