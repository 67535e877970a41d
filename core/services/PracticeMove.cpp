// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PracticeMove.h"

#include "storage/Database.h"
#include "storage/PracticeCopy.h"

#include <QFile>
#include <QFileInfo>

namespace rapport::services {

using domain::Error;
using domain::Result;

Result<MoveReport> PracticeMove::copyTo(const storage::Database& from, const QString& target)
{
    const bool server = storage::Database::isServerUrl(target);
    const QString where = server ? target.trimmed() : QFileInfo(target).absoluteFilePath();
    const QString source = from.isPostgres() ? from.path() : QFileInfo(from.path()).absoluteFilePath();
    if (where == source)
        return Error::invalid(tr("%1 is the practice itself: give another database to copy it into").arg(where));
    const bool created = !server && !QFileInfo::exists(where);
    const auto removeCreated = [&] {
        if (!created)
            return;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(where + QLatin1String(suffix));
    };
    Result<storage::CopyReport> copied = Error::database(QString());
    {
        auto opened = storage::Database::open(where);
        if (!opened) {
            removeCreated();
            return opened.error();
        }
        copied = storage::PracticeCopy::copy(from, *opened.value());
    }
    if (!copied) {
        removeCreated();
        return copied.error();
    }
    MoveReport report;
    report.target = where;
    report.clients = copied->clients;
    report.events = copied->events;
    report.chainHead = copied->chainHead;
    for (const auto& t : copied->tables)
        report.tables.push_back({t.table, t.rows});
    return report;
}

} // namespace rapport::services
