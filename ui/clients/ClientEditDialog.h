// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/Result.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace rapport::services {
class ClientService;
struct ClientChanges;
} // namespace rapport::services

namespace rapport::ui {

class ContactListEditor;
class FieldErrors;

/// Creates or edits a client: names, mobiles, other phones and emails (each with a label), time
/// zone, quiet hours, next appointment and notes. Save validates everything through
/// ClientService first; an error is shown beside the field it names, that field gets the focus,
/// and nothing is saved. In edit mode it also archives (or restores) and erases the client; the
/// title, the Save button and the erase confirmation name the client being changed.
class ClientEditDialog : public QDialog {
    Q_OBJECT
public:
    /// Asked before erasing: returns true to go ahead. The default asks the user to type the name.
    using EraseConfirmation = std::function<bool(const QString& name)>;

    /// `clientId` empty: a new client. `region` reads numbers without a country code.
    /// `displayZone`: the zone the next appointment is edited in (the practice's).
    ClientEditDialog(services::ClientService& service, QString region, std::optional<qint64> clientId,
                     QString displayZone = {}, QWidget* parent = nullptr);
    ~ClientEditDialog() override;

    /// The saved client's id (0 before a successful save).
    qint64 savedId() const { return m_savedId; }
    /// The message shown beside a field ("name", "mobile", "email", "tz", ...), empty when none.
    QString fieldError(const QString& field) const;
    void setEraseConfirmation(EraseConfirmation confirm) { m_confirmErase = std::move(confirm); }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* preferredNameEdit() const { return m_preferred; }
    ContactListEditor* mobilesEditor() const { return m_mobiles; }
    ContactListEditor* phonesEditor() const { return m_phones; }
    ContactListEditor* emailsEditor() const { return m_emails; }
    QComboBox* timeZoneCombo() const { return m_timeZone; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* eraseButton() const { return m_erase; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* cancelButton() const { return m_cancel; }

public slots:
    void accept() override;
    /// Archives (or un-archives an archived client) and closes.
    void toggleArchive();
    /// Asks for confirmation, erases and closes.
    void eraseClient();

signals:
    void clientSaved(qint64 id);
    void clientArchived(qint64 id, bool archived);
    void clientErased(qint64 id);

private:
    void load(const domain::Client& c);
    /// Builds the changes, validating each contact row first; on error shows it and returns nullopt.
    std::optional<services::ClientChanges> collect();
    void showError(const domain::Error& e);

    services::ClientService& m_service;
    QString m_region;
    QString m_zone;
    std::optional<qint64> m_id;
    domain::Client m_loaded;
    qint64 m_savedId = 0;
    EraseConfirmation m_confirmErase;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_preferred = nullptr;
    ContactListEditor* m_mobiles = nullptr;
    ContactListEditor* m_phones = nullptr;
    ContactListEditor* m_emails = nullptr;
    QComboBox* m_timeZone = nullptr;
    QCheckBox* m_ownQuiet = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietTo = nullptr;
    QCheckBox* m_hasNext = nullptr;
    QDateTimeEdit* m_next = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_generalError = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace rapport::ui
