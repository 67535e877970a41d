// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ConsentBadge.h"

#include "app/Theme.h"

#include <QCoreApplication>

namespace rapport::ui {

using domain::Channel;
using domain::ConsentState;

QString ConsentBadge::label(BadgeState s)
{
    switch (s) {
    case BadgeState::Granted:
        return QCoreApplication::translate("ConsentBadge", "Granted");
    case BadgeState::ClientInitiated:
        return QCoreApplication::translate("ConsentBadge", "Texted in");
    case BadgeState::Imported:
        return QCoreApplication::translate("ConsentBadge", "Unverified");
    case BadgeState::Withdrawn:
        return QCoreApplication::translate("ConsentBadge", "Withdrawn");
    case BadgeState::Refused:
        return QCoreApplication::translate("ConsentBadge", "Refused");
    case BadgeState::None:
        break;
    }
    return QCoreApplication::translate("ConsentBadge", "None");
}

QString ConsentBadge::channelName(Channel c)
{
    switch (c) {
    case Channel::Sms:
        return QCoreApplication::translate("ConsentBadge", "Text");
    case Channel::Email:
        return QCoreApplication::translate("ConsentBadge", "Email");
    case Channel::Phone:
        return QCoreApplication::translate("ConsentBadge", "Phone");
    case Channel::InPerson:
        break;
    }
    return QCoreApplication::translate("ConsentBadge", "In person");
}

QString ConsentBadge::description(Channel channel, BadgeState s)
{
    const QString ch = channelName(channel);
    switch (s) {
    case BadgeState::Granted:
        return QCoreApplication::translate("ConsentBadge", "%1: consent granted").arg(ch);
    case BadgeState::ClientInitiated:
        return QCoreApplication::translate("ConsentBadge", "%1: no recorded consent, but the client texted within the "
                                                           "conversation window (client-initiated)")
            .arg(ch);
    case BadgeState::Imported:
        return QCoreApplication::translate("ConsentBadge",
                                           "%1: imported from another system, unverified: confirm it with the client")
            .arg(ch);
    case BadgeState::Withdrawn:
        return QCoreApplication::translate("ConsentBadge", "%1: consent withdrawn").arg(ch);
    case BadgeState::Refused:
        return QCoreApplication::translate("ConsentBadge", "%1: consent refused").arg(ch);
    case BadgeState::None:
        break;
    }
    return QCoreApplication::translate("ConsentBadge", "%1: no consent recorded").arg(ch);
}

QColor ConsentBadge::hue(BadgeState s)
{
    switch (s) {
    case BadgeState::Granted:
        return QColor(0x2e, 0x9d, 0x57);
    case BadgeState::ClientInitiated:
        return QColor(0x2f, 0x7f, 0xc1);
    case BadgeState::Imported:
        return QColor(0xd0, 0x8a, 0x12);
    case BadgeState::Withdrawn:
    case BadgeState::Refused:
        return QColor(0xc8, 0x3a, 0x3a);
    case BadgeState::None:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

BadgeColours ConsentBadge::colours(BadgeState s, const QPalette& palette)
{
    const QColor h = hue(s);
    const bool dark = Theme::isDark(palette);
    BadgeColours c;
    if (s == BadgeState::None) {
        c.fill = Qt::transparent;
        c.text = palette.color(QPalette::Disabled, QPalette::Text);
        c.border = c.text;
        return c;
    }
    if (dark) {
        c.fill = QColor::fromHsl(h.hslHue(), qMin(255, h.hslSaturation()), 52);
        c.text = QColor::fromHsl(h.hslHue(), qMin(255, h.hslSaturation()), 200);
        c.border = QColor::fromHsl(h.hslHue(), qMin(255, h.hslSaturation()), 110);
    } else {
        c.fill = QColor::fromHsl(h.hslHue(), qMin(255, h.hslSaturation()), 228);
        c.text = QColor::fromHsl(h.hslHue(), qMin(255, h.hslSaturation()), 62);
        c.border = QColor::fromHsl(h.hslHue(), qMin(255, h.hslSaturation()), 160);
    }
    return c;
}

BadgeState ConsentBadge::fromState(ConsentState s)
{
    switch (s) {
    case ConsentState::Granted:
        return BadgeState::Granted;
    case ConsentState::Withdrawn:
        return BadgeState::Withdrawn;
    case ConsentState::Refused:
        return BadgeState::Refused;
    case ConsentState::Imported:
        return BadgeState::Imported;
    }
    return BadgeState::None;
}

} // namespace rapport::ui
