#include "Migrations.h"

#include "ClientSearch.h"
#include "TemplateRepository.h"

#include <QDateTime>

namespace rapport::storage {

namespace {
QString s(const char* sql)
{
    return QString::fromLatin1(sql);
}
} // namespace

// Shipped steps are never edited: add a new one at the end.
const QVector<Migration>& builtInMigrations()
{
    static const QVector<Migration> k{
        {1,
         QStringLiteral("clients, contact points, directives, preferences, consent ledger, contact log, settings"),
         {
             s("CREATE TABLE clients ("
               " id INTEGER PRIMARY KEY,"
               " name TEXT NOT NULL,"
               " preferred_name TEXT NOT NULL DEFAULT '',"
               " time_zone TEXT NOT NULL DEFAULT '',"
               " quiet_hours TEXT NOT NULL DEFAULT '',"
               " next_appointment TEXT,"
               " notes TEXT NOT NULL DEFAULT '',"
               " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
               " erased INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1)),"
               " created_at TEXT NOT NULL,"
               " updated_at TEXT NOT NULL)"),
             s("CREATE TABLE contact_points ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " kind TEXT NOT NULL CHECK (kind IN ('phone', 'email')),"
               " value TEXT NOT NULL,"
               " label TEXT NOT NULL DEFAULT '',"
               " number_type TEXT NOT NULL DEFAULT 'unknown'"
               "  CHECK (number_type IN ('mobile', 'fixed_line', 'fixed_line_or_mobile', 'other', 'unknown')),"
               " position INTEGER NOT NULL)"),
             s("CREATE INDEX contact_points_by_client ON contact_points(client_id, position)"),
             s("CREATE INDEX contact_points_by_value ON contact_points(value)"),
             // History of directives: every set or clear appends a row; the latest row per
             // directive says whether it is in force, with when and who.
             s("CREATE TABLE directives ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " directive TEXT NOT NULL CHECK (directive IN ('no-sms', 'no-email', 'no-phone', 'no-voicemail',"
               "  'clinical-by-text-ok', 'clinical-by-email-ok')),"
               " active INTEGER NOT NULL CHECK (active IN (0, 1)),"
               " changed_at TEXT NOT NULL,"
               " changed_by TEXT NOT NULL DEFAULT '')"),
             s("CREATE INDEX directives_by_client ON directives(client_id, directive, id)"),
             s("CREATE TABLE preferences ("
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'in_person')),"
               " position INTEGER NOT NULL,"
               " PRIMARY KEY (client_id, channel))"),
             // The ledger holds no client name and no note text: the note's SHA-256 is chained,
             // the text lives in consent_notes and can be erased with the client.
             s("CREATE TABLE consent_events ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER NOT NULL REFERENCES clients(id),"
               " channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone')),"
               " scope TEXT NOT NULL CHECK (scope IN ('service', 'marketing')),"
               " state TEXT NOT NULL CHECK (state IN ('granted', 'withdrawn', 'refused', 'imported')),"
               " method TEXT NOT NULL CHECK (method IN ('written', 'verbal', 'online-form', 'inbound-message',"
               "  'email', 'phone-call', 'other', 'imported')),"
               " effective_at TEXT NOT NULL,"
               " recorded_at TEXT NOT NULL,"
               " recorded_by TEXT NOT NULL DEFAULT '',"
               " note_sha256 TEXT NOT NULL,"
               " prev_hash TEXT NOT NULL,"
               " hash TEXT NOT NULL UNIQUE)"),
             s("CREATE INDEX consent_events_by_client ON consent_events(client_id, id)"),
             s("CREATE INDEX consent_events_by_effective ON consent_events(effective_at, id)"),
             s("CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events"
               " BEGIN SELECT RAISE(ABORT, 'consent events are append-only: update refused'); END"),
             s("CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events"
               " BEGIN SELECT RAISE(ABORT, 'consent events are append-only: delete refused'); END"),
             s("CREATE TABLE consent_notes ("
               " event_id INTEGER PRIMARY KEY REFERENCES consent_events(id),"
               " note TEXT NOT NULL)"),
             s("CREATE TRIGGER consent_notes_no_update BEFORE UPDATE ON consent_notes"
               " BEGIN SELECT RAISE(ABORT, 'consent notes cannot be changed, only erased'); END"),
             // REPLACE would delete the note (allowed, for erasure) and insert another one.
             s("CREATE TRIGGER consent_notes_insert_once BEFORE INSERT ON consent_notes"
               " WHEN EXISTS (SELECT 1 FROM consent_notes WHERE event_id = NEW.event_id)"
               " BEGIN SELECT RAISE(ABORT, 'consent notes cannot be changed, only erased'); END"),
             s("CREATE TABLE contact_log ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),"
               " channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'in_person')),"
               " at TEXT NOT NULL,"
               " text TEXT NOT NULL DEFAULT '',"
               " flags TEXT NOT NULL DEFAULT '')"),
             s("CREATE INDEX contact_log_by_client ON contact_log(client_id, at, id)"),
             s("CREATE INDEX contact_log_by_direction ON contact_log(client_id, direction, channel, at)"),
             s("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         },
         {}},
        {2,
         QStringLiteral("client name sort key, paging indexes, full-text client search"),
         {
             s("ALTER TABLE clients ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
             s("CREATE INDEX clients_by_name ON clients(name_key, id)"),
             s("CREATE INDEX clients_active_by_name ON clients(archived, name_key, id)"),
             s("CREATE VIRTUAL TABLE client_search USING fts5(name, numbers, emails,"
               " tokenize = 'unicode61 remove_diacritics 2')"),
         },
         [](QSqlDatabase& db) { return ClientSearch::rebuild(db); }},
        {3,
         QStringLiteral("message templates (seeded with the starter set) and composer drafts"),
         {
             s("CREATE TABLE templates ("
               " id INTEGER PRIMARY KEY,"
               " name TEXT NOT NULL,"
               " purpose TEXT CHECK (purpose IN ('scheduling', 'admin', 'clinical', 'marketing', 'general')),"
               " body TEXT NOT NULL,"
               " builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),"
               " starter_key TEXT UNIQUE,"
               " updated_at TEXT NOT NULL)"),
             s("CREATE TABLE drafts ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,"
               " purpose TEXT CHECK (purpose IN ('scheduling', 'admin', 'clinical', 'marketing', 'general')),"
               " body TEXT NOT NULL,"
               " updated_at TEXT NOT NULL)"),
             s("CREATE INDEX drafts_by_client ON drafts(client_id, updated_at)"),
         },
         [](QSqlDatabase& db) { return TemplateRepository::seed(db, QDateTime::currentDateTimeUtc()); }},
        {4,
         QStringLiteral("things to raise at a client's next appointment"),
         {
             // Personal data: ClientRepository::erase keeps the client row, so erasure deletes these
             // rows itself; the cascade covers a client row that is really deleted.
             s("CREATE TABLE raise_items ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " text TEXT NOT NULL,"
               " created_at TEXT NOT NULL,"
               " created_by TEXT NOT NULL DEFAULT '',"
               " raised_at TEXT,"
               " contact_id INTEGER REFERENCES contact_log(id) ON DELETE SET NULL)"),
             s("CREATE INDEX raise_items_by_client ON raise_items(client_id, raised_at, id)"),
             // The dashboard lists the day's appointments: a range over this column.
             s("CREATE INDEX clients_by_next_appointment ON clients(next_appointment)"),
         },
         {}},
    };
    return k;
}

} // namespace rapport::storage
