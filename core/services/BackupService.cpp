// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/BackupService.h"

#include "storage/BackupFacts.h"

#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/PracticeCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUuid>
#include <cstdio>

namespace rapport::services {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

/// A temporary path beside `path` that does not exist yet.
QString besidePath(const QString& path, const char* what)
{
    return QStringLiteral("%1.%2-%3")
        .arg(path, QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

/// Creates an empty file with mode 0600 (VACUUM INTO keeps the mode of an existing empty file).
Status createPrivateFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::invalid(BackupService::tr("cannot create %1: %2").arg(path, f.errorString()),
                              QStringLiteral("file"));
    f.close();
    if (!f.setPermissions(kOwnerOnly))
        return Error::invalid(BackupService::tr("cannot make %1 private (mode 0600)").arg(path),
                              QStringLiteral("file"));
    return std::nullopt;
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// A PostgreSQL practice into the new, empty file `temp`: a Rapport file of this version, every
/// table copied from one snapshot and read back (storage::PracticeCopy), closed again.
Status copyIntoFile(const storage::Database& db, const QString& temp)
{
    auto file = storage::Database::open(temp);
    if (!file)
        return file.error();
    const auto copied = storage::PracticeCopy::copy(db, *file.value());
    if (!copied)
        return copied.error();
    return std::nullopt;
}

/// Atomic replace on POSIX (rename(2)); QFile::rename refuses an existing target.
Status replaceFile(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::invalid(
            BackupService::tr("cannot move %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(strerror(errno))),
            QStringLiteral("file"));
    return std::nullopt;
}

} // namespace

Result<BackupInfo> BackupService::inspect(const QString& backupPath)
{
    const QFileInfo info(backupPath);
    if (!info.exists())
        return Error::invalid(tr("%1 does not exist").arg(backupPath), QStringLiteral("file"));
    if (!info.isFile())
        return Error::invalid(tr("%1 is not a file").arg(backupPath), QStringLiteral("file"));
    const auto bad = [&](const QString& why) {
        return Error::invalid(tr("%1 is not a usable Rapport backup: %2").arg(backupPath, why), QStringLiteral("file"));
    };
    {
        QFile f(backupPath);
        if (!f.open(QIODevice::ReadOnly))
            return Error::invalid(tr("cannot read %1: %2").arg(backupPath, f.errorString()), QStringLiteral("file"));
        if (!f.read(16).startsWith("SQLite format 3"))
            return bad(tr("it is not an SQLite database"));
    }
    const auto facts = storage::readBackupFacts(backupPath);
    if (!facts)
        return bad(facts.error().message);
    if (facts->problems != QStringList{QStringLiteral("ok")})
        return bad(tr("the integrity check failed: %1").arg(facts->problems.mid(0, 3).join(QStringLiteral("; "))));
    if (facts->applicationId != storage::Database::kApplicationId)
        return bad(tr("it belongs to another application"));
    BackupInfo out;
    out.path = backupPath;
    out.bytes = info.size();
    out.schemaVersion = facts->schemaVersion;
    if (out.schemaVersion > storage::Database::latestVersion())
        return bad(tr("it was made by a newer version of Rapport (schema %1, this one knows %2)")
                       .arg(out.schemaVersion)
                       .arg(storage::Database::latestVersion()));
    if (out.schemaVersion < 1 || !facts->hasLedger)
        return bad(tr("it holds no Rapport schema"));
    out.events = facts->events;
    out.clients = facts->clients;
    out.chainHead = facts->chainHead;
    return out;
}

Result<BackupInfo> BackupService::backup(const storage::Database& db, const QString& target)
{
    if (target.trimmed().isEmpty())
        return Error::invalid(tr("no backup file was given"), QStringLiteral("file"));
    const QString live = canonical(db.path());
    const QString wanted = canonical(target);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        if (wanted == live + QLatin1String(suffix))
            return Error::invalid(tr("%1 is the live database: a backup must go to another file").arg(target),
                                  QStringLiteral("file"));
    }
    const QFileInfo info(target);
    if (info.isDir())
        return Error::invalid(tr("%1 is a folder: give a file name for the backup").arg(target),
                              QStringLiteral("file"));
    if (!info.absoluteDir().exists())
        return Error::invalid(tr("the folder of %1 does not exist").arg(target), QStringLiteral("file"));

    const QString temp = besidePath(info.absoluteFilePath(), "partial");
    if (auto e = createPrivateFile(temp))
        return *e;
    // A file: VACUUM INTO. A PostgreSQL practice: a Rapport file of it, copied table by table from
    // one snapshot, which verifies and opens like any backup (the server's own backups are pg_dump's).
    if (auto e = db.isPostgres() ? copyIntoFile(db, temp) : db.vacuumInto(temp)) {
        removeWithCompanions(temp);
        return Error{e->kind == Error::Kind::Verification ? Error::Kind::Verification : Error::Kind::Database,
                     tr("cannot back up the database to %1: %2").arg(target, e->message),
                     {}};
    }
    auto checked = inspect(temp);
    if (!checked) {
        removeWithCompanions(temp);
        return Error::database(tr("the backup copy failed its check: %1").arg(checked.error().message));
    }
    QFile::setPermissions(temp, kOwnerOnly);
    if (auto e = replaceFile(temp, info.absoluteFilePath())) {
        removeWithCompanions(temp);
        return *e;
    }
    BackupInfo out = checked.value();
    out.path = info.absoluteFilePath();
    return out;
}

Result<BackupInfo> BackupService::restoreInto(storage::Database& live, const QString& backupPath)
{
    if (live.isPostgres())
        return Error::database(tr("%1 is a PostgreSQL database: Rapport does not replace a server's practice in "
                                  "place; put a backup file into an empty database with 'rapport-cli --db FILE "
                                  "migrate-to URL', or restore the server's own backup with pg_restore")
                                   .arg(live.path()));
    const QString liveAbs = QFileInfo(live.path()).absoluteFilePath();
    if (canonical(backupPath) == canonical(liveAbs))
        return Error::invalid(tr("%1 is the live database itself").arg(backupPath), QStringLiteral("file"));
    if (storage::Database::openCountInThisProcess(liveAbs) > 1)
        return Error::database(tr("the practice %1 is still in use by a background task of Rapport; wait for it to "
                                  "finish and restore again")
                                   .arg(liveAbs));
    if (live.otherProcessesHaveOpen())
        return Error::database(tr("another program has the practice %1 open (a second Rapport window, rapport-cli or "
                                  "a script): close it, then restore again; nothing was changed")
                                   .arg(liveAbs));
    auto checked = inspect(backupPath);
    if (!checked)
        return checked.error();

    const QString temp = besidePath(liveAbs, "restoring");
    if (!QFile::copy(backupPath, temp))
        return Error::invalid(tr("cannot copy %1 beside %2").arg(backupPath, liveAbs), QStringLiteral("file"));
    QFile::setPermissions(temp, kOwnerOnly);
    const auto cleanup = qScopeGuard([&] { removeWithCompanions(temp); });
    auto opened = storage::Database::open(temp);
    if (!opened)
        return Error::invalid(tr("%1 cannot be restored: %2").arg(backupPath, opened.error().message),
                              QStringLiteral("file"));
    const auto chain = storage::ConsentRepository(*opened.value()).verify();
    if (!chain)
        return chain.error();
    if (!chain->ok)
        return Error{Error::Kind::Verification,
                     tr("%1 was not restored: its consent ledger does not verify: event %2: %3")
                         .arg(backupPath)
                         .arg(chain->firstBadId)
                         .arg(chain->reason),
                     QStringLiteral("file")};

    // What is there now stays recoverable: a consistent copy, made before anything is replaced.
    const QString before = liveAbs + QStringLiteral(".before-restore");
    {
        const QString partial = besidePath(before, "partial");
        if (auto e = createPrivateFile(partial))
            return *e;
        if (auto e = live.vacuumInto(partial)) {
            removeWithCompanions(partial);
            return Error::database(
                tr("cannot keep a copy of the current practice before restoring: %1").arg(e->message));
        }
        removeWithCompanions(before);
        if (auto e = replaceFile(partial, before)) {
            removeWithCompanions(partial);
            return *e;
        }
    }
    // Checked again just before the copy: a program may have opened the practice meanwhile.
    if (live.otherProcessesHaveOpen())
        return Error::database(tr("another program opened the practice %1 meanwhile: close it, then restore again; "
                                  "nothing was changed")
                                   .arg(liveAbs));
    if (auto e = live.replaceContentsFrom(*opened.value()))
        return *e;
    opened.value().reset();

    // Read back through the live connection: what the app will see from now on.
    const auto after = storage::ConsentRepository(live).verify();
    if (!after)
        return after.error();
    if (!after->ok)
        return Error{Error::Kind::Verification,
                     tr("the restored ledger does not verify at event %1: %2; the previous practice is in %3")
                         .arg(after->firstBadId)
                         .arg(after->reason, before),
                     QStringLiteral("file")};
    BackupInfo out = checked.value();
    out.path = backupPath;
    out.schemaVersion = live.schemaVersion();
    return out;
}

} // namespace rapport::services
