#!/usr/bin/env bash
# The manual page describes every command and option netbench's help lists, under the
# command's own subsection (or under OPTIONS, for those that several commands share),
# describes no option the help does not list, and renders without a groff warning.
# Usage: check-manpage.sh NETBENCH MANPAGE   (MANPAGE: the configured netbench.1)
set -uo pipefail
NETBENCH=$1
manpage=$2
if ! command -v man >/dev/null; then
    echo "SKIPPED: man is not installed (package man-db)"
    exit 77
fi
# shellcheck source=tests/packaging/helptext.sh
source "$(dirname "${BASH_SOURCE[0]}")/helptext.sh"
trap 'rm -rf "$help_cache"' EXIT

problems=0
problem() {
    echo "MISSING/STALE: $*"
    problems=$((problems + 1))
}

# The page as plain words: fonts and escapes out, "\-" as "-". Each line is prefixed with
# the section it is in: "SH NAME|", or "SS COMMAND|" for a command's subsection.
plain=$(sed -E 's/\\f[BIRP]//g; s/\\-/-/g; s/\\e/\\/g; s/\\\(.{2}//g' "$manpage" | awk '
    /^\.SH / { sub(/^\.SH +/, ""); gsub(/"/, ""); section = "SH " $0; print section "|"; next }
    /^\.SS / { sub(/^\.SS +/, ""); gsub(/"/, ""); split($0, w, " ");
               section = "SS " w[1]; print section "|"; next }
    /^\.\\"/ { next }
    { print section "|" $0 }')

text_of() { # the lines of a section, without the prefix
    grep -F "$1|" <<<"$plain" | sed 's/^[^|]*|//'
}
mentions() { # TEXT OPTION: is the option there as a whole word?
    grep -qE -- "(^|[^A-Za-z0-9-])$2([^A-Za-z0-9-]|$)" <<<"$1"
}
# The options a section defines: those on the line after each .TP.
defined_in() {
    text_of "$1" | awk 'previous == ".TP" { print } { previous = $0 }' |
        grep -oE -- '(^|[ "])--?[A-Za-z0-9][A-Za-z0-9-]*' | sed -E 's/^[ "]//' | sort -u
}

commands=$(help_commands)
if [[ -z $commands ]]; then
    echo "FAIL: '$NETBENCH --help' lists no commands"
    exit 1
fi
common=$(text_of "SH OPTIONS")

for option in $(help_options); do
    mentions "$common" "$option" ||
        problem "'netbench --help' lists $option; describe it under .SH OPTIONS in packaging/netbench.1.in"
done

for command in $commands; do
    if ! grep -qF "SS $command|" <<<"$plain"; then
        problem "'netbench --help' lists the command '$command'; add a subsection" \
                ".SS \"$command ...\" under .SH COMMANDS in packaging/netbench.1.in"
        continue
    fi
    own=$(text_of "SS $command")
    listed=$(help_options "$command")
    if [[ -z $listed ]]; then
        problem "'netbench $command --help' printed no options"
        continue
    fi
    for option in $listed; do
        mentions "$own" "$option" || mentions "$common" "$option" ||
            problem "'netbench $command --help' lists $option; describe it under" \
                    ".SS \"$command ...\" (or under .SH OPTIONS if every command has it)" \
                    "in packaging/netbench.1.in"
    done
    for option in $(defined_in "SS $command"); do
        grep -qxF -- "$option" <<<"$listed" ||
            problem "packaging/netbench.1.in describes $option under .SS \"$command ...\"," \
                    "but 'netbench $command --help' does not list it"
    done
done
everywhere=$(help_options; for command in $commands; do help_options "$command"; done)
for option in $(defined_in "SH OPTIONS"); do
    grep -qxF -- "$option" <<<"$everywhere" ||
        problem "packaging/netbench.1.in describes $option under OPTIONS, but neither" \
                "'netbench --help' nor any command's help lists it"
done

# groff's own complaints, as lintian and man would show them.
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$manpage" 2>&1 >/dev/null)
if [[ -n $warnings ]]; then
    echo "groff warns about packaging/netbench.1.in:"
    echo "$warnings"
    problems=$((problems + 1))
fi

if ((problems > 0)); then
    echo "FAIL: $problems problem(s) between netbench's help and its manual page"
    exit 1
fi
echo "ok: the manual page describes $(wc -w <<<"$commands") commands and every option of their help"
