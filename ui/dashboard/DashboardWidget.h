// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "services/DashboardService.h"

#include <QWidget>
#include <functional>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport::ui {

class AppContext;

/// The practice at a glance: consent coverage per channel and scope (stacked bars: granted,
/// imported, withdrawn, none), contacts per channel over the last 12 weeks, and the work queue
/// of consents imported from other systems that a person should confirm; and today's
/// appointments (in the practice's time zone) with what is to be raised at each, ticked off when
/// raised (then logged as an in-person contact).
class DashboardWidget : public QWidget {
    Q_OBJECT
public:
    explicit DashboardWidget(AppContext& context, QWidget* parent = nullptr);

    /// Re-reads the figures (after imports, consent changes, or when shown). Built hidden, the
    /// widget reads nothing until it is first shown: at 100,000 clients the coverage and volume
    /// queries take over a second, which the app's start must not pay for a page not on screen.
    void refresh();

    /// The work queue as shown (for tests).
    QListWidget* queue() const { return m_queue; }
    /// "Confirm...": records consent for the client of the highlighted queue line.
    QPushButton* confirmButton() const { return m_confirm; }
    const QVector<domain::ConsentCoverage>& coverage() const { return m_coverage; }
    /// Today's appointments: one top-level row per client, their open items as checkable children.
    QTreeWidget* agenda() const { return m_agenda; }
    QString agendaTitle() const;

signals:
    /// "Confirm..." on a queue line: record consent for this line, prefilled.
    void confirmRequested(qint64 clientId, rapport::domain::Channel channel, rapport::domain::Scope scope);
    /// A queue line was activated: show the client.
    void clientActivated(qint64 clientId);
    /// A thing to raise was ticked off and logged for this client.
    void raised(qint64 clientId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildCoverageChart();
    void buildVolumeChart(const domain::ContactVolume& v);
    void confirmCurrent();
    void refreshAgenda(QStringList& errors);
    void tick(QTreeWidgetItem* item);

    AppContext& m_context;
    bool m_loaded = false;
    services::DashboardService m_query;
    std::function<QDateTime()> m_now;
    QVector<domain::ConsentCoverage> m_coverage;
    domain::ContactVolume m_volume;
    QChartView* m_coverageView;
    QChartView* m_volumeView;
    QListWidget* m_queue;
    QLabel* m_queueTitle;
    QPushButton* m_confirm;
    QTreeWidget* m_agenda;
    QLabel* m_agendaTitle;
    QLabel* m_error;
    bool m_loadingAgenda = false;
};

} // namespace rapport::ui
