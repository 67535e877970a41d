// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Advice.h"
#include "domain/Analysis.h"

#include <QJsonObject>
#include <QTimeZone>

namespace rapport::cli {

/// `analyze --json`: {"purpose", "sensitive", "delicate", "findings", "sms", "lint"}.
QJsonObject analysisToJson(const domain::Analysis& analysis);

/// The parts of `suggest --json` that come from the analysis and the advice (cli-contract.md):
/// purpose, purpose_source, sensitive, delicate, best, channels, timing, findings, sms, lint.
/// The caller adds "client" and "at". Times use `practiceZone`'s offset.
QJsonObject adviceToJson(const domain::Advice& advice, const domain::Analysis& analysis, const QTimeZone& practiceZone);

} // namespace rapport::cli
