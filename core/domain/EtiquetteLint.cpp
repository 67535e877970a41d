#include "EtiquetteLint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

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

QString tr(const char* s)
{
    return QCoreApplication::translate("EtiquetteLint", s);
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
    out.append(hint(text, "no-practice-identification",
                    tr("This is your first message to this client: say who is writing (your name or %1).")
                        .arg(ctx.practiceName.trimmed())));
}

void checkAllCaps(const QString& text, QVector<LintHint>& out)
{
    static const QSet<QString> acronyms = [] {
        QSet<QString> s;
        const char* words[] = {"GP",   "NHS",  "OK",  "UK",   "US",   "USA",  "SMS",  "AM",   "PM",  "ID",
                               "DOB",  "VAT",  "NB",  "PS",   "FYI",  "ASAP", "STOP", "TV",   "EU",  "BACS",
                               "PIN",  "MRI",  "CT",  "ACL",  "MCL",  "ITB",  "TMJ",  "IBS",  "ME",  "CBT",
                               "EMDR", "PTSD", "OCD", "ADHD", "HMRC", "CPD",  "BSL",  "RSVP", "TBC", "PDF",
                               "URL",  "BUPA", "AXA", "NI",   "A&E",  "I",    "A"};
        for (const char* w : words)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    static const QRegularExpression word(QStringLiteral("[\\p{L}&']+"), QRegularExpression::UseUnicodePropertiesOption);
    int runStart = -1;
    int runEnd = -1;
    int counted = 0;
    auto flush = [&] {
        if (counted >= 3)
            out.append(
                hint(text, "all-caps", tr("Capitals read as shouting: write in sentence case."), runStart, runEnd));
        runStart = -1;
        counted = 0;
    };
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured();
        const bool upper = w == w.toUpper() && w != w.toLower();
        if (!upper) {
            flush();
            continue;
        }
        if (acronyms.contains(w))
            continue;
        if (runStart < 0)
            runStart = int(m.capturedStart());
        runEnd = int(m.capturedEnd());
        ++counted;
    }
    flush();
}

void checkTextSpeak(const QString& text, QVector<LintHint>& out)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.'’@/])(?:u|ur|r|pls|plz|thx|thnx|tnx|2moro|2morrow|2day|2nite|gr8|l8r|l8|b4|cu|"
                       "cya|ppl|msg|txt|coz|cuz|bc|omg|lol|idk|btw|imo|np|nvm|wud|cud|shud|wot|gd|luv|xoxo|ty|yw)"
                       "(?![\\w'’@]|\\.\\w)"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured();
        // Single letters only in lower case: "Unit U", "Dr R Patel" are not text-speak.
        if (w.size() == 1 && w.at(0).isUpper())
            continue;
        // Lower case or Capitalised only: all-capital forms are usually acronyms ("NP", "BC").
        const bool capitalised = w.size() > 1 && w.at(0).isUpper() && w.mid(1) == w.mid(1).toLower();
        if (w != w.toLower() && !capitalised)
            continue;
        out.append(hint(text, "text-speak", tr("\"%1\" is text-speak: spell the word out.").arg(w),
                        int(m.capturedStart()), int(m.capturedEnd())));
    }
}

void checkOptOut(const QString& text, bool promotional, const AnalysisContext& ctx, QVector<LintHint>& out)
{
    if (!promotional && ctx.chosenPurpose != Purpose::Marketing)
        return;
    static const QRegularExpression optOut(
        QStringLiteral(
            "\\b(?:(?:reply|text|send|txt)\\s+[\"'“‘]?stop\\b|unsubscribe|opt(?:[\\s-]*)out|stop\\s+to\\s+\\w+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (optOut.match(text).hasMatch())
        return;
    out.append(hint(text, "no-opt-out-line",
                    tr("Marketing messages must say how to stop them, e.g. \"Reply STOP to opt out\".")));
}

void checkShorteners(const QString& text, QVector<LintHint>& out)
{
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
        out.append(hint(text, "link-shortener",
                        tr("Shortened links look like spam and hide where they lead: give the full address."),
                        int(m.capturedStart()), end));
    }
}

} // namespace

QVector<LintHint> EtiquetteLint::check(const QString& text, bool promotional, const AnalysisContext& ctx)
{
    QVector<LintHint> out;
    checkIdentification(text, ctx, out);
    checkAllCaps(text, out);
    checkTextSpeak(text, out);
    checkOptOut(text, promotional, ctx, out);
    checkShorteners(text, out);
    return out;
}

} // namespace rapport::domain
