// SPDX-License-Identifier: GPL-3.0-or-later
// The composer never sends one client's message to another: changing the recipient re-renders the
// chosen template for the new client (asking first when the text was edited) and re-reads their
// warnings; a restored draft brings back its text, client, template and purpose together, never the purpose
// of a template it no longer shows.
#include "UiTestSupport.h"
#include "composer/ChannelAdvicePanel.h"
#include "composer/ComposerWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>

using namespace rapport;
using rapport::testing::UiFixture;
using rapport::ui::ComposerWindow;

namespace {

struct Practice {
    UiFixture f;
    qint64 liv = 0; ///< no next appointment
    qint64 ana = 0; ///< next appointment on Thursday 26 November, 15:00 UTC
    qint64 ben = 0;
    qint64 late = 0; ///< the starter "running late" template (scheduling; first name, next appointment time)

    Practice()
    {
        liv = f.addClient(QStringLiteral("Liv Berg"), QStringLiteral("07400 123201"));
        ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123202"));
        ben = f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("07911 123203"));
        services::ClientChanges ch;
        ch.nextAppointment = QDateTime(QDate(2026, 11, 26), QTime(15, 0), Qt::UTC);
        REQUIRE(f.context->clients().update(ana, ch));
        const auto templates = f.context->composer().templates();
        REQUIRE(templates);
        for (const auto& t : *templates)
            if (t.starterKey == QStringLiteral("running-late"))
                late = t.id;
        REQUIRE(late > 0);
    }
    services::ComposerService& service() { return f.context->composer(); }
};

/// Types `text` into the To: field and, once `expect` is the first suggestion, presses Enter, as a
/// person picks a recipient.
void pickRecipient(ComposerWindow& w, const QString& text, const QString& expect)
{
    w.clientEdit()->setFocus();
    w.clientEdit()->selectAll();
    QTest::keyClicks(w.clientEdit(), text);
    auto* model = qobject_cast<QStandardItemModel*>(w.clientEdit()->completer()->model());
    REQUIRE(model);
    REQUIRE(
        testing::waitUntil([&] { return model->rowCount() > 0 && model->item(0)->text().startsWith(expect); }, 2000));
    QTest::keyClick(w.clientEdit(), Qt::Key_Return);
    w.updateNow();
}

void typeAtEnd(ComposerWindow& w, const QString& text)
{
    w.editor()->setFocus();
    QTest::keyClick(w.editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(w.editor(), text);
    w.updateNow();
}

} // namespace

TEST_CASE("Changing the recipient re-renders the template for the new client and re-reads their warnings",
          "[composer][recipient]")
{
    Practice p;
    ComposerWindow w(p.service(), p.liv, nullptr);
    w.show();
    int asked = 0;
    w.setRerenderConfirmation([&asked](const QString&) {
        ++asked;
        return true;
    });
    w.applyTemplate(p.late);
    w.updateNow();
    REQUIRE(w.editor()->toPlainText().startsWith(QStringLiteral("Hi Liv,")));
    REQUIRE(w.templateIssuesText().contains(QStringLiteral("no next appointment")));

    pickRecipient(w, QStringLiteral("ana"), QStringLiteral("Ana Silva"));
    REQUIRE(w.clientId() == p.ana);
    const QString text = w.editor()->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Hi Ana,")));
    CHECK_FALSE(text.contains(QStringLiteral("Liv")));
    CHECK_FALSE(text.contains(QStringLiteral("{next_appointment_time}"))); // Ana's appointment is filled in
    CHECK_FALSE(w.templateIssuesText().contains(QStringLiteral("no next appointment")));
    CHECK(w.templateCombo()->currentData().toLongLong() == p.late);
    CHECK(w.purposeCombo()->currentData().toInt() == static_cast<int>(domain::Purpose::Scheduling));
    CHECK(asked == 0); // the text was as the template made it: nothing to ask

    // The draft saved is Ana's, with Ana's text.
    w.flushDraft();
    const auto saved = p.service().restoreDraft(p.ana);
    REQUIRE(saved);
    REQUIRE(saved->has_value());
    CHECK((*saved)->body == text);
    CHECK_FALSE(p.service().restoreDraft(p.liv)->has_value());
}

TEST_CASE("Changing the recipient of an edited template asks before re-rendering it", "[composer][recipient]")
{
    Practice p;
    ComposerWindow w(p.service(), p.liv, nullptr);
    w.show();
    QStringList questions;
    bool answer = false;
    w.setRerenderConfirmation([&](const QString& q) {
        questions << q;
        return answer;
    });
    w.applyTemplate(p.late);
    typeAtEnd(w, QStringLiteral(" See you soon."));
    const QString edited = w.editor()->toPlainText();
    REQUIRE(edited.startsWith(QStringLiteral("Hi Liv,")));

    // "Keep my text": the text stays as written, but the previous client's warnings go.
    pickRecipient(w, QStringLiteral("ana"), QStringLiteral("Ana Silva"));
    REQUIRE(w.clientId() == p.ana);
    REQUIRE(questions.size() == 1);
    CHECK(questions.at(0).contains(QStringLiteral("Liv Berg")));
    CHECK(questions.at(0).contains(QStringLiteral("Ana Silva")));
    CHECK(w.editor()->toPlainText() == edited);
    CHECK(w.templateIssuesText().isEmpty());
    CHECK(w.statusText().contains(QStringLiteral("check it fits Ana Silva")));

    // "Fill in again": rendered for the new client.
    answer = true;
    pickRecipient(w, QStringLiteral("oka"), QStringLiteral("Ben Okafor"));
    REQUIRE(w.clientId() == p.ben);
    REQUIRE(questions.size() == 2);
    CHECK(w.editor()->toPlainText().startsWith(QStringLiteral("Hi Ben,")));
    CHECK_FALSE(w.editor()->toPlainText().contains(QStringLiteral("See you soon")));
    CHECK(w.templateIssuesText().contains(QStringLiteral("no next appointment")));
}

TEST_CASE("The re-render question is a message box the user answers", "[composer][recipient]")
{
    Practice p;
    ComposerWindow w(p.service(), p.liv, nullptr);
    w.show();
    w.applyTemplate(p.late);
    typeAtEnd(w, QStringLiteral(" Thanks"));
    QString title;
    testing::onNextModal<QMessageBox>([&title](QMessageBox* box) {
        title = box->windowTitle();
        for (QAbstractButton* b : box->buttons())
            if (b->text().contains(QStringLiteral("Fill in")))
                QTest::mouseClick(b, Qt::LeftButton);
    });
    pickRecipient(w, QStringLiteral("ana"), QStringLiteral("Ana Silva"));
    CHECK(title == QStringLiteral("Fill in the template for Ana Silva"));
    CHECK(w.editor()->toPlainText().startsWith(QStringLiteral("Hi Ana,")));
}

TEST_CASE("A restored draft comes back with its text, client, template and purpose together", "[composer][draft]")
{
    Practice p;
    {
        ComposerWindow w(p.service(), p.ana, nullptr);
        w.applyTemplate(p.late);
        typeAtEnd(w, QStringLiteral(" Thanks"));
        REQUIRE(w.purposeCombo()->currentData().toInt() == static_cast<int>(domain::Purpose::Scheduling));
        w.flushDraft();
    }
    {
        // Together: the template it came from, and the purpose that template set.
        ComposerWindow w(p.service(), p.ana, nullptr);
        CHECK(w.editor()->toPlainText().endsWith(QStringLiteral(" Thanks")));
        CHECK(w.templateCombo()->currentData().toLongLong() == p.late);
        CHECK(w.purposeCombo()->currentData().toInt() == static_cast<int>(domain::Purpose::Scheduling));
    }
    // The template is deleted: its purpose goes with it (not at all), the text stays.
    REQUIRE_FALSE(p.service().removeTemplate(p.late));
    {
        ComposerWindow w(p.service(), p.ana, nullptr);
        CHECK(w.editor()->toPlainText().endsWith(QStringLiteral(" Thanks")));
        CHECK(w.templateCombo()->currentIndex() == 0);
        CHECK(w.templateCombo()->currentText() == QStringLiteral("No template"));
        CHECK(w.purposeCombo()->currentData().toInt() == -1); // inferred, not the template's "Scheduling"
        w.updateNow();
        CHECK_FALSE(w.advice().purposeChosen);

        // A purpose the user chose is theirs: it is kept with the draft.
        w.purposeCombo()->setFocus();
        QTest::keyClick(w.purposeCombo(), Qt::Key_Down); // Inferred -> Scheduling
        REQUIRE(w.purposeCombo()->currentData().toInt() == static_cast<int>(domain::Purpose::Scheduling));
        typeAtEnd(w, QStringLiteral("!"));
        w.flushDraft();
    }
    {
        ComposerWindow w(p.service(), std::nullopt, nullptr);
        CHECK(w.clientId() == p.ana);
        CHECK(w.templateCombo()->currentIndex() == 0);
        CHECK(w.purposeCombo()->currentData().toInt() == static_cast<int>(domain::Purpose::Scheduling));
    }
}

TEST_CASE("Switching to a client whose draft is restored drops the previous template", "[composer][draft]")
{
    Practice p;
    domain::Draft d;
    d.clientId = p.ana;
    d.body = QStringLiteral("Hi Ana, your invoice is attached.");
    REQUIRE(p.service().saveDraft(d));
    ComposerWindow w(p.service(), p.liv, nullptr);
    w.show();
    w.applyTemplate(p.late);
    REQUIRE(w.templateCombo()->currentData().toLongLong() == p.late);
    w.editor()->setFocus();
    QTest::keyClick(w.editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w.editor(), Qt::Key_Delete);
    REQUIRE(w.editor()->toPlainText().isEmpty());

    pickRecipient(w, QStringLiteral("ana"), QStringLiteral("Ana Silva"));
    REQUIRE(w.clientId() == p.ana);
    CHECK(w.editor()->toPlainText() == d.body);
    CHECK(w.templateCombo()->currentIndex() == 0);
    CHECK(w.purposeCombo()->currentData().toInt() == -1);
    CHECK(w.templateIssuesText().isEmpty());
}

TEST_CASE("Nothing is handed off while To: shows someone other than the chosen client", "[composer][recipient]")
{
    Practice p;
    ComposerWindow w(p.service(), p.ana, nullptr);
    w.show();
    typeAtEnd(w, QStringLiteral("Ask about the new forms"));
    QPushButton* inPerson = w.advicePanel()->handoffButton(domain::Channel::InPerson);
    REQUIRE(inPerson->isEnabled());

    w.clientEdit()->setFocus();
    w.clientEdit()->selectAll();
    QTest::keyClicks(w.clientEdit(), QStringLiteral("Ben"));
    CHECK(w.clientId() == p.ana);
    CHECK_FALSE(inPerson->isEnabled()); // neither to Ana (not shown) nor to Ben (not chosen)
    QTest::mouseClick(inPerson, Qt::LeftButton);
    CHECK(p.f.context->contacts().forClient(p.ana, 10)->isEmpty());

    auto* model = qobject_cast<QStandardItemModel*>(w.clientEdit()->completer()->model());
    REQUIRE(testing::waitUntil([&] { return model->rowCount() > 0; }, 2000));
    QTest::keyClick(w.clientEdit(), Qt::Key_Return);
    REQUIRE(w.clientId() == p.ben);
    CHECK(inPerson->isEnabled());
}
