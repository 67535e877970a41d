// SPDX-License-Identifier: GPL-3.0-or-later
// The client detail's Appointments tab, worked from the keyboard: book, move, cancel; and what
// was booked is still there after the database is closed and reopened.
#include "UiTestSupport.h"
#include "app/Theme.h"
#include "clients/AppointmentDialog.h"
#include "clients/ClientAppointmentsTab.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientOverviewTab.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace rapport;
using rapport::testing::onNextModal;
using rapport::testing::UiFixture;
using rapport::testing::waitUntil;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

std::string iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate).toStdString();
}
std::string iso(const std::optional<QDateTime>& t)
{
    return t ? iso(*t) : std::string("none");
}

/// The rows of the list (not the Upcoming / Past headings), as shown.
QStringList rows(const QTreeWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* it = list->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < list->columnCount(); ++c)
            cells << it->text(c);
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

TEST_CASE("Appointments tab: book, move and cancel from the keyboard", "[ui][appointments]")
{
    UiFixture f; // 24 November 2026, 10:00 UTC; the practice is in Europe/London (UTC in winter)
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"));
    ui::ClientDetailWidget w(*f.context);
    w.resize(900, 520);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    REQUIRE(w.setClient(ana));
    ui::ClientAppointmentsTab* tab = w.appointments();

    QTest::keyClick(&w, Qt::Key_P, Qt::AltModifier); // A&ppointments
    REQUIRE(w.tabs()->currentWidget() == tab);
    CHECK(tab->list()->isHidden()); // nothing booked yet: the empty state says how to add one

    // Alt+A opens the booking dialog: day and time proposed for the next whole hour.
    bool handled = false;
    onNextModal<ui::AppointmentDialog>([&handled](ui::AppointmentDialog* d) {
        d->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(d));
        CHECK(d->dateEdit()->date() == QDate(2026, 11, 24));
        CHECK(d->timeEdit()->time() == QTime(11, 0));
        CHECK(waitUntil([&] { return d->dateEdit()->hasFocus(); }, 3000));
        QTest::keyClick(d->dateEdit(), Qt::Key_Up); // the day section: 25 November
        QTest::keyClick(d->dateEdit(), Qt::Key_Up); // 26 November
        // Tab walks the date's sections; each field's Alt letter jumps to it.
        QTest::keyClick(d, Qt::Key_T, Qt::AltModifier);
        CHECK(waitUntil([&] { return d->timeEdit()->hasFocus(); }, 3000));
        QTest::keyClicks(d->timeEdit(), QStringLiteral("1430"));
        QTest::keyClick(d, Qt::Key_L, Qt::AltModifier);
        CHECK(waitUntil([&] { return d->minutesSpin()->hasFocus(); }, 3000));
        QTest::keyClick(d->minutesSpin(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(d->minutesSpin(), QStringLiteral("45"));
        QTest::keyClick(d->minutesSpin(), Qt::Key_Tab);
        CHECK(waitUntil([&] { return d->serviceEdit()->hasFocus(); }, 3000));
        QTest::keyClicks(d->serviceEdit(), QStringLiteral("Sports massage 45 min"));
        QTest::keyClick(d->serviceEdit(), Qt::Key_Tab);
        QTest::keyClicks(d->locationEdit(), QStringLiteral("Room 2"));
        handled = true;
        QTest::keyClick(d->locationEdit(), Qt::Key_Return);
    });
    QTest::keyClick(tab, Qt::Key_A, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return handled && !QApplication::activeModalWidget(); }));
    auto booked = tab->current();
    REQUIRE(booked.has_value());
    CHECK(iso(booked->start) == iso(utc(11, 26, 14, 30)));
    CHECK(booked->minutes() == 45);
    CHECK(booked->service == QLatin1String("Sports massage 45 min"));
    CHECK(booked->location == QLatin1String("Room 2"));
    CHECK(rows(tab->list()).at(0) == QStringLiteral("Upcoming (1)||||"));
    CHECK(rows(tab->list())
              .at(1)
              .startsWith(QLocale().toString(QDateTime(QDate(2026, 11, 26), QTime(14, 30)),
                                             QStringLiteral("ddd d MMM yyyy, HH:mm"))));
    CHECK(rows(tab->list()).at(1).endsWith(QStringLiteral("|45 min|Sports massage 45 min|Room 2|Booked")));
    CHECK(iso(f.context->clients().find(ana)->nextAppointment) ==
          iso(utc(11, 26, 14, 30))); // the list and composer read this
    // Back in the window (a window manager re-activates it; offscreen, the test does), on the list.
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    CHECK(tab->list()->hasFocus());

    // Enter on the row moves it: one day later, same time and length.
    handled = false;
    onNextModal<ui::AppointmentDialog>([&handled](ui::AppointmentDialog* d) {
        d->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(d));
        CHECK(d->windowTitle() == QStringLiteral("Move appointment: Ana Silva"));
        CHECK(d->dateEdit()->date() == QDate(2026, 11, 26));
        CHECK(d->minutesSpin()->value() == 45);
        QTest::keyClick(d->dateEdit(), Qt::Key_Up);
        handled = true;
        QTest::keyClick(d->dateEdit(), Qt::Key_Return);
    });
    QTest::keyClick(tab->list(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return handled && !QApplication::activeModalWidget(); }));
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    const auto moved = tab->current();
    REQUIRE(moved.has_value());
    CHECK(moved->id == booked->id);
    CHECK(iso(moved->start) == iso(utc(11, 27, 14, 30)));
    CHECK(iso(moved->end) == iso(utc(11, 27, 15, 15)));

    services::AppointmentChanges later;
    later.start = utc(11, 30, 9);
    REQUIRE(f.context->appointments().add(ana, later).ok());
    tab->reload();
    REQUIRE(f.context->appointments().forClient(ana)->size() == 2);

    // Alt+L cancels the selected one; it stays, struck through, as cancelled.
    tab->list()->setFocus();
    for (int i = 0; i < tab->list()->topLevelItemCount(); ++i)
        if (tab->list()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == booked->id)
            tab->list()->setCurrentItem(tab->list()->topLevelItem(i));
    REQUIRE(tab->current()->id == booked->id);
    QTest::keyClick(tab, Qt::Key_L, Qt::AltModifier); // a mnemonic animates the click: wait for it
    REQUIRE(waitUntil([&] { return tab->current() && tab->current()->status != domain::AppointmentStatus::Booked; }));
    CHECK(tab->current()->status == domain::AppointmentStatus::Cancelled);
    CHECK_FALSE(tab->moveButton()->isEnabled());
    CHECK_FALSE(tab->cancelButton()->isEnabled());
    CHECK(tab->current()->id == booked->id);
    CHECK(tab->errorText().isEmpty());
    // The next one is now the one on the 30th.
    CHECK(iso(f.context->clients().find(ana)->nextAppointment) == iso(utc(11, 30, 9)));

    // Restart: close the database, open the file again, and the appointments are still there.
    w.setClient(0);
    f.close();
    f.open();
    ui::ClientDetailWidget again(*f.context);
    REQUIRE(again.setClient(ana));
    const auto saved = f.context->appointments().forClient(ana);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 2);
    CHECK(saved->at(0).id == booked->id);
    CHECK(saved->at(0).status == domain::AppointmentStatus::Cancelled);
    CHECK(iso(saved->at(0).start) == iso(utc(11, 27, 14, 30)));
    CHECK(saved->at(0).service == QLatin1String("Sports massage 45 min"));
    CHECK(rows(again.appointments()->list()).size() == 3); // the Upcoming heading and both rows
}

TEST_CASE("Appointments tab: an archived client's appointments are shown but cannot be booked or moved",
          "[ui][appointments]")
{
    UiFixture f;
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"));
    services::AppointmentChanges ch;
    ch.start = utc(11, 30, 9);
    REQUIRE(f.context->appointments().add(ben, ch).ok());
    REQUIRE_FALSE(f.context->clients().archive(ben));
    ui::ClientDetailWidget w(*f.context);
    REQUIRE(w.setClient(ben));
    ui::ClientAppointmentsTab* tab = w.appointments();
    REQUIRE(tab->current().has_value());
    CHECK_FALSE(tab->addButton()->isEnabled());
    CHECK_FALSE(tab->moveButton()->isEnabled());
    CHECK(tab->cancelButton()->isEnabled()); // cancelling stays possible
}

// Hidden: writes packaging/screenshots/appointments-tab-*.png and appointment-dialog-*.png.
TEST_CASE("Appointments tab screenshots, light and dark", "[.appointments-screenshots][.screenshots]")
{
    UiFixture f;
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    const auto add = [&](const QDateTime& start, int minutes, const QString& service, const QString& location) {
        services::AppointmentChanges ch;
        ch.start = start;
        ch.minutes = minutes;
        ch.service = service;
        ch.location = location;
        auto a = f.context->appointments().add(ana, ch);
        REQUIRE(a.ok());
        return a->id;
    };
    add(utc(11, 26, 14, 30), 45, QStringLiteral("Sports massage 45 min"), QStringLiteral("Room 2"));
    const qint64 cancelled = add(utc(12, 3, 10), 60, QStringLiteral("Sports massage 60 min"), QStringLiteral("Room 1"));
    REQUIRE(f.context->appointments().cancel(cancelled).ok());
    add(utc(12, 10, 16), 30, QStringLiteral("Follow-up"), QString());
    f.clock.set(utc(11, 1, 9));
    const qint64 past = add(utc(11, 10, 9), 60, QStringLiteral("First assessment"), QStringLiteral("Room 1"));
    f.clock.set(utc(11, 24, 10));
    REQUIRE(f.context->appointments().markAttended(past).ok());
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
        ui::ClientDetailWidget w(*f.context);
        w.resize(900, 420);
        REQUIRE(w.setClient(ana));
        w.tabs()->setCurrentWidget(w.appointments());
        w.show();
        QTest::qWait(50);
        const QString shots =
            QDir(QStringLiteral(RAPPORT_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../packaging/screenshots"));
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        REQUIRE(w.grab().save(shots + QStringLiteral("/appointments-tab") + suffix + QStringLiteral(".png")));
        ui::AppointmentDialog d(*f.context, ana, &w);
        d.show();
        QTest::qWait(50);
        REQUIRE(d.grab().save(shots + QStringLiteral("/appointment-dialog") + suffix + QStringLiteral(".png")));
    }
    QApplication::setPalette(ui::Theme::lightPalette());
}
