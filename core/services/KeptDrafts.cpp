// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/KeptDrafts.h"

#include "io/SaveFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimeZone>
#include <algorithm>

namespace rapport::services {

using domain::Draft;
using domain::Error;
using domain::Result;
using domain::Status;

namespace {

/// Two entries are one draft: the same database id, or neither has one and the same client.
bool sameKey(const Draft& a, const Draft& b)
{
    if (a.id != 0 || b.id != 0)
        return a.id == b.id;
    return a.clientId == b.clientId;
}

QJsonObject toJson(const Draft& d)
{
    QJsonObject o;
    o[QStringLiteral("id")] = QString::number(d.id);
    o[QStringLiteral("client_id")] = d.clientId ? QJsonValue(QString::number(*d.clientId)) : QJsonValue();
    o[QStringLiteral("purpose")] = d.purpose ? QJsonValue(domain::toString(*d.purpose)) : QJsonValue();
    o[QStringLiteral("template_id")] = d.templateId ? QJsonValue(QString::number(*d.templateId)) : QJsonValue();
    o[QStringLiteral("purpose_from_template")] = d.purposeFromTemplate;
    o[QStringLiteral("body")] = d.body;
    o[QStringLiteral("updated_at")] = d.updatedAt.toUTC().toString(Qt::ISODateWithMs);
    return o;
}

std::optional<qint64> optionalId(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return v.toString().toLongLong();
}

Draft fromJson(const QJsonObject& o)
{
    Draft d;
    d.id = o.value(QStringLiteral("id")).toString().toLongLong();
    d.clientId = optionalId(o.value(QStringLiteral("client_id")));
    const QJsonValue purpose = o.value(QStringLiteral("purpose"));
    if (purpose.isString())
        d.purpose = domain::purposeFromString(purpose.toString());
    d.templateId = optionalId(o.value(QStringLiteral("template_id")));
    d.purposeFromTemplate = o.value(QStringLiteral("purpose_from_template")).toBool();
    d.body = o.value(QStringLiteral("body")).toString();
    d.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    d.updatedAt.setTimeZone(QTimeZone::utc());
    return d;
}

} // namespace

QString KeptDrafts::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("kept-drafts"));
}

KeptDrafts::KeptDrafts(QString folder, const QString& practiceUrl)
{
    // The URL names the practice (server, port, database, login); its hash names the file, so no
    // server name or login shows in a file name.
    const QByteArray hash = QCryptographicHash::hash(practiceUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    m_path = QDir(folder).filePath(QString::fromLatin1(hash) + QStringLiteral(".json"));
}

Result<QVector<Draft>> KeptDrafts::all() const
{
    QFile f(m_path);
    if (!f.exists())
        return QVector<Draft>();
    if (!f.open(QIODevice::ReadOnly))
        return Error::database(
            tr("cannot read the drafts kept on this computer (%1): %2").arg(m_path, f.errorString()));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isArray())
        return Error::database(
            tr("the drafts kept on this computer (%1) cannot be read: %2")
                .arg(m_path, parse.error != QJsonParseError::NoError ? parse.errorString() : tr("not a list")));
    QVector<Draft> out;
    for (const QJsonValue& v : doc.array())
        out.append(fromJson(v.toObject()));
    return out;
}

Result<std::optional<Draft>> KeptDrafts::latest(std::optional<qint64> clientId) const
{
    auto drafts = all();
    if (!drafts)
        return drafts.error();
    std::optional<Draft> best;
    for (const Draft& d : drafts.value()) {
        if (clientId && d.clientId != clientId)
            continue;
        if (!best || d.updatedAt > best->updatedAt)
            best = d;
    }
    return best;
}

Status KeptDrafts::keep(const Draft& draft)
{
    auto drafts = all();
    if (!drafts)
        return drafts.error();
    QVector<Draft> next = drafts.value();
    next.erase(std::remove_if(next.begin(), next.end(), [&](const Draft& d) { return sameKey(d, draft); }), next.end());
    next.append(draft);
    return write(next);
}

Status KeptDrafts::forget(const Draft& draft)
{
    auto drafts = all();
    if (!drafts)
        return drafts.error();
    QVector<Draft> next = drafts.value();
    const auto gone = [&](const Draft& d) {
        // A draft the server never saw was kept under its client; once saved it has an id.
        return sameKey(d, draft) || (d.id == 0 && d.clientId == draft.clientId);
    };
    next.erase(std::remove_if(next.begin(), next.end(), gone), next.end());
    if (next.size() == drafts.value().size())
        return std::nullopt;
    if (next.isEmpty()) {
        if (!QFile::remove(m_path) && QFile::exists(m_path))
            return Error::database(tr("cannot remove %1").arg(m_path));
        return std::nullopt;
    }
    return write(next);
}

Status KeptDrafts::write(const QVector<Draft>& drafts) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error::database(tr("cannot create the folder %1").arg(QFileInfo(m_path).absolutePath()));
    QFile::setPermissions(QFileInfo(m_path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonArray array;
    for (const Draft& d : drafts)
        array.append(toJson(d));
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    return io::writeFileAtomically(m_path, [&](QIODevice* out) -> Status {
        if (out->write(bytes) != bytes.size())
            return Error::database(tr("cannot write %1: %2").arg(m_path, out->errorString()));
        return std::nullopt;
    });
}

} // namespace rapport::services
