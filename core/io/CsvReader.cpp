// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rapport::io {

namespace {

enum class State { StartField, Unquoted, Quoted, QuoteInQuoted };

} // namespace

bool isValidUtf8(const char* data, qsizetype size, qsizetype* badOffset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    auto bad = [&](qsizetype at) {
        if (badOffset)
            *badOffset = at;
        return false;
    };
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return bad(i);
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size || (p[i + k] & 0xC0) != 0x80)
                return bad(i);
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return bad(i);
        i += extra + 1;
    }
    return true;
}

QString formatByteSize(qsizetype bytes)
{
    const qsizetype kKi = 1024;
    const qsizetype kMi = kKi * kKi;
    if (bytes >= kMi && bytes % kMi == 0)
        return QCoreApplication::translate("CsvReader", "%1 MiB").arg(bytes / kMi);
    if (bytes >= kKi && bytes % kKi == 0)
        return QCoreApplication::translate("CsvReader", "%1 KiB").arg(bytes / kKi);
    return QCoreApplication::translate("CsvReader", "%1 bytes").arg(bytes);
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QCoreApplication::translate("CsvReader", "comma");
    case ';':
        return QCoreApplication::translate("CsvReader", "semicolon");
    case '\t':
        return QCoreApplication::translate("CsvReader", "tab");
    default:
        return QString::fromLatin1(&delimiter, 1);
    }
}

namespace {

/// Field counts of the first records of `head` split at `delimiter`, counting only delimiters
/// outside quotes (every quote opens or closes: a doubled quote closes and reopens, so a quoted
/// field with a delimiter or a line break in it stays one field). A last record cut off by the
/// end of `head` is left out unless `head` is the whole file or the record is the header.
QVector<int> fieldCounts(const QByteArray& head, bool wholeFile, char delimiter, int maxRecords)
{
    QVector<int> counts;
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype size = head.size();
    while (i < size && counts.size() < maxRecords) {
        if (head.at(i) == '\r' || head.at(i) == '\n') { // blank lines are no records
            ++i;
            continue;
        }
        int fields = 1;
        bool quoted = false;
        bool ended = false;
        for (; i < size; ++i) {
            const char c = head.at(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                ++fields;
            } else if (!quoted && (c == '\r' || c == '\n')) {
                ended = true;
                break;
            }
        }
        if (!ended && !wholeFile && !counts.isEmpty())
            break; // cut off: no evidence either way
        counts.push_back(fields);
    }
    return counts;
}

} // namespace

char CsvReader::sniffDelimiter(const QByteArray& head, bool wholeFile)
{
    constexpr int kSampleRecords = 6; // the header and five data lines
    char best = ',';
    int bestConfirmed = -1;
    int bestHeader = 0;
    for (const char candidate : kCsvDelimiters) {
        const QVector<int> counts = fieldCounts(head, wholeFile, candidate, kSampleRecords);
        if (counts.isEmpty() || counts.front() < 2)
            continue; // not in the header (outside quotes)
        const int header = counts.front();
        int confirmed = 0;
        for (qsizetype k = 1; k < counts.size(); ++k)
            if (counts.at(k) == header)
                ++confirmed;
        if (confirmed > bestConfirmed || (confirmed == bestConfirmed && header > bestHeader)) {
            best = candidate;
            bestConfirmed = confirmed;
            bestHeader = header;
        }
    }
    return best;
}

CsvReader::CsvReader(QIODevice* device, CsvLimits limits, char delimiter)
    : m_device(device), m_limits(limits), m_delimiter(delimiter)
{
}

bool CsvReader::fill()
{
    if (m_eof || !m_device)
        return false;
    m_buf = m_device->read(m_limits.chunkBytes);
    m_pos = 0;
    if (m_buf.isEmpty() && (m_device->atEnd() || !m_device->isReadable() || !m_device->waitForReadyRead(30000))) {
        m_eof = true;
        return false;
    }
    if (m_buf.isEmpty())
        return fill();
    return true;
}

bool CsvReader::fail(int line, const QString& message)
{
    m_errorLine = line;
    m_error = domain::Error::invalid(message);
    m_done = true;
    return false;
}

bool CsvReader::finishField(QStringList& fields, int recordLine)
{
    if (fields.size() >= m_limits.maxColumns)
        return fail(recordLine,
                    tr("line %1: a record has more than %2 columns").arg(recordLine).arg(m_limits.maxColumns));
    qsizetype badAt = 0;
    if (!isValidUtf8(m_field.constData(), m_field.size(), &badAt)) {
        int line = m_fieldLine;
        for (qsizetype i = 0; i < badAt; ++i) {
            if (m_field.at(i) == '\n' && !(i > 0 && m_field.at(i - 1) == '\r'))
                ++line;
            else if (m_field.at(i) == '\r')
                ++line;
        }
        return fail(line, tr("line %1: the text is not valid UTF-8 (save the file as UTF-8 and try again)").arg(line));
    }
    fields.push_back(QString::fromUtf8(m_field));
    m_field.clear();
    return true;
}

bool CsvReader::next(CsvRecord& record)
{
    if (m_done)
        return false;
    if (!m_started) {
        m_started = true;
        fill();
        while (m_buf.size() < 3 && !m_eof) {
            const QByteArray more = m_device->read(m_limits.chunkBytes);
            if (more.isEmpty()) {
                if (m_device->atEnd() || !m_device->waitForReadyRead(30000))
                    m_eof = true;
                continue;
            }
            m_buf += more;
        }
        if (m_buf.startsWith("\xEF\xBB\xBF")) {
            m_hadBom = true;
            m_pos = 3;
        }
    }

    record.fields.clear();
    record.line = m_line;
    m_field.clear();
    m_fieldLine = m_line;
    State state = State::StartField;
    bool any = false;

    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            m_done = true;
            if (state == State::Quoted)
                return fail(m_fieldLine,
                            tr("line %1: a quoted field is not closed before the end of the file").arg(m_fieldLine));
            if (!any && state == State::StartField)
                return false;
            return finishField(record.fields, record.line);
        }
        const char* data = m_buf.constData();
        const qsizetype size = m_buf.size();
        char c = data[m_pos];
        if (m_lastWasCR) {
            m_lastWasCR = false;
            if (c == '\n') {
                ++m_pos;
                if (state == State::Quoted)
                    m_field.append('\n');
                continue;
            }
        }
        if (c == '\0')
            return fail(m_line, tr("line %1: the file holds a NUL byte; it is not a CSV text file").arg(m_line));

        switch (state) {
        case State::StartField:
            m_fieldLine = m_line;
            if (c == '"') {
                state = State::Quoted;
                any = true;
                ++m_pos;
            } else if (c == m_delimiter) {
                any = true;
                ++m_pos;
                if (!finishField(record.fields, record.line))
                    return false;
            } else if (c == '\r' || c == '\n') {
                ++m_pos;
                ++m_line;
                m_lastWasCR = c == '\r';
                if (!any) { // blank line
                    record.line = m_line;
                    continue;
                }
                return finishField(record.fields, record.line);
            } else {
                state = State::Unquoted;
                any = true;
            }
            break;
        case State::Unquoted: {
            const char delimiter = m_delimiter;
            qsizetype end = m_pos;
            while (end < size) {
                const char d = data[end];
                if (d == delimiter || d == '\r' || d == '\n' || d == '\0')
                    break;
                ++end;
            }
            m_field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (m_field.size() > m_limits.maxFieldBytes)
                return fail(m_fieldLine, tr("line %1: a field is longer than %2")
                                             .arg(m_fieldLine)
                                             .arg(formatByteSize(m_limits.maxFieldBytes)));
            if (end == size)
                break;
            c = data[end];
            if (c == delimiter) {
                ++m_pos;
                state = State::StartField;
                if (!finishField(record.fields, record.line))
                    return false;
            } else if (c == '\r' || c == '\n') {
                ++m_pos;
                ++m_line;
                m_lastWasCR = c == '\r';
                return finishField(record.fields, record.line);
            }
            break;
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            while (end < size) {
                const char d = data[end];
                if (d == '"' || d == '\r' || d == '\n' || d == '\0')
                    break;
                ++end;
            }
            m_field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (m_field.size() > m_limits.maxFieldBytes)
                return fail(m_fieldLine, tr("line %1: a field is longer than %2")
                                             .arg(m_fieldLine)
                                             .arg(formatByteSize(m_limits.maxFieldBytes)));
            if (end == size)
                break;
            c = data[end];
            if (c == '"') {
                ++m_pos;
                state = State::QuoteInQuoted;
            } else if (c == '\r' || c == '\n') {
                m_field.append(c);
                ++m_pos;
                ++m_line;
                m_lastWasCR = c == '\r';
            }
            break;
        }
        case State::QuoteInQuoted:
            if (c == '"') {
                m_field.append('"');
                ++m_pos;
                state = State::Quoted;
            } else if (c == m_delimiter) {
                ++m_pos;
                state = State::StartField;
                if (!finishField(record.fields, record.line))
                    return false;
            } else if (c == '\r' || c == '\n') {
                ++m_pos;
                ++m_line;
                m_lastWasCR = c == '\r';
                return finishField(record.fields, record.line);
            } else {
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace rapport::io
