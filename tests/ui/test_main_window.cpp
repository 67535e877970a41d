// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "clients/ClientConsentTab.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientListModel.h"
#include "clients/ConsentBadge.h"
#include "clients/RecordConsentDialog.h"
#include "composer/ComposerWindow.h"
#include "services/PracticeFile.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace rapport;
using rapport::testing::UiFixture;
using rapport::ui::BadgeState;
using rapport::ui::MainWindow;

TEST_CASE("Recording and withdrawing consent through the dialogs changes the badge in the list", "[ui][consent]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("+447400123102"));
    MainWindow window(*f.context);
    REQUIRE(window.selectClient(id));
    const int row = window.clientModel()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(window.clientModel()->badge(row, domain::Channel::Sms) == BadgeState::None);

    testing::onNextModal<ui::RecordConsentDialog>([](ui::RecordConsentDialog* d) {
        d->channelCombo()->setCurrentIndex(d->channelCombo()->findData(int(domain::Channel::Sms)));
        d->scopeCombo()->setCurrentIndex(d->scopeCombo()->findData(int(domain::Scope::Service)));
        d->stateCombo()->setCurrentIndex(d->stateCombo()->findData(int(domain::ConsentState::Granted)));
        d->methodCombo()->setCurrentIndex(d->methodCombo()->findData(QStringLiteral("written")));
        d->accept();
    });
    window.action(QStringLiteral("recordConsent"))->trigger();

    const int after = window.clientModel()->rowOf(id);
    REQUIRE(after >= 0);
    CHECK(window.clientModel()->badge(after, domain::Channel::Sms) == BadgeState::Granted);
    CHECK(window.clientModel()->badge(after, domain::Channel::Email) == BadgeState::None);
    auto* tab = window.detail()->consent();
    QPushButton* withdraw = tab->withdrawButton(domain::Channel::Sms, domain::Scope::Service);
    CHECK_FALSE(withdraw->isHidden());
    CHECK(tab->withdrawButton(domain::Channel::Email, domain::Scope::Service)->isHidden());
    CHECK(tab->history()->topLevelItemCount() == 1);

    QString asked;
    tab->setConfirmation([&asked](const QString& q) {
        asked = q;
        return true;
    });
    QTest::mouseClick(withdraw, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("Ana Silva")));
    const int row2 = window.clientModel()->rowOf(id);
    REQUIRE(row2 >= 0);
    CHECK(window.clientModel()->badge(row2, domain::Channel::Sms) == BadgeState::Withdrawn);
    CHECK(tab->history()->topLevelItemCount() == 2);
    CHECK(withdraw->isHidden());

    // The ledger is re-checked after the change, off the GUI thread.
    REQUIRE(testing::waitUntil([&] { return window.ledgerStatusText().contains(QStringLiteral("2 events")); }));
    CHECK(window.ledgerStatusText() == QStringLiteral("Ledger verified: 2 events"));
}

TEST_CASE("A declined withdrawal changes nothing", "[ui][consent]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    services::ConsentRequest r;
    r.clientId = id;
    r.method = QStringLiteral("verbal");
    REQUIRE(f.context->consents().record(r));
    MainWindow window(*f.context);
    REQUIRE(window.selectClient(id));
    auto* tab = window.detail()->consent();
    tab->setConfirmation([](const QString&) { return false; });
    CHECK_FALSE(tab->withdraw(domain::Channel::Sms, domain::Scope::Service));
    CHECK(f.context->consents().history(id)->size() == 1);
    CHECK(window.clientModel()->badge(window.clientModel()->rowOf(id), domain::Channel::Sms) == BadgeState::Granted);
}

TEST_CASE("Typing in the search box filters the client list", "[ui][search]")
{
    UiFixture f;
    for (const char* n : {"Ana Silva", "Anabel Costa", "Ben Okafor", "Chloe Dubois", "Dev Patel"})
        f.addClient(QString::fromUtf8(n));
    f.addClient(QStringLiteral("Elif Yilmaz"), QStringLiteral("+447400123555"), QStringLiteral("elif@example.org"));
    MainWindow window(*f.context);
    window.show();
    REQUIRE(window.clientModel()->rowCount() == 6);

    window.action(QStringLiteral("find"))->trigger();
    QApplication::processEvents();
    QTest::keyClicks(window.searchEdit(), QStringLiteral("ana"));
    REQUIRE(testing::waitUntil([&] { return window.clientModel()->rowCount() == 2; }, 2000));
    CHECK(window.clientModel()->index(0, 0).data().toString() == QStringLiteral("Ana Silva"));
    CHECK(window.clientModel()->index(1, 0).data().toString() == QStringLiteral("Anabel Costa"));

    QTest::keyClicks(window.searchEdit(), QStringLiteral("b"));
    REQUIRE(testing::waitUntil([&] { return window.clientModel()->rowCount() == 1; }, 2000));

    window.searchEdit()->clear();
    QTest::keyClicks(window.searchEdit(), QStringLiteral("07400 123555"));
    window.applySearchNow();
    REQUIRE(window.clientModel()->rowCount() == 1);
    CHECK(window.clientModel()->index(0, 0).data().toString() == QStringLiteral("Elif Yilmaz"));

    window.searchEdit()->clear();
    QTest::keyClicks(window.searchEdit(), QStringLiteral("nobody"));
    REQUIRE(testing::waitUntil([&] { return window.clientModel()->rowCount() == 0; }, 2000));
    CHECK(window.clientModel()->search() == QStringLiteral("nobody"));
    CHECK(window.clientView()->isHidden());
}

TEST_CASE("An empty database shows the empty state, not an empty table", "[ui][search]")
{
    UiFixture f;
    MainWindow window(*f.context);
    CHECK(window.clientModel()->rowCount() == 0);
    CHECK(window.clientModel()->databaseEmpty());
    CHECK(window.clientView()->isHidden());
}

TEST_CASE("Help > About names the version, the data file and the licence", "[ui][about]")
{
    UiFixture f;
    MainWindow window(*f.context);
    REQUIRE(window.action(QStringLiteral("about")));
    const QString text = window.aboutText();
    CHECK(text.contains(QStringLiteral(RAPPORT_VERSION)));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QStringLiteral("GNU General Public License")));
    CHECK(text.contains(services::practicePath(f.context->database()).toHtmlEscaped()));
}

TEST_CASE("The main window survives a restart with a real database file", "[ui][restart]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    {
        MainWindow window(*f.context);
        REQUIRE(window.selectClient(id));
        services::ConsentRequest r;
        r.clientId = id;
        r.method = QStringLiteral("written");
        REQUIRE(f.context->consents().record(r));
        window.resize(1000, 640);
        window.show();
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 700});
        window.action(QStringLiteral("showArchived"))->setChecked(true);
        REQUIRE(testing::waitUntil([&] { return window.ledgerStatus().has_value(); }));
        window.close();
    }
    f.close();
    f.open();
    MainWindow again(*f.context);
    again.show();
    REQUIRE(again.clientModel()->rowCount() == 1);
    CHECK(again.clientModel()->index(0, 0).data().toString() == QStringLiteral("Ana Silva"));
    CHECK(again.clientModel()->badge(0, domain::Channel::Sms) == BadgeState::Granted);
    CHECK(again.size() == QSize(1000, 640));
    CHECK(again.action(QStringLiteral("showArchived"))->isChecked());
    auto* splitter = again.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    CHECK(qAbs(splitter->sizes().at(0) - 300) <= 2);
    REQUIRE(testing::waitUntil([&] { return again.ledgerStatus().has_value(); }));
    CHECK(again.ledgerStatusText() == QStringLiteral("Ledger verified: 1 event"));
}

TEST_CASE("Ctrl+N and the detail's New message open the composer for the selected client", "[ui][composer-wiring]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    MainWindow window(*f.context);
    REQUIRE(window.selectClient(id));
    CHECK(window.action(QStringLiteral("newMessage"))->shortcut() == QKeySequence(QKeySequence::New));
    auto composers = [] {
        int n = 0;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<ui::ComposerWindow*>(w) && w->isVisible())
                ++n;
        return n;
    };
    const int before = composers();
    window.action(QStringLiteral("newMessage"))->trigger();
    CHECK(composers() == before + 1);
    QPushButton* fromDetail = nullptr;
    for (auto* b : window.detail()->findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("message")))
            fromDetail = b;
    REQUIRE(fromDetail);
    QTest::mouseClick(fromDetail, Qt::LeftButton);
    CHECK(composers() == before + 2);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (qobject_cast<ui::ComposerWindow*>(w))
            w->close();
}
