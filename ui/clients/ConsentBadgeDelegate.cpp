// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ConsentBadgeDelegate.h"

#include "clients/ConsentBadge.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rapport::ui {

namespace {
constexpr int kPadX = 7;
constexpr int kPadY = 2;

/// The cell width of the widest of the badges' texts, drawn as the badges draw them.
template <typename TextOf> int widestBadge(const QFont& font, TextOf textOf)
{
    QFont f = font;
    f.setPointSizeF(f.pointSizeF() * 0.88);
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    int widest = 0;
    for (const BadgeState s : {BadgeState::Granted, BadgeState::ClientInitiated, BadgeState::Imported,
                               BadgeState::Withdrawn, BadgeState::Refused})
        widest = std::max(widest, fm.horizontalAdvance(textOf(s)));
    return widest + 2 * kPadX + 12;
}
} // namespace

ConsentBadgeDelegate::ConsentBadgeDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void ConsentBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant v = index.data(BadgeRole);
    if (!v.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* w = option.widget;
    QStyle* style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const auto state = static_cast<BadgeState>(v.toInt());
    const QPalette& pal = option.palette;
    const BadgeColours c = ConsentBadge::colours(state, pal);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.88);
    if (state != BadgeState::None)
        f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    QString text = state == BadgeState::None ? QStringLiteral("\u2014") : ConsentBadge::label(state);
    // The word when the cell has room for it, else the state's symbol (the tooltip says it all).
    if (state != BadgeState::None && fm.horizontalAdvance(text) + 2 * kPadX + 12 > option.rect.width())
        text = symbol(int(state));
    const int w0 = fm.horizontalAdvance(text) + 2 * kPadX;
    const int h0 = fm.height() + 2 * kPadY;
    QRect pill(option.rect.left() + 6, option.rect.center().y() - h0 / 2, w0, h0);
    if (state == BadgeState::None)
        pill.setWidth(fm.horizontalAdvance(text) + 2 * kPadX);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (state != BadgeState::None) {
        QPainterPath path;
        path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), h0 / 2.0, h0 / 2.0);
        painter->fillPath(path, c.fill);
        painter->setPen(QPen(c.border, 1));
        painter->drawPath(path);
    }
    painter->setFont(f);
    painter->setPen(c.text);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

int ConsentBadgeDelegate::columnWidth(const QFont& font)
{
    return widestBadge(font, [](BadgeState s) { return ConsentBadge::label(s); });
}

QString ConsentBadgeDelegate::symbol(int badgeState)
{
    switch (static_cast<BadgeState>(badgeState)) {
    case BadgeState::Granted:
        return QStringLiteral("\u2713"); // ✓
    case BadgeState::ClientInitiated:
        return QStringLiteral("\u21a9"); // ↩ the client wrote first
    case BadgeState::Imported:
        return QStringLiteral("?");
    case BadgeState::Withdrawn:
        return QStringLiteral("\u2715"); // ✕
    case BadgeState::Refused:
        return QStringLiteral("\u2298"); // ⊘
    case BadgeState::None:
        break;
    }
    return QStringLiteral("\u2014");
}

int ConsentBadgeDelegate::compactColumnWidth(const QFont& font)
{
    return widestBadge(font, [](BadgeState s) { return symbol(int(s)); });
}

QSize ConsentBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant v = index.data(BadgeRole);
    if (!v.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.88);
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    // What the cell needs at least: the symbol; the word is drawn when the column has room.
    const QString text = symbol(v.toInt());
    return {fm.horizontalAdvance(text) + 2 * kPadX + 12, fm.height() + 2 * kPadY + 6};
}

} // namespace rapport::ui
