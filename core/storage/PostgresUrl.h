// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::storage {

/// Where a PostgreSQL practice lives, read from a `postgresql://` (or `postgres://`) URL:
/// `postgresql://[user@][host][:port]/dbname[?host=/socket/dir&port=N&sslmode=...]`.
///
/// Contract:
/// - isUrl() is the one test of "is this a server, not a file": a --db or $RAPPORT_DB that starts
///   with `postgresql://` or `postgres://` (any case) is never taken for a path, parsed or not.
/// - A password in the URL (`user:secret@`, `?password=`) is refused: it would show in process
///   lists and shell histories. libpq reads it from $PGPASSFILE, ~/.pgpass or $PGPASSWORD.
/// - A database name is required; unknown query parameters are refused (a typo would silently
///   connect differently). The ones taken are libpq's own: host, port, sslmode, sslrootcert,
///   sslcert, sslkey, sslcrl, connect_timeout, application_name, target_session_attrs,
///   gssencmode, krbsrvname.
/// - Without connect_timeout, 10 s: a server that does not answer fails plainly, not never.
class PostgresUrl {
    Q_DECLARE_TR_FUNCTIONS(PostgresUrl)

public:
    /// True when `text` names a PostgreSQL server rather than a file.
    static bool isUrl(const QString& text);
    /// Parses `text`; an Error of kind Database naming the URL and what is wrong with it.
    static domain::Result<PostgresUrl> parse(const QString& text);

    QString user() const { return m_user; }
    /// Host name or address, or a folder holding the server's unix socket; empty: libpq's default.
    QString host() const { return m_host; }
    /// -1: libpq's default (5432).
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    /// The other libpq options, as QPSQL's connect options ("key=value;key=value").
    QString connectOptions() const { return m_options; }
    /// The URL as given (never holds a password): how messages and Database::path() name it.
    QString text() const { return m_text; }
    /// "HOST:PORT" (or the socket folder) for messages: which server a failure is about.
    QString server() const;

private:
    QString m_text;
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_options;
};

} // namespace rapport::storage
