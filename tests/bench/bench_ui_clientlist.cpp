// Client list figures at 100,000 clients: see README.md, "Client list".
#include "ClientListModel.h"
#include "ui/LargeClientFixture.h"

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Client list at 100,000 clients", "[bench][clientlist]")
{
    static std::unique_ptr<storage::Database> db = testing::openLargeFixture(100000);
    const QDateTime now(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC);
    ui::ClientListModel model(*db, [now] { return now; });
    model.setSearch(QString());

    BENCHMARK("first page, no search")
    {
        model.setSearch(QStringLiteral("x"));
        model.setSearch(QString());
        return model.rowCount();
    };
    BENCHMARK("keystroke: one letter 'm' (most rows match)")
    {
        model.setSearch(QStringLiteral("m"));
        return model.rowCount();
    };
    BENCHMARK("keystroke: 'maya k' -> 'maya ko'")
    {
        model.setSearch(QStringLiteral("maya ko"));
        const int n = model.rowCount();
        model.setSearch(QStringLiteral("maya k"));
        return n;
    };
    BENCHMARK("keystroke: number prefix '07700 01'")
    {
        model.setSearch(QStringLiteral("07700 01"));
        return model.rowCount();
    };
    BENCHMARK("scroll: fetchMore of one page")
    {
        model.setSearch(QString());
        model.fetchMore({});
        return model.rowCount();
    };
}
