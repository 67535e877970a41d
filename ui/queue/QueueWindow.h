// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScheduledMessage.h"

#include <QWidget>
#include <functional>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;
class QUrl;

namespace rapport::ui {

class AppContext;

/// The scheduled messages: those due now first, then the rest by due time. A due message is
/// handed off by a person (Enter): the advice is read again first, and a message that may not go
/// now (a consent withdrawn, a quiet hour) says why and stays. Delete cancels a message.
class QueueWindow : public QWidget {
    Q_OBJECT

public:
    /// `openUrl` hands a link to the desktop (QDesktopServices::openUrl; tests pass their own).
    explicit QueueWindow(AppContext& context, std::function<bool(const QUrl&)> openUrl = {}, QWidget* parent = nullptr);

    /// Re-reads the queue.
    void reload();
    /// Hands off the selected row's message (see the class comment); false when it did not go.
    bool handOffSelected();
    /// Cancels the selected row's message.
    bool cancelSelected();
    /// Opens the selected message's text and time in a small dialog, and saves them.
    bool editSelected();
    /// Tests: called with the edit dialog before it runs (to fill it in and accept it).
    void setEditHook(std::function<void(QDialog*)> hook) { m_editHook = std::move(hook); }

    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    /// Pending messages due now, as last read.
    int dueCount() const { return m_due; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// A message was handed off (the client's views refresh).
    void handedOff(qint64 clientId);

private:
    qint64 selectedId() const;
    void setStatus(const QString& text, bool error = false);

    AppContext& m_context;
    std::function<bool(const QUrl&)> m_openUrl;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_handOff = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_edit = nullptr;
    std::function<void(QDialog*)> m_editHook;
    int m_due = 0;
};

} // namespace rapport::ui
