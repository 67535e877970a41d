// SPDX-License-Identifier: GPL-3.0-or-later
// A practice file that vanishes while a program has it open: a file manager moves it, a sync
// client replaces it, someone deletes it. SQLite would go on writing into the old inode, which
// nobody opens again, and every acknowledged write after that would be lost. The app (rapport-
// apphost, the real AppContext) must refuse the write with one clear message and leave the moved
// file as it was.
#include "ProcessHarness.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace proctest;

namespace {

struct Practice {
    QTemporaryDir dir;
    QString db;
    qint64 client = 0;

    Practice() : db(dir.filePath(QStringLiteral("r.sqlite")))
    {
        const Run r =
            cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Ana Silva"), QStringLiteral("--mobile"), QStringLiteral("07400 123456")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        client = r.out.trimmed().toLongLong();
    }
};

qint64 events(const QString& db)
{
    const Run v = cli(db, {QStringLiteral("consent"), QStringLiteral("verify")});
    INFO(v.err.toStdString());
    REQUIRE(v.code == 0);
    return v.out.trimmed().section(QLatin1Char(' '), 1, 1).toLongLong();
}

void requireRefusedWrite(const QString& answer)
{
    INFO(answer.toStdString());
    CHECK(answer.startsWith(QLatin1String("error ")));
    CHECK(answer.contains(QLatin1String("was moved or deleted while Rapport had it open")));
    CHECK(answer.contains(QLatin1String("nothing of this change was saved")));
}

} // namespace

TEST_CASE("a practice moved away while the app has it open: the next write is refused, the moved file intact",
          "[process][faults]")
{
    Practice p;
    AppHost app(p.db);
    const qint64 first = okNumber(app.ask(QStringLiteral("consent %1 sms service granted").arg(p.client)));
    CHECK(first > 0);
    const QString moved = p.dir.filePath(QStringLiteral("moved.sqlite"));
    REQUIRE(QFile::rename(p.db, moved));
    requireRefusedWrite(app.ask(QStringLiteral("consent %1 email service granted").arg(p.client)));
    app.quit();
    // The -wal and -shm stayed under the old name; SQLite finds them again only under that name,
    // so both go back together before the file is read.
    REQUIRE(QFile::rename(moved, p.db));
    CHECK(events(p.db) == 1);
}

TEST_CASE("a practice deleted while the app has it open: writes are refused, not lost into the deleted file",
          "[process][faults]")
{
    Practice p;
    AppHost app(p.db);
    okNumber(app.ask(QStringLiteral("consent %1 sms service granted").arg(p.client)));
    REQUIRE(QFile::remove(p.db));
    requireRefusedWrite(app.ask(QStringLiteral("consent %1 email service granted").arg(p.client)));
    requireRefusedWrite(app.ask(QStringLiteral("consent %1 phone service granted").arg(p.client)));
    app.quit();
    CHECK_FALSE(QFile::exists(p.db));
}

TEST_CASE("a practice replaced by another file of the same name while the app has it open", "[process][faults]")
{
    Practice p;
    AppHost app(p.db);
    okNumber(app.ask(QStringLiteral("consent %1 sms service granted").arg(p.client)));
    // A sync client's way: the new version is written beside it and renamed over it.
    const QString other = p.dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(cli(other, {QStringLiteral("init")}).code == 0);
    QFile f(other);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    f.close();
    REQUIRE(::rename(QFile::encodeName(other).constData(), QFile::encodeName(p.db).constData()) == 0);
    requireRefusedWrite(app.ask(QStringLiteral("consent %1 email service granted").arg(p.client)));
    app.quit();
    // The app's last close went to its own (unlinked) file: the one now at the path is untouched.
    QFile now(p.db);
    REQUIRE(now.open(QIODevice::ReadOnly));
    CHECK(QCryptographicHash::hash(now.readAll(), QCryptographicHash::Sha256) == before);
}
