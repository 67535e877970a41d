// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

namespace rapport::storage {

/// The schema steps of this build, in order (Database::migrations() returns them).
/// Version 1: tables, constraints and the append-only triggers of the consent ledger.
/// Version 2: name sort key, paging indexes and the FTS5 client search index.
/// Version 3: message templates and composer drafts.
/// Version 4: things to raise at a client's next appointment (raise_items).
/// Version 5: a draft's template.
/// Version 6: appointments; clients.next_appointment moved into them and no longer used.
/// Version 7: scheduled messages (scheduled_messages), handed off by a person when due.
/// Version 8: calendar import: remembered matches, unmatched events, remembered calendar files.
/// Version 9: the reminder pass (reminder_pass): per appointment and template, handed off or skipped.
const QVector<Migration>& builtInMigrations();

/// The PostgreSQL steps (Database::postgresMigrations()). Version 9: the whole schema of
/// SQLite's version 9 at once (same tables, columns in the same order, constraints, indexes and
/// append-only triggers; times and hashes the same TEXT), with the search index as a table of
/// folded terms (ClientSearch) instead of FTS5. From version 10 on, each SQLite step has a
/// PostgreSQL twin of the same number.
const QVector<Migration>& builtInPostgresMigrations();

} // namespace rapport::storage
