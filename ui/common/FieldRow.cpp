// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldRow.h"

#include "common/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

FieldRow::FieldRow(const QString& label, QWidget* field, QWidget* parent)
    : QWidget(parent), m_field(field), m_label(new QLabel(label, parent)), m_error(FieldErrors::makeLabel(this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    field->setParent(this);
    v->addWidget(field);
    v->addWidget(m_error);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(plainText(label));
    m_label->setBuddy(field);
}

FieldRow* FieldRow::addTo(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* row = new FieldRow(label, field, field->parentWidget());
    form->addRow(row->label(), row);
    return row;
}

void FieldRow::setBuddy(QWidget* buddy)
{
    m_label->setBuddy(buddy);
}

void FieldRow::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void FieldRow::clear()
{
    setError(QString());
}

QString FieldRow::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString FieldRow::plainText(QString label)
{
    return label.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
}

} // namespace rapport::ui
