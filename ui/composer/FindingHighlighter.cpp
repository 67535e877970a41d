// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/FindingHighlighter.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace rapport::ui {

namespace {

bool isDark(const QPalette& p)
{
    return p.color(QPalette::Base).lightnessF() < 0.5;
}

/// Code-point offsets to UTF-16 positions for every offset up to the text's length.
QVector<int> codePointToUtf16(const QString& text)
{
    QVector<int> map;
    map.reserve(text.size() + 1);
    for (int i = 0; i < text.size(); ++i) {
        map.push_back(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    map.push_back(text.size());
    return map;
}

bool sameSpans(const QVector<FindingHighlighter::Span>& a, const QVector<FindingHighlighter::Span>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].finding.category != b[i].finding.category)
            return false;
    return true;
}

} // namespace

FindingHighlighter::FindingHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void FindingHighlighter::setFindings(const QString& text, const QVector<domain::Finding>& findings)
{
    QVector<Span> spans;
    spans.reserve(findings.size());
    if (!findings.isEmpty()) {
        const QVector<int> map = codePointToUtf16(text);
        const int last = map.size() - 1;
        for (const auto& f : findings) {
            const int s = map.at(qBound(0, f.start, last));
            const int e = map.at(qBound(0, f.end, last));
            if (e > s)
                spans.push_back({s, e, f});
        }
    }
    if (sameSpans(spans, m_spans)) {
        m_spans = std::move(spans); // same places; refresh the reasons
        return;
    }
    m_spans = std::move(spans);
    rehighlight();
}

void FindingHighlighter::setPalette(const QPalette& palette)
{
    m_palette = palette;
    rehighlight();
}

const domain::Finding* FindingHighlighter::findingAt(int pos) const
{
    for (const auto& s : m_spans)
        if (pos >= s.start && pos < s.end)
            return &s.finding;
    return nullptr;
}

QColor FindingHighlighter::colour(domain::Category category, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (category) {
    case domain::Category::Clinical:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case domain::Category::Identifier:
        return dark ? QColor(0xd0, 0x8c, 0xff) : QColor(0x7b, 0x1f, 0xa2);
    case domain::Category::Delicate:
        return dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xc7, 0x5c, 0x00);
    case domain::Category::Promotional:
        return dark ? QColor(0xff, 0x7e, 0xc8) : QColor(0xad, 0x14, 0x57);
    case domain::Category::Scheduling:
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x15, 0x65, 0xc0);
    case domain::Category::Admin:
        return dark ? QColor(0x4d, 0xd0, 0xb0) : QColor(0x00, 0x79, 0x6b);
    }
    return palette.color(QPalette::Text);
}

QString FindingHighlighter::categoryName(domain::Category category)
{
    switch (category) {
    case domain::Category::Clinical:
        return tr("Clinical detail");
    case domain::Category::Identifier:
        return tr("Identifier");
    case domain::Category::Delicate:
        return tr("Delicate topic");
    case domain::Category::Promotional:
        return tr("Promotional");
    case domain::Category::Scheduling:
        return tr("Scheduling");
    case domain::Category::Admin:
        return tr("Admin");
    }
    return {};
}

void FindingHighlighter::highlightBlock(const QString& text)
{
    if (m_spans.isEmpty())
        return;
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + text.size();
    for (const auto& s : m_spans) {
        if (s.end <= blockStart || s.start >= blockEnd)
            continue;
        const int from = qMax(s.start, blockStart) - blockStart;
        const int to = qMin(s.end, blockEnd) - blockStart;
        const QColor c = colour(s.finding.category, m_palette);
        QTextCharFormat fmt;
        const bool informational =
            s.finding.category == domain::Category::Scheduling || s.finding.category == domain::Category::Admin;
        if (!informational) {
            QColor bg = c;
            bg.setAlpha(isDark(m_palette) ? 70 : 45);
            fmt.setBackground(bg);
        }
        fmt.setUnderlineStyle(informational ? QTextCharFormat::DotLine : QTextCharFormat::SingleUnderline);
        fmt.setUnderlineColor(c);
        setFormat(from, to - from, fmt);
    }
}

} // namespace rapport::ui
