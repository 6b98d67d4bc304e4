# Prints the matches zsh's completion offers for command lines, as "LINE<TAB>MATCH" lines,
# by typing each line and a TAB into one interactive zsh on a pseudo-terminal (zsh/zpty),
# with compadd wrapped to print what it is given.
# Usage: zsh -f zsh-complete.zsh FPATH_DIR 'netbench l' 'netbench listen -' ...
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
# Each step waits for its marker in the shell's output (zpty reads up to the marker, no
# further): the typed line echoes as M''ARK, the output is MARK, so the echo never matches.
await() {
    local output
    zpty -r z output "*${(b)1}" || return 1
    print -r -- "$output"
}
zpty -w z "PS1=''; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'compadd() { local -a hits; builtin compadd -O hits "$@"; (( $#hits )) && print -l -- "HIT:"${^hits}; builtin compadd "$@" }'
zpty -w z "zstyle ':completion:*' insert-tab false; print R''EADY"
await READY >/dev/null || exit 2
# Typed before the line editor runs, the TAB would go to the terminal, not to completion:
# wait until it switches bracketed paste on, which it does when it starts reading a line.
await $'\e[?2004h' >/dev/null || exit 2
shift
for line in "$@"; do
    zpty -n -w z "$line"$'\t'
    zpty -w z $'\C-u'"print D''ONE"
    await $'DONE\r' | tr -d '\r' | grep -a -o 'HIT:[^[:space:]]*' | sed 's/^HIT://' | sort -u |
        while read -r match; do print -r -- "$line"$'\t'"$match"; done
    await $'\e[?2004h' >/dev/null || exit 2
done
zpty -d z
