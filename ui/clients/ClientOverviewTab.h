// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace rapport::ui {

class AppContext;
class RaiseItemsList;

/// A client's overview: contact points (label, number type), time zone, quiet hours, next
/// appointment, notes; channel preferences to reorder (drag, or the up and down buttons) and
/// tick; directives to toggle, each recorded with time and who. Changes are saved at once.
class ClientOverviewTab : public QWidget {
    Q_OBJECT
public:
    ClientOverviewTab(AppContext& context, QWidget* parent = nullptr);

    void setClient(const domain::Client& client);
    const domain::Client& client() const { return m_client; }

    QListWidget* preferencesList() const { return m_prefs; }
    QCheckBox* directiveCheck(domain::Directive d) const { return m_directives.value(int(d)); }
    /// The things to raise at the next appointment, each with a "Raised" tick.
    RaiseItemsList* raiseItems() const { return m_raise; }
    /// Moves the selected preference up (-1) or down (+1) and saves.
    void movePreference(int delta);
    /// The last save error, empty when the last save worked.
    QString lastError() const { return m_lastError; }

signals:
    /// Saved something (preferences, a directive): the client should be reloaded.
    void clientChanged(qint64 id);

private:
    void savePreferences();
    void setDirective(domain::Directive d, bool on);
    void showError(const QString& message);

    AppContext& m_context;
    domain::Client m_client;
    QLabel* m_contacts;
    QLabel* m_timeZone;
    QLabel* m_quiet;
    QLabel* m_next;
    QLabel* m_notes;
    QListWidget* m_prefs;
    QToolButton* m_up;
    QToolButton* m_down;
    QMap<int, QCheckBox*> m_directives;
    QMap<int, QLabel*> m_directiveInfo;
    QLabel* m_error;
    RaiseItemsList* m_raise;
    QString m_lastError;
    bool m_loading = false;
};

} // namespace rapport::ui
