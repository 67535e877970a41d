// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringView>
#include <functional>

namespace rapport::io {

/// Calls `word` with each word of a word list: a Hunspell `.dic` file (a count on the first line,
/// then one `word/FLAGS` per line; the affix flags are dropped, so the words are the dictionary's
/// stems; indented lines are the header comments some lists carry) or a plain list such as
/// /usr/share/dict/british-english (one word per line). UTF-8, or Latin-1 when the bytes are not
/// valid UTF-8 (de_med.dic). An unreadable file is an Error naming it.
domain::Status readWordList(const QString& path, const std::function<void(QStringView)>& word);

} // namespace rapport::io
