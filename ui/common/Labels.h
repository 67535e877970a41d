// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"

#include <QString>

namespace rapport::ui {

/// Translated words for the domain's enumerations, as people read them.
class Labels {
public:
    static QString scope(domain::Scope s);
    static QString state(domain::ConsentState s);
    static QString method(const QString& machineName);
    static QString direction(domain::Direction d);
    static QString directive(domain::Directive d);
    /// "Text", "Email", "Phone", "In person".
    static QString channel(domain::Channel c);
    /// The channel as a word inside a sentence ("Send by %1"): "text", "email", "phone",
    /// "in person" in English, "SMS", "E-Mail", "Anruf", "persönlich" in German. Never
    /// channel(c).toLower(): German nouns keep their capital.
    static QString channelInSentence(domain::Channel c);
    /// The scope inside a sentence: "service", "marketing".
    static QString scopeInSentence(domain::Scope s);
};

} // namespace rapport::ui
