// SPDX-License-Identifier: GPL-3.0-or-later
#include "LargeClientFixture.h"
#include "clients/ClientListModel.h"
#include "clients/ConsentBadgeDelegate.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <algorithm>
#include <ctime>

using namespace rapport;
using rapport::ui::BadgeState;
using rapport::ui::ClientListModel;

namespace {
constexpr int kClients = 100000;
const QDateTime kNow(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC);

storage::Database& largeDb()
{
    static std::unique_ptr<storage::Database> db = testing::openLargeFixture(kClients);
    return *db;
}
} // namespace

TEST_CASE("Client list at 100,000 clients: paged, sorted by name, archived hidden", "[ui][clientlist]")
{
    ClientListModel model(largeDb(), [] { return kNow; });
    model.setSearch(QString());
    REQUIRE(model.lastError().isEmpty());
    CHECK(model.rowCount() == ClientListModel::kPageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ClientListModel::kPageSize);

    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r) {
        names << model.index(r, ClientListModel::NameColumn).data().toString();
        CHECK_FALSE(names.last().contains(QStringLiteral("[archived]")));
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    CHECK(names == sorted);

    SECTION("show archived brings the archived clients in")
    {
        model.setShowArchived(true);
        bool sawArchived = false;
        for (int r = 0; r < model.rowCount(); ++r)
            sawArchived |= model.index(r, 0).data().toString().contains(QStringLiteral("[archived]"));
        CHECK(sawArchived);
    }
}

TEST_CASE("Client list search at 100,000 clients: prefix words, numbers, emails; each keystroke fast",
          "[ui][clientlist]")
{
    ClientListModel model(largeDb(), [] { return kNow; });
    model.setSearch(QString());

    SECTION("typing a name letter by letter narrows to matching rows")
    {
        QElapsedTimer t;
        QString typed;
        QStringList perKey;
        for (QChar c : QStringLiteral("maya kow")) {
            typed += c;
            t.start();
            timespec c0{}, c1{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
            model.setSearch(typed);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
            const double cpuMs = double(c1.tv_sec - c0.tv_sec) * 1e3 + double(c1.tv_nsec - c0.tv_nsec) / 1e6;
            perKey << QStringLiteral("'%1' %2 ms (cpu %3 ms)")
                          .arg(typed)
                          .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1)
                          .arg(cpuMs, 0, 'f', 1);
        }
        INFO(perKey.join(QStringLiteral(", ")).toStdString());
        REQUIRE(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString name = model.index(r, 0).data().toString();
            CHECK(name.startsWith(QStringLiteral("Maya Kowalski")));
        }
        // Speed is measured in the benchmark (tests/bench, "[clientlist]"), beside its floor: a
        // wall-clock bound here failed now and then on a busy machine (a cold cache after a build).
    }
    SECTION("a number typed in national form finds its client")
    {
        model.setSearch(QStringLiteral("07700 012345"));
        REQUIRE(model.rowCount() == 1);
        CHECK(model.index(0, 0).data().toString() == testing::fixtureName(12345));
    }
    SECTION("an email prefix finds its client")
    {
        // "mayakow" from "mayakowalski@example.org": the first name glued to the start of the
        // last, which begins no word of any name, so only the email can match it.
        const QString name = testing::fixtureName(0);
        const QString prefix = name.toLower().remove(QLatin1Char(' ')).left(int(name.indexOf(QLatin1Char(' '))) + 3);
        for (const QString& word : name.toLower().split(QLatin1Char(' ')))
            REQUIRE_FALSE(word.startsWith(prefix));
        model.setSearch(prefix);
        const int byEmail = model.rowCount();
        CHECK(byEmail > 0);
        CHECK(model.data(model.index(0, 0)).toString().startsWith(name));
        model.setSearch(QStringLiteral("zzzz-nobody"));
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.databaseEmpty());
    }
}

TEST_CASE("Client list badges follow the ledger and the contact log", "[ui][clientlist]")
{
    ClientListModel model(largeDb(), [] { return kNow; });
    model.setConversationWindowDays(30);
    // Fixture client 0 (id 1): text granted, email imported, texted in on day 40 (within 30 days of kNow).
    model.setSearch(QStringLiteral("07700 000000"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.badge(0, domain::Channel::Sms) == BadgeState::Granted);
    CHECK(model.badge(0, domain::Channel::Email) == BadgeState::Imported);
    CHECK(model.badge(0, domain::Channel::Phone) == BadgeState::None);
    CHECK(model.index(0, ClientListModel::SmsColumn).data(ui::ConsentBadgeDelegate::BadgeRole).toInt() ==
          int(BadgeState::Granted));
    CHECK(model.index(0, ClientListModel::EmailColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("unverified")));
    // Fixture client 7 (id 8): no text consent, texted in within the window -> client-initiated.
    model.setSearch(QStringLiteral("07700 000007"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.badge(0, domain::Channel::Sms) == BadgeState::ClientInitiated);
    model.setConversationWindowDays(1);
    CHECK(model.badge(0, domain::Channel::Sms) == BadgeState::None);
}
