// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Theme.h"
#include "domain/PracticeSettings.h"
#include "domain/Result.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace rapport::ui {

class FieldErrors;
class HoursEditor;
class LexiconEditor;
class TimeOffEditor;

/// The practice settings: practice, hours, time off, messaging limits, lexicon additions and the
/// out-of-hours auto-reply generated from the hours. OK saves through the save function (the
/// SettingsService in the app); an error is shown beside the field it names and nothing closes.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// Saves the settings or says which field is wrong (Error::field), changing nothing.
    using SaveFunction = std::function<domain::Status(const domain::PracticeSettings&)>;

    SettingsDialog(const domain::PracticeSettings& settings, SaveFunction save, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The settings as edited (not validated).
    domain::PracticeSettings settings() const;
    /// The appearance chosen on the Display tab (stored and applied by OK).
    Appearance appearance() const;
    /// The clinic server chosen on the Clinic server tab, as a postgresql:// URL (stored by OK
    /// for the next start, services::setConfiguredServerUrl); empty for this computer's file.
    QString serverUrl() const;
    /// Clinic server tab's fields, for tests.
    QCheckBox* useServerBox() const { return m_useServer; }
    QLineEdit* serverHostEdit() const { return m_serverHost; }
    QSpinBox* serverPortBox() const { return m_serverPort; }
    QLineEdit* serverDatabaseEdit() const { return m_serverDatabase; }
    QLineEdit* serverUserEdit() const { return m_serverUser; }
    QPushButton* serverTestButton() const { return m_serverTest; }
    QLabel* serverStatusLabel() const { return m_serverStatus; }
    /// The generated auto-reply, as shown.
    QString autoReplyText() const;
    /// The message shown beside a field ("hours", "practice-name", ...), empty when none.
    QString fieldError(const QString& field) const;

    HoursEditor* hoursEditor() const { return m_hours; }
    TimeOffEditor* timeOffEditor() const { return m_timeOff; }
    LexiconEditor* lexiconEditor() const { return m_lexicon; }
    QLineEdit* practiceNameEdit() const { return m_practiceName; }
    QComboBox* timeZoneCombo() const { return m_timeZone; }
    QTabWidget* tabs() const { return m_tabs; }

    /// Selects one page by index: 0 practice, 1 hours, 2 time off, 3 messaging, 4 lexicon, 5 auto-reply.
    void showPage(int index);

public slots:
    void accept() override;

private:
    QWidget* buildPracticePage();
    QWidget* buildHoursPage();
    QWidget* buildTimeOffPage();
    QWidget* buildMessagingPage();
    QWidget* buildLexiconPage();
    QWidget* buildAutoReplyPage();
    QWidget* buildDisplayPage();
    QWidget* buildServerPage();
    void refreshServer();
    void load(const domain::PracticeSettings& s);
    void refreshAutoReply();
    void refreshVocabularyStatus();

    domain::PracticeSettings m_original;
    SaveFunction m_save;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_generalError = nullptr;
    std::unique_ptr<FieldErrors> m_errors;

    QLineEdit* m_practiceName = nullptr;
    QLineEdit* m_practitioner = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLineEdit* m_businessPhone = nullptr;
    HoursEditor* m_hours = nullptr;
    TimeOffEditor* m_timeOff = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietTo = nullptr;
    QSpinBox* m_windowDays = nullptr;
    QSpinBox* m_maxSegments = nullptr;
    QSpinBox* m_horizonDays = nullptr;
    LexiconEditor* m_lexicon = nullptr;
    QLabel* m_vocabulary = nullptr;
    QPlainTextEdit* m_autoReply = nullptr;
    QPushButton* m_copy = nullptr;
    QComboBox* m_appearance = nullptr;
    QComboBox* m_interfaceLanguage = nullptr;
    QComboBox* m_messageLanguage = nullptr;
    QCheckBox* m_useServer = nullptr;
    QLineEdit* m_serverHost = nullptr;
    QSpinBox* m_serverPort = nullptr;
    QLineEdit* m_serverDatabase = nullptr;
    QLineEdit* m_serverUser = nullptr;
    QLabel* m_serverUrl = nullptr;
    QPushButton* m_serverTest = nullptr;
    QLabel* m_serverStatus = nullptr;
};

} // namespace rapport::ui
