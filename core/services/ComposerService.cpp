// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ComposerService.h"

#include "services/MedicalVocabularies.h"
#include "storage/DraftRepository.h"
#include "storage/TemplateRepository.h"

#include "domain/ChannelAdvisor.h"

#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/ContactService.h"
#include "services/RaiseService.h"
#include "services/SettingsService.h"
#include "storage/ClientRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

namespace rapport::services {

using domain::Error;
using domain::Result;
using domain::Status;

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
    domain::ClientQuery query;
    query.search = text;
    query.limit = limit;
    query.withDetails = false;
    const auto found = ClientService(m_db, m_clock).list(query);
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
    auto client = ClientService(m_db, m_clock).find(clientId);
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("Client %1 was erased; there is no one to write to.").arg(clientId));
    ctx.client = std::move(client).value();
    auto consents = ConsentService(m_db, m_clock).history(clientId);
    if (!consents)
        return consents.error();
    ctx.consents = std::move(consents).value();
    auto contacts = ContactService(m_db, m_clock).forClient(clientId);
    if (!contacts)
        return contacts.error();
    ctx.contacts = std::move(contacts).value();
    return ctx;
}

Result<domain::PracticeSettings> ComposerService::settings() const
{
    return SettingsService(m_db).load();
}

domain::ContentAnalyser ComposerService::analyserFor(const domain::PracticeSettings& settings)
{
    return analyserFor(settings, MedicalVocabularies::get(settings.messageLanguage()));
}

domain::ContentAnalyser ComposerService::analyserFor(const domain::PracticeSettings& settings,
                                                     std::shared_ptr<const domain::MedicalVocabulary> medical)
{
    domain::Lexicon lexicon = domain::Lexicon::builtin(settings.messageLanguage());
    for (auto it = settings.lexiconAdditions.cbegin(); it != settings.lexiconAdditions.cend(); ++it) {
        if (it.key() == QLatin1String("ignore"))
            lexicon.addTerms(domain::Lexicon::Kind::Ignore, it.value());
        else if (const auto category = domain::categoryFromString(it.key()))
            lexicon.addTerms(*category, it.value());
    }
    return domain::ContentAnalyser(std::move(lexicon), std::move(medical));
}

domain::AnalysisContext ComposerService::analysisContext(const domain::PracticeSettings& settings,
                                                         std::optional<domain::Purpose> chosenPurpose,
                                                         bool firstMessage)
{
    domain::AnalysisContext actx;
    actx.practiceName = settings.practiceName;
    actx.practitioner = settings.practitioner;
    actx.chosenPurpose = chosenPurpose;
    actx.firstMessageToClient = firstMessage;
    return actx;
}

DraftAdvice ComposerService::advise(const domain::ContentAnalyser& analyser, const ComposerClientContext& client,
                                    const domain::PracticeSettings& settings, const QString& draft,
                                    std::optional<domain::Purpose> chosenPurpose, const QDateTime& at)
{
    DraftAdvice out;
    domain::AnalysisContext actx = analysisContext(settings, chosenPurpose, client.firstMessage());
    actx.clientNames = client.client.name + QLatin1Char(' ') + client.client.preferredName;
    out.analysis = analyser.analyse(draft, actx);
    domain::AdviceInput in;
    in.client = client.client;
    in.consents = client.consents;
    in.contacts = client.contacts;
    in.settings = settings;
    in.analysis = out.analysis;
    in.chosenPurpose = chosenPurpose;
    in.at = at;
    out.advice = domain::ChannelAdvisor::advise(in);
    return out;
}

Result<DraftAdvice> ComposerService::advise(qint64 clientId, const QString& draft,
                                            std::optional<domain::Purpose> chosenPurpose, const QDateTime& at) const
{
    auto client = loadClient(clientId);
    if (!client)
        return client.error();
    auto s = settings();
    if (!s)
        return s.error();
    return advise(analyserFor(*s), client.value(), s.value(), draft, chosenPurpose, at);
}

Result<QVector<domain::MessageTemplate>> ComposerService::templates() const
{
    return storage::TemplateRepository(m_db).list();
}

Result<qint64> ComposerService::saveTemplate(const domain::MessageTemplate& t)
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

Result<qint64> ComposerService::saveDraft(const domain::Draft& draft)
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

Result<std::optional<domain::Draft>> ComposerService::restoreDraft(std::optional<qint64> clientId) const
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

const QString& ComposerService::sentByHandFlag()
{
    static const QString k = QStringLiteral("by-hand");
    return k;
}

Result<domain::RaiseItem> ComposerService::raiseAtNextAppointment(qint64 clientId, const QString& text,
                                                                  const QString& by, qint64 draftId)
{
    return RaiseService(m_db, m_clock).add(clientId, text, by, draftId);
}

Status ComposerService::logHandoff(qint64 clientId, domain::Channel channel, const QString& text, qint64 draftId,
                                   const QString& flags)
{
    // ContactService::log opens its own transaction, so the entry is appended through the same
    // repository here, together with the draft's removal. An outbound contact triggers none of
    // ContactService's inbound keyword rules, so nothing is skipped.
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const auto client = storage::ClientRepository(m_db).find(clientId, m_clock.now());
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("Client %1 was erased; the hand-off cannot be logged.").arg(clientId),
                              QStringLiteral("id"));
    domain::ContactLogEntry entry;
    entry.clientId = clientId;
    entry.direction = domain::Direction::Outbound;
    entry.channel = channel;
    entry.at = m_clock.now().toUTC();
    entry.text = text;
    entry.flags = flags;
    if (auto id = storage::ContactLogRepository(m_db).append(entry); !id)
        return id.error();
    if (draftId != 0)
        if (auto e = storage::DraftRepository(m_db).remove(draftId))
            return e;
    return tx.value().commit();
}

} // namespace rapport::services
