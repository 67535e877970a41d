// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// Terms and phrases per Category, compiled into a token trie for whole-word matching.
///
/// Besides the six categories, a lexicon holds four helper kinds (see resources/lexicon/en.txt):
/// `body` (body parts: a finding only next to a symptom), `anatomy` (clinicians' anatomy: clinical
/// on its own, and linked to a nearby symptom like a body part), `cue` (weak symptom words such as
/// "stiff" or "tight": a finding only next to a body part) and `ignore` (phrases that are never a
/// finding and shadow shorter terms inside them, e.g. "get back to you").
///
/// Matching is whole-word and case-insensitive; words of a phrase match across any whitespace or a
/// single hyphen; typographic apostrophes match straight ones; the longest phrase at a position wins.
class Lexicon {
public:
    /// What a term is. The first six values mirror Category one to one.
    enum class Kind : qint8 {
        Clinical,
        Identifier,
        Delicate,
        Promotional,
        Scheduling,
        Admin,
        Body,
        Cue,
        Ignore,
        Anatomy
    };

    /// One word of a text. Offsets are UTF-16 indexes into the text given to tokenize().
    struct Token {
        int begin = 0;
        int end = 0;
        int word = -1;       ///< id of the normalised word in this lexicon, -1 when unknown
        bool number = false; ///< all digits (matches the `<n>` placeholder)
        bool joined = false; ///< only whitespace or one hyphen separates it from the previous token
    };

    /// A match of one lexicon entry over tokens [first, last].
    struct Match {
        int first = 0;
        int last = 0;
        Kind kind = Kind::Clinical;
        bool user = false; ///< the entry is one of the practice's additions, not the shipped file's
    };

    Lexicon() = default;

    /// The lexicon shipped for `language` (:/rapport/lexicon/en.txt, de.txt), parsed once per
    /// language and cached; English for a language without one.
    static Lexicon builtin(const QString& language = QStringLiteral("en"));
    /// The languages a lexicon is shipped for.
    static QStringList languages();

    /// Parses the lexicon file format (documented at the top of en.txt). On failure returns nullopt
    /// and, when `error` is given, sets it to a message naming the line.
    static std::optional<Lexicon> fromText(const QString& text, QString* error = nullptr);

    /// Adds user terms (plain words or phrases, no brace expansion). A term already present
    /// under another kind moves to `category`: the user's word is the last word.
    void addTerms(Category category, const QStringList& terms);
    /// The same for any kind; the practice's `ignore` additions use Kind::Ignore.
    void addTerms(Kind kind, const QStringList& terms);

    /// Number of distinct terms after expansion, all kinds included.
    int size() const { return m_size; }

    /// Number of distinct terms of one kind.
    int count(Kind kind) const;

    /// Splits `text` into word tokens (letters, digits, inner apostrophes) and the symbol tokens
    /// `%`, `£`, `$`, `€`, `&`, `+`.
    QVector<Token> tokenize(const QString& text) const;

    /// The longest entry starting at each token; overlapping matches are all returned, the caller
    /// chooses among them.
    QVector<Match> match(const QVector<Token>& tokens) const;

    /// The kind an exact term (normalised like the text) has, if it is in the lexicon.
    std::optional<Kind> kindOf(const QString& term) const;
    /// The kind of a single normalised word listed as a term of its own (no tokenizing: fast).
    std::optional<Kind> kindOfWord(const QString& normalisedWord) const;

    static std::optional<Kind> kindFromSection(const QString& name);
    /// The section name of a kind ("clinical", ..., "anatomy").
    static QString sectionName(Kind kind);

    /// A word as the lexicon compares it (case-folded, typographic apostrophes straightened),
    /// into a reused buffer.
    static void normaliseWord(QStringView word, QString& out);
    static Kind kindFor(Category c) { return static_cast<Kind>(static_cast<int>(c)); }

private:
    static constexpr int kNumberWord = 0; ///< word id reserved for `<n>`
    struct Node {
        qint8 kind = -1;
        bool user = false;
    };

    bool insert(const QString& term, Kind kind, bool override, Kind* previous, bool user = false);
    int wordId(const QString& normalised, bool create);
    int child(int node, int word) const { return m_edges.value((quint64(quint32(node)) << 32) | quint32(word), -1); }

    QHash<QString, int> m_words;
    QHash<quint64, int> m_edges;
    QVector<Node> m_nodes{Node{}};
    int m_size = 0;
};

} // namespace rapport::domain
