// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace rapport::storage {
class Database;
class ChangeListener;
} // namespace rapport::storage

namespace rapport::services {

/// Other desks' changes to a PostgreSQL practice, for the views to refresh (LISTEN/NOTIFY; see
/// storage::ChangeListener). Notifications are gathered for kGatherMs and handed on together: the
/// clients that changed, or everything when more than kManyClients did (an import), and the
/// settings. Lives on the GUI thread (its event loop delivers them).
class LiveUpdates : public QObject {
    Q_OBJECT
public:
    static constexpr int kGatherMs = 100;
    static constexpr int kManyClients = 50;

    /// Starts listening for `db`'s practice; null for an SQLite practice (one desk: nothing to
    /// hear), an Error when the server cannot be reached for it.
    static domain::Result<std::unique_ptr<LiveUpdates>> start(const storage::Database& db);
    ~LiveUpdates() override;

    /// How often the server is asked whether it is still there (storage::ChangeListener).
    void setHeartbeatInterval(int ms);

signals:
    /// These clients' rows changed at another desk (new clients among them).
    void clientsChanged(const QSet<qint64>& ids);
    /// So much changed that every view should read again.
    void everythingChanged();
    /// The practice settings changed at another desk.
    void settingsChanged();
    /// The server stopped answering (storage::ChangeListener's heartbeat); `reason` is the driver's.
    void serverLost(const QString& reason);
    /// It answers again; everythingChanged() follows (what others did meanwhile was not heard).
    void serverBack();

private:
    explicit LiveUpdates(std::unique_ptr<storage::ChangeListener> listener);
    void heard(const QString& payload);
    void deliver();

    std::unique_ptr<storage::ChangeListener> m_listener;
    QTimer m_gather;
    QSet<qint64> m_clients;
    bool m_everything = false;
    bool m_settings = false;
};

} // namespace rapport::services
