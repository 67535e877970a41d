#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QTabWidget;
class QWidget;

namespace rapport::ui {

/// Shows a validation error beside the field it is about: a red label under the field, focus on
/// the field (switching to its tab when it lives in a QTabWidget page). Errors with an unknown
/// field go to a general label.
class FieldErrors {
public:
    /// `general` shows errors without a known field; `tabs` (optional) is switched to the field's page.
    FieldErrors(QLabel* general, QTabWidget* tabs = nullptr);

    /// Registers a field under one or more names (e.g. "practice-name" and "practiceName").
    /// Returns the error label to place beside the field in the layout.
    QLabel* add(const QStringList& names, QWidget* field);

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
