// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "services/PracticeFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace rapport::cli {

Context::Context(QTextStream& o, QTextStream& e, QIODevice* i, const domain::Clock& c, QString dbPath)
    : out(o), err(e), in(i), clock(c), m_dbPath(std::move(dbPath))
{
}

Context::~Context() = default;

storage::Database& Context::db()
{
    if (!m_db) {
        auto opened = services::PracticeFile::open(m_dbPath);
        if (!opened)
            throw Failure{kExitDatabase, opened.error().message};
        m_db = std::move(opened).value();
    }
    return m_db->database();
}

int exitCodeFor(const domain::Error& error)
{
    switch (error.kind) {
    case domain::Error::Kind::Database:
        return kExitDatabase;
    case domain::Error::Kind::Verification:
        return kExitVerify;
    case domain::Error::Kind::InvalidInput:
        break;
    }
    return kExitInvalid;
}

void fail(const domain::Error& error)
{
    throw Failure{exitCodeFor(error), error.message};
}

void failNamingOption(const domain::Error& error)
{
    const bool isOption =
        !error.field.isEmpty() && error.field != QLatin1String("id") && error.field != QLatin1String("contacts");
    throw Failure{exitCodeFor(error),
                  isOption ? QStringLiteral("--%1: %2").arg(error.field, error.message) : error.message};
}

Args parseOrThrow(const QStringList& args, const QVector<Args::Spec>& specs, int maxPositionals, int minPositionals)
{
    Args parsed(args, specs);
    if (!parsed.ok())
        throw Failure{kExitUsage, parsed.error()};
    if (parsed.positionals().size() > maxPositionals)
        throw Failure{kExitUsage,
                      QStringLiteral("unexpected argument '%1'").arg(parsed.positionals().at(maxPositionals))};
    if (parsed.positionals().size() < minPositionals)
        throw Failure{kExitUsage, QStringLiteral("missing argument (see --help)")};
    return parsed;
}

QString readDraft(Context& ctx, const Args& args)
{
    if (args.has(QStringLiteral("text")) && args.has(QStringLiteral("file")))
        throw Failure{kExitUsage, QStringLiteral("give --text or --file, not both")};
    if (const auto text = args.value(QStringLiteral("text")))
        return *text;
    QByteArray bytes;
    if (const auto path = args.value(QStringLiteral("file"))) {
        QFile f(*path);
        if (!f.open(QIODevice::ReadOnly))
            throw Failure{kExitInvalid, QStringLiteral("cannot read draft file '%1': %2").arg(*path, f.errorString())};
        bytes = f.readAll();
    } else if (ctx.in) {
        bytes = ctx.in->readAll();
    }
    // One UTF-8 signature at the start of a file is the file's encoding mark, not the draft's; a
    // U+FEFF after it (or a second one) is text and counts (UCS-2), so the decoder must keep it.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decode(bytes);
    // A file or pipe usually ends with one newline that is not part of the draft.
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(text.endsWith(QLatin1String("\r\n")) ? 2 : 1);
    return text;
}

qint64 parseId(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Failure{kExitInvalid, QStringLiteral("'%1' is not a %2").arg(text, what)};
    return id;
}

void printJson(Context& ctx, const QJsonObject& object)
{
    ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

} // namespace rapport::cli
