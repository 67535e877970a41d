// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rapport::services {

/// The database both front ends open by default: `$RAPPORT_DB` when set, else the clinic server
/// chosen in the app's settings (configuredServerUrl()), else `rapport.sqlite` in the user's data
/// folder (QStandardPaths::AppDataLocation for the organisation "Rapport" and application
/// "rapport", e.g. ~/.local/share/Rapport/rapport/). Both mains set those names before calling
/// this, so the app and the CLI agree. Creates nothing: the caller makes the folder when it opens
/// the database.
QString defaultDatabasePath();

/// The clinic's PostgreSQL practice this computer opens (Settings > Clinic server), a
/// `postgresql://` URL without a password; empty for this computer's own file.
QString configuredServerUrl();
void setConfiguredServerUrl(const QString& url);

} // namespace rapport::services
