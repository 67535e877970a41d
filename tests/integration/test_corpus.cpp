// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "domain/ContentAnalyser.h"
#include "services/MedicalVocabularies.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <array>
#include <cmath>
#include <functional>
#include <map>

using namespace rapport::domain;

// The analyser against a hand-labelled corpus of drafts (tests/data/drafts, format and labelling
// rules in its README.md; RAPPORT_CORPUS_DIR names another folder in its place). "[corpus]" loads
// it, checks the loader, and holds the analyser to the floors below; "[.corpus-report]" prints the
// figures as Markdown (and writes them to the file named by RAPPORT_CORPUS_REPORT when set).
// The held-out set (tests/data/drafts-heldout, never used to tune the lexicon) has floors of its
// own, checked by "[corpus]"; "[.corpus-heldout-report]" prints its report and, when
// RAPPORT_CORPUS_REPORT is set, writes it to tests/data/drafts-heldout/REPORT.md.

// ---- Floors ------------------------------------------------------------------------------------
// What the analyser reached on the corpus when these were set (tests/data/drafts/REPORT.md),
// truncated to four decimals: one draft, span or finding worse than then fails the test. Raise
// them when the analyser gets better; never lower them to make a change pass.
constexpr int kMinDrafts = 220;
constexpr double kFloorPurposeAccuracy = 0.9761;
constexpr double kFloorSensitiveAccuracy = 0.9880;
constexpr double kFloorDelicateAccuracy = 0.9960;
struct CategoryFloor {
    Category category;
    double precision;
    double recall;
};
constexpr CategoryFloor kCategoryFloors[] = {
    {Category::Clinical, 0.9839, 0.9243},   {Category::Identifier, 1.0000, 1.0000},
    {Category::Delicate, 1.0000, 0.9125},   {Category::Promotional, 1.0000, 0.9218},
    {Category::Scheduling, 1.0000, 0.9583}, {Category::Admin, 1.0000, 0.9569},
};

// The held-out set's floors (tests/data/drafts-heldout/REPORT.md), set the same way. They guard
// against regressions only: never tune the lexicon on that set to raise them (its README.md).
constexpr int kHeldoutMinDrafts = 100;
constexpr double kHeldoutFloorPurposeAccuracy = 0.8000;
constexpr double kHeldoutFloorSensitiveAccuracy = 0.8600;
constexpr double kHeldoutFloorDelicateAccuracy = 0.8900;
constexpr CategoryFloor kHeldoutCategoryFloors[] = {
    {Category::Clinical, 0.8000, 0.5000},   {Category::Identifier, 1.0000, 0.8333},
    {Category::Delicate, 0.8125, 0.3095},   {Category::Promotional, 0.9130, 0.5128},
    {Category::Scheduling, 0.9504, 0.9191}, {Category::Admin, 1.0000, 0.7959},
};
// The German corpus's floors (tests/data/drafts-de/REPORT.md), read with the German lexicon
// (resources/lexicon/de.txt) and hunspell-de-med; set the same way as the English ones.
constexpr int kGermanMinDrafts = 80;
constexpr double kGermanFloorPurposeAccuracy = 0.8943;
constexpr double kGermanFloorSensitiveAccuracy = 0.9349;
constexpr double kGermanFloorDelicateAccuracy = 0.9186;
constexpr CategoryFloor kGermanCategoryFloors[] = {
    {Category::Clinical, 0.8988, 0.6555},   {Category::Identifier, 1.0000, 0.8750},
    {Category::Delicate, 1.0000, 0.3877},   {Category::Promotional, 0.9032, 0.6923},
    {Category::Scheduling, 1.0000, 0.8512}, {Category::Admin, 1.0000, 0.8425},
};
// -------------------------------------------------------------------------------------------------

namespace {

constexpr Category kCategories[] = {Category::Clinical,    Category::Identifier, Category::Delicate,
                                    Category::Promotional, Category::Scheduling, Category::Admin};
constexpr int kCategoryCount = 6;

int index(Category c)
{
    return static_cast<int>(c);
}

/// The find lists of these categories are exhaustive: a finding that overlaps no `find` phrase of
/// its category is a false positive. Scheduling and admin finds may be incomplete, so there only a
/// finding on a `not` phrase is one.
bool exhaustive(Category c)
{
    return c == Category::Clinical || c == Category::Identifier || c == Category::Delicate ||
           c == Category::Promotional;
}

struct Label {
    Category category = Category::Clinical;
    QString phrase;
    int line = 0;
};

/// One occurrence of a labelled phrase in the draft, in code points like Finding.
struct Span {
    Category category = Category::Clinical;
    int start = 0;
    int end = 0;
    int label = 0; ///< index into Draft::finds or Draft::nots
};

struct Draft {
    QString file; ///< file name, without folder
    int line = 0; ///< of the `--- id` line
    QString id;
    QString kind;
    QString voice;
    QString note;
    bool hard = false;
    Purpose purpose = Purpose::General;
    bool sensitive = false;
    bool delicate = false;
    QVector<Label> finds;
    QVector<Label> nots;
    QString text;
    QVector<Span> findSpans;
    QVector<Span> notSpans;
    QString where() const { return file + QLatin1Char(':') + QString::number(line); }
};

struct LoadResult {
    QVector<Draft> drafts;
    QStringList errors; ///< "file:line: message"
};

bool overlaps(int a, int b, int c, int d)
{
    return a < d && c < b;
}

/// UTF-16 index to code-point index, as the analyser counts.
class CodePoints {
public:
    explicit CodePoints(const QString& text) : m_map(text.size() + 1)
    {
        int cp = 0;
        for (int i = 0; i < text.size(); ++i) {
            m_map[i] = cp;
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
                ++cp;
        }
        m_map[text.size()] = cp;
    }
    int operator()(int utf16) const { return m_map.at(utf16); }

private:
    QVector<int> m_map;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// Where a labelled phrase occurs: case-insensitive, any run of whitespace for a space, straight
/// and typographic apostrophes alike, and whole words at the phrase's word-character edges.
QVector<std::pair<int, int>> occurrences(const QString& text, const QString& phrase)
{
    QString pattern;
    if (isWordChar(phrase.front()))
        pattern += QStringLiteral("(?<![\\p{L}\\p{N}_])");
    for (int i = 0; i < phrase.size(); ++i) {
        const QChar c = phrase.at(i);
        if (c.isSpace()) {
            while (i + 1 < phrase.size() && phrase.at(i + 1).isSpace())
                ++i;
            pattern += QStringLiteral("\\s+");
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            pattern += QStringLiteral("['\\x{2019}]");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    if (isWordChar(phrase.back()))
        pattern += QStringLiteral("(?![\\p{L}\\p{N}_])");
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    QVector<std::pair<int, int>> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedEnd())});
    }
    return out;
}

std::optional<bool> yesNo(const QString& v)
{
    if (v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("no"))
        return false;
    return std::nullopt;
}

/// The purpose the policy infers from a careful reader's findings (channel-policy.md step 1).
Purpose purposeOf(const QSet<Category>& found)
{
    if (found.contains(Category::Clinical) || found.contains(Category::Identifier))
        return Purpose::Clinical;
    if (found.contains(Category::Promotional))
        return Purpose::Marketing;
    if (found.contains(Category::Scheduling))
        return Purpose::Scheduling;
    if (found.contains(Category::Admin))
        return Purpose::Admin;
    return Purpose::General;
}

class Parser {
public:
    Parser(QString file, LoadResult& out) : m_file(std::move(file)), m_out(out) {}

    void parse(const QString& content)
    {
        QStringList lines = content.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            handle(line, i + 1);
        }
        finish();
    }

private:
    enum class State { Preamble, Header, Body };

    void error(int line, const QString& message)
    {
        m_out.errors << m_file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
        m_bad = true;
    }

    void handle(const QString& line, int no)
    {
        if (line.startsWith(QLatin1String("--- ")) || line == QLatin1String("---")) {
            finish();
            m_draft = Draft{};
            m_draft.file = m_file;
            m_draft.line = no;
            m_draft.id = line.mid(3).trimmed();
            m_body.clear();
            m_seen.clear();
            m_bad = false;
            m_state = State::Header;
            static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
            if (!idRe.match(m_draft.id).hasMatch())
                error(no, QStringLiteral("a record starts with '--- <id>', the id in lower-case letters, digits and "
                                         "hyphens; got '%1'")
                              .arg(line));
            return;
        }
        switch (m_state) {
        case State::Preamble:
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
                error(no, QStringLiteral("text before the first record: records start with '--- <id>', comments "
                                         "with '#'"));
            return;
        case State::Header:
            if (line.trimmed().isEmpty()) {
                m_state = State::Body;
                return;
            }
            if (line.startsWith(QLatin1Char('#')))
                return;
            header(line, no);
            return;
        case State::Body: {
            // A label written below the blank line would silently become draft text.
            static const QRegularExpression labelRe(
                QStringLiteral("^(find|not|purpose|sensitive|delicate|kind|voice|hard|note)\\s*:\\s*"
                               "(clinical|identifier|delicate|promotional|scheduling|admin|yes|no|marketing|"
                               "general)\\b"));
            if (labelRe.match(line).hasMatch())
                error(no, QStringLiteral("a header line in the draft text (the header ends at the first blank line): "
                                         "'%1'")
                              .arg(line));
            m_body << line;
            return;
        }
        }
    }

    void header(const QString& line, int no)
    {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            error(no, QStringLiteral("header line without 'key: value' (the header ends at the first blank line, "
                                     "then the draft text follows): '%1'")
                          .arg(line));
            return;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("find") || key == QLatin1String("not")) {
            const int c2 = value.indexOf(QLatin1Char(':'));
            const auto cat = c2 < 0 ? std::nullopt : categoryFromString(value.left(c2).trimmed());
            if (!cat) {
                error(no, QStringLiteral("'%1:' needs '<category>: <phrase>' with a category among clinical, "
                                         "identifier, delicate, promotional, scheduling, admin; got '%2'")
                              .arg(key, value));
                return;
            }
            const QString phrase = value.mid(c2 + 1).trimmed();
            if (phrase.isEmpty()) {
                error(no, QStringLiteral("'%1: %2:' has no phrase").arg(key, toString(*cat)));
                return;
            }
            (key == QLatin1String("find") ? m_draft.finds : m_draft.nots).append(Label{*cat, phrase, no});
            return;
        }
        static const QStringList single{
            QStringLiteral("kind"),    QStringLiteral("voice"),     QStringLiteral("note"),    QStringLiteral("hard"),
            QStringLiteral("purpose"), QStringLiteral("sensitive"), QStringLiteral("delicate")};
        if (!single.contains(key)) {
            error(no, QStringLiteral("unknown header key '%1' (known: kind, voice, note, hard, purpose, sensitive, "
                                     "delicate, find, not)")
                          .arg(key));
            return;
        }
        if (m_seen.contains(key)) {
            error(no, QStringLiteral("'%1' given twice").arg(key));
            return;
        }
        m_seen.insert(key, no);
        if (key == QLatin1String("kind")) {
            m_draft.kind = value;
        } else if (key == QLatin1String("voice")) {
            static const QStringList voices{QStringLiteral("uk"), QStringLiteral("us"), QStringLiteral("ie"),
                                            QStringLiteral("au"), QStringLiteral("nz"), QStringLiteral("ca")};
            if (!voices.contains(value))
                error(no, QStringLiteral("voice is one of uk, us, ie, au, nz, ca; got '%1'").arg(value));
            m_draft.voice = value;
        } else if (key == QLatin1String("note")) {
            m_draft.note = value;
        } else if (key == QLatin1String("purpose")) {
            const auto p = purposeFromString(value);
            if (!p)
                error(no, QStringLiteral("purpose is one of clinical, marketing, scheduling, admin, general; got '%1'")
                              .arg(value));
            else
                m_draft.purpose = *p;
        } else {
            const auto b = yesNo(value);
            if (!b) {
                error(no, QStringLiteral("'%1' is yes or no; got '%2'").arg(key, value));
                return;
            }
            if (key == QLatin1String("hard"))
                m_draft.hard = *b;
            else if (key == QLatin1String("sensitive"))
                m_draft.sensitive = *b;
            else
                m_draft.delicate = *b;
        }
    }

    void finish()
    {
        if (m_state == State::Preamble)
            return;
        const int no = m_draft.line;
        while (!m_body.isEmpty() && m_body.front().trimmed().isEmpty())
            m_body.removeFirst();
        while (!m_body.isEmpty() && m_body.back().trimmed().isEmpty())
            m_body.removeLast();
        m_draft.text = m_body.join(QLatin1Char('\n'));
        if (m_draft.text.isEmpty())
            error(no, QStringLiteral("record '%1' has no draft text (the header ends at the first blank line)")
                          .arg(m_draft.id));
        for (const char* key : {"kind", "purpose", "sensitive", "delicate"}) {
            if (!m_seen.contains(QLatin1String(key)))
                error(no, QStringLiteral("record '%1' has no '%2:' line").arg(m_draft.id, QLatin1String(key)));
        }
        if (!m_bad)
            locate();
        if (!m_bad)
            consistent();
        if (!m_bad)
            m_out.drafts.append(m_draft);
        m_state = State::Preamble;
    }

    /// Every occurrence of every labelled phrase becomes a span; a phrase that is not in the text,
    /// a label given twice, or two spans of one category that overlap are errors.
    void locate()
    {
        const CodePoints cp(m_draft.text);
        auto place = [&](const QVector<Label>& labels, QVector<Span>& spans, const char* key) {
            QSet<QString> seen;
            for (int i = 0; i < labels.size(); ++i) {
                const Label& l = labels.at(i);
                const QString sig = toString(l.category) + QLatin1Char(':') + l.phrase.toCaseFolded();
                if (seen.contains(sig)) {
                    error(l.line, QStringLiteral("'%1: %2: %3' given twice")
                                      .arg(QLatin1String(key), toString(l.category), l.phrase));
                    continue;
                }
                seen.insert(sig);
                const auto occ = occurrences(m_draft.text, l.phrase);
                if (occ.isEmpty()) {
                    error(l.line, QStringLiteral("'%1' (%2) is not in the text of '%3' (whole words, case ignored)")
                                      .arg(l.phrase, QLatin1String(key), m_draft.id));
                    continue;
                }
                for (const auto& [b, e] : occ)
                    spans.append(Span{l.category, cp(b), cp(e), i});
            }
        };
        place(m_draft.finds, m_draft.findSpans, "find");
        place(m_draft.nots, m_draft.notSpans, "not");
        for (int i = 0; i < m_draft.findSpans.size(); ++i) {
            const Span& a = m_draft.findSpans.at(i);
            for (int j = i + 1; j < m_draft.findSpans.size(); ++j) {
                const Span& b = m_draft.findSpans.at(j);
                if (a.category == b.category && overlaps(a.start, a.end, b.start, b.end))
                    error(m_draft.finds.at(b.label).line,
                          QStringLiteral("'%1' overlaps '%2', both %3: label one phrase per place")
                              .arg(m_draft.finds.at(b.label).phrase, m_draft.finds.at(a.label).phrase,
                                   toString(a.category)));
            }
            for (const Span& n : m_draft.notSpans) {
                if (a.category == n.category && overlaps(a.start, a.end, n.start, n.end))
                    error(m_draft.nots.at(n.label).line, QStringLiteral("'not: %1: %2' overlaps 'find: %1: %3'")
                                                             .arg(toString(n.category), m_draft.nots.at(n.label).phrase,
                                                                  m_draft.finds.at(a.label).phrase));
            }
        }
    }

    /// purpose, sensitive and delicate must be what the policy makes of the find lines.
    void consistent()
    {
        QSet<Category> found;
        for (const Label& l : m_draft.finds)
            found.insert(l.category);
        const Purpose p = purposeOf(found);
        if (p != m_draft.purpose)
            error(m_seen.value(QStringLiteral("purpose")),
                  QStringLiteral("purpose: %1, but the find lines make it %2 (clinical if any clinical or identifier "
                                 "find, then marketing, scheduling, admin, else general)")
                      .arg(toString(m_draft.purpose), toString(p)));
        const bool sensitive = found.contains(Category::Clinical) || found.contains(Category::Identifier);
        if (sensitive != m_draft.sensitive)
            error(m_seen.value(QStringLiteral("sensitive")),
                  QStringLiteral("sensitive: %1, but there is %2 clinical or identifier find")
                      .arg(m_draft.sensitive ? QStringLiteral("yes") : QStringLiteral("no"),
                           sensitive ? QStringLiteral("a") : QStringLiteral("no")));
        const bool delicate = found.contains(Category::Delicate);
        if (delicate != m_draft.delicate)
            error(m_seen.value(QStringLiteral("delicate")),
                  QStringLiteral("delicate: %1, but there is %2 delicate find")
                      .arg(m_draft.delicate ? QStringLiteral("yes") : QStringLiteral("no"),
                           delicate ? QStringLiteral("a") : QStringLiteral("no")));
    }

    QString m_file;
    LoadResult& m_out;
    State m_state = State::Preamble;
    Draft m_draft;
    QStringList m_body;
    QHash<QString, int> m_seen; ///< single-valued header keys, with their line
    bool m_bad = false;
};

void parseInto(const QString& file, const QString& content, LoadResult& out)
{
    Parser(file, out).parse(content);
}

/// tests/data/drafts, or the folder RAPPORT_CORPUS_DIR names.
QString corpusDir()
{
    const QString dir = qEnvironmentVariable("RAPPORT_CORPUS_DIR");
    return dir.isEmpty() ? QStringLiteral(RAPPORT_TEST_DATA_DIR "/drafts") : dir;
}

/// The held-out set: written after the tuning of issue 9, never used to tune.
QString heldoutDir()
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/drafts-heldout");
}

/// Every *.txt file of the corpus folder, in name order; ids are unique across files.
LoadResult loadCorpus(const QString& dir = corpusDir())
{
    LoadResult out;
    const QDir d(dir);
    const auto files = d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        out.errors << dir + QStringLiteral(": no *.txt files");
    for (const QString& name : files) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            out.errors << name + QStringLiteral(": cannot be read");
            continue;
        }
        parseInto(name, QString::fromUtf8(f.readAll()), out);
    }
    QHash<QString, QString> ids;
    for (const Draft& dr : out.drafts) {
        if (ids.contains(dr.id))
            out.errors << dr.where() + QStringLiteral(": id '%1' already used at %2").arg(dr.id, ids.value(dr.id));
        else
            ids.insert(dr.id, dr.where());
    }
    return out;
}

// ---- Scoring -------------------------------------------------------------------------------------

struct CategoryScore {
    int tp = 0;         ///< findings on a find phrase of their category
    int fp = 0;         ///< findings on a not phrase, or (exhaustive categories) on no labelled phrase
    int spans = 0;      ///< find spans
    int covered = 0;    ///< find spans overlapped by a finding of their category
    int unlabelled = 0; ///< scheduling/admin findings on no labelled phrase (not counted)
    int guardSpans = 0; ///< not spans
    int guardHits = 0;  ///< not spans overlapped by a finding of their category
    int fn() const { return spans - covered; }
    double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp); }
    double recall() const { return spans == 0 ? 1.0 : double(covered) / double(spans); }
};

struct Miss {
    QString what; ///< "purpose", "sensitive", "delicate", or "<category> missed" / "<category> false positive"
    QString expected;
    QString got;
};

struct DraftScore {
    std::array<CategoryScore, kCategoryCount> categories{};
    bool purposeOk = true;
    bool sensitiveOk = true;
    bool delicateOk = true;
    QVector<Miss> misses;
};

QString quoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString describe(const Finding& f)
{
    return toString(f.category) + QLatin1Char(' ') + quoted(f.text);
}

QString yn(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

/// Scores one draft's labels against one analysis (see README.md, "How the analyser is scored").
DraftScore scoreDraft(const Draft& d, const Analysis& a)
{
    DraftScore s;
    for (const Span& sp : d.findSpans)
        ++s.categories[index(sp.category)].spans;
    for (const Span& sp : d.notSpans)
        ++s.categories[index(sp.category)].guardSpans;

    for (const Finding& f : a.findings) {
        CategoryScore& cs = s.categories[index(f.category)];
        const Span* onNot = nullptr;
        bool onFind = false;
        for (const Span& sp : d.notSpans) {
            if (sp.category == f.category && overlaps(f.start, f.end, sp.start, sp.end)) {
                onNot = &sp;
                break;
            }
        }
        for (const Span& sp : d.findSpans)
            onFind = onFind || (sp.category == f.category && overlaps(f.start, f.end, sp.start, sp.end));
        if (onNot) {
            ++cs.fp;
            s.misses.append({toString(f.category) + QStringLiteral(" false positive"),
                             QStringLiteral("not: ") + quoted(d.nots.at(onNot->label).phrase), describe(f)});
        } else if (onFind) {
            ++cs.tp;
        } else if (exhaustive(f.category)) {
            ++cs.fp;
            s.misses.append({toString(f.category) + QStringLiteral(" false positive"),
                             QStringLiteral("no %1 phrase here").arg(toString(f.category)), describe(f)});
        } else {
            ++cs.unlabelled;
        }
    }

    auto coveredBy = [&](const Span& sp, bool sameCategory) {
        QStringList out;
        for (const Finding& f : a.findings) {
            if ((f.category == sp.category) == sameCategory && overlaps(f.start, f.end, sp.start, sp.end))
                out << describe(f);
        }
        return out;
    };
    for (const Span& sp : d.findSpans) {
        CategoryScore& cs = s.categories[index(sp.category)];
        if (!coveredBy(sp, true).isEmpty()) {
            ++cs.covered;
            continue;
        }
        const QStringList other = coveredBy(sp, false);
        s.misses.append({toString(sp.category) + QStringLiteral(" missed"), quoted(d.finds.at(sp.label).phrase),
                         other.isEmpty() ? QStringLiteral("nothing") : other.join(QStringLiteral(", "))});
    }
    for (const Span& sp : d.notSpans) {
        if (!coveredBy(sp, true).isEmpty())
            ++s.categories[index(sp.category)].guardHits;
    }

    s.purposeOk = a.purpose == d.purpose;
    if (!s.purposeOk)
        s.misses.append({QStringLiteral("purpose"), toString(d.purpose), toString(a.purpose)});
    s.sensitiveOk = a.sensitive == d.sensitive;
    if (!s.sensitiveOk)
        s.misses.append({QStringLiteral("sensitive"), yn(d.sensitive), yn(a.sensitive)});
    s.delicateOk = a.delicate == d.delicate;
    if (!s.delicateOk)
        s.misses.append({QStringLiteral("delicate"), yn(d.delicate), yn(a.delicate)});
    return s;
}

struct Accuracy {
    int correct = 0;
    int total = 0;
    double value() const { return total == 0 ? 1.0 : double(correct) / double(total); }
};

struct DraftRun {
    const Draft* draft = nullptr;
    Analysis analysis;
    DraftScore score;
};

struct CorpusScore {
    std::array<CategoryScore, kCategoryCount> categories{};
    Accuracy purpose, sensitive, delicate;
    Accuracy purposeHard, sensitiveHard, delicateHard; ///< over drafts marked `hard: yes`
    int hard = 0;
    std::map<std::pair<int, int>, int> purposeConfusion; ///< (expected, got) -> drafts
    QVector<DraftRun> runs;
};

CorpusScore scoreCorpus(const QVector<Draft>& drafts, const std::function<Analysis(const QString&)>& analyse)
{
    CorpusScore c;
    for (const Draft& d : drafts) {
        DraftRun run{&d, analyse(d.text), {}};
        run.score = scoreDraft(d, run.analysis);
        for (int i = 0; i < kCategoryCount; ++i) {
            const CategoryScore& from = run.score.categories.at(i);
            CategoryScore& to = c.categories[i];
            to.tp += from.tp;
            to.fp += from.fp;
            to.spans += from.spans;
            to.covered += from.covered;
            to.unlabelled += from.unlabelled;
            to.guardSpans += from.guardSpans;
            to.guardHits += from.guardHits;
        }
        auto count = [&](Accuracy& all, Accuracy& hard, bool ok) {
            ++all.total;
            all.correct += ok ? 1 : 0;
            if (d.hard) {
                ++hard.total;
                hard.correct += ok ? 1 : 0;
            }
        };
        count(c.purpose, c.purposeHard, run.score.purposeOk);
        count(c.sensitive, c.sensitiveHard, run.score.sensitiveOk);
        count(c.delicate, c.delicateHard, run.score.delicateOk);
        c.hard += d.hard ? 1 : 0;
        ++c.purposeConfusion[{static_cast<int>(d.purpose), static_cast<int>(run.analysis.purpose)}];
        c.runs.append(std::move(run));
    }
    return c;
}

/// The analyser as the app and the CLI build it: the built-in lexicon and the installed medical
/// vocabulary (packaging/install-deps.sh installs it). `RAPPORT_DICTIONARY_DIR=/nonexistent` gives the
/// figures of the lexicon alone.
const ContentAnalyser& analyser(const QString& language = QStringLiteral("en"))
{
    if (language == QLatin1String("de")) {
        static const ContentAnalyser german(Lexicon::builtin(language),
                                            rapport::services::MedicalVocabularies::get(language));
        return german;
    }
    static const ContentAnalyser english(Lexicon::builtin(), rapport::services::MedicalVocabularies::get());
    return english;
}

CorpusScore scoreWithAnalyser(const QVector<Draft>& drafts, const QString& language = QStringLiteral("en"))
{
    return scoreCorpus(drafts, [&language](const QString& text) { return analyser(language).analyse(text); });
}

// ---- Printing ------------------------------------------------------------------------------------

QString labelsOf(const Draft& d)
{
    QStringList out{QStringLiteral("purpose %1, sensitive %2, delicate %3")
                        .arg(toString(d.purpose), yn(d.sensitive), yn(d.delicate))};
    for (const Label& l : d.finds)
        out << QStringLiteral("find %1 %2").arg(toString(l.category), quoted(l.phrase));
    for (const Label& l : d.nots)
        out << QStringLiteral("not %1 %2").arg(toString(l.category), quoted(l.phrase));
    return out.join(QStringLiteral("; "));
}

QString findingsOf(const Analysis& a)
{
    QStringList out{QStringLiteral("purpose %1, sensitive %2, delicate %3")
                        .arg(toString(a.purpose), yn(a.sensitive), yn(a.delicate))};
    for (const Finding& f : a.findings)
        out << describe(f);
    return out.join(QStringLiteral("; "));
}

/// A draft as a failure message shows it: where, text, labels, findings, misses.
std::string explain(const DraftRun& r)
{
    QString s = QStringLiteral("\n%1 %2\n  text: %3\n  expected: %4\n  got: %5\n")
                    .arg(r.draft->where(), r.draft->id, QString(r.draft->text).replace(QLatin1Char('\n'), u' '),
                         labelsOf(*r.draft), findingsOf(r.analysis));
    for (const Miss& m : r.score.misses)
        s += QStringLiteral("  miss: %1: expected %2, got %3\n").arg(m.what, m.expected, m.got);
    return s.toStdString();
}

/// The drafts with a miss that the predicate selects, explained.
std::string explainAll(const CorpusScore& c, const std::function<bool(const Miss&)>& pick)
{
    std::string out;
    for (const DraftRun& r : c.runs) {
        if (std::any_of(r.score.misses.cbegin(), r.score.misses.cend(), pick))
            out += explain(r);
    }
    return out;
}

QString pct(double v)
{
    return QString::number(v * 100.0, 'f', 1) + QLatin1Char('%');
}

/// A figure as the floors hold it: cut (not rounded) to four decimals.
QString floorOf(double v)
{
    return QString::number(std::floor(v * 10000.0 + 1e-9) / 10000.0, 'f', 4);
}

QString cell(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString markdownReport(const CorpusScore& c, const LoadResult& corpus,
                       const QString& title = QStringLiteral("the draft corpus"),
                       const QString& tag = QStringLiteral("[.corpus-report]"),
                       const QString& floorPrefix = QStringLiteral("kFloor"))
{
    QString md;
    QTextStream o(&md);
    o << "# Content analyser against " << title << "\n\n";
    const QString commit = qEnvironmentVariable("RAPPORT_CORPUS_COMMIT");
    const QString date = qEnvironmentVariable("RAPPORT_CORPUS_DATE");
    if (!commit.isEmpty() || !date.isEmpty())
        o << "Measured" << (date.isEmpty() ? QString() : QStringLiteral(" on ") + date)
          << (commit.isEmpty() ? QString() : QStringLiteral(" at commit `") + commit + QLatin1Char('`')) << ".\n\n";
    const QString note = qEnvironmentVariable("RAPPORT_CORPUS_NOTE");
    if (!note.isEmpty())
        o << note << "\n\n";
    QSet<QString> files;
    for (const Draft& d : corpus.drafts)
        files.insert(d.file);
    o << corpus.drafts.size() << " drafts in " << files.size() << " files, " << c.hard
      << " of them marked `hard: yes`. Generated by `integration_tests \"" << tag
      << "\"`; the rules are in README.md.\n\n";

    o << "## Findings per category\n\n";
    o << "| category | precision | recall | TP | FP | FN | find spans | not guards hit | unlabelled findings |\n";
    o << "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (Category cat : kCategories) {
        const CategoryScore& s = c.categories.at(index(cat));
        o << "| " << toString(cat) << (exhaustive(cat) ? "" : " *") << " | " << pct(s.precision()) << " | "
          << pct(s.recall()) << " | " << s.tp << " | " << s.fp << " | " << s.fn() << " | " << s.spans << " | "
          << s.guardHits << " of " << s.guardSpans << " | "
          << (exhaustive(cat) ? QStringLiteral("-") : QString::number(s.unlabelled)) << " |\n";
    }
    o << "\n\\* find lists not exhaustive: only findings on a `not` phrase count as false positives; findings on "
         "no labelled phrase are listed as unlabelled. TP and FP count findings, FN counts find spans no finding "
         "of the category overlaps; recall = covered spans / find spans.\n\n";

    o << "## Draft-level accuracy\n\n";
    o << "| measure | all drafts | ordinary | hard |\n|---|---:|---:|---:|\n";
    auto row = [&](const char* name, const Accuracy& all, const Accuracy& hard) {
        const Accuracy ordinary{all.correct - hard.correct, all.total - hard.total};
        o << "| " << name << " | " << pct(all.value()) << " (" << all.correct << "/" << all.total << ") | "
          << pct(ordinary.value()) << " (" << ordinary.correct << "/" << ordinary.total << ") | " << pct(hard.value())
          << " (" << hard.correct << "/" << hard.total << ") |\n";
    };
    row("purpose", c.purpose, c.purposeHard);
    row("sensitive", c.sensitive, c.sensitiveHard);
    row("delicate", c.delicate, c.delicateHard);

    o << "\n## Purpose: expected (rows) against inferred (columns)\n\n";
    const Purpose purposes[] = {Purpose::Clinical, Purpose::Marketing, Purpose::Scheduling, Purpose::Admin,
                                Purpose::General};
    o << "| expected \\ got |";
    for (Purpose p : purposes)
        o << " " << toString(p) << " |";
    o << "\n|---|";
    for (int i = 0; i < 5; ++i)
        o << "---:|";
    o << "\n";
    for (Purpose e : purposes) {
        o << "| " << toString(e) << " |";
        for (Purpose g : purposes) {
            const auto it = c.purposeConfusion.find({static_cast<int>(e), static_cast<int>(g)});
            o << " " << (it == c.purposeConfusion.end() ? 0 : it->second) << " |";
        }
        o << "\n";
    }

    o << "\n## The same figures as floors\n\nCut to four decimals, as the constants at the top of "
         "`tests/integration/test_corpus.cpp` hold them:\n\n```\n";
    o << floorPrefix << "PurposeAccuracy = " << floorOf(c.purpose.value()) << "\n";
    o << floorPrefix << "SensitiveAccuracy = " << floorOf(c.sensitive.value()) << "\n";
    o << floorPrefix << "DelicateAccuracy = " << floorOf(c.delicate.value()) << "\n";
    for (Category cat : kCategories) {
        const CategoryScore& s = c.categories.at(index(cat));
        o << toString(cat) << ": precision " << floorOf(s.precision()) << ", recall " << floorOf(s.recall()) << "\n";
    }
    o << "```\n";

    int missCount = 0;
    for (const DraftRun& r : c.runs)
        missCount += r.score.misses.size();
    o << "\n## Misses\n\n"
      << missCount << " misses in "
      << std::count_if(c.runs.cbegin(), c.runs.cend(), [](const DraftRun& r) { return !r.score.misses.isEmpty(); })
      << " drafts, in corpus order.\n\n";
    o << "| draft | where | what | expected | got |\n|---|---|---|---|---|\n";
    for (const DraftRun& r : c.runs) {
        for (const Miss& m : r.score.misses)
            o << "| " << r.draft->id << (r.draft->hard ? " (hard)" : "") << " | " << r.draft->where() << " | "
              << cell(m.what) << " | " << cell(m.expected) << " | " << cell(m.got) << " |\n";
    }
    o.flush();
    return md;
}

LoadResult parseOne(const QString& content)
{
    LoadResult r;
    parseInto(QStringLiteral("sample.txt"), content, r);
    return r;
}

} // namespace

TEST_CASE("Corpus format: a well-formed record loads with its spans", "[corpus]")
{
    const auto r = parseOne(QString::fromUtf8("# a comment\n\n"
                                              "--- s-1\n"
                                              "kind: aftercare\n"
                                              "hard: yes\n"
                                              "purpose: clinical\n"
                                              "sensitive: yes\n"
                                              "delicate: no\n"
                                              "find: clinical: neck was stiff\n"
                                              "find: scheduling: 3:00 PM\n"
                                              "not: clinical: Sports Injury Massage\n"
                                              "\n"
                                              "Your Sports Injury Massage is at 3:00 PM.\n"
                                              "\n"
                                              "Your neck   was stiff \xF0\x9F\x99\x82 your NECK was stiff.\n"
                                              "\n"));
    REQUIRE(r.errors.isEmpty());
    REQUIRE(r.drafts.size() == 1);
    const Draft& d = r.drafts.front();
    CHECK(d.id == QLatin1String("s-1"));
    CHECK(d.line == 3);
    CHECK(d.hard);
    CHECK(d.purpose == Purpose::Clinical);
    CHECK(d.text.startsWith(QLatin1String("Your Sports")));
    CHECK(d.text.endsWith(QLatin1String("NECK was stiff.")));
    // Both occurrences, in code points (the emoji is one code point, two UTF-16 units).
    REQUIRE(d.findSpans.size() == 3);
    const QString second = QStringLiteral("your NECK");
    const int utf16 = d.text.indexOf(second) + 5;
    CHECK(d.findSpans.at(1).start == utf16 - 1);
    CHECK(d.findSpans.at(2).category == Category::Scheduling);
    CHECK(d.notSpans.size() == 1);
}

TEST_CASE("Corpus format: a malformed record names its file and line", "[corpus]")
{
    const QString head = QStringLiteral("--- s-1\nkind: chat\npurpose: general\nsensitive: no\ndelicate: no\n");
    struct Case {
        QString content;
        const char* expected; ///< the start of the error
    };
    const Case cases[] = {
        {QStringLiteral("Hello\n"), "sample.txt:1: text before the first record"},
        {QStringLiteral("--- Bad Id\n"), "sample.txt:1: a record starts with"},
        {head + QStringLiteral("colour: blue\n\nHi\n"), "sample.txt:6: unknown header key 'colour'"},
        {head + QStringLiteral("kind: chat\n\nHi\n"), "sample.txt:6: 'kind' given twice"},
        {head + QStringLiteral("find: medical: pain\n\nHi\n"), "sample.txt:6: 'find:' needs"},
        {head + QStringLiteral("find: clinical:\n\nHi\n"), "sample.txt:6: 'find: clinical:' has no phrase"},
        {head + QStringLiteral("just words\n\nHi\n"), "sample.txt:6: header line without"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: gen\nsensitive: no\ndelicate: no\n\nHi\n"),
         "sample.txt:3: purpose is one of"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: general\nsensitive: maybe\ndelicate: no\n\nHi\n"),
         "sample.txt:4: 'sensitive' is yes or no"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: general\ndelicate: no\n\nHi\n"),
         "sample.txt:1: record 's-1' has no 'sensitive:' line"},
        {head + QStringLiteral("\n\n\n"), "sample.txt:1: record 's-1' has no draft text"},
        {head + QStringLiteral("not: clinical: knee\n\nMy kneecap\n"), "sample.txt:6: 'knee' (not) is not in the text"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: general\nsensitive: yes\ndelicate: no\n"
                        "find: clinical: pain\n\nNo pain\n"),
         "sample.txt:3: purpose: general, but the find lines make it clinical"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: clinical\nsensitive: no\ndelicate: no\n"
                        "find: clinical: pain\n\nNo pain\n"),
         "sample.txt:4: sensitive: no, but there is a clinical"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: scheduling\nsensitive: no\ndelicate: yes\n"
                        "find: scheduling: appointment\n\nYour appointment\n"),
         "sample.txt:5: delicate: yes, but there is no delicate find"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: clinical\nsensitive: yes\ndelicate: no\n"
                        "find: clinical: back pain\nfind: clinical: pain\n\nback pain\n"),
         "sample.txt:7: 'pain' overlaps 'back pain'"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: clinical\nsensitive: yes\ndelicate: no\n"
                        "find: clinical: back pain\nnot: clinical: back\n\nback pain\n"),
         "sample.txt:7: 'not: clinical: back' overlaps"},
        {QStringLiteral("--- s-1\nkind: chat\npurpose: clinical\nsensitive: yes\ndelicate: no\n"
                        "find: clinical: pain\nfind: clinical: Pain\n\nback pain\n"),
         "sample.txt:7: 'find: clinical: Pain' given twice"},
        {head + QStringLiteral("voice: fr\n\nHi\n"), "sample.txt:6: voice is one of"},
        {head + QStringLiteral("\nHi\nfind: clinical: Hi\n"), "sample.txt:8: a header line in the draft text"},
    };
    for (const Case& c : cases) {
        const auto r = parseOne(c.content);
        INFO(c.content.toStdString());
        REQUIRE(r.errors.size() >= 1);
        INFO(r.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(r.errors.front().startsWith(QString::fromUtf8(c.expected)));
        CHECK(r.drafts.isEmpty());
    }
}

TEST_CASE("Corpus scoring: overlap, guards, exhaustive and non-exhaustive categories", "[corpus]")
{
    const auto r = parseOne(QStringLiteral("--- s-1\nkind: aftercare\npurpose: clinical\nsensitive: yes\n"
                                           "delicate: yes\n"
                                           "find: clinical: neck was still quite stiff\n"
                                           "find: clinical: ibuprofen\n"
                                           "find: delicate: charged the full fee\n"
                                           "find: scheduling: 3:00 PM\n"
                                           "not: clinical: Sports Injury Massage\n"
                                           "not: admin: address\n"
                                           "\n"
                                           "Your Sports Injury Massage at 3:00 PM: your neck was still quite stiff, "
                                           "so take ibuprofen. Missed sessions are charged the full fee; we can "
                                           "address that, see the invoice.\n"));
    REQUIRE(r.errors.isEmpty());
    const Draft& d = r.drafts.front();
    auto at = [&](Category c, const char* text) {
        const int b = d.text.indexOf(QString::fromUtf8(text));
        REQUIRE(b >= 0);
        return Finding{c, b, b + int(qstrlen(text)), QString::fromUtf8(text), {}, {}};
    };
    Analysis a;
    a.findings = {
        at(Category::Clinical, "Sports Injury"), // on a not phrase: FP
        at(Category::Scheduling, "PM"),          // partly covers "3:00 PM": TP
        at(Category::Clinical, "stiff"),         // TP
        at(Category::Delicate, "Missed"),        // exhaustive, unlabelled: FP
        at(Category::Admin, "address"),          // on a not phrase: FP
        at(Category::Admin, "invoice"),          // non-exhaustive, unlabelled: not counted
    };
    a.purpose = Purpose::Clinical;
    a.sensitive = true;
    a.delicate = true;
    const DraftScore s = scoreDraft(d, a);
    const auto& clinical = s.categories.at(index(Category::Clinical));
    CHECK(clinical.tp == 1);
    CHECK(clinical.fp == 1);
    CHECK(clinical.spans == 2);
    CHECK(clinical.covered == 1); // ibuprofen missed
    CHECK(clinical.guardHits == 1);
    const auto& delicate = s.categories.at(index(Category::Delicate));
    CHECK(delicate.fp == 1);
    CHECK(delicate.fn() == 1);
    const auto& scheduling = s.categories.at(index(Category::Scheduling));
    CHECK(scheduling.tp == 1);
    CHECK(scheduling.covered == 1);
    const auto& admin = s.categories.at(index(Category::Admin));
    CHECK(admin.fp == 1);
    CHECK(admin.unlabelled == 1);
    CHECK(admin.tp == 0);
    CHECK(s.purposeOk);
    CHECK(s.delicateOk);
    CHECK(s.misses.size() == 5); // 3 false positives, 2 missed
    a.purpose = Purpose::Scheduling;
    a.delicate = false;
    const DraftScore worse = scoreDraft(d, a);
    CHECK_FALSE(worse.purposeOk);
    CHECK_FALSE(worse.delicateOk);
    CHECK(worse.misses.size() == 7);
}

namespace {

struct Floors {
    int minDrafts;
    double purpose;
    double sensitive;
    double delicate;
    const CategoryFloor (&categories)[kCategoryCount];
    QString language = QStringLiteral("en");
};

/// Loads the folder, requires it to be well formed and at least floors.minDrafts long, and holds
/// the analyser's figures on it to the floors.
void checkFloors(const QString& dir, const Floors& floors)
{
    const LoadResult corpus = loadCorpus(dir);
    INFO(dir.toStdString());
    INFO(corpus.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(corpus.errors.isEmpty());
    REQUIRE(corpus.drafts.size() >= floors.minDrafts);

    const CorpusScore c = scoreWithAnalyser(corpus.drafts, floors.language);
    auto checkAccuracy = [&](const char* name, const Accuracy& acc, double floor, const char* what) {
        INFO(name << " accuracy " << acc.value() << " (" << acc.correct << "/" << acc.total << "), floor " << floor
                  << "; drafts it gets wrong:"
                  << explainAll(c, [&](const Miss& m) { return m.what == QLatin1String(what); }));
        CHECK(acc.value() >= floor);
    };
    checkAccuracy("purpose", c.purpose, floors.purpose, "purpose");
    checkAccuracy("sensitive", c.sensitive, floors.sensitive, "sensitive");
    checkAccuracy("delicate", c.delicate, floors.delicate, "delicate");
    for (const CategoryFloor& f : floors.categories) {
        const CategoryScore& s = c.categories.at(index(f.category));
        const QString cat = toString(f.category);
        {
            INFO(cat.toStdString() << " recall " << s.recall() << " (" << s.covered << "/" << s.spans << "), floor "
                                   << f.recall << "; drafts with a missed " << cat.toStdString()
                                   << " phrase:" << explainAll(c, [&](const Miss& m) {
                                          return m.what == cat + QStringLiteral(" missed");
                                      }));
            CHECK(s.recall() >= f.recall);
        }
        {
            INFO(cat.toStdString() << " precision " << s.precision() << " (" << s.tp << "/" << s.tp + s.fp
                                   << "), floor " << f.precision << "; drafts with a " << cat.toStdString()
                                   << " false positive:" << explainAll(c, [&](const Miss& m) {
                                          return m.what == cat + QStringLiteral(" false positive");
                                      }));
            CHECK(s.precision() >= f.precision);
        }
    }
}

} // namespace

TEST_CASE("Corpus: every draft loads, and the analyser stays at or above its floors", "[corpus]")
{
    checkFloors(corpusDir(),
                {kMinDrafts, kFloorPurposeAccuracy, kFloorSensitiveAccuracy, kFloorDelicateAccuracy, kCategoryFloors});
}

TEST_CASE("Corpus, held out: every draft loads, and the analyser stays at or above its floors", "[corpus]")
{
    checkFloors(heldoutDir(), {kHeldoutMinDrafts, kHeldoutFloorPurposeAccuracy, kHeldoutFloorSensitiveAccuracy,
                               kHeldoutFloorDelicateAccuracy, kHeldoutCategoryFloors});
}

TEST_CASE("Corpus report: precision, recall and misses as Markdown", "[.corpus-report]")
{
    const LoadResult corpus = loadCorpus();
    INFO(corpus.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(corpus.errors.isEmpty());
    const CorpusScore c = scoreWithAnalyser(corpus.drafts);
    const QString md = markdownReport(c, corpus);
    Catch::cout() << md.toStdString();
    const QString path = qEnvironmentVariable("RAPPORT_CORPUS_REPORT");
    if (!path.isEmpty()) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(md.toUtf8()) == md.toUtf8().size());
    }
    CHECK(c.runs.size() == corpus.drafts.size());
}

TEST_CASE("Corpus report, held out: the same report for tests/data/drafts-heldout", "[.corpus-heldout-report]")
{
    const LoadResult corpus = loadCorpus(heldoutDir());
    INFO(corpus.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(corpus.errors.isEmpty());
    const CorpusScore c = scoreWithAnalyser(corpus.drafts);
    const QString md = markdownReport(c, corpus, QStringLiteral("the held-out drafts"),
                                      QStringLiteral("[.corpus-heldout-report]"), QStringLiteral("kHeldoutFloor"));
    Catch::cout() << md.toStdString();
    if (!qEnvironmentVariable("RAPPORT_CORPUS_REPORT").isEmpty()) {
        QFile f(heldoutDir() + QStringLiteral("/REPORT.md"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(md.toUtf8()) == md.toUtf8().size());
    }
    CHECK(c.runs.size() == corpus.drafts.size());
}

/// The German drafts, read with the German lexicon and hunspell-de-med.
QString germanDir()
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/drafts-de");
}

TEST_CASE("Corpus, German: every draft loads, and the German analyser stays at or above its floors", "[corpus][de]")
{
    checkFloors(germanDir(), {kGermanMinDrafts, kGermanFloorPurposeAccuracy, kGermanFloorSensitiveAccuracy,
                              kGermanFloorDelicateAccuracy, kGermanCategoryFloors, QStringLiteral("de")});
}

TEST_CASE("Corpus report, German: the same report for tests/data/drafts-de", "[.corpus-de-report]")
{
    const LoadResult corpus = loadCorpus(germanDir());
    INFO(corpus.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(corpus.errors.isEmpty());
    const CorpusScore c = scoreWithAnalyser(corpus.drafts, QStringLiteral("de"));
    const QString md = markdownReport(c, corpus, QStringLiteral("the German drafts"),
                                      QStringLiteral("[.corpus-de-report]"), QStringLiteral("kGermanFloor"));
    Catch::cout() << md.toStdString();
    if (!qEnvironmentVariable("RAPPORT_CORPUS_REPORT").isEmpty()) {
        QFile f(germanDir() + QStringLiteral("/REPORT.md"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(md.toUtf8()) == md.toUtf8().size());
    }
    CHECK(c.runs.size() == corpus.drafts.size());
}
