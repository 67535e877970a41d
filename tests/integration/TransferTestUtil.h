// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the import, export and backup tests.

#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace transfer_test {

/// Every row of the tables an import, export or restore may touch, as text: equal dumps mean
/// an unchanged database.
inline QString dump(const rapport::storage::Database& db)
{
    QString out;
    QSqlQuery q(db.connection());
    for (const char* table : {"clients", "contact_points", "directives", "preferences", "consent_events",
                              "consent_notes", "contact_log", "settings"}) {
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))));
        out += QLatin1String(table) + QLatin1Char('\n');
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    // The search index: FTS5's columns on SQLite, the folded terms on PostgreSQL.
    if (db.isPostgres())
        REQUIRE(q.exec(QStringLiteral("SELECT client_id, terms, '', '' FROM client_search ORDER BY client_id")));
    else
        REQUIRE(q.exec(QStringLiteral("SELECT rowid, name, numbers, emails FROM client_search ORDER BY rowid")));
    while (q.next())
        out += q.value(0).toString() + q.value(1).toString() + q.value(2).toString() + q.value(3).toString() +
               QLatin1Char('\n');
    return out;
}

inline std::unique_ptr<rapport::storage::Database> openDb(const QString& path)
{
    auto opened = rapport::storage::Database::open(path);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    return path;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline QString sample(const char* name)
{
    return QStringLiteral(RAPPORT_SAMPLES_DIR "/") + QLatin1String(name);
}

} // namespace transfer_test
