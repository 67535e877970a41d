// SPDX-License-Identifier: GPL-3.0-or-later
// The composer and rapport-cli give the same advice: every advisor data case of
// tests/data/advisor is set up as a real practice (settings, client, ledger, contact log),
// then the draft is typed into the composer and piped to `rapport-cli suggest --json` at the
// case's moment; best channel, purpose, scope, each channel's verdict and reason codes in
// order, and the timing must agree.
#include "composer/ChannelAdvicePanel.h"
#include "composer/ComposerWindow.h"
#include "services/ComposerService.h"
#include "services/SettingsService.h"
#include "storage/ClientRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/ContactLogRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include "Cli.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace rapport;

namespace {

QDateTime at(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

/// The case's practice in a real database file; returns the client's id.
qint64 setUp(storage::Database& db, const QJsonObject& c)
{
    services::SettingsService settings(db);
    const QJsonObject s = c.value(QLatin1String("settings")).toObject();
    const std::pair<const char*, const char*> keys[] = {{"timeZone", "time-zone"},
                                                        {"hours", "hours"},
                                                        {"timeOff", "time-off"},
                                                        {"quietHours", "quiet-hours"},
                                                        {"smsMaxSegments", "sms-max-segments"},
                                                        {"conversationWindowDays", "conversation-window-days"},
                                                        {"inPersonHorizonDays", "in-person-horizon-days"}};
    for (const auto& [json, key] : keys) {
        const QJsonValue v = s.value(QLatin1String(json));
        if (v.isUndefined())
            continue;
        const QString text = v.isDouble() ? QString::number(v.toInt()) : v.toString();
        INFO(key << " = " << text.toStdString());
        REQUIRE_FALSE(settings.set(QString::fromLatin1(key), text));
    }

    const QJsonObject o = c.value(QLatin1String("client")).toObject();
    domain::Client client;
    client.name = o.value(QLatin1String("name")).toString();
    client.preferredName = QStringLiteral("");
    client.notes = QStringLiteral("");
    client.timeZone = o.value(QLatin1String("timeZone")).toString(QStringLiteral(""));
    if (o.contains(QLatin1String("quietHours")))
        client.quietHours = *domain::QuietHours::parse(o.value(QLatin1String("quietHours")).toString());
    for (const auto& v : o.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject p = v.toObject();
        domain::ContactPoint cp;
        cp.kind = p.value(QLatin1String("kind")).toString() == QLatin1String("email")
                      ? domain::ContactPoint::Kind::Email
                      : domain::ContactPoint::Kind::Phone;
        cp.value = p.value(QLatin1String("value")).toString();
        cp.label = p.value(QLatin1String("label")).toString();
        if (cp.kind == domain::ContactPoint::Kind::Phone)
            cp.numberType = *domain::numberTypeFromString(p.value(QLatin1String("numberType")).toString());
        client.contacts.push_back(cp);
    }
    for (const auto& v : o.value(QLatin1String("directives")).toArray())
        client.directives.push_back({*domain::directiveFromString(v.toString()),
                                     at(c.value(QLatin1String("at"))).addDays(-60), QStringLiteral("test")});
    for (const auto& v : o.value(QLatin1String("preferences")).toArray())
        client.preferences.push_back(*domain::channelFromString(v.toString()));
    if (o.contains(QLatin1String("nextAppointment")))
        client.nextAppointment = at(o.value(QLatin1String("nextAppointment")));

    auto tx = storage::SqlTransaction::begin(db);
    REQUIRE(tx.ok());
    const auto id = storage::ClientRepository(db).insert(client, at(c.value(QLatin1String("at"))).addDays(-90));
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    for (const auto& v : c.value(QLatin1String("consents")).toArray()) {
        const QJsonObject e = v.toObject();
        domain::ConsentEvent ev;
        ev.clientId = *id;
        ev.channel = *domain::channelFromString(e.value(QLatin1String("channel")).toString());
        ev.scope = *domain::scopeFromString(e.value(QLatin1String("scope")).toString());
        ev.state = *domain::consentStateFromString(e.value(QLatin1String("state")).toString());
        ev.method = e.value(QLatin1String("method")).toString(QStringLiteral("other"));
        ev.effectiveAt = at(e.value(QLatin1String("effectiveAt")));
        ev.recordedAt =
            e.contains(QLatin1String("recordedAt")) ? at(e.value(QLatin1String("recordedAt"))) : ev.effectiveAt;
        ev.recordedBy = QStringLiteral("test");
        const auto stored = storage::ConsentRepository(db).append(ev);
        INFO((stored.ok() ? QString() : stored.error().message).toStdString());
        REQUIRE(stored.ok());
    }
    for (const auto& v : c.value(QLatin1String("contactLog")).toArray()) {
        const QJsonObject e = v.toObject();
        domain::ContactLogEntry l;
        l.clientId = *id;
        l.direction = *domain::directionFromString(e.value(QLatin1String("direction")).toString());
        l.channel = *domain::channelFromString(e.value(QLatin1String("channel")).toString());
        l.at = at(e.value(QLatin1String("at")));
        REQUIRE(storage::ContactLogRepository(db).append(l).ok());
    }
    REQUIRE_FALSE(tx.value().commit());
    return *id;
}

/// The comparable parts of an advice, as the CLI's JSON names them.
QString summary(const QString& best, const QString& purpose, const QString& scope, const QStringList& channels,
                bool sendNow, const QString& nextOk)
{
    return QStringLiteral("best=%1 purpose=%2 scope=%3 send_now=%4 next_ok=%5\n%6")
        .arg(best, purpose, scope, sendNow ? QStringLiteral("yes") : QStringLiteral("no"), nextOk,
             channels.join(QLatin1Char('\n')));
}

QString appSummary(const domain::Advice& a)
{
    QStringList channels;
    for (const auto& c : a.channels) {
        QStringList codes;
        for (const auto& r : c.reasons)
            codes << r.code;
        channels << domain::toString(c.channel) + QLatin1Char(' ') + domain::toString(c.verdict) + QLatin1Char(' ') +
                        codes.join(QLatin1Char(','));
    }
    return summary(domain::toString(a.best), domain::toString(a.purpose), domain::toString(a.scope), channels,
                   a.timing.sendNow, a.timing.nextOk ? a.timing.nextOk->toUTC().toString(Qt::ISODate) : QString());
}

QString cliSummary(const QJsonObject& o)
{
    QStringList channels;
    for (const auto& v : o.value(QLatin1String("channels")).toArray()) {
        const QJsonObject c = v.toObject();
        QStringList codes;
        for (const auto& r : c.value(QLatin1String("reasons")).toArray())
            codes << r.toObject().value(QLatin1String("code")).toString();
        channels << c.value(QLatin1String("channel")).toString() + QLatin1Char(' ') +
                        c.value(QLatin1String("verdict")).toString() + QLatin1Char(' ') + codes.join(QLatin1Char(','));
    }
    const QJsonObject timing = o.value(QLatin1String("timing")).toObject();
    const QJsonValue next = timing.value(QLatin1String("next_ok"));
    return summary(
        o.value(QLatin1String("best")).toString(), o.value(QLatin1String("purpose")).toString(),
        o.value(QLatin1String("scope")).toString(), channels, timing.value(QLatin1String("send_now")).toBool(),
        next.isNull() ? QString() : QDateTime::fromString(next.toString(), Qt::ISODate).toUTC().toString(Qt::ISODate));
}

} // namespace

TEST_CASE("The composer and rapport-cli give the same advice on every advisor data case", "[composer][cli][equal]")
{
    const QDir dir(QStringLiteral(RAPPORT_TEST_DATA_DIR "/advisor"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 77);
    for (const QString& name : files) {
        INFO(name.toStdString());
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonObject c = QJsonDocument::fromJson(f.readAll()).object();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("practice.sqlite"));
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        const qint64 id = setUp(*opened.value(), c);
        const QDateTime when = at(c.value(QLatin1String("at")));
        const QString draft = c.value(QLatin1String("draft")).toString();
        const QString purpose = c.value(QLatin1String("purpose")).toString();

        // The app: the draft typed into the composer for this client, at the case's moment.
        domain::FixedClock clock{when};
        services::ComposerService service(*opened.value(), clock);
        ui::ComposerWindow w(service, id, nullptr);
        if (!purpose.isEmpty()) {
            const int index = w.purposeCombo()->findData(static_cast<int>(*domain::purposeFromString(purpose)));
            REQUIRE(index > 0);
            w.purposeCombo()->setCurrentIndex(index);
        }
        w.editor()->setPlainText(draft);
        w.updateNow();
        const QString app = appSummary(w.advice());

        // The CLI, on the same file.
        QString out, err;
        QTextStream o(&out), e(&err);
        QStringList args{QStringLiteral("--db"),
                         path,
                         QStringLiteral("suggest"),
                         QString::number(id),
                         QStringLiteral("--json"),
                         QStringLiteral("--at"),
                         when.toString(Qt::ISODate),
                         QStringLiteral("--text"),
                         draft};
        if (!purpose.isEmpty())
            args << QStringLiteral("--purpose") << purpose;
        const int code = cli::run(args, o, e, nullptr, &clock);
        o.flush();
        e.flush();
        INFO(err.toStdString());
        REQUIRE(code == 0);
        const QString viaCli = cliSummary(QJsonDocument::fromJson(out.toUtf8()).object());
        CHECK(app.toStdString() == viaCli.toStdString());
    }
}
