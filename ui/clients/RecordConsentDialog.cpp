// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/RecordConsentDialog.h"

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
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;
using domain::ConsentState;
using domain::Scope;

RecordConsentDialog::RecordConsentDialog(AppContext& context, qint64 clientId, QWidget* parent)
    : RecordConsentDialog(context, clientId, Prefill{}, parent)
{
}

RecordConsentDialog::RecordConsentDialog(AppContext& context, qint64 clientId, const Prefill& prefill, QWidget* parent)
    : QDialog(parent), m_context(context), m_clientId(clientId), m_channel(new QComboBox(this)),
      m_scope(new QComboBox(this)), m_state(new QComboBox(this)), m_method(new QComboBox(this)),
      m_at(new QDateTimeEdit(this)), m_note(new QPlainTextEdit(this)), m_generalError(FieldErrors::makeLabel(this))
{
    setWindowIcon(Icons::icon(QStringLiteral("consent")));
    m_errors = std::make_unique<FieldErrors>(m_generalError);
    if (const auto client = context.clients().find(clientId))
        m_clientName = client->name;
    setWindowTitle(m_clientName.isEmpty() ? tr("Record consent") : tr("Record consent: %1").arg(m_clientName));
    for (Channel c : domain::consentChannels())
        m_channel->addItem(Labels::channel(c), int(c));
    for (Scope s : {Scope::Service, Scope::Marketing})
        m_scope->addItem(Labels::scope(s), int(s));
    m_scope->setItemData(0, tr("Messages about the client's own appointments and care"), Qt::ToolTipRole);
    m_scope->setItemData(1, tr("Offers, news and promotions"), Qt::ToolTipRole);
    for (ConsentState s : {ConsentState::Granted, ConsentState::Withdrawn, ConsentState::Refused})
        m_state->addItem(Labels::state(s), int(s));
    for (const QString& m : domain::consentMethods())
        if (m != QLatin1String("imported"))
            m_method->addItem(Labels::method(m), m);

    m_channel->setCurrentIndex(qMax(0, m_channel->findData(int(prefill.channel))));
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(int(prefill.scope))));
    m_state->setCurrentIndex(qMax(0, m_state->findData(int(prefill.state))));
    const int mi = m_method->findData(prefill.method.isEmpty() ? QStringLiteral("verbal") : prefill.method);
    m_method->setCurrentIndex(qMax(0, mi));
    const QDateTime local = context.now().toTimeZone(context.practiceZone());
    m_at->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
    m_at->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_at->setCalendarPopup(true);
    Pickers::typeOverSections(m_at);
    m_at->setToolTip(tr("When the client gave or withdrew consent, in the practice's time zone"));
    m_note->setPlainText(prefill.note);
    m_note->setPlaceholderText(tr("What the client agreed to, or the wording they were shown"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(100);

    auto* form = new QFormLayout;
    const QVector<FieldErrors::Field> fields{
        {m_channel, {QStringLiteral("channel")}, tr("&Channel:")},
        {m_scope, {QStringLiteral("scope")}, tr("&Scope:")},
        {m_state, {QStringLiteral("state")}, tr("S&tate:")},
        {m_method, {QStringLiteral("method")}, tr("&Method:")},
        {m_at, {QStringLiteral("at"), QStringLiteral("effective-at")}, tr("&Effective:")},
        {m_note, {QStringLiteral("note")}, tr("&Note:")},
    };
    m_errors->addRows(form, fields);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_recordButton = buttons->button(QDialogButtonBox::Ok);
    m_recordButton->setText(m_clientName.isEmpty() ? tr("&Record") : tr("&Record for %1").arg(m_clientName));
    m_recordButton->setEnabled(!m_clientName.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordConsentDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_generalError);
    v->addWidget(buttons);
    resize(480, sizeHint().height());
}

RecordConsentDialog::~RecordConsentDialog() = default;

QString RecordConsentDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

void RecordConsentDialog::accept()
{
    m_errors->clear();
    services::ConsentRequest r;
    r.clientId = m_clientId;
    r.channel = static_cast<Channel>(m_channel->currentData().toInt());
    r.scope = static_cast<Scope>(m_scope->currentData().toInt());
    r.state = static_cast<ConsentState>(m_state->currentData().toInt());
    r.method = m_method->currentData().toString();
    const QDateTime dt = m_at->dateTime();
    const QDateTime effective = QDateTime(dt.date(), dt.time(), m_context.practiceZone()).toUTC();
    if (effective > m_context.now().addSecs(60)) {
        m_errors->show(QStringLiteral("at"), tr("Effective: consent cannot take effect in the future."));
        return;
    }
    r.effectiveAt = effective;
    r.note = m_note->toPlainText().trimmed();
    r.by = m_context.currentUser();
    auto ev = m_context.consents().record(r);
    if (!ev) {
        m_errors->show(ev.error().field, ev.error().message);
        return;
    }
    m_recorded = ev.value();
    m_context.notifyClientChanged(m_clientId);
    QDialog::accept();
}

} // namespace rapport::ui
