// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/ConsentEvent.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

namespace rapport::storage {

class Database;

/// The bulk write path of an import: new clients, their contact points, their search entries and
/// consent events, through statements prepared once and reused for every row. It writes the same
/// rows as ClientRepository::insert and ConsentRepository::append (same columns, same hash chain,
/// same search entries as ClientSearch::index, checked by a test against ClientSearch::rebuild), without re-reading
/// each client and without one ledger-head query per event.
///
/// Contract: the caller holds a SqlTransaction for the whole batch; use on the Database's thread.
class ImportWriter {
public:
    explicit ImportWriter(const Database& db);

    /// Prepares the statements and reads the ledger head once.
    domain::Status begin();
    /// Search terms already known per E.164 value (ImportPlan::numberTerms); others are computed.
    void addNumberTerms(const QHash<QString, QString>& terms);
    /// Inserts a new client (name, preferred name, time zone, notes, contacts); returns its id.
    domain::Result<qint64> insertClient(const domain::Client& client, const QDateTime& now);
    /// Appends a consent event to the chain; `event.id`, `prevHash` and `hash` are set here.
    domain::Status appendEvent(domain::ConsentEvent event);
    /// True when the client has any event for this channel and scope.
    domain::Result<bool> hasEvent(qint64 clientId, domain::Channel channel, domain::Scope scope);

    /// Ids of (not erased) clients per domain::contactKey, for `phones` (E.164) and `emailKeys`
    /// (addresses as contactKey gives them: an address stored in any case matches); the lowest
    /// id wins when several clients share a value. Numbers are looked up in batches of a few
    /// hundred through the index; addresses in one query when they are few, else in one pass
    /// over the stored addresses (a case-blind comparison cannot use the value index).
    static domain::Result<QHash<QString, qint64>> findByContacts(const Database& db, const QStringList& phones,
                                                                 const QStringList& emailKeys);

    /// The search terms of a stored number, as ClientSearch indexes them: E.164 digits, national
    /// digits, national significant number, space-separated.
    static QString searchTerms(const QString& e164);

private:
    const Database& m_db;
    QSqlQuery m_client;
    QSqlQuery m_contact;
    QSqlQuery m_event;
    QSqlQuery m_note;
    QSqlQuery m_hasEvent;
    QSqlQuery m_search;
    QHash<QString, QString> m_terms;
    bool m_hasFts = false;
    qint64 m_lastEventId = 0;
    QString m_lastHash;
};

} // namespace rapport::storage
