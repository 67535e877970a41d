// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace rapport::cli {

/// Parses the contract's times: ISO 8601 (`2026-12-01T11:00`, seconds optional, `T` or a space),
/// with an offset or `Z`; without one, the wall time in `zone`. A bare date means its midnight in
/// `zone`. Returns the instant in UTC, or nullopt when the text is not such a time (or names a
/// wall time that does not exist in `zone`, inside a spring-forward gap).
std::optional<QDateTime> parseTime(const QString& text, const QTimeZone& zone);

/// ISO 8601 with the offset of `zone` at that instant, always `±HH:MM` (never `Z`):
/// `2026-12-01T11:00:00+00:00`.
QString formatTime(const QDateTime& instant, const QTimeZone& zone);

} // namespace rapport::cli
