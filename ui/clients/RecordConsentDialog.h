// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/ConsentEvent.h"

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

/// Records one consent event for a client: channel, scope, state, method, when it took effect
/// and a note (or the wording the client was shown). Saved through ConsentService; an error is
/// shown beside its field and nothing is recorded. The title and the Record button name the client,
/// so it is plain whose consent is being written whichever window opened the dialog.
class RecordConsentDialog : public QDialog {
    Q_OBJECT
public:
    struct Prefill {
        domain::Channel channel = domain::Channel::Sms;
        domain::Scope scope = domain::Scope::Service;
        domain::ConsentState state = domain::ConsentState::Granted;
        QString method;
        QString note;
    };

    RecordConsentDialog(AppContext& context, qint64 clientId, const Prefill& prefill, QWidget* parent = nullptr);
    RecordConsentDialog(AppContext& context, qint64 clientId, QWidget* parent = nullptr);
    ~RecordConsentDialog() override;

    /// The event as stored, after a successful accept().
    const std::optional<domain::ConsentEvent>& recorded() const { return m_recorded; }
    QString fieldError(const QString& field) const;

    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* scopeCombo() const { return m_scope; }
    QComboBox* stateCombo() const { return m_state; }
    QComboBox* methodCombo() const { return m_method; }
    QDateTimeEdit* effectiveEdit() const { return m_at; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* recordButton() const { return m_recordButton; }
    qint64 clientId() const { return m_clientId; }
    /// The client's name as shown in the title (empty when the client could not be read).
    QString clientName() const { return m_clientName; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    qint64 m_clientId;
    QString m_clientName;
    std::optional<domain::ConsentEvent> m_recorded;
    QComboBox* m_channel;
    QComboBox* m_scope;
    QComboBox* m_state;
    QComboBox* m_method;
    QDateTimeEdit* m_at;
    QPlainTextEdit* m_note;
    QLabel* m_generalError;
    QPushButton* m_recordButton = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace rapport::ui
