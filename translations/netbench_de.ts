<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation type="unfinished">Editor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"> ms</translation>
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
        <translation type="unfinished">Gespräch</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished">&amp;Kodierung:</translation>
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
        <translation type="unfinished">Inspektor</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation type="unfinished">&amp;Max. Verbindungen:</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation type="unfinished">server.maxConnections: Verbindungen über dieser Zahl werden sofort geschlossen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished">keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation type="unfinished">&amp;Keep-alive nach</translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keines</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished">&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation type="unfinished">&amp;Zerstören</translation>
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
        <source>Initial delay of socket.setKeepAlive(); 0 keeps the system default. Applied when you tick the box or change the delay</source>
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
        <source>Set</source>
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
        <source>socket.end(): send FIN once queued data is written; reading goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroy(): close now; queued data is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroy(new Error(message)): close now and emit &apos;error&apos; with your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy with &amp;error…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>netbench</source>
        <translation>netbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Skript</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>New &amp;Listener…</source>
        <translation>Neuer &amp;Listener…</translation>
    </message>
    <message>
        <source>Create a server that listens on a port or a Unix socket path</source>
        <translation>Einen Server anlegen, der auf einem Port oder einem Unix-Socket-Pfad lauscht</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>Neuer &amp;Client…</translation>
    </message>
    <message>
        <source>Open a connection to a host and port or a Unix socket path</source>
        <translation>Eine Verbindung zu Host und Port oder zu einem Unix-Socket-Pfad öffnen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>En&amp;de senden</translation>
    </message>
    <message>
        <source>Half-close: socket.end() sends FIN; server: close()</source>
        <translation>Halb schließen: socket.end() sendet FIN; Server: close()</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Zerstören</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions at once</source>
        <translation>socket.destroy(): beide Richtungen sofort schließen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Remove Closed</source>
        <translation>Geschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>Forget closed endpoints in the tree</source>
        <translation>Geschlossene Endpunkte aus dem Baum entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>&amp;Trace öffnen…</translation>
    </message>
    <message>
        <source>Review a saved JSON Lines trace</source>
        <translation>Einen gespeicherten JSON-Lines-Trace ansehen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Export Trace as &amp;JSON Lines…</source>
        <translation>Trace als &amp;JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>The same schema as netbench run --trace</source>
        <translation>Dasselbe Schema wie netbench run --trace</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Export Trace as &amp;CSV…</source>
        <translation>Trace als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>One row per event, for spreadsheets</source>
        <translation>Eine Zeile pro Ereignis, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich speichern…</translation>
    </message>
    <message>
        <source>Save the listeners and clients made here, with their settings</source>
        <translation>Die hier angelegten Listener und Clients mit ihren Einstellungen speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open W&amp;orkspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Make the listeners and clients of a saved workspace again</source>
        <translation>Die Listener und Clients eines gespeicherten Arbeitsbereichs neu anlegen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Recorder sizes, event list capacity and refresh rate</source>
        <translation>Größen des Rekorders, Kapazität der Ereignisliste und Aktualisierungsrate</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Run Script…</source>
        <translation>Skript &amp;ausführen…</translation>
    </message>
    <message>
        <source>Run a Node-style net script inside the window</source>
        <translation>Ein net-Skript im Node-Stil im Fenster ausführen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop Script</source>
        <translation>Skript an&amp;halten</translation>
    </message>
    <message>
        <source>End the running script (exit code 130)</source>
        <translation>Das laufende Skript beenden (Exit-Code 130)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Follow Events</source>
        <translation>Ereignissen &amp;folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Das neueste Ereignis sichtbar halten</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear Events</source>
        <translation>Ereignisse &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the event list (the recorder keeps counting)</source>
        <translation>Die Ereignisliste leeren (der Rekorder zählt weiter)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;About netbench</source>
        <translation>Ü&amp;ber netbench</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Version und Lizenz</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Neuer Client</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>The last targets you connected to; picking one fills in the form</source>
        <translation>Die zuletzt verbundenen Ziele; eine Auswahl füllt das Formular aus</translation>
    </message>
    <message>
        <source>Pick a recent target…</source>
        <translation>Ein früheres Ziel wählen…</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>&amp;IPC (Unix-Domain-Socket)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>A name or an IP address; names are looked up before connecting</source>
        <translation>Ein Name oder eine IP-Adresse; Namen werden vor dem Verbinden aufgelöst</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation>z. B. 8080</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>Adress&amp;familie:</translation>
    </message>
    <message>
        <source>Which address family the name lookup may return</source>
        <translation>Welche Adressfamilie die Namensauflösung liefern darf</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>&amp;Local address:</source>
        <translation>&amp;Lokale Adresse:</translation>
    </message>
    <message>
        <source>chosen by the kernel</source>
        <translation>vom Kernel gewählt</translation>
    </message>
    <message>
        <source>Bind the socket to this IP address before connecting</source>
        <translation>Den Socket vor dem Verbinden an diese IP-Adresse binden</translation>
    </message>
    <message>
        <source>Local p&amp;ort:</source>
        <translation>Lokaler P&amp;ort:</translation>
    </message>
    <message>
        <source>Bind the socket to this port before connecting</source>
        <translation>Den Socket vor dem Verbinden an diesen Port binden</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>The file system path of a listening Unix domain socket</source>
        <translation>Der Dateisystempfad eines lauschenden Unix-Domain-Sockets</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>Socket-Optionen</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity, also while connecting</source>
        <translation>socket.setTimeout(): &apos;timeout&apos; tritt nach so langer Inaktivität ein, auch beim Verbinden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY: send small writes at once)</source>
        <translation>&amp;Keine Verzögerung (TCP_NODELAY: kleine Schreibvorgänge sofort senden)</translation>
    </message>
    <message>
        <source>Turns off Nagle&apos;s algorithm</source>
        <translation>Schaltet den Nagle-Algorithmus aus</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>&amp;Keep-alive nach</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: the kernel probes an idle connection</source>
        <translation>SO_KEEPALIVE: der Kernel prüft eine untätige Verbindung</translation>
    </message>
    <message>
        <source>Idle time before the first keep-alive probe; 0 keeps the system default</source>
        <translation>Leerlaufzeit vor der ersten Keep-alive-Prüfung; 0 behält die Systemvorgabe</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>&amp;Halboffen erlauben (weiter schreiben, nachdem die Gegenseite endet)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen: sendet die Gegenseite FIN, wird der Socket nicht automatisch beendet</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data arrives as text in this encoding</source>
        <translation>socket.setEncoding(): empfangene Daten kommen als Text in dieser Kodierung an</translation>
    </message>
</context>
<context>
    <name>NewListenerDialog</name>
    <message>
        <source>New listener</source>
        <translation>Neuer Listener</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>&amp;IPC (Unix-Domain-Socket)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>The address to bind: a loopback address is reachable only from this machine</source>
        <translation>Die zu bindende Adresse: eine Loopback-Adresse ist nur von diesem Rechner erreichbar</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0: ein beliebiger freier Port</translation>
    </message>
    <message>
        <source>0 lets the kernel pick a free (ephemeral) port</source>
        <translation>0 lässt den Kernel einen freien (flüchtigen) Port wählen</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>The file system path of the Unix domain socket; it must not exist yet</source>
        <translation>Der Dateisystempfad des Unix-Domain-Sockets; er darf noch nicht existieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>Back&amp;log:</source>
        <translation>Back&amp;log:</translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel queues before they are accepted (listen(2) backlog)</source>
        <translation>Wie viele abgeschlossene Handshakes der Kernel vor dem Annehmen puffert (Backlog von listen(2))</translation>
    </message>
    <message>
        <source>E&amp;xclusive</source>
        <translation>E&amp;xklusiv</translation>
    </message>
    <message>
        <source>Node&apos;s exclusive option: the handle is not shared with cluster workers</source>
        <translation>Die Option exclusive von Node: das Handle wird nicht mit Cluster-Workern geteilt</translation>
    </message>
    <message>
        <source>Accepted connections</source>
        <translation>Angenommene Verbindungen</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>&amp;Halboffen erlauben (weiter schreiben, nachdem die Gegenseite endet)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen: sendet die Gegenseite FIN, wird der Socket nicht automatisch beendet</translation>
    </message>
    <message>
        <source>Pause on &amp;connect (read nothing until resumed)</source>
        <translation>Beim &amp;Verbinden pausieren (nichts lesen bis zur Fortsetzung)</translation>
    </message>
    <message>
        <source>pauseOnConnect: accepted sockets start paused</source>
        <translation>pauseOnConnect: angenommene Sockets starten pausiert</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>&amp;Max. Verbindungen:</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections: Verbindungen über dieser Zahl werden sofort geschlossen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>A&amp;utomatic behaviour:</source>
        <translation>A&amp;utomatisches Verhalten:</translation>
    </message>
    <message>
        <source>What each accepted connection does by itself</source>
        <translation>Was jede angenommene Verbindung von selbst tut</translation>
    </message>
    <message>
        <source>None (you drive it)</source>
        <translation>Keines (Sie steuern)</translation>
    </message>
    <message>
        <source>Echo (write back what arrives)</source>
        <translation>Echo (zurückschreiben, was ankommt)</translation>
    </message>
    <message>
        <source>Discard (read and drop)</source>
        <translation>Verwerfen (lesen und wegwerfen)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Recorder (applies the next time the window starts)</source>
        <translation>Rekorder (gilt ab dem nächsten Start des Fensters)</translation>
    </message>
    <message>
        <source>&amp;Events kept:</source>
        <translation>&amp;Gespeicherte Ereignisse:</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>The recorder&apos;s ring: past this many events the oldest are dropped and counted.</source>
        <translation>Der Ringpuffer des Rekorders: darüber hinaus werden die ältesten Ereignisse verworfen und gezählt.</translation>
    </message>
    <message>
        <source>&amp;Transcript cap:</source>
        <translation>&amp;Mitschnitt-Grenze:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Bytes kept per connection and direction for the conversation view; later bytes are only counted. Off keeps none.</source>
        <translation>Für die Gesprächsansicht gespeicherte Bytes je Verbindung und Richtung; spätere Bytes werden nur gezählt. „Aus“ speichert keine.</translation>
    </message>
    <message>
        <source>Event list (applies at once)</source>
        <translation>Ereignisliste (gilt sofort)</translation>
    </message>
    <message>
        <source>&amp;Rows kept:</source>
        <translation>Gespeicherte &amp;Zeilen:</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Rows the event list shows; past this many the oldest rows leave the list.</source>
        <translation>Zeilen, die die Ereignisliste zeigt; darüber hinaus verlassen die ältesten Zeilen die Liste.</translation>
    </message>
    <message>
        <source>Re&amp;fresh rate:</source>
        <translation>&amp;Aktualisierungsrate:</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often per second the window fetches new events; lower costs less CPU under a flood.</source>
        <translation>Wie oft pro Sekunde das Fenster neue Ereignisse abholt; weniger kostet bei einer Flut weniger CPU.</translation>
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
        <source>Sending…</source>
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
        <source>%1 of %2</source>
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
        <source>Choose a file to send.</source>
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
</context>
<context>
    <name>gui::ConversationRenderer</name>
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
        <source>… %1 of this chunk not shown here …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: past the transcript cap]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later steps not recorded: the transcript&apos;s step limit was reached</source>
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
        <source>A file is already being sent on this connection.</source>
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
        <source>%1 holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing %1: %2 records. Clear to return to the live stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
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
        <source>%1 live records not shown while reviewing</source>
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
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
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
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished">keine Grenze</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keines</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.address(): where the listener is bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.listening: whether it accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.getConnections(): accepted connections still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.maxConnections: connections past it are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref()/unref(): whether the listener keeps the event loop alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.localAddress, localPort, localFamily: this end of the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.remoteAddress, remotePort, remoteFamily: the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.readyState: opening, open, readOnly (we ended), writeOnly (the peer ended) or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.connecting: connect() was called and has not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.destroyed: the socket is closed and can do nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.isPaused(): not reading; incoming data waits in the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.bytesRead: bytes received so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.bytesWritten: bytes handed to the kernel so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.timeout: idle time before &apos;timeout&apos; is emitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket.setEncoding(): how received data is decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the kernel&apos;s send buffer for this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVBUF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the kernel&apos;s receive buffer for this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in the kernel&apos;s send queue not yet acknowledged by the peer (SIOCOUTQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received by the kernel that netbench has not read yet (SIOCINQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s TCP state machine (TCP_INFO tcpi_state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothed round-trip time and its variation, as the kernel measures it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments the kernel may have in flight before waiting for an acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmissions of the segment now at the head of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path MTU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest packet the path to the peer carries without fragmenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY as the kernel has it: Nagle&apos;s algorithm off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_KEEPALIVE as the kernel has it, with the idle time before the first probe (TCP_KEEPIDLE)</source>
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
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <name>gui::MainWindow</name>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>#%1: file not sent: %2</source>
        <translation>#%1: Datei nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Script Console</source>
        <translation>Skriptkonsole</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>JSON Lines traces (*.jsonl *.json);;All files (*)</source>
        <translation>JSON-Lines-Traces (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export trace as CSV</source>
        <translation>Trace als CSV exportieren</translation>
    </message>
    <message>
        <source>Export trace as JSON Lines</source>
        <translation>Trace als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>Trace exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json)</source>
        <translation>netbench-Arbeitsbereiche (*.nbw.json *.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json);;All files (*)</source>
        <translation>netbench-Arbeitsbereiche (*.nbw.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Run script</source>
        <translation>Skript ausführen</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reviewing %1. Clear Events returns to the live stream.</source>
        <translation>Ansicht von %1. „Ereignisse leeren“ kehrt zum Live-Strom zurück.</translation>
    </message>
    <message>
        <source>Workspace saved to %1</source>
        <translation>Arbeitsbereich gespeichert in %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n listener(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Listener</numerusform>
            <numerusform>%1 geöffnet: %n Listener</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>, %n Client</numerusform>
            <numerusform>, %n Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 endpoints (%2 live) · %3 events · in %4 · out %5</source>
        <translation>%1 Endpunkte (%2 aktiv) · %3 Ereignisse · ein %4 · aus %5</translation>
    </message>
    <message>
        <source>About netbench</source>
        <translation>Über netbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and Unix domain sockets, with Node.js &lt;code&gt;net&lt;/code&gt; semantics on Qt %2.&lt;/p&gt;&lt;p&gt;Every event and call is recorded; scripts run with &lt;code&gt;netbench run&lt;/code&gt; or in the Script Console.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für TCP- und Unix-Domain-Sockets, mit der Semantik von Node.js &lt;code&gt;net&lt;/code&gt; auf Qt %2.&lt;/p&gt;&lt;p&gt;Jedes Ereignis und jeder Aufruf wird aufgezeichnet; Skripte laufen mit &lt;code&gt;netbench run&lt;/code&gt; oder in der Skriptkonsole.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>A script is running and %n endpoint(s) are open. Close them and quit?</source>
        <translation>
            <numerusform>Ein Skript läuft und %n Endpunkt ist offen. Schließen und beenden?</numerusform>
            <numerusform>Ein Skript läuft und %n Endpunkte sind offen. Schließen und beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) are still open. Close them and quit?</source>
        <translation>
            <numerusform>%n Endpunkt ist noch offen. Schließen und beenden?</numerusform>
            <numerusform>%n Endpunkte sind noch offen. Schließen und beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit netbench</source>
        <translation>netbench beenden</translation>
    </message>
</context>
<context>
    <name>gui::NewClientDialog</name>
    <message>
        <source>none (data as bytes)</source>
        <translation>keine (Daten als Bytes)</translation>
    </message>
    <message>
        <source>Enter the path of the Unix domain socket to connect to.</source>
        <translation>Geben Sie den Pfad des Unix-Domain-Sockets ein, mit dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>Der Pfad ist %1 Bytes lang; ein Unix-Socket-Pfad darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>Enter the host to connect to.</source>
        <translation>Geben Sie den Host ein, mit dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation>Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the port to connect to.</source>
        <translation>Geben Sie den Port ein, mit dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>The local address must be an IP address, not %1.</source>
        <translation>Die lokale Adresse muss eine IP-Adresse sein, nicht %1.</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <source>Unix socket to connect to</source>
        <translation>Unix-Socket zum Verbinden</translation>
    </message>
</context>
<context>
    <name>gui::NewListenerDialog</name>
    <message>
        <source>localhost (127.0.0.1)</source>
        <translation>localhost (127.0.0.1)</translation>
    </message>
    <message>
        <source>localhost IPv6 (::1)</source>
        <translation>localhost IPv6 (::1)</translation>
    </message>
    <message>
        <source>all interfaces (0.0.0.0)</source>
        <translation>alle Schnittstellen (0.0.0.0)</translation>
    </message>
    <message>
        <source>all interfaces (::)</source>
        <translation>alle Schnittstellen (::)</translation>
    </message>
    <message>
        <source>Enter the address to listen on.</source>
        <translation>Geben Sie die Adresse ein, auf der gelauscht werden soll.</translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation>Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter a path for the Unix domain socket.</source>
        <translation>Geben Sie einen Pfad für den Unix-Domain-Socket ein.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>Der Pfad ist %1 Bytes lang; ein Unix-Socket-Pfad darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>Der Pfad darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Listening on all interfaces: reachable from other machines on the network.</source>
        <translation>Lauscht auf allen Schnittstellen: von anderen Rechnern im Netz erreichbar.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: reachable from other machines.</source>
        <translation>%1 ist keine Loopback-Adresse: von anderen Rechnern erreichbar.</translation>
    </message>
    <message>
        <source>Unix socket path</source>
        <translation>Unix-Socket-Pfad</translation>
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
    <name>gui::ScriptConsoleWidget</name>
    <message>
        <source>Run script</source>
        <translation type="unfinished">Skript ausführen</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation type="unfinished">JavaScript (*.js);;Alle Dateien (*)</translation>
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
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script is already running; stop it first.</source>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens the netbench window, with a saved workspace or trace if given.</source>
        <translation>Öffnet das netbench-Fenster, mit einem gespeicherten Arbeitsbereich oder Trace, falls angegeben.</translation>
    </message>
    <message>
        <source>A workspace (.json) to open, or a trace (.jsonl) to review.</source>
        <translation>Ein zu öffnender Arbeitsbereich (.json) oder ein anzusehender Trace (.jsonl).</translation>
    </message>
</context>
</TS>
