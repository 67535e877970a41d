// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/CalendarImportService.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableWidget;

namespace rapport::ui {

class AppContext;

/// Imports appointments from a calendar file (.ics), in the client import's three steps on one
/// dialog: the plan (a dry run: what would be booked, moved, cancelled, left as it is, and the
/// events no client fits, each with a client picker; errors with their event and line); the
/// import, in one transaction with a progress bar and a Cancel that rolls it back; the summary,
/// with a "Send reschedule message" for each moved appointment.
///
/// Threads: the plan is read on the GUI thread (a dry run of a few hundred events takes
/// milliseconds); the import runs on a worker thread with its own connection, as the client
/// import does, so the window keeps painting and Cancel stays live. The dialog waits for its
/// worker before it is destroyed (after setting the cancel flag).
class CalendarImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { PlanPage, ImportPage, SummaryPage };
    enum Column { ChangeColumn, WhenColumn, EventColumn, ClientColumn, NoteColumn };

    /// `base`: the window and cancelMissing (its dryRun, progress and cancel are the dialog's).
    /// With a `path`, the plan is read at once.
    CalendarImportDialog(AppContext& context, const QString& path = {}, services::CalendarImportOptions base = {},
                         QWidget* parent = nullptr);
    ~CalendarImportDialog() override;

    /// Chooses the file and reads its plan (the plan step shows an error for a bad one).
    void setFile(const QString& path);
    QString file() const { return m_path; }
    Page page() const;

    /// The plan as shown, with the choices made in the pickers.
    const std::optional<services::CalendarImportPlan>& plan() const { return m_plan; }
    /// Why the file cannot be imported (not a calendar, unreadable); empty otherwise.
    QString planError() const { return m_planError; }
    /// Chooses `clientId` for the unmatched plan item `index` (0: undo the choice), as its
    /// picker does: every unmatched event with the same name becomes New for that client.
    bool choose(int index, qint64 clientId);
    /// The picker of unmatched plan item `index` (null for other items).
    QComboBox* clientPicker(int index) const { return m_pickers.value(index); }
    /// The plan item shown on table row `row` (-1 for none).
    int itemAtRow(int row) const;

    QLineEdit* pathEdit() const { return m_pathEdit; }
    QLabel* planStatusLabel() const { return m_planStatus; }
    QTableWidget* planTable() const { return m_table; }
    QCheckBox* showUnchangedBox() const { return m_showUnchanged; }
    QCheckBox* rememberBox() const { return m_remember; }
    QPushButton* importButton() const { return m_import; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summaryLabel; }
    /// One row per moved appointment, its last column a "Send reschedule message" button.
    QTableWidget* movedTable() const { return m_moved; }
    QPushButton* rescheduleButton(int row) const;

    const std::optional<services::CalendarImportSummary>& summary() const { return m_summary; }
    QString importError() const { return m_importError; }
    bool isWorking() const { return !m_worker.isNull(); }
    /// Asks the running import to stop (it rolls back). Thread-safe.
    void requestCancel() { m_cancel.store(true); }

signals:
    void planReady();
    void importFinished();
    /// Appointments were written (not after a cancel or a failure).
    void appointmentsImported();
    /// "Send reschedule message" on a moved appointment: `text` is the service's draft.
    void rescheduleRequested(qint64 clientId, const QString& text);

public slots:
    /// Applies the plan (Import, or Enter outside a picker).
    void startImport();
    void browse();
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildPlanPage();
    QWidget* buildImportPage();
    QWidget* buildSummaryPage();
    void loadClients();
    void rebuildPlan();
    void showPlan();
    void finishImport(domain::Result<services::CalendarImportSummary> result);
    void showSummary();
    void sendReschedule(int movedRow);
    /// The picker's typed text, resolved to the one client it names (or contains); true if found.
    bool resolvePicker(QComboBox* picker);
    QString when(const QDateTime& utc) const;
    QString clientLabel(qint64 id) const;

    AppContext& m_context;
    services::CalendarImportOptions m_base;
    QString m_path;
    std::optional<services::CalendarImportPlan> m_read; ///< as read, before any choice
    std::optional<services::CalendarImportPlan> m_plan; ///< with the choices
    QHash<int, qint64> m_choices;                       ///< unmatched item -> client
    QString m_planError;
    QHash<qint64, QString> m_clientNames;
    QStandardItemModel* m_clientModel = nullptr; ///< shared by every picker
    QHash<int, QComboBox*> m_pickers;
    QVector<int> m_rowItems;
    QVector<services::CalendarPlanItem> m_movedItems;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLineEdit* m_pathEdit = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_planStatus = nullptr;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showUnchanged = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_importStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_moved = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;

    std::optional<services::CalendarImportSummary> m_summary;
    QString m_importError;
    bool m_importing = false;
    std::atomic<bool> m_cancel{false};
    QPointer<QThread> m_worker;
};

} // namespace rapport::ui
