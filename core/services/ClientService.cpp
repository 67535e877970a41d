// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClientService.h"
#include "services/AppointmentService.h"
#include "storage/ClientRepository.h"

#include "services/PhoneNumbers.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/RaiseItemRepository.h"
#include "storage/ScheduledMessageRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace rapport::services {

using domain::Client;
using domain::ContactPoint;
using domain::Error;
using domain::Result;
using domain::Status;
using storage::ClientRepository;
using storage::SqlTransaction;

namespace {

bool isMobileLabel(const QString& label)
{
    return label.compare(QLatin1String("mobile"), Qt::CaseInsensitive) == 0;
}

Status addPhones(QVector<ContactPoint>& out, const QStringList& numbers, const QString& label, const QString& field,
                 const PhoneNumbers& phones)
{
    for (const QString& raw : numbers) {
        auto cp = phones.normalise(raw, label, field);
        if (!cp)
            return cp.error();
        const bool duplicate = std::any_of(out.cbegin(), out.cend(), [&](const ContactPoint& o) {
            return o.kind == ContactPoint::Kind::Phone && o.value == cp->value;
        });
        if (!duplicate)
            out.push_back(cp.value());
    }
    return std::nullopt;
}

} // namespace

ClientService::ClientService(const storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<QString> ClientService::normaliseEmail(const QString& text, const QString& field)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    const QString address = text.trimmed(); // as written: only comparisons ignore case (contactKey)
    if (address.isEmpty())
        return Error::invalid(tr("an empty email address was given"), field);
    if (!re.match(address).hasMatch() || address.startsWith(QLatin1Char('.')) ||
        address.contains(QLatin1String("..")) || address.section(QLatin1Char('@'), 0, 0).endsWith(QLatin1Char('.')))
        return Error::invalid(tr("\"%1\" is not a valid email address").arg(text.trimmed()), field);
    return address;
}

Result<Client> ClientService::apply(Client c, const ClientChanges& ch, const QString& region)
{
    const PhoneNumbers phones(region);
    if (ch.name) {
        const QString name = ch.name->simplified();
        if (name.isEmpty())
            return Error::invalid(tr("the client's name is required"), QStringLiteral("name"));
        if (name.size() > 200)
            return Error::invalid(tr("the name is longer than 200 characters"), QStringLiteral("name"));
        c.name = name;
    } else if (c.name.isEmpty()) {
        return Error::invalid(tr("the client's name is required"), QStringLiteral("name"));
    }
    if (ch.preferredName)
        c.preferredName = ch.preferredName->simplified();

    if (ch.contacts) {
        QVector<ContactPoint> out;
        for (const auto& raw : *ch.contacts) {
            if (raw.kind == ContactPoint::Kind::Email) {
                auto address = normaliseEmail(raw.value, QStringLiteral("contacts"));
                if (!address)
                    return address.error();
                ContactPoint cp = raw;
                cp.id = 0;
                cp.value = address.value();
                cp.numberType = domain::NumberType::Unknown;
                const bool duplicate = std::any_of(out.cbegin(), out.cend(),
                                                   [&](const ContactPoint& o) { return domain::sameContact(o, cp); });
                if (!duplicate)
                    out.push_back(cp);
            } else if (auto e = addPhones(out, {raw.value}, raw.label, QStringLiteral("contacts"), phones)) {
                return *e;
            }
        }
        c.contacts = out;
    }
    if (ch.mobiles || ch.phones) {
        QVector<ContactPoint> kept;
        for (const auto& cp : c.contacts) {
            const bool isMobile = cp.kind == ContactPoint::Kind::Phone && isMobileLabel(cp.label);
            const bool isOtherPhone = cp.kind == ContactPoint::Kind::Phone && !isMobileLabel(cp.label);
            if ((ch.mobiles && isMobile) || (ch.phones && isOtherPhone))
                continue;
            kept.push_back(cp);
        }
        if (ch.mobiles) {
            if (auto e = addPhones(kept, *ch.mobiles, QStringLiteral("Mobile"), QStringLiteral("mobile"), phones))
                return *e;
        }
        if (ch.phones) {
            if (auto e = addPhones(kept, *ch.phones, QStringLiteral("Phone"), QStringLiteral("phone"), phones))
                return *e;
        }
        c.contacts = kept;
    }
    if (ch.emails) {
        QVector<ContactPoint> kept;
        for (const auto& cp : c.contacts)
            if (cp.kind != ContactPoint::Kind::Email)
                kept.push_back(cp);
        for (const QString& raw : *ch.emails) {
            auto address = normaliseEmail(raw);
            if (!address)
                return address.error();
            const ContactPoint cp{0, ContactPoint::Kind::Email, address.value(), QStringLiteral("Email"),
                                  domain::NumberType::Unknown};
            const bool duplicate = std::any_of(kept.cbegin(), kept.cend(),
                                               [&](const ContactPoint& o) { return domain::sameContact(o, cp); });
            if (!duplicate)
                kept.push_back(cp);
        }
        c.contacts = kept;
    }
    if (ch.timeZone) {
        const QString tz = ch.timeZone->trimmed();
        if (!tz.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()))
            return Error::invalid(
                tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London)").arg(tz),
                QStringLiteral("tz"));
        c.timeZone = tz;
    }
    if (ch.quietHours) {
        const QString text = ch.quietHours->trimmed();
        if (text.isEmpty()) {
            c.quietHours.reset();
        } else {
            const auto q = domain::QuietHours::parse(text);
            if (!q)
                return Error::invalid(
                    tr("\"%1\" is not a quiet-hours range (write HH:MM-HH:MM, e.g. 21:00-08:00)").arg(text),
                    QStringLiteral("quiet-hours"));
            c.quietHours = q;
        }
    }
    if (ch.prefers) {
        QVector<domain::Channel> prefs;
        for (const QString& raw : *ch.prefers) {
            const QString name = raw.trimmed().toLower();
            if (name.isEmpty())
                continue;
            const auto channel = domain::channelFromString(name);
            if (!channel)
                return Error::invalid(tr("\"%1\" is not a channel (use sms, email, phone or in_person)").arg(raw),
                                      QStringLiteral("prefers"));
            if (!prefs.contains(*channel))
                prefs.push_back(*channel);
        }
        c.preferences = prefs;
    }
    if (ch.nextAppointment) {
        if (ch.nextAppointment->isValid())
            c.nextAppointment = ch.nextAppointment->toUTC();
        else
            c.nextAppointment.reset();
    }
    if (ch.notes)
        c.notes = ch.notes->trimmed();
    return c;
}

Result<QString> ClientService::region() const
{
    storage::SettingsRepository settings(m_db);
    auto country = settings.value(QStringLiteral("country"));
    if (!country)
        return country.error();
    return country.value().value_or(QStringLiteral("GB"));
}

Result<qint64> ClientService::add(const ClientChanges& input)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto reg = region();
    if (!reg)
        return reg.error();
    auto client = apply(Client{}, input, reg.value());
    if (!client)
        return client.error();
    ClientRepository repo(m_db);
    auto id = repo.insert(client.value(), m_clock.now());
    if (!id)
        return id.error();
    // The next appointment is an appointment now (AppointmentService), not a client field.
    if (input.nextAppointment && input.nextAppointment->isValid())
        if (auto e = AppointmentService::setNextInTransaction(m_db, *id, *input.nextAppointment, m_clock.now()))
            return *e;
    if (auto e = tx.value().commit())
        return *e;
    return id;
}

Result<Client> ClientService::update(qint64 id, const ClientChanges& changes)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    ClientRepository repo(m_db);
    auto existing = repo.find(id, m_clock.now());
    if (!existing)
        return existing.error();
    if (existing->erased)
        return Error::invalid(tr("client %1 was erased and cannot be changed").arg(id), QStringLiteral("id"));
    auto reg = region();
    if (!reg)
        return reg.error();
    auto client = apply(existing.value(), changes, reg.value());
    if (!client)
        return client.error();
    if (auto e = repo.update(client.value(), m_clock.now()))
        return *e;
    if (changes.nextAppointment)
        if (auto e = AppointmentService::setNextInTransaction(m_db, id, *changes.nextAppointment, m_clock.now()))
            return *e;
    auto saved = repo.find(id, m_clock.now());
    if (!saved)
        return saved.error();
    if (auto e = tx.value().commit())
        return *e;
    return saved;
}

Result<Client> ClientService::find(qint64 id) const
{
    return ClientRepository(m_db).find(id, m_clock.now());
}

Result<QVector<Client>> ClientService::list(const domain::ClientQuery& query) const
{
    return ClientRepository(m_db).list(query, m_clock.now());
}

Result<int> ClientService::count(const domain::ClientQuery& query) const
{
    return ClientRepository(m_db).count(query);
}

Status ClientService::archive(qint64 id, bool archived)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = ClientRepository(m_db).setArchived(id, archived, m_clock.now()))
        return e;
    return tx.value().commit();
}

Status ClientService::erase(qint64 id)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = ClientRepository(m_db).erase(id, m_clock.now()))
        return e;
    // What was to be raised with them is personal data too (the client row stays, so no cascade).
    if (auto removed = storage::RaiseItemRepository(m_db).removeForClient(id); !removed)
        return removed.error();
    // So are the messages scheduled for them.
    if (auto removed = storage::ScheduledMessageRepository(m_db).removeForClient(id); !removed)
        return removed.error();
    // A remembered calendar match keys a name or address to them: personal data as well.
    if (auto removed = storage::CalendarRepository(m_db).removeForClient(id); !removed)
        return removed.error();
    return tx.value().commit();
}

Status ClientService::setDirective(qint64 id, domain::Directive directive, bool on, const QString& by)
{
    auto tx = SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    ClientRepository repo(m_db);
    auto client = repo.find(id, m_clock.now());
    if (!client)
        return client.error();
    if (client->erased)
        return Error::invalid(tr("client %1 was erased and cannot be changed").arg(id), QStringLiteral("id"));
    if (client->hasDirective(directive) == on)
        return std::nullopt;
    if (auto e = repo.setDirective(id, directive, on, m_clock.now(), by))
        return e;
    return tx.value().commit();
}

} // namespace rapport::services
