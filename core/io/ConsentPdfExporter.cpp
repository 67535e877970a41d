// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ConsentPdfExporter.h"

#include "io/SaveFile.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace rapport::io {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString cell(const QString& s)
{
    return QStringLiteral("<td>") + esc(s) + QStringLiteral("</td>");
}

/// A cell holding one token (`inbound-message`, `marketing`): never broken, not even at a hyphen.
QString tokenCell(const QString& s)
{
    return QStringLiteral("<td style=\"white-space: nowrap;\">") + esc(s) + QStringLiteral("</td>");
}

QString headerCell(const QString& s)
{
    return QStringLiteral("<th align=\"left\">") + esc(s) + QStringLiteral("</th>");
}

QString stateText(domain::ConsentState s)
{
    switch (s) {
    case domain::ConsentState::Granted:
        return ConsentPdfExporter::tr("granted");
    case domain::ConsentState::Withdrawn:
        return ConsentPdfExporter::tr("withdrawn");
    case domain::ConsentState::Refused:
        return ConsentPdfExporter::tr("refused");
    case domain::ConsentState::Imported:
        return ConsentPdfExporter::tr("imported (unverified)");
    }
    return {};
}

QString chainLine(const ExportHeader& header)
{
    return QStringLiteral("<p style=\"font-size:7pt; color:#444;\">") +
           esc(ConsentPdfExporter::tr("Ledger chain head:")) + QStringLiteral(" <tt>") +
           esc(header.chainHead.isEmpty() ? ConsentPdfExporter::tr("(empty ledger)") : header.chainHead) +
           QStringLiteral("</tt></p>");
}

} // namespace

QString ConsentPdfExporter::html(const ExportHeader& header, const QVector<ClientHistory>& clients)
{
    TimestampFormatter times(header.timeZone);
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }"
                        "h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 10pt; }"
                        "table { border-collapse: collapse; } td, th { padding: 2px 4px; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>") + esc(tr("Consent records: %1").arg(header.practiceName)) + QStringLiteral("</h1>");
    h += QStringLiteral("<p>") +
         esc(tr("Generated %1 (%2).")
                 .arg(times.formatReadable(header.generatedAt), QString::fromUtf8(header.timeZone.id()))) +
         QStringLiteral("</p>");
    if (header.from || header.to)
        h += QStringLiteral("<p>") +
             esc(tr("Period: %1 to %2.")
                     .arg(header.from ? header.from->toString(Qt::ISODate) : tr("the start"),
                          header.to ? header.to->toString(Qt::ISODate) : tr("today"))) +
             QStringLiteral("</p>");
    qint64 eventCount = 0;
    for (const auto& c : clients)
        eventCount += c.events.size();
    h += QStringLiteral("<p>") +
         esc(tr("%1 clients, %2 consent events in this report; %3 events in the ledger.")
                 .arg(clients.size())
                 .arg(eventCount)
                 .arg(header.ledgerEventCount)) +
         QStringLiteral("</p>");
    h += QStringLiteral("<p>") +
         esc(tr("Each ledger event carries a SHA-256 hash over its content and the previous event's hash. "
                "The chain head below is the hash of the last event when this report was made; "
                "`rapport-cli consent verify` recomputes the chain and must end at the same value.")) +
         QStringLiteral("</p>");
    h += QStringLiteral("<p><b>") + esc(tr("Chain head:")) + QStringLiteral("</b><br/><tt>") +
         esc(header.chainHead.isEmpty() ? tr("(empty ledger)") : header.chainHead) + QStringLiteral("</tt></p>");

    for (const auto& entry : clients) {
        const domain::Client& c = entry.client;
        CurrentConsentTracker current;
        for (const auto& e : entry.events)
            current.add(e);
        h += QStringLiteral("<h2 style=\"page-break-before: always;\">") + esc(c.name) + QStringLiteral("</h2>");
        h += chainLine(header);
        QString facts = tr("Client %1").arg(c.id);
        if (!c.preferredName.isEmpty())
            facts += QStringLiteral(" · ") + tr("goes by %1").arg(c.preferredName);
        h += QStringLiteral("<p>") + esc(facts) + QStringLiteral("</p>");

        h += QStringLiteral("<h3>") + esc(tr("Contact points")) + QStringLiteral("</h3>");
        if (c.contacts.isEmpty()) {
            h += QStringLiteral("<p>") + esc(tr("None on file.")) + QStringLiteral("</p>");
        } else {
            h += QStringLiteral("<table border=\"1\"><tr>") + headerCell(tr("Kind")) + headerCell(tr("Value")) +
                 headerCell(tr("Label")) + headerCell(tr("Type")) + QStringLiteral("</tr>");
            for (const auto& p : c.contacts) {
                const bool phone = p.kind == domain::ContactPoint::Kind::Phone;
                h += QStringLiteral("<tr>") + cell(phone ? tr("phone") : tr("email")) + cell(p.value) + cell(p.label) +
                     cell(phone ? domain::toString(p.numberType) : QString()) + QStringLiteral("</tr>");
            }
            h += QStringLiteral("</table>");
        }

        h += QStringLiteral("<h3>") + esc(tr("Directives")) + QStringLiteral("</h3>");
        if (c.directives.isEmpty()) {
            h += QStringLiteral("<p>") + esc(tr("None.")) + QStringLiteral("</p>");
        } else {
            h += QStringLiteral("<ul>");
            for (const auto& d : c.directives)
                h += QStringLiteral("<li>") +
                     esc(tr("%1, set %2 by %3")
                             .arg(domain::toString(d.directive), times.formatReadable(d.setAt), d.setBy)) +
                     QStringLiteral("</li>");
            h += QStringLiteral("</ul>");
        }

        h += QStringLiteral("<h3>") + esc(tr("Current consents")) + QStringLiteral("</h3>");
        const auto states = current.states(c.id);
        if (states.isEmpty()) {
            h += QStringLiteral("<p>") + esc(tr("No consent recorded.")) + QStringLiteral("</p>");
        } else {
            h += QStringLiteral("<table border=\"1\"><tr>") + headerCell(tr("Channel")) + headerCell(tr("Scope")) +
                 headerCell(tr("State")) + headerCell(tr("Since")) + headerCell(tr("Method")) + QStringLiteral("</tr>");
            for (const auto& s : states)
                h += QStringLiteral("<tr>") + cell(domain::toString(s.channel)) + cell(domain::toString(s.scope)) +
                     cell(stateText(s.state)) + cell(times.formatReadable(s.effectiveAt)) + cell(s.method) +
                     QStringLiteral("</tr>");
            h += QStringLiteral("</table>");
        }

        h += QStringLiteral("<h3>") + esc(tr("History")) + QStringLiteral("</h3>");
        if (entry.events.isEmpty()) {
            h += QStringLiteral("<p>") + esc(tr("No events in this period.")) + QStringLiteral("</p>");
        } else {
            // The note goes on its own line under its event, across the table: nine columns side by
            // side do not fit a portrait page without cutting words.
            h += QStringLiteral("<table border=\"1\" width=\"100%\"><tr>") + headerCell(tr("Event")) +
                 headerCell(tr("Effective")) + headerCell(tr("Recorded")) + headerCell(tr("Channel")) +
                 headerCell(tr("Scope")) + headerCell(tr("State")) + headerCell(tr("Method")) + headerCell(tr("By")) +
                 QStringLiteral("</tr>");
            for (const auto& e : entry.events) {
                h += QStringLiteral("<tr>") + cell(QString::number(e.id)) + cell(times.formatReadable(e.effectiveAt)) +
                     cell(times.formatReadable(e.recordedAt)) + tokenCell(domain::toString(e.channel)) +
                     tokenCell(domain::toString(e.scope)) + cell(stateText(e.state)) + tokenCell(e.method) +
                     cell(e.recordedBy) + QStringLiteral("</tr>");
                if (!e.note.isEmpty())
                    h += QStringLiteral("<tr><td></td><td colspan=\"7\"><i>") + esc(tr("Note:")) +
                         QStringLiteral("</i> ") + esc(e.note) + QStringLiteral("</td></tr>");
            }
            h += QStringLiteral("</table>");
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

void ConsentPdfExporter::setUp(QTextDocument& document, const QString& html)
{
    // The default (WrapAtWordBoundaryOrAnywhere) lets a narrow table column cut a word in two
    // ("Effecti ve", "Decemb er"); a column must instead grow to its longest word.
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(option);
    document.setHtml(html);
}

domain::Status ConsentPdfExporter::write(QIODevice* device, const ExportHeader& header,
                                         const QVector<ClientHistory>& clients)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return domain::Error::invalid(
            tr("PDF export needs the graphical application object (QGuiApplication) for its fonts"));
    QPdfWriter writer(device);
    writer.setTitle(tr("Consent records: %1").arg(header.practiceName));
    writer.setCreator(QStringLiteral("Rapport"));
    // QTextDocument::print adds 2 cm margins of its own to a document without a page size: with
    // 15 mm more here the text was 14 cm wide and the history table did not fit.
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setResolution(300);
    QTextDocument document;
    setUp(document, html(header, clients));
    document.print(&writer);
    return std::nullopt;
}

domain::Status ConsentPdfExporter::writeToFile(const QString& path, const ExportHeader& header,
                                               const QVector<ClientHistory>& clients)
{
    return writeFileAtomically(path, [&](QIODevice* device) { return write(device, header, clients); });
}

} // namespace rapport::io
