// Faults a practice file meets in ordinary life, through the real rapport-cli binary (a process of
// its own, so the quick check at open runs as it does for a user): pages overwritten past the
// header, a truncated file, a file from a newer version, a read-only file and a read-only folder
// (as an unprivileged user: root ignores permissions). Each gives one stderr line that starts
// with "rapport-cli:", exit code 4, and leaves the file byte for byte as it was.
#include <catch2/catch.hpp>

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

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

TEST_CASE("rapport-cli refuses a practice whose pages were overwritten and leaves it as it was", "[faults][binary]")
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

TEST_CASE("rapport-cli refuses a truncated practice file and leaves it as it was", "[faults][binary]")
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

TEST_CASE("rapport-cli refuses a practice from a newer version, exit 4, unchanged", "[faults][binary]")
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
          "[faults][binary]")
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

TEST_CASE("Database::open quick-checks a file once per process, never one it created", "[faults][storage]")
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
