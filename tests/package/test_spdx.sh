#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source, build and script file of the project carries the SPDX licence line
# (GPL-3.0-or-later) near its top, and LICENSE holds the GPL version 3.
# Usage: test_spdx.sh SOURCE_DIR
set -euo pipefail
cd "$1"
grep -q "GNU GENERAL PUBLIC LICENSE" LICENSE && grep -q "Version 3, 29 June 2007" LICENSE ||
    { echo "FAIL: LICENSE is not the GPL version 3"; exit 1; }
missing=0
checked=0
while IFS= read -r -d '' f; do
    checked=$((checked + 1))
    if ! head -n 3 "$f" | grep -q "SPDX-License-Identifier: GPL-3.0-or-later"; then
        echo "FAIL: no SPDX line in $f"
        missing=$((missing + 1))
    fi
done < <(find . \( -path './build*' -o -path './.git' -o -path './tests/data' -o -path './tests/fuzz/corpus' \) -prune -o \
    -type f \( -name '*.cpp' -o -name '*.h' -o -name 'CMakeLists.txt' -o -name '*.cmake' -o -name '*.sh' \
    -o -name '*.py' -o -name '*.bash' -o -path './.ci/run' \) -print0)
[ "$checked" -ge 300 ] || { echo "FAIL: only $checked files found"; exit 1; }
[ "$missing" -eq 0 ] || exit 1
grep -q "<project_license>GPL-3.0-or-later</project_license>" packaging/io.rapport.Rapport.metainfo.xml ||
    { echo "FAIL: the metainfo does not say GPL-3.0-or-later"; exit 1; }
echo "ok: $checked files carry the SPDX line"
