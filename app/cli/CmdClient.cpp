// SPDX-License-Identifier: GPL-3.0-or-later
// client add | set | directive | list | show | archive | erase
#include "CliTime.h"
#include "Command.h"
#include "domain/ConsentLedger.h"
#include "services/ClientService.h"
#include "services/PhoneNumbers.h"
#include "services/PracticeFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace rapport::cli {

using namespace rapport::domain;
using services::ClientChanges;
using services::ClientService;

namespace {

const QVector<Args::Spec> kClientFieldSpecs{
    {QStringLiteral("name"), true, false},
    {QStringLiteral("preferred-name"), true, false},
    {QStringLiteral("mobile"), true, true},
    {QStringLiteral("phone"), true, true},
    {QStringLiteral("email"), true, true},
    {QStringLiteral("tz"), true, false},
    {QStringLiteral("quiet-hours"), true, false},
    {QStringLiteral("prefers"), true, false},
    {QStringLiteral("next-appointment"), true, false},
    {QStringLiteral("note"), true, false},
};

template <typename T> T check(Result<T> r)
{
    if (!r)
        failNamingOption(r.error());
    return std::move(r).value();
}

void check(const Status& s)
{
    if (s)
        failNamingOption(*s);
}

ClientChanges changesFrom(Context& ctx, const Args& a)
{
    ClientChanges c;
    if (auto v = a.value(QStringLiteral("name")))
        c.name = *v;
    if (auto v = a.value(QStringLiteral("preferred-name")))
        c.preferredName = *v;
    if (a.has(QStringLiteral("mobile")))
        c.mobiles = a.values(QStringLiteral("mobile"));
    if (a.has(QStringLiteral("phone")))
        c.phones = a.values(QStringLiteral("phone"));
    if (a.has(QStringLiteral("email")))
        c.emails = a.values(QStringLiteral("email"));
    if (auto v = a.value(QStringLiteral("tz")))
        c.timeZone = *v;
    if (auto v = a.value(QStringLiteral("quiet-hours")))
        c.quietHours = *v;
    if (auto v = a.value(QStringLiteral("prefers")))
        c.prefers = v->isEmpty() ? QStringList() : v->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto v = a.value(QStringLiteral("note")))
        c.notes = *v;
    if (auto v = a.value(QStringLiteral("next-appointment"))) {
        if (v->isEmpty()) {
            c.nextAppointment = QDateTime();
        } else {
            const auto at = parseTime(*v, practiceZone(ctx));
            if (!at)
                throw Failure{kExitInvalid,
                              QStringLiteral("--next-appointment: '%1' is not a time like 2026-12-01T11:00").arg(*v)};
            c.nextAppointment = *at;
        }
    }
    return c;
}

QString contactKind(const ContactPoint& c)
{
    return c.kind == ContactPoint::Kind::Email ? QStringLiteral("email") : QStringLiteral("phone");
}

QJsonObject clientJson(Context& ctx, const Client& c, bool withConsent)
{
    const QTimeZone zone = practiceZone(ctx);
    QJsonArray contacts;
    for (const auto& p : c.contacts) {
        QJsonObject o{{QStringLiteral("kind"), contactKind(p)},
                      {QStringLiteral("value"), p.value},
                      {QStringLiteral("label"), p.label}};
        if (p.kind == ContactPoint::Kind::Phone)
            o.insert(QStringLiteral("number_type"), toString(p.numberType));
        contacts.append(o);
    }
    QJsonArray directives;
    for (const auto& d : c.directives) {
        directives.append(QJsonObject{{QStringLiteral("directive"), toString(d.directive)},
                                      {QStringLiteral("set_at"), formatTime(d.setAt, zone)},
                                      {QStringLiteral("set_by"), d.setBy}});
    }
    QJsonArray prefs;
    for (const auto ch : c.preferences)
        prefs.append(toString(ch));
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("preferred_name"), c.preferredName},
                  {QStringLiteral("contacts"), contacts},
                  {QStringLiteral("time_zone"), c.timeZone},
                  {QStringLiteral("quiet_hours"), c.quietHours ? QJsonValue(c.quietHours->toString()) : QJsonValue()},
                  {QStringLiteral("preferences"), prefs},
                  {QStringLiteral("next_appointment"),
                   c.nextAppointment ? QJsonValue(formatTime(*c.nextAppointment, zone)) : QJsonValue()},
                  {QStringLiteral("notes"), c.notes},
                  {QStringLiteral("directives"), directives},
                  {QStringLiteral("archived"), c.archived},
                  {QStringLiteral("erased"), c.erased}};
    if (withConsent)
        o.insert(QStringLiteral("consent"), consentStatesJson(ctx, c.id));
    return o;
}

void printClientText(Context& ctx, const Client& c)
{
    const QTimeZone zone = practiceZone(ctx);
    QTextStream& out = ctx.out;
    out << "Client " << c.id << ": " << (c.erased ? QStringLiteral("(erased)") : c.name);
    if (!c.preferredName.isEmpty())
        out << " (" << c.preferredName << ")";
    if (c.archived)
        out << " [archived]";
    out << '\n';
    for (const auto& p : c.contacts) {
        out << "  " << contactKind(p).leftJustified(6, QLatin1Char(' ')) << p.value;
        if (!p.label.isEmpty())
            out << "  " << p.label;
        if (p.kind == ContactPoint::Kind::Phone)
            out << "  (" << toString(p.numberType) << ")";
        out << '\n';
    }
    if (!c.timeZone.isEmpty())
        out << "  time zone: " << c.timeZone << '\n';
    if (c.quietHours)
        out << "  quiet hours: " << c.quietHours->toString() << '\n';
    if (!c.preferences.isEmpty()) {
        QStringList p;
        for (const auto ch : c.preferences)
            p << toString(ch);
        out << "  prefers: " << p.join(QStringLiteral(", ")) << '\n';
    }
    if (c.nextAppointment)
        out << "  next appointment: " << formatTime(*c.nextAppointment, zone) << '\n';
    for (const auto& d : c.directives)
        out << "  directive: " << toString(d.directive) << " (set " << formatTime(d.setAt, zone) << " by " << d.setBy
            << ")\n";
    if (!c.notes.isEmpty())
        out << "  notes: " << c.notes << '\n';
    out << "  consent:\n";
    printConsentStates(ctx, c.id);
}

int add(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, kClientFieldSpecs);
    if (!a.has(QStringLiteral("name")))
        throw Failure{kExitUsage, QStringLiteral("client add needs --name")};
    const ClientChanges changes = changesFrom(ctx, a);
    ClientService service(ctx.db(), ctx.clock);
    ctx.out << check(service.add(changes)) << '\n';
    return kExitOk;
}

int set(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, kClientFieldSpecs, 1, 1);
    const qint64 id = parseId(a.positionals().at(0));
    const ClientChanges changes = changesFrom(ctx, a);
    ClientService service(ctx.db(), ctx.clock);
    const Client saved = check(service.update(id, changes));
    ctx.out << "updated client " << saved.id << '\n';
    return kExitOk;
}

int directive(Context& ctx, const QStringList& args)
{
    const Args a =
        parseOrThrow(args, {{QStringLiteral("off"), false, false}, {QStringLiteral("by"), true, false}}, 2, 2);
    const qint64 id = parseId(a.positionals().at(0));
    const auto d = directiveFromString(a.positionals().at(1));
    if (!d)
        throw Failure{kExitInvalid, QStringLiteral("'%1' is not a directive (one of no-sms, no-email, no-phone, "
                                                   "no-voicemail, clinical-by-text-ok, clinical-by-email-ok)")
                                        .arg(a.positionals().at(1))};
    const bool on = !a.has(QStringLiteral("off"));
    ClientService service(ctx.db(), ctx.clock);
    check(service.setDirective(id, *d, on, a.value(QStringLiteral("by")).value_or(currentUser())));
    ctx.out << (on ? "set " : "cleared ") << toString(*d) << " for client " << id << '\n';
    return kExitOk;
}

int list(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("search"), true, false},
                                       {QStringLiteral("json"), false, false},
                                       {QStringLiteral("archived"), false, false}});
    domain::ClientQuery q;
    q.search = a.value(QStringLiteral("search")).value_or(QString());
    q.includeArchived = a.has(QStringLiteral("archived"));
    ClientService service(ctx.db(), ctx.clock);
    const QVector<Client> clients = check(service.list(q));
    if (a.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto& c : clients)
            arr.append(clientJson(ctx, c, false));
        printJson(ctx, QJsonObject{{QStringLiteral("clients"), arr}});
        return kExitOk;
    }
    if (clients.isEmpty()) {
        ctx.out << (q.search.isEmpty() ? "no clients\n" : "no client matches\n");
        return kExitOk;
    }
    for (const auto& c : clients) {
        QStringList points;
        for (const auto& p : c.contacts)
            points << p.value;
        ctx.out << QString::number(c.id).rightJustified(6, QLatin1Char(' ')) << "  "
                << c.name.leftJustified(28, QLatin1Char(' ')) << "  " << points.join(QStringLiteral(", "))
                << (c.archived ? QStringLiteral("  [archived]") : QString()) << '\n';
    }
    return kExitOk;
}

int show(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("json"), false, false}}, 1, 1);
    const qint64 id = parseId(a.positionals().at(0));
    ClientService service(ctx.db(), ctx.clock);
    const Client c = check(service.find(id));
    if (a.has(QStringLiteral("json")))
        printJson(ctx, clientJson(ctx, c, true));
    else
        printClientText(ctx, c);
    return kExitOk;
}

int archive(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {{QStringLiteral("undo"), false, false}}, 1, 1);
    const qint64 id = parseId(a.positionals().at(0));
    ClientService service(ctx.db(), ctx.clock);
    const bool archived = !a.has(QStringLiteral("undo"));
    check(service.archive(id, archived));
    ctx.out << (archived ? "archived client " : "restored client ") << id << '\n';
    return kExitOk;
}

int erase(Context& ctx, const QStringList& args)
{
    const Args a = parseOrThrow(args, {}, 1, 1);
    const qint64 id = parseId(a.positionals().at(0));
    ClientService service(ctx.db(), ctx.clock);
    check(service.erase(id));
    ctx.out << "erased client " << id << ": personal data removed, consent events kept\n";
    return kExitOk;
}

const QString kFieldsHelp =
    QStringLiteral("  --name NAME                 the client's full name\n"
                   "  --preferred-name NAME       what they like to be called\n"
                   "  --mobile NUMBER             a mobile number (repeatable; replaces the mobiles)\n"
                   "  --phone NUMBER              another number (repeatable; replaces the other numbers)\n"
                   "  --email ADDRESS             an email address (repeatable; replaces the addresses)\n"
                   "  --tz IANA                   the client's time zone, e.g. Europe/London\n"
                   "  --quiet-hours HH:MM-HH:MM   when not to text or call them\n"
                   "  --prefers CHANNEL[,...]     sms, email, phone, in_person, most preferred first (\"\" clears)\n"
                   "  --next-appointment TIME     ISO 8601 (\"\" clears)\n"
                   "  --note TEXT                 a note (not clinical notes)\n");

} // namespace

QVector<Command> clientCommands()
{
    return {
        {QStringLiteral("client add"), QStringLiteral("add a client; prints the new id"),
         QStringLiteral("Usage: rapport-cli client add --name NAME [options]\n") + kFieldsHelp, add},
        {QStringLiteral("client set"), QStringLiteral("change a client's fields"),
         QStringLiteral("Usage: rapport-cli client set ID [options]\n") + kFieldsHelp, set},
        {QStringLiteral("client directive"), QStringLiteral("set or clear how a client asked to be contacted"),
         QStringLiteral("Usage: rapport-cli client directive ID NAME [--off] [--by NAME]\n"
                        "  NAME: no-sms, no-email, no-phone, no-voicemail, clinical-by-text-ok, clinical-by-email-ok"),
         directive},
        {QStringLiteral("client list"), QStringLiteral("list clients"),
         QStringLiteral("Usage: rapport-cli client list [--search TEXT] [--archived] [--json]"), list},
        {QStringLiteral("client show"), QStringLiteral("one client with consent states"),
         QStringLiteral("Usage: rapport-cli client show ID [--json]"), show},
        {QStringLiteral("client archive"), QStringLiteral("hide a client from the list"),
         QStringLiteral("Usage: rapport-cli client archive ID [--undo]"), archive},
        {QStringLiteral("client erase"), QStringLiteral("remove a client's personal data"),
         QStringLiteral("Usage: rapport-cli client erase ID"), erase},
    };
}

} // namespace rapport::cli
