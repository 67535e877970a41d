// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DashboardQueries.h"

#include "storage/ConsentRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace rapport::storage {

using domain::Channel;
using domain::Result;
using domain::Scope;

namespace {
const char* const kWhat = QT_TRANSLATE_NOOP("Database", "reading the dashboard figures");

} // namespace

DashboardQueries::DashboardQueries(const Database& db) : m_db(db) {}

Result<QVector<domain::ConsentCoverage>> DashboardQueries::coverage(const QDateTime& now) const
{
    QSqlQuery total(m_db.connection());
    if (auto e =
            run(total, QStringLiteral("SELECT count(*) FROM clients WHERE erased = 0 AND archived = 0"), {}, kWhat))
        return *e;
    const int clients = total.next() ? total.value(0).toInt() : 0;
    total.finish();

    QVector<domain::ConsentCoverage> out;
    for (Channel c : domain::consentChannels())
        for (Scope s : {Scope::Service, Scope::Marketing}) {
            domain::ConsentCoverage cov;
            cov.channel = c;
            cov.scope = s;
            out.push_back(cov);
        }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = run(q,
                     ConsentRepository::currentLinesSql() +
                         QStringLiteral("SELECT l.channel, l.scope, l.state, count(*) FROM current_lines l"
                                        " JOIN clients c ON c.id = l.client_id"
                                        " WHERE c.erased = 0 AND c.archived = 0"
                                        " GROUP BY l.channel, l.scope, l.state"),
                     {toDbTime(now)}, kWhat))
        return *e;
    while (q.next()) {
        const auto c = domain::channelFromString(q.value(0).toString());
        const auto s = domain::scopeFromString(q.value(1).toString());
        const auto st = domain::consentStateFromString(q.value(2).toString());
        if (!c || !s || !st)
            continue;
        for (auto& cov : out) {
            if (cov.channel != *c || cov.scope != *s)
                continue;
            const int n = q.value(3).toInt();
            switch (*st) {
            case domain::ConsentState::Granted:
                cov.granted += n;
                break;
            case domain::ConsentState::Imported:
                cov.imported += n;
                break;
            case domain::ConsentState::Withdrawn:
            case domain::ConsentState::Refused:
                cov.withdrawn += n;
                break;
            }
        }
    }
    for (auto& cov : out)
        cov.none = qMax(0, clients - cov.granted - cov.imported - cov.withdrawn);
    return out;
}

Result<domain::ContactVolume> DashboardQueries::contactVolume(const QDateTime& now, int weeks) const
{
    domain::ContactVolume v;
    const QDateTime end = now.toUTC();
    const QDateTime start = end.addDays(-7 * weeks);
    for (int w = 0; w < weeks; ++w)
        v.weekStarts.push_back(start.addDays(7 * w).date());
    for (Channel c : domain::allChannels())
        v.counts.insert(c, QVector<int>(weeks, 0));
    // The week of a contact by comparing its time with each week's end: stored times are fixed-width
    // UTC text, so text order is time order, on both backends (no date functions in SQL).
    QString weekOf = QStringLiteral("CASE");
    QVariantList values;
    for (int w = 1; w < weeks; ++w) {
        weekOf += QStringLiteral(" WHEN at < ? THEN %1").arg(w - 1);
        values << toDbTime(start.addDays(7 * w));
    }
    weekOf += QStringLiteral(" ELSE %1 END").arg(qMax(0, weeks - 1));
    values << toDbTime(start) << toDbTime(end);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = run(q,
                     QStringLiteral("SELECT ") + weekOf +
                         QStringLiteral(" AS week, channel, count(*) FROM contact_log WHERE at >= ? AND at < ?"
                                        " GROUP BY 1, channel"),
                     values, kWhat))
        return *e;
    while (q.next()) {
        const int week = q.value(0).toInt();
        const auto c = domain::channelFromString(q.value(1).toString());
        if (!c || week < 0 || week >= weeks)
            continue;
        v.counts[*c][week] += q.value(2).toInt();
    }
    return v;
}

Result<QVector<domain::PendingConsent>> DashboardQueries::pendingConfirmations(const QDateTime& now, int limit,
                                                                               int* total) const
{
    const QString from = QStringLiteral(" FROM current_lines l JOIN clients c ON c.id = l.client_id"
                                        " WHERE l.state = 'imported' AND c.erased = 0 AND c.archived = 0");
    if (total) {
        QSqlQuery n(m_db.connection());
        if (auto e = run(n, ConsentRepository::currentLinesSql() + QStringLiteral("SELECT count(*)") + from,
                         {toDbTime(now)}, kWhat))
            return *e;
        *total = n.next() ? n.value(0).toInt() : 0;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = run(q,
                     ConsentRepository::currentLinesSql() +
                         QStringLiteral("SELECT l.client_id, c.name, l.channel, l.scope, l.effective_at") + from +
                         QStringLiteral(" ORDER BY l.effective_at, c.name_key LIMIT ?"),
                     {toDbTime(now), limit}, kWhat))
        return *e;
    QVector<domain::PendingConsent> out;
    while (q.next()) {
        domain::PendingConsent p;
        p.clientId = q.value(0).toLongLong();
        p.clientName = q.value(1).toString();
        p.channel = domain::channelFromString(q.value(2).toString()).value_or(Channel::Sms);
        p.scope = domain::scopeFromString(q.value(3).toString()).value_or(Scope::Service);
        p.effectiveAt = fromDbTime(q.value(4));
        out.push_back(p);
    }
    return out;
}

} // namespace rapport::storage
