// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PostgresRoles.h"

#include "storage/Database.h"
#include "storage/PostgresFailure.h"
#include "storage/SqlTransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Error;
using domain::Result;

Result<QStringList> PostgresRoles::setUp(const Database& db, const QString& role)
{
    if (!db.isPostgres())
        return Error::invalid(
            tr("%1 is an SQLite file: roles are for a practice on a PostgreSQL server").arg(db.path()));
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(role).hasMatch())
        return Error::invalid(tr("'%1' is not a role name Rapport takes: lowercase letters, digits and _, not "
                                 "starting with a digit")
                                  .arg(role),
                              QStringLiteral("role"));
    auto tx = SqlTransaction::begin(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_database()), quote_ident(current_schema())")) || !q.next())
        return Error::database(postgresMessage(q.lastError()));
    const QString database = q.value(0).toString();
    const QString schema = q.value(1).toString();
    q.finish();
    const QStringList tables{QStringLiteral("clients"),          QStringLiteral("contact_points"),
                             QStringLiteral("directives"),       QStringLiteral("preferences"),
                             QStringLiteral("consent_events"),   QStringLiteral("consent_notes"),
                             QStringLiteral("contact_log"),      QStringLiteral("settings"),
                             QStringLiteral("client_search"),    QStringLiteral("templates"),
                             QStringLiteral("drafts"),           QStringLiteral("raise_items"),
                             QStringLiteral("appointments"),     QStringLiteral("scheduled_messages"),
                             QStringLiteral("calendar_choices"), QStringLiteral("calendar_unmatched"),
                             QStringLiteral("calendar_files"),   QStringLiteral("reminder_pass"),
                             QStringLiteral("rapport_schema")};
    const QString all = tables.join(QStringLiteral(", "));
    const QStringList statements{
        QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '%1') THEN "
                       "CREATE ROLE %1 NOLOGIN; END IF; END$$")
            .arg(role),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, role),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role),
        QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(all, role),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2").arg(all, role),
        // The ledger: read and append, nothing else.
        QStringLiteral("REVOKE UPDATE, DELETE ON consent_events FROM %1").arg(role),
        QStringLiteral("REVOKE UPDATE ON consent_notes FROM %1").arg(role),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON rapport_schema FROM %1").arg(role),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, role),
    };
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            const QString plainText = plainPostgresFailure(q.lastError(), db.path());
            return Error::database(
                plainText.isEmpty()
                    ? tr("setting up the role %1 in %2 failed: %3").arg(role, db.path(), postgresMessage(q.lastError()))
                    : plainText);
        }
    }
    if (auto e = tx.value().commit())
        return *e;
    return statements;
}

} // namespace rapport::storage
