// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/LexiconEditor.h"

#include "common/Icons.h"
#include "domain/Analysis.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Category;

namespace {
QString categoryTitle(Category c)
{
    switch (c) {
    case Category::Clinical:
        return LexiconEditor::tr("Clinical");
    case Category::Identifier:
        return LexiconEditor::tr("Identifiers");
    case Category::Delicate:
        return LexiconEditor::tr("Delicate");
    case Category::Promotional:
        return LexiconEditor::tr("Promotional");
    case Category::Scheduling:
        return LexiconEditor::tr("Scheduling");
    case Category::Admin:
        break;
    }
    return LexiconEditor::tr("Admin");
}

QString categoryHelp(Category c)
{
    switch (c) {
    case Category::Clinical:
        return LexiconEditor::tr("Words about treatment or health that should not go by text or email.");
    case Category::Identifier:
        return LexiconEditor::tr("Words that identify the kind of practice (a text seen on a lock screen).");
    case Category::Delicate:
        return LexiconEditor::tr("Topics better raised in person or by phone.");
    case Category::Promotional:
        return LexiconEditor::tr("Words that make a message marketing.");
    case Category::Scheduling:
        return LexiconEditor::tr("Words that mark a message about appointments.");
    case Category::Admin:
        break;
    }
    return LexiconEditor::tr("Words that mark an administrative message (forms, invoices).");
}
} // namespace

LexiconEditor::LexiconEditor(QWidget* parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_tabs);
    struct List {
        QString key;
        QString title;
        QString help;
    };
    QVector<List> lists;
    for (Category c : {Category::Clinical, Category::Delicate, Category::Promotional, Category::Identifier,
                       Category::Scheduling, Category::Admin})
        lists.append({domain::toString(c), categoryTitle(c), categoryHelp(c)});
    lists.append({QStringLiteral("ignore"), tr("Ignored"),
                  tr("Words and phrases never to mark, whatever the built-in lists and the medical vocabulary say. "
                     "Right-click a highlight in the composer to add one.")});
    for (const List& l : lists) {
        const QString key = l.key;
        auto* page = new QWidget(m_tabs);
        auto* pv = new QVBoxLayout(page);
        auto* help = new QLabel(l.help, page);
        help->setWordWrap(true);
        pv->addWidget(help);
        auto* list = new QListWidget(page);
        list->setAccessibleName(tr("%1 terms").arg(l.title));
        list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::SelectedClicked);
        pv->addWidget(list, 1);
        auto* buttons = new QHBoxLayout;
        auto* add = new QPushButton(Icons::icon(QStringLiteral("add")), tr("Add term"), page);
        auto* remove = new QPushButton(Icons::icon(QStringLiteral("remove")), tr("Remove"), page);
        add->setAccessibleName(tr("Add a %1 term").arg(l.title));
        remove->setAccessibleName(tr("Remove the selected %1 term").arg(l.title));
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        pv->addLayout(buttons);
        m_tabs->addTab(page, l.title);
        m_lists.insert(key, list);
        connect(add, &QPushButton::clicked, this, [this, key, list] {
            addTerm(key, tr("new term"));
            list->setCurrentRow(list->count() - 1);
            list->editItem(list->currentItem());
        });
        connect(remove, &QPushButton::clicked, this, [this, list] {
            delete list->currentItem();
            emit changed();
        });
        connect(list, &QListWidget::itemChanged, this, &LexiconEditor::changed);
    }
}

void LexiconEditor::setAdditions(const QMap<QString, QStringList>& additions)
{
    for (auto it = m_lists.begin(); it != m_lists.end(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->clear();
        for (const QString& term : additions.value(it.key()))
            addTerm(it.key(), term);
    }
}

QMap<QString, QStringList> LexiconEditor::additions() const
{
    QMap<QString, QStringList> out;
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        QStringList terms;
        for (int i = 0; i < it.value()->count(); ++i) {
            const QString t = it.value()->item(i)->text().simplified();
            if (!t.isEmpty() && !terms.contains(t, Qt::CaseInsensitive))
                terms.push_back(t);
        }
        if (!terms.isEmpty())
            out.insert(it.key(), terms);
    }
    return out;
}

void LexiconEditor::addTerm(const QString& category, const QString& term)
{
    QListWidget* list = m_lists.value(category);
    if (!list)
        return;
    auto* item = new QListWidgetItem(term, list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    emit changed();
}

} // namespace rapport::ui
