// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/TemplateEditorDialog.h"

#include "domain/TemplateRenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Purpose;

TemplateEditorDialog::TemplateEditorDialog(services::ComposerService& service,
                                           std::optional<domain::Client> previewClient,
                                           domain::PracticeSettings settings, QWidget* parent)
    : QDialog(parent), m_service(service), m_client(std::move(previewClient)), m_settings(std::move(settings)),
      m_confirm([this](const QString& q) {
          return QMessageBox::question(this, windowTitle(), q, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
                 QMessageBox::Yes;
      })
{
    setWindowTitle(tr("Message templates"));
    setObjectName(QStringLiteral("templateEditor"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    auto* add = new QPushButton(tr("&New"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    auto* restore = new QPushButton(tr("&Restore starter templates"), this);
    restore->setToolTip(tr("Put the shipped templates back as they were; your own templates are kept"));
    connect(add, &QPushButton::clicked, this, &TemplateEditorDialog::newTemplate);
    connect(m_delete, &QPushButton::clicked, this, &TemplateEditorDialog::deleteSelected);
    connect(restore, &QPushButton::clicked, this, &TemplateEditorDialog::restoreStarters);
    auto* left = new QWidget(this);
    auto* leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    leftBox->addLayout(listButtons);
    leftBox->addWidget(restore);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("templatePurpose"));
    m_purpose->addItem(tr("Inferred from the text"), -1);
    const std::pair<Purpose, QString> purposes[] = {{Purpose::Scheduling, tr("Scheduling")},
                                                    {Purpose::Admin, tr("Admin")},
                                                    {Purpose::Clinical, tr("Clinical")},
                                                    {Purpose::Marketing, tr("Marketing")},
                                                    {Purpose::General, tr("General")}};
    for (const auto& [p, label] : purposes)
        m_purpose->addItem(label, static_cast<int>(p));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Template text"));
    m_body->setTabChangesFocus(true);
    m_insert = new QToolButton(this);
    m_insert->setObjectName(QStringLiteral("insertPlaceholder"));
    m_insert->setText(tr("&Insert placeholder"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_insert);
    for (const auto& p : domain::TemplateRenderer::placeholders()) {
        QAction* a = menu->addAction(QLatin1Char('{') + p + QLatin1Char('}'));
        a->setToolTip(domain::TemplateRenderer::describe(p));
        a->setStatusTip(domain::TemplateRenderer::describe(p));
        connect(a, &QAction::triggered, this, [this, p] {
            m_body->insertPlainText(QLatin1Char('{') + p + QLatin1Char('}'));
            m_body->setFocus();
        });
    }
    menu->setToolTipsVisible(true);
    m_insert->setMenu(menu);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);

    auto* form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Purpose:"), m_purpose);
    auto* bodyBox = new QVBoxLayout;
    bodyBox->addWidget(m_body, 1);
    auto* bodyButtons = new QHBoxLayout;
    bodyButtons->addWidget(m_insert);
    bodyButtons->addStretch(1);
    bodyButtons->addWidget(m_save);
    bodyBox->addLayout(bodyButtons);
    // A row with a layout gets no buddy: without one the label would show "&Text:" literally.
    auto* textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_body);
    form->addRow(textLabel, bodyBox);
    const QString previewFor = m_client ? tr("Preview for %1:").arg(m_client->name) : tr("Preview (no client chosen):");
    form->addRow(new QLabel(previewFor, this));
    form->addRow(m_preview);
    form->addRow(m_error);
    auto* right = new QWidget(this);
    right->setLayout(form);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, [this] {
        if (confirmLeave())
            reject();
    });
    auto* box = new QVBoxLayout(this);
    box->addWidget(split, 1);
    box->addWidget(close);

    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_purpose, qOverload<int>(&QComboBox::activated), this, [this] { setDirty(true); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
        updatePreview();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_loading)
            return;
        if (selectedId() != m_editingId && !confirmLeave()) {
            const bool was = m_loading;
            m_loading = true;
            for (int i = 0; i < m_list->count(); ++i)
                if (m_list->item(i)->data(Qt::UserRole).toLongLong() == m_editingId)
                    m_list->setCurrentRow(i);
            m_loading = was;
            return;
        }
        showSelected();
    });
    resize(820, 480);
    reload(0);
}

void TemplateEditorDialog::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

QString TemplateEditorDialog::previewText() const
{
    return m_preview->text();
}
QString TemplateEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

qint64 TemplateEditorDialog::selectedId() const
{
    const auto* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TemplateEditorDialog::reload(qint64 selectId)
{
    const auto templates = m_service.templates();
    if (!templates) {
        showError(templates.error().message);
        return;
    }
    m_loading = true;
    m_list->clear();
    int row = templates->isEmpty() ? -1 : 0;
    for (int i = 0; i < templates->size(); ++i) {
        const auto& t = templates->at(i);
        auto* item = new QListWidgetItem(t.builtin ? tr("%1 (starter)").arg(t.name) : t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == selectId)
            row = i;
    }
    m_list->setCurrentRow(row);
    m_loading = false;
    showSelected();
}

void TemplateEditorDialog::select(qint64 id)
{
    reload(id);
}

void TemplateEditorDialog::showSelected()
{
    const qint64 id = selectedId();
    m_loading = true;
    domain::MessageTemplate t;
    if (id > 0) {
        const auto templates = m_service.templates();
        if (templates)
            for (const auto& x : *templates)
                if (x.id == id)
                    t = x;
    }
    m_editingId = t.id;
    m_name->setText(t.name);
    m_purpose->setCurrentIndex(t.purpose ? qMax(0, m_purpose->findData(static_cast<int>(*t.purpose))) : 0);
    m_body->setPlainText(t.body);
    m_delete->setEnabled(m_editingId > 0);
    m_loading = false;
    m_error->hide();
    setDirty(false);
    updatePreview();
}

void TemplateEditorDialog::newTemplate()
{
    if (!confirmLeave())
        return;
    m_loading = true;
    m_list->setCurrentRow(-1);
    m_editingId = 0;
    m_name->setText(tr("New template"));
    m_purpose->setCurrentIndex(0);
    m_body->setPlainText(QStringLiteral("Hi {preferred_name}, "));
    m_loading = false;
    m_delete->setEnabled(false);
    setDirty(true);
    m_name->setFocus();
    m_name->selectAll();
}

bool TemplateEditorDialog::save()
{
    domain::MessageTemplate t;
    t.id = m_editingId;
    t.name = m_name->text();
    const int p = m_purpose->currentData().toInt();
    if (p >= 0)
        t.purpose = static_cast<Purpose>(p);
    t.body = m_body->toPlainText();
    const auto saved = m_service.saveTemplate(t);
    if (!saved) {
        showError(saved.error().message);
        if (saved.error().field == QLatin1String("name"))
            m_name->setFocus();
        else if (saved.error().field == QLatin1String("body"))
            m_body->setFocus();
        return false;
    }
    setDirty(false);
    reload(*saved);
    return true;
}

void TemplateEditorDialog::deleteSelected()
{
    if (m_editingId <= 0)
        return;
    if (!m_confirm(tr("Delete the template \"%1\"? This cannot be undone.").arg(m_name->text())))
        return;
    if (auto e = m_service.removeTemplate(m_editingId)) {
        showError(e->message);
        return;
    }
    setDirty(false);
    reload(0);
}

void TemplateEditorDialog::restoreStarters()
{
    if (!m_confirm(tr("Put the starter templates back as shipped? Changes you made to them are lost; your own "
                      "templates are kept.")))
        return;
    const auto n = m_service.restoreStarterTemplates();
    if (!n) {
        showError(n.error().message);
        return;
    }
    setDirty(false);
    reload(m_editingId);
}

void TemplateEditorDialog::updatePreview()
{
    const auto r =
        domain::TemplateRenderer().render(m_body->toPlainText(), m_client ? &*m_client : nullptr, m_settings);
    QString text = r.text;
    for (const auto& i : r.issues)
        text += QStringLiteral("\n\u26A0 ") + i.message;
    m_preview->setText(text);
}

void TemplateEditorDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
}

bool TemplateEditorDialog::confirmLeave()
{
    if (!m_dirty)
        return true;
    if (!m_confirm(tr("Discard your unsaved changes to \"%1\"?").arg(m_name->text())))
        return false;
    m_dirty = false;
    return true;
}

void TemplateEditorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }")
                               .arg(palette().color(QPalette::Base).lightnessF() < 0.5 ? QStringLiteral("#ff6b6b")
                                                                                       : QStringLiteral("#c62828")));
    m_error->setVisible(!text.isEmpty());
}

} // namespace rapport::ui
