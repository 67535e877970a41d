// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ContentAnalyser.h"

#include "domain/AnalysisRules.h"

#include "domain/EtiquetteLint.h"
#include "domain/Identifiers.h"
#include "domain/SmsEncoding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace rapport::domain {

namespace {

using namespace analysis;

/// Most tokens allowed between a body part and its symptom ("knots in your trapezius").
constexpr int kMaxGlue = 3;
/// Most tokens from a body part to a cue word after it, any words between ("your neck after the
/// long drive was stiff").
constexpr int kCueWindow = 7;

const QSet<QString>& prepositions()
{
    static const QSet<QString> k{QStringLiteral("in"),   QStringLiteral("on"),     QStringLiteral("at"),
                                 QStringLiteral("of"),   QStringLiteral("around"), QStringLiteral("across"),
                                 QStringLiteral("near"), QStringLiteral("behind")};
    return k;
}

bool isSideWord(const QString& w)
{
    return w == QLatin1String("left") || w == QLatin1String("right") || w == QLatin1String("both") ||
           w == QLatin1String("upper") || w == QLatin1String("lower");
}

QString whyFor(Kind kind)
{
    switch (kind) {
    case Kind::Clinical:
        return QCoreApplication::translate("ContentAnalyser", "Mentions the client's health or treatment.");
    case Kind::Identifier:
        return QCoreApplication::translate("ContentAnalyser", "A personal identifier.");
    case Kind::Delicate:
        return QCoreApplication::translate("ContentAnalyser", "A delicate subject, easier to hear than to read.");
    case Kind::Promotional:
        return QCoreApplication::translate("ContentAnalyser", "Promotional wording: needs marketing consent.");
    case Kind::Scheduling:
        return QCoreApplication::translate("ContentAnalyser", "About a booking or an appointment.");
    case Kind::Admin:
        return QCoreApplication::translate("ContentAnalyser", "About payments, forms or practical matters.");
    default:
        return {};
    }
}

QString whyFor(IdentifierMatch::Type type)
{
    switch (type) {
    case IdentifierMatch::Type::PaymentCard:
        return QCoreApplication::translate("ContentAnalyser", "Looks like a payment card number.");
    case IdentifierMatch::Type::NhsNumber:
        return QCoreApplication::translate("ContentAnalyser", "Looks like an NHS number.");
    case IdentifierMatch::Type::UsSsn:
        return QCoreApplication::translate("ContentAnalyser", "Looks like a US Social Security number.");
    case IdentifierMatch::Type::DateOfBirth:
        return QCoreApplication::translate("ContentAnalyser", "A date of birth.");
    case IdentifierMatch::Type::AuMedicare:
        return QCoreApplication::translate("ContentAnalyser", "Looks like an Australian Medicare number.");
    case IdentifierMatch::Type::IePps:
        return QCoreApplication::translate("ContentAnalyser", "Looks like an Irish PPS number.");
    case IdentifierMatch::Type::DeKvnr:
        return QCoreApplication::translate("ContentAnalyser", "Looks like a German health insurance number.");
    case IdentifierMatch::Type::AtSvnr:
        return QCoreApplication::translate("ContentAnalyser", "Looks like an Austrian social insurance number.");
    case IdentifierMatch::Type::ChAhv:
        return QCoreApplication::translate("ContentAnalyser", "Looks like a Swiss AHV number.");
    }
    return {};
}

QString whyFor(const Item& it)
{
    const QLatin1String source(it.source);
    if (source == QLatin1String("medical-vocabulary"))
        return QCoreApplication::translate("ContentAnalyser",
                                           "A medical word: mentions the client's health or treatment.");
    if (source == QLatin1String("rule:fee-charge"))
        return QCoreApplication::translate(
            "ContentAnalyser", "A charge for a cancelled, missed or late session: easier to hear than to read.");
    if (source == QLatin1String("rule:money-off"))
        return QCoreApplication::translate("ContentAnalyser",
                                           "Money off: promotional wording, needs marketing consent.");
    if (source == QLatin1String("rule:clock-time"))
        return QCoreApplication::translate("ContentAnalyser", "A clock time: about a booking.");
    if (source == QLatin1String("rule:offer"))
        return QCoreApplication::translate("ContentAnalyser",
                                           "An offer or a call to book: promotional wording, needs marketing consent.");
    if (source == QLatin1String("rule:amount"))
        return QCoreApplication::translate("ContentAnalyser", "An amount of money: about a payment.");
    if (source == QLatin1String("rule:service-name"))
        return QCoreApplication::translate("ContentAnalyser",
                                           "The name of the service booked: about a booking, not the client's health.");
    return whyFor(it.kind);
}

/// Maps UTF-16 indexes to code-point indexes (identity when there is no surrogate pair).
class CodePoints {
public:
    explicit CodePoints(const QString& text)
    {
        bool surrogates = false;
        for (QChar c : text) {
            if (c.isLowSurrogate()) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates)
            return;
        m_map.resize(text.size() + 1);
        int cp = 0;
        for (int i = 0; i < text.size(); ++i) {
            m_map[i] = cp;
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
                ++cp;
            else
                m_map[i] = cp - 1;
        }
        m_map[text.size()] = cp;
    }
    int operator()(int utf16) const { return m_map.isEmpty() ? utf16 : m_map.at(utf16); }

private:
    QVector<int> m_map;
};

class Resolver {
public:
    Resolver(const QString& text, const QVector<Lexicon::Token>& tokens) : m_text(text), m_tokens(tokens) {}

    /// Chooses non-overlapping matches: longest (in tokens, then characters) first; tokens inside
    /// an identifier are taken already.
    QVector<Item> select(const QVector<Lexicon::Match>& matches, const QVector<IdentifierMatch>& ids) const
    {
        QVector<bool> taken(m_tokens.size(), false);
        for (const auto& id : ids) {
            for (int t = 0; t < m_tokens.size(); ++t) {
                if (m_tokens.at(t).begin < id.end && id.begin < m_tokens.at(t).end)
                    taken[t] = true;
            }
        }
        QVector<int> order(matches.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const auto& ma = matches.at(a);
            const auto& mb = matches.at(b);
            const int ta = ma.last - ma.first;
            const int tb = mb.last - mb.first;
            if (ta != tb)
                return ta > tb;
            const int ca = m_tokens.at(ma.last).end - m_tokens.at(ma.first).begin;
            const int cb = m_tokens.at(mb.last).end - m_tokens.at(mb.first).begin;
            if (ca != cb)
                return ca > cb;
            return ma.first < mb.first;
        });
        QVector<Item> items;
        for (int idx : order) {
            const auto& m = matches.at(idx);
            bool free = true;
            for (int t = m.first; t <= m.last && free; ++t)
                free = !taken.at(t);
            if (!free)
                continue;
            for (int t = m.first; t <= m.last; ++t)
                taken[t] = true;
            items.append(Item{m.first, m.last, m.kind, true, m.user ? "practice-terms" : "lexicon"});
        }
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
        return items;
    }

    /// Body parts become clinical when a symptom (clinical term or cue) sits next to them with only
    /// glue words between; cues and lone body parts are dropped, as are `ignore` phrases.
    QVector<Item> linkBodyParts(QVector<Item> items) const
    {
        // "neck and shoulders": body parts joined by and/or/commas form one body group.
        for (int i = 0; i + 1 < items.size(); ++i) {
            Item& a = items[i];
            const Item& b = items.at(i + 1);
            if (isBodyLike(a.kind) && isBodyLike(b.kind) && joinableByConjunction(a.last, b.first)) {
                a.last = b.last;
                if (b.kind == Kind::Anatomy)
                    a.kind = Kind::Anatomy;
                items.remove(i + 1);
                --i;
            }
        }
        QVector<Item> out;
        QVector<bool> used(items.size(), false);
        for (int i = 0; i < items.size(); ++i) {
            if (!isBodyLike(items.at(i).kind))
                continue;
            Item merged = items.at(i);
            // "left knee": a side word just before joins the body part.
            while (merged.first > 0 && m_tokens.at(merged.first).joined && isSideWord(word(merged.first - 1)) &&
                   !tokenInItem(items, merged.first - 1))
                --merged.first;
            bool linked = false;
            // "lower back pain", "your knee is still swollen"
            if (i + 1 < items.size() && isSymptom(items.at(i + 1).kind) &&
                glueOnly(items.at(i).last, items.at(i + 1).first, false)) {
                merged.last = items.at(i + 1).last;
                used[i + 1] = true;
                linked = true;
            }
            // "the knots in your trapezius": a symptom before needs a preposition in between.
            if (i > 0 && !used.at(i - 1) && isSymptom(items.at(i - 1).kind) &&
                glueOnly(items.at(i - 1).last, items.at(i).first, true)) {
                merged.first = items.at(i - 1).first;
                used[i - 1] = true;
                linked = true;
            }
            // "your neck after the long drive was stiff": a cue a few words after the body part, in
            // the same sentence, with no other body part between, makes both clinical.
            if (!linked && merged.kind == Kind::Body) {
                for (int k = i + 1; k < items.size(); ++k) {
                    const Item& next = items.at(k);
                    if (isBodyLike(next.kind) || next.first - items.at(i).last > kCueWindow ||
                        sentenceBreakBetween(m_tokens.at(items.at(i).last).end, m_tokens.at(next.first).begin))
                        break;
                    if (next.kind == Kind::Cue && !used.at(k)) {
                        Item cue = next;
                        cue.kind = Kind::Clinical;
                        cue.source = "rule:body-part";
                        out.append(cue);
                        used[k] = true;
                        linked = true;
                        break;
                    }
                }
            }
            used[i] = true;
            if (linked || merged.kind == Kind::Anatomy) {
                merged.kind = Kind::Clinical;
                merged.source = linked ? "rule:body-part" : "lexicon";
                out.append(merged);
            }
        }
        for (int i = 0; i < items.size(); ++i) {
            const Kind k = items.at(i).kind;
            if (used.at(i) || k == Kind::Body || k == Kind::Cue || k == Kind::Ignore)
                continue;
            out.append(items.at(i));
        }
        std::sort(out.begin(), out.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
        return out;
    }

private:
    static bool isSymptom(Kind k) { return k == Kind::Clinical || k == Kind::Cue; }
    static bool isBodyLike(Kind k) { return k == Kind::Body || k == Kind::Anatomy; }

    QString word(int t) const
    {
        const auto& tok = m_tokens.at(t);
        return m_text.mid(tok.begin, tok.end - tok.begin).toCaseFolded();
    }

    static bool tokenInItem(const QVector<Item>& items, int t)
    {
        return std::any_of(items.cbegin(), items.cend(), [t](const Item& it) { return it.first <= t && t <= it.last; });
    }

    bool sentenceBreakBetween(int from, int to) const
    {
        for (int k = from; k < to; ++k) {
            if (isSentenceBreak(m_text.at(k)))
                return true;
        }
        return false;
    }

    /// Tokens strictly between a and b are glue words, at most kMaxGlue, in one sentence, and
    /// include a preposition when `needPreposition`.
    bool glueOnly(int a, int b, bool needPreposition) const
    {
        if (b - a - 1 > kMaxGlue)
            return false;
        if (sentenceBreakBetween(m_tokens.at(a).end, m_tokens.at(b).begin))
            return false;
        bool preposition = false;
        for (int t = a + 1; t < b; ++t) {
            const QString w = word(t);
            if (!glueWords().contains(w))
                return false;
            preposition = preposition || prepositions().contains(w);
        }
        return preposition || !needPreposition;
    }

    bool joinableByConjunction(int a, int b) const
    {
        if (sentenceBreakBetween(m_tokens.at(a).end, m_tokens.at(b).begin))
            return false;
        if (b == a + 1)
            return m_text.mid(m_tokens.at(a).end, m_tokens.at(b).begin - m_tokens.at(a).end).contains(QLatin1Char(','));
        for (int t = a + 1; t < b; ++t) {
            const QString w = word(t);
            if (w != QLatin1String("and") && w != QLatin1String("or") && !glueWords().contains(w))
                return false;
        }
        return b - a - 1 <= kMaxGlue;
    }

    const QString& m_text;
    const QVector<Lexicon::Token>& m_tokens;
};

const char* sourceFor(IdentifierMatch::Type type)
{
    switch (type) {
    case IdentifierMatch::Type::PaymentCard:
        return "check:card";
    case IdentifierMatch::Type::NhsNumber:
        return "check:nhs";
    case IdentifierMatch::Type::UsSsn:
        return "check:ssn";
    case IdentifierMatch::Type::DateOfBirth:
        return "check:date-of-birth";
    case IdentifierMatch::Type::AuMedicare:
        return "check:medicare";
    case IdentifierMatch::Type::IePps:
        return "check:pps";
    case IdentifierMatch::Type::DeKvnr:
        return "check:kvnr";
    case IdentifierMatch::Type::AtSvnr:
        return "check:svnr";
    case IdentifierMatch::Type::ChAhv:
        return "check:ahv";
    }
    return "check";
}

Purpose inferPurpose(const Analysis& a)
{
    if (a.has(Category::Clinical) || a.has(Category::Identifier))
        return Purpose::Clinical;
    if (a.has(Category::Promotional))
        return Purpose::Marketing;
    if (a.has(Category::Scheduling))
        return Purpose::Scheduling;
    if (a.has(Category::Admin))
        return Purpose::Admin;
    return Purpose::General;
}

} // namespace

ContentAnalyser::ContentAnalyser(Lexicon lexicon, std::shared_ptr<const MedicalVocabulary> medical)
    : m_lexicon(std::move(lexicon)), m_medical(std::move(medical))
{
}

Analysis ContentAnalyser::analyse(const QString& text, const AnalysisContext& ctx) const
{
    Analysis a;
    const CodePoints cp(text);
    const auto tokens = m_lexicon.tokenize(text);
    const auto ids = findIdentifiers(text);
    const auto sentence = sentenceOf(text, tokens);
    const Resolver resolver(text, tokens);

    QVector<Item> selected = resolver.select(m_lexicon.match(tokens), ids);
    // A booked service's name shadows the clinical words inside it (not an identifier: the rule
    // never hides one, and no number is part of a title-case run).
    for (const QPair<int, int>& name : serviceNames(text, tokens)) {
        // Plain variables, not a structured binding: C++17 does not let a lambda capture a binding
        // (clang refuses it; gcc accepted it).
        const int first = name.first;
        const int last = name.second;
        selected.erase(std::remove_if(selected.begin(), selected.end(),
                                      [&](const Item& it) { return it.first <= last && first <= it.last; }),
                       selected.end());
        // "Eastside Physio", "Harmony Counselling": a practice named after its discipline is no booking.
        static const QSet<QString> disciplines = wordSet({"physio", "physiotherapy", "osteopathy", "chiropractic",
                                                          "counselling", "counseling", "psychotherapy", "clinic"});
        const bool practice = disciplines.contains(folded(text, tokens.at(last)));
        selected.append(Item{first, last, practice ? Kind::Ignore : Kind::Scheduling, true, "rule:service-name"});
    }
    std::sort(selected.begin(), selected.end(), [](const Item& x, const Item& y) { return x.first < y.first; });
    extendTimes(text, tokens, selected);
    if (const MedicalVocabulary* medical = this->medical()) {
        QVector<bool> covered(tokens.size(), false);
        for (const Item& it : selected) {
            for (int t = it.first; t <= it.last; ++t)
                covered[t] = true;
        }
        for (const auto& id : ids) {
            for (int t = 0; t < tokens.size(); ++t) {
                if (tokens.at(t).begin < id.end && id.begin < tokens.at(t).end)
                    covered[t] = true;
            }
        }
        // The practice's, the practitioner's and the client's names are never findings.
        QSet<QString> names;
        QString w;
        for (const QString& name : {ctx.practiceName, ctx.practitioner, ctx.clientNames}) {
            for (const auto& t : m_lexicon.tokenize(name)) {
                Lexicon::normaliseWord(QStringView(name).mid(t.begin, t.end - t.begin), w);
                names.insert(w);
            }
        }
        addMedicalWords(text, tokens, sentence, covered, *medical, names, selected);
        std::sort(selected.begin(), selected.end(), [](const Item& x, const Item& y) { return x.first < y.first; });
    }
    auto items = resolver.linkBodyParts(selected);
    feeCharges(text, tokens, sentence, items);
    clockTimes(text, tokens, items);
    offers(text, tokens, sentence, items);
    moneyRules(text, tokens, items);
    // An identifier wins over any overlapping term, the sentence rules' spans too: "DOB 14.02/1961"
    // is a date of birth, not also a clock time at "14.02" (found by fuzz_analyser).
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&](const Item& it) {
                                   const int begin = tokens.at(it.first).begin;
                                   const int end = tokens.at(it.last).end;
                                   return std::any_of(ids.cbegin(), ids.cend(), [&](const IdentifierMatch& id) {
                                       return id.begin < end && begin < id.end;
                                   });
                               }),
                items.end());

    for (const auto& id : ids) {
        a.findings.append(Finding{Category::Identifier, cp(id.begin), cp(id.end), text.mid(id.begin, id.end - id.begin),
                                  whyFor(id.type), QLatin1String(sourceFor(id.type))});
    }
    for (const Item& it : items) {
        const int begin = tokens.at(it.first).begin;
        const int end = tokens.at(it.last).end;
        a.findings.append(Finding{static_cast<Category>(static_cast<int>(it.kind)), cp(begin), cp(end),
                                  text.mid(begin, end - begin), whyFor(it), QLatin1String(it.source)});
    }
    std::sort(a.findings.begin(), a.findings.end(),
              [](const Finding& x, const Finding& y) { return x.start < y.start; });

    a.purpose = inferPurpose(a);
    a.sensitive = a.has(Category::Clinical) || a.has(Category::Identifier);
    a.delicate = a.has(Category::Delicate);
    a.sms = analyseSms(text);
    a.lint = EtiquetteLint::check(text, a.has(Category::Promotional), ctx);
    return a;
}

} // namespace rapport::domain
