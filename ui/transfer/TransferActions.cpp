// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/TransferActions.h"

#include "app/AppContext.h"
#include "common/DatabaseWorker.h"
#include "services/PracticeFile.h"
#include "transfer/BackupActions.h"
#include "transfer/CalendarImportDialog.h"
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

void TransferActions::attachCalendar(QAction* importCalendar, QAction* refreshCalendars)
{
    if (importCalendar) {
        importCalendar->setEnabled(true);
        const QString tip = tr("Import appointments from a calendar file (.ics): see what changes first");
        importCalendar->setToolTip(tip);
        importCalendar->setStatusTip(tip);
        connect(importCalendar, &QAction::triggered, this, &TransferActions::importCalendarInteractive);
    }
    if (refreshCalendars) {
        refreshCalendars->setEnabled(true);
        const QString tip = tr("Read the remembered calendar files again and import what changed");
        refreshCalendars->setToolTip(tip);
        refreshCalendars->setStatusTip(tip);
        connect(refreshCalendars, &QAction::triggered, this, [this] {
            const auto files = services::CalendarImportService(m_context.database(), m_context.clock()).calendarFiles();
            if (files && files->isEmpty() && m_hooks.showStatus) {
                m_refreshText = tr("No calendar file is remembered: import one with File > Import calendar and tick "
                                   "\u201cRemember this file\u201d.");
                m_hooks.showStatus(m_refreshText);
                return;
            }
            this->refreshCalendars();
        });
    }
}

CalendarImportDialog* TransferActions::openCalendarImport(const QString& path)
{
    if (m_calendar) {
        if (!path.isEmpty() && m_calendar->page() == CalendarImportDialog::PlanPage)
            m_calendar->setFile(path);
        m_calendar->raise();
        m_calendar->activateWindow();
        return m_calendar;
    }
    auto* dialog = new CalendarImportDialog(m_context, path, m_calendarOptions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CalendarImportDialog::appointmentsImported, this, [this] {
        if (m_hooks.clientsImported)
            m_hooks.clientsImported();
    });
    connect(dialog, &CalendarImportDialog::rescheduleRequested, this, [this](qint64 clientId, const QString& text) {
        if (m_hooks.composeDraft)
            m_hooks.composeDraft(clientId, text);
    });
    m_calendar = dialog;
    dialog->show();
    return dialog;
}

CalendarImportDialog* TransferActions::calendarDialog() const
{
    return m_calendar.data();
}

void TransferActions::importCalendarInteractive()
{
    if (m_calendar) {
        openCalendarImport();
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import calendar"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (!path.isEmpty())
        openCalendarImport(path);
}

namespace {
struct RefreshOutcome {
    QString path;
    std::optional<services::CalendarImportSummary> summary;
    QString error;
};
} // namespace

void TransferActions::refreshCalendars()
{
    if (m_refreshWorker)
        return;
    const auto files = services::CalendarImportService(m_context.database(), m_context.clock()).calendarFiles();
    if (!files) {
        m_refreshText = tr("The remembered calendars could not be listed: %1").arg(files.error().message);
        if (m_hooks.showStatus)
            m_hooks.showStatus(m_refreshText);
        emit calendarsRefreshed();
        return;
    }
    if (files->isEmpty())
        return;
    QStringList paths;
    for (const auto& f : *files)
        paths << f.path;
    const services::CalendarImportOptions options = m_calendarOptions;
    const domain::Clock* clock = &m_context.clock();
    m_refreshWorker = runWithDatabase<QVector<RefreshOutcome>>(
        services::practicePath(m_context.database()), this,
        [paths, options, clock](storage::Database& db) -> domain::Result<QVector<RefreshOutcome>> {
            QVector<RefreshOutcome> out;
            const services::CalendarImportService service(db, *clock);
            for (const QString& path : paths) {
                RefreshOutcome o;
                o.path = path;
                auto s = service.importFile(path, options);
                if (s)
                    o.summary = std::move(s).value();
                else
                    o.error = s.error().message;
                out << o;
            }
            return out;
        },
        [this](domain::Result<QVector<RefreshOutcome>> result) {
            m_refreshWorker.clear();
            QStringList parts;
            bool written = false;
            if (!result) {
                parts << tr("The calendars could not be read: %1").arg(result.error().message);
            } else {
                for (const auto& o : *result) {
                    const QString name = QFileInfo(o.path).fileName();
                    if (!o.summary) {
                        parts << tr("%1 could not be read: %2").arg(name, o.error);
                        continue;
                    }
                    const auto& p = o.summary->plan;
                    using services::CalendarChange;
                    written = written || o.summary->written;
                    QString text = tr("%1: %2 new, %3 moved, %4 cancelled, %5 unchanged")
                                       .arg(p.calendarName.isEmpty() ? name : p.calendarName)
                                       .arg(p.count(CalendarChange::New))
                                       .arg(p.count(CalendarChange::Moved))
                                       .arg(p.count(CalendarChange::Cancelled))
                                       .arg(p.count(CalendarChange::Unchanged));
                    if (p.count(CalendarChange::Unmatched) > 0)
                        text += tr(", %1 with no client").arg(p.count(CalendarChange::Unmatched));
                    if (p.hasErrors())
                        text += tr(", %1 with errors (line %2 first)")
                                    .arg(p.count(CalendarChange::Error))
                                    .arg(std::find_if(p.items.cbegin(), p.items.cend(),
                                                      [](const services::CalendarPlanItem& i) {
                                                          return i.change == CalendarChange::Error;
                                                      })
                                             ->line);
                    parts << text;
                }
            }
            m_refreshText = tr("Calendars read. %1.").arg(parts.join(QStringLiteral("; ")));
            if (written && m_hooks.clientsImported)
                m_hooks.clientsImported();
            if (m_hooks.showStatus)
                m_hooks.showStatus(m_refreshText);
            emit calendarsRefreshed();
        });
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
    if (m_calendar)
        m_calendar->close();
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
