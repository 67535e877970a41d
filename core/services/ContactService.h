// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/ConsentEvent.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

struct LogRequest {
    qint64 clientId = 0;
    domain::Direction direction = domain::Direction::Inbound;
    domain::Channel channel = domain::Channel::Sms;
    std::optional<QDateTime> at; ///< default: now
    QString text;
    QString by; ///< who logged it; recorded on consent events it triggers (empty: practitioner)
};

struct LogOutcome {
    domain::ContactLogEntry entry;             ///< as stored, with id and flags
    QStringList triggered;                     ///< "withdrawn: sms", "possible-opt-out", "possible-opt-in"
    QVector<domain::ConsentEvent> withdrawals; ///< events appended by an opt-out keyword
};

/// Logging contacts, with the inbound keyword rules of channel-policy.md step 5:
/// an inbound sms whose whole text is an opt-out keyword appends `withdrawn` events for sms in
/// both scopes (method inbound-message, effective at the message's time, the text as evidence)
/// in the same transaction as the log entry; a keyword inside a longer text, or any opt-out
/// keyword on another channel, only flags `possible-opt-out`; start/unstop flags
/// `possible-opt-in` and never re-grants.
class ContactService {
public:
    ContactService(const storage::Database& db, const domain::Clock& clock);

    domain::Result<LogOutcome> log(const LogRequest& request);
    /// Newest first; at most `limit` when limit >= 0.
    domain::Result<QVector<domain::ContactLogEntry>> forClient(qint64 clientId, int limit = -1) const;

private:
    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
