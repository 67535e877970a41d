// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ExportService.h"

#include "io/ConsentCsvExporter.h"
#include "io/ConsentJsonExporter.h"
#include "io/ConsentPdfExporter.h"
#include "io/SaveFile.h"
#include "services/SettingsService.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QMap>

namespace rapport::services {

using domain::Error;
using domain::Result;

std::optional<ExportFormat> exportFormatFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (t == QLatin1String("json"))
        return ExportFormat::Json;
    if (t == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

ExportService::ExportService(const storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<ExportResult> ExportService::write(const ExportRequest& request, QIODevice* device) const
{
    if (!device || !device->isWritable())
        return Error::invalid(tr("the export has nowhere to go: the output is not writable"));
    return run(request, device);
}

Result<ExportResult> ExportService::writeToFile(const ExportRequest& request, const QString& path) const
{
    std::optional<Result<ExportResult>> result;
    const auto status = io::writeFileAtomically(path, [&](QIODevice* device) -> domain::Status {
        result = run(request, device);
        if (!result->ok())
            return result->error();
        return std::nullopt;
    });
    if (status)
        return *status;
    if (!result)
        return Error::invalid(tr("the export to %1 was not written").arg(path));
    return *result;
}

Result<QString> ExportService::reportHtml(const ExportRequest& request, ExportResult* result) const
{
    ExportRequest pdf = request;
    pdf.format = ExportFormat::Pdf;
    QString html;
    auto done = run(pdf, nullptr, &html);
    if (!done)
        return done.error();
    if (result)
        *result = done.value();
    return html;
}

Result<ExportResult> ExportService::run(const ExportRequest& request, QIODevice* device, QString* html) const
{
    if (request.from && request.to && *request.from > *request.to)
        return Error::invalid(tr("the period starts (%1) after it ends (%2)")
                                  .arg(request.from->toString(Qt::ISODate), request.to->toString(Qt::ISODate)),
                              QStringLiteral("from"));
    // The practice's settings with their defaults, as every other use case reads them.
    auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    io::ExportHeader header;
    header.practiceName = settings->practiceName;
    header.timeZone = QTimeZone(settings->timeZone.toUtf8());
    header.generatedAt = m_clock.now().toUTC();
    header.from = request.from;
    header.to = request.to;

    storage::ReadSnapshot snapshot(m_db);
    storage::ConsentRepository ledger(m_db);
    auto head = ledger.head();
    if (!head)
        return head.error();
    auto count = ledger.count();
    if (!count)
        return count.error();
    header.chainHead = head.value() ? head.value()->hash : QString();
    header.ledgerEventCount = count.value();

    // The clients concerned, for JSON and PDF (and for CSV of chosen clients: an unknown id is refused).
    storage::ClientRepository clientRepo(m_db);
    QVector<domain::Client> clients;
    if (request.clientIds.isEmpty()) {
        if (request.format != ExportFormat::Csv) { // CSV rows carry their client's name
            domain::ClientQuery all;
            all.includeArchived = true;
            auto list = clientRepo.list(all, m_clock.now());
            if (!list)
                return list.error();
            clients = std::move(list.value());
        }
    } else {
        for (const qint64 id : request.clientIds) {
            auto c = clientRepo.find(id, m_clock.now());
            if (!c)
                return c.error();
            clients.push_back(c.value());
        }
    }

    storage::ConsentRange range;
    if (request.from)
        range.from = request.from->startOfDay(header.timeZone).toUTC();
    if (request.to)
        range.to = request.to->addDays(1).startOfDay(header.timeZone).toUTC();
    // Every event of the range, one at a time: the whole ledger in id order, or client by client.
    const auto forEachEvent = [&](const std::function<void(const domain::ConsentEvent&)>& sink) -> domain::Status {
        const auto callback = [&](const domain::ConsentEvent& e) {
            sink(e);
            return true;
        };
        if (request.clientIds.isEmpty())
            return ledger.forEach(range, callback);
        for (const qint64 id : request.clientIds) {
            storage::ConsentRange one = range;
            one.clientId = id;
            if (auto e = ledger.forEach(one, callback))
                return e;
        }
        return std::nullopt;
    };

    ExportResult result;
    result.chainHead = header.chainHead;
    result.ledgerEventCount = header.ledgerEventCount;
    switch (request.format) {
    case ExportFormat::Csv: {
        // Stored rows straight to CSV: no ConsentEvent, no QDateTime per row.
        io::ConsentCsvExporter csv(header.timeZone);
        csv.begin(device);
        const auto write = [&](const storage::StoredConsent& s) {
            io::ConsentCsvExporter::StoredRow row;
            row.id = s.id;
            row.clientId = s.clientId;
            row.clientName = s.clientName;
            row.channel = s.channel;
            row.scope = s.scope;
            row.state = s.state;
            row.method = s.method;
            row.effectiveMs = s.effectiveMs;
            row.recordedMs = s.recordedMs;
            row.recordedBy = s.recordedBy;
            row.note = s.note;
            row.hash = s.hash;
            csv.write(row);
            ++result.events;
            return true;
        };
        if (request.clientIds.isEmpty()) {
            if (auto e = ledger.forEachStored(range, write))
                return *e;
        }
        for (const qint64 id : request.clientIds) {
            storage::ConsentRange one = range;
            one.clientId = id;
            if (auto e = ledger.forEachStored(one, write))
                return *e;
        }
        if (auto e = csv.finish())
            return *e;
        break;
    }
    case ExportFormat::Json: {
        io::ConsentJsonExporter json;
        json.begin(device, header, clients);
        if (auto e = forEachEvent([&](const domain::ConsentEvent& ev) {
                json.write(ev);
                ++result.events;
            }))
            return *e;
        if (auto e = json.finish())
            return *e;
        break;
    }
    case ExportFormat::Pdf: {
        QMap<qint64, io::ClientHistory> byClient;
        QVector<qint64> order;
        for (const auto& c : std::as_const(clients)) {
            byClient.insert(c.id, io::ClientHistory{c, {}});
            order.push_back(c.id);
        }
        if (auto e = forEachEvent([&](const domain::ConsentEvent& ev) {
                auto it = byClient.find(ev.clientId);
                if (it == byClient.end()) { // an erased client: listed by id only
                    domain::Client c;
                    c.id = ev.clientId;
                    c.erased = true;
                    it = byClient.insert(ev.clientId, io::ClientHistory{c, {}});
                    order.push_back(ev.clientId);
                }
                it->events.push_back(ev);
                ++result.events;
            }))
            return *e;
        QVector<io::ClientHistory> histories;
        histories.reserve(order.size());
        for (const qint64 id : std::as_const(order)) {
            const auto& h = byClient.value(id);
            // For everyone, a client without an event adds only an empty page; chosen clients always show.
            if (h.events.isEmpty() && request.clientIds.isEmpty())
                continue;
            histories.push_back(h);
        }
        if (html) {
            *html = io::ConsentPdfExporter::html(header, histories);
            break;
        }
        if (auto e = io::ConsentPdfExporter::write(device, header, histories))
            return *e;
        break;
    }
    }
    return result;
}

void ExportService::layOutReport(QTextDocument& document, const QString& html)
{
    io::ConsentPdfExporter::setUp(document, html);
}

} // namespace rapport::services
