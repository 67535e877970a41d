// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Advice.h"

namespace rapport::domain {

QString toString(Verdict v)
{
    switch (v) {
    case Verdict::Recommended:
        return QStringLiteral("recommended");
    case Verdict::Acceptable:
        return QStringLiteral("acceptable");
    case Verdict::Discouraged:
        return QStringLiteral("discouraged");
    case Verdict::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

} // namespace rapport::domain
