// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ImportService.h"

#include "io/ClientListReader.h"

#include "io/CsvReader.h"

#include "services/ClientService.h"
#include "services/PhoneNumbers.h"
#include "services/SettingsService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/ImportWriter.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace rapport::services {

using domain::Client;
using domain::ContactPoint;
using domain::Error;
using domain::Result;

namespace {

bool cancelled(const ImportOptions& options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

bool hasContact(const Client& c, const ContactPoint& cp)
{
    for (const auto& mine : c.contacts)
        if (domain::sameContact(mine, cp))
            return true;
    return false;
}

bool hasConsent(const QVector<PlannedConsent>& list, const PlannedConsent& pc)
{
    for (const auto& c : list)
        if (c.channel == pc.channel && c.scope == pc.scope)
            return true;
    return false;
}

/// Adds to `into` the contacts it lacks and fills its empty fields from `from`; true when it changed.
bool foldClient(Client& into, const Client& from)
{
    bool changed = false;
    for (const auto& cp : from.contacts) {
        if (!hasContact(into, cp)) {
            into.contacts.push_back(cp);
            changed = true;
        }
    }
    for (auto [mine, theirs] : {std::pair{&into.preferredName, &from.preferredName},
                                std::pair{&into.timeZone, &from.timeZone}, std::pair{&into.notes, &from.notes}}) {
        if (mine->isEmpty() && !theirs->isEmpty()) {
            *mine = *theirs;
            changed = true;
        }
    }
    return changed;
}

/// Folds the record(s) `from` into `into`: lines, client fields, opt-ins for new channel/scope pairs.
void fold(PlannedClient& into, const PlannedClient& from)
{
    into.lines += from.lines;
    foldClient(into.client, from.client);
    for (const auto& pc : from.consents)
        if (!hasConsent(into.consents, pc))
            into.consents.push_back(pc);
}

} // namespace

int ImportPlan::newClients() const
{
    int n = 0;
    for (const auto& c : clients)
        if (c.existingId == 0)
            ++n;
    return n;
}

ImportService::ImportService(const storage::Database& db, const domain::Clock& clock) : m_db(db), m_clock(clock) {}

Result<QString> ImportService::region() const
{
    auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    return settings->country;
}

Result<ImportPlan> ImportService::plan(const QString& path, const ImportOptions& options) const
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return Error::invalid(
            tr("cannot open %1: %2").arg(path, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()),
            QStringLiteral("file"));
    return plan(&file, name, options);
}

Result<ImportPlan> ImportService::plan(QIODevice* device, const QString& sourceName, const ImportOptions& options) const
{
    auto reg = region();
    if (!reg)
        return reg.error();
    const auto inFile = [&](const QString& message) {
        return Error::invalid(QStringLiteral("%1: %2").arg(sourceName, message), QStringLiteral("file"));
    };

    io::ClientListReader reader(device, options.format, options.delimiter);
    if (auto e = reader.open())
        return inFile(e->message);
    if (options.mapping && reader.format() == domain::ImportFormat::Csv) {
        if (options.mapping->header != reader.mapping().header)
            return inFile(tr("the column mapping was made for another header"));
        reader.setMapping(*options.mapping);
    }
    if (reader.format() == domain::ImportFormat::Csv && !reader.mapping().mapsAnything())
        return inFile(tr("line 1: no column of the header was recognised as a name, phone or email (%1)")
                          .arg(reader.mapping().header.mid(0, 10).join(QStringLiteral(", "))));

    ImportPlan plan;
    plan.sourceName = sourceName;
    // Read everything first, then normalise each distinct number once, on every core:
    // libphonenumber costs tens of microseconds a number, everything else a few.
    QVector<domain::ImportRecord> records;
    {
        domain::ImportRecord record;
        while (reader.next(record)) {
            if (cancelled(options))
                return Error::invalid(tr("the import was cancelled"));
            records.push_back(std::move(record));
            record = {};
        }
    }
    if (reader.error())
        return inFile(reader.error()->message);
    QStringList raws;
    QHash<QString, int> rawIndex; // raw text -> index in raws and normalised
    for (const auto& r : std::as_const(records))
        for (const auto& raw : r.phones)
            if (!rawIndex.contains(raw.value)) {
                rawIndex.insert(raw.value, int(raws.size()));
                raws.push_back(raw.value);
            }
    const QVector<PhoneNumbers::Normalised> normalised = PhoneNumbers(reg.value()).normaliseAll(raws);
    if (cancelled(options))
        return Error::invalid(tr("the import was cancelled"));

    QHash<QString, int> byKey; // domain::contactKey of a phone or email -> index in plan.clients
    for (const domain::ImportRecord& record : std::as_const(records)) {
        if (cancelled(options))
            return Error::invalid(tr("the import was cancelled"));
        ++plan.read;
        QStringList problems = record.problems;
        PlannedClient entry;
        entry.lines = {record.line};
        entry.client.name = record.name;
        entry.client.preferredName = record.preferredName;
        entry.client.notes = record.notes;
        for (const auto& raw : record.phones) {
            const auto& number = normalised.at(rawIndex.value(raw.value));
            if (!number.point) {
                problems << tr("invalid phone number '%1'").arg(raw.value.trimmed());
                continue;
            }
            if (!plan.numberTerms.contains(number.point->value))
                plan.numberTerms.insert(number.point->value, number.searchTerms.join(QLatin1Char(' ')));
            ContactPoint point = number.point.value();
            point.label = raw.label;
            if (!hasContact(entry.client, point))
                entry.client.contacts.push_back(point);
        }
        for (const auto& raw : record.emails) {
            auto email = ClientService::normaliseEmail(raw.value);
            if (!email) {
                problems << tr("invalid email '%1'").arg(raw.value);
                continue;
            }
            ContactPoint point{0, ContactPoint::Kind::Email, email.value(), raw.label, domain::NumberType::Unknown};
            if (!hasContact(entry.client, point))
                entry.client.contacts.push_back(point);
        }
        if (!problems.isEmpty()) {
            plan.skipped.push_back({record.line, problems.join(QStringLiteral("; "))});
            continue;
        }
        for (const auto& w : record.warnings)
            plan.warnings.push_back({record.line, w});
        if (!record.timeZone.isEmpty()) {
            if (QTimeZone(record.timeZone.toUtf8()).isValid())
                entry.client.timeZone = record.timeZone;
            else
                plan.warnings.push_back(
                    {record.line, tr("unknown time zone '%1': the practice's is used").arg(record.timeZone)});
        }
        for (const auto& optIn : record.optIns) {
            PlannedConsent pc{optIn.channel, optIn.scope,
                              tr("%1 line %2, column '%3' = %4")
                                  .arg(sourceName)
                                  .arg(record.line)
                                  .arg(optIn.column, optIn.rawValue.trimmed())};
            if (!hasConsent(entry.consents, pc))
                entry.consents.push_back(pc);
        }
        int match = -1;
        for (const auto& cp : entry.client.contacts) {
            match = byKey.value(domain::contactKey(cp), -1);
            if (match >= 0)
                break;
        }
        if (match >= 0) {
            fold(plan.clients[match], entry);
            plan.warnings.push_back(
                {record.line,
                 tr("merged with line %1 (same phone number or email)").arg(plan.clients[match].lines.first())});
        } else {
            match = plan.clients.size();
            plan.clients.push_back(entry);
        }
        for (const auto& cp : plan.clients[match].client.contacts)
            byKey.insert(domain::contactKey(cp), match);
    }
    records = QVector<domain::ImportRecord>(); // clear() would keep the capacity: 100,000 records are 33 MB
    plan.formatName = reader.formatName();
    plan.delimiter = reader.delimiter();
    plan.mapping = reader.mapping();
    plan.headerLine = reader.headerLine();
    plan.unimportedColumns = reader.unimportedColumns();
    if (!plan.unimportedColumns.isEmpty()) {
        QStringList quoted;
        for (const QString& column : std::as_const(plan.unimportedColumns))
            quoted << QStringLiteral("'%1'").arg(column);
        const QString list = quoted.join(QStringLiteral(", "));
        plan.warnings.push_back({plan.headerLine, plan.unimportedColumns.size() == 1
                                                      ? tr("column not imported: %1").arg(list)
                                                      : tr("columns not imported: %1").arg(list)});
    }

    // Against the database: one batched lookup for every contact value of the file.
    QStringList phones, emails;
    for (const auto& entry : std::as_const(plan.clients))
        for (const auto& cp : entry.client.contacts)
            (cp.kind == ContactPoint::Kind::Email ? emails : phones) << domain::contactKey(cp);
    phones.removeDuplicates();
    emails.removeDuplicates();
    auto existing = storage::ImportWriter::findByContacts(m_db, phones, emails);
    if (!existing)
        return existing.error();
    QHash<qint64, int> byExisting; // existing client id -> index of the entry merged into it
    QVector<PlannedClient> merged;
    merged.reserve(plan.clients.size());
    storage::ClientRepository clients(m_db);
    for (auto& entry : plan.clients) {
        qint64 id = 0;
        for (const auto& cp : entry.client.contacts) {
            id = existing->value(domain::contactKey(cp), 0);
            if (id)
                break;
        }
        if (!id) {
            plan.mergedInFile += int(entry.lines.size()) - 1;
            merged.push_back(std::move(entry));
            continue;
        }
        plan.mergedWithDatabase += int(entry.lines.size());
        const int at = byExisting.value(id, -1);
        if (at >= 0) {
            fold(merged[at], entry);
            continue;
        }
        auto stored = clients.find(id, m_clock.now());
        if (!stored)
            return stored.error();
        PlannedClient into;
        into.existingId = id;
        into.client = stored.value();
        fold(into, entry);
        byExisting.insert(id, int(merged.size()));
        merged.push_back(std::move(into));
    }
    plan.clients = std::move(merged);
    std::stable_sort(plan.warnings.begin(), plan.warnings.end(),
                     [](const ImportLine& a, const ImportLine& b) { return a.line < b.line; });
    return plan;
}

Result<ImportSummary> ImportService::apply(const ImportPlan& plan, const ImportOptions& options) const
{
    ImportSummary summary;
    summary.formatName = plan.formatName;
    summary.delimiter = plan.delimiter;
    summary.headerLine = plan.headerLine;
    summary.unimportedColumns = plan.unimportedColumns;
    summary.read = plan.read;
    summary.skipped = plan.skipped;
    summary.warnings = plan.warnings;
    summary.dryRun = options.dryRun;
    if (options.strict && !plan.skipped.isEmpty()) {
        summary.strictRefused = true;
        return summary;
    }
    summary.imported = plan.newClients();
    summary.merged = plan.merged();
    for (const auto& c : plan.clients)
        summary.consentEvents += int(c.consents.size());
    if (options.dryRun)
        return summary;

    QString by = options.by.trimmed();
    if (by.isEmpty()) {
        auto practitioner = storage::SettingsRepository(m_db).value(QStringLiteral("practitioner"));
        if (!practitioner)
            return practitioner.error();
        by = practitioner.value().value_or(QString()).trimmed();
        if (by.isEmpty())
            by = QStringLiteral("import");
    }
    const QDateTime now = m_clock.now();
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    storage::ImportWriter writer(m_db);
    if (auto e = writer.begin())
        return *e;
    writer.addNumberTerms(plan.numberTerms);
    storage::ClientRepository clients(m_db);
    const int total = int(plan.clients.size());
    // The plan was matched against the database before the write lock was taken: another
    // program may have added some of its new clients since (the same file imported at two desks
    // at once). Look again under the lock and merge into those clients instead of duplicating.
    auto late = lateMatches(plan);
    if (!late)
        return late.error();
    for (auto it = late->cbegin(); it != late->cend(); ++it) {
        const PlannedClient& entry = plan.clients.at(it.key());
        --summary.imported;
        ++summary.merged; // its first line merges too; the others were counted as merged in the file
        summary.warnings.push_back(
            {entry.lines.first(),
             tr("merged with client %1, added by another program while the import was prepared").arg(it.value())});
    }
    if (!late->isEmpty())
        std::stable_sort(summary.warnings.begin(), summary.warnings.end(),
                         [](const ImportLine& a, const ImportLine& b) { return a.line < b.line; });
    summary.consentEvents = 0;
    for (int i = 0; i < total; ++i) {
        if (cancelled(options)) {
            tx.value().rollback();
            summary.cancelled = true;
            summary.imported = summary.merged = summary.consentEvents = 0;
            return summary;
        }
        const PlannedClient& entry = plan.clients.at(i);
        const qint64 existingId = entry.existingId ? entry.existingId : late->value(i, 0);
        qint64 id = existingId;
        if (id == 0) {
            auto inserted = writer.insertClient(entry.client, now);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
        } else {
            // Re-read inside the transaction: the plan may be older than the database.
            auto stored = clients.find(id, m_clock.now());
            if (!stored)
                return stored.error();
            Client updated = stored.value();
            if (updated.erased)
                return Error::invalid(tr("client %1 was erased while the import was prepared").arg(id));
            if (foldClient(updated, entry.client)) {
                if (auto e = clients.update(updated, now))
                    return *e;
            }
        }
        for (const auto& pc : entry.consents) {
            if (existingId) {
                auto has = writer.hasEvent(id, pc.channel, pc.scope);
                if (!has)
                    return has.error();
                if (has.value())
                    continue;
            }
            domain::ConsentEvent event;
            event.clientId = id;
            event.channel = pc.channel;
            event.scope = pc.scope;
            event.state = domain::ConsentState::Imported;
            event.method = QStringLiteral("imported");
            event.effectiveAt = now;
            event.recordedAt = now;
            event.recordedBy = by;
            event.note = pc.evidence;
            if (auto e = writer.appendEvent(event))
                return *e;
            ++summary.consentEvents;
        }
        if (options.progress && ((i + 1) % 256 == 0 || i + 1 == total))
            options.progress(i + 1, total);
    }
    if (cancelled(options)) {
        tx.value().rollback();
        summary.cancelled = true;
        summary.imported = summary.merged = summary.consentEvents = 0;
        return summary;
    }
    if (auto e = tx.value().commit())
        return *e;
    summary.written = true;
    return summary;
}

Result<QHash<int, qint64>> ImportService::lateMatches(const ImportPlan& plan) const
{
    QStringList phones, emails;
    for (const auto& entry : plan.clients)
        if (entry.existingId == 0)
            for (const auto& cp : entry.client.contacts)
                (cp.kind == ContactPoint::Kind::Email ? emails : phones) << domain::contactKey(cp);
    QHash<int, qint64> late;
    if (phones.isEmpty() && emails.isEmpty())
        return late;
    phones.removeDuplicates();
    emails.removeDuplicates();
    auto found = storage::ImportWriter::findByContacts(m_db, phones, emails);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return late;
    for (int i = 0; i < plan.clients.size(); ++i) {
        const PlannedClient& entry = plan.clients.at(i);
        if (entry.existingId)
            continue;
        for (const auto& cp : entry.client.contacts) {
            if (const qint64 id = found->value(domain::contactKey(cp), 0)) {
                late.insert(i, id);
                break;
            }
        }
    }
    return late;
}

Result<ImportSummary> ImportService::importFile(const QString& path, const ImportOptions& options) const
{
    auto p = plan(path, options);
    if (!p)
        return p.error();
    return apply(p.value(), options);
}

QString ImportService::delimiterName(char delimiter)
{
    return delimiter == 0 ? QString() : io::delimiterName(delimiter);
}

/// Reads only the start of the file: the header (CSV) or the first card (vCard).
ImportProbe ImportService::probe(const QString& path)
{
    ImportProbe p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return p;
    }
    io::ClientListReader reader(&file);
    if (auto e = reader.open()) {
        p.error = e->message;
        return p;
    }
    p.csv = reader.format() == domain::ImportFormat::Csv;
    p.delimiter = reader.delimiter();
    p.mapping = reader.mapping();
    if (!p.csv) {
        domain::ImportRecord first;
        reader.next(first); // the version is known once a card was read
    }
    p.format = reader.formatName();
    if (p.csv && file.seek(0)) {
        io::CsvReader csv(&file, io::CsvLimits{}, p.delimiter);
        io::CsvRecord record;
        if (csv.next(record) && csv.next(record))
            p.example = record.fields;
    }
    return p;
}

} // namespace rapport::services
