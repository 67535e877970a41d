// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"

#include <QColor>
#include <QMetaType>
#include <QPalette>
#include <QString>

namespace rapport::ui {

/// What the client list shows for one channel: the service-scope consent state, or
/// "client-initiated" when there is none but the client texted within the conversation window.
enum class BadgeState { None, Granted, ClientInitiated, Imported, Withdrawn, Refused };

/// Colours of one badge for a palette: a tinted fill and a text colour with enough contrast on it.
struct BadgeColours {
    QColor fill;
    QColor text;
    QColor border;
};

/// Presentation of consent badges, shared by the list delegate, the detail grid and the dashboard.
class ConsentBadge {
public:
    /// Short word drawn in the pill ("Granted", "Imported").
    static QString label(BadgeState s);
    /// One sentence for tooltips and accessible descriptions, naming the channel.
    static QString description(domain::Channel channel, BadgeState s);
    /// Colours that read on `palette`, whether it is light or dark.
    static BadgeColours colours(BadgeState s, const QPalette& palette);
    /// The base hue of a state (for charts and legends).
    static QColor hue(BadgeState s);
    /// Human channel name ("Text", "Email", "Phone", "In person").
    static QString channelName(domain::Channel c);
    /// The badge for a consent state (no client-initiated: that comes from the contact log).
    static BadgeState fromState(domain::ConsentState s);
};

} // namespace rapport::ui

Q_DECLARE_METATYPE(rapport::ui::BadgeState)
