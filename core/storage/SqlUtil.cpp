// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlUtil.h"

#include "domain/ConsentChain.h"
#include "storage/PostgresFailure.h"
#include "storage/SqliteFailure.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace rapport::storage {

QVariant toDbTime(const QDateTime& t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return domain::ConsentChain::timeText(t);
}

QVariant toDbTime(const std::optional<QDateTime>& t)
{
    return t ? toDbTime(*t) : toDbTime(QDateTime());
}

QDateTime fromDbTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    // Fast path for the stored form 2026-12-01T11:00:00.000Z; anything else through Qt's parser.
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        const auto num = [&](int from, int len) { return QStringView(text).mid(from, len).toInt(); };
        const QDate d(num(0, 4), num(5, 2), num(8, 2));
        const QTime c(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (d.isValid() && c.isValid())
            return QDateTime(d, c, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

namespace {
domain::Error sqlError(const QSqlQuery& q, const char* what)
{
    // A connection the server dropped: its Database reconnects before its next use.
    if (q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL && isConnectionLost(q.lastError()))
        markConnectionLost(q.driver());
    const QString plain = plainSqliteFailure(q.lastError());
    if (!plain.isEmpty())
        return domain::Error::database(plain);
    // The server's words in one line (QPSQL's text spans lines and repeats the SQLSTATE).
    const bool postgres = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    return domain::Error::database(QCoreApplication::translate("Database", "database error while %1: %2")
                                       .arg(QCoreApplication::translate("Database", what),
                                            postgres ? postgresMessage(q.lastError()) : q.lastError().text()));
}
} // namespace

domain::Status prepare(QSqlQuery& q, const QString& sql, const char* what)
{
    // QPSQL reads a forward-only query row by row (libpq's single-row mode) and, when another
    // query runs on the connection before it is read to the end, drops its unread rows without
    // an error. Repositories do run queries while reading (a callback per row, a nested lookup),
    // so on PostgreSQL every result is read whole, as SQLite's results stay valid.
    if (q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        q.setForwardOnly(false);
    if (!q.prepare(sql))
        return sqlError(q, what);
    return std::nullopt;
}

domain::Status run(QSqlQuery& q, const char* what)
{
    // A null QString binds as SQL NULL; our text columns are NOT NULL with '' for "none".
    const QVariantList bound = q.boundValues();
    for (int i = 0; i < bound.size(); ++i) {
        const QVariant& v = bound.at(i);
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
    }
    if (!q.exec())
        return sqlError(q, what);
    return std::nullopt;
}

domain::Status run(QSqlQuery& q, const QString& sql, const QVariantList& values, const char* what)
{
    if (auto e = prepare(q, sql, what))
        return e;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return run(q, what);
}

} // namespace rapport::storage
