// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientAppointmentsTab.h"

#include "app/AppContext.h"
#include "clients/AppointmentDialog.h"
#include "common/FieldErrors.h"
#include "common/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Appointment;
using domain::AppointmentStatus;

namespace {
constexpr int kIdRole = Qt::UserRole;

QString statusText(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Booked:
        return ClientAppointmentsTab::tr("Booked");
    case AppointmentStatus::Cancelled:
        return ClientAppointmentsTab::tr("Cancelled");
    case AppointmentStatus::Attended:
        return ClientAppointmentsTab::tr("Attended");
    case AppointmentStatus::NoShow:
        return ClientAppointmentsTab::tr("No-show");
    }
    return {};
}

QString sourceText(const QString& source)
{
    if (source == Appointment::manualSource())
        return QString();
    if (source == Appointment::migratedSource())
        return ClientAppointmentsTab::tr("from the old next-appointment field");
    if (source.startsWith(QLatin1String("ics:")))
        return ClientAppointmentsTab::tr("from calendar %1").arg(source.mid(4));
    return source;
}
} // namespace

ClientAppointmentsTab::ClientAppointmentsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_add(new QPushButton(Icons::icon(QStringLiteral("add")), tr("&Add..."), this)),
      m_move(new QPushButton(Icons::icon(QStringLiteral("edit")), tr("Move &to..."), this)),
      m_cancel(new QPushButton(Icons::icon(QStringLiteral("remove")), tr("Cance&l"), this)),
      m_attended(new QPushButton(tr("Attended"), this)), m_noShow(new QPushButton(tr("No-show"), this)),
      m_error(FieldErrors::makeLabel(this)), m_list(new QTreeWidget(this)),
      m_empty(new QLabel(tr("No appointments yet. Add one with \"Add\" (Alt+A)."), this))
{
    m_add->setToolTip(tr("Book an appointment for this client (Alt+A)"));
    m_move->setToolTip(tr("Move the selected appointment to another day or time (Alt+T, or Enter on the row)"));
    m_cancel->setToolTip(tr("Cancel the selected appointment (Alt+L); it stays in the list as cancelled"));
    m_attended->setToolTip(tr("Record that the client came to the selected appointment"));
    m_noShow->setToolTip(tr("Record that the client did not come to the selected appointment"));
    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("When"), tr("Length"), tr("Service"), tr("Location"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Appointments"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QPalette ep = m_empty->palette();
    ep.setColor(QPalette::WindowText, ep.color(QPalette::Disabled, QPalette::WindowText));
    m_empty->setPalette(ep);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_move);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    bar->addWidget(m_attended);
    bar->addWidget(m_noShow);
    auto* v = new QVBoxLayout(this);
    v->addLayout(bar);
    v->addWidget(m_error);
    v->addWidget(m_list, 1);
    v->addWidget(m_empty, 1);

    connect(m_add, &QPushButton::clicked, this, &ClientAppointmentsTab::addAppointment);
    connect(m_move, &QPushButton::clicked, this, &ClientAppointmentsTab::moveAppointment);
    connect(m_cancel, &QPushButton::clicked, this, &ClientAppointmentsTab::cancelAppointment);
    connect(m_attended, &QPushButton::clicked, this, [this] { setStatus(AppointmentStatus::Attended); });
    connect(m_noShow, &QPushButton::clicked, this, [this] { setStatus(AppointmentStatus::NoShow); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* it) {
        if (it && it->data(0, kIdRole).isValid())
            moveAppointment();
    });
}

void ClientAppointmentsTab::setClient(qint64 clientId, bool bookable)
{
    if (clientId != m_clientId)
        showError(QString());
    m_clientId = clientId;
    m_bookable = bookable;
    reload();
}

void ClientAppointmentsTab::reload()
{
    const auto keep = current();
    m_list->clear();
    m_appointments.clear();
    if (m_clientId != 0) {
        auto all = m_context.appointments().forClient(m_clientId);
        if (all)
            m_appointments = all.value();
        else
            showError(all.error().message);
    }
    const QDateTime now = m_context.now();
    QVector<Appointment> upcoming, past;
    for (const auto& a : m_appointments)
        (a.end > now ? upcoming : past).push_back(a);
    std::reverse(past.begin(), past.end()); // latest first
    const QLocale locale;
    const QTimeZone zone = m_context.practiceZone();
    const auto group = [this](const QString& title) {
        auto* heading = new QTreeWidgetItem(m_list);
        heading->setText(0, title);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFirstColumnSpanned(true);
        QFont f = heading->font(0);
        f.setBold(true);
        heading->setFont(0, f);
        return heading;
    };
    const auto add = [&](const Appointment& a) {
        auto* it = new QTreeWidgetItem(m_list);
        const QDateTime local = a.start.toTimeZone(zone);
        it->setText(0, locale.toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm")));
        it->setText(1, tr("%1 min").arg(a.minutes()));
        it->setText(2, a.service);
        it->setText(3, a.location);
        it->setText(4, statusText(a.status));
        it->setData(0, kIdRole, a.id);
        const QString from = sourceText(a.source);
        if (!from.isEmpty())
            it->setToolTip(0, from);
        if (a.status == AppointmentStatus::Cancelled) {
            QFont f = it->font(0);
            f.setStrikeOut(true);
            for (int c = 0; c < 4; ++c)
                it->setFont(c, f);
        }
        it->setData(4, Qt::AccessibleTextRole, statusText(a.status));
    };
    if (!upcoming.isEmpty()) {
        group(tr("Upcoming (%1)").arg(upcoming.size()));
        for (const auto& a : upcoming)
            add(a);
    }
    if (!past.isEmpty()) {
        group(tr("Past (%1)").arg(past.size()));
        for (const auto& a : past)
            add(a);
    }
    for (int c : {0, 1, 3, 4})
        m_list->resizeColumnToContents(c);
    m_list->setVisible(!m_appointments.isEmpty());
    m_empty->setVisible(m_appointments.isEmpty());
    if (keep)
        selectAppointment(keep->id);
    else if (!upcoming.isEmpty())
        selectAppointment(upcoming.front().id);
    updateButtons();
}

void ClientAppointmentsTab::selectAppointment(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* it = m_list->topLevelItem(i);
        if (it->data(0, kIdRole).toLongLong() == id) {
            m_list->setCurrentItem(it);
            return;
        }
    }
}

std::optional<Appointment> ClientAppointmentsTab::current() const
{
    const QTreeWidgetItem* it = m_list->currentItem();
    if (!it || !it->data(0, kIdRole).isValid())
        return std::nullopt;
    const qint64 id = it->data(0, kIdRole).toLongLong();
    for (const auto& a : m_appointments)
        if (a.id == id)
            return a;
    return std::nullopt;
}

void ClientAppointmentsTab::updateButtons()
{
    const auto a = current();
    const bool booked = a && a->isBooked();
    m_add->setEnabled(m_clientId != 0 && m_bookable);
    m_move->setEnabled(booked && m_bookable);
    m_cancel->setEnabled(booked);
    m_attended->setEnabled(a && a->status != AppointmentStatus::Cancelled && a->status != AppointmentStatus::Attended);
    m_noShow->setEnabled(a && a->status != AppointmentStatus::Cancelled && a->status != AppointmentStatus::NoShow);
}

void ClientAppointmentsTab::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ClientAppointmentsTab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ClientAppointmentsTab::addAppointment()
{
    if (m_clientId == 0 || !m_bookable)
        return;
    showError(QString());
    AppointmentDialog dialog(m_context, m_clientId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    reload(); // the context said the client changed; reload here too to select the new one
    selectAppointment(dialog.saved()->id);
    m_list->setFocus(Qt::OtherFocusReason);
}

void ClientAppointmentsTab::moveAppointment()
{
    const auto a = current();
    if (!a || !a->isBooked())
        return;
    showError(QString());
    AppointmentDialog dialog(m_context, *a, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    reload();
    selectAppointment(dialog.saved()->id);
    m_list->setFocus(Qt::OtherFocusReason);
}

void ClientAppointmentsTab::cancelAppointment()
{
    setStatus(AppointmentStatus::Cancelled);
}

void ClientAppointmentsTab::setStatus(AppointmentStatus status)
{
    const auto a = current();
    if (!a)
        return;
    auto& service = m_context.appointments();
    auto r = status == AppointmentStatus::Cancelled  ? service.cancel(a->id)
             : status == AppointmentStatus::Attended ? service.markAttended(a->id)
                                                     : service.markNoShow(a->id);
    if (!r) {
        showError(r.error().message);
        return;
    }
    showError(QString());
    m_context.notifyClientChanged(m_clientId);
    reload();
    selectAppointment(a->id);
    m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace rapport::ui
