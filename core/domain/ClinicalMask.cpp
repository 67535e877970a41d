// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ClinicalMask.h"

#include "domain/ContentAnalyser.h"

namespace rapport::domain {

QString ClinicalMask::apply(const QString& text, bool* masked)
{
    static const ContentAnalyser analyser;
    const Analysis a = analyser.analyse(text);
    // Findings are in code points: work on UCS-4 so surrogate pairs keep their place.
    const QList<uint> cps = text.toUcs4();
    QVector<bool> hide(cps.size(), false);
    bool any = false;
    for (const auto& f : a.findings) {
        if (f.category != Category::Clinical)
            continue;
        for (int i = qMax(0, f.start); i < qMin(int(cps.size()), f.end); ++i)
            hide[i] = true;
        any = true;
    }
    if (masked)
        *masked = any;
    if (!any)
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < cps.size(); ++i) {
        if (hide[i]) {
            if (i == 0 || !hide[i - 1])
                out += QStringLiteral("\u2022\u2022\u2022");
            continue;
        }
        const char32_t c = cps[i];
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace rapport::domain
