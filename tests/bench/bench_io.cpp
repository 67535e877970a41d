// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export throughput: CsvWriter and ConsentCsvExporter writing 1,000,000 rows to a file,
// next to `sqlite3 -csv` printing the same shape of rows, and CsvReader / ClientListReader on a
// generated 100,000-row client list. Run by hand: ./build/tests/bench/rapport_bench "[io]"
#include <catch2/catch.hpp>

#include "io/ClientListReader.h"
#include "io/ConsentCsvExporter.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <iostream>

using namespace rapport;
using namespace rapport::io;

namespace {

constexpr int kEvents = 1000000;
constexpr int kClients = 100000;

void report(const char* what, qint64 ms, qint64 bytes)
{
    std::cout << what << ": " << ms << " ms";
    if (bytes > 0)
        std::cout << ", " << bytes / (1024 * 1024) << " MiB, " << (ms > 0 ? bytes / 1024 / ms : 0) << " MiB/s";
    std::cout << std::endl;
}

domain::ConsentEvent sampleEvent()
{
    domain::ConsentEvent e;
    e.channel = domain::Channel::Sms;
    e.scope = domain::Scope::Service;
    e.state = domain::ConsentState::Granted;
    e.method = QStringLiteral("written");
    e.recordedBy = QStringLiteral("Dr Jo Bloggs");
    e.note = QStringLiteral("signed intake form, page 2");
    e.hash = QStringLiteral("3f7a9c0e5b2d4816a0c3e9f1b7d5a2c4e6f8091a3b5c7d9e1f2a4b6c8d0e2f4a");
    return e;
}

} // namespace

TEST_CASE("Export 1,000,000 consent events to CSV", "[bench][io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    const QTimeZone london("Europe/London");
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    const QStringList names{QStringLiteral("Ana Silva"), QStringLiteral("Tom O'Neill, Jr"),
                            QStringLiteral("Zoë Müller"), QStringLiteral("Priya Shah")};

    QElapsedTimer timer;
    timer.start();
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        writer.writeRecord(ConsentCsvExporter::columns());
        const QString when = QStringLiteral("2025-06-01T10:00:00+01:00");
        domain::ConsentEvent e = sampleEvent();
        for (int i = 1; i <= kEvents; ++i) {
            writer.writeField(qint64(i));
            writer.writeField(qint64(i % kClients + 1));
            writer.writeField(names.at(i % 4));
            writer.writeField(QStringLiteral("sms"));
            writer.writeField(QStringLiteral("service"));
            writer.writeField(QStringLiteral("granted"));
            writer.writeField(e.method);
            writer.writeField(when);
            writer.writeField(when);
            writer.writeField(e.recordedBy);
            writer.writeField(e.note);
            writer.writeField(e.hash);
            writer.endRecord();
        }
        REQUIRE_FALSE(writer.finish());
    }
    const qint64 writerMs = timer.elapsed();
    report("CsvWriter, 1,000,000 rows of 12 fields (pre-formatted times)", writerMs, QFile(path).size());

    timer.restart();
    REQUIRE_FALSE(ConsentCsvExporter::writeToFile(path, london, [&](const auto& sink) -> domain::Status {
        domain::ConsentEvent e = sampleEvent();
        for (int i = 1; i <= kEvents; ++i) {
            e.id = i;
            e.clientId = i % kClients + 1;
            e.effectiveAt = start.addSecs(qint64(i) * 30);
            e.recordedAt = e.effectiveAt.addSecs(60);
            sink(e, names.at(i % 4));
        }
        return std::nullopt;
    }));
    const qint64 exporterMs = timer.elapsed();
    report("ConsentCsvExporter::writeToFile, 1,000,000 events (times formatted, QSaveFile)", exporterMs,
           QFile(path).size());

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        WARN("sqlite3 not found: no reference figure");
        return;
    }
    const QString db = dir.filePath(QStringLiteral("ref.db"));
    QProcess make;
    make.start(
        sqlite,
        {db,
         QStringLiteral(
             "CREATE TABLE e(event_id INTEGER PRIMARY KEY, client_id INTEGER, client_name TEXT, channel TEXT, scope "
             "TEXT,"
             " state TEXT, method TEXT, effective_at TEXT, recorded_at TEXT, recorded_by TEXT, note TEXT, hash TEXT);"
             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1000000)"
             " INSERT INTO e SELECT i, i % 100000 + 1, CASE i % 4 WHEN 0 THEN 'Ana Silva' WHEN 1 THEN 'Tom O''Neill, "
             "Jr'"
             " WHEN 2 THEN 'Zoë Müller' ELSE 'Priya Shah' END, 'sms', 'service', 'granted', 'written',"
             " '2025-06-01T10:00:00+01:00', '2025-06-01T10:01:00+01:00', 'Dr Jo Bloggs', 'signed intake form, page 2',"
             " lower(hex(randomblob(32))) FROM n;")});
    REQUIRE(make.waitForFinished(300000));
    REQUIRE(make.exitCode() == 0);
    timer.restart();
    QProcess dump;
    dump.setStandardOutputFile(dir.filePath(QStringLiteral("ref.csv")));
    dump.start(sqlite, {QStringLiteral("-csv"), QStringLiteral("-header"), db, QStringLiteral("SELECT * FROM e")});
    REQUIRE(dump.waitForFinished(300000));
    const qint64 sqliteMs = timer.elapsed();
    report("sqlite3 -csv, the same 1,000,000 rows from a table to a file", sqliteMs,
           QFile(dir.filePath(QStringLiteral("ref.csv"))).size());
    std::cout << "exporter / sqlite3 -csv = " << double(exporterMs) / double(qMax<qint64>(sqliteMs, 1)) << std::endl;
}

TEST_CASE("Read a 100,000-row client CSV", "[bench][io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        writer.writeRecord({QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
                            QStringLiteral("Mobile Phone"), QStringLiteral("Home Phone"), QStringLiteral("Notes"),
                            QStringLiteral("Marketing Email Opt-In"), QStringLiteral("Patient Number")});
        for (int i = 0; i < kClients; ++i)
            writer.writeRecord({QStringLiteral("Zoë%1").arg(i), QStringLiteral("O'Neill, Müller"),
                                QStringLiteral("client%1@example.org").arg(i),
                                QStringLiteral("07400 %1").arg(100000 + i), QStringLiteral("0113 496 0000"),
                                QStringLiteral("Prefers \"afternoons\"\nsecond line"),
                                i % 2 ? QStringLiteral("Yes") : QStringLiteral("No"), QString::number(i)});
        REQUIRE_FALSE(writer.finish());
    }
    const qint64 size = QFile(path).size();

    QElapsedTimer timer;
    timer.start();
    qint64 fields = 0;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        CsvRecord record;
        while (reader.next(record))
            fields += record.fields.size();
        REQUIRE_FALSE(reader.error());
    }
    report("CsvReader, 100,001 records", timer.elapsed(), size);
    CHECK(fields == qint64(kClients + 1) * 8);

    timer.restart();
    const auto batch = ClientListReader::readFile(path);
    REQUIRE(batch.ok());
    report("ClientListReader::readFile (Jane mapping, records built)", timer.elapsed(), size);
    CHECK(batch.value().records.size() == kClients);
    CHECK(batch.value().formatName == QStringLiteral("Jane"));
}
