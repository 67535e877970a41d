#include "SqlUtil.h"

#include "ConsentChain.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rapport::storage {

QVariant toDbTime(const QDateTime& t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return domain::ConsentChain::timeText(t);
}

QVariant toDbTime(const std::optional<QDateTime>& t) { return t ? toDbTime(*t) : toDbTime(QDateTime()); }

QDateTime fromDbTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

namespace {
domain::Error sqlError(const QSqlQuery& q, const char* what)
{
    return domain::Error::database(QCoreApplication::translate("Database", "database error while %1: %2")
                                       .arg(QCoreApplication::translate("Database", what), q.lastError().text()));
}
} // namespace

domain::Status prepare(QSqlQuery& q, const QString& sql, const char* what)
{
    if (!q.prepare(sql))
        return sqlError(q, what);
    return std::nullopt;
}

domain::Status run(QSqlQuery& q, const char* what)
{
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
