// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/BackupService.h"
#include "services/CalendarImportService.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVector>
#include <functional>

class QAction;
class QWidget;

namespace rapport::ui {

class AppContext;
class CalendarImportDialog;
class ImportWizard;

/// What the window tells, and is told, around imports, exports and restores.
struct TransferHooks {
    std::function<qint64()> currentClient;                    ///< 0: none
    std::function<QVector<qint64>()> selectedClients;         ///< may be empty
    std::function<void()> clientsImported;                    ///< refresh the list, detail, ledger status
    std::function<void()> databaseReplaced;                   ///< after a restore: everything shown is stale
    std::function<void(qint64, const QString&)> composeDraft; ///< open the composer for a client with a text
    std::function<void(const QString&)> showStatus;           ///< a status-bar message (never a modal)
};

/// The File menu's import, export, print, backup and restore, and drag-and-drop of client lists
/// (.csv, .vcf, .vcard) on the window: owns no data, opens the dialogs and calls the hooks.
/// GUI thread only.
class TransferActions : public QObject {
    Q_OBJECT
public:
    /// Installs itself as `window`'s event filter for drops (and sets acceptDrops).
    TransferActions(AppContext& context, QWidget* window, TransferHooks hooks);

    /// Connects and enables the actions (any may be null).
    void attach(QAction* import, QAction* exportConsent, QAction* print, QAction* backup, QAction* restore);

    /// Connects and enables the calendar actions (either may be null).
    void attachCalendar(QAction* importCalendar, QAction* refreshCalendars);
    /// The window and cancelMissing calendar imports use (default: the service's window around now).
    void setCalendarOptions(const services::CalendarImportOptions& options) { m_calendarOptions = options; }
    /// Opens the calendar import (window-modal, not blocking) on `path`.
    CalendarImportDialog* openCalendarImport(const QString& path = {});
    CalendarImportDialog* calendarDialog() const;
    /// The last refresh's status-bar message (empty before the first).
    QString lastRefreshText() const { return m_refreshText; }
    bool isRefreshing() const { return !m_refreshWorker.isNull(); }

    /// Opens the import wizard (window-modal, not blocking), on `path` when given.
    ImportWizard* openImport(const QString& path = {});
    /// The wizard open now, if any.
    ImportWizard* importWizard() const;

    /// Backs up to `target`, no dialogs.
    domain::Result<services::BackupInfo> backupTo(const QString& target);
    /// Restores `backupPath` over the open database, no dialogs; then calls databaseReplaced
    /// and reloads the practice settings (the live file is kept as `.before-restore`).
    domain::Result<services::BackupInfo> restoreFrom(const QString& backupPath);

public slots:
    void importInteractive();
    void exportInteractive();
    void printInteractive();
    void backupInteractive();
    void restoreInteractive();
    /// Asks for an .ics file, then shows its plan.
    void importCalendarInteractive();
    /// Re-reads every remembered calendar file on a worker thread and imports it; says what
    /// changed (or what failed) in the status bar, never in a dialog. Does nothing when no file
    /// is remembered or a refresh is running.
    void refreshCalendars();

signals:
    /// A refresh finished; lastRefreshText() says what it did.
    void calendarsRefreshed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString droppedClientList(const QEvent* event) const;

    AppContext& m_context;
    QWidget* m_window;
    TransferHooks m_hooks;
    QPointer<ImportWizard> m_wizard;
    QPointer<CalendarImportDialog> m_calendar;
    services::CalendarImportOptions m_calendarOptions;
    QPointer<QThread> m_refreshWorker;
    QString m_refreshText;
};

} // namespace rapport::ui
