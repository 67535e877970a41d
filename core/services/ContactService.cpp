// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ContactService.h"

#include "domain/InboundClassifier.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>

namespace rapport::services {

using domain::Error;
using domain::InboundSignal;
using domain::Result;

ContactService::ContactService(const storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<LogOutcome> ContactService::log(const LogRequest& r)
{
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime at = r.at ? r.at->toUTC() : now;
    if (!at.isValid())
        return Error::invalid(QCoreApplication::translate("ContactService", "the time of the contact is not valid"),
                              QStringLiteral("at"));
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto client = storage::ClientRepository(m_db).find(r.clientId, m_clock.now());
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(
            QCoreApplication::translate("ContactService", "client %1 was erased: contacts cannot be logged")
                .arg(r.clientId),
            QStringLiteral("id"));

    LogOutcome outcome;
    outcome.entry.clientId = r.clientId;
    outcome.entry.direction = r.direction;
    outcome.entry.channel = r.channel;
    outcome.entry.at = at;
    outcome.entry.text = r.text;
    QStringList flags;
    if (r.direction == domain::Direction::Inbound) {
        auto signal = domain::InboundClassifier::classify(r.text).signal;
        if (signal == InboundSignal::OptOut && r.channel != domain::Channel::Sms)
            signal = InboundSignal::PossibleOptOut;
        if (signal == InboundSignal::OptOut) {
            QString by = r.by.trimmed();
            if (by.isEmpty()) {
                auto practitioner = storage::SettingsRepository(m_db).value(QStringLiteral("practitioner"));
                if (!practitioner)
                    return practitioner.error();
                by = practitioner.value().value_or(QString());
            }
            storage::ConsentRepository ledger(m_db);
            for (const auto scope : {domain::Scope::Service, domain::Scope::Marketing}) {
                domain::ConsentEvent e;
                e.clientId = r.clientId;
                e.channel = domain::Channel::Sms;
                e.scope = scope;
                e.state = domain::ConsentState::Withdrawn;
                e.method = QStringLiteral("inbound-message");
                e.effectiveAt = at;
                e.recordedAt = now;
                e.recordedBy = by;
                e.note = r.text;
                auto stored = ledger.append(e);
                if (!stored)
                    return stored.error();
                outcome.withdrawals.push_back(stored.value());
            }
            flags << QStringLiteral("withdrawn:sms");
            outcome.triggered << QStringLiteral("withdrawn: sms");
        } else if (signal != InboundSignal::None) {
            flags << domain::InboundClassifier::flag(signal);
            outcome.triggered << domain::InboundClassifier::flag(signal);
        }
    }
    outcome.entry.flags = flags.join(QLatin1Char(','));
    auto id = storage::ContactLogRepository(m_db).append(outcome.entry);
    if (!id)
        return id.error();
    outcome.entry.id = id.value();
    if (auto e = tx.value().commit())
        return *e;
    return outcome;
}

Result<QVector<domain::ContactLogEntry>> ContactService::forClient(qint64 clientId, int limit) const
{
    auto client = storage::ClientRepository(m_db).find(clientId, m_clock.now());
    if (!client)
        return client.error();
    return storage::ContactLogRepository(m_db).forClient(clientId, limit);
}

} // namespace rapport::services
