// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReminderService.h"

#include "domain/ConsentLedger.h"
#include "domain/TemplateRenderer.h"

#include "services/SettingsService.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/ReminderPassRepository.h"
#include "storage/SqlTransaction.h"
#include "storage/TemplateRepository.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace rapport::services {

using domain::Channel;
using domain::Error;
using domain::PassState;
using domain::Result;
using domain::Status;

namespace {

QTimeZone zoneOf(const domain::PracticeSettings& settings)
{
    const QTimeZone zone(settings.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/London"));
}

bool hasReason(const domain::ChannelAdvice* a, const char* code)
{
    if (!a)
        return false;
    for (const auto& r : a->reasons)
        if (r.code == QLatin1String(code))
            return true;
    return false;
}

} // namespace

int ReminderPlan::doneCount() const
{
    int n = 0;
    for (const auto& r : rows)
        n += r.done() ? 1 : 0;
    return n;
}

ReminderService::ReminderService(storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<QDate> ReminderService::defaultDay() const
{
    const auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    return domain::nextWorkingDay(m_clock.now().toTimeZone(zoneOf(*settings)).date(), *settings);
}

Result<domain::MessageTemplate> ReminderService::findTemplate(const QString& name) const
{
    const auto all = storage::TemplateRepository(m_db).list();
    if (!all)
        return all.error();
    const QString wanted = name.trimmed();
    for (const auto& t : *all)
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    for (const auto& t : *all)
        if (!t.starterKey.isEmpty() && t.starterKey == wanted)
            return t;
    return Error::invalid(tr("There is no template called \u201c%1\u201d.").arg(wanted), QStringLiteral("template"));
}

Result<ReminderPlan> ReminderService::plan(const QDate& day, const domain::MessageTemplate& messageTemplate,
                                           const domain::ContentAnalyser* analyser) const
{
    if (!day.isValid())
        return Error::invalid(tr("The day is not a valid date."), QStringLiteral("date"));
    const auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    const QTimeZone zone = zoneOf(*settings);
    const QDateTime from = day.startOfDay(zone).toUTC();
    const QDateTime to = day.addDays(1).startOfDay(zone).toUTC();
    const QDateTime now = m_clock.now().toUTC();

    // What the advice needs, for every client of the day at once: a fixed number of queries.
    const auto listing = storage::AppointmentRepository(m_db).startingBetween(from, to);
    if (!listing)
        return listing.error();
    const auto clients = storage::ClientRepository(m_db).withAppointmentsBetween(from, to, now);
    if (!clients)
        return clients.error();
    const auto consents = storage::ConsentRepository(m_db).forClientsBookedBetween(from, to);
    if (!consents)
        return consents.error();
    const auto contacts = storage::ContactLogRepository(m_db).forClientsBookedBetween(from, to);
    if (!contacts)
        return contacts.error();
    const auto states = storage::ReminderPassRepository(m_db).forTemplateBetween(messageTemplate.id, from, to);
    if (!states)
        return states.error();

    QHash<qint64, ComposerClientContext> byClient;
    for (const auto& c : *clients)
        byClient[c.id].client = c;
    for (const auto& e : *consents)
        if (auto it = byClient.find(e.clientId); it != byClient.end())
            it->consents.push_back(e);
    for (const auto& e : *contacts)
        if (auto it = byClient.find(e.clientId); it != byClient.end())
            it->contacts.push_back(e);

    std::optional<domain::ContentAnalyser> own;
    if (!analyser) {
        own = ComposerService::analyserFor(*settings);
        analyser = &*own;
    }
    const domain::TemplateRenderer renderer;

    ReminderPlan plan;
    plan.day = day;
    plan.messageTemplate = messageTemplate;
    plan.at = now;
    plan.rows.reserve(listing->size());
    for (const auto& l : *listing) {
        if (!l.appointment.isBooked())
            continue;
        const auto it = byClient.find(l.appointment.clientId);
        if (it == byClient.end())
            continue; // erased meanwhile
        ComposerClientContext ctx = *it;
        // The reminder is about this appointment, whichever is the client's next one now.
        ctx.client.nextAppointment = l.appointment.start;
        ReminderRow row;
        row.appointment = l.appointment;
        row.client = ctx.client;
        const auto rendered = renderer.render(messageTemplate.body, &ctx.client, *settings);
        row.text = rendered.text;
        row.unfilled = rendered.missingValues() + rendered.unknownPlaceholders();
        row.advice = ComposerService::advise(*analyser, ctx, *settings, row.text, messageTemplate.purpose, now);
        const auto* sms = row.advice.advice.find(Channel::Sms);
        const auto* email = row.advice.advice.find(Channel::Email);
        row.callList = (!sms || sms->verdict == domain::Verdict::Blocked) &&
                       (!email || email->verdict == domain::Verdict::Blocked);
        for (const Channel ch : domain::consentChannels()) {
            const auto* a = row.advice.advice.find(ch);
            const QString what = ch == Channel::Sms ? tr("texts") : ch == Channel::Email ? tr("emails") : tr("calls");
            const auto event = domain::ConsentLedger::currentEvent(ctx.consents, ch, row.advice.advice.scope, now);
            const QString since =
                event && event->effectiveAt.isValid()
                    ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                          .toString(event->effectiveAt.toTimeZone(zone).date(), QStringLiteral("d MMMM yyyy"))
                    : QString();
            if (hasReason(a, "consent-withdrawn"))
                row.consentNotes << (since.isEmpty() ? tr("Withdrew consent to %1.").arg(what)
                                                     : tr("Withdrew consent to %1 on %2.").arg(what, since));
            else if (hasReason(a, "consent-refused"))
                row.consentNotes << (since.isEmpty() ? tr("Declined %1.").arg(what)
                                                     : tr("Declined %1 on %2.").arg(what, since));
            if (hasReason(a, "client-declined-channel"))
                row.consentNotes << tr("Asked not to get %1.").arg(what);
        }
        if (const auto s = states->constFind(l.appointment.id); s != states->cend()) {
            row.state = s->state;
            row.handedOffBy = s->channel;
        }
        plan.rows.push_back(std::move(row));
    }
    return plan;
}

Status ReminderService::handOff(const ReminderRow& row, qint64 templateId, Channel channel, const QString& text,
                                const QString& flags)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const auto client = storage::ClientRepository(m_db).find(row.client.id, QDateTime());
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("Client %1 was erased; the hand-off cannot be logged.").arg(row.client.id),
                              QStringLiteral("id"));
    domain::ContactLogEntry entry;
    entry.clientId = row.client.id;
    entry.direction = domain::Direction::Outbound;
    entry.channel = channel;
    entry.at = m_clock.now().toUTC();
    entry.text = text;
    entry.flags = flags;
    const auto contactId = storage::ContactLogRepository(m_db).append(entry);
    if (!contactId)
        return contactId.error();
    storage::PassEntry pass;
    pass.appointmentId = row.appointment.id;
    pass.templateId = templateId;
    pass.state = PassState::HandedOff;
    pass.channel = channel;
    pass.contactId = *contactId;
    if (auto e = storage::ReminderPassRepository(m_db).set(pass, m_clock.now()))
        return e;
    return tx.value().commit();
}

Status ReminderService::setState(qint64 appointmentId, qint64 templateId, PassState state)
{
    if (state == PassState::HandedOff)
        return Error::invalid(tr("A row is handed off by handOff(), which logs the contact."), QStringLiteral("state"));
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::PassEntry pass;
    pass.appointmentId = appointmentId;
    pass.templateId = templateId;
    pass.state = state;
    if (auto e = storage::ReminderPassRepository(m_db).set(pass, m_clock.now()))
        return e;
    return tx.value().commit();
}

} // namespace rapport::services
