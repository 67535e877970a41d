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
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace rapport;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

/// The messages of a .ts file, in file order.
QVector<TsMessage> readTs(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QVector<TsMessage> out;
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                m = TsMessage{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (xml.name() == QLatin1String("comment"))
                m.comment = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform"))
                m.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QString keyOf(const TsMessage& m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

int tagCount(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^>]*>"));
    int n = 0;
    for (auto it = re.globalMatch(s); it.hasNext(); it.next())
        ++n;
    return n;
}

bool hasMnemonic(const QString& s)
{
    // "&x" where x is a letter or digit; "&&" is a literal ampersand.
    for (int i = 0; i + 1 < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('&'))
            continue;
        if (s.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (s.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

/// Every "context\x1fsource" pair of a Qt Linguist .ts file.
QSet<QString> messagesOf(const QString& path)
{
    QSet<QString> out;
    for (const TsMessage& m : readTs(path))
        out.insert(m.context + QChar(0x1f) + m.source);
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

TEST_CASE("the German translation covers every message in the sources, keeping placeholders, tags and Alt letters",
          "[translations][de]")
{
    // lupdate over the sources as they are now (not the committed catalogue): a string added
    // without its German fails here, naming it.
    QTemporaryDir dir;
    const QString current = dir.filePath(QStringLiteral("current.ts"));
    const QString src = QStringLiteral(RAPPORT_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RAPPORT_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-silent"), src + QStringLiteral("/ui"), src + QStringLiteral("/core"),
                   src + QStringLiteral("/app"), QStringLiteral("-ts"), current});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromUtf8(lupdate.readAll()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const QVector<TsMessage> wanted = readTs(current);
    REQUIRE(wanted.size() > 1000);

    QHash<QString, TsMessage> german;
    for (const TsMessage& m : readTs(src + QStringLiteral("/resources/translations/rapport_de.ts")))
        german.insert(keyOf(m), m);

    QStringList problems;
    for (const TsMessage& w : wanted) {
        const QString where = w.context + QStringLiteral(": \"") + w.source + QLatin1Char('"');
        const auto it = german.constFind(keyOf(w));
        if (it == german.constEnd()) {
            problems << where + QStringLiteral(": not in rapport_de.ts (run the rapport_ui_lupdate target)");
            continue;
        }
        const TsMessage& de = *it;
        if (!de.type.isEmpty()) {
            problems << where + QStringLiteral(": ") + de.type;
            continue;
        }
        if (de.translations.isEmpty() || (w.numerus && de.translations.size() != 2)) {
            problems << where + QStringLiteral(": needs %1 translation(s)").arg(w.numerus ? 2 : 1);
            continue;
        }
        for (const QString& t : de.translations) {
            if (t.trimmed().isEmpty())
                problems << where + QStringLiteral(": empty");
            else if (placeholders(t) != placeholders(w.source))
                problems << where + QStringLiteral(": placeholders %1 in \"%2\"")
                                        .arg(placeholders(w.source).join(QLatin1Char(',')), t);
            else if (tagCount(t) != tagCount(w.source))
                problems << where + QStringLiteral(": HTML tags differ in \"%1\"").arg(t);
            else if (hasMnemonic(w.source) != hasMnemonic(t))
                problems << where +
                                QStringLiteral(": the Alt letter (&) is %1 in \"%2\"")
                                    .arg(hasMnemonic(w.source) ? QStringLiteral("missing") : QStringLiteral("extra"),
                                         t);
        }
    }
    INFO(problems.size() << " problems; the first ones:\n"
                         << problems.mid(0, 40).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
