// SPDX-License-Identifier: GPL-3.0-or-later
// "Not now": the composer keeps a message for the suggested time (or a later one) as a scheduled
// message; the Scheduled messages window announces it when due and a person hands it off.
#include "common/Labels.h"
#include "composer/ComposerWindow.h"

#include "composer/ChannelAdvicePanel.h"
#include "services/QueueService.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>

namespace rapport::ui {

using domain::Channel;

void ComposerWindow::askSchedule()
{
    if (!m_advice.timing.nextOk)
        return;
    const QTimeZone zone(m_settings.timeZone.toUtf8());
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Schedule for later"));
    auto* form = new QFormLayout(&dialog);
    auto* when = new QDateTimeEdit(&dialog);
    when->setDisplayFormat(QStringLiteral("ddd d MMM yyyy, HH:mm"));
    when->setCalendarPopup(true);
    const QDateTime suggested = m_advice.timing.nextOk->toTimeZone(shown);
    when->setDateTime(QDateTime(suggested.date(), suggested.time()));
    when->setMinimumDateTime(QDateTime(suggested.date(), suggested.time()));
    form->addRow(tr("&Hand off at (%1):").arg(QString::fromUtf8(shown.id())), when);
    form->addRow(new QLabel(tr("By %1. When it is due, Rapport says so and reads the advice again; nothing is sent "
                               "by itself.")
                                .arg(Labels::channelInSentence(m_advice.best)),
                            &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDateTime wall = when->dateTime();
    scheduleFor(QDateTime(wall.date(), wall.time(), shown));
}

bool ComposerWindow::scheduleFor(const QDateTime& at)
{
    if (!m_context || m_advice.best == Channel::InPerson || m_editor->toPlainText().trimmed().isEmpty())
        return false;
    const Channel channel = m_advice.best;
    const qint64 clientId = m_context->client.id;
    const auto scheduled = services::QueueService(m_service.database(), m_service.clock())
                               .schedule(clientId, channel, m_editor->toPlainText(), at, chosenPurpose());
    if (!scheduled) {
        setStatus(scheduled.error().message, true);
        return false;
    }
    m_saveTimer->stop();
    if (m_draftId != 0)
        if (auto e = m_service.discardDraft(m_draftId))
            setStatus(e->message, true);
    clearAfterHandoff(channel,
                      tr("Scheduled for %1 by %2 (View, Scheduled messages). The draft was cleared.")
                          .arg(formatLocal(scheduled->dueAt), Labels::channelInSentence(channel)),
                      false);
    emit this->scheduled(clientId);
    return true;
}

} // namespace rapport::ui
