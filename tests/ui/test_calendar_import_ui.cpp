// SPDX-License-Identifier: GPL-3.0-or-later
// The app's calendar import: the plan (a dry run) with a client picker for the unmatched events,
// Import from the keyboard, the summary's reschedule message, and the remembered files re-read.
// The clock is UiFixture's fixed one and every window is given, so nothing depends on today.
#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "app/Theme.h"
#include "composer/ComposerWindow.h"
#include "transfer/CalendarImportDialog.h"
#include "transfer/TransferActions.h"

#include "services/CalendarImportService.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>

using namespace rapport;
using services::CalendarChange;

namespace {

QString calendar(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/calendars/") + QString::fromLatin1(name);
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

/// The test calendars' events are in spring 2025.
services::CalendarImportOptions spring2025()
{
    services::CalendarImportOptions o;
    o.from = utc(2025, 1, 1);
    o.to = utc(2025, 6, 1);
    return o;
}

int indexOf(const services::CalendarImportPlan& plan, const QString& uid)
{
    for (int i = 0; i < plan.items.size(); ++i)
        if (plan.items.at(i).uid == uid)
            return i;
    return -1;
}

const services::CalendarPlanItem& item(const services::CalendarImportPlan& plan, const QString& uid)
{
    const int i = indexOf(plan, uid);
    REQUIRE(i >= 0);
    return plan.items.at(i);
}

int appointmentsOf(testing::UiFixture& f, qint64 clientId)
{
    const auto list = f.context->appointments().forClient(clientId);
    REQUIRE(list.ok());
    return int(list->size());
}

bool imported(ui::CalendarImportDialog& d)
{
    return testing::waitUntil([&] { return d.summary().has_value() || !d.importError().isEmpty(); }, 20000);
}

ui::ComposerWindow* openComposer()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* c = qobject_cast<ui::ComposerWindow*>(w); c && c->isVisible())
            return c;
    return nullptr;
}

} // namespace

TEST_CASE("Calendar import: plan, a client chosen in the picker from the keyboard, Enter imports, choice "
          "remembered",
          "[calendar][calendarui]")
{
    QSettings().remove(QStringLiteral("MainWindow"));
    testing::UiFixture f;
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), {}, QStringLiteral("ana.silva@example.com"));
    f.addClient(QStringLiteral("Ana Silva"));
    const qint64 jo = f.addClient(QStringLiteral("Joanna Reyes"));
    {
        ui::MainWindow window(*f.context);
        window.show();
        auto* transfer = window.findChild<ui::TransferActions*>();
        REQUIRE(transfer);
        REQUIRE(window.action(QStringLiteral("importCalendar"))->isEnabled());
        REQUIRE(window.action(QStringLiteral("refreshCalendars"))->isEnabled());
        transfer->setCalendarOptions(spring2025());

        ui::CalendarImportDialog* d = transfer->openCalendarImport(calendar("matching.ics"));
        REQUIRE(d);
        REQUIRE(d->plan());
        CHECK(d->planError().isEmpty());
        CHECK(d->page() == ui::CalendarImportDialog::PlanPage);
        CHECK(d->importButton()->isEnabled());
        CHECK(d->importButton()->isDefault());
        const auto& plan = *d->plan();
        CHECK(item(plan, QStringLiteral("m-email")).change == CalendarChange::New);
        CHECK(item(plan, QStringLiteral("m-email")).clientId == ana);
        CHECK(item(plan, QStringLiteral("m-jo-1")).change == CalendarChange::Unmatched);
        CHECK(d->planStatusLabel()->text().contains(QStringLiteral("matching.ics")));
        CHECK(d->planStatusLabel()->text().contains(
            QStringLiteral("no client: %1").arg(plan.count(CalendarChange::Unmatched))));
        // Every line not unchanged has a row; the unmatched ones a picker.
        const int jo1 = indexOf(plan, QStringLiteral("m-jo-1"));
        const int jo2 = indexOf(plan, QStringLiteral("m-jo-2"));
        QComboBox* picker = d->clientPicker(jo1);
        REQUIRE(picker);
        REQUIRE(d->clientPicker(jo2));
        CHECK(d->clientPicker(indexOf(plan, QStringLiteral("m-email"))) == nullptr);
        int jo1Row = -1;
        for (int r = 0; r < d->planTable()->rowCount(); ++r)
            if (d->itemAtRow(r) == jo1)
                jo1Row = r;
        REQUIRE(jo1Row >= 0);
        CHECK(d->planTable()->item(jo1Row, ui::CalendarImportDialog::ChangeColumn)->text() ==
              QStringLiteral("No client"));

        // Type part of the name and press Enter: the client is chosen, nothing is imported yet.
        picker->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("joan"));
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        CHECK(d->page() == ui::CalendarImportDialog::PlanPage);
        REQUIRE(d->plan());
        CHECK(item(*d->plan(), QStringLiteral("m-jo-1")).change == CalendarChange::New);
        CHECK(item(*d->plan(), QStringLiteral("m-jo-1")).clientId == jo);
        CHECK(item(*d->plan(), QStringLiteral("m-jo-2")).clientId == jo); // the same name follows
        CHECK(d->clientPicker(jo2)->currentText() == QStringLiteral("Joanna Reyes"));
        CHECK(d->planTable()->item(jo1Row, ui::CalendarImportDialog::ChangeColumn)->text() == QStringLiteral("New"));
        CHECK(d->planTable()
                  ->item(jo1Row, ui::CalendarImportDialog::NoteColumn)
                  ->text()
                  .contains(QStringLiteral("remembered")));

        // Enter outside a picker presses Import.
        const int booked = d->plan()->count(CalendarChange::New);
        QTest::keyClick(d->planTable(), Qt::Key_Return);
        REQUIRE(imported(*d));
        REQUIRE(d->summary());
        CHECK(d->summary()->written);
        CHECK(d->page() == ui::CalendarImportDialog::SummaryPage);
        CHECK(d->summaryLabel()->text().contains(QStringLiteral("Booked <b>%1</b>").arg(booked)));
        CHECK(d->movedTable()->isHidden());
        CHECK(appointmentsOf(f, jo) == 2);
        CHECK(appointmentsOf(f, ana) >= 1);
        d->close();
    }

    f.close();
    f.open(); // a restart
    const services::CalendarImportService service(*f.db, f.clock);
    CHECK(service.choices(QStringLiteral("ics:Matching"))->value(QStringLiteral("jo")) == jo);
    CHECK(service.calendarFiles()->isEmpty()); // "Remember" was not ticked

    // Imported again: what was written is unchanged, and Joanna is known without a picker.
    ui::CalendarImportDialog again(*f.context, calendar("matching.ics"), spring2025());
    again.show();
    REQUIRE(again.plan());
    CHECK(again.plan()->count(CalendarChange::New) == 0);
    CHECK(again.plan()->count(CalendarChange::Moved) == 0);
    CHECK(again.plan()->count(CalendarChange::Cancelled) == 0);
    CHECK(item(*again.plan(), QStringLiteral("m-jo-1")).change == CalendarChange::Unchanged);
    CHECK(again.clientPicker(indexOf(*again.plan(), QStringLiteral("m-jo-1"))) == nullptr);
    // Unchanged lines are collapsed into the box's count until it is ticked.
    const int shown = again.planTable()->rowCount();
    CHECK(again.showUnchangedBox()->text().contains(QString::number(again.plan()->count(CalendarChange::Unchanged))));
    again.showUnchangedBox()->setChecked(true);
    CHECK(again.planTable()->rowCount() ==
          shown + again.plan()->count(CalendarChange::Unchanged) + again.plan()->count(CalendarChange::Ignored));
}

TEST_CASE("Calendar import: a re-import shows everything unchanged; a moved event offers a reschedule message "
          "in the composer",
          "[calendar][calendarui]")
{
    QSettings().remove(QStringLiteral("MainWindow"));
    testing::UiFixture f;
    f.addClient(QStringLiteral("Ana Silva"), {}, QStringLiteral("ana.silva@example.com"));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"));
    ui::MainWindow window(*f.context);
    window.show();
    auto* transfer = window.findChild<ui::TransferActions*>();
    REQUIRE(transfer);
    transfer->setCalendarOptions(spring2025());

    ui::CalendarImportDialog* d = transfer->openCalendarImport(calendar("google.ics"));
    REQUIRE(d->plan());
    CHECK(d->plan()->count(CalendarChange::New) == 5);
    CHECK(d->plan()->count(CalendarChange::Unmatched) == 1); // Chloe Park is not a client
    QTest::keyClick(d->rememberBox(), Qt::Key_Return);       // Enter on a box presses Import too
    REQUIRE(imported(*d));
    REQUIRE(d->summary()->written);
    d->close();
    REQUIRE(testing::waitUntil([&] { return transfer->calendarDialog() == nullptr; }));

    d = transfer->openCalendarImport(calendar("google.ics"));
    REQUIRE(d->plan());
    CHECK(d->plan()->count(CalendarChange::New) == 0);
    CHECK(d->plan()->count(CalendarChange::Unchanged) == 5);
    CHECK(d->planStatusLabel()->text().contains(QStringLiteral("unchanged: 5")));
    d->close();
    REQUIRE(testing::waitUntil([&] { return transfer->calendarDialog() == nullptr; }));

    d = transfer->openCalendarImport(calendar("google-moved.ics"));
    REQUIRE(d->plan());
    REQUIRE(d->plan()->count(CalendarChange::Moved) == 1);
    const auto& moved = item(*d->plan(), QStringLiteral("0b1c2d3e4f5g6h7i8j9k0l1m2n@google.com"));
    CHECK(moved.clientId == ben);
    bool arrow = false;
    for (int r = 0; r < d->planTable()->rowCount(); ++r)
        if (d->planTable()->item(r, ui::CalendarImportDialog::ChangeColumn)->text() == QStringLiteral("Moved"))
            arrow = d->planTable()->item(r, ui::CalendarImportDialog::WhenColumn)->text().contains(QChar(0x2192));
    CHECK(arrow);
    d->importButton()->click();
    REQUIRE(imported(*d));
    REQUIRE(d->summary()->written);
    REQUIRE(d->movedTable()->rowCount() == 1);
    CHECK(d->movedTable()->item(0, 0)->text() == QStringLiteral("Ben Okafor"));
    QPushButton* send = d->rescheduleButton(0);
    REQUIRE(send);
    CHECK(send->text() == QStringLiteral("&Send reschedule message"));
    QTest::keyClick(send, Qt::Key_Space);

    ui::ComposerWindow* composer = nullptr;
    REQUIRE(testing::waitUntil([&] { return (composer = openComposer()) != nullptr; }));
    CHECK(composer->clientId() == ben);
    CHECK(composer->editor()->toPlainText().startsWith(QStringLiteral("Hi Ben,")));
    CHECK(composer->editor()->toPlainText().contains(QStringLiteral("Thu 3 Apr at 11:00"))); // London summer time
    composer->close();
    d->close();
}

TEST_CASE("Calendar import: a bad file and no file show why, and Import stays off", "[calendar][calendarui]")
{
    testing::UiFixture f;
    ui::CalendarImportDialog empty(*f.context, {}, spring2025());
    CHECK_FALSE(empty.plan());
    CHECK_FALSE(empty.importButton()->isEnabled());
    CHECK(empty.planStatusLabel()->text().contains(QStringLiteral("Choose a calendar file")));

    ui::CalendarImportDialog bad(*f.context, calendar("not-a-calendar.ics"), spring2025());
    CHECK_FALSE(bad.plan());
    CHECK_FALSE(bad.planError().isEmpty());
    CHECK_FALSE(bad.importButton()->isEnabled());
    CHECK(bad.planStatusLabel()->text().contains(QStringLiteral("cannot be imported")));
    QTest::keyClick(bad.planTable(), Qt::Key_Return); // Enter does nothing without a plan
    CHECK(bad.page() == ui::CalendarImportDialog::PlanPage);

    ui::CalendarImportDialog broken(*f.context, calendar("missing-dtstart.ics"), spring2025());
    REQUIRE(broken.plan());
    REQUIRE(broken.plan()->hasErrors());
    bool named = false;
    for (int r = 0; r < broken.planTable()->rowCount(); ++r)
        if (broken.planTable()->item(r, ui::CalendarImportDialog::ChangeColumn)->text() == QStringLiteral("Error"))
            named = broken.planTable()
                        ->item(r, ui::CalendarImportDialog::NoteColumn)
                        ->text()
                        .startsWith(QStringLiteral("Line "));
    CHECK(named);
}

TEST_CASE("Calendar import: a remembered file is read again at start and with Refresh calendars, quietly",
          "[calendar][calendarui]")
{
    QSettings().remove(QStringLiteral("MainWindow"));
    testing::UiFixture f;
    f.clock.set(utc(2025, 3, 1, 9)); // the default window (30 days back, 180 ahead) covers the test files
    f.addClient(QStringLiteral("Ana Silva"), {}, QStringLiteral("ana.silva@example.com"));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"));
    const QString synced = f.dir.filePath(QStringLiteral("practice.ics"));
    REQUIRE(QFile::copy(calendar("google.ics"), synced));

    // Remembered from the dialog's box.
    {
        ui::CalendarImportDialog d(*f.context, synced, {});
        d.show();
        REQUIRE(d.plan());
        d.rememberBox()->setChecked(true);
        d.importButton()->click();
        REQUIRE(imported(d));
        REQUIRE(d.summary()->written);
        CHECK(d.summaryLabel()->text().contains(QStringLiteral("remembered")));
    }
    const auto files = services::CalendarImportService(*f.db, f.clock).calendarFiles();
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);

    // Another program moves Ben's appointment in the file.
    REQUIRE(QFile::remove(synced));
    REQUIRE(QFile::copy(calendar("google-moved.ics"), synced));
    ui::MainWindow window(*f.context);
    window.show();
    auto* transfer = window.findChild<ui::TransferActions*>();
    REQUIRE(transfer);
    REQUIRE(
        testing::waitUntil([&] { return !transfer->lastRefreshText().isEmpty() && !transfer->isRefreshing(); }, 20000));
    CHECK(transfer->lastRefreshText().contains(QStringLiteral("1 moved")));
    CHECK(window.statusBar()->currentMessage() == transfer->lastRefreshText());
    CHECK(QApplication::activeModalWidget() == nullptr); // never a dialog at start
    bool movedThere = false;
    const auto bens = f.context->appointments().forClient(ben);
    REQUIRE(bens.ok());
    for (const auto& a : *bens)
        movedThere = movedThere || a.start == utc(2025, 4, 3, 10);
    CHECK(movedThere);

    // Refresh calendars again: nothing changed since.
    QSignalSpy spy(transfer, &ui::TransferActions::calendarsRefreshed);
    window.action(QStringLiteral("refreshCalendars"))->trigger();
    REQUIRE(spy.wait(20000));
    CHECK(transfer->lastRefreshText().contains(QStringLiteral("0 new, 0 moved, 0 cancelled")));

    // A file gone: said in the status bar, still no dialog.
    REQUIRE(QFile::remove(synced));
    window.action(QStringLiteral("refreshCalendars"))->trigger();
    REQUIRE(spy.wait(20000));
    CHECK(transfer->lastRefreshText().contains(QStringLiteral("practice.ics")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("could not be read")));
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("Calendar import: Tab walks the file, the table, the pickers, the boxes, Import", "[calendar][calendarui]")
{
    testing::UiFixture f;
    f.addClient(QStringLiteral("Joanna Reyes"));
    ui::CalendarImportDialog d(*f.context, calendar("matching.ics"), spring2025());
    d.show();
    d.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&d));
    REQUIRE(d.plan());
    QVector<QWidget*> pickers;
    for (int r = 0; r < d.planTable()->rowCount(); ++r)
        if (auto* p = d.clientPicker(d.itemAtRow(r)))
            pickers << p;
    REQUIRE(pickers.size() >= 2);
    d.pathEdit()->setFocus(Qt::TabFocusReason);
    QVector<QWidget*> seen;
    for (int i = 0; i < 5 + pickers.size(); ++i) {
        QWidget* w = QApplication::focusWidget();
        // An editable combo box's focus is its line edit.
        if (auto* c = qobject_cast<QComboBox*>(w ? w->parentWidget() : nullptr))
            w = c;
        seen << w;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QWidget* browse = nullptr;
    for (auto* b : d.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Browse..."))
            browse = b;
    QVector<QWidget*> expected{d.pathEdit(), browse, d.planTable()};
    expected += pickers;
    expected << d.showUnchangedBox() << d.rememberBox();
    CHECK(seen == expected);
}

TEST_CASE("Screenshots of the calendar import plan", "[.screenshots]")
{
    const QString out =
        QDir(QStringLiteral(RAPPORT_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../packaging/screenshots"));
    QDir().mkpath(out);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    testing::UiFixture f;
    f.addClient(QStringLiteral("Ana Silva"), {}, QStringLiteral("ana.silva@example.com"));
    f.addClient(QStringLiteral("Ana Silva"));
    const qint64 jo = f.addClient(QStringLiteral("Joanna Reyes"));
    f.addClient(QStringLiteral("Ben Okafor"));
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
        ui::CalendarImportDialog d(*f.context, calendar("matching.ics"), spring2025());
        d.resize(980, 560);
        d.show();
        REQUIRE(d.plan());
        REQUIRE(d.choose(indexOf(*d.plan(), QStringLiteral("m-jo-1")), jo));
        QApplication::processEvents();
        const QPixmap shot = d.grab();
        REQUIRE(shot.save(QDir(out).filePath(dark ? QStringLiteral("calendar-import-dark.png")
                                                  : QStringLiteral("calendar-import-light.png"))));
    }
    QApplication::setPalette(ui::Theme::lightPalette());
}
