// SPDX-License-Identifier: GPL-3.0-or-later
// Client list figures at 100,000 clients: see README.md, "Client list". Each iteration is one
// keystroke: the search alternates between a text and that text plus one letter.
#include "clients/ClientListModel.h"
#include "ui/LargeClientFixture.h"

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Client list at 100,000 clients", "[bench][clientlist]")
{
    static std::unique_ptr<storage::Database> db = testing::openLargeFixture(100000);
    const QDateTime now(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC);
    ui::ClientListModel model(*db, [now] { return now; });
    model.setSearch(QString());

    auto keystrokes = [&model](const QString& a, const QString& b) {
        int i = 0;
        return [&model, a, b, i]() mutable {
            model.setSearch((i++ % 2) ? b : a);
            return model.rowCount();
        };
    };
    auto emptyToM = keystrokes(QString(), QStringLiteral("m"));
    BENCHMARK("keystroke: '' <-> 'm' (first page, or 12,600 matches)")
    {
        return emptyToM();
    };
    auto mToMa = keystrokes(QStringLiteral("m"), QStringLiteral("ma"));
    BENCHMARK("keystroke: 'm' <-> 'ma' (12,600 / 6,900 matches)")
    {
        return mToMa();
    };
    auto mayToMaya = keystrokes(QStringLiteral("may"), QStringLiteral("maya"));
    BENCHMARK("keystroke: 'may' <-> 'maya' (2,500 matches, clustered by name)")
    {
        return mayToMaya();
    };
    auto mayaK = keystrokes(QStringLiteral("maya k"), QStringLiteral("maya ko"));
    BENCHMARK("keystroke: 'maya k' <-> 'maya ko'")
    {
        return mayaK();
    };
    auto number = keystrokes(QStringLiteral("07700 01"), QStringLiteral("07700 012"));
    BENCHMARK("keystroke: '07700 01' <-> '07700 012' (number prefix)")
    {
        return number();
    };
    BENCHMARK("scroll: fetchMore of one page")
    {
        model.setSearch(QString());
        model.fetchMore({});
        return model.rowCount();
    };
}
