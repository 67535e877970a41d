#pragma once

#include "Channel.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

namespace rapport::storage {
class Database;
}

namespace rapport::ui {

/// Read-only aggregate queries for the dashboard, in SQL over the storage schema (indexed by
/// client and time), so they stay quick at 100,000 clients. Archived and erased clients are left
/// out of coverage and the work queue.
class DashboardQuery {
public:
    explicit DashboardQuery(const storage::Database& db);

    /// Clients per current state on one consent line; `none` = no event yet.
    struct Coverage {
        domain::Channel channel = domain::Channel::Sms;
        domain::Scope scope = domain::Scope::Service;
        int granted = 0;
        int imported = 0;
        int withdrawn = 0; ///< withdrawn or refused
        int none = 0;
    };
    /// The six lines (sms, email, phone x service, marketing), in that order, at `now`.
    domain::Result<QVector<Coverage>> coverage(const QDateTime& now) const;

    /// Contacts (in and out) per channel per week: `weeks` buckets of 7 days ending at `now`,
    /// oldest first. Keyed by channel; each vector has `weeks` counts.
    struct Volume {
        QVector<QDate> weekStarts; ///< UTC date each bucket starts
        QMap<domain::Channel, QVector<int>> counts;
    };
    domain::Result<Volume> contactVolume(const QDateTime& now, int weeks = 12) const;

    /// A consent line in state `imported`, waiting for a person to confirm it.
    struct PendingConsent {
        qint64 clientId = 0;
        QString clientName;
        domain::Channel channel = domain::Channel::Sms;
        domain::Scope scope = domain::Scope::Service;
        QDateTime effectiveAt;
    };
    /// At most `limit` lines, oldest first; `total` receives the full count when given.
    domain::Result<QVector<PendingConsent>> pendingConfirmations(const QDateTime& now, int limit = 500,
                                                                 int* total = nullptr) const;

private:
    const storage::Database& m_db;
};

} // namespace rapport::ui
