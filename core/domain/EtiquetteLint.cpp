// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/EtiquetteLint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rapport::domain {

namespace {

int codePointIndex(const QString& text, int utf16)
{
    int cp = 0;
    for (int i = 0; i < utf16; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++cp;
    }
    return cp;
}

LintHint hint(const QString& text, const char* code, const QString& message, int begin = -1, int end = -1)
{
    LintHint h;
    h.code = QString::fromLatin1(code);
    h.text = message;
    if (begin >= 0) {
        h.start = codePointIndex(text, begin);
        h.end = codePointIndex(text, end);
    }
    return h;
}

bool containsWords(const QString& text, const QString& phrase)
{
    const QString p = phrase.simplified();
    if (p.isEmpty())
        return false;
    const QRegularExpression re(
        QStringLiteral("(?<!\\w)") +
            QRegularExpression::escape(p).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")) +
            QStringLiteral("(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

void checkIdentification(const QString& text, const AnalysisContext& ctx, QVector<LintHint>& out)
{
    if (!ctx.firstMessageToClient || ctx.practiceName.trimmed().isEmpty())
        return;
    if (containsWords(text, ctx.practiceName))
        return;
    const QString who = ctx.practitioner.simplified();
    if (!who.isEmpty()) {
        if (containsWords(text, who) || containsWords(text, who.section(QLatin1Char(' '), 0, 0)))
            return;
    }
    out.append(
        hint(text, "no-practice-identification",
             EtiquetteLint::tr("This is your first message to this client: say who is writing (your name or %1).")
                 .arg(ctx.practiceName.trimmed())));
}

struct Word {
    int begin = 0;
    int end = 0;
};

/// Words as runs of letters and digits, with inner apostrophes and ampersands ("it's", "A&E").
QVector<Word> words(const QString& text)
{
    QVector<Word> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < n) {
            const QChar c = text.at(j);
            if (c.isLetterOrNumber() || c.isMark()) {
                ++j;
            } else if ((c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('&')) && j + 1 < n &&
                       text.at(j + 1).isLetterOrNumber()) {
                j += 2;
            } else {
                break;
            }
        }
        out.append(Word{i, j});
        i = j;
    }
    return out;
}

bool hasLower(QStringView w)
{
    return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLower(); });
}

bool hasUpper(QStringView w)
{
    return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isUpper(); });
}

void checkAllCaps(const QString& text, const QVector<Word>& ws, QVector<LintHint>& out)
{
    static const QSet<QString> acronyms = [] {
        QSet<QString> s;
        const char* list[] = {"GP", "NHS", "OK", "UK", "US", "USA", "SMS", "AM", "PM", "ID", "DOB", "VAT", "NB", "PS",
                              "FYI", "ASAP", "STOP", "TV", "EU", "BACS", "PIN", "MRI", "CT", "ACL", "MCL", "ITB", "TMJ",
                              "IBS", "ME", "CBT", "EMDR", "PTSD", "OCD", "ADHD", "HMRC", "CPD", "BSL", "RSVP", "TBC",
                              "PDF", "URL", "BUPA", "AXA", "NI", "A&E", "I", "A", "RSI", "DVT", "HRT", "IVF", "SI",
                              "IT", "TFL",
                              // German: the opt-out word, and the abbreviations of practices' letters
                              "STOPP", "SSW", "KG", "MT", "HWS", "BWS", "LWS", "GKV", "PKV", "IBAN", "BIC", "DSGVO"};
        for (const char* w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    int runStart = -1;
    int runEnd = -1;
    int counted = 0;
    auto flush = [&] {
        if (counted >= 3)
            out.append(hint(text, "all-caps", EtiquetteLint::tr("Capitals read as shouting: write in sentence case."),
                            runStart, runEnd));
        runStart = -1;
        counted = 0;
    };
    for (const Word& w : ws) {
        const QStringView v = QStringView(text).mid(w.begin, w.end - w.begin);
        if (!hasUpper(v)) {
            // Digits and numbers ("10", "3PM" aside) neither count nor break a run.
            if (hasLower(v))
                flush();
            continue;
        }
        if (hasLower(v)) {
            flush();
            continue;
        }
        if (acronyms.contains(v.toString()))
            continue;
        if (runStart < 0)
            runStart = w.begin;
        runEnd = w.end;
        ++counted;
    }
    flush();
}

void checkTextSpeak(const QString& text, const QVector<Word>& ws, QVector<LintHint>& out)
{
    static const QSet<QString> speak = [] {
        QSet<QString> s;
        const char* list[] = {"u",    "ur",    "r",     "pls",    "plz", "thx", "thnx", "tnx",  "2moro", "2morrow",
                              "2day", "2nite", "gr8",   "l8r",    "l8",  "b4",  "cu",   "cya",  "ppl",   "msg",
                              "txt",  "coz",   "cuz",   "bc",     "omg", "lol", "idk",  "btw",  "imo",   "np",
                              "nvm",  "wud",   "cud",   "shud",   "wot", "gd",  "luv",  "xoxo", "ty",    "yw",
                              "4u",   "any1",  "some1", "every1", "no1", "w8",  "m8",   "h8"};
        for (const char* w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    const int n = int(text.size());
    QString key;
    for (const Word& w : ws) {
        const QStringView v = QStringView(text).mid(w.begin, w.end - w.begin);
        if (v.size() > 7)
            continue;
        // Lower case or Capitalised only: all-capital forms are usually acronyms ("NP", "BC"), and
        // single capitals are initials ("Unit U", "Dr R Patel").
        const bool lower = !hasUpper(v);
        const bool capitalised = v.size() > 1 && v.at(0).isUpper() && !hasUpper(v.mid(1));
        if (!lower && !capitalised)
            continue;
        key.resize(v.size());
        for (int k = 0; k < v.size(); ++k)
            key[k] = v.at(k).toLower();
        if (!speak.contains(key))
            continue;
        // Part of an address, a handle or an abbreviation ("U.K.", "@u", "a/u").
        if (w.begin > 0) {
            const QChar p = text.at(w.begin - 1);
            if (p == QLatin1Char('.') || p == QLatin1Char('@') || p == QLatin1Char('/') || p == QLatin1Char('\'') ||
                p == QChar(0x2019) || p == QLatin1Char('-'))
                continue;
        }
        if (w.end < n) {
            const QChar c = text.at(w.end);
            if (c == QLatin1Char('@') || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-') ||
                ((c == QLatin1Char('.') || c == QLatin1Char('/')) && w.end + 1 < n &&
                 text.at(w.end + 1).isLetterOrNumber()))
                continue;
        }
        out.append(hint(text, "text-speak",
                        EtiquetteLint::tr("\"%1\" is text-speak: spell the word out.").arg(v.toString()), w.begin,
                        w.end));
    }
}

void checkOptOut(const QString& text, bool promotional, const AnalysisContext& ctx, QVector<LintHint>& out)
{
    if (!promotional && ctx.chosenPurpose != Purpose::Marketing)
        return;
    static const QRegularExpression optOut(
        QStringLiteral(
            "\\b(?:(?:reply|text|send|txt)\\s+[\"'“‘]?stop\\b|unsubscribe|opt(?:[\\s-]*)out|stop\\s+to\\s+\\w+"
            // German: "Antworten Sie mit STOPP", "Abmelden: STOP an ...", "um sich abzumelden"
            "|antwort\\w*\\s+(?:sie\\s+)?(?:mit\\s+)?[\"'„“‘]?stopp?\\b|ab(?:zu)?melden|abmeldung|ab(?:zu)?bestellen"
            "|austragen)"),
        QRegularExpression::CaseInsensitiveOption);
    if (optOut.match(text).hasMatch())
        return;
    out.append(
        hint(text, "no-opt-out-line",
             EtiquetteLint::tr("Marketing messages must say how to stop them, e.g. \"Reply STOP to opt out\".")));
}

void checkShorteners(const QString& text, QVector<LintHint>& out)
{
    static const QLatin1String hosts[] = {
        QLatin1String("bit.ly"),  QLatin1String("tinyurl.com"), QLatin1String("goo.gl"),  QLatin1String("t.co"),
        QLatin1String("ow.ly"),   QLatin1String("is.gd"),       QLatin1String("buff.ly"), QLatin1String("rebrand.ly"),
        QLatin1String("cutt.ly"), QLatin1String("shorturl.at")};
    // Cheap pre-check around each dot before running the regular expression.
    bool candidate = false;
    for (int i = int(text.indexOf(QLatin1Char('.'))); i >= 0 && !candidate;
         i = int(text.indexOf(QLatin1Char('.'), i + 1))) {
        for (QLatin1String h : hosts) {
            const int left = int(h.indexOf(QLatin1Char('.')));
            if (i >= left && i - left + h.size() <= text.size() &&
                QStringView(text).mid(i - left, h.size()).compare(h, Qt::CaseInsensitive) == 0) {
                candidate = true;
                break;
            }
        }
    }
    if (!candidate)
        return;
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.-])(?:https?://)?(?:www\\.)?(?:bit\\.ly|tinyurl\\.com|goo\\.gl|t\\.co|ow\\.ly|is\\.gd|"
                       "buff\\.ly|rebrand\\.ly|cutt\\.ly|shorturl\\.at)(?![\\w.-]*\\w)(?:/[^\\s]*)?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString link = m.captured();
        int end = int(m.capturedEnd());
        while (!link.isEmpty() && QStringLiteral(".,!?;:)\"'").contains(link.back())) {
            link.chop(1);
            --end;
        }
        out.append(
            hint(text, "link-shortener",
                 EtiquetteLint::tr("Shortened links look like spam and hide where they lead: give the full address."),
                 int(m.capturedStart()), end));
    }
}

} // namespace

QVector<LintHint> EtiquetteLint::check(const QString& text, bool promotional, const AnalysisContext& ctx)
{
    QVector<LintHint> out;
    checkIdentification(text, ctx, out);
    const auto ws = words(text);
    checkAllCaps(text, ws, out);
    checkTextSpeak(text, ws, out);
    checkOptOut(text, promotional, ctx, out);
    checkShorteners(text, out);
    return out;
}

} // namespace rapport::domain
