// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "app/FirstRunDialog.h"
#include "clients/ClientEditDialog.h"
#include "clients/ContactListEditor.h"
#include "clients/LogContactDialog.h"
#include "domain/AutoReply.h"
#include "settings/HoursEditor.h"
#include "settings/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>

using namespace rapport;
using rapport::testing::UiFixture;

namespace {
int clientCount(ui::AppContext& c)
{
    domain::ClientQuery q;
    q.includeArchived = true;
    return c.clients().count(q).value();
}
} // namespace

TEST_CASE("Client edit dialog: a validation error names the field, focuses it and saves nothing", "[ui][clientedit]")
{
    UiFixture f;
    ui::ClientEditDialog dialog(f.context->clients(), QStringLiteral("GB"), std::nullopt,
                                QStringLiteral("Europe/London"));
    dialog.show();

    SECTION("no name")
    {
        dialog.accept();
        CHECK(dialog.fieldError(QStringLiteral("name")).startsWith(QStringLiteral("Name")));
        CHECK(dialog.focusWidget() == dialog.nameEdit());
    }
    SECTION("a bad mobile number, with a good email after it")
    {
        dialog.nameEdit()->setText(QStringLiteral("Ana Silva"));
        dialog.mobilesEditor()->setEntries({{QStringLiteral("12345"), QStringLiteral("Mobile")}});
        dialog.emailsEditor()->setEntries({{QStringLiteral("ana@example.org"), QStringLiteral("Email")}});
        dialog.accept();
        CHECK_FALSE(dialog.fieldError(QStringLiteral("mobile")).isEmpty());
        CHECK(dialog.fieldError(QStringLiteral("mobile")).contains(QStringLiteral("12345")));
        CHECK(dialog.focusWidget() == dialog.mobilesEditor()->valueEdit(0));
    }
    SECTION("a bad email address")
    {
        dialog.nameEdit()->setText(QStringLiteral("Ana Silva"));
        dialog.emailsEditor()->setEntries({{QStringLiteral("ana@@example"), QStringLiteral("Email")}});
        dialog.accept();
        CHECK_FALSE(dialog.fieldError(QStringLiteral("email")).isEmpty());
        CHECK(dialog.fieldError(QStringLiteral("mobile")).isEmpty());
    }
    SECTION("an unknown time zone, refused by the service")
    {
        dialog.nameEdit()->setText(QStringLiteral("Ana Silva"));
        dialog.timeZoneCombo()->setEditText(QStringLiteral("Mars/Olympus_Mons"));
        dialog.accept();
        CHECK_FALSE(dialog.fieldError(QStringLiteral("tz")).isEmpty());
    }
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.savedId() == 0);
    CHECK(clientCount(*f.context) == 0);
}

TEST_CASE("Client edit dialog creates and edits a client with labelled contact points", "[ui][clientedit]")
{
    UiFixture f;
    qint64 id = 0;
    {
        ui::ClientEditDialog create(f.context->clients(), QStringLiteral("GB"), std::nullopt,
                                    QStringLiteral("Europe/London"));
        create.nameEdit()->setText(QStringLiteral("Ana Silva"));
        create.preferredNameEdit()->setText(QStringLiteral("Annie"));
        create.mobilesEditor()->setEntries({{QStringLiteral("07400 123101"), QStringLiteral("Mobile")}});
        create.phonesEditor()->setEntries({{QStringLiteral("020 7123 4101"), QStringLiteral("Work")}});
        create.emailsEditor()->setEntries({{QStringLiteral("Ana@Example.org"), QStringLiteral("Home")}});
        create.accept();
        REQUIRE(create.result() == QDialog::Accepted);
        id = create.savedId();
    }
    auto c = f.context->clients().find(id);
    REQUIRE(c);
    CHECK(c->preferredName == QStringLiteral("Annie"));
    REQUIRE(c->contacts.size() == 3);
    CHECK(c->contacts[0].value == QStringLiteral("+447400123101"));
    CHECK(c->contacts[1].label == QStringLiteral("Work"));
    CHECK(c->contacts[2].value == QStringLiteral("Ana@Example.org")); // as written

    ui::ClientEditDialog edit(f.context->clients(), QStringLiteral("GB"), id, QStringLiteral("Europe/London"));
    CHECK(edit.nameEdit()->text() == QStringLiteral("Ana Silva"));
    CHECK(edit.phonesEditor()->entries().size() == 1);
    edit.nameEdit()->setText(QStringLiteral("Ana Costa"));
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    CHECK(f.context->clients().find(id)->name == QStringLiteral("Ana Costa"));
    CHECK(f.context->clients().find(id)->contacts.size() == 3);
}

TEST_CASE("Client edit dialog erases only after the name is typed", "[ui][clientedit]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    ui::ClientEditDialog dialog(f.context->clients(), QStringLiteral("GB"), id, QStringLiteral("Europe/London"));
    dialog.setEraseConfirmation([](const QString&) { return false; });
    dialog.eraseClient();
    CHECK_FALSE(f.context->clients().find(id)->erased);
    dialog.setEraseConfirmation([](const QString& name) { return name == QStringLiteral("Ana Silva"); });
    dialog.eraseClient();
    auto after = f.context->clients().find(id);
    CHECK((!after || after->erased));
}

TEST_CASE("Settings hours edited in the dialog persist in the database", "[ui][settings]")
{
    UiFixture f;
    {
        ui::SettingsDialog dialog(f.context->practice(),
                                  [&](const domain::PracticeSettings& s) { return f.context->savePractice(s); });
        dialog.practiceNameEdit()->setText(QStringLiteral("Harbour Street Osteopathy"));
        auto* hours = dialog.hoursEditor();
        hours->dayCheck(5)->setChecked(true);
        hours->fromEdit(5, 0)->setTime(QTime(10, 0));
        hours->toEdit(5, 0)->setTime(QTime(14, 0));
        hours->dayCheck(6)->setChecked(true);
        hours->fromEdit(6, 0)->setTime(QTime(9, 0));
        hours->toEdit(6, 0)->setTime(QTime(12, 0));
        hours->addInterval(6);
        hours->fromEdit(6, 1)->setTime(QTime(13, 0));
        hours->toEdit(6, 1)->setTime(QTime(15, 0));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    f.close();
    f.open();
    const domain::PracticeSettings s = f.context->practice();
    CHECK(s.practiceName == QStringLiteral("Harbour Street Osteopathy"));
    REQUIRE(s.hours.day(5).size() == 1);
    CHECK(s.hours.day(5).front().end == 14 * 60);
    REQUIRE(s.hours.day(6).size() == 2);
    CHECK(s.hours.day(6).at(1).start == 13 * 60);
    CHECK(s.hours.day(7).isEmpty());
    CHECK(domain::AutoReply::text(s) ==
          QStringLiteral("Thanks for your message. Harbour Street Osteopathy is open Mon-Thu 09:00-17:00, "
                         "Fri 10:00-14:00, Sat 09:00-12:00 13:00-15:00; I'll reply when I'm next in."));
}

TEST_CASE("Logging an inbound text applies the opt-out rules and says what happened", "[ui][contactlog]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    auto logText = [&](const QString& text) {
        ui::LogContactDialog d(*f.context, id);
        d.directionCombo()->setCurrentIndex(d.directionCombo()->findData(int(domain::Direction::Inbound)));
        d.channelCombo()->setCurrentIndex(d.channelCombo()->findData(int(domain::Channel::Sms)));
        d.textEdit()->setPlainText(text);
        d.accept();
        REQUIRE(d.outcome());
        return ui::LogContactDialog::describe(*d.outcome());
    };
    CHECK(logText(QStringLiteral("can I cancel Tuesday?")) ==
          QStringLiteral("This may be an opt-out: check with the client."));
    CHECK(f.context->consents().history(id)->isEmpty());
    CHECK(logText(QStringLiteral("STOP")) ==
          QStringLiteral("Recorded a withdrawal of text consent (service and marketing)."));
    CHECK(f.context->consents().history(id)->size() == 2);
}

TEST_CASE("First run saves the practice and loads a sample practice through the services", "[ui][firstrun]")
{
    UiFixture f;
    ui::FirstRunDialog dialog(*f.context);
    dialog.accept();
    CHECK_FALSE(dialog.fieldError(QStringLiteral("practice-name")).isEmpty());
    CHECK(clientCount(*f.context) == 0);
    dialog.practiceNameEdit()->setText(QStringLiteral("Calm Rooms"));
    dialog.sampleCheck()->setChecked(true);
    dialog.accept();
    QString errors;
    for (const char* field : {"", "practice-name", "practitioner", "country", "time-zone", "hours"})
        errors += QString::fromLatin1(field) + QStringLiteral(": ") + dialog.fieldError(QString::fromLatin1(field)) +
                  QLatin1Char('\n');
    INFO(errors.toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.context->practice().practiceName == QStringLiteral("Calm Rooms"));
    CHECK(dialog.sampleClients() >= 6);
    CHECK(clientCount(*f.context) == dialog.sampleClients());
    auto check = f.context->consents().verify();
    REQUIRE(check);
    CHECK(check->ok);
    CHECK(check->count > 10);
}
