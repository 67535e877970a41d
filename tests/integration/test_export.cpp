// SPDX-License-Identifier: GPL-3.0-or-later
// ExportService and `rapport-cli consent export`: CSV shape, python's csv module, JSON, PDF, ranges, round trip.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "CliHarness.h"
#include "TransferTestUtil.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "storage/ClientRepository.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace rapport;
using namespace transfer_test;

namespace {

const QStringList kNames{QStringLiteral("Smith, Jane"),         QStringLiteral("Bob \"The Builder\" Jones"),
                         QStringLiteral("=1+2 Formula"),        QStringLiteral("Line\nBreak"),
                         QString::fromUtf8("Zoë Ågren-Müller"), QString::fromUtf8("Emoji 😀 Person"),
                         QStringLiteral("-Minus Start")};

/// Notes with a formula, a comma and quotes, and a line break.
QString noteFor(int n)
{
    if (n == 0)
        return QStringLiteral("=HYPERLINK(\"http://x\")");
    if (n == 3)
        return QStringLiteral("signed on paper,\nsecond line");
    return QStringLiteral("signed, \"on paper\"");
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db = openDb(rapport::testing::testDatabase(dir, QStringLiteral("e.db")));
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    QVector<qint64> ids;

    Fixture()
    {
        int n = 0;
        for (const QString& name : kNames) {
            services::ClientChanges c;
            c.name = name;
            c.mobiles = QStringList{QStringLiteral("07400 1234%1").arg(10 + n)};
            auto id = services::ClientService(*db, clock).add(c);
            REQUIRE(id.ok());
            ids << id.value();
            services::ConsentRequest r;
            r.clientId = id.value();
            r.channel = domain::Channel::Sms;
            r.scope = domain::Scope::Service;
            r.state = domain::ConsentState::Granted;
            r.method = QStringLiteral("written");
            r.effectiveAt = QDateTime(QDate(2026, 1, 1 + n), QTime(12, 0), Qt::UTC);
            r.note = noteFor(n);
            REQUIRE(services::ConsentService(*db, clock).record(r).ok());
            ++n;
        }
    }
    QString chainHead()
    {
        auto head = services::ConsentService(*db, clock).chainHead();
        REQUIRE(head.ok());
        return head.value();
    }
};

} // namespace

TEST_CASE("CSV export: columns, BOM, CRLF, neutralised formulas, python's csv reads it", "[export]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("out.csv"));
    auto r = services::ExportService(*f.db, f.clock).writeToFile({}, path);
    REQUIRE(r.ok());
    CHECK(r->events == kNames.size());
    CHECK(r->chainHead == f.chainHead());
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QByteArray bytes = readFile(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"
                             "event_id,client_id,client_name,channel,scope,state,method,effective_at,recorded_at,"
                             "recorded_by,note,hash\r\n"));
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.contains(",'=1+2 Formula,"));
    CHECK(bytes.contains("'-Minus Start"));
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    INFO("python3 is installed by packaging/install-deps.sh: the check against a real CSV parser never skips");
    REQUIRE_FALSE(python.isEmpty());
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import csv, json, sys\n"
                                    "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                    "    rows = list(csv.reader(f))\n"
                                    "print(json.dumps(rows))\n"),
                     path});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    const QJsonArray rows = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    REQUIRE(rows.size() == kNames.size() + 1);
    CHECK(rows.at(0).toArray().size() == 12);
    for (int i = 0; i < kNames.size(); ++i) {
        const QJsonArray row = rows.at(i + 1).toArray();
        REQUIRE(row.size() == 12);
        QString name = row.at(2).toString();
        if (name.startsWith(QLatin1Char('\'')))
            name.remove(0, 1);
        CHECK(name == kNames.at(i).simplified()); // names are stored on one line
        QString note = row.at(10).toString();
        if (note.startsWith(QLatin1Char('\'')))
            note.remove(0, 1);
        CHECK(note == noteFor(i));
        CHECK(row.at(11).toString().size() == 64);
    }
}

TEST_CASE("round trip: awkward names survive export and re-import", "[export][import]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("consents.csv"));
    REQUIRE(services::ExportService(*f.db, f.clock).writeToFile({}, path).ok());
    // The export is itself a client list: client_name is a name column.
    QTemporaryDir other;
    auto fresh = openDb(rapport::testing::testDatabase(other, QStringLiteral("fresh.db")));
    const QByteArray csv = readFile(path);
    // Re-import with the names only (the formula prefix is the export's, and a person would map it).
    auto summary = services::ImportService(*fresh, f.clock).importFile(path);
    REQUIRE(summary.ok());
    CHECK(summary->read == kNames.size());
    domain::ClientQuery all;
    auto clients = storage::ClientRepository(*fresh).list(all, QDateTime());
    REQUIRE(clients.ok());
    QStringList names;
    for (const auto& c : clients.value()) {
        QString n = c.name;
        if (n.startsWith(QLatin1Char('\'')))
            n.remove(0, 1);
        names << n;
    }
    for (const QString& n : kNames)
        CHECK(names.contains(QString(n).replace(QLatin1Char('\n'), QLatin1Char(' '))));
}

TEST_CASE("JSON export: every event, the chain head, current states", "[export]")
{
    Fixture f;
    CliHarness h;
    h.db = f.db->path();
    auto r = h.run(
        {QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    REQUIRE_FALSE(o.isEmpty());
    CHECK(o.value(QStringLiteral("chain_head")).toString() == f.chainHead());
    CHECK(o.value(QStringLiteral("events")).toArray().size() == kNames.size());
    CHECK(o.value(QStringLiteral("current")).toArray().size() == kNames.size());
    CHECK(o.value(QStringLiteral("clients")).toArray().size() == kNames.size());
}

TEST_CASE("consent export: client selection, date range, options", "[export]")
{
    Fixture f;
    CliHarness h;
    h.db = f.db->path();
    const QString consent = QStringLiteral("consent"), exp = QStringLiteral("export");
    auto r = h.run({consent, exp});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QChar(0xFEFF)));
    CHECK(r.out.count(QStringLiteral("\r\n")) == kNames.size() + 1);
    CHECK(r.out.contains(QStringLiteral("\"signed on paper,\nsecond line\"")));

    r = h.run({consent, exp, QStringLiteral("--client"), QString::number(f.ids.at(1))});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("The Builder")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Smith")));

    // Events took effect on 1, 2, 3 ... January 2026 at noon: 2..4 January is three of them.
    r = h.run({consent, exp, QStringLiteral("--from"), QStringLiteral("2026-01-02"), QStringLiteral("--to"),
               QStringLiteral("2026-01-04")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("The Builder")));
    CHECK(r.out.contains(QStringLiteral("Line Break")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Smith")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Minus")));

    CHECK(h.run({consent, exp, QStringLiteral("--format"), QStringLiteral("pdf")}).code == 2);
    CHECK(h.run({consent, exp, QStringLiteral("--format"), QStringLiteral("xml")}).code == 2);
    CHECK(h.run({consent, exp, QStringLiteral("--client"), QStringLiteral("999")}).code == 3);
    CHECK(h.run({consent, exp, QStringLiteral("--from"), QStringLiteral("yesterday")}).code == 3);
    r = h.run({consent, exp, QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
               QStringLiteral("2026-01-01")});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
    r = h.run({consent, exp, QStringLiteral("--out"), f.dir.filePath(QStringLiteral("no/such/dir/x.csv"))});
    CHECK(r.code == 3);
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
}

TEST_CASE("PDF export renders and shows the chain head", "[export]")
{
    // integration_tests runs under a QGuiApplication (RAPPORT_TEST_GUIAPP): the PDF is always checked.
    REQUIRE(qobject_cast<QGuiApplication*>(QCoreApplication::instance()));
    Fixture f;
    CliHarness h;
    h.db = f.db->path();
    const QString pdf = f.dir.filePath(QStringLiteral("report.pdf"));
    auto r = h.run({QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(f.chainHead()));
    CHECK(readFile(pdf).startsWith("%PDF"));
    CHECK((QFileInfo(pdf).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("poppler-utils is installed by packaging/install-deps.sh: the render check never skips");
    REQUIRE_FALSE(pdftoppm.isEmpty());
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf,
                            f.dir.filePath(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60000));
    CHECK(render.exitCode() == 0);
    CHECK((QFileInfo::exists(f.dir.filePath(QStringLiteral("page-1.png"))) ||
           QFileInfo::exists(f.dir.filePath(QStringLiteral("page-01.png")))));
    QProcess text;
    text.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    QString out = QString::fromUtf8(text.readAllStandardOutput());
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(out.contains(f.chainHead()));
    CHECK(out.contains(QStringLiteral("Smith,Jane")));
}
