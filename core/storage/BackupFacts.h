// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace rapport::storage {

/// What a database file says of itself, read through a read-only connection of its own (the
/// file is never written): the quick check, the application id and schema version from its
/// header, and, for a Rapport file, its counts and chain head.
struct BackupFacts {
    QStringList problems; ///< PRAGMA quick_check: {"ok"} when sound
    qint64 applicationId = 0;
    int schemaVersion = 0;
    bool hasLedger = false; ///< the file has the consent_events and clients tables
    qint64 events = 0;
    qint64 clients = 0;
    QString chainHead; ///< hash of the last consent event; empty when none
};

/// Reads the facts of the SQLite file at `path`; an Error (the reason alone, e.g. "file is not a
/// database") when it cannot be read.
domain::Result<BackupFacts> readBackupFacts(const QString& path);

} // namespace rapport::storage
