# fish completion for netbench(1). Installed as
# /usr/share/fish/vendor_completions.d/netbench.fish.
# The commands and options are those of `netbench --help` and `netbench COMMAND --help`
# (tests/packaging checks that they stay so).

set -l commands gui run listen connect relay demo lesson help
complete -c netbench -f

# The command, and the options of netbench alone.
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a gui -d 'Open the window, with a workspace or a trace'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a run -d 'Run a Node-style net script'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a listen -d 'Accept a connection and relay it to standard I/O'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a connect -d 'Connect and relay the connection to standard I/O'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a relay -d 'Relay clients to a server, with faults on purpose'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a demo -d 'A server and a client on one event loop'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a lesson -d 'Run a guided lesson headless'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show the help of a command'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -s h -l help -d 'Show the usage'
complete -c netbench -n "not __fish_seen_subcommand_from $commands" -s v -l version -d 'Show the version'

# Every command's common options.
for command in gui run listen connect relay demo lesson
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s h -l help -d 'Show the usage, options and examples'
end
complete -c netbench -n '__fish_seen_subcommand_from gui' -l help-all -d 'Show the usage with the options Qt takes'
for command in run listen connect relay demo lesson
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l version -d 'Show the version'
end
for command in run listen connect relay
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l events -d 'Print every event and call on standard error'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s v -l verbose -d 'More events on standard error (-vv: JSON Lines too)'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l trace -r -F -d 'Write every event and call as JSON Lines to FILE'
end

complete -c netbench -n '__fish_seen_subcommand_from gui' -k -a '(__fish_complete_suffix .json .jsonl .ndjson)'

complete -c netbench -n '__fish_seen_subcommand_from run' -l max-memory -x -d 'End the script above MIB mebibytes'
complete -c netbench -n '__fish_seen_subcommand_from run' -k -a '(__fish_complete_suffix .js)'

complete -c netbench -n '__fish_seen_subcommand_from listen' -l echo -d 'Send back what arrives'
complete -c netbench -n '__fish_seen_subcommand_from listen' -l discard -d 'Read and drop what arrives'
complete -c netbench -n '__fish_seen_subcommand_from listen' -l no-half-close -d 'End our side when the peer ends its side'
complete -c netbench -n '__fish_seen_subcommand_from listen' -l allow-half-open -d 'Keep sending after the peer ends its side'
complete -c netbench -n '__fish_seen_subcommand_from listen' -l max-connections -x -d 'Drop connections beyond N open at a time'
complete -c netbench -n '__fish_seen_subcommand_from listen' -s l -l listen -d 'Listen (as ncat -l)'
complete -c netbench -n '__fish_seen_subcommand_from listen' -s k -l keep-open -d 'Keep accepting connections'
complete -c netbench -n '__fish_seen_subcommand_from listen' -F -d 'A Unix socket path'

complete -c netbench -n '__fish_seen_subcommand_from connect' -l no-delay -d "Turn off Nagle's algorithm"
complete -c netbench -n '__fish_seen_subcommand_from connect' -l keep-alive -x -d 'TCP keep-alive, first probe after MS idle'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l timeout -x -d 'Give up after MS without traffic'
complete -c netbench -n '__fish_seen_subcommand_from connect' -s w -l wait -x -d 'Give up connecting after TIME'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l no-half-close -d 'End our side when the peer ends its side'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l allow-half-open -d 'Send standard input to its end (the default)'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l send -r -F -d 'One-shot: send FILE, print the reply, exit'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l send-text -x -d 'One-shot: send TEXT (with escapes), print the reply, exit'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l send-hex -x -d 'One-shot: send HEX bytes, print the reply, exit'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l reply-wait -x -d 'One-shot: the reply ends after MS of silence'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l reconnect -d 'Connect again when the connection fails or closes (--reconnect=DELAY_MS)'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l max-attempts -x -d 'With --reconnect: give up after N failed reconnects in a row'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l reconnect-backoff -x -d 'With --reconnect: multiply the wait by FACTOR'
complete -c netbench -n '__fish_seen_subcommand_from connect' -l reconnect-max-delay -x -d 'With --reconnect: wait at most MS'
complete -c netbench -n '__fish_seen_subcommand_from connect' -a '(__fish_print_hostnames)' -d Host
complete -c netbench -n '__fish_seen_subcommand_from connect' -F -d 'A Unix socket path'

complete -c netbench -n '__fish_seen_subcommand_from relay' -l latency -x -d 'Hold each chunk MS milliseconds, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-latency -x -d 'Hold each chunk MS milliseconds, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-latency -x -d 'Hold each chunk MS milliseconds, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l bandwidth -x -d 'Forward at most BYTES bytes per second, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-bandwidth -x -d 'Forward at most BYTES bytes per second, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-bandwidth -x -d 'Forward at most BYTES bytes per second, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l chunk -x -d 'Forward in pieces of SIZE bytes or a random size in MIN-MAX, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-chunk -x -d 'Forward in pieces of SIZE bytes or a random size in MIN-MAX, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-chunk -x -d 'Forward in pieces of SIZE bytes or a random size in MIN-MAX, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l chunk-pause -x -d 'Wait MS milliseconds after each piece, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-chunk-pause -x -d 'Wait MS milliseconds after each piece, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-chunk-pause -x -d 'Wait MS milliseconds after each piece, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l hold-after -x -d 'Forward BYTES bytes, then hold, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-hold-after -x -d 'Forward BYTES bytes, then hold, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-hold-after -x -d 'Forward BYTES bytes, then hold, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l fin-after -x -d 'Forward BYTES bytes, then FIN and drop the rest, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-fin-after -x -d 'Forward BYTES bytes, then FIN and drop the rest, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-fin-after -x -d 'Forward BYTES bytes, then FIN and drop the rest, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l rst-after -x -d 'Forward BYTES bytes, then reset both legs, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-rst-after -x -d 'Forward BYTES bytes, then reset both legs, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-rst-after -x -d 'Forward BYTES bytes, then reset both legs, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l cut-after -x -d 'Forward exactly BYTES bytes, then close, both ways'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l c2s-cut-after -x -d 'Forward exactly BYTES bytes, then close, client to server'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l s2c-cut-after -x -d 'Forward exactly BYTES bytes, then close, server to client'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l refuse-after -x -d 'Relay N clients, then reset new ones'
complete -c netbench -n '__fish_seen_subcommand_from relay' -l connect-timeout -x -d 'Reset a client whose target is not connected after MS milliseconds'
complete -c netbench -n '__fish_seen_subcommand_from relay' -F -d 'A Unix socket path'

# ncat's options of listen and connect.
for command in listen connect
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s U -l unixsock -d 'The target is a Unix socket path'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s 4 -d 'IPv4 only'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s 6 -d 'IPv6 only'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s C -l crlf -d 'Send line feeds as CR LF'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l send-only -d 'Only send; drop what arrives'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l recv-only -d 'Only receive; never read standard input'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s i -l idle-timeout -x -d 'Close a connection idle for TIME'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -s x -l hex-dump -r -F -d 'Hex dump of both directions to FILE'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l reply -x -d 'Answer what arrives by a rule KIND:PATTERN=REPLY'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l rules -r -F -d 'Read auto-reply rules from a JSON FILE'
    complete -c netbench -n "__fish_seen_subcommand_from $command" -l frame -x -a 'chunk line delim:' -d 'How rules cut what arrives into messages'
end

complete -c netbench -n '__fish_seen_subcommand_from demo' -l unix -d 'Use a Unix domain socket instead of TCP'

complete -c netbench -n '__fish_seen_subcommand_from lesson' -l list -d 'List the built-in lessons'
complete -c netbench -n '__fish_seen_subcommand_from lesson' -l export -x -a '(__fish_complete_directories)' -d 'Write the lesson as a Node-style script into FOLDER'
complete -c netbench -n '__fish_seen_subcommand_from lesson' -a '(command -q netbench; and netbench lesson --list 2>/dev/null | string replace -r "\\s\\s+" \t)'
complete -c netbench -n '__fish_seen_subcommand_from lesson' -k -a '(__fish_complete_suffix .lesson)'

complete -c netbench -n '__fish_seen_subcommand_from help' -a 'gui run listen connect relay demo lesson'
