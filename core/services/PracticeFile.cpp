// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PracticeFile.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rapport::services {

PracticeFile::PracticeFile(std::unique_ptr<storage::Database> db) : m_db(std::move(db)) {}

PracticeFile::~PracticeFile() = default;

domain::Result<std::unique_ptr<PracticeFile>> PracticeFile::open(const QString& path)
{
    auto opened = storage::Database::open(path);
    if (!opened)
        return opened.error();
    return std::unique_ptr<PracticeFile>(new PracticeFile(std::move(opened).value()));
}

bool PracticeFile::isServerUrl(const QString& pathOrUrl)
{
    return storage::Database::isServerUrl(pathOrUrl);
}

domain::Result<QString> PracticeFile::probeServer(const QString& url)
{
    const auto version = storage::Database::probeServer(url);
    if (!version)
        return version.error();
    if (*version == 0)
        return QCoreApplication::translate("PracticeFile",
                                           "Connected: an empty database. Rapport sets up its tables there when it "
                                           "next starts (the first desk to start must be its owner).");
    if (*version > storage::Database::latestVersion())
        return domain::Error::database(QCoreApplication::translate("PracticeFile",
                                                                   "Connected, but the practice there was made by a "
                                                                   "newer Rapport (schema %1): update Rapport first.")
                                           .arg(*version));
    return QCoreApplication::translate("PracticeFile", "Connected: a Rapport practice (schema %1).").arg(*version);
}

QString PracticeFile::path() const
{
    return m_db->path();
}

int PracticeFile::schemaVersion() const
{
    return m_db->schemaVersion();
}

QString PracticeFile::cloudSyncWarning(const QString& path)
{
    return storage::Database::cloudSyncWarning(path);
}

QString PracticeFile::fileStamp(const QString& path)
{
    return storage::Database::fileStamp(path);
}

void PracticeFile::trustUnchanged(const QString& path, const QString& stamp)
{
    storage::Database::trustUnchanged(path, stamp);
}

bool PracticeFile::foundSound() const
{
    return m_db->quickCheck() != storage::Database::QuickCheck::Unfinished;
}

QString practicePath(const storage::Database& db)
{
    return db.path();
}

int schemaVersion(const storage::Database& db)
{
    return db.schemaVersion();
}

QString quickCheckNotice(const storage::Database& db)
{
    if (db.quickCheck() != storage::Database::QuickCheck::Unfinished)
        return {};
    return QCoreApplication::translate("PracticeFile",
                                       "The quick check of %1 at open stopped after its time limit without finding "
                                       "damage in what it read. Run a full check (rapport-cli check) when the "
                                       "practice is quiet.")
        .arg(db.path());
}

domain::Status checkIntegrity(const storage::Database& db)
{
    return db.integrityCheck();
}

} // namespace rapport::services
