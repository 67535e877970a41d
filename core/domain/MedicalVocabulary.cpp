// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MedicalVocabulary.h"

namespace rapport::domain {

namespace {

bool plausibleWord(QStringView w)
{
    int letters = 0;
    bool lower = false;
    for (int i = 0; i < w.size(); ++i) {
        const QChar c = w.at(i);
        if (c.isLetter()) {
            ++letters;
            lower = lower || c.isLower();
            continue;
        }
        const bool inner = i > 0 && i + 1 < w.size() && w.at(i - 1).isLetter() && w.at(i + 1).isLetter();
        if (!(inner && (c == QLatin1Char('-') || c == QLatin1Char('\''))))
            return false;
    }
    return letters >= 4 && lower;
}

} // namespace

void MedicalVocabularyBuilder::addMedical(QStringView word)
{
    if (!plausibleWord(word))
        return;
    ++m_listed;
    Lexicon::normaliseWord(word, m_key);
    // A hyphenated entry is two tokens to the lexicon; kindOf() answers for the phrase.
    const bool hyphenated = m_key.contains(QLatin1Char('-'));
    if (hyphenated ? bool(m_curated.kindOf(m_key)) : bool(m_curated.kindOfWord(m_key))) {
        ++m_lexiconRemoved;
        return;
    }
    m_v.m_words.insert(m_key);
    if (word.front().isUpper())
        m_v.m_capitalised.insert(m_key);
}

void MedicalVocabularyBuilder::addEveryday(QStringView word)
{
    Lexicon::normaliseWord(word, m_key);
    if (m_v.m_words.remove(m_key)) {
        m_v.m_capitalised.remove(m_key);
        ++m_everydayRemoved;
        return;
    }
    if (m_key.endsWith(QLatin1Char('s')) && m_v.stemListed(m_key, m_stem))
        m_blocked.insert(m_key);
}

MedicalVocabulary MedicalVocabularyBuilder::finish(VocabularyOrigin origin)
{
    MedicalVocabulary v = std::move(m_v);
    m_v = MedicalVocabulary();
    origin.listed = m_listed;
    origin.everydayRemoved = m_everydayRemoved;
    origin.lexiconRemoved = m_lexiconRemoved;
    // Keep only the blocks that still guard a listed stem (a later everyday word may have removed it).
    for (const QString& w : std::as_const(m_blocked)) {
        if (v.stemListed(w, m_stem))
            v.m_blocked.insert(w);
    }
    m_blocked.clear();
    v.m_origin = std::move(origin);
    return v;
}

bool MedicalVocabulary::stemListed(QStringView w, QString& stem) const
{
    // English spelling rules only, so that "phones" is not "phon" + "es".
    if (w.size() < 5 || !w.endsWith(u's'))
        return false;
    const auto listed = [&](QStringView s, QLatin1String tail = {}) {
        stem.resize(0);
        stem.append(s);
        stem.append(tail);
        return m_words.contains(stem);
    };
    if (w.endsWith(u"'s"))
        return listed(w.chopped(2));
    if (w.endsWith(u"ies"))
        return listed(w.chopped(3), QLatin1String("y"));
    if (w.endsWith(u"es")) {
        const QStringView s = w.chopped(2);
        if ((s.endsWith(u's') || s.endsWith(u'x') || s.endsWith(u'z') || s.endsWith(u"ch") || s.endsWith(u"sh")) &&
            listed(s))
            return true;
    }
    return !w.endsWith(u"ss") && listed(w.chopped(1));
}

bool MedicalVocabulary::contains(QStringView w) const
{
    if (m_words.isEmpty() || w.size() < 4)
        return false;
    // QSet<QString>::contains needs a QString; the words are short, so the copies are cheap.
    const QString word = w.toString();
    if (m_words.contains(word))
        return true;
    QString stem;
    return !m_blocked.contains(word) && stemListed(w, stem);
}

} // namespace rapport::domain
