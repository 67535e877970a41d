// Shipped schema steps are frozen: each upgrades an old file the way it did when it shipped.
// - A fixture for every shipped version (tests/data/db/vN.sqlite, made by the hidden
//   "[.make-fixture]" cases below with the first N steps only) upgrades to the latest version
//   with its data intact.
// - The text of every step is pinned by its SHA-256: editing a shipped step fails here; add a
//   step instead (and pin its hash when it ships).
#include "domain/ConsentChain.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/TemplateRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;
using storage::Database;

namespace {

QString fixture(int version)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/db/v%1.sqlite").arg(version);
}

/// The fixture's data, written with SQL of that version's schema (never through live code).
void writeFixture(int version)
{
    const QString path = fixture(version);
    QFile::remove(path);
    auto db = Database::open(path, Database::migrations().mid(0, version));
    REQUIRE(db.ok());
    QSqlQuery q(db.value()->connection());
    const auto exec = [&q](const QString& sql) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    };
    exec(QStringLiteral("INSERT INTO clients (id, name, preferred_name, created_at, updated_at) VALUES "
                        "(1, 'Ana Silva', 'Ana', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')"));
    exec(QStringLiteral("INSERT INTO clients (id, name, created_at, updated_at) VALUES "
                        "(2, 'Élodie Zed', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')"));
    exec(QStringLiteral("INSERT INTO contact_points (client_id, kind, value, label, number_type, position) VALUES "
                        "(1, 'phone', '+447400123456', 'Mobile', 'mobile', 0)"));
    exec(QStringLiteral("INSERT INTO contact_points (client_id, kind, value, label, number_type, position) VALUES "
                        "(2, 'email', 'elodie@example.org', 'Email', 'unknown', 0)"));
    if (version >= 2) {
        // What the version-2 app wrote beside each client: its sort key and search entry.
        exec(QStringLiteral("UPDATE clients SET name_key = 'ana silva' WHERE id = 1"));
        exec(QStringLiteral("UPDATE clients SET name_key = 'elodie zed' WHERE id = 2"));
        exec(QStringLiteral("INSERT INTO client_search (rowid, name, numbers, emails) VALUES "
                            "(1, 'Ana Silva Ana', '447400123456 07400123456 7400123456', '')"));
        exec(QStringLiteral("INSERT INTO client_search (rowid, name, numbers, emails) VALUES "
                            "(2, 'Élodie Zed ', '', 'elodie@example.org')"));
    }
    // One sealed consent event and its note, as every version wrote them.
    domain::ConsentEvent e;
    e.id = 1;
    e.clientId = 1;
    e.channel = domain::Channel::Sms;
    e.scope = domain::Scope::Service;
    e.state = domain::ConsentState::Granted;
    e.method = QStringLiteral("written");
    e.effectiveAt = e.recordedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    e.recordedBy = QStringLiteral("fixture");
    e.note = QStringLiteral("Signed the intake form");
    domain::ConsentChain::seal(e, QString());
    q.prepare(QStringLiteral("INSERT INTO consent_events (id, client_id, channel, scope, state, method, effective_at, "
                             "recorded_at, recorded_by, note_sha256, prev_hash, hash) VALUES (1, 1, 'sms', 'service', "
                             "'granted', 'written', '2026-11-01T09:30:00.000Z', '2026-11-01T09:30:00.000Z', 'fixture', "
                             "?, '', ?)"));
    q.addBindValue(domain::ConsentChain::noteDigest(e.note));
    q.addBindValue(e.hash);
    REQUIRE(q.exec());
    exec(QStringLiteral("INSERT INTO consent_notes (event_id, note) VALUES (1, 'Signed the intake form')"));
    exec(QStringLiteral("INSERT INTO contact_log (client_id, direction, channel, at, text) VALUES "
                        "(1, 'in', 'sms', '2026-11-02T10:00:00.000Z', 'Running 5 min late')"));
    if (version >= 3) {
        // A practitioner's own template and a draft, beside the seeded starter set.
        exec(QStringLiteral("INSERT INTO templates (name, purpose, body, builtin, updated_at) VALUES "
                            "('Thank you', 'general', 'Thanks {first_name}!', 0, '2026-11-03T10:00:00.000Z')"));
        exec(QStringLiteral("INSERT INTO drafts (client_id, purpose, body, updated_at) VALUES "
                            "(1, 'scheduling', 'See you Tuesday', '2026-11-03T10:05:00.000Z')"));
    }
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

QString stepDigest(const storage::Migration& m)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray(QByteArray::number(m.version) + '\n' + m.description.toUtf8() + '\n'));
    for (const QString& statement : m.statements)
        h.addData(QByteArray(statement.toUtf8() + '\n'));
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

TEST_CASE("make the v1, v2 and v3 fixtures", "[.make-fixture]")
{
    writeFixture(1);
    writeFixture(2);
    writeFixture(3);
}

TEST_CASE("Every shipped schema version upgrades from its fixture to the latest", "[storage][migrations]")
{
    for (const int version : {1, 2, 3}) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        REQUIRE(QFile::copy(fixture(version), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture-check"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == version);
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture-check"));

        auto db = Database::open(path);
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Database::latestVersion());
        storage::ClientRepository clients(*db.value());
        auto all = clients.list({});
        REQUIRE(all.ok());
        REQUIRE(all->size() == 2);
        CHECK(all->at(0).name == QStringLiteral("Ana Silva")); // sort keys: accents do not disturb the order
        CHECK(all->at(1).name == QStringLiteral("Élodie Zed"));
        domain::ClientQuery byNational;
        byNational.search = QStringLiteral("07400 123");
        CHECK(clients.count(byNational).value() == 1);
        domain::ClientQuery byEmail;
        byEmail.search = QStringLiteral("elodie@");
        CHECK(clients.count(byEmail).value() == 1);
        const auto chain = storage::ConsentRepository(*db.value()).verify();
        REQUIRE(chain.ok());
        CHECK(chain->ok);
        CHECK(chain->count == 1);
        const auto templates = storage::TemplateRepository(*db.value()).list();
        REQUIRE(templates.ok());
        int builtin = 0, own = 0;
        for (const auto& t : templates.value())
            (t.builtin ? builtin : own) += 1;
        CHECK(builtin == 6); // the starter set, seeded by step 3 as it shipped
        CHECK(own == (version >= 3 ? 1 : 0));
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM drafts")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == (version >= 3 ? 1 : 0));
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("ok"));
    }
}

TEST_CASE("The text of every schema step is frozen", "[storage][migrations]")
{
    // SHA-256 of version, description and statements. A changed hash means a shipped step was
    // edited: revert it and add a new step. A new step adds its line here when it ships.
    const QStringList pinned{
        QStringLiteral("b02fe912d0d9cd8c71b1bb9c2d61f5d96ddf55f506abd82c8b850503f6e55e5e"),
        QStringLiteral("5a6012879377610f45fe62812b8be46c1fce59156618740715f37442cf1c46bf"),
        QStringLiteral("ca071a0c3181278377ffba9e1ce2995a09caa78eb85e0b7e932f109076f6297b"),
        QStringLiteral("ea50bc60e68c9b11f9569214d42b99167770e112df010faa0371aea91661f662"),
        QStringLiteral("ec661e04e174536f78987fa5a98e9cb277ec00d5133fb3873b465a12713991a2"),
    };
    const auto& steps = Database::migrations();
    REQUIRE(steps.size() >= pinned.size());
    for (int i = 0; i < pinned.size(); ++i) {
        INFO("step " << steps.at(i).version << ": " << stepDigest(steps.at(i)).toStdString());
        CHECK(steps.at(i).version == i + 1);
        CHECK(stepDigest(steps.at(i)) == pinned.at(i));
    }
    // Every step is pinned: a new one must be added above.
    CHECK(steps.size() == pinned.size());
}
