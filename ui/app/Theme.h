#pragma once

#include <QColor>
#include <QPalette>

namespace rapport::ui {

/// Palette helpers: the app follows the system palette; these help code that draws its own colours.
class Theme {
public:
    /// True when the window background is darker than its text.
    static bool isDark(const QPalette& palette);
    /// A complete dark palette (Fusion-friendly), used by tests and screenshots, and offered when
    /// the platform has no dark palette of its own.
    static QPalette darkPalette();
    /// A neutral light palette, the counterpart of darkPalette() for reproducible screenshots.
    static QPalette lightPalette();
    /// Red that reads as an error on this palette (labels beside fields, the ledger warning).
    static QColor errorColour(const QPalette& palette);
    /// Green that reads as success on this palette.
    static QColor okColour(const QPalette& palette);
};

} // namespace rapport::ui
