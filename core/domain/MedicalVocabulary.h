#pragma once

#include "domain/Lexicon.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rapport::domain {

/// Where a vocabulary came from, for the settings dialog and the tooltips.
struct VocabularyOrigin {
    QString medicalList;      ///< path of the medical word list
    QStringList generalLists; ///< paths of the general dictionaries it was filtered against
    int listed = 0;           ///< distinct words in the medical list
    int everydayRemoved = 0;  ///< of those, words found in a general dictionary
    int lexiconRemoved = 0;   ///< of those, words the curated lexicon already places
};

/// The analyser's second tier: medical words that are not everyday English (drug names,
/// conditions, procedures, anatomy), read at run time from a medical word list such as Debian's
/// `hunspell-en-med` and filtered against a general dictionary and the curated lexicon.
/// The curated lexicon wins where both speak: the analyser asks this only about words no
/// lexicon entry matched. Immutable after build(); safe to share between threads.
class MedicalVocabulary {
public:
    using Origin = VocabularyOrigin;

    MedicalVocabulary() = default;

    /// Keeps the words of `medical` (one word per entry, any case) that are at least four letters,
    /// letters only (inner hyphens and apostrophes allowed), not written in capitals only (an
    /// abbreviation: "PT", "BID"), not in `everyday` (normalised with Lexicon::normaliseWord),
    /// and not listed in `curated` under any section (its [ignore] and [scheduling] words
    /// included: the curated lexicon's choice stands).
    static MedicalVocabulary build(const QStringList& medical, const QSet<QString>& everyday, const Lexicon& curated,
                                   Origin origin = {});

    /// True when the normalised word, or its stem without a plural or possessive ending
    /// ("-s", "-es", "-ies" -> "-y", "'s"), is in the vocabulary.
    bool contains(QStringView normalisedWord) const;

    bool isEmpty() const { return m_words.isEmpty(); }
    int size() const { return int(m_words.size()); }
    const Origin& origin() const { return m_origin; }

private:
    QSet<QString> m_words;
    Origin m_origin;
};

} // namespace rapport::domain
