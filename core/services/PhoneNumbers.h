// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <QVector>

namespace rapport::services {

/// Phone numbers through libphonenumber: E.164 normalisation in the practice's region and the
/// number's type as the library sees it (which decides whether it takes texts, not the label).
class PhoneNumbers {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    /// `region`: ISO 3166 alpha-2 ("GB") used for numbers written without `+`.
    explicit PhoneNumbers(QString region);

    /// Parses and validates `input` ("07400 123456", "+44 7400 123456", "(202) 555-0143").
    /// On success a phone ContactPoint with the E.164 value, `label` and the library's type.
    /// On failure an Error of kind InvalidInput whose message names the value and why, and whose
    /// field is `field`.
    domain::Result<domain::ContactPoint> normalise(const QString& input, const QString& label = {},
                                                   const QString& field = QStringLiteral("phone")) const;

    /// normalise() that also gives, on success, the number's search terms: the same list as
    /// storage::ClientSearch::numberTerms() of the E.164 value, from this one parse.
    domain::Result<domain::ContactPoint> normalise(const QString& input, QStringList* searchTerms) const;

    /// One input of normaliseAll(): the contact point (or why not) and its search terms.
    struct Normalised {
        domain::Result<domain::ContactPoint> point;
        QStringList searchTerms; ///< empty when `point` is an error
    };
    /// normalise(input, &terms) for every input, on up to `threads` threads (0: one per core);
    /// the results are in input order and the same as one thread's.
    QVector<Normalised> normaliseAll(const QStringList& inputs, int threads = 0) const;

    /// True for a region libphonenumber knows ("GB", "US", ...), upper case.
    static bool isSupportedRegion(const QString& region);
    /// The digits a person dials inside the number's country ("+447400123456" -> "07400123456").
    static QString nationalDigits(const QString& e164);
    /// "+447400123456" -> "07400 123456" (for people); the input when it does not parse.
    static QString formatNational(const QString& e164);
    /// A stored number as people write it in the practice's `region`: the national format for a
    /// number of that country ("07400 123456"), the international one for any other
    /// ("+33 1 23 45 67 89"), so that reading it back in `region` gives the same number.
    static QString forDisplay(const QString& e164, const QString& region);

    QString region() const { return m_region; }

private:
    domain::Result<domain::ContactPoint> parse(const QString& input, const QString& label, const QString& field,
                                               QStringList* searchTerms) const;

    QString m_region;
};

} // namespace rapport::services
