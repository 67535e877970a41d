// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::domain {

/// What an inbound message says about consent (channel-policy.md step 5).
enum class InboundSignal {
    None,
    OptOut,         ///< the whole text is an opt-out keyword: withdraw sms in both scopes
    PossibleOptOut, ///< a keyword inside a longer text ("can I cancel Tuesday?"): a person looks
    PossibleOptIn,  ///< start / unstop: never re-grants by itself; a person looks
};

struct InboundClassification {
    InboundSignal signal = InboundSignal::None;
    QString keyword; ///< the keyword found, lower case ("opt out"); empty for None
};

/// Classifies inbound text (pure).
///
/// The text is trimmed, case-folded, inner whitespace collapsed, and trailing punctuation,
/// symbols (emoji) and spaces removed. It is an opt-out when it then equals one of: stop,
/// stop all, stopall, unsubscribe, cancel, end, quit, revoke, opt out, optout ("opt-out" and
/// "stop-all" count as written with a space). It is a possible opt-out when it contains one of
/// those as a whole word (not "unstoppable", not "weekend"). Otherwise it is a possible opt-in
/// when it is or contains "start" or "unstop" as a whole word.
class InboundClassifier {
public:
    static InboundClassification classify(const QString& text);
    /// The flag written in the contact log: "possible-opt-out", "possible-opt-in"; empty otherwise
    /// (an OptOut is flagged by the service with the channel withdrawn, e.g. "withdrawn:sms").
    static QString flag(InboundSignal signal);
};

} // namespace rapport::domain
