// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PracticeSettings.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QPair>
#include <QStringList>
#include <QVector>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// Practice settings, stored as canonical text per key (the keys of `rapport-cli settings set`):
/// practice-name, practitioner, business-phone, time-zone, country, hours, time-off,
/// quiet-hours, conversation-window-days, sms-max-segments, in-person-horizon-days, and
/// lexicon.<category> (clinical, identifier, delicate, promotional, scheduling, admin: comma-
/// separated terms the user adds) and lexicon.ignore (words never to mark). Unset keys take
/// PracticeSettings' defaults.
class SettingsService {
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(const storage::Database& db);

    /// Every key this service knows, in display order (lexicon keys last).
    static const QStringList& keys();

    /// The settings in force. A stored value that no longer parses is an Error naming the key.
    domain::Result<domain::PracticeSettings> load() const;
    /// Validates `value` for `key` and stores its canonical form, in one transaction. Unknown key
    /// or invalid value: Error of kind InvalidInput whose field is the key; nothing changed.
    domain::Status set(const QString& key, const QString& value);
    /// Stores every key of `settings` in one transaction (values are validated the same way).
    domain::Status save(const domain::PracticeSettings& settings);
    /// Teaches the analyser one word or phrase (the composer's "Never mark" and "Mark as"):
    /// files `term` under lexicon.<section> (a category, or "ignore") and takes it out of the
    /// practice's other lexicon lists, in one transaction. A term holding a comma (the lists'
    /// separator) or an unknown section is an InvalidInput Error.
    domain::Status teachTerm(const QString& term, const QString& section);
    /// Key and canonical text of every key, in keys() order, defaults included.
    domain::Result<QVector<QPair<QString, QString>>> show() const;

    /// Applies `value` for `key` to `settings` (pure validation); on success the canonical text.
    static domain::Result<QString> apply(domain::PracticeSettings& settings, const QString& key, const QString& value);
    /// The canonical text of `key` in `settings`.
    static QString text(const domain::PracticeSettings& settings, const QString& key);

private:
    const storage::Database& m_db;
};

} // namespace rapport::services
