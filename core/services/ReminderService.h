// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Appointment.h"
#include "domain/Client.h"
#include "domain/Clock.h"
#include "domain/ContentAnalyser.h"
#include "domain/MessageTemplate.h"
#include "domain/ReminderPass.h"
#include "domain/Result.h"
#include "services/ComposerService.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// One row of a reminder plan: one booked appointment, its client, the reminder rendered for
/// them and what the advisor says of it now.
struct ReminderRow {
    domain::Appointment appointment;
    /// The client as the advisor saw them; nextAppointment is this row's appointment (the
    /// template's {next_appointment_*} name it).
    domain::Client client;
    QString text;         ///< the template rendered for this client and appointment
    QStringList unfilled; ///< placeholders left as written (no value), without braces
    DraftAdvice advice;   ///< ComposerService::advise at the clock's now
    /// True when the advisor blocks both written channels (sms and email): a call, not a text.
    bool callList = false;
    /// Plain words on a client who withdrew, refused or declined a channel ("Withdrew consent to
    /// texts."), one sentence per channel; empty when none did.
    QStringList consentNotes;
    domain::PassState state = domain::PassState::Todo;
    std::optional<domain::Channel> handedOffBy; ///< the channel of the hand-off, when handed off
    bool done() const { return state != domain::PassState::Todo; }
};

/// A day's reminders from one template, in appointment order (start, then id).
struct ReminderPlan {
    QDate day; ///< in the practice time zone
    domain::MessageTemplate messageTemplate;
    QDateTime at; ///< the moment the advice was judged for (the clock's now), UTC
    QVector<ReminderRow> rows;
    int doneCount() const;
};

/// "Tomorrow's reminders in one pass": plans a day's reminders and records the pass (each row
/// handed off, skipped, or still to do) so it can be left and resumed.
///
/// Contract: use on the Database's thread; plan() reads what the advice needs for all of the
/// day's clients in a fixed number of queries (not per row) and asks the advisor through
/// ComposerService::advise, so a row gives the composer's advice; writes run in one
/// SqlTransaction each. Time comes from the injected Clock.
class ReminderService {
    Q_DECLARE_TR_FUNCTIONS(ReminderService)

public:
    ReminderService(storage::Database& db, const domain::Clock& clock);

    /// The next working day after today (the clock's date in the practice time zone): see
    /// domain::nextWorkingDay.
    domain::Result<QDate> defaultDay() const;
    /// The template called `name` (case ignored), or whose starter key is `name`
    /// ("appointment-reminder"). An unknown name is an Error of kind InvalidInput, field `template`.
    domain::Result<domain::MessageTemplate> findTemplate(const QString& name) const;

    /// The plan for `day`: one row per booked appointment starting that day in the practice time
    /// zone, of clients not erased. `analyser`: the content analyser to read the texts with (the
    /// GUI keeps one); null: ComposerService::analyserFor(settings).
    domain::Result<ReminderPlan> plan(const QDate& day, const domain::MessageTemplate& messageTemplate,
                                      const domain::ContentAnalyser* analyser = nullptr) const;

    /// Records the hand-off of `row` by `channel`: an outbound contact with `text` (flags as
    /// ComposerService::logHandoff) and the row's state handed off, in one transaction.
    domain::Status handOff(const ReminderRow& row, qint64 templateId, domain::Channel channel, const QString& text,
                           const QString& flags = QString());
    /// Marks the row skipped (PassState::Skipped) or back to do (PassState::Todo); a hand-off is
    /// not undone (its contact stays logged), only its row's state.
    domain::Status setState(qint64 appointmentId, qint64 templateId, domain::PassState state);

private:
    storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
