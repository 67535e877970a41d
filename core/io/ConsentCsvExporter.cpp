// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ConsentCsvExporter.h"

#include "io/SaveFile.h"

namespace rapport::io {

ConsentCsvExporter::ConsentCsvExporter(QTimeZone zone) : m_times(std::move(zone)) {}

ConsentCsvExporter::~ConsentCsvExporter() = default;

const QStringList& ConsentCsvExporter::columns()
{
    static const QStringList k{
        QStringLiteral("event_id"),    QStringLiteral("client_id"),    QStringLiteral("client_name"),
        QStringLiteral("channel"),     QStringLiteral("scope"),        QStringLiteral("state"),
        QStringLiteral("method"),      QStringLiteral("effective_at"), QStringLiteral("recorded_at"),
        QStringLiteral("recorded_by"), QStringLiteral("note"),         QStringLiteral("hash")};
    return k;
}

void ConsentCsvExporter::begin(QIODevice* device)
{
    m_writer = std::make_unique<CsvWriter>(device);
    m_writer->writeRecord(columns());
}

void ConsentCsvExporter::write(const domain::ConsentEvent& e, const QString& clientName)
{
    CsvWriter& w = *m_writer;
    w.writeField(e.id);
    w.writeField(e.clientId);
    w.writeField(clientName);
    w.writeField(domain::toString(e.channel));
    w.writeField(domain::toString(e.scope));
    w.writeField(domain::toString(e.state));
    w.writeField(e.method);
    writeTime(e.effectiveAt.isValid() ? std::optional<qint64>(e.effectiveAt.toMSecsSinceEpoch()) : std::nullopt);
    writeTime(e.recordedAt.isValid() ? std::optional<qint64>(e.recordedAt.toMSecsSinceEpoch()) : std::nullopt);
    w.writeField(e.recordedBy);
    w.writeField(e.note);
    w.writeField(e.hash);
    w.endRecord();
}

void ConsentCsvExporter::write(const StoredRow& row)
{
    CsvWriter& w = *m_writer;
    const auto text = [&w](QByteArrayView v) { w.writeUtf8(v.data(), v.size()); };
    w.writeField(row.id);
    w.writeField(row.clientId);
    text(row.clientName);
    text(row.channel);
    text(row.scope);
    text(row.state);
    text(row.method);
    writeTime(row.effectiveMs);
    writeTime(row.recordedMs);
    text(row.recordedBy);
    text(row.note);
    text(row.hash);
    w.endRecord();
}

void ConsentCsvExporter::writeTime(std::optional<qint64> ms)
{
    if (!ms) {
        m_writer->writeField(QStringView());
        return;
    }
    char buf[32];
    const int n = m_times.formatTo(*ms, buf);
    if (n < 0)
        m_writer->writeField(m_times.format(*ms));
    else
        m_writer->writeAscii(buf, n);
}

domain::Status ConsentCsvExporter::finish()
{
    if (!m_writer)
        return std::nullopt;
    auto status = m_writer->finish();
    m_writer.reset();
    return status;
}

domain::Status ConsentCsvExporter::writeToFile(const QString& path, QTimeZone zone, const EventSource& source)
{
    return writeFileAtomically(path, [&](QIODevice* device) -> domain::Status {
        ConsentCsvExporter exporter(zone);
        exporter.begin(device);
        if (auto error = source([&](const domain::ConsentEvent& e, const QString& name) { exporter.write(e, name); }))
            return error;
        return exporter.finish();
    });
}

} // namespace rapport::io
