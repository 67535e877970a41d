// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rapport::ui {

class AppContext;
class FieldErrors;
class HoursEditor;

/// First run: practice name, practitioner, country, time zone and hours, and an offer to load a
/// sample practice (made-up clients, built through the services). Saving goes through
/// SettingsService; an error is shown beside its field.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    FirstRunDialog(AppContext& context, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    QLineEdit* practiceNameEdit() const { return m_name; }
    QLineEdit* practitionerEdit() const { return m_practitioner; }
    QCheckBox* sampleCheck() const { return m_sample; }
    HoursEditor* hoursEditor() const { return m_hours; }
    QComboBox* countryCombo() const { return m_country; }
    QComboBox* timeZoneCombo() const { return m_timeZone; }
    QString fieldError(const QString& field) const;
    /// Number of sample clients loaded by accept() (0 when not asked).
    int sampleClients() const { return m_loaded; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    QLineEdit* m_name;
    QLineEdit* m_practitioner;
    QComboBox* m_country;
    QComboBox* m_timeZone;
    HoursEditor* m_hours;
    QCheckBox* m_sample;
    QLabel* m_generalError;
    std::unique_ptr<FieldErrors> m_errors;
    int m_loaded = 0;
};

} // namespace rapport::ui
