// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace rapport::storage {

class Database;

/// What one table held and whether it arrived.
struct CopiedTable {
    QString table;
    qint64 rows = 0;
    QString digest; ///< SHA-256 of every row in key order, the same on both sides when it arrived
};

/// A whole practice from one database to another, backend to backend (an SQLite file into an
/// empty PostgreSQL database, or back), in one transaction on the target.
struct CopyReport {
    QVector<CopiedTable> tables;
    qint64 clients = 0;
    qint64 events = 0;
    QString chainHead; ///< the last consent event's hash, the same on both sides
};

/// Contract:
/// - Both databases are open at the same schema version (Database::open migrated them); the
///   target holds nothing but what a fresh database has (the starter templates, replaced by the
///   source's); anything else in it is refused with an Error naming what it holds, unchanged.
/// - Every row of every table is copied with its ids, its times and hashes as the same text, in
///   one transaction on the target (under its writer lock); the source is read in one snapshot.
///   The search index is built on the target in its own backend's form; PostgreSQL's id
///   sequences are moved past the copied ids.
/// - Before the commit, inside the transaction, the target is read back: each table's row count
///   and digest must equal the source's, the consent chain must verify on the target and end at
///   the source's head. Any difference is an Error of kind Verification naming the table or
///   the event, and nothing is committed.
class PracticeCopy {
    Q_DECLARE_TR_FUNCTIONS(PracticeCopy)

public:
    /// The tables copied, in an order their foreign keys accept.
    static const QStringList& tables();

    static domain::Result<CopyReport> copy(const Database& from, const Database& to);

    /// Each table's row count and digest (rows in key order), read from `db` as it is now.
    static domain::Result<QVector<CopiedTable>> digests(const Database& db);
};

} // namespace rapport::storage
