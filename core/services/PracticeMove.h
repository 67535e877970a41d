// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// What a move copied, as read back from the target.
struct MoveReport {
    QString target;
    qint64 clients = 0;
    qint64 events = 0;
    QString chainHead;
    QVector<QPair<QString, qint64>> tables; ///< each table and its rows, in copy order
};

/// Moving a practice between backends: from its SQLite file into an empty PostgreSQL database
/// when it joins a clinic, and back into a new file when it leaves (rapport-cli migrate-to).
class PracticeMove {
    Q_DECLARE_TR_FUNCTIONS(PracticeMove)

public:
    /// Opens `target` (a postgresql:// URL or a file path; a missing file is created, a database
    /// is migrated to this version) and copies the whole of `from` into it in one transaction,
    /// then checks, before committing, that every row of every table, every consent event and
    /// the chain head arrived (storage::PracticeCopy). Refused, with the target unchanged: the
    /// source itself, a target that is not empty (Database errors), a copy that does not read
    /// back equal (Verification). A file this call created is removed again when the copy fails.
    static domain::Result<MoveReport> copyTo(const storage::Database& from, const QString& target);
};

} // namespace rapport::services
