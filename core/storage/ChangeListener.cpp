// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ChangeListener.h"

#include "storage/Database.h"
#include "storage/PostgresFailure.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Error;
using domain::Result;

ChangeListener::ChangeListener(std::unique_ptr<Database> own) : m_db(std::move(own))
{
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(kHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &ChangeListener::beat);
    m_heartbeat->start();
}

void ChangeListener::setHeartbeatInterval(int ms)
{
    m_heartbeat->setInterval(ms);
}

bool ChangeListener::subscribe()
{
    QSqlDriver* driver = m_db->connection().driver();
    if (!driver)
        return false;
    return driver->subscribedToNotifications().contains(QLatin1String(kChannel)) ||
           driver->subscribeToNotification(QLatin1String(kChannel));
}

void ChangeListener::beat()
{
    QSqlDatabase c = m_db->connection(); // opens the connection again when the last beat lost it
    QSqlQuery q(c);
    if (!c.isOpen() || !q.exec(QStringLiteral("SELECT 1"))) {
        // This connection runs nothing else: any failure is the server or the network.
        if (c.driver())
            markConnectionLost(c.driver());
        if (!m_lost) {
            m_lost = true;
            // A few plain words: libpq's own text for a cut connection runs to three clauses.
            QString said = isConnectionLost(q.lastError())
                               ? QCoreApplication::translate("Database", "the connection was cut")
                               : postgresMessage(q.lastError());
            for (const QString& other : {q.lastError().text(), c.lastError().text()})
                if (said.trimmed().isEmpty())
                    said = other;
            said = said.trimmed().section(QLatin1Char('\n'), 0, 0).section(QLatin1String("; "), 0, 0);
            emit connectionLost(said.isEmpty() ? QCoreApplication::translate("Database", "no connection") : said);
        }
        return;
    }
    q.finish();
    // A connection opened again has forgotten its LISTEN.
    if (!subscribe()) {
        markConnectionLost(c.driver());
        return;
    }
    if (m_lost) {
        m_lost = false;
        emit reconnected();
    }
}

ChangeListener::~ChangeListener()
{
    // Not while lost: connection() would try to reconnect only to unsubscribe.
    if (m_db && !m_lost && m_db->connection().driver())
        m_db->connection().driver()->unsubscribeFromNotification(QLatin1String(kChannel));
}

Result<std::unique_ptr<ChangeListener>> ChangeListener::start(const Database& db)
{
    if (!db.isPostgres())
        return std::unique_ptr<ChangeListener>();
    auto own = Database::open(db.path());
    if (!own)
        return own.error();
    std::unique_ptr<ChangeListener> listener(new ChangeListener(std::move(own).value()));
    if (!listener->subscribe())
        return Error::database(
            QCoreApplication::translate("Database", "cannot listen for other desks' changes on %1").arg(db.path()));
    QSqlDriver* driver = listener->m_db->connection().driver();
    ChangeListener* self = listener.get();
    QObject::connect(driver, &QSqlDriver::notification, self,
                     [self](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                         if (name == QLatin1String(kChannel) && source != QSqlDriver::SelfSource)
                             emit self->changed(payload.toString());
                     });
    return listener;
}

} // namespace rapport::storage
