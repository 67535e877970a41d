// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Advice.h"
#include "domain/Analysis.h"
#include "domain/ContentAnalyser.h"
#include "services/ComposerService.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace rapport::ui {

class ChannelAdvicePanel;
class FindingHighlighter;
class SmsMeter;

/// The composer: pick a client and a template, write, and see as you type which channel fits,
/// why, and when; then hand the message to the mail program, the messaging app, the dialler or
/// the next appointment, which is logged as an outbound contact.
///
/// A top-level window when created without a parent; embeddable otherwise. Typing never touches
/// the database: the client's consents, contacts and the settings are loaded once per client
/// selection, the draft is saved 500 ms after the last keystroke (and on close).
class ComposerWindow : public QWidget {
    Q_OBJECT
public:
    /// Opens links (mailto:, sms:, tel:); returns false when nothing could open it. The default
    /// is QDesktopServices::openUrl; tests capture the URL instead.
    using UrlOpener = std::function<bool(const QUrl&)>;
    /// Asked before a change of recipient re-renders the chosen template over text the user edited
    /// since it was rendered; returns true to re-render. The default asks with a QMessageBox.
    using RerenderConfirmation = std::function<bool(const QString& question)>;
    /// Asks a yes/no question (handing off outside hours); true: go ahead. The default is a
    /// QMessageBox; tests answer instead.
    using Asker = std::function<bool(const QString& question)>;

    /// `clientId`: the client to write to, or empty to pick one (then the most recent unsent draft,
    /// if any, is restored). The service must outlive the window.
    ComposerWindow(services::ComposerService& service, std::optional<qint64> clientId, QWidget* parent = nullptr);
    ~ComposerWindow() override;

    void setUrlOpener(UrlOpener opener);
    void setRerenderConfirmation(RerenderConfirmation confirm) { m_confirmRerender = std::move(confirm); }
    void setAsker(Asker asker);

    /// Chooses the client (loads their consents, contacts and draft); false when it cannot be loaded.
    /// Changing the recipient of a draft made from a template re-renders the template for the new
    /// client (asking first when the text was edited since), so nothing meant for one client goes
    /// to another.
    bool setClient(qint64 clientId);
    std::optional<qint64> clientId() const;
    /// Re-reads the practice settings and templates (after the user changed them).
    void reloadSettings();
    /// Re-reads the chosen client (consents, contacts, details) after they changed elsewhere, and
    /// the advice with it; the text is kept. A client erased meanwhile is unchosen.
    void reloadClient();
    /// Saves the draft now if a save is pending.
    void flushDraft();
    /// Replaces the editor's text with `text` as a new draft, from no template (a reschedule
    /// message, say). An unsent draft restored for the client stays stored as it was.
    void startDraft(const QString& text);

    // For tests and the screenshot tool.
    QPlainTextEdit* editor() const { return m_editor; }
    QLineEdit* clientEdit() const { return m_clientEdit; }
    QComboBox* templateCombo() const { return m_templateCombo; }
    QComboBox* purposeCombo() const { return m_purposeCombo; }
    ChannelAdvicePanel* advicePanel() const { return m_panel; }
    SmsMeter* smsMeter() const { return m_meter; }
    FindingHighlighter* highlighter() const { return m_highlighter; }
    QPushButton* copyButton() const { return m_copy; }
    /// Shown when no program could open the link: copy, or say it was sent by hand.
    QWidget* noHandlerBar() const { return m_noHandlerBar; }
    QPushButton* copyForHandButton() const { return m_copyForHand; }
    QPushButton* sentByHandButton() const { return m_sentByHand; }
    /// The placeholders that block every hand-off, with why (empty when none).
    QString unfilledText() const;
    const domain::Advice& advice() const { return m_advice; }
    const domain::Analysis& analysis() const { return m_analysis; }
    QString timingText() const;
    QString hintsText() const;
    QString statusText() const;
    QString templateIssuesText() const;
    bool legendVisibleForTest() const;
    qint64 draftId() const { return m_draftId; }
    /// The tooltip the editor shows at `viewportPos` (a finding or hint and why), empty if none.
    QString toolTipAt(const QPoint& viewportPos) const;
    /// Files `term` in the practice's lexicon under `section` (a category or "ignore"), as the
    /// editor's context menu on a highlight does, and re-reads the draft.
    void teachTerm(const QString& term, const QString& section);
    /// The editor's context menu at `viewportPos` (the caller owns it): the standard edit actions,
    /// and on a highlight what it is, what found it, "Never mark" and "Mark as".
    QMenu* editorMenu(const QPoint& viewportPos);
    /// Keeps the draft as a scheduled message for `at` by the recommended channel and clears the
    /// editor (the composer's "Schedule for later", shown when the advice says not now).
    bool scheduleFor(const QDateTime& at);
    QPushButton* scheduleButton() const { return m_schedule; }
    /// Nanoseconds the last analysis + advice + highlight update took.
    qint64 lastUpdateNs() const { return m_lastUpdateNs; }
    /// True while an analysis deferred to the event loop (after a slow update) has not run yet.
    bool analysisPending() const;
    /// Runs any pending analysis now.
    void updateNow();
    /// Applies the template with this id to the draft.
    void applyTemplate(qint64 templateId);
    /// The template the text was last rendered from (0: none).
    qint64 templateId() const { return m_templateId; }

signals:
    /// A message was handed off and logged, or put on the client's list to raise at the next
    /// appointment (for the main window to refresh the client's views).
    void handedOff(qint64 clientId, domain::Channel channel);
    /// The user taught the lexicon a word from a highlight (other open windows re-read settings).
    void lexiconTaught();
    /// A message was scheduled for later (the main window re-reads what is due).
    void scheduled(qint64 clientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildAnalyser();
    int textPositionAt(const QPoint& viewportPos) const;
    static bool teachable(const domain::Finding& f);
    void showEditorMenu(const QPoint& viewportPos);
    void askSchedule();
    void buildUi();
    void loadTemplates();
    void searchClients();
    void onTextChanged();
    void runAnalysis();
    void updatePurposeLabel();
    void updateTiming();
    void updateHints();
    void saveDraft();
    void restoreDraft(std::optional<qint64> clientId);
    void handoff(domain::Channel channel);
    void raiseAtNextAppointment();
    /// Offers copy / "I sent it by hand" after no program could open the link for `channel`.
    void offerByHand(domain::Channel channel, const QUrl& url);
    void hideByHand();
    void copyForHand();
    void sentByHand();
    /// After a hand-off was recorded: clears the draft (Ctrl+Z brings it back), reloads the client.
    void clearAfterHandoff(domain::Channel channel, const QString& status, bool handedOff = true);
    /// True when it is a good time, or the user said to go ahead anyway (asked once per draft).
    bool confirmTiming();
    void copyToClipboard();
    void replaceTypographic();
    void editTemplates();
    void setStatus(const QString& text, bool error = false);
    /// The text no longer comes from a template: "No template", no template warnings.
    void forgetTemplate();
    /// After a change of recipient: re-render the chosen template for them, or say what to check.
    void rerenderForNewClient(const QString& previousName);
    std::optional<domain::Purpose> chosenPurpose() const;
    QString formatLocal(const QDateTime& utc) const;

    services::ComposerService& m_service;
    UrlOpener m_openUrl;
    Asker m_ask;
    bool m_timingAccepted = false; ///< "hand off now anyway" was answered yes for this draft
    std::optional<domain::Channel> m_byHandChannel;
    domain::PracticeSettings m_settings;
    std::unique_ptr<domain::ContentAnalyser> m_analyser;
    bool m_analyserComplete = false;    ///< built with the medical vocabulary (or its absence known)
    QTimer* m_vocabularyPoll = nullptr; ///< until the vocabulary is built
    QPushButton* m_schedule = nullptr;
    std::optional<services::ComposerClientContext> m_context;
    QVector<domain::MessageTemplate> m_templates;
    QString m_templateName;             ///< the template the draft came from, for an email subject
    qint64 m_templateId = 0;            ///< the template the text was last rendered from
    QString m_renderedText;             ///< the text as that template rendered it (to tell whether it was edited)
    bool m_purposeFromTemplate = false; ///< the chosen purpose was set by the template, not by the user
    RerenderConfirmation m_confirmRerender;

    domain::Analysis m_analysis;
    domain::Advice m_advice;
    qint64 m_draftId = 0;
    bool m_draftKeptHere = false; ///< the last save went to this computer, not the server
    qint64 m_lastUpdateNs = 0;
    bool m_restoring = false;

    QLineEdit* m_clientEdit = nullptr;
    QStandardItemModel* m_clientModel = nullptr;
    QCompleter* m_completer = nullptr;
    QComboBox* m_templateCombo = nullptr;
    QComboBox* m_purposeCombo = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    FindingHighlighter* m_highlighter = nullptr;
    SmsMeter* m_meter = nullptr;
    QLabel* m_templateIssues = nullptr;
    QLabel* m_legend = nullptr;
    ChannelAdvicePanel* m_panel = nullptr;
    QLabel* m_timing = nullptr;
    QLabel* m_hints = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_unfilled = nullptr;
    QWidget* m_noHandlerBar = nullptr;
    QLabel* m_noHandlerText = nullptr;
    QPushButton* m_copyForHand = nullptr;
    QPushButton* m_sentByHand = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_editTemplates = nullptr;
    QTimer* m_analysisTimer = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace rapport::ui
