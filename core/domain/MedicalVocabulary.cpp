#include "domain/MedicalVocabulary.h"

namespace rapport::domain {

namespace {

bool plausibleWord(const QString& w)
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

MedicalVocabulary MedicalVocabulary::build(const QStringList& medical, const QSet<QString>& everyday,
                                           const Lexicon& curated, Origin origin)
{
    MedicalVocabulary v;
    v.m_words.reserve(medical.size());
    QString key;
    QSet<QString> seen;
    seen.reserve(medical.size());
    for (const QString& word : medical) {
        if (!plausibleWord(word))
            continue;
        Lexicon::normaliseWord(word, key);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (everyday.contains(key)) {
            ++origin.everydayRemoved;
            continue;
        }
        // A hyphenated entry is two tokens to the lexicon; kindOf() answers for the phrase.
        const bool hyphenated = key.contains(QLatin1Char('-'));
        if (hyphenated ? bool(curated.kindOf(key)) : bool(curated.kindOfWord(key))) {
            ++origin.lexiconRemoved;
            continue;
        }
        v.m_words.insert(key);
    }
    origin.listed = int(seen.size());
    v.m_origin = std::move(origin);
    return v;
}

bool MedicalVocabulary::contains(QStringView w) const
{
    if (m_words.isEmpty() || w.size() < 4)
        return false;
    // QSet<QString>::contains needs a QString; the stems are short, so the copies are cheap.
    if (m_words.contains(w.toString()))
        return true;
    if (w.endsWith(u"'s"))
        return m_words.contains(w.chopped(2).toString());
    if (w.endsWith(u"ies") && m_words.contains(w.chopped(3).toString() + QLatin1Char('y')))
        return true;
    if (w.endsWith(u"es") && m_words.contains(w.chopped(2).toString()))
        return true;
    return w.endsWith(u's') && !w.endsWith(u"ss") && m_words.contains(w.chopped(1).toString());
}

} // namespace rapport::domain
