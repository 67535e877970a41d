#pragma once

#include <QStringList>
#include <QTextStream>

namespace rapport::cli {

/// Runs one rapport-cli invocation with injectable streams, so tests read buffers.
/// `args` excludes the program name. Returns the process exit code of cli-contract.md.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace rapport::cli
