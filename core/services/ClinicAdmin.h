// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace rapport::storage {
class Database;
}

namespace rapport::services {

/// What the administrator of a clinic's PostgreSQL practice runs (rapport-cli admin ...).
class ClinicAdmin {
public:
    /// The group role every desk's login belongs to, with a desk's rights and no more: the
    /// consent ledger readable and appendable only (storage::PostgresRoles). Run as the
    /// database's owner, again after each upgrade. Returns the SQL it ran.
    static domain::Result<QStringList> setUpRoles(const storage::Database& db, const QString& role);
    /// The role name used when none is given.
    static QString defaultRole();
};

} // namespace rapport::services
