// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ConsentEvent.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QVector>

namespace rapport::domain {

/// The outcome of recomputing the ledger's hash chain.
struct ChainCheck {
    bool ok = true;
    qint64 count = 0;      ///< events checked (all of them when ok)
    qint64 firstBadId = 0; ///< the first event that does not verify; 0 when ok
    QString reason;        ///< plain words, translatable; empty when ok
};

/// The consent ledger's hash chain (pure; no storage).
///
/// Canonical serialisation, version 1 (stable: changing it invalidates every stored hash).
/// UTF-8 text of these lines, each `name=value` ending in "\n", in exactly this order:
///   rapport-consent=1, id, client_id, channel, scope, state, method, effective_at, recorded_at,
///   recorded_by, note_sha256, prev_hash
/// Values: integers in decimal; enumerations by their machine names (Channel.h); times as
/// ISO 8601 UTC with milliseconds (`2026-12-01T11:00:00.000Z`); `note_sha256` is the lower-case
/// hex SHA-256 of the note's UTF-8 (of the empty string when there is no note); `prev_hash` is
/// the previous event's hash, empty for the first event. In values, `\` is written `\\`, a line
/// feed `\n` and a carriage return `\r`, so the text parses back unambiguously.
/// hash = lower-case hex SHA-256 of that text.
///
/// Why the note is chained by its digest: the note may hold personal data the client can ask to
/// erase, while the ledger must stay verifiable. The event row holds only pseudonymous data
/// (client id, never a name); the note text is stored apart and can be erased; its digest stays
/// in the chain. A surviving note is checked against its digest.
class ConsentChain {
    Q_DECLARE_TR_FUNCTIONS(ConsentChain)

public:
    /// Lower-case hex SHA-256 of the note's UTF-8.
    static QString noteDigest(const QString& note);
    /// `2026-12-01T11:00:00.000Z`; empty for an invalid time.
    static QString timeText(const QDateTime& t);
    /// The canonical text of `e` (its `hash` is not part of it, its `note` only via `noteSha256`).
    static QByteArray canonical(const ConsentEvent& e, const QString& noteSha256);
    /// The hash `e` must carry, given its note's digest.
    static QString hashOf(const ConsentEvent& e, const QString& noteSha256);
    /// Fills in `prevHash` (from `previousHash`) and `hash` of a new event.
    static void seal(ConsentEvent& e, const QString& previousHash);

    /// Streaming verifier: feed events in id order; stops judging after the first bad one.
    class Verifier {
    public:
        /// `noteSha256` as stored; `noteKnown` false when the note text was erased, in which case
        /// `e.note` is ignored. Returns false once the chain is broken.
        bool add(const ConsentEvent& e, const QString& noteSha256, bool noteKnown);
        ChainCheck result() const { return m_check; }
        QString head() const { return m_prevHash; }

    private:
        ChainCheck m_check;
        QString m_prevHash;
        qint64 m_prevId = 0;
    };

    /// Verifies events whose notes are all known (digest recomputed from `note`).
    static ChainCheck verify(const QVector<ConsentEvent>& eventsInIdOrder);
};

} // namespace rapport::domain
