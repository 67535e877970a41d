// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ClientSearch.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <phonenumbers/phonenumberutil.h>

namespace rapport::storage {

using domain::Status;

namespace {

QString digitsOf(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

} // namespace

QStringList ClientSearch::numberTerms(const QString& e164, const QString& national, const QString& significant)
{
    QStringList terms;
    const QString digits = digitsOf(e164);
    if (!digits.isEmpty())
        terms << digits;
    for (const QString& t : {digitsOf(national), significant})
        if (!t.isEmpty() && !terms.contains(t))
            terms << t;
    return terms;
}

QStringList ClientSearch::numberTerms(const QString& e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return numberTerms(e164, {}, {});
    std::string national;
    util->Format(number, PhoneNumberUtil::NATIONAL, &national);
    std::string significant;
    util->GetNationalSignificantNumber(number, &significant);
    return numberTerms(e164, QString::fromStdString(national), QString::fromStdString(significant));
}

QString ClientSearch::nameKey(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.simplified();
}

QString ClientSearch::matchExpression(const QString& text)
{
    static const QRegularExpression numberLike(QStringLiteral("^[\\s0-9+()\\-./]*[0-9][\\s0-9+()\\-./]*$"));
    if (numberLike.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return QLatin1Char('"') + digits + QStringLiteral("\"*");
    }
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& w : words) {
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
        if (terms.size() == 8)
            break;
    }
    return terms.join(QLatin1Char(' '));
}

bool ClientSearch::hasFts(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

ClientSearch::Filter ClientSearch::filter(const QSqlDatabase& db, const QString& text)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return {};
    if (hasFts(db))
        return {QStringLiteral("c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)"), {match}};
    const QString like = QLatin1Char('%') + text.trimmed().toLower() + QLatin1Char('%');
    return {QStringLiteral("(lower(c.name) LIKE ? OR lower(c.preferred_name) LIKE ? OR EXISTS (SELECT 1 FROM "
                           "contact_points p WHERE p.client_id = c.id AND lower(p.value) LIKE ?))"),
            {like, like, like}};
}

namespace {
const char* const kIndexing = QT_TRANSLATE_NOOP("Database", "updating the search index");
const QString kRemoveEntry = QStringLiteral("DELETE FROM client_search WHERE rowid = ?");
const QString kInsertEntry =
    QStringLiteral("INSERT INTO client_search(rowid, name, numbers, emails) VALUES (?, ?, ?, ?)");

/// The values of kInsertEntry for `client`.
QVariantList entry(const domain::Client& client)
{
    QStringList numbers, emails;
    for (const auto& cp : client.contacts) {
        if (cp.kind == domain::ContactPoint::Kind::Phone)
            numbers << ClientSearch::numberTerms(cp.value);
        else
            emails << cp.value;
    }
    return {client.id, QString(client.name + QLatin1Char(' ') + client.preferredName), numbers.join(QLatin1Char(' ')),
            emails.join(QLatin1Char(' '))};
}
} // namespace

Status ClientSearch::remove(QSqlDatabase& db, qint64 clientId)
{
    if (!hasFts(db))
        return std::nullopt;
    QSqlQuery q(db);
    return run(q, kRemoveEntry, {clientId}, kIndexing);
}

Status ClientSearch::remove(const Database& db, qint64 clientId)
{
    if (!hasFts(db.connection()))
        return std::nullopt;
    return db.statement(kRemoveEntry).run({clientId}, kIndexing);
}

Status ClientSearch::index(QSqlDatabase& db, const domain::Client& client)
{
    if (auto e = remove(db, client.id))
        return e;
    if (!hasFts(db) || client.erased)
        return std::nullopt;
    QSqlQuery q(db);
    return run(q, kInsertEntry, entry(client), kIndexing);
}

Status ClientSearch::index(const Database& db, const domain::Client& client)
{
    if (auto e = remove(db, client.id))
        return e;
    if (!hasFts(db.connection()) || client.erased)
        return std::nullopt;
    return db.statement(kInsertEntry).run(entry(client), kIndexing);
}

Status ClientSearch::rebuild(QSqlDatabase& db)
{
    const char* what = QT_TRANSLATE_NOOP("Database", "rebuilding the search index");
    QSqlQuery names(db);
    if (auto e = run(names, QStringLiteral("SELECT id, name, preferred_name, erased FROM clients"), {}, what))
        return e;
    QVector<domain::Client> clients;
    while (names.next()) {
        domain::Client c;
        c.id = names.value(0).toLongLong();
        c.name = names.value(1).toString();
        c.preferredName = names.value(2).toString();
        c.erased = names.value(3).toInt() != 0;
        clients.push_back(c);
    }
    names.finish();
    QSqlQuery contacts(db);
    if (auto e = run(contacts, QStringLiteral("SELECT client_id, kind, value FROM contact_points ORDER BY client_id"),
                     {}, what))
        return e;
    QHash<qint64, QVector<domain::ContactPoint>> byClient;
    while (contacts.next()) {
        domain::ContactPoint cp;
        cp.kind = contacts.value(1).toString() == QLatin1String("email") ? domain::ContactPoint::Kind::Email
                                                                         : domain::ContactPoint::Kind::Phone;
        cp.value = contacts.value(2).toString();
        byClient[contacts.value(0).toLongLong()].push_back(cp);
    }
    contacts.finish();
    QSqlQuery key(db);
    if (auto e = prepare(key, QStringLiteral("UPDATE clients SET name_key = ? WHERE id = ?"), what))
        return e;
    for (auto& c : clients) {
        key.bindValue(0, nameKey(c.name));
        key.bindValue(1, c.id);
        if (auto e = run(key, what))
            return e;
        c.contacts = byClient.value(c.id);
        if (auto e = index(db, c))
            return e;
    }
    return std::nullopt;
}

} // namespace rapport::storage
