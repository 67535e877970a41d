// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <unordered_map>

namespace rapport::storage {

class StatementCache;

/// A prepared statement lent for one use by a StatementCache (see Database::statement()).
///
/// Contract: run() prepares the SQL the first time (afterwards only binds and steps), binds the
/// values in order and runs; read the rows with query().next() (forward only). Going out of scope
/// resets the statement, so a half-read SELECT keeps no read transaction open, and gives it back.
/// Use it within one repository call; do not keep it.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    /// Prepares when needed, binds `values` in order and runs; on failure an Error of kind
    /// Database naming `what` (a null QString binds as '', as with run() of SqlUtil).
    domain::Status run(const QVariantList& values, const char* what);
    QSqlQuery& query();
    QSqlQuery* operator->() { return &query(); }

private:
    friend class StatementCache;
    struct Entry;
    Statement(StatementCache* cache, std::shared_ptr<Entry> entry);

    StatementCache* m_cache;
    std::shared_ptr<Entry> m_entry;
};

/// The prepared statements of one connection, keyed by SQL text, so a statement a repository runs
/// again and again (an INSERT per contact point, the chain head before each append) is prepared
/// once per connection instead of once per call.
///
/// Contract: owned by one Database and used on its thread only (one Database = one connection =
/// one thread). A statement still lent out (a repository called back into while it reads rows)
/// is not lent twice: the second caller gets a fresh statement, prepared for that use only. At
/// most kCapacity statements are kept; SQL beyond that is prepared for each use. clear() drops
/// them all: the Database does before it closes or reopens its connection or replaces its contents.
class StatementCache {
public:
    static constexpr int kCapacity = 128;

    explicit StatementCache(QString connectionName);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// The statement for `sql`, prepared on its first run().
    Statement statement(const QString& sql);
    void clear();

    /// Off: every statement is prepared for each use, as without a cache (for benchmarks and
    /// tests that compare both paths). Turning it off drops the kept statements.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// How many statements are kept.
    int size() const { return int(m_entries.size()); }
    /// How many times a statement was prepared since this cache was made.
    qint64 prepareCount() const { return m_prepares; }

private:
    friend class Statement;
    std::shared_ptr<Statement::Entry> fresh(const QString& sql) const;

    QString m_connectionName;
    bool m_enabled = true;
    qint64 m_prepares = 0;
    std::unordered_map<QString, std::shared_ptr<Statement::Entry>> m_entries;
};

} // namespace rapport::storage
