#include "DashboardWidget.h"

#include "ConsentBadge.h"
#include "Icons.h"
#include "Theme.h"

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
#include <QVBoxLayout>
#include <QValueAxis>

namespace rapport::ui {

using domain::Channel;
using domain::Scope;

namespace {
constexpr int kClientRole = Qt::UserRole + 1;
constexpr int kChannelRole = Qt::UserRole + 2;
constexpr int kScopeRole = Qt::UserRole + 3;

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

DashboardWidget::DashboardWidget(const storage::Database& db, std::function<QDateTime()> now, QWidget* parent)
    : QWidget(parent), m_query(db), m_now(std::move(now)), m_coverageView(new QChartView(this)),
      m_volumeView(new QChartView(this)), m_queue(new QListWidget(this)), m_queueTitle(new QLabel(this)),
      m_confirm(new QPushButton(Icons::icon(QStringLiteral("consent")), tr("Conf&irm..."), this)),
      m_error(new QLabel(this))
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

    auto* v = new QVBoxLayout(this);
    v->addWidget(m_error);
    v->addWidget(charts, 3);
    v->addWidget(queueBox, 2);

    // Confirm acts on the highlighted line, never on a current-but-unselected one.
    connect(m_queue, &QListWidget::itemSelectionChanged, this,
            [this] { m_confirm->setEnabled(!m_queue->selectedItems().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, &DashboardWidget::confirmCurrent);
    connect(m_queue, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* it) { emit clientActivated(it->data(kClientRole).toLongLong()); });
    refresh();
}

void DashboardWidget::refresh()
{
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
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
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
        labels << locale.toString(d, QStringLiteral("d/M"));
    auto* x = new QBarCategoryAxis(chart);
    x->append(labels);
    QFont tiny = x->labelsFont();
    tiny.setPointSizeF(tiny.pointSizeF() * 0.75);
    x->setLabelsFont(tiny);
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
