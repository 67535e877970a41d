#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of a RAPPORT_FUZZ build for a time budget each; fails when one
# finds a crash, a leak, a timeout or runs out of memory (its input is left in
# BUILD/fuzz-artifacts/). The committed seeds (tests/fuzz/corpus/<name>, plus the test data's
# samples and calendars) are copied to BUILD/fuzz-corpus/<name>, where the fuzzer adds what it
# finds, so a later run starts from there.
#
# Usage: tests/fuzz/run.sh [BUILD_DIR [SECONDS [TARGET...]]]
#   BUILD_DIR defaults to build-fuzz, SECONDS to $FUZZ_SECONDS or 20; TARGETs default to all.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-"$root/build-fuzz"}
seconds=${2:-${FUZZ_SECONDS:-20}}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_csv fuzz_vcard fuzz_calendar fuzz_phone fuzz_analyser fuzz_hours fuzz_template"}
bin="$build/tests/fuzz"
mkdir -p "$build/fuzz-artifacts"
# Leaks in an input count (libFuzzer checks them per input); UBSan already aborts (no recovery).
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=""
for target in $targets; do
    name=${target#fuzz_}
    work="$build/fuzz-corpus/$name"
    mkdir -p "$work"
    cp "$here/corpus/$name/"* "$work/" 2>/dev/null || true
    case $name in
        csv) cp "$root"/tests/data/samples/*.csv "$root"/tests/data/samples/*.tsv "$work/" ;;
        vcard) cp "$root"/tests/data/samples/*.vcf "$work/" ;;
    esac
    echo "fuzz: $target for ${seconds}s on $(find "$work" -type f | wc -l) inputs"
    start=$(date +%s)
    if "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$target-" "$work" \
        >"$build/fuzz-artifacts/$target.log" 2>&1; then
        echo "fuzz: $target clean in $(($(date +%s) - start))s: $(grep -E '^stat::number_of_executed_units' \
            "$build/fuzz-artifacts/$target.log" | awk '{print $2}') runs"
    else
        echo "fuzz: $target FAILED; the end of its log ($build/fuzz-artifacts/$target.log):"
        tail -n 40 "$build/fuzz-artifacts/$target.log"
        failed="$failed $target"
    fi
done
if [ -n "$failed" ]; then
    echo "fuzz: failed:$failed (inputs in $build/fuzz-artifacts/)"
    exit 1
fi
echo "fuzz: all clean"
