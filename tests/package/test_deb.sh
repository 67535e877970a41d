#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it: built with cpack from this build, its control fields (the Qt
# plugins this build found, the libraries, the vocabularies as Recommends), lintian without an
# error, and the installed files: dpkg -x into a scratch root, then the installed rapport-cli
# (--version, init, an import) and the installed app (--version without a display, a start
# offscreen to its first paint), the icons at every hicolor size, the man pages, the completion,
# and the desktop file and metainfo through their validators.
# Usage: test_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/out/rapport_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control fields.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
plugins=$(sed -n 's/^packages=//p' "$build/package-plugins.txt" | tr ';' ' ')
[ -n "$plugins" ] || fail "the build found no package for the Qt plugins (package-plugins.txt)"
for p in $plugins libical3 libqt6sql6 libqt6widgets6; do
    grep -Eq "(^|, )$p( |,|$)" <<< "$depends" || fail "Depends lacks $p"
done
grep -Eq "(^|, )libphonenumber8" <<< "$depends" || fail "Depends lacks libphonenumber8" # -protobuf32 on Debian
grep -q "libqt6sql6-sqlite" <<< "$depends" || fail "Depends lacks the Qt SQLite plugin (libqt6sql6-sqlite)"
recommends=$(dpkg-deb -f "$deb" Recommends)
for p in hunspell-en-med hunspell-de-med libqt6sql6-psql; do
    grep -q "$p" <<< "$recommends" || fail "Recommends lacks $p"
done

# lintian: no error (warnings and informational tags are printed, not failed on).
if command -v lintian > /dev/null; then
    lintian --tag-display-limit 0 "$deb" > "$work/lintian.log" 2>&1 || true
    cat "$work/lintian.log"
    if grep -q '^E: ' "$work/lintian.log"; then fail "lintian reports errors"; fi
else
    fail "lintian is not installed"
fi

# The installed files.
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/rapport usr/bin/rapport-cli usr/share/applications/io.rapport.Rapport.desktop \
    usr/share/metainfo/io.rapport.Rapport.metainfo.xml usr/share/icons/hicolor/scalable/apps/rapport.svg \
    usr/share/man/man1/rapport.1.gz usr/share/man/man1/rapport-cli.1.gz \
    usr/share/bash-completion/completions/rapport-cli usr/share/doc/rapport/copyright \
    usr/share/doc/rapport/changelog.gz; do
    [ -e "$root/$f" ] || fail "missing /$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/rapport.png"
    if [ ! -f "$png" ]; then
        fail "missing the ${size}x${size} icon"
        continue
    fi
    dims=$(identify -format '%wx%h' "$png" 2> /dev/null || echo unknown)
    [ "$dims" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $dims"
done
# groff itself, not man(1): man as root drops to the "man" user and reads a pipe differently
# from one machine to the next (CI saw it fail where a terminal run passed).
for page in rapport rapport-cli; do
    if ! zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z > "$work/man-$page.log" 2>&1 ||
        [ -s "$work/man-$page.log" ]; then
        cat "$work/man-$page.log"
        fail "$page.1 does not render cleanly"
    fi
done
grep -q "MimeType=.*text/vcard.*text/calendar" "$root/usr/share/applications/io.rapport.Rapport.desktop" ||
    fail "the desktop file does not declare text/vcard and text/calendar"
desktop-file-validate "$root/usr/share/applications/io.rapport.Rapport.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.rapport.Rapport.metainfo.xml" > "$work/as.log" 2>&1 ||
    { cat "$work/as.log"; fail "appstreamcli validate"; }

# The installed programs run.
cli="$root/usr/bin/rapport-cli"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
unset RAPPORT_DB
out=$("$cli" --version) || fail "rapport-cli --version"
[[ "$out" == "rapport-cli "* ]] || fail "rapport-cli --version said: $out"
db="$work/practice.sqlite"
"$cli" --db "$db" init > /dev/null || fail "installed rapport-cli init"
summary=$("$cli" --db "$db" import "$source/tests/data/samples/google-contacts.csv" --json) || fail "installed import"
grep -q '"imported": *4' <<< "$summary" || fail "installed import did not import 4 clients: $summary"
[ "$("$cli" --db "$db" client list | wc -l)" -ge 4 ] || fail "installed client list"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$root/usr/bin/rapport" --version 2>&1) ||
    fail "installed rapport --version without a display: $version"
grep -q "rapport" <<< "$version" || fail "rapport --version said: $version"
QT_QPA_PLATFORM=offscreen RAPPORT_STARTUP_PROBE=1 timeout 60 "$root/usr/bin/rapport" --db "$db" > "$work/app.log" 2>&1 ||
    { cat "$work/app.log"; fail "the installed app did not start offscreen"; }

if [ "$failures" -ne 0 ]; then
    echo "$failures failures"
    exit 1
fi
echo "ok: the package installs into a scratch root and runs"
