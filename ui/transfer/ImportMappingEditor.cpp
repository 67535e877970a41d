// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/ImportMappingEditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace rapport::ui {

namespace {

domain::ColumnRole role(domain::ColumnField field, const QString& label = {})
{
    domain::ColumnRole r;
    r.field = field;
    r.label = label;
    return r;
}

QString describeRole(const domain::ColumnRole& r)
{
    domain::ColumnMapping one;
    one.header = QStringList{QString()};
    one.roles = {r};
    const QString text = one.describe(0);
    if (r.field == domain::ColumnField::Ignore)
        return ImportMappingEditor::tr("(ignore this column)");
    if (r.group != 0 && (r.field == domain::ColumnField::Phone || r.field == domain::ColumnField::PhoneLabel ||
                         r.field == domain::ColumnField::Email || r.field == domain::ColumnField::EmailLabel))
        return ImportMappingEditor::tr("%1, group %2").arg(text).arg(r.group);
    return text;
}

} // namespace

ImportMappingEditor::ImportMappingEditor(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Imported as")});
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);
    setAccessibleName(tr("Column mapping"));
}

QVector<domain::ColumnRole> ImportMappingEditor::standardRoles()
{
    using F = domain::ColumnField;
    QVector<domain::ColumnRole> roles = {
        role(F::Ignore),
        role(F::FullName),
        role(F::FirstName),
        role(F::MiddleName),
        role(F::LastName),
        role(F::PreferredName),
        role(F::Phone),
        role(F::Phone, QStringLiteral("Mobile")),
        role(F::Phone, QStringLiteral("Home")),
        role(F::Phone, QStringLiteral("Work")),
        role(F::PhoneList),
        role(F::Email),
        role(F::TimeZone),
        role(F::Notes),
    };
    for (const auto channel : {domain::Channel::Sms, domain::Channel::Email, domain::Channel::Phone})
        for (const auto scope : {domain::Scope::Service, domain::Scope::Marketing}) {
            domain::ColumnRole r = role(F::OptIn);
            r.channel = channel;
            r.scope = scope;
            roles << r;
        }
    return roles;
}

void ImportMappingEditor::setMapping(const domain::ColumnMapping& mapping, const QStringList& example)
{
    m_mapping = mapping;
    m_mapping.roles.resize(m_mapping.header.size());
    m_choices.clear();
    clearContents();
    setRowCount(m_mapping.header.size());
    const QVector<domain::ColumnRole> standard = standardRoles();
    for (int c = 0; c < m_mapping.header.size(); ++c) {
        auto* name = new QTableWidgetItem(m_mapping.header.at(c));
        name->setToolTip(m_mapping.header.at(c));
        QFont font = name->font();
        font.setItalic(m_mapping.roles.at(c).field == domain::ColumnField::Ignore);
        name->setFont(font);
        setItem(c, NameColumn, name);
        const QString sample = example.value(c).simplified();
        auto* ex = new QTableWidgetItem(sample.left(60));
        ex->setToolTip(example.value(c));
        setItem(c, ExampleColumn, ex);

        QVector<domain::ColumnRole> choices = standard;
        const domain::ColumnRole& current = m_mapping.roles.at(c);
        if (!choices.contains(current))
            choices.insert(1, current);
        auto* combo = new QComboBox(this);
        combo->setAccessibleName(tr("Imported as, for column %1").arg(m_mapping.header.at(c)));
        for (const auto& r : std::as_const(choices))
            combo->addItem(describeRole(r));
        combo->setCurrentIndex(static_cast<int>(choices.indexOf(current)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_choices.push_back(choices);
        setCellWidget(c, FieldColumn, combo);
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, c] { onComboChanged(c); });
    }
    resizeRowsToContents();
}

QComboBox* ImportMappingEditor::fieldCombo(int column) const
{
    return qobject_cast<QComboBox*>(cellWidget(column, FieldColumn));
}

bool ImportMappingEditor::setRole(int column, const domain::ColumnRole& r)
{
    QComboBox* combo = fieldCombo(column);
    if (!combo || column >= m_choices.size())
        return false;
    int index = static_cast<int>(m_choices[column].indexOf(r));
    if (index < 0) {
        m_choices[column].push_back(r);
        {
            const QSignalBlocker block(combo);
            combo->addItem(describeRole(r));
        }
        index = combo->count() - 1;
    }
    if (combo->currentIndex() == index)
        return true;
    combo->setCurrentIndex(index); // onComboChanged updates the mapping
    return true;
}

void ImportMappingEditor::onComboChanged(int column)
{
    QComboBox* combo = fieldCombo(column);
    if (!combo || column >= m_choices.size() || combo->currentIndex() < 0)
        return;
    const domain::ColumnRole chosen = m_choices.at(column).value(combo->currentIndex());
    if (m_mapping.roles.value(column) == chosen)
        return;
    m_mapping.roles[column] = chosen;
    QFont f = item(column, NameColumn)->font();
    f.setItalic(chosen.field == domain::ColumnField::Ignore);
    item(column, NameColumn)->setFont(f);
    emit mappingChanged();
}

} // namespace rapport::ui
