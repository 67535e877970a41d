// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ConsentEvent.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

class AppContext;

/// A client's contact log, newest first. Clinical details in the texts are masked ("•••") unless
/// "Show clinical details" is ticked. "Log contact..." records one and shows what it triggered
/// (an opt-out keyword recorded as a withdrawal, or a possible opt-out for a person to check).
class ClientContactLogTab : public QWidget {
    Q_OBJECT
public:
    ClientContactLogTab(AppContext& context, QWidget* parent = nullptr);

    void setClient(qint64 clientId);
    void reload();
    /// Shows the outcome of a log in the banner above the list (empty hides it).
    void showOutcome(const QString& message);

    QTreeWidget* list() const { return m_list; }
    QCheckBox* revealCheck() const { return m_reveal; }
    QPushButton* logButton() const { return m_log; }
    QString outcomeText() const;

signals:
    void logRequested();

private:
    AppContext& m_context;
    qint64 m_clientId = 0;
    QVector<domain::ContactLogEntry> m_entries;
    QPushButton* m_log;
    QCheckBox* m_reveal;
    QLabel* m_banner;
    QTreeWidget* m_list;
    QLabel* m_empty;
};

} // namespace rapport::ui
