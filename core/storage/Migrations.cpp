// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/SqlUtil.h"

#include <QHash>
#include <QSqlQuery>

#include <phonenumbers/phonenumberutil.h>

namespace rapport::storage {

namespace {
QString s(const char* sql)
{
    return QString::fromLatin1(sql);
}

// Frozen copies, as they were when each step shipped. A step never calls live code (a
// repository, the search index, the template loader): the day that code changes, an old file
// must still upgrade exactly as it did.

/// Step 2's fill of the sort keys and the full-text index, written against the version-2
/// schema: clients(name, preferred_name, erased, name_key), contact_points(kind, value),
/// client_search(name, numbers, emails).
namespace v2 {

QString digitsOf(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

/// E.164 digits, national-format digits, national significant number; each once.
QStringList numberTerms(const QString& e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    QStringList terms;
    const auto add = [&terms](const QString& t) {
        if (!t.isEmpty() && !terms.contains(t))
            terms << t;
    };
    add(digitsOf(e164));
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return terms;
    std::string national, significant;
    util->Format(number, PhoneNumberUtil::NATIONAL, &national);
    util->GetNationalSignificantNumber(number, &significant);
    add(digitsOf(QString::fromStdString(national)));
    add(QString::fromStdString(significant));
    return terms;
}

QString nameKey(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.simplified();
}

domain::Status fillSortKeysAndSearch(QSqlDatabase& db)
{
    const char* what = QT_TRANSLATE_NOOP("Database", "rebuilding the search index");
    QSqlQuery contacts(db);
    if (auto e = run(contacts, s("SELECT client_id, kind, value FROM contact_points ORDER BY client_id, position"), {},
                     what))
        return e;
    QHash<qint64, QStringList> numbers, emails;
    while (contacts.next()) {
        const qint64 id = contacts.value(0).toLongLong();
        if (contacts.value(1).toString() == QLatin1String("email"))
            emails[id] << contacts.value(2).toString();
        else
            numbers[id] << numberTerms(contacts.value(2).toString());
    }
    contacts.finish();
    QSqlQuery clients(db);
    if (auto e = run(clients, s("SELECT id, name, preferred_name, erased FROM clients"), {}, what))
        return e;
    QSqlQuery key(db), search(db);
    if (auto e = prepare(key, s("UPDATE clients SET name_key = ? WHERE id = ?"), what))
        return e;
    if (auto e =
            prepare(search, s("INSERT INTO client_search(rowid, name, numbers, emails) VALUES (?, ?, ?, ?)"), what))
        return e;
    while (clients.next()) {
        const qint64 id = clients.value(0).toLongLong();
        const QString name = clients.value(1).toString();
        key.bindValue(0, nameKey(name));
        key.bindValue(1, id);
        if (auto e = run(key, what))
            return e;
        if (clients.value(3).toInt() != 0)
            continue; // erased: not searchable
        search.bindValue(0, id);
        search.bindValue(1, QString(name + QLatin1Char(' ') + clients.value(2).toString()));
        search.bindValue(2, numbers.value(id).join(QLatin1Char(' ')));
        search.bindValue(3, emails.value(id).join(QLatin1Char(' ')));
        if (auto e = run(search, what))
            return e;
    }
    return std::nullopt;
}

} // namespace v2
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
         v2::fillSortKeysAndSearch},
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
             // The starter set as it shipped with this step (resources/templates/starter.json
             // then), dated the step's release rather than the moment of the upgrade.
             QStringLiteral(
                 "INSERT INTO templates (name, purpose, body, builtin, starter_key, updated_at) VALUES ('Appointment "
                 "reminder', 'scheduling', 'Hi {preferred_name}, a reminder of your appointment on "
                 "{next_appointment_date} at {next_appointment_time}. Reply to confirm, or call {business_phone} to "
                 "change it. {practice_name}', 1, 'appointment-reminder', '2026-11-01T00:00:00.000Z')"),
             QStringLiteral("INSERT INTO templates (name, purpose, body, builtin, starter_key, updated_at) VALUES "
                            "('Rescheduling', 'scheduling', 'Hi {preferred_name}, I need to move your appointment on "
                            "{next_appointment_date} at {next_appointment_time}. Sorry for the change. Which other "
                            "times suit you? {practitioner}', 1, 'rescheduling', '2026-11-01T00:00:00.000Z')"),
             QStringLiteral("INSERT INTO templates (name, purpose, body, builtin, starter_key, updated_at) VALUES "
                            "('Running late', 'scheduling', 'Hi {preferred_name}, I''m running about 10 minutes late "
                            "for your {next_appointment_time} appointment. Sorry, I''ll be with you shortly. "
                            "{practitioner}', 1, 'running-late', '2026-11-01T00:00:00.000Z')"),
             QStringLiteral(
                 "INSERT INTO templates (name, purpose, body, builtin, starter_key, updated_at) VALUES ('Forms before "
                 "a first visit', 'admin', 'Hi {preferred_name}, welcome to {practice_name}. Before your first visit "
                 "on {next_appointment_date}, please fill in the forms I emailed you. Any questions: "
                 "{business_phone}', 1, 'forms-before-first-visit', '2026-11-01T00:00:00.000Z')"),
             QStringLiteral("INSERT INTO templates (name, purpose, body, builtin, starter_key, updated_at) VALUES "
                            "('Out-of-hours reply', 'general', 'Thanks for your message to {practice_name}. We''re "
                            "closed and will reply in our hours ({hours}). If it''s urgent, call NHS 111.', 1, "
                            "'out-of-hours-reply', '2026-11-01T00:00:00.000Z')"),
             QStringLiteral(
                 "INSERT INTO templates (name, purpose, body, builtin, starter_key, updated_at) VALUES ('Asking for "
                 "permission to text', 'admin', 'Hi {preferred_name}, it''s {practitioner} from {practice_name}. May I "
                 "text you about your bookings, e.g. reminders and changes? Reply YES if that''s fine, or NO if not.', "
                 "1, 'permission-to-text', '2026-11-01T00:00:00.000Z')"),
         },
         {}},
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
        {5,
         QStringLiteral("a draft remembers the template it came from and whether its purpose came with it"),
         {
             s("ALTER TABLE drafts ADD COLUMN template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL"),
             s("ALTER TABLE drafts ADD COLUMN purpose_from_template INTEGER NOT NULL DEFAULT 0"
               " CHECK (purpose_from_template IN (0, 1))"),
         },
         {}},
        {6,
         QStringLiteral("appointments; the next appointment field becomes one migrated appointment per client"),
         {
             // Times as everywhere: ISO 8601 UTC text with milliseconds, so text order is time order.
             // recurrence_id is '' rather than NULL for a single event, so the unique index below
             // also catches a re-import of a single event (NULLs never collide in a unique index).
             s("CREATE TABLE appointments ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " starts_at TEXT NOT NULL,"
               " ends_at TEXT NOT NULL,"
               " service TEXT NOT NULL DEFAULT '',"
               " location TEXT NOT NULL DEFAULT '',"
               " status TEXT NOT NULL DEFAULT 'booked'"
               "  CHECK (status IN ('booked', 'cancelled', 'attended', 'no-show')),"
               " source TEXT NOT NULL DEFAULT 'manual',"
               " external_uid TEXT,"
               " recurrence_id TEXT NOT NULL DEFAULT '',"
               " created_at TEXT NOT NULL,"
               " updated_at TEXT NOT NULL,"
               " CHECK (ends_at > starts_at))"),
             s("CREATE INDEX appointments_by_client ON appointments(client_id, starts_at)"),
             s("CREATE INDEX appointments_by_start ON appointments(starts_at)"),
             s("CREATE UNIQUE INDEX appointments_by_uid ON appointments(source, external_uid, recurrence_id)"
               " WHERE external_uid IS NOT NULL"),
             // One booked appointment per client from the old field, one hour long (the old field had
             // no length), dated when the client row was last written. Past ones come too: they are
             // history, and only a future booked appointment is anyone's next one.
             s("INSERT INTO appointments (client_id, starts_at, ends_at, status, source, created_at, updated_at)"
               " SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', next_appointment),"
               " strftime('%Y-%m-%dT%H:%M:%fZ', next_appointment, '+1 hour'), 'booked', 'migrated',"
               " updated_at, updated_at FROM clients"
               " WHERE next_appointment IS NOT NULL AND strftime('%s', next_appointment) IS NOT NULL"
               " ORDER BY id"),
             // The column stays (dropping a column rebuilds the table) but is no longer read or
             // written; what moved is cleared so there is one truth. A value SQLite cannot read as a
             // time stays where it was rather than being lost.
             s("UPDATE clients SET next_appointment = NULL"
               " WHERE next_appointment IS NOT NULL AND strftime('%s', next_appointment) IS NOT NULL"),
             s("DROP INDEX clients_by_next_appointment"),
         },
         {}},
        {7,
         QStringLiteral("scheduled messages: written now, announced and handed off by a person when due"),
         {
             // purpose '' = inferred from the text; handed_off_at set when a person handed it off.
             s("CREATE TABLE scheduled_messages ("
               " id INTEGER PRIMARY KEY,"
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'in_person')),"
               " text TEXT NOT NULL CHECK (length(text) > 0),"
               " purpose TEXT NOT NULL DEFAULT '',"
               " due_at TEXT NOT NULL,"
               " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'handed-off', 'cancelled')),"
               " created_at TEXT NOT NULL,"
               " updated_at TEXT NOT NULL,"
               " handed_off_at TEXT)"),
             s("CREATE INDEX scheduled_messages_by_due ON scheduled_messages(state, due_at)"),
             s("CREATE INDEX scheduled_messages_by_client ON scheduled_messages(client_id)"),
         },
         {}},
        {8,
         QStringLiteral("calendar import: remembered matches, unmatched events, remembered calendar files"),
         {
             // A person's choice, made once per calendar: events of `source` whose match key (the
             // normalised name part of the summary, or an attendee's address in lower case) is
             // `match_key` belong to the client. Personal data: ClientRepository::erase keeps the
             // client row, so erasure deletes these rows itself; the cascade covers a real delete.
             s("CREATE TABLE calendar_choices ("
               " id INTEGER PRIMARY KEY,"
               " source TEXT NOT NULL,"
               " match_key TEXT NOT NULL,"
               " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
               " created_at TEXT NOT NULL,"
               " UNIQUE (source, match_key))"),
             s("CREATE INDEX calendar_choices_by_client ON calendar_choices(client_id)"),
             // The events the last (written) import of a calendar could not match, so a person
             // can match them later (rapport-cli appointments match UID CLIENT_ID). Replaced by
             // each import of the same source.
             s("CREATE TABLE calendar_unmatched ("
               " id INTEGER PRIMARY KEY,"
               " source TEXT NOT NULL,"
               " external_uid TEXT NOT NULL,"
               " recurrence_id TEXT NOT NULL DEFAULT '',"
               " summary TEXT NOT NULL DEFAULT '',"
               " match_key TEXT NOT NULL DEFAULT '',"
               " email_key TEXT NOT NULL DEFAULT '',"
               " starts_at TEXT NOT NULL,"
               " ends_at TEXT NOT NULL,"
               " location TEXT NOT NULL DEFAULT '',"
               " line INTEGER NOT NULL DEFAULT 0,"
               " seen_at TEXT NOT NULL,"
               " UNIQUE (source, external_uid, recurrence_id))"),
             // Calendar files another program keeps in sync, re-read at start and on demand.
             s("CREATE TABLE calendar_files ("
               " id INTEGER PRIMARY KEY,"
               " path TEXT NOT NULL UNIQUE,"
               " added_at TEXT NOT NULL,"
               " last_read_at TEXT)"),
         },
         {}},
        {9,
         QStringLiteral("the reminder pass: a day's reminder per appointment and template, handed off or skipped"),
         {
             // No row: still to do. A hand-off keeps the outbound contact it logged; the contact
             // can go (erasure keeps the log row, so it rarely does) without the state going.
             s("CREATE TABLE reminder_pass ("
               " appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
               " template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,"
               " state TEXT NOT NULL CHECK (state IN ('handed-off', 'skipped')),"
               " channel TEXT CHECK (channel IN ('sms', 'email', 'phone', 'in_person')),"
               " contact_id INTEGER REFERENCES contact_log(id) ON DELETE SET NULL,"
               " updated_at TEXT NOT NULL,"
               " PRIMARY KEY (appointment_id, template_id))"),
         },
         {}},
    };
    return k;
}

} // namespace rapport::storage
