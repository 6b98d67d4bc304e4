<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint Send writes to; a send keeps going to the endpoint it started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the editor is read: text with escapes, hex digits, base64, or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended to the text, and used for each line break typed in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the file; bytes already queued still go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to send the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between repeats; 0 sends them back to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call end() (send FIN) after the last repeat or the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd after sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationWidget</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the text view decodes the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the conversation as the text view shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversation as text, or the raw bytes of one direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStreamWidget</name>
    <message>
        <source>Event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of one endpoint only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which events and calls are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records whose event, endpoint or summary contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: text in event, endpoint or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the time column counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since previous row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since reference row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest record in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all records shown here (and leave review mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see all of its fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a listener or a connection to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.close(): stop accepting; open connections stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the event loop alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.unref(): the listener alone does not keep the event loop alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off so small writes leave at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): the kernel probes the connection after it has been idle this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial delay of socket.setKeepAlive(); 0 keeps the system default. Applied when you tick the box or change the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity; 0 turns it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data is decoded as text; Node cannot go back to bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SND&amp;BUF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested kernel send buffer; Linux doubles the value and applies its own limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RC&amp;VBUF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested kernel receive buffer; Linux doubles the value and applies its own limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; the peer&apos;s data waits in the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.resume(): read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back; reading goes on here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroy(new Error(message)): close as Destroy does and emit &apos;error&apos; with your message here only. The peer sees a clean FIN (&apos;end&apos;), no error: to make the peer fail, use Reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy with error: &apos;error&apos; here only; the peer sees a clean FIN (&apos;end&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy with &amp;error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset (R&amp;ST)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>netbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Listener…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a server that listens on a port or a Unix socket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection to a host and port or a Unix socket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back. A server: close() stops accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only: a Unix socket has no RST and closes as with Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget closed endpoints in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a saved JSON Lines trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trace as &amp;JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same schema as netbench run --trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trace as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per event, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the listeners and clients made here, with their settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open W&amp;orkspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the listeners and clients of a saved workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder sizes, event list capacity and refresh rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Node-style net script inside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the running script (exit code 130)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the event list (the recorder keeps counting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About netbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last targets you connected to; picking one fills in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a recent target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or an IP address; names are looked up before connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which address family the name lookup may return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the socket to this IP address before connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the socket to this port before connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file system path of a listening Unix domain socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity, also while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY: send small writes at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns off Nagle&apos;s algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: the kernel probes an idle connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time before the first keep-alive probe; 0 keeps the system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data arrives as text in this encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewListenerDialog</name>
    <message>
        <source>New listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to bind: a loopback address is reachable only from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 lets the kernel pick a free (ephemeral) port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file system path of the Unix domain socket; it must not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back&amp;log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel queues before they are accepted (listen(2) backlog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node&apos;s exclusive option: the handle is not shared with cluster workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause on &amp;connect (read nothing until resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pauseOnConnect: accepted sockets start paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utomatic behaviour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each accepted connection does by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (you drive it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo (write back what arrives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard (read and drop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder (applies the next time the window starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorder&apos;s ring: past this many events the oldest are dropped and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes kept per connection and direction for the conversation view; later bytes are only counted. Off keeps none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event list (applies at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the event list shows; past this many the oldest rows leave the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often per second the window fetches new events; lower costs less CPU under a flood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: its settings are not known; Node&apos;s defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still listens on %2 in the window: close it before running the script, which listens there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write #%2 of %3 bytes: only its first %4 were kept; the script writes those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n record(s) are no longer kept (Preferences: recorder size); the calls among them are missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2() was refused in the window (%3); left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptConsoleWidget</name>
    <message>
        <source>Script file (.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments (process.argv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console.log() output of the script appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 0x0d 0x0a or de:ad:be:ef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64, e.g. aGVsbG8=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also sending to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::ConversationRenderer</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← FIN received: the peer ended its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ end() called: FIN follows the queued bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ reset: RST sent instead of FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ closed after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ write refused after end() or destroy(): %1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 in %2 steps not shown here; Save… writes everything …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: past the transcript cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 of this chunk not shown here …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: past the transcript cap]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later steps not recorded: the transcript&apos;s step limit was reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::ConversationWidget</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escaped (\xNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for this connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save conversation as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sent bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::EndpointTreeModel</name>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open (readOnly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open (writeOnly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 client → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 / out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::Engine</name>
    <message>
        <source>Endpoint %1 is not a socket, or it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 is not a server, or it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::EventPresentation</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and any record that carries an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ true (bufferSize %1 &lt; highWaterMark %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ false (bufferSize %1 ≥ highWaterMark %2: wait for &apos;drain&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ false (the socket cannot write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (IPv%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ns (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (netcore made this call itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bufferSize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highWaterMark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syscall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as hex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::EventStreamWidget</name>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as time reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;call()&lt;/i&gt; = a call made on the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;Automatic Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what netcore does by itself: the automatic end() and destroy() calls (autoDestroy, the end at the peer&apos;s FIN, the destroy after an error) and &apos;ready&apos;, which always follows &apos;connect&apos;. The counts still include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing %1: %2 records (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped (store full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost before display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic rows hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::EventTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number: the order in which netbench recorded the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened: wall clock, or the time since the previous row or the reference row (View options of the stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or socket it happened on (#id as in Endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event Node emits (&apos;data&apos;, &apos;end&apos;, ...) or a call made on the endpoint (write(), end(), ...); hover a row or see the Explain pane for its meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes, addresses, values and errors of the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::ExplainPane</name>
    <message>
        <source>Documentation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bufferSize after the call: %1 bytes; high-water mark: %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked auto: netcore made this call itself (an automatic end() after the peer&apos;s end, or the destroy() that follows), not the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the event stream to explain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the event stream, or an endpoint, to see what it means, what the peer sees and what to try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::Explanations</name>
    <message>
        <source>The server is bound and accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen() succeeded: the kernel bound the address (or the Unix socket path) and put the socket in the LISTEN state. From now on the kernel completes connection handshakes on its own and queues them (the backlog) until netbench accepts them. A client that connects now succeeds; before this event it would have got ECONNREFUSED. With port 0 the kernel chose a free port: the address shows which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted a new connection: a new socket for that client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s connection was accepted: the server got a new socket of its own for it (shown under the server), while the server itself keeps listening for more. The client saw its &apos;connect&apos; already when the kernel finished the handshake, which can be before the server accepts. Each connection is a separate socket with its own events, its own buffers and its own close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name was resolved to an address (or the lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before connecting to a host given by name, the name is resolved (getaddrinfo: /etc/hosts, then DNS). This event carries the address that will be tried, or the resolver&apos;s error (ENOTFOUND, EAI_AGAIN). Nothing has been sent to the peer yet. Connecting to an IP address or a Unix socket path needs no lookup, so there is no &apos;lookup&apos; then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is established; data can flow both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP three-way handshake completed (or the Unix socket connected): the socket is open for reading and writing. Writes made before this were queued and are sent now. The kernel of the server side completes the handshake itself, so &apos;connect&apos; does not mean the server program has accepted or read anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is ready to be used; emitted right after &apos;connect&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node emits &apos;ready&apos; immediately after &apos;connect&apos;; it exists for streams in general. Nothing new happened on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes arrived from the peer; one read of what the kernel had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One read from the kernel&apos;s receive buffer. TCP and stream Unix sockets carry a stream of bytes, not messages: one write() of the peer may arrive as several &apos;data&apos; events, and several writes may arrive as one. A protocol needs its own framing (a length prefix or a delimiter). While the socket is paused, no &apos;data&apos; is emitted and the bytes wait in the kernel (Unread in the inspector); when that fills, the peer&apos;s writes stop being accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything queued by write() has been handed to the kernel; write more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() returned false earlier because the bytes waiting in netbench (bufferSize) reached the high-water mark; now that queue is empty again. A well-behaved writer stops writing when write() returns false and continues on &apos;drain&apos; (backpressure). The bytes are in the kernel&apos;s send buffer now, which does not mean the peer has read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer sent FIN: it will send nothing more. Our reading side is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer called end() (or closed its socket): its FIN arrived after all the data it had sent. Nothing more will be read. Without allowHalfOpen the socket now ends its own side too (an automatic end()) and closes once its queued writes are sent; with allowHalfOpen it stays writable (writeOnly) until end() is called. A FIN is an orderly end, not an error; a peer that crashes or resets gives ECONNRESET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket was idle for the setTimeout() time. It is NOT closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read or written for the time given to setTimeout(). This is only a notification: the connection stays open and the peer sees nothing at all. To close idle connections, call end() or destroy() when this event comes. Keep-alive (setKeepAlive) is a different thing: kernel probes that detect a dead peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something failed; for a socket, &apos;close&apos; follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system call failed or the peer broke the connection; the error&apos;s code says which. On a socket, &apos;close&apos; (with hadError true) follows at once: the connection is gone. On a server, an error of listen() (EADDRINUSE, EACCES) leaves the server not listening, and &apos;close&apos; does not follow unless close() is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully closed: the descriptor is released; nothing more will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last event of a socket or a server. For a socket, hadError says whether an error caused it. The kernel may still be finishing the TCP shutdown (TIME_WAIT) but the program is done with it. A server emits &apos;close&apos; after close() once all its accepted connections have closed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closed: close() was called and its last connection has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() stopped the listening at once, but the server&apos;s &apos;close&apos; waits until every connection it accepted has closed too. New clients were refused from the moment of close(); existing ones were never disturbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed, usually in listen(); it is not listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most often listen() failed (EADDRINUSE, EACCES, EADDRNOTAVAIL). Unlike a socket&apos;s error, no &apos;close&apos; follows by itself: the server simply is not listening, and listen() may be called again. No client saw anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection was dropped because maxConnections was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already had maxConnections connections, so it accepted this one and closed it at once. The client saw its connection succeed and then end (or reset if it had sent data). Raise maxConnections or close idle connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.listen(): bind an address or path and start accepting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the kernel to bind the address (or Unix socket path) and listen. It succeeds with &apos;listening&apos; or fails with &apos;error&apos;: EADDRINUSE when another socket has the address, EACCES for ports below 1024 without privilege or a path in a folder you cannot write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.connect(): start a connection; &apos;connect&apos; or &apos;error&apos; follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts connecting: a name lookup if a host name was given, then a SYN to the server (or a connect on the Unix socket path). The result comes later: &apos;connect&apos;, or &apos;error&apos; with ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.write(): queue bytes to send; false means slow down and wait for &apos;drain&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands bytes to the socket. They go to the kernel&apos;s send buffer at once when it has room, otherwise they wait in netbench&apos;s queue (bufferSize). write() returns false when that queue reached the high-water mark: keep writing and memory grows; the right answer is to wait for &apos;drain&apos;. A successful write only means the kernel took the bytes, not that the peer received or read them. Writing after end() fails with ERR_STREAM_WRITE_AFTER_END; writing to a connection the peer has closed gives EPIPE or ECONNRESET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.end(): send FIN after queued data. The peer gets &apos;end&apos;; we can still read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-closes the connection: once all queued writes are sent, a FIN follows them. The peer reads everything and then gets &apos;end&apos;. Our side can still receive (readOnly) until the peer ends too, then the socket closes. This is the polite way to finish. An &apos;end()&apos; marked auto was made by netbench itself because the peer ended and allowHalfOpen is false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroy(): close now; queued data is dropped. The peer normally sees FIN (&apos;end&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the socket at once: writes still queued in netbench are discarded and the descriptor is closed. The kernel still sends what it already had, then a FIN, so the peer sees a normal &apos;end&apos;, not an error; only if unread bytes were waiting in our receive buffer does Linux send an RST instead (the peer gets ECONNRESET). If the peer writes afterwards, our kernel answers with RST and the peer&apos;s write fails with EPIPE or ECONNRESET. destroy(error) behaves the same on the wire: the error is emitted only locally, the peer still sees a clean FIN. To make the peer see a reset, use resetAndDestroy().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with an RST. The peer gets ECONNRESET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the TCP connection abortively (SO_LINGER 0): the kernel throws away what it had not sent and sends an RST instead of a FIN. The peer&apos;s next read fails with ECONNRESET and data still in flight is lost. Only TCP sockets can be reset; on a Unix socket it throws ERR_INVALID_HANDLE_TYPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; incoming bytes wait in the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more &apos;data&apos; events until resume(). Bytes keep arriving into the kernel&apos;s receive buffer (Unread in the inspector); when it is full, TCP advertises a zero window and the peer&apos;s kernel stops sending, so the peer&apos;s writes pile up in its own send buffer and then its write() returns false. This is backpressure travelling across the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.resume(): read again after pause().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading starts again: what waited in the kernel&apos;s receive buffer comes as &apos;data&apos; events, the window opens and the peer&apos;s queued bytes flow again (its &apos;drain&apos; may follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off (true) or on (false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets TCP_NODELAY. With Nagle&apos;s algorithm on, a small segment is held back while earlier data is unacknowledged, so many small writes are coalesced into fewer segments; combined with the peer&apos;s delayed ACK, a write-write-read pattern can stall for tens of milliseconds. noDelay sends each write at once. Compare the data segment counters of the inspector. Unix sockets have no Nagle at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): let the kernel probe an idle connection to detect a dead peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets SO_KEEPALIVE and the idle time before the first probe (TCP_KEEPIDLE). After that idle time the kernel sends empty probes; if the peer&apos;s host does not answer several of them, the connection fails with ETIMEDOUT. A live peer answers without its program noticing anything. This is not the idle timeout of setTimeout().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setTimeout(): emit &apos;timeout&apos; after this much idle time (0 turns it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms an inactivity timer: when nothing was read or written for that many milliseconds, &apos;timeout&apos; is emitted. It does not close the socket and sends nothing to the peer; the program decides what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setEncoding(): deliver &apos;data&apos; as decoded text instead of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received bytes are decoded (utf8, latin1, hex, base64, ...) before &apos;data&apos;. A character split across two chunks is held back until it is complete. Nothing changes on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.close(): stop accepting; existing connections stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listening socket is closed, so new clients get ECONNREFUSED (TCP) or ENOENT (a Unix socket, whose path is removed). Connections already accepted are not touched; the server&apos;s &apos;close&apos; comes when the last of them has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref(): this endpoint keeps the program running again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default. A program (a script) does not exit while a referenced server or socket is open. Nothing changes on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the program running again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default. A script does not exit while a referenced server listens. Nothing changes for clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.unref(): the listener no longer keeps the program running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script may exit while this server still listens (it is closed with the process). Nothing changes for clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unref(): this endpoint no longer keeps the program running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script may exit even though this server or socket is still open (it is then closed with the process). Nothing changes on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that address and port (or path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN reached the other host, and its kernel answered with an RST because no socket listens on that port (for a Unix socket: the path exists but nobody listens on it). The server program never saw anything. Usual causes: the server is not started yet or has stopped, a wrong port, or it listens on another address (127.0.0.1 versus ::1 when &apos;localhost&apos; resolves to IPv6, or only on another interface). Try: check the port and address of the listener (&apos;ss -ltn&apos;), connect to 127.0.0.1 explicitly, start the listener first. A firewall that rejects also gives this; one that silently drops gives ETIMEDOUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address already in use: another socket has bound this address and port (or path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen() failed because the address is taken: another program (or another listener in netbench) listens on that port, or a Unix socket file exists at the path. Clients are not affected; they reach whoever holds the address. Usual causes: a previous run still running, two listeners on the same port, a leftover socket file after a crash. Try: &apos;ss -ltnp&apos; to see who holds the port, port 0 to let the kernel choose a free one, removing a stale socket file. Connections in TIME_WAIT do not block a new listener here because netbench sets SO_REUSEADDR, as Node does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset by peer: the peer aborted the connection with an RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RST arrived: the peer&apos;s kernel declared the connection dead, and data in flight is lost. Unlike a FIN (&apos;end&apos;), this is abortive. Usual causes: the peer called resetAndDestroy() or set SO_LINGER 0; the peer closed its socket while unread data was still in its receive buffer; we sent data to a connection the peer had already closed; the peer process crashed or its host rebooted; a middlebox killed the connection. Try: treat it as &apos;the peer went away&apos; and reconnect if needed; if you control the peer, make it read everything and end() instead of closing abruptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken pipe: we wrote to a connection whose other end is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write failed because the connection can no longer carry data: the peer has closed (its FIN came, then its kernel answered our data with an RST), or our own side was shut down. On Linux, when the peer has ended and then resets, the write reports EPIPE; when the reset comes while both sides were open, it is ECONNRESET. The bytes were not delivered. Usual cause: writing after the peer&apos;s &apos;end&apos; with allowHalfOpen, or writing to a peer that destroyed its socket. Try: stop writing when &apos;end&apos; comes unless the peer really keeps reading (a half-close by end(), not a close).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: the peer&apos;s host did not answer (connect, retransmissions or keep-alive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel gave up waiting: the SYN of connect() was never answered, or sent data was never acknowledged after many retransmissions, or keep-alive probes went unanswered. The peer is unreachable or gone without a trace, or a firewall drops packets silently. This is not the &apos;timeout&apos; event of setTimeout(), which never fails anything. Try: check the address and that the host is up, look for a firewall that drops instead of rejecting (a rejecting one gives ECONNREFUSED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: the name could not be resolved to an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name lookup (getaddrinfo: /etc/hosts, then DNS) found no address for the host (EAI_NONAME or EAI_NODATA), so no connection was even attempted and no peer saw anything. Usual causes: a typo in the host name, a name that exists only on another network, a missing /etc/hosts entry, no DNS. Try: &apos;getent hosts NAME&apos;, or connect to an IP address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: not allowed to bind this port or use this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused the operation for lack of permission. For TCP: binding a port below 1024 needs root or CAP_NET_BIND_SERVICE. For a Unix socket: creating the socket file needs write access to its folder, and connecting needs write permission on the socket file. Nobody else saw anything. Try: a port of 1024 or more, a folder you own (the temporary folder), or fix the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or directory: the Unix socket path does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to a Unix socket whose path does not exist (no server created it, or it was removed when its server closed), or listening on a path whose folder does not exist. Try: start the listener first, check the path (it is relative to the current folder unless it starts with &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open files: this process used up its file descriptors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every socket uses a file descriptor, and the process reached its limit (ulimit -n, often 1024). New sockets cannot be created and a server cannot accept: waiting clients stay in the backlog and may time out. Usual causes: connections that are never closed (a leak), or simply many clients. Try: close connections you no longer need, check for leaks, raise the limit with &apos;ulimit -n&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection aborted: the connection died before it could be used (often before accept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel aborted a connection locally, for example one that failed while accept() was taking it from the backlog (rare on Linux, which usually hands the connection over and reports ECONNRESET on its first read instead). The server goes on accepting. Try: nothing on the server side; look at why the client gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable: no route to that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packets could not be delivered to the host: no route, or a router or the host answered &apos;host unreachable&apos; (ICMP), or the host did not answer ARP on the local network. The peer saw nothing. Try: check the address, that the host is up and on a network you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network unreachable: no route to that network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no route to the destination network: no default gateway, the interface is down, or an IPv6 address without IPv6 connectivity. Nothing was sent. Try: check the address family (IPv4 or IPv6) and the machine&apos;s network configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not available: this machine does not have that local address (or ran out of ports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding asked for an IP address that no interface of this machine has (a listener on another machine&apos;s address, or a localAddress that is not local), or connect() found no free local port for this destination. Try: listen on 127.0.0.1, ::1, 0.0.0.0 or an address &apos;ip addr&apos; shows; with many short connections, let TIME_WAIT ones expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address family not supported (for example IPv6 disabled on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel cannot create or use a socket of that address family, usually because IPv6 is disabled. Try the IPv4 address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource temporarily unavailable: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-blocking operation could not proceed now. netbench normally waits and retries itself; when reported, a kernel resource was short (for a Unix socket connect: the listener&apos;s backlog is full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection attempt is already in progress on this socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() was called again while the first attempt had not finished. Wait for &apos;connect&apos; or &apos;error&apos; before connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad file descriptor: the descriptor is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation used a descriptor that is closed or was never valid, for example listen({fd}) with a number that is not open. Check the descriptor passed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid argument: the kernel rejected a parameter of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel found an argument invalid for the socket&apos;s state or type, such as listening on a socket that is already connected or a bad option value. Look at the syscall named in the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() on a socket that already has a connection. Use a new socket for a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open files in the whole system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system-wide limit of open files was reached (fs.file-max), not only this process&apos;s. Other programs are affected too. Close connections or raise the system limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name too long: the Unix socket path exceeds the limit (107 bytes on Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Unix socket address holds at most 107 bytes of path on Linux (sun_path). Use a shorter path, for example in /tmp or relative to the current folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network is down: the interface in use is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface needed for this connection is down. Check the interface and connectivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buffer space available: the kernel is short of memory for sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel could not allocate buffers for the operation, usually under heavy load or with very many sockets. Reduce the number of connections or buffer sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel or the process ran out of memory for this operation. Reduce the load or the amount of queued data (watch bufferSize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation that needs a connection (reading the peer&apos;s address, shutdown) was made on a socket that is not, or no longer, connected, for example after a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a socket: the descriptor refers to something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A descriptor given to netbench (listen({fd})) is a file or pipe, not a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not supported on this socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket type does not support the operation (for example an option that only TCP has, used on a Unix socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not permitted: needs privileges, or a firewall refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused the operation: it needs privileges this process lacks, or a local firewall rule (netfilter) rejected the packet. Check firewall rules and privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel met a protocol error, for example a connection that failed while it was being accepted. Usually transient; the server keeps accepting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel does not support the protocol asked for in this address family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a directory: a part of the Unix socket path is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component of the socket path that should be a folder is a file. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only file system: the socket file cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on a Unix socket creates a file; the folder is on a read-only file system. Use a path in a writable folder such as /tmp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left on device: the disk (or a quota) is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write to a file failed because its file system has no room left. Nothing about the network: free some space or write elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input/output error: the device failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low-level read or write failed (a failing disk, a terminal that went away). Check the device or file that was being used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large: past the size the file system or a limit allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write would make a file larger than allowed (the file system&apos;s maximum, or &apos;ulimit -f&apos;). Write less or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error the program passed to destroy(error); the peer saw only a FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy(error) closes the socket like destroy() and emits this error locally, followed by &apos;close&apos; with hadError true. Nothing of the error travels to the peer: it sees a normal FIN (&apos;end&apos;), or an RST only if unread data was waiting on our side. To make the peer see a failure, use resetAndDestroy().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary name resolution failure: DNS did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver could not get an answer now (DNS server unreachable or slow, no network). No connection was attempted. Try again later, check the DNS configuration, or use an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution failed permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server reported a non-recoverable failure for this name. Use an IP address or check the DNS configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address family asked for is not supported by the resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup asked for a family (4 or 6) the resolver does not support. Use family 0, 4 or 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getaddrinfo could not allocate memory. Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service (port) is not supported for this socket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver rejected the port or service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket type is not supported by the resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver does not support the socket type asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is not a whole number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused before anything reached the kernel: a TCP port must be an integer &gt;= 0 and &lt; 65536 (0 means: let the kernel choose, for listen()). Nothing was sent; no peer saw anything. Check the port you typed or computed; strings like &apos;80&apos; are fine, &apos;80.5&apos;, -1 or 70000 are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen() was called on a server that is already listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server listens on one address. Call close() first, or create another server for a second address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() was called on a server that is not listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was never listening or is already closed, so there is nothing to close. The close callback receives this error; nothing else happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() after end(): our side has already sent FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end() was called earlier, so the writable side is finished (a FIN is sent or about to be) and TCP cannot send data after a FIN. The bytes are not sent; the peer sees nothing of them. Usual cause: an end() in one place and a late write() in another (a timer, a &apos;data&apos; handler). Try: write everything before end(), or pass the last bytes to end(data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket was already destroyed; the call cannot do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write() (or another call) was made on a socket that is destroyed: after destroy(), an error, or the close that follows the peer&apos;s end. The data is not sent. Try: stop using a socket after its &apos;close&apos;, and check socket.destroyed or writable before writing from timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is closed: the operation needs an open socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call needed an open socket, but it is closed. resetAndDestroy() on a socket without a connection reports this too. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket was closed before its connection was established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() was called while connecting, and the socket was destroyed before the connection came up, so the queued data could never be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused at once because an argument was not of the type expected (a string where a number is needed, ...). Nothing reached the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument has a value that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused at once because an argument&apos;s value is invalid. The message names the argument. Nothing reached the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file descriptor is not of a usable type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A descriptor passed in (listen({fd})) is not a stream socket netbench can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a valid IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option that needs a literal IP address (such as localAddress) got something else. Use a form like 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required argument is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call needs an argument that was not given (for connect: a port or a path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says which value and which range. The call was refused at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding name is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of Node&apos;s encodings: utf8, utf16le, latin1, ascii, base64, base64url, hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address of the host could be connected to in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several addresses for a host (IPv6 and IPv4), each attempt got a limited time and none succeeded. Check that the server is reachable on at least one of the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is not in a state that allows this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says which state was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write(null) is not allowed on a byte stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass a string or a Buffer to write().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end() was called again after the stream had finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writable side has already finished; a second end() with a callback reports this. Call end() once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &apos;error&apos; was emitted and nobody listened for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a script, an &apos;error&apos; event without a listener ends the program. Add socket.on(&apos;error&apos;, ...) to handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A method was called on an object of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script called a method with a &apos;this&apos; it does not belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback returned a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names the function and what it should return (for example a custom lookup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Buffer was read or written outside its bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offset or length in a script&apos;s Buffer call is outside the buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Buffer&apos;s size is not a multiple of what the operation needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example swap16() needs an even length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise was rejected with a falsy value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>util.callbackify() turns a rejection with null, 0 or &apos;&apos; into this error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add .catch() or try/await around the promise in the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assert() in the script failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script checked something that turned out false; the message says what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument is ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by assert.throws() when its message argument looks like the expected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A method that must be provided was not implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script&apos;s stream subclass lacks a required method such as _read or _write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netbench does not support this feature of Node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script used a part of Node&apos;s API that netbench does not implement; the message names it. The same script may run under node itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of socket cannot do that (for example reset a Unix socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resetAndDestroy() needs a TCP socket: only TCP has an RST. On a Unix socket use destroy() instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TextDecoder does not support this encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use utf-8, utf-16le or latin1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TextDecoder with fatal: true met bytes that are not valid in its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script decoded bytes with new TextDecoder(encoding, { fatal: true }) and they were not valid (for example a broken UTF-8 sequence). Without fatal they would become U+FFFD instead. Remember that a chunk may end in the middle of a character: decode with { stream: true } across chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address family is not IPv4 or IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family must be 4 or 6 (or 0 for either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to a resource was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script tried to load a file it may not read; the message says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be read whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file a script reads or requires is larger than the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory could not be allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script runtime ran out of memory, often from data queued without backpressure. The script&apos;s sockets and servers are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting: connect() was called and has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is looking up the host or waiting for the handshake to complete. Writes are queued until &apos;connect&apos;. It ends with &apos;connect&apos; (open) or &apos;error&apos; (closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: readable and writable; data can flow both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected and neither side has ended. Both ends can write and read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-closed, readOnly: we called end() (sent FIN); the peer may still send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our writable side is finished: end() sent a FIN after the queued data, and the peer got &apos;end&apos;. We can still receive until the peer ends too; then the socket closes. Writing now fails with ERR_STREAM_WRITE_AFTER_END. TCP calls this a half-close; Node names the option that allows it allowHalfOpen (in TCP&apos;s own words a half-open connection is one whose other side vanished without a FIN or an RST, which only a write or keep-alive reveals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-closed, writeOnly: the peer sent FIN (&apos;end&apos;); we may still write (allowHalfOpen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer has ended its side: its FIN arrived and nothing more will be read. With allowHalfOpen we can still write (the peer reads it if it only half-closed) and must call end() ourselves to finish. If the peer had closed its socket completely, a write now makes its kernel answer with RST and we get EPIPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: neither readable nor writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions are finished (both FINs were exchanged), or the socket was destroyed or failed. Nothing more can be sent or received on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: an error ended this endpoint; select its error row for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint ended with an error (shown in its tooltip). A socket is closed after an error; a server whose listen() failed is not listening. Select the &apos;error&apos; row in the event stream to see what the code means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening: the server accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is bound and in the LISTEN state. Each client that connects appears under it as a connection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: created, nothing started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint exists but has not been asked to listen or connect yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() returned true: below the high-water mark, keep writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes went to the kernel or joined a queue that is still shorter than the high-water mark. It says nothing about the peer having received them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() returned false: the queue reached the high-water mark; wait for &apos;drain&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was still accepted and will be sent, but netbench&apos;s queue (bufferSize) is at or above the high-water mark because the kernel&apos;s send buffer is full: the peer reads more slowly than we write, or not at all (paused). A writer that respects backpressure stops now and writes again on &apos;drain&apos;; one that goes on makes the queue, and memory, grow without bound. Look at the peer: its Unread grows, and our Unsent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; neither side has sent FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal state of an open connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting: our SYN is sent, waiting for the server&apos;s SYN-ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RST in answer gives ECONNREFUSED; no answer at all gives ETIMEDOUT after the retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server side answered a SYN and waits for the final ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The middle of the three-way handshake, on the accepting side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent FIN (end()); it is not acknowledged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually brief; it lasts while queued data and the FIN wait for the peer&apos;s acknowledgement (a peer that does not read keeps it here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN (we are readOnly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-closed connection seen from the side that ended first: the peer may still send data until it calls end().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both FINs exchanged; the side that closed first waits (60 s on Linux) for stray packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the kernel after the program has closed, so that late segments of this connection are not taken for a new one with the same ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: no connection (after a reset, or not connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket has no connection any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer sent FIN; we have not ended yet (we are writeOnly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s &apos;end&apos; arrived. With allowHalfOpen the connection stays here until end() is called; many sockets stuck in CLOSE_WAIT mean a program that never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer ended first, we sent our FIN and wait for its acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step of closing on the side that ended second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listening socket: accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of a server&apos;s socket after listen().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simultaneous close; it passes to TIME_WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.address(): where the listener is bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and port the kernel bound (the chosen port when listening on port 0), or the Unix socket path. 0.0.0.0 or :: means every interface of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.listening: whether it accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True from &apos;listening&apos; until close(). Clients connecting while it is false get ECONNREFUSED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.getConnections(): accepted connections still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many accepted sockets of this server are not closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.maxConnections: connections past it are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this many connections are open, new ones are accepted and closed at once (&apos;drop&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref()/unref(): whether the listener keeps the event loop alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unref&apos;d server does not keep a script running; in the window it changes nothing visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.localAddress, localPort, localFamily: this end of the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This end&apos;s address and port. A client gets an ephemeral port chosen by the kernel; an accepted socket has the server&apos;s port. A Unix client end is usually unnamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.remoteAddress, remotePort, remoteFamily: the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other end&apos;s address and port, as the kernel knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.readyState: opening, open, readOnly (we ended), writeOnly (the peer ended) or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which directions are still usable: open (both), readOnly (we sent FIN), writeOnly (the peer sent FIN), closed (neither), opening (still connecting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.connecting: connect() was called and has not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True between connect() and &apos;connect&apos; (or &apos;error&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroyed: the socket is closed and can do nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True once destroy() was called, an error happened or both sides ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.isPaused(): not reading; incoming data waits in the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While paused, received bytes stay in the kernel (Unread grows) and once its buffer is full the peer is slowed down by TCP&apos;s flow control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.bytesRead: bytes received so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes read from the kernel and delivered as &apos;data&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.bytesWritten: bytes handed to the kernel so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes written, including those still queued; handed over does not mean received by the peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data written but still waiting in netbench&apos;s queue because the kernel&apos;s send buffer is full. When it reaches the high-water mark write() returns false; &apos;drain&apos; comes when it is empty again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.timeout: idle time before &apos;timeout&apos; is emitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by setTimeout(); the &apos;timeout&apos; event only notifies, it does not close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setEncoding(): how received data is decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none means &apos;data&apos; carries raw bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF: size of the kernel&apos;s send buffer for this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes the kernel holds for sending (Linux doubles the value set and may grow it on its own). When it is full, write() starts queueing in netbench (bufferSize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVBUF: size of the kernel&apos;s receive buffer for this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many received bytes the kernel can hold before the program reads them; it limits the window advertised to the peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIOCOUTQ: bytes in the kernel&apos;s send queue, not yet acknowledged by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For TCP: bytes sent or waiting to be sent that the peer&apos;s kernel has not acknowledged. For a Unix socket: bytes not yet read by the peer. It grows when the peer does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIOCINQ: bytes received by the kernel that netbench has not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grows while the socket is paused; when it reaches the receive buffer the peer must stop sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_state: the kernel&apos;s TCP state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESTABLISHED: open. FIN_WAIT1/FIN_WAIT2: we sent FIN (end()), waiting for the peer&apos;s. CLOSE_WAIT: the peer sent FIN, we have not ended yet (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: the last steps of closing. SYN_SENT: connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_rtt, tcpi_rttvar: smoothed round-trip time and its variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an acknowledgement takes to come back, as the kernel estimates it. On loopback it is tens of microseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_snd_cwnd: segments the kernel may have in flight before waiting for an acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The congestion window, in segments: it grows while acknowledgements come and shrinks on loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_total_retrans: segments retransmitted over the connection&apos;s life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many segments had to be sent again because no acknowledgement came. On loopback it stays 0; growing values mean loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_pmtu: largest packet the path to the peer carries without fragmenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds the segment size. Loopback has a large MTU (65536), so segments there can be much bigger than on Ethernet (1500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY as the kernel has it: Nagle&apos;s algorithm off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: every write is sent at once. no: Nagle holds small segments while data is unacknowledged. Set by setNoDelay().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_KEEPALIVE as the kernel has it, with the idle time before the first probe (TCP_KEEPIDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by setKeepAlive(). After the idle time the kernel probes the peer; a dead peer ends the connection with ETIMEDOUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_segs_out: segments sent, including pure acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every TCP segment this socket sent: data, ACKs, FIN, retransmissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_segs_in: segments received, including pure acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every TCP segment this socket received from the peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_data_segs_out: segments sent that carried data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the number of write() calls: with Nagle on, many small writes leave in fewer data segments; with noDelay, closer to one segment per write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_data_segs_in: segments received that carried data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data segments from the peer; one segment can become part of one &apos;data&apos; event or be merged with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_delivered: data segments the peer acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments known to have reached the peer&apos;s kernel (acknowledged), including retransmitted ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpi_lost: segments the kernel currently believes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments in flight that are presumed lost and will be retransmitted. 0 on a healthy loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error without a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error netbench has no explanation for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system call named in the error failed with this code. &apos;man errno&apos; lists the codes; the message is the system&apos;s own description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() returned true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() returned false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::FileSender</name>
    <message>
        <source>This file send has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is shorter than when the send started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::FontZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVBUF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path MTU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data segments out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data segments in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a listener or a connection to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy with error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed from the inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::LessonPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to notice in this step: ticked when it happens; its row is selected in the event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Start to run the lesson.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A script is running; stop it in the Script Console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your turn: do what the step says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s script ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>#%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: file not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines traces (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls made in this window as a Node-style script that makes them again with the same timing (node or netbench run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript (*.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netbench session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another trace is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened for review in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n listener(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints (%2 live) · %3 events · in %4 · out %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About netbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and Unix domain sockets, with Node.js &lt;code&gt;net&lt;/code&gt; semantics on Qt %2.&lt;/p&gt;&lt;p&gt;Every event and call is recorded; scripts run with &lt;code&gt;netbench run&lt;/code&gt; or in the Script Console.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A script is running and %n endpoint(s) are open. Close them and quit?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) are still open. Close them and quit?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quit netbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::NewClientDialog</name>
    <message>
        <source>none (data as bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of the Unix domain socket to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address must be an IP address, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix socket to connect to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::NewListenerDialog</name>
    <message>
        <source>localhost (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost IPv6 (::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all interfaces (0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all interfaces (::)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a path for the Unix domain socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on all interfaces: reachable from other machines on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address: reachable from other machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix socket path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::PayloadCodec</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backslash at the end starts no escape; write \\ for a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x needs two hex digits, as in \x0a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape \%1; use \r \n \t \0 \\ or \xNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x is not followed by hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot;; each byte takes two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing may follow the &apos;=&apos; padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; padding too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a base64 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &apos;=&apos; may follow &apos;=&apos; padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete group of %1 characters; base64 comes in fours, padded with &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::RegularFile</name>
    <message>
        <source>%1 is not a regular file (a device, a FIFO or a socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::ScriptConsoleWidget</name>
    <message>
        <source>Run script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (exit code 130).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a script file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script is already running; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::SequenceDiagramWidget</name>
    <message>
        <source>Hide data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide data arrows and write() calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide internal calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the calls netcore made itself (auto end, auto destroy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a PNG of the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::SequenceLayout</name>
    <message>
        <source>server #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer of #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN → &apos;end&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST → ECONNRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;connection&apos; #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;connect&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::ThroughputGraph</name>
    <message>
        <source>Bytes per second received (in) and sent (out) over the last 60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::TraceReviewWindow</name>
    <message>
        <source>%1 — review — netbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trace keeps the first %1 bytes of each chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records, %3 endpoints, read from the file. A review is read-only: nothing here sends or changes an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::WindowLayouts</name>
    <message>
        <source>&amp;Teaching Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a class: the sequence diagram, the event stream and both ends&apos; conversations side by side, in large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panels where a first run puts them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::Workspace</name>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a netbench workspace (no &quot;format&quot;: &quot;netbench-workspace&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported (this netbench reads version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens the netbench window, with a saved workspace or trace if given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace (.json) to open, or a trace (.jsonl) to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
