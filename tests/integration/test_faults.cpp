// SPDX-License-Identifier: GPL-3.0-or-later
// Faults a practice file meets in ordinary life, through the real rapport-cli binary (a process of
// its own, so the quick check at open runs as it does for a user): pages overwritten past the
// header, a truncated file, a file from a newer version, a read-only file and a read-only folder
// (as an unprivileged user: root ignores permissions). Each gives one stderr line that starts
// with "rapport-cli:", exit code 4, and leaves the file byte for byte as it was.
#include <catch2/catch.hpp>

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using rapport::storage::Database;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QStringList& prefix = {})
{
    QProcess p;
    const QStringList all = prefix + QStringList{QStringLiteral(RAPPORT_CLI_PATH)} + args;
    p.start(all.first(), all.mid(1));
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// rapport-cli with a quick-check budget of `budgetMs` ($RAPPORT_QUICK_CHECK_MS).
Run cliWithBudget(const QStringList& args, const QString& budgetMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_QUICK_CHECK_MS"), budgetMs);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// A practice of 300 imported clients, written by the binary and closed (WAL checkpointed into the file).
QString makePractice(const QTemporaryDir& dir, const QString& name)
{
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray out = "Name,Mobile,Email\n";
        for (int i = 0; i < 300; ++i)
            out += QStringLiteral("Client %1,07911 %2,c%1@example.org\n").arg(i).arg(123000 + i).toUtf8();
        f.write(out);
    }
    const QString db = dir.filePath(name);
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE_FALSE(QFile::exists(db + QStringLiteral("-wal")));
    return db;
}

/// One line on stderr, starting with "rapport-cli:", exit 4, and nothing on stdout.
void requireRefused(const Run& r, const QString& says)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.code == 4);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(says));
}

/// Runs the rest of the command line as the unprivileged user `nobody` (setpriv, util-linux),
/// or directly when the suite does not run as root (permissions then apply to us already).
QStringList unprivileged()
{
    if (::geteuid() != 0)
        return {};
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return {QStringLiteral("missing-setpriv")};
    return {setpriv,
            QStringLiteral("--reuid=nobody"),
            QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"),
            QStringLiteral("env"),
            QStringLiteral("HOME=/tmp")};
}

} // namespace

TEST_CASE("rapport-cli refuses a practice whose pages were overwritten and leaves it as it was",
          "[faults][binary][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = makePractice(dir, QStringLiteral("damaged.db"));
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 70 * 4096);
        const QByteArray garbage(4096, '\xA5');
        for (int page : {40, 41, 60}) {
            REQUIRE(f.seek(qint64(page) * 4096));
            REQUIRE(f.write(garbage) == garbage.size());
        }
    }
    const QByteArray before = digest(db);
    requireRefused(cli({QStringLiteral("--db"), db, QStringLiteral("client"), QStringLiteral("list")}),
                   QStringLiteral("is damaged"));
    requireRefused(cli({QStringLiteral("--db"), db, QStringLiteral("client"), QStringLiteral("add"),
                        QStringLiteral("--name"), QStringLiteral("Nobody New")}),
                   QStringLiteral("put your latest backup in its place"));
    CHECK(digest(db) == before);
    CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
}

TEST_CASE("rapport-cli refuses a truncated practice file and leaves it as it was", "[faults][binary][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = makePractice(dir, QStringLiteral("truncated.db"));
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
    }
    const QByteArray before = digest(db);
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("consent"), QStringLiteral("verify")});
    requireRefused(r, db);
    CHECK(digest(db) == before);
}

TEST_CASE("rapport-cli refuses a practice from a newer version, exit 4, unchanged", "[faults][binary][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = makePractice(dir, QStringLiteral("newer.db"));
    {
        QFile f(db); // user_version: four bytes at offset 60 of the header, big-endian
        REQUIRE(f.open(QIODevice::ReadWrite));
        const quint32 v = quint32(Database::latestVersion() + 1);
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        REQUIRE(f.seek(60));
        REQUIRE(f.write(bytes, 4) == 4);
    }
    const QByteArray before = digest(db);
    requireRefused(cli({QStringLiteral("--db"), db, QStringLiteral("client"), QStringLiteral("list")}),
                   QStringLiteral("newer version of Rapport"));
    CHECK(digest(db) == before);
}

TEST_CASE("rapport-cli as a user who may not write the file or its folder: one clear line, unchanged",
          "[faults][binary][sqlite-only]")
{
    const QStringList as = unprivileged();
    if (as == QStringList{QStringLiteral("missing-setpriv")}) {
        WARN("setpriv (util-linux) is missing: cannot run as an unprivileged user");
        return;
    }
    QTemporaryDir dir;
    const QString db = makePractice(dir, QStringLiteral("shared.db"));
    const QString add = QStringLiteral("client add --name Someone --mobile 07911123456");
    const QStringList addArgs = QStringList{QStringLiteral("--db"), db} + add.split(QLatin1Char(' '));
    // The folder may be entered and read by everyone; the file belongs to root.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
    const QByteArray before = digest(db);

    SECTION("a read-only file")
    {
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                      QFileDevice::ReadGroup);
        requireRefused(cli(addArgs, as), QStringLiteral("cannot write to the database"));
    }
    SECTION("a writable file in a read-only folder (no room for -wal and -shm)")
    {
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                      QFileDevice::WriteOther | QFileDevice::ReadGroup | QFileDevice::WriteGroup);
        requireRefused(cli(addArgs, as), QStringLiteral("cannot write in the folder"));
        CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
    }
    CHECK(digest(db) == before);
}

TEST_CASE("Database::open quick-checks a file once per process, never one it created", "[faults][storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString made = dir.filePath(QStringLiteral("made.db"));
    {
        auto db = Database::open(made);
        REQUIRE(db.ok());
        CHECK(db.value()->quickCheck() == Database::QuickCheck::NotRun);
    }
    {
        auto again = Database::open(made);
        REQUIRE(again.ok());
        CHECK(again.value()->quickCheck() == Database::QuickCheck::NotRun);
    }
    // A copy is another file (another inode): this process did not create it.
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(QFile::copy(made, copy));
    {
        auto db = Database::open(copy);
        REQUIRE(db.ok());
        CHECK(db.value()->quickCheck() == Database::QuickCheck::Ok);
    }
    {
        auto db = Database::open(copy);
        REQUIRE(db.ok());
        CHECK(db.value()->quickCheck() == Database::QuickCheck::NotRun);
    }
}

namespace {

/// A Rapport file of about 65 MB (the practice, then two tables of filler rows with an index
/// each: the check of either takes well over 1 ms), copied to another
/// inode so that this process did not create it and open() checks it.
QString bigCopy(const QTemporaryDir& dir)
{
    const QString made = dir.filePath(QStringLiteral("big-made.db"));
    {
        auto db = Database::open(made);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        // Two tables: whatever the practice's own tables cost, the check is past its 1 ms
        // budget once the first filler is checked, and the second is never reached.
        for (const QString& t : {QStringLiteral("filler_a"), QStringLiteral("filler_b")}) {
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, body BLOB)").arg(t)));
            REQUIRE(q.exec(QStringLiteral("CREATE INDEX %1_body ON %1(body)").arg(t)));
            REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                          "150000) INSERT INTO %1(body) SELECT randomblob(100) FROM n")
                               .arg(t)));
        }
    }
    const QString copy = dir.filePath(QStringLiteral("big.db"));
    REQUIRE(QFile::copy(made, copy));
    return copy;
}

struct EnvOverride {
    QByteArray name;
    EnvOverride(const char* n, const QByteArray& value) : name(n) { qputenv(n, value); }
    ~EnvOverride() { qunsetenv(name.constData()); }
};

} // namespace

TEST_CASE("the quick check at open stops at its time budget and says so", "[faults][storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString big = bigCopy(dir);
    SECTION("in process: Unfinished, the file opens")
    {
        EnvOverride budget("RAPPORT_QUICK_CHECK_MS", "1");
        QElapsedTimer t;
        t.start();
        auto db = Database::open(big);
        REQUIRE(db.ok());
        CHECK(db.value()->quickCheck() == Database::QuickCheck::Unfinished);
        // The whole check takes far longer than its 1 ms budget; stopped, it returns at once.
        WARN("open with a 1 ms budget took " << t.elapsed() << " ms");
    }
    SECTION("rapport-cli init warns that the check did not finish; check then runs it to the end")
    {
        const Run init = cliWithBudget({QStringLiteral("--db"), big, QStringLiteral("init")}, QStringLiteral("1"));
        const QString& err = init.err;
        INFO(err.toStdString());
        CHECK(init.code == 0);
        CHECK(err.startsWith(QStringLiteral("rapport-cli: warning: The quick check of ")));
        CHECK(err.contains(QStringLiteral("stopped after its time limit")));
        const Run r = cli({QStringLiteral("--db"), big, QStringLiteral("check")});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(r.out.startsWith(QStringLiteral("ok: ")));
        CHECK(r.out.contains(QStringLiteral("0 consent events verify")));
    }
}

TEST_CASE("rapport-cli check finds damage the quick check at open skipped", "[faults][binary][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = makePractice(dir, QStringLiteral("checked.db"));
    const Run ok = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    INFO(ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("every page, index and link checked")));
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QByteArray garbage(4096, '\x5A');
        REQUIRE(f.seek(qint64(45) * 4096));
        REQUIRE(f.write(garbage) == garbage.size());
    }
    const QByteArray before = digest(db);
    // The check at open is off, as when its budget ran out: the explicit check still finds it.
    requireRefused(cliWithBudget({QStringLiteral("--db"), db, QStringLiteral("check")}, QStringLiteral("0")),
                   QStringLiteral("is damaged"));
    CHECK(digest(db) == before);
}

namespace {

/// A tmpfs of `kib` KiB mounted on a fresh folder for the test's life (root only: a real full
/// disk, ENOSPC from the kernel, not a simulation).
struct SmallDisk {
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallDisk(int kib)
    {
        const QString mount = QStandardPaths::findExecutable(QStringLiteral("mount"));
        if (::geteuid() != 0 || mount.isEmpty())
            return;
        QProcess p;
        p.start(mount, {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                        QStringLiteral("size=%1k,mode=0755").arg(kib), QStringLiteral("tmpfs"), dir.path()});
        mounted = p.waitForFinished(30000) && p.exitCode() == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {dir.path()});
    }
    /// Fills the disk up to `leaveBytes` free.
    void fill(qint64 leaveBytes) const
    {
        QFile f(dir.filePath(QStringLiteral("filler")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(4096, 'x');
        while (QStorageInfo(dir.path()).bytesAvailable() > leaveBytes + block.size()) {
            if (f.write(block) != block.size())
                break;
            f.flush();
        }
    }
    void makeRoom() const { QFile::remove(dir.filePath(QStringLiteral("filler"))); }
};

int clientCount(const QString& db)
{
    const Run r =
        cli({QStringLiteral("--db"), db, QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out.count(QStringLiteral("\"id\""));
}

} // namespace

TEST_CASE("a full disk: the write is refused in one clear line, exit 4, and nothing stored is lost",
          "[faults][binary][sqlite-only]")
{
    SmallDisk disk(2048);
    if (!disk.mounted) {
        WARN("not root, or mount refused: the full-disk test needs a tmpfs it can mount");
        return;
    }
    const QString db = makePractice(disk.dir, QStringLiteral("full.db"));
    REQUIRE(clientCount(db) == 300);
    const QString more = disk.dir.filePath(QStringLiteral("more.csv"));
    {
        QFile f(more);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray out = "Name,Mobile,Email\n";
        for (int i = 0; i < 4000; ++i)
            out += QStringLiteral("Late Client %1,07400 %2,l%1@example.org\n").arg(i).arg(200000 + i).toUtf8();
        f.write(out);
    }

    SECTION("an import that fills the disk half-way is all or nothing")
    {
        disk.fill(96 * 1024);
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), more});
        requireRefused(r, QStringLiteral("is full"));
        CHECK(r.err.contains(QStringLiteral("nothing of this change was saved")));
    }
    SECTION("a single write on a disk with no room left")
    {
        disk.fill(0);
        const Run r =
            cli({QStringLiteral("--db"), db, QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Nobody New"), QStringLiteral("--mobile"), QStringLiteral("07911 654321")});
        INFO(r.err.toStdString());
        CHECK(r.code == 4);
        CHECK(r.err.startsWith(QStringLiteral("rapport-cli: ")));
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(r.out.isEmpty());
    }
    disk.makeRoom();
    CHECK(clientCount(db) == 300);
    const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("files and folders Rapport creates are its user's alone", "[faults][privacy][binary][sqlite-only]")
{
    QTemporaryDir dir;
    const mode_t previous = ::umask(022); // a typical session umask: others could read
    const QString nested = dir.filePath(QStringLiteral("new/practice/r.db"));
    const Run init = cli({QStringLiteral("--db"), nested, QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    REQUIRE(QDir().mkdir(dir.filePath(QStringLiteral("backups"))));
    const QString backup = dir.filePath(QStringLiteral("backups/today.db"));
    const Run b = cli({QStringLiteral("--db"), nested, QStringLiteral("backup"), backup});
    INFO(b.err.toStdString());
    REQUIRE(b.code == 0);
    const QString exported = dir.filePath(QStringLiteral("consent.csv"));
    REQUIRE(cli({QStringLiteral("--db"), nested, QStringLiteral("consent"), QStringLiteral("export"),
                 QStringLiteral("--out"), exported})
                .code == 0);
    ::umask(previous);
    const auto mode = [](const QString& path) {
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
        return st.st_mode & 0777;
    };
    CHECK(mode(dir.filePath(QStringLiteral("new"))) == 0700);
    CHECK(mode(dir.filePath(QStringLiteral("new/practice"))) == 0700);
    CHECK(mode(nested) == 0600);
    CHECK(mode(backup) == 0600);
    CHECK(mode(exported) == 0600);
    // Opened in process (library users: tests, the app host), the folders are still 0700.
    const QString inProcess = dir.filePath(QStringLiteral("lib/one/r.db"));
    REQUIRE(Database::open(inProcess).ok());
    CHECK(mode(dir.filePath(QStringLiteral("lib"))) == 0700);
    CHECK(mode(inProcess) == 0600);
}

TEST_CASE("a file the app left sound is not checked again until someone writes it", "[faults][storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString made = dir.filePath(QStringLiteral("made.db"));
    REQUIRE(Database::open(made).ok());
    const QString path = dir.filePath(QStringLiteral("left.db"));
    REQUIRE(QFile::copy(made, path)); // another inode: this process has no memory of it
    const QString stamp = Database::fileStamp(path);
    REQUIRE_FALSE(stamp.isEmpty());
    SECTION("unchanged since: trusted")
    {
        Database::trustUnchanged(path, stamp);
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->quickCheck() == Database::QuickCheck::NotRun);
    }
    SECTION("written since by another program: checked")
    {
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadWrite | QIODevice::Append));
            REQUIRE(f.write(QByteArray(4096, '\0')) == 4096); // a page more, as a writer would add
        }
        Database::trustUnchanged(path, stamp);
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->quickCheck() == Database::QuickCheck::Ok);
    }
    SECTION("a stamp of another file: ignored")
    {
        Database::trustUnchanged(path, Database::fileStamp(made));
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->quickCheck() == Database::QuickCheck::Ok);
    }
}
