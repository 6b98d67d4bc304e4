#include "explanations.h"

#include <QHash>

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace gui {

namespace {

// One row of the table. key is never translated: "event:end", "call:end", "error:EPIPE",
// "state:readOnly", "field:sendBufferValue". title may be null: it is then made from the key.
struct Entry
{
    const char *key;
    const char *title;
    const char *brief;
    const char *paragraph;
    const char *link; // absolute URL, or a fragment of Node's net docs ("#event-end")
};

// Anchors are those of the headings of Node's net, errors and dns documentation (the slug the
// docs generator makes: lower case, punctuation dropped, spaces to '-', repeats get "_1").
constexpr Entry Table[] = {
        // ---- events
        {"event:listening", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The server is bound and accepts connections."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "listen() succeeded: the kernel bound the address (or the Unix socket "
                           "path) and put the "
                           "socket in the LISTEN state. From now on the kernel completes "
                           "connection handshakes on its "
                           "own and queues them (the backlog) until netbench accepts them. A "
                           "client that connects now "
                           "succeeds; before this event it would have got ECONNREFUSED. With port "
                           "0 the kernel chose "
                           "a free port: the address shows which."),
         "#event-listening"},
        {"event:connection", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The server accepted a new connection: a new socket for that client."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A client's connection was accepted: the server got a new socket of its "
                           "own for it (shown "
                           "under the server), while the server itself keeps listening for more. "
                           "The client saw its "
                           "'connect' already when the kernel finished the handshake, which can be "
                           "before the "
                           "server accepts. Each connection is a separate socket with its own "
                           "events, its own "
                           "buffers and its own close."),
         "#event-connection"},
        {"event:lookup", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The host name was resolved to an address (or the lookup failed)."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Before connecting to a host given by name, the name is resolved (getaddrinfo: "
                 "/etc/hosts, "
                 "then DNS). This event carries the address that will be tried, or the resolver's "
                 "error "
                 "(ENOTFOUND, EAI_AGAIN). Nothing has been sent to the peer yet. Connecting to an "
                 "IP "
                 "address or a Unix socket path needs no lookup, so there is no 'lookup' then."),
         "#event-lookup"},
        {"event:connect", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The connection is established; data can flow both ways."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The TCP three-way handshake completed (or the Unix socket connected): "
                           "the socket is open "
                           "for reading and writing. Writes made before this were queued and are "
                           "sent now. The "
                           "kernel of the server side completes the handshake itself, so 'connect' "
                           "does not mean the "
                           "server program has accepted or read anything yet."),
         "#event-connect"},
        {"event:ready", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The socket is ready to be used; emitted right after 'connect'."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Node emits 'ready' immediately after 'connect'; it exists for streams "
                           "in general. "
                           "Nothing new happened on the wire."),
         "#event-ready"},
        {"event:data", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Bytes arrived from the peer; one read of what the kernel had."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "One read from the kernel's receive buffer. TCP and stream Unix sockets "
                           "carry a stream of "
                           "bytes, not messages: one write() of the peer may arrive as several "
                           "'data' events, and "
                           "several writes may arrive as one. A protocol needs its own framing (a "
                           "length prefix or a "
                           "delimiter). While the socket is paused, no 'data' is emitted and the "
                           "bytes wait in the "
                           "kernel (Unread in the inspector); when that fills, the peer's writes "
                           "stop being accepted."),
         "#event-data"},
        {"event:drain", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Everything queued by write() has been handed to the kernel; write more."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "write() returned false earlier because the bytes waiting in netbench "
                           "(bufferSize) reached "
                           "the high-water mark; now that queue is empty again. A well-behaved "
                           "writer stops writing "
                           "when write() returns false and continues on 'drain' (backpressure). "
                           "The bytes are in the "
                           "kernel's send buffer now, which does not mean the peer has read them."),
         "#event-drain"},
        {"event:end", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The peer sent FIN: it will send nothing more. Our reading side is done."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The peer called end() (or closed its socket): its FIN arrived after "
                           "all the data it had "
                           "sent. Nothing more will be read. Without allowHalfOpen the socket now "
                           "ends its own side "
                           "too (an automatic end()) and closes once its queued writes are sent; "
                           "with allowHalfOpen "
                           "it stays writable (writeOnly) until end() is called. A FIN is an "
                           "orderly end, not an "
                           "error; a peer that crashes or resets gives ECONNRESET instead."),
         "#event-end"},
        {"event:timeout", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The socket was idle for the setTimeout() time. It is NOT closed."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Nothing was read or written for the time given to setTimeout(). This is only a "
                 "notification: the connection stays open and the peer sees nothing at all. To "
                 "close idle "
                 "connections, call end() or destroy() when this event comes. Keep-alive "
                 "(setKeepAlive) is "
                 "a different thing: kernel probes that detect a dead peer."),
         "#event-timeout"},
        {"event:error", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Something failed; for a socket, 'close' follows."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A system call failed or the peer broke the connection; the error's "
                           "code says which. On a "
                           "socket, 'close' (with hadError true) follows at once: the connection "
                           "is gone. On a "
                           "server, an error of listen() (EADDRINUSE, EACCES) leaves the server "
                           "not listening, and "
                           "'close' does not follow unless close() is called."),
         "#event-error_1"},
        {"event:close", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Fully closed: the descriptor is released; nothing more will happen."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The last event of a socket or a server. For a socket, hadError says "
                           "whether an error "
                           "caused it. The kernel may still be finishing the TCP shutdown "
                           "(TIME_WAIT) but the "
                           "program is done with it. A server emits 'close' after close() once all "
                           "its accepted "
                           "connections have closed too."),
         "#event-close_1"},
        // A server's own 'close' and 'error' (Node documents them apart from the socket's).
        {"event:close:server", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The server is closed: close() was called and its last connection has closed."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "close() stopped the listening at once, but the server's 'close' waits "
                           "until every "
                           "connection it accepted has closed too. New clients were refused from "
                           "the moment of "
                           "close(); existing ones were never disturbed."),
         "#event-close"},
        {"event:error:server", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The server failed, usually in listen(); it is not listening."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Most often listen() failed (EADDRINUSE, EACCES, EADDRNOTAVAIL). Unlike "
                           "a socket's "
                           "error, no 'close' follows by itself: the server simply is not "
                           "listening, and listen() "
                           "may be called again. No client saw anything."),
         "#event-error"},
        {"event:drop", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A connection was dropped because maxConnections was reached."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The server already had maxConnections connections, so it accepted this "
                           "one and closed it "
                           "at once. The client saw its connection succeed and then end (or reset "
                           "if it had sent "
                           "data). Raise maxConnections or close idle connections."),
         "#event-drop"},
        // ---- calls
        {"call:listen", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "server.listen(): bind an address or path and start accepting."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Asks the kernel to bind the address (or Unix socket path) and listen. "
                           "It succeeds with "
                           "'listening' or fails with 'error': EADDRINUSE when another socket has "
                           "the address, "
                           "EACCES for ports below 1024 without privilege or a path in a folder "
                           "you cannot write."),
         "#serverlisten"},
        {"call:connect", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.connect(): start a connection; 'connect' or 'error' follows."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Starts connecting: a name lookup if a host name was given, then a SYN "
                           "to the server "
                           "(or a connect on the Unix socket path). The result comes later: "
                           "'connect', or 'error' "
                           "with ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ..."),
         "#socketconnect"},
        {"call:write", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.write(): queue bytes to send; false means slow down and wait "
                           "for 'drain'."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Hands bytes to the socket. They go to the kernel's send buffer at once "
                           "when it has room, "
                           "otherwise they wait in netbench's queue (bufferSize). write() returns "
                           "false when that "
                           "queue reached the high-water mark: keep writing and memory grows; the "
                           "right answer is "
                           "to wait for 'drain'. A successful write only means the kernel took the "
                           "bytes, not that "
                           "the peer received or read them. Writing after end() fails with "
                           "ERR_STREAM_WRITE_AFTER_END; writing to a connection the peer has "
                           "closed gives EPIPE or "
                           "ECONNRESET."),
         "#socketwritedata-encoding-callback"},
        {"call:end", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.end(): send FIN after queued data. The peer gets 'end'; we can "
                           "still read."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Half-closes the connection: once all queued writes are sent, a FIN follows them. "
                 "The "
                 "peer reads everything and then gets 'end'. Our side can still receive (readOnly) "
                 "until "
                 "the peer ends too, then the socket closes. This is the polite way to finish. An "
                 "'end()' marked auto was made by netbench itself because the peer ended and "
                 "allowHalfOpen "
                 "is false."),
         "#socketenddata-encoding-callback"},
        {"call:destroy", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.destroy(): close now; queued data is dropped. The peer normally "
                           "sees FIN ('end')."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Closes the socket at once: writes still queued in netbench are discarded and the "
                 "descriptor is closed. The kernel still sends what it already had, then a FIN, so "
                 "the "
                 "peer sees a normal 'end', not an error; only if unread bytes were waiting in our "
                 "receive "
                 "buffer does Linux send an RST instead (the peer gets ECONNRESET). If the peer "
                 "writes "
                 "afterwards, our kernel answers with RST and the peer's write fails with EPIPE or "
                 "ECONNRESET. destroy(error) behaves the same on the wire: the error is emitted "
                 "only "
                 "locally, the peer still sees a clean FIN. To make the peer see a reset, use "
                 "resetAndDestroy()."),
         "#socketdestroyerror"},
        {"call:resetAndDestroy", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "socket.resetAndDestroy(): abort with an RST. The peer gets ECONNRESET."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Closes the TCP connection abortively (SO_LINGER 0): the kernel throws "
                           "away what it had "
                           "not sent and sends an RST instead of a FIN. The peer's next read fails "
                           "with ECONNRESET "
                           "and data still in flight is lost. Only TCP sockets can be reset; on a "
                           "Unix socket it "
                           "throws ERR_INVALID_HANDLE_TYPE."),
         "#socketresetanddestroy"},
        {"call:pause", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.pause(): stop reading; incoming bytes wait in the kernel."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "No more 'data' events until resume(). Bytes keep arriving into the "
                           "kernel's receive "
                           "buffer (Unread in the inspector); when it is full, TCP advertises a "
                           "zero window and the "
                           "peer's kernel stops sending, so the peer's writes pile up in its own "
                           "send buffer and "
                           "then its write() returns false. This is backpressure travelling across "
                           "the connection."),
         "#socketpause"},
        {"call:resume", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "socket.resume(): read again after pause()."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Reading starts again: what waited in the kernel's receive buffer comes "
                           "as 'data' events, "
                           "the window opens and the peer's queued bytes flow again (its 'drain' "
                           "may follow)."),
         "#socketresume"},
        {"call:setNoDelay", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.setNoDelay(): turn Nagle's algorithm off (true) or on (false)."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Sets TCP_NODELAY. With Nagle's algorithm on, a small segment is held back while "
                 "earlier "
                 "data is unacknowledged, so many small writes are coalesced into fewer segments; "
                 "combined "
                 "with the peer's delayed ACK, a write-write-read pattern can stall for tens of "
                 "milliseconds. noDelay sends each write at once. Compare the data segment "
                 "counters of "
                 "the inspector. Unix sockets have no Nagle at all."),
         "#socketsetnodelaynodelay"},
        {"call:setKeepAlive", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.setKeepAlive(): let the kernel probe an idle connection to "
                           "detect a dead peer."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Sets SO_KEEPALIVE and the idle time before the first probe "
                           "(TCP_KEEPIDLE). After that "
                           "idle time the kernel sends empty probes; if the peer's host does not "
                           "answer several of "
                           "them, the connection fails with ETIMEDOUT. A live peer answers without "
                           "its program "
                           "noticing anything. This is not the idle timeout of setTimeout()."),
         "#socketsetkeepalive"},
        {"call:setTimeout", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "socket.setTimeout(): emit 'timeout' after this much idle time (0 turns it off)."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Arms an inactivity timer: when nothing was read or written for that "
                           "many milliseconds, "
                           "'timeout' is emitted. It does not close the socket and sends nothing "
                           "to the peer; the "
                           "program decides what to do."),
         "#socketsettimeouttimeout-callback"},
        {"call:setEncoding", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "socket.setEncoding(): deliver 'data' as decoded text instead of bytes."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Received bytes are decoded (utf8, latin1, hex, base64, ...) before "
                           "'data'. A character "
                           "split across two chunks is held back until it is complete. Nothing "
                           "changes on the wire."),
         "#socketsetencodingencoding"},
        {"call:close", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "server.close(): stop accepting; existing connections stay open."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The listening socket is closed, so new clients get ECONNREFUSED (TCP) or ENOENT "
                 "(a "
                 "Unix socket, whose path is removed). Connections already accepted are not "
                 "touched; the server's 'close' comes when the last of them has closed."),
         "#serverclosecallback"},
        {"call:ref", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "ref(): this endpoint keeps the program running again."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The default. A program (a script) does not exit while a referenced "
                           "server or socket is "
                           "open. Nothing changes on the wire."),
         "#socketref"},
        {"call:ref:server", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "server.ref(): the listener keeps the program running again."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The default. A script does not exit while a referenced server listens. "
                           "Nothing changes "
                           "for clients."),
         "#serverref"},
        {"call:unref:server", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "server.unref(): the listener no longer keeps the program running."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A script may exit while this server still listens (it is closed with "
                           "the process). "
                           "Nothing changes for clients."),
         "#serverunref"},
        {"call:reconnect", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "reconnect: netbench connects a new socket in place of one that closed."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The client was made to stay up (New Client: Reconnect; netbench "
                           "connect --reconnect). "
                           "Node has no such call: it is a new socket.connect() with the same "
                           "options, after the "
                           "wait shown, and the new socket has its own id and events."),
         "#socketconnect"},
        {"call:unref", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "unref(): this endpoint no longer keeps the program running."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A script may exit even though this server or socket is still open (it "
                           "is then closed "
                           "with the process). Nothing changes on the wire."),
         "#socketunref"},

        // ---- errors that netbench meets most: the errnos of sockets
        {"error:ECONNREFUSED", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Connection refused: nothing listens at that address and port (or path)."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The SYN reached the other host, and its kernel answered with an RST because no "
                 "socket "
                 "listens on that port (for a Unix socket: the path exists but nobody listens on "
                 "it). The "
                 "server program never saw anything. Usual causes: the server is not started yet "
                 "or has "
                 "stopped, a wrong port, or it listens on another address (127.0.0.1 versus ::1 "
                 "when "
                 "'localhost' resolves to IPv6, or only on another interface). Try: check the port "
                 "and "
                 "address of the listener ('ss -ltn'), connect to 127.0.0.1 explicitly, start the "
                 "listener first. A firewall that rejects also gives this; one that silently drops "
                 "gives "
                 "ETIMEDOUT."),
         nullptr},
        {"error:EADDRINUSE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Address already in use: another socket has bound this address and port "
                           "(or path)."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "listen() failed because the address is taken: another program (or "
                           "another listener in "
                           "netbench) listens on that port, or a Unix socket file exists at the "
                           "path. Clients are "
                           "not affected; they reach whoever holds the address. Usual causes: a "
                           "previous run still "
                           "running, two listeners on the same port, a leftover socket file after "
                           "a crash. Try: "
                           "'ss -ltnp' to see who holds the port, port 0 to let the kernel choose "
                           "a free one, "
                           "removing a stale socket file. Connections in TIME_WAIT do not block a "
                           "new listener here "
                           "because netbench sets SO_REUSEADDR, as Node does."),
         nullptr},
        {"error:ECONNRESET", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Connection reset by peer: the peer aborted the connection with an RST."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "An RST arrived: the peer's kernel declared the connection dead, and data in "
                 "flight is "
                 "lost. Unlike a FIN ('end'), this is abortive. Usual causes: the peer called "
                 "resetAndDestroy() or set SO_LINGER 0; the peer closed its socket while unread "
                 "data was "
                 "still in its receive buffer; we sent data to a connection the peer had already "
                 "closed; "
                 "the peer process crashed or its host rebooted; a middlebox killed the "
                 "connection. Try: "
                 "treat it as 'the peer went away' and reconnect if needed; if you control the "
                 "peer, make "
                 "it read everything and end() instead of closing abruptly."),
         nullptr},
        {"error:EPIPE", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Broken pipe: we wrote to a connection whose other end is already closed."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A write failed because the connection can no longer carry data: the "
                           "peer has closed "
                           "(its FIN came, then its kernel answered our data with an RST), or our "
                           "own side was "
                           "shut down. On Linux, when the peer has ended and then resets, the "
                           "write reports EPIPE; "
                           "when the reset comes while both sides were open, it is ECONNRESET. The "
                           "bytes were not "
                           "delivered. Usual cause: writing after the peer's 'end' with "
                           "allowHalfOpen, or writing to "
                           "a peer that destroyed its socket. Try: stop writing when 'end' comes "
                           "unless the peer "
                           "really keeps reading (a half-close by end(), not a close)."),
         nullptr},
        {"error:ETIMEDOUT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Timed out: the peer's host did not answer (connect, retransmissions or "
                           "keep-alive)."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel gave up waiting: the SYN of connect() was never answered, "
                           "or sent data was "
                           "never acknowledged after many retransmissions, or keep-alive probes "
                           "went unanswered. "
                           "The peer is unreachable or gone without a trace, or a firewall drops "
                           "packets silently. "
                           "This is not the 'timeout' event of setTimeout(), which never fails "
                           "anything. Try: "
                           "check the address and that the host is up, look for a firewall that "
                           "drops instead of "
                           "rejecting (a rejecting one gives ECONNREFUSED)."),
         nullptr},
        {"error:ENOTFOUND", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Host not found: the name could not be resolved to an address."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The name lookup (getaddrinfo: /etc/hosts, then DNS) found no address for the "
                 "host "
                 "(EAI_NONAME or EAI_NODATA), so no connection was even attempted and no peer saw "
                 "anything. Usual causes: a typo in the host name, a name that exists only on "
                 "another "
                 "network, a missing /etc/hosts entry, no DNS. Try: 'getent hosts NAME', or "
                 "connect to "
                 "an IP address such as 127.0.0.1."),
         nullptr},
        {"error:EACCES", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Permission denied: not allowed to bind this port or use this path."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel refused the operation for lack of permission. For TCP: "
                           "binding a port below "
                           "1024 needs root or CAP_NET_BIND_SERVICE. For a Unix socket: creating "
                           "the socket file "
                           "needs write access to its folder, and connecting needs write "
                           "permission on the socket "
                           "file. Nobody else saw anything. Try: a port of 1024 or more, a folder "
                           "you own (the "
                           "temporary folder), or fix the file's permissions."),
         nullptr},
        {"error:ENOENT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "No such file or directory: the Unix socket path does not exist."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Connecting to a Unix socket whose path does not exist (no server "
                           "created it, or it was "
                           "removed when its server closed), or listening on a path whose folder "
                           "does not exist. "
                           "Try: start the listener first, check the path (it is relative to the "
                           "current folder "
                           "unless it starts with '/')."),
         nullptr},
        {"error:EMFILE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Too many open files: this process used up its file descriptors."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Every socket uses a file descriptor, and the process reached its limit "
                           "(ulimit -n, "
                           "often 1024). New sockets cannot be created and a server cannot accept: "
                           "waiting clients "
                           "stay in the backlog and may time out. Usual causes: connections that "
                           "are never closed "
                           "(a leak), or simply many clients. Try: close connections you no longer "
                           "need, check for "
                           "leaks, raise the limit with 'ulimit -n'."),
         nullptr},
        {"error:ECONNABORTED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Connection aborted: the connection died before it could be used (often "
                           "before accept)."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel aborted a connection locally, for example one that failed "
                           "while accept() "
                           "was taking it from the backlog (rare on Linux, which usually hands the "
                           "connection over "
                           "and reports ECONNRESET on its first read instead). The server goes on "
                           "accepting. Try: "
                           "nothing on the server side; look at why the client gave up."),
         nullptr},
        {"error:EHOSTUNREACH", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Host unreachable: no route to that host."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The packets could not be delivered to the host: no route, or a router "
                           "or the host "
                           "answered 'host unreachable' (ICMP), or the host did not answer ARP on "
                           "the local network. "
                           "The peer saw nothing. Try: check the address, that the host is up and "
                           "on a network you "
                           "can reach."),
         nullptr},
        {"error:ENETUNREACH", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Network unreachable: no route to that network."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "This machine has no route to the destination network: no default gateway, the "
                 "interface is down, or an IPv6 address without IPv6 connectivity. Nothing was "
                 "sent. "
                 "Try: check the address family (IPv4 or IPv6) and the machine's network "
                 "configuration."),
         nullptr},
        {"error:EADDRNOTAVAIL", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Address not available: this machine does not have that local address "
                           "(or ran out of ports)."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Binding asked for an IP address that no interface of this machine has "
                           "(a listener on "
                           "another machine's address, or a localAddress that is not local), or "
                           "connect() found no "
                           "free local port for this destination. Try: listen on 127.0.0.1, ::1, "
                           "0.0.0.0 or an "
                           "address 'ip addr' shows; with many short connections, let TIME_WAIT "
                           "ones expire."),
         nullptr},
        {"error:EAFNOSUPPORT", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Address family not supported (for example IPv6 disabled on this machine)."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel cannot create or use a socket of that address family, "
                           "usually because IPv6 "
                           "is disabled. Try the IPv4 address instead."),
         nullptr},
        {"error:EAGAIN", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Resource temporarily unavailable: try again later."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A non-blocking operation could not proceed now. netbench normally "
                           "waits and retries "
                           "itself; when reported, a kernel resource was short (for a Unix socket "
                           "connect: the "
                           "listener's backlog is full)."),
         nullptr},
        {"error:EALREADY", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A connection attempt is already in progress on this socket."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "connect() was called again while the first attempt had not finished. "
                           "Wait for 'connect' "
                           "or 'error' before connecting again."),
         nullptr},
        {"error:EBADF", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Bad file descriptor: the descriptor is not open."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "An operation used a descriptor that is closed or was never valid, for example "
                 "listen({fd}) with a number that is not open. Check the descriptor passed in."),
         nullptr},
        {"error:EINVAL", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Invalid argument: the kernel rejected a parameter of the call."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel found an argument invalid for the socket's state or type, "
                           "such as listening "
                           "on a socket that is already connected or a bad option value. Look at "
                           "the syscall named "
                           "in the error."),
         nullptr},
        {"error:EISCONN", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The socket is already connected."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "connect() on a socket that already has a connection. Use a new socket for a new "
                 "connection."),
         nullptr},
        {"error:ENFILE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Too many open files in the whole system."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The system-wide limit of open files was reached (fs.file-max), not only this "
                 "process's. "
                 "Other programs are affected too. Close connections or raise the system limit."),
         nullptr},
        {"error:ENAMETOOLONG", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Name too long: the Unix socket path exceeds the limit (107 bytes on Linux)."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A Unix socket address holds at most 107 bytes of path on Linux (sun_path). Use a "
                 "shorter path, for example in /tmp or relative to the current folder."),
         nullptr},
        {"error:ENETDOWN", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Network is down: the interface in use is down."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The network interface needed for this connection is down. Check the "
                           "interface and "
                           "connectivity."),
         nullptr},
        {"error:ENOBUFS", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "No buffer space available: the kernel is short of memory for sockets."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The kernel could not allocate buffers for the operation, usually under heavy "
                 "load or "
                 "with very many sockets. Reduce the number of connections or buffer sizes."),
         nullptr},
        {"error:ENOMEM", nullptr, QT_TRANSLATE_NOOP("gui::Explanations", "Not enough memory."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel or the process ran out of memory for this operation. Reduce "
                           "the load or the "
                           "amount of queued data (watch bufferSize)."),
         nullptr},
        {"error:ENOTCONN", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The socket is not connected."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "An operation that needs a connection (reading the peer's address, shutdown) was "
                 "made on "
                 "a socket that is not, or no longer, connected, for example after a reset."),
         nullptr},
        {"error:ENOTSOCK", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Not a socket: the descriptor refers to something else."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A descriptor given to netbench (listen({fd})) is a file or pipe, not a socket."),
         nullptr},
        {"error:ENOTSUP", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Operation not supported on this socket."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The socket type does not support the operation (for example an option "
                           "that only TCP "
                           "has, used on a Unix socket)."),
         nullptr},
        {"error:EPERM", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Operation not permitted: needs privileges, or a firewall refused it."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel refused the operation: it needs privileges this process "
                           "lacks, or a local "
                           "firewall rule (netfilter) rejected the packet. Check firewall rules "
                           "and privileges."),
         nullptr},
        {"error:EPROTO", nullptr, QT_TRANSLATE_NOOP("gui::Explanations", "Protocol error."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The kernel met a protocol error, for example a connection that failed "
                           "while it was "
                           "being accepted. Usually transient; the server keeps accepting."),
         nullptr},
        {"error:EPROTONOSUPPORT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Protocol not supported."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The kernel does not support the protocol asked for in this address family."),
         nullptr},
        {"error:ENOTDIR", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Not a directory: a part of the Unix socket path is not a folder."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A component of the socket path that should be a folder is a file. "
                           "Check the path."),
         nullptr},
        {"error:EROFS", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Read-only file system: the socket file cannot be created there."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Listening on a Unix socket creates a file; the folder is on a "
                           "read-only file system. "
                           "Use a path in a writable folder such as /tmp."),
         nullptr},
        // errnos of files and pipes (a script's fs calls, standard output, files written)
        {"error:ENOSPC", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "No space left on device: the disk (or a quota) is full."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A write to a file failed because its file system has no room left. "
                           "Nothing about the "
                           "network: free some space or write elsewhere."),
         nullptr},
        {"error:EIO", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Input/output error: the device failed."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A low-level read or write failed (a failing disk, a terminal that went "
                           "away). Check the "
                           "device or file that was being used."),
         nullptr},
        {"error:EFBIG", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "File too large: past the size the file system or a limit allows."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A write would make a file larger than allowed (the file system's maximum, or "
                 "'ulimit -f'). Write less or raise the limit."),
         nullptr},
        // An Error without a code: the one a program passed to destroy(error).
        {"error:", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "An error the program passed to destroy(error); the peer saw only a FIN."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "destroy(error) closes the socket like destroy() and emits this error "
                           "locally, followed "
                           "by 'close' with hadError true. Nothing of the error travels to the "
                           "peer: it sees a "
                           "normal FIN ('end'), or an RST only if unread data was waiting on our "
                           "side. To make the "
                           "peer see a failure, use resetAndDestroy()."),
         "#socketdestroyerror"},
        // resolver failures (getaddrinfo), named as Node names them
        {"error:EAI_AGAIN", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Temporary name resolution failure: DNS did not answer in time."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The resolver could not get an answer now (DNS server unreachable or "
                           "slow, no network). "
                           "No connection was attempted. Try again later, check the DNS "
                           "configuration, or use an "
                           "IP address."),
         nullptr},
        {"error:EAI_FAIL", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Name resolution failed permanently."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The DNS server reported a non-recoverable failure for this name. Use "
                           "an IP address or "
                           "check the DNS configuration."),
         nullptr},
        {"error:EAI_FAMILY", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The address family asked for is not supported by the resolver."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The lookup asked for a family (4 or 6) the resolver does not support. "
                           "Use family 0, 4 "
                           "or 6."),
         nullptr},
        {"error:EAI_MEMORY", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The resolver ran out of memory."),
         QT_TRANSLATE_NOOP("gui::Explanations", "getaddrinfo could not allocate memory. Retry."),
         nullptr},
        {"error:EAI_SERVICE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The service (port) is not supported for this socket type."),
         QT_TRANSLATE_NOOP("gui::Explanations", "The resolver rejected the port or service name."),
         nullptr},
        {"error:EAI_SOCKTYPE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The socket type is not supported by the resolver."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The resolver does not support the socket type asked for."),
         nullptr},

        // ---- Node's ERR_* codes (errorcodes.def)
        {"error:ERR_SOCKET_BAD_PORT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The port is not a whole number from 0 to 65535."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The call was refused before anything reached the kernel: a TCP port "
                           "must be an integer "
                           ">= 0 and < 65536 (0 means: let the kernel choose, for listen()). "
                           "Nothing was sent; no "
                           "peer saw anything. Check the port you typed or computed; strings like "
                           "'80' are fine, "
                           "'80.5', -1 or 70000 are not."),
         nullptr},
        {"error:ERR_SERVER_ALREADY_LISTEN", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "listen() was called on a server that is already listening."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A server listens on one address. Call close() first, or create another "
                           "server for a "
                           "second address."),
         nullptr},
        {"error:ERR_SERVER_NOT_RUNNING", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "close() was called on a server that is not listening."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The server was never listening or is already closed, so there is "
                           "nothing to close. "
                           "The close callback receives this error; nothing else happens."),
         nullptr},
        {"error:ERR_STREAM_WRITE_AFTER_END", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "write() after end(): our side has already sent FIN."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "end() was called earlier, so the writable side is finished (a FIN is sent or "
                 "about to "
                 "be) and TCP cannot send data after a FIN. The bytes are not sent; the peer sees "
                 "nothing of them. Usual cause: an end() in one place and a late write() in "
                 "another (a "
                 "timer, a 'data' handler). Try: write everything before end(), or pass the last "
                 "bytes "
                 "to end(data)."),
         nullptr},
        {"error:ERR_STREAM_DESTROYED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The socket was already destroyed; the call cannot do anything."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A write() (or another call) was made on a socket that is destroyed: after "
                 "destroy(), "
                 "an error, or the close that follows the peer's end. The data is not sent. Try: "
                 "stop "
                 "using a socket after its 'close', and check socket.destroyed or writable before "
                 "writing from timers."),
         nullptr},
        {"error:ERR_SOCKET_CLOSED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The socket is closed: the operation needs an open socket."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The call needed an open socket, but it is closed. resetAndDestroy() on a socket "
                 "without a connection reports this too. Nothing was sent."),
         nullptr},
        {"error:ERR_SOCKET_CLOSED_BEFORE_CONNECTION", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The socket was closed before its connection was established."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "write() was called while connecting, and the socket was destroyed before the "
                 "connection came up, so the queued data could never be sent."),
         nullptr},
        {"error:ERR_INVALID_ARG_TYPE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "An argument has the wrong type."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The call was refused at once because an argument was not of the type expected (a "
                 "string where a number is needed, ...). Nothing reached the kernel."),
         nullptr},
        {"error:ERR_INVALID_ARG_VALUE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "An argument has a value that is not allowed."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The call was refused at once because an argument's value is invalid. "
                           "The message names "
                           "the argument. Nothing reached the kernel."),
         nullptr},
        {"error:ERR_INVALID_FD_TYPE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The file descriptor is not of a usable type."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A descriptor passed in (listen({fd})) is not a stream socket netbench can use."),
         nullptr},
        {"error:ERR_INVALID_IP_ADDRESS", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The text is not a valid IP address."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "An option that needs a literal IP address (such as localAddress) got "
                           "something else. "
                           "Use a form like 127.0.0.1 or ::1."),
         nullptr},
        {"error:ERR_MISSING_ARGS", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "A required argument is missing."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The call needs an argument that was not given (for connect: a port or a path)."),
         nullptr},
        {"error:ERR_OUT_OF_RANGE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "A number is outside the allowed range."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The message says which value and which range. The call was refused at once."),
         nullptr},
        {"error:ERR_UNKNOWN_ENCODING", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The encoding name is not known."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Use one of Node's encodings: utf8, utf16le, latin1, ascii, base64, "
                           "base64url, hex."),
         nullptr},
        {"error:ERR_SOCKET_CONNECTION_TIMEOUT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "No address of the host could be connected to in time."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "With several addresses for a host (IPv6 and IPv4), each attempt got a "
                           "limited time and "
                           "none succeeded. Check that the server is reachable on at least one of "
                           "the addresses."),
         nullptr},
        {"error:ERR_INVALID_STATE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The object is not in a state that allows this call."),
         QT_TRANSLATE_NOOP("gui::Explanations", "The message says which state was wrong."),
         nullptr},
        {"error:ERR_STREAM_NULL_VALUES", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "write(null) is not allowed on a byte stream."),
         QT_TRANSLATE_NOOP("gui::Explanations", "Pass a string or a Buffer to write()."), nullptr},
        {"error:ERR_STREAM_ALREADY_FINISHED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "end() was called again after the stream had finished."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The writable side has already finished; a second end() with a callback "
                           "reports this. "
                           "Call end() once."),
         nullptr},
        {"error:ERR_UNHANDLED_ERROR", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "An 'error' was emitted and nobody listened for it."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "In a script, an 'error' event without a listener ends the program. Add "
                           "socket.on('error', ...) to handle it."),
         nullptr},
        {"error:ERR_INVALID_THIS", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A method was called on an object of the wrong type."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A script called a method with a 'this' it does not belong to."),
         nullptr},
        {"error:ERR_INVALID_RETURN_VALUE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "A callback returned a value of the wrong type."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The message names the function and what it should return (for example "
                           "a custom lookup)."),
         nullptr},
        {"error:ERR_BUFFER_OUT_OF_BOUNDS", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "A Buffer was read or written outside its bounds."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "An offset or length in a script's Buffer call is outside the buffer."),
         nullptr},
        {"error:ERR_INVALID_BUFFER_SIZE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The Buffer's size is not a multiple of what the operation needs."),
         QT_TRANSLATE_NOOP("gui::Explanations", "For example swap16() needs an even length."),
         nullptr},
        {"error:ERR_FALSY_VALUE_REJECTION", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "A promise was rejected with a falsy value."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "util.callbackify() turns a rejection with null, 0 or '' into this error."),
         nullptr},
        {"error:ERR_UNHANDLED_REJECTION", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "A promise was rejected and nothing handled it."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Add .catch() or try/await around the promise in the script."),
         nullptr},
        {"error:ERR_ASSERTION", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "An assert() in the script failed."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The script checked something that turned out false; the message says what."),
         nullptr},
        {"error:ERR_AMBIGUOUS_ARGUMENT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "An argument is ambiguous."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Used by assert.throws() when its message argument looks like the "
                           "expected error."),
         nullptr},
        {"error:ERR_METHOD_NOT_IMPLEMENTED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A method that must be provided was not implemented."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A script's stream subclass lacks a required method such as _read or _write."),
         nullptr},
        {"error:ERR_NOT_SUPPORTED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "netbench does not support this feature of Node."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The script used a part of Node's API that netbench does not implement; "
                           "the message "
                           "names it. The same script may run under node itself."),
         nullptr},
        {"error:ERR_INVALID_HANDLE_TYPE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "This kind of socket cannot do that (for example reset a Unix socket)."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "resetAndDestroy() needs a TCP socket: only TCP has an RST. On a Unix socket use "
                 "destroy() instead."),
         nullptr},
        {"error:ERR_ENCODING_NOT_SUPPORTED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "TextDecoder does not support this encoding."),
         QT_TRANSLATE_NOOP("gui::Explanations", "Use utf-8, utf-16le or latin1."), nullptr},
        {"error:ERR_ENCODING_INVALID_ENCODED_DATA", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "TextDecoder with fatal: true met bytes that are not valid in its encoding."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A script decoded bytes with new TextDecoder(encoding, { fatal: true }) and they "
                 "were "
                 "not valid (for example a broken UTF-8 sequence). Without fatal they would become "
                 "U+FFFD instead. Remember that a chunk may end in the middle of a character: "
                 "decode "
                 "with { stream: true } across chunks."),
         nullptr},
        {"error:ERR_INVALID_ADDRESS_FAMILY", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The address family is not IPv4 or IPv6."),
         QT_TRANSLATE_NOOP("gui::Explanations", "family must be 4 or 6 (or 0 for either)."),
         nullptr},
        {"error:ERR_ACCESS_DENIED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Access to a resource was refused."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "A script tried to load a file it may not read; the message says which."),
         nullptr},
        {"error:ERR_FS_FILE_TOO_LARGE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "The file is too large to be read whole."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A file a script reads or requires is larger than the limit."),
         nullptr},
        {"error:ERR_MEMORY_ALLOCATION_FAILED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Memory could not be allocated."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The script runtime ran out of memory, often from data queued without "
                           "backpressure. "
                           "The script's sockets and servers are closed."),
         nullptr},

        // ---- states (socket.readyState, and the endpoint tree's own)
        {"state:opening", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Connecting: connect() was called and has not finished."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The socket is looking up the host or waiting for the handshake to complete. "
                 "Writes are "
                 "queued until 'connect'. It ends with 'connect' (open) or 'error' (closed)."),
         "#socketreadystate"},
        {"state:open", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Open: readable and writable; data can flow both ways."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Connected and neither side has ended. Both ends can write and read."),
         "#socketreadystate"},
        {"state:readOnly", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Half-closed, readOnly: we called end() (sent FIN); the peer may still send."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Our writable side is finished: end() sent a FIN after the queued data, "
                           "and the peer got "
                           "'end'. We can still receive until the peer ends too; then the socket "
                           "closes. Writing now "
                           "fails with ERR_STREAM_WRITE_AFTER_END. TCP calls this a half-close; "
                           "Node names the "
                           "option that allows it allowHalfOpen (in TCP's own words a half-open "
                           "connection is one "
                           "whose other side vanished without a FIN or an RST, which only a write "
                           "or keep-alive "
                           "reveals)."),
         "#socketreadystate"},
        {"state:writeOnly", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Half-closed, writeOnly: the peer sent FIN ('end'); we may still write "
                           "(allowHalfOpen)."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The peer has ended its side: its FIN arrived and nothing more will be read. With "
                 "allowHalfOpen we can still write (the peer reads it if it only half-closed) and "
                 "must "
                 "call end() ourselves to finish. If the peer had closed its socket completely, a "
                 "write "
                 "now makes its kernel answer with RST and we get EPIPE."),
         "#socketreadystate"},
        {"state:closed", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Closed: neither readable nor writable."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Both directions are finished (both FINs were exchanged), or the socket "
                           "was destroyed or "
                           "failed. Nothing more can be sent or received on it."),
         "#socketreadystate"},
        {"state:error", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Failed: an error ended this endpoint; select its error row for the reason."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The endpoint ended with an error (shown in its tooltip). A socket is "
                           "closed after an "
                           "error; a server whose listen() failed is not listening. Select the "
                           "'error' row in the "
                           "event stream to see what the code means."),
         "#event-error_1"},
        {"state:listening", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Listening: the server accepts connections."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The server is bound and in the LISTEN state. Each client that connects "
                           "appears under it "
                           "as a connection of its own."),
         "#serverlistening"},
        {"state:new", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "New: created, nothing started yet."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The endpoint exists but has not been asked to listen or connect yet."),
         "#new-netsocketoptions"},

        // ---- what write() returned (the write record carries it)
        {"write:true", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "write() returned true: below the high-water mark, keep writing."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The bytes went to the kernel or joined a queue that is still shorter than the "
                 "high-water mark. It says nothing about the peer having received them."),
         "#socketwritedata-encoding-callback"},
        {"write:false", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "write() returned false: the queue reached the high-water mark; wait "
                           "for 'drain'."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The data was still accepted and will be sent, but netbench's queue (bufferSize) "
                 "is at "
                 "or above the high-water mark because the kernel's send buffer is full: the peer "
                 "reads "
                 "more slowly than we write, or not at all (paused). A writer that respects "
                 "backpressure stops now and writes again on 'drain'; one that goes on makes the "
                 "queue, "
                 "and memory, grow without bound. Look at the peer: its Unread grows, and our "
                 "Unsent."),
         "#event-drain"},

        // ---- the kernel's TCP states (tcpi_state), as the inspector names them
        {"tcp:ESTABLISHED", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "Connected; neither side has sent FIN."),
         QT_TRANSLATE_NOOP("gui::Explanations", "The normal state of an open connection."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:SYN_SENT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Connecting: our SYN is sent, waiting for the server's SYN-ACK."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "An RST in answer gives ECONNREFUSED; no answer at all gives ETIMEDOUT after the "
                 "retries."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:SYN_RECV", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The server side answered a SYN and waits for the final ACK."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The middle of the three-way handshake, on the accepting side."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:FIN_WAIT1", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "We sent FIN (end()); it is not acknowledged yet."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Usually brief; it lasts while queued data and the FIN wait for the peer's "
                 "acknowledgement (a peer that does not read keeps it here)."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:FIN_WAIT2", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Our FIN is acknowledged; waiting for the peer's FIN (we are readOnly)."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "A half-closed connection seen from the side that ended first: the peer "
                           "may still send "
                           "data until it calls end()."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:TIME_WAIT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Both FINs exchanged; the side that closed first waits (60 s on Linux) "
                           "for stray packets."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Kept by the kernel after the program has closed, so that late segments of this "
                 "connection are not taken for a new one with the same ports."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:CLOSE", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Closed: no connection (after a reset, or not connected)."),
         QT_TRANSLATE_NOOP("gui::Explanations", "The socket has no connection any more."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:CLOSE_WAIT", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The peer sent FIN; we have not ended yet (we are writeOnly)."),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The peer's 'end' arrived. With allowHalfOpen the connection stays here until "
                 "end() is "
                 "called; many sockets stuck in CLOSE_WAIT mean a program that never closes."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:LAST_ACK", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The peer ended first, we sent our FIN and wait for its acknowledgement."),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The last step of closing on the side that ended second."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:LISTEN", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "A listening socket: accepts connections."),
         QT_TRANSLATE_NOOP("gui::Explanations", "The state of a server's socket after listen()."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"tcp:CLOSING", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Both sides sent FIN at the same time; waiting for the acknowledgement."),
         QT_TRANSLATE_NOOP("gui::Explanations", "A simultaneous close; it passes to TIME_WAIT."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},

        // ---- inspector values: server
        {"field:serverAddressValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "server.address(): where the listener is bound"),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "The address and port the kernel bound (the chosen port when listening on port "
                 "0), or "
                 "the Unix socket path. 0.0.0.0 or :: means every interface of this machine."),
         "#serveraddress"},
        {"field:listeningValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "server.listening: whether it accepts connections"),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "True from 'listening' until close(). Clients connecting while it is false get "
                 "ECONNREFUSED."),
         "#serverlistening"},
        {"field:connectionsValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "server.getConnections(): accepted connections still open"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "How many accepted sockets of this server are not closed yet."),
         "#servergetconnectionscallback"},
        {"field:maxConnectionsValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "server.maxConnections: connections past it are dropped"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "When this many connections are open, new ones are accepted and closed "
                           "at once ('drop')."),
         "#servermaxconnections"},
        {"field:serverReferencedValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "ref()/unref(): whether the listener keeps the event loop alive"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "An unref'd server does not keep a script running; in the window it "
                           "changes nothing "
                           "visible."),
         "#serverunref"},
        // socket
        {"field:localAddressValue", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "socket.localAddress, localPort, localFamily: this end of the connection"),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "This end's address and port. A client gets an ephemeral port chosen by the "
                 "kernel; an "
                 "accepted socket has the server's port. A Unix client end is usually unnamed."),
         "#socketlocaladdress"},
        {"field:remoteAddressValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.remoteAddress, remotePort, remoteFamily: the peer"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The other end's address and port, as the kernel knows it."),
         "#socketremoteaddress"},
        {"field:readyStateValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.readyState: opening, open, readOnly (we ended), writeOnly (the "
                           "peer ended) or closed"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Which directions are still usable: open (both), readOnly (we sent "
                           "FIN), writeOnly (the "
                           "peer sent FIN), closed (neither), opening (still connecting)."),
         "#socketreadystate"},
        {"field:connectingValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.connecting: connect() was called and has not finished"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "True between connect() and 'connect' (or 'error')."),
         "#socketconnecting"},
        {"field:destroyedValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.destroyed: the socket is closed and can do nothing more"),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "True once destroy() was called, an error happened or both sides ended."),
         "#socketdestroyed"},
        {"field:pausedValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.isPaused(): not reading; incoming data waits in the kernel"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "While paused, received bytes stay in the kernel (Unread grows) and "
                           "once its buffer is "
                           "full the peer is slowed down by TCP's flow control."),
         "#socketpause"},
        {"field:bytesReadValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations", "socket.bytesRead: bytes received so far"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Bytes read from the kernel and delivered as 'data'."),
         "#socketbytesread"},
        {"field:bytesWrittenValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.bytesWritten: bytes handed to the kernel so far"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Bytes written, including those still queued; handed over does not mean "
                           "received by the "
                           "peer."),
         "#socketbyteswritten"},
        {"field:bufferSizeValue", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Data written but still waiting in netbench's queue because the "
                           "kernel's send buffer is "
                           "full. When it reaches the high-water mark write() returns false; "
                           "'drain' comes when it "
                           "is empty again."),
         "#socketbuffersize"},
        {"field:timeoutValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.timeout: idle time before 'timeout' is emitted"),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Set by setTimeout(); the 'timeout' event only notifies, it does not close."),
         "#sockettimeout"},
        {"field:encodingValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "socket.setEncoding(): how received data is decoded"),
         QT_TRANSLATE_NOOP("gui::Explanations", "none means 'data' carries raw bytes."),
         "#socketsetencodingencoding"},
        // kernel (Linux: socket(7), tcp(7))
        {"field:sendBufferValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "SO_SNDBUF: size of the kernel's send buffer for this socket"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "How many bytes the kernel holds for sending (Linux doubles the value "
                           "set and may grow "
                           "it on its own). When it is full, write() starts queueing in netbench "
                           "(bufferSize)."),
         "https://man7.org/linux/man-pages/man7/socket.7.html"},
        {"field:receiveBufferValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "SO_RCVBUF: size of the kernel's receive buffer for this socket"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "How many received bytes the kernel can hold before the program reads "
                           "them; it limits "
                           "the window advertised to the peer."),
         "https://man7.org/linux/man-pages/man7/socket.7.html"},
        {"field:unsentValue", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "SIOCOUTQ: bytes in the kernel's send queue, not yet acknowledged by the peer"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "For TCP: bytes sent or waiting to be sent that the peer's kernel has "
                           "not acknowledged. "
                           "For a Unix socket: bytes not yet read by the peer. It grows when the "
                           "peer does not read."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:unreadValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "SIOCINQ: bytes received by the kernel that netbench has not read yet"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Grows while the socket is paused; when it reaches the receive buffer "
                           "the peer must stop "
                           "sending."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:tcpStateValue", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "tcpi_state: the kernel's TCP state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "ESTABLISHED: open. FIN_WAIT1/FIN_WAIT2: we sent FIN (end()), waiting "
                           "for the peer's. "
                           "CLOSE_WAIT: the peer sent FIN, we have not ended yet (writeOnly). "
                           "LAST_ACK, CLOSING, "
                           "TIME_WAIT: the last steps of closing. SYN_SENT: connecting."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:rttValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_rtt, tcpi_rttvar: smoothed round-trip time and its variation"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "How long an acknowledgement takes to come back, as the kernel "
                           "estimates it. On loopback "
                           "it is tens of microseconds."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:cwndValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_snd_cwnd: segments the kernel may have in flight before waiting "
                           "for an acknowledgement"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "The congestion window, in segments: it grows while acknowledgements "
                           "come and shrinks "
                           "on loss."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:retransmitsValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_total_retrans: segments retransmitted over the connection's life"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "How many segments had to be sent again because no acknowledgement "
                           "came. On loopback it "
                           "stays 0; growing values mean loss."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:pmtuValue", nullptr,
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "tcpi_pmtu: largest packet the path to the peer carries without fragmenting"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Bounds the segment size. Loopback has a large MTU (65536), so segments "
                           "there can be "
                           "much bigger than on Ethernet (1500)."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:kernelNoDelayValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "TCP_NODELAY as the kernel has it: Nagle's algorithm off"),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "yes: every write is sent at once. no: Nagle holds small segments while data is "
                 "unacknowledged. Set by setNoDelay()."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:kernelKeepAliveValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "SO_KEEPALIVE as the kernel has it, with the idle time before the first "
                           "probe (TCP_KEEPIDLE)"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Set by setKeepAlive(). After the idle time the kernel probes the peer; "
                           "a dead peer "
                           "ends the connection with ETIMEDOUT."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:segsOutValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_segs_out: segments sent, including pure acknowledgements"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Every TCP segment this socket sent: data, ACKs, FIN, retransmissions."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:segsInValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_segs_in: segments received, including pure acknowledgements"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Every TCP segment this socket received from the peer."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:dataSegsOutValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_data_segs_out: segments sent that carried data"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Compare with the number of write() calls: with Nagle on, many small "
                           "writes leave in "
                           "fewer data segments; with noDelay, closer to one segment per write."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:dataSegsInValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_data_segs_in: segments received that carried data"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Data segments from the peer; one segment can become part of one 'data' "
                           "event or be "
                           "merged with others."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:deliveredValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_delivered: data segments the peer acknowledged"),
         QT_TRANSLATE_NOOP(
                 "gui::Explanations",
                 "Segments known to have reached the peer's kernel (acknowledged), including "
                 "retransmitted ones."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
        {"field:lostValue", nullptr,
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "tcpi_lost: segments the kernel currently believes lost"),
         QT_TRANSLATE_NOOP("gui::Explanations",
                           "Segments in flight that are presumed lost and will be retransmitted. 0 "
                           "on a healthy "
                           "loopback."),
         "https://man7.org/linux/man-pages/man7/tcp.7.html"},
};

const QString NetDocs = u"https://nodejs.org/api/net.html"_s;

// Node's errors page has a heading per ERR_* code and one list for the common system errors.
QUrl errorLink(const QString &code)
{
    if (code == u"ERR_NOT_SUPPORTED")
        return {}; // netbench's own code
    if (code.startsWith(u"ERR_"))
        return QUrl(u"https://nodejs.org/api/errors.html#"_s + code.toLower());
    if (code.startsWith(u"EAI_"))
        return QUrl(u"https://nodejs.org/api/dns.html#dnslookuphostname-options-callback"_s);
    static const QStringList common
            = {u"EACCES"_s, u"EADDRINUSE"_s, u"ECONNREFUSED"_s, u"ECONNRESET"_s,
               u"EMFILE"_s, u"ENOENT"_s,     u"ENOTDIR"_s,      u"ENOTFOUND"_s,
               u"EPERM"_s,  u"EPIPE"_s,      u"ETIMEDOUT"_s};
    if (common.contains(code))
        return QUrl(u"https://nodejs.org/api/errors.html#common-system-errors"_s);
    return QUrl(u"https://nodejs.org/api/errors.html#class-systemerror"_s);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("gui::Explanations", text);
}

std::optional<Explanation> lookup(const QString &key, const QString &title)
{
    static const QHash<QString, const Entry *> byKey = [] {
        QHash<QString, const Entry *> hash;
        for (const Entry &entry : Table)
            hash.insert(QLatin1StringView(entry.key), &entry);
        return hash;
    }();
    const Entry *entry = byKey.value(key);
    if (!entry)
        return std::nullopt;
    Explanation e;
    e.title = entry->title ? translated(entry->title) : title;
    e.brief = translated(entry->brief);
    e.paragraph = translated(entry->paragraph);
    if (entry->link)
        e.link = QUrl(entry->link[0] == '#' ? NetDocs + QLatin1StringView(entry->link)
                                            : QString::fromLatin1(entry->link));
    return e;
}

} // namespace

std::optional<Explanation> Explanations::event(NetEvent event, netcore::EndpointKind kind)
{
    const QString name = netcore::netEventName(event);
    const bool call = netcore::isCall(event);
    const QString key = (call ? u"call:"_s : u"event:"_s) + name;
    const QString title = call ? tr("Call %1()").arg(name) : tr("Event '%1'").arg(name);
    // Where a server's event or call means something else than a socket's, it has its own row.
    if (kind == netcore::EndpointKind::Server) {
        if (std::optional<Explanation> server = lookup(key + u":server"_s, title))
            return server;
    }
    return lookup(key, title);
}

std::optional<Explanation> Explanations::error(const QString &code)
{
    std::optional<Explanation> e
            = lookup(u"error:"_s + code, code.isEmpty() ? tr("Error without a code") : code);
    if (e && !code.isEmpty())
        e->link = errorLink(code);
    return e;
}

QString Explanations::recordBrief(const trace::TraceRecord &record)
{
    QStringList lines;
    if (const std::optional<Explanation> e = event(record.event, record.kind))
        lines << e->brief;
    if (record.event == NetEvent::WriteCall && record.write.isSet()) {
        if (const std::optional<Explanation> e = writeResult(record.write.accepted == 1))
            lines << e->brief;
    }
    if (const trace::TraceError *traceError = record.error()) {
        const Explanation e = error(traceError->code).value_or(unknownError(traceError->code));
        lines << (traceError->code.isEmpty() ? e.brief : traceError->code + u": "_s + e.brief);
    }
    return lines.join(u'\n');
}

Explanation Explanations::unknownError(const QString &code)
{
    Explanation e;
    e.title = code;
    e.brief = tr("An error netbench has no explanation for.");
    e.paragraph = tr("The system call named in the error failed with this code. 'man errno' "
                     "lists the codes; the message is the system's own description.");
    e.link = errorLink(code);
    return e;
}

std::optional<Explanation> Explanations::readyState(const QString &name)
{
    return lookup(u"state:"_s + name, tr("State: %1").arg(name));
}

std::optional<Explanation> Explanations::state(EndpointTreeModel::State state)
{
    using State = EndpointTreeModel::State;
    QString name;
    switch (state) {
    case State::Connecting: name = u"opening"_s; break;
    case State::Open: name = u"open"_s; break;
    case State::ReadOnly: name = u"readOnly"_s; break;
    case State::WriteOnly: name = u"writeOnly"_s; break;
    case State::Closed: name = u"closed"_s; break;
    case State::Error: name = u"error"_s; break;
    case State::Listening: name = u"listening"_s; break;
    case State::Idle: name = u"new"_s; break;
    }
    return lookup(u"state:"_s + name, tr("State: %1").arg(EndpointTreeModel::stateName(state)));
}

std::optional<Explanation> Explanations::writeResult(bool accepted)
{
    return lookup(accepted ? u"write:true"_s : u"write:false"_s,
                  accepted ? tr("write() returned true") : tr("write() returned false"));
}

std::optional<Explanation> Explanations::tcpState(const QString &name)
{
    return lookup(u"tcp:"_s + name, name);
}

std::optional<Explanation> Explanations::field(const QString &objectName)
{
    return lookup(u"field:"_s + objectName, objectName);
}

} // namespace gui
