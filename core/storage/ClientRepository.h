// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/ClientQuery.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

namespace rapport::storage {

class Database;

using domain::ClientQuery; ///< a domain value (domain/ClientQuery.h)

/// One change of a directive, as kept in its history.
struct DirectiveChange {
    domain::Directive directive = domain::Directive::NoSms;
    bool active = false; ///< true: set; false: cleared
    QDateTime at;        ///< UTC
    QString by;
};

/// Clients with their contact points, preferences and directives.
///
/// Contract: takes and returns domain values; never opens a transaction (callers hold a
/// SqlTransaction for writes, so several calls land together or not at all); SQL is portable
/// to PostgreSQL apart from the search index (ClientSearch). Unknown ids give an Error of kind
/// InvalidInput naming the id; SQL failures an Error of kind Database. Use on the Database's
/// thread only.
class ClientRepository {
public:
    explicit ClientRepository(const Database& db);

    /// Inserts `client` (its id is ignored) with its contacts, preferences and directive
    /// records; returns the new id. `now` becomes created_at and updated_at. `nextAppointment`
    /// is not written: it is derived from the appointments (AppointmentRepository).
    domain::Result<qint64> insert(const domain::Client& client, const QDateTime& now);
    /// Rewrites the client's fields, contact points and preferences (directives are changed only
    /// through setDirective, to keep their history).
    domain::Status update(const domain::Client& client, const QDateTime& now);
    /// The client with contacts (in order), preferences and directives in force. Its
    /// nextAppointment is the start of its earliest booked appointment starting at or after `now`
    /// (none when `now` is invalid).
    domain::Result<domain::Client> find(qint64 id, const QDateTime& now) const;
    /// As find(), for every client the query selects.
    domain::Result<QVector<domain::Client>> list(const ClientQuery& query, const QDateTime& now) const;
    /// As find(), in bulk, for every client (not erased) with a booked appointment starting in
    /// [from, to): four queries whatever their number, by id.
    domain::Result<QVector<domain::Client>> withAppointmentsBetween(const QDateTime& from, const QDateTime& to,
                                                                    const QDateTime& now) const;
    /// Every client's name by id, archived and erased ones included (one cheap query, for
    /// exports that need names only).
    domain::Result<QHash<qint64, QString>> names() const;
    domain::Result<int> count(const ClientQuery& query) const;
    /// Ids of (not erased) clients having a contact point with this value: a number exactly, an
    /// email address with case ignored.
    domain::Result<QVector<qint64>> findByContact(const QString& value) const;

    domain::Status setArchived(qint64 id, bool archived, const QDateTime& now);
    /// Removes personal data: name, preferred name, contact points, time zone, quiet hours,
    /// appointments, notes, preferences, directives, drafts, contact log texts, consent note texts
    /// and the search entry. The client row stays (erased, archived) so consent events still refer to it.
    domain::Status erase(qint64 id, const QDateTime& now);

    /// Appends a set (`active`) or clear of `directive` to its history.
    domain::Status setDirective(qint64 id, domain::Directive directive, bool active, const QDateTime& at,
                                const QString& by);
    domain::Result<QVector<DirectiveChange>> directiveHistory(qint64 id) const;
    domain::Status setPreferences(qint64 id, const QVector<domain::Channel>& mostPreferredFirst, const QDateTime& now);

private:
    domain::Status exists(qint64 id) const;
    domain::Status writeContacts(qint64 id, const QVector<domain::ContactPoint>& contacts);
    domain::Status writePreferences(qint64 id, const QVector<domain::Channel>& preferences);
    domain::Status loadDetails(domain::Client& c) const;
    domain::Status reindex(qint64 id);

    const Database& m_db;
};

} // namespace rapport::storage
