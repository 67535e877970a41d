// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace rapport::ui {

class AppContext;

/// A client's open things to raise at their next appointment (put there by the composer's
/// "Raise at next appointment"), each with a "Raised" tick: ticking it off records it as raised
/// and logs an in-person contact (RaiseService::tickOff), then it leaves the list.
class RaiseItemsList : public QWidget {
    Q_OBJECT
public:
    explicit RaiseItemsList(AppContext& context, QWidget* parent = nullptr);

    /// Shows the open items of this client (0: none).
    void setClient(qint64 clientId);
    void reload();

    QListWidget* list() const { return m_list; }
    /// The line under the list: "Nothing to raise.", the last outcome, or an error.
    QString statusText() const;

signals:
    /// An item was ticked off and logged as an in-person contact.
    void raised(qint64 clientId);

private:
    void tick(QListWidgetItem* item);

    AppContext& m_context;
    qint64 m_clientId = 0;
    QListWidget* m_list;
    QLabel* m_status;
    QString m_outcome; ///< the last tick's outcome, shown until another client is chosen
    bool m_loading = false;
};

} // namespace rapport::ui
