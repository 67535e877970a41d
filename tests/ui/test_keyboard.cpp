// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard use: in every dialog Tab walks the fields in the order they are shown, fields before the
// buttons; typed digits change time fields; menus and tabs have unique Alt letters; labels show
// their mnemonic instead of a literal "&"; the import wizard's Next follows the path as it is typed.
#include "UiTestSupport.h"
#include "app/FirstRunDialog.h"
#include "app/MainWindow.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientEditDialog.h"
#include "clients/ContactListEditor.h"
#include "clients/LogContactDialog.h"
#include "clients/RecordConsentDialog.h"
#include "composer/TemplateEditorDialog.h"
#include "dashboard/DashboardWidget.h"
#include "services/ComposerService.h"
#include "settings/HoursEditor.h"
#include "settings/SettingsDialog.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportWizard.h"

#include <catch2/catch.hpp>

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QWizard>
#include <algorithm>
#include <map>

using namespace rapport;
using rapport::testing::GermanTranslation;
using rapport::testing::UiFixture;

namespace {

std::string describe(const QWidget* w)
{
    if (!w)
        return "(nothing)";
    QString name = w->accessibleName();
    if (name.isEmpty())
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            name = b->text();
    if (name.isEmpty())
        name = w->objectName();
    return QString(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + name).toStdString();
}

std::vector<std::string> describeAll(const QList<QWidget*>& widgets)
{
    std::vector<std::string> out;
    for (const QWidget* w : widgets)
        out.push_back(describe(w));
    return out;
}

void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

/// Gives `first` the focus and presses Tab until `count` distinct stops were seen (a date or time
/// field takes one Tab per section: consecutive presses on one widget count once).
std::vector<std::string> tabWalk(QWidget& window, QWidget* first, int count)
{
    first->setFocus(Qt::TabFocusReason);
    QWidget* last = window.focusWidget();
    std::vector<std::string> out{describe(last)};
    for (int presses = 0; int(out.size()) < count && presses < count * 8; ++presses) {
        QTest::keyClick(window.focusWidget(), Qt::Key_Tab);
        QWidget* now = window.focusWidget();
        if (now != last)
            out.push_back(describe(now));
        last = now;
    }
    return out;
}

/// The push buttons of the dialog's button boxes, left to right as shown.
QList<QWidget*> buttonsInVisualOrder(QWidget& dialog)
{
    QList<QWidget*> out;
    for (auto* box : dialog.findChildren<QDialogButtonBox*>())
        for (QAbstractButton* b : box->buttons())
            if (b->isVisible() && b->isEnabled())
                out << b;
    std::sort(out.begin(), out.end(), [&dialog](QWidget* a, QWidget* b) {
        return a->mapTo(&dialog, QPoint()).x() < b->mapTo(&dialog, QPoint()).x();
    });
    return out;
}

/// The hours editor's stops: each day's "open" box, then each interval's from, to, remove, then add.
QList<QWidget*> hoursStops(const ui::HoursEditor* h)
{
    QList<QWidget*> out;
    for (int d = 1; d <= 7; ++d) {
        out << h->dayCheck(d);
        if (h->dayCheck(d)->isChecked())
            for (int i = 0; i < h->intervalCount(d); ++i)
                out << h->fromEdit(d, i) << h->toEdit(d, i) << h->removeButton(d, i);
        out << h->addButton(d);
    }
    return out;
}

template <typename T> T* childNamed(QWidget& parent, const QString& accessibleName)
{
    for (T* w : parent.findChildren<T*>())
        if (w->accessibleName() == accessibleName)
            return w;
    FAIL("no child named " << accessibleName.toStdString());
    return nullptr;
}

QCheckBox* checkBox(QWidget& parent, const QString& text)
{
    for (QCheckBox* c : parent.findChildren<QCheckBox*>())
        if (c->text() == text)
            return c;
    FAIL("no check box " << text.toStdString());
    return nullptr;
}

/// Alt letters used twice among what `window` shows: tabs, labels with a buddy, buttons.
std::vector<std::string> duplicateMnemonics(QWidget& window)
{
    std::map<QString, std::vector<std::string>> owners;
    auto note = [&owners](const QString& text) {
        const QKeySequence k = QKeySequence::mnemonic(text);
        if (!k.isEmpty())
            owners[k.toString()].push_back(text.toStdString());
    };
    for (auto* t : window.findChildren<QTabWidget*>())
        if (t->isVisible())
            for (int i = 0; i < t->count(); ++i)
                note(t->tabText(i));
    for (auto* l : window.findChildren<QLabel*>())
        if (l->isVisible() && l->buddy())
            note(l->text());
    for (auto* b : window.findChildren<QAbstractButton*>())
        if (b->isVisible())
            note(b->text());
    std::vector<std::string> out;
    for (const auto& [key, who] : owners)
        if (who.size() > 1)
            out.push_back(key.toStdString() + ": " + Catch::Detail::stringify(who));
    return out;
}

} // namespace

TEST_CASE("Dialogs: no Alt letter is used twice", "[ui][keyboard][mnemonics]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    const std::vector<std::string> none;
    {
        ui::ClientEditDialog dialog(f.context->clients(), QStringLiteral("GB"), id, QStringLiteral("Europe/London"));
        showActive(dialog);
        CHECK(duplicateMnemonics(dialog) == none);
    }
    {
        ui::RecordConsentDialog dialog(*f.context, id);
        showActive(dialog);
        CHECK(duplicateMnemonics(dialog) == none);
    }
    {
        ui::LogContactDialog dialog(*f.context, id);
        showActive(dialog);
        CHECK(duplicateMnemonics(dialog) == none);
    }
    {
        ui::FirstRunDialog dialog(*f.context);
        showActive(dialog);
        CHECK(duplicateMnemonics(dialog) == none);
    }
    {
        ui::TemplateEditorDialog dialog(f.context->composer(), std::nullopt, f.context->practice());
        showActive(dialog);
        CHECK(duplicateMnemonics(dialog) == none);
    }
    {
        ui::ExportDialog dialog(*f.context, id, {id});
        showActive(dialog);
        CHECK(duplicateMnemonics(dialog) == none);
    }
}

TEST_CASE("Client edit dialog: Tab follows the form, contact rows before the buttons", "[ui][keyboard][taborder]")
{
    UiFixture f;
    ui::ClientEditDialog dialog(f.context->clients(), QStringLiteral("GB"), std::nullopt,
                                QStringLiteral("Europe/London"));
    showActive(dialog);
    ui::ContactListEditor* mobiles = dialog.mobilesEditor();
    ui::ContactListEditor* emails = dialog.emailsEditor();
    REQUIRE(mobiles->rowCount() == 1);
    REQUIRE(emails->rowCount() == 1);
    QList<QWidget*> expected{dialog.nameEdit(),
                             dialog.preferredNameEdit(),
                             mobiles->rowValueEdit(0),
                             mobiles->rowLabelEdit(0),
                             mobiles->rowRemoveButton(0),
                             mobiles->addButton(),
                             dialog.phonesEditor()->addButton(),
                             emails->rowValueEdit(0),
                             emails->rowLabelEdit(0),
                             emails->rowRemoveButton(0),
                             emails->addButton(),
                             dialog.timeZoneCombo(),
                             checkBox(dialog, QStringLiteral("Own quiet hours")),
                             checkBox(dialog, QStringLiteral("Booked")),
                             childNamed<QPlainTextEdit>(dialog, QStringLiteral("Notes"))};
    expected << buttonsInVisualOrder(dialog);
    CHECK(tabWalk(dialog, dialog.nameEdit(), int(expected.size())) == describeAll(expected));

    // Tab from "Preferred name" and type a number: it goes into the mobile field, no row is added.
    dialog.preferredNameEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog.preferredNameEdit(), Qt::Key_Tab);
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("07400 654321"));
    CHECK(mobiles->rowCount() == 1);
    CHECK(mobiles->rowValueEdit(0)->text() == QStringLiteral("07400 654321"));

    // A row added with "+ Add" takes its place before the add button, and the order holds.
    QTest::mouseClick(mobiles->addButton(), Qt::LeftButton);
    QApplication::processEvents(); // the layout shows the new row
    REQUIRE(mobiles->rowCount() == 2);
    CHECK(dialog.focusWidget() == mobiles->rowValueEdit(1));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    CHECK(describe(dialog.focusWidget()) == describe(mobiles->addButton()));
}

TEST_CASE("Client edit dialog for an existing client: Tab reaches the loaded rows before the buttons",
          "[ui][keyboard][taborder]")
{
    UiFixture f;
    const qint64 id =
        f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"), QStringLiteral("ana@example.org"));
    ui::ClientEditDialog dialog(f.context->clients(), QStringLiteral("GB"), id, QStringLiteral("Europe/London"));
    showActive(dialog);
    ui::ContactListEditor* mobiles = dialog.mobilesEditor();
    REQUIRE(mobiles->rowCount() == 1);
    const auto walk = tabWalk(dialog, dialog.preferredNameEdit(), 3);
    CHECK(walk == describeAll({dialog.preferredNameEdit(), mobiles->rowValueEdit(0), mobiles->rowLabelEdit(0)}));
    // The archive and erase buttons come after the fields, just before Save and Cancel.
    QList<QWidget*> tail{childNamed<QPlainTextEdit>(dialog, QStringLiteral("Notes")), dialog.archiveButton(),
                         dialog.eraseButton()};
    tail << buttonsInVisualOrder(dialog);
    CHECK(tabWalk(dialog, tail.first(), int(tail.size())) == describeAll(tail));
}

TEST_CASE("Record consent dialog: Tab follows the form", "[ui][keyboard][taborder]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    ui::RecordConsentDialog dialog(*f.context, id);
    showActive(dialog);
    QList<QWidget*> expected{dialog.channelCombo(), dialog.scopeCombo(),    dialog.stateCombo(),
                             dialog.methodCombo(),  dialog.effectiveEdit(), dialog.noteEdit()};
    expected << buttonsInVisualOrder(dialog);
    CHECK(tabWalk(dialog, dialog.channelCombo(), int(expected.size())) == describeAll(expected));
}

TEST_CASE("Log contact dialog: Tab follows the form", "[ui][keyboard][taborder]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    ui::LogContactDialog dialog(*f.context, id);
    showActive(dialog);
    QList<QWidget*> expected{dialog.directionCombo(), dialog.channelCombo(), dialog.whenEdit(), dialog.textEdit()};
    expected << buttonsInVisualOrder(dialog);
    CHECK(tabWalk(dialog, dialog.directionCombo(), int(expected.size())) == describeAll(expected));
}

TEST_CASE("First run dialog: the hours come before the sample checkbox", "[ui][keyboard][taborder]")
{
    UiFixture f;
    ui::FirstRunDialog dialog(*f.context);
    showActive(dialog);
    QList<QWidget*> expected{dialog.practiceNameEdit(), dialog.practitionerEdit(), dialog.countryCombo(),
                             dialog.timeZoneCombo()};
    expected << hoursStops(dialog.hoursEditor());
    expected << dialog.sampleCheck();
    expected << buttonsInVisualOrder(dialog);
    CHECK(tabWalk(dialog, dialog.practiceNameEdit(), int(expected.size())) == describeAll(expected));
}

TEST_CASE("Settings dialog: Tab follows each page, fields before the buttons", "[ui][keyboard][taborder]")
{
    domain::PracticeSettings initial;
    initial.practiceName = QStringLiteral("Harbour Street Osteopathy");
    ui::SettingsDialog dialog(initial, [](const domain::PracticeSettings&) -> domain::Status { return std::nullopt; });
    showActive(dialog);
    QTabBar* bar = dialog.tabs()->tabBar();
    QList<QWidget*> practice{dialog.practiceNameEdit(),
                             childNamed<QLineEdit>(dialog, QStringLiteral("Practitioner")),
                             childNamed<QComboBox>(dialog, QStringLiteral("Country")),
                             dialog.timeZoneCombo(),
                             childNamed<QLineEdit>(dialog, QStringLiteral("Business phone")),
                             dialog.findChild<QComboBox*>(QStringLiteral("messageLanguage"))};
    practice << buttonsInVisualOrder(dialog);
    practice << bar;
    CHECK(tabWalk(dialog, dialog.practiceNameEdit(), int(practice.size())) == describeAll(practice));

    dialog.tabs()->setCurrentIndex(1); // Hours: the intervals are made when the settings load
    QList<QWidget*> hours{bar};
    hours << hoursStops(dialog.hoursEditor());
    hours << buttonsInVisualOrder(dialog);
    CHECK(tabWalk(dialog, bar, int(hours.size())) == describeAll(hours));
}

TEST_CASE("Template editor: Tab follows the list, then the form, and \"Text\" is a real mnemonic",
          "[ui][keyboard][taborder]")
{
    UiFixture f;
    ui::TemplateEditorDialog dialog(f.context->composer(), std::nullopt, f.context->practice());
    showActive(dialog);
    auto button = [&dialog](const QString& text) -> QWidget* {
        for (auto* b : dialog.findChildren<QAbstractButton*>())
            if (b->text() == text)
                return b;
        FAIL("no button " << text.toStdString());
        return nullptr;
    };
    QList<QWidget*> expected{dialog.list(),
                             button(QStringLiteral("&New")),
                             button(QStringLiteral("&Delete")),
                             button(QStringLiteral("&Restore starter templates")),
                             dialog.nameEdit(),
                             dialog.purposeCombo(),
                             dialog.bodyEdit(),
                             dialog.insertButton(),
                             button(QStringLiteral("&Save"))};
    expected << buttonsInVisualOrder(dialog);
    expected.erase(std::remove_if(expected.begin(), expected.end(), [](QWidget* w) { return !w->isEnabled(); }),
                   expected.end());
    CHECK(tabWalk(dialog, dialog.list(), int(expected.size())) == describeAll(expected));

    // "&Text:" is the body's label, so it shows "Text:" with T underlined and Alt+T goes there.
    QLabel* textLabel = nullptr;
    for (auto* l : dialog.findChildren<QLabel*>())
        if (l->text() == QStringLiteral("&Text:"))
            textLabel = l;
    REQUIRE(textLabel);
    CHECK(textLabel->buddy() == dialog.bodyEdit());
    dialog.nameEdit()->setFocus();
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    CHECK(dialog.focusWidget() == dialog.bodyEdit());
}

TEST_CASE("Export dialog: Tab follows the form", "[ui][keyboard][taborder]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    ui::ExportDialog dialog(*f.context, id, {id});
    showActive(dialog);
    QRadioButton* checked = nullptr;
    for (auto* r : dialog.findChildren<QRadioButton*>())
        if (r->isChecked())
            checked = r;
    REQUIRE(checked);
    QCheckBox* allTime = dialog.findChild<QCheckBox*>();
    REQUIRE(allTime);
    QList<QWidget*> expected{checked, allTime};
    if (!allTime->isChecked())
        expected << childNamed<QDateEdit>(dialog, QStringLiteral("From"))
                 << childNamed<QDateEdit>(dialog, QStringLiteral("To"));
    expected << childNamed<QComboBox>(dialog, QStringLiteral("Format"));
    expected << buttonsInVisualOrder(dialog);
    CHECK(tabWalk(dialog, checked, int(expected.size())) == describeAll(expected));
}

TEST_CASE("Import wizard, first page: Tab follows the page; Next enables as a valid path is typed",
          "[ui][keyboard][taborder][transferui]")
{
    UiFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Name,Mobile\nAna Silva,07400 123456\n");
    }
    ui::ImportWizard wizard(*f.context, QString());
    showActive(wizard);
    QLineEdit* pathEdit = childNamed<QLineEdit>(wizard, QStringLiteral("File to import"));
    QAbstractButton* browse = nullptr;
    for (auto* b : wizard.currentPage()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Browse..."))
            browse = b;
    REQUIRE(browse);
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled());

    QList<QWidget*> expected{pathEdit, browse, wizard.button(QWizard::CancelButton), pathEdit};
    CHECK(tabWalk(wizard, pathEdit, int(expected.size())) == describeAll(expected));

    // Typing the path, without Enter: Next follows whether it names a readable client list.
    pathEdit->setFocus();
    QTest::keyClicks(pathEdit, path.left(path.size() - 1));
    CHECK_FALSE(next->isEnabled());
    QTest::keyClicks(pathEdit, path.right(1));
    CHECK(next->isEnabled());
    CHECK(wizard.detectedFormat().contains(QStringLiteral("CSV")));
    QTest::keyClick(pathEdit, Qt::Key_Backspace);
    CHECK_FALSE(next->isEnabled());
    QTest::keyClicks(pathEdit, path.right(1));
    REQUIRE(next->isEnabled());
    QList<QWidget*> complete{pathEdit, browse};
    QList<QWidget*> buttons;
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                       QWizard::CancelButton})
        if (QAbstractButton* b = wizard.button(which); b->isVisible() && b->isEnabled())
            buttons << b;
    std::sort(buttons.begin(), buttons.end(), [&wizard](QWidget* a, QWidget* b) {
        return a->mapTo(&wizard, QPoint()).x() < b->mapTo(&wizard, QPoint()).x();
    });
    complete << buttons << pathEdit;
    CHECK(tabWalk(wizard, pathEdit, int(complete.size())) == describeAll(complete));
}

TEST_CASE("Typed digits change the time fields of the hours editor", "[ui][keyboard][settings]")
{
    ui::HoursEditor editor;
    domain::WeeklyHours h;
    h.setDay(1, {{9 * 60, 17 * 60}});
    editor.setHours(h);
    showActive(editor);
    QTimeEdit* from = editor.fromEdit(1, 0);
    // Tab into the field, as a person would, then type.
    editor.dayCheck(1)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(editor.dayCheck(1), Qt::Key_Tab);
    REQUIRE(editor.focusWidget() == from);
    QTest::keyClicks(from, QStringLiteral("1030"));
    CHECK(from->time() == QTime(10, 30));
    CHECK(editor.hours().day(1).front().start == 10 * 60 + 30);
    // Tab on to "to" and type there too.
    QTest::keyClick(from, Qt::Key_Tab);
    REQUIRE(editor.focusWidget() == editor.toEdit(1, 0));
    QTest::keyClicks(editor.toEdit(1, 0), QStringLiteral("1845"));
    CHECK(editor.toEdit(1, 0)->time() == QTime(18, 45));

    // Click into the hours of "from" (the field already has the focus) and type over them; then
    // into the minutes.
    auto clickAt = [](QTimeEdit* e, double fraction) {
        QLineEdit* line = e->findChild<QLineEdit*>();
        REQUIRE(line);
        e->setFocus(Qt::MouseFocusReason);
        QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(int(line->width() * fraction), line->height() / 2));
        QApplication::processEvents();
    };
    const int textWidth = from->fontMetrics().horizontalAdvance(from->text());
    const double perChar = double(textWidth) / from->text().size();
    const double lineWidth = from->findChild<QLineEdit*>()->width();
    clickAt(from, (perChar * 1.0) / lineWidth); // inside "10"
    QTest::keyClicks(from, QStringLiteral("11"));
    CHECK(from->time() == QTime(11, 30));
    clickAt(from, (perChar * 4.0) / lineWidth); // inside "30"
    QTest::keyClicks(from, QStringLiteral("15"));
    CHECK(from->time() == QTime(11, 15));
}

TEST_CASE("Main window: every menu and tab has its own Alt letter", "[ui][keyboard][mnemonics]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    ui::MainWindow window(*f.context);
    showActive(window);
    REQUIRE(window.selectClient(id));

    // Everything with an Alt letter that is on screen at once: menus, detail buttons and tabs.
    std::map<QString, std::vector<std::string>> owners;
    auto note = [&owners](const QString& text, const std::string& who) {
        const QKeySequence k = QKeySequence::mnemonic(text);
        if (!k.isEmpty())
            owners[k.toString()].push_back(who + ": " + text.toStdString());
    };
    for (QAction* a : window.menuBar()->actions())
        note(a->text(), "menu");
    QTabWidget* tabs = window.detail()->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        note(tabs->tabText(i), "tab");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        std::map<QString, std::vector<std::string>> page = owners;
        for (auto* b : window.detail()->findChildren<QAbstractButton*>())
            if (b->isVisible())
                note(b->text(), "button");
        for (const auto& [key, who] : owners) {
            INFO(key.toStdString());
            CHECK(who.size() == 1);
        }
        owners = page;
    }
    // Each menu's items have their own letters too.
    for (QAction* m : window.menuBar()->actions()) {
        std::map<QString, int> seen;
        for (QAction* a : m->menu()->actions())
            if (!a->isSeparator())
                ++seen[QKeySequence::mnemonic(a->text()).toString()];
        for (const auto& [key, n] : seen) {
            INFO(m->text().toStdString() << " " << key.toStdString());
            CHECK((key.isEmpty() || n == 1));
        }
    }

    // With the dashboard shown: its buttons against the menus.
    window.action(QStringLiteral("dashboard"))->setChecked(true);
    QApplication::processEvents();
    {
        std::map<QString, std::vector<std::string>> dash;
        auto add = [&dash](const QString& text, const std::string& who) {
            const QKeySequence k = QKeySequence::mnemonic(text);
            if (!k.isEmpty())
                dash[k.toString()].push_back(who + ": " + text.toStdString());
        };
        for (QAction* a : window.menuBar()->actions())
            add(a->text(), "menu");
        for (auto* b : window.dashboard()->findChildren<QAbstractButton*>())
            if (b->isVisible())
                add(b->text(), "dashboard");
        for (const auto& [key, who] : dash) {
            INFO(key.toStdString() << ": " << Catch::Detail::stringify(who));
            CHECK(who.size() == 1);
        }
    }
    window.action(QStringLiteral("dashboard"))->setChecked(false);

    // Alt+C opens the Client menu; it does not switch the tab.
    tabs->setCurrentIndex(ui::ClientDetailWidget::OverviewTab);
    QMenu* clientMenu = nullptr;
    for (QAction* m : window.menuBar()->actions())
        if (m->text() == QStringLiteral("&Client"))
            clientMenu = m->menu();
    REQUIRE(clientMenu);
    QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);
    CHECK(testing::waitUntil([&] { return clientMenu->isVisible(); }, 1000));
    CHECK(tabs->currentIndex() == ui::ClientDetailWidget::OverviewTab);
    clientMenu->close();
}

TEST_CASE("Settings dialog: every tab and field on a page has its own Alt letter, in English and in German",
          "[ui][keyboard][mnemonics]")
{
    for (const bool german : {false, true}) {
        INFO((german ? "German" : "English"));
        std::unique_ptr<GermanTranslation> de;
        if (german) {
            de = std::make_unique<GermanTranslation>();
            REQUIRE(de->loaded);
        }
        domain::PracticeSettings initial;
        initial.practiceName = QStringLiteral("Harbour Street Osteopathy");
        ui::SettingsDialog dialog(initial,
                                  [](const domain::PracticeSettings&) -> domain::Status { return std::nullopt; });
        showActive(dialog);
        QTabWidget* tabs = dialog.tabs();
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QApplication::processEvents();
            std::map<QString, std::vector<std::string>> owners;
            auto note = [&owners](const QString& text, const std::string& who) {
                const QKeySequence k = QKeySequence::mnemonic(text);
                if (!k.isEmpty())
                    owners[k.toString()].push_back(who + ": " + text.toStdString());
            };
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i), "tab");
            for (auto* l : dialog.findChildren<QLabel*>())
                if (l->isVisible() && l->buddy())
                    note(l->text(), "label");
            for (auto* b : dialog.findChildren<QAbstractButton*>())
                if (b->isVisible())
                    note(b->text(), "button");
            for (const auto& [key, who] : owners) {
                INFO(tabs->tabText(page).toStdString()
                     << " " << key.toStdString() << ": " << Catch::Detail::stringify(who));
                CHECK(who.size() == 1);
            }
        }
    }
}

TEST_CASE("Typed digits replace the clicked part of a date and time field", "[ui][keyboard]")
{
    UiFixture f;
    const qint64 id = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("07400 123456"));
    ui::RecordConsentDialog dialog(*f.context, id);
    showActive(dialog);
    QDateTimeEdit* at = dialog.effectiveEdit();
    QLineEdit* line = at->findChild<QLineEdit*>();
    REQUIRE(line);
    const QString text = at->text(); // "Tue 24 Nov 2026 10:00"
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    REQUIRE(colon > 2);
    const int before = at->dateTime().time().hour();
    at->setFocus(Qt::MouseFocusReason);
    const int x = line->fontMetrics().horizontalAdvance(text.left(colon - 1)) + 2; // between the hour's digits
    QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(x, line->height() / 2));
    QApplication::processEvents();
    REQUIRE(at->currentSection() == QDateTimeEdit::HourSection);
    const int typed = before == 9 ? 8 : 9;
    QTest::keyClicks(at, QStringLiteral("0%1").arg(typed));
    CHECK(at->dateTime().time().hour() == typed);
}
