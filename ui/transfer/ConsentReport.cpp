// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/ConsentReport.h"

#include "services/ExportService.h"

#include <QPrinter>
#include <QTextDocument>

namespace rapport::ui {

using domain::Error;
using domain::Result;

Result<QString> ConsentReport::html(const storage::Database& db, const domain::Clock& clock,
                                    const services::ExportRequest& request, qint64* events)
{
    services::ExportResult counts;
    auto html = services::ExportService(db, clock).reportHtml(request, &counts);
    if (html && events)
        *events = counts.events;
    return html;
}

void ConsentReport::print(const QString& html, QPrinter* printer)
{
    QTextDocument doc;
    services::ExportService::layOutReport(doc, html); // the PDF's layout: no word split in a narrow column
    doc.print(printer);
}

} // namespace rapport::ui
