// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::ui {

/// The outcome of a ledger check as the status bar shows it.
struct ChainCheckStatus {
    bool ok = true;
    qint64 count = 0;      ///< events verified
    qint64 firstBadId = 0; ///< first event that does not verify
    QString error;         ///< the check itself failed (database error)
};

} // namespace rapport::ui
