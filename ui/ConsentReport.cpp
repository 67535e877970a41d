#include "ConsentReport.h"

#include "ClientRepository.h"
#include "ConsentPdfExporter.h"
#include "ConsentRepository.h"
#include "Database.h"
#include "SettingsRepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QPrinter>
#include <QTextDocument>

namespace rapport::ui {

using domain::Error;
using domain::Result;

Result<QString> ConsentReport::html(const storage::Database& db, const domain::Clock& clock,
                                    const services::ExportRequest& request, qint64* events)
{
    if (request.from && request.to && *request.from > *request.to)
        return Error::invalid(QCoreApplication::translate("ConsentReport", "the period starts (%1) after it ends (%2)")
                                  .arg(request.from->toString(Qt::ISODate), request.to->toString(Qt::ISODate)));
    storage::SettingsRepository settings(db);
    auto practice = settings.value(QStringLiteral("practice-name"));
    if (!practice)
        return practice.error();
    auto zoneName = settings.value(QStringLiteral("time-zone"));
    if (!zoneName)
        return zoneName.error();
    io::ExportHeader header;
    header.practiceName = practice.value().value_or(QString());
    header.timeZone = QTimeZone(zoneName.value().value_or(QStringLiteral("Europe/London")).toUtf8());
    if (!header.timeZone.isValid())
        header.timeZone = QTimeZone(QByteArrayLiteral("Europe/London"));
    header.generatedAt = clock.now().toUTC();
    header.from = request.from;
    header.to = request.to;

    storage::ConsentRepository ledger(db);
    auto head = ledger.head();
    if (!head)
        return head.error();
    auto count = ledger.count();
    if (!count)
        return count.error();
    header.chainHead = head.value() ? head.value()->hash : QString();
    header.ledgerEventCount = count.value();

    storage::ClientRepository clients(db);
    QMap<qint64, io::ClientHistory> byClient;
    QVector<qint64> order;
    if (request.clientIds.isEmpty()) {
        storage::ClientQuery all;
        all.includeArchived = true;
        auto list = clients.list(all);
        if (!list)
            return list.error();
        for (const auto& c : std::as_const(list.value())) {
            byClient.insert(c.id, io::ClientHistory{c, {}});
            order.push_back(c.id);
        }
    } else {
        for (const qint64 id : request.clientIds) {
            auto c = clients.find(id);
            if (!c)
                return c.error();
            byClient.insert(id, io::ClientHistory{c.value(), {}});
            order.push_back(id);
        }
    }
    storage::ConsentRange range;
    if (request.from)
        range.from = request.from->startOfDay(header.timeZone).toUTC();
    if (request.to)
        range.to = request.to->addDays(1).startOfDay(header.timeZone).toUTC();
    qint64 n = 0;
    const auto add = [&](const domain::ConsentEvent& e) {
        auto it = byClient.find(e.clientId);
        if (it == byClient.end()) { // an erased client: listed by id only, as in the PDF export
            domain::Client c;
            c.id = e.clientId;
            c.erased = true;
            it = byClient.insert(e.clientId, io::ClientHistory{c, {}});
            order.push_back(e.clientId);
        }
        it->events.push_back(e);
        ++n;
        return true;
    };
    if (request.clientIds.isEmpty()) {
        if (auto e = ledger.forEach(range, add))
            return *e;
    } else {
        for (const qint64 id : request.clientIds) {
            storage::ConsentRange one = range;
            one.clientId = id;
            if (auto e = ledger.forEach(one, add))
                return *e;
        }
    }
    QVector<io::ClientHistory> histories;
    for (const qint64 id : std::as_const(order)) {
        const io::ClientHistory& h = byClient[id];
        if (h.events.isEmpty() && request.clientIds.isEmpty())
            continue;
        histories.push_back(h);
    }
    if (events)
        *events = n;
    return io::ConsentPdfExporter::html(header, histories);
}

void ConsentReport::print(const QString& html, QPrinter* printer)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(printer);
}

} // namespace rapport::ui
