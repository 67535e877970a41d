// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/ClientListRow.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <array>
#include <optional>

namespace rapport::storage {

class Database;

using domain::ClientListRow; ///< a domain value (domain/ClientListRow.h)

/// Read-only, paged listing of clients for the GUI's client list, sorted by name (case and
/// accents ignored) then id, filtered by the FTS5 search of ClientSearch.
///
/// Contract: keyset paging (a page after the last row's name key and id) so every page costs the
/// same whatever its depth; one query for the page's rows and one each for their consent events
/// and last inbound texts, all by indexed client id. Current consent follows ConsentLedger's rule
/// (latest effective at or before `now`); the next appointment is the earliest booked one
/// starting at or after `now` (one indexed subquery per row). Erased clients are never listed. Use on the Database's
/// thread only; errors are of kind Database.
class ClientListQuery {
public:
    explicit ClientListQuery(const Database& db);

    /// Below this many search matches a page is read from the matches and sorted; from it on, by
    /// walking the name index.
    static constexpr int kSparseMatches = 20000;
    /// The same on PostgreSQL, whose planner otherwise walks the name index for a search that
    /// matches a few thousand clients far down the alphabet (0.35 s at 100,000 clients): below
    /// it the matches are read first (an OFFSET 0 subquery the planner cannot pull up).
    static constexpr int kSparseMatchesPostgres = 5000;

    /// Where the previous page ended.
    using Cursor = domain::ClientListCursor;

    /// Up to `limit` rows after `after` (the first page when empty).
    domain::Result<QVector<ClientListRow>> page(const QString& search, bool includeArchived,
                                                const std::optional<Cursor>& after, int limit,
                                                const QDateTime& now) const;
    /// One client's row, e.g. to refresh it after a consent change; InvalidInput for an unknown id.
    domain::Result<ClientListRow> row(qint64 id, const QDateTime& now) const;
    /// Number of clients matching, for empty states and the status line.
    domain::Result<int> count(const QString& search, bool includeArchived) const;

private:
    domain::Status fillConsent(QVector<ClientListRow>& rows, const QDateTime& now) const;
    /// On PostgreSQL: the search's matching client ids as SQL, its values, and whether they are
    /// few (probed, remembered like m_probedCount). Empty SQL when the search has no words.
    struct Matches {
        QString sql;
        QVariantList values;
        bool sparse = false;
    };
    domain::Result<Matches> postgresMatches(const QString& search) const;

    const Database& m_db;
    // The last search's match count (up to kSparseMatches), so the next pages skip the probe.
    // Stale after writes at worst chooses the slower plan; results are unaffected.
    mutable QString m_probedMatch;
    mutable int m_probedCount = 0;
};

} // namespace rapport::storage
