// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"
#include "domain/ContentAnalyser.h"
#include <QCoreApplication>

#include <QString>
#include <QVector>

namespace rapport::domain {

/// Non-blocking etiquette hints for a draft. Codes:
/// - `no-practice-identification`: first message to a client (ctx.firstMessageToClient) with a
///   known practice name, naming neither the practice nor the practitioner (full or first name);
/// - `all-caps`: three or more consecutive all-capital words (common acronyms such as GP, NHS, OK,
///   STOP do not count, and do not break a run);
/// - `text-speak`: u, ur, pls, thx, 2moro, gr8, l8r, b4 and the like, as whole words;
/// - `no-opt-out-line`: promotional findings, or a chosen marketing purpose, without "reply STOP",
///   "unsubscribe" or "opt out" wording;
/// - `link-shortener`: bit.ly, tinyurl.com, goo.gl, t.co, ow.ly, is.gd, buff.ly, rebrand.ly,
///   cutt.ly, shorturl.at links.
/// Spans are in code points; hints about the whole text have start = end = -1.
class EtiquetteLint {
    Q_DECLARE_TR_FUNCTIONS(EtiquetteLint)

public:
    /// `promotional` tells whether the analyser found promotional wording.
    static QVector<LintHint> check(const QString& text, bool promotional, const AnalysisContext& ctx);
};

} // namespace rapport::domain
