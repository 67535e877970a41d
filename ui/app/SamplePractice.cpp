// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SamplePractice.h"

#include "app/AppContext.h"
#include "services/QueueService.h"

#include <QCoreApplication>

namespace rapport::ui {

using domain::Channel;
using domain::ConsentState;
using domain::Direction;
using domain::Scope;

namespace {
struct SampleConsent {
    Channel channel;
    Scope scope;
    ConsentState state;
    const char* method;
    int daysAgo;
    const char* note;
};
struct SampleLog {
    Direction direction;
    Channel channel;
    int daysAgo;
    const char* text;
};
struct SampleClient {
    const char* name;
    const char* preferred;
    const char* mobile;
    const char* phone;
    const char* email;
    int appointmentInDays; ///< 0: none
    const char* notes;
    QVector<SampleConsent> consents;
    QVector<SampleLog> logs;
    QVector<domain::Directive> directives;
    const char* prefers;
};
} // namespace

domain::Result<int> SamplePractice::load(AppContext& context)
{
    const QDateTime now = context.now();
    const QVector<SampleClient> clients{
        {"Ana Silva",
         "",
         "+447400123101",
         "",
         "ana.silva@example.org",
         2,
         "Prefers morning appointments",
         {{Channel::Sms, Scope::Service, ConsentState::Granted, "written", 120, "Intake form, texts about bookings"},
          {Channel::Email, Scope::Marketing, ConsentState::Granted, "online-form", 90, "Newsletter sign-up"}},
         {{Direction::Inbound, Channel::Sms, 3, "Can we move Thursday to 10?"},
          {Direction::Outbound, Channel::Sms, 3, "Thursday 10:00 is booked. See you then!"}},
         {},
         "sms,email"},
        {"Benedict Okafor",
         "Ben",
         "+447400123102",
         "+442071234102",
         "ben.okafor@example.org",
         6,
         "",
         {{Channel::Sms, Scope::Service, ConsentState::Granted, "verbal", 200, "Agreed at first visit"}},
         {{Direction::Inbound, Channel::Sms, 20, "STOP"},
          {Direction::Inbound, Channel::Phone, 19, "Called: prefers a call for reminders"}},
         {domain::Directive::NoSms},
         "phone"},
        {"Chloé Dubois",
         "",
         "+447400123103",
         "",
         "chloe.dubois@example.org",
         0,
         "Uses the side entrance",
         {{Channel::Email, Scope::Service, ConsentState::Imported, "imported", 60, "clinic-export.csv, Email Opt-In"},
          {Channel::Sms, Scope::Service, ConsentState::Imported, "imported", 60, "clinic-export.csv, SMS Opt-In"}},
         {{Direction::Inbound, Channel::Email, 12, "My lower back pain is worse since the last session."}},
         {},
         "email"},
        {"Dev Patel",
         "",
         "+447400123104",
         "",
         "",
         13,
         "",
         {{Channel::Sms, Scope::Service, ConsentState::Granted, "written", 45, "Signed consent form v2"},
          {Channel::Phone, Scope::Service, ConsentState::Granted, "verbal", 45, "Happy to be called"}},
         {{Direction::Inbound, Channel::Sms, 5, "can I cancel tuesday?"}},
         {domain::Directive::NoVoicemail},
         "sms,phone"},
        {"Elif Yilmaz",
         "",
         "",
         "+442071234105",
         "elif.yilmaz@example.org",
         0,
         "",
         {{Channel::Email, Scope::Service, ConsentState::Granted, "email", 30, "Replied yes to the consent email"},
          {Channel::Email, Scope::Marketing, ConsentState::Refused, "email", 30, "No newsletters, thanks"}},
         {{Direction::Outbound, Channel::Email, 30, "Would you like appointment reminders by email?"}},
         {},
         "email"},
        {"Finn Murphy",
         "",
         "+447400123106",
         "",
         "finn.murphy@example.org",
         1,
         "",
         {},
         {{Direction::Inbound, Channel::Sms, 2, "Hi, this is Finn, running 5 min late"}},
         {},
         ""},
        {"Grace Kowalski",
         "Gosia",
         "+447400123107",
         "",
         "grace.k@example.org",
         20,
         "",
         {{Channel::Sms, Scope::Service, ConsentState::Granted, "online-form", 10, "Booking site consent"},
          {Channel::Sms, Scope::Marketing, ConsentState::Granted, "online-form", 10, "Ticked offers box"}},
         {},
         {domain::Directive::ClinicalByTextOk},
         "sms"},
        {"Hamid Haddad",
         "",
         "+447400123108",
         "",
         "",
         0,
         "Archived sample: moved away",
         {{Channel::Sms, Scope::Service, ConsentState::Granted, "verbal", 400, ""}},
         {},
         {},
         ""},
    };
    int added = 0;
    QVector<qint64> ids;
    const QString by = context.currentUser();
    for (const auto& s : clients) {
        services::ClientChanges ch;
        ch.name = QString::fromUtf8(s.name);
        ch.preferredName = QString::fromUtf8(s.preferred);
        ch.mobiles = *s.mobile ? QStringList{QString::fromLatin1(s.mobile)} : QStringList{};
        ch.phones = *s.phone ? QStringList{QString::fromLatin1(s.phone)} : QStringList{};
        ch.emails = *s.email ? QStringList{QString::fromLatin1(s.email)} : QStringList{};
        ch.notes = QString::fromUtf8(s.notes);
        if (*s.prefers)
            ch.prefers = QString::fromLatin1(s.prefers).split(QLatin1Char(','));
        if (s.appointmentInDays > 0) {
            const QDateTime local = now.toTimeZone(context.practiceZone()).addDays(s.appointmentInDays);
            ch.nextAppointment =
                QDateTime(local.date(), QTime(10 + s.appointmentInDays % 6, 0), context.practiceZone()).toUTC();
        }
        auto id = context.clients().add(ch);
        if (!id)
            return id.error();
        for (const auto& c : s.consents) {
            services::ConsentRequest r;
            r.clientId = id.value();
            r.channel = c.channel;
            r.scope = c.scope;
            r.state = c.state;
            r.method = QString::fromLatin1(c.method);
            r.effectiveAt = now.addDays(-c.daysAgo);
            r.note = QString::fromUtf8(c.note);
            r.by = by;
            if (auto ev = context.consents().record(r); !ev)
                return ev.error();
        }
        for (const auto& l : s.logs) {
            services::LogRequest r;
            r.clientId = id.value();
            r.direction = l.direction;
            r.channel = l.channel;
            r.at = now.addDays(-l.daysAgo);
            r.text = QString::fromUtf8(l.text);
            r.by = by;
            if (auto out = context.contacts().log(r); !out)
                return out.error();
        }
        for (auto d : s.directives)
            if (auto e = context.clients().setDirective(id.value(), d, true, by))
                return *e;
        ids.push_back(id.value());
        if (QString::fromUtf8(s.notes).startsWith(QLatin1String("Archived")))
            if (auto e = context.clients().archive(id.value(), true))
                return *e;
        ++added;
    }
    if (auto e = addHistory(context, ids))
        return *e;
    return added;
}

domain::Result<int> SamplePractice::setUp(AppContext& context)
{
    domain::PracticeSettings settings = context.practice();
    settings.practiceName = QCoreApplication::translate("SamplePractice", "Harbour Street Physio (sample)");
    settings.practitioner = QStringLiteral("Sam Taylor");
    settings.businessPhone = QStringLiteral("+442071234000");
    settings.country = QStringLiteral("GB");
    settings.timeZone = QStringLiteral("Europe/London");
    if (auto e = context.savePractice(settings))
        return *e;
    return load(context);
}

domain::Status SamplePractice::addHistory(AppContext& context, const QVector<qint64>& ids)
{
    if (ids.size() < 6)
        return std::nullopt;
    const QDateTime now = context.now();
    const QTimeZone zone = context.practiceZone();
    const auto at = [&](int days, int hour) {
        return QDateTime(now.toTimeZone(zone).date().addDays(days), QTime(hour, 0), zone).toUTC();
    };
    // Last week: Ana came, Dev did not.
    for (const auto& [index, attended] : {std::pair{0, true}, std::pair{3, false}}) {
        services::AppointmentChanges past;
        past.start = at(-7 + index, 11);
        past.minutes = 45;
        past.service = QStringLiteral("Sports massage");
        auto a = context.appointments().add(ids.at(index), past);
        if (!a)
            return a.error();
        auto marked = attended ? context.appointments().markAttended(a->id) : context.appointments().markNoShow(a->id);
        if (!marked)
            return marked.error();
    }
    // Two messages written now to be handed off later.
    services::QueueService queue(context.database(), context.clock());
    const struct {
        int client;
        domain::Channel channel;
        int days;
        int hour;
        const char* text;
    } scheduled[] = {
        {0, domain::Channel::Sms, 1, 9,
         "Hi Ana, a reminder of your appointment on Thursday at 10:00. Reply if you need to change it."},
        {4, domain::Channel::Email, 3, 10,
         "Dear Elif, the clinic is closed on Friday for training; your booking the week after is unchanged."},
    };
    for (const auto& m : scheduled)
        if (auto q = queue.schedule(ids.at(m.client), m.channel, QString::fromUtf8(m.text), at(m.days, m.hour)); !q)
            return q.error();
    return std::nullopt;
}

} // namespace rapport::ui
