// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace rapport::domain {

/// Where the user-perceived characters (extended grapheme clusters, UAX #29) of `text` end, as
/// UTF-16 offsets, in order; the last one is text.size(). Empty for an empty text. From ICU's
/// character BreakIterator (Qt 6.4's own finder splits emoji surrogate pairs after Indic and
/// South-East Asian scripts), checked against Unicode's GraphemeBreakTest.txt and emoji-test.txt.
QVector<int> graphemeEnds(const QString& text);

} // namespace rapport::domain
