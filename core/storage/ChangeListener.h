// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QString>
#include <memory>

namespace rapport::storage {

class Database;

/// What other desks changed, as PostgreSQL tells it: the schema's triggers NOTIFY the channel
/// `rapport_changes` with 'client:ID' (a client's rows: the client, contact points, directives,
/// preferences, consent, contact log, appointments, scheduled and raise items) or 'settings', at
/// commit. The listener LISTENs on a connection of its own (so a notification is never left
/// unread in a connection busy with queries) and emits changed() for each, on its thread's
/// event loop (QPSQL watches the socket).
///
/// Contract: start() returns null for an SQLite practice (nothing to listen to) and an Error
/// when the server cannot be reached. Notifications of this listener's own connection are not
/// passed on; those of the other connections of this program are (a redundant refresh).
/// A dropped connection is not noticed here (QPSQL says nothing): not done yet.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kChannel = "rapport_changes";

    static domain::Result<std::unique_ptr<ChangeListener>> start(const Database& db);
    ~ChangeListener() override;

signals:
    void changed(const QString& payload);

private:
    explicit ChangeListener(std::unique_ptr<Database> own);
    std::unique_ptr<Database> m_db;
};

} // namespace rapport::storage
