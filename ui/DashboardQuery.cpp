#include "DashboardQuery.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace rapport::ui {

using domain::Channel;
using domain::Result;
using domain::Scope;

namespace {
const char* const kWhat = QT_TRANSLATE_NOOP("Database", "reading the dashboard figures");

// The current event per line, as ConsentLedger defines it: latest effective at or before the
// bound time, then latest recorded, then highest id.
const QString kLatest =
    QStringLiteral("WITH latest AS (SELECT e.client_id, e.channel, e.scope, e.state, e.effective_at,"
                   " ROW_NUMBER() OVER (PARTITION BY e.client_id, e.channel, e.scope"
                   "  ORDER BY e.effective_at DESC, e.recorded_at DESC, e.id DESC) AS rn"
                   " FROM consent_events e WHERE e.effective_at <= ?) ");
} // namespace

DashboardQuery::DashboardQuery(const storage::Database& db) : m_db(db) {}

Result<QVector<DashboardQuery::Coverage>> DashboardQuery::coverage(const QDateTime& now) const
{
    QSqlQuery total(m_db.connection());
    if (auto e = storage::run(total, QStringLiteral("SELECT count(*) FROM clients WHERE erased = 0 AND archived = 0"),
                              {}, kWhat))
        return *e;
    const int clients = total.next() ? total.value(0).toInt() : 0;
    total.finish();

    QVector<Coverage> out;
    for (Channel c : domain::consentChannels())
        for (Scope s : {Scope::Service, Scope::Marketing}) {
            Coverage cov;
            cov.channel = c;
            cov.scope = s;
            out.push_back(cov);
        }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = storage::run(q,
                              kLatest + QStringLiteral("SELECT l.channel, l.scope, l.state, count(*) FROM latest l"
                                                       " JOIN clients c ON c.id = l.client_id"
                                                       " WHERE l.rn = 1 AND c.erased = 0 AND c.archived = 0"
                                                       " GROUP BY l.channel, l.scope, l.state"),
                              {storage::toDbTime(now)}, kWhat))
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

Result<DashboardQuery::Volume> DashboardQuery::contactVolume(const QDateTime& now, int weeks) const
{
    Volume v;
    const QDateTime end = now.toUTC();
    const QDateTime start = end.addDays(-7 * weeks);
    for (int w = 0; w < weeks; ++w)
        v.weekStarts.push_back(start.addDays(7 * w).date());
    for (Channel c : domain::allChannels())
        v.counts.insert(c, QVector<int>(weeks, 0));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = storage::run(q,
                              QStringLiteral("SELECT CAST((julianday(at) - julianday(?)) / 7 AS INTEGER) AS week,"
                                             " channel, count(*) FROM contact_log WHERE at >= ? AND at < ?"
                                             " GROUP BY week, channel"),
                              {storage::toDbTime(start), storage::toDbTime(start), storage::toDbTime(end)}, kWhat))
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

Result<QVector<DashboardQuery::PendingConsent>> DashboardQuery::pendingConfirmations(const QDateTime& now, int limit,
                                                                                     int* total) const
{
    const QString from = QStringLiteral(" FROM latest l JOIN clients c ON c.id = l.client_id"
                                        " WHERE l.rn = 1 AND l.state = 'imported' AND c.erased = 0 AND c.archived = 0");
    if (total) {
        QSqlQuery n(m_db.connection());
        if (auto e =
                storage::run(n, kLatest + QStringLiteral("SELECT count(*)") + from, {storage::toDbTime(now)}, kWhat))
            return *e;
        *total = n.next() ? n.value(0).toInt() : 0;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e =
            storage::run(q,
                         kLatest + QStringLiteral("SELECT l.client_id, c.name, l.channel, l.scope, l.effective_at") +
                             from + QStringLiteral(" ORDER BY l.effective_at, c.name_key LIMIT ?"),
                         {storage::toDbTime(now), limit}, kWhat))
        return *e;
    QVector<PendingConsent> out;
    while (q.next()) {
        PendingConsent p;
        p.clientId = q.value(0).toLongLong();
        p.clientName = q.value(1).toString();
        p.channel = domain::channelFromString(q.value(2).toString()).value_or(Channel::Sms);
        p.scope = domain::scopeFromString(q.value(3).toString()).value_or(Scope::Service);
        p.effectiveAt = storage::fromDbTime(q.value(4));
        out.push_back(p);
    }
    return out;
}

} // namespace rapport::ui
