// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QVector>
#include <QWidget>

class QLineEdit;
class QVBoxLayout;
class QToolButton;

namespace rapport::ui {

/// An editable list of contact points of one kind (mobiles, other phones or emails): a row per
/// entry with the value, its label and a remove button, and an add button. Empty rows are ignored.
class ContactListEditor : public QWidget {
    Q_OBJECT
public:
    /// (value, label)
    using Entry = QPair<QString, QString>;

    /// `defaultLabel` prefills new rows' label ("Mobile"); `placeholder` hints at the value.
    ContactListEditor(QString defaultLabel, QString placeholder, QString accessibleKind, QWidget* parent = nullptr);

    void setEntries(const QVector<Entry>& entries);
    /// Non-empty rows, in order, values and labels trimmed.
    QVector<Entry> entries() const;
    /// Adds a row and returns its value editor.
    QLineEdit* addRow(const QString& value = {}, const QString& label = {});
    /// The value editor of the n-th non-empty entry (as entries() numbers them), or the first row.
    QLineEdit* valueEdit(int entryIndex) const;
    int rowCount() const { return int(m_rows.size()); }
    QToolButton* addButton() const { return m_add; }
    /// The row's value editor, label editor and remove button (row in display order).
    QLineEdit* rowValueEdit(int row) const { return m_rows.at(row).value; }
    QLineEdit* rowLabelEdit(int row) const { return m_rows.at(row).label; }
    QToolButton* rowRemoveButton(int row) const { return m_rows.at(row).remove; }

signals:
    void changed();

private:
    struct Row {
        QWidget* widget = nullptr;
        QLineEdit* value = nullptr;
        QLineEdit* label = nullptr;
        QToolButton* remove = nullptr;
    };
    /// Rows are created after the add button (and after whatever follows this editor in its
    /// window): put them back where they are shown, each row's value, label, remove, then "Add".
    void updateTabOrder();
    QString m_defaultLabel;
    QString m_placeholder;
    QString m_kind;
    QVBoxLayout* m_rowsLayout;
    QToolButton* m_add;
    QVector<Row> m_rows;
};

} // namespace rapport::ui
