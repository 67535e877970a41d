// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ClientListQuery.h"

#include "domain/ConsentLedger.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClientSearch.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {
const char* const kWhat = QT_TRANSLATE_NOOP("Database", "listing clients");

int channelIndex(domain::Channel c)
{
    switch (c) {
    case domain::Channel::Sms:
        return 0;
    case domain::Channel::Email:
        return 1;
    case domain::Channel::Phone:
        return 2;
    case domain::Channel::InPerson:
        break;
    }
    return -1;
}

QString placeholders(int n)
{
    QStringList q;
    q.reserve(n);
    for (int i = 0; i < n; ++i)
        q << QStringLiteral("?");
    return q.join(QLatin1Char(','));
}

ClientListRow readRow(const QSqlQuery& q)
{
    ClientListRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.preferredName = q.value(2).toString();
    r.nameKey = q.value(3).toString();
    r.archived = q.value(4).toInt() != 0;
    const QDateTime next = fromDbTime(q.value(5));
    if (next.isValid())
        r.nextAppointment = next;
    return r;
}

/// The next appointment (column 5) takes one bound value first: now.
QString columns()
{
    return QStringLiteral("c.id, c.name, c.preferred_name, c.name_key, c.archived, ") +
           AppointmentRepository::nextStartSubquery();
}
} // namespace

ClientListQuery::ClientListQuery(const Database& db) : m_db(db) {}

Result<QVector<ClientListRow>> ClientListQuery::page(const QString& search, bool includeArchived,
                                                     const std::optional<Cursor>& after, int limit,
                                                     const QDateTime& now) const
{
    const QSqlDatabase db = m_db.connection();
    QStringList where{QStringLiteral("c.erased = 0")};
    QVariantList values;
    if (!includeArchived)
        where << QStringLiteral("c.archived = 0");
    if (after) {
        where << QStringLiteral("(c.name_key > ? OR (c.name_key = ? AND c.id > ?))");
        values << after->nameKey << after->nameKey << after->id;
    }
    QString from = QStringLiteral(" FROM clients c");
    QVariantList fromValues;
    const QString match =
        db.driverName() == QLatin1String("QSQLITE") ? ClientSearch::matchExpression(search) : QString();
    if (!match.isEmpty()) {
        // Two plans, chosen by how many clients match. Few: drive from the FTS5 matches (CROSS
        // JOIN keeps that order) and sort them. Many: walk the name index and keep the rows in
        // the match list, which finds a page after a few rows. Each plan is slow where the other
        // is quick (measured in tests/bench/README.md).
        if (match != m_probedMatch) {
            QSqlQuery probe(db);
            probe.setForwardOnly(true);
            if (auto e = run(probe,
                             QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM client_search WHERE "
                                            "client_search MATCH ? LIMIT ?)"),
                             {match, kSparseMatches}, kWhat))
                return *e;
            m_probedCount = probe.next() ? probe.value(0).toInt() : 0;
            m_probedMatch = match;
        }
        if (m_probedCount < kSparseMatches) {
            from = QStringLiteral(" FROM (SELECT rowid AS rid FROM client_search WHERE client_search MATCH ?) m"
                                  " CROSS JOIN clients c ON c.id = m.rid");
            fromValues << match;
        } else {
            where << QStringLiteral("c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)");
            values << match;
        }
    } else if (m_db.isPostgres()) {
        auto matches = postgresMatches(search);
        if (!matches)
            return matches.error();
        if (!matches->sql.isEmpty() && matches->sparse) {
            from = QStringLiteral(" FROM (") + matches->sql +
                   QStringLiteral(" OFFSET 0) m JOIN clients c ON c.id = m.client_id");
            fromValues << matches->values;
        } else if (!matches->sql.isEmpty()) {
            where << QStringLiteral("c.id IN (") + matches->sql + QLatin1Char(')');
            values << matches->values;
        }
    } else {
        const ClientSearch::Filter filter = ClientSearch::filter(db, search);
        if (!filter.sql.isEmpty()) {
            where << filter.sql;
            values << filter.values;
        }
    }
    const QString sql = QStringLiteral("SELECT ") + columns() + from + QStringLiteral(" WHERE ") +
                        where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY c.name_key, c.id LIMIT ?");
    values = QVariantList{toDbTime(now)} + fromValues + values;
    values << qMax(1, limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto e = run(q, sql, values, kWhat))
        return *e;
    QVector<ClientListRow> rows;
    while (q.next())
        rows.push_back(readRow(q));
    q.finish();
    if (auto e = fillConsent(rows, now))
        return *e;
    return rows;
}

Result<ClientListRow> ClientListQuery::row(qint64 id, const QDateTime& now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = run(q, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM clients c WHERE c.id = ?"),
                     {toDbTime(now), id}, kWhat))
        return *e;
    if (!q.next())
        return Error::invalid(QCoreApplication::translate("Database", "There is no client with id %1.").arg(id));
    QVector<ClientListRow> rows{readRow(q)};
    q.finish();
    if (auto e = fillConsent(rows, now))
        return *e;
    return rows.front();
}

Result<ClientListQuery::Matches> ClientListQuery::postgresMatches(const QString& search) const
{
    Matches m;
    m.values = ClientSearch::likePatterns(search);
    if (ClientSearch::matchExpression(search).isEmpty() || m.values.isEmpty())
        return m;
    QStringList conditions;
    QStringList key;
    for (const QVariant& v : std::as_const(m.values)) {
        conditions << QStringLiteral("s.terms LIKE ?");
        key << v.toString();
    }
    m.sql = QStringLiteral("SELECT s.client_id FROM client_search s WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString probed = key.join(QChar(0x1f));
    if (probed != m_probedMatch) {
        QSqlQuery probe(m_db.connection());
        if (auto e = run(probe, QStringLiteral("SELECT count(*) FROM (") + m.sql + QStringLiteral(" LIMIT ?) x"),
                         QVariantList(m.values) << kSparseMatchesPostgres, kWhat))
            return *e;
        m_probedCount = probe.next() ? probe.value(0).toInt() : 0;
        m_probedMatch = probed;
    }
    m.sparse = m_probedCount < kSparseMatchesPostgres;
    return m;
}

Result<int> ClientListQuery::count(const QString& search, bool includeArchived) const
{
    const QSqlDatabase db = m_db.connection();
    QStringList where{QStringLiteral("c.erased = 0")};
    QVariantList values;
    if (!includeArchived)
        where << QStringLiteral("c.archived = 0");
    if (m_db.isPostgres()) {
        auto matches = postgresMatches(search);
        if (!matches)
            return matches.error();
        QString from = QStringLiteral(" FROM clients c");
        if (!matches->sql.isEmpty() && matches->sparse) {
            from = QStringLiteral(" FROM (") + matches->sql +
                   QStringLiteral(" OFFSET 0) m JOIN clients c ON c.id = m.client_id");
            values = matches->values;
        } else if (!matches->sql.isEmpty()) {
            where << QStringLiteral("c.id IN (") + matches->sql + QLatin1Char(')');
            values = matches->values;
        }
        QSqlQuery q(db);
        if (auto e = run(q,
                         QStringLiteral("SELECT count(*)") + from + QStringLiteral(" WHERE ") +
                             where.join(QStringLiteral(" AND ")),
                         values, kWhat))
            return *e;
        return q.next() ? q.value(0).toInt() : 0;
    }
    const ClientSearch::Filter filter = ClientSearch::filter(db, search);
    if (!filter.sql.isEmpty()) {
        where << filter.sql;
        values << filter.values;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto e = run(q, QStringLiteral("SELECT count(*) FROM clients c WHERE ") + where.join(QStringLiteral(" AND ")),
                     values, kWhat))
        return *e;
    return q.next() ? q.value(0).toInt() : 0;
}

Status ClientListQuery::fillConsent(QVector<ClientListRow>& rows, const QDateTime& now) const
{
    if (rows.isEmpty())
        return std::nullopt;
    QHash<qint64, int> index;
    QVariantList ids;
    for (int i = 0; i < rows.size(); ++i) {
        index.insert(rows[i].id, i);
        ids << rows[i].id;
    }
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto e = run(q,
                     QStringLiteral("SELECT id, client_id, channel, scope, state, effective_at, recorded_at FROM "
                                    "consent_events WHERE client_id IN (") +
                         placeholders(int(ids.size())) + QStringLiteral(")"),
                     ids, kWhat))
        return e;
    QHash<qint64, QVector<domain::ConsentEvent>> events;
    while (q.next()) {
        domain::ConsentEvent ev;
        ev.id = q.value(0).toLongLong();
        ev.clientId = q.value(1).toLongLong();
        const auto channel = domain::channelFromString(q.value(2).toString());
        const auto scope = domain::scopeFromString(q.value(3).toString());
        const auto state = domain::consentStateFromString(q.value(4).toString());
        if (!channel || !scope || !state)
            continue;
        ev.channel = *channel;
        ev.scope = *scope;
        ev.state = *state;
        ev.effectiveAt = fromDbTime(q.value(5));
        ev.recordedAt = fromDbTime(q.value(6));
        events[ev.clientId].push_back(ev);
    }
    q.finish();
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        ClientListRow& r = rows[index.value(it.key())];
        for (const auto& line : domain::ConsentLedger::currentStates(it.value(), now)) {
            const int ci = channelIndex(line.channel);
            if (ci < 0)
                continue;
            (line.scope == domain::Scope::Service ? r.service : r.marketing)[std::size_t(ci)] = line.state();
        }
    }
    QSqlQuery in(db);
    in.setForwardOnly(true);
    if (auto e = run(in,
                     QStringLiteral("SELECT client_id, max(at) FROM contact_log WHERE direction = 'in' AND "
                                    "channel = 'sms' AND client_id IN (") +
                         placeholders(int(ids.size())) + QStringLiteral(") GROUP BY client_id"),
                     ids, kWhat))
        return e;
    while (in.next()) {
        const QDateTime at = fromDbTime(in.value(1));
        if (at.isValid())
            rows[index.value(in.value(0).toLongLong())].lastInboundSms = at;
    }
    return std::nullopt;
}

} // namespace rapport::storage
