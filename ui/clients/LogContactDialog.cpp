// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/LogContactDialog.h"

#include "app/AppContext.h"
#include "common/FieldErrors.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "common/Pickers.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;
using domain::Direction;

LogContactDialog::LogContactDialog(AppContext& context, qint64 clientId, QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId), m_direction(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_at(new QDateTimeEdit(this)), m_text(new QPlainTextEdit(this)),
      m_generalError(FieldErrors::makeLabel(this))
{
    setWindowIcon(Icons::icon(QStringLiteral("log-contact")));
    m_errors = std::make_unique<FieldErrors>(m_generalError);
    if (const auto client = context.clients().find(clientId))
        m_clientName = client->name;
    setWindowTitle(m_clientName.isEmpty() ? tr("Log contact") : tr("Log contact: %1").arg(m_clientName));
    m_direction->addItem(Labels::direction(Direction::Inbound), int(Direction::Inbound));
    m_direction->addItem(Labels::direction(Direction::Outbound), int(Direction::Outbound));
    for (Channel c : domain::allChannels())
        m_channel->addItem(Labels::channel(c), int(c));
    const QDateTime local = context.now().toTimeZone(context.practiceZone());
    m_at->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
    m_at->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_at->setCalendarPopup(true);
    Pickers::typeOverSections(m_at);
    m_text->setPlaceholderText(tr("The message as received or sent (a text saying only STOP withdraws text "
                                  "consent)"));
    m_text->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    const QVector<FieldErrors::Field> fields{
        {m_direction, {QStringLiteral("direction")}, tr("&Direction:")},
        {m_channel, {QStringLiteral("channel")}, tr("&Channel:")},
        {m_at, {QStringLiteral("at")}, tr("&When:")},
        {m_text, {QStringLiteral("text")}, tr("&Text:")},
    };
    m_errors->addRows(form, fields);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_logButton = buttons->button(QDialogButtonBox::Ok);
    m_logButton->setText(m_clientName.isEmpty() ? tr("&Log") : tr("&Log for %1").arg(m_clientName));
    m_logButton->setEnabled(!m_clientName.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &LogContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogContactDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_generalError);
    v->addWidget(buttons);
    resize(480, 360);
}

LogContactDialog::~LogContactDialog() = default;

QString LogContactDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

QString LogContactDialog::describe(const services::LogOutcome& outcome)
{
    QStringList parts;
    for (const QString& t : outcome.triggered) {
        if (t.startsWith(QLatin1String("withdrawn"))) {
            const QString channel = t.section(QLatin1Char(':'), 1).trimmed();
            const auto c = domain::channelFromString(channel);
            parts << tr("Recorded a withdrawal of %1 consent (service and marketing).")
                         .arg(Labels::channelInSentence(c ? *c : Channel::Sms));
        } else if (t == QLatin1String("possible-opt-out")) {
            parts << tr("This may be an opt-out: check with the client.");
        } else if (t == QLatin1String("possible-opt-in")) {
            parts << tr("This may be a request to receive texts again: nothing was changed; confirm with the "
                        "client, then record their consent.");
        }
    }
    return parts.join(QLatin1Char(' '));
}

void LogContactDialog::accept()
{
    m_errors->clear();
    services::LogRequest r;
    r.clientId = m_clientId;
    r.direction = static_cast<Direction>(m_direction->currentData().toInt());
    r.channel = static_cast<Channel>(m_channel->currentData().toInt());
    const QDateTime dt = m_at->dateTime();
    r.at = QDateTime(dt.date(), dt.time(), m_context.practiceZone()).toUTC();
    r.text = m_text->toPlainText().trimmed();
    r.by = m_context.currentUser();
    auto out = m_context.contacts().log(r);
    if (!out) {
        m_errors->show(out.error().field, out.error().message);
        return;
    }
    m_outcome = out.value();
    m_context.notifyClientChanged(m_clientId);
    QDialog::accept();
}

} // namespace rapport::ui
