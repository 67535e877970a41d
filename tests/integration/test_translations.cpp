// SPDX-License-Identifier: GPL-3.0-or-later
// The core's messages are found by the translation workflow: a small translation, written with
// the contexts lupdate gives, is loaded and a core error, a service error, an advisor reason and
// a ledger verification reason come out translated.
#include "TestDatabase.h"
#include "domain/ChannelAdvisor.h"
#include "domain/Clock.h"
#include "domain/ConsentChain.h"
#include "services/ClientService.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace rapport;

namespace {

/// Every "context\x1fsource" pair of a Qt Linguist .ts file.
QSet<QString> messagesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QSet<QString> out;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out.insert(context + QChar(0x1f) + xml.readElementText());
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("the test translation uses the contexts lupdate writes for the core", "[translations]")
{
    // rapport_en.ts is lupdate's output (the rapport_ui_lupdate target): a core string filed under
    // another context than the one its tr() uses at run time could never be translated.
    const QSet<QString> lupdate = messagesOf(QStringLiteral(RAPPORT_TEST_DATA_DIR) +
                                             QStringLiteral("/../../resources/translations/rapport_en.ts"));
    const QSet<QString> test =
        messagesOf(QStringLiteral(RAPPORT_TEST_DATA_DIR) + QStringLiteral("/translations/rapport_test.ts"));
    REQUIRE(test.size() == 4);
    for (const QString& m : test) {
        INFO(m.toStdString());
        CHECK(lupdate.contains(m));
    }
}

TEST_CASE("a test translation translates core errors and reason texts", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(RAPPORT_TEST_QM)));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    struct Uninstall {
        QTranslator& t;
        ~Uninstall() { QCoreApplication::removeTranslator(&t); }
    } uninstall{translator};

    QTemporaryDir dir;
    // Database (storage): a folder is not a database file.
    const auto opened = storage::Database::open(dir.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("ist ein Ordner, keine Datenbankdatei")));

    // ClientService (services): a client needs a name.
    auto db = rapport::testing::openTestDatabase(dir, QStringLiteral("t.sqlite"));
    REQUIRE(db.ok());
    const domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};
    services::ClientService clients(*db.value(), clock);
    services::ClientChanges nameless;
    nameless.name = QString();
    const auto added = clients.add(nameless);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message == QStringLiteral("der Name des Klienten fehlt"));

    // ChannelAdvisor (domain): a reason's plain sentence.
    domain::AdviceInput in;
    in.client.name = QStringLiteral("Ana Silva");
    in.client.contacts.push_back({0, domain::ContactPoint::Kind::Phone, QStringLiteral("+447400123456"),
                                  QStringLiteral("Mobile"), domain::NumberType::Mobile});
    domain::ConsentEvent granted;
    granted.id = 1;
    granted.channel = domain::Channel::Sms;
    granted.scope = domain::Scope::Service;
    granted.state = domain::ConsentState::Granted;
    granted.effectiveAt = granted.recordedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    in.consents.push_back(granted);
    in.at = clock.now();
    const domain::Advice advice = domain::ChannelAdvisor::advise(in);
    const domain::ChannelAdvice* sms = advice.find(domain::Channel::Sms);
    REQUIRE(sms);
    bool translated = false;
    for (const auto& r : sms->reasons)
        translated = translated || r.text == QStringLiteral("Der Klient hat SMS zugestimmt.");
    CHECK(translated);

    // ConsentChain (domain): a verification reason.
    domain::ConsentEvent e = granted;
    e.method = QStringLiteral("written");
    e.recordedBy = QStringLiteral("test");
    domain::ConsentChain::seal(e, QString());
    e.state = domain::ConsentState::Withdrawn; // changed after it was sealed
    const auto check = domain::ConsentChain::verify({e});
    CHECK_FALSE(check.ok);
    CHECK(check.reason.contains(QStringLiteral("wurde nach der Aufzeichnung geändert")));
}
