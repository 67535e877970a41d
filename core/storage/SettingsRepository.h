// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QMap>
#include <QString>
#include <optional>

namespace rapport::storage {

class Database;

/// Practice settings as text key/value pairs. Meaning and validation belong to SettingsService.
/// Never opens a transaction; portable SQL (`ON CONFLICT ... DO UPDATE` runs on SQLite >= 3.24
/// and PostgreSQL).
class SettingsRepository {
public:
    explicit SettingsRepository(const Database& db);

    /// The stored value, or nullopt when the key was never set.
    domain::Result<std::optional<QString>> value(const QString& key) const;
    /// Every stored pair, sorted by key.
    domain::Result<QMap<QString, QString>> all() const;
    domain::Status setValue(const QString& key, const QString& value);
    domain::Status remove(const QString& key);

private:
    const Database& m_db;
};

} // namespace rapport::storage
