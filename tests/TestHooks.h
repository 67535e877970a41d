// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace rapport::testing {

/// Runs `hook` once when the test program ends, after every test has run and its fixtures are
/// gone (TestMain calls the hooks after Catch's session, in the order they were added).
void atTestProgramExit(std::function<void()> hook);

} // namespace rapport::testing
