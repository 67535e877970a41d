// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace rapport::ui {

/// The appearance chosen in Settings > Display: the system's palette, or Rapport's own light
/// or dark one (with the Fusion style, whose checkboxes, frames and focus rings are drawn from the
/// palette and so stay legible in both).
enum class Appearance { System, Light, Dark };

/// Palette helpers: the app follows the chosen appearance; these help code that draws its own colours.
class Theme {
public:
    /// Applies `appearance` to the whole application (every open window repaints). The first
    /// call remembers the system's style and palette, which System restores.
    static void apply(Appearance appearance);
    /// The appearance as stored in the user's settings (QSettings "appearance"; System when unset).
    static Appearance stored();
    static void store(Appearance appearance);
    /// "system", "light", "dark".
    static QString toString(Appearance appearance);
    static Appearance fromString(const QString& text);
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
