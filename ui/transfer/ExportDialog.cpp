// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/ExportDialog.h"

#include "app/AppContext.h"
#include "common/Pickers.h"
#include "transfer/ConsentReport.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rapport::ui {

using services::ExportFormat;

ExportDialog::ExportDialog(AppContext& context, qint64 currentClient, const QVector<qint64>& selection, QWidget* parent)
    : QDialog(parent), m_context(context), m_current(currentClient), m_selection(selection)
{
    setWindowTitle(tr("Export consent records"));
    setObjectName(QStringLiteral("ExportDialog"));

    QString currentName;
    if (m_current != 0)
        if (auto c = m_context.clients().find(m_current))
            currentName = c->name;
    auto* scopeBox = new QGroupBox(tr("Whose records"), this);
    m_client = new QRadioButton(currentName.isEmpty() ? tr("&This client") : tr("&This client: %1").arg(currentName),
                                scopeBox);
    m_selected = new QRadioButton(m_selection.size() == 1 ? tr("The &selected client")
                                                          : tr("The &selected clients (%1)").arg(m_selection.size()),
                                  scopeBox);
    m_everyone = new QRadioButton(tr("&Everyone"), scopeBox);
    m_client->setEnabled(m_current != 0);
    m_selected->setEnabled(!m_selection.isEmpty());
    auto* group = new QButtonGroup(this);
    for (auto* b : {m_client, m_selected, m_everyone})
        group->addButton(b);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    for (auto* b : {m_client, m_selected, m_everyone})
        scopeLayout->addWidget(b);
    (m_current != 0 ? m_client : m_everyone)->setChecked(true);

    const QDate today = m_context.now().toTimeZone(m_context.practiceZone()).date();
    m_allTime = new QCheckBox(tr("&All time"), this);
    m_allTime->setChecked(true);
    m_from = new QDateEdit(today.addYears(-1), this);
    m_to = new QDateEdit(today, this);
    for (auto* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_from->setAccessibleName(tr("From"));
    Pickers::typeOverSections(m_from);
    Pickers::typeOverSections(m_to);
    m_to->setAccessibleName(tr("To"));
    auto* period = new QHBoxLayout;
    period->addWidget(m_allTime);
    period->addSpacing(12);
    period->addWidget(new QLabel(tr("from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);

    m_format = new QComboBox(this);
    m_format->addItem(tr("CSV (spreadsheets; one row per event)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON (every event, current states, chain head)"), int(ExportFormat::Json));
    m_format->addItem(tr("PDF (a readable report per client)"), int(ExportFormat::Pdf));
    m_format->setAccessibleName(tr("Format"));

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), period);
    form->addRow(tr("&Format:"), m_format);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("E&xport..."), QDialogButtonBox::ActionRole);
    auto* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    printButton->setObjectName(QStringLiteral("printButton"));
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportInteractive);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::printInteractive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Buttons added to a QDialogButtonBox after it was made left Tab cycling between Export and
    // Print (Qt 6.4): chain them as shown, after the last field.
    setTabOrder(m_format, exportButton);
    setTabOrder(exportButton, printButton);
    setTabOrder(printButton, buttons->button(QDialogButtonBox::Close));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_allTime, &QCheckBox::toggled, this, &ExportDialog::updateState);
    updateState();
}

void ExportDialog::updateState()
{
    m_from->setEnabled(!m_allTime->isChecked());
    m_to->setEnabled(!m_allTime->isChecked());
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Client ? m_client : scope == Scope::Selection ? m_selected : m_everyone)->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_client->isChecked())
        return Scope::Client;
    return m_selected->isChecked() ? Scope::Selection : Scope::Everyone;
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportDialog::setAllTime(bool all)
{
    m_allTime->setChecked(all);
}

void ExportDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_allTime->setChecked(false);
}

services::ExportRequest ExportDialog::request() const
{
    services::ExportRequest r;
    r.format = format();
    if (scope() == Scope::Client && m_current != 0)
        r.clientIds = {m_current};
    else if (scope() == Scope::Selection)
        r.clientIds = m_selection;
    if (!m_allTime->isChecked()) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    return r;
}

QString ExportDialog::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("csv");
}

QString ExportDialog::suggestedFileName() const
{
    QString who = tr("everyone");
    if (scope() == Scope::Client && m_current != 0) {
        if (auto c = m_context.clients().find(m_current))
            who = c->name;
    } else if (scope() == Scope::Selection) {
        who = tr("%1-clients").arg(m_selection.size());
    }
    who = who.toLower().replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    const QDate day = m_context.now().toTimeZone(m_context.practiceZone()).date();
    return QStringLiteral("consent-%1-%2.%3").arg(who, day.toString(Qt::ISODate), suffix(format()));
}

domain::Result<services::ExportResult> ExportDialog::exportTo(const QString& path)
{
    QString target = path;
    if (QFileInfo(target).suffix().compare(suffix(format()), Qt::CaseInsensitive) != 0)
        target += QLatin1Char('.') + suffix(format());
    services::ExportService service(m_context.database(), m_context.clock());
    auto result = service.writeToFile(request(), target);
    if (result) {
        m_last = result.value();
        m_lastPath = target;
        m_status->setText(tr("Wrote %1 events to %2.\nChain head: %3 (the ledger holds %4 events)")
                              .arg(result->events)
                              .arg(QDir::toNativeSeparators(target),
                                   result->chainHead.isEmpty() ? tr("none, the ledger is empty") : result->chainHead)
                              .arg(result->ledgerEventCount));
    }
    return result;
}

void ExportDialog::exportInteractive()
{
    const QString folder = m_lastPath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                : QFileInfo(m_lastPath).absolutePath();
    const QString filter = format() == ExportFormat::Csv    ? tr("CSV files (*.csv)")
                           : format() == ExportFormat::Json ? tr("JSON files (*.json)")
                                                            : tr("PDF files (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export consent records"),
                                                      QDir(folder).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = exportTo(path);
    QApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The consent records could not be written to %1:\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), result.error().message));
        return;
    }
    QMessageBox::information(this, tr("Export done"), m_status->text());
}

domain::Result<QString> ExportDialog::reportHtml(qint64* events) const
{
    return ConsentReport::html(m_context.database(), m_context.clock(), request(), events);
}

void ExportDialog::printInteractive()
{
    auto html = reportHtml();
    if (!html) {
        QMessageBox::warning(this, tr("Print consent report"),
                             tr("The report could not be made: %1").arg(html.error().message));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Consent report"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print consent report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConsentReport::print(html.value(), &printer);
}

} // namespace rapport::ui
