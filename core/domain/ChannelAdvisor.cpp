// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ChannelAdvisor.h"

#include "domain/ConsentLedger.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <functional>

namespace rapport::domain {

namespace {

Reason reason(const char* code, Channel channel)
{
    const QString c = QString::fromLatin1(code);
    return {c, ChannelAdvisor::reasonText(c, channel)};
}

/// One channel while it is being judged.
struct Judged {
    Channel channel = Channel::Sms;
    bool blocked = false;
    bool discouraged = false;
    QVector<Reason> reasons;
    void block(const char* code)
    {
        blocked = true;
        note(code);
    }
    void discourage(const char* code)
    {
        discouraged = true;
        note(code);
    }
    void note(const char* code) { reasons.push_back(reason(code, channel)); }
    bool has(const char* code) const
    {
        return std::any_of(reasons.begin(), reasons.end(),
                           [code](const Reason& r) { return r.code == QLatin1String(code); });
    }
    bool allowed() const { return !blocked && !discouraged; }
};

struct Case {
    Scope scope = Scope::Service;
    bool sensitive = false;
    bool delicate = false;
    bool appointmentSoon = false;
    bool tooLong = false;
};

/// Step 2, the consent rows shared by every consent channel: withdrawn, refused, marketing.
void judgeConsentBlocks(Judged& j, const std::optional<ConsentState>& state, Scope scope)
{
    if (state == ConsentState::Withdrawn)
        j.block("consent-withdrawn");
    if (state == ConsentState::Refused)
        j.block("consent-refused");
    if (scope == Scope::Marketing && state != ConsentState::Granted)
        j.block("no-marketing-consent");
}

bool inboundTextWithinWindow(const AdviceInput& in)
{
    const QDateTime at = in.at.toUTC();
    const QDateTime from = at.addDays(-in.settings.conversationWindowDays);
    return std::any_of(in.contacts.begin(), in.contacts.end(), [&](const ContactLogEntry& e) {
        return e.direction == Direction::Inbound && e.channel == Channel::Sms && e.at.toUTC() >= from &&
               e.at.toUTC() <= at;
    });
}

Judged judgeSms(const AdviceInput& in, const Case& k)
{
    Judged j{Channel::Sms, false, false, {}};
    const auto phones = in.client.phones();
    if (phones.isEmpty())
        j.block("no-mobile-number");
    else if (std::none_of(phones.begin(), phones.end(), [](const ContactPoint& p) { return takesTexts(p.numberType); }))
        j.block("not-a-mobile-number");
    if (in.client.hasDirective(Directive::NoSms))
        j.block("client-declined-channel");
    const auto state = ConsentLedger::currentState(in.consents, Channel::Sms, k.scope, in.at);
    judgeConsentBlocks(j, state, k.scope);
    if (k.scope == Scope::Service) {
        if (state == ConsentState::Granted)
            j.note("consent-granted");
        else if (state == ConsentState::Imported)
            j.note("consent-unverified");
        else if (!state && inboundTextWithinWindow(in))
            j.note("client-initiated");
        else if (!state)
            j.block("no-sms-consent");
    }
    if (k.sensitive) {
        if (in.client.hasDirective(Directive::ClinicalByTextOk))
            j.discourage("client-accepts-risk");
        else
            j.block("sensitive-content");
    }
    if (k.tooLong)
        j.discourage("too-long-for-sms");
    if (k.delicate)
        j.discourage("delicate-topic");
    return j;
}

Judged judgeEmail(const AdviceInput& in, const Case& k)
{
    Judged j{Channel::Email, false, false, {}};
    const bool hasAddress = !in.client.emails().isEmpty();
    if (!hasAddress)
        j.block("no-email-address");
    if (in.client.hasDirective(Directive::NoEmail))
        j.block("client-declined-channel");
    const auto state = ConsentLedger::currentState(in.consents, Channel::Email, k.scope, in.at);
    judgeConsentBlocks(j, state, k.scope);
    if (k.scope == Scope::Service && hasAddress && state != ConsentState::Withdrawn && state != ConsentState::Refused)
        j.note("address-on-file");
    if (k.sensitive) {
        if (in.client.hasDirective(Directive::ClinicalByEmailOk))
            j.note("client-accepts-risk");
        else
            j.discourage("sensitive-content");
    }
    if (k.delicate)
        j.discourage("delicate-topic");
    return j;
}

Judged judgePhone(const AdviceInput& in, const Case& k)
{
    Judged j{Channel::Phone, false, false, {}};
    if (in.client.phones().isEmpty())
        j.block("no-phone-number");
    if (in.client.hasDirective(Directive::NoPhone))
        j.block("client-declined-channel");
    judgeConsentBlocks(j, ConsentLedger::currentState(in.consents, Channel::Phone, k.scope, in.at), k.scope);
    if (k.sensitive)
        j.note("no-voicemail-details");
    if (in.client.hasDirective(Directive::NoVoicemail))
        j.note("no-voicemail");
    return j;
}

Judged judgeInPerson(const Case& k)
{
    Judged j{Channel::InPerson, false, false, {}};
    if (k.sensitive && k.appointmentSoon)
        j.note("next-appointment-soon");
    return j;
}

/// Step 3's ladder for the case, first match wins.
QVector<Channel> ladder(const Case& k, Purpose purpose)
{
    using C = Channel;
    if (k.sensitive && k.appointmentSoon)
        return {C::InPerson, C::Phone, C::Email, C::Sms};
    if (k.sensitive || k.delicate)
        return {C::Phone, C::InPerson, C::Email, C::Sms};
    // An offer is a marketing case for the ladder too, whatever purpose was chosen (step 2 raised
    // its scope): email first, the least intrusive way to tell a client about an offer.
    if (k.scope == Scope::Marketing)
        return {C::Email, C::Sms, C::Phone, C::InPerson};
    switch (purpose) {
    case Purpose::Marketing:
        return {C::Email, C::Sms, C::Phone, C::InPerson};
    case Purpose::Scheduling:
        return {C::Sms, C::Email, C::Phone, C::InPerson};
    case Purpose::Admin:
    case Purpose::General:
    case Purpose::Clinical: // clinical is always sensitive; kept for completeness
        break;
    }
    return {C::Email, C::Sms, C::Phone, C::InPerson};
}

// ---- Step 4: timing -------------------------------------------------------------------------

QTimeZone zoneOr(const QString& id, const QTimeZone& fallback)
{
    if (id.isEmpty())
        return fallback;
    QTimeZone z(id.toUtf8());
    return z.isValid() ? z : fallback;
}

int minuteOfDay(const QDateTime& naiveLocal)
{
    return naiveLocal.time().hour() * 60 + naiveLocal.time().minute();
}

/// Local wall time as a UTC-spec value, so that arithmetic on it is free of the zone's rules.
QDateTime naiveLocal(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.addSecs(zone.offsetFromUtc(utc));
}

/// A timing check: whether it fires at an instant and, when it does, the next local wall time at
/// which it may stop firing (nullopt: never).
struct Check {
    const char* code;
    QTimeZone zone;
    std::function<bool(const QDateTime& naive)> fires;
    std::function<std::optional<QDateTime>(const QDateTime& naive)> nextChange;
};

std::optional<QDateTime> nextOpen(const WeeklyHours& hours, const QDateTime& naive)
{
    const int minute = minuteOfDay(naive);
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate date = naive.date().addDays(offset);
        std::optional<int> first; // intervals need not be sorted when set by hand
        for (const auto& i : hours.day(date.dayOfWeek()))
            if ((offset > 0 || i.start > minute) && (!first || i.start < *first))
                first = i.start;
        if (first)
            return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(*first) * 60);
    }
    return std::nullopt;
}

/// The first instant (UTC) at or after `from` at which no check fires, searching up to `until`.
std::optional<QDateTime> firstClear(const QVector<Check>& checks, const QDateTime& from, const QDateTime& until)
{
    QDateTime t = from;
    while (t <= until) {
        QDateTime next = t;
        bool anyFires = false;
        for (const auto& c : checks) {
            const QDateTime naive = naiveLocal(t, c.zone);
            if (!c.fires(naive))
                continue;
            anyFires = true;
            const auto change = c.nextChange(naive);
            if (!change)
                return std::nullopt;
            // The offset holds until the zone's next transition; stop there and look again.
            QDateTime candidate = change->addSecs(-c.zone.offsetFromUtc(t));
            candidate.setTimeSpec(Qt::UTC);
            const auto transition = c.zone.nextTransition(t);
            if (transition.atUtc.isValid() && transition.atUtc < candidate)
                candidate = transition.atUtc;
            if (candidate <= t) // cannot happen with sane zones; never loop in place
                candidate = t.addSecs(60);
            next = std::max(next, candidate);
        }
        if (!anyFires)
            return t;
        t = next;
    }
    return std::nullopt;
}

QString dayAndTime(const QDateTime& naive)
{
    return QLocale::c().dayName(naive.date().dayOfWeek(), QLocale::LongFormat) + QLatin1Char(' ') +
           naive.time().toString(QStringLiteral("HH:mm"));
}

Timing judgeTiming(const AdviceInput& in, Channel best)
{
    Timing timing;
    if (best == Channel::InPerson || !in.at.isValid())
        return timing;
    const PracticeSettings& s = in.settings;
    const QTimeZone practiceZone = zoneOr(s.timeZone, QTimeZone::utc());
    const QTimeZone clientZone = zoneOr(in.client.timeZone, practiceZone);
    const QuietHours quiet = in.client.quietHours.value_or(s.quietHours);

    QVector<Check> checks;
    checks.push_back({"outside-practice-hours", practiceZone,
                      [&s](const QDateTime& n) { return !s.hours.isOpen(n.date().dayOfWeek(), minuteOfDay(n)); },
                      [&s](const QDateTime& n) { return nextOpen(s.hours, n); }});
    const auto offRange = [&s](const QDate& d) -> const DateRange* {
        const DateRange* found = nullptr;
        for (const auto& r : s.timeOff)
            if (r.contains(d) && (!found || r.to > found->to))
                found = &r;
        return found;
    };
    checks.push_back({"time-off", practiceZone,
                      [offRange](const QDateTime& n) { return offRange(n.date()) != nullptr; },
                      [offRange](const QDateTime& n) -> std::optional<QDateTime> {
                          const DateRange* r = offRange(n.date());
                          return QDateTime(r->to.addDays(1), QTime(0, 0), Qt::UTC);
                      }});
    if (best == Channel::Sms || best == Channel::Phone) {
        checks.push_back({"client-quiet-hours", clientZone,
                          [quiet](const QDateTime& n) { return quiet.contains(minuteOfDay(n)); },
                          [quiet](const QDateTime& n) -> std::optional<QDateTime> {
                              const QDateTime midnight(n.date(), QTime(0, 0), Qt::UTC);
                              const int minute = minuteOfDay(n);
                              const int days = quiet.endMinute > minute ? 0 : 1;
                              return midnight.addDays(days).addSecs(qint64(quiet.endMinute) * 60);
                          }});
    }

    const QDateTime at = in.at.toUTC();
    for (const auto& c : checks) {
        const QDateTime naive = naiveLocal(at, c.zone);
        if (!c.fires(naive))
            continue;
        const QString code = QString::fromLatin1(c.code);
        QString text;
        if (code == QLatin1String("outside-practice-hours"))
            text = QCoreApplication::translate("ChannelAdvisor", "It is %1 where you work: outside your hours (%2).")
                       .arg(dayAndTime(naive), s.hours.isEmpty()
                                                   ? QCoreApplication::translate("ChannelAdvisor", "no hours set")
                                                   : s.hours.toString());
        else if (code == QLatin1String("time-off"))
            text = QCoreApplication::translate("ChannelAdvisor", "%1 is in your time off.")
                       .arg(QLocale::c().toString(naive.date(), QLocale::LongFormat));
        else
            text =
                QCoreApplication::translate("ChannelAdvisor", "It is %1 for the client: inside their quiet hours (%2).")
                    .arg(dayAndTime(naive), quiet.toString());
        timing.reasons.push_back({code, text});
    }
    if (timing.reasons.isEmpty())
        return timing;
    timing.sendNow = false;
    timing.nextOk = firstClear(checks, at, at.addDays(ChannelAdvisor::kSearchDays));
    if (!timing.nextOk)
        timing.reasons.push_back(
            {QStringLiteral("no-send-time"),
             QCoreApplication::translate("ChannelAdvisor",
                                         "No time in the next year is inside your hours, outside your time off and "
                                         "outside the client's quiet hours: check your settings.")});
    return timing;
}

} // namespace

Advice ChannelAdvisor::advise(const AdviceInput& in)
{
    Advice advice;
    const Analysis& a = in.analysis;
    advice.purpose = in.chosenPurpose.value_or(a.purpose);
    advice.purposeChosen = in.chosenPurpose.has_value();
    advice.sensitive = advice.purpose == Purpose::Clinical || a.has(Category::Clinical) || a.has(Category::Identifier);
    advice.delicate = a.delicate || a.has(Category::Delicate);

    Case k;
    // Step 2: a chosen purpose can raise the scope, never lower it: promotional wording needs
    // marketing consent whatever purpose was picked.
    advice.promotional = a.has(Category::Promotional);
    advice.scope = advice.purpose == Purpose::Marketing || advice.promotional ? Scope::Marketing : Scope::Service;
    k.scope = advice.scope;
    k.sensitive = advice.sensitive;
    k.delicate = advice.delicate;
    k.tooLong = a.sms.segments > in.settings.smsMaxSegments;
    if (in.client.nextAppointment && in.at.isValid()) {
        const qint64 until = in.at.toUTC().secsTo(in.client.nextAppointment->toUTC());
        k.appointmentSoon = until >= 0 && until <= qint64(in.settings.inPersonHorizonDays) * 24 * 3600;
    }

    QVector<Judged> judged{judgeSms(in, k), judgeEmail(in, k), judgePhone(in, k), judgeInPerson(k)};
    const auto at = [&judged](Channel c) -> Judged& {
        return *std::find_if(judged.begin(), judged.end(), [c](const Judged& j) { return j.channel == c; });
    };

    QVector<Channel> order = ladder(k, advice.purpose);

    // 3.1 client preference.
    for (Channel preferred : in.client.preferences) {
        Judged& j = at(preferred);
        if (!j.allowed())
            continue;
        if ((k.sensitive || k.delicate) && preferred != Channel::Phone && preferred != Channel::InPerson &&
            !j.has("client-accepts-risk"))
            continue;
        j.note("client-prefers");
        order.removeAll(preferred);
        order.prepend(preferred);
        break;
    }

    // 3.2 a too-long text goes below email.
    if (k.tooLong) {
        if (!at(Channel::Email).blocked) // a blocked email is no better home for a long message
            at(Channel::Email).note("long-message");
        const int sms = order.indexOf(Channel::Sms);
        const int email = order.indexOf(Channel::Email);
        if (sms < email) {
            order.removeAt(sms);
            order.insert(order.indexOf(Channel::Email) + 1, Channel::Sms);
        }
    }

    // 3.3 and 3.4 verdicts and output order.
    bool recommended = false;
    QVector<ChannelAdvice> allowed, discouraged, blocked;
    for (Channel c : order) {
        const Judged& j = at(c);
        if (j.blocked) {
            blocked.push_back({c, Verdict::Blocked, j.reasons});
        } else if (j.discouraged) {
            discouraged.push_back({c, Verdict::Discouraged, j.reasons});
        } else {
            allowed.push_back({c, recommended ? Verdict::Acceptable : Verdict::Recommended, j.reasons});
            if (!recommended)
                advice.best = c;
            recommended = true;
        }
    }
    advice.channels = allowed + discouraged + blocked;
    advice.timing = judgeTiming(in, advice.best);
    return advice;
}

QString ChannelAdvisor::reasonText(const QString& code, Channel channel)
{
    const bool sms = channel == Channel::Sms;
    const bool email = channel == Channel::Email;
    const auto pick = [&](const char* forSms, const char* forEmail, const char* forPhone) {
        return QCoreApplication::translate("ChannelAdvisor", sms ? forSms : (email ? forEmail : forPhone));
    };
    if (code == QLatin1String("no-mobile-number"))
        return QCoreApplication::translate("ChannelAdvisor", "There is no phone number on file to text.");
    if (code == QLatin1String("not-a-mobile-number"))
        return QCoreApplication::translate("ChannelAdvisor",
                                           "None of the client's numbers is a mobile: a landline cannot take texts.");
    if (code == QLatin1String("client-declined-channel"))
        return pick(QT_TRANSLATE_NOOP("ChannelAdvisor", "The client asked not to be texted."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client asked not to be emailed."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client asked not to be phoned."));
    if (code == QLatin1String("consent-withdrawn"))
        return pick(QT_TRANSLATE_NOOP("ChannelAdvisor", "The client withdrew consent to texts."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client withdrew consent to emails."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client withdrew consent to calls."));
    if (code == QLatin1String("consent-refused"))
        return pick(QT_TRANSLATE_NOOP("ChannelAdvisor", "The client refused texts."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client refused emails."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client refused calls."));
    if (code == QLatin1String("no-marketing-consent"))
        return pick(QT_TRANSLATE_NOOP("ChannelAdvisor", "The client has not agreed to offers or news by text."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client has not agreed to offers or news by email."),
                    QT_TRANSLATE_NOOP("ChannelAdvisor", "The client has not agreed to offers or news by phone."));
    if (code == QLatin1String("consent-granted"))
        return QCoreApplication::translate("ChannelAdvisor", "The client agreed to texts.");
    if (code == QLatin1String("consent-unverified"))
        return QCoreApplication::translate(
            "ChannelAdvisor",
            "Texts were allowed in another system, with no record of how: confirm it with the client.");
    if (code == QLatin1String("client-initiated"))
        return QCoreApplication::translate("ChannelAdvisor",
                                           "The client texted you recently, so a reply by text is fine.");
    if (code == QLatin1String("no-sms-consent"))
        return QCoreApplication::translate("ChannelAdvisor", "The client has not agreed to texts.");
    if (code == QLatin1String("sensitive-content"))
        return sms ? QCoreApplication::translate("ChannelAdvisor",
                                                 "This message mentions the client's health or treatment: not by text.")
                   : QCoreApplication::translate(
                         "ChannelAdvisor",
                         "This message mentions the client's health or treatment: email is not private enough.");
    if (code == QLatin1String("client-accepts-risk"))
        return sms ? QCoreApplication::translate("ChannelAdvisor",
                                                 "The client was told the risk and still wants health matters by text.")
                   : QCoreApplication::translate(
                         "ChannelAdvisor", "The client was told the risk and still wants health matters by email.");
    if (code == QLatin1String("too-long-for-sms"))
        return QCoreApplication::translate("ChannelAdvisor", "This message is too long for a text.");
    if (code == QLatin1String("delicate-topic"))
        return QCoreApplication::translate("ChannelAdvisor",
                                           "This is a delicate matter: a call or a word in person is kinder.");
    if (code == QLatin1String("no-email-address"))
        return QCoreApplication::translate("ChannelAdvisor", "There is no email address on file.");
    if (code == QLatin1String("address-on-file"))
        return QCoreApplication::translate("ChannelAdvisor", "The client gave you this email address.");
    if (code == QLatin1String("no-phone-number"))
        return QCoreApplication::translate("ChannelAdvisor", "There is no phone number on file.");
    if (code == QLatin1String("no-voicemail-details"))
        return QCoreApplication::translate("ChannelAdvisor",
                                           "If you reach voicemail, leave only your name and number, no details.");
    if (code == QLatin1String("no-voicemail"))
        return QCoreApplication::translate("ChannelAdvisor",
                                           "The client asked for no voicemail: if they do not answer, hang up.");
    if (code == QLatin1String("next-appointment-soon"))
        return QCoreApplication::translate("ChannelAdvisor", "The client's next appointment is soon: raise it then.");
    if (code == QLatin1String("client-prefers"))
        return QCoreApplication::translate("ChannelAdvisor", "The client prefers this way.");
    if (code == QLatin1String("long-message"))
        return QCoreApplication::translate("ChannelAdvisor",
                                           "This message is long: email suits it better than a text.");
    return code;
}

} // namespace rapport::domain
