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

bool ClientSearch::hasTermsTable(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

namespace {
const QRegularExpression& wordSeparators()
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return separators;
}
} // namespace

QString ClientSearch::terms(const QString& names, const QStringList& numberTerms, const QStringList& emails)
{
    // FTS5's unicode61 tokenizer with remove_diacritics, by hand: words are runs of letters and
    // digits, folded as nameKey() folds (case, accents).
    QStringList words =
        nameKey(names + QLatin1Char(' ') + emails.join(QLatin1Char(' '))).split(wordSeparators(), Qt::SkipEmptyParts);
    words << numberTerms;
    return QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

QVariantList ClientSearch::likePatterns(const QString& text)
{
    static const QRegularExpression numberLike(QStringLiteral("^[\\s0-9+()\\-./]*[0-9][\\s0-9+()\\-./]*$"));
    QStringList words;
    if (numberLike.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        words << digits;
    } else {
        words = nameKey(text).split(wordSeparators(), Qt::SkipEmptyParts).mid(0, 8);
    }
    QVariantList patterns;
    for (const QString& w : std::as_const(words))
        patterns << QString(QLatin1String("% ") + w + QLatin1Char('%')); // a word that starts so
    return patterns;
}

ClientSearch::Filter ClientSearch::filter(const QSqlDatabase& db, const QString& text)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return {};
    if (hasFts(db))
        return {QStringLiteral("c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)"), {match}};
    if (hasTermsTable(db)) {
        const QVariantList patterns = likePatterns(text);
        if (patterns.isEmpty())
            return {};
        QStringList conditions;
        for (int i = 0; i < patterns.size(); ++i)
            conditions << QStringLiteral("s.terms LIKE ?");
        return {QStringLiteral("c.id IN (SELECT s.client_id FROM client_search s WHERE ") +
                    conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')'),
                patterns};
    }
    const QString like = QLatin1Char('%') + text.trimmed().toLower() + QLatin1Char('%');
    return {QStringLiteral("(lower(c.name) LIKE ? OR lower(c.preferred_name) LIKE ? OR EXISTS (SELECT 1 FROM "
                           "contact_points p WHERE p.client_id = c.id AND lower(p.value) LIKE ?))"),
            {like, like, like}};
}

namespace {
const char* const kIndexing = QT_TRANSLATE_NOOP("Database", "updating the search index");
const QString kRemoveEntry = QStringLiteral("DELETE FROM client_search WHERE rowid = ?");
const QString kRemoveTerms = QStringLiteral("DELETE FROM client_search WHERE client_id = ?");
const QString kInsertEntry =
    QStringLiteral("INSERT INTO client_search(rowid, name, numbers, emails) VALUES (?, ?, ?, ?)");
const QString kInsertTerms = QStringLiteral("INSERT INTO client_search (client_id, terms) VALUES (?, ?)");

/// The values of insertSql() for `client`.
QVariantList entry(const QSqlDatabase& db, const domain::Client& client)
{
    QStringList numbers, emails;
    for (const auto& cp : client.contacts) {
        if (cp.kind == domain::ContactPoint::Kind::Phone)
            numbers << ClientSearch::numberTerms(cp.value);
        else
            emails << cp.value;
    }
    return ClientSearch::entryValues(db, client.id, QString(client.name + QLatin1Char(' ') + client.preferredName),
                                     numbers, emails);
}
} // namespace

QString ClientSearch::insertSql(const QSqlDatabase& db)
{
    if (hasTermsTable(db))
        return kInsertTerms;
    return hasFts(db) ? kInsertEntry : QString();
}

QStringList ClientSearch::indexColumns(const QSqlDatabase& db)
{
    if (hasTermsTable(db))
        return {QStringLiteral("client_id"), QStringLiteral("terms")};
    return {QStringLiteral("rowid"), QStringLiteral("name"), QStringLiteral("numbers"), QStringLiteral("emails")};
}

QVariantList ClientSearch::entryValues(const QSqlDatabase& db, qint64 clientId, const QString& names,
                                       const QStringList& numberTerms, const QStringList& emails)
{
    if (hasTermsTable(db))
        return {clientId, terms(names, numberTerms, emails)};
    return {clientId, names, numberTerms.join(QLatin1Char(' ')), emails.join(QLatin1Char(' '))};
}

Status ClientSearch::remove(QSqlDatabase& db, qint64 clientId)
{
    if (!hasFts(db) && !hasTermsTable(db))
        return std::nullopt;
    QSqlQuery q(db);
    return run(q, hasFts(db) ? kRemoveEntry : kRemoveTerms, {clientId}, kIndexing);
}

Status ClientSearch::remove(const Database& db, qint64 clientId)
{
    const QSqlDatabase c = db.connection();
    if (!hasFts(c) && !hasTermsTable(c))
        return std::nullopt;
    return db.statement(hasFts(c) ? kRemoveEntry : kRemoveTerms).run({clientId}, kIndexing);
}

Status ClientSearch::index(QSqlDatabase& db, const domain::Client& client)
{
    if (auto e = remove(db, client.id))
        return e;
    const QString sql = insertSql(db);
    if (sql.isEmpty() || client.erased)
        return std::nullopt;
    QSqlQuery q(db);
    return run(q, sql, entry(db, client), kIndexing);
}

Status ClientSearch::index(const Database& db, const domain::Client& client)
{
    if (auto e = remove(db, client.id))
        return e;
    const QSqlDatabase c = db.connection();
    const QString sql = insertSql(c);
    if (sql.isEmpty() || client.erased)
        return std::nullopt;
    return db.statement(sql).run(entry(c, client), kIndexing);
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
