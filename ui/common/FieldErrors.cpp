// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldErrors.h"

#include "app/Theme.h"
#include "common/FieldRow.h"

#include <QLabel>
#include <QTabWidget>

namespace rapport::ui {

FieldErrors::FieldErrors(QLabel* general, QTabWidget* tabs) : m_general(general), m_tabs(tabs) {}

QLabel* FieldErrors::makeLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setVisible(false);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, Theme::errorColour(p));
    l->setPalette(p);
    return l;
}

QLabel* FieldErrors::add(const QStringList& names, QWidget* field)
{
    QLabel* label = makeLabel(field->parentWidget());
    for (const QString& n : names)
        m_entries.insert(n.toLower(), {field, label});
    return label;
}

void FieldErrors::add(const QStringList& names, FieldRow* row, QWidget* focus)
{
    for (const QString& n : names)
        m_entries.insert(n.toLower(), {focus ? focus : row->field(), row->errorLabel()});
}

QVector<FieldRow*> FieldErrors::addRows(QFormLayout* form, const QVector<Field>& fields)
{
    QVector<FieldRow*> rows;
    for (const Field& f : fields) {
        FieldRow* row = FieldRow::addTo(form, f.label, f.widget);
        if (f.buddy)
            row->setBuddy(f.buddy);
        add(f.names, row);
        rows.push_back(row);
    }
    return rows;
}

void FieldErrors::show(const QString& field, const QString& message)
{
    clear();
    const auto it = m_entries.constFind(field.toLower());
    if (it == m_entries.cend() || !it->label) {
        if (m_general) {
            m_general->setText(message);
            m_general->setVisible(true);
        }
        return;
    }
    it->label->setText(message);
    it->label->setVisible(true);
    if (m_tabs && it->field) {
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(it->field)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
    }
    if (it->field)
        it->field->setFocus(Qt::OtherFocusReason);
}

void FieldErrors::clear()
{
    for (auto& e : m_entries)
        if (e.label) {
            e.label->clear();
            e.label->setVisible(false);
        }
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
}

QString FieldErrors::message(const QString& field) const
{
    const auto it = m_entries.constFind(field.toLower());
    if (it == m_entries.cend() || !it->label || it->label->isHidden())
        return m_general && field.isEmpty() ? m_general->text() : QString();
    return it->label->text();
}

} // namespace rapport::ui
