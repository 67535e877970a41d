// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/Draft.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport::storage {

class Database;

using domain::Draft; ///< a domain value (domain/Draft.h)

/// Drafts in the `drafts` table (id, client_id nullable, purpose nullable, template_id nullable,
/// purpose_from_template, body, updated_at).
/// A client's drafts go when the client row does (ON DELETE CASCADE).
///
/// Contract: as the other repositories (no transactions, domain values, Errors naming the id).
class DraftRepository {
public:
    explicit DraftRepository(const Database& db);

    /// Inserts when `draft.id` is 0, else rewrites that draft; returns its id.
    domain::Result<qint64> save(const Draft& draft, const QDateTime& now);
    domain::Result<Draft> find(qint64 id) const;
    /// The most recently updated draft for `clientId`, or of all drafts when `clientId` is empty.
    domain::Result<std::optional<Draft>> latest(std::optional<qint64> clientId) const;
    /// Removes the draft; removing one that is already gone is not an error.
    domain::Status remove(qint64 id);
    domain::Result<int> count() const;

private:
    const Database& m_db;
};

} // namespace rapport::storage
