// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace rapport::domain {

enum class Category { Clinical, Identifier, Delicate, Promotional, Scheduling, Admin };
QString toString(Category c);
std::optional<Category> categoryFromString(const QString& s);

/// A span of the draft the analyser noticed. Offsets are in Unicode code points.
struct Finding {
    Category category = Category::Clinical;
    int start = 0; ///< code points
    int end = 0;   ///< code points, exclusive
    QString text;  ///< the matched text as written
    QString why;   ///< short, translatable explanation for tooltips
    /// What found it, a stable code for tooltips and `--json`: `lexicon` (the built-in list, the
    /// category's section), `practice-terms` (the practice's additions in settings),
    /// `medical-vocabulary` (the installed medical word list), `rule:<name>` (a sentence rule:
    /// `body-part`, `service-name`, `fee-charge`, `money-off`, `amount`, `offer`, `clock-time`), or
    /// `check:<name>` (an identifier's check: `card`, `nhs`, `ssn`, `date-of-birth`, `medicare`, `pps`,
    /// `kvnr`, `svnr`, `ahv`).
    QString source;
};

/// The tooltip's words for a Finding::source code ("the built-in lexicon", "the medical vocabulary").
QString describeSource(const QString& source);

enum class SmsEncoding { Gsm7, Ucs2 };

struct SmsInfo {
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int units = 0;      ///< septets for GSM-7 (escapes count 2), UTF-16 code units for UCS-2
    int segments = 0;   ///< 0 for an empty text
    QStringList nonGsm; ///< distinct characters (graphemes) that forced UCS-2, in order of appearance
};

/// A non-blocking etiquette hint.
struct LintHint {
    QString code; ///< e.g. "no-practice-identification", "all-caps", "text-speak", "no-opt-out-line", "link-shortener"
    QString text; ///< plain words, translatable
    int start = -1; ///< code points, or -1 when it is about the whole text
    int end = -1;
};

struct Analysis {
    Purpose purpose = Purpose::General; ///< inferred (step 1)
    bool sensitive = false;
    bool delicate = false;
    QVector<Finding> findings; ///< ordered by start
    SmsInfo sms;
    QVector<LintHint> lint;
    bool has(Category c) const
    {
        for (const auto& f : findings)
            if (f.category == c)
                return true;
        return false;
    }
};

} // namespace rapport::domain
