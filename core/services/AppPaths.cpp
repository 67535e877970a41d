// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace rapport::services {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("RAPPORT_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rapport.sqlite"));
}

} // namespace rapport::services
