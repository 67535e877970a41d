// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldErrors.h"
#include "common/FieldRow.h"

#include <catch2/catch.hpp>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QWidget>

using rapport::ui::FieldErrors;
using rapport::ui::FieldRow;

namespace {
void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}
} // namespace

TEST_CASE("Field row: the label's Alt letter focuses the field, which is named after the label", "[ui][fieldrow]")
{
    QWidget window;
    auto* form = new QFormLayout(&window);
    auto* name = new QLineEdit(&window);
    auto* days = new QSpinBox(&window);
    days->setAccessibleName(QStringLiteral("Days kept"));
    FieldRow* nameRow = FieldRow::addTo(form, QStringLiteral("Practice &name:"), name);
    FieldRow* daysRow = FieldRow::addTo(form, QStringLiteral("&Window:"), days);

    CHECK(nameRow->field() == name);
    CHECK(name->parentWidget() == nameRow);
    CHECK(nameRow->label()->buddy() == name);
    CHECK(form->labelForField(nameRow) == nameRow->label());
    CHECK(name->accessibleName() == QStringLiteral("Practice name"));
    CHECK(days->accessibleName() == QStringLiteral("Days kept")); // a name it had is kept

    showActive(window);
    days->setFocus();
    QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
    CHECK(name->hasFocus());
    QTest::keyClick(&window, Qt::Key_W, Qt::AltModifier);
    CHECK(days->hasFocus());

    auto* other = new QLineEdit(daysRow);
    daysRow->setBuddy(other);
    CHECK(daysRow->label()->buddy() == other);
}

TEST_CASE("Field row: an error shows under the field and clears", "[ui][fieldrow]")
{
    QWidget window;
    auto* form = new QFormLayout(&window);
    FieldRow* row = FieldRow::addTo(form, QStringLiteral("&Name:"), new QLineEdit(&window));
    window.show();

    CHECK(row->error().isEmpty());
    CHECK_FALSE(row->errorLabel()->isVisible());

    row->setError(QStringLiteral("Name: a client needs a name."));
    CHECK(row->error() == QStringLiteral("Name: a client needs a name."));
    CHECK(row->errorLabel()->isVisible());
    CHECK(row->errorLabel()->geometry().top() >= row->field()->geometry().bottom()); // under the field

    row->clear();
    CHECK(row->error().isEmpty());
    CHECK_FALSE(row->errorLabel()->isVisible());
}

TEST_CASE("Field errors: an error named by its field goes to that row and focuses it", "[ui][fieldrow]")
{
    QWidget window;
    auto* v = new QFormLayout(&window);
    auto* general = FieldErrors::makeLabel(&window);
    v->addRow(general);
    FieldErrors errors(general);
    auto* name = new QLineEdit(&window);
    auto* phone = new QLineEdit(&window);
    auto* phoneBuddy = new QLineEdit(&window);
    const QVector<FieldRow*> rows = errors.addRows(
        v, {{name, {QStringLiteral("name")}, QStringLiteral("&Name:")},
            {phone, {QStringLiteral("phone"), QStringLiteral("contacts")}, QStringLiteral("&Phone:"), phoneBuddy}});
    REQUIRE(rows.size() == 2);
    FieldRow* nameRow = rows[0];
    FieldRow* phoneRow = rows[1];
    CHECK(nameRow->field() == name);
    CHECK(nameRow->label()->buddy() == name);
    CHECK(phoneRow->label()->buddy() == phoneBuddy);
    showActive(window);
    name->setFocus();

    errors.show(QStringLiteral("Contacts"), QStringLiteral("Phone: not a number."));
    CHECK(phoneRow->error() == QStringLiteral("Phone: not a number."));
    CHECK(errors.message(QStringLiteral("phone")) == QStringLiteral("Phone: not a number."));
    CHECK(nameRow->error().isEmpty());
    CHECK(phone->hasFocus());
    CHECK(general->isHidden());

    errors.show(QStringLiteral("name"), QStringLiteral("Name: a client needs a name."));
    CHECK(phoneRow->error().isEmpty()); // one error at a time
    CHECK(nameRow->error() == QStringLiteral("Name: a client needs a name."));
    CHECK(name->hasFocus());

    errors.show(QStringLiteral("unknown"), QStringLiteral("Something else."));
    CHECK(nameRow->error().isEmpty());
    CHECK(general->text() == QStringLiteral("Something else."));
    CHECK_FALSE(general->isHidden());

    errors.clear();
    CHECK(general->isHidden());
    CHECK(errors.message(QString()).isEmpty());
}
