// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rapport::domain {

/// A sane address check for imports: one `@`, a dot-atom local part of at most 64 characters,
/// a domain of at least two labels (letters, digits, hyphens; international letters allowed)
/// ending in a top-level label of two or more letters, at most 254 characters in all.
/// Surrounding whitespace must have been trimmed by the caller.
bool isValidEmail(const QString& address);

/// Opt-in cells that mean yes: yes, y, true, 1, x, opted in, opted-in, on, checked
/// (case-insensitive, surrounding whitespace ignored). Everything else, empty included, is no.
bool isTruthy(const QString& cell);

/// A label as a person should see it: Google's `* ` primary marker and Apple's `_$!<Mobile>!$_`
/// wrapper removed, whitespace trimmed.
QString cleanLabel(const QString& label);

/// True when a label says the number takes texts: Mobile, Cell, Cellular, iPhone, Mobil, Text,
/// Handy, SMS (any case, as a word of the label, after cleanLabel()).
bool isMobileLabel(const QString& label);

/// Splits a Google Contacts multi-value cell on ` ::: `, trimming each part; empty parts are
/// kept so that a label cell stays parallel with its value cell.
QStringList splitMultiValue(const QString& cell);

} // namespace rapport::domain

// The readers in io/ use these under their own namespace.
namespace rapport::io {
using domain::cleanLabel;
using domain::isMobileLabel;
using domain::isTruthy;
using domain::isValidEmail;
using domain::splitMultiValue;
} // namespace rapport::io
