// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/ImportWizard.h"

#include "services/PracticeFile.h"

#include "app/AppContext.h"
#include "app/Theme.h"
#include "common/DatabaseWorker.h"
#include "transfer/ImportMappingEditor.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace rapport::ui {

namespace {

/// A page whose Next/Finish the wizard enables and disables.
class GatedPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    bool isComplete() const override { return m_complete && QWizardPage::isComplete(); }
    void setComplete(bool complete)
    {
        if (complete == m_complete)
            return;
        m_complete = complete;
        emit completeChanged();
    }

private:
    bool m_complete = true;
};

QTableWidgetItem* cell(const QString& text, const QColor& colour = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (colour.isValid())
        item->setForeground(colour);
    return item;
}

QString contactsText(const QVector<domain::ContactPoint>& points)
{
    QStringList out;
    for (const auto& p : points)
        out << (p.label.isEmpty() ? p.value : QStringLiteral("%1 (%2)").arg(p.value, p.label));
    return out.join(QStringLiteral(", "));
}

QString linesText(const QVector<int>& lines)
{
    QStringList out;
    for (int l : lines)
        out << QString::number(l);
    return out.join(QStringLiteral(", "));
}

} // namespace

ImportWizard::ImportWizard(AppContext& context, const QString& path, QWidget* parent)
    : QWizard(parent), m_context(context)
{
    setWindowTitle(tr("Import clients"));
    setObjectName(QStringLiteral("ImportWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(PreviewPage, buildPreviewPage());
    setPage(ImportPage, buildImportPage());
    setPage(SummaryPage, buildSummaryPage());
    resize(820, 600);
    if (!path.isEmpty()) {
        setFile(path);
        if (m_fileError.isEmpty())
            setStartId(MappingPage);
    }
}

ImportWizard::~ImportWizard()
{
    requestCancel();
    if (m_cancel)
        m_cancel->store(true);
    waitForWorker();
}

bool ImportWizard::isClientListFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("vcf") ||
           suffix == QLatin1String("vcard");
}

QWizardPage* ImportWizard::buildFilePage()
{
    auto* page = new GatedPage(this);
    page->setTitle(tr("Choose a client list"));
    page->setSubTitle(tr("A CSV export (Google Contacts, Outlook, Jane, Cliniko, OpenEMR, or any table with name, "
                         "phone and email columns) or a vCard file from a phone."));
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setAccessibleName(tr("File to import"));
    m_pathEdit->setPlaceholderText(tr("Choose a .csv or .vcf file, or drop one on the main window"));
    auto* browseButton = new QPushButton(tr("&Browse..."), page);
    connect(browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_pathEdit->text() != m_path)
            setFile(m_pathEdit->text());
    });
    // Next follows the path as it is typed: a path naming a file is read (only its start) at once;
    // anything else just turns Next off, without an error while the user is still typing.
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (QFileInfo(text).isFile()) {
            setFile(text);
        } else {
            m_fileStatus->clear();
            setPageComplete(FilePage, false);
        }
    });
    m_fileStatus = new QLabel(page);
    m_fileStatus->setWordWrap(true);
    m_fileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_pathEdit, 1);
    row->addWidget(browseButton);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileStatus);
    layout->addStretch(1);
    page->setComplete(false);
    return page;
}

QWizardPage* ImportWizard::buildMappingPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Format and columns"));
    page->setSubTitle(tr("Check what each column holds; change a choice if it is wrong. Columns marked "
                         "\u201cignore\u201d are not imported."));
    m_formatLabel = new QLabel(page);
    m_formatLabel->setTextFormat(Qt::RichText);
    m_formatLabel->setWordWrap(true);
    m_mappingEditor = new ImportMappingEditor(page);
    connect(m_mappingEditor, &ImportMappingEditor::mappingChanged, this, &ImportWizard::invalidatePlan);
    auto* vcardNote = new QLabel(tr("A vCard file names its fields itself: there are no columns to map."), page);
    vcardNote->setWordWrap(true);
    vcardNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_mappingStack = new QStackedWidget(page);
    m_mappingStack->addWidget(m_mappingEditor);
    m_mappingStack->addWidget(vcardNote);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_mappingStack, 1);
    return page;
}

QWizardPage* ImportWizard::buildPreviewPage()
{
    auto* page = new GatedPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first %1 rows as they will be imported. Skipped lines are shown in red with the "
                         "reasons; fix them in the file and import it again later (it merges).")
                          .arg(kPreviewRows));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_planStatus = new QLabel(page);
    m_planStatus->setTextFormat(Qt::PlainText); // it quotes the file's column names
    m_planStatus->setWordWrap(true);
    m_planStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTableWidget(0, 6, page);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Name"), tr("Phones"), tr("Emails"), tr("Opt-ins"), tr("Notes on the row")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Import preview"));
    m_strict = new QCheckBox(tr("&Strict: import nothing if any line has a problem"), page);
    connect(m_strict, &QCheckBox::toggled, this, [this] {
        if (m_plan)
            showPlan();
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_planStatus);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_strict);
    page->setComplete(false);
    return page;
}

QWizardPage* ImportWizard::buildImportPage()
{
    auto* page = new GatedPage(this);
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("Everything is written in one go: a cancelled import leaves nothing behind."));
    m_importStatus = new QLabel(page);
    m_importStatus->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setTextVisible(true);
    m_cancelImport = new QPushButton(tr("&Cancel import"), page);
    connect(m_cancelImport, &QPushButton::clicked, this, &ImportWizard::requestCancel);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelImport);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_importStatus);
    layout->addLayout(row);
    layout->addStretch(1);
    page->setComplete(false);
    return page;
}

QWizardPage* ImportWizard::buildSummaryPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Summary"));
    page->setFinalPage(true);
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipped = new QTableWidget(0, 3, page);
    m_skipped->setHorizontalHeaderLabels({tr("Line"), tr("Outcome"), tr("Reason")});
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setWordWrap(true);
    m_skipped->verticalHeader()->hide();
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    m_skipped->setAccessibleName(tr("Skipped lines and remarks"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_skipped, 1);
    return page;
}

void ImportWizard::setPageComplete(int id, bool complete)
{
    if (auto* p = dynamic_cast<GatedPage*>(page(id)))
        p->setComplete(complete);
}

void ImportWizard::browse()
{
    const QString start = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(m_path).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import clients"), start,
                                                        tr("Client lists (*.csv *.tsv *.vcf *.vcard);;All files (*)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

void ImportWizard::setFile(const QString& path)
{
    m_path = path;
    if (m_pathEdit->text() != path) {
        const QSignalBlocker block(m_pathEdit); // not read twice through textChanged
        m_pathEdit->setText(path);
    }
    const services::ImportProbe p = services::ImportService::probe(path);
    m_format = p.error.isEmpty() ? p.format : QString();
    m_fileError = p.error;
    m_isCsv = p.csv;
    m_delimiter = p.error.isEmpty() && p.csv ? p.delimiter : 0;
    m_detected = p.mapping;
    m_example = p.example;
    if (m_isCsv && m_fileError.isEmpty())
        m_mappingEditor->setMapping(m_detected, m_example);
    QPalette pal = m_fileStatus->palette();
    if (!m_fileError.isEmpty()) {
        m_fileStatus->setText(m_fileError);
        pal.setColor(QPalette::WindowText, Theme::errorColour(palette()));
    } else {
        m_fileStatus->setText(tr("Detected: %1").arg(formatText(m_format, m_delimiter)));
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    }
    m_fileStatus->setPalette(pal);
    setPageComplete(FilePage, m_fileError.isEmpty() && !path.isEmpty());
    invalidatePlan();
}

void ImportWizard::setStrict(bool strict)
{
    m_strict->setChecked(strict);
}

void ImportWizard::invalidatePlan()
{
    if (m_cancel)
        m_cancel->store(true); // a plan being read for the old choices is of no use
    ++m_generation;
    m_plan.reset();
    m_planError.clear();
    setPageComplete(PreviewPage, false);
}

QString ImportWizard::formatText(const QString& format, char delimiter) const
{
    if (delimiter == 0)
        return format;
    return tr("%1, delimiter: %2").arg(format, services::ImportService::delimiterName(delimiter));
}

services::ImportOptions ImportWizard::options() const
{
    services::ImportOptions o;
    if (m_isCsv)
        o.mapping = m_mappingEditor->mapping();
    o.strict = m_strict->isChecked();
    return o;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        m_formatLabel->setText(
            tr("Detected format: <b>%1</b> &mdash; %2")
                .arg(formatText(m_format, m_delimiter).toHtmlEscaped(), QFileInfo(m_path).fileName().toHtmlEscaped()));
        m_mappingStack->setCurrentIndex(m_isCsv ? 0 : 1);
    } else if (id == PreviewPage) {
        if (m_plan)
            showPlan();
        else
            startPlan();
    } else if (id == ImportPage) {
        startImport();
    } else if (id == SummaryPage) {
        showSummary();
    }
    QWizard::initializePage(id);
}

void ImportWizard::cleanupPage(int id)
{
    if (id == PreviewPage && isWorking() && !m_importing) {
        if (m_cancel)
            m_cancel->store(true);
        ++m_generation;
    }
    QWizard::cleanupPage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && m_pathEdit->text() != m_path)
        setFile(m_pathEdit->text());
    if (currentId() == FilePage && !m_fileError.isEmpty())
        return false;
    if (currentId() == PreviewPage && !m_plan)
        return false;
    return QWizard::validateCurrentPage();
}

void ImportWizard::reject()
{
    if (m_importing) { // Cancel (or Escape) during the import stops it; the summary then says so
        requestCancel();
        return;
    }
    if (m_cancel)
        m_cancel->store(true);
    waitForWorker();
    QWizard::reject();
}

void ImportWizard::requestCancel()
{
    m_importCancel.store(true);
}

void ImportWizard::waitForWorker()
{
    if (m_worker)
        m_worker->wait();
}

void ImportWizard::startPlan()
{
    waitForWorker(); // an older read, already told to stop
    const int generation = ++m_generation;
    m_plan.reset();
    m_planError.clear();
    m_preview->setRowCount(0);
    m_planStatus->setText(tr("Reading %1...").arg(QFileInfo(m_path).fileName()));
    setPageComplete(PreviewPage, false);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    services::ImportOptions o = options();
    o.cancel = m_cancel.get();
    const QString path = m_path;
    const domain::Clock* clock = &m_context.clock();
    auto keep = m_cancel;
    m_worker = runWithDatabase<services::ImportPlan>(
        services::practicePath(m_context.database()), this,
        [path, o, clock, keep](storage::Database& db) { return services::ImportService(db, *clock).plan(path, o); },
        [this, generation](domain::Result<services::ImportPlan> result) {
            if (generation != m_generation)
                return;
            m_worker.clear();
            if (result) {
                m_plan = std::move(result).value();
            } else {
                m_planError = result.error().message;
            }
            showPlan();
            emit planReady();
        });
}

void ImportWizard::showPlan()
{
    const QColor red = Theme::errorColour(palette());
    if (!m_plan) {
        m_planStatus->setText(tr("This file cannot be imported: %1").arg(m_planError));
        QPalette pal = m_planStatus->palette();
        pal.setColor(QPalette::WindowText, red);
        m_planStatus->setPalette(pal);
        setPageComplete(PreviewPage, false);
        return;
    }
    m_planStatus->setPalette(palette());
    const services::ImportPlan& plan = *m_plan;
    // Clients and skipped lines in line order; only the first rows are shown.
    struct Row {
        int line;
        const services::PlannedClient* client;
        const services::ImportLine* skipped;
    };
    QVector<Row> rows;
    for (const auto& c : plan.clients)
        rows.push_back({c.lines.value(0), &c, nullptr});
    for (const auto& s : plan.skipped)
        rows.push_back({s.line, nullptr, &s});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.line < b.line; });
    if (rows.size() > kPreviewRows)
        rows.resize(kPreviewRows);
    QHash<int, QString> warnings;
    for (const auto& w : plan.warnings)
        warnings[w.line] =
            warnings.value(w.line).isEmpty() ? w.reason : warnings[w.line] + QStringLiteral("; ") + w.reason;

    m_preview->clearSpans();
    m_preview->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        if (row.skipped) {
            m_preview->setItem(r, 0, cell(QString::number(row.line), red));
            m_preview->setItem(r, 1, cell(tr("Skipped: %1").arg(row.skipped->reason), red));
            for (int c = 2; c < 6; ++c)
                m_preview->setItem(r, c, cell(QString(), red));
            m_preview->setSpan(r, 1, 1, 5);
            continue;
        }
        const services::PlannedClient& pc = *row.client;
        QStringList consents;
        for (const auto& k : pc.consents)
            consents << tr("%1 %2").arg(domain::toString(k.channel), domain::toString(k.scope));
        QStringList notes;
        if (pc.existingId > 0)
            notes << tr("merged into the existing client #%1").arg(pc.existingId);
        if (pc.lines.size() > 1)
            notes << tr("merged: lines %1").arg(linesText(pc.lines));
        for (int l : pc.lines)
            if (warnings.contains(l))
                notes << warnings.value(l);
        if (notes.isEmpty())
            notes << (pc.existingId > 0 ? QString() : tr("new client"));
        m_preview->setItem(r, 0, cell(QString::number(row.line)));
        m_preview->setItem(r, 1, cell(pc.client.name));
        m_preview->setItem(r, 2, cell(contactsText(pc.client.phones())));
        m_preview->setItem(r, 3, cell(contactsText(pc.client.emails())));
        m_preview->setItem(r, 4, cell(consents.join(QStringLiteral(", "))));
        m_preview->setItem(r, 5, cell(notes.join(QStringLiteral("; "))));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 1; c < 5; ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 220));

    QString status = tr("%1 (%2): %3 records read; %4 new clients, %5 merged, %6 skipped.")
                         .arg(plan.sourceName, formatText(plan.formatName, plan.delimiter))
                         .arg(plan.read)
                         .arg(plan.newClients())
                         .arg(plan.merged())
                         .arg(plan.skipped.size());
    const bool refused = m_strict->isChecked() && !plan.skipped.isEmpty();
    if (refused)
        status += QLatin1Char(' ') + tr("Strict is on and some lines have problems: nothing would be imported.");
    else if (plan.clients.isEmpty())
        status += QLatin1Char(' ') + tr("There is nothing to import.");
    // Remarks about the file as a whole (the columns not imported) are on the header line, which
    // no row of the table shows.
    for (const auto& w : plan.warnings)
        if (plan.headerLine > 0 && w.line == plan.headerLine)
            status += QLatin1Char('\n') + tr("Line %1: %2").arg(w.line).arg(w.reason);
    m_planStatus->setText(status);
    setPageComplete(PreviewPage, !plan.clients.isEmpty() && !refused);
}

void ImportWizard::startImport()
{
    if (!m_plan || isWorking())
        return;
    m_importing = true;
    m_summary.reset();
    m_importError.clear();
    m_importCancel.store(false);
    m_cancelImport->setEnabled(true);
    setPageComplete(ImportPage, false);
    const int total = static_cast<int>(m_plan->clients.size());
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    m_importStatus->setText(total == 1 ? tr("Importing 1 client...") : tr("Importing %1 clients...").arg(total));

    services::ImportOptions o = options();
    o.cancel = &m_importCancel;
    const auto hook = m_hook;
    auto lastShown = std::make_shared<int>(-1);
    o.progress = [this, hook, lastShown](int done, int all) {
        if (hook)
            hook(done, all);
        const int permille = all > 0 ? static_cast<int>(qint64(done) * 1000 / all) : 1000;
        if (permille == *lastShown && done != all)
            return; // at most a thousand updates, however long the file
        *lastShown = permille;
        QMetaObject::invokeMethod(
            this,
            [this, done, all] {
                m_progress->setRange(0, std::max(all, 1));
                m_progress->setValue(done);
            },
            Qt::QueuedConnection);
    };
    const domain::Clock* clock = &m_context.clock();
    services::ImportPlan plan = *m_plan;
    m_worker = runWithDatabase<services::ImportSummary>(
        services::practicePath(m_context.database()), this,
        [plan, o, clock](storage::Database& db) { return services::ImportService(db, *clock).apply(plan, o); },
        [this](domain::Result<services::ImportSummary> result) { finishImport(std::move(result)); });
}

void ImportWizard::finishImport(domain::Result<services::ImportSummary> result)
{
    m_worker.clear();
    m_importing = false;
    m_cancelImport->setEnabled(false);
    if (result)
        m_summary = std::move(result).value();
    else
        m_importError = result.error().message;
    if (m_summary && !m_summary->cancelled && m_summary->written)
        m_progress->setValue(m_progress->maximum());
    setPageComplete(ImportPage, true);
    emit importFinished();
    if (m_summary && m_summary->written)
        emit clientsImported();
    if (currentId() == ImportPage)
        next();
}

void ImportWizard::showSummary()
{
    const QColor red = Theme::errorColour(palette());
    QStringList lines;
    if (!m_importError.isEmpty()) {
        lines << tr("<b>The import failed:</b> %1").arg(m_importError.toHtmlEscaped()) << tr("Nothing was imported.");
    } else if (m_summary) {
        const services::ImportSummary& s = *m_summary;
        const QString file = QFileInfo(m_path).fileName().toHtmlEscaped();
        lines << tr("Read <b>%1</b> records from %2 (%3).")
                     .arg(s.read)
                     .arg(file, formatText(s.formatName, s.delimiter).toHtmlEscaped());
        if (s.cancelled)
            lines << tr("<b>The import was cancelled: nothing was imported.</b>");
        else if (s.strictRefused)
            lines << tr("<b>Strict import: some lines have problems, so nothing was imported.</b>");
        else if (!s.written)
            lines << tr("Nothing was written.");
        else {
            lines << tr("Imported <b>%1</b> new clients; <b>%2</b> records merged into another record or an "
                        "existing client; %3.")
                         .arg(s.imported)
                         .arg(s.merged)
                         .arg(s.skipped.size() == 1 ? tr("<b>1</b> line skipped")
                                                    : tr("<b>%1</b> lines skipped").arg(s.skipped.size()));
            if (s.consentEvents > 0)
                lines << tr("<b>%1</b> opt-ins were recorded as consent in state <i>imported</i>: they await "
                            "confirmation with each client (see the dashboard) and never allow marketing "
                            "until confirmed.")
                             .arg(s.consentEvents);
            else
                lines << tr("The file held no opt-in flags: no consent was recorded.");
        }
    }
    m_summaryLabel->setText(lines.join(QStringLiteral("<br>")));

    m_skipped->setRowCount(0);
    if (m_summary) {
        const auto add = [&](const services::ImportLine& l, const QString& what, const QColor& colour) {
            const int r = m_skipped->rowCount();
            m_skipped->insertRow(r);
            m_skipped->setItem(r, 0, cell(QString::number(l.line), colour));
            m_skipped->setItem(r, 1, cell(what, colour));
            m_skipped->setItem(r, 2, cell(l.reason, colour));
        };
        for (const auto& l : m_summary->skipped)
            add(l, tr("skipped"), red);
        for (const auto& l : m_summary->warnings)
            add(l, m_summary->headerLine > 0 && l.line == m_summary->headerLine ? tr("note") : tr("imported, note"),
                QColor());
    }
    m_skipped->setVisible(m_skipped->rowCount() > 0);
    m_skipped->resizeColumnsToContents();
    m_skipped->resizeRowsToContents();
}

} // namespace rapport::ui
