#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion offers every command and sub-command `rapport-cli --help` lists and every
# option each one's `--help` names, and the fixed values of the options that take a set.
# Usage: test_completion.sh RAPPORT_CLI COMPLETION_SCRIPT
set -uo pipefail
cli=$1
# shellcheck source=../../packaging/rapport-cli.bash
. "$2"
failures=0

complete_line() { # the words of a command line; the last one is being completed
    COMP_WORDS=(rapport-cli "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _rapport_cli
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() { # expect WORD LINE...: WORD is offered for LINE
    local want=$1
    shift
    local offered
    offered=$(complete_line "$@")
    if ! grep -qx -- "$want" <<< "$offered"; then
        echo "FAIL: '$want' not offered for: rapport-cli $*"
        failures=$((failures + 1))
    fi
}

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | sed '1d;/^$/d' | awk '{ print $1 " " $2 }')
[ -n "$commands" ] || { echo "FAIL: no commands in rapport-cli --help"; exit 1; }
count=0
while read -r first second; do
    # A grouped command's second word is a sub-command (a word of the summary is not: the
    # command's own --help names it in its usage line).
    if "$cli" "$first" "$second" --help 2> /dev/null | head -1 | grep -q "rapport-cli.* $first $second"; then
        command="$first $second"
        expect "$first" "${first:0:2}"
        expect "$second" "$first" ""
    else
        command=$first
        expect "$first" "${first:0:2}"
    fi
    count=$((count + 1))
    # shellcheck disable=SC2086
    for option in $("$cli" $command --help 2>&1 | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
        [ "$option" = --db ] && continue
        # shellcheck disable=SC2086
        expect "$option" $command --
    done
done <<< "$commands"
[ "$count" -ge 30 ] || { echo "FAIL: only $count commands read from --help"; failures=$((failures + 1)); }

expect --db -
expect --version --
expect marketing consent record 1 --scope ""
expect withdrawn consent record 1 --state w
expect in_person log 1 --channel ""
expect phone-call consent record 1 --method ph
expect vcard import --format v
expect pdf consent export --format ""
expect semicolon import --delimiter s
expect sms,email client set 1 --prefers sms,e
expect country settings set ""
expect export consent ""
expect no-show appointments n
# after --db PATH the command words come
expect client --db /tmp/x.db c

if [ "$failures" -ne 0 ]; then
    echo "$failures failures"
    exit 1
fi
echo "ok: $count commands and their options complete"
