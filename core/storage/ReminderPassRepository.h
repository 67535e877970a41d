// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/ReminderPass.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace rapport::storage {

class Database;

/// The stored state of one row of a reminder pass: one appointment's reminder from one template.
struct PassEntry {
    qint64 appointmentId = 0;
    qint64 templateId = 0;
    domain::PassState state = domain::PassState::Todo;
    std::optional<domain::Channel> channel; ///< how it was handed off
    qint64 contactId = 0;                   ///< the outbound contact the hand-off logged; 0: none
    QDateTime updatedAt;                    ///< UTC
};

/// The reminder pass (table reminder_pass, schema step 7): a row handed off or skipped, per
/// appointment and template; no row means still to do. Never opens a transaction; portable SQL.
class ReminderPassRepository {
public:
    explicit ReminderPassRepository(const Database& db);

    /// The stored states of template `templateId` for the appointments starting in [from, to),
    /// by appointment id: one query.
    domain::Result<QHash<qint64, PassEntry>> forTemplateBetween(qint64 templateId, const QDateTime& from,
                                                                const QDateTime& to) const;
    /// Writes `entry` (state HandedOff or Skipped; Todo removes the row); `now` becomes updated_at.
    domain::Status set(const PassEntry& entry, const QDateTime& now);

private:
    const Database& m_db;
};

} // namespace rapport::storage
