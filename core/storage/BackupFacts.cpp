// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupFacts.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rapport::storage {

namespace {

/// A read-only connection to a file, closed and removed on destruction.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("rapport-backup-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

domain::Result<BackupFacts> readBackupFacts(const QString& path)
{
    ReadOnlyConnection conn(path);
    if (!conn.isOpen())
        return domain::Error::invalid(conn.error());
    QSqlQuery q(conn.db());
    const auto scalar = [&](const QString& sql, QVariant& out) -> bool {
        if (!q.exec(sql) || !q.next())
            return false;
        out = q.value(0);
        q.finish();
        return true;
    };
    const auto failed = [&q] { return domain::Error::invalid(q.lastError().text()); };
    BackupFacts facts;
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return failed();
    while (q.next())
        facts.problems << q.value(0).toString();
    q.finish();
    QVariant v;
    if (!scalar(QStringLiteral("PRAGMA application_id"), v))
        return failed();
    facts.applicationId = v.toLongLong();
    if (!scalar(QStringLiteral("PRAGMA user_version"), v))
        return failed();
    facts.schemaVersion = v.toInt();
    if (!scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                               "('consent_events', 'clients')"),
                v))
        return failed();
    facts.hasLedger = v.toInt() == 2;
    if (!facts.hasLedger)
        return facts;
    if (!scalar(QStringLiteral("SELECT count(*) FROM consent_events"), v))
        return failed();
    facts.events = v.toLongLong();
    if (!scalar(QStringLiteral("SELECT count(*) FROM clients"), v))
        return failed();
    facts.clients = v.toLongLong();
    if (facts.events > 0) {
        if (!scalar(QStringLiteral("SELECT hash FROM consent_events ORDER BY id DESC LIMIT 1"), v))
            return failed();
        facts.chainHead = v.toString();
    }
    return facts;
}

} // namespace rapport::storage
