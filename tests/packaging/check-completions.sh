#!/usr/bin/env bash
# The shell completions offer what netbench's help lists: every command, and every option of
# each command, and nothing the help does not list. Each shell is asked as a user's TAB asks
# it: bash through the function its `complete` names, fish with `complete -C`, zsh by typing
# into an interactive zsh on a pseudo-terminal (zsh-complete.zsh).
# Usage: check-completions.sh NETBENCH COMPLETIONS_DIR   (packaging/completions)
set -uo pipefail
NETBENCH=$(realpath "$1")
dir=$(realpath "$2")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/packaging/helptext.sh
source "$here/helptext.sh"
trap 'rm -rf "$help_cache"' EXIT

problems=0
problem() {
    echo "MISSING/STALE: $*"
    problems=$((problems + 1))
}

# What bash offers for the last of WORDS, one a line, through the function that
# `complete -p netbench` names (so the file's registration is checked too). bash-completion
# is loaded first when it is installed, as it is where the file is used.
bash_offers() {
    bash --norc --noprofile -c '
        [[ -r /usr/share/bash-completion/bash_completion ]] &&
            source /usr/share/bash-completion/bash_completion
        source "$1" || exit 1
        shift
        spec=$(complete -p netbench) || exit 1
        function=${spec##*-F }; function=${function%% *}
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        "$function" netbench "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$dir/netbench.bash" "$@" | sort -u
}

# What fish offers for LINE (completing its last word), one a line, without descriptions.
fish_offers() {
    fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$dir/netbench.fish" "$1" |
        cut -f1 | sort -u
}

# compare SHELL WHAT EXPECTED OFFERED [ALLOWED_EXTRA]: reports what is missing and what is
# offered beyond the help.
compare() {
    local shell=$1 what=$2 expected=$3 offered=$4 extra=${5:-} item
    for item in $(comm -23 <(sort -u <<<"$expected") <(sort -u <<<"$offered")); do
        problem "$shell: $what does not offer $item (packaging/completions/netbench.$shell)"
    done
    for item in $(comm -13 <(sort -u <<<"$expected"$'\n'"$extra") <(sort -u <<<"$offered")); do
        problem "$shell: $what offers $item, which netbench's help does not list" \
                "(packaging/completions/netbench.$shell)"
    done
}

commands=$(help_commands)
if [[ -z $commands ]]; then
    echo "FAIL: '$NETBENCH --help' lists no commands"
    exit 1
fi
l_commands=$(grep '^l' <<<"$commands")
# The completions ask netbench for the built-in lessons' names: this netbench, from an empty
# folder (so that no file name is offered beside them).
PATH=$(dirname "$NETBENCH"):$PATH
mkdir "$help_cache/cwd" && cd "$help_cache/cwd" || exit 1
lessons=
if grep -qx lesson <<<"$commands"; then
    lessons=$("$NETBENCH" lesson --list | awk '{ print $1 }')
fi

# bash
compare bash "'netbench <TAB>'" "$commands" "$(bash_offers netbench '')" help
compare bash "'netbench l<TAB>'" "$l_commands" "$(bash_offers netbench l)"
compare bash "'netbench -<TAB>'" "$(help_options)" "$(bash_offers netbench -)"
for command in $commands; do
    compare bash "'netbench $command -<TAB>'" "$(help_options "$command")" \
        "$(bash_offers netbench "$command" -)"
done
[[ -z $lessons ]] || compare bash "'netbench lesson <TAB>'" "$lessons" "$(bash_offers netbench lesson '')"
# A script's name with a space in it is one match, not two words.
mkdir "$help_cache/spaces" && touch "$help_cache/spaces/two words.js" "$help_cache/spaces/notes.txt"
offered=$(cd "$help_cache/spaces" && bash_offers netbench run '')
[[ $offered == "two words.js" ]] ||
    problem "bash: 'netbench run <TAB>' beside 'two words.js' and notes.txt offers" \
            "'${offered//$'\n'/', '}', not 'two words.js' alone (packaging/completions/netbench.bash)"

# fish
if command -v fish >/dev/null; then
    compare fish "'netbench <TAB>'" "$commands" "$(fish_offers 'netbench ')" help
    compare fish "'netbench l<TAB>'" "$l_commands" "$(fish_offers 'netbench l')"
    compare fish "'netbench -<TAB>'" "$(help_options)" "$(fish_offers 'netbench -')"
    for command in $commands; do
        compare fish "'netbench $command -<TAB>'" "$(help_options "$command")" \
            "$(fish_offers "netbench $command -")"
    done
    [[ -z $lessons ]] || compare fish "'netbench lesson <TAB>'" "$lessons" "$(fish_offers 'netbench lesson ')"
else
    echo "SKIPPED: fish is not installed (package fish)"
fi

# zsh, typing into an interactive zsh that finds the file where it is installed, as _netbench.
if command -v zsh >/dev/null; then
    zsh -n "$dir/netbench.zsh" || problem "zsh: packaging/completions/netbench.zsh does not parse"
    mkdir "$help_cache/zsh"
    cp "$dir/netbench.zsh" "$help_cache/zsh/_netbench"
    # One zsh answers every line; zsh_offers LINE picks its matches from the answers.
    zsh_lines=('netbench ' 'netbench l' 'netbench -' 'netbench lesson ')
    for command in $commands; do
        zsh_lines+=("netbench $command -")
    done
    timeout 60 zsh -f "$here/zsh-complete.zsh" "$help_cache/zsh" \
        "${zsh_lines[@]}" >"$help_cache/zsh/answers" ||
        problem "zsh: could not ask zsh for completions"
    zsh_offers() {
        awk -F '\t' -v line="$1" '$1 == line { print $2 }' "$help_cache/zsh/answers"
    }
    compare zsh "'netbench <TAB>'" "$commands" "$(zsh_offers 'netbench ')" help
    compare zsh "'netbench l<TAB>'" "$l_commands" "$(zsh_offers 'netbench l')"
    compare zsh "'netbench -<TAB>'" "$(help_options)" "$(zsh_offers 'netbench -')"
    for command in $commands; do
        compare zsh "'netbench $command -<TAB>'" "$(help_options "$command")" \
            "$(zsh_offers "netbench $command -")"
    done
    [[ -z $lessons ]] || compare zsh "'netbench lesson <TAB>'" "$lessons" "$(zsh_offers 'netbench lesson ')"
else
    echo "SKIPPED: zsh is not installed (package zsh)"
fi

if ((problems > 0)); then
    echo "FAIL: $problems problem(s) between netbench's help and its completions"
    exit 1
fi
echo "ok: the completions offer the $(wc -w <<<"$commands") commands and every option of their help"
