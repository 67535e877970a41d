// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PracticeCopy.h"

#include "storage/ClientSearch.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const char* const kCopying = QT_TRANSLATE_NOOP("Database", "copying the practice");

struct TableSpec {
    const char* name;
    const char* key; ///< ORDER BY of a stable row order, the same on both backends
    bool identity;   ///< an id the database hands out (a sequence on PostgreSQL)
};

// In an order the foreign keys accept.
constexpr TableSpec kTables[] = {
    {"clients", "id", true},
    {"contact_points", "id", true},
    {"directives", "id", true},
    {"preferences", "client_id, channel", false},
    {"consent_events", "id", false},
    {"consent_notes", "event_id", false},
    {"contact_log", "id", true},
    {"settings", "key", false},
    {"templates", "id", true},
    {"drafts", "id", true},
    {"raise_items", "id", true},
    {"appointments", "id", true},
    {"scheduled_messages", "id", true},
    {"calendar_choices", "id", true},
    {"calendar_unmatched", "id", true},
    {"calendar_files", "id", true},
    {"reminder_pass", "appointment_id, template_id", false},
};

/// Rows per INSERT: fewer round trips to a server, well under both backends' parameter limits.
constexpr int kBatchRows = 200;

QStringList columnsOf(const Database& db, const QString& table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

/// A value as the other backend's driver should bind it: NULL stays NULL, text stays text even
/// when empty (an empty QString must not become NULL on its way).
QVariant portable(const QVariant& v)
{
    if (v.isNull())
        return v;
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

/// Feeds one row into a table digest: each value tagged, so NULL, '' and 0 all differ.
void addRow(QCryptographicHash& hash, const QSqlQuery& q, int columns)
{
    for (int i = 0; i < columns; ++i) {
        const QVariant v = q.value(i);
        if (v.isNull()) {
            hash.addData(QByteArrayView("\x01", 1));
            continue;
        }
        hash.addData(QByteArrayView("\x02", 1));
        hash.addData(v.toString().toUtf8());
        hash.addData(QByteArrayView("\x03", 1));
    }
    hash.addData(QByteArrayView("\n", 1));
}

QString selectAll(const QString& table, const QStringList& columns, const char* key)
{
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QStringLiteral(", ")), table, QLatin1String(key));
}

/// Inserts `rows` (each as many values as `columns`) into `table`, kBatchRows at a time.
class BatchInsert {
public:
    BatchInsert(const Database& db, QString table, QStringList columns)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
    {
    }

    Status add(const QVariantList& row)
    {
        m_pending << row;
        if (m_pending.size() < kBatchRows)
            return std::nullopt;
        return flush();
    }

    Status flush()
    {
        if (m_pending.isEmpty())
            return std::nullopt;
        const int n = int(m_pending.size());
        QSqlQuery& q = n == kBatchRows ? m_full : m_partial;
        if (n != kBatchRows || !m_fullPrepared) {
            const QString tuple =
                QLatin1Char('(') + QStringLiteral("?, ").repeated(m_columns.size() - 1) + QStringLiteral("?)");
            QStringList tuples;
            for (int i = 0; i < n; ++i)
                tuples << tuple;
            q = QSqlQuery(m_db.connection());
            if (auto e = prepare(
                    q,
                    QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", "))) +
                        tuples.join(QStringLiteral(", ")),
                    kCopying))
                return e;
            if (n == kBatchRows)
                m_fullPrepared = true;
        }
        int at = 0;
        for (const QVariantList& row : std::as_const(m_pending))
            for (const QVariant& v : row)
                q.bindValue(at++, portable(v));
        m_pending.clear();
        if (!q.exec())
            return Error::database(PracticeCopy::tr("copying the table %1 failed: %2")
                                       .arg(m_table, q.lastError().databaseText().simplified()));
        q.finish();
        return std::nullopt;
    }

private:
    const Database& m_db;
    QString m_table;
    QStringList m_columns;
    QVector<QVariantList> m_pending;
    QSqlQuery m_full;
    QSqlQuery m_partial;
    bool m_fullPrepared = false;
};

/// Refuses a target that holds anything a new database does not: a practice is copied into an
/// empty database only, never merged into another.
Status requireEmpty(const Database& to)
{
    QSqlQuery q(to.connection());
    for (const TableSpec& t : kTables) {
        const QString table = QLatin1String(t.name);
        const QString sql =
            table == QLatin1String("templates")
                ? QStringLiteral("SELECT count(*) FROM templates WHERE builtin = 0 OR starter_key IS NULL")
                : QStringLiteral("SELECT count(*) FROM %1").arg(table);
        if (auto e = run(q, sql, {}, kCopying))
            return e;
        const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (n > 0)
            return Error::database(PracticeCopy::tr("%1 is not empty (its table %2 holds %n row(s)): a practice is "
                                                    "copied into an empty database only",
                                                    nullptr, int(n))
                                       .arg(to.path(), table));
    }
    return std::nullopt;
}

/// The search index of every client not erased, in the target's own form, built from the rows
/// just copied (the same terms ClientRepository would have written).
Status buildSearchIndex(const Database& to)
{
    const QSqlDatabase c = to.connection();
    const QString insert = ClientSearch::insertSql(c);
    if (insert.isEmpty())
        return std::nullopt;
    QSqlQuery q(c);
    if (auto e =
            run(q, QStringLiteral("SELECT client_id, kind, value FROM contact_points ORDER BY client_id, position, id"),
                {}, kCopying))
        return e;
    QHash<qint64, QStringList> numbers, emails;
    QHash<QString, QStringList> terms; // one parse per distinct number
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString value = q.value(2).toString();
        if (q.value(1).toString() == QLatin1String("email")) {
            emails[id] << value;
            continue;
        }
        auto it = terms.constFind(value);
        if (it == terms.constEnd())
            it = terms.insert(value, ClientSearch::numberTerms(value));
        numbers[id] << it.value();
    }
    q.finish();
    if (auto e = run(q, QStringLiteral("SELECT id, name, preferred_name FROM clients WHERE erased = 0 ORDER BY id"), {},
                     kCopying))
        return e;
    BatchInsert batch(to, QStringLiteral("client_search"), ClientSearch::indexColumns(c));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (auto e = batch.add(
                ClientSearch::entryValues(c, id, q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString(),
                                          numbers.value(id), emails.value(id))))
            return e;
    }
    return batch.flush();
}

/// PostgreSQL hands out ids from sequences: move each past the ids copied in.
Status advanceSequences(const Database& to)
{
    if (!to.isPostgres())
        return std::nullopt;
    QSqlQuery q(to.connection());
    for (const TableSpec& t : kTables) {
        if (!t.identity)
            continue;
        if (auto e =
                run(q,
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), m) FROM (SELECT max(id) AS m "
                                   "FROM %1) x WHERE m IS NOT NULL")
                        .arg(QLatin1String(t.name)),
                    {}, kCopying))
            return e;
        q.finish();
    }
    return std::nullopt;
}

} // namespace

const QStringList& PracticeCopy::tables()
{
    static const QStringList k = [] {
        QStringList names;
        for (const TableSpec& t : kTables)
            names << QLatin1String(t.name);
        return names;
    }();
    return k;
}

Result<QVector<CopiedTable>> PracticeCopy::digests(const Database& db)
{
    QVector<CopiedTable> out;
    for (const TableSpec& t : kTables) {
        const QString table = QLatin1String(t.name);
        const QStringList columns = columnsOf(db, table);
        if (columns.isEmpty())
            return Error::database(tr("%1 has no table %2").arg(db.path(), table));
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (auto e = run(q, selectAll(table, columns, t.key), {}, kCopying))
            return *e;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        CopiedTable copied;
        copied.table = table;
        while (q.next()) {
            addRow(hash, q, int(columns.size()));
            ++copied.rows;
        }
        copied.digest = QString::fromLatin1(hash.result().toHex());
        out << copied;
    }
    return out;
}

Result<CopyReport> PracticeCopy::copy(const Database& from, const Database& to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error::database(tr("%1 has schema %2 and %3 schema %4: both must be at this Rapport's version")
                                   .arg(from.path())
                                   .arg(from.schemaVersion())
                                   .arg(to.path())
                                   .arg(to.schemaVersion()));
    auto tx = SqlTransaction::begin(to);
    if (!tx)
        return tx.error();
    if (auto e = requireEmpty(to))
        return *e;
    {
        QSqlQuery clear(to.connection());
        if (auto e = run(clear, QStringLiteral("DELETE FROM templates"), {}, kCopying)) // the starters, replaced
            return *e;
    }

    CopyReport report;
    {
        const ReadSnapshot snapshot(from); // one consistent state of the source, however long it takes
        for (const TableSpec& t : kTables) {
            const QString table = QLatin1String(t.name);
            const QStringList columns = columnsOf(from, table);
            if (columns.isEmpty() || columns != columnsOf(to, table))
                return Error::database(tr("the table %1 differs between %2 and %3").arg(table, from.path(), to.path()));
            QSqlQuery q(from.connection());
            q.setForwardOnly(true);
            if (auto e = run(q, selectAll(table, columns, t.key), {}, kCopying))
                return *e;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            CopiedTable copied;
            copied.table = table;
            BatchInsert batch(to, table, columns);
            QVariantList row;
            while (q.next()) {
                row.clear();
                for (int i = 0; i < columns.size(); ++i)
                    row << q.value(i);
                addRow(hash, q, int(columns.size()));
                ++copied.rows;
                if (auto e = batch.add(row))
                    return *e;
            }
            if (auto e = batch.flush())
                return *e;
            copied.digest = QString::fromLatin1(hash.result().toHex());
            report.tables << copied;
        }
        auto head = ConsentRepository(from).head();
        if (!head)
            return head.error();
        report.chainHead = head.value() ? head.value()->hash : QString();
    }
    if (auto e = buildSearchIndex(to))
        return *e;
    if (auto e = advanceSequences(to))
        return *e;

    // Read back before the commit: what the target holds now must be what the source held.
    auto arrived = digests(to);
    if (!arrived)
        return arrived.error();
    for (int i = 0; i < report.tables.size(); ++i) {
        const CopiedTable& sent = report.tables.at(i);
        const CopiedTable& got = arrived->at(i);
        if (got.rows != sent.rows || got.digest != sent.digest)
            return Error{Error::Kind::Verification,
                         tr("the table %1 did not arrive as it left: %2 row(s) sent, %3 found, contents %4")
                             .arg(sent.table)
                             .arg(sent.rows)
                             .arg(got.rows)
                             .arg(got.digest == sent.digest ? tr("equal") : tr("different")),
                         {}};
    }
    const auto chain = ConsentRepository(to).verify();
    if (!chain)
        return chain.error();
    if (!chain->ok)
        return Error{Error::Kind::Verification,
                     tr("the consent ledger does not verify on %1 after the copy: event %2: %3")
                         .arg(to.path())
                         .arg(chain->firstBadId)
                         .arg(chain->reason),
                     {}};
    auto head = ConsentRepository(to).head();
    if (!head)
        return head.error();
    const QString arrivedHead = head.value() ? head.value()->hash : QString();
    if (arrivedHead != report.chainHead)
        return Error{Error::Kind::Verification,
                     tr("the chain head on %1 is %2, not %3").arg(to.path(), arrivedHead, report.chainHead),
                     {}};
    for (const CopiedTable& t : std::as_const(report.tables)) {
        if (t.table == QLatin1String("clients"))
            report.clients = t.rows;
        else if (t.table == QLatin1String("consent_events"))
            report.events = t.rows;
    }
    if (auto e = tx.value().commit())
        return *e;
    return report;
}

} // namespace rapport::storage
