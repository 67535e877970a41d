// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PracticeSettings.h"

#include <QString>

namespace rapport::domain {

/// The out-of-hours auto-reply, generated from the practice's name and hours, ready to paste into
/// a phone's auto-reply setting.
class AutoReply {
public:
    /// "Thanks for your message. <Practice> is open Mon-Thu 10:00-20:00, Fri 10:00-14:00; I'll
    /// reply when I'm next in." Without hours, the sentence about opening times is left out.
    static QString text(const PracticeSettings& settings);
};

} // namespace rapport::domain
