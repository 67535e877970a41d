// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace rapport::io {

namespace {

bool needsQuotes(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

bool looksLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const char16_t u = text.front().unicode();
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r';
}

/// UTF-16 -> UTF-8 with quotes doubled when `quoted`; lone surrogates become U+FFFD.
char* encode(QStringView text, char* out, bool quoted)
{
    const char16_t* p = text.utf16();
    const char16_t* end = p + text.size();
    while (p < end) {
        char32_t u = *p++;
        if (u < 0x80) {
            if (quoted && u == u'"')
                *out++ = '"';
            *out++ = static_cast<char>(u);
            continue;
        }
        if (u >= 0xD800 && u <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
            u = 0x10000 + ((u - 0xD800) << 10) + (*p++ - 0xDC00);
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            u = 0xFFFD;
        }
        if (u < 0x800) {
            *out++ = static_cast<char>(0xC0 | (u >> 6));
            *out++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (u < 0x10000) {
            *out++ = static_cast<char>(0xE0 | (u >> 12));
            *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (u & 0x3F));
        } else {
            *out++ = static_cast<char>(0xF0 | (u >> 18));
            *out++ = static_cast<char>(0x80 | ((u >> 12) & 0x3F));
            *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (u & 0x3F));
        }
    }
    return out;
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, CsvWriterOptions options)
    : m_device(device), m_options(options), m_bomPending(options.byteOrderMark)
{
    if (m_options.bufferBytes < 4096)
        m_options.bufferBytes = 4096;
    m_buf.resize(m_options.bufferBytes);
    if (m_bomPending) {
        char* out = reserve(3);
        out[0] = '\xEF';
        out[1] = '\xBB';
        out[2] = '\xBF';
        m_len += 3;
        m_bomPending = false;
    }
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::flush()
{
    if (m_len == 0)
        return;
    if (!m_failed && m_device) {
        const qint64 written = m_device->write(m_buf.constData(), m_len);
        if (written != m_len)
            m_failed = true;
    }
    m_len = 0;
}

char* CsvWriter::reserve(qsizetype bytes)
{
    if (m_len + bytes > m_buf.size()) {
        flush();
        if (bytes > m_buf.size())
            m_buf.resize(bytes);
    }
    return m_buf.data() + m_len;
}

void CsvWriter::writeField(QStringView text)
{
    const bool formula = m_options.neutraliseFormulas && looksLikeFormula(text);
    const bool quoted = needsQuotes(text);
    // Worst case: 3 bytes per UTF-16 unit (a doubled quote takes 2), separator, quotes, prefix.
    char* out = reserve(text.size() * 3 + 4);
    char* start = out;
    if (m_fieldsInRecord > 0)
        *out++ = ',';
    if (quoted)
        *out++ = '"';
    if (formula)
        *out++ = '\'';
    out = encode(text, out, quoted);
    if (quoted)
        *out++ = '"';
    m_len += out - start;
    ++m_fieldsInRecord;
}

void CsvWriter::writeAscii(const char* text, qsizetype size)
{
    bool plain = true; // nothing to quote, nothing beyond ASCII
    for (qsizetype i = 0; i < size && plain; ++i)
        plain = text[i] != ',' && text[i] != '"' && text[i] != '\r' && text[i] != '\n' &&
                static_cast<unsigned char>(text[i]) < 0x80;
    if (!plain) {
        writeField(QString::fromLatin1(text, size));
        return;
    }
    const bool formula = m_options.neutraliseFormulas && size > 0 &&
                         (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t');
    char* out = reserve(size + 2);
    char* start = out;
    if (m_fieldsInRecord > 0)
        *out++ = ',';
    if (formula)
        *out++ = '\'';
    for (qsizetype i = 0; i < size; ++i)
        *out++ = text[i];
    m_len += out - start;
    ++m_fieldsInRecord;
}

void CsvWriter::writeUtf8(const char* text, qsizetype size)
{
    bool quoted = false;
    for (qsizetype i = 0; i < size && !quoted; ++i)
        quoted = text[i] == ',' || text[i] == '"' || text[i] == '\r' || text[i] == '\n';
    const bool formula =
        m_options.neutraliseFormulas && size > 0 &&
        (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r');
    // Worst case: every byte a doubled quote, plus separator, two quotes and the prefix.
    char* out = reserve(size * 2 + 4);
    char* start = out;
    if (m_fieldsInRecord > 0)
        *out++ = ',';
    if (quoted)
        *out++ = '"';
    if (formula)
        *out++ = '\'';
    if (quoted) {
        for (qsizetype i = 0; i < size; ++i) {
            if (text[i] == '"')
                *out++ = '"';
            *out++ = text[i];
        }
        *out++ = '"';
    } else {
        // An empty field may come with a null pointer (an empty QByteArray, a NULL column):
        // memcpy must not see it even for zero bytes.
        if (size > 0)
            std::memcpy(out, text, size_t(size));
        out += size;
    }
    m_len += out - start;
    ++m_fieldsInRecord;
}

void CsvWriter::writeField(qint64 number)
{
    char* out = reserve(24);
    char* start = out;
    if (m_fieldsInRecord > 0)
        *out++ = ',';
    char digits[21];
    int n = 0;
    quint64 v = number < 0 ? 0 - static_cast<quint64>(number) : static_cast<quint64>(number);
    do {
        digits[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v);
    if (number < 0)
        *out++ = '-';
    while (n)
        *out++ = digits[--n];
    m_len += out - start;
    ++m_fieldsInRecord;
}

void CsvWriter::endRecord()
{
    char* out = reserve(2);
    out[0] = '\r';
    out[1] = '\n';
    m_len += 2;
    m_fieldsInRecord = 0;
    ++m_records;
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    for (const auto& f : fields)
        writeField(QStringView(f));
    endRecord();
}

domain::Status CsvWriter::finish()
{
    flush();
    if (m_failed)
        return domain::Error::invalid(QCoreApplication::translate("CsvWriter", "writing the CSV failed: %1")
                                          .arg(m_device ? m_device->errorString() : QString()));
    return std::nullopt;
}

} // namespace rapport::io
