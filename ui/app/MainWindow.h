// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ChainCheckStatus.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace rapport::services {
class LiveUpdates;
}

namespace rapport::ui {

class AppContext;
class ClientDetailWidget;
class ClientListModel;
class ComposerWindow;
class DashboardWidget;
class QueueWindow;
class TransferActions;

/// The main window: the client list (search as you type, consent badges) beside the selected
/// client's detail or the dashboard; menus and toolbar with shortcuts for the frequent actions;
/// a status bar saying whether the consent ledger verifies (checked off the GUI thread at start
/// and after each consent change). Geometry, toolbar state and splitter positions are remembered.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Offers the guided setup when the practice has no name yet (first run).
    void startFirstRunIfNeeded();

    ClientListModel* clientModel() const { return m_model; }
    QTableView* clientView() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    ClientDetailWidget* detail() const { return m_detail; }
    DashboardWidget* dashboard() const { return m_dashboard; }
    /// "2 messages due now" as the status bar shows it (empty when none is due).
    QString dueText() const;
    /// The scheduled messages window, once opened.
    QueueWindow* queueWindow() const;
    /// The ledger status as shown in the status bar.
    QString ledgerStatusText() const;
    /// The live updates from other desks (null for an SQLite practice).
    services::LiveUpdates* liveUpdates() const { return m_live.get(); }
    /// The banner shown while the clinic server does not answer (hidden otherwise).
    QLabel* serverBanner() const { return m_serverBanner; }
    /// What Help > About shows: version, where the data lives, the licence.
    QString aboutText() const;
    /// Opens a file given on the command line or by the file manager: a client list (.vcf, .csv)
    /// starts the import, a calendar (.ics) the appointment import; returns the dialog opened,
    /// or null (with a status bar message) for a file that is neither.
    QWidget* openFile(const QString& path);
    /// The arguments File > Open the sample practice starts this program with.
    static QStringList sampleArguments();
    /// Help > Guide, once opened.
    QWidget* guideWindow() const { return m_guide; }
    /// The last finished ledger check (empty until the first one finishes).
    const std::optional<ChainCheckStatus>& ledgerStatus() const { return m_ledger; }
    /// Actions by object name ("newClient", "find", "recordConsent", ...), for tests and menus.
    QAction* action(const QString& name) const;
    /// The client the client actions act on: the one shown in the detail pane (0 when none is shown,
    /// or when the dashboard covers the pane).
    qint64 shownClientId() const;
    /// Selects a client in the list (loading pages as needed) and shows it.
    bool selectClient(qint64 id);
    /// The search is applied after a few milliseconds of quiet; this applies it now.
    void applySearchNow();

public slots:
    void newClient();
    void editClient(qint64 id);
    void recordConsent();
    void newMessage();
    /// Opens the Reminders window (a day's reminders in one pass), or brings it forward.
    void showReminders();
    void showSettings();
    void archiveCurrent();
    void eraseCurrent();
    void showDashboard(bool show);
    void setShowArchived(bool show);
    void about();
    void openSample();
    void showGuide();
    /// Starts a ledger check in a worker thread (one at a time; a request during a check runs after it).
    void verifyLedger();
    /// Opens (or raises) the scheduled messages window.
    void showQueue();
    /// Reads which scheduled messages are due now: the status bar says how many, and a message
    /// newly due is announced once (a tray notification where the desktop has a tray). Runs every
    /// 30 seconds and after every change.
    void checkDue();

signals:
    /// A ledger check finished (status already shown).
    void ledgerChecked();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitListColumns();
    void buildActions();
    void buildMenus();
    void buildCentral();
    void restoreLayout();
    void saveLayout();
    void onSelectionChanged();
    void onClientChanged(qint64 id);
    void onConsentChanged(qint64 id);
    /// A client changed somewhere (AppContext::clientChanged): refresh its row and the dashboard.
    void onContextClientChanged(qint64 id);
    /// On a PostgreSQL practice: other desks' changes refresh the list, the open client and the
    /// dashboard as the app's own do (services::LiveUpdates).
    void listenForOtherDesks();
    /// Enter in the search box: shows the first match.
    void showFirstMatch();
    void updateEmptyState();
    void updateActions();
    void showLedger(const ChainCheckStatus& status);
    void openRecordConsent(qint64 clientId, std::optional<int> channel, std::optional<int> scope);
    ComposerWindow* openComposer(std::optional<qint64> clientId);
    qint64 currentClientId() const;

    AppContext& m_context;
    TransferActions* m_transfer = nullptr;
    ClientListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_emptyList = nullptr;
    QStackedWidget* m_rightStack = nullptr;
    ClientDetailWidget* m_detail = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    QSplitter* m_splitter = nullptr;
    QList<int> m_listSizes; ///< the splitter's sizes before the dashboard hid the list
    QLabel* m_ledgerLabel = nullptr;
    QLabel* m_serverBanner = nullptr; ///< shown while the clinic server does not answer
    QLabel* m_countLabel = nullptr;
    QLabel* m_dueLabel = nullptr;
    QTimer* m_dueTimer = nullptr;
    QSet<qint64> m_announced; ///< scheduled messages already announced as due
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<QueueWindow> m_queue;
    std::optional<ChainCheckStatus> m_ledger;
    bool m_verifying = false;
    bool m_verifyAgain = false;
    std::unique_ptr<services::LiveUpdates> m_live; ///< null for an SQLite practice
    QList<QPointer<QWidget>> m_composers;
    QPointer<QWidget> m_reminders;
    QPointer<QWidget> m_guide;
};

} // namespace rapport::ui
