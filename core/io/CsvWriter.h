// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace rapport::io {

struct CsvWriterOptions {
    bool byteOrderMark = true;           ///< write EF BB BF first, so Excel reads UTF-8
    bool neutraliseFormulas = true;      ///< prefix `'` to cells starting with = + - @ tab or CR
    qsizetype bufferBytes = 1024 * 1024; ///< written to the device in blocks of about this size
};

/// RFC 4180 writer: records end with CRLF; a field holding a comma, a quote, CR or LF is quoted
/// with its quotes doubled; text is UTF-8. Formula neutralising follows OWASP (reference.md §4).
/// Output is buffered and written in large blocks; call finish() to flush and learn whether every
/// write reached the device.
class CsvWriter {
public:
    /// `device` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice* device, CsvWriterOptions options = CsvWriterOptions{});
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// Appends one text field to the current record.
    void writeField(QStringView text);
    void writeField(const QString& text) { writeField(QStringView(text)); }
    /// writeField() of ASCII text (a formatted time, a hash): same quoting and neutralising.
    void writeAscii(const char* text, qsizetype size);
    /// writeField() of UTF-8 text as SQLite stores it (valid UTF-8: Rapport writes only text it
    /// holds as QString): the same quoting and neutralising, copied byte for byte.
    void writeUtf8(const char* text, qsizetype size);
    /// Appends a number, never neutralised or quoted.
    void writeField(qint64 number);
    /// Ends the current record with CRLF.
    void endRecord();
    /// writeField() for each then endRecord().
    void writeRecord(const QStringList& fields);

    /// Flushes the buffer; an error when a write to the device failed (disk full, closed pipe).
    domain::Status finish();
    qint64 recordsWritten() const { return m_records; }

private:
    void flush();
    char* reserve(qsizetype bytes);

    QIODevice* m_device;
    CsvWriterOptions m_options;
    QByteArray m_buf;
    qsizetype m_len = 0;
    int m_fieldsInRecord = 0;
    qint64 m_records = 0;
    bool m_failed = false;
    bool m_bomPending = false;
};

} // namespace rapport::io
