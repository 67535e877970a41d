#!/bin/sh
# Builds the libFuzzer targets with clang-14, ASan and UBSan against the system Qt 6.
# Not part of the CMake build (which uses g++). Usage: tests/fuzz/build.sh [OUTDIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-"$root/build/fuzz"}
mkdir -p "$out"
CXX=${CXX:-clang++-14}
QT_FLAGS=$(pkg-config --cflags Qt6Core)
QT_LIBS=$(pkg-config --libs Qt6Core)
FLAGS="-std=c++17 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I$root/core $QT_FLAGS"
IO_SOURCES="$root/core/io/CsvReader.cpp $root/core/io/VCardReader.cpp $root/core/domain/ImportText.cpp
            $root/core/domain/ColumnMapping.cpp $root/core/io/ClientListReader.cpp $root/core/domain/Channel.cpp"
for target in fuzz_csv fuzz_vcard; do
    # shellcheck disable=SC2086
    $CXX $FLAGS "$here/$target.cpp" $IO_SOURCES $QT_LIBS -o "$out/$target"
    echo "built $out/$target"
done
# The calendar reader needs only Qt Core and libical.
# shellcheck disable=SC2086
$CXX $FLAGS $(pkg-config --cflags libical) "$here/fuzz_calendar.cpp" "$root/core/io/CalendarReader.cpp" \
    $QT_LIBS $(pkg-config --libs libical) -o "$out/fuzz_calendar"
echo "built $out/fuzz_calendar"
mkdir -p "$out/corpus_calendar"
cp "$root"/tests/data/calendars/*.ics "$out/corpus_calendar/"
# Seed corpora from the samples and the test data, copied so the fuzzer can add to them.
mkdir -p "$out/corpus_csv" "$out/corpus_vcard"
cp "$here"/corpus/csv/* "$out/corpus_csv/" 2>/dev/null || true
cp "$here"/corpus/vcard/* "$out/corpus_vcard/" 2>/dev/null || true
samples=${RAPPORT_SAMPLES_DIR:-"$root/tests/data/samples"}
if [ -d "$samples" ]; then
    for f in "$samples"/*.csv; do [ -e "$f" ] && cp "$f" "$out/corpus_csv/"; done
    for f in "$samples"/*.vcf; do [ -e "$f" ] && cp "$f" "$out/corpus_vcard/"; done
fi
