// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Advice.h"

#include <QFrame>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rapport::ui {

/// The four channels with their verdict and reasons in plain words, best one first and
/// highlighted, each with its hand-off button (disabled, with the reason as tooltip, when the
/// channel is blocked).
class ChannelAdvicePanel : public QWidget {
    Q_OBJECT
public:
    explicit ChannelAdvicePanel(QWidget* parent = nullptr);

    /// Shows `advice`; cheap when called on every keystroke (widgets are reused and reordered).
    void setAdvice(const domain::Advice& advice);
    /// Disables every hand-off (no client chosen, or an empty draft) and says why.
    void setHandoffBlocked(const QString& why);

    /// The hand-off button of a channel ("Text", "Open in mail", "Call", "Raise at next appointment").
    QPushButton* handoffButton(domain::Channel channel) const;
    /// The verdict badge text shown for a channel ("Recommended", "Blocked", ...).
    QString verdictText(domain::Channel channel) const;
    /// The reason texts shown for a channel, one per line.
    QString reasonsText(domain::Channel channel) const;
    /// The note shown above the channels when promotional wording raised the consent scope to
    /// marketing although another purpose is chosen; empty when hidden.
    QString scopeNote() const;
    /// The channel shown first and highlighted.
    domain::Channel best() const { return m_advice.best; }
    /// The channels in the order shown.
    QVector<domain::Channel> order() const;

    static QString channelName(domain::Channel channel);
    /// What a reason means and what to do about it, for "What's This?" on the reasons (empty
    /// for a code without help).
    static QString reasonHelp(const QString& code);
    static QString verdictName(domain::Verdict verdict);
    static QString handoffLabel(domain::Channel channel);

signals:
    /// The user pressed a channel's hand-off button.
    void handoffRequested(domain::Channel channel);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* badge = nullptr;
        QLabel* reasons = nullptr;
        QPushButton* button = nullptr;
    };
    void refresh();
    void styleCard(Card& card, const domain::ChannelAdvice* advice, bool best);

    QLabel* m_scopeNote = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QHash<int, Card> m_cards;
    domain::Advice m_advice;
    QString m_blockedWhy;
};

} // namespace rapport::ui
