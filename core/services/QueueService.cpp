// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/QueueService.h"

#include "storage/ClientRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/ScheduledMessageRepository.h"
#include "storage/SqlTransaction.h"

namespace rapport::services {

using domain::Error;
using domain::Result;
using domain::ScheduledMessage;
using domain::ScheduledState;

QueueService::QueueService(storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<ScheduledMessage> QueueService::findPending(const storage::ScheduledMessageRepository& repo, qint64 id,
                                                   const QString& what)
{
    auto m = repo.find(id);
    if (!m)
        return m.error();
    if (!m->isPending())
        return Error::invalid(
            tr("Scheduled message %1 is %2: only a pending one can be %3.").arg(id).arg(toString(m->state), what),
            QStringLiteral("id"));
    return m;
}

Result<ScheduledMessage> QueueService::schedule(qint64 clientId, domain::Channel channel, const QString& text,
                                                const QDateTime& dueAt, std::optional<domain::Purpose> purpose)
{
    if (text.trimmed().isEmpty())
        return Error::invalid(tr("A scheduled message needs a text."), QStringLiteral("text"));
    if (!dueAt.isValid())
        return Error::invalid(tr("A scheduled message needs a time to be handed off."), QStringLiteral("at"));
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.now().toUTC();
    const auto client = storage::ClientRepository(m_db).find(clientId, now);
    if (!client)
        return client.error();
    if (client->erased || client->archived)
        return Error::invalid(tr("Client %1 is %2: nothing can be scheduled for them.")
                                  .arg(clientId)
                                  .arg(client->erased ? tr("erased") : tr("archived")),
                              QStringLiteral("id"));
    ScheduledMessage m;
    m.clientId = clientId;
    m.channel = channel;
    m.text = text;
    m.purpose = purpose;
    m.dueAt = dueAt.toUTC();
    storage::ScheduledMessageRepository repo(m_db);
    const auto id = repo.insert(m, now);
    if (!id)
        return id.error();
    if (auto e = tx.value().commit())
        return *e;
    return repo.find(*id);
}

Result<ScheduledMessage> QueueService::edit(qint64 id, const std::optional<QString>& text,
                                            const std::optional<QDateTime>& dueAt)
{
    if (text && text->trimmed().isEmpty())
        return Error::invalid(tr("A scheduled message needs a text."), QStringLiteral("text"));
    if (dueAt && !dueAt->isValid())
        return Error::invalid(tr("A scheduled message needs a time to be handed off."), QStringLiteral("at"));
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::ScheduledMessageRepository repo(m_db);
    auto m = findPending(repo, id, tr("changed"));
    if (!m)
        return m.error();
    ScheduledMessage changed = m.value();
    if (text)
        changed.text = *text;
    if (dueAt)
        changed.dueAt = dueAt->toUTC();
    if (auto e = repo.update(changed, m_clock.now().toUTC()))
        return *e;
    if (auto e = tx.value().commit())
        return *e;
    return repo.find(id);
}

Result<ScheduledMessage> QueueService::cancel(qint64 id)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::ScheduledMessageRepository repo(m_db);
    auto m = repo.find(id);
    if (!m)
        return m.error();
    if (m->state == ScheduledState::HandedOff)
        return Error::invalid(tr("Scheduled message %1 was handed off already.").arg(id), QStringLiteral("id"));
    if (m->state == ScheduledState::Pending) {
        ScheduledMessage changed = m.value();
        changed.state = ScheduledState::Cancelled;
        if (auto e = repo.update(changed, m_clock.now().toUTC()))
            return *e;
    }
    if (auto e = tx.value().commit())
        return *e;
    return repo.find(id);
}

Result<ScheduledMessage> QueueService::find(qint64 id) const
{
    return storage::ScheduledMessageRepository(m_db).find(id);
}

Result<QVector<domain::ScheduledListing>> QueueService::list(bool all) const
{
    return storage::ScheduledMessageRepository(m_db).list(all ? QVector<ScheduledState>{}
                                                              : QVector<ScheduledState>{ScheduledState::Pending});
}

Result<QVector<domain::ScheduledListing>> QueueService::due() const
{
    return storage::ScheduledMessageRepository(m_db).dueBy(m_clock.now().toUTC());
}

Result<QueueCheck> QueueService::check(qint64 id) const
{
    const auto m = find(id);
    if (!m)
        return m.error();
    const auto advised = ComposerService(m_db, m_clock).advise(m->clientId, m->text, m->purpose, m_clock.now());
    if (!advised)
        return advised.error();
    QueueCheck out;
    out.advice = advised.value();
    const domain::ChannelAdvice* channel = out.advice.advice.find(m->channel);
    QStringList why;
    if (!channel || channel->verdict == domain::Verdict::Blocked) {
        QStringList reasons;
        if (channel)
            for (const auto& r : channel->reasons)
                reasons << r.text;
        why << tr("%1 is blocked now: %2").arg(domain::toString(m->channel), reasons.join(QStringLiteral("; ")));
    }
    if (!out.advice.advice.timing.sendNow) {
        QStringList reasons;
        for (const auto& r : out.advice.advice.timing.reasons)
            reasons << r.text;
        why << tr("not a time to send: %1").arg(reasons.join(QStringLiteral("; ")));
    }
    out.handOffAllowed = why.isEmpty();
    out.why = why.join(QStringLiteral("; "));
    return out;
}

Result<ScheduledMessage> QueueService::markHandedOff(qint64 id, const QString& flags)
{
    const auto checked = check(id);
    if (!checked)
        return checked.error();
    if (!checked->handOffAllowed)
        return Error::invalid(tr("Scheduled message %1 cannot be handed off now: %2").arg(id).arg(checked->why),
                              QStringLiteral("id"));
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::ScheduledMessageRepository repo(m_db);
    auto m = findPending(repo, id, tr("handed off"));
    if (!m)
        return m.error();
    const QDateTime now = m_clock.now().toUTC();
    domain::ContactLogEntry entry;
    entry.clientId = m->clientId;
    entry.direction = domain::Direction::Outbound;
    entry.channel = m->channel;
    entry.at = now;
    entry.text = m->text;
    entry.flags = flags;
    if (auto logged = storage::ContactLogRepository(m_db).append(entry); !logged)
        return logged.error();
    ScheduledMessage changed = m.value();
    changed.state = ScheduledState::HandedOff;
    changed.handedOffAt = now;
    if (auto e = repo.update(changed, now))
        return *e;
    if (auto e = tx.value().commit())
        return *e;
    return repo.find(id);
}

} // namespace rapport::services
