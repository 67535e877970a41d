// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>
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
///
/// A dropped connection says nothing by itself (QPSQL only watches the socket for
/// notifications), so the listener asks the server every heartbeat (SELECT 1 on its connection):
/// the first that fails emits connectionLost() with the driver's reason; each beat after
/// it reconnects (Database::connection()) and, once the server answers, LISTENs again and emits
/// reconnected(). What was notified while it was away is lost: a view should read everything
/// again then.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kChannel = "rapport_changes";
    static constexpr int kHeartbeatMs = 2000;

    static domain::Result<std::unique_ptr<ChangeListener>> start(const Database& db);
    ~ChangeListener() override;

    /// How often the server is asked (tests make it short).
    void setHeartbeatInterval(int ms);
    /// True between connectionLost() and reconnected().
    bool isLost() const { return m_lost; }

signals:
    void changed(const QString& payload);
    /// The server stopped answering: `reason` is what the driver said (a few words, no client data).
    void connectionLost(const QString& reason);
    /// The server answers again and the listener hears changes again.
    void reconnected();

private:
    explicit ChangeListener(std::unique_ptr<Database> own);
    bool subscribe();
    void beat();

    std::unique_ptr<Database> m_db;
    QTimer* m_heartbeat = nullptr;
    bool m_lost = false;
};

} // namespace rapport::storage
