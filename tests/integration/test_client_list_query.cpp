// SPDX-License-Identifier: GPL-3.0-or-later
// The client list's paged search (ClientListQuery: FTS5 with its sparse-match plan on SQLite,
// the folded terms with theirs on PostgreSQL) finds, orders and counts what the repository's
// search finds, page after page, on either backend.
#include "PracticeGenerator.h"
#include "TestDatabase.h"

#include "storage/ClientListQuery.h"
#include "storage/ClientRepository.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("paged client search finds, orders and counts what the repository's search does", "[storage][search]")
{
    QTemporaryDir dir;
    auto opened = testing::openTestDatabase(dir, QStringLiteral("list.sqlite"));
    REQUIRE(opened.ok());
    storage::Database& db = *opened.value();
    testing::PracticeSpec spec;
    spec.clients = 300;
    spec.seed = 5;
    REQUIRE(testing::generatePractice(db, spec).ok());
    const QDateTime now = spec.base;
    storage::ClientListQuery list(db);
    storage::ClientRepository repo(db);
    int nonEmpty = 0;
    for (const char* text : {"", "a", "an", "ana", "SILVA", "silv", "ana s", "zoë", "07", "07700 9", "+44 7700",
                             "example.org", "nobody-here", "o'b"}) {
        const QString search = QString::fromUtf8(text);
        INFO("search '" << search.toStdString() << "'");
        domain::ClientQuery q;
        q.search = search;
        q.withDetails = false;
        QVector<qint64> expected;
        for (const auto& c : repo.list(q, now).value())
            expected << c.id;
        QVector<qint64> paged;
        std::optional<storage::ClientListQuery::Cursor> after;
        for (int guard = 0; guard < 1000; ++guard) {
            const auto page = list.page(search, false, after, 7, now);
            REQUIRE(page.ok());
            for (const auto& row : *page)
                paged << row.id;
            if (page->size() < 7)
                break;
            after = storage::ClientListQuery::Cursor{page->last().nameKey, page->last().id};
        }
        CHECK(paged == expected);
        CHECK(list.count(search, false).value() == expected.size());
        nonEmpty += !expected.isEmpty();
    }
    CHECK(nonEmpty >= 8); // the searches do find clients: the comparison is not of empty lists
}
