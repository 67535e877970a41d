// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ChangeListener.h"

#include "storage/Database.h"

#include <QSqlDriver>

namespace rapport::storage {

using domain::Error;
using domain::Result;

ChangeListener::ChangeListener(std::unique_ptr<Database> own) : m_db(std::move(own)) {}

ChangeListener::~ChangeListener()
{
    if (m_db && m_db->connection().driver())
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
    QSqlDriver* driver = listener->m_db->connection().driver();
    if (!driver || !driver->subscribeToNotification(QLatin1String(kChannel)))
        return Error::database(ChangeListener::tr("cannot listen for other desks' changes on %1").arg(db.path()));
    ChangeListener* self = listener.get();
    QObject::connect(driver, &QSqlDriver::notification, self,
                     [self](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                         if (name == QLatin1String(kChannel) && source != QSqlDriver::SelfSource)
                             emit self->changed(payload.toString());
                     });
    return listener;
}

} // namespace rapport::storage
