# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for rapport-cli: commands, sub-commands, every option of each, the values of
# the options that take a fixed set, and file names where a command reads or writes a file.
# Installed as /usr/share/bash-completion/completions/rapport-cli. tests/package checks it
# offers every option that `rapport-cli COMMAND --help` names.

_rapport_cli_options()
{
    case "$1" in
    init | check | "settings set" | "settings auto-reply" | "client erase" | "consent verify") ;;
    "settings show" | "client show" | "consent show" | backup | restore | migrate-to) echo "--json" ;;
    "client add" | "client set")
        echo "--name --preferred-name --mobile --phone --email --tz --quiet-hours --prefers --next-appointment --note"
        ;;
    "client directive") echo "--by --off" ;;
    "admin setup-roles") echo "--role" ;;
    "client list") echo "--archived --json --search" ;;
    "client archive") echo "--undo" ;;
    "consent record") echo "--channel --scope --state --method --at --note --by" ;;
    "consent export") echo "--client --format --from --to --out" ;;
    log) echo "--direction --channel --text --at --by" ;;
    raise) echo "--day" ;;
    "appointments list") echo "--date --json" ;;
    "appointments add" | "appointments move") echo "--start --end --minutes --service --location --json" ;;
    "appointments cancel" | "appointments attended" | "appointments no-show") echo "--json" ;;
    "appointments import") echo "--from --to --dry-run --strict --keep-missing --remember --json" ;;
    "appointments match") echo "--calendar" ;;
    "appointments calendars") echo "--add --remove" ;;
    "queue list") echo "--all --due --json" ;;
    "queue add") echo "--at --channel --purpose --text --file --json" ;;
    "queue edit") echo "--at --text --json" ;;
    "queue cancel" | "queue check" | "queue done") echo "--json" ;;
    reminders) echo "--date --template --json" ;;
    analyze) echo "--text --file --json" ;;
    suggest) echo "--text --file --purpose --at --json" ;;
    import) echo "--format --delimiter --dry-run --strict --json" ;;
    esac
}

# The values of an option that takes one of a fixed set; "FILE" for a file name; empty when free.
_rapport_cli_values()
{
    local command=$1 option=$2
    case "$option" in
    --db | --file | --out | --add | --remove) echo FILE ;;
    --channel)
        if [ "$command" = "consent record" ]; then echo "sms email phone"; else echo "sms email phone in_person"; fi
        ;;
    --scope) echo "service marketing" ;;
    --state) echo "granted withdrawn refused" ;;
    --method) echo "written verbal online-form inbound-message email phone-call other" ;;
    --direction) echo "in out" ;;
    --purpose) echo "scheduling admin clinical marketing general" ;;
    --prefers) echo "sms email phone in_person" ;;
    --delimiter) echo "auto comma semicolon tab" ;;
    --format)
        if [ "$command" = import ]; then echo "auto csv vcard"; else echo "csv json pdf"; fi
        ;;
    esac
}

_rapport_cli()
{
    local cur prev words cword
    if declare -F _init_completion > /dev/null; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local groups="settings client consent appointments queue admin"
    local single="init check log raise reminders analyze suggest import backup restore migrate-to"
    # Skip the global option (--db PATH) to find the command.
    local i=1
    while [ $i -lt $cword ]; do
        case "${words[i]}" in
        --db) i=$((i + 2)) ;;
        --db=*) i=$((i + 1)) ;;
        *) break ;;
        esac
    done
    if [ "$prev" = --db ]; then
        compopt -o filenames 2> /dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return
    fi
    if [ $i -ge $cword ]; then
        mapfile -t COMPREPLY < <(compgen -W "$groups $single --db --help --version" -- "$cur")
        return
    fi

    local command=${words[i]}
    local next=$((i + 1))
    case "$command" in
    settings | client | consent | appointments | queue | admin)
        if [ $next -ge $cword ]; then
            local subs
            case "$command" in
            settings) subs="show set auto-reply" ;;
            client) subs="add set directive list show archive erase" ;;
            consent) subs="record show verify export" ;;
            appointments) subs="list add move cancel attended no-show import match calendars" ;;
            queue) subs="list add edit cancel check done" ;;
            admin) subs="setup-roles" ;;
            esac
            mapfile -t COMPREPLY < <(compgen -W "$subs" -- "$cur")
            return
        fi
        command="$command ${words[next]}"
        ;;
    esac

    local values
    values=$(_rapport_cli_values "$command" "$prev")
    if [ -n "$values" ] && [[ " $(_rapport_cli_options "$command") --db " == *" $prev "* ]]; then
        if [ "$values" = FILE ]; then
            compopt -o filenames 2> /dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        elif [ "$prev" = --prefers ]; then
            # A comma-separated list: complete the word after the last comma.
            local head=${cur%,*} tail=${cur##*,}
            [ "$head" = "$cur" ] && head="" || head="$head,"
            mapfile -t COMPREPLY < <(compgen -W "$values" -P "$head" -- "$tail")
        else
            mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
        fi
        return
    fi
    if [ "$command" = "settings set" ] && [ "$prev" = language ]; then
        mapfile -t COMPREPLY < <(compgen -W "en de" -- "$cur")
        return
    fi
    if [ "$command" = "settings set" ] && [ "$prev" = set ]; then
        mapfile -t COMPREPLY < <(compgen -W "practice-name practitioner business-phone time-zone country hours time-off quiet-hours conversation-window-days sms-max-segments in-person-horizon-days language" -- "$cur")
        return
    fi
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_rapport_cli_options "$command") --help" -- "$cur")
        return
    fi
    case "$command" in
    import | backup | restore | migrate-to | "appointments import")
        compopt -o filenames 2> /dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        ;;
    esac
}
complete -F _rapport_cli rapport-cli
