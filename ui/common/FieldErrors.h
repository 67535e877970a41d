// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

class QFormLayout;
class QLabel;
class QTabWidget;
class QWidget;

namespace rapport::ui {

class FieldRow;

/// Shows a validation error beside the field it is about: a red label under the field, focus on
/// the field (switching to its tab when it lives in a QTabWidget page). Errors with an unknown
/// field go to a general label.
class FieldErrors {
public:
    /// A field of a form: the widget, the names core errors call it by, and the form label with its
    /// Alt letter. `buddy` is what the Alt letter focuses, when not the widget itself.
    struct Field {
        QWidget* widget;
        QStringList names;
        QString label;
        QWidget* buddy = nullptr;
    };

    /// `general` shows errors without a known field; `tabs` (optional) is switched to the field's page.
    FieldErrors(QLabel* general, QTabWidget* tabs = nullptr);

    /// Registers a field under one or more names (e.g. "practice-name" and "practiceName").
    /// Returns the error label to place beside the field in the layout.
    QLabel* add(const QStringList& names, QWidget* field);
    /// Registers a form row under one or more names: its error label shows the message and `focus`
    /// (the row's field when null) gets the focus.
    void add(const QStringList& names, FieldRow* row, QWidget* focus = nullptr);
    /// Adds a FieldRow per field to `form`, in order, each registered under its names.
    QVector<FieldRow*> addRows(QFormLayout* form, const QVector<Field>& fields);

    /// Shows `message` beside `field` (or in the general label) and focuses it.
    void show(const QString& field, const QString& message);
    void clear();
    /// The label text currently shown for a field name, empty when none (for tests).
    QString message(const QString& field) const;
    /// Creates a hidden red, word-wrapped label styled for errors.
    static QLabel* makeLabel(QWidget* parent);

private:
    struct Entry {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QPointer<QLabel> m_general;
    QPointer<QTabWidget> m_tabs;
    QHash<QString, Entry> m_entries;
};

} // namespace rapport::ui
