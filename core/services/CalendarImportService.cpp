// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CalendarImportService.h"

#include "domain/TemplateRenderer.h"
#include "io/CalendarReader.h"
#include "services/AppointmentService.h"
#include "services/PhoneNumbers.h"
#include "services/SettingsService.h"
#include "storage/AppointmentRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/TemplateRepository.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace rapport::services {

using domain::Appointment;
using domain::AppointmentStatus;
using domain::CalendarMatcher;
using domain::Error;
using domain::MatchRule;
using domain::Result;
using domain::Status;

QString toString(CalendarChange c)
{
    switch (c) {
    case CalendarChange::New:
        return QStringLiteral("new");
    case CalendarChange::Moved:
        return QStringLiteral("moved");
    case CalendarChange::Cancelled:
        return QStringLiteral("cancelled");
    case CalendarChange::Unchanged:
        return QStringLiteral("unchanged");
    case CalendarChange::Unmatched:
        return QStringLiteral("unmatched");
    case CalendarChange::Error:
        return QStringLiteral("error");
    case CalendarChange::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

int CalendarImportPlan::count(CalendarChange c) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [c](const CalendarPlanItem& i) { return i.change == c; }));
}

namespace {

QString recurrenceText(const QDateTime& rid)
{
    return rid.isValid() ? rid.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

/// Runs of digits, spaces and the punctuation people write numbers with, long enough to be one.
QStringList phoneCandidates(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("\\+?\\(?\\d[\\d ().\\-]{5,}\\d"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

} // namespace

CalendarImportService::CalendarImportService(const storage::Database& db, const domain::Clock& clock)
    : m_db(db), m_clock(clock)
{
}

QString CalendarImportService::sourceFor(const QString& calendarName, const QString& fileName)
{
    const QString name = calendarName.trimmed().isEmpty() ? fileName.trimmed() : calendarName.trimmed();
    return QStringLiteral("ics:") + name;
}

Result<CalendarImportPlan> CalendarImportService::plan(const QString& path, const CalendarImportOptions& options) const
{
    const auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    QTimeZone zone(settings->timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/London"));

    CalendarImportPlan plan;
    plan.path = path;
    plan.fileName = QFileInfo(path).fileName();
    const QDateTime now = m_clock.now().toUTC();
    plan.from = options.from.value_or(now.addDays(-kDaysBack)).toUTC();
    plan.to = options.to.value_or(now.addDays(kDaysAhead)).toUTC();

    io::CalendarReadOptions ro;
    ro.from = plan.from;
    ro.to = plan.to;
    ro.floatingZone = zone;
    ro.progress = options.progress;
    auto read = io::CalendarReader::readFile(path, ro);
    if (!read) {
        Error e = read.error();
        if (!e.message.contains(path) && !e.message.contains(plan.fileName))
            e.message = plan.fileName + QStringLiteral(": ") + e.message;
        e.field = QStringLiteral("file");
        return e;
    }
    plan.formatName = read->formatName;
    plan.calendarName = read->calendarName.trimmed().isEmpty() ? plan.fileName : read->calendarName.trimmed();
    plan.source = sourceFor(read->calendarName, plan.fileName);
    plan.eventsRead = read->eventsRead;

    storage::CalendarRepository calendars(m_db);
    const auto candidates = calendars.candidates();
    if (!candidates)
        return candidates.error();
    for (const auto& c : *candidates)
        plan.clientNames.insert(c.id, c.name);
    const auto choices = calendars.choices(plan.source);
    if (!choices)
        return choices.error();
    const CalendarMatcher matcher(*candidates, *choices);
    const PhoneNumbers phones(settings->country.isEmpty() ? QStringLiteral("GB") : settings->country);
    QHash<qint64, QStringList> namesById;
    for (const auto& c : *candidates)
        namesById.insert(c.id, CalendarMatcher::namesOf(c));

    storage::AppointmentRepository appointments(m_db);
    QSet<QString> seen;
    for (const domain::CalendarEvent& ev : read->events) {
        CalendarPlanItem item;
        item.uid = ev.uid;
        item.recurrenceId = recurrenceText(ev.recurrenceId);
        item.summary = ev.summary;
        item.location = ev.location;
        item.line = ev.line;
        item.start = ev.start.toUTC();
        item.end = ev.end.toUTC();
        if (item.end <= item.start)
            item.end = item.start.addSecs(60 * Appointment::kDefaultMinutes);
        item.matchKey = CalendarMatcher::nameKey(ev.summary);
        item.emailKey = CalendarMatcher::emailKey(ev);
        const QString eventName = ev.summary.isEmpty() ? ev.uid : ev.summary;

        const QString id = item.uid + QChar(0) + item.recurrenceId;
        if (seen.contains(id)) {
            item.change = CalendarChange::Error;
            item.message = tr("line %1: event '%2' appears twice in the file (same UID and recurrence)")
                               .arg(ev.line)
                               .arg(eventName);
            plan.items.push_back(item);
            continue;
        }
        seen.insert(id);

        const auto existing = appointments.findByExternalUid(plan.source, item.uid, item.recurrenceId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const Appointment& a = **existing;
            item.appointmentId = a.id;
            item.clientId = a.clientId;
            item.rule = MatchRule::Existing;
            item.oldStart = a.start;
            item.oldEnd = a.end;
            if (!plan.clientNames.contains(a.clientId)) {
                const auto c = storage::ClientRepository(m_db).find(a.clientId, now);
                if (c)
                    plan.clientNames.insert(a.clientId, c->name);
            }
        }
        // The name part is taken out of the summary; the match key only when it is what matched
        // (a remembered choice), since for other rules it may be the service ("follow-up").
        const auto service = [&](qint64 clientId, MatchRule rule) {
            QStringList names = namesById.value(clientId);
            if (rule == MatchRule::Remembered)
                names << item.matchKey;
            return CalendarMatcher::serviceOf(ev.summary, names);
        };

        if (ev.allDay) {
            item.change = CalendarChange::Ignored;
            item.message = tr("all-day event: not an appointment");
        } else if (item.start.secsTo(item.end) > 60LL * AppointmentService::kMaxMinutes) {
            item.change = CalendarChange::Error;
            item.message = tr("line %1: event '%2' lasts longer than a day").arg(ev.line).arg(eventName);
        } else if (ev.cancelled()) {
            if (!existing->has_value()) {
                item.change = CalendarChange::Ignored;
                item.message = tr("cancelled in the calendar before it was imported");
            } else if ((*existing)->status == AppointmentStatus::Booked) {
                item.change = CalendarChange::Cancelled;
                item.message = tr("cancelled in the calendar");
                item.start = item.oldStart;
                item.end = item.oldEnd;
            } else {
                item.change = CalendarChange::Unchanged;
            }
        } else if (existing->has_value()) {
            const Appointment& a = **existing;
            item.service = service(a.clientId, MatchRule::Existing);
            if (a.status == AppointmentStatus::Cancelled) {
                item.change = CalendarChange::New;
                item.rebook = true;
            } else if (a.status != AppointmentStatus::Booked) {
                item.change = CalendarChange::Unchanged; // attended / no-show: history
            } else if (a.start != item.start || a.end != item.end) {
                item.change = CalendarChange::Moved;
            } else {
                item.change = CalendarChange::Unchanged;
                item.detailsChanged = a.service != item.service || a.location != item.location;
            }
        } else {
            QStringList numbers;
            for (const QString& text : {ev.summary, ev.description, ev.location})
                for (const QString& candidate : phoneCandidates(text))
                    if (const auto p = phones.normalise(candidate); p)
                        numbers << p->value;
            const domain::EventMatch m = matcher.match(ev, numbers);
            if (m.clientId > 0) {
                item.change = CalendarChange::New;
                item.clientId = m.clientId;
                item.rule = m.rule;
                item.service = service(m.clientId, m.rule);
            } else {
                item.change = CalendarChange::Unmatched;
                item.ambiguous = m.ambiguous;
                QStringList names;
                for (const qint64 c : m.ambiguous)
                    names << plan.clientNames.value(c);
                item.message = m.ambiguous.isEmpty()
                                   ? tr("no client matches")
                                   : tr("several clients match: %1").arg(names.join(QStringLiteral(", ")));
            }
        }
        plan.items.push_back(item);
    }

    if (options.cancelMissing && read->errors.isEmpty()) {
        const auto stored = appointments.fromSourceBetween(plan.source, plan.from, plan.to);
        if (!stored)
            return stored.error();
        for (const Appointment& a : *stored) {
            if (a.status != AppointmentStatus::Booked || seen.contains(a.externalUid + QChar(0) + a.recurrenceId))
                continue;
            CalendarPlanItem item;
            item.change = CalendarChange::Cancelled;
            item.uid = a.externalUid;
            item.recurrenceId = a.recurrenceId;
            item.summary = a.service;
            item.location = a.location;
            item.start = a.start;
            item.end = a.end;
            item.oldStart = a.start;
            item.oldEnd = a.end;
            item.clientId = a.clientId;
            item.rule = MatchRule::Existing;
            item.appointmentId = a.id;
            item.message = tr("no longer in the calendar");
            if (!plan.clientNames.contains(a.clientId)) {
                const auto c = storage::ClientRepository(m_db).find(a.clientId, now);
                if (c)
                    plan.clientNames.insert(a.clientId, c->name);
            }
            plan.items.push_back(item);
        }
    }
    for (const io::CalendarError& e : read->errors) {
        CalendarPlanItem item;
        item.change = CalendarChange::Error;
        item.line = e.line;
        item.summary = e.event;
        item.message = e.message;
        plan.items.push_back(item);
    }
    return plan;
}

Status CalendarImportService::choose(CalendarImportPlan& plan, int index, qint64 clientId, const QString& clientName)
{
    if (index < 0 || index >= plan.items.size() || plan.items.at(index).change != CalendarChange::Unmatched)
        return Error::invalid(tr("event %1 of the plan is not one to match").arg(index + 1), QStringLiteral("event"));
    if (clientId <= 0)
        return Error::invalid(tr("choose a client"), QStringLiteral("client"));
    const CalendarPlanItem picked = plan.items.at(index);
    const QString key = picked.emailKey.isEmpty() ? picked.matchKey : picked.emailKey;
    plan.clientNames.insert(clientId, clientName);
    for (int i = 0; i < plan.items.size(); ++i) {
        CalendarPlanItem& item = plan.items[i];
        const QString itemKey = item.emailKey.isEmpty() ? item.matchKey : item.emailKey;
        if (item.change != CalendarChange::Unmatched || (i != index && (key.isEmpty() || itemKey != key)))
            continue;
        item.change = CalendarChange::New;
        item.clientId = clientId;
        item.rule = MatchRule::Chosen;
        item.remember = true;
        item.ambiguous.clear();
        item.message.clear();
        item.service = CalendarMatcher::serviceOf(item.summary, {item.matchKey});
    }
    return std::nullopt;
}

Result<CalendarImportSummary> CalendarImportService::apply(const CalendarImportPlan& plan,
                                                           const CalendarImportOptions& options) const
{
    CalendarImportSummary summary;
    summary.plan = plan;
    summary.dryRun = options.dryRun;
    if (options.dryRun)
        return summary;
    if (options.strict && plan.hasErrors()) {
        summary.strictRefused = true;
        return summary;
    }
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.now().toUTC();
    storage::AppointmentRepository appointments(m_db);
    storage::CalendarRepository calendars(m_db);
    storage::ClientRepository clients(m_db);
    QVector<domain::UnmatchedCalendarEvent> unmatched;
    QSet<qint64> checked;
    const int total = int(plan.items.size());
    for (int i = 0; i < total; ++i) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            return summary; // the transaction rolls back
        }
        const CalendarPlanItem& item = plan.items.at(i);
        if (item.clientId > 0 && item.appointmentId == 0 && !checked.contains(item.clientId)) {
            const auto c = clients.find(item.clientId, now);
            if (!c)
                return c.error();
            if (c->erased || c->archived)
                return Error::invalid(tr("client %1 is archived or erased and cannot be booked").arg(item.clientId),
                                      QStringLiteral("client"));
            checked.insert(item.clientId);
        }
        Status written;
        switch (item.change) {
        case CalendarChange::New:
            if (item.appointmentId > 0) {
                auto found = appointments.find(item.appointmentId);
                if (!found)
                    return found.error();
                Appointment a = found.value();
                a.start = item.start;
                a.end = item.end;
                a.service = item.service;
                a.location = item.location;
                a.status = AppointmentStatus::Booked;
                written = appointments.update(a, now);
            } else {
                Appointment a;
                a.clientId = item.clientId;
                a.start = item.start;
                a.end = item.end;
                a.service = item.service;
                a.location = item.location;
                a.source = plan.source;
                a.externalUid = item.uid;
                a.recurrenceId = item.recurrenceId;
                if (auto id = appointments.insert(a, now); !id)
                    written = id.error();
            }
            break;
        case CalendarChange::Moved:
        case CalendarChange::Cancelled:
        case CalendarChange::Unchanged: {
            if (item.change == CalendarChange::Unchanged && !item.detailsChanged)
                break;
            auto found = appointments.find(item.appointmentId);
            if (!found)
                return found.error();
            Appointment a = found.value();
            if (item.change == CalendarChange::Cancelled) {
                a.status = AppointmentStatus::Cancelled;
            } else {
                a.start = item.start;
                a.end = item.end;
                a.service = item.service;
                a.location = item.location;
            }
            written = appointments.update(a, now);
            break;
        }
        case CalendarChange::Unmatched:
            unmatched.push_back({plan.source, item.uid, item.recurrenceId, item.summary, item.matchKey, item.emailKey,
                                 item.start, item.end, item.location, item.line});
            break;
        case CalendarChange::Error:
        case CalendarChange::Ignored:
            break;
        }
        if (written)
            return *written;
        if (item.remember) {
            const QString key = item.emailKey.isEmpty() ? item.matchKey : item.emailKey;
            if (!key.isEmpty())
                if (auto e = calendars.remember(plan.source, key, item.clientId, now))
                    return *e;
        }
        if (options.progress)
            options.progress(i + 1, total);
    }
    if (auto e = calendars.replaceUnmatched(plan.source, unmatched, now))
        return *e;
    if (!plan.path.isEmpty())
        if (auto e = calendars.markFileRead(plan.path, now))
            return *e;
    if (auto e = tx.value().commit())
        return *e;
    summary.written = true;
    return summary;
}

Result<CalendarImportSummary> CalendarImportService::importFile(const QString& path,
                                                                const CalendarImportOptions& options) const
{
    auto p = plan(path, options);
    if (!p)
        return p.error();
    return apply(*p, options);
}

Result<CalendarMatchOutcome> CalendarImportService::matchUnmatched(const QString& uid, qint64 clientId,
                                                                   const QString& source) const
{
    storage::CalendarRepository calendars(m_db);
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.now().toUTC();
    const auto client = storage::ClientRepository(m_db).find(clientId, now);
    if (!client)
        return client.error();
    if (client->erased || client->archived)
        return Error::invalid(tr("client %1 is archived or erased and cannot be booked").arg(clientId),
                              QStringLiteral("client"));
    const auto found = calendars.unmatchedByUid(uid);
    if (!found)
        return found.error();
    QVector<domain::UnmatchedCalendarEvent> events;
    for (const auto& u : *found)
        if (source.isEmpty() || u.source == source || u.source == QStringLiteral("ics:") + source)
            events << u;
    if (events.isEmpty())
        return Error::invalid(tr("no unmatched calendar event with UID %1 (import the calendar first)").arg(uid),
                              QStringLiteral("uid"));
    QSet<QString> sources;
    for (const auto& u : events)
        sources.insert(u.source);
    if (sources.size() > 1)
        return Error::invalid(tr("UID %1 is in several calendars (%2): name one with --calendar")
                                  .arg(uid, QStringList(sources.values()).join(QStringLiteral(", "))),
                              QStringLiteral("calendar"));
    CalendarMatchOutcome out;
    out.source = events.front().source;
    out.key = events.front().emailKey.isEmpty() ? events.front().matchKey : events.front().emailKey;
    const auto kept = calendars.unmatched(out.source);
    if (!kept)
        return kept.error();
    storage::AppointmentRepository appointments(m_db);
    for (const auto& u : *kept) {
        const QString key = u.emailKey.isEmpty() ? u.matchKey : u.emailKey;
        if (u.uid != uid && (out.key.isEmpty() || key != out.key))
            continue;
        const auto existing = appointments.findByExternalUid(u.source, u.uid, u.recurrenceId);
        if (!existing)
            return existing.error();
        if (!existing->has_value()) {
            Appointment a;
            a.clientId = clientId;
            a.start = u.start;
            a.end = u.end;
            a.service = CalendarMatcher::serviceOf(u.summary, {u.matchKey});
            a.location = u.location;
            a.source = u.source;
            a.externalUid = u.uid;
            a.recurrenceId = u.recurrenceId;
            if (auto id = appointments.insert(a, now); !id)
                return id.error();
            ++out.booked;
        }
        if (auto e = calendars.removeUnmatched(u.source, u.uid, u.recurrenceId))
            return *e;
    }
    if (!out.key.isEmpty())
        if (auto e = calendars.remember(out.source, out.key, clientId, now))
            return *e;
    if (auto e = tx.value().commit())
        return *e;
    return out;
}

Status CalendarImportService::remember(const QString& source, const QString& key, qint64 clientId) const
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = storage::CalendarRepository(m_db).remember(source, key, clientId, m_clock.now().toUTC()))
        return e;
    return tx.value().commit();
}

Result<QHash<QString, qint64>> CalendarImportService::choices(const QString& source) const
{
    return storage::CalendarRepository(m_db).choices(source);
}

Result<QVector<domain::CalendarFile>> CalendarImportService::calendarFiles() const
{
    return storage::CalendarRepository(m_db).files();
}

Status CalendarImportService::rememberFile(const QString& path) const
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = storage::CalendarRepository(m_db).addFile(QFileInfo(path).absoluteFilePath(), m_clock.now().toUTC()))
        return e;
    return tx.value().commit();
}

Status CalendarImportService::forgetFile(const QString& path) const
{
    auto tx = storage::SqlTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto e = storage::CalendarRepository(m_db).removeFile(path))
        return e;
    return tx.value().commit();
}

Result<QString> CalendarImportService::rescheduleDraft(const CalendarPlanItem& moved) const
{
    const auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    const auto client = storage::ClientRepository(m_db).find(moved.clientId, m_clock.now());
    if (!client)
        return client.error();
    QTimeZone zone(settings->timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/London"));
    const auto templates = storage::TemplateRepository(m_db).list();
    if (!templates)
        return templates.error();
    for (const auto& t : *templates) {
        if (t.name.compare(QStringLiteral("Reschedule"), Qt::CaseInsensitive) == 0 ||
            t.starterKey == QLatin1String("reschedule")) {
            const auto rendered = domain::TemplateRenderer().render(t.body, &*client, *settings);
            return rendered.text;
        }
    }
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const auto when = [&](const QDateTime& t) -> QString {
        const QDateTime local = t.toTimeZone(zone);
        return locale.toString(local.date(), QStringLiteral("ddd d MMM")) + tr(" at ") +
               local.time().toString(QStringLiteral("HH:mm"));
    };
    const QString name = client->preferredName.isEmpty() ? client->firstName() : client->preferredName;
    QString text =
        tr("Hi %1, your appointment on %2 has moved to %3.").arg(name, when(moved.oldStart), when(moved.start));
    if (!settings->practitioner.isEmpty())
        text += QLatin1Char(' ') + settings->practitioner;
    return text;
}

} // namespace rapport::services
