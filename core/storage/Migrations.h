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

} // namespace rapport::storage
