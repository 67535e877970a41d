// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace rapport::storage {

class Database;

/// Client search: the SQLite FTS5 index `client_search` (rowid = client id) over names, phone
/// numbers (E.164 digits, national digits, national significant number) and email addresses,
/// kept in step by ClientRepository. On PostgreSQL `client_search` is a table of one row per
/// client holding its words folded (terms()), matched word by word with `LIKE '% word%'` (a
/// pg_trgm index serves it where the extension could be created); the same words find the same
/// clients as FTS5 does. On any other driver, a case-insensitive LIKE over names and contact values.
///
/// Search text: each word is a prefix (`ana sil` finds "Ana Silva"); a text of digits, spaces,
/// `+`, `-`, `(`, `)` is one number prefix (`07400 123` finds +447400123456).
class ClientSearch {
public:
    /// Sort key for paging by name: case-folded, accents removed.
    static QString nameKey(const QString& name);

    /// A SQL condition on the alias `c` (clients) for `text`, and its bound values, in order.
    struct Filter {
        QString sql;
        QVariantList values;
    };
    /// An empty `sql` when the text has nothing searchable (then every client matches).
    static Filter filter(const QSqlDatabase& db, const QString& text);

    /// Replaces the index entry of `client` (removes it for an erased client).
    static domain::Status index(QSqlDatabase& db, const domain::Client& client);
    static domain::Status remove(QSqlDatabase& db, qint64 clientId);
    /// As above, on the statements `db` keeps prepared.
    static domain::Status index(const Database& db, const domain::Client& client);
    static domain::Status remove(const Database& db, qint64 clientId);
    /// Recomputes sort keys and the whole index from the tables (migration step 2).
    static domain::Status rebuild(QSqlDatabase& db);

    /// The FTS5 MATCH expression for `text`; empty when nothing searchable.
    static QString matchExpression(const QString& text);

    /// PostgreSQL's search row: " word word ... " of the names and email addresses (split at
    /// anything not a letter or digit, folded like nameKey()), then the number terms.
    static QString terms(const QString& names, const QStringList& numberTerms, const QStringList& emails);
    /// PostgreSQL's LIKE patterns for `text`, one per word ("% ana%"), as matchExpression() reads it.
    static QVariantList likePatterns(const QString& text);
    /// The INSERT of one index entry on `db`'s backend (empty when it has no index), and its values.
    static QString insertSql(const QSqlDatabase& db);
    /// The columns insertSql() fills, in the order of entryValues().
    static QStringList indexColumns(const QSqlDatabase& db);
    static QVariantList entryValues(const QSqlDatabase& db, qint64 clientId, const QString& names,
                                    const QStringList& numberTerms, const QStringList& emails);

    /// The digit strings a person may type for a stored E.164 number, as the index holds them:
    /// E.164 digits, national digits, national significant number (each once, in that order).
    static QStringList numberTerms(const QString& e164);
    /// The same terms from a number already parsed: `national` is its NATIONAL format (any
    /// punctuation), `significant` its national significant number; both empty when it does not parse.
    static QStringList numberTerms(const QString& e164, const QString& national, const QString& significant);

private:
    static bool hasFts(const QSqlDatabase& db);
    static bool hasTermsTable(const QSqlDatabase& db);
};

} // namespace rapport::storage
