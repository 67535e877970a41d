// SPDX-License-Identifier: GPL-3.0-or-later
// Every acknowledged write survives: several programs on one practice at once (rapport-cli
// writers of four kinds and rapport-apphost sessions), killed with SIGKILL at moments drawn from a
// seeded RNG, again and again. At the end: every id a process printed before it died is in the
// database, PRAGMA integrity_check is ok, the consent chain verifies, every import is all or
// nothing, every edit is the old name or the new one, and no process ever showed "locked" or
// "busy" to its user or exited with an error when it was not killed.
//
// RAPPORT_SOAK_KILLS (default 200) sets how many kills to reach, RAPPORT_SOAK_SEED (default 11)
// the seed of the schedule. Timing still varies from run to run; the seed fixes which commands
// run and when each is killed relative to its start.
#include "ProcessHarness.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <iostream>
#include <memory>
#include <random>
#include <sys/types.h>
#include <vector>

using namespace proctest;

namespace {

enum class Kind { Consent, Contact, Edit, Import };

struct Op {
    Kind kind = Kind::Consent;
    qint64 client = 0; ///< Consent, Contact: a base client; Edit: a pool client
    QString text;      ///< Contact: the text; Edit: the new name
    int import = -1;   ///< Import: index into Soak::imports
};

struct ImportFile {
    QString path;
    QString marker; ///< every row's name starts with "MARKER "
    int rows = 0;
    bool acked = false;
};

struct Edit {
    QString before;
    QString after;
    bool acked = false;
};

/// One running program: a rapport-cli with one op, or a rapport-apphost with a queue of them.
struct Proc {
    std::unique_ptr<QProcess> p;
    bool app = false;
    QElapsedTimer started;
    qint64 killAtMs = -1; ///< after start; -1: never
    bool killSent = false;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QString what;
    // rapport-cli: its one op. rapport-apphost: the op awaiting an answer and those still to send.
    Op op;
    bool ready = false;
    bool pending = false;
    bool quitting = false;
    QVector<Op> queue;
};

quint64 envNumber(const char* name, quint64 fallback)
{
    bool ok = false;
    const quint64 v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

bool mentionsLock(const QByteArray& text)
{
    const QByteArray lower = text.toLower();
    return lower.contains("locked") || lower.contains("busy");
}

class Soak {
public:
    Soak(quint64 seed, int killTarget) : m_rng(seed), m_seed(seed), m_killTarget(killTarget)
    {
        m_db = m_dir.filePath(QStringLiteral("soak.sqlite"));
        REQUIRE(cli(m_db, {QStringLiteral("init")}).code == 0);
        const QString mobiles[] = {QStringLiteral("07400 123456"), QStringLiteral("07911 123456"),
                                   QStringLiteral("07400 123457")};
        int n = 0;
        for (const QString& mobile : mobiles) {
            const Run r = cli(m_db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Base %1").arg(++n), QStringLiteral("--mobile"), mobile,
                                     QStringLiteral("--email"), QStringLiteral("base%1@example.org").arg(n)});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
            m_base << r.out.trimmed().toLongLong();
        }
        // The clients the edits rename, each at most once, so an acknowledged edit is checkable.
        QByteArray pool = "Name,Email\n";
        for (int i = 1; i <= kPoolSize; ++i)
            pool += QStringLiteral("Pool %1,pool%1@example.org\n").arg(i).toUtf8();
        const QString poolFile = m_dir.filePath(QStringLiteral("pool.csv"));
        writeFile(poolFile, pool);
        const Run imported = cli(m_db, {QStringLiteral("import"), poolFile});
        INFO(imported.err.toStdString());
        REQUIRE(imported.code == 0);
        auto opened = rapport::storage::Database::open(m_db);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, name FROM clients WHERE name LIKE 'Pool %' ORDER BY id")));
        while (q.next()) {
            m_pool << q.value(0).toLongLong();
            m_poolNames << q.value(1).toString();
        }
        REQUIRE(m_pool.size() == kPoolSize);
    }

    void run()
    {
        QElapsedTimer total;
        total.start();
        std::vector<Proc> running(kSlots);
        while (m_kills < m_killTarget) {
            INFO("seed " << m_seed << ", kills " << m_kills);
            REQUIRE(total.elapsed() < kGiveUpMs);
            for (size_t i = 0; i < running.size(); ++i) {
                if (!running[i].p)
                    start(running[i], i < size_t(kAppSlots));
                pump(running[i]);
                if (running[i].finished) {
                    settle(running[i]);
                    running[i] = Proc{};
                }
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QThread::msleep(2);
        }
        // Let the last ones end on their own (or be killed as planned) and account for them.
        for (Proc& s : running) {
            while (s.p && !s.finished) {
                INFO("seed " << m_seed << " " << s.what.toStdString());
                REQUIRE(s.started.elapsed() < kProcessLimitMs);
                pump(s);
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                QThread::msleep(2);
            }
            if (s.p)
                settle(s);
        }
        m_seconds = double(total.elapsed()) / 1000.0;
    }

    void checkAll() const
    {
        INFO("seed " << m_seed);
        const Run v = cli(m_db, {QStringLiteral("consent"), QStringLiteral("verify")});
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.code == 0);
        auto opened = rapport::storage::Database::open(m_db);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("ok"));
        CHECK(q.exec(QStringLiteral("INSERT INTO client_search(client_search) VALUES('integrity-check')")));

        const QSet<qint64> events = ids(q, QStringLiteral("SELECT id FROM consent_events"));
        CHECK(v.out.trimmed() == QStringLiteral("ok: %1 events").arg(events.size()));
        for (const qint64 id : m_ackedEvents) {
            INFO("consent event " << id);
            CHECK(events.contains(id));
        }
        const QSet<qint64> contacts = ids(q, QStringLiteral("SELECT id FROM contact_log"));
        for (const qint64 id : m_ackedContacts) {
            INFO("contact " << id);
            CHECK(contacts.contains(id));
        }
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM clients WHERE id = %1").arg(it.key())));
            REQUIRE(q.next());
            const QString name = q.value(0).toString();
            INFO("client " << it.key() << " named " << name.toStdString() << ", edit to " << it->after.toStdString()
                           << (it->acked ? " acknowledged" : " not acknowledged"));
            if (it->acked)
                CHECK(name == it->after);
            else
                CHECK((name == it->after || name == it->before));
        }
        for (const ImportFile& f : m_imports) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM clients WHERE name LIKE '%1 %'").arg(f.marker)));
            REQUIRE(q.next());
            const int n = q.value(0).toInt();
            INFO("import " << f.marker.toStdString() << ": " << n << " of " << f.rows << " rows"
                           << (f.acked ? ", acknowledged" : ""));
            CHECK((n == 0 || n == f.rows));
            if (f.acked)
                CHECK(n == f.rows);
        }
    }

    void report() const
    {
        std::cout << "soak: seed " << m_seed << ", " << m_started << " processes (" << m_appsStarted << " apphost), "
                  << m_kills << " killed (" << m_appKills << " apphost), acknowledged " << m_ackedEvents.size()
                  << " consent events, " << m_ackedContacts.size() << " contacts, "
                  << std::count_if(m_edits.cbegin(), m_edits.cend(), [](const Edit& e) { return e.acked; })
                  << " edits, "
                  << std::count_if(m_imports.cbegin(), m_imports.cend(), [](const ImportFile& f) { return f.acked; })
                  << " of " << m_imports.size() << " imports; " << m_seconds << " s" << std::endl;
    }

    int kills() const { return m_kills; }

private:
    static constexpr int kSlots = 6; ///< slots 0 and 1 run rapport-apphost sessions, the others rapport-cli
    static constexpr int kAppSlots = 2;
    static constexpr int kPoolSize = 1500;
    static constexpr qint64 kProcessLimitMs = 120000;
    static constexpr qint64 kGiveUpMs = 20 * 60 * 1000;

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }

    static QSet<qint64> ids(QSqlQuery& q, const QString& sql)
    {
        QSet<qint64> out;
        REQUIRE(q.exec(sql));
        while (q.next())
            out.insert(q.value(0).toLongLong());
        return out;
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    Op nextOp()
    {
        Op op;
        const int pick = uniform(0, 99);
        op.kind = pick < 35 ? Kind::Consent : pick < 65 ? Kind::Contact : pick < 88 ? Kind::Edit : Kind::Import;
        if (op.kind == Kind::Edit && m_nextPool >= m_pool.size())
            op.kind = Kind::Consent;
        switch (op.kind) {
        case Kind::Consent:
        case Kind::Contact:
            op.client = m_base.at(uniform(0, int(m_base.size()) - 1));
            op.text = QStringLiteral("soak message %1").arg(++m_serial);
            break;
        case Kind::Edit: {
            const int i = m_nextPool++;
            op.client = m_pool.at(i);
            op.text = QStringLiteral("Edited %1 Soak").arg(++m_serial);
            m_edits.insert(op.client, Edit{m_poolNames.at(i), op.text, false});
            break;
        }
        case Kind::Import: {
            ImportFile f;
            f.marker = QStringLiteral("Soakimp%1").arg(m_imports.size() + 1);
            f.rows = uniform(20, 250);
            f.path = m_dir.filePath(f.marker + QStringLiteral(".csv"));
            QByteArray csv = "Name,Email\n";
            for (int r = 1; r <= f.rows; ++r)
                csv += QStringLiteral("%1 Row%2,%3.%2@example.org\n")
                           .arg(f.marker)
                           .arg(r)
                           .arg(f.marker.toLower())
                           .toUtf8();
            writeFile(f.path, csv);
            op.import = int(m_imports.size());
            m_imports.push_back(f);
            break;
        }
        }
        return op;
    }

    QStringList cliArgs(const Op& op)
    {
        const QString id = QString::number(op.client);
        switch (op.kind) {
        case Kind::Consent:
            return {QStringLiteral("consent"),
                    QStringLiteral("record"),
                    id,
                    QStringLiteral("--channel"),
                    uniform(0, 1) ? QStringLiteral("sms") : QStringLiteral("email"),
                    QStringLiteral("--scope"),
                    QStringLiteral("service"),
                    QStringLiteral("--state"),
                    uniform(0, 1) ? QStringLiteral("granted") : QStringLiteral("withdrawn"),
                    QStringLiteral("--method"),
                    QStringLiteral("verbal")};
        case Kind::Contact:
            return {QStringLiteral("log"),         id,
                    QStringLiteral("--direction"), QStringLiteral("out"),
                    QStringLiteral("--channel"),   QStringLiteral("sms"),
                    QStringLiteral("--text"),      op.text};
        case Kind::Edit:
            return {QStringLiteral("client"), QStringLiteral("set"), id, QStringLiteral("--name"), op.text};
        case Kind::Import:
            return {QStringLiteral("import"), m_imports.at(op.import).path};
        }
        return {};
    }

    QString appCommand(const Op& op)
    {
        const QString id = QString::number(op.client);
        switch (op.kind) {
        case Kind::Consent:
            return QStringLiteral("consent %1 %2 service %3")
                .arg(id, uniform(0, 1) ? QStringLiteral("sms") : QStringLiteral("email"),
                     uniform(0, 1) ? QStringLiteral("granted") : QStringLiteral("withdrawn"));
        case Kind::Contact:
            return QStringLiteral("contact %1 %2").arg(id, op.text);
        case Kind::Edit:
            return QStringLiteral("edit %1 %2").arg(id, op.text);
        case Kind::Import:
            return QStringLiteral("import ") + m_imports.at(op.import).path;
        }
        return {};
    }

    void start(Proc& s, bool app)
    {
        s = Proc{};
        s.app = app;
        s.p = std::make_unique<QProcess>();
        QProcess* p = s.p.get();
        if (app) {
            const int ops = uniform(5, 60);
            for (int i = 0; i < ops; ++i)
                s.queue << nextOp();
            // Start-up (MainWindow, the ledger check) takes a second or more on a loaded machine:
            // kills fall before "ready", during the commands and, sometimes, never.
            if (uniform(0, 99) < 90)
                s.killAtMs = uniform(0, int(m_appMeanMs * 1.2));
            s.what = QStringLiteral("rapport-apphost with %1 commands").arg(ops);
            p->start(QStringLiteral(RAPPORT_APPHOST_PATH), {QStringLiteral("--db"), m_db});
            ++m_appsStarted;
        } else {
            s.op = nextOp();
            if (uniform(0, 99) < 75)
                s.killAtMs = uniform(0, int(m_cliMeanMs * 1.3));
            const QStringList args = QStringList{QStringLiteral("--db"), m_db} + cliArgs(s.op);
            s.what = QStringLiteral("rapport-cli ") + args.join(QLatin1Char(' '));
            p->start(QStringLiteral(RAPPORT_CLI_PATH), args);
        }
        ++m_started;
        s.started.start();
        INFO("seed " << m_seed << " " << s.what.toStdString());
        REQUIRE(p->waitForStarted(30000));
    }

    /// Reads what `s` wrote, answers an apphost, and kills `s` when its moment has come.
    void pump(Proc& s)
    {
        s.out += s.p->readAllStandardOutput();
        s.err += s.p->readAllStandardError();
        s.finished = s.p->state() == QProcess::NotRunning;
        if (!s.killSent && s.killAtMs >= 0 && s.started.elapsed() >= s.killAtMs && !s.finished) {
            ::kill(pid_t(s.p->processId()), SIGKILL);
            s.killSent = true;
        }
        if (s.app)
            converse(s);
        INFO("seed " << m_seed << " " << s.what.toStdString() << " stderr: " << s.err.toStdString());
        REQUIRE(s.started.elapsed() < kProcessLimitMs);
    }

    /// The complete lines of `s.out` not yet handled (a line cut by a kill is not an answer).
    static QStringList takeLines(QByteArray& out)
    {
        QStringList lines;
        for (int nl = int(out.indexOf('\n')); nl >= 0; nl = int(out.indexOf('\n'))) {
            lines << QString::fromUtf8(out.left(nl)).trimmed();
            out.remove(0, nl + 1);
        }
        return lines;
    }

    void converse(Proc& s)
    {
        for (const QString& line : takeLines(s.out)) {
            INFO("seed " << m_seed << " " << s.what.toStdString() << ": " << line.toStdString());
            CHECK_FALSE(mentionsLock(line.toUtf8()));
            if (!s.ready) {
                REQUIRE(line == QLatin1String("ready"));
                s.ready = true;
            } else if (s.quitting) {
                CHECK(line == QLatin1String("bye"));
            } else {
                REQUIRE(s.pending);
                REQUIRE(line.startsWith(QLatin1String("ok ")));
                acknowledge(s.op, line.mid(3).trimmed());
                s.pending = false;
            }
        }
        if (!s.ready || s.pending || s.quitting || s.finished || s.killSent)
            return;
        QString command;
        if (s.queue.isEmpty()) {
            command = QStringLiteral("quit");
            s.quitting = true;
        } else {
            s.op = s.queue.takeFirst();
            command = appCommand(s.op);
            s.pending = true;
        }
        s.p->write(command.toUtf8() + '\n');
    }

    void acknowledge(const Op& op, const QString& answer)
    {
        INFO("answer " << answer.toStdString());
        switch (op.kind) {
        case Kind::Consent:
            REQUIRE(answer.toLongLong() > 0);
            m_ackedEvents.insert(answer.toLongLong());
            break;
        case Kind::Contact:
            REQUIRE(answer.toLongLong() > 0);
            m_ackedContacts.insert(answer.toLongLong());
            break;
        case Kind::Edit:
            REQUIRE(answer.toLongLong() == op.client);
            m_edits[op.client].acked = true;
            break;
        case Kind::Import:
            REQUIRE(answer.toInt() == m_imports.at(op.import).rows);
            m_imports[op.import].acked = true;
            break;
        }
    }

    /// After `s` ended: its acknowledgements, its exit, and that nothing it said mentions a lock.
    void settle(Proc& s)
    {
        s.out += s.p->readAllStandardOutput();
        s.err += s.p->readAllStandardError();
        const bool crashed = s.p->exitStatus() == QProcess::CrashExit;
        const bool killed = crashed && s.killSent;
        INFO("seed " << m_seed << " " << s.what.toStdString() << "\nexit " << s.p->exitCode()
                     << (crashed ? " (signal)" : "") << "\nstdout: " << s.out.toStdString()
                     << "\nstderr: " << s.err.toStdString());
        CHECK_FALSE(mentionsLock(s.out));
        CHECK_FALSE(mentionsLock(s.err));
        if (killed) {
            ++m_kills;
            if (s.app)
                ++m_appKills;
        } else {
            REQUIRE_FALSE(crashed);
            CHECK(s.p->exitCode() == 0);
        }
        if (s.app) {
            converse(s); // the last answers, read after the kill, were acknowledged before it
            if (!killed) {
                CHECK(s.quitting);
                m_appMeanMs = 0.8 * m_appMeanMs + 0.2 * double(s.started.elapsed());
            }
            return;
        }
        const QStringList lines = takeLines(s.out);
        if (!killed) {
            // A normal end: the running mean of a CLI call, so kills spread over a whole call.
            m_cliMeanMs = 0.9 * m_cliMeanMs + 0.1 * double(s.started.elapsed());
            REQUIRE_FALSE(lines.isEmpty());
        }
        if (lines.isEmpty())
            return;
        const QString first = lines.first();
        switch (s.op.kind) {
        case Kind::Consent:
        case Kind::Contact:
            acknowledge(s.op, first);
            break;
        case Kind::Edit:
            REQUIRE(first.startsWith(QLatin1String("updated client ")));
            acknowledge(s.op, first.mid(15));
            break;
        case Kind::Import: {
            const ImportFile& f = m_imports.at(s.op.import);
            INFO(first.toStdString());
            REQUIRE(first.contains(QStringLiteral("imported %1,").arg(f.rows)));
            acknowledge(s.op, QString::number(f.rows));
            break;
        }
        }
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::mt19937_64 m_rng;
    quint64 m_seed;
    int m_killTarget;
    QVector<qint64> m_base;
    QVector<qint64> m_pool;
    QStringList m_poolNames;
    int m_nextPool = 0;
    int m_serial = 0;
    QVector<ImportFile> m_imports;
    QHash<qint64, Edit> m_edits;
    QSet<qint64> m_ackedEvents;
    QSet<qint64> m_ackedContacts;
    double m_cliMeanMs = 300;
    double m_appMeanMs = 3000;
    int m_kills = 0;
    int m_appKills = 0;
    int m_started = 0;
    int m_appsStarted = 0;
    double m_seconds = 0;
};

} // namespace

TEST_CASE("SIGKILL soak: every acknowledged write of every killed program survives", "[process][soak]")
{
    const quint64 seed = envNumber("RAPPORT_SOAK_SEED", 11);
    const int kills = int(envNumber("RAPPORT_SOAK_KILLS", 200));
    INFO("RAPPORT_SOAK_SEED=" << seed << " RAPPORT_SOAK_KILLS=" << kills);
    Soak soak(seed, kills);
    soak.run();
    soak.report();
    CHECK(soak.kills() >= kills);
    soak.checkAll();
}
