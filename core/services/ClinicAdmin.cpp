// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClinicAdmin.h"

#include "storage/PostgresRoles.h"

namespace rapport::services {

domain::Result<QStringList> ClinicAdmin::setUpRoles(const storage::Database& db, const QString& role)
{
    return storage::PostgresRoles::setUp(db, role);
}

QString ClinicAdmin::defaultRole()
{
    return QString::fromLatin1(storage::PostgresRoles::kDefaultRole);
}

} // namespace rapport::services
