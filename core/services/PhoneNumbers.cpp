// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PhoneNumbers.h"

#include "storage/ClientSearch.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <thread>
#include <vector>

#include <phonenumbers/phonenumberutil.h>

namespace rapport::services {

using domain::Error;
using domain::NumberType;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

NumberType typeOf(PhoneNumberUtil::PhoneNumberType t)
{
    switch (t) {
    case PhoneNumberUtil::MOBILE:
        return NumberType::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return NumberType::FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return NumberType::FixedLineOrMobile;
    case PhoneNumberUtil::UNKNOWN:
        return NumberType::Unknown;
    default:
        return NumberType::Other;
    }
}

/// E.164: at most fifteen digits, country code included.
constexpr std::size_t kMaxE164Digits = 15;

QString parseProblem(PhoneNumberUtil::ErrorType e)
{
    switch (e) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumbers::tr("the country code is unknown");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return PhoneNumbers::tr("it is not a phone number");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNumbers::tr("it is too short");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumbers::tr("it is too long");
    default:
        return PhoneNumbers::tr("it cannot be read as a phone number");
    }
}

} // namespace

PhoneNumbers::PhoneNumbers(QString region) : m_region(region.trimmed().toUpper()) {}

bool PhoneNumbers::isSupportedRegion(const QString& region)
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toStdString()) > 0;
}

domain::Result<domain::ContactPoint> PhoneNumbers::normalise(const QString& input, const QString& label,
                                                             const QString& field) const
{
    return parse(input, label, field, nullptr);
}

domain::Result<domain::ContactPoint> PhoneNumbers::normalise(const QString& input, QStringList* searchTerms) const
{
    return parse(input, {}, QStringLiteral("phone"), searchTerms);
}

domain::Result<domain::ContactPoint> PhoneNumbers::parse(const QString& input, const QString& label,
                                                         const QString& field, QStringList* searchTerms) const
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("an empty phone number was given"), field);
    PhoneNumber number;
    const auto parsed = util->Parse(text.toStdString(), m_region.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error::invalid(tr("\"%1\" is not a valid phone number: %2").arg(text, parseProblem(parsed)), field);
    // GetNumberType() is UNKNOWN exactly when IsValidNumber() is false (both look the number up
    // in the metadata of its region the same way), so one call both validates and types.
    const auto type = util->GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN) {
        const bool local = !text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1String("00"));
        return Error::invalid(local ? tr("\"%1\" is not a valid phone number in %2 (write it with + and the country "
                                         "code if it is foreign)")
                                          .arg(text, m_region)
                                    : tr("\"%1\" is not a valid phone number").arg(text),
                              field);
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    // E.164 allows 15 digits at most, but libphonenumber's metadata takes longer ones as valid
    // (German fixed lines reach 16: "+49 30 123456 000000"); no network delivers a text to them.
    if (e164.size() > 1 + kMaxE164Digits)
        return Error::invalid(tr("\"%1\" is not a valid phone number: more than %2 digits with the country code")
                                  .arg(text)
                                  .arg(kMaxE164Digits),
                              field);
    domain::ContactPoint cp;
    cp.kind = domain::ContactPoint::Kind::Phone;
    cp.value = QString::fromStdString(e164);
    cp.label = label;
    cp.numberType = typeOf(type);
    if (searchTerms && number.has_extension()) {
        // The stored E.164 value drops the extension: take the terms of what is stored.
        *searchTerms = storage::ClientSearch::numberTerms(cp.value);
    } else if (searchTerms) {
        std::string national;
        util->Format(number, PhoneNumberUtil::NATIONAL, &national);
        std::string significant;
        util->GetNationalSignificantNumber(number, &significant);
        *searchTerms = storage::ClientSearch::numberTerms(cp.value, QString::fromStdString(national),
                                                          QString::fromStdString(significant));
    }
    return cp;
}

QVector<PhoneNumbers::Normalised> PhoneNumbers::normaliseAll(const QStringList& inputs, int threads) const
{
    const int n = int(inputs.size());
    QVector<Normalised> out(n, Normalised{Error::invalid(QString()), {}});
    Normalised* results = out.data(); // detached once here; each worker writes its own slice
    const auto work = [this, results, &inputs](int from, int to) {
        for (int i = from; i < to; ++i)
            results[i].point = normalise(inputs.at(i), &results[i].searchTerms);
    };
    if (threads <= 0)
        threads = int(std::max(1U, std::thread::hardware_concurrency()));
    // Below a few hundred numbers a thread costs more than it saves.
    threads = std::min(threads, std::max(1, n / 256));
    if (threads == 1) {
        work(0, n);
        return out;
    }
    PhoneNumberUtil::GetInstance(); // the singleton is built once, before any worker runs
    std::vector<std::thread> workers;
    workers.reserve(threads - 1);
    const int chunk = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work, std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
    work(0, std::min(n, chunk));
    for (auto& w : workers)
        w.join();
    return out;
}

QString PhoneNumbers::nationalDigits(const QString& e164)
{
    QString n = formatNational(e164);
    n.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return n;
}

QString PhoneNumbers::forDisplay(const QString& e164, const QString& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string numberRegion;
    util->GetRegionCodeForNumber(number, &numberRegion);
    std::string out;
    util->Format(number,
                 QString::fromStdString(numberRegion) == region.trimmed().toUpper() ? PhoneNumberUtil::NATIONAL
                                                                                    : PhoneNumberUtil::INTERNATIONAL,
                 &out);
    return QString::fromStdString(out);
}

QString PhoneNumbers::formatNational(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util->Format(number, PhoneNumberUtil::NATIONAL, &out);
    return QString::fromStdString(out);
}

} // namespace rapport::services
