// SPDX-License-Identifier: GPL-3.0-or-later
// Shipped schema steps are frozen: each upgrades an old file the way it did when it shipped.
// - A fixture for every shipped version (tests/data/db/vN.sqlite, made by the hidden
//   "[.make-fixture]" cases below with the first N steps only) upgrades to the latest version
//   with its data intact.
// - The text of every step is pinned by its SHA-256: editing a shipped step fails here; add a
//   step instead (and pin its hash when it ships).
#include "domain/Clock.h"
#include "domain/ConsentChain.h"
#include "services/AppointmentService.h"
#include "storage/AppointmentRepository.h"
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
    if (version >= 4)
        exec(QStringLiteral("INSERT INTO raise_items (client_id, text, created_at, created_by) VALUES "
                            "(1, 'Ask about the new chair', '2026-11-03T11:00:00.000Z', 'fixture')"));
    if (version >= 5) {
        // The single next-appointment field, as the version-5 app wrote it: one to come, one past,
        // one of an archived client, and a value no version wrote but a hand edit could have.
        exec(QStringLiteral("UPDATE clients SET next_appointment = '2026-12-03T15:00:00.000Z', "
                            "updated_at = '2026-11-05T08:00:00.000Z' WHERE id = 1"));
        exec(QStringLiteral("UPDATE clients SET next_appointment = '2026-11-20T10:30:00.000Z' WHERE id = 2"));
        exec(QStringLiteral("INSERT INTO clients (id, name, name_key, next_appointment, archived, created_at, "
                            "updated_at) VALUES (3, 'Cai Jones', 'cai jones', '2026-12-10T09:00:00.000Z', 1, "
                            "'2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')"));
        exec(QStringLiteral("INSERT INTO clients (id, name, name_key, next_appointment, created_at, updated_at) "
                            "VALUES (4, 'Dee Park', 'dee park', 'after Easter', '2026-11-01T09:00:00.000Z', "
                            "'2026-11-01T09:00:00.000Z')"));
        exec(QStringLiteral("INSERT INTO client_search (rowid, name, numbers, emails) VALUES "
                            "(3, 'Cai Jones ', '', ''), (4, 'Dee Park ', '', '')"));
        exec(QStringLiteral("UPDATE drafts SET template_id = (SELECT id FROM templates WHERE name = 'Thank you'), "
                            "purpose_from_template = 0"));
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

TEST_CASE("make the v1, v2 and v3 fixtures", "[.make-fixture][sqlite-only]")
{
    writeFixture(1);
    writeFixture(2);
    writeFixture(3);
}

TEST_CASE("make the v5 fixture", "[.make-fixture-v5][sqlite-only]")
{
    writeFixture(5);
}

TEST_CASE("Every shipped schema version upgrades from its fixture to the latest", "[storage][migrations][sqlite-only]")
{
    for (const int version : {1, 2, 3, 5}) {
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
        auto all = clients.list({}, QDateTime());
        REQUIRE(all.ok());
        REQUIRE(all->size() == (version >= 5 ? 3 : 2));        // v5 adds Dee Park (and Cai Jones, archived)
        CHECK(all->at(0).name == QStringLiteral("Ana Silva")); // sort keys: accents do not disturb the order
        CHECK(all->back().name == QStringLiteral("Élodie Zed"));
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

TEST_CASE("A version-5 file's next appointments become one migrated appointment each",
          "[storage][migrations][appointments][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    REQUIRE(QFile::copy(fixture(5), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    REQUIRE(db.value()->schemaVersion() == Database::latestVersion());
    const auto utc = [](int m, int d, int h, int min) { return QDateTime(QDate(2026, m, d), QTime(h, min), Qt::UTC); };

    // One migrated, booked, one-hour appointment per client that had a readable value, past ones too.
    storage::AppointmentRepository appointments(*db.value());
    const struct {
        qint64 client;
        QDateTime start;
        QDateTime created;
    } expected[] = {{1, utc(12, 3, 15, 0), utc(11, 5, 8, 0)},
                    {2, utc(11, 20, 10, 30), utc(11, 1, 9, 0)},
                    {3, utc(12, 10, 9, 0), utc(11, 1, 9, 0)}};
    for (const auto& e : expected) {
        INFO("client " << e.client);
        const auto list = appointments.forClient(e.client);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        const domain::Appointment& a = list->front();
        CHECK(a.start == e.start);
        CHECK(a.end == e.start.addSecs(3600));
        CHECK(a.status == domain::AppointmentStatus::Booked);
        CHECK(a.source == QLatin1String("migrated"));
        CHECK(a.externalUid.isEmpty());
        CHECK(a.service.isEmpty());
        CHECK(a.createdAt == e.created); // when the field was last written, not the upgrade's moment
    }
    CHECK(appointments.forClient(4)->isEmpty());

    // The next appointment is derived: Ana's is to come, Élodie's has passed.
    const domain::FixedClock clock(utc(12, 1, 11, 0));
    storage::ClientRepository clients(*db.value());
    CHECK(clients.find(1, clock.now())->nextAppointment == utc(12, 3, 15, 0));
    CHECK_FALSE(clients.find(2, clock.now())->nextAppointment.has_value());
    CHECK(services::AppointmentService(*db.value(), clock).nextFor(3).value()->start == utc(12, 10, 9, 0));

    QSqlQuery q(db.value()->connection());
    // Nothing lost: what moved is cleared from the old column; what could not be read stays there.
    REQUIRE(q.exec(QStringLiteral("SELECT id, next_appointment FROM clients ORDER BY id")));
    QStringList column;
    while (q.next())
        column << QStringLiteral("%1=%2").arg(q.value(0).toString(),
                                              q.value(1).isNull() ? QStringLiteral("NULL") : q.value(1).toString());
    CHECK(column == QStringList{QStringLiteral("1=NULL"), QStringLiteral("2=NULL"), QStringLiteral("3=NULL"),
                                QStringLiteral("4=after Easter")});
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM raise_items WHERE text = 'Ask about the new chair'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM drafts WHERE template_id IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%appointment%'"
                                  " ORDER BY name")));
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    CHECK(indexes == QStringList{QStringLiteral("appointments_by_client"), QStringLiteral("appointments_by_start"),
                                 QStringLiteral("appointments_by_uid")});
    // Deleting a client row takes its appointments with it (erasure keeps the row and deletes them itself).
    REQUIRE(q.exec(QStringLiteral("DELETE FROM raise_items WHERE client_id = 3")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM clients WHERE id = 3")));
    CHECK(appointments.forClient(3)->isEmpty());
}

TEST_CASE("The text of every schema step is frozen", "[storage][migrations][sqlite-only]")
{
    // SHA-256 of version, description and statements. A changed hash means a shipped step was
    // edited: revert it and add a new step. A new step adds its line here when it ships.
    const QStringList pinned{
        QStringLiteral("b02fe912d0d9cd8c71b1bb9c2d61f5d96ddf55f506abd82c8b850503f6e55e5e"),
        QStringLiteral("5a6012879377610f45fe62812b8be46c1fce59156618740715f37442cf1c46bf"),
        QStringLiteral("ca071a0c3181278377ffba9e1ce2995a09caa78eb85e0b7e932f109076f6297b"),
        QStringLiteral("ea50bc60e68c9b11f9569214d42b99167770e112df010faa0371aea91661f662"),
        QStringLiteral("ec661e04e174536f78987fa5a98e9cb277ec00d5133fb3873b465a12713991a2"),
        QStringLiteral("88f338f71774d442dc0e368ccfaef0cd26f9bc3a1172e2b76526230cd1dee576"),
        QStringLiteral("13a57b3990e5da52404e44bd32d9c3913d26a9ac7b5a7c6e8f0da608a03bf9df"),
        QStringLiteral("3c41df7bfd3507cc86c736f3e23babc130ef3e2ec36bafa1bbfcafc8a94bce2a"),
        QStringLiteral("2c44294345557e507cb5c9454cdd2823a203620063c30cdb26524a2c333e740a"),
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
