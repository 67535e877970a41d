// SPDX-License-Identifier: GPL-3.0-or-later
// ImportService and `rapport-cli import`: the samples, merges, dry run, strict, hostile files, cancel.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "CliHarness.h"
#include "TransferTestUtil.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/ImportService.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSearch.h"
#include "storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapport;
using namespace transfer_test;
using domain::ContactPoint;
using domain::NumberType;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db = openDb(rapport::testing::testDatabase(dir, QStringLiteral("i.db")));
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};

    services::ImportSummary import(const QString& path, const services::ImportOptions& o = {})
    {
        auto s = services::ImportService(*db, clock).importFile(path, o);
        INFO((s ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
        return s.value();
    }
    QVector<domain::Client> clients()
    {
        domain::ClientQuery all;
        all.includeArchived = true;
        auto list = storage::ClientRepository(*db).list(all, QDateTime());
        REQUIRE(list.ok());
        return list.value();
    }
    domain::Client client(const QString& name)
    {
        for (const auto& c : clients())
            if (c.name == name)
                return c;
        FAIL("no client named " << name.toStdString());
        return {};
    }
};

const ContactPoint* contact(const domain::Client& c, const QString& value)
{
    for (const auto& cp : c.contacts)
        if (cp.value == value)
            return &cp;
    return nullptr;
}

} // namespace

TEST_CASE("Google Contacts sample: four clients with multi-values and labels", "[import]")
{
    Fixture f;
    const auto s = f.import(sample("google-contacts.csv"));
    CHECK(s.formatName == QStringLiteral("Google Contacts"));
    CHECK(s.read == 4);
    CHECK(s.imported == 4);
    CHECK(s.merged == 0);
    CHECK(s.skipped.isEmpty());
    CHECK(s.written);
    REQUIRE(f.clients().size() == 4);
    const auto tom = f.client(QStringLiteral("Tom J O'Neill"));
    CHECK(tom.emails().size() == 2);
    REQUIRE(tom.phones().size() == 2);
    REQUIRE(contact(tom, QStringLiteral("+447911123456")));
    CHECK(contact(tom, QStringLiteral("+447911123456"))->numberType == NumberType::Mobile);
    REQUIRE(contact(tom, QStringLiteral("+441134960000")));
    CHECK(contact(tom, QStringLiteral("+441134960000"))->numberType == NumberType::FixedLine);
    CHECK(tom.notes.contains(QLatin1Char('\n')));
    const auto zoe = f.client(QString::fromUtf8("Zoë Müller"));
    REQUIRE(zoe.phones().size() == 2);
    CHECK(contact(zoe, QStringLiteral("+447400200301"))->numberType == NumberType::Mobile);
    REQUIRE(contact(zoe, QStringLiteral("+442079460018")));
    CHECK(contact(zoe, QStringLiteral("+442079460018"))->label == QStringLiteral("Work"));
    CHECK(contact(zoe, QStringLiteral("+442079460018"))->numberType == NumberType::FixedLine);
    const auto priya = f.client(QStringLiteral("Priya Shah"));
    CHECK(priya.phones().isEmpty());
    REQUIRE(priya.emails().size() == 1);
    CHECK(priya.emails().first().value == QStringLiteral("priya@example.org"));
}

TEST_CASE("Outlook sample: Liam's Irish number labelled home is typed mobile", "[import]")
{
    Fixture f;
    const auto s = f.import(sample("outlook-contacts.csv"));
    CHECK(s.read == 3);
    CHECK(s.imported == 3);
    const auto liam = f.client(QStringLiteral("Liam Byrne"));
    REQUIRE(liam.phones().size() == 1);
    CHECK(liam.phones().first().value == QStringLiteral("+353851234567"));
    CHECK(liam.phones().first().numberType == NumberType::Mobile);
    CHECK(liam.phones().first().label == QStringLiteral("Home"));
    CHECK(liam.notes == QStringLiteral("Lives in Dublin; call evenings"));
}

TEST_CASE("Jane sample: line 4 skipped with its reasons, opt-ins imported as consent", "[import]")
{
    Fixture f;
    const auto s = f.import(sample("jane-patients.csv"));
    CHECK(s.read == 4);
    CHECK(s.imported == 3);
    CHECK(s.merged == 0);
    REQUIRE(s.skipped.size() == 1);
    CHECK(s.skipped.first().line == 4);
    CHECK(s.skipped.first().reason ==
          QStringLiteral("no first name; invalid email 'not-an-email'; invalid phone number '12'"));
    CHECK(s.consentEvents == 2);
    REQUIRE(f.clients().size() == 3);

    services::ConsentService consent(*f.db, f.clock);
    for (const auto& [name, line] :
         {std::pair{QStringLiteral("Elizabeth Turner"), 2}, std::pair{QStringLiteral("Hana Kim"), 5}}) {
        const auto c = f.client(name);
        auto history = consent.history(c.id);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 1);
        const auto& e = history->first();
        CHECK(e.channel == domain::Channel::Email);
        CHECK(e.scope == domain::Scope::Marketing);
        CHECK(e.state == domain::ConsentState::Imported);
        CHECK(e.method == QStringLiteral("imported"));
        CHECK(e.note == QStringLiteral("jane-patients.csv line %1, column 'Marketing Email Opt-In' = Yes").arg(line));
    }
    auto sam = consent.history(f.client(QStringLiteral("Sam Okafor")).id);
    REQUIRE(sam.ok());
    CHECK(sam->isEmpty());
    auto chain = consent.verify();
    REQUIRE(chain.ok());
    CHECK(chain->ok);
    CHECK(chain->count == 2);
}

TEST_CASE("vCard samples: Apple labels and Android quoted-printable", "[import]")
{
    Fixture f;
    auto s = f.import(sample("apple-contacts.vcf"));
    CHECK(s.read == 2);
    CHECK(s.imported == 2);
    const auto rhys = f.client(QStringLiteral("Rhys Evans"));
    REQUIRE(contact(rhys, QStringLiteral("+441134960002")));
    CHECK(contact(rhys, QStringLiteral("+441134960002"))->label == QStringLiteral("Landline"));
    CHECK(contact(rhys, QStringLiteral("+441134960002"))->numberType == NumberType::FixedLine);
    CHECK(contact(rhys, QStringLiteral("+447400123458"))->numberType == NumberType::Mobile);

    s = f.import(sample("android-contacts.vcf"));
    CHECK(s.imported == 1);
    const auto asa = f.client(QString::fromUtf8("Åsa Åberg"));
    CHECK(contact(asa, QStringLiteral("+447400123460"))->numberType == NumberType::Mobile);
    CHECK(contact(asa, QStringLiteral("+441134960003"))->numberType == NumberType::FixedLine);
    CHECK(contact(asa, QStringLiteral("asa@example.se")));
}

TEST_CASE("importing the same file twice merges instead of duplicating", "[import]")
{
    Fixture f;
    for (const char* name : {"google-contacts.csv", "jane-patients.csv", "apple-contacts.vcf"})
        f.import(sample(name));
    const QString before = dump(*f.db);
    const int count = f.clients().size();
    auto again = f.import(sample("google-contacts.csv"));
    CHECK(again.imported == 0);
    CHECK(again.merged == 4);
    again = f.import(sample("jane-patients.csv"));
    CHECK(again.imported == 0);
    CHECK(again.merged == 3);
    CHECK(again.consentEvents == 0); // the clients already have events for email marketing
    CHECK(f.clients().size() == count);
    CHECK(dump(*f.db) == before);
}

TEST_CASE("duplicates within the file and against the database are merged and counted", "[import]")
{
    Fixture f;
    services::ClientChanges existing;
    existing.name = QStringLiteral("Ana Silva");
    existing.emails = QStringList{QStringLiteral("ana@example.org")};
    auto id = services::ClientService(*f.db, f.clock).add(existing);
    REQUIRE(id.ok());
    // Ana withdrew email marketing: an old opt-in column must not override that.
    services::ConsentRequest withdrawn;
    withdrawn.clientId = id.value();
    withdrawn.channel = domain::Channel::Email;
    withdrawn.scope = domain::Scope::Marketing;
    withdrawn.state = domain::ConsentState::Withdrawn;
    withdrawn.method = QStringLiteral("email");
    REQUIRE(services::ConsentService(*f.db, f.clock).record(withdrawn).ok());

    const QString path = writeFile(f.dir, QStringLiteral("dups.csv"),
                                   "First Name,Last Name,Mobile,Email,Email Marketing Opt-In\n"
                                   "Ana,Silva,07400 123456,ANA@example.org,yes\n"
                                   "Bo,Lund,07400 111222,bo@example.org,no\n"
                                   "Bo,Lund,+44 7400 111222,bo.lund@example.net,\n"
                                   "Cy,Ng,07400 333444,,\n");
    const auto s = f.import(path);
    CHECK(s.read == 4);
    CHECK(s.imported == 2);
    CHECK(s.merged == 2);
    REQUIRE(f.clients().size() == 3);
    const auto ana = f.client(QStringLiteral("Ana Silva"));
    CHECK(ana.id == id.value());
    CHECK(contact(ana, QStringLiteral("+447400123456")));
    const auto bo = f.client(QStringLiteral("Bo Lund"));
    CHECK(bo.emails().size() == 2);
    CHECK(bo.phones().size() == 1);
    auto history = services::ConsentService(*f.db, f.clock).history(ana.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().state == domain::ConsentState::Withdrawn);
}

TEST_CASE("a client added by another program after the plan was made is merged into, not duplicated",
          "[import][concurrent]")
{
    Fixture f;
    const QString path = writeFile(f.dir, QStringLiteral("late.csv"),
                                   "First Name,Last Name,Mobile,Email,Email Marketing Opt-In\n"
                                   "Ana,Silva,07400 123456,,yes\n"
                                   "Bo,Lund,,bo@example.org,yes\n"
                                   "Cy,Ng,07400 333444,,\n");
    services::ImportService service(*f.db, f.clock);
    auto plan = service.plan(path);
    REQUIRE(plan.ok());
    REQUIRE(plan->newClients() == 3);

    // Another program on the same practice imports two of the same people first.
    auto other = openDb(rapport::testing::testDatabase(f.dir, QStringLiteral("i.db")));
    const QString first = writeFile(f.dir, QStringLiteral("first.csv"),
                                    "Name,Mobile,Email\n"
                                    "Ana Silva,+44 7400 123456,\n"
                                    "Bo Lund,,BO@example.org\n");
    auto earlier = services::ImportService(*other, f.clock).importFile(first);
    REQUIRE(earlier.ok());
    REQUIRE(earlier->imported == 2);

    auto s = service.apply(plan.value());
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
    CHECK(s->written);
    CHECK(s->imported == 1);
    CHECK(s->merged == 2);
    CHECK(s->consentEvents == 2); // neither had an email-marketing event yet
    QStringList lines;
    for (const auto& w : s->warnings)
        lines << QString::number(w.line) + QLatin1Char(' ') + w.reason;
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.filter(QStringLiteral("added by another program")).size() == 2);
    const auto all = f.clients();
    CHECK(all.size() == 3);
    const auto bo = f.client(QStringLiteral("Bo Lund"));
    REQUIRE(bo.emails().size() == 1);
    CHECK(bo.emails().first().value == QStringLiteral("BO@example.org")); // the first spelling stored is kept
    auto history = services::ConsentService(*f.db, f.clock).history(bo.id);
    REQUIRE(history.ok());
    CHECK(history->size() == 1);

    // Applying the same plan again adds nothing: every entry now matches.
    auto again = service.apply(plan.value());
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->consentEvents == 0);
    CHECK(f.clients().size() == 3);
}

TEST_CASE("a row with a valid name but an invalid number is skipped whole and reported", "[import]")
{
    Fixture f;
    const QString path = writeFile(f.dir, QStringLiteral("bad-number.csv"),
                                   "Name,Mobile,Home Phone\nDee Vee,07400 123456,555\nEd Fox,07400 654321,\n");
    const auto s = f.import(path);
    CHECK(s.imported == 1);
    REQUIRE(s.skipped.size() == 1);
    CHECK(s.skipped.first().line == 2);
    CHECK(s.skipped.first().reason == QStringLiteral("invalid phone number '555'"));
    CHECK(f.clients().size() == 1);
}

TEST_CASE("numbers are read in the practice's country", "[import]")
{
    Fixture f;
    REQUIRE_FALSE(storage::SettingsRepository(*f.db).setValue(QStringLiteral("country"), QStringLiteral("US")));
    const QString path = writeFile(f.dir, QStringLiteral("us.csv"), "Name,Phone\nJo Doe,(202) 555-0143\n");
    const auto s = f.import(path);
    CHECK(s.imported == 1);
    CHECK(f.client(QStringLiteral("Jo Doe")).phones().first().value == QStringLiteral("+12025550143"));
}

TEST_CASE("dry run and strict write nothing", "[import]")
{
    Fixture f;
    f.import(sample("outlook-contacts.csv"));
    const QString before = dump(*f.db);
    services::ImportOptions dry;
    dry.dryRun = true;
    auto s = f.import(sample("jane-patients.csv"), dry);
    CHECK(s.dryRun);
    CHECK_FALSE(s.written);
    CHECK(s.imported == 3); // what would be imported
    CHECK(s.skipped.size() == 1);
    CHECK(dump(*f.db) == before);

    services::ImportOptions strict;
    strict.strict = true;
    s = f.import(sample("jane-patients.csv"), strict);
    CHECK(s.strictRefused);
    CHECK_FALSE(s.written);
    CHECK(s.imported == 0);
    CHECK(dump(*f.db) == before);

    s = f.import(sample("google-contacts.csv"), strict); // valid: strict imports it
    CHECK(s.written);
    CHECK(s.imported == 4);
}

TEST_CASE("malformed and hostile files give clear errors and change nothing", "[import]")
{
    Fixture f;
    f.import(sample("google-contacts.csv"));
    const QString before = dump(*f.db);

    QByteArray garbage;
    quint32 x = 12345;
    for (int i = 0; i < 100000; ++i) {
        x = x * 1103515245u + 12345u;
        garbage.append(char(x >> 24));
    }
    QByteArray bigField = "Name,Notes\nAl Big,\"";
    bigField.append(QByteArray(50 * 1024 * 1024, 'a'));
    bigField.append("\"\n");
    QByteArray wide;
    for (int i = 0; i < 10000; ++i)
        wide.append(i ? ",Col" : "Name").append(QByteArray::number(i));
    wide.append("\nAl Wide\n");

    const QVector<std::pair<const char*, QByteArray>> cases{
        {"garbage.csv", garbage},
        {"invalid-utf8.csv", QByteArray("Name,Email\nJos\xE9 Mart\xEDnez,jose@example.org\n")},
        {"big-field.csv", bigField},
        {"wide.csv", wide},
        {"header-only.csv", QByteArray("First Name,Last Name,Mobile Phone\r\n")},
        {"empty.csv", QByteArray()},
        {"unterminated.csv", QByteArray("Name,Notes\nAl,ok\nBo,\"never closed\n")},
        {"too-many-fields.csv", QByteArray("Name,Email\nAl,al@example.org,extra\n")},
        {"no-known-column.csv", QByteArray("Foo,Bar\n1,2\n")},
        {"broken.vcf", QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Al\n")},
    };
    for (const auto& [name, bytes] : cases) {
        INFO(name);
        const QString path = writeFile(f.dir, QString::fromLatin1(name), bytes);
        auto plan = services::ImportService(*f.db, f.clock).plan(path);
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().kind == domain::Error::Kind::InvalidInput);
        CHECK(plan.error().message.startsWith(QString::fromLatin1(name) + QStringLiteral(": ")));
        CHECK_FALSE(plan.error().message.contains(QLatin1Char('\n')));
        CHECK(dump(*f.db) == before);
    }
    // The errors name the line.
    auto plan = services::ImportService(*f.db, f.clock).plan(f.dir.filePath(QStringLiteral("unterminated.csv")));
    CHECK(plan.error().message.contains(QStringLiteral("line 3")));
    plan = services::ImportService(*f.db, f.clock).plan(f.dir.filePath(QStringLiteral("too-many-fields.csv")));
    CHECK(plan.error().message.contains(QStringLiteral("line 2")));
}

TEST_CASE("cancel mid-import leaves nothing half-imported", "[import]")
{
    Fixture f;
    f.import(sample("outlook-contacts.csv"));
    const QString before = dump(*f.db);
    QByteArray csv = "Name,Mobile,Email,SMS Marketing Opt-In\n";
    for (int i = 0; i < 2000; ++i)
        csv += QStringLiteral("Client %1,07400 %2,c%1@example.org,yes\n").arg(i).arg(100000 + i).toUtf8();
    const QString path = writeFile(f.dir, QStringLiteral("many.csv"), csv);
    std::atomic<bool> cancel{false};
    services::ImportOptions o;
    o.cancel = &cancel;
    int calls = 0;
    o.progress = [&](int done, int total) {
        CHECK(total == 2000);
        CHECK(done <= total);
        if (++calls == 2)
            cancel = true;
    };
    const auto s = f.import(path, o);
    CHECK(calls == 2);
    CHECK(s.cancelled);
    CHECK_FALSE(s.written);
    CHECK(s.imported == 0);
    CHECK(dump(*f.db) == before);

    // Without cancel, the same file goes in whole.
    cancel = false;
    o.progress = {};
    const auto done = f.import(path, o);
    CHECK(done.imported == 2000);
    CHECK(done.consentEvents == 2000);
    auto chain = services::ConsentService(*f.db, f.clock).verify();
    REQUIRE(chain.ok());
    CHECK(chain->ok);
}

TEST_CASE("a mapping corrected by a person replaces the detected one", "[import]")
{
    Fixture f;
    const QString path = writeFile(f.dir, QStringLiteral("odd.csv"), "Who,Digits,Misc\nAl Odd,07400 123456,x\n");
    auto plan = services::ImportService(*f.db, f.clock).plan(path);
    io::ColumnMapping mapping =
        io::ColumnMapping::detect({QStringLiteral("Who"), QStringLiteral("Digits"), QStringLiteral("Misc")});
    mapping.roles[0].field = io::ColumnField::FullName;
    mapping.roles[1].field = io::ColumnField::Phone;
    mapping.roles[1].label = QStringLiteral("Mobile");
    mapping.roles[2].field = io::ColumnField::Ignore;
    services::ImportOptions o;
    o.mapping = mapping;
    const auto s = f.import(path, o);
    CHECK(s.imported == 1);
    CHECK(f.client(QStringLiteral("Al Odd")).phones().first().value == QStringLiteral("+447400123456"));
}

TEST_CASE("rapport-cli import: JSON summary, dry run, strict, malformed file", "[import]")
{
    CliHarness h;
    auto r = h.run({QStringLiteral("import"), sample("jane-patients.csv"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("read")).toInt() == 4);
    CHECK(o.value(QStringLiteral("imported")).toInt() == 3);
    CHECK(o.value(QStringLiteral("merged")).toInt() == 0);
    const QJsonArray skipped = o.value(QStringLiteral("skipped")).toArray();
    REQUIRE(skipped.size() == 1);
    CHECK(skipped.at(0).toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(skipped.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("not-an-email")));

    auto before = h.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")});
    r = h.run({QStringLiteral("import"), sample("google-contacts.csv"), QStringLiteral("--dry-run")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("imported 4")));
    CHECK(h.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")}).out == before.out);

    r = h.run(
        {QStringLiteral("import"), sample("jane-patients.csv"), QStringLiteral("--strict"), QStringLiteral("--json")});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: jane-patients.csv: 1 invalid line(s)")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(h.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")}).out == before.out);

    const QString bad = writeFile(h.dir, QStringLiteral("bad.csv"), "Name,Notes\nAl,ok\nBo,\"open\n");
    r = h.run({QStringLiteral("import"), bad});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: bad.csv: line 3")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.out.isEmpty());

    r = h.run({QStringLiteral("import"), h.dir.filePath(QStringLiteral("missing.csv"))});
    CHECK(r.code == 3);
    r = h.run(
        {QStringLiteral("import"), sample("jane-patients.csv"), QStringLiteral("--format"), QStringLiteral("xls")});
    CHECK(r.code == 2);
    r = h.run({QStringLiteral("import")});
    CHECK(r.code == 2);
    r = h.run(
        {QStringLiteral("import"), sample("apple-contacts.vcf"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code != 0); // a vCard read as CSV has no name, phone or email column
    CHECK(h.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")}).out == before.out);
}

TEST_CASE("the bulk path writes the search entries ClientSearch would", "[import]")
{
    Fixture f;
    for (const char* name : {"google-contacts.csv", "outlook-contacts.csv", "jane-patients.csv", "apple-contacts.vcf",
                             "android-contacts.vcf"})
        f.import(sample(name));
    const QString bulk = dump(*f.db);
    QSqlDatabase conn = f.db->connection();
    REQUIRE_FALSE(storage::ClientSearch::rebuild(conn));
    CHECK(dump(*f.db) == bulk);
    domain::ClientQuery q;
    q.search = QStringLiteral("07911 1234");
    auto found = storage::ClientRepository(*f.db).list(q, QDateTime());
    REQUIRE(found.ok());
    CHECK(found->size() == 3); // Tom, Elizabeth and Yui
}

TEST_CASE("semicolon and tab files import, and the summary names the delimiter", "[import][delimiter]")
{
    Fixture f;
    auto s = f.import(sample("jane-patients-semicolon.csv"));
    CHECK(s.formatName == QStringLiteral("Jane"));
    CHECK(s.delimiter == ';');
    CHECK(s.read == 3);
    CHECK(s.imported == 3);
    CHECK(s.skipped.isEmpty());
    CHECK(s.consentEvents == 2);
    const auto lea = f.client(QString::fromUtf8("Léa Dubois"));
    CHECK(contact(lea, QStringLiteral("+33612345678")));
    CHECK(contact(lea, QStringLiteral("lea.dubois@example.fr")));
    CHECK(f.client(QStringLiteral("Jonas Becker")).preferredName == QStringLiteral("Joni"));
    CHECK(services::ImportService::delimiterName(s.delimiter) == QStringLiteral("semicolon"));

    s = f.import(sample("clients-tab.tsv"));
    CHECK(s.delimiter == '\t');
    CHECK(s.imported == 2);
    CHECK(f.client(QStringLiteral("Ana Silva")).notes == QStringLiteral("Likes tea, not coffee; mornings"));
    CHECK(services::ImportService::delimiterName(s.delimiter) == QStringLiteral("tab"));

    s = f.import(sample("google-contacts.csv"));
    CHECK(s.delimiter == ',');
    s = f.import(sample("apple-contacts.vcf"));
    CHECK(s.delimiter == 0);

    // The probe the wizard starts from sniffs it too, and reads its example row with it.
    const auto probe = services::ImportService::probe(sample("jane-patients-semicolon.csv"));
    CHECK(probe.error.isEmpty());
    CHECK(probe.delimiter == ';');
    CHECK(probe.mapping.header.value(1) == QStringLiteral("First Name"));
    CHECK(probe.example.value(1) == QString::fromUtf8("Léa"));

    // Bad input in a semicolon file still names its line.
    const QString bad = writeFile(f.dir, QStringLiteral("bad-semicolon.csv"),
                                  "First Name;Last Name;Email\nAna;Silva;ana@example.org\nBo;Lund;bo@example.org;x\n");
    auto plan = services::ImportService(*f.db, f.clock).plan(bad);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().message ==
          QStringLiteral("bad-semicolon.csv: line 3: the row has 4 fields but the header has 3"));
}

TEST_CASE("rapport-cli import: the delimiter in --json and the human output, --delimiter", "[import][delimiter]")
{
    CliHarness h;
    auto r = h.run({QStringLiteral("import"), sample("jane-patients-semicolon.csv"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("delimiter")).toString() == QStringLiteral(";"));
    CHECK(o.value(QStringLiteral("read")).toInt() == 3);
    CHECK(o.value(QStringLiteral("imported")).toInt() == 3);
    CHECK(o.value(QStringLiteral("skipped")).toArray().isEmpty());

    r = h.run({QStringLiteral("import"), sample("clients-tab.tsv"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("delimiter")).toString() == QStringLiteral("\t"));
    CHECK(o.value(QStringLiteral("imported")).toInt() == 2);

    r = h.run({QStringLiteral("import"), sample("apple-contacts.vcf"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.contains(QStringLiteral("delimiter")));
    CHECK(o.value(QStringLiteral("delimiter")).isNull());

    r = h.run({QStringLiteral("import"), sample("jane-patients-semicolon.csv"), QStringLiteral("--dry-run")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Jane: read 3, imported 0, merged 3, skipped 0")));
    CHECK(r.out.contains(QStringLiteral("\ndelimiter: semicolon\n")));
    r = h.run({QStringLiteral("import"), sample("google-contacts.csv"), QStringLiteral("--dry-run")});
    CHECK(r.out.contains(QStringLiteral("\ndelimiter: comma\n")));
    r = h.run({QStringLiteral("import"), sample("apple-contacts.vcf"), QStringLiteral("--dry-run")});
    CHECK_FALSE(r.out.contains(QStringLiteral("delimiter")));

    // --delimiter overrides the guess: read at commas, this semicolon file has one column (taken
    // for a phone column by its name), so its row has no name.
    const auto before = h.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")});
    const QString semi = writeFile(h.dir, QStringLiteral("semi.csv"), "Name;Mobile\nCy Ng;07400 333444\n");
    r = h.run({QStringLiteral("import"), semi, QStringLiteral("--delimiter"), QStringLiteral("comma"),
               QStringLiteral("--json"), QStringLiteral("--dry-run")});
    CHECK(r.code == 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("delimiter")).toString() == QStringLiteral(","));
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(o.value(QStringLiteral("skipped")).toArray().size() == 1);
    r = h.run(
        {QStringLiteral("import"), semi, QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--json")});
    CHECK(r.code == 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("delimiter")).toString() == QStringLiteral(";"));
    CHECK(o.value(QStringLiteral("imported")).toInt() == 1);
    r = h.run({QStringLiteral("import"), semi, QStringLiteral("--delimiter"), QStringLiteral("pipe")});
    CHECK(r.code == 2);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: option '--delimiter' takes auto, comma, semicolon or tab")));
    CHECK(r.out.isEmpty());
    CHECK(h.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")})
              .out.count(QStringLiteral("\"name\"")) == before.out.count(QStringLiteral("\"name\"")) + 1);
}

TEST_CASE("every column not imported is named in one warning on the header line", "[import][unimported]")
{
    Fixture f;
    const QString jane = writeFile(f.dir, QStringLiteral("jane-notes.csv"),
                                   "Patient Number,First Name,Last Name,Email,Mobile Phone,Notes\n"
                                   "1001,Ana,Silva,ana@example.org,07400 123456,Prefers mornings\n"
                                   "1002,Bo,Lund,bo@example.org,07400 111222,\n");
    auto s = f.import(jane);
    CHECK(s.formatName == QStringLiteral("Jane"));
    CHECK(s.imported == 2);
    CHECK(s.headerLine == 1);
    CHECK(s.unimportedColumns == QStringList{QStringLiteral("Patient Number"), QStringLiteral("Notes")});
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings.first().line == 1);
    CHECK(s.warnings.first().reason == QStringLiteral("columns not imported: 'Patient Number', 'Notes'"));
    CHECK(f.client(QStringLiteral("Ana Silva")).notes.isEmpty()); // indeed not imported

    // One column: the singular; after blank lines, the header's own line.
    const QString one =
        writeFile(f.dir, QStringLiteral("one.csv"), "\n\nName,Mobile,Client ID\nCy Ng,07400 333444,7\n");
    s = f.import(one);
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings.first().line == 3);
    CHECK(s.warnings.first().reason == QStringLiteral("column not imported: 'Client ID'"));

    // Everything imported: no such warning.
    s = f.import(sample("outlook-contacts.csv"));
    CHECK(s.unimportedColumns.isEmpty());
    for (const auto& w : s.warnings)
        CHECK_FALSE(w.reason.contains(QStringLiteral("not imported")));

    // A mapping a person corrected: what they set to ignore is named.
    io::ColumnMapping mapping = io::ColumnMapping::detect(
        {QStringLiteral("Patient Number"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
         QStringLiteral("Email"), QStringLiteral("Mobile Phone"), QStringLiteral("Notes")});
    mapping.roles[4] = io::ColumnRole{};
    mapping.roles[5].field = io::ColumnField::Notes;
    services::ImportOptions o;
    o.mapping = mapping;
    o.dryRun = true;
    s = f.import(jane, o);
    CHECK(s.unimportedColumns == QStringList{QStringLiteral("Patient Number"), QStringLiteral("Mobile Phone")});
}

TEST_CASE("rapport-cli import names the columns not imported, in --json and for people", "[import][unimported]")
{
    CliHarness h;
    const QString jane = writeFile(h.dir, QStringLiteral("jane-notes.csv"),
                                   "Patient Number,First Name,Last Name,Email,Mobile Phone,Notes\n"
                                   "1001,Ana,Silva,ana@example.org,07400 123456,Prefers mornings\n");
    auto r = h.run({QStringLiteral("import"), jane, QStringLiteral("--json"), QStringLiteral("--dry-run")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).toObject().value(QStringLiteral("line")).toInt() == 1);
    CHECK(warnings.at(0).toObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("columns not imported: 'Patient Number', 'Notes'"));

    r = h.run({QStringLiteral("import"), jane});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\nnote line 1: columns not imported: 'Patient Number', 'Notes'\n")));
}

TEST_CASE("email addresses are imported as written; another case is the same client", "[import][email-case]")
{
    Fixture f;
    const QString first = writeFile(f.dir, QStringLiteral("first.csv"),
                                    "Name,Email\n"
                                    "Ana Silva,Ana.Silva@Example.COM\n"
                                    "Ana S.,ANA.SILVA@EXAMPLE.COM\n");
    auto s = f.import(first);
    CHECK(s.imported == 1);
    CHECK(s.merged == 1); // the second line, within the file
    auto ana = f.client(QStringLiteral("Ana Silva"));
    REQUIRE(ana.emails().size() == 1);
    CHECK(ana.emails().first().value == QStringLiteral("Ana.Silva@Example.COM"));

    const QString again = writeFile(f.dir, QStringLiteral("again.csv"),
                                    "Name,Email,Mobile\nAna Silva,ana.silva@example.com,07400 123456\n");
    s = f.import(again);
    CHECK(s.imported == 0);
    CHECK(s.merged == 1);
    REQUIRE(f.clients().size() == 1);
    ana = f.client(QStringLiteral("Ana Silva"));
    REQUIRE(ana.emails().size() == 1); // not added a second time in another case
    CHECK(ana.emails().first().value == QStringLiteral("Ana.Silva@Example.COM"));
    CHECK(contact(ana, QStringLiteral("+447400123456"))); // what the file adds is added

    // An address stored lower-cased by an earlier version is matched by any spelling, and stays.
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO clients (id, name, created_at, updated_at) VALUES "
                                  "(50, 'Old Client', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO contact_points (client_id, kind, value, label, number_type, position) "
                                  "VALUES (50, 'email', 'old.client@example.org', 'Email', 'unknown', 0)")));
    const QString old = writeFile(f.dir, QStringLiteral("old.csv"), "Name,Email\nOld Client,Old.Client@Example.ORG\n");
    s = f.import(old);
    CHECK(s.imported == 0);
    CHECK(s.merged == 1);
    const auto oldClient = f.client(QStringLiteral("Old Client"));
    CHECK(oldClient.id == 50);
    REQUIRE(oldClient.emails().size() == 1);
    CHECK(oldClient.emails().first().value == QStringLiteral("old.client@example.org"));
}

TEST_CASE("a long list matches stored addresses in any case too", "[import][email-case]")
{
    Fixture f;
    QByteArray upper = "Name,Email\n";
    QByteArray lower = "Name,Email\n";
    for (int i = 0; i < 600; ++i) { // more than one batch of addresses
        upper += QStringLiteral("Client %1,Client.%1@Example.ORG\n").arg(i).toUtf8();
        lower += QStringLiteral("Client %1,client.%1@example.org\n").arg(i).toUtf8();
    }
    auto s = f.import(writeFile(f.dir, QStringLiteral("upper.csv"), upper));
    CHECK(s.imported == 600);
    const QString before = dump(*f.db);
    s = f.import(writeFile(f.dir, QStringLiteral("lower.csv"), lower));
    CHECK(s.imported == 0);
    CHECK(s.merged == 600);
    CHECK(dump(*f.db) == before);
    CHECK(f.client(QStringLiteral("Client 599")).emails().first().value == QStringLiteral("Client.599@Example.ORG"));
}

TEST_CASE("rapport-cli: an address added as written is found and matched in another case", "[import][email-case]")
{
    CliHarness h;
    const qint64 id = h.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva"), QStringLiteral("--email"),
                                   QStringLiteral("Ana.Silva@Example.COM")});
    REQUIRE(id > 0);
    auto r = h.run({QStringLiteral("client"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\"Ana.Silva@Example.COM\"")));

    const QString file = writeFile(h.dir, QStringLiteral("ana.csv"), "Name,Email\nAna Silva,ana.silva@example.com\n");
    r = h.run({QStringLiteral("import"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(o.value(QStringLiteral("merged")).toInt() == 1);

    r = h.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--search"),
               QStringLiteral("ana.silva@example.com"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("clients")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("id")).toInt() == id);
}
