// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/ConsentBadge.h"
#include "services/ClientListService.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <functional>

namespace rapport::storage {
class Database;
}

namespace rapport::ui {

/// The client list: a table model over ClientListQuery, loaded a page at a time as the view
/// scrolls (canFetchMore/fetchMore), filtered and sorted in SQL (never a proxy over all rows).
///
/// Columns: name, a consent badge per consent channel (text, email, phone), next appointment.
/// Badge cells carry a BadgeState under ConsentBadgeDelegate::BadgeRole and a sentence as tooltip.
class ClientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SmsColumn, EmailColumn, PhoneColumn, NextAppointmentColumn, ColumnCount };
    static constexpr int ClientIdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 100;

    /// `now` gives the current time (injected for tests).
    ClientListModel(const storage::Database& db, std::function<QDateTime()> now, QObject* parent = nullptr);
    /// The next appointment column's date format (QLocale::toString): without the year for dates
    /// less than 300 days away, with it beyond.
    static QString appointmentFormat(bool near);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Filters by the FTS5 prefix search (names, numbers, emails) and reloads the first page.
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    /// How long an inbound text makes a client "client-initiated" (settings).
    void setConversationWindowDays(int days);
    /// The zone next appointments are shown in (the practice's).
    void setDisplayTimeZone(const QTimeZone& zone);

    /// Reloads from the first page (keeps as many rows loaded as before, up to a few pages).
    void reload();
    /// Re-reads one client's row after a change (consent, edit, archive); inserts or removes the
    /// row as the filter now says. Falls back to reload() for a client not on the loaded pages.
    void refreshClient(qint64 id);

    qint64 clientId(int row) const;
    /// The row of a loaded client, or -1.
    int rowOf(qint64 id) const;
    /// Badge shown for a channel of a loaded row.
    BadgeState badge(int row, domain::Channel channel) const;
    /// The last database error, empty when the last load worked.
    QString lastError() const { return m_lastError; }
    /// True when the database holds no (non-erased) client at all, whatever the filter.
    bool databaseEmpty() const;

signals:
    /// After each (re)load of the first page, with the number of rows loaded so far.
    void reloaded();

private:
    BadgeState badgeFor(const domain::ClientListRow& r, int channelIndex) const;
    QString tooltipFor(const domain::ClientListRow& r, int channelIndex) const;
    bool matchesFilter(const domain::ClientListRow& r) const;
    void loadFirst(int atLeast);

    services::ClientListService m_query;
    std::function<QDateTime()> m_now;
    QVector<domain::ClientListRow> m_rows;
    QString m_search;
    bool m_showArchived = false;
    bool m_more = false;
    int m_windowDays = 30;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_lastError;
};

} // namespace rapport::ui
