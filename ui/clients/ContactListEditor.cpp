// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ContactListEditor.h"

#include "common/Icons.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

ContactListEditor::ContactListEditor(QString defaultLabel, QString placeholder, QString accessibleKind, QWidget* parent)
    : QWidget(parent), m_defaultLabel(std::move(defaultLabel)), m_placeholder(std::move(placeholder)),
      m_kind(std::move(accessibleKind)), m_rowsLayout(new QVBoxLayout), m_add(new QToolButton(this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    v->addLayout(m_rowsLayout);
    m_add->setIcon(Icons::icon(QStringLiteral("add")));
    m_add->setText(tr("Add"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAccessibleName(tr("Add %1").arg(m_kind));
    m_add->setAutoRaise(true);
    v->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow()->setFocus();
        emit changed();
    });
}

void ContactListEditor::setEntries(const QVector<Entry>& entries)
{
    for (auto& r : m_rows)
        delete r.widget;
    m_rows.clear();
    for (const auto& e : entries)
        addRow(e.first, e.second);
}

QVector<ContactListEditor::Entry> ContactListEditor::entries() const
{
    QVector<Entry> out;
    for (const auto& r : m_rows) {
        const QString v = r.value->text().trimmed();
        if (!v.isEmpty())
            out.push_back({v, r.label->text().trimmed()});
    }
    return out;
}

QLineEdit* ContactListEditor::addRow(const QString& value, const QString& label)
{
    Row r;
    r.widget = new QWidget(this);
    auto* h = new QHBoxLayout(r.widget);
    h->setContentsMargins(0, 0, 0, 0);
    r.value = new QLineEdit(value, r.widget);
    r.value->setPlaceholderText(m_placeholder);
    r.value->setAccessibleName(m_kind);
    r.label = new QLineEdit(label.isEmpty() ? m_defaultLabel : label, r.widget);
    r.label->setPlaceholderText(tr("Label"));
    r.label->setAccessibleName(tr("%1 label").arg(m_kind));
    r.label->setMaximumWidth(120);
    auto* remove = new QToolButton(r.widget);
    r.remove = remove;
    remove->setIcon(Icons::icon(QStringLiteral("remove")));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove"));
    remove->setAccessibleName(tr("Remove %1").arg(m_kind));
    h->addWidget(r.value, 1);
    h->addWidget(r.label);
    h->addWidget(remove);
    m_rowsLayout->addWidget(r.widget);
    connect(r.value, &QLineEdit::textChanged, this, &ContactListEditor::changed);
    connect(r.label, &QLineEdit::textChanged, this, &ContactListEditor::changed);
    QWidget* key = r.widget;
    connect(remove, &QToolButton::clicked, this, [this, key] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].widget == key) {
                m_rows[i].widget->deleteLater();
                m_rows.removeAt(i);
                updateTabOrder();
                emit changed();
                return;
            }
    });
    m_rows.push_back(r);
    updateTabOrder();
    return r.value;
}

void ContactListEditor::updateTabOrder()
{
    // The widget before this editor in the focus chain: the anchor the rows follow.
    QWidget* before = m_add->previousInFocusChain();
    while (before && before != m_add && isAncestorOf(before))
        before = before->previousInFocusChain();
    if (!before || before == m_add)
        return;
    QWidget* prev = before;
    for (const Row& r : qAsConst(m_rows))
        for (QWidget* w :
             {static_cast<QWidget*>(r.value), static_cast<QWidget*>(r.label), static_cast<QWidget*>(r.remove)}) {
            setTabOrder(prev, w);
            prev = w;
        }
    setTabOrder(prev, m_add);
}

QLineEdit* ContactListEditor::valueEdit(int entryIndex) const
{
    int n = 0;
    for (const auto& r : m_rows) {
        if (r.value->text().trimmed().isEmpty())
            continue;
        if (n++ == entryIndex)
            return r.value;
    }
    return m_rows.isEmpty() ? nullptr : m_rows.first().value;
}

} // namespace rapport::ui
