// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export against sqlite3 itself (product.md quality bars), measured in one run:
//   import of a 100,000-row CSV   vs  `sqlite3 FILE ".import --csv CSV t"` + libphonenumber alone on
//                                     every core (bar: within 2x; rapport-cli's peak RSS under 100 MB)
//   CSV export of 1,000,000 events vs  `sqlite3 -csv FILE "SELECT ..."`      (bar: within 2x)
// Run: ./build/tests/bench/rapport_bench "[transfer]"
#include <catch2/catch.hpp>

#include "PracticeGenerator.h"
#include "domain/Clock.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "storage/Database.h"
#include "storage/ImportWriter.h"
#include "storage/SqlTransaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <phonenumbers/phonenumberutil.h>
#include <sys/resource.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace rapport;

namespace {

struct Timed {
    double seconds = -1;
    int exitCode = -1;
};

/// Runs sqlite3 with `args`, stdout to `outFile` (or /dev/null); wall time including start-up.
Timed runSqlite(const QStringList& args, const QString& outFile = {})
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return {};
    QProcess p;
    p.setStandardOutputFile(outFile.isEmpty() ? QProcess::nullDevice() : outFile);
    QElapsedTimer t;
    t.start();
    p.start(sqlite, args);
    p.waitForFinished(-1);
    return {t.nsecsElapsed() / 1e9, p.exitCode()};
}

double best(const QVector<double>& v)
{
    return *std::min_element(v.begin(), v.end());
}

/// libphonenumber alone on `numbers` (GB national form): Parse, IsValidNumber, GetNumberType,
/// split over every core as the import does; wall seconds.
double parseFloorSeconds(const QStringList& numbers)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::vector<std::string> raw;
    raw.reserve(size_t(numbers.size()));
    for (const QString& n : numbers)
        raw.push_back(n.toStdString());
    const int threads = int(std::max(1U, std::thread::hardware_concurrency()));
    std::atomic<int> valid{0};
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> workers;
    const size_t chunk = (raw.size() + size_t(threads) - 1) / size_t(threads);
    for (int w = 0; w < threads; ++w)
        workers.emplace_back([&, w] {
            int mine = 0;
            for (size_t i = size_t(w) * chunk; i < std::min(raw.size(), size_t(w + 1) * chunk); ++i) {
                PhoneNumber number;
                if (util->Parse(raw[i], "GB", &number) == PhoneNumberUtil::NO_PARSING_ERROR &&
                    util->IsValidNumber(number) && util->GetNumberType(number) != PhoneNumberUtil::UNKNOWN)
                    ++mine;
            }
            valid += mine;
        });
    for (auto& w : workers)
        w.join();
    const double seconds = t.nsecsElapsed() / 1e9;
    REQUIRE(valid.load() == numbers.size());
    return seconds;
}

} // namespace

TEST_CASE("import of 100k CSV rows vs its floor: sqlite3 .import + libphonenumber on every core", "[transfer][bench]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    constexpr int kRows = 100000;
    REQUIRE_FALSE(testing::writeClientCsv(csv, kRows, 11)); // the practice generator's list, seed 11
    QStringList mobiles;
    {
        testing::PracticeGenerator gen(11);
        for (int i = 0; i < kRows; ++i)
            mobiles << gen.nextClient().mobile;
    }
    QVector<double> ours, theirs, numbers, cli;
    long cliPeakKb = 0;
    for (int round = 0; round < 3; ++round) {
        const QString dbPath = dir.filePath(QStringLiteral("rapport%1.db").arg(round));
        {
            auto db = storage::Database::open(dbPath);
            REQUIRE(db.ok());
            domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
            QElapsedTimer t;
            t.start();
            auto s = services::ImportService(*db.value(), clock).importFile(csv);
            ours << t.nsecsElapsed() / 1e9;
            REQUIRE(s.ok());
            REQUIRE(s->imported == kRows);
        }
        // The floor's second part: libphonenumber alone (parse, validate, type) of every number,
        // on every core, nothing else.
        numbers << parseFloorSeconds(mobiles);
        // The real program, for its peak memory (getrusage of the child).
        {
            const QString cliDb = dir.filePath(QStringLiteral("cli%1.db").arg(round));
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral(RAPPORT_CLI_PATH), {QStringLiteral("--db"), cliDb, QStringLiteral("import"), csv});
            REQUIRE(p.waitForFinished(-1));
            cli << t.nsecsElapsed() / 1e9;
            REQUIRE(p.exitCode() == 0);
            struct rusage usage {};
            getrusage(RUSAGE_CHILDREN, &usage);
            cliPeakKb = std::max(cliPeakKb, long(usage.ru_maxrss)); // the largest child so far
        }
        const Timed raw = runSqlite(
            {dir.filePath(QStringLiteral("raw%1.db").arg(round)), QStringLiteral(".import --csv %1 t").arg(csv)});
        if (raw.seconds < 0) {
            WARN("sqlite3 missing: no comparison");
            return;
        }
        REQUIRE(raw.exitCode == 0);
        theirs << raw.seconds;
    }
    const double floor = best(theirs) + best(numbers);
    WARN(QStringLiteral("import 100,000 rows: ImportService best %1 s; rapport-cli import best %2 s, peak RSS %3 MB "
                        "(bar: 100 MB); floor %4 s = sqlite3 .import %5 s + libphonenumber on %6 threads %7 s; "
                        "ratio %8 (bar: 2)")
             .arg(best(ours), 0, 'f', 3)
             .arg(best(cli), 0, 'f', 3)
             .arg(cliPeakKb / 1024.0, 0, 'f', 1)
             .arg(floor, 0, 'f', 3)
             .arg(best(theirs), 0, 'f', 3)
             .arg(std::max(1U, std::thread::hardware_concurrency()))
             .arg(best(numbers), 0, 'f', 3)
             .arg(best(ours) / floor, 0, 'f', 2)
             .toStdString());
}

TEST_CASE("CSV export of 1M events vs sqlite3 -csv", "[transfer][bench]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("ledger.db"));
    auto opened = storage::Database::open(dbPath);
    REQUIRE(opened.ok());
    const storage::Database& db = *opened.value();
    const QDateTime base(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    {
        auto tx = storage::SqlTransaction::begin(db);
        REQUIRE(tx.ok());
        storage::ImportWriter writer(db);
        REQUIRE_FALSE(writer.begin());
        QVector<qint64> ids;
        for (int i = 0; i < 10000; ++i) {
            domain::Client c;
            c.name = QStringLiteral("Client %1, Example").arg(i);
            auto id = writer.insertClient(c, base);
            REQUIRE(id.ok());
            ids << id.value();
        }
        for (int i = 0; i < 1000000; ++i) {
            domain::ConsentEvent e;
            e.clientId = ids.at(i % ids.size());
            e.channel =
                i % 3 == 0 ? domain::Channel::Sms : (i % 3 == 1 ? domain::Channel::Email : domain::Channel::Phone);
            e.scope = i % 2 ? domain::Scope::Marketing : domain::Scope::Service;
            e.state = i % 5 ? domain::ConsentState::Granted : domain::ConsentState::Withdrawn;
            e.method = QStringLiteral("verbal");
            e.effectiveAt = base.addSecs(i * 7);
            e.recordedAt = e.effectiveAt.addSecs(30);
            e.recordedBy = QStringLiteral("Dr Reception");
            e.note = i % 10 ? QString() : QStringLiteral("said yes at the desk, \"happy to\"");
            REQUIRE_FALSE(writer.appendEvent(e));
        }
        REQUIRE_FALSE(tx.value().commit());
    }
    const QString query = QStringLiteral(
        "SELECT e.id, e.client_id, c.name, e.channel, e.scope, e.state, e.method, e.effective_at, e.recorded_at, "
        "e.recorded_by, n.note, e.hash FROM consent_events e LEFT JOIN consent_notes n ON n.event_id = e.id "
        "LEFT JOIN clients c ON c.id = e.client_id ORDER BY e.id");
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    QVector<double> ours, theirs;
    for (int round = 0; round < 3; ++round) {
        const QString out = dir.filePath(QStringLiteral("ours.csv"));
        QElapsedTimer t;
        t.start();
        auto r = services::ExportService(db, clock).writeToFile({}, out);
        ours << t.nsecsElapsed() / 1e9;
        REQUIRE(r.ok());
        REQUIRE(r->events == 1000000);
        const Timed raw = runSqlite({QStringLiteral("-csv"), QStringLiteral("-header"), dbPath, query},
                                    dir.filePath(QStringLiteral("theirs.csv")));
        if (raw.seconds < 0) {
            WARN("sqlite3 missing: no comparison");
            return;
        }
        REQUIRE(raw.exitCode == 0);
        theirs << raw.seconds;
    }
    // The same rows on both sides: a header and one line per event (no note spans lines here),
    // and the same client names in the same order.
    const auto lines = [](const QString& path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArrayList names;
        qint64 count = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            ++count;
            if (count % 99991 == 2) // a sample: "Client N, Example" is the third cell, quoted
                names << line.mid(line.indexOf('"'), line.indexOf('"', line.indexOf('"') + 1) - line.indexOf('"'));
        }
        return std::make_pair(count, names);
    };
    const auto mine = lines(dir.filePath(QStringLiteral("ours.csv")));
    const auto sqlite = lines(dir.filePath(QStringLiteral("theirs.csv")));
    CHECK(mine.first == 1000001);
    CHECK(sqlite.first == mine.first);
    CHECK(sqlite.second == mine.second);
    WARN(QStringLiteral("export 1,000,000 events: rapport best %1 s, sqlite3 -csv best %2 s, ratio %3 (bar: 1.5)")
             .arg(best(ours), 0, 'f', 3)
             .arg(best(theirs), 0, 'f', 3)
             .arg(best(ours) / best(theirs), 0, 'f', 2)
             .toStdString());
}
