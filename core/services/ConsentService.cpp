// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ConsentService.h"

#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>

namespace rapport::services {

using domain::ConsentEvent;
using domain::ConsentState;
using domain::Error;
using domain::Result;

ConsentService::ConsentService(const storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<ConsentEvent> ConsentService::record(const ConsentRequest& r)
{
    if (r.channel == domain::Channel::InPerson)
        return Error::invalid(tr("consent is recorded for sms, email or phone, not in person"),
                              QStringLiteral("channel"));
    const QString method = r.method.trimmed().isEmpty() ? QStringLiteral("other") : r.method.trimmed().toLower();
    if (!domain::consentMethods().contains(method))
        return Error::invalid(tr("\"%1\" is not a consent method (use one of: %2)")
                                  .arg(r.method, domain::consentMethods().join(QStringLiteral(", "))),
                              QStringLiteral("method"));
    const bool imported = r.state == ConsentState::Imported;
    if (imported != (method == QLatin1String("imported")))
        return Error::invalid(tr("the state imported goes with the method imported, and only with it"),
                              QStringLiteral("method"));
    const QDateTime now = m_clock.now();
    const QDateTime effective = r.effectiveAt ? *r.effectiveAt : now;
    if (!effective.isValid())
        return Error::invalid(tr("the time the consent took effect is not valid"), QStringLiteral("at"));

    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto client = storage::ClientRepository(m_db).find(r.clientId, m_clock.now());
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("client %1 was erased: no consent can be recorded for them").arg(r.clientId),
                              QStringLiteral("id"));
    QString by = r.by.trimmed();
    if (by.isEmpty()) {
        auto practitioner = storage::SettingsRepository(m_db).value(QStringLiteral("practitioner"));
        if (!practitioner)
            return practitioner.error();
        by = practitioner.value().value_or(QString());
    }
    ConsentEvent e;
    e.clientId = r.clientId;
    e.channel = r.channel;
    e.scope = r.scope;
    e.state = r.state;
    e.method = method;
    e.effectiveAt = effective.toUTC();
    e.recordedAt = now.toUTC();
    e.recordedBy = by;
    e.note = r.note.trimmed();
    auto stored = storage::ConsentRepository(m_db).append(e);
    if (!stored)
        return stored.error();
    if (auto err = tx.value().commit())
        return *err;
    return stored;
}

Result<ConsentEvent> ConsentService::withdraw(qint64 clientId, domain::Channel channel, domain::Scope scope,
                                              const QString& method, const QString& note, const QString& by)
{
    ConsentRequest r;
    r.clientId = clientId;
    r.channel = channel;
    r.scope = scope;
    r.state = ConsentState::Withdrawn;
    r.method = method;
    r.note = note;
    r.by = by;
    return record(r);
}

Result<QVector<ConsentEvent>> ConsentService::history(qint64 clientId) const
{
    auto client = storage::ClientRepository(m_db).find(clientId, m_clock.now());
    if (!client)
        return client.error();
    return storage::ConsentRepository(m_db).forClient(clientId);
}

QVector<ConsentEvent> ConsentService::current(const QVector<ConsentEvent>& history)
{
    QVector<ConsentEvent> out;
    for (const auto channel : domain::consentChannels()) {
        for (const auto scope : {domain::Scope::Service, domain::Scope::Marketing}) {
            const ConsentEvent* best = nullptr;
            for (const auto& e : history) {
                if (e.channel != channel || e.scope != scope)
                    continue;
                if (!best || e.effectiveAt > best->effectiveAt ||
                    (e.effectiveAt == best->effectiveAt && e.id > best->id))
                    best = &e;
            }
            if (best)
                out.push_back(*best);
        }
    }
    return out;
}

Result<QVector<ConsentEvent>> ConsentService::currentStates(qint64 clientId) const
{
    auto h = history(clientId);
    if (!h)
        return h.error();
    return current(h.value());
}

Result<domain::ChainCheck> ConsentService::verify() const
{
    return storage::ConsentRepository(m_db).verify();
}

Result<QString> ConsentService::chainHead() const
{
    auto head = storage::ConsentRepository(m_db).head();
    if (!head)
        return head.error();
    return head.value() ? head.value()->hash : QString();
}

} // namespace rapport::services
