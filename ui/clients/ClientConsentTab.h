// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/ConsentEvent.h"

#include <QMap>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

class AppContext;
class BadgePill;

/// A client's consent: the current state per channel and scope as a grid of badges, a one-click
/// "Withdraw" on every line that allows contact (it asks only for confirmation), "Record
/// consent...", and the full history as a timeline, newest first.
class ClientConsentTab : public QWidget {
    Q_OBJECT
public:
    /// Asked before a withdrawal; returns true to go ahead. The default shows a yes/no question.
    using Confirmation = std::function<bool(const QString& question)>;

    ClientConsentTab(AppContext& context, QWidget* parent = nullptr);

    /// Shows the client's ledger (reads it from ConsentService).
    void setClient(qint64 clientId, const QString& name);
    void reload();
    void setConfirmation(Confirmation c) { m_confirm = std::move(c); }

    BadgePill* pill(domain::Channel channel, domain::Scope scope) const;
    QPushButton* withdrawButton(domain::Channel channel, domain::Scope scope) const;
    QPushButton* recordButton() const { return m_record; }
    QTreeWidget* history() const { return m_history; }
    /// Withdraws one line after confirmation; returns true when recorded.
    bool withdraw(domain::Channel channel, domain::Scope scope);

signals:
    /// "Record consent..." was clicked.
    void recordRequested();
    /// A consent event was appended from this tab.
    void consentChanged(qint64 clientId);

private:
    static int key(domain::Channel c, domain::Scope s) { return int(c) * 2 + int(s); }

    AppContext& m_context;
    qint64 m_clientId = 0;
    QString m_name;
    Confirmation m_confirm;
    QMap<int, BadgePill*> m_pills;
    QMap<int, QLabel*> m_since;
    QMap<int, QPushButton*> m_withdraw;
    QPushButton* m_record;
    QTreeWidget* m_history;
    QLabel* m_error;
};

} // namespace rapport::ui
