// SPDX-License-Identifier: GPL-3.0-or-later
// rapport-generate: a made-up practice or client list, the same for the same seed.
//   rapport-generate --db PATH --clients N [--seed S]      a practice (clients, contacts, consent
//                                                          histories, contact logs, appointments)
//   rapport-generate --csv PATH --rows N [--seed S]        an Outlook-style client list
#include "PracticeGenerator.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace rapport;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Makes a reproducible practice or client list for benchmarks."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("practice file to write into"),
                                QStringLiteral("PATH"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("client list to write"), QStringLiteral("PATH"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("clients to add"), QStringLiteral("N"),
                                     QStringLiteral("1000"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("rows of the list"), QStringLiteral("N"),
                                  QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("S"),
                                  QStringLiteral("1"));
    p.addOptions({db, csv, clients, rows, seed});
    p.process(app);
    const quint64 s = p.value(seed).toULongLong();
    if (p.isSet(csv)) {
        if (auto e = testing::writeClientCsv(p.value(csv), p.value(rows).toInt(), s)) {
            std::fprintf(stderr, "rapport-generate: %s\n", qPrintable(e->message));
            return 3;
        }
        std::printf("%s: %d rows, seed %llu\n", qPrintable(p.value(csv)), p.value(rows).toInt(),
                    static_cast<unsigned long long>(s));
    }
    if (p.isSet(db)) {
        auto opened = storage::Database::open(p.value(db));
        if (!opened) {
            std::fprintf(stderr, "rapport-generate: %s\n", qPrintable(opened.error().message));
            return 4;
        }
        testing::PracticeSpec spec;
        spec.clients = p.value(clients).toInt();
        spec.seed = s;
        auto made = testing::generatePractice(*opened.value(), spec);
        if (!made) {
            std::fprintf(stderr, "rapport-generate: %s\n", qPrintable(made.error().message));
            return 3;
        }
        std::printf(
            "%s: %d clients, %d contact points, %d consent events, %d contact logs, %d appointments, seed %llu\n",
            qPrintable(p.value(db)), made->clients, made->contactPoints, made->consentEvents, made->contactLogs,
            made->appointments, static_cast<unsigned long long>(s));
    }
    if (!p.isSet(db) && !p.isSet(csv)) {
        std::fputs("rapport-generate: give --db PATH or --csv PATH (see --help)\n", stderr);
        return 2;
    }
    return 0;
}
