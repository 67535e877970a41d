#include "ComposerService.h"

#include "Analysis.h"
#include "ClientRepository.h"
#include "Database.h"
#include "SettingsRepository.h"
#include "SqlTransaction.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace rapport::services {

using domain::Error;
using domain::Result;
using domain::Status;

// Reading the ledger and the contact log, the settings' meaning, and logging a contact belong to
// the storage layer's ConsentRepository, ContactLogRepository, SettingsService and ContactService.
// Until those exist, the few queries the composer needs live here, against the version 1 schema.
namespace {

Result<QVector<domain::ConsentEvent>> readConsents(const storage::Database& db, qint64 clientId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto e = storage::run(q,
                              QStringLiteral("SELECT id, channel, scope, state, method, effective_at, recorded_at, "
                                             "recorded_by, prev_hash, hash FROM consent_events WHERE client_id = ? "
                                             "ORDER BY id"),
                              {clientId}, "reading consent events"))
        return *e;
    QVector<domain::ConsentEvent> out;
    while (q.next()) {
        domain::ConsentEvent ev;
        ev.id = q.value(0).toLongLong();
        ev.clientId = clientId;
        ev.channel = domain::channelFromString(q.value(1).toString()).value_or(domain::Channel::Sms);
        ev.scope = domain::scopeFromString(q.value(2).toString()).value_or(domain::Scope::Service);
        ev.state = domain::consentStateFromString(q.value(3).toString()).value_or(domain::ConsentState::Withdrawn);
        ev.method = q.value(4).toString();
        ev.effectiveAt = storage::fromDbTime(q.value(5));
        ev.recordedAt = storage::fromDbTime(q.value(6));
        ev.recordedBy = q.value(7).toString();
        ev.prevHash = q.value(8).toString();
        ev.hash = q.value(9).toString();
        out.push_back(ev);
    }
    return out;
}

Result<QVector<domain::ContactLogEntry>> readContacts(const storage::Database& db, qint64 clientId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto e = storage::run(q,
                              QStringLiteral("SELECT id, direction, channel, at, flags FROM contact_log "
                                             "WHERE client_id = ? ORDER BY at, id"),
                              {clientId}, "reading the contact log"))
        return *e;
    QVector<domain::ContactLogEntry> out;
    while (q.next()) {
        domain::ContactLogEntry c;
        c.id = q.value(0).toLongLong();
        c.clientId = clientId;
        c.direction = domain::directionFromString(q.value(1).toString()).value_or(domain::Direction::Inbound);
        c.channel = domain::channelFromString(q.value(2).toString()).value_or(domain::Channel::Sms);
        c.at = storage::fromDbTime(q.value(3));
        c.flags = q.value(4).toString(); // the text is not needed for advice, and stays in the database
        out.push_back(c);
    }
    return out;
}

} // namespace

QString ClientMatch::label() const
{
    if (preferredName.isEmpty() || name.startsWith(preferredName + QLatin1Char(' ')))
        return name;
    return QStringLiteral("%1 (%2)").arg(name, preferredName);
}

bool ComposerClientContext::firstMessage() const
{
    for (const auto& c : contacts)
        if (c.direction == domain::Direction::Outbound)
            return false;
    return true;
}

ComposerService::ComposerService(storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<QVector<ClientMatch>> ComposerService::findClients(const QString& text, int limit) const
{
    storage::ClientQuery query;
    query.search = text;
    query.limit = limit;
    query.withDetails = false;
    const auto found = storage::ClientRepository(m_db).list(query);
    if (!found)
        return found.error();
    QVector<ClientMatch> out;
    out.reserve(found->size());
    for (const auto& c : *found)
        out.push_back({c.id, c.name, c.preferredName});
    return out;
}

Result<ComposerClientContext> ComposerService::loadClient(qint64 clientId) const
{
    ComposerClientContext ctx;
    auto client = storage::ClientRepository(m_db).find(clientId);
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("Client %1 was erased; there is no one to write to.").arg(clientId));
    ctx.client = std::move(client).value();
    auto consents = readConsents(m_db, clientId);
    if (!consents)
        return consents.error();
    ctx.consents = std::move(consents).value();
    auto contacts = readContacts(m_db, clientId);
    if (!contacts)
        return contacts.error();
    ctx.contacts = std::move(contacts).value();
    return ctx;
}

Result<domain::PracticeSettings> ComposerService::settings() const
{
    const auto all = storage::SettingsRepository(m_db).all();
    if (!all)
        return all.error();
    domain::PracticeSettings s;
    const auto text = [&all](const char* key) { return all->value(QLatin1String(key)); };
    const auto number = [&](const char* key, int& target) {
        bool ok = false;
        const int v = text(key).toInt(&ok);
        if (ok && v > 0)
            target = v;
    };
    s.practiceName = text("practice-name");
    s.practitioner = text("practitioner");
    s.businessPhone = text("business-phone");
    if (!text("time-zone").isEmpty())
        s.timeZone = text("time-zone");
    if (!text("country").isEmpty())
        s.country = text("country");
    if (all->contains(QStringLiteral("hours")))
        if (const auto h = domain::WeeklyHours::parse(text("hours")))
            s.hours = *h;
    if (const auto off = domain::parseTimeOff(text("time-off")))
        s.timeOff = *off;
    if (const auto quiet = domain::QuietHours::parse(text("quiet-hours")))
        s.quietHours = *quiet;
    number("conversation-window-days", s.conversationWindowDays);
    number("sms-max-segments", s.smsMaxSegments);
    number("in-person-horizon-days", s.inPersonHorizonDays);
    for (const auto c : {domain::Category::Clinical, domain::Category::Identifier, domain::Category::Delicate,
                         domain::Category::Promotional, domain::Category::Scheduling, domain::Category::Admin}) {
        const QString key = QStringLiteral("lexicon-") + domain::toString(c);
        const QStringList terms = all->value(key).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList trimmed;
        for (const auto& t : terms)
            if (!t.trimmed().isEmpty())
                trimmed << t.trimmed();
        if (!trimmed.isEmpty())
            s.lexiconAdditions.insert(domain::toString(c), trimmed);
    }
    return s;
}

Result<QVector<storage::MessageTemplate>> ComposerService::templates() const
{
    return storage::TemplateRepository(m_db).list();
}

Result<qint64> ComposerService::saveTemplate(const storage::MessageTemplate& t)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::TemplateRepository repo(m_db);
    qint64 id = t.id;
    if (id == 0) {
        const auto inserted = repo.insert(t, m_clock.now());
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (auto e = repo.update(t, m_clock.now())) {
        return *e;
    }
    if (auto e = tx.value().commit())
        return *e;
    return id;
}

Status ComposerService::removeTemplate(qint64 id)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = storage::TemplateRepository(m_db).remove(id))
        return e;
    return tx.value().commit();
}

Result<int> ComposerService::restoreStarterTemplates()
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const auto n = storage::TemplateRepository(m_db).restoreStarters(m_clock.now());
    if (!n)
        return n.error();
    if (auto e = tx.value().commit())
        return *e;
    return *n;
}

Result<qint64> ComposerService::saveDraft(const storage::Draft& draft)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const auto id = storage::DraftRepository(m_db).save(draft, m_clock.now());
    if (!id)
        return id.error();
    if (auto e = tx.value().commit())
        return *e;
    return *id;
}

Result<std::optional<storage::Draft>> ComposerService::restoreDraft(std::optional<qint64> clientId) const
{
    return storage::DraftRepository(m_db).latest(clientId);
}

Status ComposerService::discardDraft(qint64 id)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = storage::DraftRepository(m_db).remove(id))
        return e;
    return tx.value().commit();
}

Status ComposerService::logHandoff(qint64 clientId, domain::Channel channel, const QString& text, qint64 draftId)
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    QSqlQuery q(m_db.connection());
    if (auto e = storage::run(q,
                              QStringLiteral("INSERT INTO contact_log (client_id, direction, channel, at, text, flags) "
                                             "VALUES (?, 'out', ?, ?, ?, '')"),
                              {clientId, domain::toString(channel), storage::toDbTime(m_clock.now()), text},
                              "logging a contact"))
        return e;
    if (draftId != 0)
        if (auto e = storage::DraftRepository(m_db).remove(draftId))
            return e;
    return tx.value().commit();
}

} // namespace rapport::services
