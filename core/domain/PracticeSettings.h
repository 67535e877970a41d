// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/QuietHours.h"
#include "domain/WeeklyHours.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rapport::domain {

/// An inclusive range of days, in the practice's time zone, when the practitioner is away.
struct DateRange {
    QDate from;
    QDate to;
    bool contains(const QDate& d) const { return d >= from && d <= to; }
    bool operator==(const DateRange& o) const { return from == o.from && to == o.to; }
};

/// Everything the advisor and the composer need to know about the practice.
struct PracticeSettings {
    QString practiceName;
    QString practitioner;
    QString businessPhone;
    QString timeZone = QStringLiteral("Europe/London"); ///< IANA
    QString country = QStringLiteral("GB");             ///< ISO 3166 alpha-2
    WeeklyHours hours = WeeklyHours::defaults();        ///< Mon-Fri 09:00-17:00 until set
    QVector<DateRange> timeOff;
    QuietHours quietHours; ///< default for clients: 21:00-08:00
    int conversationWindowDays = 30;
    int smsMaxSegments = 3;
    int inPersonHorizonDays = 7;
    /// The language clients are written to in: "en" or "de"; empty: the country's (German in
    /// DE, AT, CH, LI and LU, else English). The content analyser reads drafts with its lexicon.
    QString language;
    /// User lexicon additions, category name -> terms.
    QMap<QString, QStringList> lexiconAdditions;

    /// `language`, or the country's when it is empty.
    QString messageLanguage() const;
};

/// "2026-12-24..2027-01-02, 2027-04-01" -> ranges, in the order written; a single date is a
/// one-day range; empty text gives no ranges. nullopt on any malformed part, with `error` (when
/// given) saying what and where.
std::optional<QVector<DateRange>> parseTimeOff(const QString& text, QString* error = nullptr);
/// The text parseTimeOff reads back: "2026-12-24..2027-01-02, 2027-04-01".
QString formatTimeOff(const QVector<DateRange>& ranges);

} // namespace rapport::domain
