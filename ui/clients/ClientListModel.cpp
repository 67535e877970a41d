// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientListModel.h"

#include "clients/ConsentBadgeDelegate.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace rapport::ui {

using domain::Channel;

namespace {
const Channel kChannels[3] = {Channel::Sms, Channel::Email, Channel::Phone};

QString stateWord(const std::optional<domain::ConsentState>& s)
{
    if (!s)
        return ClientListModel::tr("none");
    switch (*s) {
    case domain::ConsentState::Granted:
        return ClientListModel::tr("granted");
    case domain::ConsentState::Withdrawn:
        return ClientListModel::tr("withdrawn");
    case domain::ConsentState::Refused:
        return ClientListModel::tr("refused");
    case domain::ConsentState::Imported:
        break;
    }
    return ClientListModel::tr("imported, unverified");
}
} // namespace

ClientListModel::ClientListModel(const storage::Database& db, std::function<QDateTime()> now, QObject* parent)
    : QAbstractTableModel(parent), m_query(db), m_now(std::move(now))
{
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

BadgeState ClientListModel::badgeFor(const domain::ClientListRow& r, int ci) const
{
    const auto& service = r.service[std::size_t(ci)];
    if (service)
        return ConsentBadge::fromState(*service);
    if (ci == 0 && r.lastInboundSms && *r.lastInboundSms >= m_now().addDays(-m_windowDays))
        return BadgeState::ClientInitiated;
    const auto& marketing = r.marketing[std::size_t(ci)];
    if (marketing)
        return ConsentBadge::fromState(*marketing);
    return BadgeState::None;
}

QString ClientListModel::tooltipFor(const domain::ClientListRow& r, int ci) const
{
    const Channel ch = kChannels[ci];
    QString text = ConsentBadge::description(ch, badgeFor(r, ci));
    text +=
        QLatin1Char('\n') + tr("Service messages: %1; marketing: %2.")
                                .arg(stateWord(r.service[std::size_t(ci)]), stateWord(r.marketing[std::size_t(ci)]));
    if (ci == 0 && r.lastInboundSms)
        text += QLatin1Char('\n') +
                tr("Last text from the client: %1.")
                    .arg(QLocale().toString(r.lastInboundSms->toTimeZone(m_zone), QLocale::ShortFormat));
    return text;
}

QString ClientListModel::appointmentFormat(bool near)
{
    // Compact, so that the column fits beside the names at 1024 px: the year only for a date
    // ten months or more away. Translatable ("d. MMM, HH:mm" in German).
    return near ? tr("d MMM, HH:mm") : tr("d MMM yyyy, HH:mm");
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const domain::ClientListRow& r = m_rows.at(index.row());
    if (role == ClientIdRole)
        return r.id;
    const int col = index.column();
    if (col >= SmsColumn && col <= PhoneColumn) {
        const int ci = col - SmsColumn;
        switch (role) {
        case ConsentBadgeDelegate::BadgeRole:
            return int(badgeFor(r, ci));
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return ConsentBadge::label(badgeFor(r, ci));
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return tooltipFor(r, ci);
        default:
            return {};
        }
    }
    if (col == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: {
            QString text = r.name;
            if (!r.preferredName.isEmpty() && r.preferredName != r.name)
                text += QStringLiteral(" (\u201c%1\u201d)").arg(r.preferredName);
            if (r.archived)
                text += QLatin1Char(' ') + tr("[archived]");
            return text;
        }
        case Qt::FontRole:
            if (r.archived) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        case Qt::ForegroundRole:
            if (r.archived)
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        default:
            return {};
        }
    }
    if (col == NextAppointmentColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (!r.nextAppointment)
                return QString();
            const QDateTime local = r.nextAppointment->toTimeZone(m_zone);
            // The year only when the month and day alone could mislead: ten months or more away.
            const bool near = qAbs(m_now().daysTo(*r.nextAppointment)) < 300;
            return QLocale().toString(local, appointmentFormat(near));
        }
        if (role == Qt::UserRole && r.nextAppointment)
            return *r.nextAppointment;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SmsColumn:
        return tr("Text");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case NextAppointmentColumn:
        return tr("Next appointment");
    default:
        return {};
    }
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    const auto& last = m_rows.last();
    auto page =
        m_query.page(m_search, m_showArchived, domain::ClientListCursor{last.nameKey, last.id}, kPageSize, m_now());
    if (!page) {
        m_lastError = page.error().message;
        m_more = false;
        return;
    }
    const auto& rows = page.value();
    m_more = rows.size() == kPageSize;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

void ClientListModel::loadFirst(int atLeast)
{
    const int limit = qBound(kPageSize, atLeast, 4 * kPageSize);
    auto page = m_query.page(m_search, m_showArchived, std::nullopt, limit, m_now());
    beginResetModel();
    if (page) {
        m_rows = std::move(page).value();
        m_more = m_rows.size() == limit;
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_more = false;
        m_lastError = page.error().message;
    }
    endResetModel();
    emit reloaded();
}

void ClientListModel::setSearch(const QString& text)
{
    if (text == m_search && !m_rows.isEmpty())
        return;
    m_search = text;
    loadFirst(kPageSize);
}

void ClientListModel::setShowArchived(bool show)
{
    m_showArchived = show;
    loadFirst(int(m_rows.size()));
}

void ClientListModel::setConversationWindowDays(int days)
{
    m_windowDays = days;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SmsColumn), index(int(m_rows.size()) - 1, SmsColumn));
}

void ClientListModel::setDisplayTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ClientListModel::reload()
{
    loadFirst(int(m_rows.size()));
}

bool ClientListModel::matchesFilter(const domain::ClientListRow& r) const
{
    return m_showArchived || !r.archived;
}

void ClientListModel::refreshClient(qint64 id)
{
    const int at = rowOf(id);
    if (at < 0) {
        reload();
        return;
    }
    auto fresh = m_query.row(id, m_now());
    if (!fresh || !matchesFilter(*fresh) || fresh->nameKey != m_rows[at].nameKey) {
        // Gone, filtered out, or renamed (its place in the order changed): reload the pages.
        reload();
        return;
    }
    m_rows[at] = fresh.value();
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

qint64 ClientListModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ClientListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

BadgeState ClientListModel::badge(int row, Channel channel) const
{
    if (row < 0 || row >= m_rows.size())
        return BadgeState::None;
    for (int ci = 0; ci < 3; ++ci)
        if (kChannels[ci] == channel)
            return badgeFor(m_rows.at(row), ci);
    return BadgeState::None;
}

bool ClientListModel::databaseEmpty() const
{
    if (!m_rows.isEmpty())
        return false;
    const auto n = m_query.count(QString(), true);
    return n && n.value() == 0;
}

} // namespace rapport::ui
