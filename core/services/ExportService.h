// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

class QIODevice;
class QTextDocument;

namespace rapport::storage {
class Database;
}

namespace rapport::services {

enum class ExportFormat { Csv, Json, Pdf };
/// "csv", "json", "pdf" (case-insensitive); nullopt otherwise.
std::optional<ExportFormat> exportFormatFromString(const QString& text);

/// What to export.
struct ExportRequest {
    ExportFormat format = ExportFormat::Csv;
    /// Empty: every client. Otherwise these clients (each must exist), events ordered by client
    /// in the order given, then by id.
    QVector<qint64> clientIds;
    /// Days in the practice's time zone, both inclusive, on the events' effective time.
    std::optional<QDate> from;
    std::optional<QDate> to;
};

/// What an export wrote.
struct ExportResult {
    qint64 events = 0; ///< events written
    QString chainHead; ///< the ledger's head when the export was read (empty: no events)
    qint64 ledgerEventCount = 0;
};

/// Consent exports through the io exporters, streaming from the ledger (CSV and JSON hold one
/// event at a time; PDF holds the exported clients' histories, as it lays out pages).
///
/// Contract: reads in one snapshot (a read transaction), so the chain head printed matches the
/// events written even while another connection appends. Practice name and time zone come from
/// the settings (`practice-name`, `time-zone`, Europe/London when unset). Use on the Database's
/// thread; PDF needs a QGuiApplication.
class ExportService {
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    ExportService(const storage::Database& db, const domain::Clock& clock);

    /// Writes to an open device (stdout, a buffer). Unknown client id or a `from` after `to`:
    /// Error of kind InvalidInput.
    domain::Result<ExportResult> write(const ExportRequest& request, QIODevice* device) const;
    /// Writes `path` through QSaveFile (temporary file, then rename), mode 0600; on failure the
    /// target is left untouched.
    domain::Result<ExportResult> writeToFile(const ExportRequest& request, const QString& path) const;

    /// The PDF report of `request` (its format is ignored) as HTML, for printing: the same clients,
    /// period, layout and chain head as the PDF export (io::ConsentPdfExporter::html), read in one
    /// snapshot. `result` receives the counts and chain head when given.
    domain::Result<QString> reportHtml(const ExportRequest& request, ExportResult* result = nullptr) const;

    /// Lays `html` (from reportHtml) out in `document` as the PDF export does (page size,
    /// margins, no word split in a narrow column), for printing it.
    static void layOutReport(QTextDocument& document, const QString& html);

private:
    /// Writes to `device`, or, when `html` is given, builds the PDF report's HTML into it instead.
    domain::Result<ExportResult> run(const ExportRequest& request, QIODevice* device, QString* html = nullptr) const;

    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
