// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Lexicon.h"

#include <QCoreApplication>
#include <QFile>
#include <QtGlobal>

static void rapportInitLexiconResources()
{
    Q_INIT_RESOURCE(rapport_data);
}

namespace rapport::domain {

namespace {

const QLatin1String kNumberPlaceholder("<n>");

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isSymbolToken(QChar c)
{
    return c == QLatin1Char('%') || c == QChar(0x00A3) || c == QLatin1Char('$') || c == QChar(0x20AC) ||
           c == QLatin1Char('&') || c == QLatin1Char('+');
}

/// Code point at i (joining a surrogate pair), and its UTF-16 length in *len.
char32_t codePointAt(const QChar* s, int n, int i, int* len)
{
    if (s[i].isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate()) {
        *len = 2;
        return QChar::surrogateToUcs4(s[i], s[i + 1]);
    }
    *len = 1;
    return s[i].unicode();
}

bool isWordCodePoint(char32_t cp)
{
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

struct RawToken {
    int begin = 0;
    int end = 0;
    bool number = false;
    bool joined = false;
};

/// The tokenizer shared by texts and lexicon terms.
QVector<RawToken> splitTokens(QStringView text)
{
    QVector<RawToken> out;
    const QChar* s = text.data();
    const int n = int(text.size());
    int prevEnd = -1;
    int i = 0;
    auto gapJoins = [&](int from, int to) {
        if (prevEnd < 0)
            return false;
        int hyphens = 0;
        for (int k = from; k < to; ++k) {
            if (isHyphen(s[k]))
                ++hyphens;
            else if (!s[k].isSpace())
                return false;
        }
        return hyphens <= 1;
    };
    while (i < n) {
        int len = 1;
        const char32_t cp = codePointAt(s, n, i, &len);
        if (isWordCodePoint(cp)) {
            RawToken t;
            t.begin = i;
            t.number = true;
            int j = i;
            while (j < n) {
                int l = 1;
                const char32_t c = codePointAt(s, n, j, &l);
                if (isWordCodePoint(c)) {
                    if (!QChar::isDigit(c))
                        t.number = false;
                    j += l;
                    continue;
                }
                // An apostrophe inside a word ("client's", "I’m") belongs to it.
                if (isApostrophe(s[j]) && j + 1 < n && s[j + 1].isLetter()) {
                    t.number = false;
                    ++j;
                    continue;
                }
                break;
            }
            t.end = j;
            t.joined = gapJoins(prevEnd, i);
            prevEnd = j;
            out.append(t);
            i = j;
        } else if (isSymbolToken(s[i])) {
            RawToken t{i, i + 1, false, gapJoins(prevEnd, i)};
            prevEnd = i + 1;
            out.append(t);
            ++i;
        } else {
            i += len;
        }
    }
    return out;
}

/// Same as normalise(), into a reused buffer (simple case folding is one unit to one unit in the BMP).
void normaliseInto(QStringView word, QString& out)
{
    bool bmp = true;
    for (QChar c : word)
        bmp = bmp && !c.isSurrogate();
    if (!bmp) {
        out = word.toString().toCaseFolded();
    } else {
        out.resize(word.size());
        for (int i = 0; i < word.size(); ++i)
            out[i] = word.at(i).toCaseFolded();
    }
    for (QChar& c : out) {
        if (isApostrophe(c))
            c = QLatin1Char('\'');
    }
}

QString normalise(QStringView word)
{
    QString w = word.toString().toCaseFolded();
    for (QChar& c : w) {
        if (isApostrophe(c))
            c = QLatin1Char('\'');
    }
    return w;
}

/// True when every character of the term is part of a word, whitespace, a hyphen or `<n>`:
/// anything else would make the term impossible to match.
bool termIsMatchable(const QString& term)
{
    const QStringList pieces = term.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& piece : pieces) {
        if (piece == kNumberPlaceholder)
            continue;
        const auto raw = splitTokens(piece);
        if (raw.isEmpty())
            return false;
        int covered = 0;
        for (const RawToken& t : raw)
            covered += t.end - t.begin;
        for (QChar c : piece)
            covered += isHyphen(c) ? 1 : 0;
        if (covered != piece.size())
            return false;
    }
    return true;
}

QString trText(const char* s)
{
    return QCoreApplication::translate("Lexicon", s);
}

/// Expands `{a,b}` alternatives (an empty alternative is allowed), combinatorially.
bool expandBraces(const QString& line, QStringList* out, QString* problem)
{
    const int open = int(line.indexOf(QLatin1Char('{')));
    const int stray = int(line.indexOf(QLatin1Char('}')));
    if (open < 0) {
        if (stray >= 0) {
            *problem = trText("a '}' without its '{'");
            return false;
        }
        out->append(line);
        return true;
    }
    if (stray >= 0 && stray < open) {
        *problem = trText("a '}' without its '{'");
        return false;
    }
    const int close = int(line.indexOf(QLatin1Char('}'), open));
    if (close < 0) {
        *problem = trText("a '{' without its '}'");
        return false;
    }
    const QString inner = line.mid(open + 1, close - open - 1);
    if (inner.contains(QLatin1Char('{'))) {
        *problem = trText("braces cannot be nested");
        return false;
    }
    const QString head = line.left(open);
    const QString tail = line.mid(close + 1);
    const QStringList alternatives = inner.split(QLatin1Char(','));
    for (const QString& alt : alternatives) {
        if (!expandBraces(head + alt.trimmed() + tail, out, problem))
            return false;
    }
    return true;
}

} // namespace

std::optional<Lexicon::Kind> Lexicon::kindFromSection(const QString& name)
{
    static const QHash<QString, Kind> k{
        {QStringLiteral("clinical"), Kind::Clinical},
        {QStringLiteral("identifier"), Kind::Identifier},
        {QStringLiteral("delicate"), Kind::Delicate},
        {QStringLiteral("promotional"), Kind::Promotional},
        {QStringLiteral("scheduling"), Kind::Scheduling},
        {QStringLiteral("admin"), Kind::Admin},
        {QStringLiteral("body"), Kind::Body},
        {QStringLiteral("cue"), Kind::Cue},
        {QStringLiteral("ignore"), Kind::Ignore},
        {QStringLiteral("anatomy"), Kind::Anatomy},
    };
    const auto it = k.constFind(name.trimmed().toLower());
    if (it == k.constEnd())
        return std::nullopt;
    return *it;
}

QStringList Lexicon::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

Lexicon Lexicon::builtin(const QString& language)
{
    const auto load = [](const char* path) {
        rapportInitLexiconResources();
        QFile f(QString::fromLatin1(path));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("The built-in lexicon %s is missing from the resources", path);
        QString error;
        auto lex = fromText(QString::fromUtf8(f.readAll()), &error);
        if (!lex)
            qFatal("The built-in lexicon %s does not parse: %s", path, qPrintable(error));
        return *lex;
    };
    // Function-local statics: built once each, thread-safe.
    if (language == QLatin1String("de")) {
        static const Lexicon german = load(":/rapport/lexicon/de.txt");
        return german;
    }
    static const Lexicon english = load(":/rapport/lexicon/en.txt");
    return english;
}

std::optional<Lexicon> Lexicon::fromText(const QString& text, QString* error)
{
    Lexicon lex;
    std::optional<Kind> section;
    const QStringList lines = (text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text).split(QLatin1Char('\n'));
    auto fail = [&](int lineNo, const QString& what) -> std::optional<Lexicon> {
        if (error)
            *error = QCoreApplication::translate("Lexicon", "line %1: %2").arg(lineNo).arg(what);
        return std::nullopt;
    };
    for (int li = 0; li < lines.size(); ++li) {
        const int lineNo = li + 1;
        QString line = lines.at(li);
        // A '#' at the start or after whitespace starts a comment.
        for (int k = 0; k < line.size(); ++k) {
            if (line.at(k) == QLatin1Char('#') && (k == 0 || line.at(k - 1).isSpace())) {
                line.truncate(k);
                break;
            }
        }
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')))
                return fail(lineNo, trText("a section header must end with ']'"));
            const QString name = line.mid(1, line.size() - 2);
            section = kindFromSection(name);
            if (!section)
                return fail(lineNo, trText("unknown section [%1]").arg(name));
            continue;
        }
        if (!section)
            return fail(lineNo, trText("a term before any [section]"));
        QStringList expanded;
        QString problem;
        if (!expandBraces(line, &expanded, &problem))
            return fail(lineNo, problem);
        for (const QString& term : expanded) {
            Kind previous = Kind::Clinical;
            const QString t = term.simplified();
            if (t.isEmpty())
                return fail(lineNo, trText("an empty term"));
            if (!termIsMatchable(t))
                return fail(lineNo, trText("\"%1\" holds punctuation that a text could never match").arg(t));
            if (!lex.insert(t, *section, false, &previous)) {
                return fail(lineNo, trText("\"%1\" is already listed under [%2]").arg(t, sectionName(previous)));
            }
        }
    }
    return lex;
}

void Lexicon::addTerms(Category category, const QStringList& terms)
{
    addTerms(kindFor(category), terms);
}

void Lexicon::addTerms(Kind kind, const QStringList& terms)
{
    for (const QString& term : terms) {
        const QString t = term.simplified();
        if (!t.isEmpty())
            insert(t, kind, true, nullptr, true);
    }
}

QString Lexicon::sectionName(Kind kind)
{
    static const char* names[] = {"clinical", "identifier", "delicate", "promotional", "scheduling",
                                  "admin",    "body",       "cue",      "ignore",      "anatomy"};
    return QLatin1String(names[int(kind)]);
}

void Lexicon::normaliseWord(QStringView word, QString& out)
{
    normaliseInto(word, out);
}

int Lexicon::count(Kind kind) const
{
    int n = 0;
    for (const Node& node : m_nodes)
        n += node.kind == qint8(kind) ? 1 : 0;
    return n;
}

int Lexicon::wordId(const QString& normalised, bool create)
{
    const auto it = m_words.constFind(normalised);
    if (it != m_words.constEnd())
        return *it;
    if (!create)
        return -1;
    const int id = int(m_words.size()) + 1; // 0 is kNumberWord
    m_words.insert(normalised, id);
    return id;
}

bool Lexicon::insert(const QString& term, Kind kind, bool override, Kind* previous, bool user)
{
    // Words separated by whitespace; `<n>` stands for any number.
    const QStringList pieces = term.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVector<int> words;
    for (const QString& piece : pieces) {
        if (piece == kNumberPlaceholder) {
            words.append(kNumberWord);
            continue;
        }
        for (const RawToken& t : splitTokens(piece))
            words.append(wordId(normalise(QStringView(piece).mid(t.begin, t.end - t.begin)), true));
    }
    if (words.isEmpty())
        return true;
    int node = 0;
    for (int w : words) {
        int next = child(node, w);
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.append(Node{});
            m_edges.insert((quint64(quint32(node)) << 32) | quint32(w), next);
        }
        node = next;
    }
    Node& end = m_nodes[node];
    if (end.kind >= 0 && end.kind != qint8(kind) && !override) {
        if (previous)
            *previous = Kind(end.kind);
        return false;
    }
    if (end.kind < 0)
        ++m_size;
    end.kind = qint8(kind);
    end.user = user;
    return true;
}

QVector<Lexicon::Token> Lexicon::tokenize(const QString& text) const
{
    const auto raw = splitTokens(text);
    QVector<Token> out;
    out.reserve(raw.size());
    QString key; // reused: no allocation per token
    for (const RawToken& r : raw) {
        Token t;
        t.begin = r.begin;
        t.end = r.end;
        t.number = r.number;
        t.joined = r.joined;
        normaliseInto(QStringView(text).mid(r.begin, r.end - r.begin), key);
        t.word = m_words.value(key, -1);
        out.append(t);
    }
    return out;
}

QVector<Lexicon::Match> Lexicon::match(const QVector<Token>& tokens) const
{
    QVector<Match> out;
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        int node = 0;
        int bestLast = -1;
        qint8 bestKind = -1;
        bool bestUser = false;
        for (int j = i; j < n; ++j) {
            const Token& t = tokens.at(j);
            if (j > i && !t.joined)
                break;
            int next = t.word >= 0 ? child(node, t.word) : -1;
            if (next < 0 && t.number)
                next = child(node, kNumberWord);
            if (next < 0)
                break;
            node = next;
            if (m_nodes.at(node).kind >= 0) {
                bestLast = j;
                bestKind = m_nodes.at(node).kind;
                bestUser = m_nodes.at(node).user;
            }
        }
        if (bestLast >= 0)
            out.append(Match{i, bestLast, Kind(bestKind), bestUser});
    }
    return out;
}

std::optional<Lexicon::Kind> Lexicon::kindOfWord(const QString& normalisedWord) const
{
    const int id = m_words.value(normalisedWord, -1);
    if (id < 0)
        return std::nullopt;
    const int node = child(0, id);
    if (node < 0 || m_nodes.at(node).kind < 0)
        return std::nullopt;
    return Kind(m_nodes.at(node).kind);
}

std::optional<Lexicon::Kind> Lexicon::kindOf(const QString& term) const
{
    const auto tokens = tokenize(term.simplified());
    const auto matches = match(tokens);
    for (const Match& m : matches) {
        if (m.first == 0 && m.last == tokens.size() - 1)
            return m.kind;
    }
    return std::nullopt;
}

} // namespace rapport::domain
