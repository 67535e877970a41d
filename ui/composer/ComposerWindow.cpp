// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/ComposerWindow.h"
#include "common/Labels.h"

#include "composer/ChannelAdvicePanel.h"
#include "composer/ComposerHandoff.h"
#include "composer/FindingHighlighter.h"
#include "composer/SmsMeter.h"
#include "composer/TemplateEditorDialog.h"
#include "domain/ChannelAdvisor.h"
#include "domain/SmsEncoding.h"
#include "domain/TemplateRenderer.h"
#include "services/MedicalVocabularies.h"
#include "services/QueueService.h"
#include "services/SettingsService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;
using domain::Purpose;

namespace {

constexpr int kSaveDelayMs = 500;
/// Below this an update runs inside the keystroke; above it, it is coalesced to the next event
/// loop pass so a burst of keystrokes costs one update.
constexpr qint64 kSyncBudgetNs = 4'000'000;
constexpr int kClientIdRole = Qt::UserRole + 1;

} // namespace

ComposerWindow::ComposerWindow(services::ComposerService& service, std::optional<qint64> clientId, QWidget* parent)
    : QWidget(parent), m_service(service), m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); }),
      m_ask([this](const QString& question) {
          return QMessageBox::question(this, tr("Outside your hours"), question, QMessageBox::Yes | QMessageBox::No,
                                       QMessageBox::No) == QMessageBox::Yes;
      })
{
    if (!parent)
        setWindowFlag(Qt::Window);
    setObjectName(QStringLiteral("composer"));
    setWindowTitle(tr("New message"));
    setAttribute(Qt::WA_DeleteOnClose, parent == nullptr);
    buildUi();
    reloadSettings();
    if (clientId)
        setClient(*clientId); // restores that client's draft
    else
        restoreDraft(std::nullopt);
    updateNow();
}

ComposerWindow::~ComposerWindow()
{
    flushDraft();
}

void ComposerWindow::buildUi()
{
    m_clientEdit = new QLineEdit(this);
    m_clientEdit->setObjectName(QStringLiteral("clientPicker"));
    m_clientEdit->setPlaceholderText(tr("Type a name, number or email"));
    m_clientEdit->setAccessibleName(tr("Client"));
    m_clientEdit->setClearButtonEnabled(true);
    m_clientModel = new QStandardItemModel(this);
    m_completer = new QCompleter(m_clientModel, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_clientEdit->setCompleter(m_completer);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, &ComposerWindow::searchClients);
    connect(m_clientEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // While To: shows someone other than the chosen client, nothing is handed off (to either).
    connect(m_clientEdit, &QLineEdit::textChanged, this, [this] {
        if (m_context)
            updateNow();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& i) {
        const qint64 id = i.data(kClientIdRole).toLongLong();
        if (id > 0)
            setClient(id);
    });
    connect(m_clientEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_clientModel->rowCount() > 0 && (!m_context || m_clientEdit->text() != m_clientModel->item(0)->text()))
            setClient(m_clientModel->item(0)->data(kClientIdRole).toLongLong());
    });

    m_templateCombo = new QComboBox(this);
    m_templateCombo->setObjectName(QStringLiteral("templatePicker"));
    m_templateCombo->setAccessibleName(tr("Template"));
    m_templateCombo->setMinimumContentsLength(18);
    connect(m_templateCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const qint64 id = m_templateCombo->itemData(index).toLongLong();
        if (id > 0)
            applyTemplate(id);
        else
            forgetTemplate(); // "No template": the text stays, and is the user's own
    });
    m_editTemplates = new QPushButton(tr("Templates\u2026"), this);
    m_editTemplates->setObjectName(QStringLiteral("editTemplates"));
    m_editTemplates->setToolTip(tr("Create, edit and delete templates"));
    connect(m_editTemplates, &QPushButton::clicked, this, &ComposerWindow::editTemplates);

    m_purposeCombo = new QComboBox(this);
    m_purposeCombo->setObjectName(QStringLiteral("purposePicker"));
    m_purposeCombo->setAccessibleName(tr("Purpose"));
    m_purposeCombo->addItem(tr("Inferred"), -1);
    const std::pair<Purpose, QString> purposes[] = {{Purpose::Scheduling, tr("Scheduling")},
                                                    {Purpose::Admin, tr("Admin")},
                                                    {Purpose::Clinical, tr("Clinical")},
                                                    {Purpose::Marketing, tr("Marketing")},
                                                    {Purpose::General, tr("General")}};
    for (const auto& [p, label] : purposes)
        m_purposeCombo->addItem(label, static_cast<int>(p));
    m_purposeCombo->setToolTip(tr("What the message is for. Inferred from the text unless you choose."));
    connect(m_purposeCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComposerWindow::onTextChanged);
    connect(m_purposeCombo, qOverload<int>(&QComboBox::activated), this, [this] { m_purposeFromTemplate = false; });

    auto* head = new QFormLayout;
    head->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateCombo, 1);
    templateRow->addWidget(m_editTemplates);
    templateRow->addSpacing(12);
    auto* purposeLabel = new QLabel(tr("&Purpose:"), this);
    purposeLabel->setBuddy(m_purposeCombo);
    templateRow->addWidget(purposeLabel);
    templateRow->addWidget(m_purposeCombo);
    head->addRow(tr("&To:"), m_clientEdit);
    auto* templateLabel = new QLabel(tr("Te&mplate:"), this);
    templateLabel->setBuddy(m_templateCombo);
    head->addRow(templateLabel, templateRow);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("draftEditor"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setPlaceholderText(tr("Write your message, or pick a template"));
    m_editor->setTabChangesFocus(true);
    m_editor->viewport()->installEventFilter(this);
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QWidget::customContextMenuRequested, this, &ComposerWindow::showEditorMenu);
    m_highlighter = new FindingHighlighter(m_editor->document());
    m_highlighter->setPalette(palette());
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerWindow::onTextChanged);

    m_meter = new SmsMeter(this);
    connect(m_meter, &SmsMeter::replaceTypographicRequested, this, &ComposerWindow::replaceTypographic);
    m_templateIssues = new QLabel(this);
    m_templateIssues->setObjectName(QStringLiteral("templateIssues"));
    m_templateIssues->setWordWrap(true);
    m_templateIssues->hide();
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("findingLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyDraft"));
    m_copy->setToolTip(tr("Copy the message to the clipboard (not logged: use a channel button to log it)"));
    connect(m_copy, &QPushButton::clicked, this, &ComposerWindow::copyToClipboard);

    auto* left = new QWidget(this);
    auto* leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->addWidget(m_editor, 1);
    leftBox->addWidget(m_templateIssues);
    leftBox->addWidget(m_meter);
    leftBox->addWidget(m_legend);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    leftBox->addLayout(buttons);

    m_panel = new ChannelAdvicePanel(this);
    m_panel->setObjectName(QStringLiteral("channelAdvice"));
    connect(m_panel, &ChannelAdvicePanel::handoffRequested, this, &ComposerWindow::handoff);
    m_timing = new QLabel(this);
    m_timing->setObjectName(QStringLiteral("timingAdvice"));
    m_timing->setWordWrap(true);
    m_unfilled = new QLabel(this);
    m_unfilled->setObjectName(QStringLiteral("unfilledPlaceholders"));
    m_unfilled->setWordWrap(true);
    m_unfilled->hide();
    m_hints = new QLabel(this);
    m_hints->setObjectName(QStringLiteral("etiquetteHints"));
    m_hints->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightBox = new QVBoxLayout(right);
    rightBox->setContentsMargins(0, 0, 0, 0);
    auto* when = new QLabel(tr("<b>When</b>"), this);
    rightBox->addWidget(m_panel);
    rightBox->addWidget(m_unfilled);
    rightBox->addWidget(when);
    rightBox->addWidget(m_timing);
    // "Not now": keep the message for the suggested time (or a later one); nothing is sent by itself.
    m_schedule = new QPushButton(tr("Sc&hedule for later..."), this);
    m_schedule->setObjectName(QStringLiteral("scheduleLater"));
    m_schedule->setToolTip(tr("Keep this message for the suggested time; Rapport says when it is due"));
    m_schedule->hide();
    connect(m_schedule, &QPushButton::clicked, this, &ComposerWindow::askSchedule);
    rightBox->addWidget(m_schedule, 0, Qt::AlignLeft);
    rightBox->addWidget(m_hints);
    rightBox->addStretch(1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("composerSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);

    // When no program opens the link: the draft stays until the user copies it and says it went.
    auto* bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("noHandlerBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    m_noHandlerBar = bar;
    m_noHandlerText = new QLabel(m_noHandlerBar);
    m_noHandlerText->setWordWrap(true);
    m_copyForHand = new QPushButton(tr("Copy to clipboard"), m_noHandlerBar);
    m_copyForHand->setObjectName(QStringLiteral("copyForHand"));
    m_sentByHand = new QPushButton(tr("I sent it by hand"), m_noHandlerBar);
    m_sentByHand->setObjectName(QStringLiteral("sentByHand"));
    m_sentByHand->setToolTip(tr("Log the message as sent by hand and clear the draft"));
    auto* notNow = new QPushButton(tr("Not now"), m_noHandlerBar);
    notNow->setObjectName(QStringLiteral("byHandNotNow"));
    notNow->setToolTip(tr("Keep the draft and log nothing"));
    auto* barBox = new QHBoxLayout(m_noHandlerBar);
    barBox->addWidget(m_noHandlerText, 1);
    barBox->addWidget(m_copyForHand);
    barBox->addWidget(m_sentByHand);
    barBox->addWidget(notNow);
    m_noHandlerBar->hide();
    connect(m_copyForHand, &QPushButton::clicked, this, &ComposerWindow::copyForHand);
    connect(m_sentByHand, &QPushButton::clicked, this, &ComposerWindow::sentByHand);
    connect(notNow, &QPushButton::clicked, this, [this] {
        hideByHand();
        setStatus(tr("Nothing was logged; the draft is kept."));
    });

    auto* box = new QVBoxLayout(this);
    box->addLayout(head);
    box->addWidget(split, 1);
    box->addWidget(m_noHandlerBar);
    box->addWidget(m_status);

    setTabOrder(m_clientEdit, m_templateCombo);
    setTabOrder(m_templateCombo, m_editTemplates);
    setTabOrder(m_editTemplates, m_purposeCombo);
    setTabOrder(m_purposeCombo, m_editor);

    m_analysisTimer = new QTimer(this);
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(0);
    connect(m_analysisTimer, &QTimer::timeout, this, &ComposerWindow::runAnalysis);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ComposerWindow::saveDraft);
    resize(980, 620);
}

void ComposerWindow::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

void ComposerWindow::setAsker(Asker asker)
{
    m_ask = std::move(asker);
}

std::optional<qint64> ComposerWindow::clientId() const
{
    return m_context ? std::optional<qint64>(m_context->client.id) : std::nullopt;
}

void ComposerWindow::reloadSettings()
{
    const auto s = m_service.settings();
    if (s)
        m_settings = *s;
    else
        setStatus(s.error().message, true);
    rebuildAnalyser();
    loadTemplates();
    onTextChanged();
}

void ComposerWindow::rebuildAnalyser()
{
    // Never wait for the medical vocabulary on the GUI thread: read with the lexicon alone until it
    // is built, then once more with it.
    const QString language = m_settings.messageLanguage();
    services::MedicalVocabularies::preload(language); // a no-op once started
    auto medical = services::MedicalVocabularies::ifReady(language);
    m_analyserComplete = medical != nullptr;
    m_analyser = std::make_unique<domain::ContentAnalyser>(services::ComposerService::analyserFor(m_settings, medical));
    if (!m_analyserComplete && !m_vocabularyPoll) {
        m_vocabularyPoll = new QTimer(this);
        m_vocabularyPoll->setInterval(100);
        connect(m_vocabularyPoll, &QTimer::timeout, this, [this] {
            if (!services::MedicalVocabularies::ifReady(m_settings.messageLanguage()))
                return;
            m_vocabularyPoll->stop();
            rebuildAnalyser();
            runAnalysis(); // the text did not change: read it again, but save nothing
        });
    }
    if (m_vocabularyPoll) {
        if (m_analyserComplete)
            m_vocabularyPoll->stop();
        else
            m_vocabularyPoll->start();
    }
}

void ComposerWindow::loadTemplates()
{
    const auto list = m_service.templates();
    if (!list) {
        setStatus(list.error().message, true);
        return;
    }
    m_templates = *list;
    m_templateCombo->clear();
    m_templateCombo->addItem(tr("No template"), 0);
    for (const auto& t : m_templates)
        m_templateCombo->addItem(t.name, t.id);
    const int current = m_templateId > 0 ? m_templateCombo->findData(m_templateId) : -1;
    if (current > 0)
        m_templateCombo->setCurrentIndex(current);
    else
        m_templateId = 0; // the template was deleted: the text stays, as the user's own
}

void ComposerWindow::searchClients()
{
    const auto found = m_service.findClients(m_clientEdit->text(), 20);
    m_clientModel->clear();
    if (!found) {
        setStatus(found.error().message, true);
        return;
    }
    for (const auto& m : *found) {
        auto* item = new QStandardItem(m.label());
        item->setData(m.id, kClientIdRole);
        m_clientModel->appendRow(item);
    }
    if (m_clientEdit->hasFocus() && !found->isEmpty())
        m_completer->complete();
}

bool ComposerWindow::setClient(qint64 id)
{
    const auto ctx = m_service.loadClient(id);
    if (!ctx) {
        setStatus(ctx.error().message, true);
        return false;
    }
    const bool changed = !m_context || m_context->client.id != id;
    const QString previousName = m_context ? m_context->client.name : QString();
    m_context = *ctx;
    services::ClientMatch match{id, m_context->client.name, m_context->client.preferredName};
    m_clientEdit->setText(match.label());
    setWindowTitle(tr("New message to %1").arg(m_context->client.firstName()));
    if (changed) {
        m_timingAccepted = false;
        hideByHand();
    }
    if (changed && !m_restoring) {
        setStatus(QString()); // what was said was about the previous client
        if (m_editor->document()->isEmpty()) {
            forgetTemplate();
            restoreDraft(id);
        } else {
            m_saveTimer->start(); // the open draft now belongs to this client
            if (!previousName.isEmpty())
                rerenderForNewClient(previousName);
        }
    }
    onTextChanged();
    return true;
}

void ComposerWindow::reloadClient()
{
    if (!m_context)
        return;
    const QString name = m_context->client.name;
    const QString shown = services::ClientMatch{m_context->client.id, name, m_context->client.preferredName}.label();
    const auto ctx = m_service.loadClient(m_context->client.id);
    if (!ctx) {
        // Erased (or gone): their draft went with their data; do not save it again without a client.
        m_saveTimer->stop();
        m_draftId = 0;
        m_context.reset();
        m_restoring = true;
        m_editor->setPlainText(QString()); // also drops the undo history, which holds the text
        m_restoring = false;
        forgetTemplate();
        m_clientEdit->clear();
        setWindowTitle(tr("New message"));
        setStatus(tr("%1 can no longer be written to (%2); the draft was discarded.").arg(name, ctx.error().message),
                  true);
    } else {
        m_context = *ctx;
        const services::ClientMatch match{m_context->client.id, m_context->client.name,
                                          m_context->client.preferredName};
        if (m_clientEdit->text() == shown) // not while the user is typing another recipient
            m_clientEdit->setText(match.label());
    }
    updateNow();
}

void ComposerWindow::rerenderForNewClient(const QString& previousName)
{
    const QString name = m_context->client.name;
    const bool known = std::any_of(m_templates.cbegin(), m_templates.cend(),
                                   [this](const domain::MessageTemplate& t) { return t.id == m_templateId; });
    if (m_templateId == 0 || !known) {
        m_templateIssues->hide();
        setStatus(tr("This message was written to %1: check it fits %2 before you send it.").arg(previousName, name));
        return;
    }
    if (m_editor->toPlainText() != m_renderedText) {
        const QString question = tr("You edited the message since the template \u201c%1\u201d filled it in for %2. "
                                    "Fill it in again for %3? Your edits are replaced (Ctrl+Z brings them back).")
                                     .arg(m_templateName, previousName, name);
        bool again = false;
        if (m_confirmRerender) {
            again = m_confirmRerender(question);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Fill in the template for %1").arg(name), question,
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("rerenderQuestion"));
            QPushButton* yes = box.addButton(tr("&Fill in for %1").arg(name), QMessageBox::AcceptRole);
            box.addButton(tr("&Keep my text"), QMessageBox::RejectRole);
            box.setDefaultButton(yes);
            box.exec();
            again = box.clickedButton() == yes;
        }
        if (!again) {
            // The template's findings were about the previous client; the text is the user's now.
            m_templateIssues->hide();
            setStatus(tr("The message was kept as you wrote it for %1: check it fits %2 before you send it.")
                          .arg(previousName, name));
            return;
        }
    }
    const bool purposeFromTemplate = m_purposeFromTemplate;
    const std::optional<Purpose> purpose = chosenPurpose();
    applyTemplate(m_templateId);
    if (!purposeFromTemplate) // a purpose the user chose stays chosen
        m_purposeCombo->setCurrentIndex(purpose ? qMax(0, m_purposeCombo->findData(static_cast<int>(*purpose))) : 0);
    m_purposeFromTemplate = purposeFromTemplate;
    setStatus(tr("The template \u201c%1\u201d was filled in again for %2.").arg(m_templateName, name));
}

void ComposerWindow::forgetTemplate()
{
    m_templateId = 0;
    m_renderedText.clear();
    m_templateName.clear();
    m_templateCombo->setCurrentIndex(0);
    m_templateIssues->clear();
    m_templateIssues->hide();
}

void ComposerWindow::restoreDraft(std::optional<qint64> clientId)
{
    const auto found = m_service.restoreDraft(clientId);
    if (!found) {
        setStatus(found.error().message, true);
        return;
    }
    if (!*found)
        return;
    const domain::Draft& d = **found;
    m_restoring = true;
    m_timingAccepted = false;
    if (d.clientId && (!m_context || m_context->client.id != *d.clientId))
        setClient(*d.clientId);
    m_draftId = d.id;
    // Draft, client, template and purpose come back together. A template deleted since takes the
    // purpose it had set with it (back to inferred); a purpose the user chose stays.
    forgetTemplate();
    const auto templ = d.templateId
                           ? std::find_if(m_templates.cbegin(), m_templates.cend(),
                                          [&d](const domain::MessageTemplate& t) { return t.id == *d.templateId; })
                           : m_templates.cend();
    const bool templateKept = templ != m_templates.cend();
    if (templateKept) {
        m_templateId = templ->id;
        m_templateName = templ->name;
        m_templateCombo->setCurrentIndex(qMax(0, m_templateCombo->findData(m_templateId)));
        // m_renderedText stays empty: the restored text counts as edited, so a change of
        // recipient asks before filling the template in again.
    }
    const bool purposeKept = d.purpose && (!d.purposeFromTemplate || templateKept);
    const int index = purposeKept ? m_purposeCombo->findData(static_cast<int>(*d.purpose)) : 0;
    m_purposeCombo->setCurrentIndex(qMax(0, index));
    m_purposeFromTemplate = purposeKept && d.purposeFromTemplate;
    m_editor->setPlainText(d.body);
    m_editor->moveCursor(QTextCursor::End);
    m_saveTimer->stop();
    m_restoring = false;
    if (m_service.restoredKeptDraft()) {
        // Kept on this computer while the server was away: send it on as soon as it answers.
        m_draftKeptHere = true;
        m_saveTimer->start();
        setStatus(tr("Your unsent draft from %1 was restored from this computer (the server did not have it)."
                     " It goes to the server with the next save.")
                      .arg(formatLocal(d.updatedAt)));
    } else {
        setStatus(tr("Your unsent draft from %1 was restored.").arg(formatLocal(d.updatedAt)));
    }
}

void ComposerWindow::onTextChanged()
{
    if (!m_analyser)
        return;
    if (!m_restoring)
        m_saveTimer->start();
    if (m_lastUpdateNs < kSyncBudgetNs)
        runAnalysis();
    else
        m_analysisTimer->start();
}

bool ComposerWindow::analysisPending() const
{
    return m_analysisTimer->isActive();
}

void ComposerWindow::updateNow()
{
    m_analysisTimer->stop();
    runAnalysis();
}

std::optional<Purpose> ComposerWindow::chosenPurpose() const
{
    const int v = m_purposeCombo->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<Purpose>(static_cast<Purpose>(v));
}

void ComposerWindow::runAnalysis()
{
    m_analysisTimer->stop();
    QElapsedTimer clock;
    clock.start();
    const QString text = m_editor->toPlainText();
    if (m_context) {
        // The same call as `rapport-cli suggest`, with what was loaded when the client was chosen.
        const services::DraftAdvice drafted = services::ComposerService::advise(
            *m_analyser, *m_context, m_settings, text, chosenPurpose(), m_service.clock().now());
        m_analysis = drafted.analysis;
        m_advice = drafted.advice;
        m_panel->setAdvice(m_advice);
        const QString chosen =
            services::ClientMatch{m_context->client.id, m_context->client.name, m_context->client.preferredName}
                .label();
        // A placeholder left as written would go out literally: every hand-off waits until it is filled.
        QStringList unfilled;
        for (const auto& issue : domain::TemplateRenderer().unfilled(text, &m_context->client, m_settings))
            unfilled << issue.message;
        const QString unfilledWhy =
            unfilled.isEmpty() ? QString() : tr("Not ready to send: %1.").arg(unfilled.join(QStringLiteral("; ")));
        if (m_unfilled->text() != unfilledWhy)
            m_unfilled->setText(unfilledWhy);
        m_unfilled->setVisible(!unfilledWhy.isEmpty());
        m_panel->setHandoffBlocked(
            m_clientEdit->text() != chosen
                ? tr("Choose the recipient first: To: shows \u201c%1\u201d, the message is for %2")
                      .arg(m_clientEdit->text(), m_context->client.name)
            : text.trimmed().isEmpty() ? tr("Write a message first")
                                       : unfilledWhy);
    } else {
        m_analysis =
            m_analyser->analyse(text, services::ComposerService::analysisContext(m_settings, chosenPurpose(), false));
        m_advice = domain::Advice();
        m_panel->setAdvice(m_advice);
        m_panel->setHandoffBlocked(tr("Choose a client first"));
        m_unfilled->clear();
        m_unfilled->hide();
    }
    m_highlighter->setFindings(text, m_analysis.findings);
    m_meter->setInfo(m_analysis.sms, m_settings.smsMaxSegments);
    m_meter->setReplaceAvailable(m_analysis.sms.encoding == domain::SmsEncoding::Ucs2 &&
                                 domain::replaceTypographic(text) != text);
    updatePurposeLabel();
    updateTiming();
    updateHints();
    m_copy->setEnabled(!text.trimmed().isEmpty());
    m_lastUpdateNs = clock.nsecsElapsed();
}

void ComposerWindow::updatePurposeLabel()
{
    const QString inferred =
        tr("Inferred: %1")
            .arg(m_purposeCombo->itemText(qMax(0, m_purposeCombo->findData(static_cast<int>(m_analysis.purpose)))));
    if (m_purposeCombo->itemText(0) != inferred)
        m_purposeCombo->setItemText(0, inferred);

    QStringList legend;
    QVector<domain::Category> seen;
    for (const auto& f : m_analysis.findings) {
        if (seen.contains(f.category))
            continue;
        seen.push_back(f.category);
        legend << QStringLiteral("<span style=\"color:%1\">\u25A0</span> %2")
                      .arg(FindingHighlighter::colour(f.category, palette()).name(),
                           FindingHighlighter::categoryName(f.category).toHtmlEscaped());
    }
    const QString html =
        legend.isEmpty()
            ? QString()
            : tr("Marked in the text (hover for why): %1").arg(legend.join(QStringLiteral("&nbsp;&nbsp; ")));
    if (m_legend->text() != html)
        m_legend->setText(html);
    m_legend->setVisible(!html.isEmpty());
}

QString ComposerWindow::formatLocal(const QDateTime& utc) const
{
    const QTimeZone zone(m_settings.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    const QDateTime now = m_service.clock().now();
    const QDateTime nowLocal = zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime();
    const QLocale locale;
    const qint64 days = nowLocal.date().daysTo(local.date());
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (days == 0)
        return tr("today %1").arg(time);
    if (days == 1)
        return tr("tomorrow %1").arg(time);
    if (days > 1 && days < 7)
        return locale.toString(local.date(), QStringLiteral("dddd")) + QLatin1Char(' ') + time;
    return locale.toString(local.date(), QStringLiteral("dddd d MMMM")) + QLatin1Char(' ') + time;
}

void ComposerWindow::updateTiming()
{
    QString text;
    if (!m_context) {
        text = tr("Choose a client to see which channel fits and when to send.");
    } else if (m_advice.timing.sendNow) {
        text = tr("Send now: it is within your hours and outside the client's quiet hours.");
        if (m_advice.best == Channel::InPerson)
            text = tr("Raise it in person: no time to choose.");
    } else {
        // Each reason is a sentence of its own; the suggestion is one more.
        QStringList sentences;
        for (const auto& r : m_advice.timing.reasons)
            sentences << r.text.trimmed();
        if (m_advice.timing.nextOk)
            sentences << tr("Suggested time: %1.").arg(formatLocal(*m_advice.timing.nextOk));
        text = sentences.join(QLatin1Char(' '));
    }
    if (m_timing->text() != text)
        m_timing->setText(text);
    const bool canSchedule = m_context && !m_advice.timing.sendNow && m_advice.timing.nextOk &&
                             m_advice.best != Channel::InPerson && !m_editor->toPlainText().trimmed().isEmpty();
    m_schedule->setVisible(canSchedule);
}

void ComposerWindow::updateHints()
{
    QStringList lines;
    for (const auto& h : m_analysis.lint)
        lines << QStringLiteral("\u2022 ") + h.text;
    const QString text =
        lines.isEmpty() ? QString() : tr("Etiquette:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (m_hints->text() != text)
        m_hints->setText(text);
    m_hints->setVisible(!text.isEmpty());
}

QString ComposerWindow::timingText() const
{
    return m_timing->text();
}
bool ComposerWindow::legendVisibleForTest() const
{
    return !m_legend->isHidden() && !m_legend->text().isEmpty();
}
QString ComposerWindow::hintsText() const
{
    return m_hints->text();
}
QString ComposerWindow::statusText() const
{
    return m_status->text();
}
QString ComposerWindow::unfilledText() const
{
    return m_unfilled->isHidden() ? QString() : m_unfilled->text();
}
QString ComposerWindow::templateIssuesText() const
{
    return m_templateIssues->isHidden() ? QString() : m_templateIssues->text();
}

bool ComposerWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, m_editor->viewport());
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter) {
        m_highlighter->setPalette(palette());
        updatePurposeLabel();
    }
}

void ComposerWindow::closeEvent(QCloseEvent* event)
{
    flushDraft();
    QWidget::closeEvent(event);
}

void ComposerWindow::flushDraft()
{
    if (m_saveTimer && m_saveTimer->isActive()) {
        m_saveTimer->stop();
        saveDraft();
    }
}

void ComposerWindow::startDraft(const QString& text)
{
    flushDraft(); // the restored draft keeps what was typed into it
    m_draftId = 0;
    forgetTemplate();
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setFocus();
    setStatus(QString());
}

void ComposerWindow::saveDraft()
{
    const QString body = m_editor->toPlainText();
    if (body.trimmed().isEmpty()) {
        if (m_draftId != 0) {
            if (auto e = m_service.discardDraft(m_draftId))
                setStatus(e->message, true);
        }
        (void)m_service.forgetKeptDraft(clientId(), m_draftId);
        m_draftId = 0;
        return;
    }
    domain::Draft d;
    d.id = m_draftId;
    d.clientId = clientId();
    // The template and whether the purpose came with it, so they come back together.
    d.purpose = chosenPurpose();
    if (m_templateId > 0)
        d.templateId = m_templateId;
    d.purposeFromTemplate = m_purposeFromTemplate;
    d.body = body;
    const auto saved = m_service.saveDraftOrKeep(d);
    if (!saved) {
        setStatus(tr("The draft could not be saved: %1").arg(saved.error().message), true);
        return;
    }
    m_draftId = saved->id;
    if (saved->keptHere) {
        setStatus(tr("The server did not take the draft (%1). It is kept on this computer and goes to the server "
                     "with your next change once the server answers.")
                      .arg(saved->why),
                  true);
        m_draftKeptHere = true;
    } else if (std::exchange(m_draftKeptHere, false)) {
        setStatus(tr("The draft is saved on the server again."));
    }
}

void ComposerWindow::applyTemplate(qint64 templateId)
{
    const auto it = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                 [templateId](const domain::MessageTemplate& t) { return t.id == templateId; });
    if (it == m_templates.cend())
        return;
    const auto rendered =
        domain::TemplateRenderer().render(it->body, m_context ? &m_context->client : nullptr, m_settings);
    QTextCursor c(m_editor->document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.insertText(rendered.text);
    c.endEditBlock();
    m_templateName = it->name;
    m_templateId = templateId;
    m_renderedText = m_editor->toPlainText();
    m_templateCombo->setCurrentIndex(qMax(0, m_templateCombo->findData(templateId)));
    if (it->purpose) {
        m_purposeCombo->setCurrentIndex(qMax(0, m_purposeCombo->findData(static_cast<int>(*it->purpose))));
        m_purposeFromTemplate = true;
    }
    QStringList issues;
    for (const auto& i : rendered.issues)
        issues << QStringLiteral("\u26A0 ") + i.message;
    m_templateIssues->setText(issues.join(QLatin1Char('\n')));
    m_templateIssues->setVisible(!issues.isEmpty());
    m_editor->setFocus();
}

void ComposerWindow::replaceTypographic()
{
    const QString before = m_editor->toPlainText();
    const QString after = domain::replaceTypographic(before);
    if (after == before)
        return;
    // Replace only the changed middle, in one undoable step, so the cursor stays put.
    int prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    QTextCursor c(m_editor->document());
    c.beginEditBlock();
    c.setPosition(prefix);
    c.setPosition(before.size() - suffix, QTextCursor::KeepAnchor);
    c.insertText(after.mid(prefix, after.size() - prefix - suffix));
    c.endEditBlock();
    setStatus(tr("Typographic quotes and dashes replaced (Ctrl+Z to undo)."));
}

void ComposerWindow::copyToClipboard()
{
    QApplication::clipboard()->setText(m_editor->toPlainText());
    setStatus(tr("Copied to the clipboard."));
}

void ComposerWindow::handoff(Channel channel)
{
    if (!m_context)
        return;
    updateNow();
    const domain::ChannelAdvice* a = m_advice.find(channel);
    if (!a || a->verdict == domain::Verdict::Blocked)
        return;
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty() || !unfilledText().isEmpty())
        return; // the buttons are disabled; a shortcut or a stale click must not get through either
    if (channel == Channel::InPerson) {
        raiseAtNextAppointment();
        return;
    }
    const domain::Client& client = m_context->client;
    QUrl url;
    switch (channel) {
    case Channel::Email:
        if (const auto p = ComposerHandoff::emailFor(client))
            url = ComposerHandoff::mailto(p->value, ComposerHandoff::subject(m_templateName, text), text);
        break;
    case Channel::Sms:
        if (const auto p = ComposerHandoff::textNumberFor(client))
            url = ComposerHandoff::sms(p->value, text);
        break;
    case Channel::Phone:
        if (const auto p = ComposerHandoff::callNumberFor(client))
            url = ComposerHandoff::tel(p->value);
        break;
    case Channel::InPerson:
        break;
    }
    if (url.isEmpty()) {
        setStatus(tr("%1 has no address for this channel.").arg(client.name), true);
        return;
    }
    if (!confirmTiming()) {
        setStatus(tr("Not handed off; the draft is kept for later."));
        return;
    }
    if (!m_openUrl(url)) {
        offerByHand(channel, url);
        return;
    }
    hideByHand();
    m_saveTimer->stop();
    if (auto e = m_service.logHandoff(client.id, channel, text, m_draftId)) {
        setStatus(tr("Handed off, but it could not be logged: %1").arg(e->message), true);
        return;
    }
    clearAfterHandoff(channel, tr("Handed off by %1 and logged. The draft was cleared (Ctrl+Z brings it back).")
                                   .arg(Labels::channelInSentence(channel)));
}

bool ComposerWindow::confirmTiming()
{
    if (m_advice.timing.sendNow || m_timingAccepted)
        return true;
    QStringList why;
    for (const auto& r : m_advice.timing.reasons) {
        if (r.code == QLatin1String("outside-practice-hours"))
            why << tr("outside your hours");
        else if (r.code == QLatin1String("time-off"))
            why << tr("in your time off");
        else if (r.code == QLatin1String("client-quiet-hours"))
            why << tr("inside the client's quiet hours");
    }
    if (why.isEmpty())
        why << tr("not a good time to send");
    const QString when = m_advice.timing.nextOk
                             ? tr("the suggested time is %1").arg(formatLocal(*m_advice.timing.nextOk))
                             : tr("no better time was found in the next year");
    const QString question = tr("It is %1; %2. Hand off now anyway?").arg(why.join(tr(" and ")), when);
    if (!m_ask(question))
        return false;
    m_timingAccepted = true;
    return true;
}

void ComposerWindow::raiseAtNextAppointment()
{
    const domain::Client& client = m_context->client;
    m_saveTimer->stop();
    saveDraft(); // so the draft the service removes is this text, and it is kept if the service refuses
    const auto added =
        m_service.raiseAtNextAppointment(client.id, m_editor->toPlainText(), m_settings.practitioner, m_draftId);
    if (!added) {
        setStatus(added.error().message, true);
        return;
    }
    const QString when = client.nextAppointment ? formatLocal(*client.nextAppointment) : QString();
    clearAfterHandoff(Channel::InPerson,
                      tr("On %1's list for the appointment %2 (their overview and the dashboard show it). It is "
                         "logged when you tick it off as raised. The draft was cleared (Ctrl+Z brings it back).")
                          .arg(client.firstName(), when));
}

void ComposerWindow::offerByHand(Channel channel, const QUrl& url)
{
    m_byHandChannel = channel;
    const bool call = channel == Channel::Phone;
    m_noHandlerText->setText(
        call ? tr("Nothing on this computer could open %1: links. Call from your phone, then say so here; nothing "
                  "is logged until you do.")
                   .arg(url.scheme())
             : tr("Nothing on this computer could open %1: links. Copy the message, send it yourself, then say so "
                  "here; the draft is kept until you do.")
                   .arg(url.scheme()));
    m_copyForHand->setText(call ? tr("Copy the number") : tr("Copy to clipboard"));
    m_sentByHand->setText(call ? tr("I called by hand") : tr("I sent it by hand"));
    m_noHandlerBar->show();
    setStatus(tr("Nothing on this computer could open %1: links; the message was not logged and the draft is kept.")
                  .arg(url.scheme()),
              true);
}

void ComposerWindow::hideByHand()
{
    m_byHandChannel.reset();
    if (m_noHandlerBar)
        m_noHandlerBar->hide();
}

void ComposerWindow::copyForHand()
{
    if (!m_context || !m_byHandChannel)
        return;
    if (*m_byHandChannel == Channel::Phone) {
        const auto p = ComposerHandoff::callNumberFor(m_context->client);
        QApplication::clipboard()->setText(p ? p->value : QString());
        setStatus(tr("The number is on the clipboard. Choose \u201cI called by hand\u201d once you have called."));
        return;
    }
    QApplication::clipboard()->setText(m_editor->toPlainText());
    setStatus(tr("Copied to the clipboard. Choose \u201cI sent it by hand\u201d once it is sent; the draft is kept "
                 "until then."));
}

void ComposerWindow::sentByHand()
{
    if (!m_context || !m_byHandChannel)
        return;
    const Channel channel = *m_byHandChannel;
    const QString text = m_editor->toPlainText();
    m_saveTimer->stop();
    if (auto e = m_service.logHandoff(m_context->client.id, channel, text, m_draftId,
                                      services::ComposerService::sentByHandFlag())) {
        setStatus(tr("It could not be logged: %1").arg(e->message), true);
        return;
    }
    hideByHand();
    clearAfterHandoff(channel, tr("Logged as sent by hand (%1). The draft was cleared (Ctrl+Z brings it back).")
                                   .arg(Labels::channelInSentence(channel)));
}

void ComposerWindow::clearAfterHandoff(Channel channel, const QString& status, bool handed)
{
    const qint64 clientId = m_context->client.id;
    m_draftId = 0;
    m_timingAccepted = false; // the next draft is asked about afresh
    const bool restoring = m_restoring;
    m_restoring = true; // clearing is not a new draft
    QTextCursor c(m_editor->document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.removeSelectedText();
    c.endEditBlock();
    m_restoring = restoring;
    forgetTemplate();
    const auto fresh = m_service.loadClient(clientId); // the log changed: first-message and client-initiated
    if (fresh)
        m_context = *fresh;
    updateNow();
    setStatus(status);
    if (handed)
        emit handedOff(clientId, channel);
}

void ComposerWindow::editTemplates()
{
    flushDraft();
    TemplateEditorDialog dialog(m_service, m_context ? std::optional<domain::Client>(m_context->client) : std::nullopt,
                                m_settings, this);
    dialog.exec();
    loadTemplates();
}

void ComposerWindow::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: %1; }")
                                        .arg(FindingHighlighter::colour(domain::Category::Clinical, palette()).name())
                                  : QString());
}

} // namespace rapport::ui
