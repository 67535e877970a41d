// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Advice.h"
#include "domain/Analysis.h"
#include "domain/Client.h"
#include "domain/ConsentEvent.h"
#include "domain/PracticeSettings.h"

#include <QDateTime>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// Everything the advisor decides from. Plain values: the advisor reads no clock, file or database.
struct AdviceInput {
    Client client;
    QVector<ConsentEvent> consents;    ///< the client's ledger, any order
    QVector<ContactLogEntry> contacts; ///< the client's contact log, any order
    PracticeSettings settings;
    Analysis analysis;                    ///< of the draft (ContentAnalyser)
    std::optional<Purpose> chosenPurpose; ///< the user's choice; empty: the analysis' inferred purpose
    QDateTime at;                         ///< the moment of sending, UTC
};

/// The channel advisor of channel-policy.md steps 2 to 4: which channel, why, and when.
/// A pure function: same input, same output. Choices where the policy is silent are written
/// down in ADVISOR.md beside this file.
class ChannelAdvisor {
public:
    /// All four channels with verdict and every reason that applies, in the output order of
    /// step 3.4; `best` is the recommended one; `timing` is judged for `best` (step 4).
    static Advice advise(const AdviceInput& input);

    /// How far ahead `Timing::nextOk` is searched.
    static constexpr int kSearchDays = 366;

    /// The plain-words sentence for a reason code on a channel (translatable, context
    /// "ChannelAdvisor"). Unknown codes give the code itself.
    static QString reasonText(const QString& code, Channel channel);
};

} // namespace rapport::domain
