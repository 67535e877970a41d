// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RaiseService.h"
#include "storage/RaiseItemRepository.h"

#include "storage/ClientRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/SqlTransaction.h"

namespace rapport::services {

using domain::Error;
using domain::RaiseItem;
using domain::Result;

RaiseService::RaiseService(const storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<RaiseItem> RaiseService::add(qint64 clientId, const QString& text, const QString& by, qint64 draftId)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("There is nothing to raise: the message is empty."), QStringLiteral("text"));
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const auto client = storage::ClientRepository(m_db).find(clientId, m_clock.now());
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("Client %1 was erased; there is no one to raise it with.").arg(clientId),
                              QStringLiteral("id"));
    const QDateTime now = m_clock.now().toUTC();
    if (!client->nextAppointment || !client->nextAppointment->isValid() || *client->nextAppointment <= now)
        return Error::invalid(tr("%1 has no upcoming appointment on file, so there is no appointment to raise it "
                                 "at. Nothing was put on a list and the draft was kept: add the appointment to "
                                 "their record, or choose another channel.")
                                  .arg(client->name),
                              QStringLiteral("next-appointment"));
    RaiseItem item;
    item.clientId = clientId;
    item.text = trimmed;
    item.createdAt = now;
    item.createdBy = by;
    const auto id = storage::RaiseItemRepository(m_db).insert(item);
    if (!id)
        return id.error();
    item.id = *id;
    if (draftId != 0)
        if (auto e = storage::DraftRepository(m_db).remove(draftId))
            return *e;
    if (auto e = tx.value().commit())
        return *e;
    return item;
}

Result<QVector<RaiseItem>> RaiseService::openFor(qint64 clientId) const
{
    if (const auto client = storage::ClientRepository(m_db).find(clientId, m_clock.now()); !client)
        return client.error();
    return storage::RaiseItemRepository(m_db).openFor(clientId);
}

Result<QVector<domain::AppointmentAgenda>> RaiseService::agendaFor(const QDate& day, const QTimeZone& zone) const
{
    if (!day.isValid())
        return Error::invalid(tr("The day is not valid."), QStringLiteral("day"));
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime from = day.startOfDay(z).toUTC();
    const QDateTime to = day.addDays(1).startOfDay(z).toUTC();
    return storage::RaiseItemRepository(m_db).agenda(from, to);
}

Result<domain::ContactLogEntry> RaiseService::tickOff(qint64 itemId)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::RaiseItemRepository items(m_db);
    const auto item = items.find(itemId);
    if (!item)
        return item.error();
    if (!item->open())
        return Error::invalid(tr("This was already raised; it is logged once."), QStringLiteral("id"));
    const auto client = storage::ClientRepository(m_db).find(item->clientId, m_clock.now());
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("Client %1 was erased: contacts cannot be logged.").arg(item->clientId),
                              QStringLiteral("id"));
    // The same append as every other outbound contact (ComposerService::logHandoff): an outbound
    // contact triggers none of ContactService's inbound keyword rules.
    domain::ContactLogEntry entry;
    entry.clientId = item->clientId;
    entry.direction = domain::Direction::Outbound;
    entry.channel = domain::Channel::InPerson;
    entry.at = m_clock.now().toUTC();
    entry.text = item->text;
    const auto contactId = storage::ContactLogRepository(m_db).append(entry);
    if (!contactId)
        return contactId.error();
    entry.id = *contactId;
    if (auto e = items.markRaised(itemId, entry.at, entry.id))
        return *e;
    if (auto e = tx.value().commit())
        return *e;
    return entry;
}

} // namespace rapport::services
