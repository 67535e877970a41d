// import FILE
#include "Command.h"
#include "services/ImportService.h"
#include "services/PracticeFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

QJsonArray linesJson(const QVector<services::ImportLine>& lines)
{
    QJsonArray out;
    for (const auto& l : lines)
        out.append(QJsonObject{{QStringLiteral("line"), l.line}, {QStringLiteral("reason"), l.reason}});
    return out;
}

void printSummary(Context& ctx, const services::ImportSummary& s, bool json)
{
    if (json) {
        printJson(ctx, {{QStringLiteral("read"), s.read},
                        {QStringLiteral("imported"), s.imported},
                        {QStringLiteral("merged"), s.merged},
                        {QStringLiteral("skipped"), linesJson(s.skipped)},
                        {QStringLiteral("warnings"), linesJson(s.warnings)},
                        {QStringLiteral("format"), s.formatName},
                        {QStringLiteral("consent_events"), s.consentEvents},
                        {QStringLiteral("dry_run"), s.dryRun},
                        {QStringLiteral("written"), s.written}});
        return;
    }
    ctx.out << QStringLiteral("%1: read %2, imported %3, merged %4, skipped %5%6\n")
                   .arg(s.formatName)
                   .arg(s.read)
                   .arg(s.imported)
                   .arg(s.merged)
                   .arg(s.skipped.size())
                   .arg(s.dryRun ? QStringLiteral(" (dry run: nothing written)") : QString());
    if (s.consentEvents > 0)
        ctx.out << QStringLiteral("opt-ins recorded as 'imported' consent: %1\n").arg(s.consentEvents);
    for (const auto& l : s.skipped)
        ctx.out << QStringLiteral("skipped line %1: %2\n").arg(l.line).arg(l.reason);
    for (const auto& l : s.warnings)
        ctx.out << QStringLiteral("note line %1: %2\n").arg(l.line).arg(l.reason);
}

int importFile(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args,
                                {{QStringLiteral("format"), true, false},
                                 {QStringLiteral("dry-run"), false, false},
                                 {QStringLiteral("strict"), false, false},
                                 {QStringLiteral("json"), false, false}},
                                1, 1);
    services::ImportOptions options;
    const QString format = a.value(QStringLiteral("format")).value_or(QStringLiteral("auto")).toLower();
    if (format == QLatin1String("csv"))
        options.format = domain::ImportFormat::Csv;
    else if (format == QLatin1String("vcard"))
        options.format = domain::ImportFormat::VCard;
    else if (format != QLatin1String("auto"))
        throw Failure{kExitUsage, QStringLiteral("option '--format' takes auto, csv or vcard (not '%1')").arg(format)};
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.strict = a.has(QStringLiteral("strict"));
    const QString path = a.positionals().at(0);
    if (!QFileInfo::exists(path))
        throw Failure{kExitInvalid, QStringLiteral("%1: no such file").arg(path)};

    services::ImportService service(ctx.db(), ctx.clock);
    auto plan = service.plan(path, options);
    if (!plan)
        fail(plan.error());
    auto summary = service.apply(plan.value(), options);
    if (!summary)
        fail(summary.error());
    const bool json = a.has(QStringLiteral("json"));
    printSummary(ctx, summary.value(), json);
    if (summary->strictRefused) {
        const auto& first = summary->skipped.first();
        throw Failure{kExitInvalid, QStringLiteral("%1: %2 invalid line(s), nothing imported (--strict); line %3: %4")
                                        .arg(QFileInfo(path).fileName())
                                        .arg(summary->skipped.size())
                                        .arg(first.line)
                                        .arg(first.reason)};
    }
    return kExitOk;
}

} // namespace

QVector<Command> importCommands()
{
    return {{QStringLiteral("import"), QStringLiteral("import clients from a CSV or vCard file"),
             QStringLiteral(
                 "Usage: rapport-cli import FILE [--format auto|csv|vcard] [--dry-run] [--strict] [--json]\n"
                 "Reads a client list (Google Contacts, Outlook, Jane, Cliniko, OpenEMR, any CSV with a header, or\n"
                 "vCard 2.1/3.0/4.0). Numbers are normalised in the practice's country. Valid rows are written in\n"
                 "one transaction; a row with a problem (no name, an invalid email or phone number) is skipped\n"
                 "whole and reported with its line. Clients sharing a phone number or email with another row or\n"
                 "with a client already stored are merged. Opt-in columns become consent in state 'imported'.\n"
                 "  --dry-run  report what would happen, write nothing\n"
                 "  --strict   write nothing if any row is invalid (exit 3)\n"
                 "  --json     {\"read\", \"imported\", \"merged\", \"skipped\": [{\"line\", \"reason\"}], ...}\n"
                 "A malformed file exits 3 naming the line; nothing is written."),
             importFile}};
}

} // namespace rapport::cli
