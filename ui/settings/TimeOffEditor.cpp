// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/TimeOffEditor.h"

#include "common/Icons.h"
#include "common/Pickers.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {
constexpr int kFromRole = Qt::UserRole + 1;
constexpr int kToRole = Qt::UserRole + 2;
} // namespace

TimeOffEditor::TimeOffEditor(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_add(new QPushButton(Icons::icon(QStringLiteral("add")), tr("&Add"), this)),
      m_remove(new QPushButton(Icons::icon(QStringLiteral("remove")), tr("&Remove"), this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Time off"));
    v->addWidget(m_list, 1);
    auto* h = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDate(today);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                ? QLocale().dateFormat(QLocale::ShortFormat)
                                : QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("First day off"));
    Pickers::typeOverSections(m_from);
    Pickers::typeOverSections(m_to);
    m_to->setAccessibleName(tr("Last day off"));
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    h->addWidget(fromLabel);
    h->addWidget(m_from);
    h->addWidget(toLabel);
    h->addWidget(m_to);
    h->addWidget(m_add);
    h->addStretch(1);
    h->addWidget(m_remove);
    v->addLayout(h);
    m_remove->setEnabled(false);

    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        domain::DateRange r{m_from->date(), m_to->date()};
        if (r.to < r.from)
            std::swap(r.from, r.to);
        addRange(r);
        resort();
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_list->selectedItems());
        emit changed();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void TimeOffEditor::setRanges(const QVector<domain::DateRange>& ranges)
{
    m_list->clear();
    for (const auto& r : ranges)
        addRange(r);
    resort();
}

QVector<domain::DateRange> TimeOffEditor::ranges() const
{
    QVector<domain::DateRange> out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* it = m_list->item(i);
        out.push_back({it->data(kFromRole).toDate(), it->data(kToRole).toDate()});
    }
    return out;
}

void TimeOffEditor::addRange(const domain::DateRange& r)
{
    const QLocale locale;
    const QString text =
        r.from == r.to ? locale.toString(r.from, QLocale::LongFormat)
                       : tr("%1 to %2 (%3 days)")
                             .arg(locale.toString(r.from, QLocale::LongFormat),
                                  locale.toString(r.to, QLocale::LongFormat), QString::number(r.from.daysTo(r.to) + 1));
    auto* it = new QListWidgetItem(text, m_list);
    it->setData(kFromRole, r.from);
    it->setData(kToRole, r.to);
}

void TimeOffEditor::resort()
{
    QVector<domain::DateRange> rs = ranges();
    std::sort(rs.begin(), rs.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& r : rs)
        addRange(r);
    m_remove->setEnabled(false);
}

} // namespace rapport::ui
