// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard, the export dialog, backup and restore from the main window, on real
// temporary database files. Screenshots (hidden): ./build/tests/ui_tests "[.transferui-screenshots]"
#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "app/Theme.h"
#include "clients/ClientListModel.h"
#include "services/ImportService.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportMappingEditor.h"
#include "transfer/ImportWizard.h"
#include "transfer/TransferActions.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTableWidget>

using namespace rapport;

namespace {

QString sample(const char* name)
{
    return QDir(QStringLiteral(RAPPORT_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
}

int clientCount(const storage::Database& db)
{
    auto n = storage::ClientRepository(db).count(domain::ClientQuery{});
    REQUIRE(n);
    return n.value();
}

qint64 eventCount(const storage::Database& db)
{
    auto n = storage::ConsentRepository(db).count();
    REQUIRE(n);
    return n.value();
}

int columnOf(const ui::ImportWizard& w, const QString& name)
{
    return static_cast<int>(w.mappingEditor()->mapping().header.indexOf(name));
}

bool waitForPlan(ui::ImportWizard& w)
{
    return testing::waitUntil([&] { return !w.isWorking() && (w.plan() || !w.planError().isEmpty()); }, 20000);
}

QString previewText(const ui::ImportWizard& w, int row, int column)
{
    const QTableWidgetItem* item = w.previewTable()->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("Import wizard: Google Contacts sample, mapping, preview, import, list shows them", "[transferui]")
{
    QSettings().remove(QStringLiteral("MainWindow"));
    testing::UiFixture f;
    ui::MainWindow window(*f.context);
    window.show();
    auto* transfer = window.findChild<ui::TransferActions*>();
    REQUIRE(transfer);
    REQUIRE(window.action(QStringLiteral("import"))->isEnabled());
    REQUIRE(window.clientModel()->rowCount() == 0);

    ui::ImportWizard* w = transfer->openImport(sample("google-contacts.csv"));
    REQUIRE(w);
    CHECK(w->currentId() == ui::ImportWizard::MappingPage);
    CHECK(w->detectedFormat() == QStringLiteral("Google Contacts"));
    CHECK(w->isCsv());
    const int first = columnOf(*w, QStringLiteral("First Name"));
    const int phone = columnOf(*w, QStringLiteral("Phone 1 - Value"));
    REQUIRE(first >= 0);
    REQUIRE(phone >= 0);
    CHECK(w->mappingEditor()->rowCount() == w->mappingEditor()->mapping().header.size());
    CHECK(w->mappingEditor()->fieldCombo(first)->currentText() == QStringLiteral("First name"));
    CHECK(w->mappingEditor()->fieldCombo(phone)->currentText().startsWith(QStringLiteral("Phone")));
    CHECK(w->mappingEditor()->item(first, ui::ImportMappingEditor::ExampleColumn)->text() == QStringLiteral("Ana"));

    w->next();
    REQUIRE(w->currentId() == ui::ImportWizard::PreviewPage);
    REQUIRE(waitForPlan(*w));
    REQUIRE(w->plan());
    CHECK(w->previewTable()->rowCount() == 4);
    CHECK(previewText(*w, 0, 1) == QStringLiteral("Ana Silva"));
    CHECK(previewText(*w, 0, 2).contains(QStringLiteral("+447400123456")));
    CHECK(previewText(*w, 1, 3).contains(QStringLiteral("tommy@example.net")));
    CHECK(w->button(QWizard::CommitButton)->isEnabled());

    w->next();
    REQUIRE(testing::waitUntil([&] { return w->summary().has_value() || !w->importError().isEmpty(); }, 20000));
    REQUIRE(w->summary());
    CHECK(w->summary()->written);
    CHECK(w->summary()->imported == 4);
    CHECK(w->currentId() == ui::ImportWizard::SummaryPage);
    CHECK(w->summaryLabel()->text().contains(QStringLiteral("<b>4</b> new clients")));
    CHECK(clientCount(*f.db) == 4);
    // The main window refreshed its list from its own connection.
    CHECK(window.clientModel()->rowCount() == 4);
    CHECK(window.clientModel()->rowOf(window.clientModel()->clientId(0)) == 0);
    w->accept();
}

TEST_CASE("Import wizard: correcting a column changes the preview", "[transferui]")
{
    testing::UiFixture f;
    ui::ImportWizard w(*f.context, sample("google-contacts.csv"));
    w.show();
    w.next();
    REQUIRE(waitForPlan(w));
    REQUIRE(previewText(w, 0, 1) == QStringLiteral("Ana Silva"));
    REQUIRE(previewText(w, 0, 2).contains(QStringLiteral("+447400123456")));

    w.back();
    REQUIRE(w.currentId() == ui::ImportWizard::MappingPage);
    const int last = columnOf(w, QStringLiteral("Last Name"));
    const int phone = columnOf(w, QStringLiteral("Phone 1 - Value"));
    REQUIRE(w.mappingEditor()->setRole(last, io::ColumnRole{}));
    REQUIRE(w.mappingEditor()->setRole(phone, io::ColumnRole{}));
    CHECK_FALSE(w.plan()); // the old preview no longer applies
    CHECK(w.mappingEditor()->fieldCombo(last)->currentText() == QStringLiteral("(ignore this column)"));

    w.next();
    REQUIRE(waitForPlan(w));
    REQUIRE(w.plan());
    CHECK(w.plan()->mapping.roles.at(last).field == io::ColumnField::Ignore);
    CHECK(previewText(w, 0, 1) == QStringLiteral("Ana"));
    CHECK(previewText(w, 0, 2).isEmpty());
    CHECK(previewText(w, 0, 3).contains(QStringLiteral("ana.silva@example.org")));
}

TEST_CASE("Import wizard: Jane sample shows line 4 skipped with its reasons, in red", "[transferui]")
{
    testing::UiFixture f;
    ui::ImportWizard w(*f.context, sample("jane-patients.csv"));
    w.show();
    CHECK(w.detectedFormat() == QStringLiteral("Jane"));
    w.next();
    REQUIRE(waitForPlan(w));
    REQUIRE(w.plan());
    int row = -1;
    for (int r = 0; r < w.previewTable()->rowCount(); ++r)
        if (previewText(w, r, 0) == QStringLiteral("4"))
            row = r;
    REQUIRE(row == 2);
    const QTableWidgetItem* reason = w.previewTable()->item(row, 1);
    CHECK(reason->text().startsWith(QStringLiteral("Skipped: ")));
    CHECK(reason->text().contains(QStringLiteral("not-an-email")));
    CHECK(reason->text().contains(QStringLiteral("'12'")));
    CHECK(reason->foreground().color() == ui::Theme::errorColour(w.palette()));
    CHECK(w.previewTable()->columnSpan(row, 1) == 5);
    CHECK(previewText(w, 0, 4).contains(QStringLiteral("email marketing")));

    w.next();
    REQUIRE(testing::waitUntil([&] { return w.summary().has_value(); }, 20000));
    CHECK(w.summary()->imported == 3);
    CHECK(w.summary()->consentEvents == 2);
    CHECK(w.summaryLabel()->text().contains(QStringLiteral("<b>2</b> opt-ins")));
    REQUIRE(w.skippedTable()->rowCount() >= 1);
    CHECK(w.skippedTable()->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(w.skippedTable()->item(0, 2)->text().contains(QStringLiteral("not-an-email")));

    // Strict: the preview says nothing would be imported and Import is disabled.
    ui::ImportWizard strict(*f.context, sample("jane-patients.csv"));
    strict.show();
    strict.next();
    REQUIRE(waitForPlan(strict));
    CHECK(strict.button(QWizard::CommitButton)->isEnabled());
    strict.setStrict(true);
    CHECK_FALSE(strict.button(QWizard::CommitButton)->isEnabled());
}

TEST_CASE("Import wizard: cancel during the import leaves the database unchanged", "[transferui]")
{
    testing::UiFixture f;
    f.addClient(QStringLiteral("Existing Client"), QString(), QStringLiteral("existing@example.org"));
    const QString csv = f.dir.filePath(QStringLiteral("large.csv"));
    {
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Full Name,E-mail\n");
        for (int i = 0; i < 3000; ++i)
            out.write(QStringLiteral("Person %1,person%1@example.org\n").arg(i).toUtf8());
    }
    const int clientsBefore = clientCount(*f.db);
    const qint64 eventsBefore = eventCount(*f.db);

    ui::ImportWizard w(*f.context, csv);
    w.show();
    CHECK(w.detectedFormat() == QStringLiteral("CSV"));
    w.next();
    REQUIRE(waitForPlan(w));
    REQUIRE(w.plan());
    REQUIRE(w.plan()->clients.size() == 3000);
    std::atomic<int> cancelledAt{0};
    w.setWorkerProgressHook([&](int done, int) {
        if (done >= 500 && cancelledAt == 0) {
            cancelledAt = done;
            w.requestCancel();
        }
    });
    w.next();
    REQUIRE(testing::waitUntil([&] { return w.summary().has_value() || !w.importError().isEmpty(); }, 30000));
    REQUIRE(w.summary());
    CHECK(cancelledAt >= 500);
    CHECK(w.summary()->cancelled);
    CHECK_FALSE(w.summary()->written);
    CHECK(w.summaryLabel()->text().contains(QStringLiteral("cancelled")));
    CHECK(clientCount(*f.db) == clientsBefore);
    CHECK(eventCount(*f.db) == eventsBefore);
}

TEST_CASE("Export dialog: everyone to CSV with the contract's header, mode 0600", "[transferui]")
{
    testing::UiFixture f;
    auto imported = services::ImportService(*f.db, f.clock).importFile(sample("jane-patients.csv"));
    REQUIRE(imported);
    REQUIRE(imported->consentEvents == 2);

    ui::ExportDialog dialog(*f.context, 0, {});
    CHECK(dialog.scope() == ui::ExportDialog::Scope::Everyone);
    dialog.setFormat(services::ExportFormat::Csv);
    CHECK(dialog.suggestedFileName().endsWith(QStringLiteral(".csv")));
    CHECK(dialog.request().clientIds.isEmpty());
    CHECK_FALSE(dialog.request().from.has_value());
    auto result = dialog.exportTo(f.dir.filePath(QStringLiteral("consent")));
    REQUIRE(result);
    CHECK(result->events == 2);
    CHECK(result->chainHead.size() == 64);
    const QString path = f.dir.filePath(QStringLiteral("consent.csv"));
    CHECK(dialog.lastPath() == path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray firstLine = file.readLine();
    if (firstLine.startsWith("\xEF\xBB\xBF"))
        firstLine.remove(0, 3);
    CHECK(firstLine == "event_id,client_id,client_name,channel,scope,state,method,effective_at,recorded_at,"
                       "recorded_by,note,hash\r\n");
    const auto perms = QFileInfo(path).permissions();
    CHECK((perms & (QFileDevice::ReadOwner | QFileDevice::WriteOwner)) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK((perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                    QFileDevice::WriteOther | QFileDevice::ExeOwner)) == 0);

    // A period before every event exports none; the report to print holds the chain head.
    dialog.setPeriod(QDate(2020, 1, 1), QDate(2020, 12, 31));
    auto none = dialog.exportTo(f.dir.filePath(QStringLiteral("empty.json")));
    REQUIRE(none);
    CHECK(none->events == 0);
    dialog.setAllTime(true);
    qint64 events = 0;
    auto html = dialog.reportHtml(&events);
    REQUIRE(html);
    CHECK(events == 2);
    CHECK(html->contains(result->chainHead));
    // A folder that does not exist: an error naming it, nothing written.
    auto bad = dialog.exportTo(f.dir.filePath(QStringLiteral("no/such/folder/x.csv")));
    CHECK_FALSE(bad);
}

TEST_CASE("Backup then restore from the main window brings back an erased client", "[transferui]")
{
    QSettings().remove(QStringLiteral("MainWindow"));
    testing::UiFixture f;
    auto imported = services::ImportService(*f.db, f.clock).importFile(sample("jane-patients.csv"));
    REQUIRE(imported);
    ui::MainWindow window(*f.context);
    window.show();
    REQUIRE(window.clientModel()->rowCount() == 3);
    auto* transfer = window.findChild<ui::TransferActions*>();
    REQUIRE(transfer);
    REQUIRE(testing::waitUntil([&] { return window.ledgerStatus().has_value(); }));

    const QString backup = f.dir.filePath(QStringLiteral("backup.sqlite"));
    auto saved = transfer->backupTo(backup);
    REQUIRE(saved);
    CHECK(saved->clients == 3);
    CHECK(saved->events == 2);

    const qint64 gone = window.clientModel()->clientId(window.clientModel()->rowCount() - 1);
    REQUIRE(window.selectClient(gone));
    REQUIRE_FALSE(f.context->clients().erase(gone));
    const qint64 extra = f.addClient(QStringLiteral("Added After Backup"), QString(), QStringLiteral("x@example.org"));
    window.clientModel()->reload();
    REQUIRE(window.clientModel()->rowOf(gone) < 0);
    REQUIRE(window.clientModel()->rowOf(extra) >= 0);

    auto restored = transfer->restoreFrom(backup);
    REQUIRE(restored);
    CHECK(restored->events == 2);
    CHECK(QFileInfo::exists(f.path() + QStringLiteral(".before-restore")));
    // The same connection object works on the restored file, and the window shows it.
    auto back = f.context->clients().find(gone);
    REQUIRE(back);
    CHECK_FALSE(back->erased);
    CHECK(window.clientModel()->rowCount() == 3);
    CHECK(window.clientModel()->rowOf(gone) >= 0);
    CHECK(window.clientModel()->rowOf(extra) < 0);
    CHECK(eventCount(*f.db) == 2);
    // Foreign keys are on again after the reopen.
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(testing::waitUntil([&] { return window.ledgerStatusText().contains(QStringLiteral("verified")); }));

    // Not a backup: refused, the live data stays.
    const QString junk = f.dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile out(junk);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("not a database at all");
    }
    CHECK_FALSE(transfer->restoreFrom(junk));
    CHECK(clientCount(*f.db) == 3);
}

TEST_CASE("Screenshots of the import wizard's mapping and summary pages", "[.transferui-screenshots]")
{
    const QString out =
        QDir(QStringLiteral(RAPPORT_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../packaging/screenshots"));
    QDir().mkpath(out);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        testing::UiFixture f;
        ui::ImportWizard w(*f.context, sample("jane-patients.csv"));
        w.resize(860, 600);
        w.show();
        QApplication::processEvents();
        REQUIRE(w.grab().save(QDir(out).filePath(QStringLiteral("import-mapping") + suffix)));
        w.next();
        REQUIRE(waitForPlan(w));
        QApplication::processEvents();
        REQUIRE(w.grab().save(QDir(out).filePath(QStringLiteral("import-preview") + suffix)));
        w.next();
        REQUIRE(testing::waitUntil([&] { return w.summary().has_value(); }, 20000));
        QApplication::processEvents();
        REQUIRE(w.grab().save(QDir(out).filePath(QStringLiteral("import-summary") + suffix)));
    }
}

TEST_CASE("Import wizard: a semicolon file and a tab file, with the delimiter shown", "[transferui][delimiter]")
{
    testing::UiFixture f;
    ui::ImportWizard w(*f.context, sample("jane-patients-semicolon.csv"));
    w.show();
    CHECK(w.detectedFormat() == QStringLiteral("Jane"));
    CHECK(w.detectedDelimiter() == ';');
    CHECK(w.currentId() == ui::ImportWizard::MappingPage);
    CHECK(w.mappingEditor()->rowCount() == 10);
    const int first = columnOf(w, QStringLiteral("First Name"));
    REQUIRE(first >= 0);
    CHECK(w.mappingEditor()->item(first, ui::ImportMappingEditor::ExampleColumn)->text() == QString::fromUtf8("Léa"));

    w.next();
    REQUIRE(waitForPlan(w));
    REQUIRE(w.plan());
    CHECK(w.plan()->delimiter == ';');
    CHECK(w.planStatusLabel()->text().contains(QStringLiteral("Jane, delimiter: semicolon")));
    REQUIRE(w.previewTable()->rowCount() == 3);
    CHECK(previewText(w, 0, 1) == QString::fromUtf8("Léa Dubois"));
    CHECK(previewText(w, 0, 2).contains(QStringLiteral("+33612345678")));
    CHECK(previewText(w, 1, 1) == QStringLiteral("Jonas Becker"));

    w.next();
    REQUIRE(testing::waitUntil([&] { return w.summary().has_value(); }, 20000));
    CHECK(w.summary()->imported == 3);
    CHECK(w.summary()->delimiter == ';');
    CHECK(w.summaryLabel()->text().contains(QStringLiteral("(Jane, delimiter: semicolon)")));
    CHECK(clientCount(*f.db) == 3);

    CHECK(ui::ImportWizard::isClientListFile(QStringLiteral("/tmp/Clients.TSV")));
    ui::ImportWizard tab(*f.context, sample("clients-tab.tsv"));
    tab.show();
    CHECK(tab.detectedDelimiter() == '\t');
    tab.next();
    REQUIRE(waitForPlan(tab));
    REQUIRE(tab.plan());
    CHECK(tab.planStatusLabel()->text().contains(QStringLiteral("CSV, delimiter: tab")));
    REQUIRE(tab.previewTable()->rowCount() == 2);
    CHECK(previewText(tab, 0, 1) == QStringLiteral("Ana Silva"));
    CHECK(previewText(tab, 0, 3).contains(QStringLiteral("ana@example.org")));

    // A vCard has no delimiter to show.
    ui::ImportWizard vcard(*f.context, sample("apple-contacts.vcf"));
    CHECK(vcard.detectedDelimiter() == 0);
}

TEST_CASE("Import wizard: the columns not imported are named in the preview and the summary",
          "[transferui][unimported]")
{
    testing::UiFixture f;
    ui::ImportWizard w(*f.context, sample("jane-patients-semicolon.csv"));
    w.show();
    w.next();
    REQUIRE(waitForPlan(w));
    REQUIRE(w.plan());
    const QString expected =
        QStringLiteral("Line 1: columns not imported: 'Patient Number', 'Birth Date', 'Balance', 'Notes'");
    CHECK(w.planStatusLabel()->text().contains(expected));

    // Set Notes to be imported: it is no longer named.
    w.back();
    const int notes = columnOf(w, QStringLiteral("Notes"));
    REQUIRE(notes >= 0);
    io::ColumnRole role;
    role.field = io::ColumnField::Notes;
    REQUIRE(w.mappingEditor()->setRole(notes, role));
    w.next();
    REQUIRE(waitForPlan(w));
    REQUIRE(w.plan());
    CHECK_FALSE(w.planStatusLabel()->text().contains(QStringLiteral("'Notes'")));
    CHECK(w.planStatusLabel()->text().contains(
        QStringLiteral("Line 1: columns not imported: 'Patient Number', 'Birth Date', 'Balance'")));

    w.next();
    REQUIRE(testing::waitUntil([&] { return w.summary().has_value(); }, 20000));
    REQUIRE(w.skippedTable()->rowCount() >= 1);
    CHECK(w.skippedTable()->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(w.skippedTable()->item(0, 1)->text() == QStringLiteral("note"));
    CHECK(w.skippedTable()->item(0, 2)->text() ==
          QStringLiteral("columns not imported: 'Patient Number', 'Birth Date', 'Balance'"));
    CHECK(w.skippedTable()->isVisibleTo(&w));
}
