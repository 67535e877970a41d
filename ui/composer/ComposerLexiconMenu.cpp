// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's highlights explained and taught: the tooltip says what found a finding, and the
// editor's context menu files a word in the practice's lexicon ("Never mark", "Mark as").
#include "composer/ComposerWindow.h"

#include "composer/FindingHighlighter.h"
#include "services/SettingsService.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextCursor>

#include <memory>

namespace rapport::ui {

using domain::Channel;

namespace {
/// The code-point offset of a UTF-16 position (lint hints count code points).
int codePointOffset(const QString& text, int utf16Pos)
{
    int cp = 0;
    for (int i = 0; i < utf16Pos && i < text.size(); ++i)
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++cp;
    return cp;
}
} // namespace

int ComposerWindow::textPositionAt(const QPoint& viewportPos) const
{
    const int pos = m_editor->cursorForPosition(viewportPos).position();
    // cursorForPosition snaps to the nearest gap; a finding "covers" the character to its right.
    const QRect r = m_editor->cursorRect(m_editor->cursorForPosition(viewportPos));
    return viewportPos.x() < r.x() && pos > 0 ? pos - 1 : pos;
}

QString ComposerWindow::toolTipAt(const QPoint& viewportPos) const
{
    const int at = textPositionAt(viewportPos);
    if (const domain::Finding* f = m_highlighter->findingAt(at)) {
        QString tip = QStringLiteral("<b>%1</b>: %2")
                          .arg(FindingHighlighter::categoryName(f->category).toHtmlEscaped(), f->why.toHtmlEscaped());
        if (!f->source.isEmpty())
            tip += QStringLiteral("<br>") + tr("Found by %1.").arg(domain::describeSource(f->source)).toHtmlEscaped();
        if (teachable(*f))
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("Right-click to never mark it, or to mark it as something else.").toHtmlEscaped());
        return tip;
    }
    const int cp = codePointOffset(m_editor->toPlainText(), at);
    for (const auto& h : m_analysis.lint)
        if (h.start >= 0 && cp >= h.start && cp < h.end)
            return QStringLiteral("<b>%1</b>: %2").arg(tr("Etiquette"), h.text.toHtmlEscaped());
    return {};
}

bool ComposerWindow::teachable(const domain::Finding& f)
{
    // Identifiers come from checks (Luhn, modulus 11), not from words; a term is one phrase.
    return f.category != domain::Category::Identifier && !f.source.startsWith(QLatin1String("check:")) &&
           !f.text.contains(QLatin1Char(',')) && !f.text.simplified().isEmpty();
}

void ComposerWindow::showEditorMenu(const QPoint& viewportPos)
{
    std::unique_ptr<QMenu> menu(editorMenu(viewportPos));
    menu->exec(m_editor->viewport()->mapToGlobal(viewportPos));
}

QMenu* ComposerWindow::editorMenu(const QPoint& viewportPos)
{
    std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(viewportPos));
    const domain::Finding* f = m_highlighter->findingAt(textPositionAt(viewportPos));
    if (f && teachable(*f)) {
        const QString term = f->text.simplified();
        QAction* first = menu->actions().value(0);
        auto* header = new QAction(
            tr("\u201c%1\u201d: %2, found by %3")
                .arg(term, FindingHighlighter::categoryName(f->category), domain::describeSource(f->source)),
            menu.get());
        header->setEnabled(false);
        auto* never = new QAction(tr("&Never mark \u201c%1\u201d").arg(term), menu.get());
        never->setObjectName(QStringLiteral("neverMark"));
        never->setToolTip(tr("Adds it to the practice's ignored words (Settings, Lexicon)"));
        connect(never, &QAction::triggered, this, [this, term] { teachTerm(term, QStringLiteral("ignore")); });
        auto* markAs = new QMenu(tr("&Mark \u201c%1\u201d as").arg(term), menu.get());
        markAs->setObjectName(QStringLiteral("markAs"));
        for (const domain::Category c :
             {domain::Category::Clinical, domain::Category::Delicate, domain::Category::Promotional,
              domain::Category::Scheduling, domain::Category::Admin}) {
            if (c == f->category)
                continue;
            QAction* a = markAs->addAction(FindingHighlighter::categoryName(c));
            connect(a, &QAction::triggered, this, [this, term, c] { teachTerm(term, domain::toString(c)); });
        }
        menu->insertAction(first, header);
        menu->insertAction(first, never);
        menu->insertMenu(first, markAs);
        menu->insertSeparator(first);
    }
    return menu.release();
}

void ComposerWindow::teachTerm(const QString& term, const QString& section)
{
    if (const auto e = services::SettingsService(m_service.database()).teachTerm(term, section)) {
        setStatus(e->message, true);
        return;
    }
    setStatus(section == QLatin1String("ignore")
                  ? tr("\u201c%1\u201d will not be marked again (Settings, Lexicon, to undo).").arg(term)
                  : tr("\u201c%1\u201d is now marked as %2 (Settings, Lexicon, to undo).")
                        .arg(term, FindingHighlighter::categoryName(*domain::categoryFromString(section))),
              false);
    reloadSettings();
    emit lexiconTaught();
}

} // namespace rapport::ui
