// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/WordLists.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace rapport::io {

namespace {

domain::Result<QByteArray> readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::Error::invalid(
            QCoreApplication::translate("WordLists", "cannot read the word list %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

domain::Status readWordList(const QString& path, const std::function<void(QStringView)>& word)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    const QByteArray& data = bytes.value();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(data);
    if (utf8.hasError())
        text = QString::fromLatin1(data);
    const bool hunspell = path.endsWith(QLatin1String(".dic"));
    const QStringView all(text);
    qsizetype from = 0;
    bool first = true;
    while (from < all.size()) {
        qsizetype to = all.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = all.size();
        QStringView line = all.mid(from, to - from);
        from = to + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (first && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1);
        const bool countLine = first && hunspell;
        first = false;
        if (countLine || line.isEmpty() || line.front().isSpace())
            continue;
        if (hunspell) {
            // "word/FLAGS", possibly followed by morphological fields after a tab.
            qsizetype end = 0;
            while (end < line.size() && line.at(end) != QLatin1Char('/') && line.at(end) != QLatin1Char('\t') &&
                   !(line.at(end) == QLatin1Char(' ') && end > 0))
                ++end;
            line = line.left(end);
        }
        if (!line.isEmpty())
            word(line);
    }
    return {};
}

} // namespace rapport::io
