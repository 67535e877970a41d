// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace rapport::ui {

class AppContext;
class ClientAppointmentsTab;
class ClientConsentTab;
class ClientContactLogTab;
class ClientOverviewTab;

/// The selected client: a header (name, buttons for edit, new message, log contact) over four
/// tabs: overview, appointments, consent, contact log. Dialogs it opens (record consent, log contact) save
/// through the services; it then reloads and says what changed.
class ClientDetailWidget : public QWidget {
    Q_OBJECT
public:
    enum Tab { OverviewTab, AppointmentsTab, ConsentTab, ContactLogTab };

    ClientDetailWidget(AppContext& context, QWidget* parent = nullptr);

    /// Shows a client (0 clears). Returns false when it could not be read.
    bool setClient(qint64 id);
    qint64 clientId() const { return m_client.id; }
    const domain::Client& client() const { return m_client; }
    /// Re-reads the client and its tabs.
    void reload();

    QTabWidget* tabs() const { return m_tabs; }
    ClientOverviewTab* overview() const { return m_overview; }
    ClientAppointmentsTab* appointments() const { return m_appointments; }
    ClientConsentTab* consent() const { return m_consent; }
    ClientContactLogTab* contactLog() const { return m_log; }

public slots:
    /// Opens the record consent dialog for this client.
    void recordConsent();
    /// Opens the log contact dialog for this client; shows what the log triggered.
    void logContact();

signals:
    void clientChanged(qint64 id);
    void consentChanged(qint64 id);
    void editRequested(qint64 id);
    void composeRequested(qint64 id);

private:
    AppContext& m_context;
    domain::Client m_client;
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_edit;
    QPushButton* m_compose;
    QTabWidget* m_tabs;
    QLabel* m_empty; ///< shown instead of the tabs when no client is selected
    ClientOverviewTab* m_overview;
    ClientAppointmentsTab* m_appointments;
    ClientConsentTab* m_consent;
    ClientContactLogTab* m_log;
};

} // namespace rapport::ui
