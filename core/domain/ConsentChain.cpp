// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ConsentChain.h"

#include <QCoreApplication>

#include <cstdio>

namespace rapport::domain {

namespace {

QByteArray escaped(const QString& value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '\n')
            out.append("\\n");
        else if (c == '\r')
            out.append("\\r");
        else
            out.append(c);
    }
    return out;
}

void line(QByteArray& out, const char* name, const QString& value)
{
    out.append(name);
    out.append('=');
    out.append(escaped(value));
    out.append('\n');
}

} // namespace

QString ConsentChain::noteDigest(const QString& note)
{
    return QString::fromLatin1(QCryptographicHash::hash(note.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ConsentChain::timeText(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    // Hand-formatted: QDateTime::toString with a pattern dominates verify's time otherwise.
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime c = u.time();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), c.hour(),
                  c.minute(), c.second(), c.msec());
    return QString::fromLatin1(buf);
}

QByteArray ConsentChain::canonical(const ConsentEvent& e, const QString& noteSha256)
{
    QByteArray out;
    out.reserve(512);
    line(out, "rapport-consent", QStringLiteral("1"));
    line(out, "id", QString::number(e.id));
    line(out, "client_id", QString::number(e.clientId));
    line(out, "channel", toString(e.channel));
    line(out, "scope", toString(e.scope));
    line(out, "state", toString(e.state));
    line(out, "method", e.method);
    line(out, "effective_at", timeText(e.effectiveAt));
    line(out, "recorded_at", timeText(e.recordedAt));
    line(out, "recorded_by", e.recordedBy);
    line(out, "note_sha256", noteSha256);
    line(out, "prev_hash", e.prevHash);
    return out;
}

QString ConsentChain::hashOf(const ConsentEvent& e, const QString& noteSha256)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(e, noteSha256), QCryptographicHash::Sha256).toHex());
}

void ConsentChain::seal(ConsentEvent& e, const QString& previousHash)
{
    e.prevHash = previousHash;
    e.hash = hashOf(e, noteDigest(e.note));
}

bool ConsentChain::Verifier::add(const ConsentEvent& e, const QString& noteSha256, bool noteKnown)
{
    if (!m_check.ok)
        return false;
    const auto fail = [&](QString why) {
        m_check.ok = false;
        m_check.firstBadId = e.id;
        m_check.reason = std::move(why);
        return false;
    };
    if (e.id <= m_prevId)
        return fail(tr("event %1 is out of order (after event %2)").arg(e.id).arg(m_prevId));
    if (e.prevHash != m_prevHash)
        return fail(m_prevHash.isEmpty()
                        ? tr("event %1 claims a previous event, but it is the first in the ledger").arg(e.id)
                        : tr("event %1 does not link to event %2: an event before it was changed, removed or "
                             "inserted")
                              .arg(e.id)
                              .arg(m_prevId));
    if (noteKnown && noteDigest(e.note) != noteSha256)
        return fail(tr("the note of event %1 was changed").arg(e.id));
    if (hashOf(e, noteSha256) != e.hash)
        return fail(tr("event %1 was changed after it was recorded (its hash does not match)").arg(e.id));
    m_prevHash = e.hash;
    m_prevId = e.id;
    ++m_check.count;
    return true;
}

ChainCheck ConsentChain::verify(const QVector<ConsentEvent>& eventsInIdOrder)
{
    Verifier v;
    for (const auto& e : eventsInIdOrder) {
        if (!v.add(e, noteDigest(e.note), true))
            break;
    }
    return v.result();
}

} // namespace rapport::domain
