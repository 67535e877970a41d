// SPDX-License-Identifier: GPL-3.0-or-later
// A newcomer's path (issue 12): the guide (F1), "What's This?" on the advice, the sample
// practice, and files opened with Rapport from the file manager.
#include "UiTestSupport.h"
#include "app/GuideWindow.h"
#include "app/MainWindow.h"
#include "app/SamplePractice.h"
#include "app/Theme.h"
#include "composer/ChannelAdvicePanel.h"
#include "services/ConsentService.h"
#include "services/QueueService.h"
#include "services/ReminderService.h"
#include "settings/SettingsDialog.h"
#include "transfer/CalendarImportDialog.h"
#include "transfer/ImportWizard.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>

#include <set>

using namespace rapport;
using rapport::testing::UiFixture;
using rapport::ui::MainWindow;

namespace {

QStringList menuActions(MainWindow& window, const QString& menuTitle)
{
    QStringList names;
    for (QAction* top : window.menuBar()->actions())
        if (top->text().remove(QLatin1Char('&')) == menuTitle && top->menu())
            for (QAction* a : top->menu()->actions())
                names << a->objectName();
    return names;
}

QString writeFile(const UiFixture& f, const QString& name, const QByteArray& bytes)
{
    QFile file(f.dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

} // namespace

TEST_CASE("Help > Guide opens on F1 with every section of the guide", "[ui][guide]")
{
    UiFixture f;
    MainWindow window(*f.context);
    QAction* guide = window.action(QStringLiteral("guide"));
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    CHECK(menuActions(window, QStringLiteral("Help")).contains(QStringLiteral("guide")));
    CHECK(menuActions(window, QStringLiteral("Help")).contains(QStringLiteral("whatsThis")));
    guide->trigger();
    auto* shown = qobject_cast<ui::GuideWindow*>(window.guideWindow());
    REQUIRE(shown);
    const QString text = shown->browser()->toPlainText();
    for (const char* heading : {"When a text is fine", "What never goes by text", "Boundaries and hours", "Opt-outs",
                                "What the law asks of consent records", "Reading the advice"})
        CHECK(text.contains(QLatin1String(heading)));
    const QString html = shown->browser()->toHtml();
    for (const char* anchor : {"fine", "never", "hours", "optout", "law", "advice"})
        CHECK(html.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(anchor))));
    guide->trigger(); // a second F1 brings the same window forward
    CHECK(window.guideWindow() == shown);
    CHECK(ui::GuideWindow::resourceFor(QStringLiteral("xx")) == QStringLiteral(":/rapport/guide/guide-en.html"));
}

TEST_CASE("What's This? on the advice explains each reason shown", "[ui][guide]")
{
    for (const char* code : {"no-mobile-number",  "not-a-mobile-number",   "client-declined-channel",
                             "consent-withdrawn", "consent-refused",       "no-marketing-consent",
                             "consent-granted",   "consent-unverified",    "client-initiated",
                             "no-sms-consent",    "sensitive-content",     "client-accepts-risk",
                             "too-long-for-sms",  "delicate-topic",        "no-email-address",
                             "address-on-file",   "no-phone-number",       "no-voicemail-details",
                             "no-voicemail",      "next-appointment-soon", "client-prefers",
                             "long-message"}) {
        INFO(code);
        CHECK_FALSE(ui::ChannelAdvicePanel::reasonHelp(QString::fromLatin1(code)).isEmpty());
    }
    CHECK(ui::ChannelAdvicePanel::reasonHelp(QStringLiteral("no-such-code")).isEmpty());

    ui::ChannelAdvicePanel panel;
    domain::Advice advice;
    advice.best = domain::Channel::Phone;
    advice.channels = {{domain::Channel::Sms,
                        domain::Verdict::Blocked,
                        {{QStringLiteral("sensitive-content"), QStringLiteral("mentions a clinical detail")},
                         {QStringLiteral("no-sms-consent"), QStringLiteral("no consent to texts")}}},
                       {domain::Channel::Phone, domain::Verdict::Recommended, {}}};
    panel.setAdvice(advice);
    auto* reasons = panel.findChild<QLabel*>(QStringLiteral("reasons_sms"));
    REQUIRE(reasons);
    CHECK(reasons->whatsThis().contains(QStringLiteral("lock screens")));
    CHECK(reasons->whatsThis().contains(QStringLiteral("mentions a clinical detail")));
    CHECK(reasons->whatsThis().contains(QStringLiteral("consent tab")));
    auto* badge = panel.findChild<QLabel*>(QStringLiteral("verdict_sms"));
    REQUIRE(badge);
    CHECK(badge->whatsThis().contains(QStringLiteral("Blocked")));
}

TEST_CASE("The sample practice has every consent state, appointments, a log, scheduled messages, templates",
          "[ui][sample]")
{
    UiFixture f;
    auto loaded = ui::SamplePractice::setUp(*f.context);
    REQUIRE(loaded.ok());
    CHECK(loaded.value() >= 8);
    CHECK_FALSE(f.context->practice().practiceName.isEmpty());

    domain::ClientQuery all;
    all.includeArchived = true;
    auto clients = f.context->clients().list(all);
    REQUIRE(clients.ok());
    CHECK(clients->size() == loaded.value());
    std::set<domain::ConsentState> states;
    bool someoneWithout = false;
    std::set<domain::AppointmentStatus> appointmentStates;
    for (const auto& c : clients.value()) {
        auto current = f.context->consents().currentStates(c.id);
        REQUIRE(current.ok());
        someoneWithout = someoneWithout || current->isEmpty();
        for (const auto& e : current.value())
            states.insert(e.state);
        auto appointments = f.context->appointments().forClient(c.id);
        REQUIRE(appointments.ok());
        for (const auto& a : appointments.value())
            appointmentStates.insert(a.status);
    }
    for (auto s : {domain::ConsentState::Granted, domain::ConsentState::Withdrawn, domain::ConsentState::Refused,
                   domain::ConsentState::Imported})
        CHECK(states.count(s) == 1);
    CHECK(someoneWithout);
    for (auto s :
         {domain::AppointmentStatus::Booked, domain::AppointmentStatus::Attended, domain::AppointmentStatus::NoShow})
        CHECK(appointmentStates.count(s) == 1);
    auto pending = services::QueueService(*f.db, f.clock).list();
    REQUIRE(pending.ok());
    CHECK(pending->size() == 2);
    auto reminder = services::ReminderService(*f.db, f.clock).findTemplate(QStringLiteral("appointment-reminder"));
    CHECK(reminder.ok());
    auto chain = f.context->consents().verify();
    REQUIRE(chain.ok());
    CHECK(chain->ok);

    // The app's File menu offers it at any time, as a program of its own.
    MainWindow window(*f.context);
    CHECK(menuActions(window, QStringLiteral("File")).contains(QStringLiteral("openSample")));
    CHECK(MainWindow::sampleArguments() == QStringList{QStringLiteral("--sample")});
}

TEST_CASE("A contacts or calendar file opened with Rapport starts the matching import", "[ui][mime]")
{
    UiFixture f;
    MainWindow window(*f.context);
    const QString vcf = writeFile(f, QStringLiteral("friends.vcf"),
                                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nTEL;TYPE=CELL:07400 123456\r\n"
                                  "END:VCARD\r\n");
    auto* wizard = qobject_cast<ui::ImportWizard*>(window.openFile(vcf));
    REQUIRE(wizard);
    const QString ics =
        writeFile(f, QStringLiteral("diary.ics"),
                  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a1\r\n"
                  "DTSTART:20261125T100000Z\r\nDTEND:20261125T110000Z\r\nSUMMARY:Ana Silva\r\nEND:VEVENT\r\n"
                  "END:VCALENDAR\r\n");
    auto* calendar = qobject_cast<ui::CalendarImportDialog*>(window.openFile(ics));
    REQUIRE(calendar);
    CHECK(calendar->file() == ics);
    const QString notes = writeFile(f, QStringLiteral("notes.txt"), "just words\n");
    CHECK(window.openFile(notes) == nullptr);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("notes.txt")));
}

TEST_CASE("Settings > Display: light, dark or the system's appearance, applied at once and remembered",
          "[ui][appearance]")
{
    QSettings().remove(QStringLiteral("appearance"));
    const QPalette system = QApplication::palette();
    const QString systemStyle = QApplication::style()->name();
    CHECK(ui::Theme::stored() == ui::Appearance::System);

    ui::SettingsDialog dialog(domain::PracticeSettings{},
                              [](const domain::PracticeSettings&) { return domain::Status{}; });
    auto* box = dialog.findChild<QComboBox*>(QStringLiteral("appearance"));
    REQUIRE(box);
    CHECK(box->count() == 3);
    box->setCurrentIndex(box->findData(QStringLiteral("dark")));
    dialog.accept();
    CHECK(ui::Theme::stored() == ui::Appearance::Dark);
    CHECK(ui::Theme::isDark(QApplication::palette()));
    CHECK(QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0);

    ui::Theme::apply(ui::Appearance::Light);
    CHECK_FALSE(ui::Theme::isDark(QApplication::palette()));
    ui::Theme::apply(ui::Appearance::System);
    CHECK(QApplication::palette().color(QPalette::Window) == system.color(QPalette::Window));
    CHECK(QApplication::style()->name() == systemStyle);
    CHECK(ui::Theme::fromString(QStringLiteral("nonsense")) == ui::Appearance::System);
    QSettings().remove(QStringLiteral("appearance"));
}
