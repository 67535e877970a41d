// SPDX-License-Identifier: GPL-3.0-or-later
// "Nothing lost, nothing to the wrong person": the main window's client actions act on the client
// shown in the detail pane, every dialog that writes names its client, and every view of a client
// refreshes when that client changes anywhere in the app.
#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "clients/ClientConsentTab.h"
#include "clients/ClientContactLogTab.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientEditDialog.h"
#include "clients/ClientListModel.h"
#include "clients/ConsentBadge.h"
#include "clients/LogContactDialog.h"
#include "clients/RecordConsentDialog.h"
#include "composer/ChannelAdvicePanel.h"
#include "composer/ComposerWindow.h"
#include "dashboard/DashboardWidget.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace rapport;
using rapport::testing::UiFixture;
using rapport::ui::MainWindow;

namespace {

QList<ui::ComposerWindow*> openComposers()
{
    QList<ui::ComposerWindow*> out;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* c = qobject_cast<ui::ComposerWindow*>(w); c && c->isVisible())
            out << c;
    return out;
}

void closeComposers()
{
    for (auto* c : openComposers())
        c->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

QPushButton* dialogButton(QDialog* d, QDialogButtonBox::StandardButton which)
{
    for (auto* box : d->findChildren<QDialogButtonBox*>())
        if (QPushButton* b = box->button(which))
            return b;
    return nullptr;
}

void recordImported(UiFixture& f, qint64 client)
{
    services::ConsentRequest r;
    r.clientId = client;
    r.state = domain::ConsentState::Imported;
    r.method = QStringLiteral("imported");
    r.effectiveAt = f.clock.now().addDays(-30);
    REQUIRE(f.context->consents().record(r));
}

int eventsFor(UiFixture& f, qint64 client)
{
    const auto h = f.context->consents().history(client);
    REQUIRE(h);
    return int(h->size());
}

} // namespace

TEST_CASE("Enter in the search box shows the first match; Ctrl+N writes to that client, not to the last draft's",
          "[ui][actions]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("+447400123102"));
    const qint64 dev = f.addClient(QStringLiteral("Dev Patel"), QStringLiteral("+447400123103"));
    domain::Draft draft;
    draft.clientId = ana;
    draft.body = QStringLiteral("Hi Ana, about Tuesday");
    REQUIRE(f.context->composer().saveDraft(draft));

    MainWindow window(*f.context);
    showActive(window);
    CHECK(window.detail()->clientId() == 0);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(window.searchEdit()->hasFocus());
    QTest::keyClicks(window.searchEdit(), QStringLiteral("dev"));
    QTest::keyClick(window.searchEdit(), Qt::Key_Return);
    REQUIRE(window.clientModel()->rowCount() == 1);
    CHECK(window.detail()->clientId() == dev);
    CHECK(window.clientView()->selectionModel()->isRowSelected(0, {}));
    CHECK(window.action(QStringLiteral("newMessage"))->isEnabled());

    const int before = int(openComposers().size());
    QTest::keyClick(window.searchEdit(), Qt::Key_N, Qt::ControlModifier);
    const auto composers = openComposers();
    REQUIRE(int(composers.size()) == before + 1);
    ui::ComposerWindow* composer = composers.last();
    CHECK(composer->clientId() == dev);
    CHECK(composer->windowTitle() == QStringLiteral("New message to Dev"));
    CHECK(composer->editor()->toPlainText().isEmpty()); // Ana's draft stays Ana's
    closeComposers();

    // Enter again on another search shows that search's first match.
    window.searchEdit()->selectAll();
    QTest::keyClicks(window.searchEdit(), QStringLiteral("ben"));
    QTest::keyClick(window.searchEdit(), Qt::Key_Enter);
    CHECK(window.detail()->client().name == QStringLiteral("Ben Okafor"));
}

TEST_CASE("With no client shown the client actions are disabled and do nothing", "[ui][actions]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    domain::Draft draft;
    draft.clientId = ana;
    draft.body = QStringLiteral("Hi Ana");
    REQUIRE(f.context->composer().saveDraft(draft));
    MainWindow window(*f.context);
    showActive(window);
    const QStringList names{QStringLiteral("newMessage"), QStringLiteral("recordConsent"), QStringLiteral("archive"),
                            QStringLiteral("erase")};
    for (const QString& n : names) {
        INFO(n.toStdString());
        CHECK_FALSE(window.action(n)->isEnabled());
    }
    const int before = int(openComposers().size());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(int(openComposers().size()) == before); // not "New message to Ana" from her draft

    REQUIRE(window.selectClient(ana));
    for (const QString& n : names) {
        INFO(n.toStdString());
        CHECK(window.action(n)->isEnabled());
    }
    // The dashboard covers the detail pane: no client is shown, so none is acted on.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(window.action(QStringLiteral("dashboard"))->isChecked());
    for (const QString& n : names) {
        INFO(n.toStdString());
        CHECK_FALSE(window.action(n)->isEnabled());
    }
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(int(openComposers().size()) == before);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    CHECK(window.action(QStringLiteral("newMessage"))->isEnabled());
    closeComposers();
}

TEST_CASE("The dashboard's Confirm records consent for the line's client, and the dialog names them",
          "[ui][actions][dashboard]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("+447400123102"));
    recordImported(f, ben);
    MainWindow window(*f.context);
    showActive(window);
    REQUIRE(window.selectClient(ana)); // Ana is highlighted in the list behind the dashboard
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    ui::DashboardWidget* dash = window.dashboard();
    REQUIRE(dash->queue()->count() == 1);
    CHECK_FALSE(dash->confirmButton()->isEnabled());

    // A current line that is not highlighted (Ctrl+click took the highlight away) is not confirmed.
    QListWidget* queue = dash->queue();
    const QPoint line = queue->visualItemRect(queue->item(0)).center();
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, line);
    REQUIRE(queue->item(0)->isSelected());
    CHECK(dash->confirmButton()->isEnabled());
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, Qt::ControlModifier, line);
    REQUIRE_FALSE(queue->item(0)->isSelected());
    CHECK(queue->currentRow() == 0);
    CHECK_FALSE(dash->confirmButton()->isEnabled());

    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, line);
    REQUIRE(queue->item(0)->isSelected());
    QString title, button;
    testing::onNextModal<ui::RecordConsentDialog>([&](ui::RecordConsentDialog* d) {
        title = d->windowTitle();
        button = d->recordButton()->text();
        QTest::mouseClick(d->recordButton(), Qt::LeftButton);
    });
    QTest::mouseClick(dash->confirmButton(), Qt::LeftButton);
    CHECK(title.toStdString() == "Record consent: Ben Okafor");
    CHECK(button.toStdString() == "&Record for Ben Okafor");
    CHECK(eventsFor(f, ben) == 2);
    CHECK(eventsFor(f, ana) == 0);
    CHECK(dash->queue()->count() == 0); // the dashboard refreshed
}

TEST_CASE("Record consent, log contact, edit and erase name their client in the title and the confirm button",
          "[ui][actions]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("+447400123102"));
    MainWindow window(*f.context);
    showActive(window);
    REQUIRE(window.selectClient(ana));

    QString title, button;
    testing::onNextModal<ui::RecordConsentDialog>([&](ui::RecordConsentDialog* d) {
        title = d->windowTitle();
        button = d->recordButton()->text();
        d->reject();
    });
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(title.toStdString() == "Record consent: Ana Silva");
    CHECK(button.toStdString() == "&Record for Ana Silva");

    title.clear();
    testing::onNextModal<ui::LogContactDialog>([&](ui::LogContactDialog* d) {
        title = d->windowTitle();
        button = d->logButton()->text();
        d->reject();
    });
    window.detail()->tabs()->setCurrentIndex(ui::ClientDetailWidget::ContactLogTab);
    QTest::mouseClick(window.detail()->contactLog()->logButton(), Qt::LeftButton);
    CHECK(title.toStdString() == "Log contact: Ana Silva");
    CHECK(button.toStdString() == "&Log for Ana Silva");

    title.clear();
    testing::onNextModal<ui::ClientEditDialog>([&](ui::ClientEditDialog* d) {
        title = d->windowTitle();
        button = d->saveButton()->text();
        d->reject();
    });
    QPushButton* edit = nullptr;
    for (auto* b : window.detail()->findChildren<QPushButton*>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Edit..."))
            edit = b;
    REQUIRE(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    CHECK(title.toStdString() == "Edit client: Ana Silva");
    CHECK(button.toStdString() == "&Save Ana Silva");

    // Erase: the confirmation names the client; typing another name erases nothing.
    title.clear();
    testing::onNextModal<QInputDialog>([&](QInputDialog* d) {
        title = d->windowTitle();
        button = dialogButton(d, QDialogButtonBox::Ok)->text();
        d->reject();
    });
    window.action(QStringLiteral("erase"))->trigger();
    CHECK(title.toStdString() == "Erase client: Ana Silva");
    CHECK(button.toStdString() == "Erase Ana Silva");
    CHECK(window.detail()->clientId() == ana);
    CHECK_FALSE(f.context->clients().find(ana)->erased);
}

TEST_CASE("A hand-off from the composer shows in the client's contact log at once", "[ui][actions][refresh]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    const qint64 ben = f.addClient(QStringLiteral("Ben Okafor"), QStringLiteral("+447400123102"));
    MainWindow window(*f.context);
    showActive(window);
    REQUIRE(window.selectClient(ana));
    window.detail()->tabs()->setCurrentIndex(ui::ClientDetailWidget::ContactLogTab);
    ui::ClientContactLogTab* log = window.detail()->contactLog();
    REQUIRE(log->list()->topLevelItemCount() == 0);

    window.action(QStringLiteral("newMessage"))->trigger();
    REQUIRE_FALSE(openComposers().isEmpty());
    ui::ComposerWindow* composer = openComposers().last();
    REQUIRE(composer->clientId() == ana);
    // A call (tel:) is logged at hand-off; "raise at next appointment" is logged only once raised.
    composer->setUrlOpener([](const QUrl&) { return true; });
    QTest::keyClicks(composer->editor(), QStringLiteral("Ask about the new forms"));
    composer->updateNow();
    QPushButton* call = composer->advicePanel()->handoffButton(domain::Channel::Phone);
    REQUIRE(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);

    CHECK(log->list()->topLevelItemCount() == 1);
    CHECK_FALSE(log->list()->isHidden());
    CHECK(window.detail()->clientId() == ana);
    CHECK(window.detail()->tabs()->currentIndex() == ui::ClientDetailWidget::ContactLogTab);
    closeComposers();

    // A hand-off to another client refreshes that client's row but leaves the shown client alone.
    auto* other = new ui::ComposerWindow(f.context->composer(), ben, nullptr);
    QObject::connect(other, &ui::ComposerWindow::handedOff, f.context.get(),
                     [&f](qint64 id, domain::Channel) { f.context->notifyClientChanged(id); });
    other->setUrlOpener([](const QUrl&) { return true; });
    other->show();
    QTest::keyClicks(other->editor(), QStringLiteral("Bring the forms"));
    other->updateNow();
    QTest::mouseClick(other->advicePanel()->handoffButton(domain::Channel::Phone), Qt::LeftButton);
    CHECK(window.detail()->clientId() == ana);
    CHECK(log->list()->topLevelItemCount() == 1);
    closeComposers();
}

TEST_CASE("Consent recorded in one view shows in the others at once", "[ui][actions][refresh]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    MainWindow window(*f.context);
    showActive(window);
    REQUIRE(window.selectClient(ana));
    // A second detail view of the same client (as any other window showing her would be).
    ui::ClientDetailWidget second(*f.context);
    REQUIRE(second.setClient(ana));

    testing::onNextModal<ui::RecordConsentDialog>(
        [](ui::RecordConsentDialog* d) { QTest::mouseClick(d->recordButton(), Qt::LeftButton); });
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(eventsFor(f, ana) == 1);
    CHECK(second.consent()->history()->topLevelItemCount() == 1);
    CHECK(window.detail()->consent()->history()->topLevelItemCount() == 1);
    const int row = window.clientModel()->rowOf(ana);
    REQUIRE(row >= 0);
    CHECK(window.clientModel()->badge(row, domain::Channel::Sms) == ui::BadgeState::Granted);
}

TEST_CASE("An open composer follows its client's changes made elsewhere", "[ui][actions][refresh]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    MainWindow window(*f.context);
    showActive(window);
    REQUIRE(window.selectClient(ana));
    window.action(QStringLiteral("newMessage"))->trigger();
    REQUIRE_FALSE(openComposers().isEmpty());
    ui::ComposerWindow* composer = openComposers().last();
    QTest::keyClicks(composer->editor(), QStringLiteral("Running 10 min late, sorry!"));
    composer->updateNow();
    const domain::ChannelAdvice* sms = composer->advice().find(domain::Channel::Sms);
    REQUIRE(sms);
    REQUIRE(sms->verdict == domain::Verdict::Blocked); // no text consent yet

    // Consent recorded in the main window: the composer's advice follows at once.
    showActive(window);
    testing::onNextModal<ui::RecordConsentDialog>(
        [](ui::RecordConsentDialog* d) { QTest::mouseClick(d->recordButton(), Qt::LeftButton); });
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(eventsFor(f, ana) == 1);
    sms = composer->advice().find(domain::Channel::Sms);
    REQUIRE(sms);
    CHECK(sms->verdict != domain::Verdict::Blocked);
    CHECK(composer->editor()->toPlainText() == QStringLiteral("Running 10 min late, sorry!"));

    // Erased in the main window: the composer lets go of her and of her draft.
    composer->flushDraft();
    REQUIRE(f.context->composer().restoreDraft(std::nullopt)->has_value());
    testing::onNextModal<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(QStringLiteral("Ana Silva"));
        QTest::mouseClick(dialogButton(d, QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window.action(QStringLiteral("erase"))->trigger();
    REQUIRE(f.context->clients().find(ana)->erased);
    CHECK_FALSE(composer->clientId().has_value());
    CHECK(composer->editor()->toPlainText().isEmpty());
    composer->flushDraft();
    CHECK_FALSE(f.context->composer().restoreDraft(std::nullopt)->has_value());
    closeComposers();
}

TEST_CASE("The withdrawal confirmation names the client", "[ui][actions][consent]")
{
    UiFixture f;
    QSettings().remove(QStringLiteral("MainWindow"));
    const qint64 ana = f.addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123101"));
    services::ConsentRequest r;
    r.clientId = ana;
    r.method = QStringLiteral("written");
    REQUIRE(f.context->consents().record(r));
    MainWindow window(*f.context);
    showActive(window);
    REQUIRE(window.selectClient(ana));
    window.detail()->tabs()->setCurrentIndex(ui::ClientDetailWidget::ConsentTab);
    QPushButton* withdraw = window.detail()->consent()->withdrawButton(domain::Channel::Sms, domain::Scope::Service);
    REQUIRE(withdraw->isVisible());
    QString title, button;
    testing::onNextModal<QMessageBox>([&](QMessageBox* box) {
        title = box->windowTitle();
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                button = b->text();
                QTest::mouseClick(b, Qt::LeftButton);
            }
    });
    QTest::mouseClick(withdraw, Qt::LeftButton);
    CHECK(title.toStdString() == "Withdraw consent: Ana Silva");
    CHECK(button.toStdString() == "&Withdraw for Ana Silva");
    CHECK(eventsFor(f, ana) == 2);
}
