// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/ChannelAdvicePanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;
using domain::Verdict;

namespace {

QColor badgeColour(Verdict v)
{
    switch (v) {
    case Verdict::Recommended:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::Acceptable:
        return QColor(0x15, 0x65, 0xc0);
    case Verdict::Discouraged:
        return QColor(0xf9, 0xa8, 0x25);
    case Verdict::Blocked:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString badgeStyle(Verdict v)
{
    const QColor bg = badgeColour(v);
    const QColor fg = v == Verdict::Discouraged ? QColor(Qt::black) : QColor(Qt::white);
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 1px 6px; "
                          "font-weight: bold; }")
        .arg(bg.name(), fg.name());
}

} // namespace

ChannelAdvicePanel::ChannelAdvicePanel(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    m_scopeNote = new QLabel(this);
    m_scopeNote->setObjectName(QStringLiteral("scopeNote"));
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setTextFormat(Qt::PlainText);
    m_scopeNote->setVisible(false);
    outer->addWidget(m_scopeNote);
    m_layout = new QVBoxLayout;
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    outer->addLayout(m_layout);
    for (const Channel c : domain::allChannels()) {
        Card card;
        card.frame = new QFrame(this);
        card.frame->setObjectName(QStringLiteral("channelCard_") + domain::toString(c));
        card.frame->setFrameShape(QFrame::StyledPanel);
        card.title = new QLabel(channelName(c), card.frame);
        card.badge = new QLabel(card.frame);
        card.badge->setObjectName(QStringLiteral("verdict_") + domain::toString(c));
        card.reasons = new QLabel(card.frame);
        card.reasons->setObjectName(QStringLiteral("reasons_") + domain::toString(c));
        card.reasons->setWordWrap(true);
        card.reasons->setTextFormat(Qt::PlainText);
        card.badge->setWhatsThis(
            tr("<b>Recommended</b>: the best channel for this draft and client now. <b>Acceptable</b>: allowed. "
               "<b>Discouraged</b>: allowed, with a reason to think twice. <b>Blocked</b>: consent, a directive, "
               "the contact details or the content rule it out; its button is disabled."));
        card.button = new QPushButton(handoffLabel(c), card.frame);
        card.button->setObjectName(QStringLiteral("handoff_") + domain::toString(c));
        card.button->setAccessibleName(handoffLabel(c));
        connect(card.button, &QPushButton::clicked, this, [this, c] { emit handoffRequested(c); });

        auto* head = new QHBoxLayout;
        head->addWidget(card.title);
        head->addWidget(card.badge);
        head->addStretch(1);
        head->addWidget(card.button);
        auto* box = new QVBoxLayout(card.frame);
        box->setContentsMargins(8, 6, 8, 6);
        box->setSpacing(3);
        box->addLayout(head);
        box->addWidget(card.reasons);
        m_layout->addWidget(card.frame);
        m_cards.insert(static_cast<int>(c), card);
    }
    m_layout->addStretch(1);
    refresh();
}

QString ChannelAdvicePanel::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return tr("Text message");
    case Channel::Email:
        return tr("Email");
    case Channel::Phone:
        return tr("Phone call");
    case Channel::InPerson:
        return tr("In person");
    }
    return {};
}

QString ChannelAdvicePanel::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Recommended:
        return tr("Recommended");
    case Verdict::Acceptable:
        return tr("Acceptable");
    case Verdict::Discouraged:
        return tr("Discouraged");
    case Verdict::Blocked:
        return tr("Blocked");
    }
    return {};
}

QString ChannelAdvicePanel::handoffLabel(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return tr("Text");
    case Channel::Email:
        return tr("Open in mail");
    case Channel::Phone:
        return tr("Call");
    case Channel::InPerson:
        return tr("Raise at next appointment");
    }
    return {};
}

void ChannelAdvicePanel::setAdvice(const domain::Advice& advice)
{
    m_advice = advice;
    refresh();
}

void ChannelAdvicePanel::setHandoffBlocked(const QString& why)
{
    if (m_blockedWhy == why)
        return;
    m_blockedWhy = why;
    refresh();
}

QPushButton* ChannelAdvicePanel::handoffButton(Channel channel) const
{
    return m_cards.value(static_cast<int>(channel)).button;
}

QString ChannelAdvicePanel::verdictText(Channel channel) const
{
    return m_cards.value(static_cast<int>(channel)).badge->text();
}

QString ChannelAdvicePanel::reasonHelp(const QString& code)
{
    static const QHash<QString, const char*> help{
        {QStringLiteral("no-mobile-number"),
         QT_TR_NOOP("A text needs a mobile number. Add one on the client's page, or choose another channel.")},
        {QStringLiteral("not-a-mobile-number"),
         QT_TR_NOOP("The client's numbers are landlines (the type comes from the number itself): a text would "
                    "never arrive.")},
        {QStringLiteral("client-declined-channel"),
         QT_TR_NOOP("The client asked not to be contacted this way (a directive on their page). A provider must "
                    "respect such a request and need not ask why.")},
        {QStringLiteral("consent-withdrawn"),
         QT_TR_NOOP("The client withdrew consent for this channel and purpose. Nothing of this kind may be sent "
                    "until they agree again, and that is recorded as a new consent event.")},
        {QStringLiteral("consent-refused"),
         QT_TR_NOOP("The client was asked and said no. Record a new consent event if they change their mind.")},
        {QStringLiteral("no-marketing-consent"),
         QT_TR_NOOP("The draft has promotional wording (an offer, a discount, a newsletter), which needs marketing "
                    "consent for this channel whatever purpose was chosen. Remove the promotion, or record the "
                    "client's marketing consent first.")},
        {QStringLiteral("consent-granted"),
         QT_TR_NOOP("The client agreed to this channel for this purpose; the consent record says when and how.")},
        {QStringLiteral("consent-unverified"),
         QT_TR_NOOP("The consent came from an imported list: the file said yes, but nobody at the practice has "
                    "confirmed it with the client yet. Confirm it at the next contact.")},
        {QStringLiteral("client-initiated"),
         QT_TR_NOOP("The client wrote to the practice this way recently, so a reply the same way is expected.")},
        {QStringLiteral("no-sms-consent"),
         QT_TR_NOOP("There is no record that the client agreed to texts. Ask them, and record the answer on their "
                    "consent tab.")},
        {QStringLiteral("sensitive-content"),
         QT_TR_NOOP("The draft mentions something clinical or an identifier (a card, NHS or insurance number, a "
                    "date of birth). Texts are read on lock screens and shared phones and stay on the network: "
                    "say it in a call or in person.")},
        {QStringLiteral("client-accepts-risk"),
         QT_TR_NOOP("The client asked for clinical messages this way after being told the risk (a directive on "
                    "their page), so it is allowed for them.")},
        {QStringLiteral("too-long-for-sms"),
         QT_TR_NOOP("The draft needs more text segments than the practice allows (Settings): it would arrive in "
                    "pieces. Shorten it or send an email.")},
        {QStringLiteral("delicate-topic"),
         QT_TR_NOOP("The draft touches a hard subject (bad news, money owed, a complaint, ending care). Tone is "
                    "easily misread in writing: a call or a meeting is kinder.")},
        {QStringLiteral("no-email-address"), QT_TR_NOOP("The client has no email address on file.")},
        {QStringLiteral("address-on-file"), QT_TR_NOOP("The client has an email address on file.")},
        {QStringLiteral("no-phone-number"), QT_TR_NOOP("The client has no phone number on file.")},
        {QStringLiteral("no-voicemail-details"),
         QT_TR_NOOP("If the call goes to voicemail, leave only your name, your number and a request to call "
                    "back: anyone may listen to it.")},
        {QStringLiteral("no-voicemail"),
         QT_TR_NOOP("The client asked for no voicemail messages: if they do not answer, try again later.")},
        {QStringLiteral("next-appointment-soon"),
         QT_TR_NOOP("The client has an appointment soon: this can wait and be said in person.")},
        {QStringLiteral("client-prefers"), QT_TR_NOOP("The client said they prefer this channel.")},
        {QStringLiteral("long-message"), QT_TR_NOOP("A long message reads better as an email than as a text.")},
    };
    const auto it = help.constFind(code);
    return it == help.cend() ? QString() : tr(it.value());
}

QString ChannelAdvicePanel::reasonsText(Channel channel) const
{
    return m_cards.value(static_cast<int>(channel)).reasons->text();
}

QVector<Channel> ChannelAdvicePanel::order() const
{
    QVector<Channel> out;
    for (int i = 0; i < m_layout->count(); ++i) {
        QWidget* w = m_layout->itemAt(i)->widget();
        for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
            if (it->frame == w)
                out.push_back(static_cast<Channel>(it.key()));
    }
    return out;
}

void ChannelAdvicePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void ChannelAdvicePanel::styleCard(Card& card, const domain::ChannelAdvice* advice, bool best)
{
    const QString badge = advice ? verdictName(advice->verdict) : QString();
    if (card.badge->text() != badge) {
        card.badge->setText(badge);
        card.badge->setStyleSheet(advice ? badgeStyle(advice->verdict) : QString());
    }
    card.badge->setVisible(advice != nullptr);

    QStringList lines;
    if (advice)
        for (const auto& r : advice->reasons)
            lines << QStringLiteral("\u2022 ") + r.text;
    const QString reasons = lines.join(QLatin1Char('\n'));
    if (card.reasons->text() != reasons) {
        card.reasons->setText(reasons);
        QStringList help;
        if (advice)
            for (const auto& r : advice->reasons)
                if (const QString h = reasonHelp(r.code); !h.isEmpty())
                    help << QStringLiteral("<li><b>%1</b><br>%2</li>").arg(r.text.toHtmlEscaped(), h);
        card.reasons->setWhatsThis(help.isEmpty() ? QString()
                                                  : QStringLiteral("<ul>%1</ul>").arg(help.join(QString())));
    }
    card.reasons->setVisible(!reasons.isEmpty());

    QFont f = card.title->font();
    f.setBold(best);
    card.title->setFont(f);
    const QString frameStyle = best ? QStringLiteral("QFrame#%1 { border: 2px solid %2; border-radius: 6px; }")
                                          .arg(card.frame->objectName(), palette().color(QPalette::Highlight).name())
                                    : QString();
    if (card.frame->styleSheet() != frameStyle)
        card.frame->setStyleSheet(frameStyle);

    const bool blocked = !advice || advice->verdict == Verdict::Blocked;
    QString tip;
    if (!m_blockedWhy.isEmpty())
        tip = m_blockedWhy;
    else if (blocked && advice) {
        QStringList why;
        for (const auto& r : advice->reasons)
            why << r.text;
        tip = tr("Blocked: %1").arg(why.join(QStringLiteral("; ")));
    }
    card.button->setEnabled(m_blockedWhy.isEmpty() && !blocked);
    card.button->setToolTip(tip);
}

QString ChannelAdvicePanel::scopeNote() const
{
    return m_scopeNote->isVisibleTo(this) ? m_scopeNote->text() : QString();
}

void ChannelAdvicePanel::refresh()
{
    // Step 2: promotional wording asks for marketing consent whatever purpose was chosen; say so,
    // or the blocked channels look like a fault of the purpose picker.
    const bool raised = !m_advice.channels.isEmpty() && m_advice.scopeRaisedByContent();
    if (raised)
        m_scopeNote->setText(tr("This reads as an offer or news (promotional wording is highlighted), so it needs the "
                                "client's consent to marketing on each channel, whatever purpose is chosen."));
    m_scopeNote->setVisible(raised);

    // Output order from the advisor (recommended, acceptable, discouraged, blocked); channels it
    // did not mention (no advice yet) go last in their usual order.
    QVector<Channel> wanted;
    for (const auto& a : m_advice.channels)
        wanted.push_back(a.channel);
    for (const Channel c : domain::allChannels())
        if (!wanted.contains(c))
            wanted.push_back(c);

    for (int i = 0; i < wanted.size(); ++i) {
        Card& card = m_cards[static_cast<int>(wanted[i])];
        if (m_layout->indexOf(card.frame) != i) {
            m_layout->removeWidget(card.frame);
            m_layout->insertWidget(i, card.frame);
        }
        const domain::ChannelAdvice* a = m_advice.find(wanted[i]);
        styleCard(card, a, a && !m_advice.channels.isEmpty() && wanted[i] == m_advice.best);
    }
}

} // namespace rapport::ui
