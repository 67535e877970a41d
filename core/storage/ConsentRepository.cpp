// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConsentRepository.h"

#include "storage/AppointmentRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

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

/// " WHERE ..." for `range` (empty when it is everything), with its bound values.
QString whereFor(const ConsentRange& range, QVariantList& values)
{
    QStringList where;
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
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

/// Milliseconds since the epoch of a stored time; the stored form 2026-12-01T11:00:00.000Z is
/// read by hand, anything else through fromDbTime().
std::optional<qint64> storedMillis(QByteArrayView text)
{
    if (text.size() == 24) {
        const char* p = text.data();
        bool ok =
            p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' && p[19] == '.' && p[23] == 'Z';
        const auto num = [&](int from, int len) {
            int n = 0;
            for (int i = from; i < from + len; ++i) {
                if (p[i] < '0' || p[i] > '9')
                    ok = false;
                n = n * 10 + (p[i] - '0');
            }
            return n;
        };
        const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
        const int hour = num(11, 2), minute = num(14, 2), second = num(17, 2), ms = num(20, 3);
        if (ok && QDate::isValid(year, month, day) && QTime::isValid(hour, minute, second, ms))
            return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms;
    }
    const QDateTime t = fromDbTime(QString::fromUtf8(text));
    return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
}

} // namespace

ConsentRepository::ConsentRepository(const Database& db) : m_db(db) {}

Result<ConsentEvent> ConsentRepository::append(ConsentEvent e)
{
    // The head read below must be the head the insert follows: on PostgreSQL the writer lock
    // (normally taken already by the transaction) keeps another desk's append out until commit.
    if (auto err = m_db.lockWriters())
        return *err;
    auto last = head();
    if (!last)
        return last.error();
    e.id = last.value() ? last.value()->id + 1 : 1;
    e.effectiveAt = toMillis(e.effectiveAt);
    e.recordedAt = toMillis(e.recordedAt);
    if (!e.effectiveAt.isValid() || !e.recordedAt.isValid())
        return Error::invalid(QCoreApplication::translate("Consent", "a consent event needs valid times"));
    domain::ConsentChain::seal(e, last.value() ? last.value()->hash : QString());
    Statement insert = m_db.statement(
        QStringLiteral("INSERT INTO consent_events (id, client_id, channel, scope, state, method, effective_at, "
                       "recorded_at, recorded_by, note_sha256, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"));
    if (auto err = insert.run({e.id, e.clientId, domain::toString(e.channel), domain::toString(e.scope),
                               domain::toString(e.state), e.method, toDbTime(e.effectiveAt), toDbTime(e.recordedAt),
                               e.recordedBy, domain::ConsentChain::noteDigest(e.note), e.prevHash, e.hash},
                              kWrite))
        return *err;
    Statement note = m_db.statement(QStringLiteral("INSERT INTO consent_notes (event_id, note) VALUES (?, ?)"));
    if (auto err = note.run({e.id, e.note}, kWrite))
        return *err;
    return e;
}

Status ConsentRepository::stream(const ConsentRange& range,
                                 const std::function<bool(const ConsentEvent&, const QString&, bool)>& callback) const
{
    QVariantList values;
    QString sql = kSelect + whereFor(range, values);
    sql += QStringLiteral(" ORDER BY e.id");
    Statement select = m_db.statement(sql); // one of eight forms: whereFor() takes three optional parts
    if (auto e = select.run(values, kRead))
        return e;
    const QSqlQuery& q = select.query();
    while (select->next()) {
        // A note may be missing only because its client was erased; otherwise it is judged as
        // an empty note, which fails against a non-empty note's digest.
        const bool noteKnown = !q.value(12).isNull() || q.value(13).toInt() == 0;
        if (!callback(fromRow(q), q.value(9).toString(), noteKnown))
            break;
    }
    return std::nullopt;
}

Status ConsentRepository::forEachStored(const ConsentRange& range,
                                        const std::function<bool(const StoredConsent&)>& callback) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT e.id, e.client_id, c.name, e.channel, e.scope, e.state, e.method, "
                                       "e.effective_at, e.recorded_at, e.recorded_by, n.note, e.hash FROM "
                                       "consent_events e LEFT JOIN consent_notes n ON n.event_id = e.id "
                                       "LEFT JOIN clients c ON c.id = e.client_id") +
                        whereFor(range, values) + QStringLiteral(" ORDER BY e.id");
    StoredConsent row;
    return m_db.forEachRawRow(sql, values, kRead, [&](const RawRow& r) {
        row.id = r.integer(0);
        row.clientId = r.integer(1);
        row.clientName = r.text(2);
        row.channel = r.text(3);
        row.scope = r.text(4);
        row.state = r.text(5);
        row.method = r.text(6);
        row.effectiveMs = r.isNull(7) ? std::nullopt : storedMillis(r.text(7));
        row.recordedMs = r.isNull(8) ? std::nullopt : storedMillis(r.text(8));
        row.recordedBy = r.text(9);
        row.note = r.text(10);
        row.hash = r.text(11);
        return callback(row);
    });
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

Result<QVector<ConsentEvent>> ConsentRepository::forClientsBookedBetween(const QDateTime& from,
                                                                         const QDateTime& to) const
{
    Statement select =
        m_db.statement(kSelect + QStringLiteral(" WHERE e.client_id IN (") +
                       AppointmentRepository::clientsBookedBetweenSubquery() + QStringLiteral(") ORDER BY e.id"));
    if (auto e = select.run({toDbTime(from), toDbTime(to)}, kRead))
        return *e;
    QVector<ConsentEvent> out;
    while (select->next())
        out.push_back(fromRow(select.query()));
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
    Statement select = m_db.statement(kSelect + QStringLiteral(" ORDER BY e.id DESC LIMIT 1"));
    if (auto e = select.run({}, kRead))
        return *e;
    if (!select->next())
        return std::optional<ConsentEvent>();
    return std::optional<ConsentEvent>(fromRow(select.query()));
}

Result<qint64> ConsentRepository::count() const
{
    Statement select = m_db.statement(QStringLiteral("SELECT count(*) FROM consent_events"));
    if (auto e = select.run({}, kRead))
        return *e;
    return select->next() ? select->value(0).toLongLong() : 0;
}

QString ConsentRepository::currentLinesSql()
{
    // Times are stored as fixed-width UTC text (toDbTime), so text order is time order.
    return QStringLiteral("WITH current_lines AS (SELECT client_id, channel, scope, state, effective_at FROM ("
                          " SELECT e.client_id, e.channel, e.scope, e.state, e.effective_at,"
                          "  ROW_NUMBER() OVER (PARTITION BY e.client_id, e.channel, e.scope"
                          "   ORDER BY e.effective_at DESC, e.recorded_at DESC, e.id DESC) AS rn"
                          " FROM consent_events e WHERE e.effective_at <= ?) ranked WHERE rn = 1) ");
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
