// SPDX-License-Identifier: GPL-3.0-or-later
// analyze, suggest
#include "CliJson.h"
#include "CliTime.h"
#include "Command.h"
#include "domain/ContentAnalyser.h"
#include "services/ComposerService.h"
#include "services/PracticeFile.h"

#include <QJsonObject>
#include <algorithm>

namespace rapport::cli {

using namespace rapport::domain;

namespace {

const QVector<Args::Spec> kDraftSpecs{{QStringLiteral("text"), true, false},
                                      {QStringLiteral("file"), true, false},
                                      {QStringLiteral("json"), false, false}};

ContentAnalyser analyserFor(Context& ctx)
{
    return services::ComposerService::analyserFor(settings(ctx));
}

void printAnalysisText(Context& ctx, const Analysis& analysis)
{
    QTextStream& out = ctx.out;
    out << "purpose: " << toString(analysis.purpose) << (analysis.sensitive ? "  (sensitive)" : "")
        << (analysis.delicate ? "  (delicate)" : "") << '\n';
    for (const auto& f : analysis.findings)
        out << "  " << toString(f.category).leftJustified(12, QLatin1Char(' ')) << " \"" << f.text << "\" at "
            << f.start << "-" << f.end << '\n';
    out << "sms: " << (analysis.sms.encoding == SmsEncoding::Gsm7 ? "GSM-7" : "UCS-2") << ", " << analysis.sms.units
        << " units, " << analysis.sms.segments << (analysis.sms.segments == 1 ? " segment" : " segments");
    if (!analysis.sms.nonGsm.isEmpty())
        out << " (forced by " << analysis.sms.nonGsm.join(QLatin1Char(' ')) << ")";
    out << '\n';
    for (const auto& l : analysis.lint)
        out << "hint: " << l.text << '\n';
}

int analyze(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, kDraftSpecs);
    const QString text = readDraft(ctx, a);
    const Analysis analysis =
        analyserFor(ctx).analyse(text, services::ComposerService::analysisContext(settings(ctx), std::nullopt, false));
    if (a.has(QStringLiteral("json")))
        printJson(ctx, analysisToJson(analysis));
    else
        printAnalysisText(ctx, analysis);
    return kExitOk;
}

int suggest(Context& ctx, const QStringList& args)
{
    QVector<Args::Spec> specs = kDraftSpecs;
    specs << Args::Spec{QStringLiteral("purpose"), true, false} << Args::Spec{QStringLiteral("at"), true, false};
    const Args a = parseOrThrow(args, specs, 1, 1);
    const qint64 id = parseId(a.positionals().at(0));

    std::optional<Purpose> purpose;
    if (const auto p = a.value(QStringLiteral("purpose"))) {
        purpose = purposeFromString(*p);
        if (!purpose)
            throw Failure{
                kExitInvalid,
                QStringLiteral("--purpose: '%1' is not scheduling, admin, clinical, marketing or general").arg(*p)};
    }
    QDateTime at = ctx.clock.now();
    if (const auto given = a.value(QStringLiteral("at"))) {
        const auto parsed = parseTime(*given, practiceZone(ctx));
        if (!parsed)
            throw Failure{kExitInvalid, QStringLiteral("--at: '%1' is not a time like 2026-12-01T11:00").arg(*given)};
        at = *parsed;
    }
    services::ComposerService composer(ctx.db(), ctx.clock);
    const auto client = composer.loadClient(id);
    if (!client)
        fail(client.error());
    const QString text = readDraft(ctx, a);
    // The same call the composer makes on every keystroke.
    const services::DraftAdvice drafted =
        services::ComposerService::advise(analyserFor(ctx), client.value(), settings(ctx), text, purpose, at);
    const Advice& advice = drafted.advice;
    const QTimeZone zone = practiceZone(ctx);

    if (a.has(QStringLiteral("json"))) {
        QJsonObject o = adviceToJson(advice, drafted.analysis, zone);
        o.insert(QStringLiteral("client"),
                 QJsonObject{{QStringLiteral("id"), client->client.id}, {QStringLiteral("name"), client->client.name}});
        o.insert(QStringLiteral("at"), formatTime(at, zone));
        printJson(ctx, o);
        return kExitOk;
    }
    QTextStream& out = ctx.out;
    out << "To " << client->client.name << ", at " << formatTime(at, zone) << ": best " << toString(advice.best)
        << " (purpose " << toString(advice.purpose) << (advice.purposeChosen ? ", chosen" : ", inferred") << ")\n";
    for (const auto& c : advice.channels) {
        out << "  " << toString(c.channel).leftJustified(10, QLatin1Char(' ')) << toString(c.verdict) << '\n';
        for (const auto& r : c.reasons)
            out << "      " << r.text << " [" << r.code << "]\n";
    }
    if (advice.timing.sendNow) {
        out << "Timing: send now\n";
    } else {
        out << "Timing: not now";
        if (advice.timing.nextOk)
            out << "; next good time " << formatTime(*advice.timing.nextOk, zone);
        out << '\n';
        for (const auto& r : advice.timing.reasons)
            out << "      " << r.text << " [" << r.code << "]\n";
    }
    printAnalysisText(ctx, drafted.analysis);
    return kExitOk;
}

} // namespace

QVector<Command> analysisCommands()
{
    return {
        {QStringLiteral("analyze"), QStringLiteral("read a draft: findings, purpose, SMS figures, hints"),
         QStringLiteral(
             "Usage: rapport-cli analyze [--text TEXT | --file FILE] [--json]\nReads stdin when neither is given."),
         analyze},
        {QStringLiteral("suggest"), QStringLiteral("which channel for this draft, to this client, now"),
         QStringLiteral("Usage: rapport-cli suggest ID [--text TEXT | --file FILE] "
                        "[--purpose scheduling|admin|clinical|marketing|general] [--at TIME] [--json]\n"
                        "Reads stdin when no text is given."),
         suggest},
    };
}

} // namespace rapport::cli
