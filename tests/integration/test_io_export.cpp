// SPDX-License-Identifier: GPL-3.0-or-later
// Export: the CSV writer, the consent CSV/JSON/PDF exporters, and files written 0600.
#include <catch2/catch.hpp>

#include "io/ConsentCsvExporter.h"
#include "io/ConsentJsonExporter.h"
#include "io/ConsentPdfExporter.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/SaveFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::io;

namespace {

const QStringList& trickyNames()
{
    static const QStringList k{QStringLiteral("O'Neill, Tom"),
                               QStringLiteral("Ana \"Nan\" Silva"),
                               QStringLiteral("Two\nLines\r\nand CRLF"),
                               QStringLiteral("Zoë Müller-Åberg"),
                               QStringLiteral("Emoji 😀 👩‍⚕️"),
                               QStringLiteral(""),
                               QStringLiteral(" leading and trailing "),
                               QStringLiteral("comma,quote\",both")};
    return k;
}

QVector<CsvRecord> parse(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVector<CsvRecord> out;
    CsvRecord r;
    while (reader.next(r))
        out.push_back(r);
    REQUIRE_FALSE(reader.error());
    return out;
}

domain::ConsentEvent event(qint64 id, qint64 client, domain::Channel c, domain::Scope s, domain::ConsentState st,
                           const QDateTime& at, const QString& note = {})
{
    domain::ConsentEvent e;
    e.id = id;
    e.clientId = client;
    e.channel = c;
    e.scope = s;
    e.state = st;
    e.method = st == domain::ConsentState::Imported ? QStringLiteral("imported") : QStringLiteral("written");
    e.effectiveAt = at;
    e.recordedAt = at.addSecs(90);
    e.recordedBy = QStringLiteral("Dr Jo Bloggs");
    e.note = note;
    e.prevHash = id > 1 ? QString(64, QLatin1Char('a' + char((id - 1) % 6))) : QString();
    e.hash = QString(64, QLatin1Char('a' + char(id % 6)));
    return e;
}

/// rw for the owner, nothing for group and others (QFile also reports the "User" bits).
bool ownerOnly(const QString& path)
{
    const auto p = QFile::permissions(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther |
                        QFileDevice::ExeOwner;
    return (p & others) == 0 && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

struct Fixture {
    ExportHeader header;
    QVector<domain::Client> clients;
    QVector<domain::ConsentEvent> events;
    QString nameOf(qint64 id) const
    {
        for (const auto& c : clients)
            if (c.id == id)
                return c.name;
        return {};
    }
};

Fixture fixture()
{
    Fixture f;
    f.header.practiceName = QStringLiteral("Calm Rooms Therapy");
    f.header.generatedAt = utc(2026, 12, 1, 9, 30);
    f.header.timeZone = QTimeZone("Europe/London");
    f.header.chainHead = QStringLiteral("3f7a9c0e5b2d4816a0c3e9f1b7d5a2c4e6f8091a3b5c7d9e1f2a4b6c8d0e2f4a");
    f.header.ledgerEventCount = 5;
    domain::Client ana;
    ana.id = 1;
    ana.name = QStringLiteral("Ana Silva");
    ana.contacts = {{1, domain::ContactPoint::Kind::Phone, QStringLiteral("+447400123456"), QStringLiteral("Mobile"),
                     domain::NumberType::Mobile},
                    {2, domain::ContactPoint::Kind::Email, QStringLiteral("ana@example.org"), QStringLiteral("Home"),
                     domain::NumberType::Unknown}};
    ana.directives = {{domain::Directive::NoVoicemail, utc(2026, 3, 1, 10, 0), QStringLiteral("Dr Jo Bloggs")}};
    domain::Client tom;
    tom.id = 2;
    tom.name = QStringLiteral("=O'Neill, \"Tom\" 😀");
    f.clients = {ana, tom};
    using C = domain::Channel;
    using S = domain::Scope;
    using St = domain::ConsentState;
    f.events = {
        event(1, 1, C::Sms, S::Service, St::Granted, utc(2026, 1, 10, 9, 0), QStringLiteral("signed form")),
        event(2, 1, C::Email, S::Marketing, St::Imported, utc(2026, 7, 1, 12, 0),
              QStringLiteral("jane.csv, column Marketing Email Opt-In")),
        event(3, 2, C::Sms, S::Service, St::Granted, utc(2026, 2, 1, 8, 0), QStringLiteral("+1 said yes")),
        event(4, 1, C::Sms, S::Service, St::Withdrawn, utc(2026, 8, 2, 17, 5), QStringLiteral("STOP\r\nby text")),
        event(5, 2, C::Sms, S::Service, St::Refused, utc(2026, 1, 1, 8, 0), QStringLiteral("@older"))};
    f.events[3].effectiveAt = f.events[3].effectiveAt.addMSecs(250);
    return f;
}

QByteArray exportCsv(const Fixture& f)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ConsentCsvExporter exporter(f.header.timeZone);
    exporter.begin(&buffer);
    for (const auto& e : f.events)
        exporter.write(e, f.nameOf(e.clientId));
    REQUIRE_FALSE(exporter.finish());
    return buffer.data();
}

} // namespace

TEST_CASE("CSV writer round trip through CsvReader: commas, quotes, line breaks, accents, emoji", "[io]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriterOptions options;
        options.bufferBytes = 4096; // force several flushes
        CsvWriter writer(&buffer, options);
        for (int round = 0; round < 200; ++round)
            writer.writeRecord(trickyNames());
        REQUIRE_FALSE(writer.finish());
    }
    const QByteArray bytes = buffer.data();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.contains("\"O'Neill, Tom\",\"Ana \"\"Nan\"\" Silva\""));
    const auto records = parse(bytes);
    REQUIRE(records.size() == 200);
    for (const auto& r : records)
        CHECK(r.fields == trickyNames());
}

TEST_CASE("CSV writer takes empty fields given as a null pointer", "[io]")
{
    // A NULL or empty column read from PostgreSQL arrives as an empty QByteArray whose data() is
    // null; the sanitizer build caught memcpy being handed it.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const QByteArray empty;
    writer.writeUtf8(empty.constData(), empty.size());
    writer.writeUtf8(nullptr, 0);
    writer.writeAscii(nullptr, 0);
    writer.writeUtf8("x", 1);
    writer.endRecord();
    REQUIRE_FALSE(writer.finish());
    CHECK(buffer.data() == QByteArray("\xEF\xBB\xBF,,,x\r\n"));
}

TEST_CASE("CSV writer neutralises formula cells", "[io]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const QStringList cells{QStringLiteral("=1+1"), QStringLiteral("+447400123456"),
                            QStringLiteral("-2"),   QStringLiteral("@SUM(A1)"),
                            QStringLiteral("\tx"),  QStringLiteral("\rx"),
                            QStringLiteral("a=b"),  QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")};
    writer.writeRecord(cells);
    writer.writeField(qint64(-5));
    writer.endRecord();
    REQUIRE_FALSE(writer.finish());
    const auto records = parse(buffer.data());
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == QStringList{QStringLiteral("'=1+1"), QStringLiteral("'+447400123456"),
                                           QStringLiteral("'-2"), QStringLiteral("'@SUM(A1)"), QStringLiteral("'\tx"),
                                           QStringLiteral("'\rx"), QStringLiteral("a=b"),
                                           QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")")});
    CHECK(records[1].fields == QStringList{QStringLiteral("-5")});
    CHECK(buffer.data().contains("\"'\rx\""));
}

TEST_CASE("Consent CSV: exact columns, practice-zone offsets, neutralised cells", "[io]")
{
    const Fixture f = fixture();
    const QByteArray bytes = exportCsv(f);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "event_id,client_id,client_name,channel,scope,state,method,effective_at,recorded_at,"
                           "recorded_by,note,hash\r\n"));
    const auto rows = parse(bytes);
    REQUIRE(rows.size() == 6);
    CHECK(rows[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("Ana Silva"),
                                        QStringLiteral("sms"), QStringLiteral("service"), QStringLiteral("granted"),
                                        QStringLiteral("written"), QStringLiteral("2026-01-10T09:00:00+00:00"),
                                        QStringLiteral("2026-01-10T09:01:30+00:00"), QStringLiteral("Dr Jo Bloggs"),
                                        QStringLiteral("signed form"), f.events[0].hash});
    CHECK(rows[2].fields[7] == QStringLiteral("2026-07-01T13:00:00+01:00")); // BST
    CHECK(rows[2].fields[5] == QStringLiteral("imported"));
    CHECK(rows[3].fields[2] == QStringLiteral("'=O'Neill, \"Tom\" 😀"));
    CHECK(rows[3].fields[10] == QStringLiteral("'+1 said yes"));
    CHECK(rows[4].fields[7] == QStringLiteral("2026-08-02T18:05:00.250+01:00"));
    CHECK(rows[4].fields[10] == QStringLiteral("STOP\r\nby text"));
}

TEST_CASE("Consent CSV opens as intended in Python's csv module", "[io]")
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    INFO("python3 is installed by packaging/install-deps.sh: the check against a real CSV parser never skips");
    REQUIRE_FALSE(python.isEmpty());
    const Fixture f = fixture();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consent.csv"));
    REQUIRE_FALSE(ConsentCsvExporter::writeToFile(path, f.header.timeZone, [&](const auto& sink) -> domain::Status {
        for (const auto& e : f.events)
            sink(e, f.nameOf(e.clientId));
        return std::nullopt;
    }));
    QProcess py;
    py.start(python, {QStringLiteral("-c"),
                      QStringLiteral("import csv, json, sys\n"
                                     "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                                     "    print(json.dumps(list(csv.reader(f))))\n"),
                      path});
    REQUIRE(py.waitForFinished(30000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    const QJsonArray rows = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
    const auto ours = parse(exportCsv(f));
    REQUIRE(rows.size() == ours.size());
    for (int i = 0; i < rows.size(); ++i) {
        QStringList theirs;
        for (const auto& v : rows[i].toArray())
            theirs.push_back(v.toString());
        CHECK(theirs == ours[i].fields);
    }
    CHECK(rows[3].toArray()[2].toString() == QStringLiteral("'=O'Neill, \"Tom\" 😀"));
}

TEST_CASE("Exports are written 0600 and a failed export leaves the old file alone", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
        old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                           QFileDevice::ReadOther);
    }
    const auto failed = writeFileAtomically(path, [](QIODevice* d) -> domain::Status {
        d->write("half of it");
        return domain::Error::invalid(QStringLiteral("database went away"));
    });
    REQUIRE(failed);
    CHECK(failed->message == QStringLiteral("database went away"));
    QFile check(path);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == "previous export\n");
    check.close();

    REQUIRE_FALSE(writeFileAtomically(path, [](QIODevice* d) -> domain::Status {
        d->write("new\n");
        return std::nullopt;
    }));
    CHECK(ownerOnly(path));
    const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
    const Fixture f = fixture();
    REQUIRE_FALSE(ConsentJsonExporter::writeToFile(fresh, f.header, f.clients, [&](const auto& sink) -> domain::Status {
        for (const auto& e : f.events)
            sink(e);
        return std::nullopt;
    }));
    CHECK(ownerOnly(fresh));
    CHECK(writeFileAtomically(QStringLiteral("/nonexistent-dir/x.csv"), [](QIODevice*) -> domain::Status {
              return std::nullopt;
          })->message.startsWith(QStringLiteral("cannot write /nonexistent-dir/x.csv")));
}

TEST_CASE("Consent JSON: every event, current states, chain head, lossless", "[io]")
{
    const Fixture f = fixture();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ConsentJsonExporter exporter;
    exporter.begin(&buffer, f.header, f.clients);
    for (const auto& e : f.events)
        exporter.write(e);
    REQUIRE_FALSE(exporter.finish());
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(buffer.data(), &parseError).object();
    INFO(parseError.errorString().toStdString());
    REQUIRE(parseError.error == QJsonParseError::NoError);
    CHECK(doc[QStringLiteral("chain_head")].toString() == f.header.chainHead);
    CHECK(doc[QStringLiteral("practice")].toString() == QStringLiteral("Calm Rooms Therapy"));
    CHECK(doc[QStringLiteral("time_zone")].toString() == QStringLiteral("Europe/London"));
    CHECK(doc[QStringLiteral("generated_at")].toString() == QStringLiteral("2026-12-01T09:30:00+00:00"));
    CHECK(doc[QStringLiteral("event_count")].toInt() == 5);
    const QJsonArray events = doc[QStringLiteral("events")].toArray();
    REQUIRE(events.size() == 5);
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        const auto& src = f.events[i];
        CHECK(e[QStringLiteral("event_id")].toInteger() == src.id);
        CHECK(e[QStringLiteral("note")].toString() == src.note);
        CHECK(e[QStringLiteral("hash")].toString() == src.hash);
        CHECK(e[QStringLiteral("prev_hash")].toString() == src.prevHash);
        CHECK(QDateTime::fromString(e[QStringLiteral("effective_at")].toString(), Qt::ISODateWithMs) ==
              src.effectiveAt);
        CHECK(QDateTime::fromString(e[QStringLiteral("recorded_at")].toString(), Qt::ISODateWithMs) == src.recordedAt);
    }
    const QJsonArray current = doc[QStringLiteral("current")].toArray();
    REQUIRE(current.size() == 3);
    // Ana sms service: withdrawn (event 4, latest effective); Tom sms service: granted (event 3 is
    // later in effect than the refusal of event 5 even though 5 was recorded after it).
    CHECK(current[0].toObject()[QStringLiteral("state")].toString() == QStringLiteral("withdrawn"));
    CHECK(current[0].toObject()[QStringLiteral("event_id")].toInt() == 4);
    CHECK(current[1].toObject()[QStringLiteral("scope")].toString() == QStringLiteral("marketing"));
    CHECK(current[1].toObject()[QStringLiteral("state")].toString() == QStringLiteral("imported"));
    CHECK(current[2].toObject()[QStringLiteral("client_id")].toInt() == 2);
    CHECK(current[2].toObject()[QStringLiteral("state")].toString() == QStringLiteral("granted"));
    const QJsonObject ana = doc[QStringLiteral("clients")].toArray()[0].toObject();
    CHECK(ana[QStringLiteral("contacts")].toArray()[0].toObject()[QStringLiteral("number_type")].toString() ==
          QStringLiteral("mobile"));
    CHECK(ana[QStringLiteral("directives")].toArray()[0].toObject()[QStringLiteral("directive")].toString() ==
          QStringLiteral("no-voicemail"));
    CHECK(doc[QStringLiteral("clients")].toArray()[1].toObject()[QStringLiteral("name")].toString() ==
          f.clients[1].name);
}

TEST_CASE("Consent PDF renders and holds the chain head", "[io]")
{
    const Fixture f = fixture();
    QVector<ClientHistory> histories;
    for (const auto& c : f.clients) {
        ClientHistory h{c, {}};
        for (const auto& e : f.events)
            if (e.clientId == c.id)
                h.events.push_back(e);
        histories.push_back(h);
    }
    const QString html = ConsentPdfExporter::html(f.header, histories);
    CHECK(html.contains(f.header.chainHead));
    CHECK(html.contains(QStringLiteral("=O&#x27;Neill")) == false); // escaped, not injected raw
    CHECK(html.contains(QStringLiteral("page-break-before: always")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consent.pdf"));
    const auto status = ConsentPdfExporter::writeToFile(path, f.header, histories);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        REQUIRE(status);
        CHECK(status->message.contains(QStringLiteral("QGuiApplication")));
        CHECK_FALSE(QFile::exists(path));
        return;
    }
    REQUIRE_FALSE(status);
    CHECK(ownerOnly(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    pdf.close();

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("poppler-utils is installed by packaging/install-deps.sh: the render check never skips");
    REQUIRE_FALSE(pdftoppm.isEmpty());
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path,
                            dir.filePath(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60000));
    CHECK(render.exitCode() == 0);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("page-1.png"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("page-3.png")))); // cover, then one page per client

    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(out.contains(f.header.chainHead));
    CHECK(out.contains(QStringLiteral("Calm Rooms Therapy")));
    CHECK(out.contains(QStringLiteral("Ana Silva")));
    CHECK(out.contains(QStringLiteral("withdrawn")));
    CHECK(out.contains(QStringLiteral("no-voicemail")));
}

TEST_CASE("Consent PDF never splits a word inside the history table", "[io][pdf]")
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        FAIL("this check needs the QGuiApplication of the integration tests");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    Fixture f = fixture();
    domain::Client client = f.clients.front();
    client.name = QStringLiteral("Anastasia Kowalska-Wiśniewska");
    using C = domain::Channel;
    using S = domain::Scope;
    using St = domain::ConsentState;
    QVector<domain::ConsentEvent> events{
        event(1, 1, C::Email, S::Marketing, St::Granted, utc(2026, 12, 1, 9, 0),
              QStringLiteral("Signed the marketing consent form at reception")),
        event(2, 1, C::Email, S::Marketing, St::Withdrawn, utc(2026, 12, 14, 17, 5),
              QStringLiteral("Unsubscribed by replying to the December newsletter")),
        event(3, 1, C::Phone, S::Marketing, St::Refused, utc(2026, 9, 23, 10, 30), QStringLiteral("Declined")),
        event(4, 1, C::Sms, S::Service, St::Imported, utc(2026, 11, 30, 23, 59),
              QStringLiteral("Imported from the previous booking system")),
    };
    for (auto& e : events)
        e.recordedBy = QStringLiteral("Dr Josephine Bloggs-Worthington");
    events[0].method = QStringLiteral("online-form");
    events[1].method = QStringLiteral("inbound-message");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("words.pdf"));
    REQUIRE_FALSE(ConsentPdfExporter::writeToFile(path, f.header, {{client, events}}));
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    REQUIRE(text.exitCode() == 0);
    // NFKC: the PDF's "ﬀ" and "ﬁ" ligatures read back as "ff" and "fi".
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    INFO(out.toStdString());
    REQUIRE(out.contains(QStringLiteral("History")));
    // A word cut across lines leaves a beginning followed by a space or a line break ("Effecti ve",
    // "inbound-" then "message"): no beginning of these words may stand alone.
    const QStringList words{
        QStringLiteral("Effective"),  QStringLiteral("Recorded"),        QStringLiteral("December"),
        QStringLiteral("September"),  QStringLiteral("November"),        QStringLiteral("marketing"),
        QStringLiteral("withdrawn"),  QStringLiteral("inbound-message"), QStringLiteral("online-form"),
        QStringLiteral("Josephine"),  QStringLiteral("Worthington"),     QStringLiteral("newsletter"),
        QStringLiteral("unverified"), QStringLiteral("reception")};
    for (const QString& word : words) {
        INFO(word.toStdString());
        CHECK(out.contains(word));
        for (int k = 5; k < word.size(); ++k) {
            const QRegularExpression cut(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(word.left(k)) +
                                         QStringLiteral("\\s"));
            INFO(word.left(k).toStdString());
            CHECK_FALSE(out.contains(cut));
        }
    }
}
