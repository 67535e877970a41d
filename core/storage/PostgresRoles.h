// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rapport::storage {

class Database;

/// The roles of a clinic's PostgreSQL practice (rapport-cli admin setup-roles), run by the
/// database's owner after it created or upgraded the schema.
///
/// Contract: in one transaction, creates the group role `role` (NOLOGIN) when it does not exist
/// and gives it what a desk needs and no more: CONNECT on the database, USAGE on the schema,
/// SELECT/INSERT/UPDATE/DELETE on the practice's tables and their sequences, except that
///   - consent_events: SELECT and INSERT only (the ledger is append-only by grant as well as by
///     its triggers: a desk's role cannot UPDATE, DELETE or TRUNCATE it, nor switch triggers off,
///     which only the owner may);
///   - consent_notes: SELECT, INSERT and DELETE (erasure removes a note; a note never changes);
///   - rapport_schema: SELECT only (desks never migrate: the owner does, by opening the
///     database with a newer Rapport, then runs this again).
/// Earlier grants of `role` on these tables are revoked first, so running it again converges.
/// Returns the statements it ran. A role name that is not a plain lowercase identifier, a
/// SQLite practice, or a connection without the rights is an Error (kind Database or InvalidInput).
class PostgresRoles {
    Q_DECLARE_TR_FUNCTIONS(PostgresRoles)

public:
    static constexpr const char* kDefaultRole = "rapport_desk";
    static domain::Result<QStringList> setUp(const Database& db, const QString& role);
};

} // namespace rapport::storage
