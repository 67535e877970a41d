// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ComposerService.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace rapport::ui {

/// Lists, creates, edits and deletes message templates, with a placeholder menu and a live
/// preview for the chosen client; restores the starter set on request.
class TemplateEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// Asks the user to confirm `question`; the default shows a QMessageBox. Tests answer for them.
    using Confirm = std::function<bool(const QString& question)>;

    TemplateEditorDialog(services::ComposerService& service, std::optional<domain::Client> previewClient,
                         domain::PracticeSettings settings, QWidget* parent = nullptr);

    void setConfirm(Confirm confirm);

    // For tests.
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* purposeCombo() const { return m_purpose; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QString previewText() const;
    QString errorText() const;
    QToolButton* insertButton() const { return m_insert; }

public slots:
    void newTemplate();
    /// Saves the template being edited; false (with the reason shown) when it is not valid.
    bool save();
    void deleteSelected();
    void restoreStarters();
    /// Selects the template with this id (0: none).
    void select(qint64 id);

private:
    void reload(qint64 selectId);
    void showSelected();
    void updatePreview();
    void setDirty(bool dirty);
    bool confirmLeave();
    qint64 selectedId() const;
    void showError(const QString& text);

    services::ComposerService& m_service;
    std::optional<domain::Client> m_client;
    domain::PracticeSettings m_settings;
    Confirm m_confirm;
    qint64 m_editingId = 0;
    bool m_dirty = false;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_purpose = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QToolButton* m_insert = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace rapport::ui
