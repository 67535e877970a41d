// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DraftRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const QString kColumns = QStringLiteral("id, client_id, purpose, body, updated_at, template_id, purpose_from_template");

Draft fromRow(const QSqlQuery& q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        d.clientId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        d.purpose = domain::purposeFromString(q.value(2).toString());
    d.body = q.value(3).toString();
    d.updatedAt = fromDbTime(q.value(4));
    if (!q.value(5).isNull())
        d.templateId = q.value(5).toLongLong();
    d.purposeFromTemplate = q.value(6).toInt() != 0;
    return d;
}

} // namespace

DraftRepository::DraftRepository(const Database& db) : m_db(db) {}

Result<qint64> DraftRepository::save(const Draft& draft, const QDateTime& now)
{
    const QVariant client = draft.clientId ? QVariant(*draft.clientId) : QVariant(QMetaType::fromType<qlonglong>());
    const QVariant purpose =
        draft.purpose ? QVariant(domain::toString(*draft.purpose)) : QVariant(QMetaType::fromType<QString>());
    const QVariant templ = draft.templateId ? QVariant(*draft.templateId) : QVariant(QMetaType::fromType<qlonglong>());
    const int fromTemplate = draft.templateId && draft.purposeFromTemplate ? 1 : 0;
    QSqlQuery q(m_db.connection());
    if (draft.id == 0) {
        if (auto e = run(q,
                         QStringLiteral("INSERT INTO drafts (client_id, purpose, body, updated_at, template_id, "
                                        "purpose_from_template) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                         {client, purpose, draft.body, toDbTime(now), templ, fromTemplate}, "saving a draft"))
            return *e;
        if (!q.next())
            return domain::Error::database(QStringLiteral("the new row got no id"));
        return q.value(0).toLongLong();
    }
    if (auto e = run(q,
                     QStringLiteral("UPDATE drafts SET client_id = ?, purpose = ?, body = ?, updated_at = ?, "
                                    "template_id = ?, purpose_from_template = ? WHERE id = ?"),
                     {client, purpose, draft.body, toDbTime(now), templ, fromTemplate, draft.id}, "saving a draft"))
        return *e;
    if (q.numRowsAffected() == 0)
        return Error::invalid(
            QCoreApplication::translate("DraftRepository", "There is no draft with id %1.").arg(draft.id));
    return draft.id;
}

Result<Draft> DraftRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM drafts WHERE id = ?"), {id},
                     "reading a draft"))
        return *e;
    if (!q.next())
        return Error::invalid(QCoreApplication::translate("DraftRepository", "There is no draft with id %1.").arg(id));
    return fromRow(q);
}

Result<std::optional<Draft>> DraftRepository::latest(std::optional<qint64> clientId) const
{
    QSqlQuery q(m_db.connection());
    const QString order = QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT 1");
    const auto e =
        clientId
            ? run(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM drafts WHERE client_id = ?") + order,
                  {*clientId}, "reading drafts")
            : run(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM drafts") + order, {},
                  "reading drafts");
    if (e)
        return *e;
    if (!q.next())
        return std::optional<Draft>();
    return std::optional<Draft>(fromRow(q));
}

Status DraftRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id}, "deleting a draft");
}

Result<int> DraftRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT count(*) FROM drafts"), {}, "counting drafts"))
        return *e;
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace rapport::storage
