// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's building blocks with hand-made analysis and advice: the SMS meter, the channel
// advice panel, the finding highlighter and the hand-off links.
#include "composer/ChannelAdvicePanel.h"
#include "composer/ComposerHandoff.h"
#include "composer/FindingHighlighter.h"
#include "composer/SmsMeter.h"

#include <catch2/catch.hpp>

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace rapport;
using domain::Channel;
using domain::Verdict;

namespace {

domain::Advice handMadeAdvice()
{
    domain::Advice a;
    a.best = Channel::Phone;
    a.sensitive = true;
    a.channels = {
        {Channel::Phone,
         Verdict::Recommended,
         {{QStringLiteral("no-voicemail-details"), QStringLiteral("Leave no details on voicemail")}}},
        {Channel::InPerson, Verdict::Acceptable, {}},
        {Channel::Email,
         Verdict::Discouraged,
         {{QStringLiteral("sensitive-content"), QStringLiteral("It mentions their treatment")}}},
        {Channel::Sms,
         Verdict::Blocked,
         {{QStringLiteral("sensitive-content"), QStringLiteral("Not by text: it mentions their treatment")},
          {QStringLiteral("no-sms-consent"), QStringLiteral("No permission to text")}}},
    };
    return a;
}

} // namespace

TEST_CASE("the SMS meter names the encoding, the units, the segments and what forced UCS-2", "[composer]")
{
    ui::SmsMeter meter;
    domain::SmsInfo gsm{domain::SmsEncoding::Gsm7, 45, 1, {}};
    meter.setInfo(gsm, 3);
    CHECK(meter.summaryText().contains(QStringLiteral("GSM-7")));
    CHECK(meter.summaryText().contains(QStringLiteral("45/160")));
    CHECK(meter.summaryText().contains(QStringLiteral("1 segment")));
    CHECK(meter.forcedText().isEmpty());

    domain::SmsInfo ucs{domain::SmsEncoding::Ucs2, 150, 3, {QStringLiteral("\u2019"), QStringLiteral("\u00A0")}};
    meter.setInfo(ucs, 2);
    CHECK(meter.summaryText().contains(QStringLiteral("UCS-2")));
    CHECK(meter.summaryText().contains(QStringLiteral("3 segments")));
    CHECK(meter.summaryText().contains(QStringLiteral("150/201")));
    CHECK(meter.summaryText().contains(QStringLiteral("over your limit")));
    CHECK(meter.forcedText().contains(QStringLiteral("\u2019 (curly quote)")));
    CHECK(meter.forcedText().contains(QStringLiteral("U+00A0")));

    QSignalSpy spy(&meter, &ui::SmsMeter::replaceTypographicRequested);
    meter.setReplaceAvailable(false);
    QTest::mouseClick(meter.replaceButton(), Qt::LeftButton);
    CHECK(spy.count() == 0);
    meter.setReplaceAvailable(true);
    QTest::mouseClick(meter.replaceButton(), Qt::LeftButton);
    CHECK(spy.count() == 1);
}

TEST_CASE("the advice panel shows verdicts and reasons, best first, blocked buttons disabled with why", "[composer]")
{
    ui::ChannelAdvicePanel panel;
    panel.setAdvice(handMadeAdvice());
    CHECK(panel.order() == QVector<Channel>{Channel::Phone, Channel::InPerson, Channel::Email, Channel::Sms});
    CHECK(panel.verdictText(Channel::Phone) == QStringLiteral("Recommended"));
    CHECK(panel.verdictText(Channel::Sms) == QStringLiteral("Blocked"));
    CHECK(panel.reasonsText(Channel::Sms).contains(QStringLiteral("No permission to text")));
    CHECK(panel.reasonsText(Channel::Sms).contains(QStringLiteral("it mentions their treatment")));

    QPushButton* text = panel.handoffButton(Channel::Sms);
    CHECK_FALSE(text->isEnabled());
    CHECK(text->toolTip().contains(QStringLiteral("No permission to text")));
    CHECK(panel.handoffButton(Channel::Email)->isEnabled()); // discouraged is not blocked
    CHECK(panel.handoffButton(Channel::Phone)->isEnabled());

    QSignalSpy spy(&panel, &ui::ChannelAdvicePanel::handoffRequested);
    QTest::mouseClick(panel.handoffButton(Channel::Phone), Qt::LeftButton);
    QTest::mouseClick(text, Qt::LeftButton);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<Channel>() == Channel::Phone);

    panel.setHandoffBlocked(QStringLiteral("Choose a client first"));
    CHECK_FALSE(panel.handoffButton(Channel::Phone)->isEnabled());
    CHECK(panel.handoffButton(Channel::Phone)->toolTip() == QStringLiteral("Choose a client first"));

    auto other = handMadeAdvice();
    other.best = Channel::Sms;
    other.channels = {{Channel::Sms, Verdict::Recommended, {}},
                      {Channel::Email, Verdict::Acceptable, {}},
                      {Channel::Phone, Verdict::Acceptable, {}},
                      {Channel::InPerson, Verdict::Acceptable, {}}};
    panel.setHandoffBlocked({});
    panel.setAdvice(other);
    CHECK(panel.order().front() == Channel::Sms);
    CHECK(panel.handoffButton(Channel::Sms)->isEnabled());
    CHECK(panel.reasonsText(Channel::Sms).isEmpty());
}

TEST_CASE("findings are highlighted at their span, per category, with the reason on lookup", "[composer]")
{
    QPlainTextEdit edit;
    ui::FindingHighlighter hl(edit.document());
    // An emoji before the finding: code points and UTF-16 positions differ by one.
    const QString text = QStringLiteral("\U0001F600 How is your lower back pain?");
    edit.setPlainText(text);
    domain::Finding f{
        domain::Category::Clinical, 14, 29, QStringLiteral("your lower back pain"), QStringLiteral("A symptom"),
        QStringLiteral("lexicon")};
    f.start = 9; // "your" starts at code point 9 (emoji=1, space, "How is ")
    f.end = 29;
    hl.setFindings(text, {f});
    REQUIRE(hl.spans().size() == 1);
    CHECK(hl.spans().front().start == 10);
    CHECK(hl.spans().front().end == 30);
    CHECK(text.mid(10, 20) == QStringLiteral("your lower back pain"));
    REQUIRE(hl.findingAt(12) != nullptr);
    CHECK(hl.findingAt(12)->why == QStringLiteral("A symptom"));
    CHECK(hl.findingAt(5) == nullptr);
    CHECK(hl.findingAt(30) == nullptr);

    const auto formats = edit.document()->firstBlock().layout()->formats();
    REQUIRE(formats.size() == 1);
    CHECK(formats.front().start == 10);
    CHECK(formats.front().length == 20);
    CHECK(formats.front().format.underlineColor() ==
          ui::FindingHighlighter::colour(domain::Category::Clinical, edit.palette()));

    hl.setFindings(text, {});
    CHECK(edit.document()->firstBlock().layout()->formats().isEmpty());
}

TEST_CASE("category colours differ and stay readable on light and dark palettes", "[composer]")
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    const domain::Category all[] = {domain::Category::Clinical,   domain::Category::Identifier,
                                    domain::Category::Delicate,   domain::Category::Promotional,
                                    domain::Category::Scheduling, domain::Category::Admin};
    for (const auto& p : {light, dark}) {
        QSet<QRgb> seen;
        for (const auto c : all) {
            const QColor col = ui::FindingHighlighter::colour(c, p);
            seen.insert(col.rgb());
            // Contrast of the underline/legend colour against the base: lightness far apart.
            CHECK(qAbs(col.lightnessF() - p.color(QPalette::Base).lightnessF()) > 0.3);
        }
        CHECK(seen.size() == 6);
    }
}

TEST_CASE("hand-off links are percent-encoded as the schemes ask", "[composer]")
{
    using namespace ui::ComposerHandoff;
    const QString body = QStringLiteral("Hi Ana, see you at 3pm & bring shorts?\nThanks #1 100% £5");
    CHECK(
        mailto(QStringLiteral("ana@example.org"), QStringLiteral("Appointment reminder"), body).toEncoded() ==
        QByteArray("mailto:ana@example.org?subject=Appointment%20reminder&body=Hi%20Ana%2C%20see%20you%20at%203pm%20%26"
                   "%20bring%20shorts%3F%0D%0AThanks%20%231%20100%25%20%C2%A35"));
    CHECK(sms(QStringLiteral("+447400123456"), QStringLiteral("Running late & sorry?")).toEncoded() ==
          QByteArray("sms:+447400123456?body=Running%20late%20%26%20sorry%3F"));
    CHECK(tel(QStringLiteral("+447400123456")).toEncoded() == QByteArray("tel:+447400123456"));

    CHECK(subject(QStringLiteral("Running late"), body) == QStringLiteral("Running late"));
    CHECK(subject({}, QStringLiteral("  First line here\nsecond")) == QStringLiteral("First line here"));
    const QString longLine = QStringLiteral("word ").repeated(30);
    const QString s = subject({}, longLine, 40);
    CHECK(s.size() <= 40);
    CHECK(s.endsWith(QChar(0x2026)));

    domain::Client c;
    c.contacts = {
        {1, domain::ContactPoint::Kind::Phone, QStringLiteral("+442079460000"), QStringLiteral("Home"),
         domain::NumberType::FixedLine},
        {2, domain::ContactPoint::Kind::Email, QStringLiteral("ana@example.org"), {}, domain::NumberType::Unknown},
        {3, domain::ContactPoint::Kind::Phone, QStringLiteral("+447400123456"), QStringLiteral("Work"),
         domain::NumberType::Mobile}};
    CHECK(textNumberFor(c)->value == QStringLiteral("+447400123456"));
    CHECK(callNumberFor(c)->value == QStringLiteral("+447400123456"));
    CHECK(emailFor(c)->value == QStringLiteral("ana@example.org"));
    c.contacts.removeLast();
    CHECK_FALSE(textNumberFor(c).has_value());
    CHECK(callNumberFor(c)->value == QStringLiteral("+442079460000"));
}
