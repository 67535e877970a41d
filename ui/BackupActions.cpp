#include "BackupActions.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::ui {

using domain::Error;
using domain::Result;

Result<services::BackupInfo> BackupActions::backup(const storage::Database& db, const QString& target)
{
    return services::BackupService::backup(db, target);
}

domain::Status BackupActions::reopen(storage::Database& db)
{
    QSqlDatabase c = db.connection();
    if (!c.isOpen() && !c.open())
        return Error::database(tr("cannot reopen the database %1: %2").arg(db.path(), c.lastError().text()));
    for (const char* pragma : {"synchronous=FULL", "foreign_keys=ON", "recursive_triggers=ON"}) {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(pragma)))
            return Error::database(
                tr("cannot configure the database (%1): %2").arg(QString::fromLatin1(pragma), q.lastError().text()));
    }
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error::database(tr("cannot read the restored database %1: %2").arg(db.path(), q.lastError().text()));
    if (q.value(0).toInt() != db.schemaVersion())
        return Error::database(tr("the restored database %1 has schema %2, this Rapport uses %3: restart Rapport")
                                   .arg(db.path())
                                   .arg(q.value(0).toInt())
                                   .arg(db.schemaVersion()));
    return std::nullopt;
}

Result<services::BackupInfo> BackupActions::restoreInPlace(storage::Database& db, const QString& backupPath)
{
    auto checked = services::BackupService::inspect(backupPath);
    if (!checked)
        return checked.error();
    {
        QSqlDatabase c = db.connection();
        c.close(); // finalizes the connection's statements; the -wal is checkpointed into the file
    }
    auto restored = services::BackupService::restore(backupPath, db.path());
    const auto reopened = reopen(db);
    if (reopened) {
        if (restored)
            return Error::database(tr("The backup was restored, but %1. Restart Rapport.").arg(reopened->message));
        return Error::database(
            tr("The restore failed (%1), then %2. Restart Rapport.").arg(restored.error().message, reopened->message));
    }
    return restored;
}

} // namespace rapport::ui
