// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"
#include "domain/Channel.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

enum class Verdict { Recommended, Acceptable, Discouraged, Blocked };
QString toString(Verdict v);

/// A reason code from channel-policy.md with its plain-words text.
struct Reason {
    QString code;
    QString text;
};

struct ChannelAdvice {
    Channel channel = Channel::Sms;
    Verdict verdict = Verdict::Blocked;
    QVector<Reason> reasons;
};

struct Timing {
    bool sendNow = true;
    QVector<Reason> reasons;
    std::optional<QDateTime> nextOk; ///< UTC; empty when sendNow
};

struct Advice {
    Purpose purpose = Purpose::General;
    bool purposeChosen = false; ///< false: inferred
    bool sensitive = false;
    bool delicate = false;
    /// The consent scope the channels were judged in (step 2): marketing when the purpose is
    /// marketing or the draft has any promotional finding, whatever purpose was chosen.
    Scope scope = Scope::Service;
    bool promotional = false; ///< the draft has a promotional finding
    /// True when promotional wording made the scope marketing although the purpose is not
    /// marketing (the composer says why marketing consent is asked for).
    bool scopeRaisedByContent() const { return scope == Scope::Marketing && purpose != Purpose::Marketing; }
    Channel best = Channel::InPerson;
    QVector<ChannelAdvice> channels; ///< all four, in output order (step 3.4)
    Timing timing;
    const ChannelAdvice* find(Channel c) const
    {
        for (const auto& a : channels)
            if (a.channel == c)
                return &a;
        return nullptr;
    }
};

} // namespace rapport::domain
