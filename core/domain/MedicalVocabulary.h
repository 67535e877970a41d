// SPDX-License-Identifier: GPL-3.0-or-later
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
    QStringList generalLists; ///< paths of the everyday word lists it was filtered against
    int listed = 0;           ///< plausible words in the medical list
    int everydayRemoved = 0;  ///< of those, words an everyday list holds
    int lexiconRemoved = 0;   ///< of those, words the curated lexicon already places
};

/// The analyser's second tier: medical words that are not everyday English (drug names,
/// conditions, procedures, anatomy), read at run time from a medical word list such as Debian's
/// `hunspell-en-med` and filtered against an everyday word list and the curated lexicon.
/// The curated lexicon wins where both speak: the analyser asks this only about words no
/// lexicon entry matched. Immutable once built; safe to share between threads.
class MedicalVocabulary {
public:
    using Origin = VocabularyOrigin;

    /// Streams the lists in (see MedicalVocabularyBuilder).
    using Builder = class MedicalVocabularyBuilder;

    MedicalVocabulary() = default;

    /// True when the normalised word (Lexicon::normaliseWord), or its stem without a plural or
    /// possessive ending ("-'s", "-ies" -> "-y", "-es" after a sibilant, "-s"), is in the
    /// vocabulary, and the word itself is not an everyday word.
    bool contains(QStringView normalisedWord) const;

    /// True when the list writes the word capitalised somewhere (a trade name: "Augmentin",
    /// "Advil"), so that it counts even capitalised inside a sentence, where a word is usually a name.
    bool listedCapitalised(const QString& normalisedWord) const { return m_capitalised.contains(normalisedWord); }

    bool isEmpty() const { return m_words.isEmpty(); }
    int size() const { return int(m_words.size()); }
    const Origin& origin() const { return m_origin; }

private:
    /// Whether `w` read as an inflection (by the rules of contains()) has a listed stem; `buffer`
    /// is reused so that no lookup allocates.
    bool stemListed(QStringView w, QString& buffer) const;

    friend class MedicalVocabularyBuilder;
    QSet<QString> m_words;
    QSet<QString> m_blocked;     ///< everyday words that would otherwise stem into m_words
    QSet<QString> m_capitalised; ///< of m_words, those the list writes capitalised
    Origin m_origin;
};

/// Streams the lists in: every medical word first, then every everyday word.
class MedicalVocabularyBuilder {
public:
    explicit MedicalVocabularyBuilder(const Lexicon& curated, int expectedWords = 100000) : m_curated(curated)
    {
        m_v.m_words.reserve(expectedWords);
    }
    /// Keeps a medical word that is at least four letters, letters only (inner hyphens and
    /// apostrophes allowed), not written in capitals only (an abbreviation: "PT", "BID") and not
    /// listed in the curated lexicon under any section (its [ignore] and [scheduling] words
    /// included: the curated lexicon's choice stands).
    void addMedical(QStringView word);
    /// Removes an everyday word, and keeps it from being read as an inflection of a medical one
    /// ("closes" is an everyday word, whatever "clos" may be).
    void addEveryday(QStringView word);
    MedicalVocabulary finish(VocabularyOrigin origin = {});

private:
    const Lexicon& m_curated;
    MedicalVocabulary m_v;
    QSet<QString> m_blocked;
    QString m_key;
    QString m_stem;
    int m_listed = 0;
    int m_lexiconRemoved = 0;
    int m_everydayRemoved = 0;
};

} // namespace rapport::domain
