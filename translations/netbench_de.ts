<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation>&amp;Senden als:</translation>
    </message>
    <message>
        <source>How the editor is read: text with escapes, hex digits, base64, or a file</source>
        <translation>Wie der Editor gelesen wird: Text mit Escapes, Hex-Ziffern, Base64 oder eine Datei</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>&amp;Zeilenende:</translation>
    </message>
    <message>
        <source>Appended to the text, and used for each line break typed in the editor</source>
        <translation>Wird an den Text angehängt und für jeden im Editor getippten Zeilenumbruch verwendet</translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation>Zu sendenden Text eingeben. Escapes: \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Path of the file to send</source>
        <translation>Pfad der zu sendenden Datei</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the file; bytes already queued still go out</source>
        <translation>Das Lesen der Datei beenden; bereits eingereihte Bytes werden noch gesendet</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>Wählen Sie einen verbundenen Socket als Empfänger.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>How many times to send the payload</source>
        <translation>Wie oft die Nutzdaten gesendet werden</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>a&amp;lle</translation>
    </message>
    <message>
        <source>Milliseconds between repeats; 0 sends them back to back</source>
        <translation>Millisekunden zwischen den Wiederholungen; 0 sendet sie direkt hintereinander</translation>
    </message>
    <message>
        <source>Call end() (send FIN) after the last repeat or the whole file</source>
        <translation>Nach der letzten Wiederholung oder der ganzen Datei end() aufrufen (FIN senden)</translation>
    </message>
    <message>
        <source>E&amp;nd after sending</source>
        <translation>&amp;Nach dem Senden beenden</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Wiederholen beenden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>The endpoint Send writes to; a send keeps going to the endpoint it started on</source>
        <translation>Der Endpunkt, an den Senden schreibt; ein laufender Sendevorgang bleibt bei seinem Endpunkt</translation>
    </message>
</context>
<context>
    <name>ConnectMode</name>
    <message>
        <source>reconnecting in %1 ms (attempt %2 of %3)</source>
        <translation>neuer Verbindungsversuch in %1 ms (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation>neuer Verbindungsversuch in %1 ms (Versuch %2)</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts (--max-attempts)</source>
        <translation>nach %1 Verbindungsversuchen aufgegeben (--max-attempts)</translation>
    </message>
    <message>
        <source>connected (reconnect attempt %1)</source>
        <translation>verbunden (Verbindungsversuch %1)</translation>
    </message>
    <message>
        <source>connect timed out after %1 ms (-w)</source>
        <translation>Verbindungsaufbau nach %1 ms abgebrochen (-w)</translation>
    </message>
    <message>
        <source>no activity for %1 ms (--timeout, -i); closed the connection</source>
        <translation>%1 ms lang keine Aktivität (--timeout, -i); Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Turn Nagle&apos;s algorithm off (setNoDelay()).</source>
        <translation>Den Nagle-Algorithmus ausschalten (setNoDelay()).</translation>
    </message>
    <message>
        <source>Turn TCP keep-alive on, first probe after MS milliseconds idle (setKeepAlive(true, MS)).</source>
        <translation>TCP-Keep-alive einschalten, erste Prüfung nach MS Millisekunden Leerlauf (setKeepAlive(true, MS)).</translation>
    </message>
    <message>
        <source>Give up (exit status 1) after MS milliseconds without traffic, connecting included (setTimeout(MS)); -i in milliseconds.</source>
        <translation>Nach MS Millisekunden ohne Verkehr aufgeben (Exit-Status 1), Verbindungsaufbau eingeschlossen (setTimeout(MS)); -i in Millisekunden.</translation>
    </message>
    <message>
        <source>Give up connecting after TIME (exit status 1); TIME as for -i.</source>
        <translation>Den Verbindungsaufbau nach TIME aufgeben (Exit-Status 1); TIME wie bei -i.</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end.</source>
        <translation>Wenn die Gegenseite ihre Seite beendet, auch unsere beenden (die Vorgabe von Node, allowHalfOpen: false); bis dahin nicht gesendete Standardeingabe wird gemeldet und der Exit-Status ist 1. Ohne diese Option wird die Standardeingabe bis zu ihrem Ende gesendet.</translation>
    </message>
    <message>
        <source>Accepted for older command lines: this is the default now.</source>
        <translation>Für ältere Befehlszeilen angenommen: das ist jetzt die Vorgabe.</translation>
    </message>
    <message>
        <source>One-shot: send the bytes of FILE instead of standard input, print the reply, exit (see --reply-wait).</source>
        <translation>Einmalig: die Bytes von FILE statt der Standardeingabe senden, die Antwort ausgeben, beenden (siehe --reply-wait).</translation>
    </message>
    <message>
        <source>One-shot: send TEXT (UTF-8, with the escapes \r \n \t \0 \\ \xNN), print the reply, exit.</source>
        <translation>Einmalig: TEXT senden (UTF-8, mit den Escapes \r \n \t \0 \\ \xNN), die Antwort ausgeben, beenden.</translation>
    </message>
    <message>
        <source>One-shot: send the bytes written as HEX (pairs of digits; spaces, &apos;:&apos; and &apos;,&apos; may separate them), print the reply, exit.</source>
        <translation>Einmalig: die als HEX geschriebenen Bytes senden (Ziffernpaare; Leerzeichen, &apos;:&apos; und &apos;,&apos; dürfen sie trennen), die Antwort ausgeben, beenden.</translation>
    </message>
    <message>
        <source>One-shot: the reply is complete when MS milliseconds pass with nothing received after the message was sent (default 2000), or when the peer ends its side, whichever comes first; then the connection is closed and the exit status is 0.</source>
        <translation>Einmalig: die Antwort ist vollständig, wenn nach dem Senden der Nachricht MS Millisekunden ohne Empfang vergehen (Vorgabe 2000) oder wenn die Gegenseite ihre Seite beendet, was zuerst eintritt; dann wird die Verbindung geschlossen und der Exit-Status ist 0.</translation>
    </message>
    <message>
        <source>With --reconnect: give up (exit status 1) after N reconnects in a row that found no connection; a connection that opens starts the count again (default 0: never give up).</source>
        <translation>Mit --reconnect: nach N Verbindungsversuchen in Folge ohne Verbindung aufgeben (Exit-Status 1); eine Verbindung, die zustande kommt, beginnt die Zählung neu (Vorgabe 0: nie aufgeben).</translation>
    </message>
    <message>
        <source>With --reconnect: multiply the wait by FACTOR after each attempt (1 to 100, default 2).</source>
        <translation>Mit --reconnect: die Wartezeit nach jedem Versuch mit FACTOR multiplizieren (1 bis 100, Vorgabe 2).</translation>
    </message>
    <message>
        <source>With --reconnect: never wait longer than MS milliseconds (default 30000).</source>
        <translation>Mit --reconnect: nie länger als MS Millisekunden warten (Vorgabe 30000).</translation>
    </message>
    <message>
        <source>HOST PORT, HOST:PORT or [IPV6]:PORT for TCP (port 0 to 65535), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>HOST PORT, HOST:PORT oder [IPV6]:PORT für TCP (Port 0 bis 65535) oder PATH für einen Unix-Domain-Socket: ein Wort mit einem &apos;/&apos; oder auf .sock endend (jedes Wort mit -U).</translation>
    </message>
    <message>
        <source>Connects to a server, like ncat. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Exits when both sides have ended and the connection has closed. Exit status: 0 when everything was delivered, 1 for a network error (the message has Node&apos;s code, e.g. connect ECONNREFUSED 127.0.0.1:9) or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away. With --send, --send-text or --send-hex it is a one-shot client: it sends that message, prints the reply and exits.</source>
        <translation>Verbindet sich wie ncat mit einem Server. Die Standardeingabe geht an die Verbindung und was ankommt an die Standardausgabe, Byte für Byte; das Ende der Standardeingabe schließt die Verbindung halb (end()), und die Standardeingabe wird bis zu ihrem Ende gesendet, auch nachdem die Gegenseite ihre Seite beendet hat. Endet, wenn beide Seiten geendet haben und die Verbindung geschlossen ist. Exit-Status: 0, wenn alles zugestellt wurde, 1 bei einem Netzwerkfehler (die Meldung trägt den Code von Node, z. B. connect ECONNREFUSED 127.0.0.1:9) oder nicht zugestellter Standardeingabe (die Meldung nennt die Zahl der Bytes), 2 bei einer fehlerhaften Befehlszeile, 141, wenn der Leser der Standardausgabe verschwunden ist. Mit --send, --send-text oder --send-hex ist es ein einmaliger Client: er sendet diese Nachricht, gibt die Antwort aus und endet.</translation>
    </message>
    <message>
        <source>Send a line, print the answer, exit when the server closes.</source>
        <translation>Eine Zeile senden, die Antwort ausgeben, beenden, wenn der Server schließt.</translation>
    </message>
    <message>
        <source>Send a file and print every event on standard error.</source>
        <translation>Eine Datei senden und jedes Ereignis auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Talk to a Unix socket, with the JSON Lines trace on standard error.</source>
        <translation>Mit einem Unix-Socket sprechen, mit dem JSON-Lines-Trace auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Socket options as in Node&apos;s socket.connect().</source>
        <translation>Socket-Optionen wie in socket.connect() von Node.</translation>
    </message>
    <message>
        <source>ncat&apos;s options: lines end in CR LF, give up connecting after 5 seconds, a hex dump of both directions.</source>
        <translation>Optionen von ncat: Zeilen enden mit CR LF, Verbindungsaufbau nach 5 Sekunden aufgeben, ein Hex-Dump beider Richtungen.</translation>
    </message>
    <message>
        <source>Keep listening to a server that restarts: reconnect after 0.5 s, 1 s, 2 s, ..., give up after 10 failures in a row.</source>
        <translation>Einem Server folgen, der neu startet: nach 0,5 s, 1 s, 2 s, ... neu verbinden, nach 10 Fehlschlägen in Folge aufgeben.</translation>
    </message>
    <message>
        <source>One-shot: send a line, print what comes back until half a second passes in silence.</source>
        <translation>Einmalig: eine Zeile senden, ausgeben, was zurückkommt, bis eine halbe Sekunde Stille vergeht.</translation>
    </message>
    <message>
        <source>-w/--wait needs a time above 0 such as 5, 5s or 500ms, not &apos;%1&apos;</source>
        <translation>-w/--wait braucht eine Zeit über 0 wie 5, 5s oder 500ms, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout and -i/--idle-timeout are the same; give one</source>
        <translation>--timeout und -i/--idle-timeout sind dasselbe; geben Sie eines an</translation>
    </message>
    <message>
        <source>--%1 needs milliseconds, not &apos;%2&apos;</source>
        <translation>--%1 braucht Millisekunden, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close und --allow-half-open schließen sich aus</translation>
    </message>
    <message>
        <source>--%1 needs --reconnect</source>
        <translation>--%1 braucht --reconnect</translation>
    </message>
    <message>
        <source>--reconnect keeps a client up; a one-shot --send does not reconnect</source>
        <translation>--reconnect hält einen Client am Leben; ein einmaliges --send verbindet nicht neu</translation>
    </message>
    <message>
        <source>--reconnect=DELAY_MS needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect=DELAY_MS braucht Millisekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-attempts needs a whole number, not &apos;%1&apos;</source>
        <translation>--max-attempts braucht eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-backoff needs a number such as 1.5, not &apos;%1&apos;</source>
        <translation>--reconnect-backoff braucht eine Zahl wie 1.5, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-max-delay needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect-max-delay braucht Millisekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reply-wait needs --send, --send-text or --send-hex</source>
        <translation>--reply-wait braucht --send, --send-text oder --send-hex</translation>
    </message>
    <message>
        <source>give one message: --send, --send-text or --send-hex, once</source>
        <translation>geben Sie eine Nachricht an: --send, --send-text oder --send-hex, einmal</translation>
    </message>
    <message>
        <source>--send, --send-text and --send-hex do not read standard input: -C, --send-only and --recv-only do not apply</source>
        <translation>--send, --send-text und --send-hex lesen keine Standardeingabe: -C, --send-only und --recv-only gelten nicht</translation>
    </message>
    <message>
        <source>--reply-wait needs milliseconds above 0, not &apos;%1&apos;</source>
        <translation>--reply-wait braucht Millisekunden über 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A client that answers its server&apos;s PING lines until the server ends.</source>
        <translation>Ein Client, der die PING-Zeilen seines Servers beantwortet, bis der Server endet.</translation>
    </message>
    <message>
        <source>Keep the client up: when the connection cannot be made, or closes before standard input has ended (always, with --recv-only), connect again after DELAY_MS milliseconds (1000 when written --reconnect alone), each further wait longer by the backoff factor. The peer&apos;s end ends our side too (no half-open connections), so a server that closes is reconnected at once. Each attempt is said on standard error. Written --reconnect or --reconnect=DELAY_MS.</source>
        <translation>Den Client am Leben halten: wenn die Verbindung nicht zustande kommt oder schließt, bevor die Standardeingabe geendet hat (mit --recv-only immer), nach DELAY_MS Millisekunden erneut verbinden (1000, wenn --reconnect allein steht), jede weitere Wartezeit um den Backoff-Faktor länger. Das Ende der Gegenseite beendet auch unsere Seite (keine halboffenen Verbindungen), sodass ein Server, der schließt, sofort erneut verbunden wird. Jeder Versuch wird auf der Standardfehlerausgabe gemeldet. Geschrieben als --reconnect oder --reconnect=DELAY_MS.</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationWidget</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Kodier&amp;ung:</translation>
    </message>
    <message>
        <source>How the text view decodes the bytes</source>
        <translation>Wie die Textansicht die Bytes dekodiert</translation>
    </message>
    <message>
        <source>Copy the conversation as the text view shows it</source>
        <translation>Das Gespräch so kopieren, wie die Textansicht es zeigt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save the conversation as text, or the raw bytes of one direction</source>
        <translation>Das Gespräch als Text speichern oder die rohen Bytes einer Richtung</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Use a Unix domain socket in a temporary directory instead of TCP on 127.0.0.1.</source>
        <translation>Einen Unix-Domain-Socket in einem temporären Verzeichnis statt TCP auf 127.0.0.1 verwenden.</translation>
    </message>
    <message>
        <source>Shows what a socket connection does: starts a server, connects a client to it, sends a few lines that the server echoes, and prints every event on both sides.</source>
        <translation>Zeigt, was eine Socket-Verbindung tut: startet einen Server, verbindet einen Client damit, sendet ein paar Zeilen, die der Server zurückschickt, und gibt jedes Ereignis auf beiden Seiten aus.</translation>
    </message>
    <message>
        <source>The tour over TCP on 127.0.0.1.</source>
        <translation>Die Tour über TCP auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>The same over a Unix domain socket.</source>
        <translation>Dasselbe über einen Unix-Domain-Socket.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EchoDemo</name>
    <message>
        <source>The demo did not finish within %1 seconds.</source>
        <translation>Die Demo ist nicht innerhalb von %1 Sekunden fertig geworden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>EventStreamWidget</name>
    <message>
        <source>Event stream</source>
        <translation>Ereignisstrom</translation>
    </message>
    <message>
        <source>Show the records of one endpoint only</source>
        <translation>Nur die Einträge eines Endpunkts zeigen</translation>
    </message>
    <message>
        <source>Choose which events and calls are shown</source>
        <translation>Auswählen, welche Ereignisse und Aufrufe gezeigt werden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Show only records whose event, endpoint or summary contains this text</source>
        <translation>Nur Einträge zeigen, deren Ereignis, Endpunkt oder Zusammenfassung diesen Text enthält</translation>
    </message>
    <message>
        <source>Filter: text in event, endpoint or summary</source>
        <translation>Filter: Text in Ereignis, Endpunkt oder Zusammenfassung</translation>
    </message>
    <message>
        <source>How the time column counts</source>
        <translation>Wie die Zeitspalte zählt</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Since previous row</source>
        <translation>Seit vorheriger Zeile</translation>
    </message>
    <message>
        <source>Since reference row</source>
        <translation>Seit Bezugszeile</translation>
    </message>
    <message>
        <source>Keep the newest record in view</source>
        <translation>Den neuesten Eintrag sichtbar halten</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Forget all records shown here (and leave review mode)</source>
        <translation>Alle hier gezeigten Einträge vergessen (und den Ansichtsmodus verlassen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Select a row to see all of its fields</source>
        <translation>Eine Zeile auswählen, um alle ihre Felder zu sehen</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
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
        <source>&amp;Keep-alive after</source>
        <translation>Keep-alive na&amp;ch</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Kodier&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Zerstören</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; open connections stay</source>
        <translation>server.close(): keine Verbindungen mehr annehmen; offene Verbindungen bleiben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the event loop alive</source>
        <translation>server.ref(): der Listener hält die Ereignisschleife am Leben</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>&amp;Ref</translation>
    </message>
    <message>
        <source>server.unref(): the listener alone does not keep the event loop alive</source>
        <translation>server.unref(): der Listener allein hält die Ereignisschleife nicht am Leben</translation>
    </message>
    <message>
        <source>&amp;Unref</source>
        <translation>&amp;Unref</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off so small writes leave at once</source>
        <translation>socket.setNoDelay(): den Nagle-Algorithmus ausschalten, damit kleine Schreibvorgänge sofort hinausgehen</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY)</source>
        <translation>&amp;Keine Verzögerung (TCP_NODELAY)</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): the kernel probes the connection after it has been idle this long</source>
        <translation>socket.setKeepAlive(): der Kernel prüft die Verbindung, nachdem sie so lange untätig war</translation>
    </message>
    <message>
        <source>Initial delay of socket.setKeepAlive(); 0 keeps the system default. Applied when you tick the box or change the delay</source>
        <translation>Anfangsverzögerung von socket.setKeepAlive(); 0 behält die Systemvorgabe. Wird angewandt, wenn Sie das Kästchen ankreuzen oder die Verzögerung ändern</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Zeitli&amp;mit:</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity; 0 turns it off</source>
        <translation>socket.setTimeout(): &apos;timeout&apos; tritt nach so langer Inaktivität ein; 0 schaltet es aus</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data is decoded as text; Node cannot go back to bytes</source>
        <translation>socket.setEncoding(): empfangene Daten werden als Text dekodiert; Node kann nicht zu Bytes zurückkehren</translation>
    </message>
    <message>
        <source>SO_SND&amp;BUF:</source>
        <translation>SO_SND&amp;BUF:</translation>
    </message>
    <message>
        <source>Requested kernel send buffer; Linux doubles the value and applies its own limits</source>
        <translation>Gewünschter Sendepuffer des Kernels; Linux verdoppelt den Wert und wendet eigene Grenzen an</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>SO_RC&amp;VBUF:</source>
        <translation>SO_RC&amp;VBUF:</translation>
    </message>
    <message>
        <source>Requested kernel receive buffer; Linux doubles the value and applies its own limits</source>
        <translation>Gewünschter Empfangspuffer des Kernels; Linux verdoppelt den Wert und wendet eigene Grenzen an</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; the peer&apos;s data waits in the kernel</source>
        <translation>socket.pause(): nicht mehr lesen; die Daten der Gegenseite warten im Kernel</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>socket.resume(): read again</source>
        <translation>socket.resume(): wieder lesen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>E&amp;nde senden</translation>
    </message>
    <message>
        <source>Destroy with &amp;error…</source>
        <translation>Mit Fe&amp;hler zerstören…</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back; reading goes on here</source>
        <translation>socket.end(): Halbschließen. Eingereihte Daten werden gesendet, dann FIN: die Gegenseite erhält &apos;end&apos; und kann noch zurückschreiben; hier wird weiter gelesen</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>Ende: FIN nach den eingereihten Daten; die Gegenseite sieht &apos;end&apos; und kann noch senden</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy(): beide Richtungen sofort schließen. Noch in netbench eingereihte Daten werden verworfen; was der Kernel hält, wird gesendet, dann FIN: die Gegenseite erhält &apos;end&apos;, dann &apos;close&apos;. Warten noch ungelesene Daten, sendet der Kernel stattdessen RST: die Gegenseite erhält ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>Zerstören: sofort schließen; die Gegenseite sieht ein sauberes FIN (&apos;end&apos;) oder ECONNRESET, falls wir Daten ungelesen ließen</translation>
    </message>
    <message>
        <source>socket.destroy(new Error(message)): close as Destroy does and emit &apos;error&apos; with your message here only. The peer sees a clean FIN (&apos;end&apos;), no error: to make the peer fail, use Reset (RST)</source>
        <translation>socket.destroy(new Error(message)): schließen wie Zerstören und &apos;error&apos; mit Ihrer Nachricht nur hier auslösen. Die Gegenseite sieht ein sauberes FIN (&apos;end&apos;), keinen Fehler: damit die Gegenseite scheitert, Reset (RST) verwenden</translation>
    </message>
    <message>
        <source>Destroy with error: &apos;error&apos; here only; the peer sees a clean FIN (&apos;end&apos;)</source>
        <translation>Mit Fehler zerstören: &apos;error&apos; nur hier; die Gegenseite sieht ein sauberes FIN (&apos;end&apos;)</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only</source>
        <translation>socket.resetAndDestroy(): mit RST abbrechen (SO_LINGER 0). Die Gegenseite erhält ECONNRESET; Bytes unterwegs und ungelesene Bytes auf beiden Seiten gehen verloren. Nur TCP</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>Reset: RST; die Gegenseite sieht ECONNRESET und ungelesene Daten gehen verloren</translation>
    </message>
    <message>
        <source>Reset (R&amp;ST)</source>
        <translation>Reset (R&amp;ST)</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>Wählen Sie unter Endpunkte einen Listener oder Socket, um ihn zu untersuchen.</translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Runs a guided lesson without a window: prints each step&apos;s narration, runs its code, prints the events on both ends as they happen and checks the events the step expects. The exit status is 0 when every expected event happened, 1 (naming the first that did not) otherwise. A step the learner performs in the window runs its fallback code, or is skipped.</source>
        <translation>Führt eine geführte Lektion ohne Fenster aus: gibt die Erzählung jedes Schritts aus, führt seinen Code aus, gibt die Ereignisse an beiden Enden aus, während sie geschehen, und prüft die Ereignisse, die der Schritt erwartet. Der Exit-Status ist 0, wenn jedes erwartete Ereignis eingetreten ist, sonst 1 (mit dem ersten, das ausblieb). Ein Schritt, den der Lernende im Fenster ausführt, führt seinen Ersatzcode aus oder wird übersprungen.</translation>
    </message>
    <message>
        <source>List the built-in lessons.</source>
        <translation>Die eingebauten Lektionen auflisten.</translation>
    </message>
    <message>
        <source>Run a built-in lesson.</source>
        <translation>Eine eingebaute Lektion ausführen.</translation>
    </message>
    <message>
        <source>Run a lesson file (format: resources/lessons/README.md).</source>
        <translation>Eine Lektionsdatei ausführen (Format: resources/lessons/README.md).</translation>
    </message>
    <message>
        <source>Write the lesson as a Node script and run it under node.</source>
        <translation>Die Lektion als Node-Skript schreiben und unter node ausführen.</translation>
    </message>
    <message>
        <source>A built-in lesson&apos;s name or a lesson file.</source>
        <translation>Der Name einer eingebauten Lektion oder eine Lektionsdatei.</translation>
    </message>
    <message>
        <source>Write the lesson as a Node-style script (NAME.lesson.js and prelude.js) into FOLDER instead of running it.</source>
        <translation>Die Lektion als Skript im Node-Stil (NAME.lesson.js und prelude.js) in FOLDER schreiben, statt sie auszuführen.</translation>
    </message>
    <message>
        <source>name one lesson (netbench lesson --list lists them)</source>
        <translation>nennen Sie eine Lektion (netbench lesson --list listet sie auf)</translation>
    </message>
</context>
<context>
    <name>ListenMode</name>
    <message>
        <source>%1 (%2): new connections are turned away until some close</source>
        <translation>%1 (%2): neue Verbindungen werden abgewiesen, bis einige schließen</translation>
    </message>
    <message>
        <source>Send back what arrives, instead of standard I/O.</source>
        <translation>Zurücksenden, was ankommt, statt Standard-Ein-/Ausgabe.</translation>
    </message>
    <message>
        <source>Read and drop what arrives; send nothing.</source>
        <translation>Lesen und verwerfen, was ankommt; nichts senden.</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end. The default with --keep-open.</source>
        <translation>Wenn die Gegenseite ihre Seite beendet, auch unsere beenden (die Vorgabe von Node, allowHalfOpen: false); bis dahin nicht gesendete Standardeingabe wird gemeldet und der Exit-Status ist 1. Ohne diese Option wird die Standardeingabe bis zu ihrem Ende gesendet. Die Vorgabe mit --keep-open.</translation>
    </message>
    <message>
        <source>Keep sending standard input after the peer ends its side (Node&apos;s allowHalfOpen). The default, except with --keep-open.</source>
        <translation>Standardeingabe weiter senden, nachdem die Gegenseite ihre Seite beendet hat (allowHalfOpen von Node). Die Vorgabe, außer mit --keep-open.</translation>
    </message>
    <message>
        <source>Drop connections beyond N open at a time (server.maxConnections).</source>
        <translation>Verbindungen über N gleichzeitig offene hinaus verwerfen (server.maxConnections).</translation>
    </message>
    <message>
        <source>Accepted for ncat&apos;s habit (netbench -l PORT is netbench listen PORT).</source>
        <translation>Angenommen wegen der Gewohnheit von ncat (netbench -l PORT ist netbench listen PORT).</translation>
    </message>
    <message>
        <source>Keep accepting connections: standard input goes to all of them, and what any of them sends goes to standard output. Stop with Ctrl+C.</source>
        <translation>Weiter Verbindungen annehmen: die Standardeingabe geht an alle, und was jede von ihnen sendet, geht an die Standardausgabe. Mit Ctrl+C beenden.</translation>
    </message>
    <message>
        <source>[HOST:]PORT or HOST PORT for TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080; port 0 picks a free port, printed on standard error), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>[HOST:]PORT oder HOST PORT für TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080; Port 0 wählt einen freien Port, der auf der Standardfehlerausgabe ausgegeben wird) oder PATH für einen Unix-Domain-Socket: ein Wort mit einem &apos;/&apos; oder auf .sock endend (jedes Wort mit -U).</translation>
    </message>
    <message>
        <source>Listens for connections, like ncat -l. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Without --keep-open it serves one connection and exits when that has closed. Exit status: 0 when everything was delivered, 1 for a network error or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away.</source>
        <translation>Lauscht wie ncat -l auf Verbindungen. Die Standardeingabe geht an die Verbindung und was ankommt an die Standardausgabe, Byte für Byte; das Ende der Standardeingabe schließt die Verbindung halb (end()), und die Standardeingabe wird bis zu ihrem Ende gesendet, auch nachdem die Gegenseite ihre Seite beendet hat. Ohne --keep-open bedient es eine Verbindung und endet, wenn diese geschlossen ist. Exit-Status: 0, wenn alles zugestellt wurde, 1 bei einem Netzwerkfehler oder nicht zugestellter Standardeingabe (die Meldung nennt die Zahl der Bytes), 2 bei einer fehlerhaften Befehlszeile, 141, wenn der Leser der Standardausgabe verschwunden ist.</translation>
    </message>
    <message>
        <source>Serve one connection on port 8080 of every interface.</source>
        <translation>Eine Verbindung auf Port 8080 jeder Schnittstelle bedienen.</translation>
    </message>
    <message>
        <source>Listen on a free loopback port and print every event.</source>
        <translation>Auf einem freien Loopback-Port lauschen und jedes Ereignis ausgeben.</translation>
    </message>
    <message>
        <source>An echo server on IPv6 loopback for any number of clients.</source>
        <translation>Ein Echo-Server auf IPv6-Loopback für beliebig viele Clients.</translation>
    </message>
    <message>
        <source>ncat&apos;s way: keep listening, close a connection idle for 30 seconds, a hex dump of everything.</source>
        <translation>Auf die Art von ncat: weiter lauschen, eine 30 Sekunden untätige Verbindung schließen, ein Hex-Dump von allem.</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket in this folder; send nothing.</source>
        <translation>Speichern, was ein Client über einen Unix-Socket in diesem Ordner sendet; nichts senden.</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket, and record a trace.</source>
        <translation>Speichern, was ein Client über einen Unix-Socket sendet, und einen Trace aufzeichnen.</translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation>--echo und --discard schließen sich aus</translation>
    </message>
    <message>
        <source>--max-connections needs a count, not &apos;%1&apos;</source>
        <translation>--max-connections braucht eine Anzahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close und --allow-half-open schließen sich aus</translation>
    </message>
    <message>
        <source>Answer every line with PING in it, numbering the answers.</source>
        <translation>Jede Zeile mit PING darin beantworten, die Antworten nummeriert.</translation>
    </message>
    <message>
        <source>Answer an HTTP request line with the path asked for, then end the connection.</source>
        <translation>Eine HTTP-Anfragezeile mit dem angefragten Pfad beantworten, dann die Verbindung beenden.</translation>
    </message>
    <message>
        <source>rules (--reply, --rules) and --%1 exclude each other</source>
        <translation>Regeln (--reply, --rules) und --%1 schließen sich aus</translation>
    </message>
    <message>
        <source>Binary: 01 02 is answered 03 04 after 200 ms.</source>
        <translation>Binär: 01 02 wird nach 200 ms mit 03 04 beantwortet.</translation>
    </message>
    <message>
        <source>--%1 does not use standard I/O: -C, --send-only and --recv-only do not apply</source>
        <translation>--%1 verwendet keine Standard-Ein-/Ausgabe: -C, --send-only und --recv-only gelten nicht</translation>
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
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Zerstören</translation>
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
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back. A server: close() stops accepting</source>
        <translation>socket.end(): Halbschließen. Eingereihte Daten werden gesendet, dann FIN: die Gegenseite erhält &apos;end&apos; und kann noch zurückschreiben. Bei einem Server: close() beendet das Annehmen</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>Ende: FIN nach den eingereihten Daten; die Gegenseite sieht &apos;end&apos; und kann noch senden</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy(): beide Richtungen sofort schließen. Noch in netbench eingereihte Daten werden verworfen; was der Kernel hält, wird gesendet, dann FIN: die Gegenseite erhält &apos;end&apos;, dann &apos;close&apos;. Warten noch ungelesene Daten, sendet der Kernel stattdessen RST: die Gegenseite erhält ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>Zerstören: sofort schließen; die Gegenseite sieht ein sauberes FIN (&apos;end&apos;) oder ECONNRESET, falls wir Daten ungelesen ließen</translation>
    </message>
    <message>
        <source>Rese&amp;t (RST)</source>
        <translation>Rese&amp;t (RST)</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only: a Unix socket has no RST and closes as with Destroy</source>
        <translation>socket.resetAndDestroy(): mit RST abbrechen (SO_LINGER 0). Die Gegenseite erhält ECONNRESET; Bytes unterwegs und ungelesene Bytes auf beiden Seiten gehen verloren. Nur TCP: ein Unix-Socket hat kein RST und schließt wie bei Zerstören</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>Reset: RST; die Gegenseite sieht ECONNRESET und ungelesene Daten gehen verloren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
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
        <translation>Zeitli&amp;mit:</translation>
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
        <translation>Keep-alive na&amp;ch</translation>
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
        <translation>Kodier&amp;ung:</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data arrives as text in this encoding</source>
        <translation>socket.setEncoding(): empfangene Daten kommen als Text in dieser Kodierung an</translation>
    </message>
    <message>
        <source>&amp;Live listeners:</source>
        <translation>&amp;Aktive Listener:</translation>
    </message>
    <message>
        <source>The listeners of this window that are listening now; picking one fills in its address or path</source>
        <translation>Die Listener dieses Fensters, die gerade lauschen; eine Auswahl füllt ihre Adresse oder ihren Pfad aus</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>Einen Listener dieses Fensters wählen…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>O&amp;pen:</source>
        <translation>Öff&amp;nen:</translation>
    </message>
    <message>
        <source>Open this many connections to the target at once (to try a server&apos;s maxConnections, its accept loop, or EMFILE)</source>
        <translation>So viele Verbindungen gleichzeitig zum Ziel öffnen (um maxConnections eines Servers, seine Accept-Schleife oder EMFILE auszuprobieren)</translation>
    </message>
    <message>
        <source> connection(s)</source>
        <translation> Verbindung(en)</translation>
    </message>
    <message>
        <source>&amp;Reconnect after</source>
        <translation>Neu &amp;verbinden nach</translation>
    </message>
    <message>
        <source>When the connection cannot be made or closes, connect again (until you destroy the client)</source>
        <translation>Wenn die Verbindung nicht zustande kommt oder schließt, erneut verbinden (bis Sie den Client zerstören)</translation>
    </message>
    <message>
        <source>&amp;Backoff factor:</source>
        <translation>&amp;Backoff-Faktor:</translation>
    </message>
    <message>
        <source>Each further wait is this many times longer</source>
        <translation>Jede weitere Wartezeit ist so viel Mal länger</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Längste &amp;Wartezeit:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>Auf&amp;geben nach:</translation>
    </message>
    <message>
        <source>Reconnects in a row that find no connection; a connection that opens starts the count again</source>
        <translation>Verbindungsversuche in Folge ohne Verbindung; eine Verbindung, die zustande kommt, beginnt die Zählung neu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> Versuch(e)</translation>
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
    <name>QObject</name>
    <message>
        <source>%1: its settings are not known; Node&apos;s defaults are used.</source>
        <translation>%1: seine Einstellungen sind unbekannt; die Vorgaben von Node werden verwendet.</translation>
    </message>
    <message>
        <source>%1 still listens on %2 in the window: close it before running the script, which listens there too.</source>
        <translation>%1 lauscht im Fenster noch auf %2: schließen Sie ihn, bevor Sie das Skript ausführen, das dort ebenfalls lauscht.</translation>
    </message>
    <message>
        <source>%1: write #%2 of %3 bytes: only its first %4 were kept; the script writes those.</source>
        <translation>%1: Schreibvorgang #%2 mit %3 Bytes: nur die ersten %4 wurden behalten; das Skript schreibt diese.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n record(s) are no longer kept (Preferences: recorder size); the calls among them are missing.</source>
        <translation>
            <numerusform>Der älteste Eintrag (%n) wird nicht mehr gehalten (Einstellungen: Größe des Rekorders); die Aufrufe darin fehlen.</numerusform>
            <numerusform>Die ältesten %n Einträge werden nicht mehr gehalten (Einstellungen: Größe des Rekorders); die Aufrufe darin fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2() was refused in the window (%3); left out.</source>
        <translation>%1: %2() wurde im Fenster abgelehnt (%3); ausgelassen.</translation>
    </message>
    <message>
        <source>%1 answers by its auto-reply rules in the script: its recorded writes and ends are left out, those typed by hand too.</source>
        <translation>%1 antwortet im Skript nach seinen Regeln für automatische Antworten: Seine aufgezeichneten Schreibvorgänge und Beendigungen fehlen darin, auch die von Hand eingegebenen.</translation>
    </message>
</context>
<context>
    <name>RelayMode</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>#%1 %2 -&gt; %3: relaying</source>
        <translation>#%1 %2 -&gt; %3: leite weiter</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>%1 abgewiesen</translation>
    </message>
    <message>
        <source>relaying to %1</source>
        <translation>leite weiter an %1</translation>
    </message>
    <message>
        <source>#%1 reset: the target did not answer within %2 ms (--connect-timeout)</source>
        <translation>#%1 zurückgesetzt: das Ziel hat nicht innerhalb von %2 ms geantwortet (--connect-timeout)</translation>
    </message>
    <message>
        <source>#%1 closed: %2 bytes to the server, %3 to the client</source>
        <translation>#%1 geschlossen: %2 Bytes zum Server, %3 zum Client</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; ist nicht [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>setzen Sie eine IPv6-Adresse in Klammern: [%1]:PORT</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; is neither HOST:PORT nor a PATH</source>
        <translation>das Ziel &apos;%1&apos; ist weder HOST:PORT noch ein PATH</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; has no host</source>
        <translation>das Ziel &apos;%1&apos; hat keinen Host</translation>
    </message>
    <message>
        <source>the target&apos;s port cannot be 0</source>
        <translation>der Port des Ziels darf nicht 0 sein</translation>
    </message>
    <message>
        <source>Both directions.</source>
        <translation>Beide Richtungen.</translation>
    </message>
    <message>
        <source>As --%1, client to server only.</source>
        <translation>Wie --%1, nur vom Client zum Server.</translation>
    </message>
    <message>
        <source>As --%1, server to client only.</source>
        <translation>Wie --%1, nur vom Server zum Client.</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &apos;%3&apos;</source>
        <translation>--%1 braucht %2, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Hold each chunk MS milliseconds before forwarding it.</source>
        <translation>Jedes Stück MS Millisekunden halten, bevor es weitergeleitet wird.</translation>
    </message>
    <message>
        <source>Forward at most BYTES bytes per second.</source>
        <translation>Höchstens BYTES Bytes pro Sekunde weiterleiten.</translation>
    </message>
    <message>
        <source>Forward in pieces of SIZE bytes, or of a random size in MIN-MAX for each piece, one write each.</source>
        <translation>In Stücken von SIZE Bytes weiterleiten, oder von zufälliger Größe in MIN-MAX für jedes Stück, je ein Schreibvorgang.</translation>
    </message>
    <message>
        <source>Wait MS milliseconds after each piece (with --chunk).</source>
        <translation>Nach jedem Stück MS Millisekunden warten (mit --chunk).</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then nothing more: what arrives waits, the sender&apos;s backpressure builds (0: hold from the start).</source>
        <translation>BYTES Bytes weiterleiten, dann nichts mehr: was ankommt, wartet, der Gegendruck des Senders baut sich auf (0: von Anfang an halten).</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then end() towards the receiver (FIN) and drop the rest; the other direction goes on.</source>
        <translation>BYTES Bytes weiterleiten, dann end() zum Empfänger (FIN) und den Rest verwerfen; die andere Richtung läuft weiter.</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then reset both legs (RST: both peers see ECONNRESET).</source>
        <translation>BYTES Bytes weiterleiten, dann beide Strecken zurücksetzen (RST: beide Gegenseiten sehen ECONNRESET).</translation>
    </message>
    <message>
        <source>Forward exactly BYTES bytes and end() to the receiver, then close the sender&apos;s leg and forward nothing more.</source>
        <translation>Genau BYTES Bytes weiterleiten und end() zum Empfänger, dann die Strecke des Senders schließen und nichts mehr weiterleiten.</translation>
    </message>
    <message>
        <source>Reset a client whose target connection is not up after MS milliseconds (default %1; 0: wait as long as the kernel retries).</source>
        <translation>Einen Client zurücksetzen, dessen Verbindung zum Ziel nach MS Millisekunden nicht steht (Vorgabe %1; 0: so lange warten, wie der Kernel es versucht).</translation>
    </message>
    <message>
        <source>Relay N clients, then reset every new one at once (0: refuse all).</source>
        <translation>N Clients weiterleiten, dann jeden neuen sofort zurücksetzen (0: alle abweisen).</translation>
    </message>
    <message>
        <source>The server each client is relayed to: HOST:PORT, [V6]:PORT or PATH.</source>
        <translation>Der Server, an den jeder Client weitergeleitet wird: HOST:PORT, [V6]:PORT oder PATH.</translation>
    </message>
    <message>
        <source>Relays every client that connects to LISTEN to its own connection to TARGET, TCP or Unix on either side, byte for byte and in order, until interrupted. Each client is read only once its target connection is up; if the target cannot be reached, or does not answer within --connect-timeout, the client is reset (ECONNRESET; a Unix client sees its connection close). Backpressure passes through (a slow reader slows its writer), each direction half-closes on its own, and a reset on one leg resets the other. Faults change that on purpose: --NAME applies to both directions, --c2s-NAME (client to server) and --s2c-NAME (server to client) to one, and win over --NAME. One line per connection goes to standard error. Exit status: 1 when it cannot listen, 2 for a bad command line, 128+N after signal N.</source>
        <translation>Leitet jeden Client, der sich mit LISTEN verbindet, an eine eigene Verbindung zu TARGET weiter, TCP oder Unix auf beiden Seiten, Byte für Byte und in Reihenfolge, bis zur Unterbrechung. Jeder Client wird erst gelesen, wenn seine Verbindung zum Ziel steht; ist das Ziel nicht erreichbar oder antwortet nicht innerhalb von --connect-timeout, wird der Client zurückgesetzt (ECONNRESET; ein Unix-Client sieht seine Verbindung schließen). Gegendruck geht hindurch (ein langsamer Leser bremst seinen Schreiber), jede Richtung schließt für sich halb, und ein Reset auf einer Strecke setzt die andere zurück. Fehler ändern das absichtlich: --NAME gilt für beide Richtungen, --c2s-NAME (Client zum Server) und --s2c-NAME (Server zum Client) für eine und haben Vorrang vor --NAME. Eine Zeile pro Verbindung geht an die Standardfehlerausgabe. Exit-Status: 1, wenn nicht gelauscht werden kann, 2 bei einer fehlerhaften Befehlszeile, 128+N nach Signal N.</translation>
    </message>
    <message>
        <source>Put netbench between clients of port 8081 and a server on 8080, and see both legs with --events.</source>
        <translation>netbench zwischen Clients von Port 8081 und einen Server auf 8080 setzen und beide Strecken mit --events sehen.</translation>
    </message>
    <message>
        <source>A Unix socket in front of a TCP server, 200 ms slower both ways, replies cut into pieces of 1 to 16 bytes.</source>
        <translation>Ein Unix-Socket vor einem TCP-Server, in beide Richtungen 200 ms langsamer, Antworten in Stücke von 1 bis 16 Bytes zerteilt.</translation>
    </message>
    <message>
        <source>Reset each connection after the client sent 100 bytes.</source>
        <translation>Jede Verbindung zurücksetzen, nachdem der Client 100 Bytes gesendet hat.</translation>
    </message>
    <message>
        <source>--chunk-pause needs --chunk for the same direction</source>
        <translation>--chunk-pause braucht --chunk für dieselbe Richtung</translation>
    </message>
    <message>
        <source>--refuse-after needs a count, not &apos;%1&apos;</source>
        <translation>--refuse-after braucht eine Anzahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing LISTEN and TARGET</source>
        <translation>LISTEN und TARGET fehlen</translation>
    </message>
    <message>
        <source>missing TARGET</source>
        <translation>TARGET fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--connect-timeout needs MS, not &apos;%1&apos;</source>
        <translation>--connect-timeout braucht MS, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Where clients connect: [HOST:]PORT ([::1]:PORT for IPv6; port 0 picks a free one) or a Unix socket PATH (a word with a &apos;/&apos; or ending in .sock).</source>
        <translation>Wo Clients sich verbinden: [HOST:]PORT ([::1]:PORT für IPv6; Port 0 wählt einen freien) oder ein Unix-Socket-PATH (ein Wort mit einem &apos;/&apos; oder auf .sock endend).</translation>
    </message>
</context>
<context>
    <name>ReplyArguments</name>
    <message>
        <source>Answer what arrives by a rule KIND[,OPTION...]:PATTERN=REPLY (repeatable; the first rule that matches a message answers it). KIND: exact, contains, re, hex. OPTION: delay=TIME, end, reset, off. See Rules below.</source>
        <translation>Was ankommt, nach einer Regel KIND[,OPTION...]:PATTERN=REPLY beantworten (wiederholbar; die erste Regel, die auf eine Nachricht passt, beantwortet sie). KIND: exact, contains, re, hex. OPTION: delay=TIME, end, reset, off. Siehe Regeln unten.</translation>
    </message>
    <message>
        <source>Read auto-reply rules from FILE (JSON, as the window saves them: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}); before any --reply.</source>
        <translation>Regeln für automatische Antworten aus FILE lesen (JSON, wie das Fenster sie speichert: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}); vor jedem --reply.</translation>
    </message>
    <message>
        <source>How the rules cut what arrives into messages: chunk (each read, the default), line (up to LF, a CR before it dropped) or delim:TEXT.</source>
        <translation>Wie die Regeln das Ankommende in Nachrichten teilen: chunk (jeder Lesevorgang, die Vorgabe), line (bis LF, ein CR davor entfernt) oder delim:TEXT.</translation>
    </message>
    <message>
        <source>Rules (--reply RULE, --rules FILE):
  KIND[,OPTION...]:PATTERN=REPLY     the first &apos;=&apos; not written \= ends PATTERN
  KIND    exact     the whole message is PATTERN
          contains  PATTERN is in the message (empty: every message)
          re        a regular expression (PCRE) on the message&apos;s bytes
          hex       bytes in hex found in the message, ?? for any byte
  OPTION  delay=TIME  reply after TIME (200ms, 1.5s, 1m); later replies wait
          end         end our side after the reply; reset: reset instead
          off         keep the rule, disabled
  REPLY   text with escapes \r \n \t \0 \e \\ \$ \xHH and macros $0 (the
          match), $1..$9 and ${N} (groups), ${count} (this rule&apos;s hits),
          ${time} (UTC), ${data} (the message), ${length}; or hex:BYTES
  Messages: each chunk read, or with --frame line / delim:TEXT each framed
  message (a message split across reads is put together; what is left when
  the peer ends counts as the last one). Once the peer has ended and the
  replies are out, our side ends. Standard input, if any, is sent too.
</source>
        <translation>Regeln (--reply RULE, --rules FILE):
  KIND[,OPTION...]:PATTERN=REPLY     das erste nicht als \= geschriebene &apos;=&apos; beendet PATTERN
  KIND    exact     die ganze Nachricht ist PATTERN
          contains  PATTERN steht in der Nachricht (leer: jede Nachricht)
          re        ein regulärer Ausdruck (PCRE) auf den Bytes der Nachricht
          hex       Bytes in Hex, in der Nachricht gefunden, ?? für ein beliebiges Byte
  OPTION  delay=TIME  nach TIME antworten (200ms, 1.5s, 1m); spätere Antworten warten
          end         nach der Antwort unsere Seite beenden; reset: stattdessen zurücksetzen
          off         die Regel behalten, abgeschaltet
  REPLY   Text mit den Escapes \r \n \t \0 \e \\ \$ \xHH und den Makros $0 (der
          Treffer), $1..$9 und ${N} (Gruppen), ${count} (Treffer dieser Regel),
          ${time} (UTC), ${data} (die Nachricht), ${length}; oder hex:BYTES
  Nachrichten: jedes gelesene Stück, oder mit --frame line / delim:TEXT jede
  gerahmte Nachricht (eine über mehrere Lesevorgänge verteilte Nachricht wird
  zusammengesetzt; was übrig ist, wenn die Gegenseite endet, zählt als letzte).
  Sobald die Gegenseite geendet hat und die Antworten hinaus sind, endet unsere
  Seite. Eine Standardeingabe, falls vorhanden, wird ebenfalls gesendet.
</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>Regel %1 von %2</translation>
    </message>
    <message>
        <source>--frame needs rules (--reply or --rules)</source>
        <translation>--frame braucht Regeln (--reply oder --rules)</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a Node-style script that uses require(&apos;net&apos;) on netbench&apos;s own implementation of Node&apos;s net module, without a window. The exit status is the script&apos;s (process.exitCode, process.exit(), 1 for an uncaught exception). Options go before FILE.js; everything after it is the script&apos;s.</source>
        <translation>Führt ein Skript im Node-Stil, das require(&apos;net&apos;) verwendet, auf der eigenen Implementierung des net-Moduls von Node in netbench aus, ohne Fenster. Der Exit-Status ist der des Skripts (process.exitCode, process.exit(), 1 bei einer nicht abgefangenen Ausnahme). Optionen stehen vor FILE.js; alles danach gehört dem Skript.</translation>
    </message>
    <message>
        <source>Run a script until nothing keeps it alive, as node does.</source>
        <translation>Ein Skript ausführen, bis nichts es mehr am Leben hält, wie node es tut.</translation>
    </message>
    <message>
        <source>Pass arguments to the script (process.argv) and record its events as JSON Lines.</source>
        <translation>Dem Skript Argumente übergeben (process.argv) und seine Ereignisse als JSON Lines aufzeichnen.</translation>
    </message>
    <message>
        <source>Print every event on standard error; --verbose goes to the script.</source>
        <translation>Jedes Ereignis auf der Standardfehlerausgabe ausgeben; --verbose geht an das Skript.</translation>
    </message>
    <message>
        <source>The script to run.</source>
        <translation>Das auszuführende Skript.</translation>
    </message>
    <message>
        <source>Arguments for the script (process.argv).</source>
        <translation>Argumente für das Skript (process.argv).</translation>
    </message>
    <message>
        <source>End the script (exit status 134, as node at its heap limit) when the process holds more than MIB mebibytes. Default: half the physical memory, at most 4096.</source>
        <translation>Das Skript beenden (Exit-Status 134, wie node an seiner Heap-Grenze), wenn der Prozess mehr als MIB Mebibyte belegt. Vorgabe: die Hälfte des physischen Speichers, höchstens 4096.</translation>
    </message>
    <message>
        <source>--max-memory takes a number of MiB above 0</source>
        <translation>--max-memory nimmt eine Zahl von MiB über 0</translation>
    </message>
    <message>
        <source>missing FILE.js</source>
        <translation>FILE.js fehlt</translation>
    </message>
</context>
<context>
    <name>ScriptConsoleWidget</name>
    <message>
        <source>Script file (.js)</source>
        <translation>Skriptdatei (.js)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Arguments (process.argv)</source>
        <translation>Argumente (process.argv)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>console.log() output of the script appears here.</source>
        <translation>Die Ausgabe von console.log() des Skripts erscheint hier.</translation>
    </message>
    <message>
        <source>No script is running.</source>
        <translation>Es läuft kein Skript.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>StdinReader</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>StdioMode</name>
    <message>
        <source>The target is a Unix domain socket PATH, whatever its name.</source>
        <translation>Das Ziel ist ein Unix-Domain-Socket-PATH, wie auch immer er heißt.</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>Nur IPv4.</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>Nur IPv6.</translation>
    </message>
    <message>
        <source>Send each line feed of standard input as CR LF (a CR LF stays one).</source>
        <translation>Jeden Zeilenvorschub der Standardeingabe als CR LF senden (ein CR LF bleibt eines).</translation>
    </message>
    <message>
        <source>Only send: what arrives is read and dropped, and the connection closes once standard input has been sent to its end.</source>
        <translation>Nur senden: was ankommt, wird gelesen und verworfen, und die Verbindung schließt, sobald die Standardeingabe bis zu ihrem Ende gesendet ist.</translation>
    </message>
    <message>
        <source>Only receive: standard input is not read, and our side ends when the peer ends its own.</source>
        <translation>Nur empfangen: die Standardeingabe wird nicht gelesen, und unsere Seite endet, wenn die Gegenseite ihre beendet.</translation>
    </message>
    <message>
        <source>Close a connection after TIME without traffic either way (exit status 1). TIME as ncat: 30 or 30s, 500ms, 2m, 1h.</source>
        <translation>Eine Verbindung nach TIME ohne Verkehr in beide Richtungen schließen (Exit-Status 1). TIME wie bei ncat: 30 oder 30s, 500ms, 2m, 1h.</translation>
    </message>
    <message>
        <source>Write every chunk sent and received to FILE: a line with its direction, size and peer, then offset, hex and ASCII.</source>
        <translation>Jedes gesendete und empfangene Stück in FILE schreiben: eine Zeile mit Richtung, Größe und Gegenseite, dann Offset, Hex und ASCII.</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 und -6 schließen sich aus</translation>
    </message>
    <message>
        <source>-U (a Unix socket) and -%1 exclude each other</source>
        <translation>-U (ein Unix-Socket) und -%1 schließen sich aus</translation>
    </message>
    <message>
        <source>--send-only and --recv-only exclude each other</source>
        <translation>--send-only und --recv-only schließen sich aus</translation>
    </message>
    <message>
        <source>-i/--idle-timeout needs a time above 0 such as 30, 30s, 500ms or 2m, not &apos;%1&apos;</source>
        <translation>-i/--idle-timeout braucht eine Zeit über 0 wie 30, 30s, 500ms oder 2m, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--hex-dump needs a FILE</source>
        <translation>--hex-dump braucht eine FILE</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no activity for %1 ms (-i); closed the connection</source>
        <translation>%1 ms lang keine Aktivität (-i); Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the peer ended the connection (--no-half-close)</source>
        <translation>die Gegenseite hat die Verbindung beendet (--no-half-close)</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>--send-only drops what arrives: it cannot be answered by rules</source>
        <translation>--send-only verwirft, was ankommt: darauf können keine Regeln antworten</translation>
    </message>
    <message numerus="yes">
        <source>at least %1 byte(s) of standard input were not delivered: %2</source>
        <translation>
            <numerusform>mindestens %1 Byte der Standardeingabe wurde nicht zugestellt: %2</numerusform>
            <numerusform>mindestens %1 Bytes der Standardeingabe wurden nicht zugestellt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>-C changes standard input, which --recv-only does not read</source>
        <translation>-C verändert die Standardeingabe, die --recv-only nicht liest</translation>
    </message>
    <message>
        <source>standard output took nothing for %1 s after the signal; what it had not taken is lost</source>
        <translation>die Standardausgabe hat nach dem Signal %1 s lang nichts angenommen; was sie nicht angenommen hatte, ist verloren</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: netbench %1 %2</source>
        <translation>Aufruf: netbench %1 %2</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Try &apos;netbench %1 --help&apos; for more information.</source>
        <translation>Mehr dazu mit &apos;netbench %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformation an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (a whole number from 0 to 65535)</source>
        <translation>&apos;%1&apos; ist kein Port (eine ganze Zahl von 0 bis 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; ist nicht [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>setzen Sie eine IPv6-Adresse in Klammern: [%1]:PORT</translation>
    </message>
    <message>
        <source>missing HOST before port %1 (HOST PORT or HOST:PORT)</source>
        <translation>HOST vor Port %1 fehlt (HOST PORT oder HOST:PORT)</translation>
    </message>
    <message>
        <source>missing PORT after %1 (HOST PORT or HOST:PORT; a Unix socket PATH has a &apos;/&apos; or ends in .sock, or give -U)</source>
        <translation>PORT nach %1 fehlt (HOST PORT oder HOST:PORT; ein Unix-Socket-PATH hat ein &apos;/&apos; oder endet auf .sock, oder geben Sie -U an)</translation>
    </message>
    <message>
        <source>missing HOST before :%1</source>
        <translation>HOST vor :%1 fehlt</translation>
    </message>
    <message>
        <source>missing HOST PORT, HOST:PORT or PATH</source>
        <translation>HOST PORT, HOST:PORT oder PATH fehlt</translation>
    </message>
    <message>
        <source>missing [HOST:]PORT or PATH</source>
        <translation>[HOST:]PORT oder PATH fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the Unix socket path</source>
        <translation>unerwartetes Argument &apos;%1&apos; nach dem Unix-Socket-Pfad</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the port</source>
        <translation>unerwartetes Argument &apos;%1&apos; nach dem Port</translation>
    </message>
    <message>
        <source>empty HOST</source>
        <translation>leerer HOST</translation>
    </message>
    <message>
        <source>%1 is not an IPv%2 address (-%2)</source>
        <translation>%1 ist keine IPv%2-Adresse (-%2)</translation>
    </message>
    <message>
        <source>cannot write trace %1</source>
        <translation>Trace %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the Unix socket</source>
        <translation>der Unix-Socket</translation>
    </message>
    <message>
        <source>cannot write hex dump %1: %2</source>
        <translation>Hex-Dump %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&gt; %1 bytes sent to %2</source>
        <translation>&gt; %1 Bytes gesendet an %2</translation>
    </message>
    <message>
        <source>&lt; %1 bytes received from %2</source>
        <translation>&lt; %1 Bytes empfangen von %2</translation>
    </message>
    <message>
        <source>Print every event and call on standard error, one readable line each.</source>
        <translation>Jedes Ereignis und jeden Aufruf auf der Standardfehlerausgabe ausgeben, je eine lesbare Zeile.</translation>
    </message>
    <message>
        <source>More events on standard error: -v is --events, -vv adds the JSON Lines records (as --trace -) unless --trace is given.</source>
        <translation>Mehr Ereignisse auf der Standardfehlerausgabe: -v ist --events, -vv fügt die JSON-Lines-Einträge hinzu (wie --trace -), außer --trace ist angegeben.</translation>
    </message>
    <message>
        <source>Write every event and call as JSON Lines to FILE (&apos;-&apos; for standard error).</source>
        <translation>Jedes Ereignis und jeden Aufruf als JSON Lines in FILE schreiben (&apos;-&apos; für die Standardfehlerausgabe).</translation>
    </message>
</context>
<context>
    <name>gui::ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation>CR (\r)</translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation>Zu sendenden Text eingeben. Escapes: \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 0x0d 0x0a or de:ad:be:ef</source>
        <translation>Hex-Bytes, z. B. 48 65 6c 6c 6f, 0x0d 0x0a oder de:ad:be:ef</translation>
    </message>
    <message>
        <source>Base64, e.g. aGVsbG8=</source>
        <translation>Base64, z. B. aGVsbG8=</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Eine zu sendende Datei wählen</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sent</source>
        <translation>Angehalten: %1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation>Wählen Sie eine zu sendende Datei.</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source> (%1 in all)</source>
        <translation> (insgesamt %1)</translation>
    </message>
    <message>
        <source>connection not writable</source>
        <translation>Verbindung nicht beschreibbar</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Sende %1…</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>also sending to %1</source>
        <translation>sendet auch an %1</translation>
    </message>
</context>
<context>
    <name>gui::ConversationRenderer</name>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● verbunden</translation>
    </message>
    <message>
        <source>← FIN received: the peer ended its side</source>
        <translation>← FIN empfangen: die Gegenseite hat ihre Seite beendet</translation>
    </message>
    <message>
        <source>→ end() called: FIN follows the queued bytes</source>
        <translation>→ end() aufgerufen: FIN folgt den eingereihten Bytes</translation>
    </message>
    <message>
        <source>→ reset: RST sent instead of FIN</source>
        <translation>→ Reset: RST statt FIN gesendet</translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation>⚠ Fehler</translation>
    </message>
    <message>
        <source>⚠ error: %1</source>
        <translation>⚠ Fehler: %1</translation>
    </message>
    <message>
        <source>■ closed after an error</source>
        <translation>■ nach einem Fehler geschlossen</translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation>■ geschlossen</translation>
    </message>
    <message>
        <source>→ write refused after end() or destroy(): %1 not sent</source>
        <translation>→ Schreiben nach end() oder destroy() abgelehnt: %1 nicht gesendet</translation>
    </message>
    <message>
        <source>… %1 in %2 steps not shown here; Save… writes everything …</source>
        <translation>… %1 in %2 Schritten hier nicht gezeigt; Speichern… schreibt alles …</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: past the transcript cap</source>
        <translation>%1: %2 in %3 Stücken nicht aufgezeichnet: über der Mitschnitt-Grenze</translation>
    </message>
    <message>
        <source>… %1 of this chunk not shown here …</source>
        <translation>… %1 dieses Stücks hier nicht gezeigt …</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: past the transcript cap]</source>
        <translation>[%1 Bytes dieses Stücks nicht aufgezeichnet: über der Mitschnitt-Grenze]</translation>
    </message>
    <message>
        <source>%1 later steps not recorded: the transcript&apos;s step limit was reached</source>
        <translation>%1 spätere Schritte nicht aufgezeichnet: die Schrittgrenze des Mitschnitts wurde erreicht</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: %4</source>
        <translation>%1: %2 in %3 Stücken nicht aufgezeichnet: %4</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: %2]</source>
        <translation>[%1 Bytes dieses Stücks nicht aufgezeichnet: %2]</translation>
    </message>
</context>
<context>
    <name>gui::ConversationWidget</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>Escaped (\xNN)</source>
        <translation>Maskiert (\xNN)</translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation>Gespräch als &amp;Text…</translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation>&amp;Gesendete Bytes (roh)…</translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation>&amp;Empfangene Bytes (roh)…</translation>
    </message>
    <message>
        <source>Nothing recorded for this connection yet.</source>
        <translation>Für diese Verbindung wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>Keine Verbindung ausgewählt.</translation>
    </message>
    <message>
        <source>→ %1 sent</source>
        <translation>→ %1 gesendet</translation>
    </message>
    <message>
        <source>← %1 received</source>
        <translation>← %1 empfangen</translation>
    </message>
    <message>
        <source>%1 bytes not captured</source>
        <translation>%1 Bytes nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Save conversation as text</source>
        <translation>Gespräch als Text speichern</translation>
    </message>
    <message>
        <source>Save sent bytes</source>
        <translation>Gesendete Bytes speichern</translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation>Empfangene Bytes speichern</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>Gespräch speichern</translation>
    </message>
</context>
<context>
    <name>gui::EndpointTreeModel</name>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>half-open (readOnly)</source>
        <translation>halboffen (readOnly)</translation>
    </message>
    <message>
        <source>half-open (writeOnly)</source>
        <translation>halboffen (writeOnly)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 / out %2</source>
        <translation>ein %1 / aus %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Lokal: %1</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>#%1 relay %2 → %3</source>
        <translation>#%1 Relay %2 → %3</translation>
    </message>
    <message>
        <source>#%1 ↔ %2 (its target leg)</source>
        <translation>#%1 ↔ %2 (seine Strecke zum Ziel)</translation>
    </message>
    <message>
        <source>#%1 listener %2</source>
        <translation>#%1 Listener %2</translation>
    </message>
    <message>
        <source>#%1 accepted socket from %2</source>
        <translation>#%1 angenommener Socket von %2</translation>
    </message>
    <message>
        <source>#%1 client socket → %2</source>
        <translation>#%1 Client-Socket → %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a lesson&apos;s name for an endpoint, then its label in the tree</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>gui::EventPresentation</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>%1, and any record that carries an error</source>
        <translation>%1 und jeder Eintrag mit einem Fehler</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>#%1 %2 from %3</source>
        <translation>#%1 %2 von %3</translation>
    </message>
    <message>
        <source> (IPv%1)</source>
        <translation> (IPv%1)</translation>
    </message>
    <message>
        <source>had error</source>
        <translation>hatte Fehler</translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>Backlog %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>→ true (bufferSize %1 &lt; highWaterMark %2)</source>
        <translation>→ true (bufferSize %1 &lt; highWaterMark %2)</translation>
    </message>
    <message>
        <source>→ false (bufferSize %1 ≥ highWaterMark %2: wait for &apos;drain&apos;)</source>
        <translation>→ false (bufferSize %1 ≥ highWaterMark %2: auf &apos;drain&apos; warten)</translation>
    </message>
    <message>
        <source>→ false (the socket cannot write)</source>
        <translation>→ false (der Socket kann nicht schreiben)</translation>
    </message>
    <message>
        <source>the call %1</source>
        <translation>der Aufruf %1</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos;</source>
        <translation>das Ereignis &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(made by netcore itself, not by the program)</source>
        <translation>(von netcore selbst gemacht, nicht vom Programm)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>Socket #%1</translation>
    </message>
    <message>
        <source>write() gave</source>
        <translation>write() lieferte</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>%1 bytes (bufferSize)</source>
        <translation>%1 Bytes (bufferSize)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>%1 bytes (highWaterMark)</source>
        <translation>%1 Bytes (highWaterMark)</translation>
    </message>
    <message>
        <source>This end</source>
        <translation>Dieses Ende</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>Anderes Ende</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>Systemaufruf</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>#%1 of this session</source>
        <translation>#%1 dieser Sitzung</translation>
    </message>
    <message>
        <source>Bytes shown</source>
        <translation>Gezeigte Bytes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(the rest not kept)</source>
        <translation>(der Rest nicht behalten)</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>Als Text</translation>
    </message>
    <message>
        <source>As hex</source>
        <translation>Als Hex</translation>
    </message>
    <message>
        <source>#%1 listener</source>
        <translation>#%1 Listener</translation>
    </message>
    <message>
        <source>#%1 socket</source>
        <translation>#%1 Socket</translation>
    </message>
</context>
<context>
    <name>gui::EventStreamWidget</name>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Use as time reference</source>
        <translation>Als Zeitbezug verwenden</translation>
    </message>
    <message>
        <source>Show only this endpoint</source>
        <translation>Nur diesen Endpunkt zeigen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show none</source>
        <translation>Keine zeigen</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation>Ereignisse (%1 von %2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;call()&lt;/i&gt; = a call made on the endpoint</source>
        <translation>&lt;i&gt;call()&lt;/i&gt; = ein Aufruf</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 enthält keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden:</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 Einträge, %2 gezeigt</translation>
    </message>
    <message>
        <source>%1 dropped (store full)</source>
        <translation>%1 verworfen (Speicher voll)</translation>
    </message>
    <message>
        <source>%1 lost before display</source>
        <translation>%1 vor der Anzeige verloren</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtert…</translation>
    </message>
    <message>
        <source>Hide &amp;Automatic Rows</source>
        <translation>&amp;Auto-Zeilen ausblenden</translation>
    </message>
    <message>
        <source>Hide what netcore does by itself: the automatic end() and destroy() calls (autoDestroy, the end at the peer&apos;s FIN, the destroy after an error) and &apos;ready&apos;, which always follows &apos;connect&apos;. The counts still include them.</source>
        <translation>Ausblenden, was netcore von selbst tut: die automatischen Aufrufe end() und destroy() (autoDestroy, das Ende beim FIN der Gegenseite, das destroy nach einem Fehler) und &apos;ready&apos;, das immer auf &apos;connect&apos; folgt. Die Zähler enthalten sie weiterhin.</translation>
    </message>
    <message>
        <source>Reviewing %1: %2 records (read-only).</source>
        <translation>Ansicht von %1: %2 Einträge (schreibgeschützt).</translation>
    </message>
    <message>
        <source>automatic rows hidden</source>
        <translation>automatische Zeilen ausgeblendet</translation>
    </message>
</context>
<context>
    <name>gui::EventTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>Δ vorherige</translation>
    </message>
    <message>
        <source>Δ reference</source>
        <translation>Δ Bezug</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sequence number: the order in which netbench recorded the rows</source>
        <translation>Laufende Nummer: die Reihenfolge, in der netbench die Zeilen aufgezeichnet hat</translation>
    </message>
    <message>
        <source>When it happened: wall clock, or the time since the previous row or the reference row (View options of the stream)</source>
        <translation>Wann es geschah: Uhrzeit oder die Zeit seit der vorherigen Zeile oder der Bezugszeile (Ansichtsoptionen des Stroms)</translation>
    </message>
    <message>
        <source>The server or socket it happened on (#id as in Endpoints)</source>
        <translation>Der Server oder Socket, auf dem es geschah (#id wie in Endpunkte)</translation>
    </message>
    <message>
        <source>An event Node emits (&apos;data&apos;, &apos;end&apos;, ...) or a call made on the endpoint (write(), end(), ...); hover a row or see the Explain pane for its meaning</source>
        <translation>Ein Ereignis, das Node auslöst (&apos;data&apos;, &apos;end&apos;, ...), oder ein Aufruf auf dem Endpunkt (write(), end(), ...); für seine Bedeutung mit der Maus über die Zeile fahren oder den Bereich Erklärung ansehen</translation>
    </message>
    <message>
        <source>Bytes, addresses, values and errors of the row</source>
        <translation>Bytes, Adressen, Werte und Fehler der Zeile</translation>
    </message>
</context>
<context>
    <name>gui::ExplainPane</name>
    <message>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <source>#%1 %2 on %3</source>
        <translation>#%1 %2 auf %3</translation>
    </message>
    <message>
        <source>bufferSize after the call: %1 bytes; high-water mark: %2 bytes.</source>
        <translation>bufferSize nach dem Aufruf: %1 Bytes; Hochwassermarke: %2 Bytes.</translation>
    </message>
    <message>
        <source>Marked auto: netcore made this call itself (an automatic end() after the peer&apos;s end, or the destroy() that follows), not the user.</source>
        <translation>Als auto markiert: netcore hat diesen Aufruf selbst gemacht (ein automatisches end() nach dem Ende der Gegenseite oder das folgende destroy()), nicht der Benutzer.</translation>
    </message>
    <message>
        <source>Select a row of the event stream to explain it.</source>
        <translation>Wählen Sie eine Zeile des Ereignisstroms, um sie zu erklären.</translation>
    </message>
    <message>
        <source>Select a row of the event stream, or an endpoint, to see what it means, what the peer sees and what to try.</source>
        <translation>Wählen Sie eine Zeile des Ereignisstroms oder einen Endpunkt, um zu sehen, was er bedeutet, was die Gegenseite sieht und was Sie versuchen können.</translation>
    </message>
</context>
<context>
    <name>gui::Explanations</name>
    <message>
        <source>The server is bound and accepts connections.</source>
        <translation>Der Server ist gebunden und nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>listen() succeeded: the kernel bound the address (or the Unix socket path) and put the socket in the LISTEN state. From now on the kernel completes connection handshakes on its own and queues them (the backlog) until netbench accepts them. A client that connects now succeeds; before this event it would have got ECONNREFUSED. With port 0 the kernel chose a free port: the address shows which.</source>
        <translation>listen() war erfolgreich: der Kernel hat die Adresse (oder den Unix-Socket-Pfad) gebunden und den Socket in den Zustand LISTEN versetzt. Von nun an schließt der Kernel Verbindungs-Handshakes selbst ab und reiht sie ein (der Backlog), bis netbench sie annimmt. Ein Client, der sich jetzt verbindet, hat Erfolg; vor diesem Ereignis hätte er ECONNREFUSED erhalten. Mit Port 0 hat der Kernel einen freien Port gewählt: die Adresse zeigt welchen.</translation>
    </message>
    <message>
        <source>The server accepted a new connection: a new socket for that client.</source>
        <translation>Der Server hat eine neue Verbindung angenommen: ein neuer Socket für diesen Client.</translation>
    </message>
    <message>
        <source>A client&apos;s connection was accepted: the server got a new socket of its own for it (shown under the server), while the server itself keeps listening for more. The client saw its &apos;connect&apos; already when the kernel finished the handshake, which can be before the server accepts. Each connection is a separate socket with its own events, its own buffers and its own close.</source>
        <translation>Die Verbindung eines Clients wurde angenommen: der Server hat dafür einen eigenen neuen Socket erhalten (unter dem Server gezeigt), während er selbst weiter auf weitere lauscht. Der Client hat sein &apos;connect&apos; bereits gesehen, als der Kernel den Handshake abschloss, was vor dem Annehmen durch den Server sein kann. Jede Verbindung ist ein eigener Socket mit eigenen Ereignissen, eigenen Puffern und eigenem Schließen.</translation>
    </message>
    <message>
        <source>The host name was resolved to an address (or the lookup failed).</source>
        <translation>Der Hostname wurde in eine Adresse aufgelöst (oder die Auflösung ist gescheitert).</translation>
    </message>
    <message>
        <source>Before connecting to a host given by name, the name is resolved (getaddrinfo: /etc/hosts, then DNS). This event carries the address that will be tried, or the resolver&apos;s error (ENOTFOUND, EAI_AGAIN). Nothing has been sent to the peer yet. Connecting to an IP address or a Unix socket path needs no lookup, so there is no &apos;lookup&apos; then.</source>
        <translation>Vor dem Verbinden zu einem Host, der mit Namen angegeben ist, wird der Name aufgelöst (getaddrinfo: /etc/hosts, dann DNS). Dieses Ereignis trägt die Adresse, die versucht wird, oder den Fehler des Resolvers (ENOTFOUND, EAI_AGAIN). Zur Gegenseite wurde noch nichts gesendet. Das Verbinden zu einer IP-Adresse oder einem Unix-Socket-Pfad braucht keine Auflösung, dann gibt es kein &apos;lookup&apos;.</translation>
    </message>
    <message>
        <source>The connection is established; data can flow both ways.</source>
        <translation>Die Verbindung ist hergestellt; Daten können in beide Richtungen fließen.</translation>
    </message>
    <message>
        <source>The TCP three-way handshake completed (or the Unix socket connected): the socket is open for reading and writing. Writes made before this were queued and are sent now. The kernel of the server side completes the handshake itself, so &apos;connect&apos; does not mean the server program has accepted or read anything yet.</source>
        <translation>Der TCP-Drei-Wege-Handshake ist abgeschlossen (oder der Unix-Socket ist verbunden): der Socket ist zum Lesen und Schreiben offen. Vorher gemachte Schreibvorgänge waren eingereiht und werden jetzt gesendet. Der Kernel der Serverseite schließt den Handshake selbst ab, &apos;connect&apos; bedeutet also nicht, dass das Serverprogramm schon etwas angenommen oder gelesen hat.</translation>
    </message>
    <message>
        <source>The socket is ready to be used; emitted right after &apos;connect&apos;.</source>
        <translation>Der Socket ist bereit; wird direkt nach &apos;connect&apos; ausgelöst.</translation>
    </message>
    <message>
        <source>Node emits &apos;ready&apos; immediately after &apos;connect&apos;; it exists for streams in general. Nothing new happened on the wire.</source>
        <translation>Node löst &apos;ready&apos; unmittelbar nach &apos;connect&apos; aus; es gibt es für Streams im Allgemeinen. Auf der Leitung ist nichts Neues geschehen.</translation>
    </message>
    <message>
        <source>Bytes arrived from the peer; one read of what the kernel had.</source>
        <translation>Bytes sind von der Gegenseite angekommen; ein Lesevorgang dessen, was der Kernel hatte.</translation>
    </message>
    <message>
        <source>One read from the kernel&apos;s receive buffer. TCP and stream Unix sockets carry a stream of bytes, not messages: one write() of the peer may arrive as several &apos;data&apos; events, and several writes may arrive as one. A protocol needs its own framing (a length prefix or a delimiter). While the socket is paused, no &apos;data&apos; is emitted and the bytes wait in the kernel (Unread in the inspector); when that fills, the peer&apos;s writes stop being accepted.</source>
        <translation>Ein Lesevorgang aus dem Empfangspuffer des Kernels. TCP und Stream-Unix-Sockets tragen einen Bytestrom, keine Nachrichten: ein write() der Gegenseite kann als mehrere &apos;data&apos;-Ereignisse ankommen und mehrere Schreibvorgänge als eines. Ein Protokoll braucht eine eigene Rahmung (ein Längenpräfix oder ein Trennzeichen). Solange der Socket pausiert, wird kein &apos;data&apos; ausgelöst und die Bytes warten im Kernel (Ungelesen im Inspektor); ist dieser voll, werden die Schreibvorgänge der Gegenseite nicht mehr angenommen.</translation>
    </message>
    <message>
        <source>Everything queued by write() has been handed to the kernel; write more.</source>
        <translation>Alles mit write() Eingereihte wurde dem Kernel übergeben; schreiben Sie weiter.</translation>
    </message>
    <message>
        <source>write() returned false earlier because the bytes waiting in netbench (bufferSize) reached the high-water mark; now that queue is empty again. A well-behaved writer stops writing when write() returns false and continues on &apos;drain&apos; (backpressure). The bytes are in the kernel&apos;s send buffer now, which does not mean the peer has read them.</source>
        <translation>write() hat zuvor false geliefert, weil die in netbench wartenden Bytes (bufferSize) die Hochwassermarke erreicht hatten; jetzt ist diese Warteschlange wieder leer. Ein wohlerzogener Schreiber hört auf, wenn write() false liefert, und macht bei &apos;drain&apos; weiter (Gegendruck). Die Bytes sind jetzt im Sendepuffer des Kernels, was nicht heißt, dass die Gegenseite sie gelesen hat.</translation>
    </message>
    <message>
        <source>The peer sent FIN: it will send nothing more. Our reading side is done.</source>
        <translation>Die Gegenseite hat FIN gesendet: sie sendet nichts mehr. Unsere Leseseite ist fertig.</translation>
    </message>
    <message>
        <source>The peer called end() (or closed its socket): its FIN arrived after all the data it had sent. Nothing more will be read. Without allowHalfOpen the socket now ends its own side too (an automatic end()) and closes once its queued writes are sent; with allowHalfOpen it stays writable (writeOnly) until end() is called. A FIN is an orderly end, not an error; a peer that crashes or resets gives ECONNRESET instead.</source>
        <translation>Die Gegenseite hat end() aufgerufen (oder ihren Socket geschlossen): ihr FIN kam nach allen Daten, die sie gesendet hatte. Es wird nichts mehr gelesen. Ohne allowHalfOpen beendet der Socket nun auch seine eigene Seite (ein automatisches end()) und schließt, sobald seine eingereihten Schreibvorgänge gesendet sind; mit allowHalfOpen bleibt er beschreibbar (writeOnly), bis end() aufgerufen wird. Ein FIN ist ein geordnetes Ende, kein Fehler; eine Gegenseite, die abstürzt oder zurücksetzt, ergibt stattdessen ECONNRESET.</translation>
    </message>
    <message>
        <source>The socket was idle for the setTimeout() time. It is NOT closed.</source>
        <translation>Der Socket war für die Zeit von setTimeout() untätig. Er ist NICHT geschlossen.</translation>
    </message>
    <message>
        <source>Nothing was read or written for the time given to setTimeout(). This is only a notification: the connection stays open and the peer sees nothing at all. To close idle connections, call end() or destroy() when this event comes. Keep-alive (setKeepAlive) is a different thing: kernel probes that detect a dead peer.</source>
        <translation>Während der an setTimeout() gegebenen Zeit wurde nichts gelesen oder geschrieben. Das ist nur eine Benachrichtigung: die Verbindung bleibt offen und die Gegenseite sieht überhaupt nichts. Um untätige Verbindungen zu schließen, rufen Sie bei diesem Ereignis end() oder destroy() auf. Keep-alive (setKeepAlive) ist etwas anderes: Prüfungen des Kernels, die eine tote Gegenseite erkennen.</translation>
    </message>
    <message>
        <source>Something failed; for a socket, &apos;close&apos; follows.</source>
        <translation>Etwas ist gescheitert; bei einem Socket folgt &apos;close&apos;.</translation>
    </message>
    <message>
        <source>A system call failed or the peer broke the connection; the error&apos;s code says which. On a socket, &apos;close&apos; (with hadError true) follows at once: the connection is gone. On a server, an error of listen() (EADDRINUSE, EACCES) leaves the server not listening, and &apos;close&apos; does not follow unless close() is called.</source>
        <translation>Ein Systemaufruf ist gescheitert oder die Gegenseite hat die Verbindung abgebrochen; der Code des Fehlers sagt, was. Bei einem Socket folgt sofort &apos;close&apos; (mit hadError true): die Verbindung ist weg. Bei einem Server lässt ein Fehler von listen() (EADDRINUSE, EACCES) den Server nicht lauschen, und &apos;close&apos; folgt nur, wenn close() aufgerufen wird.</translation>
    </message>
    <message>
        <source>Fully closed: the descriptor is released; nothing more will happen.</source>
        <translation>Ganz geschlossen: der Deskriptor ist freigegeben; es geschieht nichts mehr.</translation>
    </message>
    <message>
        <source>The last event of a socket or a server. For a socket, hadError says whether an error caused it. The kernel may still be finishing the TCP shutdown (TIME_WAIT) but the program is done with it. A server emits &apos;close&apos; after close() once all its accepted connections have closed too.</source>
        <translation>Das letzte Ereignis eines Sockets oder Servers. Bei einem Socket sagt hadError, ob ein Fehler der Grund war. Der Kernel kann den TCP-Abbau noch beenden (TIME_WAIT), aber das Programm ist damit fertig. Ein Server löst &apos;close&apos; nach close() aus, sobald auch alle seine angenommenen Verbindungen geschlossen sind.</translation>
    </message>
    <message>
        <source>The server is closed: close() was called and its last connection has closed.</source>
        <translation>Der Server ist geschlossen: close() wurde aufgerufen und seine letzte Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>close() stopped the listening at once, but the server&apos;s &apos;close&apos; waits until every connection it accepted has closed too. New clients were refused from the moment of close(); existing ones were never disturbed.</source>
        <translation>close() hat das Lauschen sofort beendet, aber das &apos;close&apos; des Servers wartet, bis jede von ihm angenommene Verbindung ebenfalls geschlossen ist. Neue Clients wurden ab close() abgewiesen; bestehende wurden nie gestört.</translation>
    </message>
    <message>
        <source>The server failed, usually in listen(); it is not listening.</source>
        <translation>Der Server ist gescheitert, meist in listen(); er lauscht nicht.</translation>
    </message>
    <message>
        <source>Most often listen() failed (EADDRINUSE, EACCES, EADDRNOTAVAIL). Unlike a socket&apos;s error, no &apos;close&apos; follows by itself: the server simply is not listening, and listen() may be called again. No client saw anything.</source>
        <translation>Meist ist listen() gescheitert (EADDRINUSE, EACCES, EADDRNOTAVAIL). Anders als beim Fehler eines Sockets folgt kein &apos;close&apos; von selbst: der Server lauscht einfach nicht, und listen() kann erneut aufgerufen werden. Kein Client hat etwas gesehen.</translation>
    </message>
    <message>
        <source>A connection was dropped because maxConnections was reached.</source>
        <translation>Eine Verbindung wurde verworfen, weil maxConnections erreicht war.</translation>
    </message>
    <message>
        <source>The server already had maxConnections connections, so it accepted this one and closed it at once. The client saw its connection succeed and then end (or reset if it had sent data). Raise maxConnections or close idle connections.</source>
        <translation>Der Server hatte bereits maxConnections Verbindungen, also hat er diese angenommen und sofort geschlossen. Der Client sah seine Verbindung gelingen und dann enden (oder zurückgesetzt werden, wenn er Daten gesendet hatte). Erhöhen Sie maxConnections oder schließen Sie untätige Verbindungen.</translation>
    </message>
    <message>
        <source>server.listen(): bind an address or path and start accepting.</source>
        <translation>server.listen(): eine Adresse oder einen Pfad binden und Verbindungen annehmen.</translation>
    </message>
    <message>
        <source>Asks the kernel to bind the address (or Unix socket path) and listen. It succeeds with &apos;listening&apos; or fails with &apos;error&apos;: EADDRINUSE when another socket has the address, EACCES for ports below 1024 without privilege or a path in a folder you cannot write.</source>
        <translation>Bittet den Kernel, die Adresse (oder den Unix-Socket-Pfad) zu binden und zu lauschen. Es gelingt mit &apos;listening&apos; oder scheitert mit &apos;error&apos;: EADDRINUSE, wenn ein anderer Socket die Adresse hat, EACCES bei Ports unter 1024 ohne Berechtigung oder bei einem Pfad in einem Ordner, in den Sie nicht schreiben dürfen.</translation>
    </message>
    <message>
        <source>socket.connect(): start a connection; &apos;connect&apos; or &apos;error&apos; follows.</source>
        <translation>socket.connect(): eine Verbindung beginnen; &apos;connect&apos; oder &apos;error&apos; folgt.</translation>
    </message>
    <message>
        <source>Starts connecting: a name lookup if a host name was given, then a SYN to the server (or a connect on the Unix socket path). The result comes later: &apos;connect&apos;, or &apos;error&apos; with ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</source>
        <translation>Beginnt das Verbinden: eine Namensauflösung, falls ein Hostname angegeben ist, dann ein SYN an den Server (oder ein connect auf den Unix-Socket-Pfad). Das Ergebnis kommt später: &apos;connect&apos; oder &apos;error&apos; mit ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</translation>
    </message>
    <message>
        <source>socket.write(): queue bytes to send; false means slow down and wait for &apos;drain&apos;.</source>
        <translation>socket.write(): Bytes zum Senden einreihen; false heißt langsamer werden und auf &apos;drain&apos; warten.</translation>
    </message>
    <message>
        <source>Hands bytes to the socket. They go to the kernel&apos;s send buffer at once when it has room, otherwise they wait in netbench&apos;s queue (bufferSize). write() returns false when that queue reached the high-water mark: keep writing and memory grows; the right answer is to wait for &apos;drain&apos;. A successful write only means the kernel took the bytes, not that the peer received or read them. Writing after end() fails with ERR_STREAM_WRITE_AFTER_END; writing to a connection the peer has closed gives EPIPE or ECONNRESET.</source>
        <translation>Übergibt Bytes an den Socket. Sie gehen sofort in den Sendepuffer des Kernels, wenn dort Platz ist, sonst warten sie in der Warteschlange von netbench (bufferSize). write() liefert false, wenn diese Warteschlange die Hochwassermarke erreicht hat: wer weiterschreibt, lässt den Speicher wachsen; die richtige Antwort ist, auf &apos;drain&apos; zu warten. Ein erfolgreiches write() heißt nur, dass der Kernel die Bytes genommen hat, nicht dass die Gegenseite sie empfangen oder gelesen hat. Schreiben nach end() scheitert mit ERR_STREAM_WRITE_AFTER_END; Schreiben auf eine Verbindung, die die Gegenseite geschlossen hat, ergibt EPIPE oder ECONNRESET.</translation>
    </message>
    <message>
        <source>socket.end(): send FIN after queued data. The peer gets &apos;end&apos;; we can still read.</source>
        <translation>socket.end(): FIN nach den eingereihten Daten senden. Die Gegenseite erhält &apos;end&apos;; wir können noch lesen.</translation>
    </message>
    <message>
        <source>Half-closes the connection: once all queued writes are sent, a FIN follows them. The peer reads everything and then gets &apos;end&apos;. Our side can still receive (readOnly) until the peer ends too, then the socket closes. This is the polite way to finish. An &apos;end()&apos; marked auto was made by netbench itself because the peer ended and allowHalfOpen is false.</source>
        <translation>Schließt die Verbindung halb: sobald alle eingereihten Schreibvorgänge gesendet sind, folgt ihnen ein FIN. Die Gegenseite liest alles und erhält dann &apos;end&apos;. Unsere Seite kann noch empfangen (readOnly), bis auch die Gegenseite endet; dann schließt der Socket. Das ist die höfliche Art, aufzuhören. Ein als auto markiertes &apos;end()&apos; hat netbench selbst gemacht, weil die Gegenseite geendet hat und allowHalfOpen false ist.</translation>
    </message>
    <message>
        <source>socket.destroy(): close now; queued data is dropped. The peer normally sees FIN (&apos;end&apos;).</source>
        <translation>socket.destroy(): sofort schließen; eingereihte Daten werden verworfen. Die Gegenseite sieht normalerweise FIN (&apos;end&apos;).</translation>
    </message>
    <message>
        <source>Closes the socket at once: writes still queued in netbench are discarded and the descriptor is closed. The kernel still sends what it already had, then a FIN, so the peer sees a normal &apos;end&apos;, not an error; only if unread bytes were waiting in our receive buffer does Linux send an RST instead (the peer gets ECONNRESET). If the peer writes afterwards, our kernel answers with RST and the peer&apos;s write fails with EPIPE or ECONNRESET. destroy(error) behaves the same on the wire: the error is emitted only locally, the peer still sees a clean FIN. To make the peer see a reset, use resetAndDestroy().</source>
        <translation>Schließt den Socket sofort: noch in netbench eingereihte Schreibvorgänge werden verworfen und der Deskriptor wird geschlossen. Der Kernel sendet noch, was er schon hatte, dann ein FIN, die Gegenseite sieht also ein normales &apos;end&apos;, keinen Fehler; nur wenn ungelesene Bytes in unserem Empfangspuffer warteten, sendet Linux stattdessen ein RST (die Gegenseite erhält ECONNRESET). Schreibt die Gegenseite danach, antwortet unser Kernel mit RST und ihr Schreibvorgang scheitert mit EPIPE oder ECONNRESET. destroy(error) verhält sich auf der Leitung genauso: der Fehler wird nur lokal ausgelöst, die Gegenseite sieht weiterhin ein sauberes FIN. Damit die Gegenseite einen Reset sieht, verwenden Sie resetAndDestroy().</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with an RST. The peer gets ECONNRESET.</source>
        <translation>socket.resetAndDestroy(): mit einem RST abbrechen. Die Gegenseite erhält ECONNRESET.</translation>
    </message>
    <message>
        <source>Closes the TCP connection abortively (SO_LINGER 0): the kernel throws away what it had not sent and sends an RST instead of a FIN. The peer&apos;s next read fails with ECONNRESET and data still in flight is lost. Only TCP sockets can be reset; on a Unix socket it throws ERR_INVALID_HANDLE_TYPE.</source>
        <translation>Schließt die TCP-Verbindung abrupt (SO_LINGER 0): der Kernel verwirft, was er noch nicht gesendet hatte, und sendet ein RST statt eines FIN. Der nächste Lesevorgang der Gegenseite scheitert mit ECONNRESET und Daten unterwegs gehen verloren. Nur TCP-Sockets lassen sich zurücksetzen; bei einem Unix-Socket wirft es ERR_INVALID_HANDLE_TYPE.</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; incoming bytes wait in the kernel.</source>
        <translation>socket.pause(): nicht mehr lesen; ankommende Bytes warten im Kernel.</translation>
    </message>
    <message>
        <source>No more &apos;data&apos; events until resume(). Bytes keep arriving into the kernel&apos;s receive buffer (Unread in the inspector); when it is full, TCP advertises a zero window and the peer&apos;s kernel stops sending, so the peer&apos;s writes pile up in its own send buffer and then its write() returns false. This is backpressure travelling across the connection.</source>
        <translation>Keine &apos;data&apos;-Ereignisse mehr bis resume(). Bytes kommen weiter im Empfangspuffer des Kernels an (Ungelesen im Inspektor); ist er voll, meldet TCP ein Nullfenster und der Kernel der Gegenseite hört auf zu senden, sodass sich die Schreibvorgänge der Gegenseite in ihrem eigenen Sendepuffer stauen und ihr write() dann false liefert. So wandert Gegendruck über die Verbindung.</translation>
    </message>
    <message>
        <source>socket.resume(): read again after pause().</source>
        <translation>socket.resume(): nach pause() wieder lesen.</translation>
    </message>
    <message>
        <source>Reading starts again: what waited in the kernel&apos;s receive buffer comes as &apos;data&apos; events, the window opens and the peer&apos;s queued bytes flow again (its &apos;drain&apos; may follow).</source>
        <translation>Das Lesen beginnt wieder: was im Empfangspuffer des Kernels gewartet hat, kommt als &apos;data&apos;-Ereignisse, das Fenster öffnet sich und die eingereihten Bytes der Gegenseite fließen wieder (ihr &apos;drain&apos; kann folgen).</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off (true) or on (false).</source>
        <translation>socket.setNoDelay(): den Nagle-Algorithmus aus- (true) oder einschalten (false).</translation>
    </message>
    <message>
        <source>Sets TCP_NODELAY. With Nagle&apos;s algorithm on, a small segment is held back while earlier data is unacknowledged, so many small writes are coalesced into fewer segments; combined with the peer&apos;s delayed ACK, a write-write-read pattern can stall for tens of milliseconds. noDelay sends each write at once. Compare the data segment counters of the inspector. Unix sockets have no Nagle at all.</source>
        <translation>Setzt TCP_NODELAY. Mit eingeschaltetem Nagle-Algorithmus wird ein kleines Segment zurückgehalten, solange frühere Daten unbestätigt sind, sodass viele kleine Schreibvorgänge zu weniger Segmenten zusammengefasst werden; zusammen mit dem verzögerten ACK der Gegenseite kann ein Muster Schreiben-Schreiben-Lesen für einige zehn Millisekunden stocken. noDelay sendet jeden Schreibvorgang sofort. Vergleichen Sie die Zähler der Datensegmente im Inspektor. Unix-Sockets haben überhaupt keinen Nagle.</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): let the kernel probe an idle connection to detect a dead peer.</source>
        <translation>socket.setKeepAlive(): den Kernel eine untätige Verbindung prüfen lassen, um eine tote Gegenseite zu erkennen.</translation>
    </message>
    <message>
        <source>Sets SO_KEEPALIVE and the idle time before the first probe (TCP_KEEPIDLE). After that idle time the kernel sends empty probes; if the peer&apos;s host does not answer several of them, the connection fails with ETIMEDOUT. A live peer answers without its program noticing anything. This is not the idle timeout of setTimeout().</source>
        <translation>Setzt SO_KEEPALIVE und die Leerlaufzeit vor der ersten Prüfung (TCP_KEEPIDLE). Nach dieser Leerlaufzeit sendet der Kernel leere Prüfpakete; antwortet der Host der Gegenseite auf mehrere davon nicht, scheitert die Verbindung mit ETIMEDOUT. Eine lebende Gegenseite antwortet, ohne dass ihr Programm etwas bemerkt. Das ist nicht das Leerlauf-Zeitlimit von setTimeout().</translation>
    </message>
    <message>
        <source>socket.setTimeout(): emit &apos;timeout&apos; after this much idle time (0 turns it off).</source>
        <translation>socket.setTimeout(): &apos;timeout&apos; nach so viel Leerlaufzeit auslösen (0 schaltet es aus).</translation>
    </message>
    <message>
        <source>Arms an inactivity timer: when nothing was read or written for that many milliseconds, &apos;timeout&apos; is emitted. It does not close the socket and sends nothing to the peer; the program decides what to do.</source>
        <translation>Startet einen Inaktivitäts-Timer: wird so viele Millisekunden lang nichts gelesen oder geschrieben, wird &apos;timeout&apos; ausgelöst. Es schließt den Socket nicht und sendet nichts an die Gegenseite; das Programm entscheidet, was zu tun ist.</translation>
    </message>
    <message>
        <source>socket.setEncoding(): deliver &apos;data&apos; as decoded text instead of bytes.</source>
        <translation>socket.setEncoding(): &apos;data&apos; als dekodierten Text statt als Bytes liefern.</translation>
    </message>
    <message>
        <source>Received bytes are decoded (utf8, latin1, hex, base64, ...) before &apos;data&apos;. A character split across two chunks is held back until it is complete. Nothing changes on the wire.</source>
        <translation>Empfangene Bytes werden vor &apos;data&apos; dekodiert (utf8, latin1, hex, base64, ...). Ein Zeichen, das auf zwei Stücke verteilt ist, wird zurückgehalten, bis es vollständig ist. Auf der Leitung ändert sich nichts.</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; existing connections stay open.</source>
        <translation>server.close(): keine Verbindungen mehr annehmen; bestehende bleiben offen.</translation>
    </message>
    <message>
        <source>The listening socket is closed, so new clients get ECONNREFUSED (TCP) or ENOENT (a Unix socket, whose path is removed). Connections already accepted are not touched; the server&apos;s &apos;close&apos; comes when the last of them has closed.</source>
        <translation>Der lauschende Socket wird geschlossen, neue Clients erhalten also ECONNREFUSED (TCP) oder ENOENT (ein Unix-Socket, dessen Pfad entfernt wird). Bereits angenommene Verbindungen werden nicht berührt; das &apos;close&apos; des Servers kommt, wenn die letzte davon geschlossen ist.</translation>
    </message>
    <message>
        <source>ref(): this endpoint keeps the program running again.</source>
        <translation>ref(): dieser Endpunkt hält das Programm wieder am Laufen.</translation>
    </message>
    <message>
        <source>The default. A program (a script) does not exit while a referenced server or socket is open. Nothing changes on the wire.</source>
        <translation>Die Vorgabe. Ein Programm (ein Skript) endet nicht, solange ein referenzierter Server oder Socket offen ist. Auf der Leitung ändert sich nichts.</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the program running again.</source>
        <translation>server.ref(): der Listener hält das Programm wieder am Laufen.</translation>
    </message>
    <message>
        <source>The default. A script does not exit while a referenced server listens. Nothing changes for clients.</source>
        <translation>Die Vorgabe. Ein Skript endet nicht, solange ein referenzierter Server lauscht. Für Clients ändert sich nichts.</translation>
    </message>
    <message>
        <source>server.unref(): the listener no longer keeps the program running.</source>
        <translation>server.unref(): der Listener hält das Programm nicht mehr am Laufen.</translation>
    </message>
    <message>
        <source>A script may exit while this server still listens (it is closed with the process). Nothing changes for clients.</source>
        <translation>Ein Skript darf enden, während dieser Server noch lauscht (er wird mit dem Prozess geschlossen). Für Clients ändert sich nichts.</translation>
    </message>
    <message>
        <source>unref(): this endpoint no longer keeps the program running.</source>
        <translation>unref(): dieser Endpunkt hält das Programm nicht mehr am Laufen.</translation>
    </message>
    <message>
        <source>A script may exit even though this server or socket is still open (it is then closed with the process). Nothing changes on the wire.</source>
        <translation>Ein Skript darf enden, obwohl dieser Server oder Socket noch offen ist (er wird dann mit dem Prozess geschlossen). Auf der Leitung ändert sich nichts.</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that address and port (or path).</source>
        <translation>Verbindung abgelehnt: an dieser Adresse und diesem Port (oder Pfad) lauscht niemand.</translation>
    </message>
    <message>
        <source>The SYN reached the other host, and its kernel answered with an RST because no socket listens on that port (for a Unix socket: the path exists but nobody listens on it). The server program never saw anything. Usual causes: the server is not started yet or has stopped, a wrong port, or it listens on another address (127.0.0.1 versus ::1 when &apos;localhost&apos; resolves to IPv6, or only on another interface). Try: check the port and address of the listener (&apos;ss -ltn&apos;), connect to 127.0.0.1 explicitly, start the listener first. A firewall that rejects also gives this; one that silently drops gives ETIMEDOUT.</source>
        <translation>Das SYN hat den anderen Host erreicht, und sein Kernel hat mit einem RST geantwortet, weil auf diesem Port kein Socket lauscht (bei einem Unix-Socket: der Pfad existiert, aber niemand lauscht darauf). Das Serverprogramm hat nie etwas gesehen. Übliche Ursachen: der Server ist noch nicht gestartet oder hat aufgehört, ein falscher Port, oder er lauscht auf einer anderen Adresse (127.0.0.1 gegenüber ::1, wenn &apos;localhost&apos; zu IPv6 aufgelöst wird, oder nur auf einer anderen Schnittstelle). Versuchen Sie: Port und Adresse des Listeners prüfen (&apos;ss -ltn&apos;), ausdrücklich zu 127.0.0.1 verbinden, den Listener zuerst starten. Eine Firewall, die ablehnt, ergibt ebenfalls dies; eine, die stillschweigend verwirft, ergibt ETIMEDOUT.</translation>
    </message>
    <message>
        <source>Address already in use: another socket has bound this address and port (or path).</source>
        <translation>Adresse bereits in Gebrauch: ein anderer Socket hat diese Adresse und diesen Port (oder Pfad) gebunden.</translation>
    </message>
    <message>
        <source>listen() failed because the address is taken: another program (or another listener in netbench) listens on that port, or a Unix socket file exists at the path. Clients are not affected; they reach whoever holds the address. Usual causes: a previous run still running, two listeners on the same port, a leftover socket file after a crash. Try: &apos;ss -ltnp&apos; to see who holds the port, port 0 to let the kernel choose a free one, removing a stale socket file. Connections in TIME_WAIT do not block a new listener here because netbench sets SO_REUSEADDR, as Node does.</source>
        <translation>listen() ist gescheitert, weil die Adresse belegt ist: ein anderes Programm (oder ein anderer Listener in netbench) lauscht auf diesem Port, oder am Pfad existiert eine Unix-Socket-Datei. Clients sind nicht betroffen; sie erreichen, wer die Adresse hält. Übliche Ursachen: ein früherer Lauf läuft noch, zwei Listener auf demselben Port, eine übrig gebliebene Socket-Datei nach einem Absturz. Versuchen Sie: &apos;ss -ltnp&apos;, um zu sehen, wer den Port hält, Port 0, damit der Kernel einen freien wählt, eine veraltete Socket-Datei entfernen. Verbindungen in TIME_WAIT blockieren hier keinen neuen Listener, weil netbench wie Node SO_REUSEADDR setzt.</translation>
    </message>
    <message>
        <source>Connection reset by peer: the peer aborted the connection with an RST.</source>
        <translation>Verbindung von der Gegenseite zurückgesetzt: die Gegenseite hat die Verbindung mit einem RST abgebrochen.</translation>
    </message>
    <message>
        <source>An RST arrived: the peer&apos;s kernel declared the connection dead, and data in flight is lost. Unlike a FIN (&apos;end&apos;), this is abortive. Usual causes: the peer called resetAndDestroy() or set SO_LINGER 0; the peer closed its socket while unread data was still in its receive buffer; we sent data to a connection the peer had already closed; the peer process crashed or its host rebooted; a middlebox killed the connection. Try: treat it as &apos;the peer went away&apos; and reconnect if needed; if you control the peer, make it read everything and end() instead of closing abruptly.</source>
        <translation>Ein RST ist angekommen: der Kernel der Gegenseite hat die Verbindung für tot erklärt, und Daten unterwegs gehen verloren. Anders als ein FIN (&apos;end&apos;) ist das ein Abbruch. Übliche Ursachen: die Gegenseite hat resetAndDestroy() aufgerufen oder SO_LINGER 0 gesetzt; die Gegenseite hat ihren Socket geschlossen, während noch ungelesene Daten in ihrem Empfangspuffer lagen; wir haben Daten an eine Verbindung gesendet, die die Gegenseite schon geschlossen hatte; der Prozess der Gegenseite ist abgestürzt oder ihr Host neu gestartet; ein Gerät dazwischen hat die Verbindung beendet. Versuchen Sie: es als „die Gegenseite ist weg“ behandeln und bei Bedarf neu verbinden; wenn Sie die Gegenseite steuern, lassen Sie sie alles lesen und end() aufrufen, statt abrupt zu schließen.</translation>
    </message>
    <message>
        <source>Broken pipe: we wrote to a connection whose other end is already closed.</source>
        <translation>Broken Pipe: wir haben auf eine Verbindung geschrieben, deren anderes Ende schon geschlossen ist.</translation>
    </message>
    <message>
        <source>A write failed because the connection can no longer carry data: the peer has closed (its FIN came, then its kernel answered our data with an RST), or our own side was shut down. On Linux, when the peer has ended and then resets, the write reports EPIPE; when the reset comes while both sides were open, it is ECONNRESET. The bytes were not delivered. Usual cause: writing after the peer&apos;s &apos;end&apos; with allowHalfOpen, or writing to a peer that destroyed its socket. Try: stop writing when &apos;end&apos; comes unless the peer really keeps reading (a half-close by end(), not a close).</source>
        <translation>Ein Schreibvorgang ist gescheitert, weil die Verbindung keine Daten mehr tragen kann: die Gegenseite hat geschlossen (ihr FIN kam, dann hat ihr Kernel unsere Daten mit einem RST beantwortet), oder unsere eigene Seite wurde heruntergefahren. Unter Linux meldet der Schreibvorgang EPIPE, wenn die Gegenseite geendet und dann zurückgesetzt hat; kommt der Reset, während beide Seiten offen waren, ist es ECONNRESET. Die Bytes wurden nicht zugestellt. Übliche Ursache: Schreiben nach dem &apos;end&apos; der Gegenseite mit allowHalfOpen, oder Schreiben an eine Gegenseite, die ihren Socket zerstört hat. Versuchen Sie: mit dem Schreiben aufhören, wenn &apos;end&apos; kommt, außer die Gegenseite liest wirklich weiter (ein Halbschließen mit end(), kein Schließen).</translation>
    </message>
    <message>
        <source>Timed out: the peer&apos;s host did not answer (connect, retransmissions or keep-alive).</source>
        <translation>Zeitüberschreitung: der Host der Gegenseite hat nicht geantwortet (Verbindungsaufbau, Neuübertragungen oder Keep-alive).</translation>
    </message>
    <message>
        <source>The kernel gave up waiting: the SYN of connect() was never answered, or sent data was never acknowledged after many retransmissions, or keep-alive probes went unanswered. The peer is unreachable or gone without a trace, or a firewall drops packets silently. This is not the &apos;timeout&apos; event of setTimeout(), which never fails anything. Try: check the address and that the host is up, look for a firewall that drops instead of rejecting (a rejecting one gives ECONNREFUSED).</source>
        <translation>Der Kernel hat das Warten aufgegeben: das SYN von connect() wurde nie beantwortet, oder gesendete Daten wurden nach vielen Neuübertragungen nie bestätigt, oder Keep-alive-Prüfungen blieben unbeantwortet. Die Gegenseite ist unerreichbar oder spurlos verschwunden, oder eine Firewall verwirft Pakete stillschweigend. Das ist nicht das Ereignis &apos;timeout&apos; von setTimeout(), das nie etwas scheitern lässt. Versuchen Sie: Adresse prüfen und ob der Host läuft, nach einer Firewall suchen, die verwirft statt abzulehnen (eine ablehnende ergibt ECONNREFUSED).</translation>
    </message>
    <message>
        <source>Host not found: the name could not be resolved to an address.</source>
        <translation>Host nicht gefunden: der Name konnte nicht in eine Adresse aufgelöst werden.</translation>
    </message>
    <message>
        <source>The name lookup (getaddrinfo: /etc/hosts, then DNS) found no address for the host (EAI_NONAME or EAI_NODATA), so no connection was even attempted and no peer saw anything. Usual causes: a typo in the host name, a name that exists only on another network, a missing /etc/hosts entry, no DNS. Try: &apos;getent hosts NAME&apos;, or connect to an IP address such as 127.0.0.1.</source>
        <translation>Die Namensauflösung (getaddrinfo: /etc/hosts, dann DNS) fand keine Adresse für den Host (EAI_NONAME oder EAI_NODATA), also wurde keine Verbindung auch nur versucht und keine Gegenseite hat etwas gesehen. Übliche Ursachen: ein Tippfehler im Hostnamen, ein Name, den es nur in einem anderen Netz gibt, ein fehlender Eintrag in /etc/hosts, kein DNS. Versuchen Sie: &apos;getent hosts NAME&apos; oder zu einer IP-Adresse wie 127.0.0.1 verbinden.</translation>
    </message>
    <message>
        <source>Permission denied: not allowed to bind this port or use this path.</source>
        <translation>Zugriff verweigert: dieser Port darf nicht gebunden oder dieser Pfad nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The kernel refused the operation for lack of permission. For TCP: binding a port below 1024 needs root or CAP_NET_BIND_SERVICE. For a Unix socket: creating the socket file needs write access to its folder, and connecting needs write permission on the socket file. Nobody else saw anything. Try: a port of 1024 or more, a folder you own (the temporary folder), or fix the file&apos;s permissions.</source>
        <translation>Der Kernel hat den Vorgang mangels Berechtigung abgelehnt. Bei TCP: einen Port unter 1024 zu binden braucht root oder CAP_NET_BIND_SERVICE. Bei einem Unix-Socket: die Socket-Datei anzulegen braucht Schreibrecht auf ihren Ordner, und das Verbinden braucht Schreibrecht auf die Socket-Datei. Niemand sonst hat etwas gesehen. Versuchen Sie: einen Port ab 1024, einen Ordner, der Ihnen gehört (den temporären Ordner), oder die Rechte der Datei korrigieren.</translation>
    </message>
    <message>
        <source>No such file or directory: the Unix socket path does not exist.</source>
        <translation>Datei oder Verzeichnis nicht gefunden: der Unix-Socket-Pfad existiert nicht.</translation>
    </message>
    <message>
        <source>Connecting to a Unix socket whose path does not exist (no server created it, or it was removed when its server closed), or listening on a path whose folder does not exist. Try: start the listener first, check the path (it is relative to the current folder unless it starts with &apos;/&apos;).</source>
        <translation>Verbinden zu einem Unix-Socket, dessen Pfad nicht existiert (kein Server hat ihn angelegt, oder er wurde entfernt, als sein Server schloss), oder Lauschen auf einem Pfad, dessen Ordner nicht existiert. Versuchen Sie: den Listener zuerst starten, den Pfad prüfen (er ist relativ zum aktuellen Ordner, außer er beginnt mit &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Too many open files: this process used up its file descriptors.</source>
        <translation>Zu viele offene Dateien: dieser Prozess hat seine Dateideskriptoren aufgebraucht.</translation>
    </message>
    <message>
        <source>Every socket uses a file descriptor, and the process reached its limit (ulimit -n, often 1024). New sockets cannot be created and a server cannot accept: waiting clients stay in the backlog and may time out. Usual causes: connections that are never closed (a leak), or simply many clients. Try: close connections you no longer need, check for leaks, raise the limit with &apos;ulimit -n&apos;.</source>
        <translation>Jeder Socket belegt einen Dateideskriptor, und der Prozess hat seine Grenze erreicht (ulimit -n, oft 1024). Neue Sockets können nicht angelegt werden und ein Server kann nicht annehmen: wartende Clients bleiben im Backlog und können ein Zeitlimit überschreiten. Übliche Ursachen: Verbindungen, die nie geschlossen werden (ein Leck), oder einfach viele Clients. Versuchen Sie: nicht mehr benötigte Verbindungen schließen, nach Lecks suchen, die Grenze mit &apos;ulimit -n&apos; erhöhen.</translation>
    </message>
    <message>
        <source>Connection aborted: the connection died before it could be used (often before accept).</source>
        <translation>Verbindung abgebrochen: die Verbindung starb, bevor sie verwendet werden konnte (oft vor accept).</translation>
    </message>
    <message>
        <source>The kernel aborted a connection locally, for example one that failed while accept() was taking it from the backlog (rare on Linux, which usually hands the connection over and reports ECONNRESET on its first read instead). The server goes on accepting. Try: nothing on the server side; look at why the client gave up.</source>
        <translation>Der Kernel hat eine Verbindung lokal abgebrochen, zum Beispiel eine, die scheiterte, während accept() sie aus dem Backlog nahm (selten unter Linux, das die Verbindung meist übergibt und stattdessen beim ersten Lesen ECONNRESET meldet). Der Server nimmt weiter an. Versuchen Sie: auf der Serverseite nichts; sehen Sie nach, warum der Client aufgegeben hat.</translation>
    </message>
    <message>
        <source>Host unreachable: no route to that host.</source>
        <translation>Host nicht erreichbar: keine Route zu diesem Host.</translation>
    </message>
    <message>
        <source>The packets could not be delivered to the host: no route, or a router or the host answered &apos;host unreachable&apos; (ICMP), or the host did not answer ARP on the local network. The peer saw nothing. Try: check the address, that the host is up and on a network you can reach.</source>
        <translation>Die Pakete konnten dem Host nicht zugestellt werden: keine Route, oder ein Router oder der Host hat mit „host unreachable“ (ICMP) geantwortet, oder der Host hat im lokalen Netz nicht auf ARP geantwortet. Die Gegenseite hat nichts gesehen. Versuchen Sie: die Adresse prüfen, ob der Host läuft und in einem Netz ist, das Sie erreichen.</translation>
    </message>
    <message>
        <source>Network unreachable: no route to that network.</source>
        <translation>Netz nicht erreichbar: keine Route zu diesem Netz.</translation>
    </message>
    <message>
        <source>This machine has no route to the destination network: no default gateway, the interface is down, or an IPv6 address without IPv6 connectivity. Nothing was sent. Try: check the address family (IPv4 or IPv6) and the machine&apos;s network configuration.</source>
        <translation>Dieser Rechner hat keine Route zum Zielnetz: kein Standard-Gateway, die Schnittstelle ist aus, oder eine IPv6-Adresse ohne IPv6-Anbindung. Es wurde nichts gesendet. Versuchen Sie: die Adressfamilie (IPv4 oder IPv6) und die Netzwerkeinstellungen des Rechners prüfen.</translation>
    </message>
    <message>
        <source>Address not available: this machine does not have that local address (or ran out of ports).</source>
        <translation>Adresse nicht verfügbar: dieser Rechner hat diese lokale Adresse nicht (oder keine Ports mehr frei).</translation>
    </message>
    <message>
        <source>Binding asked for an IP address that no interface of this machine has (a listener on another machine&apos;s address, or a localAddress that is not local), or connect() found no free local port for this destination. Try: listen on 127.0.0.1, ::1, 0.0.0.0 or an address &apos;ip addr&apos; shows; with many short connections, let TIME_WAIT ones expire.</source>
        <translation>Das Binden verlangte eine IP-Adresse, die keine Schnittstelle dieses Rechners hat (ein Listener auf der Adresse eines anderen Rechners oder eine localAddress, die nicht lokal ist), oder connect() fand keinen freien lokalen Port für dieses Ziel. Versuchen Sie: auf 127.0.0.1, ::1, 0.0.0.0 oder einer Adresse lauschen, die &apos;ip addr&apos; zeigt; bei vielen kurzen Verbindungen die in TIME_WAIT auslaufen lassen.</translation>
    </message>
    <message>
        <source>Address family not supported (for example IPv6 disabled on this machine).</source>
        <translation>Adressfamilie nicht unterstützt (zum Beispiel IPv6 auf diesem Rechner abgeschaltet).</translation>
    </message>
    <message>
        <source>The kernel cannot create or use a socket of that address family, usually because IPv6 is disabled. Try the IPv4 address instead.</source>
        <translation>Der Kernel kann keinen Socket dieser Adressfamilie anlegen oder verwenden, meist weil IPv6 abgeschaltet ist. Versuchen Sie stattdessen die IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable: try again later.</source>
        <translation>Ressource vorübergehend nicht verfügbar: später erneut versuchen.</translation>
    </message>
    <message>
        <source>A non-blocking operation could not proceed now. netbench normally waits and retries itself; when reported, a kernel resource was short (for a Unix socket connect: the listener&apos;s backlog is full).</source>
        <translation>Ein nicht blockierender Vorgang konnte jetzt nicht fortfahren. netbench wartet normalerweise selbst und versucht es erneut; wird es gemeldet, war eine Ressource des Kernels knapp (bei connect auf einen Unix-Socket: der Backlog des Listeners ist voll).</translation>
    </message>
    <message>
        <source>A connection attempt is already in progress on this socket.</source>
        <translation>Auf diesem Socket läuft bereits ein Verbindungsversuch.</translation>
    </message>
    <message>
        <source>connect() was called again while the first attempt had not finished. Wait for &apos;connect&apos; or &apos;error&apos; before connecting again.</source>
        <translation>connect() wurde erneut aufgerufen, während der erste Versuch noch nicht fertig war. Warten Sie auf &apos;connect&apos; oder &apos;error&apos;, bevor Sie erneut verbinden.</translation>
    </message>
    <message>
        <source>Bad file descriptor: the descriptor is not open.</source>
        <translation>Ungültiger Dateideskriptor: der Deskriptor ist nicht offen.</translation>
    </message>
    <message>
        <source>An operation used a descriptor that is closed or was never valid, for example listen({fd}) with a number that is not open. Check the descriptor passed in.</source>
        <translation>Ein Vorgang hat einen Deskriptor verwendet, der geschlossen oder nie gültig war, zum Beispiel listen({fd}) mit einer Zahl, die nicht offen ist. Prüfen Sie den übergebenen Deskriptor.</translation>
    </message>
    <message>
        <source>Invalid argument: the kernel rejected a parameter of the call.</source>
        <translation>Ungültiges Argument: der Kernel hat einen Parameter des Aufrufs abgelehnt.</translation>
    </message>
    <message>
        <source>The kernel found an argument invalid for the socket&apos;s state or type, such as listening on a socket that is already connected or a bad option value. Look at the syscall named in the error.</source>
        <translation>Der Kernel hat ein Argument für den Zustand oder Typ des Sockets ungültig gefunden, etwa Lauschen auf einem Socket, der schon verbunden ist, oder einen falschen Optionswert. Sehen Sie sich den im Fehler genannten Systemaufruf an.</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>Der Socket ist bereits verbunden.</translation>
    </message>
    <message>
        <source>connect() on a socket that already has a connection. Use a new socket for a new connection.</source>
        <translation>connect() auf einem Socket, der schon eine Verbindung hat. Verwenden Sie für eine neue Verbindung einen neuen Socket.</translation>
    </message>
    <message>
        <source>Too many open files in the whole system.</source>
        <translation>Zu viele offene Dateien im ganzen System.</translation>
    </message>
    <message>
        <source>The system-wide limit of open files was reached (fs.file-max), not only this process&apos;s. Other programs are affected too. Close connections or raise the system limit.</source>
        <translation>Die systemweite Grenze offener Dateien wurde erreicht (fs.file-max), nicht nur die dieses Prozesses. Andere Programme sind ebenfalls betroffen. Schließen Sie Verbindungen oder erhöhen Sie die Systemgrenze.</translation>
    </message>
    <message>
        <source>Name too long: the Unix socket path exceeds the limit (107 bytes on Linux).</source>
        <translation>Name zu lang: der Unix-Socket-Pfad überschreitet die Grenze (107 Bytes unter Linux).</translation>
    </message>
    <message>
        <source>A Unix socket address holds at most 107 bytes of path on Linux (sun_path). Use a shorter path, for example in /tmp or relative to the current folder.</source>
        <translation>Eine Unix-Socket-Adresse fasst unter Linux höchstens 107 Bytes Pfad (sun_path). Verwenden Sie einen kürzeren Pfad, zum Beispiel in /tmp oder relativ zum aktuellen Ordner.</translation>
    </message>
    <message>
        <source>Network is down: the interface in use is down.</source>
        <translation>Netz ausgefallen: die verwendete Schnittstelle ist aus.</translation>
    </message>
    <message>
        <source>The network interface needed for this connection is down. Check the interface and connectivity.</source>
        <translation>Die für diese Verbindung nötige Netzwerkschnittstelle ist aus. Prüfen Sie Schnittstelle und Anbindung.</translation>
    </message>
    <message>
        <source>No buffer space available: the kernel is short of memory for sockets.</source>
        <translation>Kein Pufferplatz verfügbar: dem Kernel fehlt Speicher für Sockets.</translation>
    </message>
    <message>
        <source>The kernel could not allocate buffers for the operation, usually under heavy load or with very many sockets. Reduce the number of connections or buffer sizes.</source>
        <translation>Der Kernel konnte keine Puffer für den Vorgang anlegen, meist unter hoher Last oder bei sehr vielen Sockets. Verringern Sie die Zahl der Verbindungen oder die Puffergrößen.</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>Nicht genug Speicher.</translation>
    </message>
    <message>
        <source>The kernel or the process ran out of memory for this operation. Reduce the load or the amount of queued data (watch bufferSize).</source>
        <translation>Dem Kernel oder dem Prozess ging für diesen Vorgang der Speicher aus. Verringern Sie die Last oder die Menge eingereihter Daten (bufferSize beobachten).</translation>
    </message>
    <message>
        <source>The socket is not connected.</source>
        <translation>Der Socket ist nicht verbunden.</translation>
    </message>
    <message>
        <source>An operation that needs a connection (reading the peer&apos;s address, shutdown) was made on a socket that is not, or no longer, connected, for example after a reset.</source>
        <translation>Ein Vorgang, der eine Verbindung braucht (die Adresse der Gegenseite lesen, shutdown), wurde auf einem Socket gemacht, der nicht oder nicht mehr verbunden ist, zum Beispiel nach einem Reset.</translation>
    </message>
    <message>
        <source>Not a socket: the descriptor refers to something else.</source>
        <translation>Kein Socket: der Deskriptor verweist auf etwas anderes.</translation>
    </message>
    <message>
        <source>A descriptor given to netbench (listen({fd})) is a file or pipe, not a socket.</source>
        <translation>Ein an netbench gegebener Deskriptor (listen({fd})) ist eine Datei oder Pipe, kein Socket.</translation>
    </message>
    <message>
        <source>Operation not supported on this socket.</source>
        <translation>Vorgang auf diesem Socket nicht unterstützt.</translation>
    </message>
    <message>
        <source>The socket type does not support the operation (for example an option that only TCP has, used on a Unix socket).</source>
        <translation>Der Socket-Typ unterstützt den Vorgang nicht (zum Beispiel eine Option, die nur TCP hat, auf einem Unix-Socket verwendet).</translation>
    </message>
    <message>
        <source>Operation not permitted: needs privileges, or a firewall refused it.</source>
        <translation>Vorgang nicht erlaubt: braucht Berechtigungen, oder eine Firewall hat ihn abgelehnt.</translation>
    </message>
    <message>
        <source>The kernel refused the operation: it needs privileges this process lacks, or a local firewall rule (netfilter) rejected the packet. Check firewall rules and privileges.</source>
        <translation>Der Kernel hat den Vorgang abgelehnt: er braucht Berechtigungen, die diesem Prozess fehlen, oder eine lokale Firewall-Regel (netfilter) hat das Paket abgewiesen. Prüfen Sie Firewall-Regeln und Berechtigungen.</translation>
    </message>
    <message>
        <source>Protocol error.</source>
        <translation>Protokollfehler.</translation>
    </message>
    <message>
        <source>The kernel met a protocol error, for example a connection that failed while it was being accepted. Usually transient; the server keeps accepting.</source>
        <translation>Der Kernel ist auf einen Protokollfehler gestoßen, zum Beispiel eine Verbindung, die scheiterte, während sie angenommen wurde. Meist vorübergehend; der Server nimmt weiter an.</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>Protokoll nicht unterstützt.</translation>
    </message>
    <message>
        <source>The kernel does not support the protocol asked for in this address family.</source>
        <translation>Der Kernel unterstützt das in dieser Adressfamilie verlangte Protokoll nicht.</translation>
    </message>
    <message>
        <source>Not a directory: a part of the Unix socket path is not a folder.</source>
        <translation>Kein Verzeichnis: ein Teil des Unix-Socket-Pfads ist kein Ordner.</translation>
    </message>
    <message>
        <source>A component of the socket path that should be a folder is a file. Check the path.</source>
        <translation>Ein Bestandteil des Socket-Pfads, der ein Ordner sein sollte, ist eine Datei. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Read-only file system: the socket file cannot be created there.</source>
        <translation>Schreibgeschütztes Dateisystem: die Socket-Datei kann dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Listening on a Unix socket creates a file; the folder is on a read-only file system. Use a path in a writable folder such as /tmp.</source>
        <translation>Lauschen auf einem Unix-Socket legt eine Datei an; der Ordner liegt auf einem schreibgeschützten Dateisystem. Verwenden Sie einen Pfad in einem beschreibbaren Ordner wie /tmp.</translation>
    </message>
    <message>
        <source>No space left on device: the disk (or a quota) is full.</source>
        <translation>Kein Platz auf dem Gerät: die Festplatte (oder ein Kontingent) ist voll.</translation>
    </message>
    <message>
        <source>A write to a file failed because its file system has no room left. Nothing about the network: free some space or write elsewhere.</source>
        <translation>Das Schreiben in eine Datei ist gescheitert, weil ihr Dateisystem keinen Platz mehr hat. Nichts mit dem Netz: machen Sie Platz frei oder schreiben Sie anderswohin.</translation>
    </message>
    <message>
        <source>Input/output error: the device failed.</source>
        <translation>Ein-/Ausgabefehler: das Gerät hat versagt.</translation>
    </message>
    <message>
        <source>A low-level read or write failed (a failing disk, a terminal that went away). Check the device or file that was being used.</source>
        <translation>Ein Lese- oder Schreibvorgang auf niedriger Ebene ist gescheitert (eine defekte Festplatte, ein verschwundenes Terminal). Prüfen Sie das verwendete Gerät oder die Datei.</translation>
    </message>
    <message>
        <source>File too large: past the size the file system or a limit allows.</source>
        <translation>Datei zu groß: über der Größe, die das Dateisystem oder eine Grenze erlaubt.</translation>
    </message>
    <message>
        <source>A write would make a file larger than allowed (the file system&apos;s maximum, or &apos;ulimit -f&apos;). Write less or raise the limit.</source>
        <translation>Ein Schreibvorgang würde eine Datei größer machen als erlaubt (das Maximum des Dateisystems oder &apos;ulimit -f&apos;). Schreiben Sie weniger oder erhöhen Sie die Grenze.</translation>
    </message>
    <message>
        <source>An error the program passed to destroy(error); the peer saw only a FIN.</source>
        <translation>Ein Fehler, den das Programm an destroy(error) übergeben hat; die Gegenseite sah nur ein FIN.</translation>
    </message>
    <message>
        <source>destroy(error) closes the socket like destroy() and emits this error locally, followed by &apos;close&apos; with hadError true. Nothing of the error travels to the peer: it sees a normal FIN (&apos;end&apos;), or an RST only if unread data was waiting on our side. To make the peer see a failure, use resetAndDestroy().</source>
        <translation>destroy(error) schließt den Socket wie destroy() und löst diesen Fehler lokal aus, gefolgt von &apos;close&apos; mit hadError true. Nichts vom Fehler gelangt zur Gegenseite: sie sieht ein normales FIN (&apos;end&apos;), oder ein RST nur, wenn auf unserer Seite ungelesene Daten warteten. Damit die Gegenseite ein Scheitern sieht, verwenden Sie resetAndDestroy().</translation>
    </message>
    <message>
        <source>Temporary name resolution failure: DNS did not answer in time.</source>
        <translation>Vorübergehender Fehler der Namensauflösung: DNS hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The resolver could not get an answer now (DNS server unreachable or slow, no network). No connection was attempted. Try again later, check the DNS configuration, or use an IP address.</source>
        <translation>Der Resolver konnte jetzt keine Antwort bekommen (DNS-Server nicht erreichbar oder langsam, kein Netz). Es wurde keine Verbindung versucht. Versuchen Sie es später erneut, prüfen Sie die DNS-Einstellungen oder verwenden Sie eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Name resolution failed permanently.</source>
        <translation>Namensauflösung endgültig gescheitert.</translation>
    </message>
    <message>
        <source>The DNS server reported a non-recoverable failure for this name. Use an IP address or check the DNS configuration.</source>
        <translation>Der DNS-Server hat für diesen Namen einen nicht behebbaren Fehler gemeldet. Verwenden Sie eine IP-Adresse oder prüfen Sie die DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>The address family asked for is not supported by the resolver.</source>
        <translation>Die verlangte Adressfamilie wird vom Resolver nicht unterstützt.</translation>
    </message>
    <message>
        <source>The lookup asked for a family (4 or 6) the resolver does not support. Use family 0, 4 or 6.</source>
        <translation>Die Auflösung verlangte eine Familie (4 oder 6), die der Resolver nicht unterstützt. Verwenden Sie family 0, 4 oder 6.</translation>
    </message>
    <message>
        <source>The resolver ran out of memory.</source>
        <translation>Dem Resolver ging der Speicher aus.</translation>
    </message>
    <message>
        <source>getaddrinfo could not allocate memory. Retry.</source>
        <translation>getaddrinfo konnte keinen Speicher anlegen. Erneut versuchen.</translation>
    </message>
    <message>
        <source>The service (port) is not supported for this socket type.</source>
        <translation>Der Dienst (Port) wird für diesen Socket-Typ nicht unterstützt.</translation>
    </message>
    <message>
        <source>The resolver rejected the port or service name.</source>
        <translation>Der Resolver hat den Port oder Dienstnamen abgelehnt.</translation>
    </message>
    <message>
        <source>The socket type is not supported by the resolver.</source>
        <translation>Der Socket-Typ wird vom Resolver nicht unterstützt.</translation>
    </message>
    <message>
        <source>The resolver does not support the socket type asked for.</source>
        <translation>Der Resolver unterstützt den verlangten Socket-Typ nicht.</translation>
    </message>
    <message>
        <source>The port is not a whole number from 0 to 65535.</source>
        <translation>Der Port ist keine ganze Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>The call was refused before anything reached the kernel: a TCP port must be an integer &gt;= 0 and &lt; 65536 (0 means: let the kernel choose, for listen()). Nothing was sent; no peer saw anything. Check the port you typed or computed; strings like &apos;80&apos; are fine, &apos;80.5&apos;, -1 or 70000 are not.</source>
        <translation>Der Aufruf wurde abgelehnt, bevor etwas den Kernel erreichte: ein TCP-Port muss eine ganze Zahl &gt;= 0 und &lt; 65536 sein (0 heißt bei listen(): der Kernel wählt). Es wurde nichts gesendet; keine Gegenseite hat etwas gesehen. Prüfen Sie den eingegebenen oder berechneten Port; Zeichenketten wie &apos;80&apos; sind in Ordnung, &apos;80.5&apos;, -1 oder 70000 nicht.</translation>
    </message>
    <message>
        <source>listen() was called on a server that is already listening.</source>
        <translation>listen() wurde auf einem Server aufgerufen, der bereits lauscht.</translation>
    </message>
    <message>
        <source>A server listens on one address. Call close() first, or create another server for a second address.</source>
        <translation>Ein Server lauscht auf einer Adresse. Rufen Sie zuerst close() auf oder legen Sie für eine zweite Adresse einen weiteren Server an.</translation>
    </message>
    <message>
        <source>close() was called on a server that is not listening.</source>
        <translation>close() wurde auf einem Server aufgerufen, der nicht lauscht.</translation>
    </message>
    <message>
        <source>The server was never listening or is already closed, so there is nothing to close. The close callback receives this error; nothing else happens.</source>
        <translation>Der Server hat nie gelauscht oder ist schon geschlossen, es gibt also nichts zu schließen. Der Callback von close erhält diesen Fehler; sonst geschieht nichts.</translation>
    </message>
    <message>
        <source>write() after end(): our side has already sent FIN.</source>
        <translation>write() nach end(): unsere Seite hat bereits FIN gesendet.</translation>
    </message>
    <message>
        <source>end() was called earlier, so the writable side is finished (a FIN is sent or about to be) and TCP cannot send data after a FIN. The bytes are not sent; the peer sees nothing of them. Usual cause: an end() in one place and a late write() in another (a timer, a &apos;data&apos; handler). Try: write everything before end(), or pass the last bytes to end(data).</source>
        <translation>end() wurde früher aufgerufen, die schreibende Seite ist also fertig (ein FIN ist gesendet oder unterwegs), und TCP kann nach einem FIN keine Daten senden. Die Bytes werden nicht gesendet; die Gegenseite sieht nichts davon. Übliche Ursache: ein end() an einer Stelle und ein spätes write() an einer anderen (ein Timer, ein &apos;data&apos;-Handler). Versuchen Sie: alles vor end() schreiben oder die letzten Bytes an end(data) übergeben.</translation>
    </message>
    <message>
        <source>The socket was already destroyed; the call cannot do anything.</source>
        <translation>Der Socket wurde bereits zerstört; der Aufruf kann nichts tun.</translation>
    </message>
    <message>
        <source>A write() (or another call) was made on a socket that is destroyed: after destroy(), an error, or the close that follows the peer&apos;s end. The data is not sent. Try: stop using a socket after its &apos;close&apos;, and check socket.destroyed or writable before writing from timers.</source>
        <translation>Ein write() (oder ein anderer Aufruf) wurde auf einem zerstörten Socket gemacht: nach destroy(), einem Fehler oder dem Schließen, das auf das Ende der Gegenseite folgt. Die Daten werden nicht gesendet. Versuchen Sie: einen Socket nach seinem &apos;close&apos; nicht mehr verwenden und vor dem Schreiben aus Timern socket.destroyed oder writable prüfen.</translation>
    </message>
    <message>
        <source>The socket is closed: the operation needs an open socket.</source>
        <translation>Der Socket ist geschlossen: der Vorgang braucht einen offenen Socket.</translation>
    </message>
    <message>
        <source>The call needed an open socket, but it is closed. resetAndDestroy() on a socket without a connection reports this too. Nothing was sent.</source>
        <translation>Der Aufruf brauchte einen offenen Socket, aber er ist geschlossen. resetAndDestroy() auf einem Socket ohne Verbindung meldet dies ebenfalls. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The socket was closed before its connection was established.</source>
        <translation>Der Socket wurde geschlossen, bevor seine Verbindung hergestellt war.</translation>
    </message>
    <message>
        <source>write() was called while connecting, and the socket was destroyed before the connection came up, so the queued data could never be sent.</source>
        <translation>write() wurde während des Verbindens aufgerufen, und der Socket wurde zerstört, bevor die Verbindung stand, daher konnten die eingereihten Daten nie gesendet werden.</translation>
    </message>
    <message>
        <source>An argument has the wrong type.</source>
        <translation>Ein Argument hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument was not of the type expected (a string where a number is needed, ...). Nothing reached the kernel.</source>
        <translation>Der Aufruf wurde sofort abgelehnt, weil ein Argument nicht den erwarteten Typ hatte (eine Zeichenkette, wo eine Zahl nötig ist, ...). Nichts hat den Kernel erreicht.</translation>
    </message>
    <message>
        <source>An argument has a value that is not allowed.</source>
        <translation>Ein Argument hat einen nicht erlaubten Wert.</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument&apos;s value is invalid. The message names the argument. Nothing reached the kernel.</source>
        <translation>Der Aufruf wurde sofort abgelehnt, weil der Wert eines Arguments ungültig ist. Die Meldung nennt das Argument. Nichts hat den Kernel erreicht.</translation>
    </message>
    <message>
        <source>The file descriptor is not of a usable type.</source>
        <translation>Der Dateideskriptor hat keinen verwendbaren Typ.</translation>
    </message>
    <message>
        <source>A descriptor passed in (listen({fd})) is not a stream socket netbench can use.</source>
        <translation>Ein übergebener Deskriptor (listen({fd})) ist kein Stream-Socket, den netbench verwenden kann.</translation>
    </message>
    <message>
        <source>The text is not a valid IP address.</source>
        <translation>Der Text ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>An option that needs a literal IP address (such as localAddress) got something else. Use a form like 127.0.0.1 or ::1.</source>
        <translation>Eine Option, die eine wörtliche IP-Adresse braucht (wie localAddress), hat etwas anderes erhalten. Verwenden Sie eine Form wie 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <source>A required argument is missing.</source>
        <translation>Ein nötiges Argument fehlt.</translation>
    </message>
    <message>
        <source>The call needs an argument that was not given (for connect: a port or a path).</source>
        <translation>Der Aufruf braucht ein Argument, das nicht angegeben wurde (bei connect: einen Port oder einen Pfad).</translation>
    </message>
    <message>
        <source>A number is outside the allowed range.</source>
        <translation>Eine Zahl liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>The message says which value and which range. The call was refused at once.</source>
        <translation>Die Meldung nennt den Wert und den Bereich. Der Aufruf wurde sofort abgelehnt.</translation>
    </message>
    <message>
        <source>The encoding name is not known.</source>
        <translation>Der Name der Kodierung ist unbekannt.</translation>
    </message>
    <message>
        <source>Use one of Node&apos;s encodings: utf8, utf16le, latin1, ascii, base64, base64url, hex.</source>
        <translation>Verwenden Sie eine der Kodierungen von Node: utf8, utf16le, latin1, ascii, base64, base64url, hex.</translation>
    </message>
    <message>
        <source>No address of the host could be connected to in time.</source>
        <translation>Zu keiner Adresse des Hosts konnte rechtzeitig verbunden werden.</translation>
    </message>
    <message>
        <source>With several addresses for a host (IPv6 and IPv4), each attempt got a limited time and none succeeded. Check that the server is reachable on at least one of the addresses.</source>
        <translation>Bei mehreren Adressen für einen Host (IPv6 und IPv4) bekam jeder Versuch eine begrenzte Zeit, und keiner war erfolgreich. Prüfen Sie, ob der Server auf mindestens einer der Adressen erreichbar ist.</translation>
    </message>
    <message>
        <source>The object is not in a state that allows this call.</source>
        <translation>Das Objekt ist nicht in einem Zustand, der diesen Aufruf erlaubt.</translation>
    </message>
    <message>
        <source>The message says which state was wrong.</source>
        <translation>Die Meldung nennt den falschen Zustand.</translation>
    </message>
    <message>
        <source>write(null) is not allowed on a byte stream.</source>
        <translation>write(null) ist auf einem Bytestrom nicht erlaubt.</translation>
    </message>
    <message>
        <source>Pass a string or a Buffer to write().</source>
        <translation>Übergeben Sie write() eine Zeichenkette oder einen Buffer.</translation>
    </message>
    <message>
        <source>end() was called again after the stream had finished.</source>
        <translation>end() wurde erneut aufgerufen, nachdem der Stream fertig war.</translation>
    </message>
    <message>
        <source>The writable side has already finished; a second end() with a callback reports this. Call end() once.</source>
        <translation>Die schreibende Seite ist bereits fertig; ein zweites end() mit Callback meldet dies. Rufen Sie end() einmal auf.</translation>
    </message>
    <message>
        <source>An &apos;error&apos; was emitted and nobody listened for it.</source>
        <translation>Ein &apos;error&apos; wurde ausgelöst und niemand hat darauf gehört.</translation>
    </message>
    <message>
        <source>In a script, an &apos;error&apos; event without a listener ends the program. Add socket.on(&apos;error&apos;, ...) to handle it.</source>
        <translation>In einem Skript beendet ein &apos;error&apos;-Ereignis ohne Listener das Programm. Fügen Sie socket.on(&apos;error&apos;, ...) hinzu, um es zu behandeln.</translation>
    </message>
    <message>
        <source>A method was called on an object of the wrong type.</source>
        <translation>Eine Methode wurde auf einem Objekt des falschen Typs aufgerufen.</translation>
    </message>
    <message>
        <source>A script called a method with a &apos;this&apos; it does not belong to.</source>
        <translation>Ein Skript hat eine Methode mit einem &apos;this&apos; aufgerufen, zu dem sie nicht gehört.</translation>
    </message>
    <message>
        <source>A callback returned a value of the wrong type.</source>
        <translation>Ein Callback hat einen Wert des falschen Typs geliefert.</translation>
    </message>
    <message>
        <source>The message names the function and what it should return (for example a custom lookup).</source>
        <translation>Die Meldung nennt die Funktion und was sie liefern sollte (zum Beispiel ein eigenes lookup).</translation>
    </message>
    <message>
        <source>A Buffer was read or written outside its bounds.</source>
        <translation>Ein Buffer wurde außerhalb seiner Grenzen gelesen oder beschrieben.</translation>
    </message>
    <message>
        <source>An offset or length in a script&apos;s Buffer call is outside the buffer.</source>
        <translation>Ein Offset oder eine Länge im Buffer-Aufruf eines Skripts liegt außerhalb des Buffers.</translation>
    </message>
    <message>
        <source>The Buffer&apos;s size is not a multiple of what the operation needs.</source>
        <translation>Die Größe des Buffers ist kein Vielfaches dessen, was der Vorgang braucht.</translation>
    </message>
    <message>
        <source>For example swap16() needs an even length.</source>
        <translation>Zum Beispiel braucht swap16() eine gerade Länge.</translation>
    </message>
    <message>
        <source>A promise was rejected with a falsy value.</source>
        <translation>Ein Promise wurde mit einem falsy-Wert zurückgewiesen.</translation>
    </message>
    <message>
        <source>util.callbackify() turns a rejection with null, 0 or &apos;&apos; into this error.</source>
        <translation>util.callbackify() macht aus einer Zurückweisung mit null, 0 oder &apos;&apos; diesen Fehler.</translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled it.</source>
        <translation>Ein Promise wurde zurückgewiesen und nichts hat es behandelt.</translation>
    </message>
    <message>
        <source>Add .catch() or try/await around the promise in the script.</source>
        <translation>Fügen Sie im Skript .catch() oder try/await um das Promise hinzu.</translation>
    </message>
    <message>
        <source>An assert() in the script failed.</source>
        <translation>Ein assert() im Skript ist gescheitert.</translation>
    </message>
    <message>
        <source>The script checked something that turned out false; the message says what.</source>
        <translation>Das Skript hat etwas geprüft, das sich als falsch erwies; die Meldung sagt, was.</translation>
    </message>
    <message>
        <source>An argument is ambiguous.</source>
        <translation>Ein Argument ist mehrdeutig.</translation>
    </message>
    <message>
        <source>Used by assert.throws() when its message argument looks like the expected error.</source>
        <translation>Wird von assert.throws() verwendet, wenn sein Argument message wie der erwartete Fehler aussieht.</translation>
    </message>
    <message>
        <source>A method that must be provided was not implemented.</source>
        <translation>Eine Methode, die bereitgestellt werden muss, wurde nicht implementiert.</translation>
    </message>
    <message>
        <source>A script&apos;s stream subclass lacks a required method such as _read or _write.</source>
        <translation>Einer Stream-Unterklasse eines Skripts fehlt eine nötige Methode wie _read oder _write.</translation>
    </message>
    <message>
        <source>netbench does not support this feature of Node.</source>
        <translation>netbench unterstützt diese Funktion von Node nicht.</translation>
    </message>
    <message>
        <source>The script used a part of Node&apos;s API that netbench does not implement; the message names it. The same script may run under node itself.</source>
        <translation>Das Skript hat einen Teil der API von Node verwendet, den netbench nicht implementiert; die Meldung nennt ihn. Dasselbe Skript kann unter node selbst laufen.</translation>
    </message>
    <message>
        <source>This kind of socket cannot do that (for example reset a Unix socket).</source>
        <translation>Diese Art Socket kann das nicht (zum Beispiel einen Unix-Socket zurücksetzen).</translation>
    </message>
    <message>
        <source>resetAndDestroy() needs a TCP socket: only TCP has an RST. On a Unix socket use destroy() instead.</source>
        <translation>resetAndDestroy() braucht einen TCP-Socket: nur TCP hat ein RST. Verwenden Sie auf einem Unix-Socket stattdessen destroy().</translation>
    </message>
    <message>
        <source>TextDecoder does not support this encoding.</source>
        <translation>TextDecoder unterstützt diese Kodierung nicht.</translation>
    </message>
    <message>
        <source>Use utf-8, utf-16le or latin1.</source>
        <translation>Verwenden Sie utf-8, utf-16le oder latin1.</translation>
    </message>
    <message>
        <source>TextDecoder with fatal: true met bytes that are not valid in its encoding.</source>
        <translation>TextDecoder mit fatal: true ist auf Bytes gestoßen, die in seiner Kodierung ungültig sind.</translation>
    </message>
    <message>
        <source>A script decoded bytes with new TextDecoder(encoding, { fatal: true }) and they were not valid (for example a broken UTF-8 sequence). Without fatal they would become U+FFFD instead. Remember that a chunk may end in the middle of a character: decode with { stream: true } across chunks.</source>
        <translation>Ein Skript hat Bytes mit new TextDecoder(encoding, { fatal: true }) dekodiert, und sie waren ungültig (zum Beispiel eine kaputte UTF-8-Folge). Ohne fatal würden sie stattdessen zu U+FFFD. Denken Sie daran, dass ein Stück mitten in einem Zeichen enden kann: dekodieren Sie über Stücke hinweg mit { stream: true }.</translation>
    </message>
    <message>
        <source>The address family is not IPv4 or IPv6.</source>
        <translation>Die Adressfamilie ist weder IPv4 noch IPv6.</translation>
    </message>
    <message>
        <source>family must be 4 or 6 (or 0 for either).</source>
        <translation>family muss 4 oder 6 sein (oder 0 für beide).</translation>
    </message>
    <message>
        <source>Access to a resource was refused.</source>
        <translation>Der Zugriff auf eine Ressource wurde verweigert.</translation>
    </message>
    <message>
        <source>A script tried to load a file it may not read; the message says which.</source>
        <translation>Ein Skript hat versucht, eine Datei zu laden, die es nicht lesen darf; die Meldung sagt welche.</translation>
    </message>
    <message>
        <source>The file is too large to be read whole.</source>
        <translation>Die Datei ist zu groß, um ganz gelesen zu werden.</translation>
    </message>
    <message>
        <source>A file a script reads or requires is larger than the limit.</source>
        <translation>Eine Datei, die ein Skript liest oder mit require lädt, ist größer als die Grenze.</translation>
    </message>
    <message>
        <source>Memory could not be allocated.</source>
        <translation>Speicher konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The script runtime ran out of memory, often from data queued without backpressure. The script&apos;s sockets and servers are closed.</source>
        <translation>Der Skript-Laufzeitumgebung ging der Speicher aus, oft durch Daten, die ohne Gegendruck eingereiht wurden. Die Sockets und Server des Skripts werden geschlossen.</translation>
    </message>
    <message>
        <source>Connecting: connect() was called and has not finished.</source>
        <translation>Verbindet: connect() wurde aufgerufen und ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>The socket is looking up the host or waiting for the handshake to complete. Writes are queued until &apos;connect&apos;. It ends with &apos;connect&apos; (open) or &apos;error&apos; (closed).</source>
        <translation>Der Socket löst den Host auf oder wartet auf den Abschluss des Handshakes. Schreibvorgänge werden bis &apos;connect&apos; eingereiht. Es endet mit &apos;connect&apos; (offen) oder &apos;error&apos; (geschlossen).</translation>
    </message>
    <message>
        <source>Open: readable and writable; data can flow both ways.</source>
        <translation>Offen: lesbar und beschreibbar; Daten können in beide Richtungen fließen.</translation>
    </message>
    <message>
        <source>Connected and neither side has ended. Both ends can write and read.</source>
        <translation>Verbunden, und keine Seite hat geendet. Beide Enden können schreiben und lesen.</translation>
    </message>
    <message>
        <source>Half-closed, readOnly: we called end() (sent FIN); the peer may still send.</source>
        <translation>Halb geschlossen, readOnly: wir haben end() aufgerufen (FIN gesendet); die Gegenseite kann noch senden.</translation>
    </message>
    <message>
        <source>Our writable side is finished: end() sent a FIN after the queued data, and the peer got &apos;end&apos;. We can still receive until the peer ends too; then the socket closes. Writing now fails with ERR_STREAM_WRITE_AFTER_END. TCP calls this a half-close; Node names the option that allows it allowHalfOpen (in TCP&apos;s own words a half-open connection is one whose other side vanished without a FIN or an RST, which only a write or keep-alive reveals).</source>
        <translation>Unsere schreibende Seite ist fertig: end() hat nach den eingereihten Daten ein FIN gesendet, und die Gegenseite hat &apos;end&apos; erhalten. Wir können noch empfangen, bis auch die Gegenseite endet; dann schließt der Socket. Schreiben scheitert jetzt mit ERR_STREAM_WRITE_AFTER_END. TCP nennt das Halbschließen; Node nennt die Option, die es erlaubt, allowHalfOpen (in den Worten von TCP ist eine halboffene Verbindung eine, deren andere Seite ohne FIN oder RST verschwunden ist, was nur ein Schreibvorgang oder Keep-alive aufdeckt).</translation>
    </message>
    <message>
        <source>Half-closed, writeOnly: the peer sent FIN (&apos;end&apos;); we may still write (allowHalfOpen).</source>
        <translation>Halb geschlossen, writeOnly: die Gegenseite hat FIN gesendet (&apos;end&apos;); wir können noch schreiben (allowHalfOpen).</translation>
    </message>
    <message>
        <source>The peer has ended its side: its FIN arrived and nothing more will be read. With allowHalfOpen we can still write (the peer reads it if it only half-closed) and must call end() ourselves to finish. If the peer had closed its socket completely, a write now makes its kernel answer with RST and we get EPIPE.</source>
        <translation>Die Gegenseite hat ihre Seite beendet: ihr FIN ist angekommen und es wird nichts mehr gelesen. Mit allowHalfOpen können wir noch schreiben (die Gegenseite liest es, wenn sie nur halb geschlossen hat) und müssen selbst end() aufrufen, um fertig zu werden. Hatte die Gegenseite ihren Socket ganz geschlossen, lässt ein Schreibvorgang jetzt ihren Kernel mit RST antworten und wir erhalten EPIPE.</translation>
    </message>
    <message>
        <source>Closed: neither readable nor writable.</source>
        <translation>Geschlossen: weder lesbar noch beschreibbar.</translation>
    </message>
    <message>
        <source>Both directions are finished (both FINs were exchanged), or the socket was destroyed or failed. Nothing more can be sent or received on it.</source>
        <translation>Beide Richtungen sind fertig (beide FINs wurden ausgetauscht), oder der Socket wurde zerstört oder ist gescheitert. Darauf kann nichts mehr gesendet oder empfangen werden.</translation>
    </message>
    <message>
        <source>Failed: an error ended this endpoint; select its error row for the reason.</source>
        <translation>Gescheitert: ein Fehler hat diesen Endpunkt beendet; wählen Sie seine Fehlerzeile für den Grund.</translation>
    </message>
    <message>
        <source>The endpoint ended with an error (shown in its tooltip). A socket is closed after an error; a server whose listen() failed is not listening. Select the &apos;error&apos; row in the event stream to see what the code means.</source>
        <translation>Der Endpunkt endete mit einem Fehler (in seinem Tooltip gezeigt). Ein Socket ist nach einem Fehler geschlossen; ein Server, dessen listen() gescheitert ist, lauscht nicht. Wählen Sie die Zeile &apos;error&apos; im Ereignisstrom, um zu sehen, was der Code bedeutet.</translation>
    </message>
    <message>
        <source>Listening: the server accepts connections.</source>
        <translation>Lauscht: der Server nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>The server is bound and in the LISTEN state. Each client that connects appears under it as a connection of its own.</source>
        <translation>Der Server ist gebunden und im Zustand LISTEN. Jeder Client, der sich verbindet, erscheint darunter als eigene Verbindung.</translation>
    </message>
    <message>
        <source>New: created, nothing started yet.</source>
        <translation>Neu: angelegt, noch nichts begonnen.</translation>
    </message>
    <message>
        <source>The endpoint exists but has not been asked to listen or connect yet.</source>
        <translation>Der Endpunkt existiert, wurde aber noch nicht zum Lauschen oder Verbinden aufgefordert.</translation>
    </message>
    <message>
        <source>write() returned true: below the high-water mark, keep writing.</source>
        <translation>write() lieferte true: unter der Hochwassermarke, weiterschreiben.</translation>
    </message>
    <message>
        <source>The bytes went to the kernel or joined a queue that is still shorter than the high-water mark. It says nothing about the peer having received them.</source>
        <translation>Die Bytes gingen an den Kernel oder in eine Warteschlange, die noch kürzer als die Hochwassermarke ist. Das sagt nichts darüber, ob die Gegenseite sie empfangen hat.</translation>
    </message>
    <message>
        <source>write() returned false: the queue reached the high-water mark; wait for &apos;drain&apos;.</source>
        <translation>write() lieferte false: die Warteschlange hat die Hochwassermarke erreicht; auf &apos;drain&apos; warten.</translation>
    </message>
    <message>
        <source>The data was still accepted and will be sent, but netbench&apos;s queue (bufferSize) is at or above the high-water mark because the kernel&apos;s send buffer is full: the peer reads more slowly than we write, or not at all (paused). A writer that respects backpressure stops now and writes again on &apos;drain&apos;; one that goes on makes the queue, and memory, grow without bound. Look at the peer: its Unread grows, and our Unsent.</source>
        <translation>Die Daten wurden trotzdem angenommen und werden gesendet, aber die Warteschlange von netbench (bufferSize) liegt auf oder über der Hochwassermarke, weil der Sendepuffer des Kernels voll ist: die Gegenseite liest langsamer, als wir schreiben, oder gar nicht (pausiert). Ein Schreiber, der Gegendruck beachtet, hört jetzt auf und schreibt bei &apos;drain&apos; weiter; einer, der weitermacht, lässt Warteschlange und Speicher unbegrenzt wachsen. Sehen Sie sich die Gegenseite an: ihr Ungelesen wächst, und unser Ungesendet.</translation>
    </message>
    <message>
        <source>Connected; neither side has sent FIN.</source>
        <translation>Verbunden; keine Seite hat FIN gesendet.</translation>
    </message>
    <message>
        <source>The normal state of an open connection.</source>
        <translation>Der normale Zustand einer offenen Verbindung.</translation>
    </message>
    <message>
        <source>Connecting: our SYN is sent, waiting for the server&apos;s SYN-ACK.</source>
        <translation>Verbindet: unser SYN ist gesendet, wir warten auf das SYN-ACK des Servers.</translation>
    </message>
    <message>
        <source>An RST in answer gives ECONNREFUSED; no answer at all gives ETIMEDOUT after the retries.</source>
        <translation>Ein RST als Antwort ergibt ECONNREFUSED; gar keine Antwort ergibt nach den Wiederholungen ETIMEDOUT.</translation>
    </message>
    <message>
        <source>The server side answered a SYN and waits for the final ACK.</source>
        <translation>Die Serverseite hat auf ein SYN geantwortet und wartet auf das letzte ACK.</translation>
    </message>
    <message>
        <source>The middle of the three-way handshake, on the accepting side.</source>
        <translation>Die Mitte des Drei-Wege-Handshakes, auf der annehmenden Seite.</translation>
    </message>
    <message>
        <source>We sent FIN (end()); it is not acknowledged yet.</source>
        <translation>Wir haben FIN gesendet (end()); es ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Usually brief; it lasts while queued data and the FIN wait for the peer&apos;s acknowledgement (a peer that does not read keeps it here).</source>
        <translation>Meist kurz; es dauert, solange eingereihte Daten und das FIN auf die Bestätigung der Gegenseite warten (eine Gegenseite, die nicht liest, hält es hier).</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN (we are readOnly).</source>
        <translation>Unser FIN ist bestätigt; wir warten auf das FIN der Gegenseite (wir sind readOnly).</translation>
    </message>
    <message>
        <source>A half-closed connection seen from the side that ended first: the peer may still send data until it calls end().</source>
        <translation>Eine halb geschlossene Verbindung von der Seite aus gesehen, die zuerst geendet hat: die Gegenseite kann noch Daten senden, bis sie end() aufruft.</translation>
    </message>
    <message>
        <source>Both FINs exchanged; the side that closed first waits (60 s on Linux) for stray packets.</source>
        <translation>Beide FINs ausgetauscht; die Seite, die zuerst geschlossen hat, wartet (60 s unter Linux) auf verirrte Pakete.</translation>
    </message>
    <message>
        <source>Kept by the kernel after the program has closed, so that late segments of this connection are not taken for a new one with the same ports.</source>
        <translation>Vom Kernel gehalten, nachdem das Programm geschlossen hat, damit späte Segmente dieser Verbindung nicht für eine neue mit denselben Ports gehalten werden.</translation>
    </message>
    <message>
        <source>Closed: no connection (after a reset, or not connected).</source>
        <translation>Geschlossen: keine Verbindung (nach einem Reset oder nicht verbunden).</translation>
    </message>
    <message>
        <source>The socket has no connection any more.</source>
        <translation>Der Socket hat keine Verbindung mehr.</translation>
    </message>
    <message>
        <source>The peer sent FIN; we have not ended yet (we are writeOnly).</source>
        <translation>Die Gegenseite hat FIN gesendet; wir haben noch nicht geendet (wir sind writeOnly).</translation>
    </message>
    <message>
        <source>The peer&apos;s &apos;end&apos; arrived. With allowHalfOpen the connection stays here until end() is called; many sockets stuck in CLOSE_WAIT mean a program that never closes.</source>
        <translation>Das &apos;end&apos; der Gegenseite ist angekommen. Mit allowHalfOpen bleibt die Verbindung hier, bis end() aufgerufen wird; viele Sockets in CLOSE_WAIT deuten auf ein Programm, das nie schließt.</translation>
    </message>
    <message>
        <source>The peer ended first, we sent our FIN and wait for its acknowledgement.</source>
        <translation>Die Gegenseite hat zuerst geendet, wir haben unser FIN gesendet und warten auf ihre Bestätigung.</translation>
    </message>
    <message>
        <source>The last step of closing on the side that ended second.</source>
        <translation>Der letzte Schritt des Schließens auf der Seite, die als zweite geendet hat.</translation>
    </message>
    <message>
        <source>A listening socket: accepts connections.</source>
        <translation>Ein lauschender Socket: nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>The state of a server&apos;s socket after listen().</source>
        <translation>Der Zustand des Sockets eines Servers nach listen().</translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the acknowledgement.</source>
        <translation>Beide Seiten haben gleichzeitig FIN gesendet; wir warten auf die Bestätigung.</translation>
    </message>
    <message>
        <source>A simultaneous close; it passes to TIME_WAIT.</source>
        <translation>Ein gleichzeitiges Schließen; es geht in TIME_WAIT über.</translation>
    </message>
    <message>
        <source>server.address(): where the listener is bound</source>
        <translation>server.address(): wo der Listener gebunden ist</translation>
    </message>
    <message>
        <source>The address and port the kernel bound (the chosen port when listening on port 0), or the Unix socket path. 0.0.0.0 or :: means every interface of this machine.</source>
        <translation>Die Adresse und der Port, die der Kernel gebunden hat (der gewählte Port beim Lauschen auf Port 0), oder der Unix-Socket-Pfad. 0.0.0.0 oder :: bedeutet jede Schnittstelle dieses Rechners.</translation>
    </message>
    <message>
        <source>server.listening: whether it accepts connections</source>
        <translation>server.listening: ob er Verbindungen annimmt</translation>
    </message>
    <message>
        <source>True from &apos;listening&apos; until close(). Clients connecting while it is false get ECONNREFUSED.</source>
        <translation>True von &apos;listening&apos; bis close(). Clients, die sich verbinden, während es false ist, erhalten ECONNREFUSED.</translation>
    </message>
    <message>
        <source>server.getConnections(): accepted connections still open</source>
        <translation>server.getConnections(): angenommene Verbindungen, die noch offen sind</translation>
    </message>
    <message>
        <source>How many accepted sockets of this server are not closed yet.</source>
        <translation>Wie viele angenommene Sockets dieses Servers noch nicht geschlossen sind.</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past it are dropped</source>
        <translation>server.maxConnections: Verbindungen darüber hinaus werden verworfen</translation>
    </message>
    <message>
        <source>When this many connections are open, new ones are accepted and closed at once (&apos;drop&apos;).</source>
        <translation>Sind so viele Verbindungen offen, werden neue angenommen und sofort geschlossen (&apos;drop&apos;).</translation>
    </message>
    <message>
        <source>ref()/unref(): whether the listener keeps the event loop alive</source>
        <translation>ref()/unref(): ob der Listener die Ereignisschleife am Leben hält</translation>
    </message>
    <message>
        <source>An unref&apos;d server does not keep a script running; in the window it changes nothing visible.</source>
        <translation>Ein Server nach unref() hält ein Skript nicht am Laufen; im Fenster ändert es nichts Sichtbares.</translation>
    </message>
    <message>
        <source>socket.localAddress, localPort, localFamily: this end of the connection</source>
        <translation>socket.localAddress, localPort, localFamily: dieses Ende der Verbindung</translation>
    </message>
    <message>
        <source>This end&apos;s address and port. A client gets an ephemeral port chosen by the kernel; an accepted socket has the server&apos;s port. A Unix client end is usually unnamed.</source>
        <translation>Adresse und Port dieses Endes. Ein Client erhält einen flüchtigen Port, den der Kernel wählt; ein angenommener Socket hat den Port des Servers. Das Ende eines Unix-Clients ist meist unbenannt.</translation>
    </message>
    <message>
        <source>socket.remoteAddress, remotePort, remoteFamily: the peer</source>
        <translation>socket.remoteAddress, remotePort, remoteFamily: die Gegenseite</translation>
    </message>
    <message>
        <source>The other end&apos;s address and port, as the kernel knows it.</source>
        <translation>Adresse und Port des anderen Endes, wie der Kernel sie kennt.</translation>
    </message>
    <message>
        <source>socket.readyState: opening, open, readOnly (we ended), writeOnly (the peer ended) or closed</source>
        <translation>socket.readyState: opening, open, readOnly (wir haben geendet), writeOnly (die Gegenseite hat geendet) oder closed</translation>
    </message>
    <message>
        <source>Which directions are still usable: open (both), readOnly (we sent FIN), writeOnly (the peer sent FIN), closed (neither), opening (still connecting).</source>
        <translation>Welche Richtungen noch nutzbar sind: open (beide), readOnly (wir haben FIN gesendet), writeOnly (die Gegenseite hat FIN gesendet), closed (keine), opening (verbindet noch).</translation>
    </message>
    <message>
        <source>socket.connecting: connect() was called and has not finished</source>
        <translation>socket.connecting: connect() wurde aufgerufen und ist noch nicht fertig</translation>
    </message>
    <message>
        <source>True between connect() and &apos;connect&apos; (or &apos;error&apos;).</source>
        <translation>True zwischen connect() und &apos;connect&apos; (oder &apos;error&apos;).</translation>
    </message>
    <message>
        <source>socket.destroyed: the socket is closed and can do nothing more</source>
        <translation>socket.destroyed: der Socket ist geschlossen und kann nichts mehr tun</translation>
    </message>
    <message>
        <source>True once destroy() was called, an error happened or both sides ended.</source>
        <translation>True, sobald destroy() aufgerufen wurde, ein Fehler geschah oder beide Seiten geendet haben.</translation>
    </message>
    <message>
        <source>socket.isPaused(): not reading; incoming data waits in the kernel</source>
        <translation>socket.isPaused(): liest nicht; ankommende Daten warten im Kernel</translation>
    </message>
    <message>
        <source>While paused, received bytes stay in the kernel (Unread grows) and once its buffer is full the peer is slowed down by TCP&apos;s flow control.</source>
        <translation>Solange pausiert, bleiben empfangene Bytes im Kernel (Ungelesen wächst), und sobald sein Puffer voll ist, wird die Gegenseite durch die Flusskontrolle von TCP gebremst.</translation>
    </message>
    <message>
        <source>socket.bytesRead: bytes received so far</source>
        <translation>socket.bytesRead: bisher empfangene Bytes</translation>
    </message>
    <message>
        <source>Bytes read from the kernel and delivered as &apos;data&apos;.</source>
        <translation>Bytes, die aus dem Kernel gelesen und als &apos;data&apos; geliefert wurden.</translation>
    </message>
    <message>
        <source>socket.bytesWritten: bytes handed to the kernel so far</source>
        <translation>socket.bytesWritten: bisher an den Kernel übergebene Bytes</translation>
    </message>
    <message>
        <source>Bytes written, including those still queued; handed over does not mean received by the peer.</source>
        <translation>Geschriebene Bytes, einschließlich noch eingereihter; übergeben heißt nicht von der Gegenseite empfangen.</translation>
    </message>
    <message>
        <source>Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)</source>
        <translation>In netbench eingereihte Bytes, vom Kernel noch nicht angenommen (socket.bufferSize)</translation>
    </message>
    <message>
        <source>Data written but still waiting in netbench&apos;s queue because the kernel&apos;s send buffer is full. When it reaches the high-water mark write() returns false; &apos;drain&apos; comes when it is empty again.</source>
        <translation>Geschriebene Daten, die noch in der Warteschlange von netbench warten, weil der Sendepuffer des Kernels voll ist. Erreicht sie die Hochwassermarke, liefert write() false; &apos;drain&apos; kommt, wenn sie wieder leer ist.</translation>
    </message>
    <message>
        <source>socket.timeout: idle time before &apos;timeout&apos; is emitted</source>
        <translation>socket.timeout: Leerlaufzeit, bevor &apos;timeout&apos; ausgelöst wird</translation>
    </message>
    <message>
        <source>Set by setTimeout(); the &apos;timeout&apos; event only notifies, it does not close.</source>
        <translation>Mit setTimeout() gesetzt; das Ereignis &apos;timeout&apos; benachrichtigt nur, es schließt nicht.</translation>
    </message>
    <message>
        <source>socket.setEncoding(): how received data is decoded</source>
        <translation>socket.setEncoding(): wie empfangene Daten dekodiert werden</translation>
    </message>
    <message>
        <source>none means &apos;data&apos; carries raw bytes.</source>
        <translation>keine heißt, &apos;data&apos; trägt rohe Bytes.</translation>
    </message>
    <message>
        <source>SO_SNDBUF: size of the kernel&apos;s send buffer for this socket</source>
        <translation>SO_SNDBUF: Größe des Sendepuffers des Kernels für diesen Socket</translation>
    </message>
    <message>
        <source>How many bytes the kernel holds for sending (Linux doubles the value set and may grow it on its own). When it is full, write() starts queueing in netbench (bufferSize).</source>
        <translation>Wie viele Bytes der Kernel zum Senden hält (Linux verdoppelt den gesetzten Wert und kann ihn von selbst vergrößern). Ist er voll, beginnt write(), in netbench einzureihen (bufferSize).</translation>
    </message>
    <message>
        <source>SO_RCVBUF: size of the kernel&apos;s receive buffer for this socket</source>
        <translation>SO_RCVBUF: Größe des Empfangspuffers des Kernels für diesen Socket</translation>
    </message>
    <message>
        <source>How many received bytes the kernel can hold before the program reads them; it limits the window advertised to the peer.</source>
        <translation>Wie viele empfangene Bytes der Kernel halten kann, bevor das Programm sie liest; begrenzt das der Gegenseite angekündigte Fenster.</translation>
    </message>
    <message>
        <source>SIOCOUTQ: bytes in the kernel&apos;s send queue, not yet acknowledged by the peer</source>
        <translation>SIOCOUTQ: Bytes in der Sendewarteschlange des Kernels, von der Gegenseite noch nicht bestätigt</translation>
    </message>
    <message>
        <source>For TCP: bytes sent or waiting to be sent that the peer&apos;s kernel has not acknowledged. For a Unix socket: bytes not yet read by the peer. It grows when the peer does not read.</source>
        <translation>Bei TCP: gesendete oder zu sendende Bytes, die der Kernel der Gegenseite nicht bestätigt hat. Bei einem Unix-Socket: von der Gegenseite noch nicht gelesene Bytes. Es wächst, wenn die Gegenseite nicht liest.</translation>
    </message>
    <message>
        <source>SIOCINQ: bytes received by the kernel that netbench has not read yet</source>
        <translation>SIOCINQ: vom Kernel empfangene Bytes, die netbench noch nicht gelesen hat</translation>
    </message>
    <message>
        <source>Grows while the socket is paused; when it reaches the receive buffer the peer must stop sending.</source>
        <translation>Wächst, solange der Socket pausiert; erreicht es den Empfangspuffer, muss die Gegenseite aufhören zu senden.</translation>
    </message>
    <message>
        <source>tcpi_state: the kernel&apos;s TCP state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</source>
        <translation>tcpi_state: der TCP-Zustand des Kernels (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</translation>
    </message>
    <message>
        <source>ESTABLISHED: open. FIN_WAIT1/FIN_WAIT2: we sent FIN (end()), waiting for the peer&apos;s. CLOSE_WAIT: the peer sent FIN, we have not ended yet (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: the last steps of closing. SYN_SENT: connecting.</source>
        <translation>ESTABLISHED: offen. FIN_WAIT1/FIN_WAIT2: wir haben FIN gesendet (end()) und warten auf das der Gegenseite. CLOSE_WAIT: die Gegenseite hat FIN gesendet, wir haben noch nicht geendet (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: die letzten Schritte des Schließens. SYN_SENT: verbindet.</translation>
    </message>
    <message>
        <source>tcpi_rtt, tcpi_rttvar: smoothed round-trip time and its variation</source>
        <translation>tcpi_rtt, tcpi_rttvar: geglättete Umlaufzeit und ihre Schwankung</translation>
    </message>
    <message>
        <source>How long an acknowledgement takes to come back, as the kernel estimates it. On loopback it is tens of microseconds.</source>
        <translation>Wie lange eine Bestätigung für den Rückweg braucht, wie der Kernel es schätzt. Auf Loopback sind es einige zehn Mikrosekunden.</translation>
    </message>
    <message>
        <source>tcpi_snd_cwnd: segments the kernel may have in flight before waiting for an acknowledgement</source>
        <translation>tcpi_snd_cwnd: Segmente, die der Kernel unterwegs haben darf, bevor er auf eine Bestätigung wartet</translation>
    </message>
    <message>
        <source>The congestion window, in segments: it grows while acknowledgements come and shrinks on loss.</source>
        <translation>Das Überlastfenster, in Segmenten: es wächst, solange Bestätigungen kommen, und schrumpft bei Verlust.</translation>
    </message>
    <message>
        <source>tcpi_total_retrans: segments retransmitted over the connection&apos;s life</source>
        <translation>tcpi_total_retrans: Segmente, die während der Lebenszeit der Verbindung neu übertragen wurden</translation>
    </message>
    <message>
        <source>How many segments had to be sent again because no acknowledgement came. On loopback it stays 0; growing values mean loss.</source>
        <translation>Wie viele Segmente erneut gesendet werden mussten, weil keine Bestätigung kam. Auf Loopback bleibt es 0; steigende Werte bedeuten Verlust.</translation>
    </message>
    <message>
        <source>tcpi_pmtu: largest packet the path to the peer carries without fragmenting</source>
        <translation>tcpi_pmtu: größtes Paket, das der Pfad zur Gegenseite ohne Fragmentierung trägt</translation>
    </message>
    <message>
        <source>Bounds the segment size. Loopback has a large MTU (65536), so segments there can be much bigger than on Ethernet (1500).</source>
        <translation>Begrenzt die Segmentgröße. Loopback hat eine große MTU (65536), Segmente können dort also viel größer sein als bei Ethernet (1500).</translation>
    </message>
    <message>
        <source>TCP_NODELAY as the kernel has it: Nagle&apos;s algorithm off</source>
        <translation>TCP_NODELAY, wie der Kernel es hat: Nagle-Algorithmus aus</translation>
    </message>
    <message>
        <source>yes: every write is sent at once. no: Nagle holds small segments while data is unacknowledged. Set by setNoDelay().</source>
        <translation>ja: jeder Schreibvorgang wird sofort gesendet. nein: Nagle hält kleine Segmente zurück, solange Daten unbestätigt sind. Mit setNoDelay() gesetzt.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE as the kernel has it, with the idle time before the first probe (TCP_KEEPIDLE)</source>
        <translation>SO_KEEPALIVE, wie der Kernel es hat, mit der Leerlaufzeit vor der ersten Prüfung (TCP_KEEPIDLE)</translation>
    </message>
    <message>
        <source>Set by setKeepAlive(). After the idle time the kernel probes the peer; a dead peer ends the connection with ETIMEDOUT.</source>
        <translation>Mit setKeepAlive() gesetzt. Nach der Leerlaufzeit prüft der Kernel die Gegenseite; eine tote Gegenseite beendet die Verbindung mit ETIMEDOUT.</translation>
    </message>
    <message>
        <source>tcpi_segs_out: segments sent, including pure acknowledgements</source>
        <translation>tcpi_segs_out: gesendete Segmente, einschließlich reiner Bestätigungen</translation>
    </message>
    <message>
        <source>Every TCP segment this socket sent: data, ACKs, FIN, retransmissions.</source>
        <translation>Jedes TCP-Segment, das dieser Socket gesendet hat: Daten, ACKs, FIN, Neuübertragungen.</translation>
    </message>
    <message>
        <source>tcpi_segs_in: segments received, including pure acknowledgements</source>
        <translation>tcpi_segs_in: empfangene Segmente, einschließlich reiner Bestätigungen</translation>
    </message>
    <message>
        <source>Every TCP segment this socket received from the peer.</source>
        <translation>Jedes TCP-Segment, das dieser Socket von der Gegenseite empfangen hat.</translation>
    </message>
    <message>
        <source>tcpi_data_segs_out: segments sent that carried data</source>
        <translation>tcpi_data_segs_out: gesendete Segmente, die Daten trugen</translation>
    </message>
    <message>
        <source>Compare with the number of write() calls: with Nagle on, many small writes leave in fewer data segments; with noDelay, closer to one segment per write.</source>
        <translation>Vergleichen Sie mit der Zahl der write()-Aufrufe: mit Nagle gehen viele kleine Schreibvorgänge in weniger Datensegmenten hinaus; mit noDelay eher ein Segment pro Schreibvorgang.</translation>
    </message>
    <message>
        <source>tcpi_data_segs_in: segments received that carried data</source>
        <translation>tcpi_data_segs_in: empfangene Segmente, die Daten trugen</translation>
    </message>
    <message>
        <source>Data segments from the peer; one segment can become part of one &apos;data&apos; event or be merged with others.</source>
        <translation>Datensegmente von der Gegenseite; ein Segment kann Teil eines &apos;data&apos;-Ereignisses werden oder mit anderen zusammengelegt werden.</translation>
    </message>
    <message>
        <source>tcpi_delivered: data segments the peer acknowledged</source>
        <translation>tcpi_delivered: von der Gegenseite bestätigte Datensegmente</translation>
    </message>
    <message>
        <source>Segments known to have reached the peer&apos;s kernel (acknowledged), including retransmitted ones.</source>
        <translation>Segmente, von denen bekannt ist, dass sie den Kernel der Gegenseite erreicht haben (bestätigt), einschließlich neu übertragener.</translation>
    </message>
    <message>
        <source>tcpi_lost: segments the kernel currently believes lost</source>
        <translation>tcpi_lost: Segmente, die der Kernel derzeit für verloren hält</translation>
    </message>
    <message>
        <source>Segments in flight that are presumed lost and will be retransmitted. 0 on a healthy loopback.</source>
        <translation>Segmente unterwegs, die als verloren gelten und neu übertragen werden. 0 auf einem gesunden Loopback.</translation>
    </message>
    <message>
        <source>Call %1()</source>
        <translation>Aufruf %1()</translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;</source>
        <translation>Ereignis &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error without a code</source>
        <translation>Fehler ohne Code</translation>
    </message>
    <message>
        <source>An error netbench has no explanation for.</source>
        <translation>Ein Fehler, für den netbench keine Erklärung hat.</translation>
    </message>
    <message>
        <source>The system call named in the error failed with this code. &apos;man errno&apos; lists the codes; the message is the system&apos;s own description.</source>
        <translation>Der im Fehler genannte Systemaufruf ist mit diesem Code gescheitert. &apos;man errno&apos; listet die Codes auf; die Meldung ist die eigene Beschreibung des Systems.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>write() returned true</source>
        <translation>write() lieferte true</translation>
    </message>
    <message>
        <source>write() returned false</source>
        <translation>write() lieferte false</translation>
    </message>
    <message>
        <source>reconnect: netbench connects a new socket in place of one that closed.</source>
        <translation>reconnect: netbench verbindet einen neuen Socket anstelle eines geschlossenen.</translation>
    </message>
    <message>
        <source>The client was made to stay up (New Client: Reconnect; netbench connect --reconnect). Node has no such call: it is a new socket.connect() with the same options, after the wait shown, and the new socket has its own id and events.</source>
        <translation>Der Client sollte am Leben bleiben (Neuer Client: Neu verbinden; netbench connect --reconnect). Node hat keinen solchen Aufruf: es ist ein neues socket.connect() mit denselben Optionen, nach der gezeigten Wartezeit, und der neue Socket hat eine eigene id und eigene Ereignisse.</translation>
    </message>
</context>
<context>
    <name>gui::FontZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation>Größerer Text in jedem Bereich</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation>Kleinerer Text in jedem Bereich</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Text in seiner normalen Größe</translation>
    </message>
</context>
<context>
    <name>gui::HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;Quick start&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Listener…&lt;/b&gt; makes a server. Keep &lt;i&gt;localhost&lt;/i&gt; and port 0 (the kernel picks a free port), and choose &lt;i&gt;Echo&lt;/i&gt; to have it answer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Client…&lt;/b&gt; connects to it: pick the listener under &lt;i&gt;Live listeners&lt;/i&gt;, or type a host and port, or the path of a Unix socket.&lt;/li&gt;&lt;li&gt;Type in the &lt;b&gt;Composer&lt;/b&gt; at the bottom and press &lt;b&gt;Send&lt;/b&gt;. Every event and call appears in the stream in the middle; the bytes of the selected connection in &lt;b&gt;Conversation&lt;/b&gt;; its values and controls (noDelay, keepAlive, timeout, pause) in the &lt;b&gt;Inspector&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Close it: &lt;b&gt;End&lt;/b&gt; sends a FIN, &lt;b&gt;Destroy&lt;/b&gt; closes at once, &lt;b&gt;Reset&lt;/b&gt; sends an RST. Select a row of the stream and read &lt;b&gt;Explain&lt;/b&gt; for what it means.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lessons:&lt;/b&gt; &lt;b&gt;Help &amp;gt; Lessons&lt;/b&gt; opens guided lessons that run in this window and tell you what to notice; &lt;b&gt;File &amp;gt; Open Lesson…&lt;/b&gt; adds a lesson file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scripts:&lt;/b&gt; &lt;b&gt;Script &amp;gt; Run Script…&lt;/b&gt; runs a Node.js-style script (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;) here, as &lt;code&gt;netbench run script.js&lt;/code&gt; does on the command line; the &lt;b&gt;Script Console&lt;/b&gt; shows its output.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names:&lt;/b&gt; a &lt;i&gt;listener&lt;/i&gt; is a server (&lt;code&gt;net.Server&lt;/code&gt;); a &lt;i&gt;client socket&lt;/i&gt; is one this side opened with &lt;code&gt;connect()&lt;/code&gt;; an &lt;i&gt;accepted socket&lt;/i&gt; is one a listener accepted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Help &amp;gt; Keyboard Shortcuts&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Schnellstart&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Endpunkt &amp;gt; Neuer Listener…&lt;/b&gt; legt einen Server an. Behalten Sie &lt;i&gt;localhost&lt;/i&gt; und Port 0 (der Kernel wählt einen freien Port) und wählen Sie &lt;i&gt;Echo&lt;/i&gt;, damit er antwortet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpunkt &amp;gt; Neuer Client…&lt;/b&gt; verbindet sich damit: wählen Sie den Listener unter &lt;i&gt;Aktive Listener&lt;/i&gt;, oder geben Sie Host und Port oder den Pfad eines Unix-Sockets ein.&lt;/li&gt;&lt;li&gt;Schreiben Sie im &lt;b&gt;Editor&lt;/b&gt; unten und drücken Sie &lt;b&gt;Senden&lt;/b&gt;. Jedes Ereignis und jeder Aufruf erscheint im Strom in der Mitte; die Bytes der ausgewählten Verbindung im &lt;b&gt;Gespräch&lt;/b&gt;; ihre Werte und Steuerelemente (noDelay, keepAlive, timeout, pause) im &lt;b&gt;Inspektor&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Schließen: &lt;b&gt;Ende senden&lt;/b&gt; sendet ein FIN, &lt;b&gt;Zerstören&lt;/b&gt; schließt sofort, &lt;b&gt;Reset&lt;/b&gt; sendet ein RST. Wählen Sie eine Zeile des Stroms und lesen Sie in &lt;b&gt;Erklärung&lt;/b&gt;, was sie bedeutet.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lektionen:&lt;/b&gt; &lt;b&gt;Hilfe &amp;gt; Lektionen&lt;/b&gt; öffnet geführte Lektionen, die in diesem Fenster laufen und Ihnen sagen, worauf Sie achten sollten; &lt;b&gt;Datei &amp;gt; Lektion öffnen…&lt;/b&gt; fügt eine Lektionsdatei hinzu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skripte:&lt;/b&gt; &lt;b&gt;Skript &amp;gt; Skript ausführen…&lt;/b&gt; führt hier ein Skript im Stil von Node.js (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;) aus, wie &lt;code&gt;netbench run script.js&lt;/code&gt; auf der Befehlszeile; die &lt;b&gt;Skriptkonsole&lt;/b&gt; zeigt seine Ausgabe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Namen:&lt;/b&gt; ein &lt;i&gt;Listener&lt;/i&gt; ist ein Server (&lt;code&gt;net.Server&lt;/code&gt;); ein &lt;i&gt;Client-Socket&lt;/i&gt; ist einer, den diese Seite mit &lt;code&gt;connect()&lt;/code&gt; geöffnet hat; ein &lt;i&gt;angenommener Socket&lt;/i&gt; ist einer, den ein Listener angenommen hat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hilfe &amp;gt; Tastenkürzel&lt;/b&gt; listet jedes Tastenkürzel auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick Start</source>
        <translation>Schnellstart</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>gui::InputProblems</name>
    <message>
        <source>Type a port number from 0 to 65535: “%1” is not a whole number.</source>
        <translation>Geben Sie eine Portnummer von 0 bis 65535 ein: „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Type a port number from 0 to 65535: %1 is out of range.</source>
        <translation>Geben Sie eine Portnummer von 0 bis 65535 ein: %1 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Type only the host name or address (such as localhost or 127.0.0.1), without a scheme like http:// or a path.</source>
        <translation>Geben Sie nur den Hostnamen oder die Adresse ein (wie localhost oder 127.0.0.1), ohne ein Schema wie http:// oder einen Pfad.</translation>
    </message>
    <message>
        <source>Type an IPv6 address without brackets, such as ::1.</source>
        <translation>Geben Sie eine IPv6-Adresse ohne Klammern ein, wie ::1.</translation>
    </message>
    <message>
        <source>Type the port in the Port field, not after the host.</source>
        <translation>Geben Sie den Port im Feld Port ein, nicht nach dem Host.</translation>
    </message>
    <message>
        <source>A host has no spaces: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>Ein Host hat keine Leerzeichen: geben Sie einen Namen wie localhost oder eine Adresse wie 127.0.0.1 oder ::1 ein.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a host: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>„%1“ kann nicht Teil eines Hosts sein: geben Sie einen Namen wie localhost oder eine Adresse wie 127.0.0.1 oder ::1 ein.</translation>
    </message>
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Listening:</source>
        <translation>Lauscht:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>Max. Verbindungen:</translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation>Referenziert:</translation>
    </message>
    <message>
        <source>Local:</source>
        <translation>Lokal:</translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Ready state:</source>
        <translation>Bereitschaft (readyState):</translation>
    </message>
    <message>
        <source>Connecting:</source>
        <translation>Verbindet:</translation>
    </message>
    <message>
        <source>Destroyed:</source>
        <translation>Zerstört:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Pausiert:</translation>
    </message>
    <message>
        <source>Bytes read:</source>
        <translation>Gelesene Bytes:</translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation>Geschriebene Bytes:</translation>
    </message>
    <message>
        <source>Buffered:</source>
        <translation>Gepuffert:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>SO_SNDBUF:</source>
        <translation>SO_SNDBUF:</translation>
    </message>
    <message>
        <source>SO_RCVBUF:</source>
        <translation>SO_RCVBUF:</translation>
    </message>
    <message>
        <source>Unsent:</source>
        <translation>Ungesendet:</translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation>Ungelesen:</translation>
    </message>
    <message>
        <source>TCP state:</source>
        <translation>TCP-Zustand:</translation>
    </message>
    <message>
        <source>RTT:</source>
        <translation>RTT:</translation>
    </message>
    <message>
        <source>Congestion window:</source>
        <translation>Überlastfenster:</translation>
    </message>
    <message>
        <source>Retransmits:</source>
        <translation>Neuübertragungen:</translation>
    </message>
    <message>
        <source>Path MTU:</source>
        <translation>Pfad-MTU:</translation>
    </message>
    <message>
        <source>No delay:</source>
        <translation>Keine Verzögerung:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Keep-alive:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (bytes)</source>
        <translation>keine (Bytes)</translation>
    </message>
    <message>
        <source>Listener #%1</source>
        <translation>Listener #%1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation>
            <numerusform>ja, erste Prüfung nach %n s Leerlauf</numerusform>
            <numerusform>ja, erste Prüfung nach %n s Leerlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy with error</source>
        <translation>Mit Fehler zerstören</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Fehlermeldung:</translation>
    </message>
    <message>
        <source>Destroyed from the inspector</source>
        <translation>Aus dem Inspektor zerstört</translation>
    </message>
    <message>
        <source>Segments out:</source>
        <translation>Segmente aus:</translation>
    </message>
    <message>
        <source>Data segments out:</source>
        <translation>Datensegmente aus:</translation>
    </message>
    <message>
        <source>Segments in:</source>
        <translation>Segmente ein:</translation>
    </message>
    <message>
        <source>Data segments in:</source>
        <translation>Datensegmente ein:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Zugestellt:</translation>
    </message>
    <message>
        <source>Lost:</source>
        <translation>Verloren:</translation>
    </message>
    <message>
        <source>Auto-reply rules…</source>
        <translation>Regeln für automatische Antworten…</translation>
    </message>
    <message>
        <source>Answer what this endpoint receives by rules: match, reply, delay, end or reset</source>
        <translation>Beantworten, was dieser Endpunkt empfängt, nach Regeln: Vergleich, Antwort, Verzögerung, end oder reset</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>Wählen Sie unter Endpunkte einen Listener oder Socket, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <source>Socket #%1</source>
        <translation>Socket #%1</translation>
    </message>
</context>
<context>
    <name>gui::LessonPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>What to notice in this step: ticked when it happens; its row is selected in the event stream</source>
        <translation>Worauf Sie in diesem Schritt achten sollten: abgehakt, wenn es geschieht; seine Zeile wird im Ereignisstrom ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Start to run the lesson.</source>
        <translation>
            <numerusform>%n Schritt. Drücken Sie Starten, um die Lektion auszuführen.</numerusform>
            <numerusform>%n Schritte. Drücken Sie Starten, um die Lektion auszuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A script is running; stop it in the Script Console first.</source>
        <translation>Ein Skript läuft; halten Sie es zuerst in der Skriptkonsole an.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Your turn:</source>
        <translation>Sie sind dran:</translation>
    </message>
    <message>
        <source>Your turn: do what the step says.</source>
        <translation>Sie sind dran: tun Sie, was der Schritt sagt.</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>Lektion abgeschlossen: jedes erwartete Ereignis ist eingetreten.</translation>
    </message>
    <message>
        <source>Lesson failed: %1</source>
        <translation>Lektion gescheitert: %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s script ended with exit code %1</source>
        <translation>das Skript der Lektion endete mit Exit-Code %1</translation>
    </message>
    <message>
        <source>Lesson stopped: %1</source>
        <translation>Lektion angehalten: %1</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Do it for &amp;me</source>
        <translation>Für &amp;mich erledigen</translation>
    </message>
    <message>
        <source>Runs the next step once this one is done (or shows the next step again after Back)</source>
        <translation>Führt den nächsten Schritt aus, sobald dieser fertig ist (oder zeigt den nächsten Schritt nach Zurück wieder)</translation>
    </message>
    <message>
        <source>Shows the step before again: its actions are not run again</source>
        <translation>Zeigt den vorherigen Schritt wieder: seine Aktionen werden nicht erneut ausgeführt</translation>
    </message>
    <message>
        <source>netbench performs this step&apos;s action for you</source>
        <translation>netbench führt die Aktion dieses Schritts für Sie aus</translation>
    </message>
    <message>
        <source>Starting the next step…</source>
        <translation>Nächster Schritt beginnt…</translation>
    </message>
    <message>
        <source>Looking back: this step&apos;s actions ran already and are not run again. Next returns to step %1.</source>
        <translation>Rückblick: die Aktionen dieses Schritts liefen bereits und werden nicht erneut ausgeführt. Weiter kehrt zu Schritt %1 zurück.</translation>
    </message>
    <message>
        <source>Doing it for you…</source>
        <translation>Wird für Sie erledigt…</translation>
    </message>
    <message>
        <source>Step done. Press Next to go on.</source>
        <translation>Schritt erledigt. Drücken Sie Weiter, um fortzufahren.</translation>
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
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>Peer Conversation</source>
        <translation>Gespräch der Gegenseite</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Lektionen (*.lesson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as &amp;Script…</source>
        <translation>Als &amp;Skript exportieren…</translation>
    </message>
    <message>
        <source>The calls made in this window as a Node-style script that makes them again with the same timing (node or netbench run)</source>
        <translation>Die in diesem Fenster gemachten Aufrufe als Skript im Node-Stil, das sie mit demselben Timing wiederholt (node oder netbench run)</translation>
    </message>
    <message>
        <source>Export as script</source>
        <translation>Als Skript exportieren</translation>
    </message>
    <message>
        <source>JavaScript (*.js)</source>
        <translation>JavaScript (*.js)</translation>
    </message>
    <message>
        <source>netbench session of %1</source>
        <translation>netbench-Sitzung von %1</translation>
    </message>
    <message>
        <source>Script exported to %1</source>
        <translation>Skript exportiert nach %1</translation>
    </message>
    <message>
        <source>Another trace is still being read.</source>
        <translation>Ein anderer Trace wird noch gelesen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 enthält keine Einträge.</translation>
    </message>
    <message>
        <source>%1 opened for review in a window of its own.</source>
        <translation>%1 zur Ansicht in einem eigenen Fenster geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden:</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>New &amp;Relay…</source>
        <translation>Neues &amp;Relay…</translation>
    </message>
    <message>
        <source>Put netbench between clients and a server: each client gets its own connection to the target, with faults on purpose</source>
        <translation>netbench zwischen Clients und einen Server setzen: jeder Client erhält eine eigene Verbindung zum Ziel, mit absichtlichen Fehlern</translation>
    </message>
    <message>
        <source>Close %1? It stops accepting connections; this cannot be undone.</source>
        <translation>%1 schließen? Es nimmt keine Verbindungen mehr an; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Destroy %1? It closes at once: data still queued is dropped and the peer sees &apos;end&apos; (or ECONNRESET if data was left unread). This cannot be undone.</source>
        <translation>%1 zerstören? Es schließt sofort: noch eingereihte Daten werden verworfen und die Gegenseite sieht &apos;end&apos; (oder ECONNRESET, wenn Daten ungelesen blieben). Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Zerstören</translation>
    </message>
    <message>
        <source>Reset %1? It sends an RST: the peer sees ECONNRESET and bytes not yet read on either side are lost. This cannot be undone.</source>
        <translation>%1 zurücksetzen? Es sendet ein RST: die Gegenseite sieht ECONNRESET und noch nicht gelesene Bytes auf beiden Seiten gehen verloren. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>&amp;Alle schließen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window (a running script&apos;s own endpoints are left alone)</source>
        <translation>Jeden Socket zerstören und jeden Listener schließen, die in diesem Fenster angelegt wurden (die eigenen Endpunkte eines laufenden Skripts bleiben unberührt)</translation>
    </message>
    <message>
        <source>Close All</source>
        <translation>Alle schließen</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window? This cannot be undone.</source>
        <translation>Jeden Socket zerstören und jeden Listener schließen, die in diesem Fenster angelegt wurden? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No endpoints yet.&lt;/b&gt; To start:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;New Listener…&lt;/a&gt; (%1): a server on a port or a Unix socket path; port 0 lets the kernel pick a free one.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;New Client…&lt;/a&gt; (%2): connect to it; the dialog lists the live listeners.&lt;/li&gt;&lt;li&gt;Type in the Composer below and press Send.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Or follow a guided &lt;a href=&quot;#lessons&quot;&gt;lesson&lt;/a&gt;, or &lt;a href=&quot;#script&quot;&gt;run a script&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Quick Start&lt;/a&gt; explains the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Endpunkte.&lt;/b&gt; Zum Anfangen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;Neuer Listener…&lt;/a&gt; (%1): ein Server auf einem Port oder einem Unix-Socket-Pfad; Port 0 lässt den Kernel einen freien wählen.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;Neuer Client…&lt;/a&gt; (%2): damit verbinden; der Dialog listet die aktiven Listener auf.&lt;/li&gt;&lt;li&gt;Im Editor unten schreiben und Senden drücken.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Oder folgen Sie einer geführten &lt;a href=&quot;#lessons&quot;&gt;Lektion&lt;/a&gt; oder &lt;a href=&quot;#script&quot;&gt;führen Sie ein Skript aus&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Schnellstart&lt;/a&gt; erklärt das Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>&amp;Schnellstart</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Auto-reply R&amp;ules…</source>
        <translation>Automatische Antwortre&amp;geln…</translation>
    </message>
    <message>
        <source>Answer what the selected listener&apos;s connections (or the selected socket) receive by rules: match, reply, delay, end or reset</source>
        <translation>Beantworten, was die Verbindungen des ausgewählten Listeners (oder der ausgewählte Socket) empfangen, nach Regeln: Vergleich, Antwort, Verzögerung, end oder reset</translation>
    </message>
    <message>
        <source>Auto-reply rules of %1</source>
        <translation>Regeln für automatische Antworten von %1</translation>
    </message>
    <message>
        <source>Saved Messages</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Reconnect attempt %1: #%2 in place of #%3</source>
        <translation>Verbindungsversuch %1: #%2 anstelle von #%3</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1 of %2, next in %3 s</source>
        <translation>neuer Verbindungsversuch %1 von %2, nächster in %3 s</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1, next in %2 s</source>
        <translation>neuer Verbindungsversuch %1, nächster in %2 s</translation>
    </message>
    <message>
        <source>#%1 closed: %2</source>
        <translation>#%1 geschlossen: %2</translation>
    </message>
    <message>
        <source>replaced by #%1</source>
        <translation>ersetzt durch #%1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>This connection answers by the rules of %1, which accepted it. A change applies to all of that listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>Diese Verbindung antwortet nach den Regeln von %1, der sie angenommen hat. Eine Änderung gilt für alle Verbindungen dieses Listeners: für die offenen ab ihrer nächsten Nachricht und für jede, die er später annimmt.</translation>
    </message>
    <message>
        <source>A change applies to all of this listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>Eine Änderung gilt für alle Verbindungen dieses Listeners: für die offenen ab ihrer nächsten Nachricht und für jede, die er später annimmt.</translation>
    </message>
    <message>
        <source>A change applies to this connection from its next message on.</source>
        <translation>Eine Änderung gilt für diese Verbindung ab ihrer nächsten Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>, %n relay(s)</source>
        <translation>
            <numerusform>, %n Relay</numerusform>
            <numerusform>, %n Relays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is open, but %n thing(s) in it could not be used as saved:</source>
        <translation>
            <numerusform>%1 ist geöffnet, aber %n Eintrag darin konnte nicht wie gespeichert verwendet werden:</numerusform>
            <numerusform>%1 ist geöffnet, aber %n Einträge darin konnten nicht wie gespeichert verwendet werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::NewClientDialog</name>
    <message>
        <source>none (data as bytes)</source>
        <translation>keine (Daten als Bytes)</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>Der Pfad ist %1 Bytes lang; ein Unix-Socket-Pfad darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>Enter the port to connect to.</source>
        <translation>Geben Sie den Port ein, mit dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>Unix socket to connect to</source>
        <translation>Unix-Socket zum Verbinden</translation>
    </message>
    <message>
        <source>None: make one with New Listener</source>
        <translation>Keiner: legen Sie einen mit Neuer Listener an</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>Einen Listener dieses Fensters wählen…</translation>
    </message>
    <message>
        <source>Enter the path of the Unix domain socket to connect to, such as /tmp/app.sock.</source>
        <translation>Geben Sie den Pfad des Unix-Domain-Sockets ein, mit dem verbunden werden soll, etwa /tmp/app.sock.</translation>
    </message>
    <message>
        <source>Enter the host to connect to: a name such as localhost or an address such as 127.0.0.1.</source>
        <translation>Geben Sie den Host ein, mit dem verbunden werden soll: einen Namen wie localhost oder eine Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>The local address must be an IP address of this machine (such as 127.0.0.1), not %1.</source>
        <translation>Die lokale Adresse muss eine IP-Adresse dieses Rechners sein (etwa 127.0.0.1), nicht %1.</translation>
    </message>
    <message>
        <source>Local port: %1</source>
        <translation>Lokaler Port: %1</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>Automatische Antwort:</translation>
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
    <message>
        <source>Enter a path for the Unix domain socket, such as /tmp/netbench.sock.</source>
        <translation>Geben Sie einen Pfad für den Unix-Domain-Socket ein, etwa /tmp/netbench.sock.</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>Automatische Antwort:</translation>
    </message>
</context>
<context>
    <name>gui::NewRelayDialog</name>
    <message>
        <source>New Relay</source>
        <translation>Neues Relay</translation>
    </message>
    <message>
        <source>Clients connect to the relay; each one gets its own connection to the target, and both legs show in the endpoint tree. Faults are set in the Relay panel, live.</source>
        <translation>Clients verbinden sich mit dem Relay; jeder erhält eine eigene Verbindung zum Ziel, und beide Strecken erscheinen im Endpunktbaum. Fehler werden live im Bereich Relay eingestellt.</translation>
    </message>
    <message>
        <source>Clients connect to</source>
        <translation>Clients verbinden sich mit</translation>
    </message>
    <message>
        <source>Relay each client to</source>
        <translation>Jeden Client weiterleiten an</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 wählt einen freien Port</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>A client whose target connection is not up after this long is reset, and the event stream says why</source>
        <translation>Ein Client, dessen Verbindung zum Ziel nach dieser Zeit nicht steht, wird zurückgesetzt, und der Ereignisstrom sagt warum</translation>
    </message>
    <message>
        <source>Target connect timeout:</source>
        <translation>Zeitlimit Verbindung zum Ziel:</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>Unix-Socket</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Enter the address the relay listens on, such as 127.0.0.1.</source>
        <translation>Geben Sie die Adresse ein, auf der das Relay lauscht, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <source>Enter the host the relay connects to.</source>
        <translation>Geben Sie den Host ein, mit dem sich das Relay verbindet.</translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation>Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the port clients connect to (0 picks a free one).</source>
        <translation>Geben Sie den Port ein, mit dem sich Clients verbinden (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Enter the port of the target.</source>
        <translation>Geben Sie den Port des Ziels ein.</translation>
    </message>
    <message>
        <source>“%1” is not a port: enter a number from %2 to 65535.</source>
        <translation>„%1“ ist kein Port: geben Sie eine Zahl von %2 bis 65535 ein.</translation>
    </message>
    <message>
        <source>The target needs a real port: 0 only means “any free port” when listening.</source>
        <translation>Das Ziel braucht einen echten Port: 0 bedeutet „ein beliebiger freier Port“ nur beim Lauschen.</translation>
    </message>
    <message>
        <source>Enter a path for the relay&apos;s Unix socket.</source>
        <translation>Geben Sie einen Pfad für den Unix-Socket des Relays ein.</translation>
    </message>
    <message>
        <source>Enter the path of the target&apos;s Unix socket.</source>
        <translation>Geben Sie den Pfad des Unix-Sockets des Ziels ein.</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>Der Pfad darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>Der Pfad ist %1 Bytes lang; ein Unix-Socket-Pfad darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>The relay would connect to itself: choose another target.</source>
        <translation>Das Relay würde sich mit sich selbst verbinden: wählen Sie ein anderes Ziel.</translation>
    </message>
</context>
<context>
    <name>gui::RelayPanel</name>
    <message>
        <source>Refuse new connections (reset at once)</source>
        <translation>Neue Verbindungen abweisen (sofort zurücksetzen)</translation>
    </message>
    <message>
        <source>Client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <source>Server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Each chunk waits this long in the relay before it goes on</source>
        <translation>Jedes Stück wartet so lange im Relay, bevor es weitergeht</translation>
    </message>
    <message>
        <source> B/s</source>
        <translation> B/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latenz:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandbreite:</translation>
    </message>
    <message>
        <source>as they arrive</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>fixed size</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>random size</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Forward in pieces, one write each, so that stream-boundary bugs show up</source>
        <translation>In Stücken weiterleiten, je ein Schreibvorgang, damit Fehler an Stream-Grenzen sichtbar werden</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>keine Pause</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Stücke:</translation>
    </message>
    <message>
        <source>Pause after each:</source>
        <translation>Pause danach:</translation>
    </message>
    <message>
        <source>Hold: forward nothing (the sender&apos;s backpressure builds)</source>
        <translation>Halten: nichts weiterleiten (Gegendruck staut sich)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Inject FIN</source>
        <translation>FIN einschleusen</translation>
    </message>
    <message>
        <source>end() towards the receiver once this many bytes went through; the rest of this direction is dropped</source>
        <translation>end() zum Empfänger, sobald so viele Bytes durchgegangen sind; der Rest dieser Richtung wird verworfen</translation>
    </message>
    <message>
        <source>Inject RST</source>
        <translation>RST einschleusen</translation>
    </message>
    <message>
        <source>Reset both legs once this many bytes went through: both peers see ECONNRESET</source>
        <translation>Beide Strecken zurücksetzen, sobald so viele Bytes durchgegangen sind: beide Gegenseiten sehen ECONNRESET</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Abschneiden</translation>
    </message>
    <message>
        <source>The receiver gets exactly this many bytes and end(); the sender&apos;s leg closes</source>
        <translation>Der Empfänger erhält genau so viele Bytes und end(); die Strecke des Senders schließt</translation>
    </message>
    <message>
        <source>Select a relay, or one of its connections, in the Endpoints panel (Endpoint ▸ New Relay… makes one).</source>
        <translation>Wählen Sie ein Relay oder eine seiner Verbindungen im Bereich Endpunkte (Endpunkt ▸ Neues Relay… legt eines an).</translation>
    </message>
    <message>
        <source>%1 · %2 relayed, %3 open, %4 refused</source>
        <translation>%1 · %2 weitergeleitet, %3 offen, %4 abgewiesen</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Forwarded %1 · waiting in the relay %2</source>
        <translation>Weitergeleitet %1 · wartet im Relay %2</translation>
    </message>
</context>
<context>
    <name>gui::ReplyRulesField</name>
    <message>
        <source>Auto-reply rule&amp;s…</source>
        <translation>Antwortre&amp;geln…</translation>
    </message>
    <message>
        <source>Answer what arrives by rules: match, reply, delay, end or reset. Rules answer instead of the automatic behaviour.</source>
        <translation>Auf Eingehendes nach Regeln antworten: erkennen, antworten, verzögern, beenden oder zurücksetzen. Regeln antworten anstelle des automatischen Verhaltens.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 on</source>
        <translation>
            <numerusform>%n Regel, %1 aktiv</numerusform>
            <numerusform>%n Regeln, %1 aktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RulesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Auto-reply rules</source>
        <translation>Regeln für automatische Antworten</translation>
    </message>
    <message>
        <source>Each chunk as read</source>
        <translation>Jedes Stück, wie gelesen</translation>
    </message>
    <message>
        <source>Each line (LF, CR LF)</source>
        <translation>Jede Zeile (LF, CR LF)</translation>
    </message>
    <message>
        <source>Each message ending in:</source>
        <translation>Jede Nachricht, endend auf:</translation>
    </message>
    <message>
        <source>delimiter, with escapes (\0, \r\n)</source>
        <translation>Trennzeichen, mit Escapes (\0, \r\n)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Rule  KIND[,OPTION...]:PATTERN=REPLY</source>
        <translation>Regel  KIND[,OPTION...]:PATTERN=REPLY</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>KIND: exact, contains, re, hex. OPTION: delay=200ms, end, reset. REPLY: text with \r \n \xHH and $1, ${count}, ${time}, ${data}, or hex:BYTES. The first rule that matches a message answers it.</source>
        <translation>KIND: exact, contains, re, hex. OPTION: delay=200ms, end, reset. REPLY: Text mit \r \n \xHH und $1, ${count}, ${time}, ${data}, oder hex:BYTES. Die erste Regel, die auf eine Nachricht passt, beantwortet sie.</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Rule %1 is kept as the workspace had it, and stays off: %2</source>
        <translation>Regel %1 bleibt so, wie der Arbeitsbereich sie enthielt, und bleibt aus: %2</translation>
    </message>
</context>
<context>
    <name>gui::RulesScript</name>
    <message>
        <source>its regular expression uses PCRE syntax that JavaScript does not have</source>
        <translation>sein regulärer Ausdruck verwendet PCRE-Syntax, die JavaScript nicht kennt</translation>
    </message>
    <message>
        <source>it is turned off</source>
        <translation>sie ist ausgeschaltet</translation>
    </message>
    <message>
        <source>%1: auto-reply rule %2 (%3) left out: %4</source>
        <translation>%1: Regel für automatische Antworten %2 (%3) ausgelassen: %4</translation>
    </message>
</context>
<context>
    <name>gui::SavedMessagesWidget</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Add from Composer</source>
        <translation>Aus dem Editor hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <source>Send saved message</source>
        <translation>Gespeicherte Nachricht senden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2 (line %3, column %4)</source>
        <translation>„%1“ kann nicht gesendet werden: %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Edit saved message</source>
        <translation>Gespeicherte Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>Gespeicherte Nachrichten importieren</translation>
    </message>
    <message>
        <source>Saved messages (*.json);;All files (*)</source>
        <translation>Gespeicherte Nachrichten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>Gespeicherte Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Saved messages (*.json)</source>
        <translation>Gespeicherte Nachrichten (*.json)</translation>
    </message>
    <message>
        <source>Text (escapes \r \n \t \0 \\ \xNN)</source>
        <translation>Text (Escapes \r \n \t \0 \\ \xNN)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File (its path)</source>
        <translation>Datei (ihr Pfad)</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
    </message>
    <message>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Line ending:</source>
        <translation>Zeilenende:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;: %2</source>
        <translation>„%1“ senden: %2</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>Wählen Sie einen verbundenen Socket als Empfänger.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read. They stay in the file as they are.</source>
        <translation>
            <numerusform>%1: %n Eintrag ohne Namen, bekannte Art oder Inhalt konnte nicht gelesen werden. Er bleibt unverändert in der Datei.</numerusform>
            <numerusform>%1: %n Einträge ohne Namen, bekannte Art oder Inhalt konnten nicht gelesen werden. Sie bleiben unverändert in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read and were not imported.</source>
        <translation>
            <numerusform>%1: %n Eintrag ohne Namen, bekannte Art oder Inhalt konnte nicht gelesen werden und wurde nicht importiert.</numerusform>
            <numerusform>%1: %n Einträge ohne Namen, bekannte Art oder Inhalt konnten nicht gelesen werden und wurden nicht importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ScriptConsoleWidget</name>
    <message>
        <source>Run script</source>
        <translation>Skript ausführen</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Führe %1 aus…</translation>
    </message>
    <message>
        <source>Stopped (exit code 130).</source>
        <translation>Angehalten (Exit-Code 130).</translation>
    </message>
    <message>
        <source>Finished with exit code %1.</source>
        <translation>Beendet mit Exit-Code %1.</translation>
    </message>
    <message>
        <source>Choose a script file first.</source>
        <translation>Wählen Sie zuerst eine Skriptdatei.</translation>
    </message>
    <message>
        <source>A script is already running; stop it first.</source>
        <translation>Ein Skript läuft bereits; halten Sie es zuerst an.</translation>
    </message>
</context>
<context>
    <name>gui::SequenceDiagramWidget</name>
    <message>
        <source>Hide data</source>
        <translation>Ohne Daten</translation>
    </message>
    <message>
        <source>Hide data arrows and write() calls</source>
        <translation>Datenpfeile und write()-Aufrufe ausblenden</translation>
    </message>
    <message>
        <source>Hide internal calls</source>
        <translation>Ohne interne Aufrufe</translation>
    </message>
    <message>
        <source>Hide the calls netcore made itself (auto end, auto destroy)</source>
        <translation>Die Aufrufe ausblenden, die netcore selbst gemacht hat (automatisches end, automatisches destroy)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as SVG</source>
        <translation>Das Diagramm ab dem oberen Rand der Ansicht als SVG exportieren</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as PNG</source>
        <translation>Das Diagramm ab dem oberen Rand der Ansicht als PNG exportieren</translation>
    </message>
    <message>
        <source>%1 rows, %2 lanes</source>
        <translation>%1 Zeilen, %2 Bahnen</translation>
    </message>
    <message>
        <source>Cannot make a PNG of the diagram</source>
        <translation>Vom Diagramm kann kein PNG erstellt werden</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>gui::SequenceLayout</name>
    <message>
        <source>server #%1</source>
        <translation>Server #%1</translation>
    </message>
    <message>
        <source>accepted #%1</source>
        <translation>angenommen #%1</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>Client #%1</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>außerhalb</translation>
    </message>
    <message>
        <source>peer of #%1 at %2</source>
        <translation>Gegenseite von #%1 bei %2</translation>
    </message>
    <message>
        <source>peer of #%1</source>
        <translation>Gegenseite von #%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>1 record lost</source>
        <translation>1 Eintrag verloren</translation>
    </message>
    <message>
        <source>%1 records lost</source>
        <translation>%1 Einträge verloren</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation>%1 Schreibvorgänge</translation>
    </message>
    <message>
        <source>part of a write</source>
        <translation>Teil eines Schreibvorgangs</translation>
    </message>
    <message>
        <source>FIN → &apos;end&apos;</source>
        <translation>FIN → &apos;end&apos;</translation>
    </message>
    <message>
        <source>RST → ECONNRESET</source>
        <translation>RST → ECONNRESET</translation>
    </message>
    <message>
        <source>&apos;connection&apos; #%1</source>
        <translation>&apos;connection&apos; #%1</translation>
    </message>
    <message>
        <source>&apos;connect&apos;</source>
        <translation>&apos;connect&apos;</translation>
    </message>
</context>
<context>
    <name>gui::ThroughputGraph</name>
    <message>
        <source>Bytes per second received (in) and sent (out) over the last 60 seconds</source>
        <translation>Empfangene (ein) und gesendete (aus) Bytes pro Sekunde in den letzten 60 Sekunden</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>%1 GiB/s</source>
        <translation>%1 GiB/s</translation>
    </message>
    <message>
        <source>%1 TiB/s</source>
        <translation>%1 TiB/s</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ein %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>aus %1</translation>
    </message>
</context>
<context>
    <name>gui::TraceReviewWindow</name>
    <message>
        <source>%1 — review — netbench</source>
        <translation>%1 — Ansicht — netbench</translation>
    </message>
    <message>
        <source>a trace keeps the first %1 bytes of each chunk</source>
        <translation>ein Trace behält die ersten %1 Bytes jedes Stücks</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records, %3 endpoints, read from the file. A review is read-only: nothing here sends or changes an endpoint.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Einträge, %3 Endpunkte, aus der Datei gelesen. Eine Ansicht ist schreibgeschützt: nichts hier sendet oder ändert einen Endpunkt.</translation>
    </message>
</context>
<context>
    <name>gui::UserPrompts</name>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>gui::WindowLayouts</name>
    <message>
        <source>&amp;Teaching Layout</source>
        <translation>&amp;Unterrichts-Layout</translation>
    </message>
    <message>
        <source>For a class: the sequence diagram, the event stream and both ends&apos; conversations side by side, in large text</source>
        <translation>Für eine Klasse: das Sequenzdiagramm, der Ereignisstrom und die Gespräche beider Enden nebeneinander, in großer Schrift</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The panels where a first run puts them</source>
        <translation>Die Bereiche dort, wo ein erster Start sie hinlegt</translation>
    </message>
</context>
<context>
    <name>lesson::Builtin</name>
    <message>
        <source>no built-in lesson &apos;%1&apos; (netbench lesson --list lists them; a file&apos;s path works too)</source>
        <translation>keine eingebaute Lektion &apos;%1&apos; (netbench lesson --list listet sie auf; der Pfad einer Datei geht auch)</translation>
    </message>
</context>
<context>
    <name>lesson::Expectation</name>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation>ein Anführungszeichen (&quot;) ist nicht geschlossen</translation>
    </message>
    <message>
        <source>an expectation is ROLE NAME [KEY=VALUE ...], as in &apos;client end&apos; or &apos;client write() ok=false&apos;</source>
        <translation>eine Erwartung ist ROLE NAME [KEY=VALUE ...], wie in &apos;client end&apos; oder &apos;client write() ok=false&apos;</translation>
    </message>
    <message>
        <source>unknown event or call &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Ereignis oder unbekannter Aufruf &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field test (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N or KEY~TEXT)</source>
        <translation>&apos;%1&apos; ist kein Feldtest (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N oder KEY~TEXT)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>lesson::Parser</name>
    <message>
        <source>a lesson is text; this file holds a NUL byte</source>
        <translation>eine Lektion ist Text; diese Datei enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>code comes inside a step (after a &apos;## &apos; heading)</source>
        <translation>Code steht innerhalb eines Schritts (nach einer Überschrift &apos;## &apos;)</translation>
    </message>
    <message>
        <source>a step has one code block; this step already has one</source>
        <translation>ein Schritt hat einen Codeblock; dieser Schritt hat schon einen</translation>
    </message>
    <message>
        <source>a code block is JavaScript (&apos;```&apos; or &apos;```js&apos;), not &apos;%1&apos;</source>
        <translation>ein Codeblock ist JavaScript (&apos;```&apos; oder &apos;```js&apos;), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos; before its first step</source>
        <translation>eine Lektion beginnt vor ihrem ersten Schritt mit &apos;title: ...&apos;</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos;</source>
        <translation>eine Lektion beginnt mit &apos;title: ...&apos;</translation>
    </message>
    <message>
        <source>the lesson already has a title</source>
        <translation>die Lektion hat schon einen Titel</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>der Titel ist leer</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; belongs to a step (after a &apos;## &apos; heading)</source>
        <translation>&apos;%1:&apos; gehört zu einem Schritt (nach einer Überschrift &apos;## &apos;)</translation>
    </message>
    <message>
        <source>a step has one &apos;do:&apos; instruction</source>
        <translation>ein Schritt hat eine Anweisung &apos;do:&apos;</translation>
    </message>
    <message>
        <source>&apos;do:&apos; says what the learner does</source>
        <translation>&apos;do:&apos; sagt, was der Lernende tut</translation>
    </message>
    <message>
        <source>&apos;timeout:&apos; is a number of milliseconds from 1 to 600000</source>
        <translation>&apos;timeout:&apos; ist eine Zahl von Millisekunden von 1 bis 600000</translation>
    </message>
    <message>
        <source>the code block opened here is not closed with &apos;```&apos;</source>
        <translation>der hier geöffnete Codeblock wird nicht mit &apos;```&apos; geschlossen</translation>
    </message>
    <message>
        <source>a lesson has at least one step (&apos;## Step title&apos;)</source>
        <translation>eine Lektion hat mindestens einen Schritt (&apos;## Titel des Schritts&apos;)</translation>
    </message>
</context>
<context>
    <name>lesson::Runner</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Für Lernende: %1</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot; (line %3): %4</source>
        <translation>Schritt %1 &quot;%2&quot; (Zeile %3): %4</translation>
    </message>
    <message>
        <source>noticed: %1</source>
        <translation>bemerkt: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not happen within %2 ms</source>
        <translation>&quot;%1&quot; ist nicht innerhalb von %2 ms eingetreten</translation>
    </message>
    <message>
        <source>its code did not finish within %1 ms</source>
        <translation>sein Code wurde nicht innerhalb von %1 ms fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <comment>a server&apos;s &apos;connection&apos; event: the new socket&apos;s label</comment>
        <translation>angenommen als %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>a socket&apos;s &apos;connect&apos; event: the address it reached</comment>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>(a learner action: skipped when run headless)</source>
        <translation>(eine Aktion für Lernende: ohne Fenster übersprungen)</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>Lektion abgeschlossen: Jedes erwartete Ereignis ist eingetreten.</translation>
    </message>
    <message>
        <source>lesson failed: %1</source>
        <translation>Lektion fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s code threw: %1</source>
        <translation>der Code der Lektion hat eine Ausnahme ausgelöst: %1</translation>
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
    <message>
        <source>Usage: netbench COMMAND [options] [arguments]
A workbench for TCP and Unix domain sockets, with Node&apos;s net semantics.

Without a command, netbench opens its window.

Commands:
  gui [FILE]                 Open the window, with a workspace or a trace.
  run FILE.js [ARGS...]      Run a Node-style net script (headless).
  listen [HOST:]PORT | PATH  Accept a connection and relay it to standard I/O.
  connect HOST PORT | PATH   Connect and relay the connection to standard I/O.
  relay LISTEN TARGET        Relay clients to a server, with faults on purpose.
  demo [--unix]              A tour: a server and a client on one event loop.
  lesson NAME | FILE         Run a guided lesson headless (--list lists them).

&apos;netbench COMMAND --help&apos; lists the options of a command.
A target may be HOST PORT, HOST:PORT or [IPV6]:PORT. As ncat, &apos;netbench -l
[options] PORT&apos; is listen and &apos;netbench -OPTIONS HOST PORT&apos; is connect.
  -h, --help     Show this help.
  -v, --version  Show the version.
</source>
        <translation>Aufruf: netbench BEFEHL [Optionen] [Argumente]
Eine Werkbank für TCP- und Unix-Domain-Sockets, mit der net-Semantik von Node.

Ohne Befehl öffnet netbench sein Fenster.

Befehle:
  gui [FILE]                 Das Fenster öffnen, mit Arbeitsbereich oder Trace.
  run FILE.js [ARGS...]      Ein net-Skript im Node-Stil ohne Fenster ausführen.
  listen [HOST:]PORT | PATH  Verbindung annehmen, an Standard-E/A weiterleiten.
  connect HOST PORT | PATH   Verbinden, Verbindung an Standard-E/A weiterleiten.
  relay LISTEN TARGET        Clients an einen Server weiterleiten, mit Fehlern.
  demo [--unix]              Tour: ein Server und ein Client in einer Schleife.
  lesson NAME | FILE         Geführte Lektion ohne Fenster ausführen (--list).

&apos;netbench BEFEHL --help&apos; listet die Optionen eines Befehls auf.
Ein Ziel kann HOST PORT, HOST:PORT oder [IPV6]:PORT sein. Wie bei ncat ist
&apos;netbench -l [Optionen] PORT&apos; listen und &apos;netbench -OPTIONEN HOST PORT&apos; connect.
  -h, --help     Diese Hilfe zeigen.
  -v, --version  Die Version zeigen.
</translation>
    </message>
    <message>
        <source>Usage: netbench gui [FILE]
Opens the window, with a workspace (.json) or a trace (.jsonl) if given.
</source>
        <translation>Aufruf: netbench gui [FILE]
Öffnet das Fenster, mit einem Arbeitsbereich (.json) oder Trace (.jsonl), falls angegeben.
</translation>
    </message>
    <message>
        <source>netbench: unknown command &apos;%1&apos;</source>
        <translation>netbench: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netbench: the window needs a display (X11 or Wayland), and none is set.
Without one, use the headless commands: netbench run | listen | connect | relay | demo | lesson (netbench --help).
</source>
        <translation>netbench: das Fenster braucht eine Anzeige (X11 oder Wayland), und keine ist gesetzt.
Ohne eine verwenden Sie die Befehle ohne Fenster: netbench run | listen | connect | relay | demo | lesson (netbench --help).
</translation>
    </message>
</context>
<context>
    <name>session::Engine</name>
    <message>
        <source>the target did not answer within %1 ms: the client was reset</source>
        <translation>das Ziel hat nicht innerhalb von %1 ms geantwortet: der Client wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a relay, or it is gone.</source>
        <translation>Endpunkt %1 ist kein Relay oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a socket, or it is gone.</source>
        <translation>Endpunkt %1 ist kein Socket oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a server, or it is gone.</source>
        <translation>Endpunkt %1 ist kein Server oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation>Auf dieser Verbindung wird bereits eine Datei gesendet.</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Datei gesendet war.</translation>
    </message>
    <message>
        <source>auto-reply rule %1: %2</source>
        <translation>Regel für automatische Antworten %1: %2</translation>
    </message>
    <message>
        <source>auto-reply rules: %1</source>
        <translation>Regeln für automatische Antworten: %1</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts</source>
        <translation>nach %1 Verbindungsversuchen aufgegeben</translation>
    </message>
    <message>
        <source>not connected: the listener it connects to (listener %1 of the workspace) is not listening</source>
        <translation>nicht verbunden: der Listener, mit dem er sich verbindet (Listener %1 des Arbeitsbereichs), lauscht nicht</translation>
    </message>
</context>
<context>
    <name>session::FileSender</name>
    <message>
        <source>This file send has already started.</source>
        <translation>Dieser Dateiversand hat bereits begonnen.</translation>
    </message>
    <message>
        <source>The connection is not writable.</source>
        <translation>Die Verbindung ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Datei gesendet war.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is shorter than when the send started</source>
        <translation>sie ist kürzer als beim Beginn des Sendens</translation>
    </message>
</context>
<context>
    <name>session::MessageLibrary</name>
    <message>
        <source>A file is sent by streaming it, not as one payload.</source>
        <translation>Eine Datei wird gestreamt gesendet, nicht als eine Nutzlast.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>Kein gültiges JSON (Offset %1): %2</translation>
    </message>
    <message>
        <source>Not a file of netbench messages (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Keine Datei mit netbench-Nachrichten (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Messages of version %1; this netbench reads version %2.</source>
        <translation>Nachrichten der Version %1; dieses netbench liest Version %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>session::PayloadCodec</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>A backslash at the end starts no escape; write \\ for a backslash</source>
        <translation>Ein Backslash am Ende beginnt kein Escape; schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>\x needs two hex digits, as in \x0a</source>
        <translation>\x braucht zwei Hex-Ziffern, wie in \x0a</translation>
    </message>
    <message>
        <source>Unknown escape \%1; use \r \n \t \0 \\ or \xNN</source>
        <translation>Unbekanntes Escape \%1; verwenden Sie \r \n \t \0 \\ oder \xNN</translation>
    </message>
    <message>
        <source>%1 is not a hex digit</source>
        <translation>%1 ist keine Hex-Ziffer</translation>
    </message>
    <message>
        <source>0x is not followed by hex digits</source>
        <translation>Auf 0x folgen keine Hex-Ziffern</translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot;; each byte takes two</source>
        <translation>Ungerade Zahl von Hex-Ziffern in &quot;%1&quot;; jedes Byte braucht zwei</translation>
    </message>
    <message>
        <source>Nothing may follow the &apos;=&apos; padding</source>
        <translation>Nach dem Auffüllzeichen &apos;=&apos; darf nichts folgen</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding too early</source>
        <translation>Auffüllzeichen &apos;=&apos; zu früh</translation>
    </message>
    <message>
        <source>%1 is not a base64 character</source>
        <translation>%1 ist kein Base64-Zeichen</translation>
    </message>
    <message>
        <source>Only &apos;=&apos; may follow &apos;=&apos; padding</source>
        <translation>Auf das Auffüllzeichen &apos;=&apos; darf nur &apos;=&apos; folgen</translation>
    </message>
    <message>
        <source>Incomplete group of %1 characters; base64 comes in fours, padded with &apos;=&apos;</source>
        <translation>Unvollständige Gruppe aus %1 Zeichen; Base64 kommt in Vierergruppen, mit &apos;=&apos; aufgefüllt</translation>
    </message>
</context>
<context>
    <name>session::ReconnectPolicy</name>
    <message>
        <source>the reconnect delay must be 0 to %1 ms</source>
        <translation>die Verzögerung bis zum neuen Verbindungsversuch muss 0 bis %1 ms betragen</translation>
    </message>
    <message>
        <source>the backoff factor must be 1 to %1</source>
        <translation>der Backoff-Faktor muss 1 bis %1 betragen</translation>
    </message>
    <message>
        <source>the longest reconnect delay must be from the first delay to %1 ms</source>
        <translation>die längste Verzögerung bis zum neuen Verbindungsversuch muss zwischen der ersten Verzögerung und %1 ms liegen</translation>
    </message>
    <message>
        <source>the number of reconnect attempts cannot be negative (0: no limit)</source>
        <translation>die Zahl der Verbindungsversuche darf nicht negativ sein (0: keine Grenze)</translation>
    </message>
</context>
<context>
    <name>session::RegularFile</name>
    <message>
        <source>%1 is not a regular file (a device, a FIFO or a socket).</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, ein FIFO oder ein Socket).</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3).</source>
        <translation>%1 ist zu groß (%2; höchstens %3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>session::ReplyRule</name>
    <message>
        <source>a rule is KIND:PATTERN=REPLY (KIND: exact, contains, re or hex)</source>
        <translation>eine Regel ist KIND:PATTERN=REPLY (KIND: exact, contains, re oder hex)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>unbekannte Art &apos;%1&apos; (exact, contains, re oder hex)</translation>
    </message>
    <message>
        <source>no &apos;=&apos; between the pattern and the reply (write \= for an &apos;=&apos; in the pattern)</source>
        <translation>kein &apos;=&apos; zwischen Muster und Antwort (schreiben Sie \= für ein &apos;=&apos; im Muster)</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>unbekannter Vergleich &apos;%1&apos; (exact, contains, re oder hex)</translation>
    </message>
    <message>
        <source>delayMs must be from 0 to 86400000</source>
        <translation>delayMs muss von 0 bis 86400000 reichen</translation>
    </message>
    <message>
        <source>unknown after &apos;%1&apos; (none, end or reset)</source>
        <translation>unbekanntes after &apos;%1&apos; (none, end oder reset)</translation>
    </message>
    <message>
        <source>end and reset exclude each other</source>
        <translation>end und reset schließen sich aus</translation>
    </message>
    <message>
        <source>delay needs a time with its unit, such as delay=200ms, delay=1.5s or delay=1m, not &apos;%1&apos;</source>
        <translation>delay braucht eine Zeit mit Einheit, etwa delay=200ms, delay=1.5s oder delay=1m, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (options: delay=TIME, end, reset, off)</source>
        <translation>unbekannte Option &apos;%1&apos; (Optionen: delay=TIME, end, reset, off)</translation>
    </message>
    <message>
        <source>delim: needs at least one byte</source>
        <translation>delim: braucht mindestens ein Byte</translation>
    </message>
    <message>
        <source>framing is chunk, line or delim:TEXT, not &apos;%1&apos;</source>
        <translation>die Rahmung ist chunk, line oder delim:TEXT, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>framing: %1; messages are framed by chunk</source>
        <translation>Rahmung: %1; Nachrichten werden je Chunk gerahmt</translation>
    </message>
    <message>
        <source>rule %1: %2; it is kept, turned off</source>
        <translation>Regel %1: %2; sie bleibt erhalten, ausgeschaltet</translation>
    </message>
    <message>
        <source>cannot read rules %1: %2</source>
        <translation>Regeln %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>rules %1 is not a JSON object: %2</source>
        <translation>Regeln %1 sind kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>rules %1: %2</source>
        <translation>Regeln %1: %2</translation>
    </message>
    <message>
        <source>a lone \ at the end (write \\ for a backslash)</source>
        <translation>ein einzelnes \ am Ende (schreiben Sie \\ für einen Backslash)</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x braucht zwei Hex-Ziffern</translation>
    </message>
    <message>
        <source>unknown escape \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</source>
        <translation>unbekanntes Escape \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hex bytes (pairs of digits 0-9 a-f)</source>
        <translation>&apos;%1&apos; sind keine Hex-Bytes (Ziffernpaare 0-9 a-f)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex pattern (pairs of hex digits, ?? for any byte)</source>
        <translation>&apos;%1&apos; ist kein Hex-Muster (Paare von Hex-Ziffern, ?? für ein beliebiges Byte)</translation>
    </message>
    <message>
        <source>${ without its }</source>
        <translation>${ ohne sein }</translation>
    </message>
    <message>
        <source>a $ that is no macro (write $$ for a dollar sign)</source>
        <translation>ein $, das kein Makro ist (schreiben Sie $$ für ein Dollarzeichen)</translation>
    </message>
    <message>
        <source>the reply uses $%1 but only a regular expression has groups</source>
        <translation>die Antwort verwendet $%1, aber nur ein regulärer Ausdruck hat Gruppen</translation>
    </message>
    <message>
        <source>the reply uses $%1 but the pattern has %2 groups</source>
        <translation>die Antwort verwendet $%1, aber das Muster hat %2 Gruppen</translation>
    </message>
    <message>
        <source>unknown macro ${%1} (${count}, ${time}, ${data}, ${length}, $N)</source>
        <translation>unbekanntes Makro ${%1} (${count}, ${time}, ${data}, ${length}, $N)</translation>
    </message>
    <message>
        <source>bad regular expression at offset %1: %2</source>
        <translation>ungültiger regulärer Ausdruck bei Offset %1: %2</translation>
    </message>
</context>
<context>
    <name>session::Workspace</name>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>Kein gültiges JSON (Offset %1): %2</translation>
    </message>
    <message>
        <source>Not a netbench workspace (no &quot;format&quot;: &quot;netbench-workspace&quot;).</source>
        <translation>Kein netbench-Arbeitsbereich (kein &quot;format&quot;: &quot;netbench-workspace&quot;).</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported (this netbench reads version %2).</source>
        <translation>Arbeitsbereich-Version %1 wird nicht unterstützt (dieses netbench liest Version %2).</translation>
    </message>
    <message>
        <source>port %1 is not a whole number from %2 to 65535</source>
        <translation>Port %1 ist keine ganze Zahl von %2 bis 65535</translation>
    </message>
    <message>
        <source>neither a port nor a Unix socket path</source>
        <translation>weder ein Port noch ein Unix-Socket-Pfad</translation>
    </message>
    <message numerus="yes">
        <source>the Unix socket path is longer than %n byte(s)</source>
        <translation>
            <numerusform>der Unix-Socket-Pfad ist länger als %n Byte</numerusform>
            <numerusform>der Unix-Socket-Pfad ist länger als %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-reply %1</source>
        <translation>automatische Antwort %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>unknown auto-reply &quot;%1&quot; (none, echo or discard); it answers nothing</source>
        <translation>unbekannte automatische Antwort &quot;%1&quot; (none, echo oder discard); es wird nichts beantwortet</translation>
    </message>
    <message>
        <source>family %1 is not 4, 6 or 0 (either); either is used</source>
        <translation>Familie %1 ist nicht 4, 6 oder 0 (beliebig); beliebig wird verwendet</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; data is shown as bytes</source>
        <translation>unbekannte Kodierung &quot;%1&quot;; Daten werden als Bytes angezeigt</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (ignored)</source>
        <translation>unbekannte Störung &quot;%1&quot; (ignoriert)</translation>
    </message>
    <message>
        <source>fault %1 is %2, not a number of 0 or more (0 is used)</source>
        <translation>Störung %1 ist %2, keine Zahl ab 0 (0 wird verwendet)</translation>
    </message>
    <message>
        <source>Listener %1 (%2)</source>
        <translation>Listener %1 (%2)</translation>
    </message>
    <message>
        <source>Client %1 (%2)</source>
        <translation>Client %1 (%2)</translation>
    </message>
    <message>
        <source>it was linked to listener %1, which the workspace does not have; it connects to its saved address</source>
        <translation>er war mit Listener %1 verknüpft, den der Arbeitsbereich nicht hat; er verbindet sich mit seiner gespeicherten Adresse</translation>
    </message>
    <message>
        <source>Relay %1 (%2)</source>
        <translation>Relay %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved message(s) without a name, a known kind or a content could not be read</source>
        <translation>
            <numerusform>%n gespeicherte Nachricht ohne Namen, bekannte Art oder Inhalt konnte nicht gelesen werden</numerusform>
            <numerusform>%n gespeicherte Nachrichten ohne Namen, bekannte Art oder Inhalt konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown reconnect setting &quot;%1&quot; (ignored)</source>
        <translation>unbekannte Einstellung für das erneute Verbinden &quot;%1&quot; (ignoriert)</translation>
    </message>
    <message>
        <source>reconnect %1 %2 is out of range; %3 is used</source>
        <translation>erneutes Verbinden: %1 %2 liegt außerhalb des Bereichs; %3 wird verwendet</translation>
    </message>
</context>
</TS>
