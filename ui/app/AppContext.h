// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PracticeSettings.h"
#include "services/AppointmentService.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/ContactService.h"
#include "services/RaiseService.h"
#include "services/SettingsService.h"

#include "services/ComposerService.h"

#include <QObject>
#include <QTimeZone>

namespace rapport::storage {
class Database;
}

namespace rapport::ui {

/// What every window needs: the open database, the clock and the services over them, plus the
/// practice settings as last loaded. Lives as long as the main window; GUI thread only.
class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(storage::Database& db, const domain::Clock& clock, QObject* parent = nullptr);

    storage::Database& database() const { return m_db; }
    const domain::Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    services::ClientService& clients() { return m_clients; }
    services::ConsentService& consents() { return m_consents; }
    services::ContactService& contacts() { return m_contacts; }
    services::SettingsService& settings() { return m_settings; }
    services::ComposerService& composer() { return m_composer; }
    services::RaiseService& raises() { return m_raises; }
    services::AppointmentService& appointments() { return m_appointments; }

    /// The practice settings as last loaded (defaults when the stored ones do not load).
    const domain::PracticeSettings& practice() const { return m_practice; }
    /// Saves the settings and, on success, makes them current and emits practiceChanged().
    domain::Status savePractice(const domain::PracticeSettings& settings);
    /// Re-reads the settings from the database.
    void reloadPractice();
    /// Who is recording things: the practitioner's name, else the system user name.
    QString currentUser() const;
    /// The practice time zone (valid; the system's when the setting is unknown).
    QTimeZone practiceZone() const;
    /// Says that client `id` (or their consent, contact log or directives) changed. Whoever writes
    /// calls it after a successful save, so every view of that client (detail tabs, list row,
    /// dashboard) re-reads it, wherever the change was made.
    void notifyClientChanged(qint64 id);

signals:
    void practiceChanged();
    /// Client `id` changed somewhere in the app (see notifyClientChanged()).
    void clientChanged(qint64 id);

private:
    storage::Database& m_db;
    const domain::Clock& m_clock;
    services::ClientService m_clients;
    services::ConsentService m_consents;
    services::ContactService m_contacts;
    services::SettingsService m_settings;
    services::ComposerService m_composer;
    services::RaiseService m_raises;
    services::AppointmentService m_appointments;
    domain::PracticeSettings m_practice;
};

} // namespace rapport::ui
