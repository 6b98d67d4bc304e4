# bash completion for netbench(1). Installed as
# /usr/share/bash-completion/completions/netbench; bash-completion loads it on first use.
# The commands and options are those of `netbench --help` and `netbench COMMAND --help`
# (tests/packaging checks that they stay so).

# Adds compgen's matches to COMPREPLY one line each, so a file name with spaces stays one.
_netbench_add()
{
    local -a found
    mapfile -t found < <(compgen "$@")
    COMPREPLY+=("${found[@]}")
}

_netbench()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        if [[ $cur == -* ]]; then
            _netbench_add -W '-h --help -v --version' -- "$cur"
        else
            _netbench_add -W 'gui run listen connect relay demo lesson help' -- "$cur"
        fi
        return
    fi

    local command=${COMP_WORDS[1]} options
    local common='-h --help --version'  # gui has no --version; -v means --verbose in a command
    local traced="--events -v --verbose --trace $common"
    local ncat='-U --unixsock -4 -6 -C --crlf --send-only --recv-only -i --idle-timeout -x --hex-dump --reply --rules --frame'
    # Options followed by a value: a file, a folder, or a number.
    local valued='--trace -x --hex-dump -i --idle-timeout -w --wait --export --max-memory --max-connections --keep-alive --timeout --latency --c2s-latency --s2c-latency --bandwidth --c2s-bandwidth --s2c-bandwidth --chunk --c2s-chunk --s2c-chunk --chunk-pause --c2s-chunk-pause --s2c-chunk-pause --hold-after --c2s-hold-after --s2c-hold-after --fin-after --c2s-fin-after --s2c-fin-after --rst-after --c2s-rst-after --s2c-rst-after --cut-after --c2s-cut-after --s2c-cut-after --refuse-after --connect-timeout --send --send-text --send-hex --reply-wait --max-attempts --reconnect-backoff --reconnect-max-delay --reply --rules --frame'
    case $prev in
        --trace | -x | --hex-dump | --send | --rules)
            _netbench_add -f -- "$cur"
            compopt -o filenames 2>/dev/null
            return
            ;;
        --frame)
            _netbench_add -W 'chunk line delim:' -- "$cur"
            return
            ;;
        --reply)
            return
            ;;
        --export)
            _netbench_add -d -- "$cur"
            compopt -o filenames 2>/dev/null
            return
            ;;
        --max-memory | --max-connections | --keep-alive | --timeout | -i | --idle-timeout | \
            -w | --wait | --*latency | --*bandwidth | \
            --*chunk | --*chunk-pause | --*-after | --send-text | --send-hex | --reply-wait | \
            --max-attempts | --reconnect-backoff | --reconnect-max-delay)
            return
            ;;
    esac

    case $command in
        gui) options='-h --help --help-all' ;;
        run) options="--max-memory $traced" ;;
        listen) options="-l --listen --echo --discard --no-half-close --allow-half-open
                         --max-connections -k --keep-open $ncat $traced" ;;
        connect) options="--no-delay --keep-alive --timeout -w --wait --no-half-close
                          --allow-half-open --send --send-text --send-hex --reply-wait
                          --reconnect --max-attempts --reconnect-backoff --reconnect-max-delay
                          $ncat $traced" ;;
        relay) options="--latency --c2s-latency --s2c-latency --bandwidth --c2s-bandwidth --s2c-bandwidth --chunk --c2s-chunk --s2c-chunk --chunk-pause --c2s-chunk-pause --s2c-chunk-pause
                        --hold-after --c2s-hold-after --s2c-hold-after --fin-after --c2s-fin-after --s2c-fin-after --rst-after --c2s-rst-after --s2c-rst-after --cut-after --c2s-cut-after --s2c-cut-after --refuse-after --connect-timeout
                        $traced" ;;
        demo) options="--unix $common" ;;
        lesson) options="--list --export $common" ;;
        help)
            if ((COMP_CWORD == 2)); then
                _netbench_add -W 'gui run listen connect relay demo lesson' -- "$cur"
            fi
            return
            ;;
        *) return ;;
    esac

    # Everything after run's FILE.js belongs to the script: complete plain file names there.
    if [[ $command == run ]]; then
        local i word
        for ((i = 2; i < COMP_CWORD; i++)); do
            word=${COMP_WORDS[i]}
            if [[ $word != -* && " $valued " != *" ${COMP_WORDS[i - 1]} "* ]]; then
                compopt -o default 2>/dev/null
                return
            fi
        done
    fi

    if [[ $cur == -* ]]; then
        _netbench_add -W "$options" -- "$cur"
        return
    fi
    case $command in
        gui)
            _netbench_add -f -X '!*.json' -- "$cur"
            _netbench_add -f -X '!*.jsonl' -- "$cur"
            _netbench_add -f -X '!*.ndjson' -- "$cur"
            ;;
        run) _netbench_add -f -X '!*.js' -- "$cur" ;;
        listen | connect | relay) _netbench_add -f -- "$cur" ;; # a Unix socket's path
        lesson)
            # The built-in lessons' names, and lesson files.
            _netbench_add -W "$(netbench lesson --list 2>/dev/null | awk '{ print $1 }')" -- "$cur"
            _netbench_add -f -X '!*.lesson' -- "$cur"
            ;;
    esac
    [[ $command == listen || $command == connect || $command == relay ]] || _netbench_add -d -- "$cur"
    compopt -o filenames 2>/dev/null
}
complete -F _netbench netbench
