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
    m_restoredKept = false;
    auto stored = storage::DraftRepository(m_db).latest(clientId);
    auto store = kept();
    if (!store)
        return stored;
    auto keptDraft = store->latest(clientId);
    if (!keptDraft || !*keptDraft)
        return stored; // nothing kept (or the file unreadable: the database's answer stands)
    // Kept here because the server did not take it: newer than what the server holds for it,
    // and the only copy while the server cannot be read.
    if (stored && *stored && (*stored)->updatedAt > (*keptDraft)->updatedAt)
        return stored;
    m_restoredKept = true;
    return *keptDraft;
}

std::optional<KeptDrafts> ComposerService::kept() const
{
    if (!m_db.isPostgres())
        return std::nullopt;
    return KeptDrafts(m_keptFolder.isEmpty() ? KeptDrafts::defaultFolder() : m_keptFolder, m_db.path());
}

Result<ComposerService::DraftSaved> ComposerService::saveDraftOrKeep(const domain::Draft& draft)
{
    auto saved = saveDraft(draft);
    if (!saved && draft.id != 0 && saved.error().kind == Error::Kind::InvalidInput) {
        // The draft went away underneath us (another window sent it): save it anew.
        domain::Draft fresh = draft;
        fresh.id = 0;
        saved = saveDraft(fresh);
    }
    auto store = kept();
    if (saved) {
        if (store) {
            domain::Draft done = draft;
            done.id = *saved;
            (void)store->forget(done); // it reached the server: a kept copy is out of date
        }
        return DraftSaved{*saved, false, {}};
    }
    if (!store || saved.error().kind != Error::Kind::Database)
        return saved.error();
    domain::Draft copy = draft;
    copy.updatedAt = m_clock.now().toUTC();
    if (auto e = store->keep(copy))
        return Error::database(
            tr("%1; keeping the draft on this computer failed too: %2").arg(saved.error().message, e->message));
    return DraftSaved{draft.id, true, saved.error().message};
}

Status ComposerService::forgetKeptDraft(std::optional<qint64> clientId, qint64 draftId)
{
    auto store = kept();
    if (!store)
        return std::nullopt;
    domain::Draft d;
    d.id = draftId;
    d.clientId = clientId;
    return store->forget(d);
}

Result<QVector<domain::Draft>> ComposerService::keptDrafts() const
{
    auto store = kept();
    if (!store)
        return QVector<domain::Draft>();
    return store->all();
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
    auto raised = RaiseService(m_db, m_clock).add(clientId, text, by, draftId);
    if (raised)
        (void)forgetKeptDraft(clientId, draftId); // the message is on the list now; a leftover copy only shows again
    return raised;
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
    if (auto e = tx.value().commit())
        return e;
    (void)forgetKeptDraft(clientId, draftId); // handed off: a leftover copy would only come back
    return std::nullopt;
}

} // namespace rapport::services
