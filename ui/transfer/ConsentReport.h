// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "services/ExportService.h"

#include <QString>

class QPrinter;

namespace rapport::storage {
class Database;
}

namespace rapport::ui {

/// The consent report of ExportService's PDF, as HTML for the printer (ExportService::reportHtml).
/// Reads with the given connection (GUI thread).
class ConsentReport {
public:
    /// The report for `request` (format ignored): clients chosen, else every client with an event
    /// in the period. `events` receives the number of events in the report.
    static domain::Result<QString> html(const storage::Database& db, const domain::Clock& clock,
                                        const services::ExportRequest& request, qint64* events = nullptr);
    /// Lays the HTML out on `printer` (QTextDocument, the PDF exporter's page size and margins
    /// are the printer's own).
    static void print(const QString& html, QPrinter* printer);
};

} // namespace rapport::ui
