# What netbench's own help says it takes, for the checks that keep the manual page and the
# completions in step with it. Sourced; NETBENCH is the program.

# A folder for the help texts, asked for once each; the sourcing script removes it.
help_cache=$(mktemp -d)

# netbench --help / netbench COMMAND --help. The window's help needs no real display.
help_text() {
    local cached=$help_cache/${1:--}
    [[ -f $cached ]] || QT_QPA_PLATFORM=offscreen "$NETBENCH" "$@" --help >"$cached" 2>/dev/null
    cat "$cached"
}

# The commands listed under "Commands:" in netbench --help, one a line.
help_commands() {
    help_text | awk '/^Commands:/ { listing = 1; next }
                     listing && /^ *$/ { exit }
                     listing && /^  [a-z]/ { print $1 }'
}

# The options of netbench --help (no argument) or netbench COMMAND --help, one a line, short
# and long ones alike: the lines of the help that start with two spaces and a dash.
help_options() {
    local cached=$help_cache/options-${1:--}
    [[ -f $cached ]] ||
        help_text "$@" | grep -E '^  -' | sed -E 's/^  //; s/  .*//; s/ <[^>]*>//g' |
            tr ',' '\n' | sed -E 's/^ +//; s/ +$//' | grep -E '^--?[A-Za-z0-9?]' |
            sort -u >"$cached"
    cat "$cached"
}
