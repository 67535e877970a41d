// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ColumnMapping.h"
#include "domain/ImportRecord.h"
#include "domain/Result.h"
#include "io/CsvReader.h"
#include "io/VCardReader.h"
#include <QCoreApplication>

#include <QIODevice>
#include <memory>

namespace rapport::io {

using domain::ImportFormat; ///< domain/ImportRecord.h

/// Everything read from one file.
struct ImportBatch {
    QString formatName;            ///< "Google Contacts", "Jane", "vCard 3.0", ...
    char delimiter = 0;            ///< the CSV field separator used (',', ';' or '\t'); 0 for vCard
    ColumnMapping mapping;         ///< empty for vCard
    QStringList unimportedColumns; ///< ClientListReader::unimportedColumns() after the last row
    QVector<ImportRecord> records;
};

/// Reads a client list, CSV or vCard, one ImportRecord at a time, so the caller can show progress,
/// cancel, or stop early for a preview. Phone numbers are kept as written: validating and
/// normalising them, and merging duplicates, is the services layer's work.
class ClientListReader {
    Q_DECLARE_TR_FUNCTIONS(ClientListReader)

public:
    /// `device` must be open for reading and outlive the reader. `delimiter` is the CSV field
    /// separator (one of kCsvDelimiters); 0 sniffs it from the start of the file.
    explicit ClientListReader(QIODevice* device, ImportFormat format = ImportFormat::Auto, char delimiter = 0);

    /// Decides the format (Auto: vCard when the data starts with BEGIN:VCARD, else CSV) and, for
    /// CSV, the field separator (CsvReader::sniffDelimiter() unless one was given), reads the
    /// header line and recognises the exporting program. Errors: an empty file, a malformed
    /// header line.
    domain::Status open();

    ImportFormat format() const { return m_format; }
    /// After open(), CSV: the field separator used (',', ';' or '\t'); 0 for vCard.
    char delimiter() const { return m_csv ? m_csv->delimiter() : 0; }
    /// After open(), CSV: the line the header is on (1 unless blank lines precede it).
    int headerLine() const { return m_headerLine; }
    /// After open(): "Google Contacts", "Outlook", "Jane", "Cliniko", "OpenEMR", "CSV", or "vCard"
    /// (with its version once the first card has been read).
    QString formatName() const;
    /// The CSV header and the detected mapping (empty for vCard).
    const ColumnMapping& mapping() const { return m_mapping; }
    /// Replaces the detected mapping with one a person corrected. Its header must be this file's.
    void setMapping(const ColumnMapping& mapping);
    /// CSV: the columns the mapping does not import (role Ignore), by their header text as
    /// written (trimmed), in file order. A column without header text is named "column N" (its
    /// 1-based position), and only once a row read so far had a value in it: spreadsheets add
    /// empty trailing columns. Empty for vCard.
    QStringList unimportedColumns() const;

    /// The next record. Returns false at the end or on a file-level error (see error()): the file
    /// ends inside a quote or card, a row has more non-empty fields than the header, a line is not
    /// UTF-8, a field or card is over its limit, or there is no row at all.
    bool next(ImportRecord& record);
    const domain::Status& error() const { return m_error; }
    int recordsRead() const { return m_count; }

    /// Reads the whole device. With `mapping`, it replaces the detected one (CSV only); without,
    /// a CSV whose header names no name, phone or email column is an error. `delimiter` as for
    /// the constructor.
    static domain::Result<ImportBatch> readAll(QIODevice* device, ImportFormat format = ImportFormat::Auto,
                                               const ColumnMapping* mapping = nullptr, char delimiter = 0);
    /// readAll() on a file; the error names the file when it cannot be opened.
    static domain::Result<ImportBatch> readFile(const QString& path, ImportFormat format = ImportFormat::Auto,
                                                const ColumnMapping* mapping = nullptr, char delimiter = 0);

    /// Turns one card into a record (public for tests and for a wizard's preview).
    static ImportRecord fromVCard(const VCard& card);

private:
    bool fail(const domain::Error& error);
    void watchUnnamedColumns();

    QIODevice* m_device;
    ImportFormat m_format;
    char m_delimiter;
    int m_headerLine = 0;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<VCardReader> m_vcard;
    ColumnMapping m_mapping;
    QVector<int> m_unnamedIgnored; ///< ignored columns without header text, not yet seen filled
    QVector<int> m_unnamedFilled;  ///< those a row had a value in
    QString m_vcardVersion;
    domain::Status m_error;
    int m_count = 0;
    bool m_opened = false;
    bool m_done = false;
};

} // namespace rapport::io
