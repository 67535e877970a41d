// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// Which clients to list: search, archived or not, one page sorted by name (case and accents
/// ignored), then id. Erased clients are never listed.
struct ClientQuery {
    QString search; ///< see ClientSearch: words are prefixes, digits match numbers
    bool includeArchived = false;
    int offset = 0;
    int limit = -1;          ///< -1: all
    bool withDetails = true; ///< false: id, name, preferred name, flags only (fast paging)
};

} // namespace rapport::domain
