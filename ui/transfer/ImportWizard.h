// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"

#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QWizard>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rapport::ui {

class AppContext;
class ImportMappingEditor;

/// Imports a client list (CSV or vCard) in five steps: choose the file; see the detected format
/// and, for CSV, correct the column mapping; preview the first rows with their problems (skipped
/// lines in red with their reasons, merges marked) and choose strict; import with a progress bar
/// and a Cancel that rolls everything back; see the summary.
///
/// Threads: reading/planning and writing run on a worker thread with its own Database connection
/// (a connection belongs to its thread), so the window keeps painting and Cancel stays live during
/// a long import. The GUI connection sees the committed rows afterwards (WAL). The wizard waits
/// for its worker before it is destroyed (after setting the cancel flag).
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, PreviewPage, ImportPage, SummaryPage };
    /// Rows shown in the preview.
    static constexpr int kPreviewRows = 20;

    /// With a `path` (a dropped file), the wizard starts on the mapping step.
    explicit ImportWizard(AppContext& context, const QString& path = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// True for names a client list may have: .csv, .tsv, .vcf, .vcard (any case).
    static bool isClientListFile(const QString& path);

    /// Chooses the file and detects its format (the file step shows an error for a bad one).
    void setFile(const QString& path);
    QString file() const { return m_path; }
    /// "Google Contacts", "Jane", "vCard 3.0", ...; empty until a readable file is chosen.
    QString detectedFormat() const { return m_format; }
    /// The problem with the chosen file, empty when it can be read.
    QString fileError() const { return m_fileError; }
    bool isCsv() const { return m_isCsv; }
    /// CSV: the field separator read from the header line (',', ';' or '\t'); 0 otherwise.
    char detectedDelimiter() const { return m_delimiter; }

    ImportMappingEditor* mappingEditor() const { return m_mappingEditor; }
    QTableWidget* previewTable() const { return m_preview; }
    /// The line above the preview: the file, its format and separator, the counts, remarks about
    /// the file as a whole (columns not imported).
    QLabel* planStatusLabel() const { return m_planStatus; }
    QTableWidget* skippedTable() const { return m_skipped; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summaryLabel; }
    void setStrict(bool strict);

    /// The plan shown in the preview (empty while reading or after the mapping changed).
    const std::optional<services::ImportPlan>& plan() const { return m_plan; }
    /// The problem that stopped the preview (malformed file), empty otherwise.
    QString planError() const { return m_planError; }
    /// The outcome, once the import step finished (also after a cancel).
    const std::optional<services::ImportSummary>& summary() const { return m_summary; }
    /// The error that stopped the import (nothing written), empty otherwise.
    QString importError() const { return m_importError; }
    bool isWorking() const { return !m_worker.isNull(); }

    /// Asks the running read or import to stop; the service rolls back, nothing stays half
    /// imported. Thread-safe (only sets a flag), so it may be called from a progress hook.
    void requestCancel();
    /// Called on the worker thread from the import's progress callback, before the bar is
    /// updated (for tests: cancelling at an exact point).
    void setWorkerProgressHook(std::function<void(int, int)> hook) { m_hook = std::move(hook); }

signals:
    /// The preview's plan is ready (or planError() says why not).
    void planReady();
    /// The import step finished; summary() holds the outcome.
    void importFinished();
    /// Clients were written (not on a dry run, a cancel or a refused strict import).
    void clientsImported();

public:
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage* buildFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildPreviewPage();
    QWizardPage* buildImportPage();
    QWizardPage* buildSummaryPage();
    void browse();
    void startPlan();
    void showPlan();
    void startImport();
    void finishImport(domain::Result<services::ImportSummary> result);
    void showSummary();
    void invalidatePlan();
    void waitForWorker();
    services::ImportOptions options() const;
    /// "Jane" or "Jane, delimiter: semicolon".
    QString formatText(const QString& format, char delimiter) const;
    void setPageComplete(int id, bool complete);

    AppContext& m_context;
    QString m_path;
    QString m_format;
    QString m_fileError;
    bool m_isCsv = false;
    char m_delimiter = 0;
    domain::ColumnMapping m_detected;
    QStringList m_example;

    QLineEdit* m_pathEdit = nullptr;
    QLabel* m_fileStatus = nullptr;
    QLabel* m_formatLabel = nullptr;
    QStackedWidget* m_mappingStack = nullptr;
    ImportMappingEditor* m_mappingEditor = nullptr;
    QLabel* m_planStatus = nullptr;
    QTableWidget* m_preview = nullptr;
    QCheckBox* m_strict = nullptr;
    QLabel* m_importStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelImport = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_skipped = nullptr;

    std::optional<services::ImportPlan> m_plan;
    QString m_planError;
    std::optional<services::ImportSummary> m_summary;
    QString m_importError;
    int m_generation = 0;
    bool m_importing = false;
    std::shared_ptr<std::atomic<bool>> m_cancel; // the current read's
    std::atomic<bool> m_importCancel{false};
    QPointer<QThread> m_worker;
    std::function<void(int, int)> m_hook;
};

} // namespace rapport::ui
