// SPDX-License-Identifier: GPL-3.0-or-later
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

/// The separator as JSON: the character itself (",", ";", "\t"); null for a vCard file.
QJsonValue delimiterJson(char delimiter)
{
    return delimiter == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QString(QLatin1Char(delimiter)));
}

/// `--delimiter auto|comma|semicolon|tab` (or the character itself); 0 for auto.
char parseDelimiter(const QString& text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("auto"))
        return 0;
    if (t == QLatin1String("comma") || t == QLatin1String(","))
        return ',';
    if (t == QLatin1String("semicolon") || t == QLatin1String(";"))
        return ';';
    if (t == QLatin1String("tab") || t == QLatin1String("\t") || t == QLatin1String("\\t"))
        return '\t';
    throw Failure{kExitUsage,
                  QStringLiteral("option '--delimiter' takes auto, comma, semicolon or tab (not '%1')").arg(text)};
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
                        {QStringLiteral("delimiter"), delimiterJson(s.delimiter)},
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
    if (s.delimiter != 0)
        ctx.out << QStringLiteral("delimiter: %1\n").arg(services::ImportService::delimiterName(s.delimiter));
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
                                 {QStringLiteral("delimiter"), true, false},
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
    options.delimiter = parseDelimiter(a.value(QStringLiteral("delimiter")).value_or(QStringLiteral("auto")));
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
                 "Usage: rapport-cli import FILE [--format auto|csv|vcard] [--delimiter auto|comma|semicolon|tab]\n"
                 "                           [--dry-run] [--strict] [--json]\n"
                 "Reads a client list (Google Contacts, Outlook, Jane, Cliniko, OpenEMR, any CSV with a header, or\n"
                 "vCard 2.1/3.0/4.0). A CSV may separate its fields with commas, semicolons (as spreadsheets in\n"
                 "much of Europe save them) or tabs: the separator is read from the header line and reported.\n"
                 "Numbers are normalised in the practice's country. Valid rows are written in one transaction;\n"
                 "a row with a problem (no name, an invalid email or phone number) is skipped whole and reported\n"
                 "with its line. Clients sharing a phone number or email (case ignored) with another row or with\n"
                 "a client already stored are merged. Opt-in columns become consent in state 'imported'.\n"
                 "Every column that is not imported is named in a warning on the header line.\n"
                 "  --delimiter  the CSV field separator, when the guess from the header line is wrong\n"
                 "  --dry-run    report what would happen, write nothing\n"
                 "  --strict     write nothing if any row is invalid (exit 3)\n"
                 "  --json       {\"read\", \"imported\", \"merged\", \"skipped\": [{\"line\", \"reason\"}],\n"
                 "               \"warnings\": [{\"line\", \"reason\"}], \"delimiter\": \";\" (null for vCard), ...}\n"
                 "A malformed file exits 3 naming the line; nothing is written."),
             importFile}};
}

} // namespace rapport::cli
