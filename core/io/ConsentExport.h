// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/ConsentEvent.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>
#include <QVector>
#include <optional>

namespace rapport::io {

/// What every consent export says about itself.
struct ExportHeader {
    QString practiceName;
    QDateTime generatedAt;                 ///< UTC; shown in `timeZone`
    QTimeZone timeZone = QTimeZone::utc(); ///< the practice's zone: every time is written with its offset
    QString chainHead;                     ///< hash of the ledger's last event, to verify against
    qint64 ledgerEventCount = 0;           ///< events in the whole ledger (the chain head's position)
    std::optional<QDate> from;             ///< the period exported, when limited
    std::optional<QDate> to;
};

/// One client with the events of the export, oldest first (PDF report).
struct ClientHistory {
    domain::Client client;
    QVector<domain::ConsentEvent> events;
};

/// The current state of one (client, channel, scope): the event with the latest effective time,
/// ties broken by the higher id.
struct CurrentConsent {
    qint64 clientId = 0;
    domain::Channel channel = domain::Channel::Sms;
    domain::Scope scope = domain::Scope::Service;
    domain::ConsentState state = domain::ConsentState::Granted;
    qint64 eventId = 0;
    QDateTime effectiveAt;
    QString method;
};

/// Folds events into current states; order of updates does not matter.
class CurrentConsentTracker {
public:
    void add(const domain::ConsentEvent& event);
    /// Sorted by client id, channel, scope.
    QVector<CurrentConsent> states() const;
    QVector<CurrentConsent> states(qint64 clientId) const;

private:
    QVector<CurrentConsent> m_states; // small: clients x 3 channels x 2 scopes
    QHash<quint64, int> m_index;
};

/// "2026-12-01T11:00:00+00:00" (milliseconds added when not zero), in `zone`. Empty for a null time.
/// Caches the zone's offset between transitions, so formatting a million times is cheap.
class TimestampFormatter {
public:
    explicit TimestampFormatter(QTimeZone zone = QTimeZone::utc());
    QString format(const QDateTime& time);
    /// format() of the instant `msecsSinceEpoch`.
    QString format(qint64 msecsSinceEpoch);
    /// Writes format() of `msecsSinceEpoch` as ASCII into `out` (room for 32 bytes) and returns
    /// its length; -1, writing nothing, for a year outside 0..9999 (then use format()).
    int formatTo(qint64 msecsSinceEpoch, char* out);
    /// "1 December 2026, 11:00" for people (PDF).
    QString formatReadable(const QDateTime& time);

private:
    int offsetAt(qint64 msecsSinceEpoch);

    QTimeZone m_zone;
    qint64 m_validFrom = 1;
    qint64 m_validUntil = 0;
    int m_offset = 0;
};

} // namespace rapport::io
