// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::domain {

/// Masks clinical details in logged message texts (the contact log is not a clinical record):
/// every span the content analyser marks as clinical is replaced by "•••".
class ClinicalMask {
public:
    /// The text with clinical spans masked; `masked` (optional) says whether anything was.
    static QString apply(const QString& text, bool* masked = nullptr);
};

} // namespace rapport::domain
