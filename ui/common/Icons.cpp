// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace rapport::ui {

namespace {

/// Renders the SVG with `currentColor` replaced by the palette colour for the mode, at paint
/// time, so a palette change (light to dark) is picked up without reloading icons.
class PaletteSvgEngine final : public QIconEngine {
public:
    explicit PaletteSvgEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), pm.size()), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine* clone() const override { return new PaletteSvgEngine(m_svg); }

    QString key() const override { return QStringLiteral("rapport-svg"); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette pal = QApplication::palette();
        QColor c = pal.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Selected)
            c = pal.color(QPalette::HighlightedText);
        QByteArray out = m_svg;
        out.replace("currentColor", c.name().toLatin1());
        return out;
    }

    QByteArray m_svg;
};

} // namespace

QString Icons::path(const QString& name)
{
    return QStringLiteral(":/rapport/icons/") + name + QStringLiteral(".svg");
}

QIcon Icons::icon(const QString& name)
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new PaletteSvgEngine(f.readAll()));
}

} // namespace rapport::ui
