// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace rapport::storage {

namespace {
const char* const kRead = QT_TRANSLATE_NOOP("Database", "reading settings");
const char* const kWrite = QT_TRANSLATE_NOOP("Database", "saving settings");
} // namespace

SettingsRepository::SettingsRepository(const Database& db) : m_db(db) {}

domain::Result<std::optional<QString>> SettingsRepository::value(const QString& key) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, kRead))
        return *e;
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

domain::Result<QMap<QString, QString>> SettingsRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT key, value FROM settings ORDER BY key"), {}, kRead))
        return *e;
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

domain::Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db.connection());
    return run(q,
               QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                              "excluded.value"),
               {key, value}, kWrite);
}

domain::Status SettingsRepository::remove(const QString& key)
{
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}, kWrite);
}

} // namespace rapport::storage
