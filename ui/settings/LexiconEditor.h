// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QTabWidget;

namespace rapport::ui {

/// The practitioner's own lexicon additions: a list of terms per analyser category (clinical,
/// delicate, promotional, ...). Terms are edited in place; empty ones are dropped.
class LexiconEditor : public QWidget {
    Q_OBJECT
public:
    explicit LexiconEditor(QWidget* parent = nullptr);

    /// Category machine name (domain::toString(Category)) -> terms.
    void setAdditions(const QMap<QString, QStringList>& additions);
    QMap<QString, QStringList> additions() const;

    /// The list for one category, or null.
    QListWidget* list(const QString& category) const { return m_lists.value(category); }
    /// Adds a term to a category's list (as the Add button does, without starting an edit).
    void addTerm(const QString& category, const QString& term);

signals:
    void changed();

private:
    QTabWidget* m_tabs;
    QMap<QString, QListWidget*> m_lists;
};

} // namespace rapport::ui
