// SPDX-License-Identifier: GPL-3.0-or-later
// Things to raise at the next appointment, as a person sees them: on the client's overview and on
// the dashboard for today's appointments, each ticked off when raised (then logged).
#include "UiTestSupport.h"
#include "clients/ClientContactLogTab.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientOverviewTab.h"
#include "clients/RaiseItemsList.h"
#include "dashboard/DashboardWidget.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

using namespace rapport;
using rapport::testing::UiFixture;

namespace {

// The fixture's clock: Tuesday 24 November 2026, 10:00 UTC (London is on GMT).
const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

void setNext(UiFixture& f, qint64 id, const QDateTime& at)
{
    services::ClientChanges ch;
    ch.nextAppointment = at;
    const auto saved = f.context->clients().update(id, ch);
    INFO((saved.ok() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
}

qint64 addItem(UiFixture& f, qint64 client, const QString& text)
{
    const auto item = f.context->raises().add(client, text, QStringLiteral("Sam"));
    INFO((item.ok() ? QString() : item.error().message).toStdString());
    REQUIRE(item.ok());
    return item->id;
}

int inPersonContacts(UiFixture& f, qint64 client, QString* text = nullptr)
{
    const auto log = f.context->contacts().forClient(client);
    REQUIRE(log.ok());
    int n = 0;
    for (const auto& e : *log)
        if (e.channel == domain::Channel::InPerson && e.direction == domain::Direction::Outbound) {
            ++n;
            if (text)
                *text = e.text;
        }
    return n;
}

} // namespace

TEST_CASE("the client's overview lists what to raise and ticking one off logs it", "[ui][raise]")
{
    UiFixture f;
    REQUIRE_FALSE(f.context->savePractice([&] {
        auto s = f.context->practice();
        s.timeZone = QStringLiteral("Europe/London");
        return s;
    }()));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    setNext(f, ana, kNow.addDays(2));
    addItem(f, ana, QStringLiteral("Ask how the new exercises are going"));
    addItem(f, ana, QStringLiteral("The fee for the missed session"));

    ui::ClientDetailWidget detail(*f.context);
    detail.show();
    REQUIRE(detail.setClient(ana));
    ui::RaiseItemsList* raise = detail.overview()->raiseItems();
    QListWidget* list = raise->list();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == QStringLiteral("Ask how the new exercises are going"));
    CHECK(list->item(0)->checkState() == Qt::Unchecked);
    CHECK(raise->statusText().contains(QStringLiteral("2 to raise")));
    CHECK(inPersonContacts(f, ana) == 0);

    // Tick the first one with the keyboard, as a person would.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    QString logged;
    CHECK(inPersonContacts(f, ana, &logged) == 1);
    CHECK(logged == QStringLiteral("Ask how the new exercises are going"));
    REQUIRE(testing::waitUntil([&] { return detail.overview()->raiseItems()->list()->count() == 1; }));
    list = detail.overview()->raiseItems()->list();
    CHECK(list->item(0)->text() == QStringLiteral("The fee for the missed session"));
    CHECK(detail.overview()->raiseItems()->statusText().contains(QStringLiteral("Raised and logged")));
    // The contact log shows the in-person contact.
    CHECK(detail.contactLog()->list()->topLevelItemCount() == 1);
}

TEST_CASE("the dashboard lists today's appointments with what to raise, ticked off when raised", "[ui][raise]")
{
    UiFixture f;
    REQUIRE_FALSE(f.context->savePractice([&] {
        auto s = f.context->practice();
        s.timeZone = QStringLiteral("Europe/London");
        return s;
    }()));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("07911 123456"));
    const qint64 cara = f.addClient(QStringLiteral("Cara Lee"), QStringLiteral("07400 123457"));
    setNext(f, ana, QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
    setNext(f, ben, QDateTime(QDate(2026, 11, 24), QTime(11, 30), Qt::UTC));
    setNext(f, cara, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)); // tomorrow: not listed
    addItem(f, ana, QStringLiteral("Referral letter for the GP"));
    addItem(f, cara, QStringLiteral("Not for today"));

    ui::DashboardWidget dashboard(*f.context);
    dashboard.show();
    QTreeWidget* agenda = dashboard.agenda();
    REQUIRE(agenda->topLevelItemCount() == 2);
    CHECK(agenda->topLevelItem(0)->text(0) == QStringLiteral("11:30 Ben Okafor: nothing to raise"));
    CHECK(agenda->topLevelItem(1)->text(0) == QStringLiteral("15:00 Ana Silva: 1 to raise"));
    CHECK(dashboard.agendaTitle() == QStringLiteral("Today's appointments: 2, with 1 to raise"));
    QTreeWidgetItem* item = agenda->topLevelItem(1)->child(0);
    REQUIRE(item);
    CHECK(item->text(0) == QStringLiteral("Referral letter for the GP"));
    CHECK(item->checkState(0) == Qt::Unchecked);

    agenda->setFocus();
    agenda->setCurrentItem(item);
    QTest::keyClick(agenda, Qt::Key_Space);
    CHECK(inPersonContacts(f, ana) == 1);
    REQUIRE(testing::waitUntil([&] {
        return dashboard.agenda()->topLevelItemCount() == 2 && dashboard.agenda()->topLevelItem(1)->childCount() == 0;
    }));
    CHECK(dashboard.agenda()->topLevelItem(1)->text(0) == QStringLiteral("15:00 Ana Silva: nothing to raise"));
    CHECK(dashboard.agendaTitle() == QStringLiteral("Today's appointments: 2, with 0 to raise"));
    CHECK(inPersonContacts(f, cara) == 0);
}
