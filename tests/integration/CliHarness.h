// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"
#include "TestDatabase.h"
#include "domain/Clock.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

/// Runs rapport-cli in-process against a temporary database, with captured streams and a fixed clock.
struct CliHarness {
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir dir;
    QString db = rapport::testing::testDatabase(dir, QStringLiteral("rapport.sqlite"));
    rapport::domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)};

    Run run(QStringList args, const QByteArray& stdinBytes = {})
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runRaw(args, stdinBytes);
    }

    Run runRaw(const QStringList& args, const QByteArray& stdinBytes = {})
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        QByteArray input = stdinBytes;
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        r.code = rapport::cli::run(args, out, err, &in, &clock);
        out.flush();
        err.flush();
        return r;
    }

    /// Adds a client and returns its id (fails the test when it cannot).
    qint64 addClient(const QStringList& options)
    {
        QStringList args{QStringLiteral("client"), QStringLiteral("add")};
        args += options;
        const Run r = run(args);
        if (r.code != 0)
            return -1;
        return r.out.trimmed().toLongLong();
    }
};
