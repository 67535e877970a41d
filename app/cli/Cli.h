// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace rapport::domain {
class Clock;
}

namespace rapport::cli {

/// Runs one rapport-cli invocation. `args` excludes the program name. Output goes to the given
/// streams so tests read buffers; `in` is standard input for commands that read a draft (may be
/// null: then there is none); `clock` defaults to the system clock. Returns the exit code of
/// cli-contract.md: 0 done, 2 usage, 3 invalid input, 4 database unusable, 5 verification failed.
int run(const QStringList& args, QTextStream& out, QTextStream& err, QIODevice* in = nullptr,
        const domain::Clock* clock = nullptr);

/// True when this invocation needs a QGuiApplication (a PDF export: Qt's PDF writer needs
/// fonts). Reads the arguments as run() does, command and options parsed; needs no Qt
/// application object, so main() can choose which one to create.
bool needsGuiApplication(const QStringList& args);

} // namespace rapport::cli
