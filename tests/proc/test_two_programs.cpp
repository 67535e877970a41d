// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs on one practice, with the built executables: the app (rapport-apphost: the real
// MainWindow, AppContext and worker threads, offscreen; and the real rapport binary) beside
// rapport-cli. Each time: no -wal or -shm is removed while a connection is open (no descriptor
// of any process points at a deleted practice file), every acknowledged write of every process is
// there after all exit, PRAGMA integrity_check is ok and the chain verifies.
#include "ProcessHarness.h"

#include "storage/Database.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proctest;

namespace {

struct Practice {
    QTemporaryDir dir;
    QString db;
    qint64 ana = 0;
    qint64 ben = 0;

    Practice() : db(dir.filePath(QStringLiteral("r.sqlite")))
    {
        REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
        ana = addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
        ben = addClient(QStringLiteral("Ben Okafor"), QStringLiteral("07911 123456"));
    }
    qint64 addClient(const QString& name, const QString& mobile) const
    {
        const Run r = cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), name,
                               QStringLiteral("--mobile"), mobile});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed().toLongLong();
    }
    bool filesOnDisk() const
    {
        return QFileInfo::exists(db + QStringLiteral("-wal")) && QFileInfo::exists(db + QStringLiteral("-shm"));
    }
    /// After every process has exited: each acknowledged event is there, the file is sound and
    /// the chain verifies.
    void checkAll(const QSet<qint64>& acknowledged) const
    {
        const Run v = cli(db, {QStringLiteral("consent"), QStringLiteral("verify")});
        INFO(v.err.toStdString());
        CHECK(v.code == 0);
        auto opened = rapport::storage::Database::open(db);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("ok"));
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM consent_events")));
        QSet<qint64> stored;
        while (q.next())
            stored.insert(q.value(0).toLongLong());
        for (const qint64 id : acknowledged) {
            INFO("event " << id);
            CHECK(stored.contains(id));
        }
        CHECK(v.out.trimmed() == QStringLiteral("ok: %1 events").arg(stored.size()));
    }
};

qint64 cliEventCount(const QString& db)
{
    const Run v = cli(db, {QStringLiteral("consent"), QStringLiteral("verify")});
    REQUIRE(v.code == 0);
    return v.out.trimmed().section(QLatin1Char(' '), 1, 1).toLongLong();
}

} // namespace

TEST_CASE("app open + rapport-cli reads: the app's WAL stays, and the CLI sees what the app writes", "[process]")
{
    Practice p;
    AppHost app(p.db);
    CHECK(app.deletedFiles().isEmpty());
    for (int i = 0; i < 3; ++i)
        REQUIRE(cli(p.db, {QStringLiteral("client"), QStringLiteral("list")}).code == 0);
    // The start-up ledger check (a worker thread with its own connection) has run and closed.
    CHECK(app.deletedFiles().isEmpty());
    CHECK(p.filesOnDisk());

    // A STOP logged in the app is a withdrawal the CLI sees at once.
    const qint64 before = cliEventCount(p.db);
    const QString stop = app.ask(QStringLiteral("inbound %1 STOP").arg(p.ana));
    CHECK(stop.endsWith(QLatin1String(" withdrawn")));
    CHECK(cliEventCount(p.db) == before + 2);
    const Run show = cli(p.db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(p.ana)});
    CHECK(show.out.contains(QLatin1String("withdrawn")));
    CHECK(app.deletedFiles().isEmpty());
    app.quit();
    p.checkAll({});
}

TEST_CASE("app open + rapport-cli writes: every write of both is there after both exit", "[process]")
{
    Practice p;
    QSet<qint64> acked;
    AppHost app(p.db);
    for (int i = 0; i < 4; ++i) {
        acked << cliConsent(p.db, p.ana, QStringLiteral("sms"),
                            i % 2 ? QStringLiteral("withdrawn") : QStringLiteral("granted"));
        acked << okNumber(app.ask(QStringLiteral("consent %1 email service granted").arg(p.ben)));
        CHECK(app.deletedFiles().isEmpty());
    }
    // The app's own connection sees the CLI's writes, and the CLI the app's.
    CHECK(okNumber(app.ask(QStringLiteral("count"))) == acked.size());
    CHECK(cliEventCount(p.db) == acked.size());
    CHECK(okNumber(app.ask(QStringLiteral("verify"))) == acked.size());
    CHECK(p.filesOnDisk());
    app.quit();
    p.checkAll(acked);
}

TEST_CASE("two apps on one practice see each other's writes and lose none", "[process]")
{
    Practice p;
    QSet<qint64> acked;
    AppHost a(p.db);
    AppHost b(p.db);
    for (int i = 0; i < 3; ++i) {
        acked << okNumber(a.ask(QStringLiteral("consent %1 sms service granted").arg(p.ana)));
        acked << okNumber(b.ask(QStringLiteral("consent %1 phone service granted").arg(p.ben)));
        REQUIRE(cli(p.db, {QStringLiteral("client"), QStringLiteral("list")}).code == 0);
    }
    CHECK(okNumber(a.ask(QStringLiteral("verify"))) == acked.size());
    CHECK(okNumber(b.ask(QStringLiteral("verify"))) == acked.size());
    CHECK(a.deletedFiles().isEmpty());
    CHECK(b.deletedFiles().isEmpty());
    a.quit();
    // The one still open keeps working on the same files.
    acked << okNumber(b.ask(QStringLiteral("consent %1 email service granted").arg(p.ana)));
    CHECK(b.deletedFiles().isEmpty());
    CHECK(cliEventCount(p.db) == acked.size());
    b.quit();
    p.checkAll(acked);
}

TEST_CASE("the app's workers busy (ledger checks, dashboard, import) while rapport-cli writes", "[process]")
{
    Practice p;
    const QString csv = p.dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name,Mobile,Email\n");
        for (int i = 0; i < 300; ++i)
            f.write(QStringLiteral("Client %1,07400 %2,c%1@example.org\n").arg(i).arg(100000 + i).toUtf8());
    }
    QSet<qint64> acked;
    AppHost app(p.db);
    CHECK(app.ask(QStringLiteral("busy 6")) == QLatin1String("ok"));
    app.ask(QStringLiteral("import ") + csv, 0); // answered when the worker is done
    for (int i = 0; i < 6; ++i) {
        acked << cliConsent(p.db, p.ana, QStringLiteral("sms"), QStringLiteral("granted"));
        CHECK(app.deletedFiles().isEmpty());
    }
    const QString imported = app.line();
    CHECK(okNumber(imported) == 300);
    CHECK(app.ask(QStringLiteral("dashboard")) == QLatin1String("ok"));
    CHECK(okNumber(app.ask(QStringLiteral("verify"))) == acked.size());
    CHECK(app.deletedFiles().isEmpty());
    CHECK(p.filesOnDisk());
    app.quit();
    const Run list = cli(p.db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.out.count(QLatin1String("@example.org")) == 300);
    p.checkAll(acked);
}

TEST_CASE("backups while another process writes: each backup is sound, no write is lost", "[process]")
{
    Practice p;
    QSet<qint64> acked;
    AppHost app(p.db);
    // A CLI writer in the background, printing each event id it recorded.
    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("for i in 1 2 3 4 5 6 7 8 9 10 11 12; do \"$0\" --db \"$1\" consent record \"$2\" "
                                 "--channel sms --scope service --state granted --method verbal || exit 1; done"),
                  QStringLiteral(RAPPORT_CLI_PATH), p.db, QString::number(p.ben)});
    REQUIRE(writer.waitForStarted());
    for (int i = 0; i < 4; ++i) {
        const QString target = p.dir.filePath(QStringLiteral("backup-%1.sqlite").arg(i));
        okNumber(app.ask(QStringLiteral("backup ") + target));
        const Run v = cli(target, {QStringLiteral("consent"), QStringLiteral("verify")});
        CHECK(v.code == 0);
        acked << okNumber(app.ask(QStringLiteral("consent %1 email service granted").arg(p.ana)));
        CHECK(app.deletedFiles().isEmpty());
    }
    // And a CLI backup while the app writes.
    const QString cliBackup = p.dir.filePath(QStringLiteral("cli-backup.sqlite"));
    REQUIRE(cli(p.db, {QStringLiteral("backup"), cliBackup}).code == 0);
    acked << okNumber(app.ask(QStringLiteral("consent %1 phone service granted").arg(p.ana)));
    REQUIRE(writer.waitForFinished(120000));
    CHECK(writer.exitCode() == 0);
    for (const QString& id :
         QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        acked << id.trimmed().toLongLong();
    CHECK(acked.size() == 4 + 1 + 12);
    CHECK(app.deletedFiles().isEmpty());
    app.quit();
    p.checkAll(acked);
}

TEST_CASE("restore stops the app's workers and is refused while another program has the practice open",
          "[process][restore]")
{
    Practice p;
    const qint64 inBackup = cliConsent(p.db, p.ana, QStringLiteral("sms"), QStringLiteral("granted"));
    const QString backup = p.dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(cli(p.db, {QStringLiteral("backup"), backup}).code == 0);
    cliConsent(p.db, p.ana, QStringLiteral("email"), QStringLiteral("granted")); // replaced by the restore

    AppHost a(p.db);
    {
        AppHost b(p.db);
        const QString refused = a.ask(QStringLiteral("restore ") + backup);
        CHECK(refused.startsWith(QLatin1String("error ")));
        CHECK(refused.contains(QLatin1String("another program")));
        CHECK(okNumber(b.ask(QStringLiteral("count"))) == 2); // nothing changed under b
        CHECK(okNumber(a.ask(QStringLiteral("count"))) == 2);
        b.quit();
    }
    // rapport-cli is refused while the app has it open: exit 4, one line saying why.
    const Run cliRefused = cli(p.db, {QStringLiteral("restore"), backup});
    CHECK(cliRefused.code == 4);
    CHECK(cliRefused.err.startsWith(QLatin1String("rapport-cli: ")));
    CHECK(cliRefused.err.contains(QLatin1String("another program")));
    CHECK(cliRefused.err.count(QLatin1Char('\n')) == 1);

    // Alone, with its workers busy: they are stopped and joined, then the restore goes through in
    // place; the same connection and files keep working.
    CHECK(a.ask(QStringLiteral("busy 4")) == QLatin1String("ok"));
    CHECK(okNumber(a.ask(QStringLiteral("restore ") + backup)) == 1);
    CHECK(okNumber(a.ask(QStringLiteral("count"))) == 1);
    CHECK(a.deletedFiles().isEmpty());
    CHECK(cliEventCount(p.db) == 1);
    const qint64 after = okNumber(a.ask(QStringLiteral("consent %1 phone service granted").arg(p.ben)));
    CHECK(okNumber(a.ask(QStringLiteral("verify"))) == 2);
    a.quit();
    CHECK(QFileInfo::exists(p.db + QStringLiteral(".before-restore")));
    p.checkAll({inBackup, after});
    // The previous practice was kept whole.
    CHECK(cliEventCount(p.db + QStringLiteral(".before-restore")) == 2);

    // rapport-cli restores when nobody else has it open.
    const Run ok = cli(p.db, {QStringLiteral("restore"), backup});
    INFO(ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(cliEventCount(p.db) == 1);
}

TEST_CASE("the real rapport binary and rapport-cli on one practice", "[process][gui]")
{
    Practice p;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(RAPPORT_GUI_PATH), {QStringLiteral("--db"), p.db});
    REQUIRE(app.waitForStarted());
    const qint64 pid = app.processId();
    // Open when its descriptors on the practice and its -shm are there; the ledger check thread
    // runs right after start: give it time to open and close its connection.
    QElapsedTimer t;
    t.start();
    while (descriptorsOn(pid, p.db + QStringLiteral("-shm")) == 0 && t.elapsed() < 60000)
        QThread::msleep(50);
    REQUIRE(descriptorsOn(pid, p.db + QStringLiteral("-shm")) > 0);
    QThread::msleep(1500);
    QSet<qint64> acked;
    for (int i = 0; i < 3; ++i) {
        REQUIRE(cli(p.db, {QStringLiteral("client"), QStringLiteral("list")}).code == 0);
        acked << cliConsent(p.db, p.ana, QStringLiteral("sms"), QStringLiteral("granted"));
        CHECK(deletedPracticeFiles(pid, p.db).isEmpty());
    }
    CHECK(p.filesOnDisk());
    app.terminate();
    REQUIRE(app.waitForFinished(30000));
    p.checkAll(acked);
}
