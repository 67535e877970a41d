#include "services/PracticeFile.h"

#include "storage/Database.h"

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

QString practicePath(const storage::Database& db)
{
    return db.path();
}

int schemaVersion(const storage::Database& db)
{
    return db.schemaVersion();
}

} // namespace rapport::services
