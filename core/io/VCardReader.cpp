// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/VCardReader.h"

#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rapport::io {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            const int hi = hexValue(in.at(i + 1));
            const int lo = hexValue(in.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString fromWindows1252(const QByteArray& bytes)
{
    static const char16_t kHigh[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                       0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        d[i] = (b >= 0x80 && b < 0xA0) ? QChar(kHigh[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

/// Splits on `sep` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray& s, char sep)
{
    QList<QByteArray> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == sep && !quoted) {
            parts.push_back(s.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(s.mid(start));
    return parts;
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
        v = v.mid(1, v.size() - 2);
    return v;
}

bool headerIsQuotedPrintable(const QByteArray& line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return line.left(i).toUpper().contains("QUOTED-PRINTABLE");
    }
    return false;
}

QByteArray rightTrimmed(const QByteArray& s)
{
    qsizetype n = s.size();
    while (n > 0 && (s.at(n - 1) == ' ' || s.at(n - 1) == '\t'))
        --n;
    return s.left(n);
}

} // namespace

QStringList VCardProperty::types() const
{
    QStringList out;
    for (const auto& [key, text] : params) {
        if (key != QLatin1String("TYPE"))
            continue;
        const auto parts = unquote(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto& p : parts)
            out.push_back(unquote(p).toUpper());
    }
    return out;
}

QString VCardProperty::param(const QString& key) const
{
    for (const auto& [k, v] : params)
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

VCardReader::VCardReader(QIODevice* device, VCardLimits limits) : m_device(device), m_limits(limits) {}

bool VCardReader::fail(int line, const QString& message)
{
    m_errorLine = line;
    m_error = domain::Error::invalid(message);
    m_done = true;
    return false;
}

bool VCardReader::readPhysical(QByteArray& line, int& lineNo)
{
    line.clear();
    lineNo = m_line + 1;
    bool any = false;
    for (;;) {
        if (m_pos >= m_buf.size()) {
            if (m_eof)
                return any;
            m_buf = m_device->read(m_limits.chunkBytes);
            m_pos = 0;
            if (m_buf.isEmpty()) {
                if (m_device->atEnd() || !m_device->waitForReadyRead(30000)) {
                    m_eof = true;
                    if (any)
                        ++m_line;
                    return any;
                }
                continue;
            }
        }
        if (m_lastWasCR) {
            m_lastWasCR = false;
            if (m_buf.at(m_pos) == '\n') {
                ++m_pos;
                continue;
            }
        }
        const char* data = m_buf.constData();
        qsizetype end = m_pos;
        while (end < m_buf.size() && data[end] != '\r' && data[end] != '\n')
            ++end;
        line.append(data + m_pos, end - m_pos);
        any = true;
        if (line.size() > m_limits.maxLineBytes)
            return fail(lineNo,
                        tr("line %1: a line is longer than %2").arg(lineNo).arg(formatByteSize(m_limits.maxLineBytes)));
        if (end < m_buf.size()) {
            m_lastWasCR = data[end] == '\r';
            m_pos = end + 1;
            ++m_line;
            return true;
        }
        m_pos = end;
    }
}

bool VCardReader::readLogical(QByteArray& line, int& lineNo)
{
    if (!m_havePending) {
        if (!readPhysical(m_pending, m_pendingLine))
            return false;
    }
    m_havePending = false;
    line = m_pending;
    lineNo = m_pendingLine;
    QByteArray next;
    int nextLine = 0;
    for (;;) {
        if (!readPhysical(next, nextLine))
            break;
        const bool soft = headerIsQuotedPrintable(line) && rightTrimmed(line).endsWith('=');
        if (soft) {
            line = rightTrimmed(line);
            line.chop(1);
            if (next.startsWith(' ') || next.startsWith('\t'))
                next.remove(0, 1);
            line += next;
        } else if (next.startsWith(' ') || next.startsWith('\t')) {
            line.append(next.constData() + 1, next.size() - 1);
        } else {
            m_pending = next;
            m_pendingLine = nextLine;
            m_havePending = true;
            break;
        }
        if (line.size() > m_limits.maxLineBytes)
            return fail(
                lineNo,
                tr("line %1: a property is longer than %2").arg(lineNo).arg(formatByteSize(m_limits.maxLineBytes)));
    }
    return !m_done;
}

bool VCardReader::parseProperty(const QByteArray& raw, int lineNo, VCard& card, VCardProperty& out)
{
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '"')
            quoted = !quoted;
        else if (raw.at(i) == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return fail(lineNo,
                    tr("line %1: a line inside a card has no ':' between the property and its value").arg(lineNo));
    out = VCardProperty{};
    out.line = lineNo;
    const auto headerParts = splitOutsideQuotes(raw.left(colon), ';');
    QByteArray name = headerParts.front().trimmed();
    const qsizetype dot = name.indexOf('.');
    if (dot >= 0) {
        out.group = QString::fromLatin1(name.left(dot));
        name = name.mid(dot + 1);
    }
    out.name = QString::fromLatin1(name).toUpper();
    for (qsizetype i = 1; i < headerParts.size(); ++i) {
        const QByteArray p = headerParts.at(i).trimmed();
        if (p.isEmpty())
            continue;
        const qsizetype eq = p.indexOf('=');
        if (eq < 0) {
            const QString bare = QString::fromLatin1(p).toUpper();
            const bool isEncoding = bare == QLatin1String("QUOTED-PRINTABLE") || bare == QLatin1String("BASE64") ||
                                    bare == QLatin1String("8BIT") || bare == QLatin1String("7BIT");
            out.params.push_back({isEncoding ? QStringLiteral("ENCODING") : QStringLiteral("TYPE"), bare});
        } else {
            out.params.push_back(
                {QString::fromLatin1(p.left(eq)).trimmed().toUpper(), unquote(QString::fromUtf8(p.mid(eq + 1)))});
        }
    }

    QByteArray value = raw.mid(colon + 1);
    const QString encoding = out.param(QStringLiteral("ENCODING")).toUpper();
    if (encoding == QLatin1String("QUOTED-PRINTABLE"))
        value = decodeQuotedPrintable(value);
    else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        out.value = QString::fromLatin1(value); // binary payloads (PHOTO) are kept as text, never decoded
        return true;
    }
    const QString charset = out.param(QStringLiteral("CHARSET")).toUpper();
    if (charset == QLatin1String("ISO-8859-1") || charset == QLatin1String("LATIN1") ||
        charset == QLatin1String("US-ASCII") || charset == QLatin1String("ASCII")) {
        out.value = QString::fromLatin1(value);
    } else if (charset == QLatin1String("WINDOWS-1252") || charset == QLatin1String("CP1252")) {
        out.value = fromWindows1252(value);
    } else {
        if (!charset.isEmpty() && charset != QLatin1String("UTF-8") && charset != QLatin1String("UTF8"))
            card.problems.push_back(tr("line %1: unknown character set %2; read as UTF-8").arg(lineNo).arg(charset));
        if (isValidUtf8(value.constData(), value.size()))
            out.value = QString::fromUtf8(value);
        else {
            out.value = fromWindows1252(value);
            card.problems.push_back(tr("line %1: the text is not valid UTF-8; read as Windows-1252").arg(lineNo));
        }
    }
    return true;
}

bool VCardReader::next(VCard& card)
{
    if (m_done)
        return false;
    QByteArray raw;
    int lineNo = 0;
    bool inCard = false;
    qsizetype cardBytes = 0;
    while (readLogical(raw, lineNo)) {
        if (raw.contains('\0'))
            return fail(lineNo, tr("line %1: the file holds a NUL byte; it is not a vCard text file").arg(lineNo));
        const QByteArray trimmed = raw.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QByteArray upper = trimmed.toUpper();
        const bool isBegin = upper == "BEGIN:VCARD";
        const bool isEnd = upper == "END:VCARD";
        if (!inCard) {
            if (isBegin) {
                inCard = true;
                card = VCard{};
                card.line = lineNo;
                cardBytes = 0;
                continue;
            }
            if (isEnd)
                return fail(lineNo, tr("line %1: END:VCARD without a BEGIN:VCARD before it").arg(lineNo));
            return fail(lineNo, tr("line %1: expected BEGIN:VCARD; this does not look like a vCard file").arg(lineNo));
        }
        if (isEnd)
            return true;
        if (isBegin)
            return fail(card.line, tr("line %1: the card begun here has no END:VCARD before the next BEGIN:VCARD "
                                      "on line %2")
                                       .arg(card.line)
                                       .arg(lineNo));
        cardBytes += raw.size();
        if (cardBytes > m_limits.maxCardBytes)
            return fail(card.line, tr("line %1: the card begun here is larger than %2")
                                       .arg(card.line)
                                       .arg(formatByteSize(m_limits.maxCardBytes)));
        VCardProperty property;
        if (!parseProperty(raw, lineNo, card, property))
            return false;
        if (property.name == QLatin1String("VERSION"))
            card.version = property.value.trimmed();
        card.properties.push_back(std::move(property));
    }
    if (m_done)
        return false;
    m_done = true;
    if (inCard)
        return fail(card.line, tr("line %1: the card begun here has no END:VCARD").arg(card.line));
    return false;
}

QString VCardReader::unescape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            out.append((n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n);
        } else {
            out.append(c);
        }
    }
    return out;
}

QStringList VCardReader::splitStructured(const QString& value)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current.append(c);
            current.append(value.at(++i));
        } else if (c == QLatin1Char(';')) {
            out.push_back(unescape(current));
            current.clear();
        } else {
            current.append(c);
        }
    }
    out.push_back(unescape(current));
    return out;
}

} // namespace rapport::io
