// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ConsentJsonExporter.h"

#include "io/SaveFile.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rapport::io {

namespace {
constexpr qsizetype kFlushBytes = 1024 * 1024;
}

void ConsentJsonExporter::flush(bool force)
{
    if (m_buf.size() < kFlushBytes && !force)
        return;
    if (!m_failed && m_device && m_device->write(m_buf) != m_buf.size())
        m_failed = true;
    m_buf.clear();
}

void ConsentJsonExporter::raw(const char* text)
{
    m_buf.append(text);
}

void ConsentJsonExporter::key(const char* name)
{
    m_buf.append('"');
    m_buf.append(name);
    m_buf.append("\":");
}

void ConsentJsonExporter::number(qint64 value)
{
    m_buf.append(QByteArray::number(value));
}

void ConsentJsonExporter::string(const QString& value)
{
    static const char kHex[] = "0123456789abcdef";
    m_buf.append('"');
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_buf.append("\\\"");
            break;
        case '\\':
            m_buf.append("\\\\");
            break;
        case '\n':
            m_buf.append("\\n");
            break;
        case '\r':
            m_buf.append("\\r");
            break;
        case '\t':
            m_buf.append("\\t");
            break;
        default:
            if (c < 0x20) {
                m_buf.append("\\u00");
                m_buf.append(kHex[c >> 4]);
                m_buf.append(kHex[c & 15]);
            } else {
                m_buf.append(ch);
            }
        }
    }
    m_buf.append('"');
}

void ConsentJsonExporter::begin(QIODevice* device, const ExportHeader& header, const QVector<domain::Client>& clients)
{
    m_device = device;
    m_times = TimestampFormatter(header.timeZone);
    m_buf.reserve(kFlushBytes + 64 * 1024);
    raw("{\n");
    key("format");
    string(QStringLiteral("rapport-consent-export"));
    raw(",\n");
    key("version");
    number(1);
    raw(",\n");
    key("practice");
    string(header.practiceName);
    raw(",\n");
    key("time_zone");
    string(QString::fromUtf8(header.timeZone.id()));
    raw(",\n");
    key("generated_at");
    string(m_times.format(header.generatedAt));
    raw(",\n");
    key("from");
    header.from ? string(header.from->toString(Qt::ISODate)) : raw("null");
    raw(",\n");
    key("to");
    header.to ? string(header.to->toString(Qt::ISODate)) : raw("null");
    raw(",\n");
    key("chain_head");
    string(header.chainHead);
    raw(",\n");
    key("ledger_event_count");
    number(header.ledgerEventCount);
    raw(",\n");
    key("clients");
    raw("[");
    for (int i = 0; i < clients.size(); ++i) {
        const domain::Client& c = clients.at(i);
        raw(i ? ",\n  {" : "\n  {");
        key("id");
        number(c.id);
        raw(",");
        key("name");
        string(c.name);
        raw(",");
        key("preferred_name");
        string(c.preferredName);
        raw(",");
        key("contacts");
        raw("[");
        for (int k = 0; k < c.contacts.size(); ++k) {
            const auto& p = c.contacts.at(k);
            raw(k ? ",{" : "{");
            key("kind");
            string(p.kind == domain::ContactPoint::Kind::Phone ? QStringLiteral("phone") : QStringLiteral("email"));
            raw(",");
            key("value");
            string(p.value);
            raw(",");
            key("label");
            string(p.label);
            if (p.kind == domain::ContactPoint::Kind::Phone) {
                raw(",");
                key("number_type");
                string(domain::toString(p.numberType));
            }
            raw("}");
        }
        raw("],");
        key("directives");
        raw("[");
        for (int k = 0; k < c.directives.size(); ++k) {
            const auto& d = c.directives.at(k);
            raw(k ? ",{" : "{");
            key("directive");
            string(domain::toString(d.directive));
            raw(",");
            key("set_at");
            string(m_times.format(d.setAt));
            raw(",");
            key("set_by");
            string(d.setBy);
            raw("}");
        }
        raw("]}");
    }
    raw(clients.isEmpty() ? "],\n" : "\n],\n");
    key("events");
    raw("[");
    flush(false);
}

void ConsentJsonExporter::write(const domain::ConsentEvent& e)
{
    m_current.add(e);
    raw(m_events ? ",\n  {" : "\n  {");
    key("event_id");
    number(e.id);
    raw(",");
    key("client_id");
    number(e.clientId);
    raw(",");
    key("channel");
    string(domain::toString(e.channel));
    raw(",");
    key("scope");
    string(domain::toString(e.scope));
    raw(",");
    key("state");
    string(domain::toString(e.state));
    raw(",");
    key("method");
    string(e.method);
    raw(",");
    key("effective_at");
    string(m_times.format(e.effectiveAt));
    raw(",");
    key("recorded_at");
    string(m_times.format(e.recordedAt));
    raw(",");
    key("recorded_by");
    string(e.recordedBy);
    raw(",");
    key("note");
    string(e.note);
    raw(",");
    key("prev_hash");
    string(e.prevHash);
    raw(",");
    key("hash");
    string(e.hash);
    raw("}");
    ++m_events;
    flush(false);
}

domain::Status ConsentJsonExporter::finish()
{
    raw(m_events ? "\n],\n" : "],\n");
    key("current");
    raw("[");
    const auto states = m_current.states();
    for (int i = 0; i < states.size(); ++i) {
        const auto& s = states.at(i);
        raw(i ? ",\n  {" : "\n  {");
        key("client_id");
        number(s.clientId);
        raw(",");
        key("channel");
        string(domain::toString(s.channel));
        raw(",");
        key("scope");
        string(domain::toString(s.scope));
        raw(",");
        key("state");
        string(domain::toString(s.state));
        raw(",");
        key("event_id");
        number(s.eventId);
        raw(",");
        key("effective_at");
        string(m_times.format(s.effectiveAt));
        raw("}");
    }
    raw(states.isEmpty() ? "],\n" : "\n],\n");
    key("event_count");
    number(m_events);
    raw("\n}\n");
    flush(true);
    if (m_failed)
        return domain::Error::invalid(QCoreApplication::translate("ConsentJsonExporter", "writing the JSON failed: %1")
                                          .arg(m_device ? m_device->errorString() : QString()));
    return std::nullopt;
}

domain::Status ConsentJsonExporter::writeToFile(const QString& path, const ExportHeader& header,
                                                const QVector<domain::Client>& clients, const EventSource& source)
{
    return writeFileAtomically(path, [&](QIODevice* device) -> domain::Status {
        ConsentJsonExporter exporter;
        exporter.begin(device, header, clients);
        if (auto error = source([&](const domain::ConsentEvent& e) { exporter.write(e); }))
            return error;
        return exporter.finish();
    });
}

} // namespace rapport::io
