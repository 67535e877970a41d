// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/AppointmentDialog.h"

#include "app/AppContext.h"
#include "common/FieldErrors.h"
#include "common/Icons.h"
#include "common/Pickers.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport::ui {

AppointmentDialog::AppointmentDialog(AppContext& context, qint64 clientId, QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId)
{
    const auto client = context.clients().find(clientId);
    build(client ? client->name : QString());
    // The next whole hour, in the practice's time zone.
    const QDateTime local = context.now().toTimeZone(context.practiceZone()).addSecs(3600);
    m_date->setDate(local.date());
    m_time->setTime(QTime(local.time().hour(), 0));
    m_minutes->setValue(domain::Appointment::kDefaultMinutes);
}

AppointmentDialog::AppointmentDialog(AppContext& context, const domain::Appointment& appointment, QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(appointment.clientId), m_existing(appointment)
{
    const auto client = context.clients().find(appointment.clientId);
    build(client ? client->name : QString());
    const QDateTime local = appointment.start.toTimeZone(context.practiceZone());
    m_date->setDate(local.date());
    m_time->setTime(QTime(local.time().hour(), local.time().minute()));
    m_minutes->setValue(appointment.minutes() > 0 ? appointment.minutes() : domain::Appointment::kDefaultMinutes);
    m_service->setText(appointment.service);
    m_location->setText(appointment.location);
}

AppointmentDialog::~AppointmentDialog() = default;

void AppointmentDialog::build(const QString& clientName)
{
    setWindowIcon(Icons::icon(QStringLiteral("add")));
    const bool moving = m_existing.has_value();
    if (moving)
        setWindowTitle(clientName.isEmpty() ? tr("Move appointment") : tr("Move appointment: %1").arg(clientName));
    else
        setWindowTitle(clientName.isEmpty() ? tr("Book appointment") : tr("Book appointment: %1").arg(clientName));
    m_generalError = FieldErrors::makeLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_generalError);

    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setAccessibleName(tr("Day"));
    Pickers::typeOverSections(m_date);
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Start time"));
    Pickers::typeOverSections(m_time);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(5, services::AppointmentService::kMaxMinutes);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Length in minutes"));
    m_service = new QLineEdit(this);
    m_service->setPlaceholderText(tr("e.g. Sports massage 60 min"));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("e.g. Room 2, or a home visit's address"));

    auto* form = new QFormLayout;
    const QVector<FieldErrors::Field> fields{
        {m_date, {QStringLiteral("date"), QStringLiteral("client")}, tr("&Day:")},
        {m_time, {QStringLiteral("start")}, tr("&Time:")},
        {m_minutes, {QStringLiteral("minutes"), QStringLiteral("end")}, tr("&Length:")},
        {m_service, {QStringLiteral("service")}, tr("&Service:")},
        {m_location, {QStringLiteral("location")}, tr("L&ocation:")},
    };
    m_errors->addRows(form, fields);
    auto* zone = new QLabel(
        tr("Times are in the practice's time zone (%1).").arg(QString::fromUtf8(m_context.practiceZone().id())), this);
    QPalette zp = zone->palette();
    zp.setColor(QPalette::WindowText, zp.color(QPalette::Disabled, QPalette::WindowText));
    zone->setPalette(zp);
    zone->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Ok);
    m_saveButton->setText(moving ? tr("&Move") : tr("&Book"));
    m_saveButton->setEnabled(!clientName.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(zone);
    v->addWidget(m_generalError);
    v->addStretch(1);
    v->addWidget(buttons);
    m_date->setFocus(Qt::OtherFocusReason);
    resize(440, 300);
}

QString AppointmentDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

void AppointmentDialog::accept()
{
    m_errors->clear();
    services::AppointmentChanges ch;
    const QTime t = m_time->time();
    ch.start = QDateTime(m_date->date(), QTime(t.hour(), t.minute()), m_context.practiceZone()).toUTC();
    ch.minutes = m_minutes->value();
    ch.service = m_service->text();
    ch.location = m_location->text();
    auto saved =
        m_existing ? m_context.appointments().move(m_existing->id, ch) : m_context.appointments().add(m_clientId, ch);
    if (!saved) {
        m_errors->show(saved.error().field, saved.error().message);
        return;
    }
    m_saved = saved.value();
    m_context.notifyClientChanged(m_clientId);
    QDialog::accept();
}

} // namespace rapport::ui
