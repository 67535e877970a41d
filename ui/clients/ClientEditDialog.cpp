// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientEditDialog.h"

#include "clients/ContactListEditor.h"
#include "common/FieldErrors.h"
#include "common/Icons.h"
#include "common/Pickers.h"
#include "services/ClientService.h"
#include "services/PhoneNumbers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::ContactPoint;

namespace {
QTime minuteTime(int m)
{
    return QTime((m / 60) % 24, m % 60);
}
} // namespace

ClientEditDialog::ClientEditDialog(services::ClientService& service, QString region, std::optional<qint64> clientId,
                                   QString displayZone, QWidget* parent)
    : QDialog(parent), m_service(service), m_region(std::move(region)), m_zone(std::move(displayZone)), m_id(clientId)
{
    setWindowTitle(m_id ? tr("Edit client") : tr("New client"));
    setWindowIcon(Icons::icon(m_id ? QStringLiteral("edit") : QStringLiteral("new-client")));
    m_generalError = FieldErrors::makeLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_generalError);

    auto* formHost = new QWidget(this);
    auto* form = new QFormLayout(formHost);
    m_name = new QLineEdit(formHost);
    m_name->setPlaceholderText(tr("Full name"));
    m_preferred = new QLineEdit(formHost);
    m_preferred->setPlaceholderText(tr("What they like to be called (optional)"));
    m_mobiles = new ContactListEditor(tr("Mobile"), tr("e.g. 07400 123456"), tr("mobile number"), formHost);
    m_phones = new ContactListEditor(tr("Home"), tr("e.g. 020 7946 0000"), tr("other phone number"), formHost);
    m_emails = new ContactListEditor(tr("Email"), tr("name@example.org"), tr("email address"), formHost);
    m_timeZone = Pickers::timeZoneCombo(formHost, true);
    m_timeZone->setToolTip(tr("Leave empty to use the practice's time zone"));

    auto* quiet = new QWidget(formHost);
    auto* qh = new QHBoxLayout(quiet);
    qh->setContentsMargins(0, 0, 0, 0);
    m_ownQuiet = new QCheckBox(tr("Own quiet hours"), quiet);
    m_ownQuiet->setToolTip(tr("Unchecked: the practice default applies"));
    m_quietFrom = new QTimeEdit(QTime(21, 0), quiet);
    m_quietTo = new QTimeEdit(QTime(8, 0), quiet);
    for (QTimeEdit* e : {m_quietFrom, m_quietTo}) {
        e->setDisplayFormat(QStringLiteral("HH:mm"));
        e->setEnabled(false);
        Pickers::typeOverSections(e);
        connect(m_ownQuiet, &QCheckBox::toggled, e, &QWidget::setEnabled);
    }
    m_quietFrom->setAccessibleName(tr("Quiet hours start"));
    m_quietTo->setAccessibleName(tr("Quiet hours end"));
    qh->addWidget(m_ownQuiet);
    qh->addWidget(m_quietFrom);
    qh->addWidget(new QLabel(QStringLiteral("\u2013"), quiet));
    qh->addWidget(m_quietTo);
    qh->addStretch(1);

    auto* next = new QWidget(formHost);
    auto* nh = new QHBoxLayout(next);
    nh->setContentsMargins(0, 0, 0, 0);
    m_hasNext = new QCheckBox(tr("Booked"), next);
    m_next = new QDateTimeEdit(next);
    m_next->setCalendarPopup(true);
    m_next->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_next->setDateTime(QDateTime(QDate::currentDate().addDays(7), QTime(10, 0)));
    m_next->setEnabled(false);
    m_next->setAccessibleName(tr("Next appointment"));
    Pickers::typeOverSections(m_next);
    connect(m_hasNext, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    nh->addWidget(m_hasNext);
    nh->addWidget(m_next);
    nh->addStretch(1);

    m_notes = new QPlainTextEdit(formHost);
    m_notes->setPlaceholderText(tr("Practical notes only (parking, access, preferences): not clinical notes"));
    m_notes->setMaximumHeight(90);
    m_notes->setTabChangesFocus(true);

    const QVector<FieldErrors::Field> fields{
        {m_name, {QStringLiteral("name")}, tr("&Name:")},
        {m_preferred, {QStringLiteral("preferred-name"), QStringLiteral("preferredName")}, tr("&Preferred name:")},
        {m_mobiles, {QStringLiteral("mobile")}, tr("&Mobiles:")},
        {m_phones, {QStringLiteral("phone"), QStringLiteral("contacts")}, tr("&Other phones:")},
        {m_emails, {QStringLiteral("email")}, tr("&Emails:")},
        {m_timeZone,
         {QStringLiteral("tz"), QStringLiteral("time-zone"), QStringLiteral("timeZone")},
         tr("Time &zone:")},
        {quiet, {QStringLiteral("quiet-hours"), QStringLiteral("quietHours")}, tr("&Quiet hours:"), m_ownQuiet},
        {next,
         {QStringLiteral("next-appointment"), QStringLiteral("nextAppointment")},
         tr("Ne&xt appointment:"),
         m_hasNext},
        {m_notes, {QStringLiteral("note"), QStringLiteral("notes")}, tr("No&tes:")},
    };
    m_errors->addRows(form, fields);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the last field to the buttons; focus scrolls

    // Created in the order shown (the focus chain follows creation): archive, erase, Save, Cancel.
    auto* bottom = new QHBoxLayout;
    if (m_id) {
        m_archive = new QPushButton(Icons::icon(QStringLiteral("archive")), tr("&Archive"), this);
        m_erase = new QPushButton(Icons::icon(QStringLiteral("erase")), tr("E&rase..."), this);
        m_erase->setToolTip(tr("Remove this client's personal data; their consent record stays, without a name"));
        connect(m_archive, &QPushButton::clicked, this, &ClientEditDialog::toggleArchive);
        connect(m_erase, &QPushButton::clicked, this, &ClientEditDialog::eraseClient);
        bottom->addWidget(m_archive);
        bottom->addWidget(m_erase);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientEditDialog::reject);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* v = new QVBoxLayout(this);
    v->addWidget(scroll, 1);
    v->addWidget(m_generalError);
    v->addLayout(bottom);

    if (m_id) {
        auto c = m_service.find(*m_id);
        if (c)
            load(c.value());
        else
            m_errors->show(QString(), c.error().message);
    } else {
        m_mobiles->addRow();
        m_emails->addRow();
    }
    resize(620, 640);
}

ClientEditDialog::~ClientEditDialog() = default;

void ClientEditDialog::load(const domain::Client& c)
{
    m_loaded = c;
    setWindowTitle(tr("Edit client: %1").arg(c.name));
    m_save->setText(tr("&Save %1").arg(c.name));
    m_name->setText(c.name);
    m_preferred->setText(c.preferredName);
    QVector<ContactListEditor::Entry> mobiles, phones, emails;
    for (const auto& cp : c.contacts) {
        if (cp.kind == ContactPoint::Kind::Email)
            emails.push_back({cp.value, cp.label});
        else if (cp.label.compare(QLatin1String("Mobile"), Qt::CaseInsensitive) == 0 ||
                 (cp.label.isEmpty() && cp.numberType == domain::NumberType::Mobile))
            mobiles.push_back(
                {services::PhoneNumbers::forDisplay(cp.value, (m_region.isEmpty() ? QStringLiteral("GB") : m_region)),
                 cp.label});
        else
            phones.push_back(
                {services::PhoneNumbers::forDisplay(cp.value, (m_region.isEmpty() ? QStringLiteral("GB") : m_region)),
                 cp.label});
    }
    m_mobiles->setEntries(mobiles);
    m_phones->setEntries(phones);
    m_emails->setEntries(emails);
    Pickers::setTimeZone(m_timeZone, c.timeZone);
    m_ownQuiet->setChecked(c.quietHours.has_value());
    if (c.quietHours) {
        m_quietFrom->setTime(minuteTime(c.quietHours->startMinute));
        m_quietTo->setTime(minuteTime(c.quietHours->endMinute));
    }
    m_hasNext->setChecked(c.nextAppointment.has_value());
    if (c.nextAppointment) {
        const QTimeZone zone(m_zone.toUtf8());
        const QDateTime local = zone.isValid() ? c.nextAppointment->toTimeZone(zone) : c.nextAppointment->toLocalTime();
        m_next->setDateTime(QDateTime(local.date(), local.time()));
    }
    m_notes->setPlainText(c.notes);
    if (m_archive)
        m_archive->setText(c.archived ? tr("Un&archive") : tr("&Archive"));
}

std::optional<services::ClientChanges> ClientEditDialog::collect()
{
    services::ClientChanges ch;
    ch.name = m_name->text().trimmed();
    if (ch.name->isEmpty()) {
        m_errors->show(QStringLiteral("name"), tr("Name: a client needs a name."));
        return std::nullopt;
    }
    ch.preferredName = m_preferred->text().trimmed();
    const services::PhoneNumbers numbers(m_region.isEmpty() ? QStringLiteral("GB") : m_region);
    QVector<ContactPoint> contacts;
    const struct {
        ContactListEditor* editor;
        QString field;
    } phoneLists[] = {{m_mobiles, QStringLiteral("mobile")}, {m_phones, QStringLiteral("phone")}};
    for (const auto& pl : phoneLists) {
        const auto entries = pl.editor->entries();
        for (int i = 0; i < entries.size(); ++i) {
            auto cp = numbers.normalise(entries[i].first, entries[i].second, pl.field);
            if (!cp) {
                m_errors->show(pl.field, cp.error().message);
                if (QWidget* w = pl.editor->valueEdit(i))
                    w->setFocus(Qt::OtherFocusReason);
                return std::nullopt;
            }
            ContactPoint raw;
            raw.kind = ContactPoint::Kind::Phone;
            raw.value = entries[i].first;
            raw.label =
                entries[i].second.isEmpty() ? (pl.editor == m_mobiles ? tr("Mobile") : tr("Phone")) : entries[i].second;
            contacts.push_back(raw);
        }
    }
    const auto emails = m_emails->entries();
    for (int i = 0; i < emails.size(); ++i) {
        auto e = services::ClientService::normaliseEmail(emails[i].first);
        if (!e) {
            m_errors->show(QStringLiteral("email"), e.error().message);
            if (QWidget* w = m_emails->valueEdit(i))
                w->setFocus(Qt::OtherFocusReason);
            return std::nullopt;
        }
        ContactPoint raw;
        raw.kind = ContactPoint::Kind::Email;
        raw.value = emails[i].first;
        raw.label = emails[i].second.isEmpty() ? tr("Email") : emails[i].second;
        contacts.push_back(raw);
    }
    ch.contacts = contacts;
    ch.timeZone = Pickers::timeZone(m_timeZone);
    if (m_ownQuiet->isChecked())
        ch.quietHours = m_quietFrom->time().toString(QStringLiteral("HH:mm")) + QLatin1Char('-') +
                        m_quietTo->time().toString(QStringLiteral("HH:mm"));
    else
        ch.quietHours = QString();
    if (m_hasNext->isChecked()) {
        const QTimeZone zone(m_zone.toUtf8());
        const QDateTime dt = m_next->dateTime();
        ch.nextAppointment =
            (zone.isValid() ? QDateTime(dt.date(), dt.time(), zone) : QDateTime(dt.date(), dt.time(), Qt::LocalTime))
                .toUTC();
    } else {
        ch.nextAppointment = QDateTime();
    }
    ch.notes = m_notes->toPlainText().trimmed();
    return ch;
}

void ClientEditDialog::showError(const domain::Error& e)
{
    m_errors->show(e.field, e.message);
}

void ClientEditDialog::accept()
{
    m_errors->clear();
    const auto changes = collect();
    if (!changes)
        return;
    if (m_id) {
        auto saved = m_service.update(*m_id, *changes);
        if (!saved) {
            showError(saved.error());
            return;
        }
        m_savedId = *m_id;
    } else {
        auto id = m_service.add(*changes);
        if (!id) {
            showError(id.error());
            return;
        }
        m_savedId = id.value();
    }
    emit clientSaved(m_savedId);
    QDialog::accept();
}

void ClientEditDialog::toggleArchive()
{
    if (!m_id)
        return;
    const bool archive = !m_loaded.archived;
    if (auto e = m_service.archive(*m_id, archive)) {
        showError(*e);
        return;
    }
    emit clientArchived(*m_id, archive);
    QDialog::reject();
}

void ClientEditDialog::eraseClient()
{
    if (!m_id)
        return;
    const QString name = m_loaded.name;
    bool go = false;
    if (m_confirmErase) {
        go = m_confirmErase(name);
    } else {
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("eraseConfirmation"));
        ask.setWindowTitle(tr("Erase client: %1").arg(name));
        ask.setLabelText(tr("Erasing removes %1's name, numbers, addresses, notes and logged message texts. Their "
                            "consent record stays, without a name, so the ledger still verifies. This cannot be "
                            "undone.\n\nType the client's name to confirm:")
                             .arg(name));
        ask.setInputMode(QInputDialog::TextInput);
        ask.setOkButtonText(tr("Erase %1").arg(name));
        const bool ok = ask.exec() == QDialog::Accepted;
        go = ok && ask.textValue().trimmed() == name.trimmed();
        if (ok && !go)
            QMessageBox::information(this, tr("Erase client: %1").arg(name),
                                     tr("The name did not match: nothing was erased."));
    }
    if (!go)
        return;
    if (auto e = m_service.erase(*m_id)) {
        showError(*e);
        return;
    }
    emit clientErased(*m_id);
    QDialog::reject();
}

QString ClientEditDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

} // namespace rapport::ui
