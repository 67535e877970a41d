// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// Something to raise with a client in person at their next appointment (a composer hand-off to
/// "in person"). Open until ticked off as raised; then `raisedAt` and the logged contact are set.
struct RaiseItem {
    qint64 id = 0;
    qint64 clientId = 0;
    QString text;
    QDateTime createdAt; ///< UTC
    QString createdBy;
    std::optional<QDateTime> raisedAt; ///< UTC; empty while open
    std::optional<qint64> contactId;   ///< the in-person contact logged when it was raised
    bool open() const { return !raisedAt.has_value(); }
};

/// An appointment (booked or attended) in a range, with its client's open items (maybe none).
struct AppointmentAgenda {
    qint64 clientId = 0;
    qint64 appointmentId = 0;
    QString name;
    QString preferredName;
    QDateTime appointment; ///< UTC
    QVector<RaiseItem> items;
};

} // namespace rapport::domain
