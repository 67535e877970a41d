// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/ConsentExport.h"
#include <QCoreApplication>

class QIODevice;
class QTextDocument;

namespace rapport::io {

/// A readable PDF report made with Qt's own PDF writer (QPdfWriter + QTextDocument): a cover
/// with the practice's name, the date, the period and the ledger's chain head; then one section per
/// client, each starting on a new page, with the name, contact points, directives, current
/// consents and the full history (state, method, effective and recorded times, who, note).
/// Needs a QGuiApplication (fonts); without one it returns an error instead of crashing.
class ConsentPdfExporter {
    Q_DECLARE_TR_FUNCTIONS(ConsentPdfExporter)

public:
    /// The report as HTML, as laid out in the PDF (also handy for printing from the app).
    static QString html(const ExportHeader& header, const QVector<ClientHistory>& clients);
    /// Sets `html` on `document` with the report's layout rules: lines wrap only between words, never
    /// inside one, so table columns are at least as wide as their longest word. Printing uses it too.
    static void setUp(QTextDocument& document, const QString& html);
    static domain::Status write(QIODevice* device, const ExportHeader& header, const QVector<ClientHistory>& clients);
    /// Exports to `path` through QSaveFile, mode 0600.
    static domain::Status writeToFile(const QString& path, const ExportHeader& header,
                                      const QVector<ClientHistory>& clients);
};

} // namespace rapport::io
