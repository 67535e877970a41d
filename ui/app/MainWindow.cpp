// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"
#include "queue/QueueWindow.h"
#include "services/QueueService.h"

#include "app/AppContext.h"
#include "app/FirstRunDialog.h"
#include "app/GuideWindow.h"
#include "app/Theme.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientEditDialog.h"
#include "clients/ClientListModel.h"
#include "clients/ConsentBadgeDelegate.h"
#include "clients/RecordConsentDialog.h"
#include "common/DatabaseWorker.h"
#include "common/Icons.h"
#include "dashboard/DashboardWidget.h"
#include "services/ConsentService.h"
#include "services/LiveUpdates.h"
#include "services/PracticeFile.h"
#include "settings/SettingsDialog.h"
#include "transfer/CalendarImportDialog.h"
#include "transfer/ImportWizard.h"
#include "transfer/TransferActions.h"

#include "composer/ComposerWindow.h"
#include "reminders/RemindersWindow.h"

#include <QPlainTextEdit>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace rapport::ui {

namespace {
constexpr int kSearchDebounceMs = 4;
} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setWindowTitle(tr("Rapport"));
    setWindowIcon(Icons::icon(QStringLiteral("rapport")));
    setObjectName(QStringLiteral("RapportMainWindow"));
    buildCentral();
    buildActions();
    buildMenus();
    TransferHooks hooks{[this] { return currentClientId(); },
                        [this] {
                            QVector<qint64> ids;
                            for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
                                ids << m_model->clientId(i.row());
                            return ids;
                        },
                        [this] {
                            m_model->reload();
                            m_detail->reload();
                            if (m_rightStack->currentWidget() == m_dashboard)
                                m_dashboard->refresh();
                            updateEmptyState();
                            updateActions();
                            verifyLedger();
                        },
                        [this] {
                            const qint64 id = currentClientId();
                            m_detail->setClient(0);
                            m_model->reload();
                            if (id != 0 && m_model->rowOf(id) >= 0)
                                selectClient(id);
                            if (m_rightStack->currentWidget() == m_dashboard)
                                m_dashboard->refresh();
                            updateEmptyState();
                            updateActions();
                            verifyLedger();
                        },
                        {},
                        {}};
    hooks.composeDraft = [this](qint64 clientId, const QString& text) {
        if (auto* composer = openComposer(clientId))
            composer->startDraft(text);
    };
    hooks.showStatus = [this](const QString& text) { statusBar()->showMessage(text, 30000); };
    auto* transfer = new TransferActions(m_context, this, std::move(hooks));
    m_transfer = transfer;
    transfer->attachCalendar(action(QStringLiteral("importCalendar")), action(QStringLiteral("refreshCalendars")));
    transfer->attach(action(QStringLiteral("import")), action(QStringLiteral("exportConsent")),
                     action(QStringLiteral("printConsent")), action(QStringLiteral("backup")),
                     action(QStringLiteral("restore")));

    m_ledgerLabel = new QLabel(tr("Checking the consent ledger..."), this);
    m_ledgerLabel->setAccessibleName(tr("Consent ledger status"));
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_countLabel, 1);
    // "2 messages due now": a link that opens the scheduled messages.
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("dueNow"));
    m_dueLabel->setTextFormat(Qt::RichText);
    m_dueLabel->setAccessibleName(tr("Scheduled messages due now"));
    connect(m_dueLabel, &QLabel::linkActivated, this, &MainWindow::showQueue);
    statusBar()->addPermanentWidget(m_dueLabel);
    statusBar()->addPermanentWidget(m_ledgerLabel);
    m_dueTimer = new QTimer(this);
    m_dueTimer->setInterval(30 * 1000);
    connect(m_dueTimer, &QTimer::timeout, this, &MainWindow::checkDue);
    m_dueTimer->start();

    m_model->setConversationWindowDays(m_context.practice().conversationWindowDays);
    m_model->setDisplayTimeZone(m_context.practiceZone());
    m_model->setSearch(QString());
    connect(&m_context, &AppContext::practiceChanged, this, [this] {
        m_model->setConversationWindowDays(m_context.practice().conversationWindowDays);
        m_model->setDisplayTimeZone(m_context.practiceZone());
        m_detail->reload();
        for (const auto& w : m_composers)
            if (auto* c = qobject_cast<ComposerWindow*>(w.data()))
                c->reloadSettings();
    });
    updateEmptyState();
    updateActions();
    restoreLayout();
    verifyLedger();
    checkDue();
    // Calendar files another program keeps in sync: read again quietly once the window is up.
    QTimer::singleShot(0, transfer, &TransferActions::refreshCalendars);
}

MainWindow::~MainWindow()
{
    DatabaseWorkers::stopAndJoinAll();
}

void MainWindow::buildCentral()
{
    m_model = new ClientListModel(
        m_context.database(), [this] { return m_context.now(); }, this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names, numbers, emails (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_search->addAction(Icons::icon(QStringLiteral("find")), QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::showFirstMatch);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ConsentBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    for (int c : {ClientListModel::SmsColumn, ClientListModel::EmailColumn, ClientListModel::PhoneColumn,
                  ClientListModel::NextAppointmentColumn})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Fixed);
    m_view->viewport()->installEventFilter(this); // fitListColumns() on every resize
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(tr("Clients"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editClient(shownClientId()); });
    connect(m_model, &ClientListModel::reloaded, this, &MainWindow::updateEmptyState);
    connect(m_model, &ClientListModel::reloaded, this, &MainWindow::fitListColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);

    m_emptyList = new QLabel(this);
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setWordWrap(true);
    m_emptyList->setMargin(24);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_emptyList);

    auto* left = new QWidget(this);
    auto* lv = new QVBoxLayout(left);
    lv->setContentsMargins(6, 6, 0, 6);
    lv->addWidget(m_search);
    lv->addWidget(m_listStack, 1);

    m_detail = new ClientDetailWidget(m_context, this);
    m_dashboard = new DashboardWidget(m_context, this);
    m_rightStack = new QStackedWidget(this);
    m_rightStack->addWidget(m_detail);
    m_rightStack->addWidget(m_dashboard);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_rightStack);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    // Above everything: a clinic server that stopped answering (hidden otherwise).
    m_serverBanner = new QLabel(this);
    m_serverBanner->setObjectName(QStringLiteral("serverBanner"));
    m_serverBanner->setWordWrap(true);
    m_serverBanner->setMargin(8);
    m_serverBanner->setAutoFillBackground(true);
    m_serverBanner->setAccessibleName(tr("Clinic server status"));
    m_serverBanner->hide();
    auto* central = new QWidget(this);
    auto* cv = new QVBoxLayout(central);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->setSpacing(0);
    cv->addWidget(m_serverBanner);
    cv->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_detail, &ClientDetailWidget::clientChanged, this, &MainWindow::onClientChanged);
    connect(m_detail, &ClientDetailWidget::consentChanged, this, &MainWindow::onConsentChanged);
    connect(m_detail, &ClientDetailWidget::editRequested, this, &MainWindow::editClient);
    connect(m_detail, &ClientDetailWidget::composeRequested, this, [this](qint64 id) { openComposer(id); });
    connect(m_dashboard, &DashboardWidget::confirmRequested, this,
            [this](qint64 id, domain::Channel c, domain::Scope s) { openRecordConsent(id, int(c), int(s)); });
    connect(m_dashboard, &DashboardWidget::raised, this, [this](qint64 id) {
        if (m_detail->clientId() == id)
            m_detail->reload(); // its list to raise and contact log
    });
    connect(m_dashboard, &DashboardWidget::clientActivated, this, [this](qint64 id) {
        showDashboard(false);
        selectClient(id);
    });
    connect(&m_context, &AppContext::clientChanged, this, &MainWindow::onContextClientChanged);
    listenForOtherDesks();
}

void MainWindow::listenForOtherDesks()
{
    auto started = services::LiveUpdates::start(m_context.database());
    if (!started) {
        statusBar()->showMessage(
            tr("Changes made at other desks will show when you reopen Rapport: %1").arg(started.error().message),
            60000);
        return;
    }
    if (!started.value())
        return; // a practice in a file: this is the only desk
    m_live = std::move(started).value();
    services::LiveUpdates* live = m_live.get();
    connect(live, &services::LiveUpdates::clientsChanged, this, [this](const QSet<qint64>& ids) {
        bool added = false;
        for (const qint64 id : ids) {
            if (m_model->rowOf(id) >= 0)
                m_context.notifyClientChanged(id); // its row, its open view, its composers, the dashboard
            else
                added = true;
        }
        if (added) {
            const qint64 current = currentClientId();
            m_model->reload();
            if (current != 0 && m_model->rowOf(current) >= 0)
                selectClient(current);
        }
        updateEmptyState();
        updateActions();
        verifyLedger();
    });
    connect(live, &services::LiveUpdates::everythingChanged, this, [this] {
        const qint64 current = currentClientId();
        m_model->reload();
        if (current != 0 && m_model->rowOf(current) >= 0)
            selectClient(current);
        m_detail->reload();
        if (m_rightStack->currentWidget() == m_dashboard)
            m_dashboard->refresh();
        updateEmptyState();
        updateActions();
        verifyLedger();
    });
    connect(live, &services::LiveUpdates::serverLost, this, [this](const QString& reason) {
        QPalette p = m_serverBanner->palette();
        const QColor red = Theme::errorColour(p);
        p.setColor(QPalette::Window, red);
        p.setColor(QPalette::WindowText, Theme::isDark(palette()) ? QColor(Qt::black) : QColor(Qt::white));
        m_serverBanner->setPalette(p);
        m_serverBanner->setText(
            tr("The clinic server does not answer (%1). Nothing can be saved until it does; drafts you write are kept "
               "on this computer. Rapport tries again every few seconds.")
                .arg(reason));
        m_serverBanner->show();
    });
    connect(live, &services::LiveUpdates::serverBack, this, [this] {
        m_serverBanner->hide();
        statusBar()->showMessage(tr("The clinic server answers again; the lists show what the other desks did."),
                                 15000);
    });
    connect(live, &services::LiveUpdates::settingsChanged, this, [this] {
        m_context.reloadPractice();
        emit m_context.practiceChanged();
    });
}

void MainWindow::buildActions()
{
    struct Def {
        const char* name;
        QString text;
        QString icon;
        QKeySequence key;
        QString tip;
        void (MainWindow::*slot)();
    };
    const Def defs[] = {
        {"newClient", tr("New &client..."), QStringLiteral("new-client"), QKeySequence(tr("Ctrl+Shift+N")),
         tr("Add a client"), &MainWindow::newClient},
        {"newMessage", tr("New &message..."), QStringLiteral("new-message"), QKeySequence::New,
         tr("Draft a message with channel advice"), &MainWindow::newMessage},
        {"reminders", tr("Remin&ders..."), QStringLiteral("new-message"), QKeySequence(tr("Ctrl+R")),
         tr("A day's reminders, one row per appointment, worked down from the keyboard"), &MainWindow::showReminders},
        {"recordConsent", tr("&Record consent..."), QStringLiteral("consent"), QKeySequence(tr("Ctrl+Shift+C")),
         tr("Record the selected client's consent"), &MainWindow::recordConsent},
        {"settings", tr("&Settings..."), QStringLiteral("settings"), QKeySequence(tr("Ctrl+,")),
         tr("Practice, hours, time off, messaging limits"), &MainWindow::showSettings},
        {"archive", tr("&Archive client"), QStringLiteral("archive"), QKeySequence(),
         tr("Hide the selected client from the list (kept, and can be restored)"), &MainWindow::archiveCurrent},
        {"erase", tr("&Erase client..."), QStringLiteral("erase"), QKeySequence(),
         tr("Remove the selected client's personal data"), &MainWindow::eraseCurrent},
        {"about", tr("&About Rapport"), QStringLiteral("about"), QKeySequence(), QString(), &MainWindow::about},
        {"guide", tr("Rapport &Guide"), QStringLiteral("about"), QKeySequence::HelpContents,
         tr("When a text is fine, what never goes by text, hours, opt-outs and consent records"),
         &MainWindow::showGuide},
        {"openSample", tr("Open the sa&mple practice"), QStringLiteral("clients"), QKeySequence(),
         tr("A throwaway practice of made-up clients, in a window of its own; yours is not touched"),
         &MainWindow::openSample},
        {"queue", tr("&Scheduled messages..."), QStringLiteral("new-message"), QKeySequence(tr("Ctrl+Shift+M")),
         tr("Messages kept for later: hand off the ones due now"), &MainWindow::showQueue},
    };
    for (const auto& d : defs) {
        auto* a = new QAction(Icons::icon(d.icon), d.text, this);
        a->setObjectName(QString::fromLatin1(d.name));
        if (!d.key.isEmpty())
            a->setShortcut(d.key);
        a->setToolTip(d.key.isEmpty() ? d.tip : tr("%1 (%2)").arg(d.tip, d.key.toString(QKeySequence::NativeText)));
        a->setStatusTip(d.tip);
        connect(a, &QAction::triggered, this, d.slot);
        addAction(a);
    }
    auto* find = new QAction(Icons::icon(QStringLiteral("find")), tr("&Find client"), this);
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto* quit = new QAction(Icons::icon(QStringLiteral("quit")), tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
    auto* dash = new QAction(Icons::icon(QStringLiteral("dashboard")), tr("&Dashboard"), this);
    dash->setObjectName(QStringLiteral("dashboard"));
    dash->setCheckable(true);
    dash->setShortcut(QKeySequence(tr("Ctrl+D")));
    dash->setToolTip(tr("Consent coverage, contacts per week and the consents to confirm (Ctrl+D)"));
    connect(dash, &QAction::toggled, this, &MainWindow::showDashboard);
    addAction(dash);
    auto* archived = new QAction(Icons::icon(QStringLiteral("show-archived")), tr("Show &archived clients"), this);
    archived->setObjectName(QStringLiteral("showArchived"));
    archived->setCheckable(true);
    archived->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    connect(archived, &QAction::toggled, this, &MainWindow::setShowArchived);
    addAction(archived);
    for (const auto& [name, text, icon] :
         {std::tuple{"import", tr("&Import clients..."), QStringLiteral("import")},
          // "Import &calendar" would share C with "New &client".
          std::tuple{"importCalendar", tr("Import ca&lendar..."), QStringLiteral("import")},
          std::tuple{"refreshCalendars", tr("Re&fresh calendars"), QStringLiteral("import")},
          std::tuple{"exportConsent", tr("&Export consent records..."), QStringLiteral("export")},
          std::tuple{"printConsent", tr("&Print consent report..."), QStringLiteral("export")},
          std::tuple{"backup", tr("&Back up database..."), QStringLiteral("backup")},
          std::tuple{"restore", tr("Res&tore from backup..."), QStringLiteral("restore")}}) {
        auto* a = new QAction(Icons::icon(icon), text, this);
        a->setObjectName(QString::fromLatin1(name));
        addAction(a);
    }
    action(QStringLiteral("printConsent"))->setShortcut(QKeySequence::Print);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    for (const char* n : {"newClient", "", "import", "importCalendar", "refreshCalendars", "", "exportConsent",
                          "printConsent", "", "backup", "restore", "", "openSample", "", "quit"})
        if (*n)
            file->addAction(action(QString::fromLatin1(n)));
        else
            file->addSeparator();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("find")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("settings")));
    QMenu* client = menuBar()->addMenu(tr("&Client"));
    for (const char* n : {"newMessage", "reminders", "recordConsent", "", "archive", "erase"})
        if (*n)
            client->addAction(action(QString::fromLatin1(n)));
        else
            client->addSeparator();
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("dashboard")));
    view->addAction(action(QStringLiteral("queue")));
    view->addAction(action(QStringLiteral("showArchived")));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("guide")));
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThis"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(action(QStringLiteral("about")));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (const char* n : {"newClient", "newMessage", "reminders", "recordConsent", "", "dashboard", "", "settings"})
        if (*n)
            bar->addAction(action(QString::fromLatin1(n)));
        else
            bar->addSeparator();
}

QAction* MainWindow::action(const QString& name) const
{
    return findChild<QAction*>(name, Qt::FindDirectChildrenOnly);
}

QString MainWindow::ledgerStatusText() const
{
    return m_ledgerLabel->text();
}

qint64 MainWindow::currentClientId() const
{
    return m_detail->clientId();
}

qint64 MainWindow::shownClientId() const
{
    return m_rightStack->currentWidget() == m_detail ? m_detail->clientId() : 0;
}

void MainWindow::applySearchNow()
{
    m_searchTimer->stop();
    const qint64 keep = currentClientId();
    m_model->setSearch(m_search->text());
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_view->selectRow(row);
}

void MainWindow::showFirstMatch()
{
    applySearchNow();
    if (m_model->rowCount() == 0)
        return;
    showDashboard(false);
    m_view->selectRow(0);
    m_view->scrollTo(m_model->index(0, 0));
    // selectRow() does not move the current row when it already is row 0 of a new result.
    const qint64 id = m_model->clientId(0);
    if (m_detail->clientId() != id)
        m_detail->setClient(id);
    updateActions();
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        if (!m_model->lastError().isEmpty())
            m_emptyList->setText(m_model->lastError());
        else if (m_model->databaseEmpty())
            m_emptyList->setText(tr("No clients yet: add one or import a list.\n\nFile > New client (Ctrl+Shift+N)"));
        else
            m_emptyList->setText(m_search->text().isEmpty()
                                     ? tr("No active clients: View > Show archived clients")
                                     : tr("No client matches \u201c%1\u201d.").arg(m_search->text()));
    }
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyList) : m_view);
    m_countLabel->setText(
        empty ? QString()
        : m_model->canFetchMore({})
            ? tr("%1+ clients shown").arg(m_model->rowCount())
            : (m_model->rowCount() == 1 ? tr("1 client") : tr("%1 clients").arg(m_model->rowCount())));
}

void MainWindow::updateActions()
{
    // The client actions act on the client shown in the detail pane, and only while it is shown.
    const bool has = shownClientId() != 0;
    const bool archived = has && m_detail->client().archived;
    action(QStringLiteral("newMessage"))->setEnabled(has && !archived);
    action(QStringLiteral("recordConsent"))->setEnabled(has);
    action(QStringLiteral("archive"))->setEnabled(has);
    action(QStringLiteral("archive"))->setText(archived ? tr("Un&archive client") : tr("&Archive client"));
    action(QStringLiteral("erase"))->setEnabled(has);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex cur = m_view->selectionModel()->currentIndex();
    const qint64 id = cur.isValid() ? m_model->clientId(cur.row()) : 0;
    if (id != m_detail->clientId())
        m_detail->setClient(id);
    if (id != 0 && m_rightStack->currentWidget() != m_detail)
        action(QStringLiteral("dashboard"))->setChecked(false);
    updateActions();
}

bool MainWindow::selectClient(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        m_detail->setClient(id);
        updateActions();
        return false;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    if (m_detail->clientId() != id)
        m_detail->setClient(id);
    updateActions();
    return true;
}

void MainWindow::onClientChanged(qint64 id)
{
    m_model->refreshClient(id);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    updateEmptyState();
    updateActions();
}

void MainWindow::onContextClientChanged(qint64 id)
{
    m_model->refreshClient(id);
    for (const auto& w : m_composers)
        if (auto* c = qobject_cast<ComposerWindow*>(w.data()); c && c->clientId() == id)
            c->reloadClient();
    if (m_rightStack->currentWidget() == m_dashboard)
        m_dashboard->refresh();
    updateEmptyState();
    updateActions();
}

void MainWindow::onConsentChanged(qint64 id)
{
    onClientChanged(id);
    if (m_rightStack->currentWidget() == m_dashboard)
        m_dashboard->refresh();
    verifyLedger();
}

void MainWindow::newClient()
{
    ClientEditDialog dialog(m_context.clients(), m_context.practice().country, std::nullopt,
                            m_context.practice().timeZone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    showDashboard(false);
    selectClient(dialog.savedId());
    updateEmptyState();
}

void MainWindow::editClient(qint64 id)
{
    if (id == 0)
        return;
    ClientEditDialog dialog(m_context.clients(), m_context.practice().country, id, m_context.practice().timeZone, this);
    bool erased = false;
    connect(&dialog, &ClientEditDialog::clientErased, this, [&erased] { erased = true; });
    dialog.exec();
    m_model->reload();
    if (erased) {
        m_detail->setClient(0);
        m_context.notifyClientChanged(id);
        verifyLedger();
    } else {
        m_context.notifyClientChanged(id);
        selectClient(id);
    }
    updateEmptyState();
    updateActions();
}

void MainWindow::recordConsent()
{
    openRecordConsent(shownClientId(), std::nullopt, std::nullopt);
}

void MainWindow::openRecordConsent(qint64 clientId, std::optional<int> channel, std::optional<int> scope)
{
    if (clientId == 0)
        return;
    RecordConsentDialog::Prefill prefill;
    if (channel)
        prefill.channel = static_cast<domain::Channel>(*channel);
    if (scope)
        prefill.scope = static_cast<domain::Scope>(*scope);
    if (channel)
        prefill.note = tr("Confirmed with the client (was imported from another system)");
    RecordConsentDialog dialog(m_context, clientId, prefill, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_detail->clientId() == clientId)
        m_detail->reload();
    onConsentChanged(clientId);
}

void MainWindow::newMessage()
{
    // Never without a client: the composer would then reopen the last draft, to whoever it was for.
    const qint64 id = shownClientId();
    if (id == 0 || m_detail->client().archived)
        return;
    openComposer(id);
}

void MainWindow::showReminders()
{
    if (!m_reminders) {
        auto* w = new RemindersWindow(m_context.composer(), std::nullopt, nullptr);
        w->setAttribute(Qt::WA_DeleteOnClose);
        connect(w, &RemindersWindow::handedOff, this,
                [this](qint64 id, domain::Channel) { m_context.notifyClientChanged(id); });
        connect(w, &RemindersWindow::composeRequested, this, [this](qint64 id, const QString& text) {
            // A new draft with the row's text; the client's own unsent draft stays saved.
            if (ComposerWindow* composer = openComposer(id))
                composer->startDraft(text);
        });
        m_reminders = w;
    }
    m_reminders->show();
    m_reminders->raise();
    m_reminders->activateWindow();
}

ComposerWindow* MainWindow::openComposer(std::optional<qint64> clientId)
{
    auto* composer = new ComposerWindow(m_context.composer(), clientId, nullptr);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &ComposerWindow::handedOff, this,
            [this](qint64 id, domain::Channel) { m_context.notifyClientChanged(id); });
    connect(composer, &ComposerWindow::scheduled, this, [this] {
        checkDue();
        if (m_queue)
            m_queue->reload();
    });
    // A word taught from one composer's highlight: every window reads the practice's lexicon again.
    connect(composer, &ComposerWindow::lexiconTaught, this, [this] {
        m_context.reloadPractice();
        emit m_context.practiceChanged();
    });
    m_composers << composer;
    composer->show();
    composer->raise();
    composer->activateWindow();
    return composer;
}

void MainWindow::showQueue()
{
    if (!m_queue) {
        m_queue = new QueueWindow(m_context, {}, nullptr);
        m_queue->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_queue, &QueueWindow::handedOff, this, [this](qint64 id) {
            m_context.notifyClientChanged(id);
            checkDue();
        });
    } else {
        m_queue->reload();
    }
    m_queue->show();
    m_queue->raise();
    m_queue->activateWindow();
}

void MainWindow::checkDue()
{
    const auto due = services::QueueService(m_context.database(), m_context.clock()).due();
    if (!due)
        return; // the ledger label and the next check say more; a status bar is no place for errors
    const int n = int(due->size());
    m_dueLabel->setText(
        n == 0 ? QString()
               : QStringLiteral("<a href=\"queue\">%1</a>")
                     .arg((n == 1 ? tr("1 message due now") : tr("%1 messages due now").arg(n)).toHtmlEscaped()));
    m_dueLabel->setVisible(n > 0);
    QStringList fresh;
    for (const auto& l : *due) {
        if (!m_announced.contains(l.message.id)) {
            m_announced.insert(l.message.id);
            fresh << l.clientName;
        }
    }
    if (fresh.isEmpty())
        return;
    const QString text = tr("Due now: a message to %1. Open Scheduled messages (Ctrl+Shift+M) to hand it off.")
                             .arg(fresh.join(QStringLiteral(", ")));
    statusBar()->showMessage(text, 15000);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showQueue);
            connect(m_tray, &QSystemTrayIcon::activated, this, &MainWindow::showQueue);
        }
        m_tray->show();
        m_tray->showMessage(tr("Rapport"), text, QSystemTrayIcon::Information, 10000);
    }
}

QueueWindow* MainWindow::queueWindow() const
{
    return m_queue.data();
}

QString MainWindow::dueText() const
{
    return !m_dueLabel->isHidden() ? QTextDocumentFragment::fromHtml(m_dueLabel->text()).toPlainText() : QString();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(
        m_context.practice(), [this](const domain::PracticeSettings& s) { return m_context.savePractice(s); }, this);
    dialog.exec();
}

void MainWindow::archiveCurrent()
{
    const qint64 id = shownClientId();
    if (id == 0)
        return;
    const bool archive = !m_detail->client().archived;
    if (auto e = m_context.clients().archive(id, archive)) {
        QMessageBox::warning(this, tr("Archive client"), e->message);
        return;
    }
    statusBar()->showMessage(archive ? tr("Archived %1.").arg(m_detail->client().name)
                                     : tr("Restored %1.").arg(m_detail->client().name),
                             4000);
    m_context.notifyClientChanged(id);
    onClientChanged(id);
}

void MainWindow::eraseCurrent()
{
    const qint64 id = shownClientId();
    if (id == 0)
        return;
    ClientEditDialog dialog(m_context.clients(), m_context.practice().country, id, m_context.practice().timeZone, this);
    dialog.eraseClient();
    if (dialog.result() == QDialog::Rejected && m_context.clients().find(id) && !m_context.clients().find(id)->erased)
        return;
    m_detail->setClient(0);
    m_context.notifyClientChanged(id);
    m_model->reload();
    updateEmptyState();
    updateActions();
    verifyLedger();
}

void MainWindow::showDashboard(bool show)
{
    QAction* a = action(QStringLiteral("dashboard"));
    if (a->isChecked() != show) {
        a->setChecked(show);
        return;
    }
    if (show)
        m_dashboard->refresh();
    m_rightStack->setCurrentWidget(show ? static_cast<QWidget*>(m_dashboard) : m_detail);
    // The dashboard is the practice at a glance: it takes the whole window (at 1024 px its
    // charts beside the list would cut their labels short).
    if (show)
        m_listSizes = m_splitter->sizes();
    m_splitter->widget(0)->setVisible(!show);
    if (!show && !m_listSizes.isEmpty())
        m_splitter->setSizes(m_listSizes);
    m_splitter->refresh();
    updateActions();
}

void MainWindow::setShowArchived(bool show)
{
    QAction* a = action(QStringLiteral("showArchived"));
    if (a->isChecked() != show) {
        a->setChecked(show);
        return;
    }
    m_model->setShowArchived(show);
    updateEmptyState();
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Rapport %1</h3><p>Client records, consent and channel advice for therapists.</p>"
              "<p>Your data stays in one file on this computer:<br><code>%2</code></p>"
              "<p>Rapport is free software: you can redistribute it and change it under the terms of the "
              "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>, "
              "version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no "
              "warranty. It uses Qt, SQLite, ICU, libphonenumber and libical, each under its own free "
              "licence.</p>")
        .arg(QStringLiteral(RAPPORT_VERSION), services::practicePath(m_context.database()).toHtmlEscaped());
}

QWidget* MainWindow::openFile(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    const auto is = [&](const char* name) { return mime.inherits(QLatin1String(name)); };
    if (suffix == QLatin1String("ics") || suffix == QLatin1String("ical") || is("text/calendar"))
        return m_transfer->openCalendarImport(info.absoluteFilePath());
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard") || suffix == QLatin1String("csv") ||
        is("text/vcard") || is("text/csv"))
        return m_transfer->openImport(info.absoluteFilePath());
    statusBar()->showMessage(
        tr("%1 is not a client list (.vcf, .csv) or a calendar (.ics): Rapport cannot open it").arg(info.fileName()),
        30000);
    return nullptr;
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new GuideWindow(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

QStringList MainWindow::sampleArguments()
{
    return {QStringLiteral("--sample")};
}

void MainWindow::openSample()
{
    // Its own process and window: this practice, its open dialogs and drafts stay as they are.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), sampleArguments()))
        statusBar()->showMessage(tr("The sample practice could not be started"), 30000);
    else
        statusBar()->showMessage(tr("The sample practice opens in a new window; it is deleted when that window closes"),
                                 30000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Rapport"), aboutText());
}

void MainWindow::verifyLedger()
{
    if (m_verifying) {
        m_verifyAgain = true;
        return;
    }
    m_verifying = true;
    m_ledgerLabel->setText(tr("Checking the consent ledger..."));
    // A connection belongs to its thread: the worker opens its own, and is joined before the
    // window goes (and before a restore).
    runWithDatabase<ChainCheckStatus>(
        services::practicePath(m_context.database()), this,
        [clock = &m_context.clock()](storage::Database& db) -> domain::Result<ChainCheckStatus> {
            ChainCheckStatus status;
            auto check = services::ConsentService(db, *clock).verify();
            if (!check) {
                status.ok = false;
                status.error = check.error().message;
            } else {
                status.ok = check->ok;
                status.count = check->count;
                status.firstBadId = check->firstBadId;
            }
            return status;
        },
        [this](domain::Result<ChainCheckStatus> result) {
            if (result) {
                showLedger(result.value());
                return;
            }
            ChainCheckStatus status;
            status.ok = false;
            status.error = result.error().message;
            showLedger(status);
        },
        QThread::LowPriority);
}

void MainWindow::showLedger(const ChainCheckStatus& status)
{
    m_verifying = false;
    m_ledger = status;
    QPalette p = m_ledgerLabel->palette();
    if (!status.error.isEmpty()) {
        m_ledgerLabel->setText(tr("Ledger not checked: %1").arg(status.error));
        p.setColor(QPalette::WindowText, Theme::errorColour(palette()));
    } else if (status.ok) {
        m_ledgerLabel->setText(
            (status.count == 1 ? tr("Ledger verified: 1 event") : tr("Ledger verified: %1 events").arg(status.count)));
        p.setColor(QPalette::WindowText, Theme::okColour(palette()));
    } else {
        m_ledgerLabel->setText(tr("Ledger does not verify at event #%1").arg(status.firstBadId));
        p.setColor(QPalette::WindowText, Theme::errorColour(palette()));
    }
    m_ledgerLabel->setPalette(p);
    m_ledgerLabel->setToolTip(status.ok && status.error.isEmpty()
                                  ? tr("The consent records' hash chain is intact: nothing was altered.")
                                  : tr("The consent records' hash chain is broken: a record was altered or "
                                       "removed outside Rapport. Keep a copy of the file and restore a backup."));
    emit ledgerChecked();
    if (m_verifyAgain) {
        m_verifyAgain = false;
        verifyLedger();
    }
}

void MainWindow::startFirstRunIfNeeded()
{
    if (!m_context.practice().practiceName.trimmed().isEmpty())
        return;
    FirstRunDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        updateEmptyState();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        verifyLedger();
    }
}

void MainWindow::fitListColumns()
{
    // The fixed columns as wide as their content in the current language; the badges in words
    // when the longest name still fits beside them, else as symbols. The name column stretches
    // over the rest.
    QHeaderView* header = m_view->horizontalHeader();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    const auto headerWidth = [&](int column) {
        return header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + margin;
    };
    int date = 0;
    for (int month = 1; month <= 12; ++month)
        date = std::max(
            date, m_view->fontMetrics().horizontalAdvance(QLocale().toString(
                      QDateTime(QDate(2026, month, 28), QTime(23, 59)), ClientListModel::appointmentFormat(true))));
    date = std::max(date + 16, headerWidth(ClientListModel::NextAppointmentColumn));
    const int badgeColumns[] = {ClientListModel::SmsColumn, ClientListModel::EmailColumn, ClientListModel::PhoneColumn};
    const int words = ConsentBadgeDelegate::columnWidth(m_view->font());
    const int symbols = ConsentBadgeDelegate::compactColumnWidth(m_view->font());
    // The longest name among the first rows (they are loaded in pages), at most about 32 letters.
    int nameRoom = 0;
    for (int r = 0; r < std::min(m_model->rowCount(), 300); ++r)
        nameRoom = std::max(nameRoom, m_view->fontMetrics().horizontalAdvance(
                                          m_model->index(r, ClientListModel::NameColumn).data().toString()));
    nameRoom = std::min(nameRoom + 16, m_view->fontMetrics().averageCharWidth() * 32);
    int withWords = date + nameRoom;
    for (int c : badgeColumns)
        withWords += std::max(words, headerWidth(c));
    const int badge = m_view->viewport()->width() >= withWords ? words : symbols;
    for (int c : badgeColumns)
        header->resizeSection(c, std::max(badge, headerWidth(c)));
    header->resizeSection(ClientListModel::NextAppointmentColumn, date);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitListColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    s.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray()))
        resize(1180, 740);
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    if (!m_splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({560, 680});
    m_view->horizontalHeader()->restoreState(s.value(QStringLiteral("listHeader")).toByteArray());
    setShowArchived(s.value(QStringLiteral("showArchived"), false).toBool());
    s.endGroup();
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.beginGroup(QStringLiteral("MainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    if (!m_splitter->widget(0)->isVisible() && !m_listSizes.isEmpty()) {
        // The dashboard hides the list: save the sizes it had beside the client's pane.
        m_splitter->widget(0)->show();
        m_splitter->setSizes(m_listSizes);
        s.setValue(QStringLiteral("splitter"), m_splitter->saveState());
        m_splitter->widget(0)->hide();
    } else {
        s.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    }
    s.setValue(QStringLiteral("listHeader"), m_view->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("showArchived"), action(QStringLiteral("showArchived"))->isChecked());
    s.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    for (const auto& w : m_composers)
        if (w)
            w->close();
    if (m_reminders)
        m_reminders->close();
    QMainWindow::closeEvent(event);
}

} // namespace rapport::ui
