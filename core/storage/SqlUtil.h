// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace rapport::storage {

/// Times are stored as ISO 8601 UTC text with milliseconds (`2026-12-01T11:00:00.000Z`), so
/// text order is time order in SQLite and PostgreSQL alike. Invalid times are stored as NULL.
QVariant toDbTime(const QDateTime& t);
QVariant toDbTime(const std::optional<QDateTime>& t);
/// Parses a stored time (UTC); invalid for NULL or malformed text.
QDateTime fromDbTime(const QVariant& v);

/// Prepares `sql` on `q`; on failure an Error of kind Database naming `what`. On PostgreSQL the
/// query is made scrollable first (see SqlUtil.cpp: QPSQL drops the unread rows of a forward-only
/// query when another one runs), so every statement of storage reads its whole result.
domain::Status prepare(QSqlQuery& q, const QString& sql, const char* what);
/// Runs the prepared `q` (a bound null QString becomes '', a null QVariant stays NULL); on failure an Error of kind
/// Database naming `what`.
domain::Status run(QSqlQuery& q, const char* what);
/// Prepares, binds `values` in order, and runs.
domain::Status run(QSqlQuery& q, const QString& sql, const QVariantList& values, const char* what);

} // namespace rapport::storage
