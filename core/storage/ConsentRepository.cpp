#include "ConsentRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using domain::ConsentEvent;
using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading the consent ledger");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "recording a consent event");

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.client_id, e.channel, e.scope, e.state, e.method, e.effective_at, e.recorded_at, e.recorded_by, "
    "e.note_sha256, e.prev_hash, e.hash, n.note, c.erased FROM consent_events e LEFT JOIN consent_notes n ON "
    "n.event_id = e.id LEFT JOIN clients c ON c.id = e.client_id");

ConsentEvent fromRow(const QSqlQuery& q)
{
    ConsentEvent e;
    e.id = q.value(0).toLongLong();
    e.clientId = q.value(1).toLongLong();
    e.channel = domain::channelFromString(q.value(2).toString()).value_or(domain::Channel::Sms);
    e.scope = domain::scopeFromString(q.value(3).toString()).value_or(domain::Scope::Service);
    e.state = domain::consentStateFromString(q.value(4).toString()).value_or(domain::ConsentState::Granted);
    e.method = q.value(5).toString();
    e.effectiveAt = fromDbTime(q.value(6));
    e.recordedAt = fromDbTime(q.value(7));
    e.recordedBy = q.value(8).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    e.note = q.value(12).toString();
    return e;
}

QDateTime toMillis(const QDateTime& t)
{
    return fromDbTime(toDbTime(t));
}

} // namespace

ConsentRepository::ConsentRepository(const Database& db) : m_db(db) {}

Result<ConsentEvent> ConsentRepository::append(ConsentEvent e)
{
    auto last = head();
    if (!last)
        return last.error();
    e.id = last.value() ? last.value()->id + 1 : 1;
    e.effectiveAt = toMillis(e.effectiveAt);
    e.recordedAt = toMillis(e.recordedAt);
    if (!e.effectiveAt.isValid() || !e.recordedAt.isValid())
        return Error::invalid(QCoreApplication::translate("Consent", "a consent event needs valid times"));
    domain::ConsentChain::seal(e, last.value() ? last.value()->hash : QString());
    QSqlQuery q(m_db.connection());
    if (auto err = run(q,
                       QStringLiteral("INSERT INTO consent_events (id, client_id, channel, scope, state, method, "
                                      "effective_at, recorded_at, recorded_by, note_sha256, prev_hash, hash) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {e.id, e.clientId, domain::toString(e.channel), domain::toString(e.scope),
                        domain::toString(e.state), e.method, toDbTime(e.effectiveAt), toDbTime(e.recordedAt),
                        e.recordedBy, domain::ConsentChain::noteDigest(e.note), e.prevHash, e.hash},
                       kWrite))
        return *err;
    if (auto err =
            run(q, QStringLiteral("INSERT INTO consent_notes (event_id, note) VALUES (?, ?)"), {e.id, e.note}, kWrite))
        return *err;
    return e;
}

Status ConsentRepository::stream(const ConsentRange& range,
                                 const std::function<bool(const ConsentEvent&, const QString&, bool)>& callback) const
{
    QString sql = kSelect;
    QStringList where;
    QVariantList values;
    if (range.clientId) {
        where << QStringLiteral("e.client_id = ?");
        values << *range.clientId;
    }
    if (range.from.isValid()) {
        where << QStringLiteral("e.effective_at >= ?");
        values << toDbTime(range.from);
    }
    if (range.to.isValid()) {
        where << QStringLiteral("e.effective_at < ?");
        values << toDbTime(range.to);
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY e.id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = run(q, sql, values, kRead))
        return e;
    while (q.next()) {
        // A note may be missing only because its client was erased; otherwise it is judged as
        // an empty note, which fails against a non-empty note's digest.
        const bool noteKnown = !q.value(12).isNull() || q.value(13).toInt() == 0;
        if (!callback(fromRow(q), q.value(9).toString(), noteKnown))
            break;
    }
    return std::nullopt;
}

Status ConsentRepository::forEach(const ConsentRange& range,
                                  const std::function<bool(const ConsentEvent&)>& callback) const
{
    return stream(range, [&](const ConsentEvent& e, const QString&, bool) { return callback(e); });
}

Result<QVector<ConsentEvent>> ConsentRepository::range(const ConsentRange& r) const
{
    QVector<ConsentEvent> out;
    if (auto e = forEach(r, [&](const ConsentEvent& ev) {
            out.push_back(ev);
            return true;
        }))
        return *e;
    return out;
}

Result<QVector<ConsentEvent>> ConsentRepository::forClient(qint64 clientId) const
{
    ConsentRange r;
    r.clientId = clientId;
    return range(r);
}

Result<std::optional<ConsentEvent>> ConsentRepository::head() const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, kSelect + QStringLiteral(" ORDER BY e.id DESC LIMIT 1"), {}, kRead))
        return *e;
    if (!q.next())
        return std::optional<ConsentEvent>();
    return std::optional<ConsentEvent>(fromRow(q));
}

Result<qint64> ConsentRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT count(*) FROM consent_events"), {}, kRead))
        return *e;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<domain::ChainCheck> ConsentRepository::verify() const
{
    domain::ConsentChain::Verifier verifier;
    if (auto e = stream({}, [&](const ConsentEvent& ev, const QString& digest, bool noteKnown) {
            return verifier.add(ev, digest, noteKnown);
        }))
        return *e;
    return verifier.result();
}

} // namespace rapport::storage
