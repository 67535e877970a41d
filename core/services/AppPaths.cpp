// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AppPaths.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace rapport::services {

namespace {
const QString kServerKey = QStringLiteral("practice/server");
}

QString configuredServerUrl()
{
    return QSettings().value(kServerKey).toString();
}

void setConfiguredServerUrl(const QString& url)
{
    QSettings settings;
    if (url.trimmed().isEmpty())
        settings.remove(kServerKey);
    else
        settings.setValue(kServerKey, url.trimmed());
}

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("RAPPORT_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString server = configuredServerUrl();
    if (!server.isEmpty())
        return server;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rapport.sqlite"));
}

} // namespace rapport::services
