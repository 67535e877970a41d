// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace rapport::ui {

/// One field of a form with its error under it: the field, a hidden red error label below it, and
/// the form label (with its Alt letter) whose buddy is the field. The field is re-parented into the
/// row; the focus chain keeps the order in which the fields were created.
class FieldRow : public QWidget {
    Q_OBJECT
public:
    /// `label` is the form label's text with its mnemonic ("Practice &name:"); the field gets the
    /// label's plain words ("Practice name") as accessible name unless it already has one.
    FieldRow(const QString& label, QWidget* field, QWidget* parent);

    /// Builds a row for `field` (parented like the field) and adds it to `form` as label and row.
    static FieldRow* addTo(QFormLayout* form, const QString& label, QWidget* field);

    QWidget* field() const { return m_field; }
    /// The form label; its buddy (the widget its Alt letter focuses) is the field unless setBuddy() says otherwise.
    QLabel* label() const { return m_label; }
    QLabel* errorLabel() const { return m_error; }
    void setBuddy(QWidget* buddy);

    /// Shows `text` under the field; an empty text hides the error.
    void setError(const QString& text);
    void clear();
    /// The error shown, empty when none.
    QString error() const;

    /// "Practice &name:" -> "Practice name".
    static QString plainText(QString label);

private:
    QPointer<QWidget> m_field;
    QLabel* m_label;
    QLabel* m_error;
};

} // namespace rapport::ui
