// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ContactService.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport::ui {

class AppContext;
class FieldErrors;

/// Logs a contact with a client (direction, channel, time, text) through ContactService, which
/// applies the inbound opt-out rules; outcomeMessage() says what the log triggered. The title and
/// the Log button name the client.
class LogContactDialog : public QDialog {
    Q_OBJECT
public:
    LogContactDialog(AppContext& context, qint64 clientId, QWidget* parent = nullptr);
    ~LogContactDialog() override;

    /// The outcome after a successful accept().
    const std::optional<services::LogOutcome>& outcome() const { return m_outcome; }
    /// What the log triggered, in plain words; empty when it triggered nothing.
    static QString describe(const services::LogOutcome& outcome);

    QComboBox* directionCombo() const { return m_direction; }
    QComboBox* channelCombo() const { return m_channel; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QDateTimeEdit* whenEdit() const { return m_at; }
    QPushButton* logButton() const { return m_logButton; }
    QString clientName() const { return m_clientName; }
    QString fieldError(const QString& field) const;

public slots:
    void accept() override;

private:
    AppContext& m_context;
    qint64 m_clientId;
    QString m_clientName;
    std::optional<services::LogOutcome> m_outcome;
    QComboBox* m_direction;
    QComboBox* m_channel;
    QDateTimeEdit* m_at;
    QPlainTextEdit* m_text;
    QLabel* m_generalError;
    QPushButton* m_logButton = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace rapport::ui
