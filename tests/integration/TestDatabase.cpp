// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "TestHooks.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <catch2/catch.hpp>
#include <unistd.h>

namespace rapport::testing {

namespace {

QString baseUrl()
{
    return qEnvironmentVariable("RAPPORT_TEST_PG_URL");
}

/// Runs `sql` on the cluster's maintenance database, as its superuser.
void onCluster(const QStringList& statements, bool mustWork)
{
    const QUrl url(baseUrl());
    const QUrlQuery query(url);
    const QString name = QStringLiteral("rapport-test-admin");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
        c.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
        c.setUserName(url.userName());
        c.setDatabaseName(url.path().mid(1));
        const bool open = c.open();
        if (mustWork && !open)
            FAIL("cannot reach the test cluster at " << baseUrl().toStdString() << ": "
                                                     << c.lastError().text().toStdString());
        for (const QString& sql : statements) {
            QSqlQuery q(c);
            if (!q.exec(sql) && mustWork)
                FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList& made()
{
    static QStringList names;
    return names;
}

} // namespace

bool onPostgres()
{
    return !baseUrl().isEmpty();
}

QString newPostgresDatabase()
{
    REQUIRE(onPostgres());
    static int counter = 0;
    const QString name = QStringLiteral("rapport_t%1_%2").arg(::getpid()).arg(++counter);
    // A UTF8 database in the C.UTF-8 locale of the cluster; the schema's columns bring their own
    // collation ("C"), so a database in another locale sorts the same.
    onCluster({QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)}, true);
    if (made().isEmpty()) {
        atTestProgramExit([] {
            QStringList drops;
            for (const QString& n : std::as_const(made()))
                drops << QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(n);
            onCluster(drops, false);
        });
    }
    made() << name;
    QUrl url(baseUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void setPostgresReachable(const QString& url, bool reachable)
{
    const QString name = QUrl(url).path().mid(1);
    REQUIRE_FALSE(name.isEmpty());
    if (reachable) {
        onCluster({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)}, true);
        return;
    }
    onCluster({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name),
               QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name)},
              true);
}

void execRaw(const QString& pathOrUrl, const QStringList& statements)
{
    const QString name = QStringLiteral("rapport-test-raw");
    {
        QSqlDatabase c;
        if (storage::Database::isServerUrl(pathOrUrl)) {
            const QUrl url(pathOrUrl);
            const QUrlQuery query(url);
            c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            c.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
            c.setUserName(url.userName());
            c.setDatabaseName(url.path().mid(1));
        } else {
            c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(pathOrUrl);
        }
        if (!c.open())
            FAIL("cannot open " << pathOrUrl.toStdString() << ": " << c.lastError().text().toStdString());
        for (const QString& sql : statements) {
            QSqlQuery q(c);
            if (!q.exec(sql))
                FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString dropTrigger(const QString& name, const QString& table)
{
    if (onPostgres())
        return QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2").arg(table, name);
    return QStringLiteral("DROP TRIGGER %1").arg(name);
}

QString failingTrigger(const QString& name, const QString& op, const QString& table, const QString& message)
{
    if (onPostgres())
        return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION rapport_refuse('%4')")
            .arg(name, op, table, message);
    return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
        .arg(name, op, table, message);
}

QString setSchemaVersion(int version)
{
    if (onPostgres())
        return QStringLiteral("UPDATE rapport_schema SET version = %1").arg(version);
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString testDatabase(const QTemporaryDir& dir, const QString& name)
{
    if (!onPostgres())
        return dir.filePath(name);
    static QHash<QString, QString> urls;
    const QString key = dir.filePath(name);
    auto it = urls.constFind(key);
    if (it == urls.constEnd())
        it = urls.insert(key, newPostgresDatabase());
    return it.value();
}

domain::Result<std::unique_ptr<storage::Database>> openTestDatabase(const QTemporaryDir& dir, const QString& name)
{
    return storage::Database::open(testDatabase(dir, name));
}

} // namespace rapport::testing
