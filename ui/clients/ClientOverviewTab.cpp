// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientOverviewTab.h"

#include "app/AppContext.h"
#include "app/Theme.h"
#include "clients/RaiseItemsList.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "services/PhoneNumbers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

using domain::Channel;
using domain::ContactPoint;
using domain::Directive;

namespace {
QString numberTypeName(domain::NumberType t)
{
    switch (t) {
    case domain::NumberType::Mobile:
        return ClientOverviewTab::tr("mobile");
    case domain::NumberType::FixedLine:
        return ClientOverviewTab::tr("landline: no texts");
    case domain::NumberType::FixedLineOrMobile:
        return ClientOverviewTab::tr("landline or mobile");
    case domain::NumberType::Other:
        return ClientOverviewTab::tr("other");
    case domain::NumberType::Unknown:
        break;
    }
    return ClientOverviewTab::tr("type unknown");
}

QLabel* valueLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    return l;
}
} // namespace

ClientOverviewTab::ClientOverviewTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_contacts(valueLabel(this)), m_timeZone(valueLabel(this)),
      m_quiet(valueLabel(this)), m_next(valueLabel(this)), m_notes(valueLabel(this)), m_prefs(new QListWidget(this)),
      m_up(new QToolButton(this)), m_down(new QToolButton(this)), m_error(new QLabel(this)),
      m_raise(new RaiseItemsList(context, this))
{
    m_contacts->setTextFormat(Qt::RichText);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("Contact:"), m_contacts);
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Quiet hours:"), m_quiet);
    form->addRow(tr("Next appointment:"), m_next);
    // What the composer put aside to raise in person at that appointment, each with a Raised tick.
    form->addRow(tr("To raise there:"), m_raise);
    form->addRow(tr("Notes:"), m_notes);

    auto* prefsBox = new QGroupBox(tr("Preferred channels"), this);
    auto* pv = new QVBoxLayout(prefsBox);
    auto* hint = new QLabel(tr("Tick the channels the client likes, most preferred first."), prefsBox);
    hint->setWordWrap(true);
    pv->addWidget(hint);
    auto* ph = new QHBoxLayout;
    m_prefs->setDragDropMode(QAbstractItemView::InternalMove);
    m_prefs->setDefaultDropAction(Qt::MoveAction);
    m_prefs->setAccessibleName(tr("Preferred channels, most preferred first"));
    m_prefs->setMaximumHeight(110);
    ph->addWidget(m_prefs, 1);
    auto* buttons = new QVBoxLayout;
    m_up->setIcon(Icons::icon(QStringLiteral("up")));
    m_down->setIcon(Icons::icon(QStringLiteral("down")));
    m_up->setToolTip(tr("Move up (prefer more)"));
    m_down->setToolTip(tr("Move down (prefer less)"));
    m_up->setAccessibleName(tr("Move preference up"));
    m_down->setAccessibleName(tr("Move preference down"));
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    ph->addLayout(buttons);
    pv->addLayout(ph);

    auto* dirBox = new QGroupBox(tr("How the client asked to be contacted"), this);
    auto* dg = new QGridLayout(dirBox);
    int row = 0;
    for (Directive d : domain::allDirectives()) {
        auto* check = new QCheckBox(Labels::directive(d), dirBox);
        auto* info = new QLabel(dirBox);
        QPalette ip = info->palette();
        ip.setColor(QPalette::WindowText, ip.color(QPalette::Disabled, QPalette::WindowText));
        info->setPalette(ip);
        dg->addWidget(check, row, 0);
        dg->addWidget(info, row, 1);
        ++row;
        m_directives.insert(int(d), check);
        m_directiveInfo.insert(int(d), info);
        connect(check, &QCheckBox::toggled, this, [this, d](bool on) {
            if (!m_loading)
                setDirective(d, on);
        });
    }
    dg->setColumnStretch(0, 1);

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette ep = m_error->palette();
    ep.setColor(QPalette::WindowText, Theme::errorColour(ep));
    m_error->setPalette(ep);

    connect(m_raise, &RaiseItemsList::raised, this, &ClientOverviewTab::clientChanged);

    // Scrolls rather than growing the window: the list to raise makes the tab as tall as it needs.
    auto* content = new QWidget(this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* v = new QVBoxLayout(content);
    v->addLayout(form);
    v->addWidget(prefsBox);
    v->addWidget(dirBox);
    v->addWidget(m_error);
    v->addStretch(1);
    scroll->setWidget(content);

    connect(m_up, &QToolButton::clicked, this, [this] { movePreference(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { movePreference(+1); });
    connect(m_prefs->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_loading)
            savePreferences();
    });
    connect(m_prefs, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            savePreferences();
    });
}

void ClientOverviewTab::setClient(const domain::Client& c)
{
    m_loading = true;
    m_client = c;
    QStringList lines;
    for (const auto& cp : c.contacts) {
        QString value = cp.kind == ContactPoint::Kind::Phone
                            ? services::PhoneNumbers::forDisplay(cp.value, m_context.practice().country)
                            : cp.value;
        QString line = QStringLiteral("<b>%1</b>").arg(value.toHtmlEscaped());
        QStringList extra;
        if (!cp.label.isEmpty())
            extra << cp.label.toHtmlEscaped();
        if (cp.kind == ContactPoint::Kind::Phone &&
            !cp.label.contains(numberTypeName(cp.numberType), Qt::CaseInsensitive))
            extra << numberTypeName(cp.numberType);
        if (!extra.isEmpty())
            line += QStringLiteral(" &nbsp;(") + extra.join(QStringLiteral(", ")) + QLatin1Char(')');
        lines << line;
    }
    m_contacts->setText(lines.isEmpty() ? tr("<i>No phone number or email address</i>")
                                        : lines.join(QStringLiteral("<br>")));
    m_timeZone->setText(c.timeZone.isEmpty() ? tr("%1 (the practice's)").arg(m_context.practice().timeZone)
                                             : c.timeZone);
    m_quiet->setText(c.quietHours ? c.quietHours->toString()
                                  : tr("%1 (practice default)").arg(m_context.practice().quietHours.toString()));
    m_next->setText(c.nextAppointment ? QLocale().toString(c.nextAppointment->toTimeZone(m_context.practiceZone()),
                                                           QStringLiteral("dddd d MMMM yyyy, HH:mm"))
                                      : tr("None booked"));
    m_notes->setText(c.notes.isEmpty() ? tr("None") : c.notes);

    m_prefs->clear();
    QVector<Channel> order = c.preferences;
    for (Channel ch : domain::allChannels())
        if (!order.contains(ch))
            order.push_back(ch);
    for (Channel ch : order) {
        auto* it = new QListWidgetItem(Labels::channel(ch), m_prefs);
        it->setData(Qt::UserRole, int(ch));
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsUserCheckable);
        it->setCheckState(c.preferences.contains(ch) ? Qt::Checked : Qt::Unchecked);
    }
    const QLocale locale;
    for (Directive d : domain::allDirectives()) {
        QCheckBox* check = m_directives.value(int(d));
        QLabel* info = m_directiveInfo.value(int(d));
        check->setChecked(c.hasDirective(d));
        info->clear();
        for (const auto& r : c.directives)
            if (r.directive == d)
                info->setText(r.setBy.isEmpty()
                                  ? tr("since %1").arg(locale.toString(r.setAt.toLocalTime(), QLocale::ShortFormat))
                                  : tr("since %1, by %2")
                                        .arg(locale.toString(r.setAt.toLocalTime(), QLocale::ShortFormat), r.setBy));
    }
    m_error->setVisible(false);
    m_raise->setClient(c.id);
    m_loading = false;
}

void ClientOverviewTab::movePreference(int delta)
{
    const int row = m_prefs->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_prefs->count())
        return;
    m_loading = true;
    QListWidgetItem* it = m_prefs->takeItem(row);
    m_prefs->insertItem(to, it);
    m_prefs->setCurrentRow(to);
    m_loading = false;
    savePreferences();
}

void ClientOverviewTab::savePreferences()
{
    if (m_client.id == 0)
        return;
    QStringList prefers;
    for (int i = 0; i < m_prefs->count(); ++i) {
        const QListWidgetItem* it = m_prefs->item(i);
        if (it->checkState() == Qt::Checked)
            prefers << domain::toString(static_cast<Channel>(it->data(Qt::UserRole).toInt()));
    }
    services::ClientChanges ch;
    ch.prefers = prefers;
    auto saved = m_context.clients().update(m_client.id, ch);
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    m_client = saved.value();
    m_error->setVisible(false);
    m_context.notifyClientChanged(m_client.id);
    emit clientChanged(m_client.id);
}

void ClientOverviewTab::setDirective(Directive d, bool on)
{
    if (m_client.id == 0)
        return;
    if (auto e = m_context.clients().setDirective(m_client.id, d, on, m_context.currentUser())) {
        showError(e->message);
        return;
    }
    m_context.notifyClientChanged(m_client.id);
    emit clientChanged(m_client.id);
}

void ClientOverviewTab::showError(const QString& message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace rapport::ui
