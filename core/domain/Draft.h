// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace rapport::domain {

/// An unsent message, saved as it is typed so nothing is lost to a crash or a closed window.
struct Draft {
    qint64 id = 0;
    std::optional<qint64> clientId; ///< empty: no client chosen yet
    std::optional<Purpose> purpose; ///< empty: inferred
    /// The template the text was filled from (empty: none, or it was deleted since).
    std::optional<qint64> templateId;
    /// The purpose was set by that template, not chosen by the user: it goes with the template.
    bool purposeFromTemplate = false;
    QString body;
    QDateTime updatedAt; ///< UTC
};

} // namespace rapport::domain
