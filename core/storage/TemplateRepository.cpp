// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TemplateRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

static void rapportInitTemplateResources()
{
    Q_INIT_RESOURCE(rapport_data);
}

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const QString kColumns = QStringLiteral("id, name, purpose, body, builtin, starter_key, updated_at");

MessageTemplate fromRow(const QSqlQuery& q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    if (!q.value(2).isNull())
        t.purpose = domain::purposeFromString(q.value(2).toString());
    t.body = q.value(3).toString();
    t.builtin = q.value(4).toInt() != 0;
    t.starterKey = q.value(5).toString();
    t.updatedAt = fromDbTime(q.value(6));
    return t;
}

QVariant purposeValue(const std::optional<domain::Purpose>& p)
{
    return p ? QVariant(domain::toString(*p)) : QVariant(QMetaType::fromType<QString>());
}

QVariant keyValue(const QString& key)
{
    return key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key);
}

Result<qint64> insertRow(QSqlDatabase db, const MessageTemplate& t, const QDateTime& now)
{
    QSqlQuery q(db);
    if (auto e = run(q,
                     QStringLiteral("INSERT INTO templates (name, purpose, body, builtin, starter_key, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                     {t.name.trimmed(), purposeValue(t.purpose), t.body, t.builtin ? 1 : 0, keyValue(t.starterKey),
                      toDbTime(now)},
                     "saving a template"))
        return *e;
    if (!q.next())
        return domain::Error::database(QStringLiteral("the new row got no id"));
    return q.value(0).toLongLong();
}

} // namespace

TemplateRepository::TemplateRepository(const Database& db) : m_db(db) {}

Result<QVector<MessageTemplate>> TemplateRepository::starterSet()
{
    rapportInitTemplateResources();
    const QString path = QStringLiteral(":/rapport/templates/starter.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(tr("The starter templates (%1) are missing from this build.").arg(path));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull())
        return Error::invalid(tr("%1: %2 at offset %3").arg(path, parseError.errorString()).arg(parseError.offset));
    QVector<MessageTemplate> out;
    const auto list = doc.object().value(QStringLiteral("templates")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const auto o = list.at(i).toObject();
        MessageTemplate t;
        t.builtin = true;
        t.starterKey = o.value(QStringLiteral("key")).toString();
        t.name = o.value(QStringLiteral("name")).toString();
        t.body = o.value(QStringLiteral("body")).toString();
        const QString purpose = o.value(QStringLiteral("purpose")).toString();
        t.purpose = domain::purposeFromString(purpose);
        if (t.starterKey.isEmpty() || t.name.isEmpty() || t.body.isEmpty() || !t.purpose)
            return Error::invalid(
                tr("%1: template %2 needs a key, a name, a body and a known purpose.").arg(path).arg(i + 1));
        out.push_back(t);
    }
    return out;
}

Status TemplateRepository::seed(QSqlDatabase& db, const QDateTime& now)
{
    const auto starters = starterSet();
    if (!starters)
        return starters.error();
    for (const auto& t : *starters) {
        const auto id = insertRow(db, t, now);
        if (!id)
            return id.error();
    }
    return std::nullopt;
}

Result<QVector<MessageTemplate>> TemplateRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto e =
            run(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM templates ORDER BY lower(name), id"),
                {}, "listing templates"))
        return *e;
    QVector<MessageTemplate> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

Result<MessageTemplate> TemplateRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM templates WHERE id = ?"), {id},
                     "reading a template"))
        return *e;
    if (!q.next())
        return Error::invalid(tr("There is no template with id %1.").arg(id));
    return fromRow(q);
}

Status TemplateRepository::validate(const MessageTemplate& t) const
{
    if (t.name.trimmed().isEmpty())
        return Error::invalid(tr("A template needs a name."), QStringLiteral("name"));
    if (t.body.trimmed().isEmpty())
        return Error::invalid(tr("The template \"%1\" has no text.").arg(t.name.trimmed()), QStringLiteral("body"));
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("SELECT id FROM templates WHERE lower(name) = lower(?) AND id <> ?"),
                     {t.name.trimmed(), t.id}, "checking a template name"))
        return e;
    if (q.next())
        return Error::invalid(tr("There is already a template called \"%1\".").arg(t.name.trimmed()),
                              QStringLiteral("name"));
    return std::nullopt;
}

Result<qint64> TemplateRepository::insert(const MessageTemplate& t, const QDateTime& now)
{
    MessageTemplate fresh = t;
    fresh.id = 0;
    if (auto e = validate(fresh))
        return *e;
    return insertRow(m_db.connection(), fresh, now);
}

Status TemplateRepository::update(const MessageTemplate& t, const QDateTime& now)
{
    if (auto e = validate(t))
        return e;
    QSqlQuery q(m_db.connection());
    if (auto e =
            run(q, QStringLiteral("UPDATE templates SET name = ?, purpose = ?, body = ?, updated_at = ? WHERE id = ?"),
                {t.name.trimmed(), purposeValue(t.purpose), t.body, toDbTime(now), t.id}, "saving a template"))
        return e;
    if (q.numRowsAffected() == 0)
        return Error::invalid(tr("There is no template with id %1.").arg(t.id));
    return std::nullopt;
}

Status TemplateRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto e = run(q, QStringLiteral("DELETE FROM templates WHERE id = ?"), {id}, "deleting a template"))
        return e;
    if (q.numRowsAffected() == 0)
        return Error::invalid(tr("There is no template with id %1.").arg(id));
    return std::nullopt;
}

Result<int> TemplateRepository::restoreStarters(const QDateTime& now)
{
    const auto starters = starterSet();
    if (!starters)
        return starters.error();
    int restored = 0;
    for (const auto& s : *starters) {
        QSqlQuery q(m_db.connection());
        if (auto e = run(q, QStringLiteral("SELECT id, name, purpose, body FROM templates WHERE starter_key = ?"),
                         {s.starterKey}, "restoring the starter templates"))
            return *e;
        if (q.next()) {
            const bool same = q.value(1).toString() == s.name && q.value(2) == purposeValue(s.purpose) &&
                              q.value(3).toString() == s.body;
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            if (same)
                continue;
            // A user template may have taken the starter's name since: free it rather than fail.
            QSqlQuery rename(m_db.connection());
            if (auto e = run(rename,
                             QStringLiteral("UPDATE templates SET name = name || ' (mine)' "
                                            "WHERE lower(name) = lower(?) AND id <> ?"),
                             {s.name, id}, "restoring the starter templates"))
                return *e;
            QSqlQuery u(m_db.connection());
            if (auto e = run(u,
                             QStringLiteral("UPDATE templates SET name = ?, purpose = ?, body = ?, builtin = 1, "
                                            "updated_at = ? WHERE id = ?"),
                             {s.name, purposeValue(s.purpose), s.body, toDbTime(now), id},
                             "restoring the starter templates"))
                return *e;
        } else {
            q.finish();
            QSqlQuery rename(m_db.connection());
            if (auto e =
                    run(rename,
                        QStringLiteral("UPDATE templates SET name = name || ' (mine)' WHERE lower(name) = lower(?)"),
                        {s.name}, "restoring the starter templates"))
                return *e;
            const auto id = insertRow(m_db.connection(), s, now);
            if (!id)
                return id.error();
        }
        ++restored;
    }
    return restored;
}

} // namespace rapport::storage
