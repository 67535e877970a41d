// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Appointment.h"
#include "domain/CalendarMatch.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <optional>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// What an import does with one calendar event (or with one appointment gone from the calendar).
enum class CalendarChange {
    New,       ///< books an appointment (or books again one that was cancelled)
    Moved,     ///< start or end changed
    Cancelled, ///< cancelled in the calendar, or no longer in it
    Unchanged,
    Unmatched, ///< no client, or several, fit: a person chooses (CalendarImportService::choose)
    Error,     ///< the event could not be read
    Ignored,   ///< all-day, or cancelled before it was ever imported
};
/// `new`, `moved`, `cancelled`, `unchanged`, `unmatched`, `error`, `ignored`.
QString toString(CalendarChange c);

/// How to import one calendar.
struct CalendarImportOptions {
    /// The window events are read in; default 30 days before the clock's now to 180 days after.
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    bool dryRun = false; ///< plan and report, write nothing
    bool strict = false; ///< write nothing when any event has an error
    /// Appointments this calendar booked in the window that the file no longer has are cancelled
    /// (calendar exports drop deleted events). Never done when the file has an error.
    bool cancelMissing = true;
    /// Called with (done, total): events read, then changes written.
    std::function<void(int, int)> progress;
    /// Checked between changes; when set, everything written is rolled back.
    const std::atomic<bool>* cancel = nullptr;
};

/// One line of the plan.
struct CalendarPlanItem {
    CalendarChange change = CalendarChange::Unchanged;
    QString uid;
    QString recurrenceId; ///< as Appointment::recurrenceId: '' or the original start, ISO UTC
    QString summary;      ///< the event's, else the stored service
    QString location;
    int line = 0;    ///< the event's BEGIN:VEVENT line (0 for an appointment gone from the file)
    QDateTime start; ///< UTC: the event's (for Cancelled: the appointment's)
    QDateTime end;
    QDateTime oldStart; ///< Moved: as stored before
    QDateTime oldEnd;
    qint64 clientId = 0;
    domain::MatchRule rule = domain::MatchRule::None;
    QVector<qint64> ambiguous;   ///< Unmatched: the clients that fitted equally
    qint64 appointmentId = 0;    ///< the stored appointment, when there is one
    QString service;             ///< what the appointment's service becomes
    QString matchKey;            ///< CalendarMatcher::nameKey of the summary
    QString emailKey;            ///< CalendarMatcher::emailKey of the event
    QString message;             ///< Error: the reader's sentence; Cancelled/Ignored/Unmatched: why
    bool remember = false;       ///< a person's choice, remembered when applied
    bool rebook = false;         ///< New on a stored, cancelled appointment
    bool detailsChanged = false; ///< Unchanged, but service or location differ: rewritten
};

/// What an import would do; a value, so a dialog can show it (and a person match the unmatched)
/// before anything is written.
struct CalendarImportPlan {
    QString path;
    QString fileName;
    QString calendarName; ///< X-WR-CALNAME, else the file name
    QString formatName;   ///< "Google Calendar", "Outlook", ...
    QString source;       ///< "ics:<calendar name or file name>"
    QDateTime from;
    QDateTime to;
    int eventsRead = 0;
    QVector<CalendarPlanItem> items; ///< events by start, then appointments gone, then errors by line
    QHash<qint64, QString> clientNames;

    int count(CalendarChange c) const;
    bool hasErrors() const { return count(CalendarChange::Error) > 0; }
    QString clientName(qint64 id) const { return clientNames.value(id); }
};

/// The outcome, as `rapport-cli appointments import --json` prints it.
struct CalendarImportSummary {
    CalendarImportPlan plan;
    bool dryRun = false;
    bool written = false;       ///< the transaction committed
    bool strictRefused = false; ///< strict and some event had an error: nothing written
    bool cancelled = false;     ///< options.cancel was set: nothing written
};

/// What `appointments match UID CLIENT_ID` did.
struct CalendarMatchOutcome {
    QString source;
    QString key;    ///< the remembered match key
    int booked = 0; ///< kept unmatched events of that key now booked for the client
};

/// Imports appointments from a calendar file (.ics) and keeps them in step on re-import.
///
/// Rules (where the issue is silent):
/// - Events are identified by (source, UID, recurrence id); source is `ics:` plus the calendar's
///   X-WR-CALNAME, else the file name. A stored appointment keeps its client on re-import
///   (rule `existing`); only new events are matched (see domain::CalendarMatcher).
/// - An event without an end lasts Appointment::kDefaultMinutes; one over a day is an error;
///   all-day events are ignored (days off, not sessions).
/// - Attended and no-show appointments are history: a re-import leaves them as they are.
/// - A cancelled event cancels its booked appointment; one never imported is ignored. With
///   cancelMissing, a booked appointment of this calendar starting in the window that the file
///   no longer has is cancelled, unless the file has an error (a half-read file must not cancel).
/// - A plan is applied in one transaction: all or nothing; dry run, strict refusal and cancel
///   write nothing. A written import keeps the unmatched events (for a later match) and marks a
///   remembered calendar file as read.
class CalendarImportService {
    Q_DECLARE_TR_FUNCTIONS(CalendarImportService)

public:
    static constexpr int kDaysBack = 30;
    static constexpr int kDaysAhead = 180;

    CalendarImportService(const storage::Database& db, const domain::Clock& clock);

    static QString sourceFor(const QString& calendarName, const QString& fileName);

    /// Reads and plans without writing. A file that is not a calendar (or cannot be read) is an
    /// Error of kind InvalidInput naming the file; per-event problems are Error items.
    domain::Result<CalendarImportPlan> plan(const QString& path, const CalendarImportOptions& options = {}) const;
    /// A person's choice for unmatched item `index`: it and every other unmatched item with the
    /// same match key become New for `clientId`, remembered when applied.
    static domain::Status choose(CalendarImportPlan& plan, int index, qint64 clientId, const QString& clientName);
    /// Writes a plan (unless dry run / strict refusal / cancel) in one transaction.
    domain::Result<CalendarImportSummary> apply(const CalendarImportPlan& plan,
                                                const CalendarImportOptions& options = {}) const;
    /// plan() then apply().
    domain::Result<CalendarImportSummary> importFile(const QString& path,
                                                     const CalendarImportOptions& options = {}) const;

    /// Remembers the client for the event with this UID that an earlier import could not match
    /// (every occurrence, and every other kept event with the same key, is booked now). `source`
    /// picks the calendar when several have the UID.
    domain::Result<CalendarMatchOutcome> matchUnmatched(const QString& uid, qint64 clientId,
                                                        const QString& source = {}) const;
    /// The client for (source, key) from now on.
    domain::Status remember(const QString& source, const QString& key, qint64 clientId) const;
    domain::Result<QHash<QString, qint64>> choices(const QString& source) const;

    /// Calendar files another program keeps in sync.
    domain::Result<QVector<domain::CalendarFile>> calendarFiles() const;
    domain::Status rememberFile(const QString& path) const;
    domain::Status forgetFile(const QString& path) const;

    /// A short message telling the client of a moved appointment: the practice's "Reschedule"
    /// template when it has one (name or starter key `reschedule`), else a plain sentence with
    /// the old and new time in the practice's zone.
    domain::Result<QString> rescheduleDraft(const CalendarPlanItem& moved) const;

private:
    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
