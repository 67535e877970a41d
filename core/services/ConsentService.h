// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/ConsentChain.h"
#include "domain/ConsentEvent.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QVector>
#include <optional>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// One consent event to record. Error fields are the CLI option names.
struct ConsentRequest {
    qint64 clientId = 0;
    domain::Channel channel = domain::Channel::Sms; ///< sms, email or phone (field "channel")
    domain::Scope scope = domain::Scope::Service;
    domain::ConsentState state = domain::ConsentState::Granted;
    QString method;                       ///< one of consentMethods(); empty means "other" (field "method")
    std::optional<QDateTime> effectiveAt; ///< when it took effect; default: now (field "at")
    QString note;                         ///< note, wording shown, or evidence
    QString by;                           ///< who recorded it; empty: the practitioner setting
};

/// Consent use cases over the append-only ledger. Each write is one SqlTransaction; the event's
/// recorded time is always the injected clock's now.
class ConsentService {
    Q_DECLARE_TR_FUNCTIONS(ConsentService)

public:
    ConsentService(const storage::Database& db, const domain::Clock& clock);

    /// Validates and appends; returns the event as stored (with id and hash). The client must
    /// exist and not be erased; `imported` state goes with method `imported` and vice versa.
    domain::Result<domain::ConsentEvent> record(const ConsentRequest& request);
    /// Records a withdrawal for one channel and scope (one action, as easy as giving).
    domain::Result<domain::ConsentEvent> withdraw(qint64 clientId, domain::Channel channel, domain::Scope scope,
                                                  const QString& method, const QString& note, const QString& by);
    /// The client's full history, in id order.
    domain::Result<QVector<domain::ConsentEvent>> history(qint64 clientId) const;
    /// The event in force per (channel, scope) that has any: latest effective time, then latest
    /// id; ordered sms, email, phone x service, marketing.
    domain::Result<QVector<domain::ConsentEvent>> currentStates(qint64 clientId) const;
    /// The pure rule behind currentStates().
    static QVector<domain::ConsentEvent> current(const QVector<domain::ConsentEvent>& history);
    /// Recomputes the chain. A broken chain is a ChainCheck with ok=false, not an Error.
    domain::Result<domain::ChainCheck> verify() const;
    /// The hash of the last event; empty for an empty ledger.
    domain::Result<QString> chainHead() const;

private:
    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
