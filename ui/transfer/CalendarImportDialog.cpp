// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/CalendarImportDialog.h"

#include "services/PracticeFile.h"

#include "app/AppContext.h"
#include "app/Theme.h"
#include "common/DatabaseWorker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace rapport::ui {

using services::CalendarChange;
using services::CalendarImportPlan;
using services::CalendarImportService;
using services::CalendarPlanItem;

namespace {

QTableWidgetItem* cell(const QString& text, const QColor& colour = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (colour.isValid())
        item->setForeground(colour);
    return item;
}

bool hidden(CalendarChange c)
{
    return c == CalendarChange::Unchanged || c == CalendarChange::Ignored;
}

} // namespace

CalendarImportDialog::CalendarImportDialog(AppContext& context, const QString& path,
                                           services::CalendarImportOptions base, QWidget* parent)
    : QDialog(parent), m_context(context), m_base(std::move(base))
{
    setWindowTitle(tr("Import calendar"));
    setObjectName(QStringLiteral("CalendarImportDialog"));
    m_base.dryRun = false;
    m_base.progress = nullptr;
    m_base.cancel = nullptr;

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildPlanPage());
    m_stack->addWidget(buildImportPage());
    m_stack->addWidget(buildSummaryPage());

    m_buttons = new QDialogButtonBox(this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    auto* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->hide();
    connect(m_import, &QPushButton::clicked, this, &CalendarImportDialog::startImport);
    connect(cancel, &QPushButton::clicked, this, &CalendarImportDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);
    resize(900, 600);

    m_title->setText(tr("Check what the calendar changes"));
    m_subtitle->setText(tr("A dry run: nothing is written until you import. Choose a client for the events "
                           "no client fits; the choice is remembered for the next import."));
    loadClients();
    if (!path.isEmpty())
        setFile(path);
    else
        showPlan();
}

CalendarImportDialog::~CalendarImportDialog()
{
    m_cancel.store(true);
    if (m_worker)
        m_worker->wait();
}

CalendarImportDialog::Page CalendarImportDialog::page() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

QWidget* CalendarImportDialog::buildPlanPage()
{
    auto* page = new QWidget(this);
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setAccessibleName(tr("Calendar file"));
    m_pathEdit->setPlaceholderText(tr("An .ics file exported from Google Calendar, Outlook or Apple Calendar"));
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_pathEdit->text() != m_path)
            setFile(m_pathEdit->text());
    });
    m_browse = new QPushButton(tr("&Browse..."), page);
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &CalendarImportDialog::browse);
    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_pathEdit);
    m_planStatus = new QLabel(page);
    m_planStatus->setTextFormat(Qt::PlainText); // it quotes the calendar's name
    m_planStatus->setWordWrap(true);
    m_planStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 5, page);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("When"), tr("Event"), tr("Client"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab goes on to the pickers
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Calendar import plan"));
    m_showUnchanged = new QCheckBox(page);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &CalendarImportDialog::showPlan);
    m_remember = new QCheckBox(tr("&Remember this file and re-read it at start"), page);
    m_remember->setToolTip(tr("For a calendar file another program keeps up to date: Rapport reads it again at "
                              "each start and with File > Refresh calendars"));

    auto* row = new QHBoxLayout;
    row->addWidget(fileLabel);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browse);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_showUnchanged);
    checks->addStretch(1);
    checks->addWidget(m_remember);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_planStatus);
    layout->addWidget(m_table, 1);
    layout->addLayout(checks);
    return page;
}

QWidget* CalendarImportDialog::buildImportPage()
{
    auto* page = new QWidget(this);
    m_importStatus = new QLabel(page);
    m_importStatus->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setTextVisible(true);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_importStatus);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    return page;
}

QWidget* CalendarImportDialog::buildSummaryPage()
{
    auto* page = new QWidget(this);
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moved = new QTableWidget(0, 4, page);
    m_moved->setHorizontalHeaderLabels({tr("Client"), tr("Was"), tr("Now"), QString()});
    m_moved->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moved->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_moved->setTabKeyNavigation(false);
    m_moved->verticalHeader()->hide();
    m_moved->horizontalHeader()->setStretchLastSection(true);
    m_moved->setAccessibleName(tr("Moved appointments"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_moved, 1);
    return page;
}

void CalendarImportDialog::loadClients()
{
    m_clientModel = new QStandardItemModel(this);
    auto* none = new QStandardItem(tr("(no client)"));
    none->setData(qint64(0), Qt::UserRole);
    m_clientModel->appendRow(none);
    domain::ClientQuery q;
    q.withDetails = false;
    const auto clients = m_context.clients().list(q);
    if (!clients)
        return;
    QHash<QString, int> seen;
    for (const auto& c : *clients)
        ++seen[c.name.toCaseFolded()];
    for (const auto& c : *clients) {
        // Two clients of one name are told apart by their number, as the CLI's `clients list` shows it.
        const QString label = seen.value(c.name.toCaseFolded()) > 1 ? tr("%1 (#%2)").arg(c.name).arg(c.id) : c.name;
        auto* item = new QStandardItem(label);
        item->setData(c.id, Qt::UserRole);
        m_clientModel->appendRow(item);
        m_clientNames.insert(c.id, c.name);
    }
}

QString CalendarImportDialog::when(const QDateTime& utc) const
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toTimeZone(m_context.practiceZone()), QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QString CalendarImportDialog::clientLabel(qint64 id) const
{
    if (id == 0)
        return {};
    if (m_plan && !m_plan->clientName(id).isEmpty())
        return m_plan->clientName(id);
    return m_clientNames.value(id, tr("client #%1").arg(id));
}

void CalendarImportDialog::browse()
{
    const QString start = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(m_path).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import calendar"), start,
                                                        tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

void CalendarImportDialog::setFile(const QString& path)
{
    m_path = path;
    if (m_pathEdit->text() != path) {
        const QSignalBlocker block(m_pathEdit);
        m_pathEdit->setText(path);
    }
    m_read.reset();
    m_plan.reset();
    m_choices.clear();
    m_planError.clear();
    if (!path.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        services::CalendarImportOptions o = m_base;
        o.dryRun = true;
        auto read = CalendarImportService(m_context.database(), m_context.clock()).plan(path, o);
        QApplication::restoreOverrideCursor();
        if (read)
            m_read = std::move(read).value();
        else
            m_planError = read.error().message;
    }
    // A file already remembered stays so; the box says it.
    bool remembered = false;
    if (const auto files = CalendarImportService(m_context.database(), m_context.clock()).calendarFiles())
        for (const auto& f : *files)
            remembered = remembered || QFileInfo(f.path) == QFileInfo(path);
    m_remember->setChecked(remembered);
    rebuildPlan();
    showPlan();
    emit planReady();
}

void CalendarImportDialog::rebuildPlan()
{
    if (!m_read) {
        m_plan.reset();
        return;
    }
    m_plan = *m_read;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        if (m_plan->items.value(it.key()).change == CalendarChange::Unmatched) // a choice made for its name
            (void)CalendarImportService::choose(*m_plan, it.key(), it.value(), m_clientNames.value(it.value()));
}

bool CalendarImportDialog::choose(int index, qint64 clientId)
{
    if (!m_read || index < 0 || index >= m_read->items.size() ||
        m_read->items.at(index).change != CalendarChange::Unmatched)
        return false;
    if (clientId != 0 && !m_clientNames.contains(clientId))
        return false;
    if (clientId == 0)
        m_choices.remove(index);
    else
        m_choices.insert(index, clientId);
    // Another event of the same name chosen differently before: this choice is for the name.
    const QString key = m_read->items.at(index).matchKey;
    for (auto it = m_choices.begin(); it != m_choices.end();)
        if (it.key() != index && m_read->items.at(it.key()).matchKey == key)
            it = m_choices.erase(it);
        else
            ++it;
    rebuildPlan();
    showPlan(); // updates the rows in place: the pickers stay (one of them is emitting)
    return true;
}

int CalendarImportDialog::itemAtRow(int row) const
{
    return m_rowItems.value(row, -1);
}

bool CalendarImportDialog::resolvePicker(QComboBox* picker)
{
    const int index = m_pickers.key(picker, -1);
    if (index < 0)
        return false;
    const QString text = picker->currentText().trimmed();
    int found = -1;
    if (text.isEmpty()) {
        found = 0;
    } else {
        int exact = picker->findText(text, Qt::MatchFixedString);
        if (exact >= 0) {
            found = exact;
        } else {
            for (int r = 1; r < m_clientModel->rowCount(); ++r) {
                if (m_clientModel->item(r)->text().contains(text, Qt::CaseInsensitive)) {
                    if (found >= 0) {
                        found = -2; // several: the completer's list shows them
                        break;
                    }
                    found = r;
                }
            }
        }
    }
    if (found < 0)
        return false;
    choose(index, m_clientModel->item(found)->data(Qt::UserRole).toLongLong());
    return true;
}

bool CalendarImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in a picker chooses the client it names; it must not also press Import.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            QObject* o = watched;
            while (o && !qobject_cast<QComboBox*>(o))
                o = o->parent();
            if (auto* picker = qobject_cast<QComboBox*>(o)) {
                // The completer has already put its choice in the text when its list was open.
                if (picker->completer() && picker->completer()->popup())
                    picker->completer()->popup()->hide();
                resolvePicker(picker);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CalendarImportDialog::showPlan()
{
    const QColor red = Theme::errorColour(palette());
    const QColor muted = palette().color(QPalette::Disabled, QPalette::WindowText);
    QPalette statusPalette = palette();
    m_import->setEnabled(m_plan.has_value() && !m_importing);
    if (!m_plan) {
        m_table->setRowCount(0);
        m_pickers.clear();
        m_rowItems.clear();
        m_showUnchanged->setText(tr("Show &unchanged events"));
        m_showUnchanged->setEnabled(false);
        m_remember->setEnabled(false);
        if (m_path.isEmpty()) {
            m_planStatus->setText(tr("Choose a calendar file (.ics) exported from Google Calendar, Outlook or "
                                     "Apple Calendar: File, or Browse."));
        } else {
            m_planStatus->setText(tr("This file cannot be imported: %1").arg(m_planError));
            statusPalette.setColor(QPalette::WindowText, red);
        }
        m_planStatus->setPalette(statusPalette);
        return;
    }
    m_planStatus->setPalette(statusPalette);
    m_showUnchanged->setEnabled(true);
    m_remember->setEnabled(true);
    const CalendarImportPlan& plan = *m_plan;
    const int unchanged = plan.count(CalendarChange::Unchanged) + plan.count(CalendarChange::Ignored);
    m_showUnchanged->setText(tr("Show &unchanged and ignored events (%1)").arg(unchanged));

    // Which rows: rebuilt only when they change (a file read, the box toggled), else updated in
    // place, so a picker is never deleted while it emits.
    QVector<int> rows;
    for (int i = 0; i < plan.items.size(); ++i)
        if (m_showUnchanged->isChecked() || !hidden(plan.items.at(i).change))
            rows << i;
    if (rows != m_rowItems || m_table->rowCount() != rows.size()) {
        m_rowItems = rows;
        m_pickers.clear();
        m_table->clearContents();
        m_table->setRowCount(static_cast<int>(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const int index = rows.at(r);
            if (m_read->items.at(index).change != CalendarChange::Unmatched)
                continue;
            auto* picker = new QComboBox(m_table);
            picker->setEditable(true);
            picker->setInsertPolicy(QComboBox::NoInsert);
            picker->setModel(m_clientModel);
            picker->completer()->setFilterMode(Qt::MatchContains);
            picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
            picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
            picker->lineEdit()->setPlaceholderText(tr("Choose a client..."));
            picker->setAccessibleName(tr("Client for %1").arg(m_read->items.at(index).summary));
            picker->setToolTip(tr("Type part of a name and press Enter; the choice is remembered when you import"));
            picker->installEventFilter(this);
            picker->lineEdit()->installEventFilter(this);
            connect(picker, QOverload<int>::of(&QComboBox::activated), this, [this, index, picker](int row) {
                if (row >= 0 && m_pickers.value(index) == picker)
                    choose(index, m_clientModel->item(row)->data(Qt::UserRole).toLongLong());
            });
            m_pickers.insert(index, picker);
            m_table->setCellWidget(r, ClientColumn, picker);
        }
        // Tab: file, Browse, the table, each picker, the boxes, the buttons.
        QWidget* previous = m_table;
        for (int r = 0; r < rows.size(); ++r)
            if (auto* p = m_pickers.value(rows.at(r))) {
                setTabOrder(previous, p);
                previous = p;
            }
        setTabOrder(previous, m_showUnchanged);
        setTabOrder(m_showUnchanged, m_remember);
        setTabOrder(m_remember, m_import);
    }

    for (int r = 0; r < m_rowItems.size(); ++r) {
        const int index = m_rowItems.at(r);
        const CalendarPlanItem& i = plan.items.at(index);
        QString change;
        QColor colour;
        QString note = i.message;
        switch (i.change) {
        case CalendarChange::New:
            change = i.rebook ? tr("Booked again") : tr("New");
            if (i.remember)
                note = tr("your choice, remembered when imported");
            else if (i.rule != domain::MatchRule::None)
                note = tr("matched by %1").arg(domain::toString(i.rule));
            break;
        case CalendarChange::Moved:
            change = tr("Moved");
            break;
        case CalendarChange::Cancelled:
            change = tr("Cancelled");
            break;
        case CalendarChange::Unchanged:
            change = i.detailsChanged ? tr("Details updated") : tr("Unchanged");
            colour = muted;
            break;
        case CalendarChange::Unmatched:
            change = tr("No client");
            if (note.isEmpty())
                note = i.ambiguous.isEmpty() ? tr("no client fits") : tr("several clients fit");
            break;
        case CalendarChange::Error:
            change = tr("Error");
            colour = red;
            note = tr("Line %1: %2").arg(i.line).arg(i.message);
            break;
        case CalendarChange::Ignored:
            change = tr("Ignored");
            colour = muted;
            break;
        }
        const QString at =
            i.change == CalendarChange::Moved ? tr("%1 \u2192 %2").arg(when(i.oldStart), when(i.start)) : when(i.start);
        QString event = i.summary;
        if (event.isEmpty())
            event = i.uid.isEmpty() ? tr("(event at line %1)").arg(i.line) : i.uid;
        m_table->setItem(r, ChangeColumn, cell(change, colour));
        m_table->setItem(r, WhenColumn, cell(at, colour));
        m_table->setItem(r, EventColumn, cell(event, colour));
        if (auto* picker = m_pickers.value(index)) {
            const QSignalBlocker block(picker);
            const qint64 chosen = i.change == CalendarChange::New ? i.clientId : 0;
            int row = 0;
            for (int k = 1; k < m_clientModel->rowCount() && chosen != 0; ++k)
                if (m_clientModel->item(k)->data(Qt::UserRole).toLongLong() == chosen)
                    row = k;
            picker->setCurrentIndex(row);
            if (row == 0)
                picker->setEditText(QString());
            m_table->setItem(r, ClientColumn, cell(QString()));
        } else {
            m_table->setItem(r, ClientColumn, cell(clientLabel(i.clientId), colour));
        }
        m_table->setItem(r, NoteColumn, cell(note, colour));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->setColumnWidth(EventColumn, std::min(m_table->columnWidth(EventColumn), 260));
    m_table->setColumnWidth(ClientColumn, std::max(m_table->columnWidth(ClientColumn), 220));

    const QLocale locale;
    QString status =
        tr("%1 (%2), calendar \u201c%3\u201d: %4 events between %5 and %6.")
            .arg(plan.fileName, plan.formatName, plan.calendarName)
            .arg(plan.eventsRead)
            .arg(locale.toString(plan.from.toTimeZone(m_context.practiceZone()).date(), QLocale::ShortFormat),
                 locale.toString(plan.to.toTimeZone(m_context.practiceZone()).date(), QLocale::ShortFormat));
    status += QLatin1Char('\n') + tr("New: %1, moved: %2, cancelled: %3, unchanged: %4, no client: %5, errors: %6.")
                                      .arg(plan.count(CalendarChange::New))
                                      .arg(plan.count(CalendarChange::Moved))
                                      .arg(plan.count(CalendarChange::Cancelled))
                                      .arg(plan.count(CalendarChange::Unchanged))
                                      .arg(plan.count(CalendarChange::Unmatched))
                                      .arg(plan.count(CalendarChange::Error));
    const int changes =
        plan.count(CalendarChange::New) + plan.count(CalendarChange::Moved) + plan.count(CalendarChange::Cancelled);
    if (plan.items.isEmpty())
        status += QLatin1Char(' ') + tr("The calendar has no events in this window.");
    else if (changes == 0 && plan.count(CalendarChange::Unmatched) == 0 && !plan.hasErrors())
        status += QLatin1Char(' ') + tr("Nothing to change: the appointments are up to date.");
    if (plan.count(CalendarChange::Unmatched) > 0)
        status += QLatin1Char(' ') + tr("Choose a client for the events with none, or leave them for later.");
    if (plan.hasErrors())
        status += QLatin1Char(' ') + tr("Events with errors are skipped, and nothing missing from the file is "
                                        "cancelled.");
    m_planStatus->setText(status);
}

void CalendarImportDialog::startImport()
{
    if (!m_plan || isWorking() || page() != PlanPage)
        return;
    m_importing = true;
    m_summary.reset();
    m_importError.clear();
    m_cancel.store(false);
    m_stack->setCurrentIndex(ImportPage);
    m_title->setText(tr("Importing"));
    m_subtitle->setText(tr("Everything is written in one go: a cancelled import leaves nothing behind."));
    m_import->setEnabled(false);
    const int total = static_cast<int>(m_plan->items.size());
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    m_importStatus->setText(tr("Writing the changes from %1...").arg(m_plan->fileName));

    services::CalendarImportOptions o = m_base;
    o.cancel = &m_cancel;
    auto lastShown = std::make_shared<int>(-1);
    o.progress = [this, lastShown](int done, int all) {
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
    const CalendarImportPlan plan = *m_plan;
    m_worker = runWithDatabase<services::CalendarImportSummary>(
        services::practicePath(m_context.database()), this,
        [plan, o, clock](storage::Database& db) { return CalendarImportService(db, *clock).apply(plan, o); },
        [this](domain::Result<services::CalendarImportSummary> result) { finishImport(std::move(result)); });
}

void CalendarImportDialog::finishImport(domain::Result<services::CalendarImportSummary> result)
{
    m_worker.clear();
    m_importing = false;
    if (result)
        m_summary = std::move(result).value();
    else
        m_importError = result.error().message;
    if (m_summary && m_summary->written) {
        m_progress->setValue(m_progress->maximum());
        const CalendarImportService service(m_context.database(), m_context.clock());
        if (m_remember->isChecked()) {
            if (auto e = service.rememberFile(QFileInfo(m_path).absoluteFilePath()))
                m_importError =
                    tr("The appointments were imported, but the file could not be remembered: %1").arg(e->message);
        } else {
            (void)service.forgetFile(m_path); // unticked: no longer read at start (a no-op when it was not)
        }
    }
    showSummary();
    m_stack->setCurrentIndex(SummaryPage);
    m_import->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_close->show();
    m_close->setDefault(true);
    if (m_moved->rowCount() > 0)
        rescheduleButton(0)->setFocus();
    else
        m_close->setFocus();
    emit importFinished();
    if (m_summary && m_summary->written)
        emit appointmentsImported();
}

void CalendarImportDialog::showSummary()
{
    m_title->setText(tr("Summary"));
    m_subtitle->clear();
    QStringList lines;
    m_movedItems.clear();
    if (m_summary) {
        const CalendarImportPlan& p = m_summary->plan;
        lines << tr("Read <b>%1</b> events from %2 (%3).")
                     .arg(p.eventsRead)
                     .arg(p.fileName.toHtmlEscaped(), p.formatName.toHtmlEscaped());
        if (m_summary->cancelled)
            lines << tr("<b>The import was cancelled: nothing was written.</b>");
        else if (m_summary->strictRefused)
            lines << tr("<b>Some events have errors, so nothing was written.</b>");
        else if (!m_summary->written)
            lines << tr("Nothing was written.");
        else {
            lines << tr("Booked <b>%1</b>, moved <b>%2</b>, cancelled <b>%3</b>; %4 unchanged.")
                         .arg(p.count(CalendarChange::New))
                         .arg(p.count(CalendarChange::Moved))
                         .arg(p.count(CalendarChange::Cancelled))
                         .arg(p.count(CalendarChange::Unchanged));
            if (p.count(CalendarChange::Unmatched) > 0)
                lines << tr("%1 events with no client are kept: import the file again to match them.")
                             .arg(p.count(CalendarChange::Unmatched));
            if (p.hasErrors())
                lines << tr("%1 events could not be read and were skipped.").arg(p.count(CalendarChange::Error));
            if (m_remember->isChecked() && m_importError.isEmpty())
                lines << tr("This file is remembered: it is read again at each start and with File &gt; "
                            "Refresh calendars.");
            for (const auto& i : p.items)
                if (i.change == CalendarChange::Moved)
                    m_movedItems << i;
            if (!m_movedItems.isEmpty())
                lines << tr("Moved appointments: offer each client the new time.");
        }
    }
    if (!m_importError.isEmpty())
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(Theme::errorColour(palette()).name(), m_importError.toHtmlEscaped());
    m_summaryLabel->setText(lines.join(QStringLiteral("<br>")));

    m_moved->setRowCount(static_cast<int>(m_movedItems.size()));
    QWidget* previous = m_summaryLabel;
    for (int r = 0; r < m_movedItems.size(); ++r) {
        const CalendarPlanItem& i = m_movedItems.at(r);
        m_moved->setItem(r, 0, cell(m_summary->plan.clientName(i.clientId)));
        m_moved->setItem(r, 1, cell(when(i.oldStart)));
        m_moved->setItem(r, 2, cell(when(i.start)));
        auto* send = new QPushButton(r == 0 ? tr("&Send reschedule message") : tr("Send reschedule message"), m_moved);
        send->setAccessibleName(tr("Send reschedule message to %1").arg(m_summary->plan.clientName(i.clientId)));
        connect(send, &QPushButton::clicked, this, [this, r] { sendReschedule(r); });
        m_moved->setCellWidget(r, 3, send);
        setTabOrder(previous, send);
        previous = send;
    }
    setTabOrder(previous, m_close);
    m_moved->setVisible(!m_movedItems.isEmpty());
    m_moved->resizeColumnsToContents();
    m_moved->resizeRowsToContents();
}

QPushButton* CalendarImportDialog::rescheduleButton(int row) const
{
    return qobject_cast<QPushButton*>(m_moved->cellWidget(row, 3));
}

void CalendarImportDialog::sendReschedule(int movedRow)
{
    if (movedRow < 0 || movedRow >= m_movedItems.size())
        return;
    const CalendarPlanItem& item = m_movedItems.at(movedRow);
    const auto draft = CalendarImportService(m_context.database(), m_context.clock()).rescheduleDraft(item);
    if (!draft) {
        QMessageBox::warning(this, tr("Reschedule message"),
                             tr("The message could not be drafted: %1").arg(draft.error().message));
        return;
    }
    emit rescheduleRequested(item.clientId, *draft);
}

void CalendarImportDialog::reject()
{
    if (m_importing) { // Cancel (or Escape) during the import stops it; the summary then says so
        requestCancel();
        return;
    }
    QDialog::reject();
}

} // namespace rapport::ui
