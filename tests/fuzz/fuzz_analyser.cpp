// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the content analyser (with the installed medical vocabulary when there is one)
// and the channel advisor on arbitrary UTF-8. Beyond not crashing: findings are ordered,
// non-overlapping, inside the text and quote it exactly; lint spans lie inside the text; the SMS
// figures are consistent; the advisor judges all four channels once each, recommends one of them
// and gives every reason a code and words.
#include "FuzzCheck.h"
#include "domain/ChannelAdvisor.h"
#include "domain/ContentAnalyser.h"
#include "services/MedicalVocabularies.h"

#include <memory>

using namespace rapport::domain;

namespace {

std::unique_ptr<ContentAnalyser> g_analyser;

/// UTF-16 index of each code point, plus one past the end (the analyser counts code points).
QVector<int> codePointStarts(const QString& text)
{
    QVector<int> starts;
    for (int i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            starts.append(i);
    }
    starts.append(int(text.size()));
    return starts;
}

AdviceInput adviceInput(const Analysis& analysis, uint8_t flags)
{
    AdviceInput in;
    in.client.id = 1;
    in.client.name = QStringLiteral("Ana Silva");
    in.client.contacts = {ContactPoint{1, ContactPoint::Kind::Phone, QStringLiteral("+447400123456"),
                                       QStringLiteral("Mobile"), NumberType::Mobile},
                          ContactPoint{2, ContactPoint::Kind::Email, QStringLiteral("ana@example.org"),
                                       QStringLiteral("Home"), NumberType::Unknown}};
    if (flags & 1)
        in.client.directives.append(DirectiveRecord{Directive::ClinicalByTextOk, {}, {}});
    const QDateTime granted(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    ConsentEvent sms;
    sms.clientId = 1;
    sms.channel = Channel::Sms;
    sms.scope = (flags & 2) ? Scope::Marketing : Scope::Service;
    sms.method = QStringLiteral("verbal");
    sms.effectiveAt = sms.recordedAt = granted;
    ConsentEvent email = sms;
    email.channel = Channel::Email;
    email.state = (flags & 4) ? ConsentState::Withdrawn : ConsentState::Granted;
    in.consents = {sms, email};
    in.settings.practiceName = QStringLiteral("Harbour Physio");
    in.settings.practitioner = QStringLiteral("Sam Jones");
    in.analysis = analysis;
    if (flags & 8)
        in.chosenPurpose = static_cast<Purpose>((flags >> 4) % 5);
    in.at = QDateTime(QDate(2026, 3, 10), QTime((flags >> 2) % 24, 30), Qt::UTC);
    return in;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // The vocabulary is read from /usr/share (hunspell-en-med) once; without it the lexicon alone.
    g_analyser = std::make_unique<ContentAnalyser>(Lexicon::builtin(),
                                                   rapport::services::MedicalVocabularies::get(QStringLiteral("en")));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0 || size > 8192)
        return 0;
    const uint8_t flags = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    AnalysisContext ctx;
    ctx.practiceName = QStringLiteral("Harbour Physio");
    ctx.practitioner = QStringLiteral("Sam Jones");
    ctx.clientNames = QStringLiteral("Ana Silva");
    ctx.firstMessageToClient = flags & 1;
    const Analysis a = g_analyser->analyse(text, ctx);

    const QVector<int> cp = codePointStarts(text);
    const int points = int(cp.size()) - 1;
    int previousEnd = 0;
    for (const Finding& f : a.findings) {
        FUZZ_REQUIRE(f.start >= previousEnd && f.start < f.end && f.end <= points && !f.source.isEmpty());
        FUZZ_REQUIRE(f.text == text.mid(cp[f.start], cp[f.end] - cp[f.start]));
        previousEnd = f.end;
    }
    for (const LintHint& h : a.lint) {
        FUZZ_REQUIRE(!h.code.isEmpty() && !h.text.isEmpty());
        if (h.start != -1)
            FUZZ_REQUIRE(h.start >= 0 && h.start <= h.end && h.end <= points);
    }
    FUZZ_REQUIRE(text.isEmpty() == (a.sms.segments == 0) && a.sms.units >= 0);
    if (a.sms.encoding == SmsEncoding::Gsm7)
        FUZZ_REQUIRE(a.sms.nonGsm.isEmpty());

    const AdviceInput in = adviceInput(a, flags);
    const Advice advice = ChannelAdvisor::advise(in);
    FUZZ_REQUIRE(advice.channels.size() == 4 && advice.find(advice.best));
    for (Channel c : {Channel::Sms, Channel::Email, Channel::Phone, Channel::InPerson})
        FUZZ_REQUIRE(advice.find(c));
    for (const ChannelAdvice& c : advice.channels)
        for (const Reason& r : c.reasons)
            FUZZ_REQUIRE(!r.code.isEmpty() && !r.text.isEmpty());
    if (advice.timing.sendNow)
        FUZZ_REQUIRE(!advice.timing.nextOk);
    if (!in.chosenPurpose)
        FUZZ_REQUIRE(!advice.purposeChosen && advice.purpose == a.purpose);
    return 0;
}
