#include "ClientRepository.h"

#include "ClientSearch.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Client;
using domain::ContactPoint;
using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading clients");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving a client");

const QString kColumns = QStringLiteral(
    "c.id, c.name, c.preferred_name, c.time_zone, c.quiet_hours, c.next_appointment, c.notes, c.archived, c.erased");

Client clientFromRow(const QSqlQuery& q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.preferredName = q.value(2).toString();
    c.timeZone = q.value(3).toString();
    c.quietHours = domain::QuietHours::parse(q.value(4).toString());
    const QDateTime next = fromDbTime(q.value(5));
    if (next.isValid())
        c.nextAppointment = next;
    c.notes = q.value(6).toString();
    c.archived = q.value(7).toInt() != 0;
    c.erased = q.value(8).toInt() != 0;
    return c;
}

QString where(const ClientQuery& query, const ClientSearch::Filter& filter)
{
    QString sql = QStringLiteral(" WHERE c.erased = 0");
    if (!query.includeArchived)
        sql += QStringLiteral(" AND c.archived = 0");
    if (!filter.sql.isEmpty())
        sql += QStringLiteral(" AND ") + filter.sql;
    return sql;
}

} // namespace

ClientRepository::ClientRepository(const Database& db) : m_db(db) {}

Status ClientRepository::exists(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT 1 FROM clients WHERE id = ?"), {id}, kRead))
        return e;
    if (!q.next())
        return Error::invalid(QCoreApplication::translate("Client", "no client with id %1").arg(id),
                              QStringLiteral("id"));
    return std::nullopt;
}

Result<qint64> ClientRepository::insert(const Client& client, const QDateTime& now)
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("INSERT INTO clients (name, name_key, preferred_name, time_zone, quiet_hours, "
                                    "next_appointment, notes, archived, erased, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"),
                     {client.name, ClientSearch::nameKey(client.name), client.preferredName, client.timeZone,
                      client.quietHours ? client.quietHours->toString() : QString(), toDbTime(client.nextAppointment),
                      client.notes, client.archived ? 1 : 0, toDbTime(now), toDbTime(now)},
                     kWrite))
        return *e;
    if (!q.next())
        return Error::database(QCoreApplication::translate("Database", "the new client got no id"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (auto e = writeContacts(id, client.contacts))
        return *e;
    if (auto e = writePreferences(id, client.preferences))
        return *e;
    for (const auto& d : client.directives) {
        if (auto e = setDirective(id, d.directive, true, d.setAt.isValid() ? d.setAt : now, d.setBy))
            return *e;
    }
    if (auto e = reindex(id))
        return *e;
    return id;
}

Status ClientRepository::update(const Client& client, const QDateTime& now)
{
    if (auto e = exists(client.id))
        return e;
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("UPDATE clients SET name = ?, name_key = ?, preferred_name = ?, time_zone = ?, "
                                    "quiet_hours = ?, next_appointment = ?, notes = ?, archived = ?, updated_at = ? "
                                    "WHERE id = ? AND erased = 0"),
                     {client.name, ClientSearch::nameKey(client.name), client.preferredName, client.timeZone,
                      client.quietHours ? client.quietHours->toString() : QString(), toDbTime(client.nextAppointment),
                      client.notes, client.archived ? 1 : 0, toDbTime(now), client.id},
                     kWrite))
        return e;
    if (q.numRowsAffected() == 0)
        return Error::invalid(
            QCoreApplication::translate("Client", "client %1 was erased and cannot be changed").arg(client.id),
            QStringLiteral("id"));
    if (auto e = writeContacts(client.id, client.contacts))
        return e;
    if (auto e = writePreferences(client.id, client.preferences))
        return e;
    return reindex(client.id);
}

Status ClientRepository::writeContacts(qint64 id, const QVector<ContactPoint>& contacts)
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("DELETE FROM contact_points WHERE client_id = ?"), {id}, kWrite))
        return e;
    if (auto e = prepare(q,
                         QStringLiteral("INSERT INTO contact_points (client_id, kind, value, label, number_type, "
                                        "position) VALUES (?, ?, ?, ?, ?, ?)"),
                         kWrite))
        return e;
    int position = 0;
    for (const auto& cp : contacts) {
        const bool phone = cp.kind == ContactPoint::Kind::Phone;
        q.bindValue(0, id);
        q.bindValue(1, phone ? QStringLiteral("phone") : QStringLiteral("email"));
        q.bindValue(2, cp.value);
        q.bindValue(3, cp.label);
        q.bindValue(4, phone ? domain::toString(cp.numberType) : QStringLiteral("unknown"));
        q.bindValue(5, position++);
        if (auto e = run(q, kWrite))
            return e;
    }
    return std::nullopt;
}

Status ClientRepository::writePreferences(qint64 id, const QVector<domain::Channel>& preferences)
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("DELETE FROM preferences WHERE client_id = ?"), {id}, kWrite))
        return e;
    if (auto e = prepare(q, QStringLiteral("INSERT INTO preferences (client_id, channel, position) VALUES (?, ?, ?)"),
                         kWrite))
        return e;
    int position = 0;
    for (const auto ch : preferences) {
        q.bindValue(0, id);
        q.bindValue(1, domain::toString(ch));
        q.bindValue(2, position++);
        if (auto e = run(q, kWrite))
            return e;
    }
    return std::nullopt;
}

Status ClientRepository::reindex(qint64 id)
{
    auto c = find(id);
    if (!c)
        return c.error();
    QSqlDatabase db = m_db.connection();
    return ClientSearch::index(db, c.value());
}

Status ClientRepository::loadDetails(Client& c) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("SELECT id, kind, value, label, number_type FROM contact_points WHERE client_id = "
                                    "? ORDER BY position, id"),
                     {c.id}, kRead))
        return e;
    while (q.next()) {
        ContactPoint cp;
        cp.id = q.value(0).toLongLong();
        cp.kind =
            q.value(1).toString() == QLatin1String("email") ? ContactPoint::Kind::Email : ContactPoint::Kind::Phone;
        cp.value = q.value(2).toString();
        cp.label = q.value(3).toString();
        cp.numberType = domain::numberTypeFromString(q.value(4).toString()).value_or(domain::NumberType::Unknown);
        c.contacts.push_back(cp);
    }
    if (auto e = run(q, QStringLiteral("SELECT channel FROM preferences WHERE client_id = ? ORDER BY position"), {c.id},
                     kRead))
        return e;
    while (q.next()) {
        if (const auto ch = domain::channelFromString(q.value(0).toString()))
            c.preferences.push_back(*ch);
    }
    auto history = directiveHistory(c.id);
    if (!history)
        return history.error();
    for (const auto d : domain::allDirectives()) {
        const DirectiveChange* last = nullptr;
        for (const auto& change : history.value())
            if (change.directive == d)
                last = &change;
        if (last && last->active)
            c.directives.push_back({d, last->at, last->by});
    }
    return std::nullopt;
}

Result<Client> ClientRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM clients c WHERE c.id = ?"), {id},
                     kRead))
        return *e;
    if (!q.next())
        return Error::invalid(QCoreApplication::translate("Client", "no client with id %1").arg(id),
                              QStringLiteral("id"));
    Client c = clientFromRow(q);
    q.finish();
    if (auto e = loadDetails(c))
        return *e;
    return c;
}

Result<QVector<Client>> ClientRepository::list(const ClientQuery& query) const
{
    QSqlDatabase db = m_db.connection();
    const auto filter = ClientSearch::filter(db, query.search);
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM clients c") + where(query, filter) +
                  QStringLiteral(" ORDER BY c.name_key, c.id");
    QVariantList values = filter.values;
    if (query.limit >= 0 || query.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << (query.limit >= 0 ? query.limit : std::numeric_limits<int>::max()) << qMax(0, query.offset);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto e = run(q, sql, values, kRead))
        return *e;
    QVector<Client> out;
    while (q.next())
        out.push_back(clientFromRow(q));
    q.finish();
    if (query.withDetails) {
        for (auto& c : out)
            if (auto e = loadDetails(c))
                return *e;
    }
    return out;
}

Result<int> ClientRepository::count(const ClientQuery& query) const
{
    QSqlDatabase db = m_db.connection();
    const auto filter = ClientSearch::filter(db, query.search);
    QSqlQuery q(db);
    if (auto e = run(q, QStringLiteral("SELECT count(*) FROM clients c") + where(query, filter), filter.values, kRead))
        return *e;
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QHash<qint64, QString>> ClientRepository::names() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e = run(q, QStringLiteral("SELECT id, name FROM clients"), {},
                     QT_TRANSLATE_NOOP("Database", "reading clients")))
        return *e;
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<QVector<qint64>> ClientRepository::findByContact(const QString& value) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("SELECT DISTINCT p.client_id FROM contact_points p JOIN clients c ON c.id = "
                                    "p.client_id WHERE p.value = ? AND c.erased = 0 ORDER BY p.client_id"),
                     {value}, kRead))
        return *e;
    QVector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

Status ClientRepository::setArchived(qint64 id, bool archived, const QDateTime& now)
{
    if (auto e = exists(id))
        return e;
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("UPDATE clients SET archived = ?, updated_at = ? WHERE id = ?"),
               {archived ? 1 : 0, toDbTime(now), id}, kWrite);
}

Status ClientRepository::erase(qint64 id, const QDateTime& now)
{
    if (auto e = exists(id))
        return e;
    const char* what = QT_TRANSLATE_NOOP("Database", "erasing a client");
    QSqlQuery q(m_db.connection());
    const QList<QString> statements{
        QStringLiteral("UPDATE clients SET name = '', name_key = '', preferred_name = '', time_zone = '', quiet_hours "
                       "= '', next_appointment = NULL, notes = '', archived = 1, erased = 1, updated_at = ? WHERE id "
                       "= ?"),
        QStringLiteral("DELETE FROM contact_points WHERE client_id = ?"),
        QStringLiteral("DELETE FROM preferences WHERE client_id = ?"),
        QStringLiteral("DELETE FROM directives WHERE client_id = ?"),
        QStringLiteral("UPDATE contact_log SET text = '' WHERE client_id = ?"),
        QStringLiteral("DELETE FROM drafts WHERE client_id = ?"),
        QStringLiteral("DELETE FROM consent_notes WHERE event_id IN (SELECT id FROM consent_events WHERE client_id = "
                       "?)"),
    };
    for (const QString& sql : statements) {
        QVariantList values{id};
        if (sql.startsWith(QLatin1String("UPDATE clients")))
            values = {toDbTime(now), id};
        if (auto e = run(q, sql, values, what))
            return e;
    }
    QSqlDatabase db = m_db.connection();
    return ClientSearch::remove(db, id);
}

Status ClientRepository::setDirective(qint64 id, domain::Directive directive, bool active, const QDateTime& at,
                                      const QString& by)
{
    if (auto e = exists(id))
        return e;
    QSqlQuery q(m_db.connection());
    return run(
        q,
        QStringLiteral(
            "INSERT INTO directives (client_id, directive, active, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"),
        {id, domain::toString(directive), active ? 1 : 0, toDbTime(at), by}, kWrite);
}

Result<QVector<DirectiveChange>> ClientRepository::directiveHistory(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q,
                     QStringLiteral("SELECT directive, active, changed_at, changed_by FROM directives WHERE client_id "
                                    "= ? ORDER BY id"),
                     {id}, kRead))
        return *e;
    QVector<DirectiveChange> out;
    while (q.next()) {
        const auto d = domain::directiveFromString(q.value(0).toString());
        if (!d)
            continue;
        out.push_back({*d, q.value(1).toInt() != 0, fromDbTime(q.value(2)), q.value(3).toString()});
    }
    return out;
}

Status ClientRepository::setPreferences(qint64 id, const QVector<domain::Channel>& mostPreferredFirst,
                                        const QDateTime& now)
{
    if (auto e = exists(id))
        return e;
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("UPDATE clients SET updated_at = ? WHERE id = ?"), {toDbTime(now), id}, kWrite))
        return e;
    return writePreferences(id, mostPreferredFirst);
}

} // namespace rapport::storage
