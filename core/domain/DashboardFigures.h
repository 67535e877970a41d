// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

namespace rapport::domain {

/// Clients per current state of one consent line (ConsentLedger::currentState), among the
/// clients neither archived nor erased; `none` = no event yet.
struct ConsentCoverage {
    Channel channel = Channel::Sms;
    Scope scope = Scope::Service;
    int granted = 0;
    int imported = 0;
    int withdrawn = 0; ///< withdrawn or refused
    int none = 0;
};

/// Contacts (in and out) per channel per week: buckets of 7 days ending at a moment, oldest
/// first. Keyed by channel; each vector has one count per week.
struct ContactVolume {
    QVector<QDate> weekStarts; ///< UTC date each bucket starts
    QMap<Channel, QVector<int>> counts;
};

/// A consent line whose current state is `imported`, waiting for a person to confirm it.
struct PendingConsent {
    qint64 clientId = 0;
    QString clientName;
    Channel channel = Channel::Sms;
    Scope scope = Scope::Service;
    QDateTime effectiveAt;
};

} // namespace rapport::domain
