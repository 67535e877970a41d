#pragma once

#include "domain/Result.h"
#include "services/BackupService.h"

#include <QObject>
#include <QPointer>
#include <QVector>
#include <functional>

class QAction;
class QWidget;

namespace rapport::ui {

class AppContext;
class ImportWizard;

/// What the window tells, and is told, around imports, exports and restores.
struct TransferHooks {
    std::function<qint64()> currentClient;            ///< 0: none
    std::function<QVector<qint64>()> selectedClients; ///< may be empty
    std::function<void()> clientsImported;            ///< refresh the list, detail, ledger status
    std::function<void()> databaseReplaced;           ///< after a restore: everything shown is stale
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString droppedClientList(const QEvent* event) const;

    AppContext& m_context;
    QWidget* m_window;
    TransferHooks m_hooks;
    QPointer<ImportWizard> m_wizard;
};

} // namespace rapport::ui
