// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"

namespace rapport::services {

/// The production clock: the system's current time in UTC.
class SystemClock final : public domain::Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace rapport::services
