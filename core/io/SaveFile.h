// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <functional>

class QIODevice;

namespace rapport::io {

/// Writes `path` through QSaveFile: `write` fills a temporary file next to it, which replaces the
/// target only when `write` succeeds and everything reached the disk, so a full disk or a failed
/// export never leaves half a file. The file gets mode 0600 (reference.md §6).
domain::Status writeFileAtomically(const QString& path, const std::function<domain::Status(QIODevice*)>& write);

} // namespace rapport::io
