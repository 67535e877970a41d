// SPDX-License-Identifier: GPL-3.0-or-later
// The Reminders window worked from the keyboard: Enter hands a row off through the URL opener
// (captured here instead of opened) and logs it, S skips, O opens the
// composer, the call list is visibly apart, and the pass is there again after a restart.
#include "UiTestSupport.h"
#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "app/Theme.h"
#include "reminders/RemindersWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace rapport;
using domain::Channel;
using domain::PassState;

namespace {

/// Captures the links a hand-off opens (the window's URL opener, QDesktopServices::openUrl by
/// default), so nothing is opened.
struct LinkCatcher {
    QList<QUrl> opened;
    void attach(ui::RemindersWindow& w)
    {
        w.setUrlOpener([this](const QUrl& url) {
            opened << url;
            return true;
        });
    }
};

/// Tuesday 24 November 2026, 10:00 (the fixture's clock): reminders for Wednesday the 25th.
struct Day : testing::UiFixture {
    qint64 ana = 0, ben = 0, cai = 0;
    Day()
    {
        REQUIRE_FALSE(context->settings().set(QStringLiteral("practice-name"), QStringLiteral("Calm Hands")));
        REQUIRE_FALSE(context->settings().set(QStringLiteral("business-phone"), QStringLiteral("+442079460000")));
        context->reloadPractice();
        ana = addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123456"));
        ben = addClient(QStringLiteral("Ben Ode"), QStringLiteral("+447400123457"));
        cai = addClient(QStringLiteral("Cai Jones"), QString(), QStringLiteral("cai@example.org"));
        consent(ana, domain::ConsentState::Granted);
        consent(ben, domain::ConsentState::Withdrawn);
        int hour = 9;
        for (const qint64 id : {ana, ben, cai}) {
            services::AppointmentChanges ch;
            ch.start = QDateTime(QDate(2026, 11, 25), QTime(hour++, 0), Qt::UTC);
            REQUIRE(context->appointments().add(id, ch).ok());
        }
    }
    void consent(qint64 id, domain::ConsentState state)
    {
        services::ConsentRequest r;
        r.clientId = id;
        r.state = state;
        r.method = QStringLiteral("written");
        REQUIRE(context->consents().record(r).ok());
    }
};

int tableRowOf(ui::RemindersWindow& w, const QString& name)
{
    for (int r = 0; r < w.table()->rowCount(); ++r)
        if (w.table()->item(r, 0) && w.table()->item(r, 0)->text() == name)
            return r;
    return -1;
}

} // namespace

TEST_CASE("the reminder list is worked from the keyboard: Enter, S, O, and the call list apart", "[ui][reminders]")
{
    Day d;
    LinkCatcher links;
    auto w = std::make_unique<ui::RemindersWindow>(d.context->composer());
    links.attach(*w);
    w->setAsker([](const QString&) {
        FAIL("inside hours: nothing to ask");
        return false;
    });
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    CHECK(w->day() == QDate(2026, 11, 25)); // the next working day
    REQUIRE(w->plan().rows.size() == 3);
    CHECK(w->progressLabel()->text() == QLatin1String("0 of 3 done"));

    // The call list comes after the others, under its own heading; Ben's channel is a call.
    const int benRow = tableRowOf(*w, QStringLiteral("Ben Ode"));
    const int heading = benRow - 1;
    CHECK(w->table()->item(heading, 0)->text().startsWith(QLatin1String("Call list")));
    CHECK(w->table()->item(benRow, 2)->text() == QLatin1String("Phone / call"));
    CHECK(w->table()->item(benRow, 3)->text().contains(QLatin1String("Withdrew consent to texts")));
    CHECK(tableRowOf(*w, QStringLiteral("Ana Silva")) < heading);
    CHECK(tableRowOf(*w, QStringLiteral("Cai Jones")) < heading);
    CHECK(w->table()->item(tableRowOf(*w, QStringLiteral("Cai Jones")), 2)->text() == QLatin1String("Email"));

    // The first row to do is current: Ana, by text. Enter hands it off and moves on.
    w->table()->setFocus();
    CHECK(w->table()->currentRow() == tableRowOf(*w, QStringLiteral("Ana Silva")));
    QTest::keyClick(w->table(), Qt::Key_Return);
    REQUIRE(links.opened.size() == 1);
    CHECK(links.opened.at(0).scheme() == QLatin1String("sms"));
    CHECK(links.opened.at(0).toEncoded().startsWith("sms:+447400123456?body=Hi%20Ana"));
    CHECK(w->progressLabel()->text() == QLatin1String("1 of 3 done"));
    CHECK(
        w->table()->item(tableRowOf(*w, QStringLiteral("Ana Silva")), 5)->text().startsWith(QStringLiteral("\u2713")));
    const auto log = d.context->contacts().forClient(d.ana);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->front().direction == domain::Direction::Outbound);
    CHECK(log->front().channel == Channel::Sms);

    // Cai is current now: S skips.
    CHECK(w->table()->currentRow() == tableRowOf(*w, QStringLiteral("Cai Jones")));
    QTest::keyClick(w->table(), Qt::Key_S);
    CHECK(w->progressLabel()->text() == QLatin1String("2 of 3 done"));
    CHECK(links.opened.size() == 1);

    // Ben, on the call list: the text button is greyed; Up steps over the heading and back.
    CHECK(w->table()->currentRow() == benRow);
    bool greyedText = false;
    for (auto* b : w->findChildren<QPushButton*>())
        greyedText = greyedText || (b->text() == QLatin1String("Text") && b->isVisible() && !b->isEnabled());
    CHECK(greyedText);
    QTest::keyClick(w->table(), Qt::Key_Up);
    CHECK(w->table()->currentRow() == tableRowOf(*w, QStringLiteral("Cai Jones")));
    QTest::keyClick(w->table(), Qt::Key_Down);
    CHECK(w->table()->currentRow() == benRow);

    // O opens the row in the composer, with the reminder's text.
    // The selected row's message is shown as it will go.
    CHECK(w->previewText().startsWith(QLatin1String("Hi Ben")));
    QSignalSpy compose(w.get(), &ui::RemindersWindow::composeRequested);
    QTest::keyClick(w->table(), Qt::Key_O);
    REQUIRE(compose.size() == 1);
    CHECK(compose.at(0).at(0).toLongLong() == d.ben);
    CHECK(compose.at(0).at(1).toString().startsWith(QLatin1String("Hi Ben")));

    // Enter on Ben dials: a tel: link, never an sms:.
    QTest::keyClick(w->table(), Qt::Key_Return);
    REQUIRE(links.opened.size() == 2);
    CHECK(links.opened.at(1).toString() == QLatin1String("tel:+447400123457"));
    CHECK(w->progressLabel()->text() == QLatin1String("3 of 3 done"));

    QTest::qWait(1);
    // RAPPORT_SCREENSHOT_DIR=packaging/screenshots keeps this picture for the README.
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR"); !dir.isEmpty())
        CHECK(w->grab().toImage().save(dir + QStringLiteral("/reminders-light.png")));

    // Leave and come back after a restart: the pass is as it was.
    w.reset();
    d.close();
    d.open();
    ui::RemindersWindow again(d.context->composer());
    CHECK(again.progressLabel()->text() == QLatin1String("3 of 3 done"));
    CHECK(again.plan().rows.at(0).state == PassState::HandedOff);
    CHECK(again.plan().rows.at(2).state == PassState::Skipped);
}

TEST_CASE("out of hours, the reminder list asks once before handing off", "[ui][reminders]")
{
    Day d;
    LinkCatcher links;
    d.clock.set(QDateTime(QDate(2026, 11, 24), QTime(19, 30), Qt::UTC)); // Tuesday evening
    ui::RemindersWindow w(d.context->composer());
    links.attach(w);
    int asked = 0;
    bool answer = false;
    w.setAsker([&](const QString& q) {
        ++asked;
        CHECK(q.contains(QLatin1String("outside your hours")));
        return answer;
    });
    w.show();
    w.table()->setFocus();
    QTest::keyClick(w.table(), Qt::Key_Return);
    CHECK(asked == 1);
    CHECK(links.opened.isEmpty()); // declined: nothing handed off
    CHECK(w.progressLabel()->text() == QLatin1String("0 of 3 done"));
    answer = true;
    QTest::keyClick(w.table(), Qt::Key_Return);
    CHECK(asked == 2);
    CHECK(links.opened.size() == 1);
    QTest::keyClick(w.table(), Qt::Key_Return); // Cai, by email: not asked again
    CHECK(asked == 2);
    REQUIRE(links.opened.size() == 2);
    CHECK(links.opened.at(1).scheme() == QLatin1String("mailto"));
}

TEST_CASE("the Reminders window is reached from the main window with Ctrl+R, and shows an empty day plainly",
          "[ui][reminders]")
{
    testing::UiFixture f;
    ui::MainWindow main(*f.context);
    QAction* a = main.action(QStringLiteral("reminders"));
    REQUIRE(a);
    CHECK(a->shortcut() == QKeySequence(QStringLiteral("Ctrl+R")));
    a->trigger();
    ui::RemindersWindow* w = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* r = qobject_cast<ui::RemindersWindow*>(top))
            w = r;
    REQUIRE(w);
    CHECK(w->plan().rows.isEmpty());
    CHECK(w->progressLabel()->text() == QLatin1String("0 of 0 done"));
    bool said = false;
    for (auto* l : w->findChildren<QLabel*>())
        said = said || (l->isVisible() && l->text().startsWith(QLatin1String("No booked appointments on")));
    CHECK(said);
    w->setPalette(ui::Theme::darkPalette());
    w->reload();
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR"); !dir.isEmpty())
        CHECK(w->grab().toImage().save(dir + QStringLiteral("/reminders-empty-dark.png")));
    w->close();
}
