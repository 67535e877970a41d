// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// A message template. `body` may hold placeholders (TemplateRenderer).
struct MessageTemplate {
    qint64 id = 0;
    QString name;
    std::optional<Purpose> purpose; ///< empty: let the analyser infer it
    QString body;
    bool builtin = false; ///< shipped in the starter set (still editable and deletable)
    QString starterKey;   ///< the starter template it came from ("appointment-reminder"), else empty
    QDateTime updatedAt;  ///< UTC
};

} // namespace rapport::domain
