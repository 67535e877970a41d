// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/ConsentEvent.h"
#include "domain/RaiseItem.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// Things to raise with a client in person at their next appointment: the composer's "Raise at
/// next appointment" puts the message on the client's list; the client's detail and the
/// dashboard show the list; ticking an item off records it as raised and logs an in-person
/// outbound contact. Nothing is logged before it was really raised.
///
/// Contract: as the other services (one SqlTransaction per write, all or nothing; Errors, never
/// dialogs; time from the injected Clock).
class RaiseService {
    Q_DECLARE_TR_FUNCTIONS(RaiseService)

public:
    RaiseService(const storage::Database& db, const domain::Clock& clock);

    /// Puts `text` on the client's list, recorded at the clock's now by `by`, and removes the draft
    /// `draftId` (0: none) in the same transaction. An unknown or erased client, an empty text, or
    /// a client with no upcoming appointment on file is an Error and nothing changes.
    domain::Result<domain::RaiseItem> add(qint64 clientId, const QString& text, const QString& by, qint64 draftId = 0);
    /// The client's open items, oldest first.
    domain::Result<QVector<domain::RaiseItem>> openFor(qint64 clientId) const;
    /// The booked or attended appointments of active clients starting on `day` in `zone`,
    /// earliest first, each with its client's open items.
    domain::Result<QVector<domain::AppointmentAgenda>> agendaFor(const QDate& day, const QTimeZone& zone) const;
    /// Ticks the item off: sets its raised time to the clock's now and logs an in-person outbound
    /// contact with its text, in one transaction. Returns the logged contact. An item already
    /// raised, unknown, or of an erased client is an Error and nothing changes.
    domain::Result<domain::ContactLogEntry> tickOff(qint64 itemId);

private:
    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
