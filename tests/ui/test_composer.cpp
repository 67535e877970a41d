// SPDX-License-Identifier: GPL-3.0-or-later
// The composer against a real database file: advice and highlights as you type, the SMS meter,
// hand-offs (logged, with the right links), drafts that survive closing, templates.
#include "composer/ChannelAdvicePanel.h"
#include "composer/ComposerWindow.h"
#include "composer/FindingHighlighter.h"
#include "composer/SmsMeter.h"
#include "composer/TemplateEditorDialog.h"
#include "services/ComposerService.h"
#include "services/MedicalVocabularies.h"
#include "services/RaiseService.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rapport;
using domain::Channel;
using domain::Verdict;

namespace {

// Tuesday 1 December 2026, 11:00 in London (GMT): inside Mon-Thu 10:00-20:00.
const QDateTime kTuesday(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC);

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    domain::FixedClock clock{kTuesday};
    std::unique_ptr<services::ComposerService> service;
    qint64 ana = 0; ///< mobile + email, sms service consent granted
    qint64 ben = 0; ///< mobile only, no consent

    Fixture() { open(); }
    QString path() const { return dir.filePath(QStringLiteral("rapport.db")); }
    void open()
    {
        service.reset();
        db.reset();
        auto opened = storage::Database::open(path());
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        service = std::make_unique<services::ComposerService>(*db, clock);
    }
    void setUp()
    {
        storage::SettingsRepository settings(*db);
        REQUIRE_FALSE(settings.setValue(QStringLiteral("practice-name"), QStringLiteral("Calm Hands Massage")));
        REQUIRE_FALSE(settings.setValue(QStringLiteral("practitioner"), QStringLiteral("Sam Okafor")));
        REQUIRE_FALSE(settings.setValue(QStringLiteral("hours"), QStringLiteral("Mon-Thu 10:00-20:00")));
        ana =
            addClient(QStringLiteral("Ana Silva"), QStringLiteral("+447400123456"), QStringLiteral("ana@example.org"));
        ben = addClient(QStringLiteral("Ben Okafor"), QStringLiteral("+447700900123"), {});
        grantSms(ana);
    }
    qint64 addClient(const QString& name, const QString& mobile, const QString& email)
    {
        domain::Client c;
        c.name = name;
        c.preferredName = QStringLiteral(""); // the storage branch binds null strings as NULL
        c.timeZone = QStringLiteral("");
        c.notes = QStringLiteral("");
        c.quietHours = domain::QuietHours{};
        c.contacts.push_back(
            {0, domain::ContactPoint::Kind::Phone, mobile, QStringLiteral("Mobile"), domain::NumberType::Mobile});
        if (!email.isEmpty())
            c.contacts.push_back(
                {0, domain::ContactPoint::Kind::Email, email, QStringLiteral("Email"), domain::NumberType::Unknown});
        auto tx = storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        const auto id = storage::ClientRepository(*db).insert(c, kTuesday);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        REQUIRE_FALSE(tx.value().commit());
        return *id;
    }
    /// A granted sms/service event, written directly (the consent service is another branch's).
    void grantSms(qint64 client)
    {
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO consent_events (client_id, channel, scope, state, method, effective_at, "
                           "recorded_at, recorded_by, note_sha256, prev_hash, hash) VALUES (?, 'sms', 'service', "
                           "'granted', 'written', '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z', 'test', "
                           "'', '', ?)"));
        q.addBindValue(client);
        q.addBindValue(QStringLiteral("test-%1").arg(client));
        REQUIRE(q.exec());
    }
    void setNextAppointment(qint64 client, const QDateTime& at)
    {
        auto tx = storage::SqlTransaction::begin(*db);
        REQUIRE(tx.ok());
        domain::Appointment a;
        a.clientId = client;
        a.start = at;
        a.end = at.addSecs(3600);
        REQUIRE(storage::AppointmentRepository(*db).insert(a, kTuesday).ok());
        REQUIRE_FALSE(tx.value().commit());
    }
    /// The flags of the client's latest outbound contact on `channel`.
    QString lastFlags(qint64 client, const QString& channel) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT flags FROM contact_log WHERE client_id = ? AND direction = 'out' AND "
                                 "channel = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(client);
        q.addBindValue(channel);
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toString() : QString();
    }
    int outbound(qint64 client, const QString& channel, QString* text = nullptr) const
    {
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("SELECT text FROM contact_log WHERE client_id = ? AND direction = 'out' AND channel = ? "
                           "ORDER BY id"));
        q.addBindValue(client);
        q.addBindValue(channel);
        REQUIRE(q.exec());
        int n = 0;
        while (q.next()) {
            ++n;
            if (text)
                *text = q.value(0).toString();
        }
        return n;
    }
};

void typeInto(ui::ComposerWindow& w, const QString& text)
{
    w.editor()->setFocus();
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n')) {
            QTest::keyClick(w.editor(), Qt::Key_Return);
        } else if (ch.unicode() < 128) {
            QTest::keyClicks(w.editor(), QString(ch));
        } else { // QTest::keyClicks only knows ASCII keys
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(w.editor(), &press);
        }
    }
    w.updateNow();
}

} // namespace

TEST_CASE("typing a draft changes the advice and the highlights", "[composer]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    w.show();
    CHECK(w.clientId() == f.ana);
    CHECK(w.clientEdit()->text() == QStringLiteral("Ana Silva"));

    typeInto(w, QStringLiteral("Hi Ana, just confirming your appointment on Tuesday at 3pm. Reply to confirm."));
    CHECK(w.advice().best == Channel::Sms);
    CHECK(w.advicePanel()->order().front() == Channel::Sms);
    CHECK(w.advicePanel()->verdictText(Channel::Sms) == QStringLiteral("Recommended"));
    CHECK(w.advicePanel()->handoffButton(Channel::Sms)->isEnabled());
    CHECK(w.purposeCombo()->itemText(0).contains(QStringLiteral("Scheduling")));
    bool clinical = false;
    for (const auto& s : w.highlighter()->spans())
        clinical = clinical || s.finding.category == domain::Category::Clinical;
    CHECK_FALSE(clinical);

    QTest::keyClick(w.editor(), Qt::Key_End, Qt::ControlModifier);
    const int before = w.editor()->toPlainText().size();
    typeInto(w, QStringLiteral(" How is your lower back pain?"));
    CHECK(w.advice().best == Channel::Phone);
    CHECK(w.advicePanel()->verdictText(Channel::Sms) == QStringLiteral("Blocked"));
    const domain::ChannelAdvice* sms = w.advice().find(Channel::Sms);
    REQUIRE(sms);
    bool sensitive = false;
    for (const auto& r : sms->reasons)
        sensitive = sensitive || r.code == QStringLiteral("sensitive-content");
    CHECK(sensitive);
    CHECK_FALSE(w.advicePanel()->handoffButton(Channel::Sms)->isEnabled());
    CHECK(w.advicePanel()->order().front() == Channel::Phone);

    const QString text = w.editor()->toPlainText();
    const int start = text.indexOf(QStringLiteral("your lower back pain"), before);
    const ui::FindingHighlighter::Span* span = nullptr;
    for (const auto& s : w.highlighter()->spans())
        if (s.finding.category == domain::Category::Clinical)
            span = &s;
    REQUIRE(span);
    // The analyser's span lies inside the phrase and covers exactly the text it names.
    CHECK(span->start >= start);
    CHECK(span->end <= start + QStringLiteral("your lower back pain").size());
    CHECK(text.mid(span->start, span->end - span->start) == span->finding.text);
    CHECK(span->finding.text.contains(QStringLiteral("back")));
    CHECK(w.legendVisibleForTest());

    // Hovering the finding explains it.
    QTextCursor c(w.editor()->document());
    c.setPosition(start + 12);
    const QRect r = w.editor()->cursorRect(c);
    const QString tip = w.toolTipAt(r.center() + QPoint(2, 0));
    CHECK(tip.contains(QStringLiteral("Clinical")));
    CHECK(w.toolTipAt(QPoint(2, r.center().y() - r.height() * 40)).isEmpty());

    // Remove the clinical sentence again: back to sms.
    for (int i = 0; i < QStringLiteral(" How is your lower back pain?").size(); ++i)
        QTest::keyClick(w.editor(), Qt::Key_Backspace);
    w.updateNow();
    CHECK(w.advice().best == Channel::Sms);
    CHECK(w.highlighter()->findingAt(start + 5) == nullptr);
    CHECK(w.lastUpdateNs() > 0);
}

TEST_CASE("an offer sent as scheduling still needs marketing consent, and the composer says why", "[composer]")
{
    Fixture f;
    f.setUp(); // Ana: sms service consent granted, no marketing consent anywhere
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    w.show();
    typeInto(w, QStringLiteral("Spring offer: 20% off all sessions booked this month!"));
    CHECK(w.advicePanel()->scopeNote().isEmpty()); // inferred as marketing: nothing to explain
    CHECK(w.advice().scope == domain::Scope::Marketing);

    // The receptionist picks "Scheduling": the scope stays marketing, nothing is textable.
    const int scheduling = w.purposeCombo()->findData(static_cast<int>(domain::Purpose::Scheduling));
    REQUIRE(scheduling > 0);
    w.purposeCombo()->setCurrentIndex(scheduling);
    w.updateNow();
    CHECK(w.advice().purpose == domain::Purpose::Scheduling);
    CHECK(w.advice().scope == domain::Scope::Marketing);
    CHECK(w.advice().best == Channel::InPerson);
    CHECK(w.advicePanel()->verdictText(Channel::Sms) == QStringLiteral("Blocked"));
    CHECK_FALSE(w.advicePanel()->handoffButton(Channel::Sms)->isEnabled());
    CHECK_FALSE(w.advicePanel()->handoffButton(Channel::Email)->isEnabled());
    CHECK(w.advicePanel()->scopeNote().contains(QStringLiteral("marketing")));

    // A plain reminder with the same purpose is a service message again.
    w.editor()->clear();
    typeInto(w, QStringLiteral("Hi Ana, just confirming your appointment on Tuesday at 3pm."));
    CHECK(w.advice().scope == domain::Scope::Service);
    CHECK(w.advice().best == Channel::Sms);
    CHECK(w.advicePanel()->scopeNote().isEmpty());
}

TEST_CASE("the SMS meter shows UCS-2 after a curly quote and GSM-7 after replacing it; undo brings it back",
          "[composer]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    typeInto(w, QStringLiteral("See you at 3pm - parking is free"));
    CHECK(w.smsMeter()->summaryText().contains(QStringLiteral("GSM-7")));
    CHECK_FALSE(w.smsMeter()->replaceButton()->isEnabled());
    typeInto(w, QStringLiteral(" \u2013 it\u2019s behind the building"));
    CHECK(w.smsMeter()->summaryText().contains(QStringLiteral("UCS-2")));
    CHECK(w.smsMeter()->forcedText().contains(QStringLiteral("\u2019")));
    CHECK(w.smsMeter()->forcedText().contains(QStringLiteral("\u2013")));
    REQUIRE(w.smsMeter()->replaceButton()->isEnabled());

    QTest::mouseClick(w.smsMeter()->replaceButton(), Qt::LeftButton);
    w.updateNow();
    CHECK(w.editor()->toPlainText() == QStringLiteral("See you at 3pm - parking is free - it's behind the building"));
    CHECK(w.smsMeter()->summaryText().contains(QStringLiteral("GSM-7")));
    CHECK(w.smsMeter()->forcedText().isEmpty());

    w.editor()->undo();
    w.updateNow();
    CHECK(w.editor()->toPlainText().contains(QStringLiteral("it\u2019s")));
    CHECK(w.smsMeter()->summaryText().contains(QStringLiteral("UCS-2")));
}

TEST_CASE("a blocked hand-off button is disabled and says why", "[composer]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, std::nullopt, nullptr);
    CHECK_FALSE(w.advicePanel()->handoffButton(Channel::Phone)->isEnabled());
    CHECK(w.advicePanel()->handoffButton(Channel::Phone)->toolTip().contains(QStringLiteral("client")));
    REQUIRE(w.setClient(f.ben));
    typeInto(w, QStringLiteral("Hi Ben, just confirming your appointment on Tuesday at 3pm."));
    QPushButton* text = w.advicePanel()->handoffButton(Channel::Sms);
    CHECK_FALSE(text->isEnabled());
    const domain::ChannelAdvice* sms = w.advice().find(Channel::Sms);
    REQUIRE(sms);
    REQUIRE_FALSE(sms->reasons.isEmpty());
    CHECK(text->toolTip().contains(sms->reasons.front().text));
    CHECK_FALSE(w.advicePanel()->handoffButton(Channel::Email)->isEnabled()); // no address
    CHECK(w.advicePanel()->handoffButton(Channel::Phone)->isEnabled());

    QUrl opened;
    w.setUrlOpener([&opened](const QUrl& u) {
        opened = u;
        return true;
    });
    QTest::mouseClick(text, Qt::LeftButton);
    CHECK(opened.isEmpty());
    CHECK(f.outbound(f.ben, QStringLiteral("sms")) == 0);
}

TEST_CASE("a hand-off opens the right link, logs an outbound contact and clears the draft", "[composer]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    QList<QUrl> opened;
    w.setUrlOpener([&opened](const QUrl& u) {
        opened << u;
        return true;
    });
    const QString msg = QStringLiteral("Hi Ana, parking & directions: see the map?\nThanks");
    typeInto(w, msg);
    w.flushDraft();
    REQUIRE(w.draftId() > 0);

    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::Email), Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.back().toEncoded() ==
          QByteArray("mailto:ana@example.org?subject=Hi%20Ana%2C%20parking%20%26%20directions%3A%20see%20the%20map%3F"
                     "&body=Hi%20Ana%2C%20parking%20%26%20directions%3A%20see%20the%20map%3F%0D%0AThanks"));
    QString logged;
    CHECK(f.outbound(f.ana, QStringLiteral("email"), &logged) == 1);
    CHECK(logged == msg);
    CHECK(w.editor()->toPlainText().isEmpty());
    CHECK(w.draftId() == 0);
    CHECK_FALSE(f.service->restoreDraft(f.ana)->has_value());

    typeInto(w, QStringLiteral("Running 10 min late, sorry!"));
    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::Sms), Qt::LeftButton);
    REQUIRE(opened.size() == 2);
    CHECK(opened.back().toEncoded() == QByteArray("sms:+447400123456?body=Running%2010%20min%20late%2C%20sorry%21"));
    CHECK(f.outbound(f.ana, QStringLiteral("sms")) == 1);

    typeInto(w, QStringLiteral("Call about the invoice"));
    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::Phone), Qt::LeftButton);
    REQUIRE(opened.size() == 3);
    CHECK(opened.back().toEncoded() == QByteArray("tel:+447400123456"));
    CHECK(f.outbound(f.ana, QStringLiteral("phone")) == 1);

    // In person: put on Ana's list for her next appointment (she needs one), logged once raised.
    f.setNextAppointment(f.ana, kTuesday.addDays(2));
    w.setClient(f.ana);
    typeInto(w, QStringLiteral("Ask about the new forms"));
    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::InPerson), Qt::LeftButton);
    CHECK(opened.size() == 3); // nothing to open
    CHECK(f.outbound(f.ana, QStringLiteral("in_person")) == 0);
    services::RaiseService raises(*f.db, f.clock);
    const auto toRaise = raises.openFor(f.ana);
    REQUIRE(toRaise.ok());
    REQUIRE(toRaise->size() == 1);
    REQUIRE(raises.tickOff(toRaise->front().id).ok());
    CHECK(f.outbound(f.ana, QStringLiteral("in_person"), &logged) == 1);
    CHECK(logged == QStringLiteral("Ask about the new forms"));

    // When nothing can open the link, nothing is logged and the text stays.
    w.setUrlOpener([](const QUrl&) { return false; });
    typeInto(w, QStringLiteral("See you soon"));
    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::Email), Qt::LeftButton);
    CHECK(f.outbound(f.ana, QStringLiteral("email")) == 1);
    CHECK(w.editor()->toPlainText() == QStringLiteral("See you soon"));
    CHECK(w.statusText().contains(QStringLiteral("not logged")));
}

TEST_CASE("a draft survives closing the window and reopening the database", "[composer]")
{
    Fixture f;
    f.setUp();
    const QString msg = QStringLiteral("Hi Ana, about Tuesday\u2026 could we move to 4pm?");
    {
        auto* w = new ui::ComposerWindow(*f.service, f.ana, nullptr);
        w->show();
        typeInto(*w, msg);
        w->close(); // WA_DeleteOnClose: saves first
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    f.open(); // as after a restart
    {
        ui::ComposerWindow w(*f.service, f.ana, nullptr);
        CHECK(w.editor()->toPlainText() == msg);
        CHECK(w.statusText().contains(QStringLiteral("restored")));
    }
    {
        // With no client given, the most recent unsent draft comes back with its client.
        ui::ComposerWindow w(*f.service, std::nullopt, nullptr);
        CHECK(w.clientId() == f.ana);
        CHECK(w.editor()->toPlainText() == msg);
        // Typing keeps saving into the same draft, after the debounce.
        typeInto(w, QStringLiteral(" Thanks"));
        const qint64 id = w.draftId();
        QTest::qWait(700);
        const auto saved = f.service->restoreDraft(f.ana);
        REQUIRE(saved->has_value());
        CHECK((*saved)->id == id);
        CHECK((*saved)->body == msg + QStringLiteral(" Thanks"));
    }
    {
        ui::ComposerWindow w(*f.service, f.ben, nullptr);
        CHECK(w.editor()->toPlainText().isEmpty()); // Ana's draft is not Ben's
    }
}

TEST_CASE("a template fills the draft with the client's details and sets the purpose", "[composer]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    const auto templates = f.service->templates();
    REQUIRE(templates.ok());
    qint64 late = 0;
    for (const auto& t : *templates)
        if (t.starterKey == QStringLiteral("running-late"))
            late = t.id;
    REQUIRE(late > 0);
    w.applyTemplate(late);
    w.updateNow();
    const QString text = w.editor()->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Hi Ana, I'm running about 10 minutes late")));
    CHECK(text.contains(QStringLiteral("Sam Okafor")));
    CHECK(text.contains(QStringLiteral("{next_appointment_time}"))); // Ana has no appointment: left and reported
    CHECK(w.templateIssuesText().contains(QStringLiteral("no next appointment")));
    CHECK(w.purposeCombo()->currentData().toInt() == static_cast<int>(domain::Purpose::Scheduling));
    CHECK(w.advice().purposeChosen);
    w.editor()->undo(); // the template replaced the text in one undoable step
    CHECK(w.editor()->toPlainText().isEmpty());
}

TEST_CASE("the client picker completes from the database as you type", "[composer]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, std::nullopt, nullptr);
    w.show();
    w.clientEdit()->setFocus();
    QTest::keyClicks(w.clientEdit(), QStringLiteral("oka"));
    QTest::qWait(20);
    auto* model = qobject_cast<QStandardItemModel*>(w.clientEdit()->completer()->model());
    REQUIRE(model);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->item(0)->text() == QStringLiteral("Ben Okafor"));
    QTest::keyClick(w.clientEdit(), Qt::Key_Return);
    CHECK(w.clientId() == f.ben);
}

TEST_CASE("outside the practitioner's hours the timing suggests the next good moment", "[composer]")
{
    Fixture f;
    f.setUp();
    f.clock.set(QDateTime(QDate(2026, 12, 5), QTime(21, 40), Qt::UTC)); // Saturday evening
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    typeInto(w, QStringLiteral("Hi Ana, just confirming your appointment on Tuesday at 3pm."));
    CHECK_FALSE(w.advice().timing.sendNow);
    CHECK(w.timingText().contains(QStringLiteral("Suggested time: Monday 10:00.")));
    // Sentences, not a run of punctuation ("...17:00).; It is" or "(21:00-08:00).: suggest").
    CHECK_FALSE(w.timingText().contains(QStringLiteral(".;")));
    CHECK_FALSE(w.timingText().contains(QStringLiteral(".:")));
    CHECK_FALSE(w.timingText().contains(QStringLiteral("..")));
}

TEST_CASE("the template editor creates, previews, edits and deletes templates", "[composer]")
{
    Fixture f;
    f.setUp();
    auto ana = f.service->loadClient(f.ana);
    REQUIRE(ana.ok());
    ui::TemplateEditorDialog dialog(*f.service, ana->client, *f.service->settings(), nullptr);
    QStringList asked;
    bool answer = true;
    dialog.setConfirm([&](const QString& q) {
        asked << q;
        return answer;
    });
    const int starters = dialog.list()->count();
    REQUIRE(starters >= 6);

    dialog.newTemplate();
    dialog.nameEdit()->setText(QStringLiteral("Parking"));
    dialog.bodyEdit()->setPlainText(QStringLiteral("Hi "));
    dialog.bodyEdit()->moveCursor(QTextCursor::End);
    const auto actions = dialog.insertButton()->menu()->actions();
    REQUIRE(actions.size() == 8);
    actions.at(1)->trigger(); // {preferred_name}
    dialog.bodyEdit()->insertPlainText(QStringLiteral(", parking is behind {practice_name}. {room}"));
    CHECK(dialog.previewText().startsWith(QStringLiteral("Hi Ana, parking is behind Calm Hands Massage. {room}")));
    CHECK(dialog.previewText().contains(QStringLiteral("{room} is not a placeholder")));
    REQUIRE(dialog.save());
    CHECK(dialog.list()->count() == starters + 1);

    dialog.newTemplate();
    dialog.nameEdit()->setText(QStringLiteral("parking"));
    dialog.bodyEdit()->setPlainText(QStringLiteral("Duplicate"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().contains(QStringLiteral("already")));
    answer = true; // discard the failed new one when moving on

    QListWidget* list = dialog.list();
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == QStringLiteral("Parking"))
            row = i;
    REQUIRE(row >= 0);
    list->setCurrentRow(row);
    CHECK(dialog.nameEdit()->text() == QStringLiteral("Parking"));
    answer = false;
    dialog.deleteSelected();
    CHECK(list->count() == starters + 1); // not confirmed
    answer = true;
    dialog.deleteSelected();
    CHECK(list->count() == starters);
    CHECK(asked.last().contains(QStringLiteral("Delete the template")));
}

TEST_CASE("an unfilled placeholder blocks every hand-off and says which and why", "[composer][guard]")
{
    Fixture f;
    f.setUp(); // no business phone in Settings; Ana has no next appointment
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    QList<QUrl> opened;
    w.setUrlOpener([&opened](const QUrl& u) {
        opened << u;
        return true;
    });
    typeInto(w, QStringLiteral("Hi Ana, see you {next_appointment_date}. Questions? Call {business_phone}."));
    for (Channel c : domain::allChannels()) {
        INFO(int(c));
        CHECK_FALSE(w.advicePanel()->handoffButton(c)->isEnabled());
        CHECK(w.advicePanel()->handoffButton(c)->toolTip().contains(QStringLiteral("{business_phone}")));
    }
    CHECK(w.unfilledText().contains(QStringLiteral("{next_appointment_date}: no next appointment on file")));
    CHECK(w.unfilledText().contains(QStringLiteral("{business_phone}: no business phone in Settings")));
    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::Sms), Qt::LeftButton);
    CHECK(opened.isEmpty());
    CHECK(f.outbound(f.ana, QStringLiteral("sms")) == 0);

    // Written in by hand, the message can go.
    w.editor()->selectAll();
    typeInto(w, QStringLiteral("Hi Ana, see you Thursday. Questions? Call 020 7946 0000."));
    CHECK(w.unfilledText().isEmpty());
    CHECK(w.advicePanel()->handoffButton(Channel::Sms)->isEnabled());
    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::Sms), Qt::LeftButton);
    CHECK(opened.size() == 1);
    CHECK(f.outbound(f.ana, QStringLiteral("sms")) == 1);
}

TEST_CASE("raise at next appointment with no appointment on file says so and keeps the draft", "[composer][raise]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    const QString msg = QStringLiteral("Ask how the new exercises are going");
    typeInto(w, msg);
    QPushButton* raise = w.advicePanel()->handoffButton(Channel::InPerson);
    REQUIRE(raise->isEnabled());
    QTest::mouseClick(raise, Qt::LeftButton);
    CHECK(w.statusText().contains(QStringLiteral("no upcoming appointment on file")));
    CHECK(w.editor()->toPlainText() == msg);
    CHECK(f.outbound(f.ana, QStringLiteral("in_person")) == 0);
    const auto kept = f.service->restoreDraft(f.ana);
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK((*kept)->body == msg);
    services::RaiseService raises(*f.db, f.clock);
    CHECK(raises.openFor(f.ana)->isEmpty());

    // With an appointment it goes on the list, is not logged yet, and the draft is cleared.
    f.setNextAppointment(f.ana, kTuesday.addDays(2));
    REQUIRE(w.setClient(f.ana));
    QTest::mouseClick(raise, Qt::LeftButton);
    CHECK(w.editor()->toPlainText().isEmpty());
    CHECK(w.statusText().contains(QStringLiteral("tick it off")));
    const auto open = raises.openFor(f.ana);
    REQUIRE(open->size() == 1);
    CHECK(open->front().text == msg);
    CHECK(open->front().createdBy == QStringLiteral("Sam Okafor"));
    CHECK(f.outbound(f.ana, QStringLiteral("in_person")) == 0);
    CHECK_FALSE(f.service->restoreDraft(f.ana)->has_value());
}

TEST_CASE("handing off outside hours asks once per draft, with the suggested time", "[composer][timing]")
{
    Fixture f;
    f.setUp();
    f.clock.set(QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC)); // Saturday noon: closed, not quiet hours
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    QStringList asked;
    bool answer = false;
    w.setAsker([&](const QString& q) {
        asked << q;
        return answer;
    });
    bool handlerThere = true;
    QList<QUrl> opened;
    w.setUrlOpener([&](const QUrl& u) {
        opened << u;
        return handlerThere;
    });
    const QString msg = QStringLiteral("Hi Ana, just confirming your appointment on Tuesday at 3pm.");
    typeInto(w, msg);
    REQUIRE_FALSE(w.advice().timing.sendNow);
    QPushButton* text = w.advicePanel()->handoffButton(Channel::Sms);
    REQUIRE(text->isEnabled());

    QTest::mouseClick(text, Qt::LeftButton); // "No"
    REQUIRE(asked.size() == 1);
    INFO(asked.front().toStdString());
    CHECK(asked.front() ==
          QStringLiteral("It is outside your hours; the suggested time is Monday 10:00. Hand off now anyway?"));
    CHECK(opened.isEmpty());
    CHECK(f.outbound(f.ana, QStringLiteral("sms")) == 0);
    CHECK(w.editor()->toPlainText() == msg);

    answer = true;
    handlerThere = false;
    QTest::mouseClick(text, Qt::LeftButton); // "Yes", but nothing opens sms: links
    CHECK(asked.size() == 2);
    CHECK(opened.size() == 1);
    handlerThere = true;
    QTest::mouseClick(text, Qt::LeftButton); // the same draft: not asked again
    CHECK(asked.size() == 2);
    CHECK(opened.size() == 2);
    CHECK(f.outbound(f.ana, QStringLiteral("sms")) == 1);

    typeInto(w, QStringLiteral("Hi Ana, see you Tuesday."));
    QTest::mouseClick(text, Qt::LeftButton); // a new draft is asked about afresh
    CHECK(asked.size() == 3);
}

TEST_CASE("with nothing to open sms: links the composer offers copy and sent by hand", "[composer][byhand]")
{
    Fixture f;
    f.setUp();
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    w.show();
    w.setUrlOpener([](const QUrl&) { return false; });
    const QString msg = QStringLiteral("Running 10 min late, sorry!");
    typeInto(w, msg);
    w.flushDraft();
    REQUIRE(w.draftId() > 0);
    CHECK_FALSE(w.noHandlerBar()->isVisible());
    QTest::mouseClick(w.advicePanel()->handoffButton(Channel::Sms), Qt::LeftButton);
    REQUIRE(w.noHandlerBar()->isVisible());
    CHECK(w.statusText().contains(QStringLiteral("sms")));
    CHECK(f.outbound(f.ana, QStringLiteral("sms")) == 0);
    CHECK(w.editor()->toPlainText() == msg);

    QApplication::clipboard()->clear();
    QTest::mouseClick(w.copyForHandButton(), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == msg);
    CHECK(w.editor()->toPlainText() == msg); // kept until it is said to be sent
    CHECK(f.outbound(f.ana, QStringLiteral("sms")) == 0);
    CHECK(f.service->restoreDraft(f.ana)->has_value());

    QTest::mouseClick(w.sentByHandButton(), Qt::LeftButton);
    QString logged;
    CHECK(f.outbound(f.ana, QStringLiteral("sms"), &logged) == 1);
    CHECK(logged == msg);
    CHECK(f.lastFlags(f.ana, QStringLiteral("sms")) == QStringLiteral("by-hand"));
    CHECK(w.editor()->toPlainText().isEmpty());
    CHECK_FALSE(w.noHandlerBar()->isVisible());
    CHECK_FALSE(f.service->restoreDraft(f.ana)->has_value());
}

namespace {
QPoint viewportPointOf(ui::ComposerWindow& w, const QString& word)
{
    QTextCursor c(w.editor()->document());
    c.setPosition(int(w.editor()->toPlainText().indexOf(word)) + 2);
    return w.editor()->cursorRect(c).center() + QPoint(2, 0);
}

QAction* menuAction(QMenu* menu, const QString& objectName)
{
    for (QAction* a : menu->actions()) {
        if (a->objectName() == objectName || (a->menu() && a->menu()->objectName() == objectName))
            return a;
    }
    return nullptr;
}
} // namespace

TEST_CASE("a highlight says what found it, and its menu teaches the practice's lexicon for good", "[composer][lexicon]")
{
    Fixture f;
    f.setUp();
    {
        ui::ComposerWindow w(*f.service, f.ana, nullptr);
        w.show();
        typeInto(w, QStringLiteral("Hi Ana, how is the sciatica since your appointment?"));
        CHECK(w.analysis().sensitive);
        const QString tip = w.toolTipAt(viewportPointOf(w, QStringLiteral("sciatica")));
        CHECK(tip.contains(QStringLiteral("Clinical")));
        CHECK(tip.contains(QStringLiteral("the built-in lexicon")));
        CHECK(tip.contains(QStringLiteral("Right-click")));

        std::unique_ptr<QMenu> menu(w.editorMenu(viewportPointOf(w, QStringLiteral("sciatica"))));
        QAction* never = menuAction(menu.get(), QStringLiteral("neverMark"));
        REQUIRE(never);
        CHECK(never->text().contains(QStringLiteral("sciatica")));
        QAction* markAs = menuAction(menu.get(), QStringLiteral("markAs"));
        REQUIRE(markAs);
        CHECK(markAs->menu()->actions().size() == 4); // the other writable categories
        // The standard edit actions are still there.
        CHECK(std::any_of(menu->actions().cbegin(), menu->actions().cend(),
                          [](QAction* a) { return a->text().contains(QStringLiteral("Copy")); }));
        never->trigger();
        // Under load an update slower than 4 ms defers the next one to the event loop: run it,
        // as the loop would before the user sees the window.
        w.updateNow();
        CHECK_FALSE(w.analysis().sensitive);
        CHECK(w.statusText().contains(QStringLiteral("will not be marked again")));

        // "Mark as" another category: "appointment" becomes promotional, and the draft marketing.
        std::unique_ptr<QMenu> again(w.editorMenu(viewportPointOf(w, QStringLiteral("appointment"))));
        QAction* mark = menuAction(again.get(), QStringLiteral("markAs"));
        REQUIRE(mark);
        QAction* promotional = nullptr;
        for (QAction* a : mark->menu()->actions())
            if (a->text() == ui::FindingHighlighter::categoryName(domain::Category::Promotional))
                promotional = a;
        REQUIRE(promotional);
        promotional->trigger();
        w.updateNow();
        CHECK(w.analysis().purpose == domain::Purpose::Marketing);
        // An identifier comes from a check, not a word: nothing to teach.
        w.editor()->clear();
        typeInto(w, QStringLiteral("Card 4539 1488 0343 6467"));
        std::unique_ptr<QMenu> card(w.editorMenu(viewportPointOf(w, QStringLiteral("4539"))));
        CHECK_FALSE(menuAction(card.get(), QStringLiteral("neverMark")));
        CHECK(w.toolTipAt(viewportPointOf(w, QStringLiteral("4539"))).contains(QStringLiteral("Luhn")));
        w.editor()->clear();
    }
    // Stored in the practice: a restart reads the same.
    f.open();
    auto s = services::ComposerService(*f.db, f.clock).settings();
    REQUIRE(s.ok());
    CHECK(s->lexiconAdditions.value(QStringLiteral("ignore")) == QStringList{QStringLiteral("sciatica")});
    CHECK(s->lexiconAdditions.value(QStringLiteral("promotional")) == QStringList{QStringLiteral("appointment")});
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    w.show();
    typeInto(w, QStringLiteral("The sciatica again?"));
    CHECK_FALSE(w.analysis().sensitive);
    w.editor()->clear();
}

TEST_CASE("the composer reads with the medical vocabulary once it is built, and says so", "[composer][vocabulary]")
{
    Fixture f;
    f.setUp();
    REQUIRE(services::MedicalVocabularies::get()->size() > 0); // installed by packaging/install-deps.sh
    ui::ComposerWindow w(*f.service, f.ana, nullptr);
    w.show();
    typeInto(w, QStringLiteral("Please start the amoxicillin tonight."));
    CHECK(w.analysis().sensitive);
    const QString tip = w.toolTipAt(viewportPointOf(w, QStringLiteral("amoxicillin")));
    CHECK(tip.contains(QStringLiteral("medical vocabulary")));
    w.editor()->clear();
}
