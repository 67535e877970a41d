// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/ConsentExport.h"
#include "io/CsvWriter.h"

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace rapport::io {

/// Streams consent events to CSV as the CLI contract says: UTF-8 with a byte-order mark, CRLF,
/// RFC 4180 quoting, formula cells neutralised, columns
/// `event_id,client_id,client_name,channel,scope,state,method,effective_at,recorded_at,recorded_by,note,hash`,
/// times in ISO 8601 with the practice zone's offset. Holds one buffer, never the events.
class ConsentCsvExporter {
public:
    explicit ConsentCsvExporter(QTimeZone zone);
    ~ConsentCsvExporter();

    /// Writes the byte-order mark and the header line. `device` must stay open until finish().
    void begin(QIODevice* device);
    void write(const domain::ConsentEvent& event, const QString& clientName);

    /// An event as stored, for the streaming path that builds no ConsentEvent: text in UTF-8
    /// as SQLite holds it, channel, scope, state and method in their canonical text, times in
    /// milliseconds since the epoch (nullopt: an empty cell). The views must stay valid during
    /// write().
    struct StoredRow {
        qint64 id = 0;
        qint64 clientId = 0;
        QByteArrayView clientName;
        QByteArrayView channel;
        QByteArrayView scope;
        QByteArrayView state;
        QByteArrayView method;
        std::optional<qint64> effectiveMs;
        std::optional<qint64> recordedMs;
        QByteArrayView recordedBy;
        QByteArrayView note;
        QByteArrayView hash;
    };
    /// The same line write(event, name) gives for the event this row stores.
    void write(const StoredRow& row);
    /// Flushes; an error when the device refused a write.
    domain::Status finish();

    /// The column names, in order.
    static const QStringList& columns();

    /// A source of events for writeToFile(): calls `sink` for each event with its client's name,
    /// and returns an error to abort the export (the target file is then left untouched).
    using EventSource =
        std::function<domain::Status(const std::function<void(const domain::ConsentEvent&, const QString&)>& sink)>;
    /// Exports to `path` through QSaveFile, mode 0600.
    static domain::Status writeToFile(const QString& path, QTimeZone zone, const EventSource& source);

private:
    void writeTime(std::optional<qint64> msecsSinceEpoch);

    TimestampFormatter m_times;
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace rapport::io
