// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include <QDateTime>
#include <QString>
#include <QVector>
#include <array>
#include <optional>

namespace rapport::domain {

/// One line of the client list: enough to draw the row and its consent badges, nothing more.
struct ClientListRow {
    qint64 id = 0;
    QString name;
    QString preferredName;
    QString nameKey; ///< the sort key (ClientSearch::nameKey), the paging cursor
    bool archived = false;
    std::optional<QDateTime> nextAppointment; ///< UTC
    /// Current consent state per consent channel (sms, email, phone), per scope; empty: no event.
    std::array<std::optional<ConsentState>, 3> service;
    std::array<std::optional<ConsentState>, 3> marketing;
    /// The client's last inbound text, if any (for "client-initiated").
    std::optional<QDateTime> lastInboundSms;
};

/// Where the previous page of the client list ended (keyset paging).
struct ClientListCursor {
    QString nameKey;
    qint64 id = 0;
};

} // namespace rapport::domain
