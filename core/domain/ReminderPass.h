// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PracticeSettings.h"

#include <QDate>
#include <QString>
#include <optional>

namespace rapport::domain {

/// Where one row of a reminder pass stands. `Todo` is never stored: a row without a stored
/// state is still to do.
enum class PassState { Todo, HandedOff, Skipped };
/// `todo`, `handed-off`, `skipped` (as stored and as the CLI prints them).
QString toString(PassState s);
std::optional<PassState> passStateFromString(const QString& s);

/// The first day after `today` on which the practice works: a weekday with hours in `settings`
/// and not inside a time-off range. Looks a year ahead; a practice with no working day in it
/// (no hours at all) gets the day after `today`. Pure: `today` is the caller's (a Clock's) date
/// in the practice time zone.
QDate nextWorkingDay(const QDate& today, const PracticeSettings& settings);

} // namespace rapport::domain
