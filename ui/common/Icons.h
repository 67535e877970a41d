// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace rapport::ui {

/// The app's SVG icons (`:/rapport/icons/NAME.svg`), drawn in the palette's text colour so they
/// read on light and dark palettes, rendered at the device pixel ratio asked for (high DPI).
class Icons {
public:
    /// An icon by file base name, e.g. "new-client". A missing name gives a null icon.
    static QIcon icon(const QString& name);
    /// The resource path of an icon, for code that wants the file itself.
    static QString path(const QString& name);
};

} // namespace rapport::ui
