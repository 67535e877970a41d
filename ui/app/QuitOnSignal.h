// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rapport::ui {

/// SIGTERM, SIGINT and SIGHUP (a session ending, Ctrl+C in a terminal, `kill`) quit the app's
/// event loop as closing the window does, so windows save their state, workers are joined, the
/// database is closed cleanly and a sample practice's folder is removed. The handler only writes
/// a byte to a socket pair; the GUI thread reads it. Call once, after the QApplication exists.
void quitOnTerminationSignals();
/// True once such a signal arrived: a signal during a dialog's own loop (the first-run set-up)
/// ends that loop, and the main loop must then not start.
bool terminationRequested();

} // namespace rapport::ui
