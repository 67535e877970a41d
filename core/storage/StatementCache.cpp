// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatementCache.h"

#include "storage/SqlUtil.h"

#include <QSqlDatabase>

namespace rapport::storage {

struct Statement::Entry {
    QString sql;
    QSqlQuery query;
    bool prepared = false;
    bool inUse = false;
};

Statement::Statement(StatementCache* cache, std::shared_ptr<Entry> entry) : m_cache(cache), m_entry(std::move(entry))
{
    m_entry->inUse = true;
}

Statement::Statement(Statement&& other) noexcept : m_cache(other.m_cache), m_entry(std::move(other.m_entry)) {}

Statement::~Statement()
{
    if (!m_entry)
        return;
    m_entry->query.finish();
    m_entry->inUse = false;
}

QSqlQuery& Statement::query()
{
    return m_entry->query;
}

domain::Status Statement::run(const QVariantList& values, const char* what)
{
    QSqlQuery& q = m_entry->query;
    if (!m_entry->prepared) {
        if (auto e = prepare(q, m_entry->sql, what))
            return e;
        m_entry->prepared = true;
        ++m_cache->m_prepares;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    auto e = storage::run(q, what);
    // After a failed step QtSql may have finalized the statement: prepare it afresh next time.
    if (e)
        m_entry->prepared = false;
    return e;
}

StatementCache::StatementCache(QString connectionName) : m_connectionName(std::move(connectionName)) {}

StatementCache::~StatementCache() = default;

std::shared_ptr<Statement::Entry> StatementCache::fresh(const QString& sql) const
{
    auto entry = std::make_shared<Statement::Entry>();
    entry->sql = sql;
    entry->query = QSqlQuery(QSqlDatabase::database(m_connectionName, false));
    entry->query.setForwardOnly(true);
    return entry;
}

Statement StatementCache::statement(const QString& sql)
{
    if (!m_enabled)
        return Statement(this, fresh(sql));
    const auto it = m_entries.find(sql);
    if (it != m_entries.end())
        return Statement(this, it->second->inUse ? fresh(sql) : it->second);
    auto entry = fresh(sql);
    if (int(m_entries.size()) < kCapacity)
        m_entries.emplace(sql, entry);
    return Statement(this, std::move(entry));
}

void StatementCache::clear()
{
    // A statement still lent out keeps its entry alive until it goes out of scope.
    m_entries.clear();
}

void StatementCache::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        clear();
}

} // namespace rapport::storage
