// SPDX-License-Identifier: GPL-3.0-or-later
// The app's window on a practice kept on a PostgreSQL server: another desk's consent shows in the
// list, a server that stops answering is said in a banner while drafts are kept on this computer,
// and everything goes on once it answers. Hidden tag [.postgres-live]: registered only for the run
// against the test cluster (ui_tests_pg:*, tests/CMakeLists.txt).
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "app/MainWindow.h"
#include "clients/ClientListModel.h"
#include "composer/ComposerWindow.h"
#include "services/KeptDrafts.h"
#include "services/LiveUpdates.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QString storedDraftBody(const storage::Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT body FROM drafts ORDER BY id DESC LIMIT 1")) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

TEST_CASE("On a clinic server: another desk's consent refreshes the list, a silent server is said, drafts are kept "
          "here until it answers",
          "[ui][.postgres-live]")
{
    REQUIRE(testing::onPostgres());
    QTemporaryDir home;
    REQUIRE(home.isValid());
    // The kept drafts go to the user's data folder: a folder of this test's own.
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    const QString url = testing::newPostgresDatabase();
    domain::FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    auto opened = storage::Database::open(url);
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    ui::AppContext context(*db, clock);
    services::ClientChanges ch;
    ch.name = QStringLiteral("Ana Silva");
    ch.mobiles = QStringList{QStringLiteral("07400 123456")};
    const auto ana = context.clients().add(ch);
    REQUIRE(ana.ok());

    ui::MainWindow window(context);
    window.resize(1100, 700);
    window.show();
    REQUIRE(window.liveUpdates());
    window.liveUpdates()->setHeartbeatInterval(100);
    const int row = window.clientModel()->rowOf(ana.value());
    REQUIRE(row >= 0);
    const QModelIndex sms = window.clientModel()->index(row, ui::ClientListModel::SmsColumn);
    const QVariant before = sms.data(Qt::ToolTipRole).isValid() ? sms.data(Qt::ToolTipRole) : sms.data();

    // Another desk (rapport-cli, a process of its own) records consent to texts, given before this
    // desk's fixed now (the CLI stamps its record with the real clock).
    QProcess desk;
    desk.start(QStringLiteral(RAPPORT_CLI_PATH),
               {QStringLiteral("--db"), url, QStringLiteral("consent"), QStringLiteral("record"),
                QString::number(ana.value()), QStringLiteral("--channel"), QStringLiteral("sms"),
                QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--state"),
                QStringLiteral("granted"), QStringLiteral("--at"), QStringLiteral("2026-11-20T09:00:00Z")});
    REQUIRE(desk.waitForFinished(30000));
    REQUIRE(desk.exitCode() == 0);
    const auto now = [&] {
        const QModelIndex i =
            window.clientModel()->index(window.clientModel()->rowOf(ana.value()), ui::ClientListModel::SmsColumn);
        return i.data(Qt::ToolTipRole).isValid() ? i.data(Qt::ToolTipRole) : i.data();
    };
    CHECK(testing::waitUntil([&] { return now() != before; }, 3000));

    // A composer with a draft the server has.
    ui::ComposerWindow composer(context.composer(), ana.value());
    composer.show();
    composer.editor()->setPlainText(QStringLiteral("Hi Ana, how is the shoulder?"));
    composer.flushDraft();
    CHECK(storedDraftBody(*db) == QStringLiteral("Hi Ana, how is the shoulder?"));

    // The server goes away: the banner says so, the next save is kept on this computer.
    testing::setPostgresReachable(url, false);
    REQUIRE(testing::waitUntil([&] { return window.serverBanner()->isVisible(); }, 5000));
    CHECK(window.serverBanner()->text().contains(QStringLiteral("does not answer")));
    CHECK(window.serverBanner()->text().contains(QStringLiteral("kept on this computer")));
    if (const QByteArray dir = qgetenv("RAPPORT_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(QString::fromUtf8(dir) + QStringLiteral("/clinic-server-away.png"));
    composer.editor()->setPlainText(QStringLiteral("Hi Ana, how is the shoulder since Tuesday?"));
    composer.flushDraft();
    CHECK(composer.statusText().contains(QStringLiteral("kept on this computer")));
    const QString kept = services::KeptDrafts(services::KeptDrafts::defaultFolder(), url).filePath();
    CHECK(kept.startsWith(home.path()));
    CHECK(QFile::exists(kept));

    // It answers again: the banner goes, the next save reaches the server, nothing is left here.
    testing::setPostgresReachable(url, true);
    REQUIRE(testing::waitUntil([&] { return !window.serverBanner()->isVisible(); }, 5000));
    composer.editor()->setPlainText(QStringLiteral("Hi Ana, how is the shoulder since Tuesday? Any stiffness?"));
    composer.flushDraft();
    CHECK(composer.statusText().contains(QStringLiteral("saved on the server again")));
    CHECK(storedDraftBody(*db) == QStringLiteral("Hi Ana, how is the shoulder since Tuesday? Any stiffness?"));
    CHECK_FALSE(QFile::exists(kept));
    qunsetenv("XDG_DATA_HOME");
}
