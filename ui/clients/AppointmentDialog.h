// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Appointment.h"

#include <QDialog>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace rapport::ui {

class AppContext;
class FieldErrors;

/// Books an appointment for a client, or moves one (new day, time, length; service and location
/// may change too), through AppointmentService. Day and time are the practice's wall time.
/// Validation errors show beside the field they name (start, end, minutes, client).
class AppointmentDialog : public QDialog {
    Q_OBJECT
public:
    /// Books a new appointment for `clientId`, proposed for the next whole hour.
    AppointmentDialog(AppContext& context, qint64 clientId, QWidget* parent = nullptr);
    /// Moves `appointment`.
    AppointmentDialog(AppContext& context, const domain::Appointment& appointment, QWidget* parent = nullptr);
    ~AppointmentDialog() override;

    /// The appointment as saved, after a successful accept().
    const std::optional<domain::Appointment>& saved() const { return m_saved; }

    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QSpinBox* minutesSpin() const { return m_minutes; }
    QLineEdit* serviceEdit() const { return m_service; }
    QLineEdit* locationEdit() const { return m_location; }
    QPushButton* saveButton() const { return m_saveButton; }
    QString fieldError(const QString& field) const;

public slots:
    void accept() override;

private:
    void build(const QString& clientName);

    AppContext& m_context;
    qint64 m_clientId = 0;
    std::optional<domain::Appointment> m_existing;
    std::optional<domain::Appointment> m_saved;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_location = nullptr;
    QLabel* m_generalError = nullptr;
    QPushButton* m_saveButton = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace rapport::ui
