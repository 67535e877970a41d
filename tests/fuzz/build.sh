#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds the libFuzzer targets (RAPPORT_FUZZ, clang-14, ASan + UBSan) into
# BUILD_DIR (default build-fuzz): only the core libraries and the targets, no GUI, no suite.
# Usage: tests/fuzz/build.sh [BUILD_DIR]; then tests/fuzz/run.sh [BUILD_DIR] [SECONDS].
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build-fuzz"}
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
# shellcheck disable=SC2086
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="${CXX:-clang++-14}" -DRAPPORT_FUZZ=ON \
    -DRAPPORT_BUILD_TESTS=OFF $launcher
cmake --build "$build" --target fuzz ${JOBS:+-j"$JOBS"}
