// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QPair>
#include <QStringList>
#include <QVector>

class QIODevice;

namespace rapport::io {

/// One content line of a card, unfolded and decoded (quoted-printable and CHARSET applied).
struct VCardProperty {
    int line = 0;  ///< physical line the property starts on
    QString group; ///< Apple's `item1` in `item1.TEL`; empty when ungrouped
    QString name;  ///< upper case: `TEL`, `X-ABLABEL`
    /// Parameters in file order, keys upper case. A bare parameter (`TEL;CELL`) is stored as
    /// (`TYPE`, `CELL`); a bare encoding (`;QUOTED-PRINTABLE`) as (`ENCODING`, ...).
    QVector<QPair<QString, QString>> params;
    QString value; ///< decoded text, still with vCard escapes (`\,` `\;` `\n`)

    /// Every TYPE value, upper case, comma lists and repeated `type=` split and unquoted.
    QStringList types() const;
    /// The first value of a parameter (key compared case-insensitively), or empty.
    QString param(const QString& key) const;
};

/// One BEGIN:VCARD ... END:VCARD block.
struct VCard {
    int line = 0;    ///< line of BEGIN:VCARD
    QString version; ///< "2.1", "3.0", "4.0" or as written
    QVector<VCardProperty> properties;
    QStringList problems; ///< recoverable oddities (unknown charset, text read as Windows-1252)
};

/// Bounds that keep a hostile file from taking unbounded memory.
struct VCardLimits {
    qsizetype maxLineBytes = 16 * 1024 * 1024; ///< one unfolded property
    qsizetype maxCardBytes = 32 * 1024 * 1024; ///< one card
    qsizetype chunkBytes = 64 * 1024;
};

/// Streaming reader for vCard 2.1, 3.0 and 4.0, one card at a time. Takes CRLF, LF or CR line
/// ends; unfolds lines that start with a space or tab (anywhere, even mid-word); joins
/// quoted-printable soft breaks (`=` at the end of a line, with or without trailing whitespace,
/// the next line folded or not); decodes CHARSET (UTF-8, ISO-8859-1, Windows-1252, US-ASCII);
/// accepts lower-case keywords and several cards in one file. Stops at the first structural error
/// with the line: text outside a card, a line without `:` inside a card, BEGIN without END,
/// END without BEGIN, a property or card over the limits, a NUL byte.
class VCardReader {
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    /// `device` must be open for reading and outlive the reader.
    explicit VCardReader(QIODevice* device, VCardLimits limits = VCardLimits{});

    /// Reads the next card. Returns false at the end or on an error; error() tells them apart.
    bool next(VCard& card);
    const domain::Status& error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    /// Resolves `\,` `\;` `\:` `\\` and `\n`/`\N` (newline).
    static QString unescape(const QString& value);
    /// Splits a structured value (N, ADR) on unescaped `;` and unescapes each component.
    static QStringList splitStructured(const QString& value);

private:
    bool readPhysical(QByteArray& line, int& lineNo);
    bool readLogical(QByteArray& line, int& lineNo);
    bool parseProperty(const QByteArray& raw, int lineNo, VCard& card, VCardProperty& out);
    bool fail(int line, const QString& message);

    QIODevice* m_device;
    VCardLimits m_limits;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_lastWasCR = false;
    int m_line = 0;
    bool m_havePending = false;
    QByteArray m_pending;
    int m_pendingLine = 0;
    bool m_done = false;
    domain::Status m_error;
    int m_errorLine = 0;
};

} // namespace rapport::io
