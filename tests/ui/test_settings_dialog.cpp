// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AutoReply.h"
#include "services/AppPaths.h"
#include "services/MedicalVocabularies.h"
#include "settings/HoursEditor.h"
#include "settings/LexiconEditor.h"
#include "settings/SettingsDialog.h"
#include "settings/TimeOffEditor.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

using namespace rapport;
using rapport::ui::HoursEditor;
using rapport::ui::SettingsDialog;

TEST_CASE("Hours editor shows and returns the weekly hours", "[ui][settings]")
{
    domain::WeeklyHours h;
    h.setDay(1, {{10 * 60, 13 * 60}, {14 * 60, 20 * 60}});
    h.setDay(5, {{10 * 60, 14 * 60}});
    HoursEditor editor;
    editor.setHours(h);
    CHECK(editor.dayCheck(1)->isChecked());
    CHECK_FALSE(editor.dayCheck(2)->isChecked());
    CHECK(editor.intervalCount(1) == 2);
    CHECK(editor.fromEdit(1, 1)->time() == QTime(14, 0));
    CHECK(editor.hours() == h);

    SECTION("unchecking a day closes it; checking it again brings its intervals back")
    {
        editor.dayCheck(1)->setChecked(false);
        CHECK(editor.hours().day(1).isEmpty());
        editor.dayCheck(1)->setChecked(true);
        CHECK(editor.hours().day(1).size() == 2);
    }
    SECTION("an end of 00:00 means midnight")
    {
        editor.toEdit(5, 0)->setTime(QTime(0, 0));
        CHECK(editor.hours().day(5).front().end == 24 * 60);
        CHECK(editor.validationError().isEmpty());
    }
    SECTION("checking a closed day opens it 09:00-17:00, and the add button adds an interval")
    {
        editor.dayCheck(3)->setChecked(true);
        REQUIRE(editor.hours().day(3).size() == 1);
        CHECK(editor.hours().day(3).front().start == 9 * 60);
        QTest::mouseClick(editor.addButton(3), Qt::LeftButton);
        CHECK(editor.intervalCount(3) == 2);
        CHECK(editor.hours().day(3).at(1).start >= 17 * 60);
    }
    SECTION("an interval that ends before it starts is named with its day")
    {
        editor.toEdit(1, 0)->setTime(QTime(9, 0));
        const QString e = editor.validationError();
        CHECK(e.contains(QLocale().dayName(1)));
        CHECK(e.contains(QStringLiteral("10:00-09:00")));
    }
    SECTION("overlapping intervals are refused")
    {
        editor.toEdit(1, 0)->setTime(QTime(15, 0));
        CHECK(editor.validationError().contains(QStringLiteral("overlap")));
    }
}

TEST_CASE("Settings dialog saves edited hours through the save function, and names a bad field", "[ui][settings]")
{
    domain::PracticeSettings initial;
    initial.practiceName = QStringLiteral("Harbour Street Osteopathy");
    int saves = 0;
    domain::PracticeSettings saved;
    domain::Status nextResult;
    SettingsDialog dialog(initial, [&](const domain::PracticeSettings& s) -> domain::Status {
        ++saves;
        if (nextResult)
            return nextResult;
        saved = s;
        return std::nullopt;
    });

    SECTION("edited hours reach the save function and the auto-reply follows them")
    {
        dialog.hoursEditor()->dayCheck(6)->setChecked(true);
        dialog.hoursEditor()->fromEdit(6, 0)->setTime(QTime(9, 30));
        dialog.hoursEditor()->toEdit(6, 0)->setTime(QTime(12, 0));
        CHECK(dialog.autoReplyText().contains(QStringLiteral("Sat 09:30-12:00")));
        CHECK(dialog.autoReplyText().startsWith(QStringLiteral("Thanks for your message. Harbour Street Osteopathy")));
        dialog.accept();
        CHECK(saves == 1);
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(saved.hours.day(6).size() == 1);
        CHECK(saved.hours.day(6).front().start == 9 * 60 + 30);
        CHECK(saved.practiceName == initial.practiceName);
    }
    SECTION("invalid hours are shown beside the hours and nothing is saved")
    {
        dialog.hoursEditor()->toEdit(1, 0)->setTime(QTime(8, 0));
        dialog.accept();
        CHECK(saves == 0);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.fieldError(QStringLiteral("hours")).contains(QLocale().dayName(1)));
        CHECK(dialog.tabs()->currentIndex() == 1);
    }
    SECTION("a service error is shown beside the field it names, and the dialog stays open")
    {
        nextResult =
            domain::Error::invalid(QStringLiteral("Practice name: too long."), QStringLiteral("practice-name"));
        dialog.showPage(3);
        dialog.accept();
        CHECK(saves == 1);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.fieldError(QStringLiteral("practice-name")) == QStringLiteral("Practice name: too long."));
        CHECK(dialog.tabs()->currentIndex() == 0);
    }
    SECTION("time off and lexicon additions are part of the saved settings")
    {
        dialog.timeOffEditor()->fromEdit()->setDate(QDate(2026, 12, 24));
        dialog.timeOffEditor()->toEdit()->setDate(QDate(2027, 1, 2));
        QTest::mouseClick(dialog.timeOffEditor()->addButton(), Qt::LeftButton);
        dialog.lexiconEditor()->addTerm(QStringLiteral("clinical"), QStringLiteral("sciatica"));
        dialog.accept();
        REQUIRE(saved.timeOff.size() == 1);
        CHECK(saved.timeOff.front().from == QDate(2026, 12, 24));
        CHECK(saved.timeOff.front().to == QDate(2027, 1, 2));
        CHECK(saved.lexiconAdditions.value(QStringLiteral("clinical")) == QStringList{QStringLiteral("sciatica")});
    }
}

TEST_CASE("Auto-reply without hours leaves the opening times out", "[ui][settings]")
{
    domain::PracticeSettings s;
    s.practiceName = QStringLiteral("Calm Rooms");
    s.hours = domain::WeeklyHours();
    CHECK(domain::AutoReply::text(s) == QStringLiteral("Thanks for your message. I'll reply when I'm next in."));
}

TEST_CASE("The lexicon page lists ignored words and says whether the medical vocabulary is in use", "[ui][settings]")
{
    REQUIRE(services::MedicalVocabularies::get()->size() > 0); // built: the status is final
    domain::PracticeSettings initial;
    initial.lexiconAdditions.insert(QStringLiteral("ignore"), {QStringLiteral("sciatica")});
    domain::PracticeSettings saved;
    SettingsDialog dialog(initial, [&](const domain::PracticeSettings& s) -> domain::Status {
        saved = s;
        return std::nullopt;
    });
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("medicalVocabularyStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("Medical vocabulary:")));
    CHECK(status->text().contains(QStringLiteral("en_med_glut.dic")));
    bool ignoredTab = false;
    for (auto* tabs : dialog.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            ignoredTab = ignoredTab || tabs->tabText(i) == QStringLiteral("Ignored");
    CHECK(ignoredTab);
    dialog.accept();
    CHECK(saved.lexiconAdditions.value(QStringLiteral("ignore")) == QStringList{QStringLiteral("sciatica")});
}

TEST_CASE("Clinic server tab: the URL is built from the fields, tested, and kept for the next start",
          "[ui][settings][postgres]")
{
    services::setConfiguredServerUrl(QString());
    domain::PracticeSettings practice;
    {
        SettingsDialog dialog(practice, [](const domain::PracticeSettings&) { return domain::Status(); });
        CHECK_FALSE(dialog.useServerBox()->isChecked());
        CHECK_FALSE(dialog.serverHostEdit()->isEnabled());
        CHECK(dialog.serverUrl().isEmpty());
        dialog.useServerBox()->setChecked(true);
        QTest::keyClicks(dialog.serverHostEdit(), QStringLiteral("127.0.0.1"));
        dialog.serverPortBox()->setValue(1);
        QTest::keyClicks(dialog.serverDatabaseEdit(), QStringLiteral("rapport_practice"));
        QTest::keyClicks(dialog.serverUserEdit(), QStringLiteral("reception"));
        CHECK(dialog.serverUrl() == QStringLiteral("postgresql://reception@127.0.0.1:1/rapport_practice"));
        // Nobody listens on port 1: the test says so in one line, naming the server.
        QTest::mouseClick(dialog.serverTestButton(), Qt::LeftButton);
        CHECK(dialog.serverStatusLabel()->text().contains(QStringLiteral("127.0.0.1:1")));
        CHECK_FALSE(dialog.serverStatusLabel()->text().contains(QLatin1Char('\n')));
        dialog.accept();
    }
    CHECK(services::configuredServerUrl() == QStringLiteral("postgresql://reception@127.0.0.1:1/rapport_practice"));
    CHECK(services::defaultDatabasePath() == services::configuredServerUrl());
    {
        // Shown again as saved; a socket folder goes in the query.
        SettingsDialog dialog(practice, [](const domain::PracticeSettings&) { return domain::Status(); });
        CHECK(dialog.useServerBox()->isChecked());
        CHECK(dialog.serverHostEdit()->text() == QStringLiteral("127.0.0.1"));
        CHECK(dialog.serverPortBox()->value() == 1);
        dialog.serverHostEdit()->setText(QStringLiteral("/run/postgresql"));
        dialog.serverPortBox()->setValue(5432);
        CHECK(dialog.serverUrl() ==
              QStringLiteral("postgresql://reception@/rapport_practice?host=/run/postgresql&port=5432"));
        // No database name: OK refuses and says what is missing.
        dialog.serverDatabaseEdit()->clear();
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.serverStatusLabel()->text().isEmpty());
        // Unticked: back to this computer's file.
        dialog.useServerBox()->setChecked(false);
        dialog.accept();
    }
    CHECK(services::configuredServerUrl().isEmpty());
}
