// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ColumnMapping.h"

#include <QStringList>
#include <QTableWidget>

class QComboBox;

namespace rapport::ui {

/// The CSV column mapping as a table a person can correct: one row per column of the file with
/// its name, the value in the first data row, and a combo box of what the column holds (the io
/// roles: names, phone, phone labels, email, time zone, notes, opt-in per channel and scope).
/// The detected role of a column is always one of its choices, so pairing of label and value
/// columns ("Phone 1 - Label" / "Phone 1 - Value") survives until the person changes it.
class ImportMappingEditor : public QTableWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, ExampleColumn, FieldColumn, ColumnCount };

    explicit ImportMappingEditor(QWidget* parent = nullptr);

    /// Shows `mapping` (detected or corrected); `example` holds the first data row, may be short.
    void setMapping(const domain::ColumnMapping& mapping, const QStringList& example = {});
    /// The mapping as corrected in the table (format name and header unchanged).
    domain::ColumnMapping mapping() const { return m_mapping; }
    /// Sets one column's role as if chosen in its combo box (the role is added to the choices
    /// when missing). Returns false for a column out of range.
    bool setRole(int column, const domain::ColumnRole& role);
    /// The combo box of a column (tests).
    QComboBox* fieldCombo(int column) const;

    /// The roles offered for every column, in menu order.
    static QVector<domain::ColumnRole> standardRoles();

signals:
    /// A person (or setRole) changed a column's role.
    void mappingChanged();

private:
    void onComboChanged(int column);

    domain::ColumnMapping m_mapping;
    QVector<QVector<domain::ColumnRole>> m_choices; // per column, parallel to the combo items
};

} // namespace rapport::ui
