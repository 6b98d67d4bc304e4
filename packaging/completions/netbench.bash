# bash completion for netbench(1). Installed as
# /usr/share/bash-completion/completions/netbench; bash-completion loads it on first use.
# The commands and options are those of `netbench --help` and `netbench COMMAND --help`
# (tests/packaging checks that they stay so).

_netbench()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '-h --help -v --version' -- "$cur"))
        else
            COMPREPLY=($(compgen -W 'gui run listen connect demo lesson help' -- "$cur"))
        fi
        return
    fi

    local command=${COMP_WORDS[1]} options
    local common='-h --help --help-all -v --version'  # gui has no --version
    # Options followed by a value: a file, a folder, or a number.
    local valued='--trace --export --max-memory --max-connections --keep-alive --timeout'
    case $prev in
        --trace)
            COMPREPLY=($(compgen -f -- "$cur"))
            compopt -o filenames 2>/dev/null
            return
            ;;
        --export)
            COMPREPLY=($(compgen -d -- "$cur"))
            compopt -o filenames 2>/dev/null
            return
            ;;
        --max-memory | --max-connections | --keep-alive | --timeout)
            return
            ;;
    esac

    case $command in
        gui) options='-h --help --help-all' ;;
        run) options="--events --trace --max-memory $common" ;;
        listen) options="--echo --discard --no-half-close --allow-half-open --max-connections
                         --keep-open --events --trace $common" ;;
        connect) options="--no-delay --keep-alive --timeout --no-half-close --allow-half-open
                          --events --trace $common" ;;
        demo) options="--unix $common" ;;
        lesson) options="--list --export $common" ;;
        help)
            if ((COMP_CWORD == 2)); then
                COMPREPLY=($(compgen -W 'gui run listen connect demo lesson' -- "$cur"))
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
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
        gui) COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -f -X '!*.jsonl' -- "$cur")
                        $(compgen -f -X '!*.ndjson' -- "$cur") $(compgen -d -- "$cur")) ;;
        run) COMPREPLY=($(compgen -f -X '!*.js' -- "$cur") $(compgen -d -- "$cur")) ;;
        listen | connect) COMPREPLY=($(compgen -f -- "$cur")) ;; # a Unix socket's path
        lesson)
            # The built-in lessons' names, and lesson files.
            local names
            names=$(netbench lesson --list 2>/dev/null | awk '{ print $1 }')
            COMPREPLY=($(compgen -W "$names" -- "$cur") $(compgen -f -X '!*.lesson' -- "$cur")
                       $(compgen -d -- "$cur"))
            ;;
    esac
    compopt -o filenames 2>/dev/null
}
complete -F _netbench netbench
