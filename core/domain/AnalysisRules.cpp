// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AnalysisRules.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace rapport::domain::analysis {

namespace {

/// Replaces the items overlapping tokens [first, last] (identifiers and clinical findings stay:
/// a rule's span never hides them) by one item of `kind`.
void placeRuleItem(QVector<Item>& items, int first, int last, Kind kind, const char* source)
{
    for (const Item& it : items) {
        if (it.first <= last && first <= it.last && (it.kind == Kind::Clinical || it.kind == Kind::Identifier))
            return;
    }
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&](const Item& it) { return it.first <= last && first <= it.last; }),
                items.end());
    items.append(Item{first, last, kind, true, source});
}

/// The tokens [first, last] a character range covers, or (-1, -1).
QPair<int, int> tokenRange(const QVector<Lexicon::Token>& tokens, qsizetype begin, qsizetype end)
{
    int first = -1;
    int last = -1;
    for (int t = 0; t < tokens.size(); ++t) {
        if (tokens.at(t).begin < end && begin < tokens.at(t).end) {
            if (first < 0)
                first = t;
            last = t;
        }
    }
    return qMakePair(first, last);
}

bool tokensFree(const QVector<Item>& items, int first, int last)
{
    return std::none_of(items.cbegin(), items.cend(),
                        [&](const Item& it) { return it.first <= last && first <= it.last; });
}

void sortItems(QVector<Item>& items)
{
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
}

bool isCurrency(QChar c)
{
    return c == QChar(0x00A3) || c == QLatin1Char('$') || c == QChar(0x20AC);
}

/// An amount of money: "£45", "$49.99", "€ 20", "20 euro", "£1,200".
const QString& amountPattern()
{
    static const QString k = QStringLiteral(
        "(?:[£$€]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?|\\d[\\d,]*(?:[.,]\\d{1,2})?\\s?(?:[£$€]|euros?|eur|pounds?|quid|"
        "dollars?|bucks)(?![\\p{L}\\p{N}]))");
    return k;
}

} // namespace

QString folded(const QString& text, const Lexicon::Token& t)
{
    QString w;
    Lexicon::normaliseWord(QStringView(text).mid(t.begin, t.end - t.begin), w);
    return w;
}

QSet<QString> wordSet(std::initializer_list<const char*> words)
{
    QSet<QString> s;
    for (const char* w : words)
        s.insert(QString::fromLatin1(w));
    return s;
}

bool isSentenceBreak(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';') ||
           c == QLatin1Char(':') || c == QLatin1Char('\n') || c == QLatin1Char('(') || c == QLatin1Char(')');
}

/// Words that may sit between a body part and a symptom without breaking the link.
const QSet<QString>& glueWords()
{
    static const QSet<QString> k = [] {
        QSet<QString> s;
        const char* words[] = {
            "in",      "on",    "at",      "of",     "around",   "across",       "near",       "behind", "your",
            "you",     "my",    "his",     "her",    "their",    "the",          "a",          "an",     "is",
            "are",     "was",   "were",    "has",    "have",     "had",          "been",       "feel",   "feels",
            "feeling", "felt",  "still",   "very",   "quite",    "really",       "so",         "bit",    "little",
            "more",    "less",  "getting", "got",    "gets",     "seems",        "seemed",     "looks",  "looked",
            "left",    "right", "both",    "upper",  "lower",    "side",         "sides",      "that",   "this",
            "those",   "these", "rather",  "pretty", "slightly", "too",          "any",        "some",   "bad",
            "badly",   "it's",  "much",    "always", "often",    "particularly", "especially", "lot"};
        for (const char* w : words)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return k;
}

/// Sentence number of each token: a break is . ! ? ; or a line break between two tokens, where a
/// dot counts only when whitespace or the end follows it ("£45.00", "3.30pm" and "e.g." stay whole).
QVector<int> sentenceOf(const QString& text, const QVector<Lexicon::Token>& tokens)
{
    QVector<int> out(tokens.size(), 0);
    int sentence = 0;
    for (int t = 1; t < tokens.size(); ++t) {
        for (int k = tokens.at(t - 1).end; k < tokens.at(t).begin; ++k) {
            const QChar c = text.at(k);
            const bool dotEnd = c == QLatin1Char('.') && (k + 1 >= text.size() || text.at(k + 1).isSpace());
            if (dotEnd || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';') ||
                c == QLatin1Char('\n')) {
                ++sentence;
                break;
            }
        }
        out[t] = sentence;
    }
    return out;
}

/// Rule `service-name`: a booked service written in title case ("your Chiropractic Adjustment on
/// Tue", "Sports Injury Massage", "Initial Physiotherapy Assessment") is the name of what was
/// booked, not clinical: the run, from its first capitalised word to the last service word in it,
/// becomes one scheduling match that shadows the clinical words inside (channel-policy.md step 1).
QVector<QPair<int, int>> serviceNames(const QString& text, const QVector<Lexicon::Token>& tokens)
{
    static const QSet<QString> heads =
        wordSet({"massage",        "massages",     "adjustment",    "adjustments", "assessment",   "assessments",
                 "treatment",      "treatments",   "session",       "sessions",    "consultation", "consultations",
                 "consult",        "therapy",      "physiotherapy", "physio",      "osteopathy",   "chiropractic",
                 "counselling",    "counseling",   "psychotherapy", "acupuncture", "needling",     "rehab",
                 "rehabilitation", "review",       "checkup",       "mot",         "class",        "classes",
                 "clinic",         "appointment",  "reflexology",   "reiki",       "cupping",      "pilates",
                 "manipulation",   "mobilisation", "mobilization",  "release",     "workshop"});
    static const QSet<QString> determiners =
        wordSet({"your", "the", "a", "an", "our", "my", "this", "next", "his", "her", "their", "we", "i", "you"});
    static const QSet<QString> connectors = wordSet({"and", "&", "of", "for", "with", "+"});
    const auto titleWord = [&](int t) {
        const auto& tok = tokens.at(t);
        const QChar c = text.at(tok.begin);
        return !tok.number && c.isUpper() && tok.end - tok.begin >= 2;
    };
    QVector<QPair<int, int>> out;
    const int n = int(tokens.size());
    int i = 0;
    while (i < n) {
        if (!titleWord(i)) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < n && tokens.at(j + 1).joined) {
            if (titleWord(j + 1)) {
                ++j;
            } else if (j + 2 < n && connectors.contains(folded(text, tokens.at(j + 1))) && tokens.at(j + 2).joined &&
                       titleWord(j + 2)) {
                j += 2;
            } else {
                break;
            }
        }
        int first = i;
        while (first < j && determiners.contains(folded(text, tokens.at(first))))
            ++first;
        int head = -1;
        for (int t = j; t > first && head < 0; --t) {
            const QString w = folded(text, tokens.at(t));
            const bool followUp = w == QLatin1String("up") && tokens.at(t).joined &&
                                  (folded(text, tokens.at(t - 1)) == QLatin1String("follow") ||
                                   folded(text, tokens.at(t - 1)) == QLatin1String("check"));
            if (heads.contains(w) || followUp)
                head = t;
        }
        if (head > first)
            out.append(qMakePair(first, head));
        i = j + 1;
    }
    return out;
}

/// "3:00 PM" and "3.30 pm": a match that starts at the minutes starts at the hour.
void extendTimes(const QString& text, const QVector<Lexicon::Token>& tokens, QVector<Item>& items)
{
    for (Item& it : items) {
        const int t = it.first;
        if (t == 0 || !tokens.at(t).number || !tokens.at(t - 1).number)
            continue;
        const int gap = tokens.at(t).begin - tokens.at(t - 1).end;
        const QChar sep = text.at(tokens.at(t - 1).end);
        if (gap == 1 && (sep == QLatin1Char(':') || sep == QLatin1Char('.')) &&
            tokens.at(t - 1).end - tokens.at(t - 1).begin <= 2) {
            const bool free = std::none_of(items.cbegin(), items.cend(),
                                           [&](const Item& o) { return o.first <= t - 1 && t - 1 <= o.last; });
            if (free)
                it.first = t - 1;
        }
    }
}

/// The second tier: a word no lexicon entry matched that the medical vocabulary lists is clinical.
void addMedicalWords(const QString& text, const QVector<Lexicon::Token>& tokens, const QVector<int>& sentence,
                     const QVector<bool>& covered, const MedicalVocabulary& medical, const QSet<QString>& names,
                     QVector<Item>& items)
{
    QString w;
    for (int t = 0; t < tokens.size(); ++t) {
        if (covered.at(t) || tokens.at(t).number || tokens.at(t).end - tokens.at(t).begin < 4)
            continue;
        // "co-codamol": two tokens joined by one hyphen, listed as one word.
        if (t + 1 < tokens.size() && !covered.at(t + 1) && tokens.at(t + 1).joined &&
            tokens.at(t + 1).begin == tokens.at(t).end + 1 && text.at(tokens.at(t).end) == QLatin1Char('-')) {
            Lexicon::normaliseWord(QStringView(text).mid(tokens.at(t).begin, tokens.at(t + 1).end - tokens.at(t).begin),
                                   w);
            if (medical.contains(w)) {
                items.append(Item{t, t + 1, Kind::Clinical, true, "medical-vocabulary"});
                ++t;
                continue;
            }
        }
        // "Hi Gemma," / "Dear Conor": the word after a greeting is the client's name.
        if (t > 0 && text.at(tokens.at(t).begin).isUpper()) {
            static const QSet<QString> greetings =
                wordSet({"hi", "hello", "hey", "dear", "morning", "thanks", "cheers"});
            if (greetings.contains(folded(text, tokens.at(t - 1))))
                continue;
        }
        // A capitalised word inside a sentence is a name ("Mrs Dubois", "Hine", "see Hemi at
        // reception") unless the list itself writes it capitalised (trade names: "Augmentin");
        // a word in capitals only is an abbreviation or shouting, never the vocabulary's.
        const QStringView word = QStringView(text).mid(tokens.at(t).begin, tokens.at(t).end - tokens.at(t).begin);
        if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); }))
            continue;
        const bool capitalised = word.front().isUpper();
        const bool sentenceStart = t == 0 || sentence.at(t) != sentence.at(t - 1);
        Lexicon::normaliseWord(word, w);
        if (names.contains(w) || !medical.contains(w))
            continue;
        if (capitalised && !sentenceStart && !medical.listedCapitalised(w))
            continue;
        items.append(Item{t, t, Kind::Clinical, true, "medical-vocabulary"});
    }
}

/// Rule `fee-charge`: a charge or fee in the same sentence as a cancelled, missed or late session
/// is delicate ("you will be charged the full appointment fee", "it is my policy to charge
/// clients who cancel with less than 24 hours notice"), unless the sentence is delicate already.
void feeCharges(const QString& text, const QVector<Lexicon::Token>& tokens, const QVector<int>& sentence,
                QVector<Item>& items)
{
    static const QSet<QString> charges =
        wordSet({"charge",   "charges",    "charged", "charging", "chargeable", "fee",       "fees",
                 "payable",  "billed",     "bill",    "invoiced", "forfeit",    "forfeited", "deposit",
                 "deposits", "refundable", "pay",     "paid",     "paying",     "cost",      "costs"});
    static const QSet<QString> verbs = wordSet({"charge", "charges", "charged", "charging", "pay", "paid", "paying",
                                                "billed", "bill", "invoiced", "forfeit", "forfeited"});
    static const QSet<QString> amounts = wordSet(
        {"fee", "fees", "price", "amount", "cost", "rate", "charge", "deposit", "full", "session", "appointment"});
    static const QSet<QString> events =
        wordSet({"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation",
                 "cancellations", "miss", "missed", "misses", "late", "dna", "notice", "reschedule", "rescheduled"});
    static const QSet<QString> negations = wordSet({"not", "fail", "failed", "fails", "failing", "don't", "didn't",
                                                    "doesn't", "won't", "can't", "cannot", "unable"});
    constexpr int kWindow = 16;
    const int n = int(tokens.size());
    QVector<QString> words(n);
    for (int t = 0; t < n; ++t)
        words[t] = folded(text, tokens.at(t));
    const auto isEvent = [&](int t) {
        const QString& w = words.at(t);
        if (events.contains(w))
            return true;
        // "no-show", "did not attend", "fail to turn up"
        if (w == QLatin1String("show") && t > 0 && words.at(t - 1) == QLatin1String("no"))
            return true;
        if (w == QLatin1String("attend") || w == QLatin1String("attendance") || w == QLatin1String("up")) {
            for (int k = std::max(0, t - 3); k < t; ++k) {
                if (negations.contains(words.at(k)) || words.at(k) == QLatin1String("non"))
                    return w != QLatin1String("up") || (t > 0 && words.at(t - 1) == QLatin1String("turn"));
            }
        }
        return false;
    };
    for (int t = 0; t < n; ++t) {
        if (!charges.contains(words.at(t)))
            continue;
        bool event = false;
        for (int k = std::max(0, t - kWindow); k <= std::min(n - 1, t + kWindow) && !event; ++k)
            event = k != t && sentence.at(k) == sentence.at(t) && isEvent(k);
        if (!event)
            continue;
        const bool delicateAlready = std::any_of(items.cbegin(), items.cend(), [&](const Item& it) {
            return it.kind == Kind::Delicate && sentence.at(it.first) == sentence.at(t) &&
                   std::abs(it.first - t) <= kWindow / 2;
        });
        if (delicateAlready)
            continue;
        // A verb takes its object along: "charged the full appointment fee".
        int last = t;
        if (verbs.contains(words.at(t))) {
            for (int k = t + 1; k <= std::min(n - 1, t + 5) && sentence.at(k) == sentence.at(t); ++k) {
                if (amounts.contains(words.at(k)))
                    last = k;
                else if (!glueWords().contains(words.at(k)) && words.at(k) != QLatin1String("for") &&
                         words.at(k) != QLatin1String("in"))
                    break;
            }
        }
        placeRuleItem(items, t, last, Kind::Delicate, "rule:fee-charge");
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
    }
}

/// Rule `money-off`: money off or money given ("$50 off", "€20 off", "£10.00 off your next visit",
/// "a $25 credit", "get another £10"), and an offer price ("for just $49", "only £30", "(a $200
/// value)") are promotional; any other amount of money is admin (a price or a payment: "€50 on the
/// day"), unless a finding holds it already.
void moneyRules(const QString& text, const QVector<Lexicon::Token>& tokens, QVector<Item>& items)
{
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return;
    const QString amount = amountPattern();
    static const QRegularExpression offer(
        QStringLiteral("(?:") + amount + QStringLiteral("\\s*(?:off|credit|cashback)\\b|\\bget\\s+another\\s+") +
            amount + QStringLiteral("|(?:\\bfor\\s+)?\\b(?:just|only)\\s+") + amount +
            QStringLiteral("(?:\\s*\\(?\\s*(?:a|an)\\s+") + amount +
            QStringLiteral("\\s+value\\s*\\)?)?|\\b(?:a|an)\\s+") + amount + QStringLiteral("\\s+value\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression money(amount, QRegularExpression::CaseInsensitiveOption |
                                                      QRegularExpression::UseUnicodePropertiesOption);
    auto it = offer.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto [first, last] = tokenRange(tokens, m.capturedStart(), m.capturedEnd());
        if (first >= 0) {
            placeRuleItem(items, first, last, Kind::Promotional, "rule:money-off");
            sortItems(items);
        }
    }
    auto am = money.globalMatch(text);
    while (am.hasNext()) {
        const auto m = am.next();
        const auto [first, last] = tokenRange(tokens, m.capturedStart(), m.capturedEnd());
        if (first >= 0 && tokensFree(items, first, last)) {
            items.append(Item{first, last, Kind::Admin, true, "rule:amount"});
            sortItems(items);
        }
    }
}

/// Rule `clock-time`: "7:40am", "10.15am", "3:00 PM", "2:45", "12.30" (hour 0 to 23, two-digit
/// minutes) and "at 11", "at 7 pm", "at 10 past" (an hour from 1 to 12 after "at", not followed by
/// a unit or a capitalised name: "at 12 weeks", "at 5 Main Street") are times of a booking. A
/// dotted time after a currency sign is a price ("£12.30"). Any other finding on the time gives way.
void clockTimes(const QString& text, const QVector<Lexicon::Token>& tokens, QVector<Item>& items)
{
    static const QSet<QString> meridiem = wordSet({"am", "pm", "a", "p"});
    static const QSet<QString> units =
        wordSet({"week",    "weeks", "day",   "days",    "month",    "months",  "year",   "years",  "minute",
                 "minutes", "min",   "mins",  "hour",    "hours",    "hr",      "hrs",    "kg",     "km",
                 "mile",    "miles", "times", "percent", "sessions", "session", "visits", "people", "clients",
                 "%",       "x",     "reps",  "sets",    "of",       "to"});
    const int n = int(tokens.size());
    const auto word = [&](int t) { return folded(text, tokens.at(t)); };
    const auto numberValue = [&](int t, int maxDigits) {
        const auto& tok = tokens.at(t);
        if (!tok.number || tok.end - tok.begin > maxDigits)
            return -1;
        return QStringView(text).mid(tok.begin, tok.end - tok.begin).toInt();
    };
    for (int t = 0; t < n; ++t) {
        const int hour = numberValue(t, 2);
        if (hour < 0)
            continue;
        int last = -1;
        // h:mm or h.mm, the minutes maybe glued to am/pm ("40am").
        if (t + 1 < n && tokens.at(t + 1).begin == tokens.at(t).end + 1 &&
            (text.at(tokens.at(t).end) == QLatin1Char(':') || text.at(tokens.at(t).end) == QLatin1Char('.'))) {
            const auto& mt = tokens.at(t + 1);
            const QStringView mins = QStringView(text).mid(mt.begin, mt.end - mt.begin);
            const bool digits2 = mins.size() >= 2 && mins.at(0).isDigit() && mins.at(1).isDigit();
            const QString suffix = mins.mid(2).toString().toCaseFolded();
            const bool glued = suffix == QLatin1String("am") || suffix == QLatin1String("pm");
            const bool dot = text.at(tokens.at(t).end) == QLatin1Char('.');
            const bool afterCurrency = t > 0 && !tokens.at(t - 1).number &&
                                       tokens.at(t - 1).end - tokens.at(t - 1).begin == 1 &&
                                       isCurrency(text.at(tokens.at(t - 1).begin));
            const bool nextIsDigitRun = mt.end < text.size() &&
                                        (text.at(mt.end) == QLatin1Char('.') || text.at(mt.end) == QLatin1Char(':')) &&
                                        mt.end + 1 < text.size() && text.at(mt.end + 1).isDigit();
            if (digits2 && (mins.size() == 2 || glued) && mins.left(2).toInt() < 60 && hour <= 23 &&
                !(dot && (afterCurrency || hour == 0)) && !nextIsDigitRun &&
                !(t > 0 && tokens.at(t).begin > 0 &&
                  (text.at(tokens.at(t).begin - 1) == QLatin1Char('.') ||
                   text.at(tokens.at(t).begin - 1) == QLatin1Char(':')))) {
                last = t + 1;
                if (!glued && t + 2 < n && tokens.at(t + 2).joined && meridiem.contains(word(t + 2)))
                    last = t + 2;
            }
        }
        // at 11, at 7 pm, at 10 past
        if (last < 0 && t > 0 && hour >= 1 && hour <= 12 && word(t - 1) == QLatin1String("at") && tokens.at(t).joined &&
            !(tokens.at(t).end < text.size() &&
              (text.at(tokens.at(t).end) == QLatin1Char(':') || text.at(tokens.at(t).end) == QLatin1Char('.')) &&
              tokens.at(t).end + 1 < text.size() && text.at(tokens.at(t).end + 1).isDigit())) {
            bool ok = true;
            last = t;
            if (t + 1 < n && tokens.at(t + 1).joined) {
                const QString next = word(t + 1);
                bool sameSentence = true;
                for (int k = tokens.at(t).end; k < tokens.at(t + 1).begin; ++k)
                    sameSentence = sameSentence && !isSentenceBreak(text.at(k)) && text.at(k) != QLatin1Char(',');
                if (meridiem.contains(next) || next == QLatin1String("past") || next == QLatin1String("o'clock"))
                    last = t + 1;
                else if (sameSentence && (units.contains(next) || text.at(tokens.at(t + 1).begin).isUpper()))
                    ok = false;
            }
            if (!ok)
                last = -1;
            else
                --t; // the span starts at "at"
        }
        if (last < 0)
            continue;
        const int first = t;
        placeRuleItem(items, first, last, Kind::Scheduling, "rule:clock-time");
        sortItems(items);
        t = last;
    }
}

/// Rule `offer`: "free" before a service or an event ("a free 15 minute massage", "free posture
/// talk", not "feel free to book a session") and a sentence that starts with a capitalised "Book"
/// and says "now" or "today" ("Book your spring tune-up now") are promotional.
void offers(const QString& text, const QVector<Lexicon::Token>& tokens, const QVector<int>& sentence,
            QVector<Item>& items)
{
    static const QSet<QString> heads =
        wordSet({"massage",     "massages",   "session",    "sessions",     "talk",          "talks",   "class",
                 "classes",     "workshop",   "workshops",  "consultation", "consultations", "consult", "assessment",
                 "assessments", "treatment",  "treatments", "upgrade",      "upgrades",      "gift",    "trial",
                 "screening",   "screenings", "check",      "taster",       "seminar",       "webinar", "demo",
                 "add-on",      "facial",     "scan"});
    static const QSet<QString> notOffer = wordSet({"to", "at", "on", "for", "from", "after", "until", "till", "now",
                                                   "tomorrow", "today", "slot", "slots", "time", "times", "space"});
    const int n = int(tokens.size());
    for (int t = 0; t < n; ++t) {
        const QString w = folded(text, tokens.at(t));
        if (w == QLatin1String("free")) {
            if ((t > 0 && folded(text, tokens.at(t - 1)) == QLatin1String("feel")) ||
                (t + 1 < n && notOffer.contains(folded(text, tokens.at(t + 1)))))
                continue;
            for (int k = t + 1; k < std::min(n, t + 5) && sentence.at(k) == sentence.at(t); ++k) {
                const QString h = folded(text, tokens.at(k));
                if (notOffer.contains(h))
                    break;
                if (heads.contains(h)) {
                    placeRuleItem(items, t, k, Kind::Promotional, "rule:offer");
                    sortItems(items);
                    t = k;
                    break;
                }
            }
            continue;
        }
        const bool sentenceStart = t == 0 || sentence.at(t - 1) != sentence.at(t);
        if (w == QLatin1String("book") && sentenceStart && text.at(tokens.at(t).begin) == QLatin1Char('B')) {
            for (int k = t + 1; k < std::min(n, t + 9) && sentence.at(k) == sentence.at(t); ++k) {
                const QString h = folded(text, tokens.at(k));
                if (h == QLatin1String("now") || h == QLatin1String("today")) {
                    placeRuleItem(items, t, k, Kind::Promotional, "rule:offer");
                    sortItems(items);
                    t = k;
                    break;
                }
            }
        }
    }
}

} // namespace rapport::domain::analysis
