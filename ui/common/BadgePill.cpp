// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BadgePill.h"

#include <QPainter>
#include <QPainterPath>

namespace rapport::ui {

BadgePill::BadgePill(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BadgePill::setState(BadgeState state, const QString& description)
{
    m_state = state;
    setToolTip(description);
    setAccessibleName(ConsentBadge::label(state));
    setAccessibleDescription(description);
    updateGeometry();
    update();
}

QSize BadgePill::sizeHint() const
{
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    return {fm.horizontalAdvance(ConsentBadge::label(m_state)) + 20, fm.height() + 6};
}

void BadgePill::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const BadgeColours c = ConsentBadge::colours(m_state, palette());
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    if (m_state != BadgeState::None)
        p.fillPath(path, c.fill);
    p.setPen(QPen(c.border, 1, m_state == BadgeState::None ? Qt::DashLine : Qt::SolidLine));
    p.drawPath(path);
    QFont f = font();
    if (m_state != BadgeState::None)
        f.setWeight(QFont::DemiBold);
    p.setFont(f);
    p.setPen(c.text);
    p.drawText(rect(), Qt::AlignCenter, ConsentBadge::label(m_state));
}

} // namespace rapport::ui
