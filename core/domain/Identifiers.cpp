// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Identifiers.h"

#include <QRegularExpression>

#include <algorithm>

namespace rapport::domain {

namespace {

QString digitsOf(QStringView s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

/// Between digit groups: one or two spaces (plain, no-break U+00A0 or narrow no-break U+202F),
/// or one dash.
const QString kGroupSep = QStringLiteral("(?:[ \\x{00A0}\\x{202F}]{1,2}|-)");

/// The run at `begin` follows "No." / "no." (a label glued to the number).
bool afterNumberLabel(const QString& text, int begin)
{
    return begin >= 3 && text.at(begin - 1) == QLatin1Char('.') && text.at(begin - 2).toLower() == QLatin1Char('o') &&
           text.at(begin - 3).toLower() == QLatin1Char('n') && (begin == 3 || !text.at(begin - 4).isLetterOrNumber());
}

/// The run at `begin` is introduced as an NHS or CHI number ("NHS number: ", "CHI no. ", "NHS/CHI ").
/// Scottish CHI numbers begin with the date of birth, so their first digit may be 0.
bool introducedAsHealthNumber(const QString& text, int begin)
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:nhs|chi)(?:\\s*/\\s*(?:nhs|chi))?(?:\\s+(?:number|num|no\\.?|#))?\\s*(?:is\\s+)?[:#=-]?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(0, begin - 32);
    return re.match(QStringView(text).mid(from, begin - from)).hasMatch();
}

/// A digit run that continues a phone number, a word or a longer number is not an identifier.
bool boundedRun(const QString& text, int begin, int end)
{
    if (begin > 0) {
        const QChar p = text.at(begin - 1);
        if (p.isLetterOrNumber() || p == QLatin1Char('+') || p == QLatin1Char('/'))
            return false;
        // A dot glues the run to a number before it ("1.234..."), but "No.943 476 5919" is a label.
        if (p == QLatin1Char('.') && !afterNumberLabel(text, begin))
            return false;
        // "REF-1234..." or "+44-..." : a run glued by a dash to something before it.
        if ((p == QLatin1Char('-') || p == QLatin1Char('_')) && begin > 1 && text.at(begin - 2).isLetterOrNumber())
            return false;
        // "+44 7400 ...": the run follows an international prefix.
        int k = begin - 1;
        while (k >= 0 && text.at(k).isSpace())
            --k;
        int digitsEnd = k;
        while (k >= 0 && text.at(k).isDigit())
            --k;
        if (k >= 0 && digitsEnd > k && text.at(k) == QLatin1Char('+'))
            return false;
    }
    if (end < text.size()) {
        const QChar n = text.at(end);
        if (n.isLetterOrNumber() || n == QLatin1Char('/'))
            return false;
        if ((n == QLatin1Char('-') || n == QLatin1Char('.') || n == QLatin1Char('_')) && end + 1 < text.size() &&
            text.at(end + 1).isLetterOrNumber())
            return false;
    }
    return true;
}

/// Card-style grouping: 4-4-4-4 with an optional last group of 1 to 3, or Amex/Diners 4-6-4/5.
bool cardGrouping(const QVector<int>& sizes)
{
    if (sizes.size() == 1)
        return true;
    if (sizes.size() == 3 && sizes.at(0) == 4 && sizes.at(1) == 6 && (sizes.at(2) == 4 || sizes.at(2) == 5))
        return true;
    for (int i = 0; i < sizes.size(); ++i) {
        const bool last = i == sizes.size() - 1;
        if (sizes.at(i) != 4 && !(last && i >= 3 && sizes.at(i) <= 3))
            return false;
    }
    return true;
}

void findCards(const QString& text, QVector<IdentifierMatch>& out)
{
    // Digit groups joined by one space or one dash.
    static const QRegularExpression re(QStringLiteral("\\d+(?:") + kGroupSep + QStringLiteral("\\d+)*"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        struct Group {
            int begin;
            int end;
        };
        QVector<Group> groups;
        for (int i = int(m.capturedStart()); i < m.capturedEnd();) {
            int j = i;
            while (j < m.capturedEnd() && text.at(j).isDigit())
                ++j;
            groups.append(Group{i, j});
            i = j;
            while (i < m.capturedEnd() && !text.at(i).isDigit())
                ++i;
        }
        // The whole run first; then, for a run with card-style groups, a card inside it ("ref 12 4539 ...").
        bool found = false;
        for (int len = int(groups.size()); len >= 1 && !found; --len) {
            for (int first = 0; first + len <= groups.size() && !found; ++first) {
                const int begin = groups.at(first).begin;
                const int end = groups.at(first + len - 1).end;
                QVector<int> sizes;
                for (int g = first; g < first + len; ++g)
                    sizes.append(groups.at(g).end - groups.at(g).begin);
                if (len < groups.size() && (len == 1 || !cardGrouping(sizes)))
                    continue;
                const QString digits = digitsOf(QStringView(text).mid(begin, end - begin));
                if (digits.size() >= 13 && digits.size() <= 19 && digits.at(0) != QLatin1Char('0') &&
                    boundedRun(text, begin, end) && luhnValid(digits)) {
                    out.append(IdentifierMatch{IdentifierMatch::Type::PaymentCard, begin, end});
                    found = true;
                }
            }
        }
    }
}

void findNhs(const QString& text, QVector<IdentifierMatch>& out)
{
    static const QRegularExpression re(QStringLiteral("\\d{3}(") + kGroupSep + QStringLiteral("?)\\d{3}\\1\\d{4}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int begin = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        const QString digits = digitsOf(m.captured());
        // A leading 0 is no NHS number, but a CHI number (same check) introduced as such may start with one.
        const bool leadingZeroOk = digits.at(0) != QLatin1Char('0') || introducedAsHealthNumber(text, begin);
        if (leadingZeroOk && boundedRun(text, begin, end) && nhsValid(digits))
            out.append(IdentifierMatch{IdentifierMatch::Type::NhsNumber, begin, end});
    }
}

void findSsn(const QString& text, QVector<IdentifierMatch>& out)
{
    static const QRegularExpression re(QStringLiteral("(\\d{3})-(\\d{2})-(\\d{4})"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int begin = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        const QString area = m.captured(1);
        const bool validArea =
            area != QLatin1String("000") && area != QLatin1String("666") && area.at(0) != QLatin1Char('9');
        if (validArea && m.captured(2) != QLatin1String("00") && m.captured(3) != QLatin1String("0000") &&
            boundedRun(text, begin, end))
            out.append(IdentifierMatch{IdentifierMatch::Type::UsSsn, begin, end});
    }
}

void findDateOfBirth(const QString& text, QVector<IdentifierMatch>& out)
{
    // English and German month names ("Jänner" and "Feber" are Austrian).
    static const QString month = QStringLiteral(
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
        "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|jänner|jän|februar|feber|märz|mai|juni|juli|"
        "okt(?:ober)?|dez(?:ember)?)\\.?");
    static const QString day = QStringLiteral("\\d{1,2}(?:st|nd|rd|th|\\.)?");
    static const QString date = QStringLiteral("(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|") +
                                day + QStringLiteral("\\s+(?:of\\s+)?") + month + QStringLiteral(",?\\s+\\d{4}|") +
                                month + QStringLiteral("\\s+") + day + QStringLiteral(",?\\s+\\d{4})");
    static const QRegularExpression re(
        QStringLiteral("\\b(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s*date|birthday|born(?:\\s+on)?|"
                       "geburtsdatum|geburtstag|geb\\.|geboren(?:\\s+am)?)"
                       "\\s*(?:is\\s+|was\\s+|ist\\s+|war\\s+)?(?:der\\s+|den\\s+)?[:=-]?\\s*") +
            date + QStringLiteral("(?![\\d/])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(IdentifierMatch{IdentifierMatch::Type::DateOfBirth, int(m.capturedStart()), int(m.capturedEnd())});
    }
}

/// "Medicare" within the 120 characters before `begin`: the number is introduced as one.
bool introducedAsMedicare(const QString& text, int begin)
{
    const int from = std::max(0, begin - 120);
    return QStringView(text).mid(from, begin - from).contains(QLatin1String("medicare"), Qt::CaseInsensitive);
}

void findMedicare(const QString& text, QVector<IdentifierMatch>& out)
{
    // 4-5-1 (the printed grouping), an optional issue number, or 10 / 11 digits in one run.
    static const QRegularExpression re(QStringLiteral("[2-6]\\d{3}(") + kGroupSep +
                                       QStringLiteral("?)\\d{5}\\1\\d(?:\\1?\\d)?"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int begin = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        if (!boundedRun(text, begin, end))
            continue;
        const bool grouped = !m.captured(1).isEmpty();
        const bool introduced = introducedAsMedicare(text, begin);
        if ((grouped && medicareValid(m.captured())) || introduced)
            out.append(IdentifierMatch{IdentifierMatch::Type::AuMedicare, begin, end});
    }
}

void findPps(const QString& text, QVector<IdentifierMatch>& out)
{
    static const QRegularExpression re(QStringLiteral("\\b\\d{7}[A-W][A-IW]?\\b"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (ppsValid(m.captured()))
            out.append(IdentifierMatch{IdentifierMatch::Type::IePps, int(m.capturedStart()), int(m.capturedEnd())});
    }
}

void findGermanSpeaking(const QString& text, QVector<IdentifierMatch>& out)
{
    // KVNR: a capital letter and nine digits, one word.
    static const QRegularExpression kvnr(QStringLiteral("\\b[A-Z]\\d{9}\\b"));
    for (auto it = kvnr.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (kvnrValid(m.captured()))
            out.append(IdentifierMatch{IdentifierMatch::Type::DeKvnr, int(m.capturedStart()), int(m.capturedEnd())});
    }
    // SVNR: 4 + 6 digits, printed with a space or none.
    static const QRegularExpression svnr(QStringLiteral("\\b[1-9]\\d{3} ?\\d{6}\\b"));
    for (auto it = svnr.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int begin = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        if (boundedRun(text, begin, end) && svnrValid(m.captured()))
            out.append(IdentifierMatch{IdentifierMatch::Type::AtSvnr, begin, end});
    }
    // AHV: 756.1234.5678.97, dotted or not.
    static const QRegularExpression ahv(QStringLiteral("\\b756(?:\\.?\\d{4}){2}\\.?\\d{2}\\b"));
    for (auto it = ahv.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (ahvValid(m.captured()))
            out.append(IdentifierMatch{IdentifierMatch::Type::ChAhv, int(m.capturedStart()), int(m.capturedEnd())});
    }
}

} // namespace

bool kvnrValid(const QString& kvnr)
{
    const QString k = kvnr.trimmed().toUpper();
    if (k.size() != 10 || k.at(0) < QLatin1Char('A') || k.at(0) > QLatin1Char('Z'))
        return false;
    for (int i = 1; i < 10; ++i)
        if (!k.at(i).isDigit() || k.at(i).unicode() > '9')
            return false;
    const int letter = k.at(0).unicode() - 'A' + 1;
    int digits[10] = {letter / 10, letter % 10};
    for (int i = 0; i < 8; ++i)
        digits[2 + i] = k.at(1 + i).digitValue();
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        const int product = digits[i] * (i % 2 == 0 ? 1 : 2);
        sum += product / 10 + product % 10;
    }
    return sum % 10 == k.at(9).digitValue();
}

bool svnrValid(const QString& digits)
{
    const QString d = digitsOf(digits);
    if (d.size() != 10 || d.at(0) == QLatin1Char('0'))
        return false;
    // DDMMYY: a day and a month that can be (the office gives months 13 to 14 when it is unknown).
    const int day = d.mid(4, 2).toInt();
    const int month = d.mid(6, 2).toInt();
    if (day < 1 || day > 31 || month < 1 || month > 14)
        return false;
    static const int weights[] = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += d.at(i).digitValue() * weights[i];
    const int check = sum % 11;
    return check != 10 && check == d.at(3).digitValue();
}

bool ahvValid(const QString& digits)
{
    const QString d = digitsOf(digits);
    if (d.size() != 13 || !d.startsWith(QLatin1String("756")))
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += d.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == d.at(12).digitValue();
}

bool medicareValid(const QString& digits)
{
    const QString d = digitsOf(digits);
    if ((d.size() != 10 && d.size() != 11) || d.at(0) < QLatin1Char('2') || d.at(0) > QLatin1Char('6'))
        return false;
    static const int weights[] = {1, 3, 7, 9, 1, 3, 7, 9};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += d.at(i).digitValue() * weights[i];
    return sum % 10 == d.at(8).digitValue();
}

bool ppsValid(const QString& pps)
{
    const QString p = pps.trimmed().toUpper();
    if (p.size() < 8 || p.size() > 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        if (!p.at(i).isDigit())
            return false;
        sum += p.at(i).digitValue() * (8 - i);
    }
    const auto letterValue = [](QChar c) { return c == QLatin1Char('W') ? 0 : c.unicode() - 'A' + 1; };
    if (p.size() == 9) {
        if (p.at(8) < QLatin1Char('A') || p.at(8) > QLatin1Char('Z'))
            return false;
        sum += 9 * letterValue(p.at(8));
    }
    const QChar check = p.at(7);
    if (check < QLatin1Char('A') || check > QLatin1Char('W'))
        return false;
    return sum % 23 == letterValue(check);
}

bool luhnValid(const QString& digits)
{
    const QString d = digitsOf(digits);
    if (d.isEmpty())
        return false;
    int sum = 0;
    bool dbl = false;
    for (int i = int(d.size()) - 1; i >= 0; --i) {
        int v = d.at(i).digitValue();
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

bool nhsValid(const QString& digits)
{
    const QString d = digitsOf(digits);
    if (d.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += d.at(i).digitValue() * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10)
        return false;
    return check == d.at(9).digitValue();
}

QVector<IdentifierMatch> findIdentifiers(const QString& text)
{
    QVector<IdentifierMatch> all;
    // Cheap exit: every identifier holds a digit.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return all;
    findDateOfBirth(text, all);
    findCards(text, all);
    findSsn(text, all);
    findNhs(text, all);
    findMedicare(text, all);
    findPps(text, all);
    findGermanSpeaking(text, all);
    // Keep the first found of overlapping matches (dates of birth, then cards, SSNs, NHS numbers,
    // Medicare numbers, PPS numbers, KVNRs, SVNRs, AHV numbers).
    QVector<IdentifierMatch> out;
    for (const auto& m : all) {
        const bool overlaps = std::any_of(out.cbegin(), out.cend(),
                                          [&](const IdentifierMatch& o) { return m.begin < o.end && o.begin < m.end; });
        if (!overlaps)
            out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
    return out;
}

} // namespace rapport::domain
