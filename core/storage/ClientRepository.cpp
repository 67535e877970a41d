// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ClientRepository.h"

#include "storage/AppointmentRepository.h"
#include "storage/ClientSearch.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

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

// Column 5, the next appointment, is derived from the appointments (one bound value: now);
// clients.next_appointment is no longer read or written (schema step 6 moved it).
QString columns()
{
    return QStringLiteral("c.id, c.name, c.preferred_name, c.time_zone, c.quiet_hours, ") +
           AppointmentRepository::nextStartSubquery() + QStringLiteral(", c.notes, c.archived, c.erased");
}

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
    Statement q = m_db.statement(QStringLiteral("SELECT 1 FROM clients WHERE id = ?"));
    if (auto e = q.run({id}, kRead))
        return e;
    if (!q->next())
        return Error::invalid(QCoreApplication::translate("Client", "no client with id %1").arg(id),
                              QStringLiteral("id"));
    return std::nullopt;
}

Result<qint64> ClientRepository::insert(const Client& client, const QDateTime& now)
{
    qint64 id = 0;
    {
        Statement q = m_db.statement(
            QStringLiteral("INSERT INTO clients (name, name_key, preferred_name, time_zone, quiet_hours, "
                           "notes, archived, erased, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"));
        if (auto e = q.run({client.name, ClientSearch::nameKey(client.name), client.preferredName, client.timeZone,
                            client.quietHours ? client.quietHours->toString() : QString(), client.notes,
                            client.archived ? 1 : 0, toDbTime(now), toDbTime(now)},
                           kWrite))
            return *e;
        if (!q->next())
            return Error::database(QCoreApplication::translate("Database", "the new client got no id"));
        id = q->value(0).toLongLong();
    }
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
    Statement q =
        m_db.statement(QStringLiteral("UPDATE clients SET name = ?, name_key = ?, preferred_name = ?, time_zone = ?, "
                                      "quiet_hours = ?, notes = ?, archived = ?, updated_at = ? "
                                      "WHERE id = ? AND erased = 0"));
    if (auto e = q.run({client.name, ClientSearch::nameKey(client.name), client.preferredName, client.timeZone,
                        client.quietHours ? client.quietHours->toString() : QString(), client.notes,
                        client.archived ? 1 : 0, toDbTime(now), client.id},
                       kWrite))
        return e;
    if (q->numRowsAffected() == 0)
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
    if (auto e = m_db.statement(QStringLiteral("DELETE FROM contact_points WHERE client_id = ?")).run({id}, kWrite))
        return e;
    Statement q = m_db.statement(QStringLiteral(
        "INSERT INTO contact_points (client_id, kind, value, label, number_type, position) VALUES (?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const auto& cp : contacts) {
        const bool phone = cp.kind == ContactPoint::Kind::Phone;
        if (auto e = q.run({id, phone ? QStringLiteral("phone") : QStringLiteral("email"), cp.value, cp.label,
                            phone ? domain::toString(cp.numberType) : QStringLiteral("unknown"), position++},
                           kWrite))
            return e;
    }
    return std::nullopt;
}

Status ClientRepository::writePreferences(qint64 id, const QVector<domain::Channel>& preferences)
{
    if (auto e = m_db.statement(QStringLiteral("DELETE FROM preferences WHERE client_id = ?")).run({id}, kWrite))
        return e;
    Statement q =
        m_db.statement(QStringLiteral("INSERT INTO preferences (client_id, channel, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (const auto ch : preferences) {
        if (auto e = q.run({id, domain::toString(ch), position++}, kWrite))
            return e;
    }
    return std::nullopt;
}

Status ClientRepository::reindex(qint64 id)
{
    auto c = find(id, QDateTime()); // the search index needs no appointment
    if (!c)
        return c.error();
    return ClientSearch::index(m_db, c.value());
}

namespace {

/// A contact point from columns `first` .. first+4: id, kind, value, label, number_type.
ContactPoint contactFromRow(const QSqlQuery& q, int first)
{
    ContactPoint cp;
    cp.id = q.value(first).toLongLong();
    cp.kind =
        q.value(first + 1).toString() == QLatin1String("email") ? ContactPoint::Kind::Email : ContactPoint::Kind::Phone;
    cp.value = q.value(first + 2).toString();
    cp.label = q.value(first + 3).toString();
    cp.numberType = domain::numberTypeFromString(q.value(first + 4).toString()).value_or(domain::NumberType::Unknown);
    return cp;
}

/// The directives in force after `history` (in id order): each directive's last change, when a set.
void applyDirectives(Client& c, const QVector<DirectiveChange>& history)
{
    for (const auto d : domain::allDirectives()) {
        const DirectiveChange* last = nullptr;
        for (const auto& change : history)
            if (change.directive == d)
                last = &change;
        if (last && last->active)
            c.directives.push_back({d, last->at, last->by});
    }
}

} // namespace

Status ClientRepository::loadDetails(Client& c) const
{
    Statement contacts = m_db.statement(QStringLiteral(
        "SELECT id, kind, value, label, number_type FROM contact_points WHERE client_id = ? ORDER BY position, id"));
    if (auto e = contacts.run({c.id}, kRead))
        return e;
    const QSqlQuery& q = contacts.query();
    while (contacts->next())
        c.contacts.push_back(contactFromRow(q, 0));
    Statement preferences =
        m_db.statement(QStringLiteral("SELECT channel FROM preferences WHERE client_id = ? ORDER BY position"));
    if (auto e = preferences.run({c.id}, kRead))
        return e;
    while (preferences->next()) {
        if (const auto ch = domain::channelFromString(preferences->value(0).toString()))
            c.preferences.push_back(*ch);
    }
    auto history = directiveHistory(c.id);
    if (!history)
        return history.error();
    applyDirectives(c, history.value());
    return std::nullopt;
}

Result<QVector<Client>> ClientRepository::withAppointmentsBetween(const QDateTime& from, const QDateTime& to,
                                                                  const QDateTime& now) const
{
    const QString in =
        QStringLiteral(" IN (") + AppointmentRepository::clientsBookedBetweenSubquery() + QStringLiteral(")");
    const QVariant f = toDbTime(from);
    const QVariant t = toDbTime(to);
    QVector<Client> out;
    QHash<qint64, int> index;
    {
        Statement q = m_db.statement(QStringLiteral("SELECT ") + columns() +
                                     QStringLiteral(" FROM clients c WHERE c.erased = 0 AND c.id") + in +
                                     QStringLiteral(" ORDER BY c.id"));
        if (auto e = q.run({toDbTime(now), f, t}, kRead))
            return *e;
        while (q->next()) {
            index.insert(q->value(0).toLongLong(), out.size());
            out.push_back(clientFromRow(q.query()));
        }
    }
    {
        Statement q = m_db.statement(
            QStringLiteral(
                "SELECT client_id, id, kind, value, label, number_type FROM contact_points WHERE client_id") +
            in + QStringLiteral(" ORDER BY client_id, position, id"));
        if (auto e = q.run({f, t}, kRead))
            return *e;
        while (q->next())
            if (const auto it = index.constFind(q->value(0).toLongLong()); it != index.cend())
                out[*it].contacts.push_back(contactFromRow(q.query(), 1));
    }
    {
        Statement q = m_db.statement(QStringLiteral("SELECT client_id, channel FROM preferences WHERE client_id") + in +
                                     QStringLiteral(" ORDER BY client_id, position"));
        if (auto e = q.run({f, t}, kRead))
            return *e;
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            const auto ch = domain::channelFromString(q->value(1).toString());
            if (it != index.cend() && ch)
                out[*it].preferences.push_back(*ch);
        }
    }
    {
        Statement q = m_db.statement(
            QStringLiteral(
                "SELECT client_id, directive, active, changed_at, changed_by FROM directives WHERE client_id") +
            in + QStringLiteral(" ORDER BY id"));
        if (auto e = q.run({f, t}, kRead))
            return *e;
        QHash<qint64, QVector<DirectiveChange>> history;
        while (q->next()) {
            const auto d = domain::directiveFromString(q->value(1).toString());
            if (!d)
                continue;
            history[q->value(0).toLongLong()].push_back(
                {*d, q->value(2).toInt() != 0, fromDbTime(q->value(3)), q->value(4).toString()});
        }
        for (auto it = history.cbegin(); it != history.cend(); ++it)
            if (const auto at = index.constFind(it.key()); at != index.cend())
                applyDirectives(out[*at], it.value());
    }
    return out;
}

Result<Client> ClientRepository::find(qint64 id, const QDateTime& now) const
{
    Client c;
    {
        Statement q =
            m_db.statement(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM clients c WHERE c.id = ?"));
        if (auto e = q.run({toDbTime(now), id}, kRead))
            return *e;
        if (!q->next())
            return Error::invalid(QCoreApplication::translate("Client", "no client with id %1").arg(id),
                                  QStringLiteral("id"));
        c = clientFromRow(q.query());
    }
    if (auto e = loadDetails(c))
        return *e;
    return c;
}

Result<QVector<Client>> ClientRepository::list(const ClientQuery& query, const QDateTime& now) const
{
    QSqlDatabase db = m_db.connection();
    const auto filter = ClientSearch::filter(db, query.search);
    QString sql = QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM clients c") + where(query, filter) +
                  QStringLiteral(" ORDER BY c.name_key, c.id");
    QVariantList values{toDbTime(now)};
    values << filter.values;
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
    // An email address matches in any case (domain::contactKey); a number exactly.
    Statement q = m_db.statement(QStringLiteral(
        "SELECT DISTINCT p.client_id FROM contact_points p JOIN clients c ON c.id = p.client_id WHERE c.erased = 0 "
        "AND (p.value = ? OR (p.kind = 'email' AND lower(p.value) = lower(?))) ORDER BY p.client_id"));
    if (auto e = q.run({value, value.trimmed()}, kRead))
        return *e;
    QVector<qint64> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    return ids;
}

Status ClientRepository::setArchived(qint64 id, bool archived, const QDateTime& now)
{
    if (auto e = exists(id))
        return e;
    return m_db.statement(QStringLiteral("UPDATE clients SET archived = ?, updated_at = ? WHERE id = ?"))
        .run({archived ? 1 : 0, toDbTime(now), id}, kWrite);
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
        QStringLiteral("DELETE FROM appointments WHERE client_id = ?"),
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
    return ClientSearch::remove(m_db, id);
}

Status ClientRepository::setDirective(qint64 id, domain::Directive directive, bool active, const QDateTime& at,
                                      const QString& by)
{
    if (auto e = exists(id))
        return e;
    return m_db
        .statement(QStringLiteral(
            "INSERT INTO directives (client_id, directive, active, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"))
        .run({id, domain::toString(directive), active ? 1 : 0, toDbTime(at), by}, kWrite);
}

Result<QVector<DirectiveChange>> ClientRepository::directiveHistory(qint64 id) const
{
    Statement select = m_db.statement(QStringLiteral(
        "SELECT directive, active, changed_at, changed_by FROM directives WHERE client_id = ? ORDER BY id"));
    if (auto e = select.run({id}, kRead))
        return *e;
    const QSqlQuery& q = select.query();
    QVector<DirectiveChange> out;
    while (select->next()) {
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
    if (auto e = m_db.statement(QStringLiteral("UPDATE clients SET updated_at = ? WHERE id = ?"))
                     .run({toDbTime(now), id}, kWrite))
        return e;
    return writePreferences(id, mostPreferredFirst);
}

} // namespace rapport::storage
