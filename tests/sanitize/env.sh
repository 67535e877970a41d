# SPDX-License-Identifier: GPL-3.0-or-later
# Sanitizer options for a RAPPORT_SANITIZE build (build-asan): source it before building (ctest's
# discovery runs the test binaries at build time) and before ctest. Every process the tests start
# (rapport-cli, rapport, rapport-apphost) inherits it. See README.md beside it.
#
# ASan: stop at the first error; leaks count (LeakSanitizer at exit); global initialisation order
# is checked. UBSan: the build already aborts on a report (-fno-sanitize-recover=undefined); ask
# for the stack.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
