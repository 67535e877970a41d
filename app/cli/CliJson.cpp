// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliJson.h"

#include "CliTime.h"

#include <QJsonArray>

namespace rapport::cli {

using namespace rapport::domain;

namespace {
QJsonArray findingsToJson(const QVector<Finding>& findings)
{
    QJsonArray out;
    for (const auto& f : findings) {
        out.append(QJsonObject{{QStringLiteral("category"), toString(f.category)},
                               {QStringLiteral("start"), f.start},
                               {QStringLiteral("end"), f.end},
                               {QStringLiteral("text"), f.text},
                               {QStringLiteral("source"), f.source}});
    }
    return out;
}

QJsonObject smsToJson(const SmsInfo& sms)
{
    return {{QStringLiteral("encoding"),
             sms.encoding == SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2")},
            {QStringLiteral("units"), sms.units},
            {QStringLiteral("segments"), sms.segments},
            {QStringLiteral("non_gsm"), QJsonArray::fromStringList(sms.nonGsm)}};
}

QJsonArray lintToJson(const QVector<LintHint>& lint)
{
    QJsonArray out;
    for (const auto& l : lint) {
        QJsonObject o{{QStringLiteral("code"), l.code}, {QStringLiteral("text"), l.text}};
        if (l.start >= 0) {
            o.insert(QStringLiteral("start"), l.start);
            o.insert(QStringLiteral("end"), l.end);
        }
        out.append(o);
    }
    return out;
}

QJsonArray reasonsToJson(const QVector<Reason>& reasons)
{
    QJsonArray out;
    for (const auto& r : reasons)
        out.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("text"), r.text}});
    return out;
}
} // namespace

QJsonObject analysisToJson(const Analysis& analysis)
{
    return {{QStringLiteral("purpose"), toString(analysis.purpose)},
            {QStringLiteral("sensitive"), analysis.sensitive},
            {QStringLiteral("delicate"), analysis.delicate},
            {QStringLiteral("findings"), findingsToJson(analysis.findings)},
            {QStringLiteral("sms"), smsToJson(analysis.sms)},
            {QStringLiteral("lint"), lintToJson(analysis.lint)}};
}

QJsonObject adviceToJson(const Advice& advice, const Analysis& analysis, const QTimeZone& practiceZone)
{
    QJsonArray channels;
    for (const auto& c : advice.channels) {
        channels.append(QJsonObject{{QStringLiteral("channel"), toString(c.channel)},
                                    {QStringLiteral("verdict"), toString(c.verdict)},
                                    {QStringLiteral("reasons"), reasonsToJson(c.reasons)}});
    }
    QJsonObject timing{{QStringLiteral("send_now"), advice.timing.sendNow},
                       {QStringLiteral("reasons"), reasonsToJson(advice.timing.reasons)},
                       {QStringLiteral("next_ok"), advice.timing.nextOk
                                                       ? QJsonValue(formatTime(*advice.timing.nextOk, practiceZone))
                                                       : QJsonValue(QJsonValue::Null)}};
    return {{QStringLiteral("purpose"), toString(advice.purpose)},
            {QStringLiteral("purpose_source"),
             advice.purposeChosen ? QStringLiteral("chosen") : QStringLiteral("inferred")},
            {QStringLiteral("sensitive"), advice.sensitive},
            {QStringLiteral("delicate"), advice.delicate},
            {QStringLiteral("scope"), toString(advice.scope)},
            {QStringLiteral("best"), toString(advice.best)},
            {QStringLiteral("channels"), channels},
            {QStringLiteral("timing"), timing},
            {QStringLiteral("findings"), findingsToJson(analysis.findings)},
            {QStringLiteral("sms"), smsToJson(analysis.sms)},
            {QStringLiteral("lint"), lintToJson(analysis.lint)}};
}

} // namespace rapport::cli
