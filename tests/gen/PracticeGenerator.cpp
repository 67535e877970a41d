// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeGenerator.h"

#include "domain/Appointment.h"
#include "domain/Client.h"
#include "domain/ConsentEvent.h"
#include "services/PhoneNumbers.h"
#include "storage/AppointmentRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/ImportWriter.h"
#include "storage/SqlTransaction.h"

#include <QFile>
#include <QStringList>

namespace rapport::testing {

using domain::Error;

namespace {

struct Culture {
    const char* given[12];
    const char* family[12];
};

// Names as people of these backgrounds in the UK and Ireland write them (UTF-8).
const Culture kCultures[] = {
    {{"Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Emily", "Noah", "Sophie", "Thomas", "Grace"},
     {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
      "Evans"}},
    {{"Siobhán", "Cian", "Aoife", "Oisín", "Niamh", "Seán", "Róisín", "Pádraig", "Saoirse", "Eoin", "Caoimhe", "Dónal"},
     {"Murphy", "O'Brien", "Ó Súilleabháin", "Kelly", "Byrne", "Ní Bhriain", "Walsh", "McCarthy", "O'Neill", "Doyle",
      "Mac Gearailt", "Ryan"}},
    {{"Łukasz", "Zofia", "Paweł", "Agnieszka", "Wojciech", "Małgorzata", "Krzysztof", "Katarzyna", "Michał", "Joanna",
      "Grzegorz", "Magdalena"},
     {"Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska", "Woźniak",
      "Dąbrowski", "Kozłowska", "Jankowski"}},
    {{"Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Deepika", "Sanjay", "Lakshmi", "Harpreet", "Gurpreet",
      "Meera"},
     {"Patel", "Sharma", "Singh", "Kaur", "Gupta", "Iyer", "Reddy", "Chopra", "Nair", "Mehta", "Banerjee", "Sandhu"}},
    {{"Wei", "Li Na", "Jun", "Xiu Ying", "Hao", "Mei", "Zhi Wei", "Yan", "Jia Hui", "Chen", "Ling", "Bo"},
     {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"}},
    {{"Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde", "Chiamaka", "Babatunde", "Funmilayo",
      "Ikenna", "Yetunde"},
     {"Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Adebayo", "Nwosu", "Ogunleye", "Obi", "Afolabi", "Chukwu",
      "Olawale"}},
    {{"Mohammed", "Fatima", "Omar", "Aisha", "Yusuf", "Mariam", "Ali", "Layla", "Ibrahim", "Zainab", "Hassan", "Noor"},
     {"Khan", "Ahmed", "Hussain", "Rahman", "Ali", "Abdullah", "Haddad", "Al-Masri", "Farouk", "Siddiqui", "Qureshi",
      "Mansour"}},
    {{"Zoë", "José", "María", "Jürgen", "Renée", "Çağrı", "Ayşe", "João", "Inês", "Dmitri", "Eleni", "Nguyễn Văn"},
     {"García", "Müller", "Şahin", "Silva", "Pérez", "Yılmaz", "Fernández", "Schröder", "Papadopoulos", "Nguyễn",
      "Ivanova", "Lefèvre"}},
};

const char* const kDomains[] = {"example.org", "example.com", "example.net", "mail.example.co.uk"};
const char* const kServices[] = {"Sports massage 60 min", "Physiotherapy review", "Osteopathy 45 min",
                                 "Initial assessment",    "Counselling session",  "Deep tissue massage"};
const char* const kInbound[] = {"Thanks, see you then",   "Running 10 minutes late, sorry",
                                "Can we move to Friday?", "STOP",
                                "Yes please book me in",  "Lovely, thank you"};

QString asciiLocal(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    return out;
}

} // namespace

quint64 PracticeGenerator::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

MadeUpClient PracticeGenerator::nextClient()
{
    const Culture& c = kCultures[below(int(std::size(kCultures)))];
    const QString given = QString::fromUtf8(c.given[below(12)]);
    const QString family = QString::fromUtf8(c.family[below(12)]);
    MadeUpClient out;
    out.name = given + QLatin1Char(' ') + family;
    // Distinct mobiles: the serial, spread over two valid ranges (07400 and 07911).
    const int serial = m_serial++;
    out.mobile = QStringLiteral("%1 %2")
                     .arg(serial % 2 ? QStringLiteral("07911") : QStringLiteral("07400"))
                     .arg(serial / 2 % 1000000, 6, 10, QLatin1Char('0'));
    if (below(4) == 0) // a London landline for one in four
        out.landline = QStringLiteral("020 %1 %2").arg(7000 + below(2000)).arg(below(10000), 4, 10, QLatin1Char('0'));
    if (below(10) < 7)
        out.email = QStringLiteral("%1.%2%3@%4")
                        .arg(asciiLocal(given), asciiLocal(family))
                        .arg(serial)
                        .arg(QLatin1String(kDomains[below(int(std::size(kDomains)))]));
    return out;
}

domain::Result<GeneratedPractice> generatePractice(const storage::Database& db, const PracticeSpec& spec)
{
    PracticeGenerator gen(spec.seed);
    QVector<MadeUpClient> made;
    made.reserve(spec.clients);
    QStringList raws;
    for (int i = 0; i < spec.clients; ++i) {
        made.push_back(gen.nextClient());
        raws << made.last().mobile;
        if (!made.last().landline.isEmpty())
            raws << made.last().landline;
    }
    const auto numbers = services::PhoneNumbers(QStringLiteral("GB")).normaliseAll(raws);
    auto tx = storage::SqlTransaction::begin(db);
    if (!tx)
        return tx.error();
    storage::ImportWriter writer(db);
    if (auto e = writer.begin())
        return *e;
    storage::ContactLogRepository logs(db);
    storage::AppointmentRepository appointments(db);
    GeneratedPractice out;
    int at = 0;
    for (const MadeUpClient& m : std::as_const(made)) {
        domain::Client client;
        client.name = m.name;
        for (const QString& raw : {m.mobile, m.landline}) {
            if (raw.isEmpty())
                continue;
            const auto& n = numbers.at(at++);
            if (!n.point)
                return Error::invalid(
                    QStringLiteral("generated number %1 is invalid: %2").arg(raw, n.point.error().message));
            client.contacts.push_back(n.point.value());
        }
        if (!m.email.isEmpty())
            client.contacts.push_back({0, domain::ContactPoint::Kind::Email, m.email, {}, domain::NumberType::Unknown});
        const QDateTime created = spec.base.addSecs(-qint64(gen.below(365 * 24)) * 3600);
        auto id = writer.insertClient(client, created);
        if (!id)
            return id.error();
        ++out.clients;
        out.contactPoints += int(client.contacts.size());
        QDateTime when = created;
        const int events = 1 + gen.below(4);
        for (int e = 0; e < events; ++e) {
            domain::ConsentEvent ev;
            ev.clientId = id.value();
            ev.channel = domain::consentChannels().at(gen.below(3));
            ev.scope = gen.below(3) == 0 ? domain::Scope::Marketing : domain::Scope::Service;
            ev.state = gen.below(5) == 0 ? domain::ConsentState::Withdrawn : domain::ConsentState::Granted;
            ev.method = gen.below(2) ? QStringLiteral("verbal") : QStringLiteral("online-form");
            when = when.addSecs(60 + qint64(gen.below(30 * 24 * 3600)));
            ev.effectiveAt = when;
            ev.recordedAt = when.addSecs(gen.below(600));
            ev.recordedBy = QStringLiteral("Reception");
            ev.note = gen.below(10) == 0 ? QStringLiteral("asked at the desk") : QString();
            if (auto err = writer.appendEvent(ev))
                return *err;
            ++out.consentEvents;
        }
        for (int l = gen.below(4); l > 0; --l) {
            domain::ContactLogEntry entry;
            entry.clientId = id.value();
            entry.direction = gen.below(2) ? domain::Direction::Inbound : domain::Direction::Outbound;
            entry.channel = gen.below(4) ? domain::Channel::Sms : domain::Channel::Email;
            entry.at = spec.base.addSecs(-qint64(gen.below(300 * 24 * 3600)));
            entry.text = QLatin1String(kInbound[gen.below(int(std::size(kInbound)))]);
            auto logged = logs.append(entry);
            if (!logged)
                return logged.error();
            ++out.contactLogs;
        }
        for (int a = gen.below(3); a > 0; --a) {
            domain::Appointment appt;
            appt.clientId = id.value();
            appt.start = spec.base.addSecs(qint64(gen.below(28 * 24)) * 3600);
            appt.end = appt.start.addSecs(60 * (30 + 15 * gen.below(4)));
            appt.service = QLatin1String(kServices[gen.below(int(std::size(kServices)))]);
            auto inserted = appointments.insert(appt, spec.base);
            if (!inserted)
                return inserted.error();
            ++out.appointments;
        }
    }
    if (auto e = tx.value().commit())
        return *e;
    return out;
}

domain::Status writeClientCsv(const QString& path, int rows, quint64 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::invalid(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    PracticeGenerator gen(seed);
    QByteArray out = "First Name,Last Name,Mobile Phone,E-mail Address\r\n";
    for (int i = 0; i < rows; ++i) {
        const MadeUpClient m = gen.nextClient();
        const int space = int(m.name.indexOf(QLatin1Char(' ')));
        const auto quoted = [](const QString& s) {
            return s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))
                       ? QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                             QLatin1Char('"')
                       : s;
        };
        out += (quoted(m.name.left(space)) + QLatin1Char(',') + quoted(m.name.mid(space + 1)) + QLatin1Char(',') +
                m.mobile + QLatin1Char(',') + m.email + QStringLiteral("\r\n"))
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            if (f.write(out) != out.size())
                return Error::invalid(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
            out.clear();
        }
    }
    if (f.write(out) != out.size() || !f.flush())
        return Error::invalid(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return std::nullopt;
}

} // namespace rapport::testing
