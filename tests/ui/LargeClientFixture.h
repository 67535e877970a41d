// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A database of many made-up clients for the client list's model tests and benchmark, built in
// one transaction with direct inserts (the services would take minutes at 100,000 clients) and
// cached in the temp folder, so only the first run pays for it. The rows are what the services
// would write: sort keys, the FTS5 entry, a consent ledger whose hash chain verifies.

#include "domain/ConsentChain.h"
#include "storage/ClientSearch.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace rapport::testing {

inline const QStringList& fixtureFirstNames()
{
    static const QStringList k =
        QStringLiteral(
            "Ana Ben Chloe Dev Elif Finn Grace Hamid Isla Jonas Kemi Liam Maya Noor Omar Priya Quinn Rosa Sami Tara "
            "Uma Vikram Wen Xavier Yara Zoe Amir Bea Cormac Dina Emre Freya Gus Hana Ivan Jude Kai Lena Mateo Nia")
            .split(QLatin1Char(' '));
    return k;
}

inline const QStringList& fixtureLastNames()
{
    static const QStringList k =
        QStringLiteral(
            "Silva Smith Okafor Patel Nowak Jones Müller Brown Kowalski Murphy Haddad Novak Taylor Ibrahim Rossi Chen "
            "Walsh Evans Schmidt Garcia Kelly Ahmed Dubois Nielsen Singh Wilson Costa Byrne Moreau Lopez Fischer Ali "
            "Hughes Bianchi Andersen Clarke Yilmaz Martin Reid Sato Ward Fraser Lewis Khan Novotny Price Bell Grant "
            "Wright Doyle")
            .split(QLatin1Char(' '));
    return k;
}

/// The made-up name of fixture client number `i` (0-based): first names cycle fastest.
inline QString fixtureName(int i)
{
    const auto& f = fixtureFirstNames();
    const auto& l = fixtureLastNames();
    return f[i % f.size()] + QLatin1Char(' ') + l[(i / f.size()) % l.size()] +
           (i >= f.size() * l.size() ? QStringLiteral("-%1").arg(i / (f.size() * l.size())) : QString());
}

/// Opens (building on first use) a database of `n` clients. Every 3rd client has text consent
/// granted, every 5th an imported email consent, every 11th is archived, every 7th texted in.
inline std::unique_ptr<storage::Database> openLargeFixture(int n)
{
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("rapport-ui-fixture-v3-%1.sqlite").arg(n));
    if (QFile::exists(path)) {
        auto db = storage::Database::open(path);
        if (db) {
            QSqlQuery q(db.value()->connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next() && q.value(0).toInt() == n)
                return std::move(db).value();
        }
    }
    // Built under a name of this process's own and renamed over `path` in one step: several test
    // runs (worktrees, CI) may build the same shared fixture at once.
    const QString building = path + QStringLiteral(".building-%1").arg(QCoreApplication::applicationPid());
    for (const QString& p :
         QStringList{building, QString(building + QStringLiteral("-wal")), QString(building + QStringLiteral("-shm"))})
        QFile::remove(p);
    {
        auto opened = storage::Database::open(building);
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        storage::Database& db = *opened.value();
        auto tx = storage::SqlTransaction::begin(db);
        if (!tx)
            throw std::runtime_error(tx.error().message.toStdString());
        QSqlDatabase conn = db.connection();
        QSqlQuery client(conn), contact(conn), search(conn), event(conn), note(conn), log(conn), appointment(conn);
        client.prepare(QStringLiteral("INSERT INTO clients (id, name, name_key, preferred_name, archived, created_at, "
                                      "updated_at) VALUES (?, ?, ?, '', ?, ?, ?)"));
        appointment.prepare(QStringLiteral("INSERT INTO appointments (client_id, starts_at, ends_at, status, source, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, 'manual', ?, ?)"));
        contact.prepare(QStringLiteral("INSERT INTO contact_points (client_id, kind, value, label, number_type, "
                                       "position) VALUES (?, ?, ?, ?, ?, ?)"));
        search.prepare(QStringLiteral("INSERT INTO client_search (rowid, name, numbers, emails) VALUES (?, ?, ?, ?)"));
        event.prepare(QStringLiteral(
            "INSERT INTO consent_events (id, client_id, channel, scope, state, method, effective_at, recorded_at, "
            "recorded_by, note_sha256, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        note.prepare(QStringLiteral("INSERT INTO consent_notes (event_id, note) VALUES (?, ?)"));
        log.prepare(QStringLiteral("INSERT INTO contact_log (client_id, direction, channel, at, text, flags) VALUES "
                                   "(?, 'in', 'sms', ?, ?, '')"));
        const QDateTime base(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const QVariant created = storage::toDbTime(base);
        QString prevHash;
        qint64 eventId = 0;
        auto addEvent = [&](qint64 clientId, domain::Channel ch, domain::ConsentState st, const QString& method,
                            const QDateTime& at, const QString& text) {
            domain::ConsentEvent e;
            e.id = ++eventId;
            e.clientId = clientId;
            e.channel = ch;
            e.scope = domain::Scope::Service;
            e.state = st;
            e.method = method;
            e.effectiveAt = at;
            e.recordedAt = at;
            e.recordedBy = QStringLiteral("fixture");
            e.note = text;
            domain::ConsentChain::seal(e, prevHash);
            prevHash = e.hash;
            event.addBindValue(e.id);
            event.addBindValue(clientId);
            event.addBindValue(domain::toString(ch));
            event.addBindValue(domain::toString(e.scope));
            event.addBindValue(domain::toString(st));
            event.addBindValue(method);
            event.addBindValue(storage::toDbTime(at));
            event.addBindValue(storage::toDbTime(at));
            event.addBindValue(e.recordedBy);
            event.addBindValue(domain::ConsentChain::noteDigest(text));
            event.addBindValue(e.prevHash.isEmpty() ? QStringLiteral("") : e.prevHash);
            event.addBindValue(e.hash);
            if (!event.exec())
                throw std::runtime_error(event.lastError().text().toStdString());
            note.addBindValue(e.id);
            note.addBindValue(text);
            note.exec();
        };
        for (int i = 0; i < n; ++i) {
            const qint64 id = i + 1;
            const QString name = fixtureName(i);
            const QString national = QStringLiteral("7700%1").arg(i, 6, 10, QLatin1Char('0'));
            const QString e164 = QStringLiteral("+44") + national;
            const QString email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.org");
            client.addBindValue(id);
            client.addBindValue(name);
            client.addBindValue(storage::ClientSearch::nameKey(name));
            client.addBindValue(i % 11 == 5 ? 1 : 0);
            client.addBindValue(created);
            client.addBindValue(created);
            if (!client.exec())
                throw std::runtime_error(client.lastError().text().toStdString());
            // Every fourth client: a past attended appointment and a booked one to come.
            if (i % 4 == 0) {
                const QDateTime next = base.addDays(30 + i % 60);
                for (const auto& [at, status] :
                     {std::pair<QDateTime, QString>{base.addDays(-7), QStringLiteral("attended")},
                      std::pair<QDateTime, QString>{next, QStringLiteral("booked")}}) {
                    appointment.addBindValue(id);
                    appointment.addBindValue(storage::toDbTime(at));
                    appointment.addBindValue(storage::toDbTime(at.addSecs(3600)));
                    appointment.addBindValue(status);
                    appointment.addBindValue(created);
                    appointment.addBindValue(created);
                    if (!appointment.exec())
                        throw std::runtime_error(appointment.lastError().text().toStdString());
                }
            }
            const QVariantList rows[] = {
                {id, QStringLiteral("phone"), e164, QStringLiteral("Mobile"), QStringLiteral("mobile"), 0},
                {id, QStringLiteral("email"), email, QStringLiteral("Email"), QStringLiteral("unknown"), 1}};
            for (const auto& r : rows) {
                for (const auto& v : r)
                    contact.addBindValue(v);
                contact.exec();
            }
            search.addBindValue(id);
            search.addBindValue(name);
            search.addBindValue(QStringLiteral("44%1 0%1 %1").arg(national));
            search.addBindValue(email);
            search.exec();
            if (i % 3 == 0)
                addEvent(id, domain::Channel::Sms, domain::ConsentState::Granted, QStringLiteral("written"),
                         base.addSecs(i), QStringLiteral("Signed the intake form"));
            if (i % 5 == 0)
                addEvent(id, domain::Channel::Email, domain::ConsentState::Imported, QStringLiteral("imported"),
                         base.addSecs(i), QStringLiteral("fixture.csv, column Marketing Email Opt-In"));
            if (i % 7 == 0) {
                log.addBindValue(id);
                log.addBindValue(storage::toDbTime(base.addDays(40)));
                log.addBindValue(QStringLiteral("Running 5 min late"));
                log.exec();
            }
        }
        if (auto e = tx.value().commit())
            throw std::runtime_error(e->message.toStdString());
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) != 0)
        throw std::runtime_error("cannot move the fixture database into place");
    auto db = storage::Database::open(path);
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    return std::move(db).value();
}

} // namespace rapport::testing
