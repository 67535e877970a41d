// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace rapport::ui {

/// For the start-up benchmark (tests/bench/bench_startup.cpp): when $RAPPORT_STARTUP_PROBE is
/// set, the first time `window` has been painted this prints one line on stdout,
/// `first-paint REALTIME_NS PEAK_RSS_KB`, and quits the application. The benchmark starts the
/// program, reads the line, and compares the time with its own clock at start; the empty Qt
/// window it compares with uses the same probe. Does nothing when the variable is not set.
/// Returns whether the probe is armed.
bool armStartupProbe(QWidget* window);

} // namespace rapport::ui
