// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Draft.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::services {

/// Drafts kept on this computer while a practice's PostgreSQL server does not answer (the
/// network dropped, the server restarts): one JSON file per practice URL in `folder` (mode
/// 0600, written atomically), one entry per draft. A draft is known by its id in the database,
/// or, for one the server never saw (id 0), by its client: the composer keeps one unsent draft
/// per client. Entries leave the file when the composer has put them in the database.
///
/// Contract: keep() replaces the entry with the same key; every function reads the file afresh,
/// so two windows (or two programs) keeping drafts for one practice see each other's. A file that
/// cannot be read is an Error naming it, never emptied.
class KeptDrafts {
    Q_DECLARE_TR_FUNCTIONS(KeptDrafts)
public:
    /// The folder the app keeps them in: `kept-drafts` in the user's data folder.
    static QString defaultFolder();

    KeptDrafts(QString folder, const QString& practiceUrl);

    /// The file of this practice's kept drafts (it may not exist).
    const QString& filePath() const { return m_path; }

    domain::Result<QVector<domain::Draft>> all() const;
    /// The most recently kept draft for `clientId` (nullopt: of any client), if any.
    domain::Result<std::optional<domain::Draft>> latest(std::optional<qint64> clientId) const;
    /// Keeps `draft` (its updatedAt as given), replacing an entry with the same key.
    domain::Status keep(const domain::Draft& draft);
    /// Drops the entry with `draft`'s key (also the id-0 entry of its client once it has an id).
    domain::Status forget(const domain::Draft& draft);

private:
    domain::Status write(const QVector<domain::Draft>& drafts) const;

    QString m_path;
};

} // namespace rapport::services
