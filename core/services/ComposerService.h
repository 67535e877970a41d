// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Advice.h"
#include "domain/Client.h"
#include "domain/Clock.h"
#include "domain/ConsentEvent.h"
#include "domain/ContentAnalyser.h"
#include "domain/Draft.h"
#include "domain/MessageTemplate.h"
#include "domain/PracticeSettings.h"
#include "domain/RaiseItem.h"
#include "domain/Result.h"
#include "services/KeptDrafts.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// A client offered by the composer's picker.
struct ClientMatch {
    qint64 id = 0;
    QString name;
    QString preferredName;
    /// "Anastasia Kowalski (Ana)", or the name alone.
    QString label() const;
};

/// What the composer loads once per client selection, so typing never touches the database.
struct ComposerClientContext {
    domain::Client client;
    QVector<domain::ConsentEvent> consents;    ///< ConsentService::history: id order
    QVector<domain::ContactLogEntry> contacts; ///< ContactService::forClient: newest first
    bool firstMessage() const;                 ///< no outbound contact on record yet
};

/// What the advisor says of one draft to one client at one moment, with the analysis it read.
struct DraftAdvice {
    domain::Analysis analysis;
    domain::Advice advice;
};

/// The composer's use cases over one Database: find clients, load what the advisor needs,
/// keep templates and drafts, and log hand-offs as outbound contacts. Clients, consents,
/// contacts and settings are read through ClientService, ConsentService, ContactService and
/// SettingsService, so the composer sees exactly what the CLI sees.
///
/// Contract: use on the Database's thread; writes run in a SqlTransaction (all or nothing);
/// errors come back as Results, never as dialogs. Time comes from the injected Clock.
class ComposerService {
    Q_DECLARE_TR_FUNCTIONS(ComposerService)

public:
    ComposerService(storage::Database& db, const domain::Clock& clock);

    const domain::Clock& clock() const { return m_clock; }
    storage::Database& database() const { return m_db; }

    /// Up to `limit` active clients whose name, number or email starts with the words of `text`
    /// (the client list's search), sorted by name.
    domain::Result<QVector<ClientMatch>> findClients(const QString& text, int limit = 20) const;
    /// The client with its consent history and contact log. An unknown or erased client is an Error.
    domain::Result<ComposerClientContext> loadClient(qint64 clientId) const;
    /// SettingsService::load(): the same keys as `rapport-cli settings` (e.g. lexicon.<category>);
    /// a stored value that no longer parses is an Error naming the key.
    domain::Result<domain::PracticeSettings> settings() const;

    /// The practice's content analyser: the built-in lexicon with the practice's additions
    /// (settings lexicon.<category> and lexicon.ignore) and the medical vocabulary
    /// (MedicalVocabularies::get(): waits for it, so not for the GUI thread at start). Built once
    /// per settings change; the composer keeps it.
    static domain::ContentAnalyser analyserFor(const domain::PracticeSettings& settings);
    /// The same with a given medical vocabulary (null: the lexicon alone).
    static domain::ContentAnalyser analyserFor(const domain::PracticeSettings& settings,
                                               std::shared_ptr<const domain::MedicalVocabulary> medical);
    /// The analysis context for a draft: the practice's name and practitioner (for the etiquette
    /// checks), the chosen purpose, and whether this is the first message to the client.
    static domain::AnalysisContext analysisContext(const domain::PracticeSettings& settings,
                                                   std::optional<domain::Purpose> chosenPurpose, bool firstMessage);
    /// The one place that reads a draft for a client and asks the advisor: analysis with the
    /// context above ("first message" = no outbound contact on record), then
    /// ChannelAdvisor::advise with the client's consents, contact log and the settings, at `at`.
    /// The composer (on every keystroke, with what it loaded once) and `rapport-cli suggest` both
    /// call it, so they give the same advice.
    static DraftAdvice advise(const domain::ContentAnalyser& analyser, const ComposerClientContext& client,
                              const domain::PracticeSettings& settings, const QString& draft,
                              std::optional<domain::Purpose> chosenPurpose, const QDateTime& at);
    /// As above, loading the client (loadClient) and the settings first.
    domain::Result<DraftAdvice> advise(qint64 clientId, const QString& draft,
                                       std::optional<domain::Purpose> chosenPurpose, const QDateTime& at) const;

    domain::Result<QVector<domain::MessageTemplate>> templates() const;
    /// Inserts (id 0) or updates; returns the id.
    domain::Result<qint64> saveTemplate(const domain::MessageTemplate& t);
    domain::Status removeTemplate(qint64 id);
    domain::Result<int> restoreStarterTemplates();

    /// Inserts (id 0) or rewrites the draft; returns its id.
    domain::Result<qint64> saveDraft(const domain::Draft& draft);
    /// What saveDraftOrKeep() did.
    struct DraftSaved {
        qint64 id = 0;         ///< the draft's id in the database (0: it has none yet)
        bool keptHere = false; ///< the server did not take it: it is kept on this computer
        QString why;           ///< then: what the database said
    };
    /// The composer's save: saveDraft() (a draft gone from the database, sent from another window,
    /// is saved anew). On a PostgreSQL practice whose server does not take it, the draft is kept
    /// on this computer instead (KeptDrafts), and goes to the server with the next save that
    /// works; a saved draft leaves the kept ones. An Error only when neither worked.
    domain::Result<DraftSaved> saveDraftOrKeep(const domain::Draft& draft);
    /// The draft to reopen: the client's latest, or the latest of all when `clientId` is empty. On
    /// PostgreSQL a draft kept on this computer counts too (the newer wins, and it is the answer
    /// when the server cannot be read); restoredKeptDraft() then says so.
    domain::Result<std::optional<domain::Draft>> restoreDraft(std::optional<qint64> clientId) const;
    domain::Status discardDraft(qint64 id);
    /// Drops a kept draft of `clientId` (id `draftId`, or the one the server never saw): the
    /// composer cleared it, or it was handed off.
    domain::Status forgetKeptDraft(std::optional<qint64> clientId, qint64 draftId);
    /// True when the last restoreDraft() answered with a draft kept on this computer.
    bool restoredKeptDraft() const { return m_restoredKept; }
    /// Where kept drafts go (default KeptDrafts::defaultFolder(); tests give a folder of their own).
    void setKeptDraftsFolder(const QString& folder) { m_keptFolder = folder; }
    /// The practice's kept drafts (none for an SQLite practice).
    domain::Result<QVector<domain::Draft>> keptDrafts() const;

    /// Records that the message was handed to `channel` (an outbound contact with the text, at the
    /// clock's now, with `flags`, e.g. kSentByHand), and removes the draft `draftId` (0: none) in the
    /// same transaction: both or neither. An unknown or erased client is an Error and nothing changes.
    domain::Status logHandoff(qint64 clientId, domain::Channel channel, const QString& text, qint64 draftId,
                              const QString& flags = QString());
    /// The contact-log flag of a message the user sent by hand (no program on this computer could
    /// open the link, so they copied it or typed it themselves).
    static const QString& sentByHandFlag();

    /// "Raise at next appointment": puts the message on the client's list (RaiseService::add, by
    /// `by`) and removes the draft `draftId` in the same transaction. Nothing is logged until it is
    /// ticked off as raised. A client with no upcoming appointment is an Error and nothing changes.
    domain::Result<domain::RaiseItem> raiseAtNextAppointment(qint64 clientId, const QString& text, const QString& by,
                                                             qint64 draftId);

private:
    /// This practice's kept drafts; nullopt for an SQLite practice (a file is always there).
    std::optional<KeptDrafts> kept() const;

    storage::Database& m_db;
    const domain::Clock& m_clock;
    QString m_keptFolder;
    mutable bool m_restoredKept = false;
};

} // namespace rapport::services
