// SPDX-License-Identifier: GPL-3.0-or-later
// consent export
#include "CliTime.h"
#include "Command.h"
#include "services/ExportService.h"
#include "services/PracticeFile.h"

#include <QIODevice>
#include <QStringDecoder>

namespace rapport::cli {

namespace {

/// Bytes written to it land in a QTextStream: straight on the stream's device when it has one
/// (stdout), else decoded as UTF-8 into the stream's string (tests), the byte-order mark kept.
class TextStreamSink : public QIODevice {
public:
    explicit TextStreamSink(QTextStream& stream)
        : m_stream(stream), m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)
    {
        m_stream.flush();
        open(QIODevice::WriteOnly);
    }
    ~TextStreamSink() override { m_stream.flush(); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (QIODevice* device = m_stream.device())
            return device->write(data, size);
        m_stream << m_decoder.decode(QByteArrayView(data, size));
        return size;
    }

private:
    QTextStream& m_stream;
    QStringDecoder m_decoder;
};

QDate parseDay(Context& ctx, const Args& a, const QString& option)
{
    const QString text = a.value(option).value_or(QString()).trimmed();
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        if (const auto t = parseTime(text, practiceZone(ctx)))
            day = t->toTimeZone(practiceZone(ctx)).date();
    }
    if (!day.isValid())
        throw Failure{kExitInvalid,
                      QStringLiteral("option '--%1': '%2' is not a date (use YYYY-MM-DD)").arg(option, text)};
    return day;
}

const QVector<Args::Spec>& exportSpecs()
{
    static const QVector<Args::Spec> specs{{QStringLiteral("client"), true, true},
                                           {QStringLiteral("format"), true, false},
                                           {QStringLiteral("from"), true, false},
                                           {QStringLiteral("to"), true, false},
                                           {QStringLiteral("out"), true, false}};
    return specs;
}

/// A PDF export, read the way exportConsent() reads its options.
bool exportNeedsGui(const QStringList& args)
{
    const Args a(args, exportSpecs());
    if (!a.ok())
        return false;
    const auto f = services::exportFormatFromString(a.value(QStringLiteral("format")).value_or(QString()));
    return f == services::ExportFormat::Pdf;
}

int exportConsent(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, exportSpecs(), 0, 0);
    services::ExportRequest request;
    const QString format = a.value(QStringLiteral("format")).value_or(QStringLiteral("csv"));
    const auto f = services::exportFormatFromString(format);
    if (!f)
        throw Failure{kExitUsage, QStringLiteral("option '--format' takes csv, json or pdf (not '%1')").arg(format)};
    request.format = *f;
    const auto out = a.value(QStringLiteral("out"));
    if (request.format == services::ExportFormat::Pdf && !out)
        throw Failure{kExitUsage, QStringLiteral("a PDF export needs --out FILE")};
    if (out && out->trimmed().isEmpty())
        throw Failure{kExitUsage, QStringLiteral("option '--out' needs a file name")};
    for (const QString& id : a.values(QStringLiteral("client")))
        request.clientIds.push_back(parseId(id));
    if (a.has(QStringLiteral("from")))
        request.from = parseDay(ctx, a, QStringLiteral("from"));
    if (a.has(QStringLiteral("to")))
        request.to = parseDay(ctx, a, QStringLiteral("to"));

    services::ExportService service(ctx.db(), ctx.clock);
    domain::Result<services::ExportResult> result = domain::Error::invalid(QString());
    if (out) {
        result = service.writeToFile(request, *out);
    } else {
        TextStreamSink sink(ctx.out);
        result = service.write(request, &sink);
    }
    if (!result)
        fail(result.error());
    if (out)
        ctx.out << QStringLiteral("%1 events written to %2\nchain head: %3\n")
                       .arg(result->events)
                       .arg(*out, result->chainHead.isEmpty() ? QStringLiteral("(empty ledger)") : result->chainHead);
    return kExitOk;
}

} // namespace

QVector<Command> exportCommands()
{
    return {
        {QStringLiteral("consent export"), QStringLiteral("export consent records (CSV, JSON or PDF)"),
         QStringLiteral(
             "Usage: rapport-cli consent export [--client ID]... [--format csv|json|pdf] [--from DATE] [--to DATE]\n"
             "                                  [--out FILE]\n"
             "Exports the consent ledger: every client, or the clients given. --from and --to are days in the\n"
             "practice's time zone, both included, on the time each event took effect. CSV (UTF-8 with BOM,\n"
             "CRLF, spreadsheet-safe) and JSON go to stdout without --out; PDF needs --out. Files are written\n"
             "whole or not at all, mode 0600. Every export carries the ledger's chain head."),
         exportConsent, exportNeedsGui}};
}

} // namespace rapport::cli
