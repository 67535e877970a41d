// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LiveUpdates.h"

#include "storage/ChangeListener.h"
#include "storage/Database.h"

namespace rapport::services {

LiveUpdates::LiveUpdates(std::unique_ptr<storage::ChangeListener> listener) : m_listener(std::move(listener))
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &LiveUpdates::deliver);
    connect(m_listener.get(), &storage::ChangeListener::changed, this, &LiveUpdates::heard);
    connect(m_listener.get(), &storage::ChangeListener::connectionLost, this, &LiveUpdates::serverLost);
    connect(m_listener.get(), &storage::ChangeListener::reconnected, this, [this] {
        emit serverBack();
        m_everything = true;
        if (!m_gather.isActive())
            m_gather.start();
    });
}

void LiveUpdates::setHeartbeatInterval(int ms)
{
    m_listener->setHeartbeatInterval(ms);
}

LiveUpdates::~LiveUpdates() = default;

domain::Result<std::unique_ptr<LiveUpdates>> LiveUpdates::start(const storage::Database& db)
{
    auto listener = storage::ChangeListener::start(db);
    if (!listener)
        return listener.error();
    if (!listener.value())
        return std::unique_ptr<LiveUpdates>();
    return std::unique_ptr<LiveUpdates>(new LiveUpdates(std::move(listener).value()));
}

void LiveUpdates::heard(const QString& payload)
{
    if (payload == QLatin1String("settings")) {
        m_settings = true;
    } else {
        bool ok = false;
        const qint64 id = payload.startsWith(QLatin1String("client:")) ? payload.mid(7).toLongLong(&ok) : 0;
        if (ok && id > 0)
            m_clients.insert(id);
        else
            m_everything = true; // a change we cannot place: read everything again
    }
    if (!m_gather.isActive())
        m_gather.start();
}

void LiveUpdates::deliver()
{
    const bool settings = std::exchange(m_settings, false);
    const bool everything = std::exchange(m_everything, false) || m_clients.size() > kManyClients;
    const QSet<qint64> clients = std::exchange(m_clients, {});
    if (settings)
        emit settingsChanged();
    if (everything)
        emit everythingChanged();
    else if (!clients.isEmpty())
        emit clientsChanged(clients);
}

} // namespace rapport::services
