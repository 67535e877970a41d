// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ImportWriter.h"

#include "domain/ConsentChain.h"
#include "storage/ClientSearch.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "importing clients");
const char* const kRead = QT_TRANSLATE_NOOP("Database", "looking up clients by contact");
} // namespace

QString ImportWriter::searchTerms(const QString& e164)
{
    return ClientSearch::numberTerms(e164).join(QLatin1Char(' '));
}

void ImportWriter::addNumberTerms(const QHash<QString, QString>& terms)
{
    if (m_terms.isEmpty()) {
        m_terms = terms;
        return;
    }
    for (auto it = terms.constBegin(); it != terms.constEnd(); ++it)
        m_terms.insert(it.key(), it.value());
}

ImportWriter::ImportWriter(const Database& db)
    : m_db(db), m_client(db.connection()), m_contact(db.connection()), m_event(db.connection()),
      m_note(db.connection()), m_hasEvent(db.connection()), m_search(db.connection())
{
}

Status ImportWriter::begin()
{
    if (auto e = prepare(m_client,
                         QStringLiteral("INSERT INTO clients (name, name_key, preferred_name, time_zone, quiet_hours, "
                                        "notes, archived, erased, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, '', ?, 0, 0, ?, ?) RETURNING id"),
                         kWrite))
        return e;
    if (auto e = prepare(m_contact,
                         QStringLiteral("INSERT INTO contact_points (client_id, kind, value, label, number_type, "
                                        "position) VALUES (?, ?, ?, ?, ?, ?)"),
                         kWrite))
        return e;
    if (auto e = prepare(m_event,
                         QStringLiteral("INSERT INTO consent_events (id, client_id, channel, scope, state, method, "
                                        "effective_at, recorded_at, recorded_by, note_sha256, prev_hash, hash) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         kWrite))
        return e;
    if (auto e = prepare(m_note, QStringLiteral("INSERT INTO consent_notes (event_id, note) VALUES (?, ?)"), kWrite))
        return e;
    if (auto e = prepare(m_hasEvent,
                         QStringLiteral("SELECT 1 FROM consent_events WHERE client_id = ? AND channel = ? AND "
                                        "scope = ? LIMIT 1"),
                         kRead))
        return e;
    const QString searchSql = ClientSearch::insertSql(m_db.connection());
    m_hasFts = !searchSql.isEmpty();
    if (m_hasFts) {
        if (auto e = prepare(m_search, searchSql, kWrite))
            return e;
    }
    if (auto e = m_db.lockWriters()) // the chain head below stays the head until commit
        return e;
    auto head = ConsentRepository(m_db).head();
    if (!head)
        return head.error();
    if (head.value()) {
        m_lastEventId = head.value()->id;
        m_lastHash = head.value()->hash;
    }
    return std::nullopt;
}

Result<qint64> ImportWriter::insertClient(const domain::Client& client, const QDateTime& now)
{
    const QVariant at = toDbTime(now);
    m_client.bindValue(0, client.name);
    m_client.bindValue(1, ClientSearch::nameKey(client.name));
    m_client.bindValue(2, client.preferredName);
    m_client.bindValue(3, client.timeZone);
    m_client.bindValue(4, client.notes);
    m_client.bindValue(5, at);
    m_client.bindValue(6, at);
    if (auto e = run(m_client, kWrite))
        return *e;
    const qint64 id = m_client.next() ? m_client.value(0).toLongLong() : 0;
    m_client.finish();
    if (id <= 0)
        return Error::database(QCoreApplication::translate("Database", "the new client got no id"));
    int position = 0;
    for (const auto& cp : client.contacts) {
        const bool phone = cp.kind == domain::ContactPoint::Kind::Phone;
        m_contact.bindValue(0, id);
        m_contact.bindValue(1, phone ? QStringLiteral("phone") : QStringLiteral("email"));
        m_contact.bindValue(2, cp.value);
        m_contact.bindValue(3, cp.label);
        m_contact.bindValue(4, phone ? domain::toString(cp.numberType) : QStringLiteral("unknown"));
        m_contact.bindValue(5, position++);
        if (auto e = run(m_contact, kWrite))
            return *e;
    }
    if (!m_hasFts)
        return id;
    // The entry ClientSearch::index writes, without its delete of a previous entry (a new id has
    // none) and with number terms cached: client lists repeat numbers.
    QStringList numbers, emails;
    for (const auto& cp : client.contacts) {
        if (cp.kind == domain::ContactPoint::Kind::Email) {
            emails << cp.value;
            continue;
        }
        auto it = m_terms.constFind(cp.value);
        if (it == m_terms.constEnd())
            it = m_terms.insert(cp.value, searchTerms(cp.value));
        numbers << it.value();
    }
    const QVariantList entry = ClientSearch::entryValues(
        m_db.connection(), id, QString(client.name + QLatin1Char(' ') + client.preferredName), numbers, emails);
    for (int i = 0; i < entry.size(); ++i)
        m_search.bindValue(i, entry.at(i));
    if (auto e = run(m_search, kWrite))
        return *e;
    return id;
}

Status ImportWriter::appendEvent(domain::ConsentEvent e)
{
    e.id = m_lastEventId + 1;
    e.effectiveAt = fromDbTime(toDbTime(e.effectiveAt));
    e.recordedAt = fromDbTime(toDbTime(e.recordedAt));
    if (!e.effectiveAt.isValid() || !e.recordedAt.isValid())
        return Error::invalid(QCoreApplication::translate("Consent", "a consent event needs valid times"));
    domain::ConsentChain::seal(e, m_lastHash);
    const QVariantList values{e.id,
                              e.clientId,
                              domain::toString(e.channel),
                              domain::toString(e.scope),
                              domain::toString(e.state),
                              e.method,
                              toDbTime(e.effectiveAt),
                              toDbTime(e.recordedAt),
                              e.recordedBy,
                              domain::ConsentChain::noteDigest(e.note),
                              e.prevHash,
                              e.hash};
    for (int i = 0; i < values.size(); ++i)
        m_event.bindValue(i, values.at(i));
    if (auto err = run(m_event, kWrite))
        return err;
    m_note.bindValue(0, e.id);
    m_note.bindValue(1, e.note);
    if (auto err = run(m_note, kWrite))
        return err;
    m_lastEventId = e.id;
    m_lastHash = e.hash;
    return std::nullopt;
}

Result<bool> ImportWriter::hasEvent(qint64 clientId, domain::Channel channel, domain::Scope scope)
{
    m_hasEvent.bindValue(0, clientId);
    m_hasEvent.bindValue(1, domain::toString(channel));
    m_hasEvent.bindValue(2, domain::toString(scope));
    if (auto e = run(m_hasEvent, kRead))
        return *e;
    const bool found = m_hasEvent.next();
    m_hasEvent.finish();
    return found;
}

Result<QHash<QString, qint64>> ImportWriter::findByContacts(const Database& db, const QStringList& phones,
                                                            const QStringList& emailKeys)
{
    constexpr int kBatch = 400;
    QHash<QString, qint64> found;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QString preparedFor;
    // Descending ids everywhere: the lowest id is written last and wins.
    for (int start = 0; start < phones.size(); start += kBatch) {
        const int n = std::min<int>(kBatch, phones.size() - start);
        const QString sql = QStringLiteral("SELECT p.value, p.client_id FROM contact_points p JOIN clients c ON "
                                           "c.id = p.client_id WHERE c.erased = 0 AND p.value IN (") +
                            QStringLiteral("?,").repeated(n - 1) + QStringLiteral("?) ORDER BY p.client_id DESC");
        if (sql != preparedFor) {
            if (auto e = prepare(q, sql, kRead))
                return *e;
            preparedFor = sql;
        }
        for (int i = 0; i < n; ++i)
            q.bindValue(i, phones.at(start + i));
        if (auto e = run(q, kRead))
            return *e;
        while (q.next())
            found.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
    }
    if (emailKeys.isEmpty())
        return found;
    // lower(value) has no index: any query for addresses reads all stored ones. A few keys go
    // into the query; a long list is matched here against a single read of every address.
    const bool few = emailKeys.size() <= kBatch;
    QString sql = QStringLiteral("SELECT p.value, p.client_id FROM contact_points p JOIN clients c ON c.id = "
                                 "p.client_id WHERE c.erased = 0 AND p.kind = 'email'");
    if (few)
        sql += QStringLiteral(" AND lower(p.value) IN (") + QStringLiteral("?,").repeated(emailKeys.size() - 1) +
               QStringLiteral("?)");
    sql += QStringLiteral(" ORDER BY p.client_id DESC");
    if (auto e = prepare(q, sql, kRead))
        return *e;
    if (few)
        for (int i = 0; i < emailKeys.size(); ++i)
            q.bindValue(i, emailKeys.at(i));
    if (auto e = run(q, kRead))
        return *e;
    const QSet<QString> wanted(emailKeys.cbegin(), emailKeys.cend());
    while (q.next()) {
        const QString key = domain::contactKey(domain::ContactPoint::Kind::Email, q.value(0).toString());
        if (wanted.contains(key))
            found.insert(key, q.value(1).toLongLong());
    }
    q.finish();
    return found;
}

} // namespace rapport::storage
