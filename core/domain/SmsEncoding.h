// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"

#include <QString>

namespace rapport::domain {

/// Septets one character costs in GSM-7 (3GPP TS 23.038): 1 for the basic set (ç counts as Ç),
/// 2 for the extension table (form feed ^ { } \ [ ~ ] | €), 0 when it is not GSM-7 at all.
int gsmSeptets(char32_t codePoint);

/// Encoding, units and segments of an SMS as reference.md §2 describes: GSM-7 when every
/// character is in the basic set or the extension table, else UCS-2 counting UTF-16 code units.
/// One segment holds 160 septets / 70 units; a longer text is split into segments of 153 / 67,
/// never ending a segment inside an escape pair, a surrogate pair or a grapheme cluster.
/// An empty text has 0 segments. `nonGsm` lists the distinct graphemes that forced UCS-2.
SmsInfo analyseSms(const QString& text);

/// The text with typographic characters replaced by GSM-7 equivalents: curly and low quotes,
/// primes and guillemets by ' and ", dashes and minus signs by -, the ellipsis by ..., non-breaking
/// and other special spaces by a space, tab by a space, bullets by -, and invisible characters
/// (zero-width space, soft hyphen, BOM, word joiner) removed. Everything else is left as it is.
QString replaceTypographic(const QString& text);

} // namespace rapport::domain
