#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Rapport needs to build, test, run headless and take screenshots.
# Run as root (or through sudo). Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libphonenumber-dev libsqlite3-dev libicu-dev
    # calendar files (.ics) for the appointment import
    libical-dev
    # tests
    catch2 sqlite3 tzdata xvfb xauth xdotool fonts-dejavu-core imagemagick poppler-utils
    # the suite runs a second time with the clock a year ahead; python3 for the test scripts
    faketime python3
    # the import benchmark's peer (tests/bench/peer_import.py), run by hand
    python3-phonenumbers
    # Unicode's own test files (GraphemeBreakTest.txt, emoji-test.txt) for the grapheme tests
    unicode-data
    # the content analyser's medical vocabulary and the everyday word list it is filtered against
    hunspell-en-med wbritish wamerican
    # CI's sanitizer and fuzz stages: clang with libFuzzer and the sanitizer runtimes, ccache
    clang-14 libclang-rt-14-dev ccache
    # runtime plugins for the offscreen and xcb platforms and icons
    qt6-qpa-plugins qt6-image-formats-plugins
    # the package test (tests/package): lintian, the desktop and AppStream validators, man
    lintian desktop-file-utils appstream man-db groff-base
    # the German vocabularies (Recommends of the package) and word lists
    hunspell-de-med hunspell-de-de hunspell-en-gb wngerman
    # Qt's own strings (standard buttons, dialogs) in German
    qt6-translations-l10n
    # the PostgreSQL backend: Qt's driver (a Recommends of the package), and the server whose
    # initdb/pg_ctl tests/pg/cluster.sh runs for the suite's PostgreSQL run (pg_trgm is in it)
    libqt6sql6-psql postgresql
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
