// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardWidget.h"

#include "app/AppContext.h"
#include "app/Theme.h"
#include "clients/ConsentBadge.h"
#include "common/Icons.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace rapport::ui {

using domain::Channel;
using domain::Scope;

namespace {
constexpr int kClientRole = Qt::UserRole + 1;
constexpr int kChannelRole = Qt::UserRole + 2;
constexpr int kScopeRole = Qt::UserRole + 3;
constexpr int kItemRole = Qt::UserRole + 4;

QString scopeName(Scope s)
{
    return s == Scope::Service ? DashboardWidget::tr("service") : DashboardWidget::tr("marketing");
}

/// Call before adding series: a theme resets series colours.
void themeChart(QChart* chart, const QPalette& pal)
{
    chart->setTheme(Theme::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

void styleChart(QChart* chart, const QPalette& pal)
{
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setTitleBrush(pal.brush(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
}

/// Integer ticks: one per unit up to 10, else a nice range.
void setCountRange(QValueAxis* axis, int max)
{
    axis->setLabelFormat(QStringLiteral("%d"));
    if (max <= 10) {
        axis->setRange(0, max);
        axis->setTickCount(max + 1);
    } else {
        axis->setRange(0, max);
        axis->applyNiceNumbers();
    }
}

QColor channelColour(Channel c)
{
    switch (c) {
    case Channel::Sms:
        return QColor(0x2f, 0x7f, 0xc1);
    case Channel::Email:
        return QColor(0x8e, 0x5c, 0xc7);
    case Channel::Phone:
        return QColor(0x2e, 0x9d, 0x57);
    case Channel::InPerson:
        break;
    }
    return QColor(0xd0, 0x8a, 0x12);
}
} // namespace

DashboardWidget::DashboardWidget(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_query(context.database()), m_now([&context] { return context.now(); }),
      m_coverageView(new QChartView(this)), m_volumeView(new QChartView(this)), m_queue(new QListWidget(this)),
      m_queueTitle(new QLabel(this)),
      m_confirm(new QPushButton(Icons::icon(QStringLiteral("consent")), tr("Conf&irm..."), this)),
      m_agenda(new QTreeWidget(this)), m_agendaTitle(new QLabel(this)), m_error(new QLabel(this))
{
    m_coverageView->setRenderHint(QPainter::Antialiasing);
    m_volumeView->setRenderHint(QPainter::Antialiasing);
    m_coverageView->setAccessibleName(tr("Consent coverage chart"));
    m_volumeView->setAccessibleName(tr("Contacts per week chart"));
    m_coverageView->setMinimumHeight(220);
    m_volumeView->setMinimumHeight(220);
    m_queue->setAccessibleName(tr("Imported consents to confirm"));
    m_confirm->setToolTip(tr("Record the client's confirmed consent for the selected line"));
    m_confirm->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette ep = m_error->palette();
    ep.setColor(QPalette::WindowText, Theme::errorColour(ep));
    m_error->setPalette(ep);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_coverageView);
    charts->addWidget(m_volumeView);
    charts->setChildrenCollapsible(false);

    auto* queueBox = new QWidget(this);
    auto* qv = new QVBoxLayout(queueBox);
    qv->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_queueTitle->font();
    bold.setBold(true);
    m_queueTitle->setFont(bold);
    auto* qh = new QHBoxLayout;
    qh->addWidget(m_queueTitle, 1);
    qh->addWidget(m_confirm);
    qv->addLayout(qh);
    qv->addWidget(m_queue, 1);

    auto* agendaBox = new QWidget(this);
    auto* av = new QVBoxLayout(agendaBox);
    av->setContentsMargins(0, 0, 0, 0);
    m_agendaTitle->setFont(bold);
    m_agendaTitle->setWordWrap(true);
    m_agenda->setObjectName(QStringLiteral("todaysAppointments"));
    m_agenda->setAccessibleName(tr("Today's appointments and what to raise at each; tick when raised"));
    m_agenda->setHeaderHidden(true);
    m_agenda->setColumnCount(1);
    m_agenda->setWordWrap(true);
    av->addWidget(m_agendaTitle);
    av->addWidget(m_agenda, 1);

    auto* lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(queueBox);
    lists->addWidget(agendaBox);
    lists->setChildrenCollapsible(false);

    auto* v = new QVBoxLayout(this);
    v->addWidget(m_error);
    v->addWidget(charts, 3);
    v->addWidget(lists, 2);

    connect(m_agenda, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* it, int) {
        if (!m_loadingAgenda && it->parent() && it->checkState(0) == Qt::Checked)
            tick(it);
    });
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* it, int) {
        if (!it->parent())
            emit clientActivated(it->data(0, kClientRole).toLongLong());
    });

    // Confirm acts on the highlighted line, never on a current-but-unselected one.
    connect(m_queue, &QListWidget::itemSelectionChanged, this,
            [this] { m_confirm->setEnabled(!m_queue->selectedItems().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, &DashboardWidget::confirmCurrent);
    connect(m_queue, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* it) { emit clientActivated(it->data(kClientRole).toLongLong()); });
}

void DashboardWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void DashboardWidget::refresh()
{
    m_loaded = true;
    const QDateTime now = m_now();
    QStringList errors;
    if (auto cov = m_query.coverage(now))
        m_coverage = cov.value();
    else
        errors << cov.error().message;
    if (auto vol = m_query.contactVolume(now))
        m_volume = vol.value();
    else
        errors << vol.error().message;
    buildCoverageChart();
    buildVolumeChart(m_volume);

    m_queue->clear();
    int total = 0;
    auto pending = m_query.pendingConfirmations(now, 500, &total);
    if (!pending)
        errors << pending.error().message;
    const QLocale locale;
    if (pending) {
        for (const auto& p : pending.value()) {
            const QString text = tr("%1: %2 %3, imported %4")
                                     .arg(p.clientName, ConsentBadge::channelName(p.channel), scopeName(p.scope),
                                          locale.toString(p.effectiveAt.toLocalTime().date(), QLocale::ShortFormat));
            auto* it = new QListWidgetItem(Icons::icon(QStringLiteral("warning")), text, m_queue);
            it->setData(kClientRole, p.clientId);
            it->setData(kChannelRole, int(p.channel));
            it->setData(kScopeRole, int(p.scope));
            it->setToolTip(tr("Imported from another system without evidence. Ask the client, then record what "
                              "they say."));
        }
    }
    m_queueTitle->setText(
        total == 0 ? tr("Nothing to confirm: no imported consents are waiting.")
        : total > m_queue->count()
            ? tr("Imported consents to confirm: %1 (showing the oldest %2)").arg(total).arg(m_queue->count())
            : tr("Imported consents to confirm: %1").arg(total));
    m_confirm->setEnabled(!m_queue->selectedItems().isEmpty());
    refreshAgenda(errors);
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
}

void DashboardWidget::refreshAgenda(QStringList& errors)
{
    m_loadingAgenda = true;
    m_agenda->clear();
    const QTimeZone zone = m_context.practiceZone();
    const QDate today = m_now().toTimeZone(zone).date();
    const auto day = m_context.raises().agendaFor(today, zone);
    if (!day)
        errors << day.error().message;
    int toRaise = 0;
    if (day) {
        for (const auto& a : *day) {
            const QString time = a.appointment.toTimeZone(zone).time().toString(QStringLiteral("HH:mm"));
            auto* top = new QTreeWidgetItem(m_agenda);
            top->setData(0, kClientRole, a.clientId);
            top->setText(0, a.items.isEmpty()
                                ? tr("%1 %2: nothing to raise").arg(time, a.name)
                                : tr("%1 %2: %n to raise", nullptr, int(a.items.size())).arg(time, a.name));
            top->setToolTip(0, tr("Double-click to show the client"));
            for (const auto& r : a.items) {
                auto* child = new QTreeWidgetItem(top);
                child->setText(0, r.text);
                child->setData(0, kClientRole, a.clientId);
                child->setData(0, kItemRole, r.id);
                child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                child->setCheckState(0, Qt::Unchecked);
                child->setToolTip(0, tr("Tick when raised: it is then logged as an in-person contact."));
                ++toRaise;
            }
            top->setExpanded(true);
        }
    }
    const int appointments = day ? int(day->size()) : 0;
    m_agendaTitle->setText(appointments == 0
                               ? tr("No appointments today.")
                               : tr("Today's appointments: %1, with %2 to raise").arg(appointments).arg(toRaise));
    m_loadingAgenda = false;
}

void DashboardWidget::tick(QTreeWidgetItem* item)
{
    const qint64 clientId = item->data(0, kClientRole).toLongLong();
    const auto logged = m_context.raises().tickOff(item->data(0, kItemRole).toLongLong());
    if (!logged) {
        m_loadingAgenda = true;
        item->setCheckState(0, Qt::Unchecked);
        m_loadingAgenda = false;
        m_error->setText(logged.error().message);
        m_error->setVisible(true);
        return;
    }
    // Not from inside the model's itemChanged: the tree is rebuilt on the next pass of the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, clientId] {
            refresh();
            m_context.notifyClientChanged(clientId); // the client's detail, contact log and list row
            emit raised(clientId);
        },
        Qt::QueuedConnection);
}

QString DashboardWidget::agendaTitle() const
{
    return m_agendaTitle->text();
}

void DashboardWidget::buildCoverageChart()
{
    auto* chart = new QChart;
    themeChart(chart, palette());
    chart->setTitle(tr("Consent coverage"));
    auto* series = new QHorizontalStackedBarSeries(chart);
    using Coverage = domain::ConsentCoverage;
    struct Part {
        QString name;
        BadgeState state;
        int Coverage::*field;
    };
    const Part parts[] = {{tr("Granted"), BadgeState::Granted, &Coverage::granted},
                          {tr("Imported"), BadgeState::Imported, &Coverage::imported},
                          {tr("Withdrawn"), BadgeState::Withdrawn, &Coverage::withdrawn},
                          {tr("None"), BadgeState::None, &Coverage::none}};
    QStringList categories;
    for (const auto& c : m_coverage)
        categories << tr("%1 %2").arg(ConsentBadge::channelName(c.channel), scopeName(c.scope));
    int maxTotal = 1;
    for (const auto& c : m_coverage)
        maxTotal = qMax(maxTotal, c.granted + c.imported + c.withdrawn + c.none);
    for (const auto& p : parts) {
        auto* set = new QBarSet(p.name);
        QColor col = ConsentBadge::hue(p.state);
        if (p.state == BadgeState::None)
            col = palette().color(QPalette::Mid);
        set->setColor(col);
        set->setBorderColor(col);
        for (const auto& c : m_coverage)
            *set << (c.*(p.field));
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto* y = new QValueAxis(chart);
    setCountRange(y, maxTotal);
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart, palette());
    QChart* old = m_coverageView->chart();
    m_coverageView->setChart(chart);
    delete old;
}

void DashboardWidget::buildVolumeChart(const domain::ContactVolume& v)
{
    auto* chart = new QChart;
    themeChart(chart, palette());
    chart->setTitle(tr("Contacts per week, last %1 weeks").arg(v.weekStarts.size()));
    auto* series = new QStackedBarSeries(chart);
    int maxTotal = 1;
    for (int w = 0; w < v.weekStarts.size(); ++w) {
        int sum = 0;
        for (const auto& counts : v.counts)
            sum += counts.value(w);
        maxTotal = qMax(maxTotal, sum);
    }
    for (Channel c : domain::allChannels()) {
        auto* set = new QBarSet(ConsentBadge::channelName(c));
        set->setColor(channelColour(c));
        set->setBorderColor(channelColour(c));
        for (int n : v.counts.value(c))
            *set << n;
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    const QLocale locale;
    for (const QDate& d : v.weekStarts)
        labels << locale.toString(d, tr("d/M", "week start on the dashboard's chart: day and month, short"));
    auto* x = new QBarCategoryAxis(chart);
    x->append(labels);
    QFont tiny = x->labelsFont();
    tiny.setPointSizeF(tiny.pointSizeF() * 0.75);
    x->setLabelsFont(tiny);
    // Upright: twelve weeks beside each other leave too little room for "28/12" lying down.
    x->setLabelsAngle(-90);
    x->setTitleText(tr("Week starting (day/month)"));
    x->setTitleFont(tiny);
    auto* y = new QValueAxis(chart);
    setCountRange(y, maxTotal);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart, palette());
    QChart* old = m_volumeView->chart();
    m_volumeView->setChart(chart);
    delete old;
}

void DashboardWidget::confirmCurrent()
{
    const QList<QListWidgetItem*> selected = m_queue->selectedItems();
    if (selected.isEmpty())
        return;
    const QListWidgetItem* it = selected.first();
    emit confirmRequested(it->data(kClientRole).toLongLong(), static_cast<Channel>(it->data(kChannelRole).toInt()),
                          static_cast<Scope>(it->data(kScopeRole).toInt()));
}

void DashboardWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        buildCoverageChart();
        buildVolumeChart(m_volume);
    }
    QWidget::changeEvent(event);
}

} // namespace rapport::ui
