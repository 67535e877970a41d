// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rapport::domain {

/// One append-only entry of the consent ledger. `hash` is SHA-256 (hex) over the canonical
/// serialisation of this event including `prevHash`, so the events form a chain.
struct ConsentEvent {
    qint64 id = 0;
    qint64 clientId = 0;
    Channel channel = Channel::Sms;
    Scope scope = Scope::Service;
    ConsentState state = ConsentState::Granted;
    QString method;        ///< one of consentMethods()
    QDateTime effectiveAt; ///< UTC: when it took effect
    QDateTime recordedAt;  ///< UTC: when it was written down
    QString recordedBy;
    QString note;     ///< note, wording shown, or evidence (file and column for imports)
    QString prevHash; ///< hex; empty for the first event
    QString hash;     ///< hex
};

/// A contact with a client, in or out. Inbound texts make the client "client-initiated".
struct ContactLogEntry {
    qint64 id = 0;
    qint64 clientId = 0;
    Direction direction = Direction::Inbound;
    Channel channel = Channel::Sms;
    QDateTime at; ///< UTC
    QString text;
    QString flags; ///< comma-separated: withdrawn:sms, possible-opt-out, possible-opt-in, by-hand
};

} // namespace rapport::domain
