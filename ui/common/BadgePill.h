// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/ConsentBadge.h"

#include <QWidget>

namespace rapport::ui {

/// One consent badge as a widget (the consent grid): a coloured pill with a short word, its
/// sentence as tooltip and accessible description. Follows palette changes.
class BadgePill : public QWidget {
    Q_OBJECT
public:
    explicit BadgePill(QWidget* parent = nullptr);
    void setState(BadgeState state, const QString& description);
    BadgeState state() const { return m_state; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    BadgeState m_state = BadgeState::None;
};

} // namespace rapport::ui
