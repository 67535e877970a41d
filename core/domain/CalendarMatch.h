// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CalendarEvent.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rapport::domain {

/// A client a calendar event may belong to: what the matching rules look at.
struct MatchCandidate {
    qint64 id = 0;
    QString name;
    QString preferredName;
    QStringList emails; ///< as stored
    QStringList phones; ///< E.164
};

/// Which rule matched an event to a client.
enum class MatchRule { None, Existing, Chosen, Remembered, Email, Phone, Name };
/// `existing`, `chosen`, `remembered`, `email`, `phone`, `name`; empty for None.
QString toString(MatchRule rule);

/// The outcome of matching one event.
struct EventMatch {
    qint64 clientId = 0; ///< 0: unmatched
    MatchRule rule = MatchRule::None;
    /// Unmatched: the clients that fitted equally well (ambiguous), else empty (nobody fitted).
    QVector<qint64> ambiguous;
};

/// An event a calendar import could not match, kept so a person can match it later.
struct UnmatchedCalendarEvent {
    QString source;
    QString uid;
    QString recurrenceId; ///< as Appointment::recurrenceId
    QString summary;
    QString matchKey; ///< CalendarMatcher::nameKey of the summary
    QString emailKey; ///< CalendarMatcher::emailKey of the event
    QDateTime start;  ///< UTC
    QDateTime end;    ///< UTC
    QString location;
    int line = 0;
};

/// A calendar file another program keeps in sync, re-read at start and on demand.
struct CalendarFile {
    QString path;
    QDateTime addedAt;    ///< UTC
    QDateTime lastReadAt; ///< UTC; null when never read
};

/// Matches calendar events to clients. Pure: the candidates, the remembered choices and the
/// phone numbers found in the event (normalised by the caller, which owns libphonenumber) in,
/// a decision out.
///
/// Rules, first decisive one wins: a remembered choice for the event's email key or name key;
/// an attendee's address equal (case ignored) to a client's email; a number in the summary,
/// description or location equal to a client's phone; the client's name, or preferred name
/// (with the surname when it is one word), as whole words in the summary, case and accents
/// ignored (the longest name wins where one contains another: "Ana Silva Costa" over "Ana
/// Silva"). A rule that fits several clients narrows the next rules to them; when none of the
/// later rules decides between them the event is unmatched, with the ambiguous clients named.
class CalendarMatcher {
public:
    /// `choices`: match key -> client id, of one calendar source.
    CalendarMatcher(const QVector<MatchCandidate>& candidates, QHash<QString, qint64> choices);

    EventMatch match(const CalendarEvent& event, const QStringList& phonesInEvent) const;

    /// Case-folded, accents removed, words (letters and digits) separated by one space:
    /// "Siobhán  Ó'Briain" -> "siobhan o briain".
    static QString normalise(const QString& text);
    /// The part of a summary that names the person: parenthesised remarks dropped, the summary
    /// split at " - ", ": ", " | ", " / "; of several parts the one of two or more capitalised
    /// words ("Sports massage - Ana Silva" -> "ana silva"), else the last one; normalised.
    static QString nameKey(const QString& summary);
    /// The first attendee's address that is not the organizer's, lower case; empty when none.
    static QString emailKey(const CalendarEvent& event);
    /// The summary without the part naming the client (`names` normalised): "Sports massage -
    /// Ana Silva" -> "Sports massage", "Ana Silva (follow-up)" -> "follow-up"; the summary
    /// itself when nothing would be left.
    static QString serviceOf(const QString& summary, const QStringList& names);
    /// Every normalised name a client is matched by.
    static QStringList namesOf(const MatchCandidate& c);

private:
    struct Pattern {
        qint64 clientId = 0;
        QStringList words;
    };
    QVector<qint64> byEmail(const CalendarEvent& event, const QVector<qint64>& among) const;
    QVector<qint64> byPhone(const QStringList& phones, const QVector<qint64>& among) const;
    QVector<qint64> byName(const QString& summary, const QVector<qint64>& among) const;

    QHash<QString, QVector<qint64>> m_emails;    ///< lower-case address -> clients
    QHash<QString, QVector<qint64>> m_phones;    ///< E.164 -> clients
    QHash<QString, QVector<Pattern>> m_patterns; ///< first word -> patterns starting with it
    QHash<QString, qint64> m_choices;
};

} // namespace rapport::domain
