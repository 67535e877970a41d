// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace rapport::io {

/// Bounds that keep a hostile file from taking unbounded memory.
struct CsvLimits {
    qsizetype maxFieldBytes = 1024 * 1024; ///< one field, in UTF-8 bytes
    int maxColumns = 1000;                 ///< fields in one record
    qsizetype chunkBytes = 256 * 1024;     ///< read size from the device
};

/// One record and the physical line (1-based) it starts on.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// The field separators a client list may use: comma (RFC 4180, English-language spreadsheets),
/// semicolon (spreadsheets where the comma is the decimal separator: much of Europe), tab.
inline constexpr char kCsvDelimiters[] = {',', ';', '\t'};

/// Streaming RFC 4180 reader over a QIODevice: reads the device in chunks, never the whole file.
/// The field separator is a comma unless another is given (see sniffDelimiter()).
/// Takes a UTF-8 byte-order mark, LF, CR or CRLF line ends (mixed too), quoted fields with line
/// breaks and doubled quotes, and a missing final newline. Blank lines are skipped. A quote inside
/// an unquoted field, or text right after a closing quote, is kept literally (as spreadsheets do).
/// Stops at the first error with a message naming the line: an unterminated quote, invalid UTF-8,
/// a NUL byte, a field over CsvLimits::maxFieldBytes, a record over CsvLimits::maxColumns.
/// Line numbers count physical lines, so a record with quoted line breaks reports its first line.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// `device` must be open for reading and outlive the reader. `delimiter` separates fields
    /// (one of kCsvDelimiters; a quote or line break would make no sense).
    explicit CsvReader(QIODevice* device, CsvLimits limits = CsvLimits{}, char delimiter = ',');

    /// Guesses the field separator from the start of a file (`head`, e.g. its first 64 KiB, a
    /// byte-order mark allowed; `wholeFile` when nothing follows it): each of kCsvDelimiters is
    /// counted outside quotes on the header line, and the first data lines confirm a candidate
    /// when they have as many fields as the header with it. The candidate most lines confirm wins,
    /// then the one the header holds most often, then the order of kCsvDelimiters. A header
    /// holding none of them (a single column) gives a comma.
    static char sniffDelimiter(const QByteArray& head, bool wholeFile = false);

    char delimiter() const { return m_delimiter; }

    /// Reads the next record into `record`. Returns false at the end of the data or on an error;
    /// error() tells them apart.
    bool next(CsvRecord& record);

    /// The error that stopped reading, if any.
    const domain::Status& error() const { return m_error; }
    /// The line the error is about (0 when there is none).
    int errorLine() const { return m_errorLine; }
    /// True when the data started with a UTF-8 byte-order mark.
    bool hadByteOrderMark() const { return m_hadBom; }
    /// Physical lines seen so far.
    int linesRead() const { return m_line; }

private:
    bool fill();
    bool fail(int line, const QString& message);
    bool finishField(QStringList& fields, int recordLine);

    QIODevice* m_device;
    CsvLimits m_limits;
    char m_delimiter;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    QByteArray m_field;
    int m_fieldLine = 1;
    int m_line = 1;
    bool m_lastWasCR = false;
    bool m_started = false;
    bool m_eof = false;
    bool m_done = false;
    bool m_hadBom = false;
    domain::Status m_error;
    int m_errorLine = 0;
};

/// True when `data` is well-formed UTF-8 (no overlong forms, surrogates or code points past
/// U+10FFFF). When it is not and `badOffset` is given, it receives the offset of the first bad byte.
bool isValidUtf8(const char* data, qsizetype size, qsizetype* badOffset = nullptr);

/// "comma", "semicolon" or "tab" (translated), for reports.
QString delimiterName(char delimiter);

/// "1 MiB", "512 KiB" or "100 bytes", for messages about limits.
QString formatByteSize(qsizetype bytes);

} // namespace rapport::io
