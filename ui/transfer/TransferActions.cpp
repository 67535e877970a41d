#include "transfer/TransferActions.h"

#include "app/AppContext.h"
#include "services/PracticeFile.h"
#include "transfer/BackupActions.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportWizard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace rapport::ui {

TransferActions::TransferActions(AppContext& context, QWidget* window, TransferHooks hooks)
    : QObject(window), m_context(context), m_window(window), m_hooks(std::move(hooks))
{
    setObjectName(QStringLiteral("transferActions"));
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

void TransferActions::attach(QAction* import, QAction* exportConsent, QAction* print, QAction* backup, QAction* restore)
{
    const auto wire = [this](QAction* a, void (TransferActions::*slot)(), const QString& tip) {
        if (!a)
            return;
        a->setEnabled(true);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
    };
    wire(import, &TransferActions::importInteractive,
         tr("Import clients from a CSV or vCard file (or drop the file on the window)"));
    wire(exportConsent, &TransferActions::exportInteractive,
         tr("Export consent records to CSV, JSON or PDF, for one client, the selection or everyone"));
    wire(print, &TransferActions::printInteractive, tr("Print the consent report"));
    wire(backup, &TransferActions::backupInteractive, tr("Save a checked copy of the whole database"));
    wire(restore, &TransferActions::restoreInteractive,
         tr("Replace the current data with a backup (the current file is kept)"));
}

ImportWizard* TransferActions::openImport(const QString& path)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    auto* wizard = new ImportWizard(m_context, path, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::clientsImported, this, [this] {
        if (m_hooks.clientsImported)
            m_hooks.clientsImported();
    });
    m_wizard = wizard;
    wizard->show();
    return wizard;
}

ImportWizard* TransferActions::importWizard() const
{
    return m_wizard.data();
}

void TransferActions::importInteractive()
{
    openImport();
}

void TransferActions::exportInteractive()
{
    ExportDialog dialog(m_context, m_hooks.currentClient ? m_hooks.currentClient() : 0,
                        m_hooks.selectedClients ? m_hooks.selectedClients() : QVector<qint64>{}, m_window);
    dialog.exec();
}

void TransferActions::printInteractive()
{
    ExportDialog dialog(m_context, m_hooks.currentClient ? m_hooks.currentClient() : 0,
                        m_hooks.selectedClients ? m_hooks.selectedClients() : QVector<qint64>{}, m_window);
    dialog.setWindowTitle(tr("Print consent report"));
    dialog.setFormat(services::ExportFormat::Pdf);
    dialog.show();
    dialog.printInteractive();
    dialog.close();
}

domain::Result<services::BackupInfo> TransferActions::backupTo(const QString& target)
{
    return BackupActions::backup(m_context.database(), target);
}

domain::Result<services::BackupInfo> TransferActions::restoreFrom(const QString& backupPath)
{
    auto restored = BackupActions::restoreInPlace(m_context.database(), backupPath);
    if (restored) {
        m_context.reloadPractice();
        emit m_context.practiceChanged();
    }
    // Even a failed restore may have closed and reopened the connection: show what is there now.
    if (m_hooks.databaseReplaced)
        m_hooks.databaseReplaced();
    return restored;
}

void TransferActions::backupInteractive()
{
    const QString day = m_context.now().toTimeZone(m_context.practiceZone()).date().toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Back up the database"),
                                     QDir(folder).filePath(QStringLiteral("rapport-backup-%1.sqlite").arg(day)),
                                     tr("Rapport backups (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto info = backupTo(path);
    QApplication::restoreOverrideCursor();
    if (!info) {
        QMessageBox::warning(
            m_window, tr("Backup failed"),
            tr("No backup was written to %1:\n\n%2").arg(QDir::toNativeSeparators(path), info.error().message));
        return;
    }
    QMessageBox::information(
        m_window, tr("Backup done"),
        tr("Saved %1 clients and %2 consent events to\n%3\n(%4).\n\nChain head: %5\nKeep the backup somewhere "
           "safe: it holds personal data.")
            .arg(info->clients)
            .arg(info->events)
            .arg(QDir::toNativeSeparators(info->path), QLocale().formattedDataSize(info->bytes),
                 info->chainHead.isEmpty() ? tr("none, the ledger is empty") : info->chainHead));
}

void TransferActions::restoreInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Restore from backup"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Rapport backups (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto info = services::BackupService::inspect(path);
    if (!info) {
        QMessageBox::warning(
            m_window, tr("Restore from backup"),
            tr("%1 cannot be restored:\n\n%2").arg(QDir::toNativeSeparators(path), info.error().message));
        return;
    }
    const QString live = services::practicePath(m_context.database());
    QMessageBox confirm(QMessageBox::Warning, tr("Replace the current data?"),
                        tr("All clients, consent records and settings now in Rapport will be replaced by the "
                           "backup:\n\n%1\n%2 clients, %3 consent events.\n\nThe current database is kept as\n%4")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(info->clients)
                            .arg(info->events)
                            .arg(QDir::toNativeSeparators(live + QStringLiteral(".before-restore"))),
                        QMessageBox::Cancel, m_window);
    auto* replace = confirm.addButton(tr("&Replace with the backup"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != replace)
        return;
    if (m_wizard)
        m_wizard->close();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = restoreFrom(path);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::critical(
            m_window, tr("Restore failed"),
            tr("%1 was not restored:\n\n%2").arg(QDir::toNativeSeparators(path), restored.error().message));
        return;
    }
    QMessageBox::information(m_window, tr("Restore done"),
                             tr("Restored %1 clients and %2 consent events from %3.\nChain head: %4\n\nThe data "
                                "from before the restore is in %5.")
                                 .arg(restored->clients)
                                 .arg(restored->events)
                                 .arg(QDir::toNativeSeparators(path),
                                      restored->chainHead.isEmpty() ? tr("none") : restored->chainHead,
                                      QDir::toNativeSeparators(live + QStringLiteral(".before-restore"))));
}

QString TransferActions::droppedClientList(const QEvent* event) const
{
    const QMimeData* mime = nullptr;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)
        mime = static_cast<const QDragMoveEvent*>(event)->mimeData();
    else if (event->type() == QEvent::Drop)
        mime = static_cast<const QDropEvent*>(event)->mimeData();
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && ImportWizard::isClientListFile(url.toLocalFile()))
            return url.toLocalFile();
    return {};
}

bool TransferActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
        if (!droppedClientList(event).isEmpty()) {
            static_cast<QDragMoveEvent*>(event)->acceptProposedAction();
            return true;
        }
        break;
    case QEvent::Drop: {
        const QString path = droppedClientList(event);
        if (path.isEmpty())
            break;
        static_cast<QDropEvent*>(event)->acceptProposedAction();
        // Opened after the drop returns, so the source application is not kept waiting.
        QTimer::singleShot(0, this, [this, path] { openImport(path); });
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rapport::ui
