// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ExportService.h"

#include <QDialog>
#include <QVector>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace rapport::ui {

class AppContext;

/// Export or print consent records: scope (this client, the selected clients, everyone), period
/// (from/to, or all time), format (CSV, JSON, PDF). "Export..." asks where to save (the suffix
/// follows the format) and writes through ExportService (QSaveFile, mode 0600); success shows the
/// event count and the chain head to verify against, a failure a message box naming the file.
/// "Print..." prints the PDF report's layout through the system print dialog.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { Client, Selection, Everyone };

    /// `currentClient` 0 and an empty `selection` disable those scopes.
    ExportDialog(AppContext& context, qint64 currentClient, const QVector<qint64>& selection,
                 QWidget* parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const;
    void setFormat(services::ExportFormat format);
    services::ExportFormat format() const;
    /// All time, or the days from..to (both inclusive, in the practice's zone).
    void setAllTime(bool all);
    void setPeriod(const QDate& from, const QDate& to);
    /// The request the choices make.
    services::ExportRequest request() const;
    /// "consent-export-2026-11-24.csv" (client name for one client), with the format's suffix.
    QString suggestedFileName() const;
    static QString suffix(services::ExportFormat format);

    /// Writes the export to `path` (the format's suffix is added when missing); no dialog.
    domain::Result<services::ExportResult> exportTo(const QString& path);
    /// The report's HTML as printed (tests, print preview).
    domain::Result<QString> reportHtml(qint64* events = nullptr) const;
    /// The last successful export's result, and the file it went to.
    const std::optional<services::ExportResult>& lastResult() const { return m_last; }
    QString lastPath() const { return m_lastPath; }

public slots:
    /// Asks for the destination, exports, reports success or failure in a message box.
    void exportInteractive();
    /// Shows the print dialog and prints the report.
    void printInteractive();

private:
    void updateState();

    AppContext& m_context;
    qint64 m_current = 0;
    QVector<qint64> m_selection;
    QRadioButton* m_client = nullptr;
    QRadioButton* m_selected = nullptr;
    QRadioButton* m_everyone = nullptr;
    QCheckBox* m_allTime = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_status = nullptr;
    std::optional<services::ExportResult> m_last;
    QString m_lastPath;
};

} // namespace rapport::ui
