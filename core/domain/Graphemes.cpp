// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Graphemes.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace rapport::domain {

namespace {

/// One iterator per thread: creating one costs far more than a keystroke's analysis.
icu::BreakIterator* characterIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return it.get();
}

} // namespace

QVector<int> graphemeEnds(const QString& text)
{
    QVector<int> ends;
    if (text.isEmpty())
        return ends;
    icu::BreakIterator* it = characterIterator();
    if (!it) { // no ICU data: one cluster per code point, never inside a surrogate pair
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            ends.push_back(i + 1);
        }
        return ends;
    }
    // ICU and QString are both UTF-16: offsets carry over as they are. The UnicodeString aliases
    // the QString's buffer (read-only), which outlives the iteration.
    const icu::UnicodeString alias(false, reinterpret_cast<const char16_t*>(text.utf16()), int32_t(text.size()));
    it->setText(alias);
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next())
        ends.push_back(int(end));
    it->setText(icu::UnicodeString()); // drop the alias before the text can go
    return ends;
}

} // namespace rapport::domain
