// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis plus advice on a 2,000-character draft: the whole cost of one "which channel?" answer.
#include <catch2/catch.hpp>

#include "domain/ChannelAdvisor.h"
#include "domain/ContentAnalyser.h"

using namespace rapport::domain;

namespace {

QString longDraft()
{
    QString d = QStringLiteral(
        "Hi Ana, thanks for coming in on Tuesday. Your next appointment is confirmed for Thursday at 3pm. "
        "Parking: the car park behind the building is free after 6pm, and the side door has a buzzer. "
        "Please bring loose clothing. The invoice for last week is attached and payment by bank transfer is fine. "
        "How is your lower back pain since the session? Keep taking the ibuprofen if the sciatica flares up. ");
    while (d.size() < 2000)
        d += d.left(2000 - d.size());
    return d;
}

AdviceInput caseFor(const QString& draft, const QDateTime& at)
{
    AdviceInput in;
    in.client.id = 1;
    in.client.name = QStringLiteral("Ana Silva");
    in.client.contacts = {
        {0, ContactPoint::Kind::Phone, QStringLiteral("+447400123456"), QStringLiteral("Mobile"), NumberType::Mobile},
        {0, ContactPoint::Kind::Email, QStringLiteral("ana@example.org"), QStringLiteral("Email"),
         NumberType::Unknown}};
    in.client.preferences = {Channel::Email};
    in.client.nextAppointment = at.addDays(3);
    ConsentEvent granted;
    granted.id = 1;
    granted.clientId = 1;
    granted.channel = Channel::Sms;
    granted.state = ConsentState::Granted;
    granted.effectiveAt = at.addDays(-30);
    granted.recordedAt = granted.effectiveAt;
    in.consents = {granted};
    ContactLogEntry inbound;
    inbound.clientId = 1;
    inbound.at = at.addDays(-2);
    in.contacts = {inbound};
    in.settings.hours = *WeeklyHours::parse(QStringLiteral("Mon-Thu 10:00-20:00"));
    in.at = at;
    in.analysis = ContentAnalyser{}.analyse(draft);
    return in;
}

} // namespace

TEST_CASE("Analysis plus advice on a 2,000-character draft", "[bench][advice]")
{
    const ContentAnalyser analyser;
    const QString draft = longDraft();
    REQUIRE(draft.size() == 2000);
    const QDateTime open(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC);    // Tuesday, in hours
    const QDateTime closed(QDate(2026, 12, 5), QTime(21, 40), Qt::UTC); // Saturday night: next_ok search
    AdviceInput inHours = caseFor(draft, open);
    AdviceInput outOfHours = caseFor(draft, closed);
    REQUIRE(ChannelAdvisor::advise(inHours).best == Channel::InPerson);
    REQUIRE_FALSE(ChannelAdvisor::advise(outOfHours).timing.sendNow);

    BENCHMARK("analyse + advise, in hours")
    {
        inHours.analysis = analyser.analyse(draft);
        return ChannelAdvisor::advise(inHours);
    };
    BENCHMARK("analyse + advise, out of hours (next_ok search)")
    {
        outOfHours.analysis = analyser.analyse(draft);
        return ChannelAdvisor::advise(outOfHours);
    };
    BENCHMARK("advise alone")
    {
        return ChannelAdvisor::advise(outOfHours);
    };
}
