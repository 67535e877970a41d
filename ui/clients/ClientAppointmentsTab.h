// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Appointment.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport::ui {

class AppContext;

/// A client's appointments: upcoming (soonest first) over past ones (latest first), each with
/// day and time in the practice's time zone, length, service, location and status. Buttons book
/// one, move or cancel the selected booked one, or mark it attended or a no-show; every action is
/// reachable from the keyboard (Alt letters, Tab; Enter on a row moves it).
class ClientAppointmentsTab : public QWidget {
    Q_OBJECT
public:
    ClientAppointmentsTab(AppContext& context, QWidget* parent = nullptr);

    void setClient(qint64 clientId, bool bookable);
    void reload();

    QTreeWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* moveButton() const { return m_move; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* attendedButton() const { return m_attended; }
    QPushButton* noShowButton() const { return m_noShow; }
    /// The appointment of the current row, when a row (not a group heading) is current.
    std::optional<domain::Appointment> current() const;
    /// The message of the last failed action, empty when it went well.
    QString errorText() const;

public slots:
    void addAppointment();
    void moveAppointment();
    void cancelAppointment();

private:
    void setStatus(domain::AppointmentStatus status);
    void updateButtons();
    void showError(const QString& message);
    void selectAppointment(qint64 id);

    AppContext& m_context;
    qint64 m_clientId = 0;
    bool m_bookable = false;
    QVector<domain::Appointment> m_appointments;
    QPushButton* m_add;
    QPushButton* m_move;
    QPushButton* m_cancel;
    QPushButton* m_attended;
    QPushButton* m_noShow;
    QLabel* m_error;
    QTreeWidget* m_list;
    QLabel* m_empty;
};

} // namespace rapport::ui
