#include "ConsentCsvExporter.h"

#include "SaveFile.h"

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
    w.writeField(m_times.format(e.effectiveAt));
    w.writeField(m_times.format(e.recordedAt));
    w.writeField(e.recordedBy);
    w.writeField(e.note);
    w.writeField(e.hash);
    w.endRecord();
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
