// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled messages in the app: the composer keeps a "not now" message for later, the main window
// says when one is due, and the queue window hands it off from the keyboard after reading the
// advice again.
#include "UiTestSupport.h"

#include "app/MainWindow.h"
#include "app/Theme.h"
#include "composer/ComposerWindow.h"
#include "queue/QueueWindow.h"
#include "services/ConsentService.h"
#include "services/QueueService.h"
#include "storage/ContactLogRepository.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace rapport;
using rapport::testing::UiFixture;

namespace {

// Tuesday 24 November 2026, 21:00 in London: after the practice's hours (Mon-Fri 09:00-18:00).
const QDateTime kEvening(QDate(2026, 11, 24), QTime(21, 0), Qt::UTC);
const QDateTime kWednesday9(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

struct QueueUi : UiFixture {
    qint64 ana = 0;
    QueueUi()
    {
        REQUIRE_FALSE(context->settings().set(QStringLiteral("hours"), QStringLiteral("Mon-Fri 09:00-18:00")));
        REQUIRE_FALSE(context->settings().set(QStringLiteral("time-zone"), QStringLiteral("Europe/London")));
        context->reloadPractice();
        ana = addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
        consent(domain::ConsentState::Granted);
        clock.set(kEvening);
    }
    void consent(domain::ConsentState state)
    {
        services::ConsentRequest r;
        r.clientId = ana;
        r.state = state;
        r.method = QStringLiteral("written");
        REQUIRE(context->consents().record(r).ok());
    }
};

} // namespace

TEST_CASE("The composer keeps a not-now message for the suggested time", "[ui][queue]")
{
    QueueUi f;
    ui::ComposerWindow w(f.context->composer(), f.ana, nullptr);
    w.show();
    w.editor()->setPlainText(QStringLiteral("Hi Ana, your appointment is confirmed for Thursday at 3pm."));
    w.updateNow();
    REQUIRE_FALSE(w.advice().timing.sendNow);
    REQUIRE(w.advice().timing.nextOk);
    CHECK(w.advice().timing.nextOk == kWednesday9);
    CHECK(w.scheduleButton()->isVisibleTo(&w));
    REQUIRE(w.scheduleFor(*w.advice().timing.nextOk));
    CHECK(w.editor()->toPlainText().isEmpty());
    CHECK(w.statusText().contains(QStringLiteral("Scheduled for")));
    CHECK_FALSE(w.scheduleButton()->isVisibleTo(&w)); // nothing left to schedule
    const auto pending = services::QueueService(*f.db, f.clock).list();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().message.dueAt == kWednesday9);
    CHECK(pending->front().message.channel == domain::Channel::Sms);
}

TEST_CASE("Due messages are announced, re-checked and handed off from the keyboard", "[ui][queue]")
{
    QueueUi f;
    services::QueueService queue(*f.db, f.clock);
    const auto first =
        queue.schedule(f.ana, domain::Channel::Sms, QStringLiteral("See you Thursday at 3pm."), kWednesday9);
    const auto second =
        queue.schedule(f.ana, domain::Channel::Sms, QStringLiteral("Parking is at the back."), kWednesday9);
    REQUIRE(first.ok());
    REQUIRE(second.ok());

    ui::MainWindow main(*f.context);
    CHECK(main.dueText().isEmpty()); // Tuesday evening: nothing due yet
    f.clock.set(kWednesday9.addSecs(60));
    main.checkDue();
    CHECK(main.dueText() == QStringLiteral("2 messages due now"));

    QList<QUrl> opened;
    ui::QueueWindow w(*f.context, [&](const QUrl& u) {
        opened << u;
        return true;
    });
    w.show();
    REQUIRE(w.table()->rowCount() == 2);
    CHECK(w.dueCount() == 2);
    CHECK(w.table()->item(0, 4)->text() == QStringLiteral("Due now"));
    w.table()->setFocus();
    w.table()->selectRow(0);
    QTest::keyClick(w.table(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().scheme() == QStringLiteral("sms"));
    CHECK(opened.front().toString().contains(QStringLiteral("Thursday")));
    CHECK(w.statusText().contains(QStringLiteral("Handed off")));
    REQUIRE(w.table()->rowCount() == 1);
    const auto log = storage::ContactLogRepository(*f.db).forClient(f.ana);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->front().text == QStringLiteral("See you Thursday at 3pm."));

    // Consent withdrawn since scheduling: Enter says why and the message stays.
    f.consent(domain::ConsentState::Withdrawn);
    w.table()->selectRow(0);
    QTest::keyClick(w.table(), Qt::Key_Return);
    CHECK(opened.size() == 1);
    CHECK(w.statusText().contains(QStringLiteral("Not handed off")));
    CHECK(w.table()->rowCount() == 1);
    // Edit changes its text and time (Wednesday 12:00 in London).
    w.setEditHook([](QDialog* d) {
        d->findChild<QPlainTextEdit*>(QStringLiteral("queueEditText"))->setPlainText(QStringLiteral("Parking: back."));
        d->findChild<QDateTimeEdit*>(QStringLiteral("queueEditWhen"))
            ->setDateTime(QDateTime(QDate(2026, 11, 25), QTime(12, 0)));
        QTimer::singleShot(0, d, &QDialog::accept);
    });
    REQUIRE(w.editSelected());
    const auto edited = queue.find(second->id);
    CHECK(edited->text == QStringLiteral("Parking: back."));
    CHECK(edited->dueAt == QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    w.table()->selectRow(0);
    // Delete cancels it.
    QTest::keyClick(w.table(), Qt::Key_Delete);
    CHECK(w.table()->rowCount() == 0);
    CHECK(queue.find(second->id)->state == domain::ScheduledState::Cancelled);
    main.checkDue();
    CHECK(main.dueText().isEmpty());
}

// Hidden: writes packaging/screenshots/scheduled-messages-{light,dark}.png.
TEST_CASE("Scheduled messages screenshots, light and dark", "[.screenshots]")
{
    QueueUi f;
    services::QueueService queue(*f.db, f.clock);
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("07911 123456"));
    REQUIRE(
        queue.schedule(f.ana, domain::Channel::Sms, QStringLiteral("Hi Ana, see you Thursday at 3pm. Sam"), kWednesday9)
            .ok());
    REQUIRE(queue
                .schedule(ben, domain::Channel::Email, QStringLiteral("Your receipt for November is attached."),
                          kWednesday9.addDays(2))
                .ok());
    f.clock.set(kWednesday9.addSecs(600));
    const QString shots =
        QDir(QStringLiteral(RAPPORT_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../packaging/screenshots"));
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
        ui::QueueWindow w(*f.context, [](const QUrl&) { return true; });
        w.resize(820, 360);
        w.show();
        QTest::qWait(50);
        REQUIRE(w.grab().save(shots + QStringLiteral("/scheduled-messages-") +
                              (dark ? QStringLiteral("dark") : QStringLiteral("light")) + QStringLiteral(".png")));
    }
    QApplication::setPalette(ui::Theme::lightPalette());
}
