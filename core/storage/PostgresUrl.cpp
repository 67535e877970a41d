// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace rapport::storage {

using domain::Error;
using domain::Result;

namespace {

/// libpq's connection parameters a URL may carry besides host, port, user and dbname.
const QStringList& passedOptions()
{
    static const QStringList k{
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("gssencmode"),       QStringLiteral("krbsrvname"),
    };
    return k;
}

/// A conninfo value in single quotes (libpq's quoting: backslash escapes ' and \).
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool PostgresUrl::isUrl(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString PostgresUrl::server() const
{
    const QString host = m_host.isEmpty() ? tr("the default socket") : m_host;
    if (m_host.startsWith(QLatin1Char('/')))
        return tr("%1 (socket folder)").arg(host) + (m_port > 0 ? QStringLiteral(", port %1").arg(m_port) : QString());
    return m_port > 0 ? QStringLiteral("%1:%2").arg(host).arg(m_port) : host;
}

Result<PostgresUrl> PostgresUrl::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (!isUrl(text))
        return Error::database(tr("%1 is not a PostgreSQL URL (postgresql://user@host:port/database)").arg(text));
    const QString passwordHint = tr("a password in the URL is refused (it would show in process lists and shell "
                                    "history): put it in ~/.pgpass, or the file $PGPASSFILE names");
    // Before QUrl: its error messages would repeat the URL, password included.
    const int schemeEnd = text.indexOf(QLatin1String("://")) + 3;
    const int authorityEnd = [&] {
        int end = text.size();
        for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
            const int at = text.indexOf(c, schemeEnd);
            if (at >= 0)
                end = std::min(end, at);
        }
        return end;
    }();
    const QString authority = text.mid(schemeEnd, authorityEnd - schemeEnd);
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0 && authority.left(at).contains(QLatin1Char(':')))
        return Error::database(
            tr("PostgreSQL URL for %1: %2")
                .arg(authority.mid(at + 1).isEmpty() ? tr("the local server") : authority.mid(at + 1), passwordHint));

    // "postgresql://user@/db?host=/run/x": an empty host beside a user is libpq's way to name
    // a socket folder in the query; QUrl refuses an empty host after a user name.
    QString forQt = text;
    if (at >= 0 && at == authority.size() - 1)
        forQt = text.left(schemeEnd) + authority + QStringLiteral("localhost") + text.mid(authorityEnd);
    const QUrl url(forQt, QUrl::StrictMode);
    if (!url.isValid())
        return Error::database(tr("%1 is not a valid PostgreSQL URL: %2").arg(text, url.errorString()));

    PostgresUrl out;
    out.m_text = text;
    out.m_user = url.userName(QUrl::FullyDecoded);
    out.m_host = forQt == text ? url.host(QUrl::FullyDecoded) : QString();
    out.m_port = url.port(-1);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    out.m_database = path;

    QStringList options;
    bool timeout = false;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return Error::database(tr("PostgreSQL URL %1: %2").arg(out.server(), passwordHint));
        if (key == QLatin1String("host")) {
            out.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return Error::database(tr("%1: the port '%2' is not a number from 1 to 65535").arg(text, value));
            out.m_port = port;
        } else if (key == QLatin1String("user")) {
            out.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            out.m_database = value;
        } else if (passedOptions().contains(key)) {
            if (value.contains(QLatin1Char(';')))
                return Error::database(tr("%1: the value of '%2' may not hold ';'").arg(text, key));
            options << key + QLatin1Char('=') + quoted(value);
            timeout = timeout || key == QLatin1String("connect_timeout");
        } else {
            return Error::database(tr("%1: unknown parameter '%2' (known: host, port, user, dbname, %3)")
                                       .arg(text, key, passedOptions().join(QStringLiteral(", "))));
        }
    }
    if (out.m_database.isEmpty())
        return Error::database(tr("%1 names no database: write postgresql://user@host:port/DATABASE").arg(text));
    if (out.m_host.contains(QLatin1Char(';')) || out.m_user.contains(QLatin1Char(';')) ||
        out.m_database.contains(QLatin1Char(';')))
        return Error::database(tr("%1: host, user and database names may not hold ';'").arg(text));
    if (!timeout)
        options << QStringLiteral("connect_timeout=10");
    out.m_options = options.join(QLatin1Char(';'));
    return out;
}

} // namespace rapport::storage
