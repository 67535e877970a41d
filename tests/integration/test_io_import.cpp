// SPDX-License-Identifier: GPL-3.0-or-later
// Import: every sample file, header recognition, vCard details, and hostile input.
#include <catch2/catch.hpp>

#include "domain/ImportText.h"
#include "io/ClientListReader.h"
#include "io/CsvReader.h"
#include "io/VCardReader.h"

#include <QBuffer>
#include <QTemporaryFile>

using namespace rapport::io;
namespace domain = rapport::domain;
using rapport::domain::Channel;
using rapport::domain::Scope;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(RAPPORT_SAMPLES_DIR "/") + QLatin1String(name);
}

ImportBatch readSample(const char* name)
{
    auto result = ClientListReader::readFile(sample(name));
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

domain::Result<ImportBatch> readBytes(const QByteArray& bytes, ImportFormat format = ImportFormat::Auto)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return ClientListReader::readAll(&buffer, format);
}

QVector<CsvRecord> readCsv(const QByteArray& bytes, domain::Status* error = nullptr, CsvLimits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, limits);
    QVector<CsvRecord> out;
    CsvRecord r;
    while (reader.next(r))
        out.push_back(r);
    if (error)
        *error = reader.error();
    return out;
}

QString errorOf(const QByteArray& bytes, ImportFormat format = ImportFormat::Auto)
{
    const auto result = readBytes(bytes, format);
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

const ImportRecord& byName(const ImportBatch& batch, const QString& name)
{
    for (const auto& r : batch.records)
        if (r.name == name)
            return r;
    FAIL("no record named " << name.toStdString());
    return batch.records.front();
}

} // namespace

namespace rapport::io {
std::ostream& operator<<(std::ostream& os, const RawPhone& p)
{
    return os << p.value.toStdString() << " [" << p.label.toStdString() << (p.mobileHint ? ", mobile]" : "]");
}
} // namespace rapport::io

TEST_CASE("Google Contacts sample: BOM, CRLF, ::: multi-values, quoted newline", "[io]")
{
    const ImportBatch batch = readSample("google-contacts.csv");
    CHECK(batch.formatName == QStringLiteral("Google Contacts"));
    REQUIRE(batch.records.size() == 4);
    for (const auto& r : batch.records)
        CHECK(r.problems.isEmpty());

    const auto& ana = byName(batch, QStringLiteral("Ana Silva"));
    CHECK(ana.line == 2);
    CHECK(ana.emails == QVector<RawEmail>{{QStringLiteral("ana.silva@example.org"), QStringLiteral("Home")}});
    CHECK(ana.phones == QVector<RawPhone>{{QStringLiteral("07400 123456"), QStringLiteral("Mobile"), true}});
    CHECK(ana.notes == QStringLiteral("Prefers afternoons"));

    const auto& tom = byName(batch, QStringLiteral("Tom J O'Neill"));
    CHECK(tom.line == 3);
    CHECK(tom.firstName == QStringLiteral("Tom"));
    CHECK(tom.lastName == QStringLiteral("O'Neill"));
    CHECK(tom.preferredName == QStringLiteral("Tommy"));
    CHECK(tom.emails == QVector<RawEmail>{{QStringLiteral("tom.oneill@example.com"), QStringLiteral("Work")},
                                          {QStringLiteral("tommy@example.net"), QStringLiteral("Home")}});
    CHECK(tom.phones == QVector<RawPhone>{{QStringLiteral("+44 7911 123456"), QStringLiteral("Mobile"), true},
                                          {QStringLiteral("0113 496 0000"), QStringLiteral("Home"), false}});
    CHECK(tom.notes == QStringLiteral("Referred by Ana\nReturning client"));

    const auto& zoe = byName(batch, QStringLiteral("Zoë Müller"));
    CHECK(zoe.line == 5); // Tom's quoted newline takes two physical lines
    CHECK(zoe.emails.isEmpty());
    CHECK(zoe.phones == QVector<RawPhone>{{QStringLiteral("07400 200301"), QStringLiteral("Mobile"), true},
                                          {QStringLiteral("020 7946 0018"), QStringLiteral("Work"), false}});

    const auto& priya = byName(batch, QStringLiteral("Priya Shah"));
    CHECK(priya.phones.isEmpty());
    CHECK(priya.emails == QVector<RawEmail>{{QStringLiteral("priya@example.org"), QStringLiteral("Other")}});
}

TEST_CASE("Outlook sample", "[io]")
{
    const ImportBatch batch = readSample("outlook-contacts.csv");
    CHECK(batch.formatName == QStringLiteral("Outlook"));
    REQUIRE(batch.records.size() == 3);
    const auto& grace = byName(batch, QStringLiteral("Grace Hopper"));
    CHECK(grace.emails.size() == 1);
    CHECK(grace.phones == QVector<RawPhone>{{QStringLiteral("07400 123499"), QStringLiteral("Mobile"), true}});
    const auto& liam = byName(batch, QStringLiteral("Liam Byrne"));
    // Only a home label: the mobile type must come from libphonenumber, not from the label.
    CHECK(liam.phones == QVector<RawPhone>{{QStringLiteral("+353 85 123 4567"), QStringLiteral("Home"), false}});
    CHECK(liam.notes == QStringLiteral("Lives in Dublin; call evenings"));
    CHECK(byName(batch, QStringLiteral("Mei Chen")).phones.front().label == QStringLiteral("Home"));
}

TEST_CASE("Jane sample: line 4 problems and marketing opt-ins", "[io]")
{
    const ImportBatch batch = readSample("jane-patients.csv");
    CHECK(batch.formatName == QStringLiteral("Jane"));
    REQUIRE(batch.records.size() == 4);
    const auto& bad = batch.records.at(2);
    CHECK(bad.line == 4);
    CHECK(bad.problems.contains(QStringLiteral("no first name")));
    CHECK(bad.problems.contains(QStringLiteral("invalid email 'not-an-email'")));
    CHECK(bad.phones == QVector<RawPhone>{{QStringLiteral("12"), QStringLiteral("Mobile"), true}});

    const auto& liz = byName(batch, QStringLiteral("Elizabeth Turner"));
    CHECK(liz.preferredName == QStringLiteral("Liz"));
    REQUIRE(liz.optIns.size() == 1);
    CHECK(liz.optIns.front().channel == Channel::Email);
    CHECK(liz.optIns.front().scope == Scope::Marketing);
    CHECK(liz.optIns.front().column == QStringLiteral("Marketing Email Opt-In"));
    CHECK(liz.optIns.front().rawValue == QStringLiteral("Yes"));
    CHECK(byName(batch, QStringLiteral("Sam Okafor")).optIns.isEmpty());
    CHECK(byName(batch, QStringLiteral("Hana Kim")).optIns.size() == 1);
    for (int i : {0, 1, 3})
        CHECK(batch.records.at(i).problems.isEmpty());
}

TEST_CASE("Apple vCard sample: type= lists, item groups with X-ABLabel, folded NOTE", "[io]")
{
    const ImportBatch batch = readSample("apple-contacts.vcf");
    CHECK(batch.formatName == QStringLiteral("vCard 3.0"));
    REQUIRE(batch.records.size() == 2);
    const auto& rhys = batch.records.at(0);
    CHECK(rhys.line == 1);
    CHECK(rhys.name == QStringLiteral("Rhys Evans"));
    CHECK(rhys.firstName == QStringLiteral("Rhys"));
    CHECK(rhys.emails == QVector<RawEmail>{{QStringLiteral("rhys@example.org"), QStringLiteral("Home")}});
    CHECK(rhys.phones == QVector<RawPhone>{{QStringLiteral("+44 7400 123458"), QStringLiteral("iPhone"), true},
                                           {QStringLiteral("0113 496 0002"), QStringLiteral("Landline"), false}});
    const auto& yui = batch.records.at(1);
    CHECK(yui.line == 10);
    CHECK(yui.name == QStringLiteral("Yui Nakamura"));
    CHECK(yui.phones == QVector<RawPhone>{{QStringLiteral("07911 123459"), QStringLiteral("Mobile"), true}});
    CHECK(yui.notes == QStringLiteral("Prefers email for anything long, thanks"));
}

TEST_CASE("Android vCard 2.1 sample: quoted-printable UTF-8 names", "[io]")
{
    const ImportBatch batch = readSample("android-contacts.vcf");
    CHECK(batch.formatName == QStringLiteral("vCard 2.1"));
    REQUIRE(batch.records.size() == 1);
    const auto& asa = batch.records.front();
    CHECK(asa.name == QStringLiteral("Åsa Åberg"));
    CHECK(asa.firstName == QStringLiteral("Åsa"));
    CHECK(asa.lastName == QStringLiteral("Åberg"));
    CHECK(asa.phones == QVector<RawPhone>{{QStringLiteral("+447400123460"), QStringLiteral("Mobile"), true},
                                          {QStringLiteral("+441134960003"), QStringLiteral("Home"), false}});
    CHECK(asa.emails == QVector<RawEmail>{{QStringLiteral("asa@example.se"), QStringLiteral("Home")}});
}

TEST_CASE("vCard in the wild: 4.0 tel URIs, folding mid-word, QP soft breaks, LF, lower case", "[io]")
{
    const QByteArray v4 = "begin:vcard\nversion:4.0\nfn:Ma\n rie Curie\nn:Curie;Marie;;;\n"
                          "TEL;VALUE=uri;TYPE=\"cell,text\":tel:+44-7400-123456\n"
                          "TEL;TYPE=work,voice;VALUE=uri:tel:+44-20-7946-0000;ext=12\n"
                          "EMAIL;TYPE=work:marie@exa\n\tmple.org\nNOTE:Line one\\nLine two\\, with comma\\; semi\n"
                          "end:vcard\n"
                          "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                          "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=\r\n=FCrgen;;;\r\n"
                          "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen =  \r\n M=C3=BCller\r\n"
                          "TEL;TYPE=CELL,VOICE:0151 123\r\nitem2.TEL:0161 000\r\nitem2.X-ABLabel:_$!<Mobile>!$_\r\n"
                          "END:VCARD";
    const auto result = readBytes(v4);
    REQUIRE(result.ok());
    const auto& records = result.value().records;
    REQUIRE(records.size() == 2);
    CHECK(records[0].name == QStringLiteral("Marie Curie"));
    CHECK(records[0].phones == QVector<RawPhone>{{QStringLiteral("+44-7400-123456"), QStringLiteral("Mobile"), true},
                                                 {QStringLiteral("+44-20-7946-0000"), QStringLiteral("Work"), false}});
    CHECK(records[0].emails.front().value == QStringLiteral("marie@example.org"));
    CHECK(records[0].notes == QStringLiteral("Line one\nLine two, with comma; semi"));
    CHECK(records[1].line == 12);
    CHECK(records[1].lastName == QStringLiteral("Müller"));
    CHECK(records[1].firstName == QStringLiteral("Jürgen"));
    CHECK(records[1].name == QStringLiteral("Jürgen Müller"));
    CHECK(records[1].phones.size() == 2);
    CHECK(records[1].phones[0].mobileHint);
    CHECK(records[1].phones[1] == RawPhone{QStringLiteral("0161 000"), QStringLiteral("Mobile"), true});
    CHECK(records[1].problems.isEmpty());
}

TEST_CASE("vCard structural errors name their line", "[io]")
{
    CHECK(errorOf("BEGIN:VCARD\nVERSION:3.0\nFN:A\n") ==
          QStringLiteral("line 1: the card begun here has no END:VCARD"));
    CHECK(errorOf("BEGIN:VCARD\nFN:A\nthis has no colon\nEND:VCARD\n").startsWith(QStringLiteral("line 3: ")));
    CHECK(errorOf("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD\n").startsWith(QStringLiteral("line 1: ")));
    CHECK(errorOf("BEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n").startsWith(QStringLiteral("line 4: END:VCARD")));
    // A nameless card is a record problem, not a file error.
    const auto nameless = readBytes("BEGIN:VCARD\nN:;;;;\nEMAIL:bad@@x\nEND:VCARD\n");
    REQUIRE(nameless.ok());
    CHECK(nameless.value().records.front().problems ==
          QStringList{QStringLiteral("no name"), QStringLiteral("invalid email 'bad@@x'")});
    CHECK(errorOf("   \n\n", ImportFormat::VCard) == QStringLiteral("the file holds no vCard"));
}

TEST_CASE("CSV reader: line ends, BOM, quotes, missing final newline", "[io]")
{
    domain::Status error;
    auto records = readCsv("\xEF\xBB\xBF"
                           "a,b,c\r\n1,\"x,y\",\"say \"\"hi\"\"\"\r2,\"two\r\nlines\",z\n\n3,,",
                           &error);
    CHECK_FALSE(error);
    REQUIRE(records.size() == 4);
    CHECK(records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(records[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("x,y"), QStringLiteral("say \"hi\"")});
    CHECK(records[2].line == 3);
    CHECK(records[2].fields[1] == QStringLiteral("two\r\nlines"));
    CHECK(records[3].line == 6);
    CHECK(records[3].fields == QStringList{QStringLiteral("3"), QString(), QString()});

    // Tiny chunks: CRLF and quotes split across reads give the same records.
    CsvLimits tiny;
    tiny.chunkBytes = 1;
    auto again = readCsv("\xEF\xBB\xBF"
                         "a,b,c\r\n1,\"x,y\",\"say \"\"hi\"\"\"\r2,\"two\r\nlines\",z\n\n3,,",
                         &error, tiny);
    CHECK_FALSE(error);
    REQUIRE(again.size() == records.size());
    for (int i = 0; i < again.size(); ++i) {
        CHECK(again[i].fields == records[i].fields);
        CHECK(again[i].line == records[i].line);
    }
}

TEST_CASE("CSV reader: malformed and hostile input give clear errors with lines", "[io]")
{
    domain::Status error;
    readCsv("a,b\n1,2\n3,\"open\nstill open", &error);
    REQUIRE(error);
    CHECK(error->message == QStringLiteral("line 3: a quoted field is not closed before the end of the file"));

    readCsv("a,b\n1,2\nok,caf\xE9\n", &error);
    REQUIRE(error);
    CHECK(error->message.startsWith(QStringLiteral("line 3: the text is not valid UTF-8")));

    readCsv("a,b\n\"x\ny\nz\xC3(\",1\n", &error);
    REQUIRE(error);
    CHECK(error->message.startsWith(QStringLiteral("line 4: ")));

    // 10,000 columns stop at the column cap on line 1.
    QByteArray wide;
    for (int i = 0; i < 10000; ++i)
        wide += "c" + QByteArray::number(i) + ",";
    readCsv(wide + "\n", &error);
    REQUIRE(error);
    CHECK(error->message == QStringLiteral("line 1: a record has more than 1000 columns"));

    // A 50 MB field stops at 1 MiB, with the line, without holding the rest.
    QByteArray huge = "name,notes\nAna,\"";
    huge += QByteArray(50 * 1024 * 1024, 'x');
    huge += "\"\n";
    readCsv(huge, &error);
    REQUIRE(error);
    CHECK(error->message == QStringLiteral("line 2: a field is longer than 1 MiB"));
    huge.clear();

    QByteArray nul("a,b\n1");
    nul.append('\0');
    nul.append("\x02,3\n");
    readCsv(nul, &error);
    REQUIRE(error);
    CHECK(error->message.startsWith(QStringLiteral("line 2: the file holds a NUL byte")));
}

TEST_CASE("Client list: hostile files never crash and say what is wrong", "[io]")
{
    CHECK(errorOf(QByteArray()) == QStringLiteral("the file is empty"));
    CHECK(errorOf("\xEF\xBB\xBF") == QStringLiteral("the file is empty"));
    CHECK(errorOf("First Name,Last Name,Email\r\n") == QStringLiteral("the file has a header line but no client rows"));
    CHECK(errorOf("First Name,Last Name\nAna,Silva,extra,more\n") ==
          QStringLiteral("line 2: the row has 4 fields but the header has 2"));
    CHECK(errorOf("colour,size\nred,2\n").startsWith(QStringLiteral("line 1: no column of the header")));
    CHECK(errorOf("Name,Email\n\"Ana,ana@example.org\n") ==
          QStringLiteral("line 2: a quoted field is not closed before the end of the file"));

    // Trailing empty cells past the header are tolerated (spreadsheets add them).
    const auto trailing = readBytes("First Name,Last Name\nAna,Silva,,\n");
    REQUIRE(trailing.ok());
    CHECK(trailing.value().records.front().name == QStringLiteral("Ana Silva"));

    // Binary garbage, deterministic: errors, never a crash.
    quint32 seed = 12345;
    for (int round = 0; round < 50; ++round) {
        QByteArray garbage(4096 + round * 100, '\0');
        for (auto& b : garbage) {
            seed = seed * 1664525u + 1013904223u;
            b = static_cast<char>(seed >> 24);
        }
        CHECK_FALSE(readBytes(garbage).ok());
        CHECK_FALSE(readBytes("BEGIN:VCARD\n" + garbage).ok());
    }
}

TEST_CASE("Formula cells are read as text, never evaluated or dropped", "[io]")
{
    const auto result = readBytes("Name,Mobile,Notes\n=HYPERLINK(\"x\"),+44 7400 123456,@SUM(A1)\n");
    REQUIRE(result.ok());
    const auto& r = result.value().records.front();
    CHECK(r.name == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(r.phones.front().value == QStringLiteral("+44 7400 123456"));
    CHECK(r.notes == QStringLiteral("@SUM(A1)"));
}

TEST_CASE("Header recognition: legacy Google, Cliniko, OpenEMR and generic names", "[io]")
{
    auto legacy =
        ColumnMapping::detect({QStringLiteral("Name"), QStringLiteral("Given Name"), QStringLiteral("Family Name"),
                               QStringLiteral("E-mail 1 - Type"), QStringLiteral("E-mail 1 - Value"),
                               QStringLiteral("Phone 1 - Type"), QStringLiteral("Phone 1 - Value")});
    CHECK(legacy.formatName == QStringLiteral("Google Contacts (legacy)"));
    const auto rec = legacy.apply({QStringLiteral("Ana Silva"), QStringLiteral("Ana"), QStringLiteral("Silva"),
                                   QStringLiteral("* Home"), QStringLiteral("ana@example.org"),
                                   QStringLiteral("Mobile ::: Home"), QStringLiteral("07400 1 ::: 0113 2")},
                                  2);
    CHECK(rec.name == QStringLiteral("Ana Silva"));
    CHECK(rec.emails.front().label == QStringLiteral("Home"));
    CHECK(rec.phones == QVector<RawPhone>{{QStringLiteral("07400 1"), QStringLiteral("Mobile"), true},
                                          {QStringLiteral("0113 2"), QStringLiteral("Home"), false}});

    auto cliniko =
        ColumnMapping::detect({QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                               QStringLiteral("time_zone"), QStringLiteral("patient_phone_numbers"),
                               QStringLiteral("accepted_sms_marketing"), QStringLiteral("accepted_email_marketing")});
    CHECK(cliniko.formatName == QStringLiteral("Cliniko"));
    const auto c = cliniko.apply({QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("a@b.co"),
                                  QStringLiteral("Europe/London"), QStringLiteral("Mobile: 07400 1; Home: 0113 2"),
                                  QStringLiteral("true"), QStringLiteral("false")},
                                 2);
    CHECK(c.timeZone == QStringLiteral("Europe/London"));
    CHECK(c.phones == QVector<RawPhone>{{QStringLiteral("07400 1"), QStringLiteral("Mobile"), true},
                                        {QStringLiteral("0113 2"), QStringLiteral("Home"), false}});
    REQUIRE(c.optIns.size() == 1);
    CHECK(c.optIns.front().channel == Channel::Sms);
    CHECK(c.optIns.front().scope == Scope::Marketing);

    auto emr =
        ColumnMapping::detect({QStringLiteral("fname"), QStringLiteral("lname"), QStringLiteral("phone_cell"),
                               QStringLiteral("phone_home"), QStringLiteral("email"), QStringLiteral("hipaa_allowsms"),
                               QStringLiteral("hipaa_allowemail"), QStringLiteral("hipaa_voice")});
    CHECK(emr.formatName == QStringLiteral("OpenEMR"));
    const auto e =
        emr.apply({QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("07400 1"), QString(),
                   QStringLiteral("a@b.co"), QStringLiteral("YES"), QStringLiteral("NO"), QStringLiteral("YES")},
                  2);
    REQUIRE(e.optIns.size() == 2);
    CHECK(e.optIns[0].channel == Channel::Sms);
    CHECK(e.optIns[0].scope == Scope::Service);
    CHECK(e.optIns[1].channel == Channel::Phone);

    auto generic = ColumnMapping::detect(
        {QStringLiteral("Forename"), QStringLiteral("Surname"), QStringLiteral("Cell"), QStringLiteral("Work Tel"),
         QStringLiteral("E-mail"), QStringLiteral("TZ"), QStringLiteral("Comments"), QStringLiteral("SMS consent"),
         QStringLiteral("Newsletter opt-in (email)"), QStringLiteral("Company Name"), QStringLiteral("Client ID")});
    CHECK(generic.formatName == QStringLiteral("CSV"));
    using F = ColumnField;
    const QVector<F> expected{F::FirstName, F::LastName, F::Phone, F::Phone,  F::Email, F::TimeZone,
                              F::Notes,     F::OptIn,    F::OptIn, F::Ignore, F::Ignore};
    REQUIRE(generic.roles.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        INFO(generic.header[i].toStdString() << " -> " << generic.describe(i).toStdString());
        CHECK(generic.roles[i].field == expected[i]);
    }
    CHECK(generic.roles[2].label == QStringLiteral("Mobile"));
    CHECK(generic.roles[3].label == QStringLiteral("Work"));
    CHECK(generic.roles[7].channel == Channel::Sms);
    CHECK(generic.roles[7].scope == Scope::Service);
    CHECK(generic.roles[8].channel == Channel::Email);
    CHECK(generic.roles[8].scope == Scope::Marketing);
}

TEST_CASE("A corrected mapping is fed back to the reader", "[io]")
{
    QBuffer buffer;
    buffer.setData("Who,Number\nAna Silva,07400 123456\n");
    buffer.open(QIODevice::ReadOnly);
    ClientListReader reader(&buffer);
    REQUIRE_FALSE(reader.open());
    ColumnMapping m = reader.mapping();
    CHECK(m.roles[0].field == ColumnField::Ignore);
    m.roles[0].field = ColumnField::FullName;
    m.roles[1] = ColumnRole{ColumnField::Phone, 0, QStringLiteral("Mobile")};
    reader.setMapping(m);
    ImportRecord r;
    REQUIRE(reader.next(r));
    CHECK(r.name == QStringLiteral("Ana Silva"));
    CHECK(r.phones == QVector<RawPhone>{{QStringLiteral("07400 123456"), QStringLiteral("Mobile"), true}});
    CHECK_FALSE(reader.next(r));
    CHECK_FALSE(reader.error());
    CHECK(columnFieldFromString(toString(ColumnField::PhoneLabel)) == ColumnField::PhoneLabel);
}

TEST_CASE("Email check, truthy values and labels", "[io]")
{
    for (const char* ok : {"a@b.co", "first.last+tag@sub.example.org", "o'neill@example.ie", "zoë@exämple.de"})
        CHECK(isValidEmail(QString::fromUtf8(ok)));
    for (const char* bad : {"not-an-email", "a@b", "a@@b.co", "@b.co", "a@b.c", "a b@c.co", "a..b@c.co", ".a@b.co",
                            "a@-b.co", "a@b..co", "a@b.c0"})
        CHECK_FALSE(isValidEmail(QString::fromUtf8(bad)));
    for (const char* yes : {"yes", "Y", "TRUE", "1", "x", "Opted In", " yes "})
        CHECK(isTruthy(QString::fromUtf8(yes)));
    for (const char* no : {"", "no", "0", "false", "N", "maybe"})
        CHECK_FALSE(isTruthy(QString::fromUtf8(no)));
    for (const char* m : {"Mobile", "cell", "CELL", "iPhone", "Mobil", "text", "* Mobile", "_$!<Mobile>!$_"})
        CHECK(isMobileLabel(QString::fromUtf8(m)));
    for (const char* l : {"Home", "Work", "Landline", "Main", ""})
        CHECK_FALSE(isMobileLabel(QString::fromUtf8(l)));
    CHECK(cleanLabel(QStringLiteral("_$!<HomeFAX>!$_")) == QStringLiteral("HomeFAX"));
}

TEST_CASE("CSV delimiter: sniffed from the header, confirmed by the first data lines", "[io][delimiter]")
{
    CHECK(CsvReader::sniffDelimiter("Name,Mobile,Email\nAna,07400 123456,a@b.co\n") == ',');
    CHECK(CsvReader::sniffDelimiter("Name;Mobile;Email\r\nAna;07400 123456;a@b.co\r\n") == ';');
    CHECK(CsvReader::sniffDelimiter("Name\tMobile\tEmail\nAna\t07400 123456\ta@b.co\n") == '\t');
    CHECK(CsvReader::sniffDelimiter("\xEF\xBB\xBF\n\nName;Email\nAna;a@b.co") == ';'); // BOM, blank lines
    // Decimal commas in the data do not outvote the semicolons of the header.
    CHECK(CsvReader::sniffDelimiter("Name;Balance;Fee\nAna;12,50;1,5\nBo;0,00;2,5\n") == ';');
    // A quoted field holding semicolons in a comma file: they are inside quotes, so not counted.
    CHECK(CsvReader::sniffDelimiter("Name,\"Notes; misc\",Email\nAna,\"tea; mornings\",a@b.co\n"
                                    "Bo,\"x;y;z\",b@b.co\n") == ',');
    CHECK(CsvReader::sniffDelimiter("\"Name;Full\",\"Notes;Misc\"\nAna,x\n") == ',');
    // A quoted line break does not end the header.
    CHECK(CsvReader::sniffDelimiter("Name;\"Notes,\nmore\";Email\nAna;x;a@b.co\n") == ';');
    // Both in the header: the data lines decide; with no data line, the header's count does.
    CHECK(CsvReader::sniffDelimiter("Name,Mobile,Email;Notes\nAna;07400 123456\nBo;07400 111222\n") == ';');
    CHECK(CsvReader::sniffDelimiter("Name;Notes, misc;Email\nAna;x, y;a@b.co\n") == ';');
    CHECK(CsvReader::sniffDelimiter("Name;Notes, misc;Email", true) == ';');
    // One column, or nothing at all: a comma.
    CHECK(CsvReader::sniffDelimiter("Name\nAna Silva\n") == ',');
    CHECK(CsvReader::sniffDelimiter(QByteArray()) == ',');
    // A data line cut off by the end of the sample is no evidence; at the end of the file it is.
    CHECK(CsvReader::sniffDelimiter("a;b,c\n1;2\n3,4", false) == ';');
    CHECK(CsvReader::sniffDelimiter("a;b,c\n1;2\n3,4", true) == ',');
}

TEST_CASE("Semicolon sample: Jane re-saved by a European spreadsheet", "[io][delimiter]")
{
    const ImportBatch batch = readSample("jane-patients-semicolon.csv");
    CHECK(batch.formatName == QStringLiteral("Jane"));
    CHECK(batch.delimiter == ';');
    CHECK(batch.mapping.header.size() == 10);
    REQUIRE(batch.records.size() == 3);
    const auto& lea = byName(batch, QString::fromUtf8("Léa Dubois"));
    CHECK(lea.line == 2);
    CHECK(lea.emails == QVector<RawEmail>{{QStringLiteral("lea.dubois@example.fr"), QString()}});
    CHECK(lea.phones == QVector<RawPhone>{{QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("Mobile"), true}});
    REQUIRE(lea.optIns.size() == 1);
    CHECK(lea.optIns.front().column == QStringLiteral("Marketing Email Opt-In"));
    const auto& jonas = byName(batch, QStringLiteral("Jonas Becker"));
    CHECK(jonas.preferredName == QStringLiteral("Joni"));
    CHECK(jonas.optIns.isEmpty());
    CHECK(byName(batch, QStringLiteral("Marta Nowak")).line == 4);
    for (const auto& r : batch.records)
        CHECK(r.problems.isEmpty());
}

TEST_CASE("Semicolon and tab files: quoted fields, decimal commas, lines, errors", "[io][delimiter]")
{
    domain::Status error;
    QBuffer buffer;
    const QByteArray semi = "Name;Balance;Notes\r\nAna;12,50;\"tea; \"\"mornings\"\"\"\r\n"
                            "Bo;\"1.234,56\";\"two\nlines\"\r\nCy;0,5;\r\n";
    for (const qsizetype chunk : {qsizetype(256 * 1024), qsizetype(1)}) {
        buffer.close();
        buffer.setData(semi);
        buffer.open(QIODevice::ReadOnly);
        CsvLimits limits;
        limits.chunkBytes = chunk;
        CsvReader reader(&buffer, limits, ';');
        QVector<CsvRecord> records;
        CsvRecord r;
        while (reader.next(r))
            records.push_back(r);
        CHECK_FALSE(reader.error());
        REQUIRE(records.size() == 4);
        CHECK(records[1].fields ==
              QStringList{QStringLiteral("Ana"), QStringLiteral("12,50"), QStringLiteral("tea; \"mornings\"")});
        CHECK(records[2].fields[1] == QStringLiteral("1.234,56"));
        CHECK(records[2].fields[2] == QStringLiteral("two\nlines"));
        CHECK(records[3].line == 5);
        CHECK(records[3].fields == QStringList{QStringLiteral("Cy"), QStringLiteral("0,5"), QString()});
    }

    const auto tab = readBytes("Name\tMobile\tNotes\nAna Silva\t07400 123456\t\"a, b; c\"\n");
    REQUIRE(tab.ok());
    CHECK(tab.value().delimiter == '\t');
    REQUIRE(tab.value().records.size() == 1);
    CHECK(tab.value().records.front().name == QStringLiteral("Ana Silva"));
    CHECK(tab.value().records.front().notes == QStringLiteral("a, b; c"));

    // Bad input still names its line, whatever the separator.
    CHECK(errorOf("Name;Notes\nAl;ok\nBo;\"never closed\n") ==
          QStringLiteral("line 3: a quoted field is not closed before the end of the file"));
    CHECK(errorOf("First Name;Last Name\nAna;Silva\nBo;Lund;extra;more\n") ==
          QStringLiteral("line 3: the row has 4 fields but the header has 2"));
    CHECK(errorOf("Name\tEmail\nAl\tal@example.org\nJos\xE9\tjose@example.org\n")
              .startsWith(QStringLiteral("line 3: the text is not valid UTF-8")));

    // A comma file whose quoted cells hold semicolons is still read at its commas.
    const auto comma = readBytes("Name,Notes,Email\nAna Silva,\"tea; mornings\",ana@example.org\n");
    REQUIRE(comma.ok());
    CHECK(comma.value().delimiter == ',');
    CHECK(comma.value().records.front().notes == QStringLiteral("tea; mornings"));
    CHECK(comma.value().records.front().emails.size() == 1);

    // A separator given explicitly is used as given.
    buffer.close();
    buffer.setData("Name;Email\nAna Silva;ana@example.org\n");
    buffer.open(QIODevice::ReadOnly);
    ClientListReader forced(&buffer, ImportFormat::Csv, ',');
    REQUIRE_FALSE(forced.open());
    CHECK(forced.delimiter() == ',');
    CHECK(forced.mapping().header == QStringList{QStringLiteral("Name;Email")});
}

TEST_CASE("Columns not imported are named by their header text", "[io][unimported]")
{
    CHECK(readSample("jane-patients.csv").unimportedColumns == QStringList{QStringLiteral("Patient Number"),
                                                                           QStringLiteral("Birth Date"),
                                                                           QStringLiteral("Active/Inactive")});
    CHECK(readSample("jane-patients-semicolon.csv").unimportedColumns ==
          QStringList{QStringLiteral("Patient Number"), QStringLiteral("Birth Date"), QStringLiteral("Balance"),
                      QStringLiteral("Notes")});
    CHECK(readSample("outlook-contacts.csv").unimportedColumns.isEmpty());
    CHECK(readSample("apple-contacts.vcf").unimportedColumns.isEmpty());

    // Columns without header text: named by position, and only when some row fills them.
    auto unnamed = readBytes("Name, ,Email,,\nAna Silva,,ana@example.org,,\nBo Lund,x,,,\n");
    REQUIRE(unnamed.ok());
    CHECK(unnamed.value().unimportedColumns == QStringList{QStringLiteral("column 2")});

    // A column a person set to ignore is named too.
    QBuffer buffer;
    buffer.setData("Name,Mobile,Client ID\nAna Silva,07400 123456,17\n");
    buffer.open(QIODevice::ReadOnly);
    ClientListReader reader(&buffer);
    REQUIRE_FALSE(reader.open());
    CHECK(reader.unimportedColumns() == QStringList{QStringLiteral("Client ID")});
    ColumnMapping m = reader.mapping();
    m.roles[1] = ColumnRole{};
    reader.setMapping(m);
    CHECK(reader.unimportedColumns() == QStringList{QStringLiteral("Mobile"), QStringLiteral("Client ID")});
}
