// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/MessageTemplate.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::storage {

class Database;

using domain::MessageTemplate; ///< a domain value (domain/MessageTemplate.h)

/// Templates in the `templates` table (id, name, purpose, body, builtin, starter_key, updated_at).
///
/// Contract: as the other repositories: domain values in and out, never opens a transaction
/// (ComposerService does), Errors of kind InvalidInput name the field or id, SQL failures are
/// Errors of kind Database. Use on the Database's thread only.
class TemplateRepository {
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)

public:
    explicit TemplateRepository(const Database& db);

    /// The starter set shipped as :/rapport/templates/starter.json (parsed once per call).
    static domain::Result<QVector<MessageTemplate>> starterSet();
    /// Inserts the starter set into an empty table; for the migration step that creates it.
    static domain::Status seed(QSqlDatabase& db, const QDateTime& now);

    /// All templates, by name (case-insensitive), then id.
    domain::Result<QVector<MessageTemplate>> list() const;
    domain::Result<MessageTemplate> find(qint64 id) const;
    /// Inserts (`id` ignored) and returns the new id. Name and body must not be blank; names are
    /// unique, case-insensitively.
    domain::Result<qint64> insert(const MessageTemplate& t, const QDateTime& now);
    /// Rewrites name, purpose and body of an existing template (builtin ones too).
    domain::Status update(const MessageTemplate& t, const QDateTime& now);
    domain::Status remove(qint64 id);
    /// Puts every starter template back as shipped: an edited one is reset, a deleted one
    /// re-created; templates of the user's own are left alone. Returns how many were restored.
    domain::Result<int> restoreStarters(const QDateTime& now);

private:
    domain::Status validate(const MessageTemplate& t) const;
    const Database& m_db;
};

} // namespace rapport::storage
