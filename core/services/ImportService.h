// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/Clock.h"
#include "domain/ColumnMapping.h"
#include "domain/ImportRecord.h"
#include "domain/Result.h"
#include <QCoreApplication>

#include <QHash>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// How to import one file.
struct ImportOptions {
    domain::ImportFormat format = domain::ImportFormat::Auto;
    /// The CSV field separator (',', ';' or '\t'); 0 sniffs it from the header line.
    char delimiter = 0;
    /// A mapping a person corrected in the app (CSV only; its header must be the file's).
    std::optional<domain::ColumnMapping> mapping;
    bool dryRun = false; ///< plan and report, write nothing
    bool strict = false; ///< write nothing when any row is invalid
    /// Who the consent events are recorded by; empty: the practitioner setting, else "import".
    QString by;
    /// Called with (rows done, rows total) while the plan is written, between rows.
    std::function<void(int, int)> progress;
    /// Checked between rows (reading and writing); when set, everything written is rolled back.
    const std::atomic<bool>* cancel = nullptr;
};

/// A line that was not imported, or a remark about one that was, with plain-words reasons
/// ("no first name; invalid email 'not-an-email'; invalid phone number '12': it is too short").
struct ImportLine {
    int line = 0;
    QString reason;
};

/// An opt-in flag, as the consent event it becomes (state and method `imported`).
struct PlannedConsent {
    domain::Channel channel = domain::Channel::Email;
    domain::Scope scope = domain::Scope::Marketing;
    QString evidence; ///< "jane-patients.csv line 2, column 'Marketing Email Opt-In' = Yes"
};

/// One client the import creates, or one existing client it adds to.
struct PlannedClient {
    QVector<int> lines;    ///< every line merged into this entry, first line first
    qint64 existingId = 0; ///< > 0: merge into this client of the database
    domain::Client client; ///< new: the whole client; existing: the stored client with what the file adds
    QVector<PlannedConsent> consents;
};

/// What an import would do; a value, so a wizard can show it before anything is written.
struct ImportPlan {
    QString sourceName; ///< the file's name, used in evidence notes
    QString formatName; ///< "Google Contacts", "Jane", "vCard 3.0", ...
    char delimiter = 0; ///< the CSV field separator used (',', ';' or '\t'); 0 for vCard
    domain::ColumnMapping mapping;
    int headerLine = 0;             ///< CSV: the header's line (the line of a warning about columns)
    QStringList unimportedColumns;  ///< CSV: columns not imported, header text as written; also a warning
    int read = 0;                   ///< records read (CSV rows or vCards)
    QVector<PlannedClient> clients; ///< in file order
    QVector<ImportLine> skipped;    ///< in line order
    QVector<ImportLine> warnings;   ///< imported lines with something worth knowing
    int mergedInFile = 0;           ///< records folded into an earlier record of the file
    int mergedWithDatabase = 0;     ///< records folded into a client already in the database
    /// Search terms (space-separated) of each E.164 number of the plan, from its one parse.
    QHash<QString, QString> numberTerms;

    int newClients() const;
    int merged() const { return mergedInFile + mergedWithDatabase; }
};

/// The outcome, as `rapport-cli import --json` prints it (plus the flags).
struct ImportSummary {
    QString formatName;
    char delimiter = 0; ///< as ImportPlan::delimiter
    int headerLine = 0; ///< as ImportPlan::headerLine
    QStringList unimportedColumns;
    int read = 0;
    int imported = 0; ///< new clients (would be, on a dry run)
    int merged = 0;   ///< records merged into another record or an existing client
    int consentEvents = 0;
    QVector<ImportLine> skipped;
    QVector<ImportLine> warnings;
    bool dryRun = false;
    bool written = false;       ///< true when the transaction committed
    bool cancelled = false;     ///< cancel was set: nothing was written
    bool strictRefused = false; ///< `strict` and some line was invalid: nothing was written
};

/// What the first lines of a client list say, before anything is read in full: the format
/// (with the program it looks exported from), the column mapping recognised from a CSV header,
/// and the first data row as an example; `error` when the file cannot be read.
struct ImportProbe {
    QString format;
    QString error;
    bool csv = false;
    char delimiter = 0; ///< CSV: the field separator sniffed from the header line
    domain::ColumnMapping mapping;
    QStringList example;
};

/// Imports a client list (CSV or vCard) into the database.
///
/// Rules (the choices where the contract is silent):
/// - Every phone is normalised with libphonenumber in the practice's `country` (GB when unset);
///   the number type is the library's, the file's label is kept as the label.
/// - A record with any problem is skipped whole and reported with all its reasons: no name, an
///   invalid email (found by the reader), an invalid phone number. Nothing of a skipped line is
///   imported, so fixing the line and importing the file again completes it (re-imports merge).
/// - Duplicates: records sharing a normalised phone or an email (case ignored, domain::contactKey)
///   are one client; addresses are stored as written, the first spelling kept. A
///   record matching a client already in the database (not erased) is merged into it: contact
///   points it lacks are added, empty preferred name, time zone and notes are filled, the stored
///   name is kept. Each merged record counts once in `merged`.
/// - Opt-in flags become consent events in state `imported`, method `imported`, effective and
///   recorded now, with the file, line, column and value as the note. For an existing client an
///   opt-in is recorded only when the client has no event at all for that channel and scope, so an
///   old file never overrides a later withdrawal and a re-import adds nothing.
/// - Every CSV column the (detected or corrected) mapping does not import is named, by its header
///   text, in one warning on the header line: nothing in the file is dropped without a word.
/// - The database is matched again under the write lock: a client another program added since
///   the plan was made (the same file imported at two desks at once) is merged into, with a
///   warning on the line, never duplicated; the summary counts what was written.
/// - All writes happen in one transaction; a failure, `cancel`, `dryRun` or a refused `strict`
///   import leaves the database as it was.
class ImportService {
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    /// Reads only the start of `path`: the header (CSV) or the first card (vCard).
    static ImportProbe probe(const QString& path);
    /// "comma", "semicolon", "tab" (translated); empty for 0 (not a CSV file).
    static QString delimiterName(char delimiter);

    ImportService(const storage::Database& db, const domain::Clock& clock);

    /// Reads and plans without writing. A malformed file is an Error (kind InvalidInput) whose
    /// message names the file and the line.
    domain::Result<ImportPlan> plan(const QString& path, const ImportOptions& options = {}) const;
    /// As above from an open device; `sourceName` names it in messages and evidence notes.
    domain::Result<ImportPlan> plan(QIODevice* device, const QString& sourceName,
                                    const ImportOptions& options = {}) const;

    /// Writes a plan (unless options.dryRun / strict refusal / cancel) in one transaction.
    domain::Result<ImportSummary> apply(const ImportPlan& plan, const ImportOptions& options = {}) const;

    /// plan() then apply().
    domain::Result<ImportSummary> importFile(const QString& path, const ImportOptions& options = {}) const;

private:
    domain::Result<QString> region() const;
    /// Under the write lock: the plan's new clients that now match a stored client (added by
    /// another program since the plan was made), by index in plan.clients.
    domain::Result<QHash<int, qint64>> lateMatches(const ImportPlan& plan) const;

    const storage::Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace rapport::services
