#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests, in a folder of its own.
#
#   tests/pg/cluster.sh start DIR [TCP_PORT]   initdb in DIR/data, start the server, print its URL
#   tests/pg/cluster.sh stop DIR               stop it and remove DIR
#   tests/pg/cluster.sh url DIR                print the URL of the running cluster
#
# The server listens on a unix socket in DIR only, as port 54329: the number only names the
# socket file, so it never meets another server, and the URL is known before the start
# (postgresql://postgres@/postgres?host=DIR&port=54329; the tests' CMake writes it into their
# environment). With TCP_PORT it also listens on 127.0.0.1 at that port (for benchmarks over a
# loopback connection); then the socket file takes that number too. Authentication is trust:
# only this machine's users reach it, and only for the tests' lifetime. The URL (also in DIR/url)
# names the maintenance database `postgres` as the superuser `postgres`: the tests create a
# database of their own on it for each test.
#
# initdb refuses to run as root: as root, DIR is given to the `postgres` user and the server runs
# as that user (runuser). fsync is off: the tests check behaviour, not power loss; benchmarks
# that measure durable commits set RAPPORT_PG_FSYNC=on.
#
# Without PostgreSQL's server programs (initdb, pg_ctl) this writes DIR/skipped with the reason,
# prints it and exits 0: the PostgreSQL tests then report themselves skipped. .ci/run installs
# the server, so in CI they run. $RAPPORT_PG_BINDIR names the programs' folder if need be (and
# is then the only folder looked at).
set -euo pipefail

usage() {
    echo "usage: $0 start|stop|url DIR [PORT]" >&2
    exit 2
}

[ $# -ge 2 ] || usage
command=$1
dir=$2
tcp=${3:-}
port=${tcp:-54329}
listen=
[ -z "$tcp" ] || listen=127.0.0.1
case "$dir" in
/*) ;;
*) dir="$PWD/$dir" ;;
esac

find_bindir() {
    # Given, it is the only place looked at (RAPPORT_PG_BINDIR=/nowhere tries the skipped path).
    if [ -n "${RAPPORT_PG_BINDIR:-}" ]; then
        [ -x "$RAPPORT_PG_BINDIR/initdb" ] && [ -x "$RAPPORT_PG_BINDIR/pg_ctl" ] || return 1
        echo "$RAPPORT_PG_BINDIR"
        return 0
    fi
    local d
    # The newest Debian/Ubuntu server first, then whatever PATH has.
    for d in $(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -t/ -k5 -n -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            echo "$d"
            return 0
        fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

# Runs "$@" as the cluster's owner: postgres when we are root, else ourselves. Never under
# libfaketime (CI's second pass runs ctest, and so this script, with the clock 400 days ahead):
# the server's own timers (lock_timeout) stop firing under it, and Rapport reads no time from
# the server anyway (its times are the client's, stored as text).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        env -u LD_PRELOAD -u FAKETIME runuser -u postgres -- "$@"
    else
        env -u LD_PRELOAD -u FAKETIME "$@"
    fi
}

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ] && bindir=$(find_bindir); then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$command" in
start)
    stop_cluster # whatever a killed run left
    mkdir -p "$dir"
    if ! bindir=$(find_bindir); then
        echo "no PostgreSQL server programs (initdb, pg_ctl) found: install postgresql (Debian) or set RAPPORT_PG_BINDIR" \
            >"$dir/skipped"
        echo "cluster.sh: skipped: $(cat "$dir/skipped")"
        exit 0
    fi
    if [ "$(id -u)" -eq 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "running as root, but there is no 'postgres' user to run initdb as" >"$dir/skipped"
            echo "cluster.sh: skipped: $(cat "$dir/skipped")"
            exit 0
        fi
        chown postgres: "$dir"
        chmod 0700 "$dir"
    fi
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        echo "cluster.sh: initdb failed" >&2
        exit 1
    }
    fsync=${RAPPORT_PG_FSYNC:-off}
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='$listen' -c port=$port -c unix_socket_directories='$dir' -c fsync=$fsync -c full_page_writes=$fsync -c max_connections=200" \
        start >/dev/null 2>&1; then
        cat "$dir/server.log" >&2 || true
        echo "cluster.sh: the server did not start" >&2
        exit 1
    fi
    url="postgresql://postgres@/postgres?host=$dir&port=$port"
    echo "$url" >"$dir/url"
    chmod 0755 "$dir" # the socket is reached by the tests' user; trust auth is for this machine only
    echo "$url"
    ;;
stop)
    stop_cluster
    ;;
url)
    cat "$dir/url"
    ;;
*)
    usage
    ;;
esac
