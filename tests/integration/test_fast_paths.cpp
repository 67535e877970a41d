// SPDX-License-Identifier: GPL-3.0-or-later
// The fast paths of import and export give what the plain paths give: number search terms from
// one parse, numbers normalised on several threads, CSV export from stored rows.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "TransferTestUtil.h"
#include "io/ConsentCsvExporter.h"
#include "services/ExportService.h"
#include "services/PhoneNumbers.h"
#include "storage/ClientSearch.h"
#include "storage/ConsentRepository.h"
#include "storage/ImportWriter.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QBuffer>

using namespace rapport;
using namespace transfer_test;

TEST_CASE("search terms from the normalising parse equal ClientSearch's from the stored number", "[services]")
{
    const QStringList inputs{QStringLiteral("07400 123456"),      QStringLiteral("020 7946 0018"),
                             QStringLiteral("+1 (202) 555-0143"), QStringLiteral("+39 06 6982 1234"),
                             QStringLiteral("+39 333 123 4567"),  QStringLiteral("+44 7400 123456 ext. 12"),
                             QStringLiteral("0800 123 4567"),     QStringLiteral("+353 87 123 4567"),
                             QStringLiteral("+49 30 123456"),     QStringLiteral("+81 3-1234-5678"),
                             QStringLiteral("+61 2 9876 5432"),   QStringLiteral("tel:+44-7911-123456"),
                             QStringLiteral("+44 1481 712345"),   QStringLiteral("+44 7624 123456"),
                             QStringLiteral("+55 11 91234-5678"), QStringLiteral("12"),
                             QStringLiteral("not a number"),      QStringLiteral("+999 123")};
    int valid = 0;
    for (const QString& region : {QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("IT")}) {
        const services::PhoneNumbers numbers(region);
        for (const QString& input : inputs) {
            INFO(input.toStdString() << " in " << region.toStdString());
            QStringList terms;
            const auto fast = numbers.normalise(input, &terms);
            const auto plain = numbers.normalise(input);
            REQUIRE(fast.ok() == plain.ok());
            if (!fast) {
                CHECK(fast.error().message == plain.error().message);
                CHECK(terms.isEmpty());
                continue;
            }
            ++valid;
            CHECK(fast->value == plain->value);
            CHECK(fast->numberType == plain->numberType);
            CHECK(terms == storage::ClientSearch::numberTerms(fast->value));
            CHECK(terms.join(QLatin1Char(' ')) == storage::ImportWriter::searchTerms(fast->value));
        }
    }
    CHECK(valid > 20);
}

TEST_CASE("numbers normalised on several threads come back in order, as on one", "[services]")
{
    QStringList inputs;
    for (int i = 0; i < 3000; ++i) {
        if (i % 7 == 0)
            inputs << QStringLiteral("0%1").arg(i); // too short: an error
        else if (i % 5 == 0)
            inputs << QStringLiteral("+1 202 555 %1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        else
            inputs << QStringLiteral("07400 %1").arg(100000 + i);
    }
    const services::PhoneNumbers numbers(QStringLiteral("GB"));
    const auto one = numbers.normaliseAll(inputs, 1);
    const auto many = numbers.normaliseAll(inputs, 3);
    REQUIRE(one.size() == inputs.size());
    REQUIRE(many.size() == inputs.size());
    int errors = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        INFO(inputs.at(i).toStdString());
        const auto plain = numbers.normalise(inputs.at(i));
        REQUIRE(many.at(i).point.ok() == plain.ok());
        REQUIRE(one.at(i).point.ok() == plain.ok());
        if (!plain) {
            ++errors;
            CHECK(many.at(i).point.error().message == plain.error().message);
            continue;
        }
        CHECK(many.at(i).point->value == plain->value);
        CHECK(many.at(i).point->numberType == plain->numberType);
        CHECK(many.at(i).searchTerms == one.at(i).searchTerms);
    }
    CHECK(errors == (3000 + 6) / 7);
}

namespace {

/// The CSV the plain path writes: ConsentRepository::forEach into ConsentCsvExporter::write(event).
QByteArray plainCsv(const storage::Database& db, const QTimeZone& zone, const QHash<qint64, QString>& names)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    io::ConsentCsvExporter csv(zone);
    csv.begin(&buffer);
    REQUIRE_FALSE(storage::ConsentRepository(db).forEach({}, [&](const domain::ConsentEvent& e) {
        csv.write(e, names.value(e.clientId));
        return true;
    }));
    REQUIRE_FALSE(csv.finish());
    return buffer.data();
}

} // namespace

TEST_CASE("CSV export from stored rows is byte for byte the export from events", "[export]")
{
    QTemporaryDir dir;
    auto db = openDb(rapport::testing::testDatabase(dir, QStringLiteral("f.db")));
    const QDateTime base(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC); // across the spring change
    QHash<qint64, QString> names;
    {
        auto tx = storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        storage::ImportWriter writer(*db);
        REQUIRE_FALSE(writer.begin());
        for (int i = 0; i < 4; ++i) {
            domain::Client c;
            c.name = i == 1 ? QStringLiteral("=Formula, \"Quoted\"") : QString::fromUtf8("Zoë %1").arg(i);
            auto id = writer.insertClient(c, base);
            REQUIRE(id.ok());
            names.insert(id.value(), c.name);
        }
        for (int i = 0; i < 400; ++i) {
            domain::ConsentEvent e;
            e.clientId = names.keys().at(i % 4);
            e.channel = i % 3 == 0 ? domain::Channel::Sms : domain::Channel::Email;
            e.scope = i % 2 ? domain::Scope::Marketing : domain::Scope::Service;
            e.state = i % 5 ? domain::ConsentState::Granted : domain::ConsentState::Withdrawn;
            e.method = QStringLiteral("verbal");
            // Minutes apart over days, some with milliseconds, one in a year written with 5 digits.
            e.effectiveAt = base.addSecs(i * 997).addMSecs(i % 4 == 0 ? 0 : i * 7);
            e.recordedAt = i == 7 ? QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                                  : e.effectiveAt.addSecs(30 + i);
            e.recordedBy = QStringLiteral("Dr Reception");
            e.note = i % 3 ? QString() : QStringLiteral("said yes, \"happy to\"\n%1").arg(i);
            REQUIRE_FALSE(writer.appendEvent(e));
        }
        REQUIRE_FALSE(tx.value().commit());
    }
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    for (const char* zone : {"Europe/London", "America/New_York", "Asia/Kolkata", "UTC"}) {
        INFO(zone);
        REQUIRE_FALSE(
            storage::SettingsRepository(*db).setValue(QStringLiteral("time-zone"), QString::fromLatin1(zone)));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto r = services::ExportService(*db, clock).write({}, &out);
        REQUIRE(r.ok());
        CHECK(r->events == 400);
        const QByteArray expected = plainCsv(*db, QTimeZone(QByteArray(zone)), names);
        CHECK(out.data() == expected);
        CHECK(expected.count("\r\n") > 400);

        services::ExportRequest some;
        some.clientIds = {names.keys().at(2), names.keys().at(0)};
        QBuffer part;
        part.open(QIODevice::WriteOnly);
        auto p = services::ExportService(*db, clock).write(some, &part);
        REQUIRE(p.ok());
        CHECK(p->events == 200);
    }
}

TEST_CASE("times are formatted in the practice zone as QDateTime converts them", "[export]")
{
    for (const char* name : {"Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"}) {
        const QTimeZone zone{QByteArray(name)};
        io::TimestampFormatter formatter(zone);
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 2000; ++i) {
            const QDateTime at = start.addSecs(qint64(i) * 17987).addMSecs(i % 3 ? i : 0);
            const QDateTime local = at.toTimeZone(zone);
            const int offset = local.offsetFromUtc();
            QString expected = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
            if (at.time().msec())
                expected += QStringLiteral(".%1").arg(at.time().msec(), 3, 10, QLatin1Char('0'));
            expected += QStringLiteral("%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(qAbs(offset) / 60 % 60, 2, 10, QLatin1Char('0'));
            INFO(name << " " << at.toString(Qt::ISODateWithMs).toStdString());
            REQUIRE(formatter.format(at.toMSecsSinceEpoch()) == expected);
            REQUIRE(formatter.format(at) == expected);
        }
    }
}
