// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/ClientQuery.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// What to set on a client: each field given (has_value) is set, the others kept. For add(),
/// `name` is required. Raw text as typed: the service validates and normalises it.
/// Error fields are the CLI option names: name, mobile, phone, email, tz, quiet-hours, prefers,
/// next-appointment, note, contacts.
struct ClientChanges {
    std::optional<QString> name;
    std::optional<QString> preferredName;
    /// Replace the phones labelled "Mobile" (`--mobile`); stored with label "Mobile".
    std::optional<QStringList> mobiles;
    /// Replace the other phones (`--phone`); stored with label "Phone".
    std::optional<QStringList> phones;
    /// Replace the email addresses; stored lower-cased with label "Email".
    std::optional<QStringList> emails;
    /// Replace every contact point at once (kind, raw value and label of each; ids ignored).
    /// Applied before mobiles/phones/emails.
    std::optional<QVector<domain::ContactPoint>> contacts;
    std::optional<QString> timeZone;    ///< IANA id; "" = the practice's
    std::optional<QString> quietHours;  ///< "HH:MM-HH:MM"; "" = the practice default
    std::optional<QStringList> prefers; ///< channel names, most preferred first; empty clears
    /// Written as an appointment (AppointmentService::setNextInTransaction): a valid time moves
    /// the client's next booked appointment there, or books one of an hour; an invalid QDateTime
    /// cancels the next one.
    std::optional<QDateTime> nextAppointment;
    std::optional<QString> notes;
};

/// Client use cases: each opens one SqlTransaction, validates everything first, and saves all or
/// nothing. Phone numbers are normalised with the practice's `country` setting (GB when unset).
class ClientService {
    Q_DECLARE_TR_FUNCTIONS(ClientService)

public:
    ClientService(const storage::Database& db, const domain::Clock& clock);

    /// Creates a client; returns its id.
    domain::Result<qint64> add(const ClientChanges& input);
    /// Applies `changes` to client `id`; returns the saved client.
    domain::Result<domain::Client> update(qint64 id, const ClientChanges& changes);
    domain::Result<domain::Client> find(qint64 id) const;
    domain::Result<QVector<domain::Client>> list(const domain::ClientQuery& query) const;
    domain::Result<int> count(const domain::ClientQuery& query) const;
    domain::Status archive(qint64 id, bool archived = true);
    /// Removes the client's personal data; consent events stay, pseudonymous (ClientRepository::erase).
    domain::Status erase(qint64 id);
    /// Sets (`on`) or clears a directive, recorded with the clock's time and `by`. Setting a
    /// directive already in force (or clearing one that is not) records nothing and succeeds.
    domain::Status setDirective(qint64 id, domain::Directive directive, bool on, const QString& by);

    /// Validates `changes` over `base` without saving (the GUI's form check). `region` for numbers.
    static domain::Result<domain::Client> apply(domain::Client base, const ClientChanges& changes,
                                                const QString& region);
    /// The address as written (trimmed, case kept) when `text` is a sane email address; Error
    /// (field `field`) otherwise. Addresses are compared with case ignored (domain::contactKey).
    static domain::Result<QString> normaliseEmail(const QString& text, const QString& field = QStringLiteral("email"));

private:
    domain::Result<QString> region() const;

    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
