// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace rapport::ui {

namespace {

struct SystemLook {
    QString style;
    QPalette palette;
};

std::optional<SystemLook>& systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

} // namespace

void Theme::apply(Appearance appearance)
{
    auto& system = systemLook();
    if (!system)
        system = SystemLook{QApplication::style()->name(), QApplication::palette()};
    if (appearance == Appearance::System) {
        if (QApplication::style()->name() != system->style)
            QApplication::setStyle(QStyleFactory::create(system->style));
        QApplication::setPalette(system->palette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(appearance == Appearance::Dark ? darkPalette() : lightPalette());
}

QString Theme::toString(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance Theme::fromString(const QString& text)
{
    if (text == QLatin1String("light"))
        return Appearance::Light;
    if (text == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

Appearance Theme::stored()
{
    return fromString(QSettings().value(QStringLiteral("appearance")).toString());
}

void Theme::store(Appearance appearance)
{
    QSettings().setValue(QStringLiteral("appearance"), toString(appearance));
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe7, 0xea);
    const QColor disabledText(0x80, 0x84, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x34, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xf2));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9c, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4c));
    return p;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor text(0x1f, 0x23, 0x28);
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf2));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xf7, 0xf7, 0xf8));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xc8, 0x3a, 0x3a));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe4, 0xe7));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbb, 0xc1));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xa8));
    const QColor disabledText(0xa0, 0xa4, 0xaa);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

QColor Theme::errorColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e);
}

QColor Theme::okColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
}

} // namespace rapport::ui
