// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PracticeSettings.h"

#include <QWidget>

class QDateEdit;
class QListWidget;
class QPushButton;

namespace rapport::ui {

/// Time off as a list of inclusive date ranges, with two date pickers to add one and a button to
/// remove the selected ranges.
class TimeOffEditor : public QWidget {
    Q_OBJECT
public:
    explicit TimeOffEditor(QWidget* parent = nullptr);

    void setRanges(const QVector<domain::DateRange>& ranges);
    /// The ranges, sorted by start.
    QVector<domain::DateRange> ranges() const;

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* addButton() const { return m_add; }
    QListWidget* list() const { return m_list; }

signals:
    void changed();

private:
    void addRange(const domain::DateRange& r);
    void resort();

    QListWidget* m_list;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace rapport::ui
