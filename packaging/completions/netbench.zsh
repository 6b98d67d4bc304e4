#compdef netbench
# zsh completion for netbench(1). Installed as /usr/share/zsh/vendor-completions/_netbench.
# The commands and options are those of `netbench --help` and `netbench COMMAND --help`
# (tests/packaging checks that they stay so).

local -a help common
help=('(- *)'{-h,--help}'[show the usage, options and examples]')
common=($help '(- *)--version[show the version]')
local -a relay ncat
relay=(
    '--events[print every event and call on standard error]'
    '*'{-v,--verbose}'[more events on standard error (-vv: JSON Lines too)]'
    '--trace[write every event and call as JSON Lines]:trace file (- for standard error):_files'
)
ncat=(
    '(-4 -6)'{-U,--unixsock}'[the target is a Unix socket path]'
    '(-6 -U --unixsock)-4[IPv4 only]'
    '(-4 -U --unixsock)-6[IPv6 only]'
    {-C,--crlf}'[send line feeds of standard input as CR LF]'
    '(--recv-only)--send-only[only send; drop what arrives]'
    '(--send-only)--recv-only[only receive; never read standard input]'
    {-i,--idle-timeout}'[close a connection idle for TIME]:time (30, 500ms, 2m)'
    {-x,--hex-dump}'[write a hex dump of both directions to FILE]:hex dump file:_files'
    '*--reply[answer what arrives by a rule KIND:PATTERN=REPLY]:rule (contains\:PING=PONG\\n)'
    '--rules[read auto-reply rules from a JSON FILE]:rules file:_files'
    '--frame[how rules cut what arrives into messages]:framing:(chunk line delim\:)'
)

_netbench_commands() {
    local -a commands
    commands=(
        'gui:open the window, with a workspace or a trace'
        'run:run a Node-style net script'
        'listen:accept a connection and relay it to standard I/O'
        'connect:connect and relay the connection to standard I/O'
        'relay:relay clients to a server, with faults on purpose'
        'demo:a server and a client on one event loop'
        'lesson:run a guided lesson headless'
        'help:show the help of a command'
    )
    _describe -t commands 'netbench command' commands
}

_netbench_lessons() {
    local -a names
    names=(${${(f)"$(_call_program lessons netbench lesson --list 2>/dev/null)"}%% *})
    _wanted lessons expl 'built-in lesson' compadd -a names
}

if (( CURRENT == 2 )); then
    _alternative \
        'commands:: _netbench_commands' \
        'options::((-h\:"show the usage" --help\:"show the usage" -v\:"show the version" --version\:"show the version"))'
    return
fi

local command=$words[2]
shift words
(( CURRENT-- ))
case $command in
    (gui)
        _arguments -s $help '(- *)--help-all[show the usage with the options Qt takes]' '1:workspace or trace:_files -g "*.(json|jsonl|ndjson)(-.)"'
        ;;
    (run)
        _arguments -s $common $relay \
            '--max-memory[end the script above this many mebibytes]:mebibytes' \
            '1:script:_files -g "*.js(-.)"' \
            '*::script argument:_files'
        ;;
    (listen)
        _arguments -s $common $relay $ncat \
            {-l,--listen}'[listen (as ncat -l)]' \
            '(--discard)--echo[send back what arrives]' \
            '(--echo)--discard[read and drop what arrives]' \
            '(--allow-half-open)--no-half-close[end our side when the peer ends its side]' \
            '(--no-half-close)--allow-half-open[keep sending after the peer ends its side]' \
            '--max-connections[drop connections beyond N open at a time]:connections' \
            {-k,--keep-open}'[keep accepting connections]' \
            '1:[host\:]port or Unix socket path:_files'
        ;;
    (connect)
        _arguments -s $common $relay $ncat \
            '--no-delay[turn off Nagle'"'"'s algorithm]' \
            {-w,--wait}'[give up connecting after TIME]:time (5, 500ms)' \
            '--keep-alive[turn TCP keep-alive on, first probe after MS idle]:milliseconds' \
            '--timeout[give up after MS without traffic]:milliseconds' \
            '(--allow-half-open)--no-half-close[end our side when the peer ends its side]' \
            '(--no-half-close)--allow-half-open[send standard input to its end (the default)]' \
            '(--send-text --send-hex)--send[one-shot: send FILE, print the reply, exit]:file:_files' \
            '(--send --send-hex)--send-text[one-shot: send TEXT (with escapes), print the reply, exit]:text' \
            '(--send --send-text)--send-hex[one-shot: send HEX bytes, print the reply, exit]:hex' \
            '--reply-wait[one-shot: the reply ends after MS milliseconds of silence]:milliseconds' \
            '--reconnect=-[connect again after DELAY_MS when the connection fails or closes]::milliseconds' \
            '--max-attempts[with --reconnect: give up after N failed reconnects in a row]:attempts' \
            '--reconnect-backoff[with --reconnect: multiply the wait by FACTOR each time]:factor' \
            '--reconnect-max-delay[with --reconnect: wait at most MS milliseconds]:milliseconds' \
            '1:host or Unix socket path:{_alternative "hosts:host:_hosts" "files:Unix socket:_files"}' \
            '2:port:'
        ;;
    (relay)
        _arguments -s $common $relay \
            '--latency[hold each chunk MS milliseconds, both ways]:milliseconds' \
            '--c2s-latency[hold each chunk MS milliseconds, client to server]:milliseconds' \
            '--s2c-latency[hold each chunk MS milliseconds, server to client]:milliseconds' \
            '--bandwidth[forward at most BYTES bytes per second, both ways]:bytes' \
            '--c2s-bandwidth[forward at most BYTES bytes per second, client to server]:bytes' \
            '--s2c-bandwidth[forward at most BYTES bytes per second, server to client]:bytes' \
            '--chunk[forward in pieces of SIZE bytes or a random size in MIN-MAX, both ways]:size' \
            '--c2s-chunk[forward in pieces of SIZE bytes or a random size in MIN-MAX, client to server]:size' \
            '--s2c-chunk[forward in pieces of SIZE bytes or a random size in MIN-MAX, server to client]:size' \
            '--chunk-pause[wait MS milliseconds after each piece, both ways]:milliseconds' \
            '--c2s-chunk-pause[wait MS milliseconds after each piece, client to server]:milliseconds' \
            '--s2c-chunk-pause[wait MS milliseconds after each piece, server to client]:milliseconds' \
            '--hold-after[forward BYTES bytes, then hold, both ways]:bytes' \
            '--c2s-hold-after[forward BYTES bytes, then hold, client to server]:bytes' \
            '--s2c-hold-after[forward BYTES bytes, then hold, server to client]:bytes' \
            '--fin-after[forward BYTES bytes, then FIN and drop the rest, both ways]:bytes' \
            '--c2s-fin-after[forward BYTES bytes, then FIN and drop the rest, client to server]:bytes' \
            '--s2c-fin-after[forward BYTES bytes, then FIN and drop the rest, server to client]:bytes' \
            '--rst-after[forward BYTES bytes, then reset both legs, both ways]:bytes' \
            '--c2s-rst-after[forward BYTES bytes, then reset both legs, client to server]:bytes' \
            '--s2c-rst-after[forward BYTES bytes, then reset both legs, server to client]:bytes' \
            '--cut-after[forward exactly BYTES bytes, then close, both ways]:bytes' \
            '--c2s-cut-after[forward exactly BYTES bytes, then close, client to server]:bytes' \
            '--s2c-cut-after[forward exactly BYTES bytes, then close, server to client]:bytes' \
            '--refuse-after[relay N clients, then reset new ones]:clients' \
            '--connect-timeout[reset a client whose target is not connected after MS milliseconds]:milliseconds' \
            '1:listen on [host\:]port or Unix socket path:_files' \
            '2:target host\:port or Unix socket path:_files'
        ;;
    (demo)
        _arguments -s $common '--unix[use a Unix domain socket instead of TCP]'
        ;;
    (lesson)
        _arguments -s $common \
            '--list[list the built-in lessons]' \
            '--export[write the lesson as a Node-style script into FOLDER]:folder:_directories' \
            '1:lesson:{_alternative "lessons:built-in lesson:_netbench_lessons" "files:lesson file:_files -g \\*.lesson"}'
        ;;
    (help)
        (( CURRENT == 2 )) && _netbench_commands
        ;;
esac
