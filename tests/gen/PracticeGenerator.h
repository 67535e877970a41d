// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A made-up practice for benchmarks and soak tests: N clients with names from several cultures,
// one to three contact points, consent histories, contact logs and appointments. Everything,
// times included, follows from the seed and the given base time: the same options give the same
// practice, byte for byte in every table (the ledger's chain head proves it cheaply).

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

namespace rapport::storage {
class Database;
}

namespace rapport::testing {

struct PracticeSpec {
    int clients = 1000;
    quint64 seed = 1;
    /// Histories lie in the year before this; appointments in the four weeks after it.
    QDateTime base = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
};

struct GeneratedPractice {
    int clients = 0;
    int contactPoints = 0;
    int consentEvents = 0;
    int contactLogs = 0;
    int appointments = 0;
};

/// The n-th made-up client's full name, mobile (UK national form) and email (may be empty).
struct MadeUpClient {
    QString name;
    QString mobile;
    QString landline; ///< may be empty
    QString email;    ///< may be empty
};

class PracticeGenerator {
public:
    explicit PracticeGenerator(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 1) {}
    /// The next client of the sequence (the same for the same seed).
    MadeUpClient nextClient();
    /// The next value of the generator's own PRNG (splitmix64: the same on every compiler and library).
    quint64 next();
    /// A number in [0, n).
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
    int m_serial = 0;
};

/// Writes the practice into `db` (fresh or not) in one transaction.
domain::Result<GeneratedPractice> generatePractice(const storage::Database& db, const PracticeSpec& spec);

/// Writes a client list of `rows` rows (First Name, Last Name, Mobile Phone, E-mail Address) as
/// Outlook exports it, from the same sequence of clients as generatePractice with this seed.
domain::Status writeClientCsv(const QString& path, int rows, quint64 seed);

} // namespace rapport::testing
