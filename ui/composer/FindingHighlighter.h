// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"

#include <QColor>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QVector>

namespace rapport::ui {

/// Colours the analyser's findings in the draft, one colour per category, readable on light
/// and dark palettes (a translucent background plus an underline in the category colour).
class FindingHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    /// A finding placed in the document: UTF-16 positions, as QTextCursor counts them.
    struct Span {
        int start = 0;
        int end = 0;
        domain::Finding finding;
    };

    explicit FindingHighlighter(QTextDocument* document);

    /// Replaces the findings. `text` is the text they were computed on (its code-point offsets
    /// are mapped to document positions); rehighlights only when something changed.
    void setFindings(const QString& text, const QVector<domain::Finding>& findings);
    /// The palette whose lightness decides the colours (call when the palette changes).
    void setPalette(const QPalette& palette);

    const QVector<Span>& spans() const { return m_spans; }
    /// The finding covering document position `pos`, or nullptr.
    const domain::Finding* findingAt(int pos) const;

    /// The colour of a category on `palette` (lighter hues on dark palettes).
    static QColor colour(domain::Category category, const QPalette& palette);
    /// The category's name in plain words ("Clinical detail").
    static QString categoryName(domain::Category category);

protected:
    void highlightBlock(const QString& text) override;

private:
    QVector<Span> m_spans;
    QPalette m_palette;
};

} // namespace rapport::ui
