// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

/// Draws a cell whose model data has a BadgeState under `BadgeRole` as a small coloured pill
/// with a short word; the model's ToolTipRole gives the full sentence. Cells without the role
/// are drawn as usual.
class ConsentBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// The item data role holding a BadgeState (as int).
    static constexpr int BadgeRole = Qt::UserRole + 100;

    explicit ConsentBadgeDelegate(QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// The width a column needs for the widest badge in the current language, in `font`.
    static int columnWidth(const QFont& font);
    /// The width a column needs for the compact badges: a symbol in the state's colours (a tick
    /// for granted, a cross for withdrawn...), drawn when the word does not fit the cell; the
    /// tooltip and the accessible text keep the words.
    static int compactColumnWidth(const QFont& font);
    /// The symbol of a compact badge.
    static QString symbol(int badgeState);
};

} // namespace rapport::ui
