// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/ConsentExport.h"

#include <QByteArray>
#include <functional>

class QIODevice;

namespace rapport::io {

/// Streams a lossless JSON export:
/// `{"format": "rapport-consent-export", "version": 1, "practice", "time_zone", "generated_at",
///   "from", "to", "chain_head", "ledger_event_count", "clients": [{id, name, preferred_name,
///   contacts: [{kind, value, label, number_type}], directives: [{directive, set_at, set_by}]}],
///   "events": [{event_id, client_id, channel, scope, state, method, effective_at, recorded_at,
///   recorded_by, note, prev_hash, hash}], "current": [{client_id, channel, scope, state, event_id,
///   effective_at}], "event_count"}`.
/// Times are ISO 8601 with the practice zone's offset (milliseconds kept). Events are written as
/// they come; only the current states (clients x channels x scopes) are held in memory.
class ConsentJsonExporter {
public:
    ConsentJsonExporter() = default;

    /// Writes everything up to the start of "events".
    void begin(QIODevice* device, const ExportHeader& header, const QVector<domain::Client>& clients);
    void write(const domain::ConsentEvent& event);
    /// Writes "current" and closes the document; an error when the device refused a write.
    domain::Status finish();

    using EventSource = std::function<domain::Status(const std::function<void(const domain::ConsentEvent&)>& sink)>;
    /// Exports to `path` through QSaveFile, mode 0600.
    static domain::Status writeToFile(const QString& path, const ExportHeader& header,
                                      const QVector<domain::Client>& clients, const EventSource& source);

private:
    void flush(bool force);
    void key(const char* name);
    void string(const QString& value);
    void number(qint64 value);
    void raw(const char* text);

    QIODevice* m_device = nullptr;
    TimestampFormatter m_times;
    CurrentConsentTracker m_current;
    QByteArray m_buf;
    qint64 m_events = 0;
    bool m_failed = false;
};

} // namespace rapport::io
