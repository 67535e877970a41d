// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure removes the client's drafts (a draft may hold personal text) and no one else's.
#include "TestDatabase.h"
#include <catch2/catch.hpp>

#include "services/ClientService.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;
using domain::Draft;
using storage::DraftRepository;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    Fixture()
    {
        auto opened = rapport::testing::openTestDatabase(dir, QStringLiteral("erase.db"));
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    qint64 addClient(const QString& name)
    {
        services::ClientChanges c;
        c.name = name;
        const auto id = services::ClientService(*db, clock).add(c);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    qint64 saveDraft(std::optional<qint64> clientId, const QString& body)
    {
        Draft d;
        d.clientId = clientId;
        d.body = body;
        auto tx = storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        const auto id = DraftRepository(*db).save(d, clock.now());
        REQUIRE(id.ok());
        REQUIRE_FALSE(tx.value().commit());
        return *id;
    }
    int rowsContaining(const QString& text)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE body LIKE ?")));
        q.addBindValue(QString(QStringLiteral("%") + text + QStringLiteral("%")));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_CASE("erasing a client deletes that client's drafts and keeps the others", "[drafts][services]")
{
    Fixture f;
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"));
    const qint64 anaFirst = f.saveDraft(ana, QStringLiteral("Ana, about your knee surgery"));
    f.clock.advanceSecs(60);
    const qint64 anaSecond = f.saveDraft(ana, QStringLiteral("Ana, your scan results"));
    const qint64 benDraft = f.saveDraft(ben, QStringLiteral("Ben, see you Tuesday"));
    const qint64 loose = f.saveDraft(std::nullopt, QStringLiteral("No client yet"));
    DraftRepository drafts(*f.db);
    REQUIRE(*drafts.count() == 4);

    REQUIRE_FALSE(services::ClientService(*f.db, f.clock).erase(ana));

    CHECK(*drafts.count() == 2);
    CHECK_FALSE(drafts.find(anaFirst).ok());
    CHECK_FALSE(drafts.find(anaSecond).ok());
    CHECK_FALSE(drafts.latest(ana)->has_value());
    CHECK(f.rowsContaining(QStringLiteral("knee")) == 0);
    CHECK(f.rowsContaining(QStringLiteral("scan")) == 0);
    REQUIRE(drafts.find(benDraft).ok());
    CHECK(drafts.find(benDraft)->body == QStringLiteral("Ben, see you Tuesday"));
    REQUIRE(drafts.find(loose).ok());
    CHECK_FALSE(drafts.find(loose)->clientId.has_value());

    // The row stays (consent events refer to it), erased.
    const auto client = services::ClientService(*f.db, f.clock).find(ana);
    REQUIRE(client.ok());
    CHECK(client->erased);
}

TEST_CASE("erasing a client without drafts succeeds and touches no draft", "[drafts][services]")
{
    Fixture f;
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"));
    const qint64 benDraft = f.saveDraft(ben, QStringLiteral("Ben, see you Tuesday"));
    REQUIRE_FALSE(services::ClientService(*f.db, f.clock).erase(ana));
    DraftRepository drafts(*f.db);
    CHECK(*drafts.count() == 1);
    CHECK(drafts.find(benDraft).ok());
}
