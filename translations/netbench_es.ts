<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>The endpoint Send writes to; a send keeps going to the endpoint it started on</source>
        <translation>El extremo en el que escribe Enviar; un envío sigue yendo al extremo donde empezó</translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation>&amp;Enviar como:</translation>
    </message>
    <message>
        <source>How the editor is read: text with escapes, hex digits, base64, or a file</source>
        <translation>Cómo se lee el editor: texto con secuencias de escape, dígitos hexadecimales, base64 o un archivo</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>Fin de &amp;línea:</translation>
    </message>
    <message>
        <source>Appended to the text, and used for each line break typed in the editor</source>
        <translation>Se añade al texto y se usa para cada salto de línea escrito en el editor</translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation>Escriba lo que desea enviar. Secuencias de escape: \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Path of the file to send</source>
        <translation>Ruta del archivo que se enviará</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exami&amp;nar…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop reading the file; bytes already queued still go out</source>
        <translation>Dejar de leer el archivo; los bytes ya en cola se envían igualmente</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>Seleccione un socket conectado al que enviar.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>How many times to send the payload</source>
        <translation>Cuántas veces enviar los datos</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>c&amp;ada</translation>
    </message>
    <message>
        <source>Milliseconds between repeats; 0 sends them back to back</source>
        <translation>Milisegundos entre repeticiones; 0 las envía seguidas</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Call end() (send FIN) after the last repeat or the whole file</source>
        <translation>Llamar a end() (enviar FIN) tras la última repetición o el archivo completo</translation>
    </message>
    <message>
        <source>E&amp;nd after sending</source>
        <translation>&amp;Terminar tras enviar</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Dejar de repetir</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>ConnectMode</name>
    <message>
        <source>reconnecting in %1 ms (attempt %2 of %3)</source>
        <translation>reconectando en %1 ms (intento %2 de %3)</translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation>reconectando en %1 ms (intento %2)</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts (--max-attempts)</source>
        <translation>abandono tras %1 intentos de reconexión (--max-attempts)</translation>
    </message>
    <message>
        <source>connected (reconnect attempt %1)</source>
        <translation>conectado (intento de reconexión %1)</translation>
    </message>
    <message>
        <source>connect timed out after %1 ms (-w)</source>
        <translation>la conexión agotó su tiempo tras %1 ms (-w)</translation>
    </message>
    <message>
        <source>no activity for %1 ms (--timeout, -i); closed the connection</source>
        <translation>sin actividad durante %1 ms (--timeout, -i); conexión cerrada</translation>
    </message>
    <message>
        <source>Turn Nagle&apos;s algorithm off (setNoDelay()).</source>
        <translation>Desactivar el algoritmo de Nagle (setNoDelay()).</translation>
    </message>
    <message>
        <source>Turn TCP keep-alive on, first probe after MS milliseconds idle (setKeepAlive(true, MS)).</source>
        <translation>Activar el keep-alive de TCP, primer sondeo tras MS milisegundos de inactividad (setKeepAlive(true, MS)).</translation>
    </message>
    <message>
        <source>Give up (exit status 1) after MS milliseconds without traffic, connecting included (setTimeout(MS)); -i in milliseconds.</source>
        <translation>Abandonar (código de salida 1) tras MS milisegundos sin tráfico, incluida la conexión (setTimeout(MS)); -i en milisegundos.</translation>
    </message>
    <message>
        <source>Give up connecting after TIME (exit status 1); TIME as for -i.</source>
        <translation>Abandonar la conexión tras TIME (código de salida 1); TIME como en -i.</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end.</source>
        <translation>Cuando el otro extremo termina su lado, terminar también el nuestro (el valor predeterminado de Node, allowHalfOpen: false); la entrada estándar aún no enviada se informa y el código de salida es 1. Sin esta opción, la entrada estándar se envía hasta su final.</translation>
    </message>
    <message>
        <source>Accepted for older command lines: this is the default now.</source>
        <translation>Se acepta por compatibilidad con líneas de órdenes antiguas: ahora es el valor predeterminado.</translation>
    </message>
    <message>
        <source>One-shot: send the bytes of FILE instead of standard input, print the reply, exit (see --reply-wait).</source>
        <translation>Envío único: enviar los bytes de FILE en lugar de la entrada estándar, mostrar la respuesta, salir (vea --reply-wait).</translation>
    </message>
    <message>
        <source>One-shot: send TEXT (UTF-8, with the escapes \r \n \t \0 \\ \xNN), print the reply, exit.</source>
        <translation>Envío único: enviar TEXT (UTF-8, con las secuencias de escape \r \n \t \0 \\ \xNN), mostrar la respuesta, salir.</translation>
    </message>
    <message>
        <source>One-shot: send the bytes written as HEX (pairs of digits; spaces, &apos;:&apos; and &apos;,&apos; may separate them), print the reply, exit.</source>
        <translation>Envío único: enviar los bytes escritos como HEX (pares de dígitos; espacios, &apos;:&apos; y &apos;,&apos; pueden separarlos), mostrar la respuesta, salir.</translation>
    </message>
    <message>
        <source>One-shot: the reply is complete when MS milliseconds pass with nothing received after the message was sent (default 2000), or when the peer ends its side, whichever comes first; then the connection is closed and the exit status is 0.</source>
        <translation>Envío único: la respuesta está completa cuando pasan MS milisegundos sin recibir nada tras enviar el mensaje (2000 por defecto), o cuando el otro extremo termina su lado, lo que ocurra primero; entonces se cierra la conexión y el código de salida es 0.</translation>
    </message>
    <message>
        <source>With --reconnect: give up (exit status 1) after N reconnects in a row that found no connection; a connection that opens starts the count again (default 0: never give up).</source>
        <translation>Con --reconnect: abandonar (código de salida 1) tras N reconexiones seguidas sin conexión; una conexión que se abre reinicia la cuenta (0 por defecto: no abandonar nunca).</translation>
    </message>
    <message>
        <source>With --reconnect: multiply the wait by FACTOR after each attempt (1 to 100, default 2).</source>
        <translation>Con --reconnect: multiplicar la espera por FACTOR tras cada intento (de 1 a 100, 2 por defecto).</translation>
    </message>
    <message>
        <source>With --reconnect: never wait longer than MS milliseconds (default 30000).</source>
        <translation>Con --reconnect: no esperar nunca más de MS milisegundos (30000 por defecto).</translation>
    </message>
    <message>
        <source>HOST PORT, HOST:PORT or [IPV6]:PORT for TCP (port 0 to 65535), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>HOST PORT, HOST:PORT o [IPV6]:PORT para TCP (puerto de 0 a 65535), o PATH para un socket de dominio Unix: una palabra con una &apos;/&apos; o terminada en .sock (cualquier palabra con -U).</translation>
    </message>
    <message>
        <source>Connects to a server, like ncat. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Exits when both sides have ended and the connection has closed. Exit status: 0 when everything was delivered, 1 for a network error (the message has Node&apos;s code, e.g. connect ECONNREFUSED 127.0.0.1:9) or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away. With --send, --send-text or --send-hex it is a one-shot client: it sends that message, prints the reply and exits.</source>
        <translation>Se conecta a un servidor, como ncat. La entrada estándar va a la conexión y lo que llega va a la salida estándar, byte a byte; el final de la entrada estándar semicierra la conexión (end()), y la entrada estándar se envía hasta su final incluso después de que el otro extremo haya terminado su lado. Sale cuando ambos lados han terminado y la conexión se ha cerrado. Código de salida: 0 cuando todo se entregó, 1 por un error de red (el mensaje lleva el código de Node, p. ej. connect ECONNREFUSED 127.0.0.1:9) o entrada estándar no entregada (el mensaje dice cuántos bytes), 2 por una línea de órdenes incorrecta, 141 cuando el lector de la salida estándar se fue. Con --send, --send-text o --send-hex es un cliente de envío único: envía ese mensaje, muestra la respuesta y sale.</translation>
    </message>
    <message>
        <source>Send a line, print the answer, exit when the server closes.</source>
        <translation>Enviar una línea, mostrar la respuesta, salir cuando el servidor cierre.</translation>
    </message>
    <message>
        <source>Send a file and print every event on standard error.</source>
        <translation>Enviar un archivo y mostrar cada evento en la salida de error.</translation>
    </message>
    <message>
        <source>Talk to a Unix socket, with the JSON Lines trace on standard error.</source>
        <translation>Hablar con un socket Unix, con la traza JSON Lines en la salida de error.</translation>
    </message>
    <message>
        <source>Socket options as in Node&apos;s socket.connect().</source>
        <translation>Opciones de socket como en socket.connect() de Node.</translation>
    </message>
    <message>
        <source>ncat&apos;s options: lines end in CR LF, give up connecting after 5 seconds, a hex dump of both directions.</source>
        <translation>Las opciones de ncat: líneas terminadas en CR LF, abandonar la conexión tras 5 segundos, un volcado hexadecimal de ambas direcciones.</translation>
    </message>
    <message>
        <source>Keep listening to a server that restarts: reconnect after 0.5 s, 1 s, 2 s, ..., give up after 10 failures in a row.</source>
        <translation>Seguir a un servidor que se reinicia: reconectar tras 0,5 s, 1 s, 2 s, ..., abandonar tras 10 fallos seguidos.</translation>
    </message>
    <message>
        <source>One-shot: send a line, print what comes back until half a second passes in silence.</source>
        <translation>Envío único: enviar una línea, mostrar lo que vuelve hasta que pase medio segundo de silencio.</translation>
    </message>
    <message>
        <source>-w/--wait needs a time above 0 such as 5, 5s or 500ms, not &apos;%1&apos;</source>
        <translation>-w/--wait necesita un tiempo mayor que 0 como 5, 5s o 500ms, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout and -i/--idle-timeout are the same; give one</source>
        <translation>--timeout e -i/--idle-timeout son lo mismo; indique solo uno</translation>
    </message>
    <message>
        <source>--%1 needs milliseconds, not &apos;%2&apos;</source>
        <translation>--%1 necesita milisegundos, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close y --allow-half-open se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--%1 needs --reconnect</source>
        <translation>--%1 necesita --reconnect</translation>
    </message>
    <message>
        <source>--reconnect keeps a client up; a one-shot --send does not reconnect</source>
        <translation>--reconnect mantiene un cliente; un --send único no se reconecta</translation>
    </message>
    <message>
        <source>--reconnect=DELAY_MS needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect=DELAY_MS necesita milisegundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-attempts needs a whole number, not &apos;%1&apos;</source>
        <translation>--max-attempts necesita un número entero, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-backoff needs a number such as 1.5, not &apos;%1&apos;</source>
        <translation>--reconnect-backoff necesita un número como 1.5, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-max-delay needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect-max-delay necesita milisegundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reply-wait needs --send, --send-text or --send-hex</source>
        <translation>--reply-wait necesita --send, --send-text o --send-hex</translation>
    </message>
    <message>
        <source>give one message: --send, --send-text or --send-hex, once</source>
        <translation>indique un solo mensaje: --send, --send-text o --send-hex, una vez</translation>
    </message>
    <message>
        <source>--send, --send-text and --send-hex do not read standard input: -C, --send-only and --recv-only do not apply</source>
        <translation>--send, --send-text y --send-hex no leen la entrada estándar: -C, --send-only y --recv-only no se aplican</translation>
    </message>
    <message>
        <source>--reply-wait needs milliseconds above 0, not &apos;%1&apos;</source>
        <translation>--reply-wait necesita milisegundos mayores que 0, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>A client that answers its server&apos;s PING lines until the server ends.</source>
        <translation>Un cliente que responde a las líneas PING de su servidor hasta que el servidor termina.</translation>
    </message>
    <message>
        <source>Keep the client up: when the connection cannot be made, or closes before standard input has ended (always, with --recv-only), connect again after DELAY_MS milliseconds (1000 when written --reconnect alone), each further wait longer by the backoff factor. The peer&apos;s end ends our side too (no half-open connections), so a server that closes is reconnected at once. Each attempt is said on standard error. Written --reconnect or --reconnect=DELAY_MS.</source>
        <translation>Mantener el cliente: cuando la conexión no se puede establecer, o se cierra antes de que termine la entrada estándar (siempre, con --recv-only), volver a conectar tras DELAY_MS milisegundos (1000 si se escribe --reconnect solo), cada espera siguiente más larga según el factor de espera. El fin del otro extremo termina también nuestro lado (sin conexiones semiabiertas), de modo que un servidor que cierra se vuelve a conectar en seguida. Cada intento se indica en la salida de error. Se escribe --reconnect o --reconnect=DELAY_MS.</translation>
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
        <translation>Conversación</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificación:</translation>
    </message>
    <message>
        <source>How the text view decodes the bytes</source>
        <translation>Cómo decodifica los bytes la vista de texto</translation>
    </message>
    <message>
        <source>Copy the conversation as the text view shows it</source>
        <translation>Copiar la conversación tal como la muestra la vista de texto</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save the conversation as text, or the raw bytes of one direction</source>
        <translation>Guardar la conversación como texto, o los bytes sin procesar de una dirección</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Usar un socket de dominio Unix en un directorio temporal en lugar de TCP en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Shows what a socket connection does: starts a server, connects a client to it, sends a few lines that the server echoes, and prints every event on both sides.</source>
        <translation>Muestra lo que hace una conexión por socket: inicia un servidor, conecta un cliente a él, envía unas líneas que el servidor devuelve en eco y muestra cada evento en ambos lados.</translation>
    </message>
    <message>
        <source>The tour over TCP on 127.0.0.1.</source>
        <translation>El recorrido por TCP en 127.0.0.1.</translation>
    </message>
    <message>
        <source>The same over a Unix domain socket.</source>
        <translation>Lo mismo por un socket de dominio Unix.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EchoDemo</name>
    <message>
        <source>The demo did not finish within %1 seconds.</source>
        <translation>La demostración no terminó en %1 segundos.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>No se puede crear un directorio temporal: %1</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
</context>
<context>
    <name>EventStreamWidget</name>
    <message>
        <source>Event stream</source>
        <translation>Flujo de eventos</translation>
    </message>
    <message>
        <source>Show the records of one endpoint only</source>
        <translation>Mostrar solo los registros de un extremo</translation>
    </message>
    <message>
        <source>Choose which events and calls are shown</source>
        <translation>Elegir qué eventos y llamadas se muestran</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Show only records whose event, endpoint or summary contains this text</source>
        <translation>Mostrar solo los registros cuyo evento, extremo o resumen contenga este texto</translation>
    </message>
    <message>
        <source>Filter: text in event, endpoint or summary</source>
        <translation>Filtro: texto en evento, extremo o resumen</translation>
    </message>
    <message>
        <source>How the time column counts</source>
        <translation>Cómo cuenta la columna de tiempo</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Since previous row</source>
        <translation>Desde la anterior</translation>
    </message>
    <message>
        <source>Since reference row</source>
        <translation>Desde la referencia</translation>
    </message>
    <message>
        <source>Keep the newest record in view</source>
        <translation>Mantener visible el registro más reciente</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Forget all records shown here (and leave review mode)</source>
        <translation>Olvidar todos los registros mostrados aquí (y salir del modo de revisión)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Select a row to see all of its fields</source>
        <translation>Seleccione una fila para ver todos sus campos</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Agente de escucha</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>Conexiones &amp;máx.:</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections: las conexiones por encima de este número se cierran en el acto</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; open connections stay</source>
        <translation>server.close(): dejar de aceptar; las conexiones abiertas se mantienen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the event loop alive</source>
        <translation>server.ref(): el agente de escucha mantiene vivo el bucle de eventos</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>&amp;Ref</translation>
    </message>
    <message>
        <source>server.unref(): the listener alone does not keep the event loop alive</source>
        <translation>server.unref(): el agente de escucha por sí solo no mantiene vivo el bucle de eventos</translation>
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
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off so small writes leave at once</source>
        <translation>socket.setNoDelay(): desactivar el algoritmo de Nagle para que las escrituras pequeñas salgan en el acto</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY)</source>
        <translation>Si&amp;n retardo (TCP_NODELAY)</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): the kernel probes the connection after it has been idle this long</source>
        <translation>socket.setKeepAlive(): el kernel sondea la conexión tras este tiempo de inactividad</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>&amp;Keep-alive tras</translation>
    </message>
    <message>
        <source>Initial delay of socket.setKeepAlive(); 0 keeps the system default. Applied when you tick the box or change the delay</source>
        <translation>Retardo inicial de socket.setKeepAlive(); 0 mantiene el valor predeterminado del sistema. Se aplica al marcar la casilla o cambiar el retardo</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Tiempo de esper&amp;a:</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity; 0 turns it off</source>
        <translation>socket.setTimeout(): &apos;timeout&apos; se dispara tras este tiempo sin actividad; 0 lo desactiva</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecer</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificación:</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data is decoded as text; Node cannot go back to bytes</source>
        <translation>socket.setEncoding(): los datos recibidos se decodifican como texto; Node no puede volver a bytes</translation>
    </message>
    <message>
        <source>SO_SND&amp;BUF:</source>
        <translation>SO_SND&amp;BUF:</translation>
    </message>
    <message>
        <source>Requested kernel send buffer; Linux doubles the value and applies its own limits</source>
        <translation>Búfer de envío del kernel solicitado; Linux duplica el valor y aplica sus propios límites</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>SO_RC&amp;VBUF:</source>
        <translation>SO_RC&amp;VBUF:</translation>
    </message>
    <message>
        <source>Requested kernel receive buffer; Linux doubles the value and applies its own limits</source>
        <translation>Búfer de recepción del kernel solicitado; Linux duplica el valor y aplica sus propios límites</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; the peer&apos;s data waits in the kernel</source>
        <translation>socket.pause(): dejar de leer; los datos del otro extremo esperan en el kernel</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>socket.resume(): read again</source>
        <translation>socket.resume(): volver a leer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back; reading goes on here</source>
        <translation>socket.end(): semicierre. Los datos en cola se envían y luego FIN: el otro extremo recibe &apos;end&apos; y aún puede responder; aquí se sigue leyendo</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>Terminar: FIN tras los datos en cola; el otro extremo ve &apos;end&apos; y aún puede enviar</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy(): cerrar ambas direcciones ahora. Los datos aún en cola en netbench se descartan; lo que tiene el kernel se envía y luego FIN: el otro extremo recibe &apos;end&apos; y después &apos;close&apos;. Si quedan datos sin leer, el kernel envía RST en su lugar: el otro extremo recibe ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>Destruir: cerrar ahora; el otro extremo ve un FIN limpio (&apos;end&apos;), o ECONNRESET si dejamos datos sin leer</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Destruir</translation>
    </message>
    <message>
        <source>socket.destroy(new Error(message)): close as Destroy does and emit &apos;error&apos; with your message here only. The peer sees a clean FIN (&apos;end&apos;), no error: to make the peer fail, use Reset (RST)</source>
        <translation>socket.destroy(new Error(message)): cerrar como Destruir y emitir &apos;error&apos; con su mensaje solo aquí. El otro extremo ve un FIN limpio (&apos;end&apos;), sin error: para que el otro extremo falle, use Restablecer (RST)</translation>
    </message>
    <message>
        <source>Destroy with error: &apos;error&apos; here only; the peer sees a clean FIN (&apos;end&apos;)</source>
        <translation>Destruir con error: &apos;error&apos; solo aquí; el otro extremo ve un FIN limpio (&apos;end&apos;)</translation>
    </message>
    <message>
        <source>Destroy with &amp;error…</source>
        <translation>Destruir con &amp;error…</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only</source>
        <translation>socket.resetAndDestroy(): abortar con RST (SO_LINGER 0). El otro extremo recibe ECONNRESET; los bytes en tránsito y sin leer en ambos lados se pierden. Solo TCP</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>Restablecer: RST; el otro extremo ve ECONNRESET y los datos sin leer se pierden</translation>
    </message>
    <message>
        <source>Reset (R&amp;ST)</source>
        <translation>Restablecer (R&amp;ST)</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>Seleccione un agente de escucha o un socket en Extremos para inspeccionarlo.</translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Runs a guided lesson without a window: prints each step&apos;s narration, runs its code, prints the events on both ends as they happen and checks the events the step expects. The exit status is 0 when every expected event happened, 1 (naming the first that did not) otherwise. A step the learner performs in the window runs its fallback code, or is skipped.</source>
        <translation>Ejecuta una lección guiada sin ventana: muestra la narración de cada paso, ejecuta su código, muestra los eventos de ambos extremos a medida que ocurren y comprueba los eventos que espera el paso. El código de salida es 0 cuando ocurrieron todos los eventos esperados, y 1 en caso contrario (nombrando el primero que no ocurrió). Un paso que el alumno realiza en la ventana ejecuta su código alternativo, o se omite.</translation>
    </message>
    <message>
        <source>List the built-in lessons.</source>
        <translation>Listar las lecciones incorporadas.</translation>
    </message>
    <message>
        <source>Run a built-in lesson.</source>
        <translation>Ejecutar una lección incorporada.</translation>
    </message>
    <message>
        <source>Run a lesson file (format: resources/lessons/README.md).</source>
        <translation>Ejecutar un archivo de lección (formato: resources/lessons/README.md).</translation>
    </message>
    <message>
        <source>Write the lesson as a Node script and run it under node.</source>
        <translation>Escribir la lección como script de Node y ejecutarla con node.</translation>
    </message>
    <message>
        <source>A built-in lesson&apos;s name or a lesson file.</source>
        <translation>El nombre de una lección incorporada o un archivo de lección.</translation>
    </message>
    <message>
        <source>Write the lesson as a Node-style script (NAME.lesson.js and prelude.js) into FOLDER instead of running it.</source>
        <translation>Escribir la lección como un script al estilo de Node (NAME.lesson.js y prelude.js) en FOLDER en lugar de ejecutarla.</translation>
    </message>
    <message>
        <source>name one lesson (netbench lesson --list lists them)</source>
        <translation>nombre una lección (netbench lesson --list las enumera)</translation>
    </message>
</context>
<context>
    <name>ListenMode</name>
    <message>
        <source>%1 (%2): new connections are turned away until some close</source>
        <translation>%1 (%2): las conexiones nuevas se rechazan hasta que se cierren algunas</translation>
    </message>
    <message>
        <source>Send back what arrives, instead of standard I/O.</source>
        <translation>Devolver lo que llega, en lugar de la E/S estándar.</translation>
    </message>
    <message>
        <source>Read and drop what arrives; send nothing.</source>
        <translation>Leer y tirar lo que llega; no enviar nada.</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end. The default with --keep-open.</source>
        <translation>Cuando el otro extremo termina su lado, terminar también el nuestro (el valor predeterminado de Node, allowHalfOpen: false); la entrada estándar aún no enviada se informa y el código de salida es 1. Sin esta opción, la entrada estándar se envía hasta su final. El valor predeterminado con --keep-open.</translation>
    </message>
    <message>
        <source>Keep sending standard input after the peer ends its side (Node&apos;s allowHalfOpen). The default, except with --keep-open.</source>
        <translation>Seguir enviando la entrada estándar después de que el otro extremo termine su lado (allowHalfOpen de Node). El valor predeterminado, salvo con --keep-open.</translation>
    </message>
    <message>
        <source>Drop connections beyond N open at a time (server.maxConnections).</source>
        <translation>Descartar las conexiones que superen N abiertas a la vez (server.maxConnections).</translation>
    </message>
    <message>
        <source>Accepted for ncat&apos;s habit (netbench -l PORT is netbench listen PORT).</source>
        <translation>Se acepta por la costumbre de ncat (netbench -l PORT es netbench listen PORT).</translation>
    </message>
    <message>
        <source>Keep accepting connections: standard input goes to all of them, and what any of them sends goes to standard output. Stop with Ctrl+C.</source>
        <translation>Seguir aceptando conexiones: la entrada estándar va a todas, y lo que cualquiera de ellas envía va a la salida estándar. Detener con Ctrl+C.</translation>
    </message>
    <message>
        <source>[HOST:]PORT or HOST PORT for TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080; port 0 picks a free port, printed on standard error), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>[HOST:]PORT o HOST PORT para TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080; el puerto 0 toma un puerto libre, que se muestra en la salida de error), o PATH para un socket de dominio Unix: una palabra con una &apos;/&apos; o terminada en .sock (cualquier palabra con -U).</translation>
    </message>
    <message>
        <source>Listens for connections, like ncat -l. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Without --keep-open it serves one connection and exits when that has closed. Exit status: 0 when everything was delivered, 1 for a network error or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away.</source>
        <translation>Escucha conexiones, como ncat -l. La entrada estándar va a la conexión y lo que llega va a la salida estándar, byte a byte; el final de la entrada estándar semicierra la conexión (end()), y la entrada estándar se envía hasta su final incluso después de que el otro extremo haya terminado su lado. Sin --keep-open atiende una conexión y sale cuando esta se ha cerrado. Código de salida: 0 cuando todo se entregó, 1 por un error de red o entrada estándar no entregada (el mensaje dice cuántos bytes), 2 por una línea de órdenes incorrecta, 141 cuando el lector de la salida estándar se fue.</translation>
    </message>
    <message>
        <source>Serve one connection on port 8080 of every interface.</source>
        <translation>Atender una conexión en el puerto 8080 de todas las interfaces.</translation>
    </message>
    <message>
        <source>Listen on a free loopback port and print every event.</source>
        <translation>Escuchar en un puerto libre del bucle local y mostrar cada evento.</translation>
    </message>
    <message>
        <source>An echo server on IPv6 loopback for any number of clients.</source>
        <translation>Un servidor de eco en el bucle local IPv6 para cualquier número de clientes.</translation>
    </message>
    <message>
        <source>ncat&apos;s way: keep listening, close a connection idle for 30 seconds, a hex dump of everything.</source>
        <translation>Al modo de ncat: seguir escuchando, cerrar una conexión inactiva durante 30 segundos, un volcado hexadecimal de todo.</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket in this folder; send nothing.</source>
        <translation>Guardar lo que un cliente envía por un socket Unix en esta carpeta; no enviar nada.</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket, and record a trace.</source>
        <translation>Guardar lo que un cliente envía por un socket Unix, y grabar una traza.</translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation>--echo y --discard se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--max-connections needs a count, not &apos;%1&apos;</source>
        <translation>--max-connections necesita una cantidad, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close y --allow-half-open se excluyen mutuamente</translation>
    </message>
    <message>
        <source>rules (--reply, --rules) and --%1 exclude each other</source>
        <translation>las reglas (--reply, --rules) y --%1 se excluyen mutuamente</translation>
    </message>
    <message>
        <source>Answer every line with PING in it, numbering the answers.</source>
        <translation>Responder a cada línea que contenga PING, numerando las respuestas.</translation>
    </message>
    <message>
        <source>Answer an HTTP request line with the path asked for, then end the connection.</source>
        <translation>Responder a una línea de petición HTTP con la ruta pedida y luego terminar la conexión.</translation>
    </message>
    <message>
        <source>Binary: 01 02 is answered 03 04 after 200 ms.</source>
        <translation>Binario: 01 02 se responde con 03 04 tras 200 ms.</translation>
    </message>
    <message>
        <source>--%1 does not use standard I/O: -C, --send-only and --recv-only do not apply</source>
        <translation>--%1 no usa la entrada/salida estándar: -C, --send-only y --recv-only no se aplican</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Extremo</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>New &amp;Listener…</source>
        <translation>Nuevo &amp;agente de escucha…</translation>
    </message>
    <message>
        <source>Create a server that listens on a port or a Unix socket path</source>
        <translation>Crear un servidor que escuche en un puerto o en una ruta de socket Unix</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>Nuevo &amp;cliente…</translation>
    </message>
    <message>
        <source>Open a connection to a host and port or a Unix socket path</source>
        <translation>Abrir una conexión a un host y puerto o a una ruta de socket Unix</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back. A server: close() stops accepting</source>
        <translation>socket.end(): semicierre. Los datos en cola se envían y luego FIN: el otro extremo recibe &apos;end&apos; y aún puede responder. Para un servidor: close() deja de aceptar</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>Terminar: FIN tras los datos en cola; el otro extremo ve &apos;end&apos; y aún puede enviar</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Destruir</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy(): cerrar ambas direcciones ahora. Los datos aún en cola en netbench se descartan; lo que tiene el kernel se envía y luego FIN: el otro extremo recibe &apos;end&apos; y después &apos;close&apos;. Si quedan datos sin leer, el kernel envía RST en su lugar: el otro extremo recibe ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>Destruir: cerrar ahora; el otro extremo ve un FIN limpio (&apos;end&apos;), o ECONNRESET si dejamos datos sin leer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Rese&amp;t (RST)</source>
        <translation>Re&amp;stablecer (RST)</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only: a Unix socket has no RST and closes as with Destroy</source>
        <translation>socket.resetAndDestroy(): abortar con RST (SO_LINGER 0). El otro extremo recibe ECONNRESET; los bytes en tránsito y sin leer en ambos lados se pierden. Solo TCP: un socket Unix no tiene RST y se cierra como con Destruir</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>Restablecer: RST; el otro extremo ve ECONNRESET y los datos sin leer se pierden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Remove Closed</source>
        <translation>&amp;Quitar los cerrados</translation>
    </message>
    <message>
        <source>Forget closed endpoints in the tree</source>
        <translation>Olvidar los extremos cerrados en el árbol</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>Abrir &amp;traza…</translation>
    </message>
    <message>
        <source>Review a saved JSON Lines trace</source>
        <translation>Revisar una traza JSON Lines guardada</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Export Trace as &amp;JSON Lines…</source>
        <translation>Exportar traza como &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>The same schema as netbench run --trace</source>
        <translation>El mismo esquema que netbench run --trace</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Export Trace as &amp;CSV…</source>
        <translation>Exportar traza como &amp;CSV…</translation>
    </message>
    <message>
        <source>One row per event, for spreadsheets</source>
        <translation>Una fila por evento, para hojas de cálculo</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>&amp;Guardar espacio de trabajo…</translation>
    </message>
    <message>
        <source>Save the listeners and clients made here, with their settings</source>
        <translation>Guardar los agentes de escucha y clientes creados aquí, con sus ajustes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open W&amp;orkspace…</source>
        <translation>Abrir espacio de tra&amp;bajo…</translation>
    </message>
    <message>
        <source>Make the listeners and clients of a saved workspace again</source>
        <translation>Volver a crear los agentes de escucha y clientes de un espacio de trabajo guardado</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Recorder sizes, event list capacity and refresh rate</source>
        <translation>Tamaños del grabador, capacidad de la lista de eventos y frecuencia de actualización</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Run Script…</source>
        <translation>&amp;Ejecutar script…</translation>
    </message>
    <message>
        <source>Run a Node-style net script inside the window</source>
        <translation>Ejecutar un script net al estilo de Node dentro de la ventana</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop Script</source>
        <translation>&amp;Detener script</translation>
    </message>
    <message>
        <source>End the running script (exit code 130)</source>
        <translation>Terminar el script en ejecución (código de salida 130)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Follow Events</source>
        <translation>&amp;Seguir eventos</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Mantener visible el evento más reciente</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear Events</source>
        <translation>&amp;Limpiar eventos</translation>
    </message>
    <message>
        <source>Empty the event list (the recorder keeps counting)</source>
        <translation>Vaciar la lista de eventos (el grabador sigue contando)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;About netbench</source>
        <translation>&amp;Acerca de netbench</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Versión y licencia</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <source>The last targets you connected to; picking one fills in the form</source>
        <translation>Los últimos destinos a los que se conectó; elegir uno rellena el formulario</translation>
    </message>
    <message>
        <source>Pick a recent target…</source>
        <translation>Elegir un destino reciente…</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>&amp;IPC (socket de dominio Unix)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>A name or an IP address; names are looked up before connecting</source>
        <translation>Un nombre o una dirección IP; los nombres se resuelven antes de conectar</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation>p. ej. 8080</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familia:</translation>
    </message>
    <message>
        <source>Which address family the name lookup may return</source>
        <translation>Qué familia de direcciones puede devolver la resolución de nombres</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
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
        <translation>Dirección &amp;local:</translation>
    </message>
    <message>
        <source>chosen by the kernel</source>
        <translation>elegida por el kernel</translation>
    </message>
    <message>
        <source>Bind the socket to this IP address before connecting</source>
        <translation>Vincular el socket a esta dirección IP antes de conectar</translation>
    </message>
    <message>
        <source>Local p&amp;ort:</source>
        <translation>P&amp;uerto local:</translation>
    </message>
    <message>
        <source>Bind the socket to this port before connecting</source>
        <translation>Vincular el socket a este puerto antes de conectar</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>R&amp;uta:</translation>
    </message>
    <message>
        <source>The file system path of a listening Unix domain socket</source>
        <translation>La ruta en el sistema de archivos de un socket de dominio Unix que escucha</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exami&amp;nar…</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>Opciones del socket</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Tiempo &amp;de espera:</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity, also while connecting</source>
        <translation>socket.setTimeout(): &apos;timeout&apos; se dispara tras este tiempo sin actividad, también mientras se conecta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY: send small writes at once)</source>
        <translation>&amp;Sin retardo (TCP_NODELAY: enviar las escrituras pequeñas en el acto)</translation>
    </message>
    <message>
        <source>Turns off Nagle&apos;s algorithm</source>
        <translation>Desactiva el algoritmo de Nagle</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>&amp;Keep-alive tras</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: the kernel probes an idle connection</source>
        <translation>SO_KEEPALIVE: el kernel sondea una conexión inactiva</translation>
    </message>
    <message>
        <source>Idle time before the first keep-alive probe; 0 keeps the system default</source>
        <translation>Tiempo de inactividad antes del primer sondeo keep-alive; 0 mantiene el valor predeterminado del sistema</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>Permitir semia&amp;bierto (seguir escribiendo cuando el otro extremo termina)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen: cuando el otro extremo envía FIN, el socket no se termina automáticamente</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificación:</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data arrives as text in this encoding</source>
        <translation>socket.setEncoding(): los datos recibidos llegan como texto en esta codificación</translation>
    </message>
    <message>
        <source>&amp;Live listeners:</source>
        <translation>Agentes de escucha &amp;activos:</translation>
    </message>
    <message>
        <source>The listeners of this window that are listening now; picking one fills in its address or path</source>
        <translation>Los agentes de escucha de esta ventana que están escuchando ahora; elegir uno rellena su dirección o ruta</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>Elegir un agente de escucha de esta ventana…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>O&amp;pen:</source>
        <translation>Abrir &amp;en paralelo:</translation>
    </message>
    <message>
        <source>Open this many connections to the target at once (to try a server&apos;s maxConnections, its accept loop, or EMFILE)</source>
        <translation>Abrir tantas conexiones al destino a la vez (para probar el maxConnections de un servidor, su bucle de aceptación o EMFILE)</translation>
    </message>
    <message>
        <source> connection(s)</source>
        <translation> conexión(es)</translation>
    </message>
    <message>
        <source>&amp;Reconnect after</source>
        <translation>Re&amp;conectar tras</translation>
    </message>
    <message>
        <source>When the connection cannot be made or closes, connect again (until you destroy the client)</source>
        <translation>Cuando la conexión no se puede establecer o se cierra, volver a conectar (hasta que destruya el cliente)</translation>
    </message>
    <message>
        <source>&amp;Backoff factor:</source>
        <translation>&amp;Multiplicador de espera:</translation>
    </message>
    <message>
        <source>Each further wait is this many times longer</source>
        <translation>Cada espera siguiente es esta cantidad de veces más larga</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Espera má&amp;xima:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>Aba&amp;ndonar tras:</translation>
    </message>
    <message>
        <source>Reconnects in a row that find no connection; a connection that opens starts the count again</source>
        <translation>Reconexiones seguidas sin conexión; una conexión que se abre reinicia la cuenta</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> intento(s)</translation>
    </message>
</context>
<context>
    <name>NewListenerDialog</name>
    <message>
        <source>New listener</source>
        <translation>Nuevo agente de escucha</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>&amp;IPC (socket de dominio Unix)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>The address to bind: a loopback address is reachable only from this machine</source>
        <translation>La dirección que se vincula: una dirección de bucle local solo es accesible desde esta máquina</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0: cualquier puerto libre</translation>
    </message>
    <message>
        <source>0 lets the kernel pick a free (ephemeral) port</source>
        <translation>0 deja que el kernel elija un puerto libre (efímero)</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>R&amp;uta:</translation>
    </message>
    <message>
        <source>The file system path of the Unix domain socket; it must not exist yet</source>
        <translation>La ruta en el sistema de archivos del socket de dominio Unix; aún no debe existir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exami&amp;nar…</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>Back&amp;log:</source>
        <translation>Back&amp;log:</translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel queues before they are accepted (listen(2) backlog)</source>
        <translation>Cuántos saludos completados pone el kernel en cola antes de que se acepten (backlog de listen(2))</translation>
    </message>
    <message>
        <source>E&amp;xclusive</source>
        <translation>E&amp;xclusivo</translation>
    </message>
    <message>
        <source>Node&apos;s exclusive option: the handle is not shared with cluster workers</source>
        <translation>La opción exclusive de Node: el handle no se comparte con los workers del clúster</translation>
    </message>
    <message>
        <source>Accepted connections</source>
        <translation>Conexiones aceptadas</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>Permitir semia&amp;bierto (seguir escribiendo cuando el otro extremo termina)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen: cuando el otro extremo envía FIN, el socket no se termina automáticamente</translation>
    </message>
    <message>
        <source>Pause on &amp;connect (read nothing until resumed)</source>
        <translation>Pausar al &amp;conectar (no leer nada hasta reanudar)</translation>
    </message>
    <message>
        <source>pauseOnConnect: accepted sockets start paused</source>
        <translation>pauseOnConnect: los sockets aceptados empiezan en pausa</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>Conexiones &amp;máx.:</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections: las conexiones por encima de este número se cierran en el acto</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>A&amp;utomatic behaviour:</source>
        <translation>Comportamiento autom&amp;ático:</translation>
    </message>
    <message>
        <source>What each accepted connection does by itself</source>
        <translation>Qué hace cada conexión aceptada por sí misma</translation>
    </message>
    <message>
        <source>None (you drive it)</source>
        <translation>Ninguno (usted la controla)</translation>
    </message>
    <message>
        <source>Echo (write back what arrives)</source>
        <translation>Eco (devolver lo que llega)</translation>
    </message>
    <message>
        <source>Discard (read and drop)</source>
        <translation>Descartar (leer y tirar)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Recorder (applies the next time the window starts)</source>
        <translation>Grabador (se aplica la próxima vez que se abra la ventana)</translation>
    </message>
    <message>
        <source>&amp;Events kept:</source>
        <translation>&amp;Eventos conservados:</translation>
    </message>
    <message>
        <source> events</source>
        <translation> eventos</translation>
    </message>
    <message>
        <source>The recorder&apos;s ring: past this many events the oldest are dropped and counted.</source>
        <translation>El anillo del grabador: por encima de este número de eventos, los más antiguos se descartan y se cuentan.</translation>
    </message>
    <message>
        <source>&amp;Transcript cap:</source>
        <translation>Límite de &amp;transcripción:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Bytes kept per connection and direction for the conversation view; later bytes are only counted. Off keeps none.</source>
        <translation>Bytes conservados por conexión y dirección para la vista de conversación; los bytes posteriores solo se cuentan. Desactivado no conserva ninguno.</translation>
    </message>
    <message>
        <source>Event list (applies at once)</source>
        <translation>Lista de eventos (se aplica en el acto)</translation>
    </message>
    <message>
        <source>&amp;Rows kept:</source>
        <translation>&amp;Filas conservadas:</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> filas</translation>
    </message>
    <message>
        <source>Rows the event list shows; past this many the oldest rows leave the list.</source>
        <translation>Filas que muestra la lista de eventos; por encima de este número, las más antiguas salen de la lista.</translation>
    </message>
    <message>
        <source>Re&amp;fresh rate:</source>
        <translation>Frecuencia de actuali&amp;zación:</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often per second the window fetches new events; lower costs less CPU under a flood.</source>
        <translation>Cuántas veces por segundo recoge la ventana los eventos nuevos; menos cuesta menos CPU ante una avalancha.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: its settings are not known; Node&apos;s defaults are used.</source>
        <translation>%1: sus ajustes no se conocen; se usan los valores predeterminados de Node.</translation>
    </message>
    <message>
        <source>%1 still listens on %2 in the window: close it before running the script, which listens there too.</source>
        <translation>%1 aún escucha en %2 en la ventana: ciérrelo antes de ejecutar el script, que también escucha allí.</translation>
    </message>
    <message>
        <source>%1: write #%2 of %3 bytes: only its first %4 were kept; the script writes those.</source>
        <translation>%1: escritura n.º %2 de %3 bytes: solo se conservaron sus primeros %4; el script escribe esos.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n record(s) are no longer kept (Preferences: recorder size); the calls among them are missing.</source>
        <translation>
            <numerusform>El registro más antiguo (%n) ya no se conserva (Preferencias: tamaño del grabador); faltan las llamadas que contenía.</numerusform>
            <numerusform>Los %n registros más antiguos ya no se conservan (Preferencias: tamaño del grabador); faltan las llamadas que contenían.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2() was refused in the window (%3); left out.</source>
        <translation>%1: %2() se rechazó en la ventana (%3); se omite.</translation>
    </message>
    <message>
        <source>%1 answers by its auto-reply rules in the script: its recorded writes and ends are left out, those typed by hand too.</source>
        <translation>%1 responde en el script según sus reglas de respuesta automática: sus escrituras y finales grabados se omiten, también los escritos a mano.</translation>
    </message>
</context>
<context>
    <name>RelayMode</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>#%1 %2 -&gt; %3: relaying</source>
        <translation>n.º %1 %2 -&gt; %3: retransmitiendo</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>%1 rechazado</translation>
    </message>
    <message>
        <source>relaying to %1</source>
        <translation>retransmitiendo a %1</translation>
    </message>
    <message>
        <source>#%1 reset: the target did not answer within %2 ms (--connect-timeout)</source>
        <translation>n.º %1 restablecido: el destino no respondió en %2 ms (--connect-timeout)</translation>
    </message>
    <message>
        <source>#%1 closed: %2 bytes to the server, %3 to the client</source>
        <translation>n.º %1 cerrado: %2 bytes al servidor, %3 al cliente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; no es [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>ponga una dirección IPv6 entre corchetes: [%1]:PORT</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; is neither HOST:PORT nor a PATH</source>
        <translation>el destino &apos;%1&apos; no es HOST:PORT ni una PATH</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; has no host</source>
        <translation>el destino &apos;%1&apos; no tiene host</translation>
    </message>
    <message>
        <source>the target&apos;s port cannot be 0</source>
        <translation>el puerto del destino no puede ser 0</translation>
    </message>
    <message>
        <source>Both directions.</source>
        <translation>Ambas direcciones.</translation>
    </message>
    <message>
        <source>As --%1, client to server only.</source>
        <translation>Como --%1, solo del cliente al servidor.</translation>
    </message>
    <message>
        <source>As --%1, server to client only.</source>
        <translation>Como --%1, solo del servidor al cliente.</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &apos;%3&apos;</source>
        <translation>--%1 necesita %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Hold each chunk MS milliseconds before forwarding it.</source>
        <translation>Retener cada fragmento MS milisegundos antes de reenviarlo.</translation>
    </message>
    <message>
        <source>Forward at most BYTES bytes per second.</source>
        <translation>Reenviar como mucho BYTES bytes por segundo.</translation>
    </message>
    <message>
        <source>Forward in pieces of SIZE bytes, or of a random size in MIN-MAX for each piece, one write each.</source>
        <translation>Reenviar en trozos de SIZE bytes, o de un tamaño aleatorio en MIN-MAX para cada trozo, una escritura cada uno.</translation>
    </message>
    <message>
        <source>Wait MS milliseconds after each piece (with --chunk).</source>
        <translation>Esperar MS milisegundos tras cada trozo (con --chunk).</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then nothing more: what arrives waits, the sender&apos;s backpressure builds (0: hold from the start).</source>
        <translation>Reenviar BYTES bytes y luego nada más: lo que llega espera, la contrapresión del emisor se acumula (0: retener desde el principio).</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then end() towards the receiver (FIN) and drop the rest; the other direction goes on.</source>
        <translation>Reenviar BYTES bytes, luego end() hacia el receptor (FIN) y tirar el resto; la otra dirección continúa.</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then reset both legs (RST: both peers see ECONNRESET).</source>
        <translation>Reenviar BYTES bytes y luego restablecer ambos tramos (RST: ambos extremos ven ECONNRESET).</translation>
    </message>
    <message>
        <source>Forward exactly BYTES bytes and end() to the receiver, then close the sender&apos;s leg and forward nothing more.</source>
        <translation>Reenviar exactamente BYTES bytes y end() al receptor, luego cerrar el tramo del emisor y no reenviar nada más.</translation>
    </message>
    <message>
        <source>Reset a client whose target connection is not up after MS milliseconds (default %1; 0: wait as long as the kernel retries).</source>
        <translation>Restablecer un cliente cuya conexión al destino no está establecida tras MS milisegundos (%1 por defecto; 0: esperar mientras el kernel reintente).</translation>
    </message>
    <message>
        <source>Relay N clients, then reset every new one at once (0: refuse all).</source>
        <translation>Retransmitir N clientes y luego restablecer en el acto cada uno nuevo (0: rechazar todos).</translation>
    </message>
    <message>
        <source>The server each client is relayed to: HOST:PORT, [V6]:PORT or PATH.</source>
        <translation>El servidor al que se retransmite cada cliente: HOST:PORT, [V6]:PORT o PATH.</translation>
    </message>
    <message>
        <source>Relays every client that connects to LISTEN to its own connection to TARGET, TCP or Unix on either side, byte for byte and in order, until interrupted. Each client is read only once its target connection is up; if the target cannot be reached, or does not answer within --connect-timeout, the client is reset (ECONNRESET; a Unix client sees its connection close). Backpressure passes through (a slow reader slows its writer), each direction half-closes on its own, and a reset on one leg resets the other. Faults change that on purpose: --NAME applies to both directions, --c2s-NAME (client to server) and --s2c-NAME (server to client) to one, and win over --NAME. One line per connection goes to standard error. Exit status: 1 when it cannot listen, 2 for a bad command line, 128+N after signal N.</source>
        <translation>Retransmite cada cliente que se conecta a LISTEN a su propia conexión a TARGET, TCP o Unix a cada lado, byte a byte y en orden, hasta que se interrumpe. Cada cliente se lee solo cuando su conexión al destino está establecida; si el destino no es accesible, o no responde dentro de --connect-timeout, el cliente se restablece (ECONNRESET; un cliente Unix ve cerrarse su conexión). La contrapresión pasa (un lector lento frena a su escritor), cada dirección se semicierra por su cuenta, y un restablecimiento en un tramo restablece el otro. Los fallos cambian esto a propósito: --NAME se aplica a ambas direcciones, --c2s-NAME (cliente a servidor) y --s2c-NAME (servidor a cliente) a una, y prevalecen sobre --NAME. Una línea por conexión va a la salida de error. Código de salida: 1 cuando no puede escuchar, 2 por una línea de órdenes incorrecta, 128+N tras la señal N.</translation>
    </message>
    <message>
        <source>Put netbench between clients of port 8081 and a server on 8080, and see both legs with --events.</source>
        <translation>Poner netbench entre los clientes del puerto 8081 y un servidor en el 8080, y ver ambos tramos con --events.</translation>
    </message>
    <message>
        <source>A Unix socket in front of a TCP server, 200 ms slower both ways, replies cut into pieces of 1 to 16 bytes.</source>
        <translation>Un socket Unix delante de un servidor TCP, 200 ms más lento en ambos sentidos, respuestas cortadas en trozos de 1 a 16 bytes.</translation>
    </message>
    <message>
        <source>Reset each connection after the client sent 100 bytes.</source>
        <translation>Restablecer cada conexión después de que el cliente haya enviado 100 bytes.</translation>
    </message>
    <message>
        <source>--chunk-pause needs --chunk for the same direction</source>
        <translation>--chunk-pause necesita --chunk para la misma dirección</translation>
    </message>
    <message>
        <source>--refuse-after needs a count, not &apos;%1&apos;</source>
        <translation>--refuse-after necesita una cantidad, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing LISTEN and TARGET</source>
        <translation>faltan LISTEN y TARGET</translation>
    </message>
    <message>
        <source>missing TARGET</source>
        <translation>falta TARGET</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--connect-timeout needs MS, not &apos;%1&apos;</source>
        <translation>--connect-timeout necesita MS, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Where clients connect: [HOST:]PORT ([::1]:PORT for IPv6; port 0 picks a free one) or a Unix socket PATH (a word with a &apos;/&apos; or ending in .sock).</source>
        <translation>Dónde se conectan los clientes: [HOST:]PORT ([::1]:PORT para IPv6; el puerto 0 toma uno libre) o una PATH de socket Unix (una palabra con una &apos;/&apos; o que termina en .sock).</translation>
    </message>
</context>
<context>
    <name>ReplyArguments</name>
    <message>
        <source>Read auto-reply rules from FILE (JSON, as the window saves them: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}); before any --reply.</source>
        <translation>Leer reglas de respuesta automática de FILE (JSON, tal como las guarda la ventana: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}); antes de cualquier --reply.</translation>
    </message>
    <message>
        <source>How the rules cut what arrives into messages: chunk (each read, the default), line (up to LF, a CR before it dropped) or delim:TEXT.</source>
        <translation>Cómo cortan las reglas lo que llega en mensajes: chunk (cada lectura, por defecto), line (hasta LF, quitando un CR previo) o delim:TEXT.</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>regla %1 de %2</translation>
    </message>
    <message>
        <source>--frame needs rules (--reply or --rules)</source>
        <translation>--frame necesita reglas (--reply o --rules)</translation>
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
        <translation>Reglas (--reply RULE, --rules FILE):
  KIND[,OPTION...]:PATTERN=REPLY     el primer &apos;=&apos; no escrito como \= termina PATTERN
  KIND    exact     el mensaje entero es PATTERN
          contains  PATTERN está en el mensaje (vacío: cualquier mensaje)
          re        una expresión regular (PCRE) sobre los bytes del mensaje
          hex       bytes en hex encontrados en el mensaje, ?? para cualquier byte
  OPTION  delay=TIME  responder tras TIME (200ms, 1.5s, 1m); las respuestas siguientes esperan
          end         terminar nuestro lado tras la respuesta; reset: restablecer en su lugar
          off         conservar la regla, desactivada
  REPLY   texto con las secuencias de escape \r \n \t \0 \e \\ \$ \xHH y las macros $0
          (la coincidencia), $1..$9 y ${N} (grupos), ${count} (aciertos de esta regla),
          ${time} (UTC), ${data} (el mensaje), ${length}; o hex:BYTES
  Mensajes: cada fragmento leído, o con --frame line / delim:TEXT cada mensaje
  delimitado (un mensaje repartido entre lecturas se reúne; lo que queda cuando
  el otro extremo termina cuenta como el último). Cuando el otro extremo ha
  terminado y las respuestas han salido, nuestro lado termina. La entrada
  estándar, si la hay, también se envía.
</translation>
    </message>
    <message>
        <source>Answer what arrives by a rule KIND[,OPTION...]:PATTERN=REPLY (repeatable; the first rule that matches a message answers it). KIND: exact, contains, re, hex. OPTION: delay=TIME, end, reset, off. See Rules below.</source>
        <translation>Responder a lo que llega según una regla KIND[,OPTION...]:PATTERN=REPLY (repetible; la primera regla que coincide con un mensaje lo responde). KIND: exact, contains, re, hex. OPTION: delay=TIME, end, reset, off. Vea Reglas más abajo.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a Node-style script that uses require(&apos;net&apos;) on netbench&apos;s own implementation of Node&apos;s net module, without a window. The exit status is the script&apos;s (process.exitCode, process.exit(), 1 for an uncaught exception). Options go before FILE.js; everything after it is the script&apos;s.</source>
        <translation>Ejecuta un script al estilo de Node que usa require(&apos;net&apos;) sobre la implementación propia de netbench del módulo net de Node, sin ventana. El código de salida es el del script (process.exitCode, process.exit(), 1 por una excepción no capturada). Las opciones van antes de FILE.js; todo lo que sigue es del script.</translation>
    </message>
    <message>
        <source>Run a script until nothing keeps it alive, as node does.</source>
        <translation>Ejecutar un script hasta que nada lo mantenga vivo, como hace node.</translation>
    </message>
    <message>
        <source>Pass arguments to the script (process.argv) and record its events as JSON Lines.</source>
        <translation>Pasar argumentos al script (process.argv) y grabar sus eventos como JSON Lines.</translation>
    </message>
    <message>
        <source>Print every event on standard error; --verbose goes to the script.</source>
        <translation>Mostrar cada evento en la salida de error; --verbose va al script.</translation>
    </message>
    <message>
        <source>The script to run.</source>
        <translation>El script que se ejecutará.</translation>
    </message>
    <message>
        <source>Arguments for the script (process.argv).</source>
        <translation>Argumentos para el script (process.argv).</translation>
    </message>
    <message>
        <source>End the script (exit status 134, as node at its heap limit) when the process holds more than MIB mebibytes. Default: half the physical memory, at most 4096.</source>
        <translation>Terminar el script (código de salida 134, como node en su límite de montón) cuando el proceso ocupe más de MIB mebibytes. Por defecto: la mitad de la memoria física, como mucho 4096.</translation>
    </message>
    <message>
        <source>--max-memory takes a number of MiB above 0</source>
        <translation>--max-memory toma un número de MiB mayor que 0</translation>
    </message>
    <message>
        <source>missing FILE.js</source>
        <translation>falta FILE.js</translation>
    </message>
</context>
<context>
    <name>ScriptConsoleWidget</name>
    <message>
        <source>Script file (.js)</source>
        <translation>Archivo de script (.js)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Arguments (process.argv)</source>
        <translation>Argumentos (process.argv)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>console.log() output of the script appears here.</source>
        <translation>La salida de console.log() del script aparece aquí.</translation>
    </message>
    <message>
        <source>No script is running.</source>
        <translation>No hay ningún script en ejecución.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
</context>
<context>
    <name>StdinReader</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
</context>
<context>
    <name>StdioMode</name>
    <message>
        <source>The target is a Unix domain socket PATH, whatever its name.</source>
        <translation>El destino es una PATH de socket de dominio Unix, sea cual sea su nombre.</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>Solo IPv4.</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>Solo IPv6.</translation>
    </message>
    <message>
        <source>Send each line feed of standard input as CR LF (a CR LF stays one).</source>
        <translation>Enviar cada salto de línea de la entrada estándar como CR LF (un CR LF sigue siendo uno).</translation>
    </message>
    <message>
        <source>Only send: what arrives is read and dropped, and the connection closes once standard input has been sent to its end.</source>
        <translation>Solo enviar: lo que llega se lee y se tira, y la conexión se cierra cuando la entrada estándar se ha enviado hasta su final.</translation>
    </message>
    <message>
        <source>Only receive: standard input is not read, and our side ends when the peer ends its own.</source>
        <translation>Solo recibir: la entrada estándar no se lee, y nuestro lado termina cuando el otro extremo termina el suyo.</translation>
    </message>
    <message>
        <source>Close a connection after TIME without traffic either way (exit status 1). TIME as ncat: 30 or 30s, 500ms, 2m, 1h.</source>
        <translation>Cerrar una conexión tras TIME sin tráfico en ningún sentido (código de salida 1). TIME como en ncat: 30 o 30s, 500ms, 2m, 1h.</translation>
    </message>
    <message>
        <source>Write every chunk sent and received to FILE: a line with its direction, size and peer, then offset, hex and ASCII.</source>
        <translation>Escribir cada fragmento enviado y recibido en FILE: una línea con su dirección, tamaño y otro extremo, y luego desplazamiento, hex y ASCII.</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 y -6 se excluyen mutuamente</translation>
    </message>
    <message>
        <source>-U (a Unix socket) and -%1 exclude each other</source>
        <translation>-U (un socket Unix) y -%1 se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--send-only and --recv-only exclude each other</source>
        <translation>--send-only y --recv-only se excluyen mutuamente</translation>
    </message>
    <message>
        <source>-i/--idle-timeout needs a time above 0 such as 30, 30s, 500ms or 2m, not &apos;%1&apos;</source>
        <translation>-i/--idle-timeout necesita un tiempo mayor que 0 como 30, 30s, 500ms o 2m, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--hex-dump needs a FILE</source>
        <translation>--hex-dump necesita un FILE</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>no activity for %1 ms (-i); closed the connection</source>
        <translation>sin actividad durante %1 ms (-i); conexión cerrada</translation>
    </message>
    <message>
        <source>the peer ended the connection (--no-half-close)</source>
        <translation>el otro extremo terminó la conexión (--no-half-close)</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>--send-only drops what arrives: it cannot be answered by rules</source>
        <translation>--send-only tira lo que llega: las reglas no pueden responderlo</translation>
    </message>
    <message numerus="yes">
        <source>at least %1 byte(s) of standard input were not delivered: %2</source>
        <translation>
            <numerusform>al menos %1 byte de la entrada estándar no se entregó: %2</numerusform>
            <numerusform>al menos %1 bytes de la entrada estándar no se entregaron: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>-C changes standard input, which --recv-only does not read</source>
        <translation>-C cambia la entrada estándar, que --recv-only no lee</translation>
    </message>
    <message>
        <source>standard output took nothing for %1 s after the signal; what it had not taken is lost</source>
        <translation>la salida estándar no aceptó nada durante %1 s tras la señal; lo que no había aceptado se pierde</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: netbench %1 %2</source>
        <translation>Uso: netbench %1 %2</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Ejemplos:</translation>
    </message>
    <message>
        <source>Try &apos;netbench %1 --help&apos; for more information.</source>
        <translation>Pruebe &apos;netbench %1 --help&apos; para más información.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (a whole number from 0 to 65535)</source>
        <translation>&apos;%1&apos; no es un puerto (un número entero de 0 a 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; no es [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>ponga una dirección IPv6 entre corchetes: [%1]:PORT</translation>
    </message>
    <message>
        <source>missing HOST before port %1 (HOST PORT or HOST:PORT)</source>
        <translation>falta HOST antes del puerto %1 (HOST PORT o HOST:PORT)</translation>
    </message>
    <message>
        <source>missing PORT after %1 (HOST PORT or HOST:PORT; a Unix socket PATH has a &apos;/&apos; or ends in .sock, or give -U)</source>
        <translation>falta PORT tras %1 (HOST PORT o HOST:PORT; una PATH de socket Unix tiene una &apos;/&apos; o termina en .sock, o indique -U)</translation>
    </message>
    <message>
        <source>missing HOST before :%1</source>
        <translation>falta HOST antes de :%1</translation>
    </message>
    <message>
        <source>missing HOST PORT, HOST:PORT or PATH</source>
        <translation>falta HOST PORT, HOST:PORT o PATH</translation>
    </message>
    <message>
        <source>missing [HOST:]PORT or PATH</source>
        <translation>falta [HOST:]PORT o PATH</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the Unix socket path</source>
        <translation>argumento inesperado &apos;%1&apos; tras la ruta del socket Unix</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the port</source>
        <translation>argumento inesperado &apos;%1&apos; tras el puerto</translation>
    </message>
    <message>
        <source>empty HOST</source>
        <translation>HOST vacío</translation>
    </message>
    <message>
        <source>%1 is not an IPv%2 address (-%2)</source>
        <translation>%1 no es una dirección IPv%2 (-%2)</translation>
    </message>
    <message>
        <source>cannot write trace %1</source>
        <translation>no se puede escribir la traza %1</translation>
    </message>
    <message>
        <source>the Unix socket</source>
        <translation>el socket Unix</translation>
    </message>
    <message>
        <source>cannot write hex dump %1: %2</source>
        <translation>no se puede escribir el volcado hexadecimal %1: %2</translation>
    </message>
    <message>
        <source>&gt; %1 bytes sent to %2</source>
        <translation>&gt; %1 bytes enviados a %2</translation>
    </message>
    <message>
        <source>&lt; %1 bytes received from %2</source>
        <translation>&lt; %1 bytes recibidos de %2</translation>
    </message>
    <message>
        <source>Print every event and call on standard error, one readable line each.</source>
        <translation>Mostrar cada evento y llamada en la salida de error, una línea legible cada uno.</translation>
    </message>
    <message>
        <source>More events on standard error: -v is --events, -vv adds the JSON Lines records (as --trace -) unless --trace is given.</source>
        <translation>Más eventos en la salida de error: -v es --events, -vv añade los registros JSON Lines (como --trace -) salvo que se indique --trace.</translation>
    </message>
    <message>
        <source>Write every event and call as JSON Lines to FILE (&apos;-&apos; for standard error).</source>
        <translation>Escribir cada evento y llamada como JSON Lines en FILE (&apos;-&apos; para la salida de error).</translation>
    </message>
</context>
<context>
    <name>gui::ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>Escriba lo que desea enviar. Secuencias de escape: \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 0x0d 0x0a or de:ad:be:ef</source>
        <translation>Bytes hexadecimales, p. ej. 48 65 6c 6c 6f, 0x0d 0x0a o de:ad:be:ef</translation>
    </message>
    <message>
        <source>Base64, e.g. aGVsbG8=</source>
        <translation>Base64, p. ej. aGVsbG8=</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Elegir un archivo para enviar</translation>
    </message>
    <message>
        <source>connection not writable</source>
        <translation>la conexión no admite escritura</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviados</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sent</source>
        <translation>Detenido: %1 de %2 enviados</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation>Elija un archivo para enviar.</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source> (%1 in all)</source>
        <translation> (%1 en total)</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>also sending to %1</source>
        <translation>enviando también a %1</translation>
    </message>
</context>
<context>
    <name>gui::ConversationRenderer</name>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ enviado</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← recibido</translation>
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
        <translation>● conectado</translation>
    </message>
    <message>
        <source>← FIN received: the peer ended its side</source>
        <translation>← FIN recibido: el otro extremo terminó su lado</translation>
    </message>
    <message>
        <source>→ end() called: FIN follows the queued bytes</source>
        <translation>→ end() llamado: FIN sigue a los bytes en cola</translation>
    </message>
    <message>
        <source>→ reset: RST sent instead of FIN</source>
        <translation>→ restablecimiento: RST enviado en lugar de FIN</translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation>⚠ error</translation>
    </message>
    <message>
        <source>⚠ error: %1</source>
        <translation>⚠ error: %1</translation>
    </message>
    <message>
        <source>■ closed after an error</source>
        <translation>■ cerrado tras un error</translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation>■ cerrado</translation>
    </message>
    <message>
        <source>→ write refused after end() or destroy(): %1 not sent</source>
        <translation>→ escritura rechazada tras end() o destroy(): %1 sin enviar</translation>
    </message>
    <message>
        <source>… %1 in %2 steps not shown here; Save… writes everything …</source>
        <translation>… %1 en %2 pasos no se muestran aquí; Guardar… lo escribe todo …</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: past the transcript cap</source>
        <translation>%1: %2 en %3 fragmentos no capturados: por encima del límite de transcripción</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: %4</source>
        <translation>%1: %2 en %3 fragmentos no capturados: %4</translation>
    </message>
    <message>
        <source>… %1 of this chunk not shown here …</source>
        <translation>… %1 de este fragmento no se muestran aquí …</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: past the transcript cap]</source>
        <translation>[%1 bytes de este fragmento no capturados: por encima del límite de transcripción]</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: %2]</source>
        <translation>[%1 bytes de este fragmento no capturados: %2]</translation>
    </message>
    <message>
        <source>%1 later steps not recorded: the transcript&apos;s step limit was reached</source>
        <translation>%1 pasos posteriores no registrados: se alcanzó el límite de pasos de la transcripción</translation>
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
        <translation>Con escapes (\xNN)</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>Guardar la conversación</translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation>Conversación como &amp;texto…</translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation>Bytes &amp;enviados (sin procesar)…</translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation>Bytes &amp;recibidos (sin procesar)…</translation>
    </message>
    <message>
        <source>Nothing recorded for this connection yet.</source>
        <translation>Aún no se ha registrado nada para esta conexión.</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>Ninguna conexión seleccionada.</translation>
    </message>
    <message>
        <source>→ %1 sent</source>
        <translation>→ %1 enviados</translation>
    </message>
    <message>
        <source>← %1 received</source>
        <translation>← %1 recibidos</translation>
    </message>
    <message>
        <source>%1 bytes not captured</source>
        <translation>%1 bytes no capturados</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Save conversation as text</source>
        <translation>Guardar la conversación como texto</translation>
    </message>
    <message>
        <source>Save sent bytes</source>
        <translation>Guardar los bytes enviados</translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation>Guardar los bytes recibidos</translation>
    </message>
</context>
<context>
    <name>gui::EndpointTreeModel</name>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>half-open (readOnly)</source>
        <translation>semiabierto (readOnly)</translation>
    </message>
    <message>
        <source>half-open (writeOnly)</source>
        <translation>semiabierto (writeOnly)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 / out %2</source>
        <translation>entrada %1 / salida %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Local: %1</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Remoto: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extremo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>#%1 relay %2 → %3</source>
        <translation>n.º %1 retransmisor %2 → %3</translation>
    </message>
    <message>
        <source>#%1 ↔ %2 (its target leg)</source>
        <translation>n.º %1 ↔ %2 (su tramo hacia el destino)</translation>
    </message>
    <message>
        <source>#%1 listener %2</source>
        <translation>n.º %1 agente de escucha %2</translation>
    </message>
    <message>
        <source>#%1 accepted socket from %2</source>
        <translation>n.º %1 socket aceptado desde %2</translation>
    </message>
    <message>
        <source>#%1 client socket → %2</source>
        <translation>n.º %1 socket cliente → %2</translation>
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
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>%1, and any record that carries an error</source>
        <translation>%1, y cualquier registro que lleve un error</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>→ true (bufferSize %1 &lt; highWaterMark %2)</source>
        <translation>→ true (bufferSize %1 &lt; highWaterMark %2)</translation>
    </message>
    <message>
        <source>→ false (bufferSize %1 ≥ highWaterMark %2: wait for &apos;drain&apos;)</source>
        <translation>→ false (bufferSize %1 ≥ highWaterMark %2: esperar a &apos;drain&apos;)</translation>
    </message>
    <message>
        <source>→ false (the socket cannot write)</source>
        <translation>→ false (el socket no puede escribir)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>#%1 %2 from %3</source>
        <translation>n.º %1 %2 desde %3</translation>
    </message>
    <message>
        <source> (IPv%1)</source>
        <translation> (IPv%1)</translation>
    </message>
    <message>
        <source>had error</source>
        <translation>tuvo error</translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>backlog %1</translation>
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
        <source>the call %1</source>
        <translation>la llamada %1</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos;</source>
        <translation>el evento &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(made by netcore itself, not by the program)</source>
        <translation>(hecha por netcore por sí mismo, no por el programa)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extremo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>socket n.º %1</translation>
    </message>
    <message>
        <source>write() gave</source>
        <translation>write() devolvió</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>%1 bytes (bufferSize)</source>
        <translation>%1 bytes (bufferSize)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>%1 bytes (highWaterMark)</source>
        <translation>%1 bytes (highWaterMark)</translation>
    </message>
    <message>
        <source>This end</source>
        <translation>Este extremo</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>Otro extremo</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>Llamada al sistema</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>#%1 of this session</source>
        <translation>n.º %1 de esta sesión</translation>
    </message>
    <message>
        <source>Bytes shown</source>
        <translation>Bytes mostrados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>(the rest not kept)</source>
        <translation>(el resto no se conserva)</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>Como texto</translation>
    </message>
    <message>
        <source>As hex</source>
        <translation>Como hex</translation>
    </message>
    <message>
        <source>#%1 listener</source>
        <translation>n.º %1 agente de escucha</translation>
    </message>
    <message>
        <source>#%1 socket</source>
        <translation>n.º %1 socket</translation>
    </message>
</context>
<context>
    <name>gui::EventStreamWidget</name>
    <message>
        <source>All endpoints</source>
        <translation>Todos los extremos</translation>
    </message>
    <message>
        <source>Use as time reference</source>
        <translation>Usar como referencia de tiempo</translation>
    </message>
    <message>
        <source>Show only this endpoint</source>
        <translation>Mostrar solo este extremo</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show none</source>
        <translation>No mostrar nada</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation>Eventos (%1 de %2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;call()&lt;/i&gt; = a call made on the endpoint</source>
        <translation>&lt;i&gt;call()&lt;/i&gt; = una llamada</translation>
    </message>
    <message>
        <source>Hide &amp;Automatic Rows</source>
        <translation>Ocultar &amp;automáticas</translation>
    </message>
    <message>
        <source>Hide what netcore does by itself: the automatic end() and destroy() calls (autoDestroy, the end at the peer&apos;s FIN, the destroy after an error) and &apos;ready&apos;, which always follows &apos;connect&apos;. The counts still include them.</source>
        <translation>Ocultar lo que netcore hace por sí mismo: las llamadas automáticas end() y destroy() (autoDestroy, el fin ante el FIN del otro extremo, el destroy tras un error) y &apos;ready&apos;, que siempre sigue a &apos;connect&apos;. Los contadores los siguen incluyendo.</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 no contiene registros.</translation>
    </message>
    <message>
        <source>Reviewing %1: %2 records (read-only).</source>
        <translation>Revisando %1: %2 registros (solo lectura).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>No se pudo leer %n línea:</numerusform>
            <numerusform>No se pudieron leer %n líneas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 registros, %2 mostrados</translation>
    </message>
    <message>
        <source>%1 dropped (store full)</source>
        <translation>%1 descartados (almacén lleno)</translation>
    </message>
    <message>
        <source>%1 lost before display</source>
        <translation>%1 perdidos antes de mostrarse</translation>
    </message>
    <message>
        <source>automatic rows hidden</source>
        <translation>filas automáticas ocultas</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrando…</translation>
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
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>Δ anterior</translation>
    </message>
    <message>
        <source>Δ reference</source>
        <translation>Δ referencia</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extremo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Sequence number: the order in which netbench recorded the rows</source>
        <translation>Número de secuencia: el orden en que netbench registró las filas</translation>
    </message>
    <message>
        <source>When it happened: wall clock, or the time since the previous row or the reference row (View options of the stream)</source>
        <translation>Cuándo ocurrió: hora, o el tiempo desde la fila anterior o la fila de referencia (opciones de vista del flujo)</translation>
    </message>
    <message>
        <source>The server or socket it happened on (#id as in Endpoints)</source>
        <translation>El servidor o socket en que ocurrió (#id como en Extremos)</translation>
    </message>
    <message>
        <source>An event Node emits (&apos;data&apos;, &apos;end&apos;, ...) or a call made on the endpoint (write(), end(), ...); hover a row or see the Explain pane for its meaning</source>
        <translation>Un evento que emite Node (&apos;data&apos;, &apos;end&apos;, ...) o una llamada hecha sobre el extremo (write(), end(), ...); pase el ratón sobre una fila o vea el panel Explicación para su significado</translation>
    </message>
    <message>
        <source>Bytes, addresses, values and errors of the row</source>
        <translation>Bytes, direcciones, valores y errores de la fila</translation>
    </message>
</context>
<context>
    <name>gui::ExplainPane</name>
    <message>
        <source>Documentation: %1</source>
        <translation>Documentación: %1</translation>
    </message>
    <message>
        <source>#%1 %2 on %3</source>
        <translation>n.º %1 %2 en %3</translation>
    </message>
    <message>
        <source>bufferSize after the call: %1 bytes; high-water mark: %2 bytes.</source>
        <translation>bufferSize tras la llamada: %1 bytes; marca de agua alta: %2 bytes.</translation>
    </message>
    <message>
        <source>Marked auto: netcore made this call itself (an automatic end() after the peer&apos;s end, or the destroy() that follows), not the user.</source>
        <translation>Marcada como auto: netcore hizo esta llamada por sí mismo (un end() automático tras el fin del otro extremo, o el destroy() que le sigue), no el usuario.</translation>
    </message>
    <message>
        <source>Select a row of the event stream to explain it.</source>
        <translation>Seleccione una fila del flujo de eventos para explicarla.</translation>
    </message>
    <message>
        <source>Select a row of the event stream, or an endpoint, to see what it means, what the peer sees and what to try.</source>
        <translation>Seleccione una fila del flujo de eventos, o un extremo, para ver qué significa, qué ve el otro extremo y qué probar.</translation>
    </message>
</context>
<context>
    <name>gui::Explanations</name>
    <message>
        <source>The server is bound and accepts connections.</source>
        <translation>El servidor está vinculado y acepta conexiones.</translation>
    </message>
    <message>
        <source>listen() succeeded: the kernel bound the address (or the Unix socket path) and put the socket in the LISTEN state. From now on the kernel completes connection handshakes on its own and queues them (the backlog) until netbench accepts them. A client that connects now succeeds; before this event it would have got ECONNREFUSED. With port 0 the kernel chose a free port: the address shows which.</source>
        <translation>listen() tuvo éxito: el kernel vinculó la dirección (o la ruta del socket Unix) y puso el socket en el estado LISTEN. A partir de ahora el kernel completa por sí mismo los saludos de conexión y los pone en cola (el backlog) hasta que netbench los acepta. Un cliente que se conecte ahora tiene éxito; antes de este evento habría recibido ECONNREFUSED. Con el puerto 0 el kernel eligió un puerto libre: la dirección muestra cuál.</translation>
    </message>
    <message>
        <source>The server accepted a new connection: a new socket for that client.</source>
        <translation>El servidor aceptó una conexión nueva: un socket nuevo para ese cliente.</translation>
    </message>
    <message>
        <source>A client&apos;s connection was accepted: the server got a new socket of its own for it (shown under the server), while the server itself keeps listening for more. The client saw its &apos;connect&apos; already when the kernel finished the handshake, which can be before the server accepts. Each connection is a separate socket with its own events, its own buffers and its own close.</source>
        <translation>Se aceptó la conexión de un cliente: el servidor obtuvo un socket nuevo propio para ella (mostrado bajo el servidor), mientras el servidor sigue escuchando. El cliente ya vio su &apos;connect&apos; cuando el kernel completó el saludo, lo que puede ocurrir antes de que el servidor acepte. Cada conexión es un socket aparte con sus propios eventos, sus propios búferes y su propio cierre.</translation>
    </message>
    <message>
        <source>The host name was resolved to an address (or the lookup failed).</source>
        <translation>El nombre de host se resolvió a una dirección (o la resolución falló).</translation>
    </message>
    <message>
        <source>Before connecting to a host given by name, the name is resolved (getaddrinfo: /etc/hosts, then DNS). This event carries the address that will be tried, or the resolver&apos;s error (ENOTFOUND, EAI_AGAIN). Nothing has been sent to the peer yet. Connecting to an IP address or a Unix socket path needs no lookup, so there is no &apos;lookup&apos; then.</source>
        <translation>Antes de conectar con un host dado por nombre, el nombre se resuelve (getaddrinfo: /etc/hosts y luego DNS). Este evento lleva la dirección que se probará, o el error del resolvedor (ENOTFOUND, EAI_AGAIN). Aún no se ha enviado nada al otro extremo. Conectar con una dirección IP o una ruta de socket Unix no requiere resolución, así que entonces no hay &apos;lookup&apos;.</translation>
    </message>
    <message>
        <source>The connection is established; data can flow both ways.</source>
        <translation>La conexión está establecida; los datos pueden fluir en ambos sentidos.</translation>
    </message>
    <message>
        <source>The TCP three-way handshake completed (or the Unix socket connected): the socket is open for reading and writing. Writes made before this were queued and are sent now. The kernel of the server side completes the handshake itself, so &apos;connect&apos; does not mean the server program has accepted or read anything yet.</source>
        <translation>El saludo TCP de tres vías se completó (o el socket Unix se conectó): el socket está abierto para leer y escribir. Las escrituras hechas antes estaban en cola y se envían ahora. El kernel del lado servidor completa el saludo por sí mismo, así que &apos;connect&apos; no significa que el programa servidor haya aceptado o leído nada todavía.</translation>
    </message>
    <message>
        <source>The socket is ready to be used; emitted right after &apos;connect&apos;.</source>
        <translation>El socket está listo para usarse; se emite justo después de &apos;connect&apos;.</translation>
    </message>
    <message>
        <source>Node emits &apos;ready&apos; immediately after &apos;connect&apos;; it exists for streams in general. Nothing new happened on the wire.</source>
        <translation>Node emite &apos;ready&apos; inmediatamente después de &apos;connect&apos;; existe para los streams en general. No ocurrió nada nuevo en la red.</translation>
    </message>
    <message>
        <source>Bytes arrived from the peer; one read of what the kernel had.</source>
        <translation>Llegaron bytes del otro extremo; una lectura de lo que tenía el kernel.</translation>
    </message>
    <message>
        <source>One read from the kernel&apos;s receive buffer. TCP and stream Unix sockets carry a stream of bytes, not messages: one write() of the peer may arrive as several &apos;data&apos; events, and several writes may arrive as one. A protocol needs its own framing (a length prefix or a delimiter). While the socket is paused, no &apos;data&apos; is emitted and the bytes wait in the kernel (Unread in the inspector); when that fills, the peer&apos;s writes stop being accepted.</source>
        <translation>Una lectura del búfer de recepción del kernel. TCP y los sockets Unix de flujo transportan un flujo de bytes, no mensajes: un write() del otro extremo puede llegar como varios eventos &apos;data&apos;, y varias escrituras como uno solo. Un protocolo necesita su propio entramado (un prefijo de longitud o un delimitador). Mientras el socket está en pausa no se emite &apos;data&apos; y los bytes esperan en el kernel (Sin leer en el inspector); cuando se llena, las escrituras del otro extremo dejan de aceptarse.</translation>
    </message>
    <message>
        <source>Everything queued by write() has been handed to the kernel; write more.</source>
        <translation>Todo lo que write() puso en cola se entregó al kernel; escriba más.</translation>
    </message>
    <message>
        <source>write() returned false earlier because the bytes waiting in netbench (bufferSize) reached the high-water mark; now that queue is empty again. A well-behaved writer stops writing when write() returns false and continues on &apos;drain&apos; (backpressure). The bytes are in the kernel&apos;s send buffer now, which does not mean the peer has read them.</source>
        <translation>write() devolvió false antes porque los bytes que esperaban en netbench (bufferSize) alcanzaron la marca de agua alta; ahora esa cola vuelve a estar vacía. Un escritor bien educado deja de escribir cuando write() devuelve false y continúa con &apos;drain&apos; (contrapresión). Los bytes están ahora en el búfer de envío del kernel, lo que no significa que el otro extremo los haya leído.</translation>
    </message>
    <message>
        <source>The peer sent FIN: it will send nothing more. Our reading side is done.</source>
        <translation>El otro extremo envió FIN: no enviará nada más. Nuestro lado de lectura ha terminado.</translation>
    </message>
    <message>
        <source>The peer called end() (or closed its socket): its FIN arrived after all the data it had sent. Nothing more will be read. Without allowHalfOpen the socket now ends its own side too (an automatic end()) and closes once its queued writes are sent; with allowHalfOpen it stays writable (writeOnly) until end() is called. A FIN is an orderly end, not an error; a peer that crashes or resets gives ECONNRESET instead.</source>
        <translation>El otro extremo llamó a end() (o cerró su socket): su FIN llegó tras todos los datos que había enviado. Ya no se leerá nada más. Sin allowHalfOpen, el socket termina ahora también su propio lado (un end() automático) y se cierra cuando se han enviado sus escrituras en cola; con allowHalfOpen sigue admitiendo escritura (writeOnly) hasta que se llama a end(). Un FIN es un final ordenado, no un error; un otro extremo que se cae o restablece da ECONNRESET en su lugar.</translation>
    </message>
    <message>
        <source>The socket was idle for the setTimeout() time. It is NOT closed.</source>
        <translation>El socket estuvo inactivo durante el tiempo de setTimeout(). NO está cerrado.</translation>
    </message>
    <message>
        <source>Nothing was read or written for the time given to setTimeout(). This is only a notification: the connection stays open and the peer sees nothing at all. To close idle connections, call end() or destroy() when this event comes. Keep-alive (setKeepAlive) is a different thing: kernel probes that detect a dead peer.</source>
        <translation>No se leyó ni escribió nada durante el tiempo dado a setTimeout(). Es solo una notificación: la conexión sigue abierta y el otro extremo no ve nada en absoluto. Para cerrar conexiones inactivas, llame a end() o destroy() cuando llegue este evento. El keep-alive (setKeepAlive) es otra cosa: sondeos del kernel que detectan un otro extremo muerto.</translation>
    </message>
    <message>
        <source>Something failed; for a socket, &apos;close&apos; follows.</source>
        <translation>Algo falló; en un socket, le sigue &apos;close&apos;.</translation>
    </message>
    <message>
        <source>A system call failed or the peer broke the connection; the error&apos;s code says which. On a socket, &apos;close&apos; (with hadError true) follows at once: the connection is gone. On a server, an error of listen() (EADDRINUSE, EACCES) leaves the server not listening, and &apos;close&apos; does not follow unless close() is called.</source>
        <translation>Una llamada al sistema falló o el otro extremo rompió la conexión; el código del error dice cuál. En un socket, &apos;close&apos; (con hadError true) sigue en el acto: la conexión ha desaparecido. En un servidor, un error de listen() (EADDRINUSE, EACCES) deja el servidor sin escuchar, y &apos;close&apos; no sigue a menos que se llame a close().</translation>
    </message>
    <message>
        <source>Fully closed: the descriptor is released; nothing more will happen.</source>
        <translation>Totalmente cerrado: el descriptor se ha liberado; no ocurrirá nada más.</translation>
    </message>
    <message>
        <source>The last event of a socket or a server. For a socket, hadError says whether an error caused it. The kernel may still be finishing the TCP shutdown (TIME_WAIT) but the program is done with it. A server emits &apos;close&apos; after close() once all its accepted connections have closed too.</source>
        <translation>El último evento de un socket o un servidor. En un socket, hadError indica si lo causó un error. El kernel puede estar terminando aún el cierre TCP (TIME_WAIT), pero el programa ha terminado con él. Un servidor emite &apos;close&apos; tras close() una vez que todas sus conexiones aceptadas se han cerrado también.</translation>
    </message>
    <message>
        <source>The server is closed: close() was called and its last connection has closed.</source>
        <translation>El servidor está cerrado: se llamó a close() y su última conexión se ha cerrado.</translation>
    </message>
    <message>
        <source>close() stopped the listening at once, but the server&apos;s &apos;close&apos; waits until every connection it accepted has closed too. New clients were refused from the moment of close(); existing ones were never disturbed.</source>
        <translation>close() detuvo la escucha en el acto, pero el &apos;close&apos; del servidor espera a que cada conexión que aceptó se haya cerrado también. Los clientes nuevos se rechazaron desde el momento de close(); los existentes nunca se vieron afectados.</translation>
    </message>
    <message>
        <source>The server failed, usually in listen(); it is not listening.</source>
        <translation>El servidor falló, normalmente en listen(); no está escuchando.</translation>
    </message>
    <message>
        <source>Most often listen() failed (EADDRINUSE, EACCES, EADDRNOTAVAIL). Unlike a socket&apos;s error, no &apos;close&apos; follows by itself: the server simply is not listening, and listen() may be called again. No client saw anything.</source>
        <translation>Lo más frecuente es que listen() fallara (EADDRINUSE, EACCES, EADDRNOTAVAIL). A diferencia del error de un socket, no sigue ningún &apos;close&apos; por sí solo: el servidor simplemente no escucha, y listen() puede volver a llamarse. Ningún cliente vio nada.</translation>
    </message>
    <message>
        <source>A connection was dropped because maxConnections was reached.</source>
        <translation>Se descartó una conexión porque se alcanzó maxConnections.</translation>
    </message>
    <message>
        <source>The server already had maxConnections connections, so it accepted this one and closed it at once. The client saw its connection succeed and then end (or reset if it had sent data). Raise maxConnections or close idle connections.</source>
        <translation>El servidor ya tenía maxConnections conexiones, así que aceptó esta y la cerró en el acto. El cliente vio que su conexión tenía éxito y luego terminaba (o se restablecía si había enviado datos). Aumente maxConnections o cierre las conexiones inactivas.</translation>
    </message>
    <message>
        <source>server.listen(): bind an address or path and start accepting.</source>
        <translation>server.listen(): vincular una dirección o ruta y empezar a aceptar.</translation>
    </message>
    <message>
        <source>Asks the kernel to bind the address (or Unix socket path) and listen. It succeeds with &apos;listening&apos; or fails with &apos;error&apos;: EADDRINUSE when another socket has the address, EACCES for ports below 1024 without privilege or a path in a folder you cannot write.</source>
        <translation>Pide al kernel que vincule la dirección (o la ruta del socket Unix) y escuche. Tiene éxito con &apos;listening&apos; o falla con &apos;error&apos;: EADDRINUSE cuando otro socket tiene la dirección, EACCES para puertos por debajo de 1024 sin privilegios o una ruta en una carpeta en la que no puede escribir.</translation>
    </message>
    <message>
        <source>socket.connect(): start a connection; &apos;connect&apos; or &apos;error&apos; follows.</source>
        <translation>socket.connect(): iniciar una conexión; le sigue &apos;connect&apos; o &apos;error&apos;.</translation>
    </message>
    <message>
        <source>Starts connecting: a name lookup if a host name was given, then a SYN to the server (or a connect on the Unix socket path). The result comes later: &apos;connect&apos;, or &apos;error&apos; with ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</source>
        <translation>Empieza a conectar: una resolución de nombre si se dio un nombre de host, luego un SYN al servidor (o un connect en la ruta del socket Unix). El resultado llega después: &apos;connect&apos;, o &apos;error&apos; con ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</translation>
    </message>
    <message>
        <source>socket.write(): queue bytes to send; false means slow down and wait for &apos;drain&apos;.</source>
        <translation>socket.write(): poner bytes en cola para enviar; false significa ir más despacio y esperar a &apos;drain&apos;.</translation>
    </message>
    <message>
        <source>Hands bytes to the socket. They go to the kernel&apos;s send buffer at once when it has room, otherwise they wait in netbench&apos;s queue (bufferSize). write() returns false when that queue reached the high-water mark: keep writing and memory grows; the right answer is to wait for &apos;drain&apos;. A successful write only means the kernel took the bytes, not that the peer received or read them. Writing after end() fails with ERR_STREAM_WRITE_AFTER_END; writing to a connection the peer has closed gives EPIPE or ECONNRESET.</source>
        <translation>Entrega bytes al socket. Van en el acto al búfer de envío del kernel cuando hay espacio; si no, esperan en la cola de netbench (bufferSize). write() devuelve false cuando esa cola alcanzó la marca de agua alta: si sigue escribiendo, la memoria crece; la respuesta correcta es esperar a &apos;drain&apos;. Una escritura con éxito solo significa que el kernel tomó los bytes, no que el otro extremo los haya recibido o leído. Escribir tras end() falla con ERR_STREAM_WRITE_AFTER_END; escribir en una conexión que el otro extremo cerró da EPIPE o ECONNRESET.</translation>
    </message>
    <message>
        <source>socket.end(): send FIN after queued data. The peer gets &apos;end&apos;; we can still read.</source>
        <translation>socket.end(): enviar FIN tras los datos en cola. El otro extremo recibe &apos;end&apos;; aún podemos leer.</translation>
    </message>
    <message>
        <source>Half-closes the connection: once all queued writes are sent, a FIN follows them. The peer reads everything and then gets &apos;end&apos;. Our side can still receive (readOnly) until the peer ends too, then the socket closes. This is the polite way to finish. An &apos;end()&apos; marked auto was made by netbench itself because the peer ended and allowHalfOpen is false.</source>
        <translation>Semicierra la conexión: una vez enviadas todas las escrituras en cola, las sigue un FIN. El otro extremo lo lee todo y luego recibe &apos;end&apos;. Nuestro lado aún puede recibir (readOnly) hasta que el otro extremo termine también; entonces el socket se cierra. Es la forma educada de terminar. Un &apos;end()&apos; marcado como auto lo hizo netbench por sí mismo porque el otro extremo terminó y allowHalfOpen es false.</translation>
    </message>
    <message>
        <source>socket.destroy(): close now; queued data is dropped. The peer normally sees FIN (&apos;end&apos;).</source>
        <translation>socket.destroy(): cerrar ahora; los datos en cola se descartan. El otro extremo normalmente ve FIN (&apos;end&apos;).</translation>
    </message>
    <message>
        <source>Closes the socket at once: writes still queued in netbench are discarded and the descriptor is closed. The kernel still sends what it already had, then a FIN, so the peer sees a normal &apos;end&apos;, not an error; only if unread bytes were waiting in our receive buffer does Linux send an RST instead (the peer gets ECONNRESET). If the peer writes afterwards, our kernel answers with RST and the peer&apos;s write fails with EPIPE or ECONNRESET. destroy(error) behaves the same on the wire: the error is emitted only locally, the peer still sees a clean FIN. To make the peer see a reset, use resetAndDestroy().</source>
        <translation>Cierra el socket en el acto: las escrituras aún en cola en netbench se descartan y el descriptor se cierra. El kernel aún envía lo que ya tenía y luego un FIN, así que el otro extremo ve un &apos;end&apos; normal, no un error; solo si había bytes sin leer esperando en nuestro búfer de recepción, Linux envía un RST en su lugar (el otro extremo recibe ECONNRESET). Si el otro extremo escribe después, nuestro kernel responde con RST y su escritura falla con EPIPE o ECONNRESET. destroy(error) se comporta igual en la red: el error solo se emite localmente, el otro extremo sigue viendo un FIN limpio. Para que el otro extremo vea un restablecimiento, use resetAndDestroy().</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with an RST. The peer gets ECONNRESET.</source>
        <translation>socket.resetAndDestroy(): abortar con un RST. El otro extremo recibe ECONNRESET.</translation>
    </message>
    <message>
        <source>Closes the TCP connection abortively (SO_LINGER 0): the kernel throws away what it had not sent and sends an RST instead of a FIN. The peer&apos;s next read fails with ECONNRESET and data still in flight is lost. Only TCP sockets can be reset; on a Unix socket it throws ERR_INVALID_HANDLE_TYPE.</source>
        <translation>Cierra la conexión TCP de forma abrupta (SO_LINGER 0): el kernel tira lo que no había enviado y envía un RST en lugar de un FIN. La siguiente lectura del otro extremo falla con ECONNRESET y los datos en tránsito se pierden. Solo los sockets TCP pueden restablecerse; en un socket Unix lanza ERR_INVALID_HANDLE_TYPE.</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; incoming bytes wait in the kernel.</source>
        <translation>socket.pause(): dejar de leer; los bytes entrantes esperan en el kernel.</translation>
    </message>
    <message>
        <source>No more &apos;data&apos; events until resume(). Bytes keep arriving into the kernel&apos;s receive buffer (Unread in the inspector); when it is full, TCP advertises a zero window and the peer&apos;s kernel stops sending, so the peer&apos;s writes pile up in its own send buffer and then its write() returns false. This is backpressure travelling across the connection.</source>
        <translation>No más eventos &apos;data&apos; hasta resume(). Los bytes siguen llegando al búfer de recepción del kernel (Sin leer en el inspector); cuando se llena, TCP anuncia una ventana cero y el kernel del otro extremo deja de enviar, de modo que las escrituras del otro extremo se acumulan en su propio búfer de envío y luego su write() devuelve false. Así viaja la contrapresión a través de la conexión.</translation>
    </message>
    <message>
        <source>socket.resume(): read again after pause().</source>
        <translation>socket.resume(): volver a leer tras pause().</translation>
    </message>
    <message>
        <source>Reading starts again: what waited in the kernel&apos;s receive buffer comes as &apos;data&apos; events, the window opens and the peer&apos;s queued bytes flow again (its &apos;drain&apos; may follow).</source>
        <translation>La lectura se reanuda: lo que esperaba en el búfer de recepción del kernel llega como eventos &apos;data&apos;, la ventana se abre y los bytes en cola del otro extremo vuelven a fluir (puede seguir su &apos;drain&apos;).</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off (true) or on (false).</source>
        <translation>socket.setNoDelay(): desactivar (true) o activar (false) el algoritmo de Nagle.</translation>
    </message>
    <message>
        <source>Sets TCP_NODELAY. With Nagle&apos;s algorithm on, a small segment is held back while earlier data is unacknowledged, so many small writes are coalesced into fewer segments; combined with the peer&apos;s delayed ACK, a write-write-read pattern can stall for tens of milliseconds. noDelay sends each write at once. Compare the data segment counters of the inspector. Unix sockets have no Nagle at all.</source>
        <translation>Establece TCP_NODELAY. Con el algoritmo de Nagle activo, un segmento pequeño se retiene mientras haya datos anteriores sin confirmar, de modo que muchas escrituras pequeñas se agrupan en menos segmentos; combinado con el ACK retardado del otro extremo, un patrón escribir-escribir-leer puede atascarse decenas de milisegundos. noDelay envía cada escritura en el acto. Compare los contadores de segmentos de datos del inspector. Los sockets Unix no tienen Nagle en absoluto.</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): let the kernel probe an idle connection to detect a dead peer.</source>
        <translation>socket.setKeepAlive(): dejar que el kernel sondee una conexión inactiva para detectar un otro extremo muerto.</translation>
    </message>
    <message>
        <source>Sets SO_KEEPALIVE and the idle time before the first probe (TCP_KEEPIDLE). After that idle time the kernel sends empty probes; if the peer&apos;s host does not answer several of them, the connection fails with ETIMEDOUT. A live peer answers without its program noticing anything. This is not the idle timeout of setTimeout().</source>
        <translation>Establece SO_KEEPALIVE y el tiempo de inactividad antes del primer sondeo (TCP_KEEPIDLE). Tras ese tiempo el kernel envía sondeos vacíos; si el host del otro extremo no responde a varios, la conexión falla con ETIMEDOUT. Un otro extremo vivo responde sin que su programa note nada. No es el tiempo de espera por inactividad de setTimeout().</translation>
    </message>
    <message>
        <source>socket.setTimeout(): emit &apos;timeout&apos; after this much idle time (0 turns it off).</source>
        <translation>socket.setTimeout(): emitir &apos;timeout&apos; tras este tiempo de inactividad (0 lo desactiva).</translation>
    </message>
    <message>
        <source>Arms an inactivity timer: when nothing was read or written for that many milliseconds, &apos;timeout&apos; is emitted. It does not close the socket and sends nothing to the peer; the program decides what to do.</source>
        <translation>Arma un temporizador de inactividad: cuando no se lee ni escribe nada durante esos milisegundos, se emite &apos;timeout&apos;. No cierra el socket ni envía nada al otro extremo; el programa decide qué hacer.</translation>
    </message>
    <message>
        <source>socket.setEncoding(): deliver &apos;data&apos; as decoded text instead of bytes.</source>
        <translation>socket.setEncoding(): entregar &apos;data&apos; como texto decodificado en lugar de bytes.</translation>
    </message>
    <message>
        <source>Received bytes are decoded (utf8, latin1, hex, base64, ...) before &apos;data&apos;. A character split across two chunks is held back until it is complete. Nothing changes on the wire.</source>
        <translation>Los bytes recibidos se decodifican (utf8, latin1, hex, base64, ...) antes de &apos;data&apos;. Un carácter partido entre dos fragmentos se retiene hasta que está completo. En la red no cambia nada.</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; existing connections stay open.</source>
        <translation>server.close(): dejar de aceptar; las conexiones existentes siguen abiertas.</translation>
    </message>
    <message>
        <source>The listening socket is closed, so new clients get ECONNREFUSED (TCP) or ENOENT (a Unix socket, whose path is removed). Connections already accepted are not touched; the server&apos;s &apos;close&apos; comes when the last of them has closed.</source>
        <translation>El socket que escucha se cierra, así que los clientes nuevos reciben ECONNREFUSED (TCP) o ENOENT (un socket Unix, cuya ruta se elimina). Las conexiones ya aceptadas no se tocan; el &apos;close&apos; del servidor llega cuando la última de ellas se ha cerrado.</translation>
    </message>
    <message>
        <source>ref(): this endpoint keeps the program running again.</source>
        <translation>ref(): este extremo vuelve a mantener el programa en marcha.</translation>
    </message>
    <message>
        <source>The default. A program (a script) does not exit while a referenced server or socket is open. Nothing changes on the wire.</source>
        <translation>El valor predeterminado. Un programa (un script) no termina mientras haya abierto un servidor o socket referenciado. En la red no cambia nada.</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the program running again.</source>
        <translation>server.ref(): el agente de escucha vuelve a mantener el programa en marcha.</translation>
    </message>
    <message>
        <source>The default. A script does not exit while a referenced server listens. Nothing changes for clients.</source>
        <translation>El valor predeterminado. Un script no termina mientras escuche un servidor referenciado. Para los clientes no cambia nada.</translation>
    </message>
    <message>
        <source>server.unref(): the listener no longer keeps the program running.</source>
        <translation>server.unref(): el agente de escucha ya no mantiene el programa en marcha.</translation>
    </message>
    <message>
        <source>A script may exit while this server still listens (it is closed with the process). Nothing changes for clients.</source>
        <translation>Un script puede terminar mientras este servidor aún escucha (se cierra con el proceso). Para los clientes no cambia nada.</translation>
    </message>
    <message>
        <source>unref(): this endpoint no longer keeps the program running.</source>
        <translation>unref(): este extremo ya no mantiene el programa en marcha.</translation>
    </message>
    <message>
        <source>A script may exit even though this server or socket is still open (it is then closed with the process). Nothing changes on the wire.</source>
        <translation>Un script puede terminar aunque este servidor o socket siga abierto (entonces se cierra con el proceso). En la red no cambia nada.</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that address and port (or path).</source>
        <translation>Conexión rechazada: nada escucha en esa dirección y puerto (o ruta).</translation>
    </message>
    <message>
        <source>The SYN reached the other host, and its kernel answered with an RST because no socket listens on that port (for a Unix socket: the path exists but nobody listens on it). The server program never saw anything. Usual causes: the server is not started yet or has stopped, a wrong port, or it listens on another address (127.0.0.1 versus ::1 when &apos;localhost&apos; resolves to IPv6, or only on another interface). Try: check the port and address of the listener (&apos;ss -ltn&apos;), connect to 127.0.0.1 explicitly, start the listener first. A firewall that rejects also gives this; one that silently drops gives ETIMEDOUT.</source>
        <translation>El SYN llegó al otro host, y su kernel respondió con un RST porque ningún socket escucha en ese puerto (para un socket Unix: la ruta existe pero nadie escucha en ella). El programa servidor nunca vio nada. Causas habituales: el servidor aún no se ha iniciado o se ha detenido, un puerto equivocado, o escucha en otra dirección (127.0.0.1 frente a ::1 cuando &apos;localhost&apos; se resuelve a IPv6, o solo en otra interfaz). Pruebe: comprobar el puerto y la dirección del agente de escucha (&apos;ss -ltn&apos;), conectar explícitamente a 127.0.0.1, iniciar primero el agente de escucha. Un cortafuegos que rechaza también da esto; uno que descarta en silencio da ETIMEDOUT.</translation>
    </message>
    <message>
        <source>Address already in use: another socket has bound this address and port (or path).</source>
        <translation>Dirección ya en uso: otro socket ha vinculado esta dirección y puerto (o ruta).</translation>
    </message>
    <message>
        <source>listen() failed because the address is taken: another program (or another listener in netbench) listens on that port, or a Unix socket file exists at the path. Clients are not affected; they reach whoever holds the address. Usual causes: a previous run still running, two listeners on the same port, a leftover socket file after a crash. Try: &apos;ss -ltnp&apos; to see who holds the port, port 0 to let the kernel choose a free one, removing a stale socket file. Connections in TIME_WAIT do not block a new listener here because netbench sets SO_REUSEADDR, as Node does.</source>
        <translation>listen() falló porque la dirección está ocupada: otro programa (u otro agente de escucha en netbench) escucha en ese puerto, o existe un archivo de socket Unix en la ruta. Los clientes no se ven afectados; llegan a quien tenga la dirección. Causas habituales: una ejecución anterior aún en marcha, dos agentes de escucha en el mismo puerto, un archivo de socket sobrante tras una caída. Pruebe: &apos;ss -ltnp&apos; para ver quién tiene el puerto, el puerto 0 para que el kernel elija uno libre, eliminar un archivo de socket obsoleto. Las conexiones en TIME_WAIT no bloquean aquí un agente de escucha nuevo porque netbench establece SO_REUSEADDR, como Node.</translation>
    </message>
    <message>
        <source>Connection reset by peer: the peer aborted the connection with an RST.</source>
        <translation>Conexión restablecida por el otro extremo: el otro extremo abortó la conexión con un RST.</translation>
    </message>
    <message>
        <source>An RST arrived: the peer&apos;s kernel declared the connection dead, and data in flight is lost. Unlike a FIN (&apos;end&apos;), this is abortive. Usual causes: the peer called resetAndDestroy() or set SO_LINGER 0; the peer closed its socket while unread data was still in its receive buffer; we sent data to a connection the peer had already closed; the peer process crashed or its host rebooted; a middlebox killed the connection. Try: treat it as &apos;the peer went away&apos; and reconnect if needed; if you control the peer, make it read everything and end() instead of closing abruptly.</source>
        <translation>Llegó un RST: el kernel del otro extremo declaró muerta la conexión, y los datos en tránsito se pierden. A diferencia de un FIN (&apos;end&apos;), esto es abrupto. Causas habituales: el otro extremo llamó a resetAndDestroy() o estableció SO_LINGER 0; el otro extremo cerró su socket con datos sin leer en su búfer de recepción; enviamos datos a una conexión que el otro extremo ya había cerrado; el proceso del otro extremo se cayó o su host se reinició; un equipo intermedio cortó la conexión. Pruebe: tratarlo como «el otro extremo se fue» y reconectar si hace falta; si controla el otro extremo, haga que lo lea todo y llame a end() en lugar de cerrar bruscamente.</translation>
    </message>
    <message>
        <source>Broken pipe: we wrote to a connection whose other end is already closed.</source>
        <translation>Tubería rota: escribimos en una conexión cuyo otro extremo ya está cerrado.</translation>
    </message>
    <message>
        <source>A write failed because the connection can no longer carry data: the peer has closed (its FIN came, then its kernel answered our data with an RST), or our own side was shut down. On Linux, when the peer has ended and then resets, the write reports EPIPE; when the reset comes while both sides were open, it is ECONNRESET. The bytes were not delivered. Usual cause: writing after the peer&apos;s &apos;end&apos; with allowHalfOpen, or writing to a peer that destroyed its socket. Try: stop writing when &apos;end&apos; comes unless the peer really keeps reading (a half-close by end(), not a close).</source>
        <translation>Una escritura falló porque la conexión ya no puede transportar datos: el otro extremo cerró (llegó su FIN y luego su kernel respondió a nuestros datos con un RST), o se apagó nuestro propio lado. En Linux, cuando el otro extremo terminó y luego restablece, la escritura informa EPIPE; cuando el restablecimiento llega con ambos lados abiertos, es ECONNRESET. Los bytes no se entregaron. Causa habitual: escribir tras el &apos;end&apos; del otro extremo con allowHalfOpen, o escribir a un otro extremo que destruyó su socket. Pruebe: dejar de escribir cuando llegue &apos;end&apos;, salvo que el otro extremo de verdad siga leyendo (un semicierre con end(), no un cierre).</translation>
    </message>
    <message>
        <source>Timed out: the peer&apos;s host did not answer (connect, retransmissions or keep-alive).</source>
        <translation>Tiempo agotado: el host del otro extremo no respondió (conexión, retransmisiones o keep-alive).</translation>
    </message>
    <message>
        <source>The kernel gave up waiting: the SYN of connect() was never answered, or sent data was never acknowledged after many retransmissions, or keep-alive probes went unanswered. The peer is unreachable or gone without a trace, or a firewall drops packets silently. This is not the &apos;timeout&apos; event of setTimeout(), which never fails anything. Try: check the address and that the host is up, look for a firewall that drops instead of rejecting (a rejecting one gives ECONNREFUSED).</source>
        <translation>El kernel dejó de esperar: el SYN de connect() nunca obtuvo respuesta, o los datos enviados nunca se confirmaron tras muchas retransmisiones, o los sondeos keep-alive quedaron sin respuesta. El otro extremo es inalcanzable o desapareció sin rastro, o un cortafuegos descarta paquetes en silencio. No es el evento &apos;timeout&apos; de setTimeout(), que nunca hace fallar nada. Pruebe: comprobar la dirección y que el host esté en marcha, buscar un cortafuegos que descarte en lugar de rechazar (uno que rechaza da ECONNREFUSED).</translation>
    </message>
    <message>
        <source>Host not found: the name could not be resolved to an address.</source>
        <translation>Host no encontrado: el nombre no se pudo resolver a una dirección.</translation>
    </message>
    <message>
        <source>The name lookup (getaddrinfo: /etc/hosts, then DNS) found no address for the host (EAI_NONAME or EAI_NODATA), so no connection was even attempted and no peer saw anything. Usual causes: a typo in the host name, a name that exists only on another network, a missing /etc/hosts entry, no DNS. Try: &apos;getent hosts NAME&apos;, or connect to an IP address such as 127.0.0.1.</source>
        <translation>La resolución de nombres (getaddrinfo: /etc/hosts y luego DNS) no encontró ninguna dirección para el host (EAI_NONAME o EAI_NODATA), así que ni siquiera se intentó una conexión y ningún otro extremo vio nada. Causas habituales: una errata en el nombre de host, un nombre que solo existe en otra red, una entrada de /etc/hosts que falta, sin DNS. Pruebe: &apos;getent hosts NOMBRE&apos;, o conectar a una dirección IP como 127.0.0.1.</translation>
    </message>
    <message>
        <source>Permission denied: not allowed to bind this port or use this path.</source>
        <translation>Permiso denegado: no se permite vincular este puerto ni usar esta ruta.</translation>
    </message>
    <message>
        <source>The kernel refused the operation for lack of permission. For TCP: binding a port below 1024 needs root or CAP_NET_BIND_SERVICE. For a Unix socket: creating the socket file needs write access to its folder, and connecting needs write permission on the socket file. Nobody else saw anything. Try: a port of 1024 or more, a folder you own (the temporary folder), or fix the file&apos;s permissions.</source>
        <translation>El kernel rechazó la operación por falta de permiso. En TCP: vincular un puerto por debajo de 1024 requiere root o CAP_NET_BIND_SERVICE. En un socket Unix: crear el archivo del socket requiere acceso de escritura a su carpeta, y conectar requiere permiso de escritura sobre el archivo del socket. Nadie más vio nada. Pruebe: un puerto de 1024 o más, una carpeta suya (la carpeta temporal), o corregir los permisos del archivo.</translation>
    </message>
    <message>
        <source>No such file or directory: the Unix socket path does not exist.</source>
        <translation>No existe el archivo o directorio: la ruta del socket Unix no existe.</translation>
    </message>
    <message>
        <source>Connecting to a Unix socket whose path does not exist (no server created it, or it was removed when its server closed), or listening on a path whose folder does not exist. Try: start the listener first, check the path (it is relative to the current folder unless it starts with &apos;/&apos;).</source>
        <translation>Conectar con un socket Unix cuya ruta no existe (ningún servidor la creó, o se eliminó al cerrarse su servidor), o escuchar en una ruta cuya carpeta no existe. Pruebe: iniciar primero el agente de escucha, comprobar la ruta (es relativa a la carpeta actual salvo que empiece por &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Too many open files: this process used up its file descriptors.</source>
        <translation>Demasiados archivos abiertos: este proceso agotó sus descriptores de archivo.</translation>
    </message>
    <message>
        <source>Every socket uses a file descriptor, and the process reached its limit (ulimit -n, often 1024). New sockets cannot be created and a server cannot accept: waiting clients stay in the backlog and may time out. Usual causes: connections that are never closed (a leak), or simply many clients. Try: close connections you no longer need, check for leaks, raise the limit with &apos;ulimit -n&apos;.</source>
        <translation>Cada socket usa un descriptor de archivo, y el proceso alcanzó su límite (ulimit -n, a menudo 1024). No se pueden crear sockets nuevos y un servidor no puede aceptar: los clientes en espera quedan en el backlog y pueden agotar su tiempo. Causas habituales: conexiones que nunca se cierran (una fuga), o simplemente muchos clientes. Pruebe: cerrar las conexiones que ya no necesite, buscar fugas, aumentar el límite con &apos;ulimit -n&apos;.</translation>
    </message>
    <message>
        <source>Connection aborted: the connection died before it could be used (often before accept).</source>
        <translation>Conexión abortada: la conexión murió antes de poder usarse (a menudo antes de accept).</translation>
    </message>
    <message>
        <source>The kernel aborted a connection locally, for example one that failed while accept() was taking it from the backlog (rare on Linux, which usually hands the connection over and reports ECONNRESET on its first read instead). The server goes on accepting. Try: nothing on the server side; look at why the client gave up.</source>
        <translation>El kernel abortó una conexión localmente, por ejemplo una que falló mientras accept() la sacaba del backlog (raro en Linux, que suele entregar la conexión e informar ECONNRESET en su primera lectura). El servidor sigue aceptando. Pruebe: nada en el lado servidor; vea por qué se rindió el cliente.</translation>
    </message>
    <message>
        <source>Host unreachable: no route to that host.</source>
        <translation>Host inalcanzable: no hay ruta a ese host.</translation>
    </message>
    <message>
        <source>The packets could not be delivered to the host: no route, or a router or the host answered &apos;host unreachable&apos; (ICMP), or the host did not answer ARP on the local network. The peer saw nothing. Try: check the address, that the host is up and on a network you can reach.</source>
        <translation>Los paquetes no se pudieron entregar al host: no hay ruta, o un router o el host respondió «host unreachable» (ICMP), o el host no respondió a ARP en la red local. El otro extremo no vio nada. Pruebe: comprobar la dirección, que el host esté en marcha y en una red a la que pueda llegar.</translation>
    </message>
    <message>
        <source>Network unreachable: no route to that network.</source>
        <translation>Red inalcanzable: no hay ruta a esa red.</translation>
    </message>
    <message>
        <source>This machine has no route to the destination network: no default gateway, the interface is down, or an IPv6 address without IPv6 connectivity. Nothing was sent. Try: check the address family (IPv4 or IPv6) and the machine&apos;s network configuration.</source>
        <translation>Esta máquina no tiene ruta a la red de destino: sin puerta de enlace predeterminada, la interfaz está caída, o una dirección IPv6 sin conectividad IPv6. No se envió nada. Pruebe: comprobar la familia de direcciones (IPv4 o IPv6) y la configuración de red de la máquina.</translation>
    </message>
    <message>
        <source>Address not available: this machine does not have that local address (or ran out of ports).</source>
        <translation>Dirección no disponible: esta máquina no tiene esa dirección local (o se quedó sin puertos).</translation>
    </message>
    <message>
        <source>Binding asked for an IP address that no interface of this machine has (a listener on another machine&apos;s address, or a localAddress that is not local), or connect() found no free local port for this destination. Try: listen on 127.0.0.1, ::1, 0.0.0.0 or an address &apos;ip addr&apos; shows; with many short connections, let TIME_WAIT ones expire.</source>
        <translation>La vinculación pidió una dirección IP que no tiene ninguna interfaz de esta máquina (un agente de escucha en la dirección de otra máquina, o una localAddress que no es local), o connect() no encontró ningún puerto local libre para este destino. Pruebe: escuchar en 127.0.0.1, ::1, 0.0.0.0 o una dirección que muestre &apos;ip addr&apos;; con muchas conexiones cortas, dejar que expiren las que están en TIME_WAIT.</translation>
    </message>
    <message>
        <source>Address family not supported (for example IPv6 disabled on this machine).</source>
        <translation>Familia de direcciones no admitida (por ejemplo IPv6 desactivado en esta máquina).</translation>
    </message>
    <message>
        <source>The kernel cannot create or use a socket of that address family, usually because IPv6 is disabled. Try the IPv4 address instead.</source>
        <translation>El kernel no puede crear ni usar un socket de esa familia de direcciones, normalmente porque IPv6 está desactivado. Pruebe con la dirección IPv4.</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable: try again later.</source>
        <translation>Recurso no disponible temporalmente: inténtelo más tarde.</translation>
    </message>
    <message>
        <source>A non-blocking operation could not proceed now. netbench normally waits and retries itself; when reported, a kernel resource was short (for a Unix socket connect: the listener&apos;s backlog is full).</source>
        <translation>Una operación no bloqueante no pudo avanzar ahora. netbench normalmente espera y reintenta por sí mismo; cuando se informa, faltaba un recurso del kernel (para un connect de socket Unix: el backlog del agente de escucha está lleno).</translation>
    </message>
    <message>
        <source>A connection attempt is already in progress on this socket.</source>
        <translation>Ya hay un intento de conexión en curso en este socket.</translation>
    </message>
    <message>
        <source>connect() was called again while the first attempt had not finished. Wait for &apos;connect&apos; or &apos;error&apos; before connecting again.</source>
        <translation>Se volvió a llamar a connect() mientras el primer intento no había terminado. Espere a &apos;connect&apos; o &apos;error&apos; antes de volver a conectar.</translation>
    </message>
    <message>
        <source>Bad file descriptor: the descriptor is not open.</source>
        <translation>Descriptor de archivo incorrecto: el descriptor no está abierto.</translation>
    </message>
    <message>
        <source>An operation used a descriptor that is closed or was never valid, for example listen({fd}) with a number that is not open. Check the descriptor passed in.</source>
        <translation>Una operación usó un descriptor cerrado o que nunca fue válido, por ejemplo listen({fd}) con un número que no está abierto. Compruebe el descriptor pasado.</translation>
    </message>
    <message>
        <source>Invalid argument: the kernel rejected a parameter of the call.</source>
        <translation>Argumento no válido: el kernel rechazó un parámetro de la llamada.</translation>
    </message>
    <message>
        <source>The kernel found an argument invalid for the socket&apos;s state or type, such as listening on a socket that is already connected or a bad option value. Look at the syscall named in the error.</source>
        <translation>El kernel consideró un argumento no válido para el estado o tipo del socket, como escuchar en un socket ya conectado o un valor de opción incorrecto. Mire la llamada al sistema nombrada en el error.</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>El socket ya está conectado.</translation>
    </message>
    <message>
        <source>connect() on a socket that already has a connection. Use a new socket for a new connection.</source>
        <translation>connect() en un socket que ya tiene una conexión. Use un socket nuevo para una conexión nueva.</translation>
    </message>
    <message>
        <source>Too many open files in the whole system.</source>
        <translation>Demasiados archivos abiertos en todo el sistema.</translation>
    </message>
    <message>
        <source>The system-wide limit of open files was reached (fs.file-max), not only this process&apos;s. Other programs are affected too. Close connections or raise the system limit.</source>
        <translation>Se alcanzó el límite de archivos abiertos de todo el sistema (fs.file-max), no solo el de este proceso. Otros programas también se ven afectados. Cierre conexiones o aumente el límite del sistema.</translation>
    </message>
    <message>
        <source>Name too long: the Unix socket path exceeds the limit (107 bytes on Linux).</source>
        <translation>Nombre demasiado largo: la ruta del socket Unix supera el límite (107 bytes en Linux).</translation>
    </message>
    <message>
        <source>A Unix socket address holds at most 107 bytes of path on Linux (sun_path). Use a shorter path, for example in /tmp or relative to the current folder.</source>
        <translation>Una dirección de socket Unix admite como mucho 107 bytes de ruta en Linux (sun_path). Use una ruta más corta, por ejemplo en /tmp o relativa a la carpeta actual.</translation>
    </message>
    <message>
        <source>Network is down: the interface in use is down.</source>
        <translation>Red caída: la interfaz en uso está caída.</translation>
    </message>
    <message>
        <source>The network interface needed for this connection is down. Check the interface and connectivity.</source>
        <translation>La interfaz de red necesaria para esta conexión está caída. Compruebe la interfaz y la conectividad.</translation>
    </message>
    <message>
        <source>No buffer space available: the kernel is short of memory for sockets.</source>
        <translation>No hay espacio de búfer disponible: al kernel le falta memoria para sockets.</translation>
    </message>
    <message>
        <source>The kernel could not allocate buffers for the operation, usually under heavy load or with very many sockets. Reduce the number of connections or buffer sizes.</source>
        <translation>El kernel no pudo asignar búferes para la operación, normalmente con mucha carga o con muchísimos sockets. Reduzca el número de conexiones o el tamaño de los búferes.</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>Memoria insuficiente.</translation>
    </message>
    <message>
        <source>The kernel or the process ran out of memory for this operation. Reduce the load or the amount of queued data (watch bufferSize).</source>
        <translation>El kernel o el proceso se quedó sin memoria para esta operación. Reduzca la carga o la cantidad de datos en cola (vigile bufferSize).</translation>
    </message>
    <message>
        <source>The socket is not connected.</source>
        <translation>El socket no está conectado.</translation>
    </message>
    <message>
        <source>An operation that needs a connection (reading the peer&apos;s address, shutdown) was made on a socket that is not, or no longer, connected, for example after a reset.</source>
        <translation>Una operación que necesita una conexión (leer la dirección del otro extremo, shutdown) se hizo en un socket que no está, o ya no está, conectado, por ejemplo tras un restablecimiento.</translation>
    </message>
    <message>
        <source>Not a socket: the descriptor refers to something else.</source>
        <translation>No es un socket: el descriptor se refiere a otra cosa.</translation>
    </message>
    <message>
        <source>A descriptor given to netbench (listen({fd})) is a file or pipe, not a socket.</source>
        <translation>Un descriptor dado a netbench (listen({fd})) es un archivo o una tubería, no un socket.</translation>
    </message>
    <message>
        <source>Operation not supported on this socket.</source>
        <translation>Operación no admitida en este socket.</translation>
    </message>
    <message>
        <source>The socket type does not support the operation (for example an option that only TCP has, used on a Unix socket).</source>
        <translation>El tipo de socket no admite la operación (por ejemplo una opción que solo tiene TCP, usada en un socket Unix).</translation>
    </message>
    <message>
        <source>Operation not permitted: needs privileges, or a firewall refused it.</source>
        <translation>Operación no permitida: requiere privilegios, o un cortafuegos la rechazó.</translation>
    </message>
    <message>
        <source>The kernel refused the operation: it needs privileges this process lacks, or a local firewall rule (netfilter) rejected the packet. Check firewall rules and privileges.</source>
        <translation>El kernel rechazó la operación: requiere privilegios que este proceso no tiene, o una regla de cortafuegos local (netfilter) rechazó el paquete. Compruebe las reglas del cortafuegos y los privilegios.</translation>
    </message>
    <message>
        <source>Protocol error.</source>
        <translation>Error de protocolo.</translation>
    </message>
    <message>
        <source>The kernel met a protocol error, for example a connection that failed while it was being accepted. Usually transient; the server keeps accepting.</source>
        <translation>El kernel encontró un error de protocolo, por ejemplo una conexión que falló mientras se aceptaba. Normalmente pasajero; el servidor sigue aceptando.</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>Protocolo no admitido.</translation>
    </message>
    <message>
        <source>The kernel does not support the protocol asked for in this address family.</source>
        <translation>El kernel no admite el protocolo pedido en esta familia de direcciones.</translation>
    </message>
    <message>
        <source>Not a directory: a part of the Unix socket path is not a folder.</source>
        <translation>No es un directorio: una parte de la ruta del socket Unix no es una carpeta.</translation>
    </message>
    <message>
        <source>A component of the socket path that should be a folder is a file. Check the path.</source>
        <translation>Un componente de la ruta del socket que debería ser una carpeta es un archivo. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>Read-only file system: the socket file cannot be created there.</source>
        <translation>Sistema de archivos de solo lectura: el archivo del socket no se puede crear allí.</translation>
    </message>
    <message>
        <source>Listening on a Unix socket creates a file; the folder is on a read-only file system. Use a path in a writable folder such as /tmp.</source>
        <translation>Escuchar en un socket Unix crea un archivo; la carpeta está en un sistema de archivos de solo lectura. Use una ruta en una carpeta con permiso de escritura, como /tmp.</translation>
    </message>
    <message>
        <source>No space left on device: the disk (or a quota) is full.</source>
        <translation>No queda espacio en el dispositivo: el disco (o una cuota) está lleno.</translation>
    </message>
    <message>
        <source>A write to a file failed because its file system has no room left. Nothing about the network: free some space or write elsewhere.</source>
        <translation>Una escritura en un archivo falló porque su sistema de archivos no tiene espacio. Nada que ver con la red: libere espacio o escriba en otro lugar.</translation>
    </message>
    <message>
        <source>Input/output error: the device failed.</source>
        <translation>Error de entrada/salida: el dispositivo falló.</translation>
    </message>
    <message>
        <source>A low-level read or write failed (a failing disk, a terminal that went away). Check the device or file that was being used.</source>
        <translation>Falló una lectura o escritura de bajo nivel (un disco que falla, un terminal que desapareció). Compruebe el dispositivo o el archivo que se estaba usando.</translation>
    </message>
    <message>
        <source>File too large: past the size the file system or a limit allows.</source>
        <translation>Archivo demasiado grande: supera el tamaño que permite el sistema de archivos o un límite.</translation>
    </message>
    <message>
        <source>A write would make a file larger than allowed (the file system&apos;s maximum, or &apos;ulimit -f&apos;). Write less or raise the limit.</source>
        <translation>Una escritura haría un archivo mayor de lo permitido (el máximo del sistema de archivos, o &apos;ulimit -f&apos;). Escriba menos o aumente el límite.</translation>
    </message>
    <message>
        <source>An error the program passed to destroy(error); the peer saw only a FIN.</source>
        <translation>Un error que el programa pasó a destroy(error); el otro extremo solo vio un FIN.</translation>
    </message>
    <message>
        <source>destroy(error) closes the socket like destroy() and emits this error locally, followed by &apos;close&apos; with hadError true. Nothing of the error travels to the peer: it sees a normal FIN (&apos;end&apos;), or an RST only if unread data was waiting on our side. To make the peer see a failure, use resetAndDestroy().</source>
        <translation>destroy(error) cierra el socket como destroy() y emite este error localmente, seguido de &apos;close&apos; con hadError true. Nada del error llega al otro extremo: ve un FIN normal (&apos;end&apos;), o un RST solo si había datos sin leer en nuestro lado. Para que el otro extremo vea un fallo, use resetAndDestroy().</translation>
    </message>
    <message>
        <source>Temporary name resolution failure: DNS did not answer in time.</source>
        <translation>Fallo temporal de resolución de nombres: el DNS no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The resolver could not get an answer now (DNS server unreachable or slow, no network). No connection was attempted. Try again later, check the DNS configuration, or use an IP address.</source>
        <translation>El resolvedor no pudo obtener una respuesta ahora (servidor DNS inalcanzable o lento, sin red). No se intentó ninguna conexión. Inténtelo más tarde, compruebe la configuración DNS o use una dirección IP.</translation>
    </message>
    <message>
        <source>Name resolution failed permanently.</source>
        <translation>La resolución de nombres falló de forma permanente.</translation>
    </message>
    <message>
        <source>The DNS server reported a non-recoverable failure for this name. Use an IP address or check the DNS configuration.</source>
        <translation>El servidor DNS informó de un fallo irrecuperable para este nombre. Use una dirección IP o compruebe la configuración DNS.</translation>
    </message>
    <message>
        <source>The address family asked for is not supported by the resolver.</source>
        <translation>El resolvedor no admite la familia de direcciones pedida.</translation>
    </message>
    <message>
        <source>The lookup asked for a family (4 or 6) the resolver does not support. Use family 0, 4 or 6.</source>
        <translation>La resolución pidió una familia (4 o 6) que el resolvedor no admite. Use family 0, 4 o 6.</translation>
    </message>
    <message>
        <source>The resolver ran out of memory.</source>
        <translation>El resolvedor se quedó sin memoria.</translation>
    </message>
    <message>
        <source>getaddrinfo could not allocate memory. Retry.</source>
        <translation>getaddrinfo no pudo asignar memoria. Reinténtelo.</translation>
    </message>
    <message>
        <source>The service (port) is not supported for this socket type.</source>
        <translation>El servicio (puerto) no se admite para este tipo de socket.</translation>
    </message>
    <message>
        <source>The resolver rejected the port or service name.</source>
        <translation>El resolvedor rechazó el puerto o el nombre del servicio.</translation>
    </message>
    <message>
        <source>The socket type is not supported by the resolver.</source>
        <translation>El resolvedor no admite el tipo de socket.</translation>
    </message>
    <message>
        <source>The resolver does not support the socket type asked for.</source>
        <translation>El resolvedor no admite el tipo de socket pedido.</translation>
    </message>
    <message>
        <source>The port is not a whole number from 0 to 65535.</source>
        <translation>El puerto no es un número entero de 0 a 65535.</translation>
    </message>
    <message>
        <source>The call was refused before anything reached the kernel: a TCP port must be an integer &gt;= 0 and &lt; 65536 (0 means: let the kernel choose, for listen()). Nothing was sent; no peer saw anything. Check the port you typed or computed; strings like &apos;80&apos; are fine, &apos;80.5&apos;, -1 or 70000 are not.</source>
        <translation>La llamada se rechazó antes de que nada llegara al kernel: un puerto TCP debe ser un entero &gt;= 0 y &lt; 65536 (0 significa: que elija el kernel, para listen()). No se envió nada; ningún otro extremo vio nada. Compruebe el puerto que escribió o calculó; cadenas como &apos;80&apos; valen, &apos;80.5&apos;, -1 o 70000 no.</translation>
    </message>
    <message>
        <source>listen() was called on a server that is already listening.</source>
        <translation>Se llamó a listen() en un servidor que ya escucha.</translation>
    </message>
    <message>
        <source>A server listens on one address. Call close() first, or create another server for a second address.</source>
        <translation>Un servidor escucha en una sola dirección. Llame primero a close(), o cree otro servidor para una segunda dirección.</translation>
    </message>
    <message>
        <source>close() was called on a server that is not listening.</source>
        <translation>Se llamó a close() en un servidor que no escucha.</translation>
    </message>
    <message>
        <source>The server was never listening or is already closed, so there is nothing to close. The close callback receives this error; nothing else happens.</source>
        <translation>El servidor nunca escuchó o ya está cerrado, así que no hay nada que cerrar. La devolución de llamada de close recibe este error; no ocurre nada más.</translation>
    </message>
    <message>
        <source>write() after end(): our side has already sent FIN.</source>
        <translation>write() tras end(): nuestro lado ya envió FIN.</translation>
    </message>
    <message>
        <source>end() was called earlier, so the writable side is finished (a FIN is sent or about to be) and TCP cannot send data after a FIN. The bytes are not sent; the peer sees nothing of them. Usual cause: an end() in one place and a late write() in another (a timer, a &apos;data&apos; handler). Try: write everything before end(), or pass the last bytes to end(data).</source>
        <translation>Se llamó antes a end(), así que el lado de escritura ha terminado (un FIN está enviado o a punto de enviarse) y TCP no puede enviar datos tras un FIN. Los bytes no se envían; el otro extremo no ve nada de ellos. Causa habitual: un end() en un sitio y un write() tardío en otro (un temporizador, un manejador de &apos;data&apos;). Pruebe: escribir todo antes de end(), o pasar los últimos bytes a end(data).</translation>
    </message>
    <message>
        <source>The socket was already destroyed; the call cannot do anything.</source>
        <translation>El socket ya se destruyó; la llamada no puede hacer nada.</translation>
    </message>
    <message>
        <source>A write() (or another call) was made on a socket that is destroyed: after destroy(), an error, or the close that follows the peer&apos;s end. The data is not sent. Try: stop using a socket after its &apos;close&apos;, and check socket.destroyed or writable before writing from timers.</source>
        <translation>Se hizo un write() (u otra llamada) en un socket destruido: tras destroy(), un error, o el cierre que sigue al fin del otro extremo. Los datos no se envían. Pruebe: dejar de usar un socket tras su &apos;close&apos;, y comprobar socket.destroyed o writable antes de escribir desde temporizadores.</translation>
    </message>
    <message>
        <source>The socket is closed: the operation needs an open socket.</source>
        <translation>El socket está cerrado: la operación necesita un socket abierto.</translation>
    </message>
    <message>
        <source>The call needed an open socket, but it is closed. resetAndDestroy() on a socket without a connection reports this too. Nothing was sent.</source>
        <translation>La llamada necesitaba un socket abierto, pero está cerrado. resetAndDestroy() en un socket sin conexión también informa esto. No se envió nada.</translation>
    </message>
    <message>
        <source>The socket was closed before its connection was established.</source>
        <translation>El socket se cerró antes de establecerse su conexión.</translation>
    </message>
    <message>
        <source>write() was called while connecting, and the socket was destroyed before the connection came up, so the queued data could never be sent.</source>
        <translation>Se llamó a write() mientras se conectaba, y el socket se destruyó antes de que se estableciera la conexión, así que los datos en cola nunca pudieron enviarse.</translation>
    </message>
    <message>
        <source>An argument has the wrong type.</source>
        <translation>Un argumento tiene el tipo incorrecto.</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument was not of the type expected (a string where a number is needed, ...). Nothing reached the kernel.</source>
        <translation>La llamada se rechazó en el acto porque un argumento no era del tipo esperado (una cadena donde se necesita un número, ...). Nada llegó al kernel.</translation>
    </message>
    <message>
        <source>An argument has a value that is not allowed.</source>
        <translation>Un argumento tiene un valor no permitido.</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument&apos;s value is invalid. The message names the argument. Nothing reached the kernel.</source>
        <translation>La llamada se rechazó en el acto porque el valor de un argumento no es válido. El mensaje nombra el argumento. Nada llegó al kernel.</translation>
    </message>
    <message>
        <source>The file descriptor is not of a usable type.</source>
        <translation>El descriptor de archivo no es de un tipo utilizable.</translation>
    </message>
    <message>
        <source>A descriptor passed in (listen({fd})) is not a stream socket netbench can use.</source>
        <translation>Un descriptor pasado (listen({fd})) no es un socket de flujo que netbench pueda usar.</translation>
    </message>
    <message>
        <source>The text is not a valid IP address.</source>
        <translation>El texto no es una dirección IP válida.</translation>
    </message>
    <message>
        <source>An option that needs a literal IP address (such as localAddress) got something else. Use a form like 127.0.0.1 or ::1.</source>
        <translation>Una opción que necesita una dirección IP literal (como localAddress) recibió otra cosa. Use una forma como 127.0.0.1 o ::1.</translation>
    </message>
    <message>
        <source>A required argument is missing.</source>
        <translation>Falta un argumento obligatorio.</translation>
    </message>
    <message>
        <source>The call needs an argument that was not given (for connect: a port or a path).</source>
        <translation>La llamada necesita un argumento que no se dio (para connect: un puerto o una ruta).</translation>
    </message>
    <message>
        <source>A number is outside the allowed range.</source>
        <translation>Un número está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>The message says which value and which range. The call was refused at once.</source>
        <translation>El mensaje dice qué valor y qué rango. La llamada se rechazó en el acto.</translation>
    </message>
    <message>
        <source>The encoding name is not known.</source>
        <translation>El nombre de la codificación no se conoce.</translation>
    </message>
    <message>
        <source>Use one of Node&apos;s encodings: utf8, utf16le, latin1, ascii, base64, base64url, hex.</source>
        <translation>Use una de las codificaciones de Node: utf8, utf16le, latin1, ascii, base64, base64url, hex.</translation>
    </message>
    <message>
        <source>No address of the host could be connected to in time.</source>
        <translation>No se pudo conectar a tiempo con ninguna dirección del host.</translation>
    </message>
    <message>
        <source>With several addresses for a host (IPv6 and IPv4), each attempt got a limited time and none succeeded. Check that the server is reachable on at least one of the addresses.</source>
        <translation>Con varias direcciones para un host (IPv6 e IPv4), cada intento tuvo un tiempo limitado y ninguno tuvo éxito. Compruebe que el servidor es accesible en al menos una de las direcciones.</translation>
    </message>
    <message>
        <source>The object is not in a state that allows this call.</source>
        <translation>El objeto no está en un estado que permita esta llamada.</translation>
    </message>
    <message>
        <source>The message says which state was wrong.</source>
        <translation>El mensaje dice qué estado era incorrecto.</translation>
    </message>
    <message>
        <source>write(null) is not allowed on a byte stream.</source>
        <translation>write(null) no se permite en un flujo de bytes.</translation>
    </message>
    <message>
        <source>Pass a string or a Buffer to write().</source>
        <translation>Pase una cadena o un Buffer a write().</translation>
    </message>
    <message>
        <source>end() was called again after the stream had finished.</source>
        <translation>Se volvió a llamar a end() después de que el stream terminara.</translation>
    </message>
    <message>
        <source>The writable side has already finished; a second end() with a callback reports this. Call end() once.</source>
        <translation>El lado de escritura ya ha terminado; un segundo end() con devolución de llamada informa esto. Llame a end() una sola vez.</translation>
    </message>
    <message>
        <source>An &apos;error&apos; was emitted and nobody listened for it.</source>
        <translation>Se emitió un &apos;error&apos; y nadie lo escuchaba.</translation>
    </message>
    <message>
        <source>In a script, an &apos;error&apos; event without a listener ends the program. Add socket.on(&apos;error&apos;, ...) to handle it.</source>
        <translation>En un script, un evento &apos;error&apos; sin oyente termina el programa. Añada socket.on(&apos;error&apos;, ...) para manejarlo.</translation>
    </message>
    <message>
        <source>A method was called on an object of the wrong type.</source>
        <translation>Se llamó a un método sobre un objeto del tipo incorrecto.</translation>
    </message>
    <message>
        <source>A script called a method with a &apos;this&apos; it does not belong to.</source>
        <translation>Un script llamó a un método con un &apos;this&apos; al que no pertenece.</translation>
    </message>
    <message>
        <source>A callback returned a value of the wrong type.</source>
        <translation>Una devolución de llamada devolvió un valor del tipo incorrecto.</translation>
    </message>
    <message>
        <source>The message names the function and what it should return (for example a custom lookup).</source>
        <translation>El mensaje nombra la función y lo que debería devolver (por ejemplo un lookup personalizado).</translation>
    </message>
    <message>
        <source>A Buffer was read or written outside its bounds.</source>
        <translation>Se leyó o escribió un Buffer fuera de sus límites.</translation>
    </message>
    <message>
        <source>An offset or length in a script&apos;s Buffer call is outside the buffer.</source>
        <translation>Un desplazamiento o una longitud en una llamada Buffer de un script está fuera del búfer.</translation>
    </message>
    <message>
        <source>The Buffer&apos;s size is not a multiple of what the operation needs.</source>
        <translation>El tamaño del Buffer no es múltiplo de lo que necesita la operación.</translation>
    </message>
    <message>
        <source>For example swap16() needs an even length.</source>
        <translation>Por ejemplo swap16() necesita una longitud par.</translation>
    </message>
    <message>
        <source>A promise was rejected with a falsy value.</source>
        <translation>Una promesa se rechazó con un valor falso (falsy).</translation>
    </message>
    <message>
        <source>util.callbackify() turns a rejection with null, 0 or &apos;&apos; into this error.</source>
        <translation>util.callbackify() convierte un rechazo con null, 0 o &apos;&apos; en este error.</translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled it.</source>
        <translation>Una promesa se rechazó y nada la manejó.</translation>
    </message>
    <message>
        <source>Add .catch() or try/await around the promise in the script.</source>
        <translation>Añada .catch() o try/await alrededor de la promesa en el script.</translation>
    </message>
    <message>
        <source>An assert() in the script failed.</source>
        <translation>Falló un assert() del script.</translation>
    </message>
    <message>
        <source>The script checked something that turned out false; the message says what.</source>
        <translation>El script comprobó algo que resultó falso; el mensaje dice qué.</translation>
    </message>
    <message>
        <source>An argument is ambiguous.</source>
        <translation>Un argumento es ambiguo.</translation>
    </message>
    <message>
        <source>Used by assert.throws() when its message argument looks like the expected error.</source>
        <translation>Lo usa assert.throws() cuando su argumento message se parece al error esperado.</translation>
    </message>
    <message>
        <source>A method that must be provided was not implemented.</source>
        <translation>No se implementó un método que debe proporcionarse.</translation>
    </message>
    <message>
        <source>A script&apos;s stream subclass lacks a required method such as _read or _write.</source>
        <translation>A una subclase de stream de un script le falta un método obligatorio como _read o _write.</translation>
    </message>
    <message>
        <source>netbench does not support this feature of Node.</source>
        <translation>netbench no admite esta característica de Node.</translation>
    </message>
    <message>
        <source>The script used a part of Node&apos;s API that netbench does not implement; the message names it. The same script may run under node itself.</source>
        <translation>El script usó una parte de la API de Node que netbench no implementa; el mensaje la nombra. El mismo script puede funcionar con node.</translation>
    </message>
    <message>
        <source>This kind of socket cannot do that (for example reset a Unix socket).</source>
        <translation>Este tipo de socket no puede hacer eso (por ejemplo restablecer un socket Unix).</translation>
    </message>
    <message>
        <source>resetAndDestroy() needs a TCP socket: only TCP has an RST. On a Unix socket use destroy() instead.</source>
        <translation>resetAndDestroy() necesita un socket TCP: solo TCP tiene RST. En un socket Unix use destroy() en su lugar.</translation>
    </message>
    <message>
        <source>TextDecoder does not support this encoding.</source>
        <translation>TextDecoder no admite esta codificación.</translation>
    </message>
    <message>
        <source>Use utf-8, utf-16le or latin1.</source>
        <translation>Use utf-8, utf-16le o latin1.</translation>
    </message>
    <message>
        <source>TextDecoder with fatal: true met bytes that are not valid in its encoding.</source>
        <translation>TextDecoder con fatal: true encontró bytes no válidos en su codificación.</translation>
    </message>
    <message>
        <source>A script decoded bytes with new TextDecoder(encoding, { fatal: true }) and they were not valid (for example a broken UTF-8 sequence). Without fatal they would become U+FFFD instead. Remember that a chunk may end in the middle of a character: decode with { stream: true } across chunks.</source>
        <translation>Un script decodificó bytes con new TextDecoder(encoding, { fatal: true }) y no eran válidos (por ejemplo una secuencia UTF-8 rota). Sin fatal se convertirían en U+FFFD. Recuerde que un fragmento puede terminar a mitad de un carácter: decodifique con { stream: true } entre fragmentos.</translation>
    </message>
    <message>
        <source>The address family is not IPv4 or IPv6.</source>
        <translation>La familia de direcciones no es IPv4 ni IPv6.</translation>
    </message>
    <message>
        <source>family must be 4 or 6 (or 0 for either).</source>
        <translation>family debe ser 4 o 6 (o 0 para cualquiera).</translation>
    </message>
    <message>
        <source>Access to a resource was refused.</source>
        <translation>Se denegó el acceso a un recurso.</translation>
    </message>
    <message>
        <source>A script tried to load a file it may not read; the message says which.</source>
        <translation>Un script intentó cargar un archivo que no puede leer; el mensaje dice cuál.</translation>
    </message>
    <message>
        <source>The file is too large to be read whole.</source>
        <translation>El archivo es demasiado grande para leerlo entero.</translation>
    </message>
    <message>
        <source>A file a script reads or requires is larger than the limit.</source>
        <translation>Un archivo que un script lee o carga con require supera el límite.</translation>
    </message>
    <message>
        <source>Memory could not be allocated.</source>
        <translation>No se pudo asignar memoria.</translation>
    </message>
    <message>
        <source>The script runtime ran out of memory, often from data queued without backpressure. The script&apos;s sockets and servers are closed.</source>
        <translation>El entorno de ejecución de scripts se quedó sin memoria, a menudo por datos puestos en cola sin contrapresión. Los sockets y servidores del script se cierran.</translation>
    </message>
    <message>
        <source>Connecting: connect() was called and has not finished.</source>
        <translation>Conectando: se llamó a connect() y no ha terminado.</translation>
    </message>
    <message>
        <source>The socket is looking up the host or waiting for the handshake to complete. Writes are queued until &apos;connect&apos;. It ends with &apos;connect&apos; (open) or &apos;error&apos; (closed).</source>
        <translation>El socket está resolviendo el host o esperando a que se complete el saludo. Las escrituras se ponen en cola hasta &apos;connect&apos;. Termina con &apos;connect&apos; (abierto) o &apos;error&apos; (cerrado).</translation>
    </message>
    <message>
        <source>Open: readable and writable; data can flow both ways.</source>
        <translation>Abierto: se puede leer y escribir; los datos pueden fluir en ambos sentidos.</translation>
    </message>
    <message>
        <source>Connected and neither side has ended. Both ends can write and read.</source>
        <translation>Conectado y ningún lado ha terminado. Ambos extremos pueden escribir y leer.</translation>
    </message>
    <message>
        <source>Half-closed, readOnly: we called end() (sent FIN); the peer may still send.</source>
        <translation>Semicerrado, readOnly: llamamos a end() (FIN enviado); el otro extremo aún puede enviar.</translation>
    </message>
    <message>
        <source>Our writable side is finished: end() sent a FIN after the queued data, and the peer got &apos;end&apos;. We can still receive until the peer ends too; then the socket closes. Writing now fails with ERR_STREAM_WRITE_AFTER_END. TCP calls this a half-close; Node names the option that allows it allowHalfOpen (in TCP&apos;s own words a half-open connection is one whose other side vanished without a FIN or an RST, which only a write or keep-alive reveals).</source>
        <translation>Nuestro lado de escritura ha terminado: end() envió un FIN tras los datos en cola, y el otro extremo recibió &apos;end&apos;. Aún podemos recibir hasta que el otro extremo termine también; entonces el socket se cierra. Escribir ahora falla con ERR_STREAM_WRITE_AFTER_END. TCP llama a esto semicierre; Node llama allowHalfOpen a la opción que lo permite (en palabras de TCP, una conexión semiabierta es aquella cuyo otro lado desapareció sin FIN ni RST, lo que solo revela una escritura o el keep-alive).</translation>
    </message>
    <message>
        <source>Half-closed, writeOnly: the peer sent FIN (&apos;end&apos;); we may still write (allowHalfOpen).</source>
        <translation>Semicerrado, writeOnly: el otro extremo envió FIN (&apos;end&apos;); aún podemos escribir (allowHalfOpen).</translation>
    </message>
    <message>
        <source>The peer has ended its side: its FIN arrived and nothing more will be read. With allowHalfOpen we can still write (the peer reads it if it only half-closed) and must call end() ourselves to finish. If the peer had closed its socket completely, a write now makes its kernel answer with RST and we get EPIPE.</source>
        <translation>El otro extremo terminó su lado: llegó su FIN y ya no se leerá nada. Con allowHalfOpen aún podemos escribir (el otro extremo lo lee si solo hizo un semicierre) y debemos llamar nosotros a end() para terminar. Si el otro extremo cerró su socket por completo, una escritura hace ahora que su kernel responda con RST y obtenemos EPIPE.</translation>
    </message>
    <message>
        <source>Closed: neither readable nor writable.</source>
        <translation>Cerrado: no se puede leer ni escribir.</translation>
    </message>
    <message>
        <source>Both directions are finished (both FINs were exchanged), or the socket was destroyed or failed. Nothing more can be sent or received on it.</source>
        <translation>Ambas direcciones han terminado (se intercambiaron ambos FIN), o el socket se destruyó o falló. Ya no se puede enviar ni recibir nada por él.</translation>
    </message>
    <message>
        <source>Failed: an error ended this endpoint; select its error row for the reason.</source>
        <translation>Fallido: un error terminó este extremo; seleccione su fila de error para ver la causa.</translation>
    </message>
    <message>
        <source>The endpoint ended with an error (shown in its tooltip). A socket is closed after an error; a server whose listen() failed is not listening. Select the &apos;error&apos; row in the event stream to see what the code means.</source>
        <translation>El extremo terminó con un error (mostrado en su información emergente). Un socket queda cerrado tras un error; un servidor cuyo listen() falló no está escuchando. Seleccione la fila &apos;error&apos; en el flujo de eventos para ver qué significa el código.</translation>
    </message>
    <message>
        <source>Listening: the server accepts connections.</source>
        <translation>Escuchando: el servidor acepta conexiones.</translation>
    </message>
    <message>
        <source>The server is bound and in the LISTEN state. Each client that connects appears under it as a connection of its own.</source>
        <translation>El servidor está vinculado y en el estado LISTEN. Cada cliente que se conecta aparece debajo como una conexión propia.</translation>
    </message>
    <message>
        <source>New: created, nothing started yet.</source>
        <translation>Nuevo: creado, aún no ha empezado nada.</translation>
    </message>
    <message>
        <source>The endpoint exists but has not been asked to listen or connect yet.</source>
        <translation>El extremo existe, pero aún no se le ha pedido que escuche o conecte.</translation>
    </message>
    <message>
        <source>write() returned true: below the high-water mark, keep writing.</source>
        <translation>write() devolvió true: por debajo de la marca de agua alta, siga escribiendo.</translation>
    </message>
    <message>
        <source>The bytes went to the kernel or joined a queue that is still shorter than the high-water mark. It says nothing about the peer having received them.</source>
        <translation>Los bytes fueron al kernel o se sumaron a una cola aún más corta que la marca de agua alta. No dice nada sobre si el otro extremo los recibió.</translation>
    </message>
    <message>
        <source>write() returned false: the queue reached the high-water mark; wait for &apos;drain&apos;.</source>
        <translation>write() devolvió false: la cola alcanzó la marca de agua alta; espere a &apos;drain&apos;.</translation>
    </message>
    <message>
        <source>The data was still accepted and will be sent, but netbench&apos;s queue (bufferSize) is at or above the high-water mark because the kernel&apos;s send buffer is full: the peer reads more slowly than we write, or not at all (paused). A writer that respects backpressure stops now and writes again on &apos;drain&apos;; one that goes on makes the queue, and memory, grow without bound. Look at the peer: its Unread grows, and our Unsent.</source>
        <translation>Los datos se aceptaron igualmente y se enviarán, pero la cola de netbench (bufferSize) está en la marca de agua alta o por encima porque el búfer de envío del kernel está lleno: el otro extremo lee más despacio de lo que escribimos, o no lee (en pausa). Un escritor que respeta la contrapresión se detiene ahora y vuelve a escribir con &apos;drain&apos;; uno que sigue hace crecer la cola, y la memoria, sin límite. Mire el otro extremo: su Sin leer crece, y nuestro Sin enviar.</translation>
    </message>
    <message>
        <source>Connected; neither side has sent FIN.</source>
        <translation>Conectado; ningún lado ha enviado FIN.</translation>
    </message>
    <message>
        <source>The normal state of an open connection.</source>
        <translation>El estado normal de una conexión abierta.</translation>
    </message>
    <message>
        <source>Connecting: our SYN is sent, waiting for the server&apos;s SYN-ACK.</source>
        <translation>Conectando: nuestro SYN está enviado, esperando el SYN-ACK del servidor.</translation>
    </message>
    <message>
        <source>An RST in answer gives ECONNREFUSED; no answer at all gives ETIMEDOUT after the retries.</source>
        <translation>Un RST como respuesta da ECONNREFUSED; ninguna respuesta da ETIMEDOUT tras los reintentos.</translation>
    </message>
    <message>
        <source>The server side answered a SYN and waits for the final ACK.</source>
        <translation>El lado servidor respondió a un SYN y espera el ACK final.</translation>
    </message>
    <message>
        <source>The middle of the three-way handshake, on the accepting side.</source>
        <translation>La mitad del saludo de tres vías, en el lado que acepta.</translation>
    </message>
    <message>
        <source>We sent FIN (end()); it is not acknowledged yet.</source>
        <translation>Enviamos FIN (end()); aún no está confirmado.</translation>
    </message>
    <message>
        <source>Usually brief; it lasts while queued data and the FIN wait for the peer&apos;s acknowledgement (a peer that does not read keeps it here).</source>
        <translation>Normalmente breve; dura mientras los datos en cola y el FIN esperan la confirmación del otro extremo (un otro extremo que no lee lo mantiene aquí).</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN (we are readOnly).</source>
        <translation>Nuestro FIN está confirmado; esperando el FIN del otro extremo (estamos en readOnly).</translation>
    </message>
    <message>
        <source>A half-closed connection seen from the side that ended first: the peer may still send data until it calls end().</source>
        <translation>Una conexión semicerrada vista desde el lado que terminó primero: el otro extremo aún puede enviar datos hasta que llame a end().</translation>
    </message>
    <message>
        <source>Both FINs exchanged; the side that closed first waits (60 s on Linux) for stray packets.</source>
        <translation>Ambos FIN intercambiados; el lado que cerró primero espera (60 s en Linux) paquetes extraviados.</translation>
    </message>
    <message>
        <source>Kept by the kernel after the program has closed, so that late segments of this connection are not taken for a new one with the same ports.</source>
        <translation>El kernel lo mantiene tras el cierre del programa, para que segmentos tardíos de esta conexión no se tomen por una nueva con los mismos puertos.</translation>
    </message>
    <message>
        <source>Closed: no connection (after a reset, or not connected).</source>
        <translation>Cerrado: sin conexión (tras un restablecimiento, o no conectado).</translation>
    </message>
    <message>
        <source>The socket has no connection any more.</source>
        <translation>El socket ya no tiene conexión.</translation>
    </message>
    <message>
        <source>The peer sent FIN; we have not ended yet (we are writeOnly).</source>
        <translation>El otro extremo envió FIN; aún no hemos terminado (estamos en writeOnly).</translation>
    </message>
    <message>
        <source>The peer&apos;s &apos;end&apos; arrived. With allowHalfOpen the connection stays here until end() is called; many sockets stuck in CLOSE_WAIT mean a program that never closes.</source>
        <translation>Llegó el &apos;end&apos; del otro extremo. Con allowHalfOpen la conexión se queda aquí hasta que se llama a end(); muchos sockets atascados en CLOSE_WAIT indican un programa que nunca cierra.</translation>
    </message>
    <message>
        <source>The peer ended first, we sent our FIN and wait for its acknowledgement.</source>
        <translation>El otro extremo terminó primero, enviamos nuestro FIN y esperamos su confirmación.</translation>
    </message>
    <message>
        <source>The last step of closing on the side that ended second.</source>
        <translation>El último paso del cierre en el lado que terminó en segundo lugar.</translation>
    </message>
    <message>
        <source>A listening socket: accepts connections.</source>
        <translation>Un socket que escucha: acepta conexiones.</translation>
    </message>
    <message>
        <source>The state of a server&apos;s socket after listen().</source>
        <translation>El estado del socket de un servidor tras listen().</translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the acknowledgement.</source>
        <translation>Ambos lados enviaron FIN a la vez; esperando la confirmación.</translation>
    </message>
    <message>
        <source>A simultaneous close; it passes to TIME_WAIT.</source>
        <translation>Un cierre simultáneo; pasa a TIME_WAIT.</translation>
    </message>
    <message>
        <source>server.address(): where the listener is bound</source>
        <translation>server.address(): dónde está vinculado el agente de escucha</translation>
    </message>
    <message>
        <source>The address and port the kernel bound (the chosen port when listening on port 0), or the Unix socket path. 0.0.0.0 or :: means every interface of this machine.</source>
        <translation>La dirección y el puerto que vinculó el kernel (el puerto elegido al escuchar en el puerto 0), o la ruta del socket Unix. 0.0.0.0 o :: significa todas las interfaces de esta máquina.</translation>
    </message>
    <message>
        <source>server.listening: whether it accepts connections</source>
        <translation>server.listening: si acepta conexiones</translation>
    </message>
    <message>
        <source>True from &apos;listening&apos; until close(). Clients connecting while it is false get ECONNREFUSED.</source>
        <translation>Verdadero desde &apos;listening&apos; hasta close(). Los clientes que se conectan mientras es falso reciben ECONNREFUSED.</translation>
    </message>
    <message>
        <source>server.getConnections(): accepted connections still open</source>
        <translation>server.getConnections(): conexiones aceptadas aún abiertas</translation>
    </message>
    <message>
        <source>How many accepted sockets of this server are not closed yet.</source>
        <translation>Cuántos sockets aceptados de este servidor aún no están cerrados.</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past it are dropped</source>
        <translation>server.maxConnections: las conexiones por encima se descartan</translation>
    </message>
    <message>
        <source>When this many connections are open, new ones are accepted and closed at once (&apos;drop&apos;).</source>
        <translation>Cuando hay tantas conexiones abiertas, las nuevas se aceptan y se cierran en el acto (&apos;drop&apos;).</translation>
    </message>
    <message>
        <source>ref()/unref(): whether the listener keeps the event loop alive</source>
        <translation>ref()/unref(): si el agente de escucha mantiene vivo el bucle de eventos</translation>
    </message>
    <message>
        <source>An unref&apos;d server does not keep a script running; in the window it changes nothing visible.</source>
        <translation>Un servidor tras unref() no mantiene un script en marcha; en la ventana no cambia nada visible.</translation>
    </message>
    <message>
        <source>socket.localAddress, localPort, localFamily: this end of the connection</source>
        <translation>socket.localAddress, localPort, localFamily: este extremo de la conexión</translation>
    </message>
    <message>
        <source>This end&apos;s address and port. A client gets an ephemeral port chosen by the kernel; an accepted socket has the server&apos;s port. A Unix client end is usually unnamed.</source>
        <translation>La dirección y el puerto de este extremo. Un cliente obtiene un puerto efímero elegido por el kernel; un socket aceptado tiene el puerto del servidor. El extremo de un cliente Unix suele no tener nombre.</translation>
    </message>
    <message>
        <source>socket.remoteAddress, remotePort, remoteFamily: the peer</source>
        <translation>socket.remoteAddress, remotePort, remoteFamily: el otro extremo</translation>
    </message>
    <message>
        <source>The other end&apos;s address and port, as the kernel knows it.</source>
        <translation>La dirección y el puerto del otro extremo, tal como los conoce el kernel.</translation>
    </message>
    <message>
        <source>socket.readyState: opening, open, readOnly (we ended), writeOnly (the peer ended) or closed</source>
        <translation>socket.readyState: opening, open, readOnly (terminamos nosotros), writeOnly (terminó el otro extremo) o closed</translation>
    </message>
    <message>
        <source>Which directions are still usable: open (both), readOnly (we sent FIN), writeOnly (the peer sent FIN), closed (neither), opening (still connecting).</source>
        <translation>Qué direcciones siguen siendo utilizables: open (ambas), readOnly (enviamos FIN), writeOnly (el otro extremo envió FIN), closed (ninguna), opening (aún conectando).</translation>
    </message>
    <message>
        <source>socket.connecting: connect() was called and has not finished</source>
        <translation>socket.connecting: se llamó a connect() y no ha terminado</translation>
    </message>
    <message>
        <source>True between connect() and &apos;connect&apos; (or &apos;error&apos;).</source>
        <translation>Verdadero entre connect() y &apos;connect&apos; (o &apos;error&apos;).</translation>
    </message>
    <message>
        <source>socket.destroyed: the socket is closed and can do nothing more</source>
        <translation>socket.destroyed: el socket está cerrado y ya no puede hacer nada</translation>
    </message>
    <message>
        <source>True once destroy() was called, an error happened or both sides ended.</source>
        <translation>Verdadero una vez que se llamó a destroy(), ocurrió un error o ambos lados terminaron.</translation>
    </message>
    <message>
        <source>socket.isPaused(): not reading; incoming data waits in the kernel</source>
        <translation>socket.isPaused(): no lee; los datos entrantes esperan en el kernel</translation>
    </message>
    <message>
        <source>While paused, received bytes stay in the kernel (Unread grows) and once its buffer is full the peer is slowed down by TCP&apos;s flow control.</source>
        <translation>En pausa, los bytes recibidos se quedan en el kernel (Sin leer crece) y, cuando su búfer se llena, el control de flujo de TCP frena al otro extremo.</translation>
    </message>
    <message>
        <source>socket.bytesRead: bytes received so far</source>
        <translation>socket.bytesRead: bytes recibidos hasta ahora</translation>
    </message>
    <message>
        <source>Bytes read from the kernel and delivered as &apos;data&apos;.</source>
        <translation>Bytes leídos del kernel y entregados como &apos;data&apos;.</translation>
    </message>
    <message>
        <source>socket.bytesWritten: bytes handed to the kernel so far</source>
        <translation>socket.bytesWritten: bytes entregados al kernel hasta ahora</translation>
    </message>
    <message>
        <source>Bytes written, including those still queued; handed over does not mean received by the peer.</source>
        <translation>Bytes escritos, incluidos los que siguen en cola; entregado no significa recibido por el otro extremo.</translation>
    </message>
    <message>
        <source>Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)</source>
        <translation>Bytes en cola en netbench, aún no aceptados por el kernel (socket.bufferSize)</translation>
    </message>
    <message>
        <source>Data written but still waiting in netbench&apos;s queue because the kernel&apos;s send buffer is full. When it reaches the high-water mark write() returns false; &apos;drain&apos; comes when it is empty again.</source>
        <translation>Datos escritos que aún esperan en la cola de netbench porque el búfer de envío del kernel está lleno. Cuando alcanza la marca de agua alta, write() devuelve false; &apos;drain&apos; llega cuando vuelve a estar vacía.</translation>
    </message>
    <message>
        <source>socket.timeout: idle time before &apos;timeout&apos; is emitted</source>
        <translation>socket.timeout: tiempo de inactividad antes de que se emita &apos;timeout&apos;</translation>
    </message>
    <message>
        <source>Set by setTimeout(); the &apos;timeout&apos; event only notifies, it does not close.</source>
        <translation>Lo establece setTimeout(); el evento &apos;timeout&apos; solo notifica, no cierra.</translation>
    </message>
    <message>
        <source>socket.setEncoding(): how received data is decoded</source>
        <translation>socket.setEncoding(): cómo se decodifican los datos recibidos</translation>
    </message>
    <message>
        <source>none means &apos;data&apos; carries raw bytes.</source>
        <translation>ninguna significa que &apos;data&apos; lleva bytes sin procesar.</translation>
    </message>
    <message>
        <source>SO_SNDBUF: size of the kernel&apos;s send buffer for this socket</source>
        <translation>SO_SNDBUF: tamaño del búfer de envío del kernel para este socket</translation>
    </message>
    <message>
        <source>How many bytes the kernel holds for sending (Linux doubles the value set and may grow it on its own). When it is full, write() starts queueing in netbench (bufferSize).</source>
        <translation>Cuántos bytes guarda el kernel para enviar (Linux duplica el valor establecido y puede aumentarlo por su cuenta). Cuando está lleno, write() empieza a poner en cola en netbench (bufferSize).</translation>
    </message>
    <message>
        <source>SO_RCVBUF: size of the kernel&apos;s receive buffer for this socket</source>
        <translation>SO_RCVBUF: tamaño del búfer de recepción del kernel para este socket</translation>
    </message>
    <message>
        <source>How many received bytes the kernel can hold before the program reads them; it limits the window advertised to the peer.</source>
        <translation>Cuántos bytes recibidos puede guardar el kernel antes de que el programa los lea; limita la ventana anunciada al otro extremo.</translation>
    </message>
    <message>
        <source>SIOCOUTQ: bytes in the kernel&apos;s send queue, not yet acknowledged by the peer</source>
        <translation>SIOCOUTQ: bytes en la cola de envío del kernel, aún no confirmados por el otro extremo</translation>
    </message>
    <message>
        <source>For TCP: bytes sent or waiting to be sent that the peer&apos;s kernel has not acknowledged. For a Unix socket: bytes not yet read by the peer. It grows when the peer does not read.</source>
        <translation>En TCP: bytes enviados o por enviar que el kernel del otro extremo no ha confirmado. En un socket Unix: bytes que el otro extremo aún no ha leído. Crece cuando el otro extremo no lee.</translation>
    </message>
    <message>
        <source>SIOCINQ: bytes received by the kernel that netbench has not read yet</source>
        <translation>SIOCINQ: bytes recibidos por el kernel que netbench aún no ha leído</translation>
    </message>
    <message>
        <source>Grows while the socket is paused; when it reaches the receive buffer the peer must stop sending.</source>
        <translation>Crece mientras el socket está en pausa; cuando alcanza el búfer de recepción, el otro extremo debe dejar de enviar.</translation>
    </message>
    <message>
        <source>tcpi_state: the kernel&apos;s TCP state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</source>
        <translation>tcpi_state: el estado TCP del kernel (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</translation>
    </message>
    <message>
        <source>ESTABLISHED: open. FIN_WAIT1/FIN_WAIT2: we sent FIN (end()), waiting for the peer&apos;s. CLOSE_WAIT: the peer sent FIN, we have not ended yet (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: the last steps of closing. SYN_SENT: connecting.</source>
        <translation>ESTABLISHED: abierto. FIN_WAIT1/FIN_WAIT2: enviamos FIN (end()), esperando el del otro extremo. CLOSE_WAIT: el otro extremo envió FIN, aún no hemos terminado (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: los últimos pasos del cierre. SYN_SENT: conectando.</translation>
    </message>
    <message>
        <source>tcpi_rtt, tcpi_rttvar: smoothed round-trip time and its variation</source>
        <translation>tcpi_rtt, tcpi_rttvar: tiempo de ida y vuelta suavizado y su variación</translation>
    </message>
    <message>
        <source>How long an acknowledgement takes to come back, as the kernel estimates it. On loopback it is tens of microseconds.</source>
        <translation>Cuánto tarda en volver una confirmación, según estima el kernel. En el bucle local son decenas de microsegundos.</translation>
    </message>
    <message>
        <source>tcpi_snd_cwnd: segments the kernel may have in flight before waiting for an acknowledgement</source>
        <translation>tcpi_snd_cwnd: segmentos que el kernel puede tener en tránsito antes de esperar una confirmación</translation>
    </message>
    <message>
        <source>The congestion window, in segments: it grows while acknowledgements come and shrinks on loss.</source>
        <translation>La ventana de congestión, en segmentos: crece mientras llegan confirmaciones y se reduce ante pérdidas.</translation>
    </message>
    <message>
        <source>tcpi_total_retrans: segments retransmitted over the connection&apos;s life</source>
        <translation>tcpi_total_retrans: segmentos retransmitidos durante la vida de la conexión</translation>
    </message>
    <message>
        <source>How many segments had to be sent again because no acknowledgement came. On loopback it stays 0; growing values mean loss.</source>
        <translation>Cuántos segmentos tuvieron que reenviarse porque no llegó confirmación. En el bucle local se queda en 0; valores crecientes indican pérdidas.</translation>
    </message>
    <message>
        <source>tcpi_pmtu: largest packet the path to the peer carries without fragmenting</source>
        <translation>tcpi_pmtu: mayor paquete que la ruta hasta el otro extremo transporta sin fragmentar</translation>
    </message>
    <message>
        <source>Bounds the segment size. Loopback has a large MTU (65536), so segments there can be much bigger than on Ethernet (1500).</source>
        <translation>Limita el tamaño de segmento. El bucle local tiene una MTU grande (65536), así que los segmentos pueden ser allí mucho mayores que en Ethernet (1500).</translation>
    </message>
    <message>
        <source>TCP_NODELAY as the kernel has it: Nagle&apos;s algorithm off</source>
        <translation>TCP_NODELAY tal como lo tiene el kernel: algoritmo de Nagle desactivado</translation>
    </message>
    <message>
        <source>yes: every write is sent at once. no: Nagle holds small segments while data is unacknowledged. Set by setNoDelay().</source>
        <translation>sí: cada escritura se envía en el acto. no: Nagle retiene los segmentos pequeños mientras haya datos sin confirmar. Lo establece setNoDelay().</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE as the kernel has it, with the idle time before the first probe (TCP_KEEPIDLE)</source>
        <translation>SO_KEEPALIVE tal como lo tiene el kernel, con el tiempo de inactividad antes del primer sondeo (TCP_KEEPIDLE)</translation>
    </message>
    <message>
        <source>Set by setKeepAlive(). After the idle time the kernel probes the peer; a dead peer ends the connection with ETIMEDOUT.</source>
        <translation>Lo establece setKeepAlive(). Tras el tiempo de inactividad el kernel sondea al otro extremo; un otro extremo muerto termina la conexión con ETIMEDOUT.</translation>
    </message>
    <message>
        <source>tcpi_segs_out: segments sent, including pure acknowledgements</source>
        <translation>tcpi_segs_out: segmentos enviados, incluidas las confirmaciones puras</translation>
    </message>
    <message>
        <source>Every TCP segment this socket sent: data, ACKs, FIN, retransmissions.</source>
        <translation>Cada segmento TCP que envió este socket: datos, ACK, FIN, retransmisiones.</translation>
    </message>
    <message>
        <source>tcpi_segs_in: segments received, including pure acknowledgements</source>
        <translation>tcpi_segs_in: segmentos recibidos, incluidas las confirmaciones puras</translation>
    </message>
    <message>
        <source>Every TCP segment this socket received from the peer.</source>
        <translation>Cada segmento TCP que este socket recibió del otro extremo.</translation>
    </message>
    <message>
        <source>tcpi_data_segs_out: segments sent that carried data</source>
        <translation>tcpi_data_segs_out: segmentos enviados que llevaban datos</translation>
    </message>
    <message>
        <source>Compare with the number of write() calls: with Nagle on, many small writes leave in fewer data segments; with noDelay, closer to one segment per write.</source>
        <translation>Compare con el número de llamadas a write(): con Nagle activo, muchas escrituras pequeñas salen en menos segmentos de datos; con noDelay, más cerca de un segmento por escritura.</translation>
    </message>
    <message>
        <source>tcpi_data_segs_in: segments received that carried data</source>
        <translation>tcpi_data_segs_in: segmentos recibidos que llevaban datos</translation>
    </message>
    <message>
        <source>Data segments from the peer; one segment can become part of one &apos;data&apos; event or be merged with others.</source>
        <translation>Segmentos de datos del otro extremo; un segmento puede formar parte de un evento &apos;data&apos; o fusionarse con otros.</translation>
    </message>
    <message>
        <source>tcpi_delivered: data segments the peer acknowledged</source>
        <translation>tcpi_delivered: segmentos de datos que el otro extremo confirmó</translation>
    </message>
    <message>
        <source>Segments known to have reached the peer&apos;s kernel (acknowledged), including retransmitted ones.</source>
        <translation>Segmentos que se sabe que llegaron al kernel del otro extremo (confirmados), incluidos los retransmitidos.</translation>
    </message>
    <message>
        <source>tcpi_lost: segments the kernel currently believes lost</source>
        <translation>tcpi_lost: segmentos que el kernel cree perdidos ahora mismo</translation>
    </message>
    <message>
        <source>Segments in flight that are presumed lost and will be retransmitted. 0 on a healthy loopback.</source>
        <translation>Segmentos en tránsito que se presumen perdidos y se retransmitirán. 0 en un bucle local sano.</translation>
    </message>
    <message>
        <source>Call %1()</source>
        <translation>Llamada %1()</translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;</source>
        <translation>Evento &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error without a code</source>
        <translation>Error sin código</translation>
    </message>
    <message>
        <source>An error netbench has no explanation for.</source>
        <translation>Un error para el que netbench no tiene explicación.</translation>
    </message>
    <message>
        <source>The system call named in the error failed with this code. &apos;man errno&apos; lists the codes; the message is the system&apos;s own description.</source>
        <translation>La llamada al sistema nombrada en el error falló con este código. &apos;man errno&apos; enumera los códigos; el mensaje es la propia descripción del sistema.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>write() returned true</source>
        <translation>write() devolvió true</translation>
    </message>
    <message>
        <source>write() returned false</source>
        <translation>write() devolvió false</translation>
    </message>
    <message>
        <source>reconnect: netbench connects a new socket in place of one that closed.</source>
        <translation>reconnect: netbench conecta un socket nuevo en lugar de uno que se cerró.</translation>
    </message>
    <message>
        <source>The client was made to stay up (New Client: Reconnect; netbench connect --reconnect). Node has no such call: it is a new socket.connect() with the same options, after the wait shown, and the new socket has its own id and events.</source>
        <translation>El cliente debía mantenerse activo (Nuevo cliente: Reconectar; netbench connect --reconnect). Node no tiene esa llamada: es un socket.connect() nuevo con las mismas opciones, tras la espera mostrada, y el socket nuevo tiene su propio id y sus propios eventos.</translation>
    </message>
</context>
<context>
    <name>gui::FontZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation>Texto más grande en todos los paneles</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation>Texto más pequeño en todos los paneles</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto a su tamaño normal</translation>
    </message>
</context>
<context>
    <name>gui::HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;Quick start&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Listener…&lt;/b&gt; makes a server. Keep &lt;i&gt;localhost&lt;/i&gt; and port 0 (the kernel picks a free port), and choose &lt;i&gt;Echo&lt;/i&gt; to have it answer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Client…&lt;/b&gt; connects to it: pick the listener under &lt;i&gt;Live listeners&lt;/i&gt;, or type a host and port, or the path of a Unix socket.&lt;/li&gt;&lt;li&gt;Type in the &lt;b&gt;Composer&lt;/b&gt; at the bottom and press &lt;b&gt;Send&lt;/b&gt;. Every event and call appears in the stream in the middle; the bytes of the selected connection in &lt;b&gt;Conversation&lt;/b&gt;; its values and controls (noDelay, keepAlive, timeout, pause) in the &lt;b&gt;Inspector&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Close it: &lt;b&gt;End&lt;/b&gt; sends a FIN, &lt;b&gt;Destroy&lt;/b&gt; closes at once, &lt;b&gt;Reset&lt;/b&gt; sends an RST. Select a row of the stream and read &lt;b&gt;Explain&lt;/b&gt; for what it means.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lessons:&lt;/b&gt; &lt;b&gt;Help &amp;gt; Lessons&lt;/b&gt; opens guided lessons that run in this window and tell you what to notice; &lt;b&gt;File &amp;gt; Open Lesson…&lt;/b&gt; adds a lesson file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scripts:&lt;/b&gt; &lt;b&gt;Script &amp;gt; Run Script…&lt;/b&gt; runs a Node.js-style script (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;) here, as &lt;code&gt;netbench run script.js&lt;/code&gt; does on the command line; the &lt;b&gt;Script Console&lt;/b&gt; shows its output.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names:&lt;/b&gt; a &lt;i&gt;listener&lt;/i&gt; is a server (&lt;code&gt;net.Server&lt;/code&gt;); a &lt;i&gt;client socket&lt;/i&gt; is one this side opened with &lt;code&gt;connect()&lt;/code&gt;; an &lt;i&gt;accepted socket&lt;/i&gt; is one a listener accepted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Help &amp;gt; Keyboard Shortcuts&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inicio rápido&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Extremo &amp;gt; Nuevo agente de escucha…&lt;/b&gt; crea un servidor. Mantenga &lt;i&gt;localhost&lt;/i&gt; y el puerto 0 (el kernel elige un puerto libre), y elija &lt;i&gt;Eco&lt;/i&gt; para que responda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Extremo &amp;gt; Nuevo cliente…&lt;/b&gt; se conecta a él: elija el agente de escucha en &lt;i&gt;Agentes de escucha activos&lt;/i&gt;, o escriba un host y un puerto, o la ruta de un socket Unix.&lt;/li&gt;&lt;li&gt;Escriba en el &lt;b&gt;Editor&lt;/b&gt; de abajo y pulse &lt;b&gt;Enviar&lt;/b&gt;. Cada evento y llamada aparece en el flujo del centro; los bytes de la conexión seleccionada en &lt;b&gt;Conversación&lt;/b&gt;; sus valores y controles (noDelay, keepAlive, timeout, pause) en el &lt;b&gt;Inspector&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Para cerrar: &lt;b&gt;Terminar&lt;/b&gt; envía un FIN, &lt;b&gt;Destruir&lt;/b&gt; cierra en el acto, &lt;b&gt;Restablecer&lt;/b&gt; envía un RST. Seleccione una fila del flujo y lea &lt;b&gt;Explicación&lt;/b&gt; para saber qué significa.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lecciones:&lt;/b&gt; &lt;b&gt;Ayuda &amp;gt; Lecciones&lt;/b&gt; abre lecciones guiadas que se ejecutan en esta ventana y le dicen qué observar; &lt;b&gt;Archivo &amp;gt; Abrir lección…&lt;/b&gt; añade un archivo de lección.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scripts:&lt;/b&gt; &lt;b&gt;Script &amp;gt; Ejecutar script…&lt;/b&gt; ejecuta aquí un script al estilo de Node.js (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;), como hace &lt;code&gt;netbench run script.js&lt;/code&gt; en la línea de órdenes; la &lt;b&gt;Consola de script&lt;/b&gt; muestra su salida.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nombres:&lt;/b&gt; un &lt;i&gt;agente de escucha&lt;/i&gt; es un servidor (&lt;code&gt;net.Server&lt;/code&gt;); un &lt;i&gt;socket cliente&lt;/i&gt; es uno que este lado abrió con &lt;code&gt;connect()&lt;/code&gt;; un &lt;i&gt;socket aceptado&lt;/i&gt; es uno que aceptó un agente de escucha.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ayuda &amp;gt; Atajos de teclado&lt;/b&gt; enumera todos los atajos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick Start</source>
        <translation>Inicio rápido</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>gui::InputProblems</name>
    <message>
        <source>Type a port number from 0 to 65535: “%1” is not a whole number.</source>
        <translation>Escriba un número de puerto de 0 a 65535: «%1» no es un número entero.</translation>
    </message>
    <message>
        <source>Type a port number from 0 to 65535: %1 is out of range.</source>
        <translation>Escriba un número de puerto de 0 a 65535: %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>Type only the host name or address (such as localhost or 127.0.0.1), without a scheme like http:// or a path.</source>
        <translation>Escriba solo el nombre de host o la dirección (como localhost o 127.0.0.1), sin un esquema como http:// ni una ruta.</translation>
    </message>
    <message>
        <source>Type an IPv6 address without brackets, such as ::1.</source>
        <translation>Escriba una dirección IPv6 sin corchetes, como ::1.</translation>
    </message>
    <message>
        <source>Type the port in the Port field, not after the host.</source>
        <translation>Escriba el puerto en el campo Puerto, no tras el host.</translation>
    </message>
    <message>
        <source>A host has no spaces: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>Un host no tiene espacios: escriba un nombre como localhost o una dirección como 127.0.0.1 o ::1.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a host: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>«%1» no puede formar parte de un host: escriba un nombre como localhost o una dirección como 127.0.0.1 o ::1.</translation>
    </message>
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Listening:</source>
        <translation>Escuchando:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Conexiones:</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>Conexiones máx.:</translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation>Referenciado:</translation>
    </message>
    <message>
        <source>Local:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation>Remoto:</translation>
    </message>
    <message>
        <source>Ready state:</source>
        <translation>Estado (readyState):</translation>
    </message>
    <message>
        <source>Connecting:</source>
        <translation>Conectando:</translation>
    </message>
    <message>
        <source>Destroyed:</source>
        <translation>Destruido:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>En pausa:</translation>
    </message>
    <message>
        <source>Bytes read:</source>
        <translation>Bytes leídos:</translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation>Bytes escritos:</translation>
    </message>
    <message>
        <source>Buffered:</source>
        <translation>En búfer:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Tiempo de espera:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
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
        <translation>Sin enviar:</translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation>Sin leer:</translation>
    </message>
    <message>
        <source>TCP state:</source>
        <translation>Estado TCP:</translation>
    </message>
    <message>
        <source>RTT:</source>
        <translation>RTT:</translation>
    </message>
    <message>
        <source>Congestion window:</source>
        <translation>Ventana de congestión:</translation>
    </message>
    <message>
        <source>Retransmits:</source>
        <translation>Retransmisiones:</translation>
    </message>
    <message>
        <source>Path MTU:</source>
        <translation>MTU de la ruta:</translation>
    </message>
    <message>
        <source>Segments out:</source>
        <translation>Segmentos salientes:</translation>
    </message>
    <message>
        <source>Data segments out:</source>
        <translation>Segmentos de datos salientes:</translation>
    </message>
    <message>
        <source>Segments in:</source>
        <translation>Segmentos entrantes:</translation>
    </message>
    <message>
        <source>Data segments in:</source>
        <translation>Segmentos de datos entrantes:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Entregados:</translation>
    </message>
    <message>
        <source>Lost:</source>
        <translation>Perdidos:</translation>
    </message>
    <message>
        <source>No delay:</source>
        <translation>Sin retardo:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Keep-alive:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (bytes)</source>
        <translation>ninguna (bytes)</translation>
    </message>
    <message>
        <source>Listener #%1</source>
        <translation>Agente de escucha n.º %1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation>
            <numerusform>sí, primer sondeo tras %n s de inactividad</numerusform>
            <numerusform>sí, primer sondeo tras %n s de inactividad</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy with error</source>
        <translation>Destruir con error</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Mensaje de error:</translation>
    </message>
    <message>
        <source>Destroyed from the inspector</source>
        <translation>Destruido desde el inspector</translation>
    </message>
    <message>
        <source>Auto-reply rules…</source>
        <translation>Reglas de respuesta automática…</translation>
    </message>
    <message>
        <source>Answer what this endpoint receives by rules: match, reply, delay, end or reset</source>
        <translation>Responder según reglas a lo que recibe este extremo: coincidencia, respuesta, retardo, end o reset</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>Seleccione un agente de escucha o un socket en Extremos para inspeccionarlo.</translation>
    </message>
    <message>
        <source>Socket #%1</source>
        <translation>Socket n.º %1</translation>
    </message>
</context>
<context>
    <name>gui::LessonPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>What to notice in this step: ticked when it happens; its row is selected in the event stream</source>
        <translation>Qué observar en este paso: se marca cuando ocurre; su fila se selecciona en el flujo de eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Start to run the lesson.</source>
        <translation>
            <numerusform>%n paso. Pulse Iniciar para ejecutar la lección.</numerusform>
            <numerusform>%n pasos. Pulse Iniciar para ejecutar la lección.</numerusform>
        </translation>
    </message>
    <message>
        <source>A script is running; stop it in the Script Console first.</source>
        <translation>Hay un script en ejecución; deténgalo primero en la consola de script.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Your turn:</source>
        <translation>Su turno:</translation>
    </message>
    <message>
        <source>Your turn: do what the step says.</source>
        <translation>Su turno: haga lo que dice el paso.</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>Lección completada: ocurrieron todos los eventos esperados.</translation>
    </message>
    <message>
        <source>Lesson failed: %1</source>
        <translation>Lección fallida: %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s script ended with exit code %1</source>
        <translation>el script de la lección terminó con el código de salida %1</translation>
    </message>
    <message>
        <source>Lesson stopped: %1</source>
        <translation>Lección detenida: %1</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Do it for &amp;me</source>
        <translation>Hacerlo por &amp;mí</translation>
    </message>
    <message>
        <source>Runs the next step once this one is done (or shows the next step again after Back)</source>
        <translation>Ejecuta el paso siguiente cuando este termine (o vuelve a mostrar el paso siguiente tras Atrás)</translation>
    </message>
    <message>
        <source>Shows the step before again: its actions are not run again</source>
        <translation>Vuelve a mostrar el paso anterior: sus acciones no se vuelven a ejecutar</translation>
    </message>
    <message>
        <source>netbench performs this step&apos;s action for you</source>
        <translation>netbench realiza la acción de este paso por usted</translation>
    </message>
    <message>
        <source>Starting the next step…</source>
        <translation>Iniciando el paso siguiente…</translation>
    </message>
    <message>
        <source>Looking back: this step&apos;s actions ran already and are not run again. Next returns to step %1.</source>
        <translation>Mirando atrás: las acciones de este paso ya se ejecutaron y no se repiten. Siguiente vuelve al paso %1.</translation>
    </message>
    <message>
        <source>Doing it for you…</source>
        <translation>Haciéndolo por usted…</translation>
    </message>
    <message>
        <source>Step done. Press Next to go on.</source>
        <translation>Paso terminado. Pulse Siguiente para continuar.</translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>#%1: %2</source>
        <translation>n.º %1: %2</translation>
    </message>
    <message>
        <source>#%1: file not sent: %2</source>
        <translation>n.º %1: archivo no enviado: %2</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Extremos</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Script Console</source>
        <translation>Consola de script</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>Diagrama de secuencia</translation>
    </message>
    <message>
        <source>Peer Conversation</source>
        <translation>Conversación del otro extremo</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation>Abrir &amp;lección…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Lecciones (*.lesson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Abrir traza</translation>
    </message>
    <message>
        <source>JSON Lines traces (*.jsonl *.json);;All files (*)</source>
        <translation>Trazas JSON Lines (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export trace as CSV</source>
        <translation>Exportar traza como CSV</translation>
    </message>
    <message>
        <source>Export trace as JSON Lines</source>
        <translation>Exportar traza como JSON Lines</translation>
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
        <translation>Exportar traza</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json)</source>
        <translation>Espacios de trabajo de netbench (*.nbw.json *.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json);;All files (*)</source>
        <translation>Espacios de trabajo de netbench (*.nbw.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Run script</source>
        <translation>Ejecutar script</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export as &amp;Script…</source>
        <translation>Exportar como scr&amp;ipt…</translation>
    </message>
    <message>
        <source>The calls made in this window as a Node-style script that makes them again with the same timing (node or netbench run)</source>
        <translation>Las llamadas hechas en esta ventana como un script al estilo de Node que las repite con la misma temporización (node o netbench run)</translation>
    </message>
    <message>
        <source>Export as script</source>
        <translation>Exportar como script</translation>
    </message>
    <message>
        <source>JavaScript (*.js)</source>
        <translation>JavaScript (*.js)</translation>
    </message>
    <message>
        <source>netbench session of %1</source>
        <translation>sesión de netbench de %1</translation>
    </message>
    <message>
        <source>Script exported to %1</source>
        <translation>Script exportado a %1</translation>
    </message>
    <message>
        <source>Another trace is still being read.</source>
        <translation>Aún se está leyendo otra traza.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 no contiene registros.</translation>
    </message>
    <message>
        <source>%1 opened for review in a window of its own.</source>
        <translation>%1 abierto para revisión en una ventana propia.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>No se pudo leer %n línea:</numerusform>
            <numerusform>No se pudieron leer %n líneas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace saved to %1</source>
        <translation>Espacio de trabajo guardado en %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n listener(s)</source>
        <translation>
            <numerusform>%1 abierto: %n agente de escucha</numerusform>
            <numerusform>%1 abierto: %n agentes de escucha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>, %n cliente</numerusform>
            <numerusform>, %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 endpoints (%2 live) · %3 events · in %4 · out %5</source>
        <translation>%1 extremos (%2 activos) · %3 eventos · entrada %4 · salida %5</translation>
    </message>
    <message>
        <source>About netbench</source>
        <translation>Acerca de netbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and Unix domain sockets, with Node.js &lt;code&gt;net&lt;/code&gt; semantics on Qt %2.&lt;/p&gt;&lt;p&gt;Every event and call is recorded; scripts run with &lt;code&gt;netbench run&lt;/code&gt; or in the Script Console.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para sockets TCP y de dominio Unix, con la semántica &lt;code&gt;net&lt;/code&gt; de Node.js sobre Qt %2.&lt;/p&gt;&lt;p&gt;Cada evento y cada llamada se registran; los scripts se ejecutan con &lt;code&gt;netbench run&lt;/code&gt; o en la consola de script.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>A script is running and %n endpoint(s) are open. Close them and quit?</source>
        <translation>
            <numerusform>Hay un script en ejecución y %n extremo abierto. ¿Cerrarlo y salir?</numerusform>
            <numerusform>Hay un script en ejecución y %n extremos abiertos. ¿Cerrarlos y salir?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) are still open. Close them and quit?</source>
        <translation>
            <numerusform>%n extremo sigue abierto. ¿Cerrarlo y salir?</numerusform>
            <numerusform>%n extremos siguen abiertos. ¿Cerrarlos y salir?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit netbench</source>
        <translation>Salir de netbench</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Retransmisor</translation>
    </message>
    <message>
        <source>New &amp;Relay…</source>
        <translation>Nuevo &amp;retransmisor…</translation>
    </message>
    <message>
        <source>Put netbench between clients and a server: each client gets its own connection to the target, with faults on purpose</source>
        <translation>Poner netbench entre clientes y un servidor: cada cliente obtiene su propia conexión al destino, con fallos a propósito</translation>
    </message>
    <message>
        <source>Close %1? It stops accepting connections; this cannot be undone.</source>
        <translation>¿Cerrar %1? Dejará de aceptar conexiones; esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Destroy %1? It closes at once: data still queued is dropped and the peer sees &apos;end&apos; (or ECONNRESET if data was left unread). This cannot be undone.</source>
        <translation>¿Destruir %1? Se cierra en el acto: los datos aún en cola se descartan y el otro extremo ve &apos;end&apos; (o ECONNRESET si quedaron datos sin leer). Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>Reset %1? It sends an RST: the peer sees ECONNRESET and bytes not yet read on either side are lost. This cannot be undone.</source>
        <translation>¿Restablecer %1? Envía un RST: el otro extremo ve ECONNRESET y los bytes aún no leídos en ambos lados se pierden. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>Cerrar t&amp;odo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window (a running script&apos;s own endpoints are left alone)</source>
        <translation>Destruir cada socket y cerrar cada agente de escucha creados en esta ventana (los extremos propios de un script en ejecución no se tocan)</translation>
    </message>
    <message>
        <source>Close All</source>
        <translation>Cerrar todo</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window? This cannot be undone.</source>
        <translation>¿Destruir cada socket y cerrar cada agente de escucha creados en esta ventana? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No endpoints yet.&lt;/b&gt; To start:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;New Listener…&lt;/a&gt; (%1): a server on a port or a Unix socket path; port 0 lets the kernel pick a free one.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;New Client…&lt;/a&gt; (%2): connect to it; the dialog lists the live listeners.&lt;/li&gt;&lt;li&gt;Type in the Composer below and press Send.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Or follow a guided &lt;a href=&quot;#lessons&quot;&gt;lesson&lt;/a&gt;, or &lt;a href=&quot;#script&quot;&gt;run a script&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Quick Start&lt;/a&gt; explains the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay extremos.&lt;/b&gt; Para empezar:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;Nuevo agente de escucha…&lt;/a&gt; (%1): un servidor en un puerto o en una ruta de socket Unix; el puerto 0 deja que el kernel elija uno libre.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;Nuevo cliente…&lt;/a&gt; (%2): conectarse a él; el diálogo enumera los agentes de escucha activos.&lt;/li&gt;&lt;li&gt;Escriba en el editor de abajo y pulse Enviar.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;O siga una &lt;a href=&quot;#lessons&quot;&gt;lección&lt;/a&gt; guiada, o &lt;a href=&quot;#script&quot;&gt;ejecute un script&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Inicio rápido&lt;/a&gt; explica la ventana.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>&amp;Inicio rápido</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Auto-reply R&amp;ules…</source>
        <translation>Reglas de respuesta a&amp;utomática…</translation>
    </message>
    <message>
        <source>Answer what the selected listener&apos;s connections (or the selected socket) receive by rules: match, reply, delay, end or reset</source>
        <translation>Responder según reglas a lo que reciben las conexiones del agente de escucha seleccionado (o el socket seleccionado): coincidencia, respuesta, retardo, end o reset</translation>
    </message>
    <message>
        <source>Auto-reply rules of %1</source>
        <translation>Reglas de respuesta automática de %1</translation>
    </message>
    <message>
        <source>Saved Messages</source>
        <translation>Mensajes guardados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Reconnect attempt %1: #%2 in place of #%3</source>
        <translation>Intento de reconexión %1: n.º %2 en lugar de n.º %3</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1 of %2, next in %3 s</source>
        <translation>reconectando, intento %1 de %2, el siguiente en %3 s</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1, next in %2 s</source>
        <translation>reconectando, intento %1, el siguiente en %2 s</translation>
    </message>
    <message>
        <source>#%1 closed: %2</source>
        <translation>n.º %1 cerrado: %2</translation>
    </message>
    <message>
        <source>replaced by #%1</source>
        <translation>sustituido por n.º %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>intento %1</translation>
    </message>
    <message>
        <source>This connection answers by the rules of %1, which accepted it. A change applies to all of that listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>Esta conexión responde según las reglas de %1, que la aceptó. Un cambio se aplica a todas las conexiones de ese agente de escucha: a las abiertas desde su siguiente mensaje y a cada una que acepte después.</translation>
    </message>
    <message>
        <source>A change applies to all of this listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>Un cambio se aplica a todas las conexiones de este agente de escucha: a las abiertas desde su siguiente mensaje y a cada una que acepte después.</translation>
    </message>
    <message>
        <source>A change applies to this connection from its next message on.</source>
        <translation>Un cambio se aplica a esta conexión desde su siguiente mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>, %n relay(s)</source>
        <translation>
            <numerusform>, %n retransmisor</numerusform>
            <numerusform>, %n retransmisores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is open, but %n thing(s) in it could not be used as saved:</source>
        <translation>
            <numerusform>%1 está abierto, pero %n elemento no se pudo usar tal como se guardó:</numerusform>
            <numerusform>%1 está abierto, pero %n elementos no se pudieron usar tal como se guardaron:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::NewClientDialog</name>
    <message>
        <source>none (data as bytes)</source>
        <translation>ninguna (datos como bytes)</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>La ruta tiene %1 bytes; una ruta de socket Unix puede tener como mucho %2.</translation>
    </message>
    <message>
        <source>Enter the port to connect to.</source>
        <translation>Introduzca el puerto con el que conectar.</translation>
    </message>
    <message>
        <source>Unix socket to connect to</source>
        <translation>Socket Unix con el que conectar</translation>
    </message>
    <message>
        <source>None: make one with New Listener</source>
        <translation>Ninguno: cree uno con Nuevo agente de escucha</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>Elegir un agente de escucha de esta ventana…</translation>
    </message>
    <message>
        <source>Enter the path of the Unix domain socket to connect to, such as /tmp/app.sock.</source>
        <translation>Introduzca la ruta del socket de dominio Unix con el que conectar, como /tmp/app.sock.</translation>
    </message>
    <message>
        <source>Enter the host to connect to: a name such as localhost or an address such as 127.0.0.1.</source>
        <translation>Introduzca el host con el que conectar: un nombre como localhost o una dirección como 127.0.0.1.</translation>
    </message>
    <message>
        <source>The local address must be an IP address of this machine (such as 127.0.0.1), not %1.</source>
        <translation>La dirección local debe ser una dirección IP de esta máquina (como 127.0.0.1), no %1.</translation>
    </message>
    <message>
        <source>Local port: %1</source>
        <translation>Puerto local: %1</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>Respuesta automática:</translation>
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
        <translation>todas las interfaces (0.0.0.0)</translation>
    </message>
    <message>
        <source>all interfaces (::)</source>
        <translation>todas las interfaces (::)</translation>
    </message>
    <message>
        <source>Enter the address to listen on.</source>
        <translation>Introduzca la dirección en la que escuchar.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>La ruta tiene %1 bytes; una ruta de socket Unix puede tener como mucho %2.</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>La ruta no debe contener un carácter NUL.</translation>
    </message>
    <message>
        <source>Listening on all interfaces: reachable from other machines on the network.</source>
        <translation>Escuchando en todas las interfaces: accesible desde otras máquinas de la red.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: reachable from other machines.</source>
        <translation>%1 no es una dirección de bucle local: accesible desde otras máquinas.</translation>
    </message>
    <message>
        <source>Unix socket path</source>
        <translation>Ruta del socket Unix</translation>
    </message>
    <message>
        <source>Enter a path for the Unix domain socket, such as /tmp/netbench.sock.</source>
        <translation>Introduzca una ruta para el socket de dominio Unix, como /tmp/netbench.sock.</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>Respuesta automática:</translation>
    </message>
</context>
<context>
    <name>gui::NewRelayDialog</name>
    <message>
        <source>New Relay</source>
        <translation>Nuevo retransmisor</translation>
    </message>
    <message>
        <source>Clients connect to the relay; each one gets its own connection to the target, and both legs show in the endpoint tree. Faults are set in the Relay panel, live.</source>
        <translation>Los clientes se conectan al retransmisor; cada uno obtiene su propia conexión al destino, y ambos tramos se muestran en el árbol de extremos. Los fallos se ajustan en directo en el panel Retransmisor.</translation>
    </message>
    <message>
        <source>Clients connect to</source>
        <translation>Los clientes se conectan a</translation>
    </message>
    <message>
        <source>Relay each client to</source>
        <translation>Retransmitir cada cliente a</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 toma un puerto libre</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>A client whose target connection is not up after this long is reset, and the event stream says why</source>
        <translation>Un cliente cuya conexión al destino no está establecida tras este tiempo se restablece, y el flujo de eventos dice por qué</translation>
    </message>
    <message>
        <source>Target connect timeout:</source>
        <translation>Tiempo de espera de conexión al destino:</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>Socket Unix</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>Enter the address the relay listens on, such as 127.0.0.1.</source>
        <translation>Introduzca la dirección en la que escucha el retransmisor, como 127.0.0.1.</translation>
    </message>
    <message>
        <source>Enter the host the relay connects to.</source>
        <translation>Introduzca el host al que se conecta el retransmisor.</translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation>El host no debe contener espacios.</translation>
    </message>
    <message>
        <source>Enter the port clients connect to (0 picks a free one).</source>
        <translation>Introduzca el puerto al que se conectan los clientes (0 toma uno libre).</translation>
    </message>
    <message>
        <source>Enter the port of the target.</source>
        <translation>Introduzca el puerto del destino.</translation>
    </message>
    <message>
        <source>“%1” is not a port: enter a number from %2 to 65535.</source>
        <translation>«%1» no es un puerto: introduzca un número de %2 a 65535.</translation>
    </message>
    <message>
        <source>The target needs a real port: 0 only means “any free port” when listening.</source>
        <translation>El destino necesita un puerto real: 0 solo significa «cualquier puerto libre» al escuchar.</translation>
    </message>
    <message>
        <source>Enter a path for the relay&apos;s Unix socket.</source>
        <translation>Introduzca una ruta para el socket Unix del retransmisor.</translation>
    </message>
    <message>
        <source>Enter the path of the target&apos;s Unix socket.</source>
        <translation>Introduzca la ruta del socket Unix del destino.</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>La ruta no debe contener un carácter NUL.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>La ruta tiene %1 bytes; una ruta de socket Unix puede tener como mucho %2.</translation>
    </message>
    <message>
        <source>The relay would connect to itself: choose another target.</source>
        <translation>El retransmisor se conectaría a sí mismo: elija otro destino.</translation>
    </message>
</context>
<context>
    <name>gui::RelayPanel</name>
    <message>
        <source>Refuse new connections (reset at once)</source>
        <translation>Rechazar conexiones nuevas (restablecer en el acto)</translation>
    </message>
    <message>
        <source>Client → server</source>
        <translation>Cliente → servidor</translation>
    </message>
    <message>
        <source>Server → client</source>
        <translation>Servidor → cliente</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Each chunk waits this long in the relay before it goes on</source>
        <translation>Cada fragmento espera este tiempo en el retransmisor antes de seguir</translation>
    </message>
    <message>
        <source> B/s</source>
        <translation> B/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latencia:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Ancho de banda:</translation>
    </message>
    <message>
        <source>as they arrive</source>
        <translation>tal cual</translation>
    </message>
    <message>
        <source>fixed size</source>
        <translation>fijos</translation>
    </message>
    <message>
        <source>random size</source>
        <translation>aleatorios</translation>
    </message>
    <message>
        <source>Forward in pieces, one write each, so that stream-boundary bugs show up</source>
        <translation>Reenviar en trozos, una escritura cada uno, para que aparezcan los errores de límites del flujo</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>sin pausa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Trozos:</translation>
    </message>
    <message>
        <source>Pause after each:</source>
        <translation>Pausa tras:</translation>
    </message>
    <message>
        <source>Hold: forward nothing (the sender&apos;s backpressure builds)</source>
        <translation>Retener: no reenviar nada (contrapresión)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>en el acto</translation>
    </message>
    <message>
        <source>after</source>
        <translation>tras</translation>
    </message>
    <message>
        <source>Inject FIN</source>
        <translation>Inyectar FIN</translation>
    </message>
    <message>
        <source>end() towards the receiver once this many bytes went through; the rest of this direction is dropped</source>
        <translation>end() hacia el receptor cuando hayan pasado estos bytes; el resto de esta dirección se tira</translation>
    </message>
    <message>
        <source>Inject RST</source>
        <translation>Inyectar RST</translation>
    </message>
    <message>
        <source>Reset both legs once this many bytes went through: both peers see ECONNRESET</source>
        <translation>Restablecer ambos tramos cuando hayan pasado estos bytes: ambos extremos ven ECONNRESET</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>The receiver gets exactly this many bytes and end(); the sender&apos;s leg closes</source>
        <translation>El receptor recibe exactamente estos bytes y end(); el tramo del emisor se cierra</translation>
    </message>
    <message>
        <source>Select a relay, or one of its connections, in the Endpoints panel (Endpoint ▸ New Relay… makes one).</source>
        <translation>Seleccione un retransmisor, o una de sus conexiones, en el panel Extremos (Extremo ▸ Nuevo retransmisor… crea uno).</translation>
    </message>
    <message>
        <source>%1 · %2 relayed, %3 open, %4 refused</source>
        <translation>%1 · %2 retransmitidos, %3 abiertos, %4 rechazados</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Forwarded %1 · waiting in the relay %2</source>
        <translation>Reenviados %1 · esperando en el retransmisor %2</translation>
    </message>
</context>
<context>
    <name>gui::ReplyRulesField</name>
    <message>
        <source>Auto-reply rule&amp;s…</source>
        <translation>Regla&amp;s de respuesta…</translation>
    </message>
    <message>
        <source>Answer what arrives by rules: match, reply, delay, end or reset. Rules answer instead of the automatic behaviour.</source>
        <translation>Responder a lo que llega según reglas: coincidir, responder, retrasar, terminar o restablecer. Las reglas responden en lugar del comportamiento automático.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 on</source>
        <translation>
            <numerusform>%n regla, %1 activa</numerusform>
            <numerusform>%n reglas, %1 activas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RulesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Auto-reply rules</source>
        <translation>Reglas de respuesta automática</translation>
    </message>
    <message>
        <source>Each chunk as read</source>
        <translation>Cada fragmento tal como se lee</translation>
    </message>
    <message>
        <source>Each line (LF, CR LF)</source>
        <translation>Cada línea (LF, CR LF)</translation>
    </message>
    <message>
        <source>Each message ending in:</source>
        <translation>Cada mensaje que termina en:</translation>
    </message>
    <message>
        <source>delimiter, with escapes (\0, \r\n)</source>
        <translation>delimitador, con secuencias de escape (\0, \r\n)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Rule  KIND[,OPTION...]:PATTERN=REPLY</source>
        <translation>Regla  KIND[,OPTION...]:PATTERN=REPLY</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mensajes:</translation>
    </message>
    <message>
        <source>KIND: exact, contains, re, hex. OPTION: delay=200ms, end, reset. REPLY: text with \r \n \xHH and $1, ${count}, ${time}, ${data}, or hex:BYTES. The first rule that matches a message answers it.</source>
        <translation>KIND: exact, contains, re, hex. OPTION: delay=200ms, end, reset. REPLY: texto con \r \n \xHH y $1, ${count}, ${time}, ${data}, o hex:BYTES. La primera regla que coincide con un mensaje lo responde.</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Delimitador: %1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>Rule %1 is kept as the workspace had it, and stays off: %2</source>
        <translation>La regla %1 se conserva tal como la tenía el espacio de trabajo y sigue desactivada: %2</translation>
    </message>
</context>
<context>
    <name>gui::RulesScript</name>
    <message>
        <source>its regular expression uses PCRE syntax that JavaScript does not have</source>
        <translation>su expresión regular usa sintaxis PCRE que JavaScript no tiene</translation>
    </message>
    <message>
        <source>it is turned off</source>
        <translation>está desactivada</translation>
    </message>
    <message>
        <source>%1: auto-reply rule %2 (%3) left out: %4</source>
        <translation>%1: regla de respuesta automática %2 (%3) omitida: %4</translation>
    </message>
</context>
<context>
    <name>gui::SavedMessagesWidget</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Add from Composer</source>
        <translation>Añadir desde el editor</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>Mensajes guardados</translation>
    </message>
    <message>
        <source>Send saved message</source>
        <translation>Enviar mensaje guardado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2 (line %3, column %4)</source>
        <translation>«%1» no se puede enviar: %2 (línea %3, columna %4)</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Guardar mensaje</translation>
    </message>
    <message>
        <source>Edit saved message</source>
        <translation>Editar mensaje guardado</translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>Importar mensajes guardados</translation>
    </message>
    <message>
        <source>Saved messages (*.json);;All files (*)</source>
        <translation>Mensajes guardados (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>Exportar mensajes guardados</translation>
    </message>
    <message>
        <source>Saved messages (*.json)</source>
        <translation>Mensajes guardados (*.json)</translation>
    </message>
    <message>
        <source>Text (escapes \r \n \t \0 \\ \xNN)</source>
        <translation>Texto (secuencias de escape \r \n \t \0 \\ \xNN)</translation>
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
        <translation>Archivo (su ruta)</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Sin fin de línea</translation>
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
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Line ending:</source>
        <translation>Fin de línea:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;: %2</source>
        <translation>Enviar «%1»: %2</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>Seleccione un socket conectado al que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read. They stay in the file as they are.</source>
        <translation>
            <numerusform>%1: no se pudo leer %n entrada sin nombre, tipo conocido o contenido. Se queda en el archivo tal como está.</numerusform>
            <numerusform>%1: no se pudieron leer %n entradas sin nombre, tipo conocido o contenido. Se quedan en el archivo tal como están.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read and were not imported.</source>
        <translation>
            <numerusform>%1: no se pudo leer %n entrada sin nombre, tipo conocido o contenido, y no se importó.</numerusform>
            <numerusform>%1: no se pudieron leer %n entradas sin nombre, tipo conocido o contenido, y no se importaron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ScriptConsoleWidget</name>
    <message>
        <source>Run script</source>
        <translation>Ejecutar script</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <source>Stopped (exit code 130).</source>
        <translation>Detenido (código de salida 130).</translation>
    </message>
    <message>
        <source>Finished with exit code %1.</source>
        <translation>Terminado con el código de salida %1.</translation>
    </message>
    <message>
        <source>Choose a script file first.</source>
        <translation>Elija primero un archivo de script.</translation>
    </message>
    <message>
        <source>A script is already running; stop it first.</source>
        <translation>Ya hay un script en ejecución; deténgalo primero.</translation>
    </message>
</context>
<context>
    <name>gui::SequenceDiagramWidget</name>
    <message>
        <source>Hide data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Hide data arrows and write() calls</source>
        <translation>Ocultar las flechas de datos y las llamadas a write()</translation>
    </message>
    <message>
        <source>Hide internal calls</source>
        <translation>Sin llamadas internas</translation>
    </message>
    <message>
        <source>Hide the calls netcore made itself (auto end, auto destroy)</source>
        <translation>Ocultar las llamadas que netcore hizo por sí mismo (end automático, destroy automático)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Reducir (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Ampliar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as SVG</source>
        <translation>Exportar el diagrama desde la parte superior de la vista como SVG</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as PNG</source>
        <translation>Exportar el diagrama desde la parte superior de la vista como PNG</translation>
    </message>
    <message>
        <source>%1 rows, %2 lanes</source>
        <translation>%1 filas, %2 calles</translation>
    </message>
    <message>
        <source>Cannot make a PNG of the diagram</source>
        <translation>No se puede generar un PNG del diagrama</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exportar diagrama como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exportar diagrama como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
</context>
<context>
    <name>gui::SequenceLayout</name>
    <message>
        <source>server #%1</source>
        <translation>servidor n.º %1</translation>
    </message>
    <message>
        <source>accepted #%1</source>
        <translation>aceptado n.º %1</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>cliente n.º %1</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>exterior</translation>
    </message>
    <message>
        <source>peer of #%1 at %2</source>
        <translation>otro extremo de n.º %1 en %2</translation>
    </message>
    <message>
        <source>peer of #%1</source>
        <translation>otro extremo de n.º %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
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
        <translation>1 registro perdido</translation>
    </message>
    <message>
        <source>%1 records lost</source>
        <translation>%1 registros perdidos</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation>%1 escrituras</translation>
    </message>
    <message>
        <source>part of a write</source>
        <translation>parte de una escritura</translation>
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
        <translation>&apos;connection&apos; n.º %1</translation>
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
        <translation>Bytes por segundo recibidos (entrada) y enviados (salida) en los últimos 60 segundos</translation>
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
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>salida %1</translation>
    </message>
</context>
<context>
    <name>gui::TraceReviewWindow</name>
    <message>
        <source>%1 — review — netbench</source>
        <translation>%1 — revisión — netbench</translation>
    </message>
    <message>
        <source>a trace keeps the first %1 bytes of each chunk</source>
        <translation>una traza conserva los primeros %1 bytes de cada fragmento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records, %3 endpoints, read from the file. A review is read-only: nothing here sends or changes an endpoint.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 registros, %3 extremos, leídos del archivo. Una revisión es de solo lectura: nada aquí envía ni cambia un extremo.</translation>
    </message>
</context>
<context>
    <name>gui::UserPrompts</name>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>No volver a preguntar</translation>
    </message>
</context>
<context>
    <name>gui::WindowLayouts</name>
    <message>
        <source>&amp;Teaching Layout</source>
        <translation>Disposición para &amp;clase</translation>
    </message>
    <message>
        <source>For a class: the sequence diagram, the event stream and both ends&apos; conversations side by side, in large text</source>
        <translation>Para una clase: el diagrama de secuencia, el flujo de eventos y las conversaciones de ambos extremos lado a lado, con texto grande</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Restablecer &amp;disposición</translation>
    </message>
    <message>
        <source>The panels where a first run puts them</source>
        <translation>Los paneles donde los coloca un primer inicio</translation>
    </message>
</context>
<context>
    <name>lesson::Builtin</name>
    <message>
        <source>no built-in lesson &apos;%1&apos; (netbench lesson --list lists them; a file&apos;s path works too)</source>
        <translation>no hay ninguna lección incorporada &apos;%1&apos; (netbench lesson --list las enumera; la ruta de un archivo también vale)</translation>
    </message>
</context>
<context>
    <name>lesson::Expectation</name>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation>unas comillas (&quot;) no están cerradas</translation>
    </message>
    <message>
        <source>an expectation is ROLE NAME [KEY=VALUE ...], as in &apos;client end&apos; or &apos;client write() ok=false&apos;</source>
        <translation>una expectativa es ROLE NAME [KEY=VALUE ...], como en &apos;client end&apos; o &apos;client write() ok=false&apos;</translation>
    </message>
    <message>
        <source>unknown event or call &apos;%1&apos; (known: %2)</source>
        <translation>evento o llamada desconocidos &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field test (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N or KEY~TEXT)</source>
        <translation>&apos;%1&apos; no es una prueba de campo (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N o KEY~TEXT)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>campo desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
</context>
<context>
    <name>lesson::Parser</name>
    <message>
        <source>a lesson is text; this file holds a NUL byte</source>
        <translation>una lección es texto; este archivo contiene un byte NUL</translation>
    </message>
    <message>
        <source>code comes inside a step (after a &apos;## &apos; heading)</source>
        <translation>el código va dentro de un paso (tras un encabezado &apos;## &apos;)</translation>
    </message>
    <message>
        <source>a step has one code block; this step already has one</source>
        <translation>un paso tiene un solo bloque de código; este paso ya tiene uno</translation>
    </message>
    <message>
        <source>a code block is JavaScript (&apos;```&apos; or &apos;```js&apos;), not &apos;%1&apos;</source>
        <translation>un bloque de código es JavaScript (&apos;```&apos; o &apos;```js&apos;), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos; before its first step</source>
        <translation>una lección empieza con &apos;title: ...&apos; antes de su primer paso</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos;</source>
        <translation>una lección empieza con &apos;title: ...&apos;</translation>
    </message>
    <message>
        <source>the lesson already has a title</source>
        <translation>la lección ya tiene un título</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>el título está vacío</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; belongs to a step (after a &apos;## &apos; heading)</source>
        <translation>&apos;%1:&apos; pertenece a un paso (tras un encabezado &apos;## &apos;)</translation>
    </message>
    <message>
        <source>a step has one &apos;do:&apos; instruction</source>
        <translation>un paso tiene una sola instrucción &apos;do:&apos;</translation>
    </message>
    <message>
        <source>&apos;do:&apos; says what the learner does</source>
        <translation>&apos;do:&apos; dice lo que hace el alumno</translation>
    </message>
    <message>
        <source>&apos;timeout:&apos; is a number of milliseconds from 1 to 600000</source>
        <translation>&apos;timeout:&apos; es un número de milisegundos de 1 a 600000</translation>
    </message>
    <message>
        <source>the code block opened here is not closed with &apos;```&apos;</source>
        <translation>el bloque de código abierto aquí no se cierra con &apos;```&apos;</translation>
    </message>
    <message>
        <source>a lesson has at least one step (&apos;## Step title&apos;)</source>
        <translation>una lección tiene al menos un paso (&apos;## Título del paso&apos;)</translation>
    </message>
</context>
<context>
    <name>lesson::Runner</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Para quien aprende: %1</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot; (line %3): %4</source>
        <translation>paso %1 &quot;%2&quot; (línea %3): %4</translation>
    </message>
    <message>
        <source>noticed: %1</source>
        <translation>observado: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not happen within %2 ms</source>
        <translation>&quot;%1&quot; no ocurrió en %2 ms</translation>
    </message>
    <message>
        <source>its code did not finish within %1 ms</source>
        <translation>su código no terminó en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <comment>a server&apos;s &apos;connection&apos; event: the new socket&apos;s label</comment>
        <translation>aceptado como %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>a socket&apos;s &apos;connect&apos; event: the address it reached</comment>
        <translation>a %1</translation>
    </message>
    <message>
        <source>(a learner action: skipped when run headless)</source>
        <translation>(una acción de quien aprende: se omite sin ventana)</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>Lección completada: ocurrieron todos los eventos esperados.</translation>
    </message>
    <message>
        <source>lesson failed: %1</source>
        <translation>la lección falló: %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s code threw: %1</source>
        <translation>el código de la lección lanzó una excepción: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens the netbench window, with a saved workspace or trace if given.</source>
        <translation>Abre la ventana de netbench, con un espacio de trabajo o una traza guardados si se indican.</translation>
    </message>
    <message>
        <source>A workspace (.json) to open, or a trace (.jsonl) to review.</source>
        <translation>Un espacio de trabajo (.json) que abrir, o una traza (.jsonl) que revisar.</translation>
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
        <translation>Uso: netbench ORDEN [opciones] [argumentos]
Banco de trabajo para sockets TCP y Unix, con la semántica net de Node.

Sin una orden, netbench abre su ventana.

Órdenes:
  gui [FILE]                 Abrir la ventana, con espacio de trabajo o traza.
  run FILE.js [ARGS...]      Ejecutar un script net estilo Node, sin ventana.
  listen [HOST:]PORT | PATH  Aceptar una conexión y pasarla a la E/S estándar.
  connect HOST PORT | PATH   Conectar y pasar la conexión a la E/S estándar.
  relay LISTEN TARGET        Retransmitir clientes a un servidor, con fallos.
  demo [--unix]              Un recorrido: servidor y cliente en un bucle.
  lesson NAME | FILE         Ejecutar una lección guiada sin ventana (--list).

&apos;netbench ORDEN --help&apos; enumera las opciones de una orden.
Un destino puede ser HOST PORT, HOST:PORT o [IPV6]:PORT. Como en ncat,
&apos;netbench -l [opciones] PORT&apos; es listen; &apos;netbench -OPCIONES HOST PORT&apos; connect.
  -h, --help     Mostrar esta ayuda.
  -v, --version  Mostrar la versión.
</translation>
    </message>
    <message>
        <source>Usage: netbench gui [FILE]
Opens the window, with a workspace (.json) or a trace (.jsonl) if given.
</source>
        <translation>Uso: netbench gui [FILE]
Abre la ventana, con un espacio de trabajo (.json) o una traza (.jsonl) si se indica.
</translation>
    </message>
    <message>
        <source>netbench: unknown command &apos;%1&apos;</source>
        <translation>netbench: orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netbench: the window needs a display (X11 or Wayland), and none is set.
Without one, use the headless commands: netbench run | listen | connect | relay | demo | lesson (netbench --help).
</source>
        <translation>netbench: la ventana necesita una pantalla (X11 o Wayland), y no hay ninguna definida.
Sin ella, use las órdenes sin ventana: netbench run | listen | connect | relay | demo | lesson (netbench --help).
</translation>
    </message>
</context>
<context>
    <name>session::Engine</name>
    <message>
        <source>the target did not answer within %1 ms: the client was reset</source>
        <translation>el destino no respondió en %1 ms: se restableció el cliente</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a relay, or it is gone.</source>
        <translation>El extremo %1 no es un retransmisor, o ya no existe.</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a socket, or it is gone.</source>
        <translation>El extremo %1 no es un socket, o ya no existe.</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a server, or it is gone.</source>
        <translation>El extremo %1 no es un servidor, o ya no existe.</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>La conexión ya no existe.</translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation>Ya se está enviando un archivo por esta conexión.</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>La conexión se cerró antes de enviar el archivo.</translation>
    </message>
    <message>
        <source>auto-reply rule %1: %2</source>
        <translation>regla de respuesta automática %1: %2</translation>
    </message>
    <message>
        <source>auto-reply rules: %1</source>
        <translation>reglas de respuesta automática: %1</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts</source>
        <translation>abandono tras %1 intentos de reconexión</translation>
    </message>
    <message>
        <source>not connected: the listener it connects to (listener %1 of the workspace) is not listening</source>
        <translation>no conectado: el agente de escucha al que se conecta (agente de escucha %1 del espacio de trabajo) no está escuchando</translation>
    </message>
</context>
<context>
    <name>session::FileSender</name>
    <message>
        <source>This file send has already started.</source>
        <translation>Este envío de archivo ya ha empezado.</translation>
    </message>
    <message>
        <source>The connection is not writable.</source>
        <translation>La conexión no admite escritura.</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>La conexión se cerró antes de enviar el archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it is shorter than when the send started</source>
        <translation>es más corto que cuando empezó el envío</translation>
    </message>
</context>
<context>
    <name>session::MessageLibrary</name>
    <message>
        <source>A file is sent by streaming it, not as one payload.</source>
        <translation>Un archivo se envía como flujo, no como una sola carga.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>JSON no válido (posición %1): %2</translation>
    </message>
    <message>
        <source>Not a file of netbench messages (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>No es un archivo de mensajes de netbench (falta &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Messages of version %1; this netbench reads version %2.</source>
        <translation>Mensajes de la versión %1; este netbench lee la versión %2.</translation>
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
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>A backslash at the end starts no escape; write \\ for a backslash</source>
        <translation>Una barra invertida al final no inicia ninguna secuencia de escape; escriba \\ para una barra invertida</translation>
    </message>
    <message>
        <source>\x needs two hex digits, as in \x0a</source>
        <translation>\x necesita dos dígitos hexadecimales, como en \x0a</translation>
    </message>
    <message>
        <source>Unknown escape \%1; use \r \n \t \0 \\ or \xNN</source>
        <translation>Secuencia de escape desconocida \%1; use \r \n \t \0 \\ o \xNN</translation>
    </message>
    <message>
        <source>%1 is not a hex digit</source>
        <translation>%1 no es un dígito hexadecimal</translation>
    </message>
    <message>
        <source>0x is not followed by hex digits</source>
        <translation>0x no va seguido de dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot;; each byte takes two</source>
        <translation>Número impar de dígitos hexadecimales en &quot;%1&quot;; cada byte ocupa dos</translation>
    </message>
    <message>
        <source>Nothing may follow the &apos;=&apos; padding</source>
        <translation>Nada puede seguir al relleno &apos;=&apos;</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding too early</source>
        <translation>Relleno &apos;=&apos; demasiado pronto</translation>
    </message>
    <message>
        <source>%1 is not a base64 character</source>
        <translation>%1 no es un carácter base64</translation>
    </message>
    <message>
        <source>Only &apos;=&apos; may follow &apos;=&apos; padding</source>
        <translation>Solo &apos;=&apos; puede seguir al relleno &apos;=&apos;</translation>
    </message>
    <message>
        <source>Incomplete group of %1 characters; base64 comes in fours, padded with &apos;=&apos;</source>
        <translation>Grupo incompleto de %1 caracteres; base64 va de cuatro en cuatro, rellenado con &apos;=&apos;</translation>
    </message>
</context>
<context>
    <name>session::ReconnectPolicy</name>
    <message>
        <source>the reconnect delay must be 0 to %1 ms</source>
        <translation>el retardo de reconexión debe ser de 0 a %1 ms</translation>
    </message>
    <message>
        <source>the backoff factor must be 1 to %1</source>
        <translation>el factor de espera debe ser de 1 a %1</translation>
    </message>
    <message>
        <source>the longest reconnect delay must be from the first delay to %1 ms</source>
        <translation>el mayor retardo de reconexión debe ir del primer retardo a %1 ms</translation>
    </message>
    <message>
        <source>the number of reconnect attempts cannot be negative (0: no limit)</source>
        <translation>el número de intentos de reconexión no puede ser negativo (0: sin límite)</translation>
    </message>
</context>
<context>
    <name>session::RegularFile</name>
    <message>
        <source>%1 is not a regular file (a device, a FIFO or a socket).</source>
        <translation>%1 no es un archivo normal (un dispositivo, un FIFO o un socket).</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No existe el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 no se puede leer.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3).</source>
        <translation>%1 es demasiado grande (%2; como mucho %3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>session::ReplyRule</name>
    <message>
        <source>a rule is KIND:PATTERN=REPLY (KIND: exact, contains, re or hex)</source>
        <translation>una regla es KIND:PATTERN=REPLY (KIND: exact, contains, re o hex)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>tipo desconocido &apos;%1&apos; (exact, contains, re o hex)</translation>
    </message>
    <message>
        <source>no &apos;=&apos; between the pattern and the reply (write \= for an &apos;=&apos; in the pattern)</source>
        <translation>no hay &apos;=&apos; entre el patrón y la respuesta (escriba \= para un &apos;=&apos; en el patrón)</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>coincidencia desconocida &apos;%1&apos; (exact, contains, re o hex)</translation>
    </message>
    <message>
        <source>delayMs must be from 0 to 86400000</source>
        <translation>delayMs debe ir de 0 a 86400000</translation>
    </message>
    <message>
        <source>unknown after &apos;%1&apos; (none, end or reset)</source>
        <translation>after desconocido &apos;%1&apos; (none, end o reset)</translation>
    </message>
    <message>
        <source>end and reset exclude each other</source>
        <translation>end y reset se excluyen mutuamente</translation>
    </message>
    <message>
        <source>delay needs a time with its unit, such as delay=200ms, delay=1.5s or delay=1m, not &apos;%1&apos;</source>
        <translation>delay necesita un tiempo con su unidad, como delay=200ms, delay=1.5s o delay=1m, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (options: delay=TIME, end, reset, off)</source>
        <translation>opción desconocida &apos;%1&apos; (opciones: delay=TIME, end, reset, off)</translation>
    </message>
    <message>
        <source>delim: needs at least one byte</source>
        <translation>delim: necesita al menos un byte</translation>
    </message>
    <message>
        <source>framing is chunk, line or delim:TEXT, not &apos;%1&apos;</source>
        <translation>el entramado es chunk, line o delim:TEXT, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>regla %1: %2</translation>
    </message>
    <message>
        <source>framing: %1; messages are framed by chunk</source>
        <translation>delimitación: %1; los mensajes se delimitan por fragmento</translation>
    </message>
    <message>
        <source>rule %1: %2; it is kept, turned off</source>
        <translation>regla %1: %2; se conserva, desactivada</translation>
    </message>
    <message>
        <source>cannot read rules %1: %2</source>
        <translation>no se pueden leer las reglas %1: %2</translation>
    </message>
    <message>
        <source>rules %1 is not a JSON object: %2</source>
        <translation>las reglas %1 no son un objeto JSON: %2</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>tipo incorrecto</translation>
    </message>
    <message>
        <source>rules %1: %2</source>
        <translation>reglas %1: %2</translation>
    </message>
    <message>
        <source>a lone \ at the end (write \\ for a backslash)</source>
        <translation>una \ suelta al final (escriba \\ para una barra invertida)</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x necesita dos dígitos hexadecimales</translation>
    </message>
    <message>
        <source>unknown escape \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</source>
        <translation>secuencia de escape desconocida \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hex bytes (pairs of digits 0-9 a-f)</source>
        <translation>&apos;%1&apos; no son bytes hexadecimales (pares de dígitos 0-9 a-f)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex pattern (pairs of hex digits, ?? for any byte)</source>
        <translation>&apos;%1&apos; no es un patrón hexadecimal (pares de dígitos hexadecimales, ?? para cualquier byte)</translation>
    </message>
    <message>
        <source>${ without its }</source>
        <translation>${ sin su }</translation>
    </message>
    <message>
        <source>a $ that is no macro (write $$ for a dollar sign)</source>
        <translation>un $ que no es una macro (escriba $$ para un signo de dólar)</translation>
    </message>
    <message>
        <source>the reply uses $%1 but only a regular expression has groups</source>
        <translation>la respuesta usa $%1 pero solo una expresión regular tiene grupos</translation>
    </message>
    <message>
        <source>the reply uses $%1 but the pattern has %2 groups</source>
        <translation>la respuesta usa $%1 pero el patrón tiene %2 grupos</translation>
    </message>
    <message>
        <source>unknown macro ${%1} (${count}, ${time}, ${data}, ${length}, $N)</source>
        <translation>macro desconocida ${%1} (${count}, ${time}, ${data}, ${length}, $N)</translation>
    </message>
    <message>
        <source>bad regular expression at offset %1: %2</source>
        <translation>expresión regular no válida en la posición %1: %2</translation>
    </message>
</context>
<context>
    <name>session::Workspace</name>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>JSON no válido (posición %1): %2</translation>
    </message>
    <message>
        <source>Not a netbench workspace (no &quot;format&quot;: &quot;netbench-workspace&quot;).</source>
        <translation>No es un espacio de trabajo de netbench (falta &quot;format&quot;: &quot;netbench-workspace&quot;).</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported (this netbench reads version %2).</source>
        <translation>La versión %1 del espacio de trabajo no es compatible (este netbench lee la versión %2).</translation>
    </message>
    <message>
        <source>port %1 is not a whole number from %2 to 65535</source>
        <translation>el puerto %1 no es un número entero de %2 a 65535</translation>
    </message>
    <message>
        <source>neither a port nor a Unix socket path</source>
        <translation>ni un puerto ni una ruta de socket Unix</translation>
    </message>
    <message numerus="yes">
        <source>the Unix socket path is longer than %n byte(s)</source>
        <translation>
            <numerusform>la ruta del socket Unix tiene más de %n byte</numerusform>
            <numerusform>la ruta del socket Unix tiene más de %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-reply %1</source>
        <translation>respuesta automática %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>unknown auto-reply &quot;%1&quot; (none, echo or discard); it answers nothing</source>
        <translation>respuesta automática desconocida &quot;%1&quot; (none, echo o discard); no responde nada</translation>
    </message>
    <message>
        <source>family %1 is not 4, 6 or 0 (either); either is used</source>
        <translation>la familia %1 no es 4, 6 ni 0 (cualquiera); se usa cualquiera</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; data is shown as bytes</source>
        <translation>codificación desconocida &quot;%1&quot;; los datos se muestran como bytes</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (ignored)</source>
        <translation>perturbación desconocida &quot;%1&quot; (se ignora)</translation>
    </message>
    <message>
        <source>fault %1 is %2, not a number of 0 or more (0 is used)</source>
        <translation>la perturbación %1 es %2, no un número de 0 o más (se usa 0)</translation>
    </message>
    <message>
        <source>Listener %1 (%2)</source>
        <translation>Agente de escucha %1 (%2)</translation>
    </message>
    <message>
        <source>Client %1 (%2)</source>
        <translation>Cliente %1 (%2)</translation>
    </message>
    <message>
        <source>it was linked to listener %1, which the workspace does not have; it connects to its saved address</source>
        <translation>estaba vinculado al agente de escucha %1, que el espacio de trabajo no tiene; se conecta a su dirección guardada</translation>
    </message>
    <message>
        <source>Relay %1 (%2)</source>
        <translation>Retransmisor %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved message(s) without a name, a known kind or a content could not be read</source>
        <translation>
            <numerusform>no se pudo leer %n mensaje guardado sin nombre, tipo conocido o contenido</numerusform>
            <numerusform>no se pudieron leer %n mensajes guardados sin nombre, tipo conocido o contenido</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown reconnect setting &quot;%1&quot; (ignored)</source>
        <translation>ajuste de reconexión desconocido &quot;%1&quot; (se ignora)</translation>
    </message>
    <message>
        <source>reconnect %1 %2 is out of range; %3 is used</source>
        <translation>reconexión: %1 %2 está fuera de rango; se usa %3</translation>
    </message>
</context>
</TS>
