// SPDX-License-Identifier: GPL-3.0-or-later
// The built rapport-cli end to end: real process, real streams, real exit codes.
#include "Cli.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Proc {
    int code = -1;
    QString out;
    QString err;
};

Proc cli(const QString& db, const QStringList& args, const QByteArray& stdinBytes = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_DB"), db);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinBytes);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("the rapport-cli binary runs a practitioner's day", "[cli][binary]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("practice.sqlite"));

    auto r = cli(db, {QStringLiteral("init")});
    REQUIRE(r.code == 0);
    REQUIRE(r.err.isEmpty());
    REQUIRE((QFile::permissions(db) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther)) == 0);

    r = cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Zoë Müller"), QStringLiteral("--mobile"), QStringLiteral("07400 200301")});
    REQUIRE(r.code == 0);
    REQUIRE(r.err.isEmpty());
    const QString id = r.out.trimmed();
    REQUIRE(id.toLongLong() > 0);

    r = cli(db, {QStringLiteral("consent"), QStringLiteral("record"), id, QStringLiteral("--channel"),
                 QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--state"),
                 QStringLiteral("granted"), QStringLiteral("--method"), QStringLiteral("verbal"),
                 QStringLiteral("--at"), QStringLiteral("2026-11-30T10:00Z")});
    REQUIRE(r.code == 0);

    // The draft comes on stdin (the consent took effect before the moment asked about, whatever
    // today's date is: the test never depends on the wall clock), as a script would pipe it.
    r = cli(db,
            {QStringLiteral("suggest"), id, QStringLiteral("--json"), QStringLiteral("--at"),
             QStringLiteral("2026-12-01T11:00Z")},
            QByteArrayLiteral("Hi Zo\xC3\xAB, a reminder of your appointment tomorrow at 10:00.\n"));
    REQUIRE(r.code == 0);
    REQUIRE(r.err.isEmpty());
    const QJsonObject advice = QJsonDocument::fromJson(r.out.toUtf8()).object();
    REQUIRE(advice.value(QStringLiteral("best")).toString() == QLatin1String("sms"));
    REQUIRE(advice.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString() ==
            QStringLiteral("Zoë Müller"));

    r = cli(db, {QStringLiteral("log"), id, QStringLiteral("--direction"), QStringLiteral("in"),
                 QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--text"), QStringLiteral("STOP")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.contains(QLatin1String("withdrawn: sms")));

    r = cli(db, {QStringLiteral("consent"), QStringLiteral("verify")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.trimmed() == QLatin1String("ok: 3 events"));

    r = cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                 QStringLiteral("--mobile"), QStringLiteral("12")});
    REQUIRE(r.code == 3);
    REQUIRE(r.out.isEmpty());
    REQUIRE(r.err.startsWith(QLatin1String("rapport-cli: ")));
    REQUIRE(r.err.count(QLatin1Char('\n')) == 1);

    r = cli(db, {QStringLiteral("bogus")});
    REQUIRE(r.code == 2);
    r = cli(db, {QStringLiteral("--version")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.startsWith(QLatin1String("rapport-cli ")));
}

TEST_CASE("several rapport-cli processes writing at once all land", "[cli][binary][concurrency]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("busy.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
    const QString id = cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Ana Silva")})
                           .out.trimmed();

    // Six processes at once, each appending to the consent ledger (the chain head is contended).
    constexpr int kProcesses = 6;
    QVector<QProcess*> running;
    for (int i = 0; i < kProcesses; ++i) {
        auto* p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RAPPORT_DB"), db);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(RAPPORT_CLI_PATH),
                 {QStringLiteral("consent"), QStringLiteral("record"), id, QStringLiteral("--channel"),
                  i % 2 ? QStringLiteral("sms") : QStringLiteral("email"), QStringLiteral("--scope"),
                  QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted")});
        running << p;
    }
    for (auto* p : running) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        REQUIRE(p->exitCode() == 0);
        delete p;
    }
    const auto r = cli(db, {QStringLiteral("consent"), QStringLiteral("verify")});
    REQUIRE(r.code == 0);
    REQUIRE(r.out.trimmed() == QStringLiteral("ok: %1 events").arg(kProcesses));
}

TEST_CASE("rapport-cli picks its application object from the parsed options: '--format PDF' writes a PDF",
          "[cli][binary]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("practice.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
    auto r = cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Ana Silva"), QStringLiteral("--mobile"), QStringLiteral("07400 123456")});
    REQUIRE(r.code == 0);
    REQUIRE(
        cli(db, {QStringLiteral("consent"), QStringLiteral("record"), r.out.trimmed(), QStringLiteral("--channel"),
                 QStringLiteral("sms"), QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--state"),
                 QStringLiteral("granted"), QStringLiteral("--at"), QStringLiteral("2026-11-30T10:00Z")})
            .code == 0);
    // Spellings the old argv sniffing missed: upper case, a separate value, a file without .pdf.
    const QList<QStringList> spellings{
        {QStringLiteral("--format"), QStringLiteral("PDF"), QStringLiteral("--out"),
         dir.filePath(QStringLiteral("a.report"))},
        {QStringLiteral("--format=Pdf"), QStringLiteral("--out"), dir.filePath(QStringLiteral("b.report"))},
        {QStringLiteral("--out"), dir.filePath(QStringLiteral("c.report")), QStringLiteral("--format"),
         QStringLiteral("pdf")}};
    for (const QStringList& options : spellings) {
        const QString file = options.at(options.indexOf(QStringLiteral("--out")) + 1);
        r = cli(db, QStringList{QStringLiteral("consent"), QStringLiteral("export")} + options);
        INFO(options.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 0);
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(5) == QByteArrayLiteral("%PDF-"));
    }
    // Not a PDF: CSV on stdout, under the plain core application.
    r = cli(db,
            {QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QLatin1String("event_id,client_id")));
}

TEST_CASE("needsGuiApplication reads the command from commands that outlive its answer", "[cli][sanitize]")
{
    // Regression (found by the ASan build): it resolved the command in a temporary list and then
    // read the command through the dangling pointer; the ASan suite fails on the read.
    using rapport::cli::needsGuiApplication;
    CHECK(needsGuiApplication({QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--out"), QStringLiteral("x.pdf")}));
    CHECK(needsGuiApplication({QStringLiteral("--db"), QStringLiteral("p.sqlite"), QStringLiteral("consent"),
                               QStringLiteral("export"), QStringLiteral("--format=PDF"), QStringLiteral("--out"),
                               QStringLiteral("x")}));
    CHECK_FALSE(needsGuiApplication(
        {QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}));
    CHECK_FALSE(needsGuiApplication({QStringLiteral("client"), QStringLiteral("list")}));
    CHECK_FALSE(needsGuiApplication({QStringLiteral("--version")}));
    CHECK_FALSE(needsGuiApplication({QStringLiteral("no-such-command")}));
}

TEST_CASE("rapport-cli counts a leading U+FEFF in the draft as the network does", "[cli][binary][sms]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("practice.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
    const auto smsOf = [](const Proc& r) {
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("sms")).toObject();
    };
    // In --text the character is part of the draft: UCS-2, six units for "\uFEFFHello".
    auto sms = smsOf(cli(db, {QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--text"),
                              QString(QChar(0xFEFF)) + QStringLiteral("Hello")}));
    CHECK(sms.value(QStringLiteral("encoding")).toString() == QLatin1String("UCS-2"));
    CHECK(sms.value(QStringLiteral("units")).toInt() == 6);
    // A file's UTF-8 signature is the file's, not the draft's; a U+FEFF after it is the draft's.
    sms = smsOf(cli(db, {QStringLiteral("analyze"), QStringLiteral("--json")}, QByteArray("\xEF\xBB\xBFHello")));
    CHECK(sms.value(QStringLiteral("encoding")).toString() == QLatin1String("GSM-7"));
    CHECK(sms.value(QStringLiteral("units")).toInt() == 5);
    sms = smsOf(
        cli(db, {QStringLiteral("analyze"), QStringLiteral("--json")}, QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFHello")));
    CHECK(sms.value(QStringLiteral("encoding")).toString() == QLatin1String("UCS-2"));
    CHECK(sms.value(QStringLiteral("units")).toInt() == 6);
}

TEST_CASE("the rapport-cli binary books, lists, moves and cancels an appointment", "[cli][binary][appointments]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("practice.sqlite"));
    auto r = cli(
        db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ana Silva")});
    REQUIRE(r.code == 0);
    const QString client = r.out.trimmed();
    // Fixed dates far from any wall clock: listing a day does not depend on today.
    r = cli(db, {QStringLiteral("appointments"), QStringLiteral("add"), client, QStringLiteral("--start"),
                 QStringLiteral("2026-12-03T15:00"), QStringLiteral("--end"), QStringLiteral("2026-12-03T15:30"),
                 QStringLiteral("--service"), QStringLiteral("Follow-up")});
    REQUIRE(r.code == 0);
    REQUIRE(r.err.isEmpty());
    const QString appt = r.out.trimmed();
    r = cli(db, {QStringLiteral("appointments"), QStringLiteral("move"), appt, QStringLiteral("--start"),
                 QStringLiteral("2026-12-03T16:00Z")});
    REQUIRE(r.code == 0);
    r = cli(db, {QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--date"),
                 QStringLiteral("2026-12-03"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    REQUIRE(r.err.isEmpty());
    const QJsonArray list =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("appointments")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("start")).toString() ==
          QLatin1String("2026-12-03T16:00:00+00:00"));
    CHECK(list.at(0).toObject().value(QStringLiteral("end")).toString() == QLatin1String("2026-12-03T16:30:00+00:00"));
    CHECK(list.at(0).toObject().value(QStringLiteral("service")).toString() == QLatin1String("Follow-up"));
    r = cli(db, {QStringLiteral("appointments"), QStringLiteral("cancel"), appt});
    REQUIRE(r.code == 0);
    r = cli(db, {QStringLiteral("appointments"), QStringLiteral("cancel"), QStringLiteral("999")});
    CHECK(r.code == 3);
    CHECK(r.err == QStringLiteral("rapport-cli: no appointment with id 999\n"));
    r = cli(db, {QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--date"),
                 QStringLiteral("2026-12-03")});
    CHECK(r.out.section(QLatin1Char('\t'), 3, 3) == QLatin1String("cancelled"));
}

TEST_CASE("the rapport-cli binary schedules, lists and cancels a message", "[cli][binary][queue]")
{
    QTemporaryDir dir;
    const QString db = rapport::testing::testDatabase(dir, QStringLiteral("practice.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
    auto r = cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Ana Silva"), QStringLiteral("--mobile"), QStringLiteral("07400 123456")});
    REQUIRE(r.code == 0);
    const QString client = r.out.trimmed();
    // An explicit future date: the test holds whatever today is.
    r = cli(db,
            {QStringLiteral("queue"), QStringLiteral("add"), client, QStringLiteral("--at"),
             QStringLiteral("2031-03-03T10:00Z"), QStringLiteral("--channel"), QStringLiteral("email")},
            QByteArray("Your receipt is attached.\n"));
    REQUIRE(r.code == 0);
    REQUIRE(r.err.isEmpty());
    const QString id = r.out.trimmed();
    r = cli(db, {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const auto messages = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 1);
    CHECK(messages.at(0).toObject().value(QStringLiteral("text")).toString() ==
          QLatin1String("Your receipt is attached."));
    CHECK(cli(db, {QStringLiteral("queue"), QStringLiteral("cancel"), id}).code == 0);
    r = cli(db, {QStringLiteral("queue"), QStringLiteral("list")});
    CHECK(r.out.isEmpty());
}
