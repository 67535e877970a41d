// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/ComposerHandoff.h"

namespace rapport::ui::ComposerHandoff {

namespace {

QByteArray encode(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

QString crlf(QString s)
{
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return s;
}

} // namespace

QUrl mailto(const QString& address, const QString& subject, const QString& body)
{
    QByteArray url = "mailto:" + QUrl::toPercentEncoding(address.trimmed(), "@");
    QByteArray query;
    if (!subject.isEmpty())
        query += "subject=" + encode(subject);
    if (!body.isEmpty())
        query += (query.isEmpty() ? "" : "&") + QByteArray("body=") + encode(crlf(body));
    if (!query.isEmpty())
        url += '?' + query;
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QUrl sms(const QString& e164, const QString& body)
{
    QByteArray url = "sms:" + QUrl::toPercentEncoding(e164.trimmed(), "+");
    if (!body.isEmpty())
        url += "?body=" + encode(body);
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QUrl tel(const QString& e164)
{
    return QUrl::fromEncoded("tel:" + QUrl::toPercentEncoding(e164.trimmed(), "+"), QUrl::StrictMode);
}

QString subject(const QString& templateName, const QString& body, int maxLength)
{
    QString s = templateName.trimmed();
    if (s.isEmpty()) {
        const QString trimmed = body.trimmed();
        s = trimmed.left(trimmed.indexOf(QLatin1Char('\n')) < 0 ? trimmed.size() : trimmed.indexOf(QLatin1Char('\n')))
                .trimmed();
    }
    if (s.size() <= maxLength)
        return s;
    int cut = s.lastIndexOf(QLatin1Char(' '), maxLength - 1);
    if (cut < maxLength / 2)
        cut = maxLength - 1;
    return s.left(cut).trimmed() + QChar(0x2026);
}

std::optional<domain::ContactPoint> emailFor(const domain::Client& client)
{
    const auto emails = client.emails();
    if (emails.isEmpty())
        return std::nullopt;
    return emails.front();
}

std::optional<domain::ContactPoint> textNumberFor(const domain::Client& client)
{
    for (const auto& p : client.phones())
        if (domain::takesTexts(p.numberType))
            return p;
    return std::nullopt;
}

std::optional<domain::ContactPoint> callNumberFor(const domain::Client& client)
{
    if (auto mobile = textNumberFor(client))
        return mobile;
    const auto phones = client.phones();
    if (phones.isEmpty())
        return std::nullopt;
    return phones.front();
}

} // namespace rapport::ui::ComposerHandoff
