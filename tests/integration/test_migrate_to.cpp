// SPDX-License-Identifier: GPL-3.0-or-later
// rapport-cli migrate-to: a practice's file into the clinic's database and back, exactly. In
// the suite's PostgreSQL run the clinic is a PostgreSQL database (SQLite -> PostgreSQL ->
// SQLite); in the SQLite run it is another file, through the same code.
#include "CliHarness.h"
#include "PracticeGenerator.h"
#include "TestDatabase.h"

#include "storage/Database.h"
#include "storage/PracticeCopy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using rapport::storage::Database;
using rapport::storage::PracticeCopy;

namespace {

QVector<rapport::storage::CopiedTable> digestsOf(const QString& pathOrUrl)
{
    auto db = Database::open(pathOrUrl);
    REQUIRE(db.ok());
    auto d = PracticeCopy::digests(*db.value());
    REQUIRE(d.ok());
    return d.value();
}

void requireSame(const QVector<rapport::storage::CopiedTable>& a, const QVector<rapport::storage::CopiedTable>& b)
{
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        INFO(a[i].table.toStdString());
        CHECK(a[i].table == b[i].table);
        CHECK(a[i].rows == b[i].rows);
        CHECK(a[i].digest == b[i].digest);
    }
}

} // namespace

TEST_CASE("migrate-to copies a generated practice into the clinic's database and back, exactly", "[migrate][cli]")
{
    CliHarness h;
    const QString source = h.dir.filePath(QStringLiteral("own-practice.sqlite")); // always a file
    {
        auto db = Database::open(source);
        REQUIRE(db.ok());
        rapport::testing::PracticeSpec spec;
        spec.clients = 250;
        spec.seed = 13;
        const auto made = rapport::testing::generatePractice(*db.value(), spec);
        REQUIRE(made.ok());
        REQUIRE(made->appointments > 0);
    }
    const auto at = [&](const QString& db, QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return h.runRaw(args);
    };
    // What the generator does not make: settings, a scheduled message, an erased client (whose
    // events stay, pseudonymous).
    for (const QStringList& args :
         {QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("practice-name"),
                      QStringLiteral("Harbour Physio")},
          QStringList{QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("2"), QStringLiteral("--at"),
                      QStringLiteral("2026-12-03T10:00"), QStringLiteral("--channel"), QStringLiteral("email"),
                      QStringLiteral("--text"), QStringLiteral("Thanks for coming")},
          QStringList{QStringLiteral("client"), QStringLiteral("erase"), QStringLiteral("4")}}) {
        const auto r = at(source, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 0);
    }
    const auto before = digestsOf(source);

    const QString clinic = rapport::testing::testDatabase(h.dir, QStringLiteral("clinic.sqlite"));
    auto r = at(source, {QStringLiteral("migrate-to"), clinic, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("verified")).toBool());
    CHECK(summary.value(QStringLiteral("clients")).toInteger() == 250);
    const qint64 events = summary.value(QStringLiteral("events")).toInteger();
    CHECK(events >= 250);
    CHECK(summary.value(QStringLiteral("chain_head")).toString().size() == 64);
    requireSame(before, digestsOf(clinic));

    // The clinic's copy is a working practice: its ledger verifies, its search finds, its
    // exports are the file's to the byte, and it takes new clients and events after the copied ids.
    r = at(clinic, {QStringLiteral("consent"), QStringLiteral("verify")});
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == QStringLiteral("ok: %1 events").arg(events));
    for (const QStringList& args :
         {QStringList{QStringLiteral("consent"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
          QStringList{QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--search"),
                      QStringLiteral("an")},
          QStringList{QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")},
          QStringList{QStringLiteral("settings"), QStringLiteral("show")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto fromFile = at(source, args);
        const auto fromClinic = at(clinic, args);
        CHECK(fromFile.code == 0);
        CHECK(fromClinic.out == fromFile.out);
    }

    // A practice leaving the clinic: back into a new file, equal to the one it came from.
    const QString back = h.dir.filePath(QStringLiteral("leaving.sqlite"));
    r = at(clinic, {QStringLiteral("migrate-to"), back});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("verified:")));
    requireSame(before, digestsOf(back));

    r = at(clinic,
           {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("New Client")});
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed() == QStringLiteral("251"));
    r = at(clinic, {QStringLiteral("consent"), QStringLiteral("record"), QStringLiteral("251"),
                    QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--scope"),
                    QStringLiteral("service"), QStringLiteral("--state"), QStringLiteral("granted")});
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed() == QString::number(events + 1));
}

TEST_CASE("migrate-to refuses a database that is not empty, the practice itself, and changes nothing", "[migrate][cli]")
{
    CliHarness h;
    REQUIRE(h.addClient({QStringLiteral("--name"), QStringLiteral("Ana Silva")}) > 0);
    QTemporaryDir other;
    CliHarness occupied;
    REQUIRE(occupied.addClient({QStringLiteral("--name"), QStringLiteral("Ben Okafor")}) > 0);
    const auto before = digestsOf(occupied.db);

    auto r = h.run({QStringLiteral("migrate-to"), occupied.db});
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("not empty")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    requireSame(before, digestsOf(occupied.db));

    r = h.run({QStringLiteral("migrate-to"), h.db});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("the practice itself")));

    // An unreachable server: exit 4, and no file of that name appears.
    r = h.run({QStringLiteral("migrate-to"), QStringLiteral("postgresql://nobody@127.0.0.1:1/x")});
    CHECK(r.code == 4);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));

    // After the refusals the practice still copies into a new file.
    const QString file = other.filePath(QStringLiteral("new.sqlite"));
    r = h.run({QStringLiteral("migrate-to"), file});
    CHECK(r.code == 0);
    CHECK(QFileInfo::exists(file));
}
