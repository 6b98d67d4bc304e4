<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>The endpoint Send writes to; a send keeps going to the endpoint it started on</source>
        <translation>L&apos;extrémité où Envoyer écrit ; un envoi continue vers l&apos;extrémité où il a commencé</translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation>&amp;Envoyer comme :</translation>
    </message>
    <message>
        <source>How the editor is read: text with escapes, hex digits, base64, or a file</source>
        <translation>Comment l&apos;éditeur est lu : texte avec échappements, chiffres hexadécimaux, base64 ou un fichier</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>Fin de &amp;ligne :</translation>
    </message>
    <message>
        <source>Appended to the text, and used for each line break typed in the editor</source>
        <translation>Ajoutée au texte et utilisée pour chaque saut de ligne tapé dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation>Tapez ce qu&apos;il faut envoyer. Échappements : \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Path of the file to send</source>
        <translation>Chemin du fichier à envoyer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop reading the file; bytes already queued still go out</source>
        <translation>Arrêter de lire le fichier ; les octets déjà en file partent quand même</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>Sélectionnez un socket connecté auquel envoyer.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Rép&amp;éter :</translation>
    </message>
    <message>
        <source>How many times to send the payload</source>
        <translation>Combien de fois envoyer les données</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>toute&amp;s les</translation>
    </message>
    <message>
        <source>Milliseconds between repeats; 0 sends them back to back</source>
        <translation>Millisecondes entre les répétitions ; 0 les envoie à la suite</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Call end() (send FIN) after the last repeat or the whole file</source>
        <translation>Appeler end() (envoyer FIN) après la dernière répétition ou le fichier entier</translation>
    </message>
    <message>
        <source>E&amp;nd after sending</source>
        <translation>&amp;Terminer après l&apos;envoi</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Arrêter de répéter</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>ConnectMode</name>
    <message>
        <source>reconnecting in %1 ms (attempt %2 of %3)</source>
        <translation>nouvelle connexion dans %1 ms (tentative %2 sur %3)</translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation>nouvelle connexion dans %1 ms (tentative %2)</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts (--max-attempts)</source>
        <translation>abandon après %1 tentatives de reconnexion (--max-attempts)</translation>
    </message>
    <message>
        <source>connected (reconnect attempt %1)</source>
        <translation>connecté (tentative de reconnexion %1)</translation>
    </message>
    <message>
        <source>connect timed out after %1 ms (-w)</source>
        <translation>délai de connexion dépassé après %1 ms (-w)</translation>
    </message>
    <message>
        <source>no activity for %1 ms (--timeout, -i); closed the connection</source>
        <translation>aucune activité pendant %1 ms (--timeout, -i) ; connexion fermée</translation>
    </message>
    <message>
        <source>Turn Nagle&apos;s algorithm off (setNoDelay()).</source>
        <translation>Désactiver l&apos;algorithme de Nagle (setNoDelay()).</translation>
    </message>
    <message>
        <source>Turn TCP keep-alive on, first probe after MS milliseconds idle (setKeepAlive(true, MS)).</source>
        <translation>Activer le keep-alive TCP, première sonde après MS millisecondes d&apos;inactivité (setKeepAlive(true, MS)).</translation>
    </message>
    <message>
        <source>Give up (exit status 1) after MS milliseconds without traffic, connecting included (setTimeout(MS)); -i in milliseconds.</source>
        <translation>Abandonner (code de sortie 1) après MS millisecondes sans trafic, connexion comprise (setTimeout(MS)) ; -i en millisecondes.</translation>
    </message>
    <message>
        <source>Give up connecting after TIME (exit status 1); TIME as for -i.</source>
        <translation>Abandonner la connexion après TIME (code de sortie 1) ; TIME comme pour -i.</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end.</source>
        <translation>Quand le pair termine son côté, terminer aussi le nôtre (le comportement par défaut de Node, allowHalfOpen: false) ; l&apos;entrée standard pas encore envoyée est signalée et le code de sortie est 1. Sans cette option, l&apos;entrée standard est envoyée jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <source>Accepted for older command lines: this is the default now.</source>
        <translation>Accepté pour les anciennes lignes de commande : c&apos;est maintenant le comportement par défaut.</translation>
    </message>
    <message>
        <source>One-shot: send the bytes of FILE instead of standard input, print the reply, exit (see --reply-wait).</source>
        <translation>Envoi unique : envoyer les octets de FILE au lieu de l&apos;entrée standard, afficher la réponse, quitter (voir --reply-wait).</translation>
    </message>
    <message>
        <source>One-shot: send TEXT (UTF-8, with the escapes \r \n \t \0 \\ \xNN), print the reply, exit.</source>
        <translation>Envoi unique : envoyer TEXT (UTF-8, avec les échappements \r \n \t \0 \\ \xNN), afficher la réponse, quitter.</translation>
    </message>
    <message>
        <source>One-shot: send the bytes written as HEX (pairs of digits; spaces, &apos;:&apos; and &apos;,&apos; may separate them), print the reply, exit.</source>
        <translation>Envoi unique : envoyer les octets écrits en HEX (paires de chiffres ; espaces, &apos;:&apos; et &apos;,&apos; peuvent les séparer), afficher la réponse, quitter.</translation>
    </message>
    <message>
        <source>One-shot: the reply is complete when MS milliseconds pass with nothing received after the message was sent (default 2000), or when the peer ends its side, whichever comes first; then the connection is closed and the exit status is 0.</source>
        <translation>Envoi unique : la réponse est complète quand MS millisecondes passent sans rien recevoir après l&apos;envoi du message (2000 par défaut), ou quand le pair termine son côté, au premier des deux ; la connexion est alors fermée et le code de sortie est 0.</translation>
    </message>
    <message>
        <source>With --reconnect: give up (exit status 1) after N reconnects in a row that found no connection; a connection that opens starts the count again (default 0: never give up).</source>
        <translation>Avec --reconnect : abandonner (code de sortie 1) après N reconnexions consécutives sans connexion ; une connexion qui s&apos;ouvre remet le compte à zéro (0 par défaut : ne jamais abandonner).</translation>
    </message>
    <message>
        <source>With --reconnect: multiply the wait by FACTOR after each attempt (1 to 100, default 2).</source>
        <translation>Avec --reconnect : multiplier l&apos;attente par FACTOR après chaque tentative (1 à 100, 2 par défaut).</translation>
    </message>
    <message>
        <source>With --reconnect: never wait longer than MS milliseconds (default 30000).</source>
        <translation>Avec --reconnect : ne jamais attendre plus de MS millisecondes (30000 par défaut).</translation>
    </message>
    <message>
        <source>HOST PORT, HOST:PORT or [IPV6]:PORT for TCP (port 0 to 65535), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>HOST PORT, HOST:PORT ou [IPV6]:PORT pour TCP (port 0 à 65535), ou PATH pour un socket de domaine Unix : un mot contenant un &apos;/&apos; ou se terminant par .sock (n&apos;importe quel mot avec -U).</translation>
    </message>
    <message>
        <source>Connects to a server, like ncat. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Exits when both sides have ended and the connection has closed. Exit status: 0 when everything was delivered, 1 for a network error (the message has Node&apos;s code, e.g. connect ECONNREFUSED 127.0.0.1:9) or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away. With --send, --send-text or --send-hex it is a one-shot client: it sends that message, prints the reply and exits.</source>
        <translation>Se connecte à un serveur, comme ncat. L&apos;entrée standard va vers la connexion et ce qui arrive va vers la sortie standard, octet par octet ; la fin de l&apos;entrée standard semi-ferme la connexion (end()), et l&apos;entrée standard est envoyée jusqu&apos;à sa fin même après que le pair a terminé son côté. Quitte quand les deux côtés ont terminé et que la connexion est fermée. Code de sortie : 0 quand tout a été livré, 1 pour une erreur réseau (le message porte le code de Node, p. ex. connect ECONNREFUSED 127.0.0.1:9) ou une entrée standard non livrée (le message dit combien d&apos;octets), 2 pour une ligne de commande incorrecte, 141 quand le lecteur de la sortie standard est parti. Avec --send, --send-text ou --send-hex, c&apos;est un client à envoi unique : il envoie ce message, affiche la réponse et quitte.</translation>
    </message>
    <message>
        <source>Send a line, print the answer, exit when the server closes.</source>
        <translation>Envoyer une ligne, afficher la réponse, quitter quand le serveur ferme.</translation>
    </message>
    <message>
        <source>Send a file and print every event on standard error.</source>
        <translation>Envoyer un fichier et afficher chaque événement sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>Talk to a Unix socket, with the JSON Lines trace on standard error.</source>
        <translation>Parler à un socket Unix, avec la trace JSON Lines sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>Socket options as in Node&apos;s socket.connect().</source>
        <translation>Options de socket comme dans socket.connect() de Node.</translation>
    </message>
    <message>
        <source>ncat&apos;s options: lines end in CR LF, give up connecting after 5 seconds, a hex dump of both directions.</source>
        <translation>Les options de ncat : lignes terminées par CR LF, abandon de la connexion après 5 secondes, un vidage hexadécimal des deux directions.</translation>
    </message>
    <message>
        <source>Keep listening to a server that restarts: reconnect after 0.5 s, 1 s, 2 s, ..., give up after 10 failures in a row.</source>
        <translation>Rester à l&apos;écoute d&apos;un serveur qui redémarre : reconnexion après 0,5 s, 1 s, 2 s, ..., abandon après 10 échecs consécutifs.</translation>
    </message>
    <message>
        <source>One-shot: send a line, print what comes back until half a second passes in silence.</source>
        <translation>Envoi unique : envoyer une ligne, afficher ce qui revient jusqu&apos;à une demi-seconde de silence.</translation>
    </message>
    <message>
        <source>-w/--wait needs a time above 0 such as 5, 5s or 500ms, not &apos;%1&apos;</source>
        <translation>-w/--wait nécessite une durée supérieure à 0 comme 5, 5s ou 500ms, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout and -i/--idle-timeout are the same; give one</source>
        <translation>--timeout et -i/--idle-timeout sont identiques ; n&apos;en donnez qu&apos;un</translation>
    </message>
    <message>
        <source>--%1 needs milliseconds, not &apos;%2&apos;</source>
        <translation>--%1 nécessite des millisecondes, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close et --allow-half-open s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--%1 needs --reconnect</source>
        <translation>--%1 nécessite --reconnect</translation>
    </message>
    <message>
        <source>--reconnect keeps a client up; a one-shot --send does not reconnect</source>
        <translation>--reconnect maintient un client ; un --send unique ne se reconnecte pas</translation>
    </message>
    <message>
        <source>--reconnect=DELAY_MS needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect=DELAY_MS nécessite des millisecondes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-attempts needs a whole number, not &apos;%1&apos;</source>
        <translation>--max-attempts nécessite un nombre entier, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-backoff needs a number such as 1.5, not &apos;%1&apos;</source>
        <translation>--reconnect-backoff nécessite un nombre comme 1.5, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-max-delay needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect-max-delay nécessite des millisecondes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reply-wait needs --send, --send-text or --send-hex</source>
        <translation>--reply-wait nécessite --send, --send-text ou --send-hex</translation>
    </message>
    <message>
        <source>give one message: --send, --send-text or --send-hex, once</source>
        <translation>donnez un seul message : --send, --send-text ou --send-hex, une fois</translation>
    </message>
    <message>
        <source>--send, --send-text and --send-hex do not read standard input: -C, --send-only and --recv-only do not apply</source>
        <translation>--send, --send-text et --send-hex ne lisent pas l&apos;entrée standard : -C, --send-only et --recv-only ne s&apos;appliquent pas</translation>
    </message>
    <message>
        <source>--reply-wait needs milliseconds above 0, not &apos;%1&apos;</source>
        <translation>--reply-wait nécessite des millisecondes supérieures à 0, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>A client that answers its server&apos;s PING lines until the server ends.</source>
        <translation>Un client qui répond aux lignes PING de son serveur jusqu&apos;à ce que le serveur termine.</translation>
    </message>
    <message>
        <source>Keep the client up: when the connection cannot be made, or closes before standard input has ended (always, with --recv-only), connect again after DELAY_MS milliseconds (1000 when written --reconnect alone), each further wait longer by the backoff factor. The peer&apos;s end ends our side too (no half-open connections), so a server that closes is reconnected at once. Each attempt is said on standard error. Written --reconnect or --reconnect=DELAY_MS.</source>
        <translation>Maintenir le client : quand la connexion ne peut pas être établie, ou se ferme avant la fin de l&apos;entrée standard (toujours, avec --recv-only), se reconnecter après DELAY_MS millisecondes (1000 si --reconnect est écrit seul), chaque attente suivante allongée par le facteur de recul. La fin du pair termine aussi notre côté (pas de connexion semi-ouverte), si bien qu&apos;un serveur qui ferme est reconnecté aussitôt. Chaque tentative est signalée sur la sortie d&apos;erreur. S&apos;écrit --reconnect ou --reconnect=DELAY_MS.</translation>
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
        <translation>Conversation</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Encoda&amp;ge :</translation>
    </message>
    <message>
        <source>How the text view decodes the bytes</source>
        <translation>Comment la vue texte décode les octets</translation>
    </message>
    <message>
        <source>Copy the conversation as the text view shows it</source>
        <translation>Copier la conversation telle que la vue texte l&apos;affiche</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Save the conversation as text, or the raw bytes of one direction</source>
        <translation>Enregistrer la conversation en texte, ou les octets bruts d&apos;une direction</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Utiliser un socket de domaine Unix dans un dossier temporaire au lieu de TCP sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Shows what a socket connection does: starts a server, connects a client to it, sends a few lines that the server echoes, and prints every event on both sides.</source>
        <translation>Montre ce que fait une connexion par socket : démarre un serveur, y connecte un client, envoie quelques lignes que le serveur renvoie en écho, et affiche chaque événement des deux côtés.</translation>
    </message>
    <message>
        <source>The tour over TCP on 127.0.0.1.</source>
        <translation>La visite guidée en TCP sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The same over a Unix domain socket.</source>
        <translation>La même sur un socket de domaine Unix.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EchoDemo</name>
    <message>
        <source>The demo did not finish within %1 seconds.</source>
        <translation>La démo ne s&apos;est pas terminée en %1 secondes.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>EventStreamWidget</name>
    <message>
        <source>Event stream</source>
        <translation>Flux d&apos;événements</translation>
    </message>
    <message>
        <source>Show the records of one endpoint only</source>
        <translation>N&apos;afficher que les entrées d&apos;une extrémité</translation>
    </message>
    <message>
        <source>Choose which events and calls are shown</source>
        <translation>Choisir quels événements et appels sont affichés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Show only records whose event, endpoint or summary contains this text</source>
        <translation>N&apos;afficher que les entrées dont l&apos;événement, l&apos;extrémité ou le résumé contient ce texte</translation>
    </message>
    <message>
        <source>Filter: text in event, endpoint or summary</source>
        <translation>Filtre : texte dans l&apos;événement, l&apos;extrémité ou le résumé</translation>
    </message>
    <message>
        <source>How the time column counts</source>
        <translation>Comment compte la colonne de temps</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Since previous row</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>Since reference row</source>
        <translation>Depuis la référence</translation>
    </message>
    <message>
        <source>Keep the newest record in view</source>
        <translation>Garder l&apos;entrée la plus récente visible</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Forget all records shown here (and leave review mode)</source>
        <translation>Oublier toutes les entrées affichées ici (et quitter le mode relecture)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Select a row to see all of its fields</source>
        <translation>Sélectionnez une ligne pour voir tous ses champs</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Écouteur</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>Connexions &amp;max. :</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections : les connexions au-delà de ce nombre sont fermées aussitôt</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; open connections stay</source>
        <translation>server.close() : ne plus accepter ; les connexions ouvertes restent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the event loop alive</source>
        <translation>server.ref() : l&apos;écouteur garde la boucle d&apos;événements en vie</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>&amp;Ref</translation>
    </message>
    <message>
        <source>server.unref(): the listener alone does not keep the event loop alive</source>
        <translation>server.unref() : l&apos;écouteur seul ne garde pas la boucle d&apos;événements en vie</translation>
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
        <translation>Débit</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off so small writes leave at once</source>
        <translation>socket.setNoDelay() : désactiver l&apos;algorithme de Nagle pour que les petites écritures partent aussitôt</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY)</source>
        <translation>Sans déla&amp;i (TCP_NODELAY)</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): the kernel probes the connection after it has been idle this long</source>
        <translation>socket.setKeepAlive() : le noyau sonde la connexion après une inactivité de cette durée</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>&amp;Keep-alive après</translation>
    </message>
    <message>
        <source>Initial delay of socket.setKeepAlive(); 0 keeps the system default. Applied when you tick the box or change the delay</source>
        <translation>Délai initial de socket.setKeepAlive() ; 0 garde la valeur par défaut du système. Appliqué quand vous cochez la case ou changez le délai</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Délai d&apos;e&amp;xpiration :</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity; 0 turns it off</source>
        <translation>socket.setTimeout() : &apos;timeout&apos; survient après cette durée sans activité ; 0 le désactive</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Encoda&amp;ge :</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data is decoded as text; Node cannot go back to bytes</source>
        <translation>socket.setEncoding() : les données reçues sont décodées en texte ; Node ne peut pas revenir aux octets</translation>
    </message>
    <message>
        <source>SO_SND&amp;BUF:</source>
        <translation>SO_SND&amp;BUF :</translation>
    </message>
    <message>
        <source>Requested kernel send buffer; Linux doubles the value and applies its own limits</source>
        <translation>Tampon d&apos;envoi du noyau demandé ; Linux double la valeur et applique ses propres limites</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>SO_RC&amp;VBUF:</source>
        <translation>SO_RC&amp;VBUF :</translation>
    </message>
    <message>
        <source>Requested kernel receive buffer; Linux doubles the value and applies its own limits</source>
        <translation>Tampon de réception du noyau demandé ; Linux double la valeur et applique ses propres limites</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; the peer&apos;s data waits in the kernel</source>
        <translation>socket.pause() : arrêter de lire ; les données du pair attendent dans le noyau</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>socket.resume(): read again</source>
        <translation>socket.resume() : relire</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back; reading goes on here</source>
        <translation>socket.end() : semi-fermeture. Les données en file sont envoyées, puis FIN : le pair reçoit &apos;end&apos; et peut encore répondre ; la lecture continue ici</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>Terminer : FIN après les données en file ; le pair voit &apos;end&apos; et peut encore envoyer</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy() : fermer les deux directions maintenant. Les données encore en file dans netbench sont abandonnées ; ce que le noyau détient est envoyé, puis FIN : le pair reçoit &apos;end&apos;, puis &apos;close&apos;. Si des données jamais lues attendent, le noyau envoie RST à la place : le pair reçoit ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>Détruire : fermer maintenant ; le pair voit un FIN propre (&apos;end&apos;), ou ECONNRESET si nous avons laissé des données non lues</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Détruire</translation>
    </message>
    <message>
        <source>socket.destroy(new Error(message)): close as Destroy does and emit &apos;error&apos; with your message here only. The peer sees a clean FIN (&apos;end&apos;), no error: to make the peer fail, use Reset (RST)</source>
        <translation>socket.destroy(new Error(message)) : fermer comme Détruire et émettre &apos;error&apos; avec votre message ici seulement. Le pair voit un FIN propre (&apos;end&apos;), sans erreur : pour faire échouer le pair, utilisez Réinitialiser (RST)</translation>
    </message>
    <message>
        <source>Destroy with error: &apos;error&apos; here only; the peer sees a clean FIN (&apos;end&apos;)</source>
        <translation>Détruire avec erreur : &apos;error&apos; ici seulement ; le pair voit un FIN propre (&apos;end&apos;)</translation>
    </message>
    <message>
        <source>Destroy with &amp;error…</source>
        <translation>Détruire avec &amp;erreur…</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only</source>
        <translation>socket.resetAndDestroy() : interrompre avec RST (SO_LINGER 0). Le pair reçoit ECONNRESET ; les octets en transit et non lus des deux côtés sont perdus. TCP uniquement</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>Réinitialiser : RST ; le pair voit ECONNRESET et les données non lues sont perdues</translation>
    </message>
    <message>
        <source>Reset (R&amp;ST)</source>
        <translation>Réinitialiser (R&amp;ST)</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>Sélectionnez un écouteur ou un socket dans Extrémités pour l&apos;inspecter.</translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Runs a guided lesson without a window: prints each step&apos;s narration, runs its code, prints the events on both ends as they happen and checks the events the step expects. The exit status is 0 when every expected event happened, 1 (naming the first that did not) otherwise. A step the learner performs in the window runs its fallback code, or is skipped.</source>
        <translation>Exécute une leçon guidée sans fenêtre : affiche la narration de chaque étape, exécute son code, affiche les événements des deux extrémités à mesure qu&apos;ils se produisent et vérifie les événements attendus par l&apos;étape. Le code de sortie est 0 quand chaque événement attendu s&apos;est produit, 1 sinon (en nommant le premier manquant). Une étape que l&apos;apprenant réalise dans la fenêtre exécute son code de repli, ou est sautée.</translation>
    </message>
    <message>
        <source>List the built-in lessons.</source>
        <translation>Lister les leçons intégrées.</translation>
    </message>
    <message>
        <source>Run a built-in lesson.</source>
        <translation>Exécuter une leçon intégrée.</translation>
    </message>
    <message>
        <source>Run a lesson file (format: resources/lessons/README.md).</source>
        <translation>Exécuter un fichier de leçon (format : resources/lessons/README.md).</translation>
    </message>
    <message>
        <source>Write the lesson as a Node script and run it under node.</source>
        <translation>Écrire la leçon sous forme de script Node et l&apos;exécuter sous node.</translation>
    </message>
    <message>
        <source>A built-in lesson&apos;s name or a lesson file.</source>
        <translation>Le nom d&apos;une leçon intégrée ou un fichier de leçon.</translation>
    </message>
    <message>
        <source>Write the lesson as a Node-style script (NAME.lesson.js and prelude.js) into FOLDER instead of running it.</source>
        <translation>Écrire la leçon sous forme de script de style Node (NAME.lesson.js et prelude.js) dans FOLDER au lieu de l&apos;exécuter.</translation>
    </message>
    <message>
        <source>name one lesson (netbench lesson --list lists them)</source>
        <translation>nommez une leçon (netbench lesson --list les liste)</translation>
    </message>
</context>
<context>
    <name>ListenMode</name>
    <message>
        <source>%1 (%2): new connections are turned away until some close</source>
        <translation>%1 (%2) : les nouvelles connexions sont refusées jusqu&apos;à ce que certaines se ferment</translation>
    </message>
    <message>
        <source>Send back what arrives, instead of standard I/O.</source>
        <translation>Renvoyer ce qui arrive, au lieu des entrées/sorties standard.</translation>
    </message>
    <message>
        <source>Read and drop what arrives; send nothing.</source>
        <translation>Lire et jeter ce qui arrive ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end. The default with --keep-open.</source>
        <translation>Quand le pair termine son côté, terminer aussi le nôtre (le comportement par défaut de Node, allowHalfOpen: false) ; l&apos;entrée standard pas encore envoyée est signalée et le code de sortie est 1. Sans cette option, l&apos;entrée standard est envoyée jusqu&apos;à sa fin. Le comportement par défaut avec --keep-open.</translation>
    </message>
    <message>
        <source>Keep sending standard input after the peer ends its side (Node&apos;s allowHalfOpen). The default, except with --keep-open.</source>
        <translation>Continuer d&apos;envoyer l&apos;entrée standard après que le pair a terminé son côté (allowHalfOpen de Node). Le comportement par défaut, sauf avec --keep-open.</translation>
    </message>
    <message>
        <source>Drop connections beyond N open at a time (server.maxConnections).</source>
        <translation>Abandonner les connexions au-delà de N ouvertes à la fois (server.maxConnections).</translation>
    </message>
    <message>
        <source>Accepted for ncat&apos;s habit (netbench -l PORT is netbench listen PORT).</source>
        <translation>Accepté par habitude de ncat (netbench -l PORT est netbench listen PORT).</translation>
    </message>
    <message>
        <source>Keep accepting connections: standard input goes to all of them, and what any of them sends goes to standard output. Stop with Ctrl+C.</source>
        <translation>Continuer d&apos;accepter des connexions : l&apos;entrée standard va vers toutes, et ce que chacune envoie va vers la sortie standard. Arrêtez avec Ctrl+C.</translation>
    </message>
    <message>
        <source>[HOST:]PORT or HOST PORT for TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080; port 0 picks a free port, printed on standard error), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>[HOST:]PORT ou HOST PORT pour TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080 ; le port 0 prend un port libre, affiché sur la sortie d&apos;erreur), ou PATH pour un socket de domaine Unix : un mot contenant un &apos;/&apos; ou se terminant par .sock (n&apos;importe quel mot avec -U).</translation>
    </message>
    <message>
        <source>Listens for connections, like ncat -l. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Without --keep-open it serves one connection and exits when that has closed. Exit status: 0 when everything was delivered, 1 for a network error or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away.</source>
        <translation>Écoute les connexions, comme ncat -l. L&apos;entrée standard va vers la connexion et ce qui arrive va vers la sortie standard, octet par octet ; la fin de l&apos;entrée standard semi-ferme la connexion (end()), et l&apos;entrée standard est envoyée jusqu&apos;à sa fin même après que le pair a terminé son côté. Sans --keep-open, sert une seule connexion et quitte quand elle s&apos;est fermée. Code de sortie : 0 quand tout a été livré, 1 pour une erreur réseau ou une entrée standard non livrée (le message dit combien d&apos;octets), 2 pour une ligne de commande incorrecte, 141 quand le lecteur de la sortie standard est parti.</translation>
    </message>
    <message>
        <source>Serve one connection on port 8080 of every interface.</source>
        <translation>Servir une connexion sur le port 8080 de toutes les interfaces.</translation>
    </message>
    <message>
        <source>Listen on a free loopback port and print every event.</source>
        <translation>Écouter sur un port libre de la boucle locale et afficher chaque événement.</translation>
    </message>
    <message>
        <source>An echo server on IPv6 loopback for any number of clients.</source>
        <translation>Un serveur d&apos;écho sur la boucle locale IPv6 pour un nombre quelconque de clients.</translation>
    </message>
    <message>
        <source>ncat&apos;s way: keep listening, close a connection idle for 30 seconds, a hex dump of everything.</source>
        <translation>À la manière de ncat : continuer d&apos;écouter, fermer une connexion inactive depuis 30 secondes, un vidage hexadécimal de tout.</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket in this folder; send nothing.</source>
        <translation>Enregistrer ce qu&apos;un client envoie par un socket Unix dans ce dossier ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket, and record a trace.</source>
        <translation>Enregistrer ce qu&apos;un client envoie par un socket Unix, et enregistrer une trace.</translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation>--echo et --discard s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--max-connections needs a count, not &apos;%1&apos;</source>
        <translation>--max-connections nécessite un nombre, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close et --allow-half-open s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>rules (--reply, --rules) and --%1 exclude each other</source>
        <translation>les règles (--reply, --rules) et --%1 s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Answer every line with PING in it, numbering the answers.</source>
        <translation>Répondre à chaque ligne contenant PING, en numérotant les réponses.</translation>
    </message>
    <message>
        <source>Answer an HTTP request line with the path asked for, then end the connection.</source>
        <translation>Répondre à une ligne de requête HTTP avec le chemin demandé, puis terminer la connexion.</translation>
    </message>
    <message>
        <source>Binary: 01 02 is answered 03 04 after 200 ms.</source>
        <translation>Binaire : 01 02 reçoit la réponse 03 04 après 200 ms.</translation>
    </message>
    <message>
        <source>--%1 does not use standard I/O: -C, --send-only and --recv-only do not apply</source>
        <translation>--%1 n&apos;utilise pas l&apos;entrée/sortie standard : -C, --send-only et --recv-only ne s&apos;appliquent pas</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Extrémité</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>New &amp;Listener…</source>
        <translation>&amp;Nouvel écouteur…</translation>
    </message>
    <message>
        <source>Create a server that listens on a port or a Unix socket path</source>
        <translation>Créer un serveur qui écoute sur un port ou un chemin de socket Unix</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>Open a connection to a host and port or a Unix socket path</source>
        <translation>Ouvrir une connexion vers un hôte et un port ou un chemin de socket Unix</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back. A server: close() stops accepting</source>
        <translation>socket.end() : semi-fermeture. Les données en file sont envoyées, puis FIN : le pair reçoit &apos;end&apos; et peut encore répondre. Pour un serveur : close() arrête d&apos;accepter</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>Terminer : FIN après les données en file ; le pair voit &apos;end&apos; et peut encore envoyer</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Détruire</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy() : fermer les deux directions maintenant. Les données encore en file dans netbench sont abandonnées ; ce que le noyau détient est envoyé, puis FIN : le pair reçoit &apos;end&apos;, puis &apos;close&apos;. Si des données jamais lues attendent, le noyau envoie RST à la place : le pair reçoit ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>Détruire : fermer maintenant ; le pair voit un FIN propre (&apos;end&apos;), ou ECONNRESET si nous avons laissé des données non lues</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Rese&amp;t (RST)</source>
        <translation>Réinitiali&amp;ser (RST)</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only: a Unix socket has no RST and closes as with Destroy</source>
        <translation>socket.resetAndDestroy() : interrompre avec RST (SO_LINGER 0). Le pair reçoit ECONNRESET ; les octets en transit et non lus des deux côtés sont perdus. TCP uniquement : un socket Unix n&apos;a pas de RST et se ferme comme avec Détruire</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>Réinitialiser : RST ; le pair voit ECONNRESET et les données non lues sont perdues</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Remove Closed</source>
        <translation>Retirer les &amp;fermés</translation>
    </message>
    <message>
        <source>Forget closed endpoints in the tree</source>
        <translation>Oublier les extrémités fermées dans l&apos;arbre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>&amp;Ouvrir une trace…</translation>
    </message>
    <message>
        <source>Review a saved JSON Lines trace</source>
        <translation>Relire une trace JSON Lines enregistrée</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Export Trace as &amp;JSON Lines…</source>
        <translation>Exporter la trace en &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>The same schema as netbench run --trace</source>
        <translation>Le même schéma que netbench run --trace</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Export Trace as &amp;CSV…</source>
        <translation>Exporter la trace en &amp;CSV…</translation>
    </message>
    <message>
        <source>One row per event, for spreadsheets</source>
        <translation>Une ligne par événement, pour les tableurs</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>Enregistrer l&apos;espace de &amp;travail…</translation>
    </message>
    <message>
        <source>Save the listeners and clients made here, with their settings</source>
        <translation>Enregistrer les écouteurs et clients créés ici, avec leurs réglages</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open W&amp;orkspace…</source>
        <translation>Ouvrir un espace de tra&amp;vail…</translation>
    </message>
    <message>
        <source>Make the listeners and clients of a saved workspace again</source>
        <translation>Recréer les écouteurs et clients d&apos;un espace de travail enregistré</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Recorder sizes, event list capacity and refresh rate</source>
        <translation>Tailles de l&apos;enregistreur, capacité de la liste d&apos;événements et fréquence de rafraîchissement</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Run Script…</source>
        <translation>&amp;Exécuter un script…</translation>
    </message>
    <message>
        <source>Run a Node-style net script inside the window</source>
        <translation>Exécuter un script net de style Node dans la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop Script</source>
        <translation>&amp;Arrêter le script</translation>
    </message>
    <message>
        <source>End the running script (exit code 130)</source>
        <translation>Terminer le script en cours (code de sortie 130)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Follow Events</source>
        <translation>&amp;Suivre les événements</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Garder l&apos;événement le plus récent visible</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear Events</source>
        <translation>&amp;Effacer les événements</translation>
    </message>
    <message>
        <source>Empty the event list (the recorder keeps counting)</source>
        <translation>Vider la liste d&apos;événements (l&apos;enregistreur continue de compter)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;About netbench</source>
        <translation>À &amp;propos de netbench</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Version et licence</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents :</translation>
    </message>
    <message>
        <source>The last targets you connected to; picking one fills in the form</source>
        <translation>Les dernières cibles auxquelles vous vous êtes connecté ; en choisir une remplit le formulaire</translation>
    </message>
    <message>
        <source>Pick a recent target…</source>
        <translation>Choisir une cible récente…</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport :</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>&amp;IPC (socket de domaine Unix)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>A name or an IP address; names are looked up before connecting</source>
        <translation>Un nom ou une adresse IP ; les noms sont résolus avant la connexion</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation>p. ex. 8080</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Famille :</translation>
    </message>
    <message>
        <source>Which address family the name lookup may return</source>
        <translation>Quelle famille d&apos;adresses la résolution de nom peut renvoyer</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
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
        <translation>Adresse &amp;locale :</translation>
    </message>
    <message>
        <source>chosen by the kernel</source>
        <translation>choisie par le noyau</translation>
    </message>
    <message>
        <source>Bind the socket to this IP address before connecting</source>
        <translation>Lier le socket à cette adresse IP avant la connexion</translation>
    </message>
    <message>
        <source>Local p&amp;ort:</source>
        <translation>P&amp;ort local :</translation>
    </message>
    <message>
        <source>Bind the socket to this port before connecting</source>
        <translation>Lier le socket à ce port avant la connexion</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>Ch&amp;emin :</translation>
    </message>
    <message>
        <source>The file system path of a listening Unix domain socket</source>
        <translation>Le chemin dans le système de fichiers d&apos;un socket de domaine Unix en écoute</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>Options du socket</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Délai d&apos;e&amp;xpiration :</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity, also while connecting</source>
        <translation>socket.setTimeout() : &apos;timeout&apos; survient après cette durée sans activité, y compris pendant la connexion</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY: send small writes at once)</source>
        <translation>&amp;Sans délai (TCP_NODELAY : envoyer les petites écritures aussitôt)</translation>
    </message>
    <message>
        <source>Turns off Nagle&apos;s algorithm</source>
        <translation>Désactive l&apos;algorithme de Nagle</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>&amp;Keep-alive après</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: the kernel probes an idle connection</source>
        <translation>SO_KEEPALIVE : le noyau sonde une connexion inactive</translation>
    </message>
    <message>
        <source>Idle time before the first keep-alive probe; 0 keeps the system default</source>
        <translation>Temps d&apos;inactivité avant la première sonde keep-alive ; 0 garde la valeur par défaut du système</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>Autoriser le semi-ou&amp;vert (continuer d&apos;écrire après la fin du pair)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen : quand le pair envoie FIN, le socket n&apos;est pas terminé automatiquement</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Encoda&amp;ge :</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data arrives as text in this encoding</source>
        <translation>socket.setEncoding() : les données reçues arrivent en texte dans cet encodage</translation>
    </message>
    <message>
        <source>&amp;Live listeners:</source>
        <translation>Écouteurs &amp;actifs :</translation>
    </message>
    <message>
        <source>The listeners of this window that are listening now; picking one fills in its address or path</source>
        <translation>Les écouteurs de cette fenêtre qui écoutent en ce moment ; en choisir un remplit son adresse ou son chemin</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>Choisir un écouteur de cette fenêtre…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>O&amp;pen:</source>
        <translation>No&amp;mbre :</translation>
    </message>
    <message>
        <source>Open this many connections to the target at once (to try a server&apos;s maxConnections, its accept loop, or EMFILE)</source>
        <translation>Ouvrir ce nombre de connexions vers la cible d&apos;un coup (pour essayer le maxConnections d&apos;un serveur, sa boucle d&apos;acceptation ou EMFILE)</translation>
    </message>
    <message>
        <source> connection(s)</source>
        <translation> connexion(s)</translation>
    </message>
    <message>
        <source>&amp;Reconnect after</source>
        <translation>Se re&amp;connecter après</translation>
    </message>
    <message>
        <source>When the connection cannot be made or closes, connect again (until you destroy the client)</source>
        <translation>Quand la connexion ne peut pas être établie ou se ferme, se reconnecter (jusqu&apos;à ce que vous détruisiez le client)</translation>
    </message>
    <message>
        <source>&amp;Backoff factor:</source>
        <translation>Facteur de rec&amp;ul :</translation>
    </message>
    <message>
        <source>Each further wait is this many times longer</source>
        <translation>Chaque attente suivante est ce nombre de fois plus longue</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Atte&amp;nte maximale :</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>A&amp;bandonner après :</translation>
    </message>
    <message>
        <source>Reconnects in a row that find no connection; a connection that opens starts the count again</source>
        <translation>Reconnexions consécutives sans connexion ; une connexion qui s&apos;ouvre remet le compte à zéro</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> tentative(s)</translation>
    </message>
</context>
<context>
    <name>NewListenerDialog</name>
    <message>
        <source>New listener</source>
        <translation>Nouvel écouteur</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport :</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>&amp;TCP</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>&amp;IPC (socket de domaine Unix)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>The address to bind: a loopback address is reachable only from this machine</source>
        <translation>L&apos;adresse à lier : une adresse de boucle locale n&apos;est joignable que depuis cette machine</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0 : un port libre quelconque</translation>
    </message>
    <message>
        <source>0 lets the kernel pick a free (ephemeral) port</source>
        <translation>0 laisse le noyau choisir un port libre (éphémère)</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>Ch&amp;emin :</translation>
    </message>
    <message>
        <source>The file system path of the Unix domain socket; it must not exist yet</source>
        <translation>Le chemin dans le système de fichiers du socket de domaine Unix ; il ne doit pas encore exister</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Back&amp;log:</source>
        <translation>Back&amp;log :</translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel queues before they are accepted (listen(2) backlog)</source>
        <translation>Combien de poignées de main terminées le noyau met en file avant qu&apos;elles soient acceptées (backlog de listen(2))</translation>
    </message>
    <message>
        <source>E&amp;xclusive</source>
        <translation>E&amp;xclusif</translation>
    </message>
    <message>
        <source>Node&apos;s exclusive option: the handle is not shared with cluster workers</source>
        <translation>L&apos;option exclusive de Node : le handle n&apos;est pas partagé avec les workers de cluster</translation>
    </message>
    <message>
        <source>Accepted connections</source>
        <translation>Connexions acceptées</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>Autoriser le semi-ou&amp;vert (continuer d&apos;écrire après la fin du pair)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen : quand le pair envoie FIN, le socket n&apos;est pas terminé automatiquement</translation>
    </message>
    <message>
        <source>Pause on &amp;connect (read nothing until resumed)</source>
        <translation>Pause à la &amp;connexion (ne rien lire avant la reprise)</translation>
    </message>
    <message>
        <source>pauseOnConnect: accepted sockets start paused</source>
        <translation>pauseOnConnect : les sockets acceptés démarrent en pause</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>Connexions &amp;max. :</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections : les connexions au-delà de ce nombre sont fermées aussitôt</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>A&amp;utomatic behaviour:</source>
        <translation>Comportement a&amp;utomatique :</translation>
    </message>
    <message>
        <source>What each accepted connection does by itself</source>
        <translation>Ce que fait chaque connexion acceptée d&apos;elle-même</translation>
    </message>
    <message>
        <source>None (you drive it)</source>
        <translation>Aucun (vous la pilotez)</translation>
    </message>
    <message>
        <source>Echo (write back what arrives)</source>
        <translation>Écho (renvoyer ce qui arrive)</translation>
    </message>
    <message>
        <source>Discard (read and drop)</source>
        <translation>Rejet (lire et jeter)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Recorder (applies the next time the window starts)</source>
        <translation>Enregistreur (s&apos;applique au prochain démarrage de la fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Events kept:</source>
        <translation>Événements &amp;conservés :</translation>
    </message>
    <message>
        <source> events</source>
        <translation> événements</translation>
    </message>
    <message>
        <source>The recorder&apos;s ring: past this many events the oldest are dropped and counted.</source>
        <translation>L&apos;anneau de l&apos;enregistreur : au-delà de ce nombre d&apos;événements, les plus anciens sont abandonnés et comptés.</translation>
    </message>
    <message>
        <source>&amp;Transcript cap:</source>
        <translation>Limite de &amp;transcription :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Bytes kept per connection and direction for the conversation view; later bytes are only counted. Off keeps none.</source>
        <translation>Octets conservés par connexion et par direction pour la vue conversation ; les octets suivants sont seulement comptés. Désactivé n&apos;en garde aucun.</translation>
    </message>
    <message>
        <source>Event list (applies at once)</source>
        <translation>Liste d&apos;événements (s&apos;applique aussitôt)</translation>
    </message>
    <message>
        <source>&amp;Rows kept:</source>
        <translation>&amp;Lignes conservées :</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>Rows the event list shows; past this many the oldest rows leave the list.</source>
        <translation>Lignes affichées par la liste d&apos;événements ; au-delà, les plus anciennes quittent la liste.</translation>
    </message>
    <message>
        <source>Re&amp;fresh rate:</source>
        <translation>&amp;Fréquence de rafraîchissement :</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often per second the window fetches new events; lower costs less CPU under a flood.</source>
        <translation>Combien de fois par seconde la fenêtre récupère les nouveaux événements ; moins coûte moins de CPU sous un déluge.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: its settings are not known; Node&apos;s defaults are used.</source>
        <translation>%1 : ses réglages ne sont pas connus ; les valeurs par défaut de Node sont utilisées.</translation>
    </message>
    <message>
        <source>%1 still listens on %2 in the window: close it before running the script, which listens there too.</source>
        <translation>%1 écoute encore sur %2 dans la fenêtre : fermez-le avant d&apos;exécuter le script, qui écoute là aussi.</translation>
    </message>
    <message>
        <source>%1: write #%2 of %3 bytes: only its first %4 were kept; the script writes those.</source>
        <translation>%1 : écriture n° %2 de %3 octets : seuls ses %4 premiers ont été conservés ; le script écrit ceux-là.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n record(s) are no longer kept (Preferences: recorder size); the calls among them are missing.</source>
        <translation>
            <numerusform>L&apos;entrée la plus ancienne (%n) n&apos;est plus conservée (Préférences : taille de l&apos;enregistreur) ; les appels qu&apos;elle contenait manquent.</numerusform>
            <numerusform>Les %n entrées les plus anciennes ne sont plus conservées (Préférences : taille de l&apos;enregistreur) ; les appels qu&apos;elles contenaient manquent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2() was refused in the window (%3); left out.</source>
        <translation>%1 : %2() a été refusé dans la fenêtre (%3) ; omis.</translation>
    </message>
    <message>
        <source>%1 answers by its auto-reply rules in the script: its recorded writes and ends are left out, those typed by hand too.</source>
        <translation>%1 répond dans le script selon ses règles de réponse automatique : ses écritures et fins enregistrées sont omises, de même que celles saisies à la main.</translation>
    </message>
</context>
<context>
    <name>RelayMode</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>#%1 %2 -&gt; %3: relaying</source>
        <translation>n° %1 %2 -&gt; %3 : relais en cours</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>%1 refusé</translation>
    </message>
    <message>
        <source>relaying to %1</source>
        <translation>relais vers %1</translation>
    </message>
    <message>
        <source>#%1 reset: the target did not answer within %2 ms (--connect-timeout)</source>
        <translation>n° %1 réinitialisé : la cible n&apos;a pas répondu en %2 ms (--connect-timeout)</translation>
    </message>
    <message>
        <source>#%1 closed: %2 bytes to the server, %3 to the client</source>
        <translation>n° %1 fermé : %2 octets vers le serveur, %3 vers le client</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; n&apos;est pas [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>mettez une adresse IPv6 entre crochets : [%1]:PORT</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; is neither HOST:PORT nor a PATH</source>
        <translation>la cible &apos;%1&apos; n&apos;est ni HOST:PORT ni un PATH</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; has no host</source>
        <translation>la cible &apos;%1&apos; n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>the target&apos;s port cannot be 0</source>
        <translation>le port de la cible ne peut pas être 0</translation>
    </message>
    <message>
        <source>Both directions.</source>
        <translation>Les deux directions.</translation>
    </message>
    <message>
        <source>As --%1, client to server only.</source>
        <translation>Comme --%1, du client vers le serveur seulement.</translation>
    </message>
    <message>
        <source>As --%1, server to client only.</source>
        <translation>Comme --%1, du serveur vers le client seulement.</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &apos;%3&apos;</source>
        <translation>--%1 nécessite %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Hold each chunk MS milliseconds before forwarding it.</source>
        <translation>Retenir chaque morceau MS millisecondes avant de le transmettre.</translation>
    </message>
    <message>
        <source>Forward at most BYTES bytes per second.</source>
        <translation>Transmettre au plus BYTES octets par seconde.</translation>
    </message>
    <message>
        <source>Forward in pieces of SIZE bytes, or of a random size in MIN-MAX for each piece, one write each.</source>
        <translation>Transmettre en morceaux de SIZE octets, ou d&apos;une taille aléatoire dans MIN-MAX pour chaque morceau, une écriture chacun.</translation>
    </message>
    <message>
        <source>Wait MS milliseconds after each piece (with --chunk).</source>
        <translation>Attendre MS millisecondes après chaque morceau (avec --chunk).</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then nothing more: what arrives waits, the sender&apos;s backpressure builds (0: hold from the start).</source>
        <translation>Transmettre BYTES octets, puis plus rien : ce qui arrive attend, la contre-pression de l&apos;émetteur s&apos;accumule (0 : retenir dès le début).</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then end() towards the receiver (FIN) and drop the rest; the other direction goes on.</source>
        <translation>Transmettre BYTES octets, puis end() vers le récepteur (FIN) et jeter le reste ; l&apos;autre direction continue.</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then reset both legs (RST: both peers see ECONNRESET).</source>
        <translation>Transmettre BYTES octets, puis réinitialiser les deux branches (RST : les deux pairs voient ECONNRESET).</translation>
    </message>
    <message>
        <source>Forward exactly BYTES bytes and end() to the receiver, then close the sender&apos;s leg and forward nothing more.</source>
        <translation>Transmettre exactement BYTES octets et end() vers le récepteur, puis fermer la branche de l&apos;émetteur et ne plus rien transmettre.</translation>
    </message>
    <message>
        <source>Reset a client whose target connection is not up after MS milliseconds (default %1; 0: wait as long as the kernel retries).</source>
        <translation>Réinitialiser un client dont la connexion à la cible n&apos;est pas établie après MS millisecondes (%1 par défaut ; 0 : attendre aussi longtemps que le noyau réessaie).</translation>
    </message>
    <message>
        <source>Relay N clients, then reset every new one at once (0: refuse all).</source>
        <translation>Relayer N clients, puis réinitialiser aussitôt chaque nouveau (0 : tout refuser).</translation>
    </message>
    <message>
        <source>The server each client is relayed to: HOST:PORT, [V6]:PORT or PATH.</source>
        <translation>Le serveur vers lequel chaque client est relayé : HOST:PORT, [V6]:PORT ou PATH.</translation>
    </message>
    <message>
        <source>Relays every client that connects to LISTEN to its own connection to TARGET, TCP or Unix on either side, byte for byte and in order, until interrupted. Each client is read only once its target connection is up; if the target cannot be reached, or does not answer within --connect-timeout, the client is reset (ECONNRESET; a Unix client sees its connection close). Backpressure passes through (a slow reader slows its writer), each direction half-closes on its own, and a reset on one leg resets the other. Faults change that on purpose: --NAME applies to both directions, --c2s-NAME (client to server) and --s2c-NAME (server to client) to one, and win over --NAME. One line per connection goes to standard error. Exit status: 1 when it cannot listen, 2 for a bad command line, 128+N after signal N.</source>
        <translation>Relaie chaque client qui se connecte à LISTEN vers sa propre connexion à TARGET, TCP ou Unix de chaque côté, octet par octet et dans l&apos;ordre, jusqu&apos;à interruption. Chaque client n&apos;est lu qu&apos;une fois sa connexion à la cible établie ; si la cible est injoignable, ou ne répond pas dans le délai --connect-timeout, le client est réinitialisé (ECONNRESET ; un client Unix voit sa connexion se fermer). La contre-pression passe (un lecteur lent ralentit son écrivain), chaque direction se semi-ferme d&apos;elle-même, et une réinitialisation sur une branche réinitialise l&apos;autre. Les pannes changent cela exprès : --NAME s&apos;applique aux deux directions, --c2s-NAME (client vers serveur) et --s2c-NAME (serveur vers client) à une seule, et l&apos;emportent sur --NAME. Une ligne par connexion va sur la sortie d&apos;erreur. Code de sortie : 1 quand il ne peut pas écouter, 2 pour une ligne de commande incorrecte, 128+N après le signal N.</translation>
    </message>
    <message>
        <source>Put netbench between clients of port 8081 and a server on 8080, and see both legs with --events.</source>
        <translation>Placer netbench entre les clients du port 8081 et un serveur sur 8080, et voir les deux branches avec --events.</translation>
    </message>
    <message>
        <source>A Unix socket in front of a TCP server, 200 ms slower both ways, replies cut into pieces of 1 to 16 bytes.</source>
        <translation>Un socket Unix devant un serveur TCP, 200 ms plus lent dans les deux sens, réponses coupées en morceaux de 1 à 16 octets.</translation>
    </message>
    <message>
        <source>Reset each connection after the client sent 100 bytes.</source>
        <translation>Réinitialiser chaque connexion après que le client a envoyé 100 octets.</translation>
    </message>
    <message>
        <source>--chunk-pause needs --chunk for the same direction</source>
        <translation>--chunk-pause nécessite --chunk pour la même direction</translation>
    </message>
    <message>
        <source>--refuse-after needs a count, not &apos;%1&apos;</source>
        <translation>--refuse-after nécessite un nombre, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing LISTEN and TARGET</source>
        <translation>LISTEN et TARGET manquent</translation>
    </message>
    <message>
        <source>missing TARGET</source>
        <translation>TARGET manque</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--connect-timeout needs MS, not &apos;%1&apos;</source>
        <translation>--connect-timeout nécessite MS, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Where clients connect: [HOST:]PORT ([::1]:PORT for IPv6; port 0 picks a free one) or a Unix socket PATH (a word with a &apos;/&apos; or ending in .sock).</source>
        <translation>Où les clients se connectent : [HOST:]PORT ([::1]:PORT pour IPv6 ; le port 0 en prend un libre) ou un PATH de socket Unix (un mot contenant un &apos;/&apos; ou finissant par .sock).</translation>
    </message>
</context>
<context>
    <name>ReplyArguments</name>
    <message>
        <source>Read auto-reply rules from FILE (JSON, as the window saves them: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}); before any --reply.</source>
        <translation>Lire les règles de réponse automatique depuis FILE (JSON, tel que la fenêtre les enregistre : {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}) ; avant tout --reply.</translation>
    </message>
    <message>
        <source>How the rules cut what arrives into messages: chunk (each read, the default), line (up to LF, a CR before it dropped) or delim:TEXT.</source>
        <translation>Comment les règles découpent ce qui arrive en messages : chunk (chaque lecture, par défaut), line (jusqu&apos;à LF, un CR qui le précède retiré) ou delim:TEXT.</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>règle %1 sur %2</translation>
    </message>
    <message>
        <source>--frame needs rules (--reply or --rules)</source>
        <translation>--frame nécessite des règles (--reply ou --rules)</translation>
    </message>
    <message>
        <source>Answer what arrives by a rule KIND[,OPTION...]:PATTERN=REPLY (repeatable; the first rule that matches a message answers it). KIND: exact, contains, re, hex. OPTION: delay=TIME, end, reset, off. See Rules below.</source>
        <translation>Répondre à ce qui arrive selon une règle KIND[,OPTION...]:PATTERN=REPLY (répétable ; la première règle qui correspond à un message y répond). KIND : exact, contains, re, hex. OPTION : delay=TIME, end, reset, off. Voir Règles ci-dessous.</translation>
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
        <translation>Règles (--reply RULE, --rules FILE) :
  KIND[,OPTION...]:PATTERN=REPLY     le premier &apos;=&apos; non écrit \= termine PATTERN
  KIND    exact     le message entier est PATTERN
          contains  PATTERN est dans le message (vide : chaque message)
          re        une expression régulière (PCRE) sur les octets du message
          hex       des octets en hex trouvés dans le message, ?? pour tout octet
  OPTION  delay=TIME  répondre après TIME (200ms, 1.5s, 1m) ; les réponses suivantes attendent
          end         terminer notre côté après la réponse ; reset : réinitialiser à la place
          off         garder la règle, désactivée
  REPLY   texte avec les échappements \r \n \t \0 \e \\ \$ \xHH et les macros $0 (la
          correspondance), $1..$9 et ${N} (groupes), ${count} (succès de cette règle),
          ${time} (UTC), ${data} (le message), ${length} ; ou hex:BYTES
  Messages : chaque morceau lu, ou avec --frame line / delim:TEXT chaque message
  découpé (un message réparti sur plusieurs lectures est reconstitué ; ce qui reste
  quand le pair termine compte comme le dernier). Une fois que le pair a terminé et
  que les réponses sont parties, notre côté se termine. L&apos;entrée standard, s&apos;il y en
  a une, est aussi envoyée.
</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a Node-style script that uses require(&apos;net&apos;) on netbench&apos;s own implementation of Node&apos;s net module, without a window. The exit status is the script&apos;s (process.exitCode, process.exit(), 1 for an uncaught exception). Options go before FILE.js; everything after it is the script&apos;s.</source>
        <translation>Exécute un script de style Node qui utilise require(&apos;net&apos;) sur l&apos;implémentation propre à netbench du module net de Node, sans fenêtre. Le code de sortie est celui du script (process.exitCode, process.exit(), 1 pour une exception non interceptée). Les options se placent avant FILE.js ; tout ce qui suit appartient au script.</translation>
    </message>
    <message>
        <source>Run a script until nothing keeps it alive, as node does.</source>
        <translation>Exécuter un script jusqu&apos;à ce que plus rien ne le maintienne en vie, comme le fait node.</translation>
    </message>
    <message>
        <source>Pass arguments to the script (process.argv) and record its events as JSON Lines.</source>
        <translation>Passer des arguments au script (process.argv) et enregistrer ses événements en JSON Lines.</translation>
    </message>
    <message>
        <source>Print every event on standard error; --verbose goes to the script.</source>
        <translation>Afficher chaque événement sur la sortie d&apos;erreur ; --verbose va au script.</translation>
    </message>
    <message>
        <source>The script to run.</source>
        <translation>Le script à exécuter.</translation>
    </message>
    <message>
        <source>Arguments for the script (process.argv).</source>
        <translation>Arguments pour le script (process.argv).</translation>
    </message>
    <message>
        <source>End the script (exit status 134, as node at its heap limit) when the process holds more than MIB mebibytes. Default: half the physical memory, at most 4096.</source>
        <translation>Terminer le script (code de sortie 134, comme node à sa limite de tas) quand le processus occupe plus de MIB mébioctets. Par défaut : la moitié de la mémoire physique, au plus 4096.</translation>
    </message>
    <message>
        <source>--max-memory takes a number of MiB above 0</source>
        <translation>--max-memory prend un nombre de Mio supérieur à 0</translation>
    </message>
    <message>
        <source>missing FILE.js</source>
        <translation>FILE.js manque</translation>
    </message>
</context>
<context>
    <name>ScriptConsoleWidget</name>
    <message>
        <source>Script file (.js)</source>
        <translation>Fichier de script (.js)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Arguments (process.argv)</source>
        <translation>Arguments (process.argv)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>console.log() output of the script appears here.</source>
        <translation>La sortie console.log() du script apparaît ici.</translation>
    </message>
    <message>
        <source>No script is running.</source>
        <translation>Aucun script en cours.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>StdinReader</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l&apos;entrée standard : %1</translation>
    </message>
</context>
<context>
    <name>StdioMode</name>
    <message>
        <source>The target is a Unix domain socket PATH, whatever its name.</source>
        <translation>La cible est un PATH de socket de domaine Unix, quel que soit son nom.</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>IPv4 uniquement.</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>IPv6 uniquement.</translation>
    </message>
    <message>
        <source>Send each line feed of standard input as CR LF (a CR LF stays one).</source>
        <translation>Envoyer chaque saut de ligne de l&apos;entrée standard en CR LF (un CR LF reste unique).</translation>
    </message>
    <message>
        <source>Only send: what arrives is read and dropped, and the connection closes once standard input has been sent to its end.</source>
        <translation>Envoyer seulement : ce qui arrive est lu et jeté, et la connexion se ferme une fois l&apos;entrée standard envoyée jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <source>Only receive: standard input is not read, and our side ends when the peer ends its own.</source>
        <translation>Recevoir seulement : l&apos;entrée standard n&apos;est pas lue, et notre côté se termine quand le pair termine le sien.</translation>
    </message>
    <message>
        <source>Close a connection after TIME without traffic either way (exit status 1). TIME as ncat: 30 or 30s, 500ms, 2m, 1h.</source>
        <translation>Fermer une connexion après TIME sans trafic dans aucun sens (code de sortie 1). TIME comme pour ncat : 30 ou 30s, 500ms, 2m, 1h.</translation>
    </message>
    <message>
        <source>Write every chunk sent and received to FILE: a line with its direction, size and peer, then offset, hex and ASCII.</source>
        <translation>Écrire chaque morceau envoyé et reçu dans FILE : une ligne avec sa direction, sa taille et le pair, puis position, hex et ASCII.</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 et -6 s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>-U (a Unix socket) and -%1 exclude each other</source>
        <translation>-U (un socket Unix) et -%1 s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--send-only and --recv-only exclude each other</source>
        <translation>--send-only et --recv-only s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>-i/--idle-timeout needs a time above 0 such as 30, 30s, 500ms or 2m, not &apos;%1&apos;</source>
        <translation>-i/--idle-timeout nécessite une durée supérieure à 0 comme 30, 30s, 500ms ou 2m, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--hex-dump needs a FILE</source>
        <translation>--hex-dump nécessite un FILE</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>no activity for %1 ms (-i); closed the connection</source>
        <translation>aucune activité pendant %1 ms (-i) ; connexion fermée</translation>
    </message>
    <message>
        <source>the peer ended the connection (--no-half-close)</source>
        <translation>le pair a terminé la connexion (--no-half-close)</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connexion s&apos;est fermée</translation>
    </message>
    <message>
        <source>--send-only drops what arrives: it cannot be answered by rules</source>
        <translation>--send-only jette ce qui arrive : les règles ne peuvent pas y répondre</translation>
    </message>
    <message numerus="yes">
        <source>at least %1 byte(s) of standard input were not delivered: %2</source>
        <translation>
            <numerusform>au moins %1 octet de l&apos;entrée standard n&apos;a pas été livré : %2</numerusform>
            <numerusform>au moins %1 octets de l&apos;entrée standard n&apos;ont pas été livrés : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>-C changes standard input, which --recv-only does not read</source>
        <translation>-C modifie l&apos;entrée standard, que --recv-only ne lit pas</translation>
    </message>
    <message>
        <source>standard output took nothing for %1 s after the signal; what it had not taken is lost</source>
        <translation>la sortie standard n&apos;a rien pris pendant %1 s après le signal ; ce qu&apos;elle n&apos;avait pas pris est perdu</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: netbench %1 %2</source>
        <translation>Utilisation : netbench %1 %2</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>Try &apos;netbench %1 --help&apos; for more information.</source>
        <translation>Essayez &apos;netbench %1 --help&apos; pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (a whole number from 0 to 65535)</source>
        <translation>&apos;%1&apos; n&apos;est pas un port (un nombre entier de 0 à 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; n&apos;est pas [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>mettez une adresse IPv6 entre crochets : [%1]:PORT</translation>
    </message>
    <message>
        <source>missing HOST before port %1 (HOST PORT or HOST:PORT)</source>
        <translation>HOST manque avant le port %1 (HOST PORT ou HOST:PORT)</translation>
    </message>
    <message>
        <source>missing PORT after %1 (HOST PORT or HOST:PORT; a Unix socket PATH has a &apos;/&apos; or ends in .sock, or give -U)</source>
        <translation>PORT manque après %1 (HOST PORT ou HOST:PORT ; un PATH de socket Unix contient un &apos;/&apos; ou se termine par .sock, ou donnez -U)</translation>
    </message>
    <message>
        <source>missing HOST before :%1</source>
        <translation>HOST manque avant :%1</translation>
    </message>
    <message>
        <source>missing HOST PORT, HOST:PORT or PATH</source>
        <translation>HOST PORT, HOST:PORT ou PATH manque</translation>
    </message>
    <message>
        <source>missing [HOST:]PORT or PATH</source>
        <translation>[HOST:]PORT ou PATH manque</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the Unix socket path</source>
        <translation>argument inattendu &apos;%1&apos; après le chemin du socket Unix</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the port</source>
        <translation>argument inattendu &apos;%1&apos; après le port</translation>
    </message>
    <message>
        <source>empty HOST</source>
        <translation>HOST vide</translation>
    </message>
    <message>
        <source>%1 is not an IPv%2 address (-%2)</source>
        <translation>%1 n&apos;est pas une adresse IPv%2 (-%2)</translation>
    </message>
    <message>
        <source>cannot write trace %1</source>
        <translation>impossible d&apos;écrire la trace %1</translation>
    </message>
    <message>
        <source>the Unix socket</source>
        <translation>le socket Unix</translation>
    </message>
    <message>
        <source>cannot write hex dump %1: %2</source>
        <translation>impossible d&apos;écrire le vidage hexadécimal %1 : %2</translation>
    </message>
    <message>
        <source>&gt; %1 bytes sent to %2</source>
        <translation>&gt; %1 octets envoyés à %2</translation>
    </message>
    <message>
        <source>&lt; %1 bytes received from %2</source>
        <translation>&lt; %1 octets reçus de %2</translation>
    </message>
    <message>
        <source>Print every event and call on standard error, one readable line each.</source>
        <translation>Afficher chaque événement et appel sur la sortie d&apos;erreur, une ligne lisible chacun.</translation>
    </message>
    <message>
        <source>More events on standard error: -v is --events, -vv adds the JSON Lines records (as --trace -) unless --trace is given.</source>
        <translation>Plus d&apos;événements sur la sortie d&apos;erreur : -v équivaut à --events, -vv ajoute les entrées JSON Lines (comme --trace -) sauf si --trace est donné.</translation>
    </message>
    <message>
        <source>Write every event and call as JSON Lines to FILE (&apos;-&apos; for standard error).</source>
        <translation>Écrire chaque événement et appel en JSON Lines dans FILE (&apos;-&apos; pour la sortie d&apos;erreur).</translation>
    </message>
</context>
<context>
    <name>gui::ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Tapez ce qu&apos;il faut envoyer. Échappements : \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 0x0d 0x0a or de:ad:be:ef</source>
        <translation>Octets hexadécimaux, p. ex. 48 65 6c 6c 6f, 0x0d 0x0a ou de:ad:be:ef</translation>
    </message>
    <message>
        <source>Base64, e.g. aGVsbG8=</source>
        <translation>Base64, p. ex. aGVsbG8=</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Choisir un fichier à envoyer</translation>
    </message>
    <message>
        <source>connection not writable</source>
        <translation>connexion non inscriptible</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 envoyés</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sent</source>
        <translation>Arrêté : %1 sur %2 envoyés</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation>Choisissez un fichier à envoyer.</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source> (%1 in all)</source>
        <translation> (%1 en tout)</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Vers %1</translation>
    </message>
    <message>
        <source>also sending to %1</source>
        <translation>envoi aussi vers %1</translation>
    </message>
</context>
<context>
    <name>gui::ConversationRenderer</name>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ envoyé</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← reçu</translation>
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
        <translation>● connecté</translation>
    </message>
    <message>
        <source>← FIN received: the peer ended its side</source>
        <translation>← FIN reçu : le pair a terminé son côté</translation>
    </message>
    <message>
        <source>→ end() called: FIN follows the queued bytes</source>
        <translation>→ end() appelé : FIN suit les octets en file</translation>
    </message>
    <message>
        <source>→ reset: RST sent instead of FIN</source>
        <translation>→ réinitialisation : RST envoyé au lieu de FIN</translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation>⚠ erreur</translation>
    </message>
    <message>
        <source>⚠ error: %1</source>
        <translation>⚠ erreur : %1</translation>
    </message>
    <message>
        <source>■ closed after an error</source>
        <translation>■ fermé après une erreur</translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation>■ fermé</translation>
    </message>
    <message>
        <source>→ write refused after end() or destroy(): %1 not sent</source>
        <translation>→ écriture refusée après end() ou destroy() : %1 non envoyés</translation>
    </message>
    <message>
        <source>… %1 in %2 steps not shown here; Save… writes everything …</source>
        <translation>… %1 en %2 étapes non affichés ici ; Enregistrer… écrit tout …</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: past the transcript cap</source>
        <translation>%1 : %2 en %3 morceaux non capturés : au-delà de la limite de transcription</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: %4</source>
        <translation>%1 : %2 en %3 morceaux non capturés : %4</translation>
    </message>
    <message>
        <source>… %1 of this chunk not shown here …</source>
        <translation>… %1 de ce morceau non affichés ici …</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: past the transcript cap]</source>
        <translation>[%1 octets de ce morceau non capturés : au-delà de la limite de transcription]</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: %2]</source>
        <translation>[%1 octets de ce morceau non capturés : %2]</translation>
    </message>
    <message>
        <source>%1 later steps not recorded: the transcript&apos;s step limit was reached</source>
        <translation>%1 étapes suivantes non enregistrées : la limite d&apos;étapes de la transcription a été atteinte</translation>
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
        <translation>Échappé (\xNN)</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>Enregistrer la conversation</translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation>Conversation en &amp;texte…</translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation>Octets &amp;envoyés (bruts)…</translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation>Octets &amp;reçus (bruts)…</translation>
    </message>
    <message>
        <source>Nothing recorded for this connection yet.</source>
        <translation>Rien n&apos;a encore été enregistré pour cette connexion.</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>Aucune connexion sélectionnée.</translation>
    </message>
    <message>
        <source>→ %1 sent</source>
        <translation>→ %1 envoyés</translation>
    </message>
    <message>
        <source>← %1 received</source>
        <translation>← %1 reçus</translation>
    </message>
    <message>
        <source>%1 bytes not captured</source>
        <translation>%1 octets non capturés</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Save conversation as text</source>
        <translation>Enregistrer la conversation en texte</translation>
    </message>
    <message>
        <source>Save sent bytes</source>
        <translation>Enregistrer les octets envoyés</translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation>Enregistrer les octets reçus</translation>
    </message>
</context>
<context>
    <name>gui::EndpointTreeModel</name>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>half-open (readOnly)</source>
        <translation>semi-ouvert (readOnly)</translation>
    </message>
    <message>
        <source>half-open (writeOnly)</source>
        <translation>semi-ouvert (writeOnly)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 / out %2</source>
        <translation>entrée %1 / sortie %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Local : %1</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Distant : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extrémité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>#%1 relay %2 → %3</source>
        <translation>n° %1 relais %2 → %3</translation>
    </message>
    <message>
        <source>#%1 ↔ %2 (its target leg)</source>
        <translation>n° %1 ↔ %2 (sa branche vers la cible)</translation>
    </message>
    <message>
        <source>#%1 listener %2</source>
        <translation>n° %1 écouteur %2</translation>
    </message>
    <message>
        <source>#%1 accepted socket from %2</source>
        <translation>n° %1 socket accepté depuis %2</translation>
    </message>
    <message>
        <source>#%1 client socket → %2</source>
        <translation>n° %1 socket client → %2</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>%1, and any record that carries an error</source>
        <translation>%1, et toute entrée portant une erreur</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>→ true (bufferSize %1 &lt; highWaterMark %2)</source>
        <translation>→ true (bufferSize %1 &lt; highWaterMark %2)</translation>
    </message>
    <message>
        <source>→ false (bufferSize %1 ≥ highWaterMark %2: wait for &apos;drain&apos;)</source>
        <translation>→ false (bufferSize %1 ≥ highWaterMark %2 : attendre &apos;drain&apos;)</translation>
    </message>
    <message>
        <source>→ false (the socket cannot write)</source>
        <translation>→ false (le socket ne peut pas écrire)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>#%1 %2 from %3</source>
        <translation>n° %1 %2 depuis %3</translation>
    </message>
    <message>
        <source> (IPv%1)</source>
        <translation> (IPv%1)</translation>
    </message>
    <message>
        <source>had error</source>
        <translation>a eu une erreur</translation>
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
        <translation>l&apos;appel %1</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos;</source>
        <translation>l&apos;événement &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(made by netcore itself, not by the program)</source>
        <translation>(fait par netcore lui-même, pas par le programme)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extrémité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>socket n° %1</translation>
    </message>
    <message>
        <source>write() gave</source>
        <translation>write() a renvoyé</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>%1 bytes (bufferSize)</source>
        <translation>%1 octets (bufferSize)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>%1 bytes (highWaterMark)</source>
        <translation>%1 octets (highWaterMark)</translation>
    </message>
    <message>
        <source>This end</source>
        <translation>Cette extrémité</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>Autre extrémité</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>Appel système</translation>
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
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>#%1 of this session</source>
        <translation>n° %1 de cette session</translation>
    </message>
    <message>
        <source>Bytes shown</source>
        <translation>Octets affichés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>(the rest not kept)</source>
        <translation>(le reste n&apos;est pas conservé)</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>En texte</translation>
    </message>
    <message>
        <source>As hex</source>
        <translation>En hex</translation>
    </message>
    <message>
        <source>#%1 listener</source>
        <translation>n° %1 écouteur</translation>
    </message>
    <message>
        <source>#%1 socket</source>
        <translation>n° %1 socket</translation>
    </message>
</context>
<context>
    <name>gui::EventStreamWidget</name>
    <message>
        <source>All endpoints</source>
        <translation>Toutes les extrémités</translation>
    </message>
    <message>
        <source>Use as time reference</source>
        <translation>Utiliser comme référence de temps</translation>
    </message>
    <message>
        <source>Show only this endpoint</source>
        <translation>N&apos;afficher que cette extrémité</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show none</source>
        <translation>Ne rien afficher</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation>Événements (%1 sur %2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;call()&lt;/i&gt; = a call made on the endpoint</source>
        <translation>&lt;i&gt;call()&lt;/i&gt; = un appel</translation>
    </message>
    <message>
        <source>Hide &amp;Automatic Rows</source>
        <translation>Masquer l&apos;&amp;automatique</translation>
    </message>
    <message>
        <source>Hide what netcore does by itself: the automatic end() and destroy() calls (autoDestroy, the end at the peer&apos;s FIN, the destroy after an error) and &apos;ready&apos;, which always follows &apos;connect&apos;. The counts still include them.</source>
        <translation>Masquer ce que netcore fait de lui-même : les appels automatiques end() et destroy() (autoDestroy, la fin au FIN du pair, le destroy après une erreur) et &apos;ready&apos;, qui suit toujours &apos;connect&apos;. Les compteurs les incluent toujours.</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>Reviewing %1: %2 records (read-only).</source>
        <translation>Relecture de %1 : %2 entrées (lecture seule).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue :</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues :</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 entrées, %2 affichées</translation>
    </message>
    <message>
        <source>%1 dropped (store full)</source>
        <translation>%1 abandonnées (stockage plein)</translation>
    </message>
    <message>
        <source>%1 lost before display</source>
        <translation>%1 perdues avant l&apos;affichage</translation>
    </message>
    <message>
        <source>automatic rows hidden</source>
        <translation>lignes automatiques masquées</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrage…</translation>
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
        <translation>Temps</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>Δ précédente</translation>
    </message>
    <message>
        <source>Δ reference</source>
        <translation>Δ référence</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extrémité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Sequence number: the order in which netbench recorded the rows</source>
        <translation>Numéro de séquence : l&apos;ordre dans lequel netbench a enregistré les lignes</translation>
    </message>
    <message>
        <source>When it happened: wall clock, or the time since the previous row or the reference row (View options of the stream)</source>
        <translation>Quand cela s&apos;est produit : heure, ou temps depuis la ligne précédente ou la ligne de référence (options d&apos;affichage du flux)</translation>
    </message>
    <message>
        <source>The server or socket it happened on (#id as in Endpoints)</source>
        <translation>Le serveur ou le socket concerné (#id comme dans Extrémités)</translation>
    </message>
    <message>
        <source>An event Node emits (&apos;data&apos;, &apos;end&apos;, ...) or a call made on the endpoint (write(), end(), ...); hover a row or see the Explain pane for its meaning</source>
        <translation>Un événement que Node émet (&apos;data&apos;, &apos;end&apos;, ...) ou un appel fait sur l&apos;extrémité (write(), end(), ...) ; survolez une ligne ou voyez le volet Explication pour sa signification</translation>
    </message>
    <message>
        <source>Bytes, addresses, values and errors of the row</source>
        <translation>Octets, adresses, valeurs et erreurs de la ligne</translation>
    </message>
</context>
<context>
    <name>gui::ExplainPane</name>
    <message>
        <source>Documentation: %1</source>
        <translation>Documentation : %1</translation>
    </message>
    <message>
        <source>#%1 %2 on %3</source>
        <translation>n° %1 %2 sur %3</translation>
    </message>
    <message>
        <source>bufferSize after the call: %1 bytes; high-water mark: %2 bytes.</source>
        <translation>bufferSize après l&apos;appel : %1 octets ; seuil haut : %2 octets.</translation>
    </message>
    <message>
        <source>Marked auto: netcore made this call itself (an automatic end() after the peer&apos;s end, or the destroy() that follows), not the user.</source>
        <translation>Marqué auto : netcore a fait cet appel lui-même (un end() automatique après la fin du pair, ou le destroy() qui suit), pas l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Select a row of the event stream to explain it.</source>
        <translation>Sélectionnez une ligne du flux d&apos;événements pour l&apos;expliquer.</translation>
    </message>
    <message>
        <source>Select a row of the event stream, or an endpoint, to see what it means, what the peer sees and what to try.</source>
        <translation>Sélectionnez une ligne du flux d&apos;événements, ou une extrémité, pour voir ce qu&apos;elle signifie, ce que voit le pair et quoi essayer.</translation>
    </message>
</context>
<context>
    <name>gui::Explanations</name>
    <message>
        <source>The server is bound and accepts connections.</source>
        <translation>Le serveur est lié et accepte les connexions.</translation>
    </message>
    <message>
        <source>listen() succeeded: the kernel bound the address (or the Unix socket path) and put the socket in the LISTEN state. From now on the kernel completes connection handshakes on its own and queues them (the backlog) until netbench accepts them. A client that connects now succeeds; before this event it would have got ECONNREFUSED. With port 0 the kernel chose a free port: the address shows which.</source>
        <translation>listen() a réussi : le noyau a lié l&apos;adresse (ou le chemin du socket Unix) et mis le socket dans l&apos;état LISTEN. Désormais le noyau termine seul les poignées de main de connexion et les met en file (le backlog) jusqu&apos;à ce que netbench les accepte. Un client qui se connecte maintenant réussit ; avant cet événement il aurait reçu ECONNREFUSED. Avec le port 0, le noyau a choisi un port libre : l&apos;adresse indique lequel.</translation>
    </message>
    <message>
        <source>The server accepted a new connection: a new socket for that client.</source>
        <translation>Le serveur a accepté une nouvelle connexion : un nouveau socket pour ce client.</translation>
    </message>
    <message>
        <source>A client&apos;s connection was accepted: the server got a new socket of its own for it (shown under the server), while the server itself keeps listening for more. The client saw its &apos;connect&apos; already when the kernel finished the handshake, which can be before the server accepts. Each connection is a separate socket with its own events, its own buffers and its own close.</source>
        <translation>La connexion d&apos;un client a été acceptée : le serveur a obtenu son propre nouveau socket pour elle (affiché sous le serveur), tandis que le serveur continue d&apos;écouter. Le client a vu son &apos;connect&apos; dès que le noyau a terminé la poignée de main, ce qui peut précéder l&apos;acceptation par le serveur. Chaque connexion est un socket distinct avec ses propres événements, ses propres tampons et sa propre fermeture.</translation>
    </message>
    <message>
        <source>The host name was resolved to an address (or the lookup failed).</source>
        <translation>Le nom d&apos;hôte a été résolu en adresse (ou la résolution a échoué).</translation>
    </message>
    <message>
        <source>Before connecting to a host given by name, the name is resolved (getaddrinfo: /etc/hosts, then DNS). This event carries the address that will be tried, or the resolver&apos;s error (ENOTFOUND, EAI_AGAIN). Nothing has been sent to the peer yet. Connecting to an IP address or a Unix socket path needs no lookup, so there is no &apos;lookup&apos; then.</source>
        <translation>Avant de se connecter à un hôte donné par son nom, le nom est résolu (getaddrinfo : /etc/hosts, puis DNS). Cet événement porte l&apos;adresse qui sera essayée, ou l&apos;erreur du résolveur (ENOTFOUND, EAI_AGAIN). Rien n&apos;a encore été envoyé au pair. Se connecter à une adresse IP ou à un chemin de socket Unix ne demande aucune résolution, il n&apos;y a donc pas de &apos;lookup&apos; dans ce cas.</translation>
    </message>
    <message>
        <source>The connection is established; data can flow both ways.</source>
        <translation>La connexion est établie ; les données peuvent circuler dans les deux sens.</translation>
    </message>
    <message>
        <source>The TCP three-way handshake completed (or the Unix socket connected): the socket is open for reading and writing. Writes made before this were queued and are sent now. The kernel of the server side completes the handshake itself, so &apos;connect&apos; does not mean the server program has accepted or read anything yet.</source>
        <translation>La poignée de main TCP en trois temps est terminée (ou le socket Unix est connecté) : le socket est ouvert en lecture et en écriture. Les écritures faites avant étaient en file et sont envoyées maintenant. Le noyau côté serveur termine la poignée de main lui-même, donc &apos;connect&apos; ne signifie pas que le programme serveur a déjà accepté ou lu quoi que ce soit.</translation>
    </message>
    <message>
        <source>The socket is ready to be used; emitted right after &apos;connect&apos;.</source>
        <translation>Le socket est prêt à l&apos;emploi ; émis juste après &apos;connect&apos;.</translation>
    </message>
    <message>
        <source>Node emits &apos;ready&apos; immediately after &apos;connect&apos;; it exists for streams in general. Nothing new happened on the wire.</source>
        <translation>Node émet &apos;ready&apos; immédiatement après &apos;connect&apos; ; il existe pour les flux en général. Rien de nouveau ne s&apos;est passé sur le réseau.</translation>
    </message>
    <message>
        <source>Bytes arrived from the peer; one read of what the kernel had.</source>
        <translation>Des octets sont arrivés du pair ; une lecture de ce que le noyau avait.</translation>
    </message>
    <message>
        <source>One read from the kernel&apos;s receive buffer. TCP and stream Unix sockets carry a stream of bytes, not messages: one write() of the peer may arrive as several &apos;data&apos; events, and several writes may arrive as one. A protocol needs its own framing (a length prefix or a delimiter). While the socket is paused, no &apos;data&apos; is emitted and the bytes wait in the kernel (Unread in the inspector); when that fills, the peer&apos;s writes stop being accepted.</source>
        <translation>Une lecture dans le tampon de réception du noyau. TCP et les sockets Unix en flux transportent un flux d&apos;octets, pas des messages : un write() du pair peut arriver en plusieurs événements &apos;data&apos;, et plusieurs écritures en un seul. Un protocole a besoin de son propre découpage (un préfixe de longueur ou un délimiteur). Tant que le socket est en pause, aucun &apos;data&apos; n&apos;est émis et les octets attendent dans le noyau (Non lu dans l&apos;inspecteur) ; quand il est plein, les écritures du pair ne sont plus acceptées.</translation>
    </message>
    <message>
        <source>Everything queued by write() has been handed to the kernel; write more.</source>
        <translation>Tout ce que write() a mis en file a été remis au noyau ; écrivez davantage.</translation>
    </message>
    <message>
        <source>write() returned false earlier because the bytes waiting in netbench (bufferSize) reached the high-water mark; now that queue is empty again. A well-behaved writer stops writing when write() returns false and continues on &apos;drain&apos; (backpressure). The bytes are in the kernel&apos;s send buffer now, which does not mean the peer has read them.</source>
        <translation>write() a renvoyé false plus tôt parce que les octets en attente dans netbench (bufferSize) ont atteint le seuil haut ; cette file est à nouveau vide. Un écrivain bien élevé arrête d&apos;écrire quand write() renvoie false et reprend sur &apos;drain&apos; (contre-pression). Les octets sont maintenant dans le tampon d&apos;envoi du noyau, ce qui ne signifie pas que le pair les a lus.</translation>
    </message>
    <message>
        <source>The peer sent FIN: it will send nothing more. Our reading side is done.</source>
        <translation>Le pair a envoyé FIN : il n&apos;enverra plus rien. Notre côté lecture est terminé.</translation>
    </message>
    <message>
        <source>The peer called end() (or closed its socket): its FIN arrived after all the data it had sent. Nothing more will be read. Without allowHalfOpen the socket now ends its own side too (an automatic end()) and closes once its queued writes are sent; with allowHalfOpen it stays writable (writeOnly) until end() is called. A FIN is an orderly end, not an error; a peer that crashes or resets gives ECONNRESET instead.</source>
        <translation>Le pair a appelé end() (ou fermé son socket) : son FIN est arrivé après toutes les données qu&apos;il avait envoyées. Plus rien ne sera lu. Sans allowHalfOpen, le socket termine maintenant aussi son propre côté (un end() automatique) et se ferme une fois ses écritures en file envoyées ; avec allowHalfOpen il reste inscriptible (writeOnly) jusqu&apos;à l&apos;appel de end(). Un FIN est une fin ordonnée, pas une erreur ; un pair qui plante ou réinitialise donne ECONNRESET à la place.</translation>
    </message>
    <message>
        <source>The socket was idle for the setTimeout() time. It is NOT closed.</source>
        <translation>Le socket est resté inactif pendant la durée de setTimeout(). Il n&apos;est PAS fermé.</translation>
    </message>
    <message>
        <source>Nothing was read or written for the time given to setTimeout(). This is only a notification: the connection stays open and the peer sees nothing at all. To close idle connections, call end() or destroy() when this event comes. Keep-alive (setKeepAlive) is a different thing: kernel probes that detect a dead peer.</source>
        <translation>Rien n&apos;a été lu ni écrit pendant la durée donnée à setTimeout(). Ce n&apos;est qu&apos;une notification : la connexion reste ouverte et le pair ne voit rien du tout. Pour fermer les connexions inactives, appelez end() ou destroy() quand cet événement arrive. Le keep-alive (setKeepAlive) est autre chose : des sondes du noyau qui détectent un pair mort.</translation>
    </message>
    <message>
        <source>Something failed; for a socket, &apos;close&apos; follows.</source>
        <translation>Quelque chose a échoué ; pour un socket, &apos;close&apos; suit.</translation>
    </message>
    <message>
        <source>A system call failed or the peer broke the connection; the error&apos;s code says which. On a socket, &apos;close&apos; (with hadError true) follows at once: the connection is gone. On a server, an error of listen() (EADDRINUSE, EACCES) leaves the server not listening, and &apos;close&apos; does not follow unless close() is called.</source>
        <translation>Un appel système a échoué ou le pair a rompu la connexion ; le code de l&apos;erreur dit lequel. Sur un socket, &apos;close&apos; (avec hadError true) suit aussitôt : la connexion a disparu. Sur un serveur, une erreur de listen() (EADDRINUSE, EACCES) laisse le serveur sans écoute, et &apos;close&apos; ne suit que si close() est appelé.</translation>
    </message>
    <message>
        <source>Fully closed: the descriptor is released; nothing more will happen.</source>
        <translation>Entièrement fermé : le descripteur est libéré ; plus rien ne se passera.</translation>
    </message>
    <message>
        <source>The last event of a socket or a server. For a socket, hadError says whether an error caused it. The kernel may still be finishing the TCP shutdown (TIME_WAIT) but the program is done with it. A server emits &apos;close&apos; after close() once all its accepted connections have closed too.</source>
        <translation>Le dernier événement d&apos;un socket ou d&apos;un serveur. Pour un socket, hadError indique si une erreur l&apos;a causé. Le noyau peut encore terminer la fermeture TCP (TIME_WAIT) mais le programme en a fini. Un serveur émet &apos;close&apos; après close() une fois que toutes ses connexions acceptées se sont aussi fermées.</translation>
    </message>
    <message>
        <source>The server is closed: close() was called and its last connection has closed.</source>
        <translation>Le serveur est fermé : close() a été appelé et sa dernière connexion s&apos;est fermée.</translation>
    </message>
    <message>
        <source>close() stopped the listening at once, but the server&apos;s &apos;close&apos; waits until every connection it accepted has closed too. New clients were refused from the moment of close(); existing ones were never disturbed.</source>
        <translation>close() a arrêté l&apos;écoute aussitôt, mais le &apos;close&apos; du serveur attend que chaque connexion qu&apos;il a acceptée se soit aussi fermée. Les nouveaux clients ont été refusés dès close() ; les existants n&apos;ont jamais été dérangés.</translation>
    </message>
    <message>
        <source>The server failed, usually in listen(); it is not listening.</source>
        <translation>Le serveur a échoué, généralement dans listen() ; il n&apos;écoute pas.</translation>
    </message>
    <message>
        <source>Most often listen() failed (EADDRINUSE, EACCES, EADDRNOTAVAIL). Unlike a socket&apos;s error, no &apos;close&apos; follows by itself: the server simply is not listening, and listen() may be called again. No client saw anything.</source>
        <translation>Le plus souvent listen() a échoué (EADDRINUSE, EACCES, EADDRNOTAVAIL). Contrairement à l&apos;erreur d&apos;un socket, aucun &apos;close&apos; ne suit de lui-même : le serveur n&apos;écoute simplement pas, et listen() peut être rappelé. Aucun client n&apos;a rien vu.</translation>
    </message>
    <message>
        <source>A connection was dropped because maxConnections was reached.</source>
        <translation>Une connexion a été abandonnée parce que maxConnections était atteint.</translation>
    </message>
    <message>
        <source>The server already had maxConnections connections, so it accepted this one and closed it at once. The client saw its connection succeed and then end (or reset if it had sent data). Raise maxConnections or close idle connections.</source>
        <translation>Le serveur avait déjà maxConnections connexions, il a donc accepté celle-ci et l&apos;a fermée aussitôt. Le client a vu sa connexion réussir puis se terminer (ou être réinitialisée s&apos;il avait envoyé des données). Augmentez maxConnections ou fermez les connexions inactives.</translation>
    </message>
    <message>
        <source>server.listen(): bind an address or path and start accepting.</source>
        <translation>server.listen() : lier une adresse ou un chemin et commencer à accepter.</translation>
    </message>
    <message>
        <source>Asks the kernel to bind the address (or Unix socket path) and listen. It succeeds with &apos;listening&apos; or fails with &apos;error&apos;: EADDRINUSE when another socket has the address, EACCES for ports below 1024 without privilege or a path in a folder you cannot write.</source>
        <translation>Demande au noyau de lier l&apos;adresse (ou le chemin du socket Unix) et d&apos;écouter. Cela réussit avec &apos;listening&apos; ou échoue avec &apos;error&apos; : EADDRINUSE quand un autre socket a l&apos;adresse, EACCES pour les ports inférieurs à 1024 sans privilège ou un chemin dans un dossier où vous ne pouvez pas écrire.</translation>
    </message>
    <message>
        <source>socket.connect(): start a connection; &apos;connect&apos; or &apos;error&apos; follows.</source>
        <translation>socket.connect() : commencer une connexion ; &apos;connect&apos; ou &apos;error&apos; suit.</translation>
    </message>
    <message>
        <source>Starts connecting: a name lookup if a host name was given, then a SYN to the server (or a connect on the Unix socket path). The result comes later: &apos;connect&apos;, or &apos;error&apos; with ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</source>
        <translation>Commence à se connecter : une résolution de nom si un nom d&apos;hôte a été donné, puis un SYN vers le serveur (ou un connect sur le chemin du socket Unix). Le résultat arrive plus tard : &apos;connect&apos;, ou &apos;error&apos; avec ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</translation>
    </message>
    <message>
        <source>socket.write(): queue bytes to send; false means slow down and wait for &apos;drain&apos;.</source>
        <translation>socket.write() : mettre des octets en file d&apos;envoi ; false signifie ralentir et attendre &apos;drain&apos;.</translation>
    </message>
    <message>
        <source>Hands bytes to the socket. They go to the kernel&apos;s send buffer at once when it has room, otherwise they wait in netbench&apos;s queue (bufferSize). write() returns false when that queue reached the high-water mark: keep writing and memory grows; the right answer is to wait for &apos;drain&apos;. A successful write only means the kernel took the bytes, not that the peer received or read them. Writing after end() fails with ERR_STREAM_WRITE_AFTER_END; writing to a connection the peer has closed gives EPIPE or ECONNRESET.</source>
        <translation>Remet des octets au socket. Ils vont aussitôt dans le tampon d&apos;envoi du noyau s&apos;il a de la place, sinon ils attendent dans la file de netbench (bufferSize). write() renvoie false quand cette file a atteint le seuil haut : continuer d&apos;écrire fait croître la mémoire ; la bonne réponse est d&apos;attendre &apos;drain&apos;. Une écriture réussie signifie seulement que le noyau a pris les octets, pas que le pair les a reçus ou lus. Écrire après end() échoue avec ERR_STREAM_WRITE_AFTER_END ; écrire sur une connexion que le pair a fermée donne EPIPE ou ECONNRESET.</translation>
    </message>
    <message>
        <source>socket.end(): send FIN after queued data. The peer gets &apos;end&apos;; we can still read.</source>
        <translation>socket.end() : envoyer FIN après les données en file. Le pair reçoit &apos;end&apos; ; nous pouvons encore lire.</translation>
    </message>
    <message>
        <source>Half-closes the connection: once all queued writes are sent, a FIN follows them. The peer reads everything and then gets &apos;end&apos;. Our side can still receive (readOnly) until the peer ends too, then the socket closes. This is the polite way to finish. An &apos;end()&apos; marked auto was made by netbench itself because the peer ended and allowHalfOpen is false.</source>
        <translation>Semi-ferme la connexion : une fois toutes les écritures en file envoyées, un FIN les suit. Le pair lit tout puis reçoit &apos;end&apos;. Notre côté peut encore recevoir (readOnly) jusqu&apos;à ce que le pair termine aussi, puis le socket se ferme. C&apos;est la manière polie de finir. Un &apos;end()&apos; marqué auto a été fait par netbench lui-même parce que le pair a terminé et que allowHalfOpen vaut false.</translation>
    </message>
    <message>
        <source>socket.destroy(): close now; queued data is dropped. The peer normally sees FIN (&apos;end&apos;).</source>
        <translation>socket.destroy() : fermer maintenant ; les données en file sont abandonnées. Le pair voit normalement FIN (&apos;end&apos;).</translation>
    </message>
    <message>
        <source>Closes the socket at once: writes still queued in netbench are discarded and the descriptor is closed. The kernel still sends what it already had, then a FIN, so the peer sees a normal &apos;end&apos;, not an error; only if unread bytes were waiting in our receive buffer does Linux send an RST instead (the peer gets ECONNRESET). If the peer writes afterwards, our kernel answers with RST and the peer&apos;s write fails with EPIPE or ECONNRESET. destroy(error) behaves the same on the wire: the error is emitted only locally, the peer still sees a clean FIN. To make the peer see a reset, use resetAndDestroy().</source>
        <translation>Ferme le socket aussitôt : les écritures encore en file dans netbench sont abandonnées et le descripteur est fermé. Le noyau envoie encore ce qu&apos;il avait déjà, puis un FIN, donc le pair voit un &apos;end&apos; normal, pas une erreur ; seulement si des octets non lus attendaient dans notre tampon de réception, Linux envoie un RST à la place (le pair reçoit ECONNRESET). Si le pair écrit ensuite, notre noyau répond par RST et l&apos;écriture du pair échoue avec EPIPE ou ECONNRESET. destroy(error) se comporte de même sur le réseau : l&apos;erreur n&apos;est émise que localement, le pair voit toujours un FIN propre. Pour que le pair voie une réinitialisation, utilisez resetAndDestroy().</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with an RST. The peer gets ECONNRESET.</source>
        <translation>socket.resetAndDestroy() : interrompre avec un RST. Le pair reçoit ECONNRESET.</translation>
    </message>
    <message>
        <source>Closes the TCP connection abortively (SO_LINGER 0): the kernel throws away what it had not sent and sends an RST instead of a FIN. The peer&apos;s next read fails with ECONNRESET and data still in flight is lost. Only TCP sockets can be reset; on a Unix socket it throws ERR_INVALID_HANDLE_TYPE.</source>
        <translation>Ferme la connexion TCP brutalement (SO_LINGER 0) : le noyau jette ce qu&apos;il n&apos;avait pas envoyé et envoie un RST au lieu d&apos;un FIN. La lecture suivante du pair échoue avec ECONNRESET et les données en transit sont perdues. Seuls les sockets TCP peuvent être réinitialisés ; sur un socket Unix cela lève ERR_INVALID_HANDLE_TYPE.</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; incoming bytes wait in the kernel.</source>
        <translation>socket.pause() : arrêter de lire ; les octets entrants attendent dans le noyau.</translation>
    </message>
    <message>
        <source>No more &apos;data&apos; events until resume(). Bytes keep arriving into the kernel&apos;s receive buffer (Unread in the inspector); when it is full, TCP advertises a zero window and the peer&apos;s kernel stops sending, so the peer&apos;s writes pile up in its own send buffer and then its write() returns false. This is backpressure travelling across the connection.</source>
        <translation>Plus d&apos;événements &apos;data&apos; jusqu&apos;à resume(). Les octets continuent d&apos;arriver dans le tampon de réception du noyau (Non lu dans l&apos;inspecteur) ; quand il est plein, TCP annonce une fenêtre nulle et le noyau du pair arrête d&apos;envoyer, si bien que les écritures du pair s&apos;accumulent dans son propre tampon d&apos;envoi puis que son write() renvoie false. C&apos;est la contre-pression qui traverse la connexion.</translation>
    </message>
    <message>
        <source>socket.resume(): read again after pause().</source>
        <translation>socket.resume() : relire après pause().</translation>
    </message>
    <message>
        <source>Reading starts again: what waited in the kernel&apos;s receive buffer comes as &apos;data&apos; events, the window opens and the peer&apos;s queued bytes flow again (its &apos;drain&apos; may follow).</source>
        <translation>La lecture reprend : ce qui attendait dans le tampon de réception du noyau arrive en événements &apos;data&apos;, la fenêtre s&apos;ouvre et les octets en file du pair circulent de nouveau (son &apos;drain&apos; peut suivre).</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off (true) or on (false).</source>
        <translation>socket.setNoDelay() : désactiver (true) ou activer (false) l&apos;algorithme de Nagle.</translation>
    </message>
    <message>
        <source>Sets TCP_NODELAY. With Nagle&apos;s algorithm on, a small segment is held back while earlier data is unacknowledged, so many small writes are coalesced into fewer segments; combined with the peer&apos;s delayed ACK, a write-write-read pattern can stall for tens of milliseconds. noDelay sends each write at once. Compare the data segment counters of the inspector. Unix sockets have no Nagle at all.</source>
        <translation>Définit TCP_NODELAY. Avec l&apos;algorithme de Nagle actif, un petit segment est retenu tant que des données antérieures ne sont pas acquittées, si bien que de nombreuses petites écritures sont regroupées en moins de segments ; combiné à l&apos;ACK retardé du pair, un schéma écriture-écriture-lecture peut bloquer des dizaines de millisecondes. noDelay envoie chaque écriture aussitôt. Comparez les compteurs de segments de données de l&apos;inspecteur. Les sockets Unix n&apos;ont pas du tout de Nagle.</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): let the kernel probe an idle connection to detect a dead peer.</source>
        <translation>socket.setKeepAlive() : laisser le noyau sonder une connexion inactive pour détecter un pair mort.</translation>
    </message>
    <message>
        <source>Sets SO_KEEPALIVE and the idle time before the first probe (TCP_KEEPIDLE). After that idle time the kernel sends empty probes; if the peer&apos;s host does not answer several of them, the connection fails with ETIMEDOUT. A live peer answers without its program noticing anything. This is not the idle timeout of setTimeout().</source>
        <translation>Définit SO_KEEPALIVE et le temps d&apos;inactivité avant la première sonde (TCP_KEEPIDLE). Après ce temps, le noyau envoie des sondes vides ; si l&apos;hôte du pair ne répond pas à plusieurs d&apos;entre elles, la connexion échoue avec ETIMEDOUT. Un pair vivant répond sans que son programme ne remarque rien. Ce n&apos;est pas le délai d&apos;inactivité de setTimeout().</translation>
    </message>
    <message>
        <source>socket.setTimeout(): emit &apos;timeout&apos; after this much idle time (0 turns it off).</source>
        <translation>socket.setTimeout() : émettre &apos;timeout&apos; après cette durée d&apos;inactivité (0 le désactive).</translation>
    </message>
    <message>
        <source>Arms an inactivity timer: when nothing was read or written for that many milliseconds, &apos;timeout&apos; is emitted. It does not close the socket and sends nothing to the peer; the program decides what to do.</source>
        <translation>Arme un minuteur d&apos;inactivité : quand rien n&apos;a été lu ni écrit pendant ce nombre de millisecondes, &apos;timeout&apos; est émis. Il ne ferme pas le socket et n&apos;envoie rien au pair ; le programme décide quoi faire.</translation>
    </message>
    <message>
        <source>socket.setEncoding(): deliver &apos;data&apos; as decoded text instead of bytes.</source>
        <translation>socket.setEncoding() : livrer &apos;data&apos; en texte décodé au lieu d&apos;octets.</translation>
    </message>
    <message>
        <source>Received bytes are decoded (utf8, latin1, hex, base64, ...) before &apos;data&apos;. A character split across two chunks is held back until it is complete. Nothing changes on the wire.</source>
        <translation>Les octets reçus sont décodés (utf8, latin1, hex, base64, ...) avant &apos;data&apos;. Un caractère coupé entre deux morceaux est retenu jusqu&apos;à ce qu&apos;il soit complet. Rien ne change sur le réseau.</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; existing connections stay open.</source>
        <translation>server.close() : ne plus accepter ; les connexions existantes restent ouvertes.</translation>
    </message>
    <message>
        <source>The listening socket is closed, so new clients get ECONNREFUSED (TCP) or ENOENT (a Unix socket, whose path is removed). Connections already accepted are not touched; the server&apos;s &apos;close&apos; comes when the last of them has closed.</source>
        <translation>Le socket d&apos;écoute est fermé, donc les nouveaux clients reçoivent ECONNREFUSED (TCP) ou ENOENT (un socket Unix, dont le chemin est supprimé). Les connexions déjà acceptées ne sont pas touchées ; le &apos;close&apos; du serveur arrive quand la dernière d&apos;entre elles s&apos;est fermée.</translation>
    </message>
    <message>
        <source>ref(): this endpoint keeps the program running again.</source>
        <translation>ref() : cette extrémité maintient de nouveau le programme en vie.</translation>
    </message>
    <message>
        <source>The default. A program (a script) does not exit while a referenced server or socket is open. Nothing changes on the wire.</source>
        <translation>Le comportement par défaut. Un programme (un script) ne se termine pas tant qu&apos;un serveur ou socket référencé est ouvert. Rien ne change sur le réseau.</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the program running again.</source>
        <translation>server.ref() : l&apos;écouteur maintient de nouveau le programme en vie.</translation>
    </message>
    <message>
        <source>The default. A script does not exit while a referenced server listens. Nothing changes for clients.</source>
        <translation>Le comportement par défaut. Un script ne se termine pas tant qu&apos;un serveur référencé écoute. Rien ne change pour les clients.</translation>
    </message>
    <message>
        <source>server.unref(): the listener no longer keeps the program running.</source>
        <translation>server.unref() : l&apos;écouteur ne maintient plus le programme en vie.</translation>
    </message>
    <message>
        <source>A script may exit while this server still listens (it is closed with the process). Nothing changes for clients.</source>
        <translation>Un script peut se terminer alors que ce serveur écoute encore (il est fermé avec le processus). Rien ne change pour les clients.</translation>
    </message>
    <message>
        <source>unref(): this endpoint no longer keeps the program running.</source>
        <translation>unref() : cette extrémité ne maintient plus le programme en vie.</translation>
    </message>
    <message>
        <source>A script may exit even though this server or socket is still open (it is then closed with the process). Nothing changes on the wire.</source>
        <translation>Un script peut se terminer même si ce serveur ou socket est encore ouvert (il est alors fermé avec le processus). Rien ne change sur le réseau.</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that address and port (or path).</source>
        <translation>Connexion refusée : rien n&apos;écoute à cette adresse et ce port (ou chemin).</translation>
    </message>
    <message>
        <source>The SYN reached the other host, and its kernel answered with an RST because no socket listens on that port (for a Unix socket: the path exists but nobody listens on it). The server program never saw anything. Usual causes: the server is not started yet or has stopped, a wrong port, or it listens on another address (127.0.0.1 versus ::1 when &apos;localhost&apos; resolves to IPv6, or only on another interface). Try: check the port and address of the listener (&apos;ss -ltn&apos;), connect to 127.0.0.1 explicitly, start the listener first. A firewall that rejects also gives this; one that silently drops gives ETIMEDOUT.</source>
        <translation>Le SYN a atteint l&apos;autre hôte, et son noyau a répondu par un RST car aucun socket n&apos;écoute sur ce port (pour un socket Unix : le chemin existe mais personne n&apos;écoute dessus). Le programme serveur n&apos;a rien vu. Causes habituelles : le serveur n&apos;est pas encore démarré ou s&apos;est arrêté, un mauvais port, ou il écoute sur une autre adresse (127.0.0.1 contre ::1 quand &apos;localhost&apos; se résout en IPv6, ou seulement sur une autre interface). Essayez : vérifier le port et l&apos;adresse de l&apos;écouteur (&apos;ss -ltn&apos;), se connecter explicitement à 127.0.0.1, démarrer l&apos;écouteur d&apos;abord. Un pare-feu qui rejette donne aussi ceci ; un qui jette en silence donne ETIMEDOUT.</translation>
    </message>
    <message>
        <source>Address already in use: another socket has bound this address and port (or path).</source>
        <translation>Adresse déjà utilisée : un autre socket a lié cette adresse et ce port (ou chemin).</translation>
    </message>
    <message>
        <source>listen() failed because the address is taken: another program (or another listener in netbench) listens on that port, or a Unix socket file exists at the path. Clients are not affected; they reach whoever holds the address. Usual causes: a previous run still running, two listeners on the same port, a leftover socket file after a crash. Try: &apos;ss -ltnp&apos; to see who holds the port, port 0 to let the kernel choose a free one, removing a stale socket file. Connections in TIME_WAIT do not block a new listener here because netbench sets SO_REUSEADDR, as Node does.</source>
        <translation>listen() a échoué car l&apos;adresse est prise : un autre programme (ou un autre écouteur dans netbench) écoute sur ce port, ou un fichier de socket Unix existe à ce chemin. Les clients ne sont pas affectés ; ils joignent celui qui détient l&apos;adresse. Causes habituelles : une exécution précédente toujours active, deux écouteurs sur le même port, un fichier de socket resté après un plantage. Essayez : &apos;ss -ltnp&apos; pour voir qui détient le port, le port 0 pour laisser le noyau en choisir un libre, supprimer un fichier de socket périmé. Les connexions en TIME_WAIT ne bloquent pas un nouvel écouteur ici car netbench définit SO_REUSEADDR, comme Node.</translation>
    </message>
    <message>
        <source>Connection reset by peer: the peer aborted the connection with an RST.</source>
        <translation>Connexion réinitialisée par le pair : le pair a interrompu la connexion avec un RST.</translation>
    </message>
    <message>
        <source>An RST arrived: the peer&apos;s kernel declared the connection dead, and data in flight is lost. Unlike a FIN (&apos;end&apos;), this is abortive. Usual causes: the peer called resetAndDestroy() or set SO_LINGER 0; the peer closed its socket while unread data was still in its receive buffer; we sent data to a connection the peer had already closed; the peer process crashed or its host rebooted; a middlebox killed the connection. Try: treat it as &apos;the peer went away&apos; and reconnect if needed; if you control the peer, make it read everything and end() instead of closing abruptly.</source>
        <translation>Un RST est arrivé : le noyau du pair a déclaré la connexion morte, et les données en transit sont perdues. Contrairement à un FIN (&apos;end&apos;), c&apos;est une interruption brutale. Causes habituelles : le pair a appelé resetAndDestroy() ou défini SO_LINGER 0 ; le pair a fermé son socket alors que des données non lues restaient dans son tampon de réception ; nous avons envoyé des données à une connexion que le pair avait déjà fermée ; le processus du pair a planté ou son hôte a redémarré ; un équipement intermédiaire a tué la connexion. Essayez : le traiter comme « le pair est parti » et se reconnecter si besoin ; si vous contrôlez le pair, faites-lui tout lire et appeler end() au lieu de fermer brutalement.</translation>
    </message>
    <message>
        <source>Broken pipe: we wrote to a connection whose other end is already closed.</source>
        <translation>Tube cassé : nous avons écrit sur une connexion dont l&apos;autre extrémité est déjà fermée.</translation>
    </message>
    <message>
        <source>A write failed because the connection can no longer carry data: the peer has closed (its FIN came, then its kernel answered our data with an RST), or our own side was shut down. On Linux, when the peer has ended and then resets, the write reports EPIPE; when the reset comes while both sides were open, it is ECONNRESET. The bytes were not delivered. Usual cause: writing after the peer&apos;s &apos;end&apos; with allowHalfOpen, or writing to a peer that destroyed its socket. Try: stop writing when &apos;end&apos; comes unless the peer really keeps reading (a half-close by end(), not a close).</source>
        <translation>Une écriture a échoué car la connexion ne peut plus transporter de données : le pair a fermé (son FIN est venu, puis son noyau a répondu à nos données par un RST), ou notre propre côté a été arrêté. Sous Linux, quand le pair a terminé puis réinitialise, l&apos;écriture signale EPIPE ; quand la réinitialisation arrive alors que les deux côtés étaient ouverts, c&apos;est ECONNRESET. Les octets n&apos;ont pas été livrés. Cause habituelle : écrire après le &apos;end&apos; du pair avec allowHalfOpen, ou écrire à un pair qui a détruit son socket. Essayez : arrêter d&apos;écrire quand &apos;end&apos; arrive, sauf si le pair continue vraiment de lire (une semi-fermeture par end(), pas une fermeture).</translation>
    </message>
    <message>
        <source>Timed out: the peer&apos;s host did not answer (connect, retransmissions or keep-alive).</source>
        <translation>Délai dépassé : l&apos;hôte du pair n&apos;a pas répondu (connexion, retransmissions ou keep-alive).</translation>
    </message>
    <message>
        <source>The kernel gave up waiting: the SYN of connect() was never answered, or sent data was never acknowledged after many retransmissions, or keep-alive probes went unanswered. The peer is unreachable or gone without a trace, or a firewall drops packets silently. This is not the &apos;timeout&apos; event of setTimeout(), which never fails anything. Try: check the address and that the host is up, look for a firewall that drops instead of rejecting (a rejecting one gives ECONNREFUSED).</source>
        <translation>Le noyau a cessé d&apos;attendre : le SYN de connect() n&apos;a jamais reçu de réponse, ou des données envoyées n&apos;ont jamais été acquittées après de nombreuses retransmissions, ou les sondes keep-alive sont restées sans réponse. Le pair est injoignable ou a disparu sans laisser de trace, ou un pare-feu jette des paquets en silence. Ce n&apos;est pas l&apos;événement &apos;timeout&apos; de setTimeout(), qui ne fait jamais rien échouer. Essayez : vérifier l&apos;adresse et que l&apos;hôte est actif, chercher un pare-feu qui jette au lieu de rejeter (un qui rejette donne ECONNREFUSED).</translation>
    </message>
    <message>
        <source>Host not found: the name could not be resolved to an address.</source>
        <translation>Hôte introuvable : le nom n&apos;a pas pu être résolu en adresse.</translation>
    </message>
    <message>
        <source>The name lookup (getaddrinfo: /etc/hosts, then DNS) found no address for the host (EAI_NONAME or EAI_NODATA), so no connection was even attempted and no peer saw anything. Usual causes: a typo in the host name, a name that exists only on another network, a missing /etc/hosts entry, no DNS. Try: &apos;getent hosts NAME&apos;, or connect to an IP address such as 127.0.0.1.</source>
        <translation>La résolution de nom (getaddrinfo : /etc/hosts, puis DNS) n&apos;a trouvé aucune adresse pour l&apos;hôte (EAI_NONAME ou EAI_NODATA), donc aucune connexion n&apos;a même été tentée et aucun pair n&apos;a rien vu. Causes habituelles : une faute de frappe dans le nom d&apos;hôte, un nom qui n&apos;existe que sur un autre réseau, une entrée /etc/hosts manquante, pas de DNS. Essayez : &apos;getent hosts NOM&apos;, ou se connecter à une adresse IP comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>Permission denied: not allowed to bind this port or use this path.</source>
        <translation>Permission refusée : pas le droit de lier ce port ou d&apos;utiliser ce chemin.</translation>
    </message>
    <message>
        <source>The kernel refused the operation for lack of permission. For TCP: binding a port below 1024 needs root or CAP_NET_BIND_SERVICE. For a Unix socket: creating the socket file needs write access to its folder, and connecting needs write permission on the socket file. Nobody else saw anything. Try: a port of 1024 or more, a folder you own (the temporary folder), or fix the file&apos;s permissions.</source>
        <translation>Le noyau a refusé l&apos;opération faute de permission. Pour TCP : lier un port inférieur à 1024 nécessite root ou CAP_NET_BIND_SERVICE. Pour un socket Unix : créer le fichier du socket nécessite l&apos;accès en écriture à son dossier, et se connecter nécessite la permission d&apos;écriture sur le fichier du socket. Personne d&apos;autre n&apos;a rien vu. Essayez : un port de 1024 ou plus, un dossier qui vous appartient (le dossier temporaire), ou corriger les permissions du fichier.</translation>
    </message>
    <message>
        <source>No such file or directory: the Unix socket path does not exist.</source>
        <translation>Fichier ou dossier inexistant : le chemin du socket Unix n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Connecting to a Unix socket whose path does not exist (no server created it, or it was removed when its server closed), or listening on a path whose folder does not exist. Try: start the listener first, check the path (it is relative to the current folder unless it starts with &apos;/&apos;).</source>
        <translation>Connexion à un socket Unix dont le chemin n&apos;existe pas (aucun serveur ne l&apos;a créé, ou il a été supprimé à la fermeture de son serveur), ou écoute sur un chemin dont le dossier n&apos;existe pas. Essayez : démarrer l&apos;écouteur d&apos;abord, vérifier le chemin (il est relatif au dossier courant sauf s&apos;il commence par &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Too many open files: this process used up its file descriptors.</source>
        <translation>Trop de fichiers ouverts : ce processus a épuisé ses descripteurs de fichiers.</translation>
    </message>
    <message>
        <source>Every socket uses a file descriptor, and the process reached its limit (ulimit -n, often 1024). New sockets cannot be created and a server cannot accept: waiting clients stay in the backlog and may time out. Usual causes: connections that are never closed (a leak), or simply many clients. Try: close connections you no longer need, check for leaks, raise the limit with &apos;ulimit -n&apos;.</source>
        <translation>Chaque socket utilise un descripteur de fichier, et le processus a atteint sa limite (ulimit -n, souvent 1024). Aucun nouveau socket ne peut être créé et un serveur ne peut plus accepter : les clients en attente restent dans le backlog et peuvent expirer. Causes habituelles : des connexions jamais fermées (une fuite), ou simplement beaucoup de clients. Essayez : fermer les connexions inutiles, chercher les fuites, augmenter la limite avec &apos;ulimit -n&apos;.</translation>
    </message>
    <message>
        <source>Connection aborted: the connection died before it could be used (often before accept).</source>
        <translation>Connexion interrompue : la connexion est morte avant de pouvoir servir (souvent avant accept).</translation>
    </message>
    <message>
        <source>The kernel aborted a connection locally, for example one that failed while accept() was taking it from the backlog (rare on Linux, which usually hands the connection over and reports ECONNRESET on its first read instead). The server goes on accepting. Try: nothing on the server side; look at why the client gave up.</source>
        <translation>Le noyau a interrompu une connexion localement, par exemple une qui a échoué pendant qu&apos;accept() la prenait dans le backlog (rare sous Linux, qui remet généralement la connexion et signale ECONNRESET à sa première lecture). Le serveur continue d&apos;accepter. Essayez : rien côté serveur ; regardez pourquoi le client a abandonné.</translation>
    </message>
    <message>
        <source>Host unreachable: no route to that host.</source>
        <translation>Hôte injoignable : aucune route vers cet hôte.</translation>
    </message>
    <message>
        <source>The packets could not be delivered to the host: no route, or a router or the host answered &apos;host unreachable&apos; (ICMP), or the host did not answer ARP on the local network. The peer saw nothing. Try: check the address, that the host is up and on a network you can reach.</source>
        <translation>Les paquets n&apos;ont pas pu être livrés à l&apos;hôte : pas de route, ou un routeur ou l&apos;hôte a répondu « host unreachable » (ICMP), ou l&apos;hôte n&apos;a pas répondu à ARP sur le réseau local. Le pair n&apos;a rien vu. Essayez : vérifier l&apos;adresse, que l&apos;hôte est actif et sur un réseau que vous pouvez joindre.</translation>
    </message>
    <message>
        <source>Network unreachable: no route to that network.</source>
        <translation>Réseau injoignable : aucune route vers ce réseau.</translation>
    </message>
    <message>
        <source>This machine has no route to the destination network: no default gateway, the interface is down, or an IPv6 address without IPv6 connectivity. Nothing was sent. Try: check the address family (IPv4 or IPv6) and the machine&apos;s network configuration.</source>
        <translation>Cette machine n&apos;a aucune route vers le réseau de destination : pas de passerelle par défaut, l&apos;interface est désactivée, ou une adresse IPv6 sans connectivité IPv6. Rien n&apos;a été envoyé. Essayez : vérifier la famille d&apos;adresses (IPv4 ou IPv6) et la configuration réseau de la machine.</translation>
    </message>
    <message>
        <source>Address not available: this machine does not have that local address (or ran out of ports).</source>
        <translation>Adresse non disponible : cette machine n&apos;a pas cette adresse locale (ou n&apos;a plus de ports).</translation>
    </message>
    <message>
        <source>Binding asked for an IP address that no interface of this machine has (a listener on another machine&apos;s address, or a localAddress that is not local), or connect() found no free local port for this destination. Try: listen on 127.0.0.1, ::1, 0.0.0.0 or an address &apos;ip addr&apos; shows; with many short connections, let TIME_WAIT ones expire.</source>
        <translation>La liaison demandait une adresse IP qu&apos;aucune interface de cette machine ne possède (un écouteur sur l&apos;adresse d&apos;une autre machine, ou une localAddress non locale), ou connect() n&apos;a trouvé aucun port local libre pour cette destination. Essayez : écouter sur 127.0.0.1, ::1, 0.0.0.0 ou une adresse que montre &apos;ip addr&apos; ; avec beaucoup de connexions courtes, laisser expirer celles en TIME_WAIT.</translation>
    </message>
    <message>
        <source>Address family not supported (for example IPv6 disabled on this machine).</source>
        <translation>Famille d&apos;adresses non prise en charge (par exemple IPv6 désactivé sur cette machine).</translation>
    </message>
    <message>
        <source>The kernel cannot create or use a socket of that address family, usually because IPv6 is disabled. Try the IPv4 address instead.</source>
        <translation>Le noyau ne peut pas créer ou utiliser un socket de cette famille d&apos;adresses, généralement parce qu&apos;IPv6 est désactivé. Essayez plutôt l&apos;adresse IPv4.</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable: try again later.</source>
        <translation>Ressource temporairement indisponible : réessayez plus tard.</translation>
    </message>
    <message>
        <source>A non-blocking operation could not proceed now. netbench normally waits and retries itself; when reported, a kernel resource was short (for a Unix socket connect: the listener&apos;s backlog is full).</source>
        <translation>Une opération non bloquante n&apos;a pas pu avancer maintenant. netbench attend et réessaie normalement de lui-même ; quand c&apos;est signalé, une ressource du noyau manquait (pour un connect de socket Unix : le backlog de l&apos;écouteur est plein).</translation>
    </message>
    <message>
        <source>A connection attempt is already in progress on this socket.</source>
        <translation>Une tentative de connexion est déjà en cours sur ce socket.</translation>
    </message>
    <message>
        <source>connect() was called again while the first attempt had not finished. Wait for &apos;connect&apos; or &apos;error&apos; before connecting again.</source>
        <translation>connect() a été rappelé alors que la première tentative n&apos;était pas terminée. Attendez &apos;connect&apos; ou &apos;error&apos; avant de vous reconnecter.</translation>
    </message>
    <message>
        <source>Bad file descriptor: the descriptor is not open.</source>
        <translation>Mauvais descripteur de fichier : le descripteur n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>An operation used a descriptor that is closed or was never valid, for example listen({fd}) with a number that is not open. Check the descriptor passed in.</source>
        <translation>Une opération a utilisé un descripteur fermé ou jamais valide, par exemple listen({fd}) avec un numéro non ouvert. Vérifiez le descripteur transmis.</translation>
    </message>
    <message>
        <source>Invalid argument: the kernel rejected a parameter of the call.</source>
        <translation>Argument invalide : le noyau a rejeté un paramètre de l&apos;appel.</translation>
    </message>
    <message>
        <source>The kernel found an argument invalid for the socket&apos;s state or type, such as listening on a socket that is already connected or a bad option value. Look at the syscall named in the error.</source>
        <translation>Le noyau a jugé un argument invalide pour l&apos;état ou le type du socket, comme écouter sur un socket déjà connecté ou une mauvaise valeur d&apos;option. Regardez l&apos;appel système nommé dans l&apos;erreur.</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>Le socket est déjà connecté.</translation>
    </message>
    <message>
        <source>connect() on a socket that already has a connection. Use a new socket for a new connection.</source>
        <translation>connect() sur un socket qui a déjà une connexion. Utilisez un nouveau socket pour une nouvelle connexion.</translation>
    </message>
    <message>
        <source>Too many open files in the whole system.</source>
        <translation>Trop de fichiers ouverts dans tout le système.</translation>
    </message>
    <message>
        <source>The system-wide limit of open files was reached (fs.file-max), not only this process&apos;s. Other programs are affected too. Close connections or raise the system limit.</source>
        <translation>La limite système de fichiers ouverts a été atteinte (fs.file-max), pas seulement celle de ce processus. D&apos;autres programmes sont aussi touchés. Fermez des connexions ou augmentez la limite système.</translation>
    </message>
    <message>
        <source>Name too long: the Unix socket path exceeds the limit (107 bytes on Linux).</source>
        <translation>Nom trop long : le chemin du socket Unix dépasse la limite (107 octets sous Linux).</translation>
    </message>
    <message>
        <source>A Unix socket address holds at most 107 bytes of path on Linux (sun_path). Use a shorter path, for example in /tmp or relative to the current folder.</source>
        <translation>Une adresse de socket Unix contient au plus 107 octets de chemin sous Linux (sun_path). Utilisez un chemin plus court, par exemple dans /tmp ou relatif au dossier courant.</translation>
    </message>
    <message>
        <source>Network is down: the interface in use is down.</source>
        <translation>Réseau hors service : l&apos;interface utilisée est désactivée.</translation>
    </message>
    <message>
        <source>The network interface needed for this connection is down. Check the interface and connectivity.</source>
        <translation>L&apos;interface réseau nécessaire à cette connexion est désactivée. Vérifiez l&apos;interface et la connectivité.</translation>
    </message>
    <message>
        <source>No buffer space available: the kernel is short of memory for sockets.</source>
        <translation>Plus d&apos;espace tampon disponible : le noyau manque de mémoire pour les sockets.</translation>
    </message>
    <message>
        <source>The kernel could not allocate buffers for the operation, usually under heavy load or with very many sockets. Reduce the number of connections or buffer sizes.</source>
        <translation>Le noyau n&apos;a pas pu allouer de tampons pour l&apos;opération, généralement sous forte charge ou avec de très nombreux sockets. Réduisez le nombre de connexions ou la taille des tampons.</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The kernel or the process ran out of memory for this operation. Reduce the load or the amount of queued data (watch bufferSize).</source>
        <translation>Le noyau ou le processus a manqué de mémoire pour cette opération. Réduisez la charge ou la quantité de données en file (surveillez bufferSize).</translation>
    </message>
    <message>
        <source>The socket is not connected.</source>
        <translation>Le socket n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>An operation that needs a connection (reading the peer&apos;s address, shutdown) was made on a socket that is not, or no longer, connected, for example after a reset.</source>
        <translation>Une opération qui nécessite une connexion (lire l&apos;adresse du pair, shutdown) a été faite sur un socket qui n&apos;est pas, ou plus, connecté, par exemple après une réinitialisation.</translation>
    </message>
    <message>
        <source>Not a socket: the descriptor refers to something else.</source>
        <translation>Pas un socket : le descripteur désigne autre chose.</translation>
    </message>
    <message>
        <source>A descriptor given to netbench (listen({fd})) is a file or pipe, not a socket.</source>
        <translation>Un descripteur donné à netbench (listen({fd})) est un fichier ou un tube, pas un socket.</translation>
    </message>
    <message>
        <source>Operation not supported on this socket.</source>
        <translation>Opération non prise en charge sur ce socket.</translation>
    </message>
    <message>
        <source>The socket type does not support the operation (for example an option that only TCP has, used on a Unix socket).</source>
        <translation>Le type de socket ne prend pas en charge l&apos;opération (par exemple une option propre à TCP utilisée sur un socket Unix).</translation>
    </message>
    <message>
        <source>Operation not permitted: needs privileges, or a firewall refused it.</source>
        <translation>Opération non permise : nécessite des privilèges, ou un pare-feu l&apos;a refusée.</translation>
    </message>
    <message>
        <source>The kernel refused the operation: it needs privileges this process lacks, or a local firewall rule (netfilter) rejected the packet. Check firewall rules and privileges.</source>
        <translation>Le noyau a refusé l&apos;opération : elle nécessite des privilèges que ce processus n&apos;a pas, ou une règle de pare-feu locale (netfilter) a rejeté le paquet. Vérifiez les règles de pare-feu et les privilèges.</translation>
    </message>
    <message>
        <source>Protocol error.</source>
        <translation>Erreur de protocole.</translation>
    </message>
    <message>
        <source>The kernel met a protocol error, for example a connection that failed while it was being accepted. Usually transient; the server keeps accepting.</source>
        <translation>Le noyau a rencontré une erreur de protocole, par exemple une connexion qui a échoué pendant son acceptation. Généralement passager ; le serveur continue d&apos;accepter.</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>Protocole non pris en charge.</translation>
    </message>
    <message>
        <source>The kernel does not support the protocol asked for in this address family.</source>
        <translation>Le noyau ne prend pas en charge le protocole demandé dans cette famille d&apos;adresses.</translation>
    </message>
    <message>
        <source>Not a directory: a part of the Unix socket path is not a folder.</source>
        <translation>Pas un dossier : une partie du chemin du socket Unix n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>A component of the socket path that should be a folder is a file. Check the path.</source>
        <translation>Un composant du chemin du socket qui devrait être un dossier est un fichier. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>Read-only file system: the socket file cannot be created there.</source>
        <translation>Système de fichiers en lecture seule : le fichier du socket ne peut pas y être créé.</translation>
    </message>
    <message>
        <source>Listening on a Unix socket creates a file; the folder is on a read-only file system. Use a path in a writable folder such as /tmp.</source>
        <translation>Écouter sur un socket Unix crée un fichier ; le dossier est sur un système de fichiers en lecture seule. Utilisez un chemin dans un dossier inscriptible comme /tmp.</translation>
    </message>
    <message>
        <source>No space left on device: the disk (or a quota) is full.</source>
        <translation>Plus de place sur le périphérique : le disque (ou un quota) est plein.</translation>
    </message>
    <message>
        <source>A write to a file failed because its file system has no room left. Nothing about the network: free some space or write elsewhere.</source>
        <translation>Une écriture dans un fichier a échoué car son système de fichiers n&apos;a plus de place. Rien à voir avec le réseau : libérez de l&apos;espace ou écrivez ailleurs.</translation>
    </message>
    <message>
        <source>Input/output error: the device failed.</source>
        <translation>Erreur d&apos;entrée/sortie : le périphérique a échoué.</translation>
    </message>
    <message>
        <source>A low-level read or write failed (a failing disk, a terminal that went away). Check the device or file that was being used.</source>
        <translation>Une lecture ou écriture de bas niveau a échoué (un disque défaillant, un terminal disparu). Vérifiez le périphérique ou le fichier utilisé.</translation>
    </message>
    <message>
        <source>File too large: past the size the file system or a limit allows.</source>
        <translation>Fichier trop gros : au-delà de la taille permise par le système de fichiers ou une limite.</translation>
    </message>
    <message>
        <source>A write would make a file larger than allowed (the file system&apos;s maximum, or &apos;ulimit -f&apos;). Write less or raise the limit.</source>
        <translation>Une écriture rendrait un fichier plus gros que permis (le maximum du système de fichiers, ou &apos;ulimit -f&apos;). Écrivez moins ou augmentez la limite.</translation>
    </message>
    <message>
        <source>An error the program passed to destroy(error); the peer saw only a FIN.</source>
        <translation>Une erreur que le programme a passée à destroy(error) ; le pair n&apos;a vu qu&apos;un FIN.</translation>
    </message>
    <message>
        <source>destroy(error) closes the socket like destroy() and emits this error locally, followed by &apos;close&apos; with hadError true. Nothing of the error travels to the peer: it sees a normal FIN (&apos;end&apos;), or an RST only if unread data was waiting on our side. To make the peer see a failure, use resetAndDestroy().</source>
        <translation>destroy(error) ferme le socket comme destroy() et émet cette erreur localement, suivie de &apos;close&apos; avec hadError true. Rien de l&apos;erreur ne parvient au pair : il voit un FIN normal (&apos;end&apos;), ou un RST seulement si des données non lues attendaient de notre côté. Pour que le pair voie un échec, utilisez resetAndDestroy().</translation>
    </message>
    <message>
        <source>Temporary name resolution failure: DNS did not answer in time.</source>
        <translation>Échec temporaire de la résolution de nom : le DNS n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The resolver could not get an answer now (DNS server unreachable or slow, no network). No connection was attempted. Try again later, check the DNS configuration, or use an IP address.</source>
        <translation>Le résolveur n&apos;a pas pu obtenir de réponse pour l&apos;instant (serveur DNS injoignable ou lent, pas de réseau). Aucune connexion n&apos;a été tentée. Réessayez plus tard, vérifiez la configuration DNS, ou utilisez une adresse IP.</translation>
    </message>
    <message>
        <source>Name resolution failed permanently.</source>
        <translation>La résolution de nom a échoué définitivement.</translation>
    </message>
    <message>
        <source>The DNS server reported a non-recoverable failure for this name. Use an IP address or check the DNS configuration.</source>
        <translation>Le serveur DNS a signalé un échec irrécupérable pour ce nom. Utilisez une adresse IP ou vérifiez la configuration DNS.</translation>
    </message>
    <message>
        <source>The address family asked for is not supported by the resolver.</source>
        <translation>La famille d&apos;adresses demandée n&apos;est pas prise en charge par le résolveur.</translation>
    </message>
    <message>
        <source>The lookup asked for a family (4 or 6) the resolver does not support. Use family 0, 4 or 6.</source>
        <translation>La résolution a demandé une famille (4 ou 6) que le résolveur ne prend pas en charge. Utilisez family 0, 4 ou 6.</translation>
    </message>
    <message>
        <source>The resolver ran out of memory.</source>
        <translation>Le résolveur a manqué de mémoire.</translation>
    </message>
    <message>
        <source>getaddrinfo could not allocate memory. Retry.</source>
        <translation>getaddrinfo n&apos;a pas pu allouer de mémoire. Réessayez.</translation>
    </message>
    <message>
        <source>The service (port) is not supported for this socket type.</source>
        <translation>Le service (port) n&apos;est pas pris en charge pour ce type de socket.</translation>
    </message>
    <message>
        <source>The resolver rejected the port or service name.</source>
        <translation>Le résolveur a rejeté le port ou le nom de service.</translation>
    </message>
    <message>
        <source>The socket type is not supported by the resolver.</source>
        <translation>Le type de socket n&apos;est pas pris en charge par le résolveur.</translation>
    </message>
    <message>
        <source>The resolver does not support the socket type asked for.</source>
        <translation>Le résolveur ne prend pas en charge le type de socket demandé.</translation>
    </message>
    <message>
        <source>The port is not a whole number from 0 to 65535.</source>
        <translation>Le port n&apos;est pas un nombre entier de 0 à 65535.</translation>
    </message>
    <message>
        <source>The call was refused before anything reached the kernel: a TCP port must be an integer &gt;= 0 and &lt; 65536 (0 means: let the kernel choose, for listen()). Nothing was sent; no peer saw anything. Check the port you typed or computed; strings like &apos;80&apos; are fine, &apos;80.5&apos;, -1 or 70000 are not.</source>
        <translation>L&apos;appel a été refusé avant que quoi que ce soit atteigne le noyau : un port TCP doit être un entier &gt;= 0 et &lt; 65536 (0 signifie : laisser le noyau choisir, pour listen()). Rien n&apos;a été envoyé ; aucun pair n&apos;a rien vu. Vérifiez le port que vous avez tapé ou calculé ; des chaînes comme &apos;80&apos; conviennent, &apos;80.5&apos;, -1 ou 70000 non.</translation>
    </message>
    <message>
        <source>listen() was called on a server that is already listening.</source>
        <translation>listen() a été appelé sur un serveur qui écoute déjà.</translation>
    </message>
    <message>
        <source>A server listens on one address. Call close() first, or create another server for a second address.</source>
        <translation>Un serveur écoute sur une seule adresse. Appelez d&apos;abord close(), ou créez un autre serveur pour une seconde adresse.</translation>
    </message>
    <message>
        <source>close() was called on a server that is not listening.</source>
        <translation>close() a été appelé sur un serveur qui n&apos;écoute pas.</translation>
    </message>
    <message>
        <source>The server was never listening or is already closed, so there is nothing to close. The close callback receives this error; nothing else happens.</source>
        <translation>Le serveur n&apos;a jamais écouté ou est déjà fermé, il n&apos;y a donc rien à fermer. Le rappel de close reçoit cette erreur ; rien d&apos;autre ne se passe.</translation>
    </message>
    <message>
        <source>write() after end(): our side has already sent FIN.</source>
        <translation>write() après end() : notre côté a déjà envoyé FIN.</translation>
    </message>
    <message>
        <source>end() was called earlier, so the writable side is finished (a FIN is sent or about to be) and TCP cannot send data after a FIN. The bytes are not sent; the peer sees nothing of them. Usual cause: an end() in one place and a late write() in another (a timer, a &apos;data&apos; handler). Try: write everything before end(), or pass the last bytes to end(data).</source>
        <translation>end() a été appelé plus tôt, donc le côté écriture est terminé (un FIN est envoyé ou sur le point de l&apos;être) et TCP ne peut pas envoyer de données après un FIN. Les octets ne sont pas envoyés ; le pair n&apos;en voit rien. Cause habituelle : un end() à un endroit et un write() tardif à un autre (un minuteur, un gestionnaire &apos;data&apos;). Essayez : tout écrire avant end(), ou passer les derniers octets à end(data).</translation>
    </message>
    <message>
        <source>The socket was already destroyed; the call cannot do anything.</source>
        <translation>Le socket a déjà été détruit ; l&apos;appel ne peut rien faire.</translation>
    </message>
    <message>
        <source>A write() (or another call) was made on a socket that is destroyed: after destroy(), an error, or the close that follows the peer&apos;s end. The data is not sent. Try: stop using a socket after its &apos;close&apos;, and check socket.destroyed or writable before writing from timers.</source>
        <translation>Un write() (ou un autre appel) a été fait sur un socket détruit : après destroy(), une erreur, ou la fermeture qui suit la fin du pair. Les données ne sont pas envoyées. Essayez : ne plus utiliser un socket après son &apos;close&apos;, et vérifier socket.destroyed ou writable avant d&apos;écrire depuis des minuteurs.</translation>
    </message>
    <message>
        <source>The socket is closed: the operation needs an open socket.</source>
        <translation>Le socket est fermé : l&apos;opération nécessite un socket ouvert.</translation>
    </message>
    <message>
        <source>The call needed an open socket, but it is closed. resetAndDestroy() on a socket without a connection reports this too. Nothing was sent.</source>
        <translation>L&apos;appel nécessitait un socket ouvert, mais il est fermé. resetAndDestroy() sur un socket sans connexion signale aussi ceci. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The socket was closed before its connection was established.</source>
        <translation>Le socket a été fermé avant que sa connexion soit établie.</translation>
    </message>
    <message>
        <source>write() was called while connecting, and the socket was destroyed before the connection came up, so the queued data could never be sent.</source>
        <translation>write() a été appelé pendant la connexion, et le socket a été détruit avant que la connexion s&apos;établisse, donc les données en file n&apos;ont jamais pu être envoyées.</translation>
    </message>
    <message>
        <source>An argument has the wrong type.</source>
        <translation>Un argument a le mauvais type.</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument was not of the type expected (a string where a number is needed, ...). Nothing reached the kernel.</source>
        <translation>L&apos;appel a été refusé aussitôt car un argument n&apos;était pas du type attendu (une chaîne là où un nombre est nécessaire, ...). Rien n&apos;a atteint le noyau.</translation>
    </message>
    <message>
        <source>An argument has a value that is not allowed.</source>
        <translation>Un argument a une valeur non autorisée.</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument&apos;s value is invalid. The message names the argument. Nothing reached the kernel.</source>
        <translation>L&apos;appel a été refusé aussitôt car la valeur d&apos;un argument est invalide. Le message nomme l&apos;argument. Rien n&apos;a atteint le noyau.</translation>
    </message>
    <message>
        <source>The file descriptor is not of a usable type.</source>
        <translation>Le descripteur de fichier n&apos;est pas d&apos;un type utilisable.</translation>
    </message>
    <message>
        <source>A descriptor passed in (listen({fd})) is not a stream socket netbench can use.</source>
        <translation>Un descripteur transmis (listen({fd})) n&apos;est pas un socket de flux que netbench peut utiliser.</translation>
    </message>
    <message>
        <source>The text is not a valid IP address.</source>
        <translation>Le texte n&apos;est pas une adresse IP valide.</translation>
    </message>
    <message>
        <source>An option that needs a literal IP address (such as localAddress) got something else. Use a form like 127.0.0.1 or ::1.</source>
        <translation>Une option qui nécessite une adresse IP littérale (comme localAddress) a reçu autre chose. Utilisez une forme comme 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <source>A required argument is missing.</source>
        <translation>Un argument obligatoire manque.</translation>
    </message>
    <message>
        <source>The call needs an argument that was not given (for connect: a port or a path).</source>
        <translation>L&apos;appel nécessite un argument qui n&apos;a pas été donné (pour connect : un port ou un chemin).</translation>
    </message>
    <message>
        <source>A number is outside the allowed range.</source>
        <translation>Un nombre est hors de la plage autorisée.</translation>
    </message>
    <message>
        <source>The message says which value and which range. The call was refused at once.</source>
        <translation>Le message indique quelle valeur et quelle plage. L&apos;appel a été refusé aussitôt.</translation>
    </message>
    <message>
        <source>The encoding name is not known.</source>
        <translation>Le nom d&apos;encodage est inconnu.</translation>
    </message>
    <message>
        <source>Use one of Node&apos;s encodings: utf8, utf16le, latin1, ascii, base64, base64url, hex.</source>
        <translation>Utilisez un des encodages de Node : utf8, utf16le, latin1, ascii, base64, base64url, hex.</translation>
    </message>
    <message>
        <source>No address of the host could be connected to in time.</source>
        <translation>Aucune adresse de l&apos;hôte n&apos;a pu être jointe à temps.</translation>
    </message>
    <message>
        <source>With several addresses for a host (IPv6 and IPv4), each attempt got a limited time and none succeeded. Check that the server is reachable on at least one of the addresses.</source>
        <translation>Avec plusieurs adresses pour un hôte (IPv6 et IPv4), chaque tentative a eu un temps limité et aucune n&apos;a réussi. Vérifiez que le serveur est joignable sur au moins une des adresses.</translation>
    </message>
    <message>
        <source>The object is not in a state that allows this call.</source>
        <translation>L&apos;objet n&apos;est pas dans un état qui permet cet appel.</translation>
    </message>
    <message>
        <source>The message says which state was wrong.</source>
        <translation>Le message indique quel état était incorrect.</translation>
    </message>
    <message>
        <source>write(null) is not allowed on a byte stream.</source>
        <translation>write(null) n&apos;est pas permis sur un flux d&apos;octets.</translation>
    </message>
    <message>
        <source>Pass a string or a Buffer to write().</source>
        <translation>Passez une chaîne ou un Buffer à write().</translation>
    </message>
    <message>
        <source>end() was called again after the stream had finished.</source>
        <translation>end() a été rappelé après la fin du flux.</translation>
    </message>
    <message>
        <source>The writable side has already finished; a second end() with a callback reports this. Call end() once.</source>
        <translation>Le côté écriture est déjà terminé ; un second end() avec un rappel signale ceci. Appelez end() une seule fois.</translation>
    </message>
    <message>
        <source>An &apos;error&apos; was emitted and nobody listened for it.</source>
        <translation>Un &apos;error&apos; a été émis et personne ne l&apos;écoutait.</translation>
    </message>
    <message>
        <source>In a script, an &apos;error&apos; event without a listener ends the program. Add socket.on(&apos;error&apos;, ...) to handle it.</source>
        <translation>Dans un script, un événement &apos;error&apos; sans écouteur termine le programme. Ajoutez socket.on(&apos;error&apos;, ...) pour le gérer.</translation>
    </message>
    <message>
        <source>A method was called on an object of the wrong type.</source>
        <translation>Une méthode a été appelée sur un objet du mauvais type.</translation>
    </message>
    <message>
        <source>A script called a method with a &apos;this&apos; it does not belong to.</source>
        <translation>Un script a appelé une méthode avec un &apos;this&apos; auquel elle n&apos;appartient pas.</translation>
    </message>
    <message>
        <source>A callback returned a value of the wrong type.</source>
        <translation>Un rappel a renvoyé une valeur du mauvais type.</translation>
    </message>
    <message>
        <source>The message names the function and what it should return (for example a custom lookup).</source>
        <translation>Le message nomme la fonction et ce qu&apos;elle devrait renvoyer (par exemple un lookup personnalisé).</translation>
    </message>
    <message>
        <source>A Buffer was read or written outside its bounds.</source>
        <translation>Un Buffer a été lu ou écrit hors de ses limites.</translation>
    </message>
    <message>
        <source>An offset or length in a script&apos;s Buffer call is outside the buffer.</source>
        <translation>Un décalage ou une longueur dans un appel Buffer d&apos;un script est hors du tampon.</translation>
    </message>
    <message>
        <source>The Buffer&apos;s size is not a multiple of what the operation needs.</source>
        <translation>La taille du Buffer n&apos;est pas un multiple de ce que l&apos;opération nécessite.</translation>
    </message>
    <message>
        <source>For example swap16() needs an even length.</source>
        <translation>Par exemple swap16() nécessite une longueur paire.</translation>
    </message>
    <message>
        <source>A promise was rejected with a falsy value.</source>
        <translation>Une promesse a été rejetée avec une valeur fausse (falsy).</translation>
    </message>
    <message>
        <source>util.callbackify() turns a rejection with null, 0 or &apos;&apos; into this error.</source>
        <translation>util.callbackify() transforme un rejet avec null, 0 ou &apos;&apos; en cette erreur.</translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled it.</source>
        <translation>Une promesse a été rejetée et rien ne l&apos;a traitée.</translation>
    </message>
    <message>
        <source>Add .catch() or try/await around the promise in the script.</source>
        <translation>Ajoutez .catch() ou try/await autour de la promesse dans le script.</translation>
    </message>
    <message>
        <source>An assert() in the script failed.</source>
        <translation>Un assert() du script a échoué.</translation>
    </message>
    <message>
        <source>The script checked something that turned out false; the message says what.</source>
        <translation>Le script a vérifié quelque chose qui s&apos;est révélé faux ; le message dit quoi.</translation>
    </message>
    <message>
        <source>An argument is ambiguous.</source>
        <translation>Un argument est ambigu.</translation>
    </message>
    <message>
        <source>Used by assert.throws() when its message argument looks like the expected error.</source>
        <translation>Utilisé par assert.throws() quand son argument message ressemble à l&apos;erreur attendue.</translation>
    </message>
    <message>
        <source>A method that must be provided was not implemented.</source>
        <translation>Une méthode qui doit être fournie n&apos;a pas été implémentée.</translation>
    </message>
    <message>
        <source>A script&apos;s stream subclass lacks a required method such as _read or _write.</source>
        <translation>Une sous-classe de flux d&apos;un script n&apos;a pas une méthode requise comme _read ou _write.</translation>
    </message>
    <message>
        <source>netbench does not support this feature of Node.</source>
        <translation>netbench ne prend pas en charge cette fonctionnalité de Node.</translation>
    </message>
    <message>
        <source>The script used a part of Node&apos;s API that netbench does not implement; the message names it. The same script may run under node itself.</source>
        <translation>Le script a utilisé une partie de l&apos;API de Node que netbench n&apos;implémente pas ; le message la nomme. Le même script peut fonctionner sous node lui-même.</translation>
    </message>
    <message>
        <source>This kind of socket cannot do that (for example reset a Unix socket).</source>
        <translation>Ce type de socket ne peut pas faire cela (par exemple réinitialiser un socket Unix).</translation>
    </message>
    <message>
        <source>resetAndDestroy() needs a TCP socket: only TCP has an RST. On a Unix socket use destroy() instead.</source>
        <translation>resetAndDestroy() nécessite un socket TCP : seul TCP a un RST. Sur un socket Unix, utilisez plutôt destroy().</translation>
    </message>
    <message>
        <source>TextDecoder does not support this encoding.</source>
        <translation>TextDecoder ne prend pas en charge cet encodage.</translation>
    </message>
    <message>
        <source>Use utf-8, utf-16le or latin1.</source>
        <translation>Utilisez utf-8, utf-16le ou latin1.</translation>
    </message>
    <message>
        <source>TextDecoder with fatal: true met bytes that are not valid in its encoding.</source>
        <translation>TextDecoder avec fatal: true a rencontré des octets invalides dans son encodage.</translation>
    </message>
    <message>
        <source>A script decoded bytes with new TextDecoder(encoding, { fatal: true }) and they were not valid (for example a broken UTF-8 sequence). Without fatal they would become U+FFFD instead. Remember that a chunk may end in the middle of a character: decode with { stream: true } across chunks.</source>
        <translation>Un script a décodé des octets avec new TextDecoder(encoding, { fatal: true }) et ils n&apos;étaient pas valides (par exemple une séquence UTF-8 cassée). Sans fatal, ils deviendraient U+FFFD. Rappelez-vous qu&apos;un morceau peut se terminer au milieu d&apos;un caractère : décodez avec { stream: true } d&apos;un morceau à l&apos;autre.</translation>
    </message>
    <message>
        <source>The address family is not IPv4 or IPv6.</source>
        <translation>La famille d&apos;adresses n&apos;est ni IPv4 ni IPv6.</translation>
    </message>
    <message>
        <source>family must be 4 or 6 (or 0 for either).</source>
        <translation>family doit valoir 4 ou 6 (ou 0 pour l&apos;une ou l&apos;autre).</translation>
    </message>
    <message>
        <source>Access to a resource was refused.</source>
        <translation>L&apos;accès à une ressource a été refusé.</translation>
    </message>
    <message>
        <source>A script tried to load a file it may not read; the message says which.</source>
        <translation>Un script a essayé de charger un fichier qu&apos;il n&apos;a pas le droit de lire ; le message dit lequel.</translation>
    </message>
    <message>
        <source>The file is too large to be read whole.</source>
        <translation>Le fichier est trop gros pour être lu en entier.</translation>
    </message>
    <message>
        <source>A file a script reads or requires is larger than the limit.</source>
        <translation>Un fichier qu&apos;un script lit ou charge avec require dépasse la limite.</translation>
    </message>
    <message>
        <source>Memory could not be allocated.</source>
        <translation>La mémoire n&apos;a pas pu être allouée.</translation>
    </message>
    <message>
        <source>The script runtime ran out of memory, often from data queued without backpressure. The script&apos;s sockets and servers are closed.</source>
        <translation>L&apos;environnement d&apos;exécution des scripts a manqué de mémoire, souvent à cause de données mises en file sans contre-pression. Les sockets et serveurs du script sont fermés.</translation>
    </message>
    <message>
        <source>Connecting: connect() was called and has not finished.</source>
        <translation>Connexion : connect() a été appelé et n&apos;est pas terminé.</translation>
    </message>
    <message>
        <source>The socket is looking up the host or waiting for the handshake to complete. Writes are queued until &apos;connect&apos;. It ends with &apos;connect&apos; (open) or &apos;error&apos; (closed).</source>
        <translation>Le socket résout l&apos;hôte ou attend la fin de la poignée de main. Les écritures sont mises en file jusqu&apos;à &apos;connect&apos;. Cela se termine par &apos;connect&apos; (ouvert) ou &apos;error&apos; (fermé).</translation>
    </message>
    <message>
        <source>Open: readable and writable; data can flow both ways.</source>
        <translation>Ouvert : lisible et inscriptible ; les données peuvent circuler dans les deux sens.</translation>
    </message>
    <message>
        <source>Connected and neither side has ended. Both ends can write and read.</source>
        <translation>Connecté et aucun côté n&apos;a terminé. Les deux extrémités peuvent écrire et lire.</translation>
    </message>
    <message>
        <source>Half-closed, readOnly: we called end() (sent FIN); the peer may still send.</source>
        <translation>Semi-fermé, readOnly : nous avons appelé end() (FIN envoyé) ; le pair peut encore envoyer.</translation>
    </message>
    <message>
        <source>Our writable side is finished: end() sent a FIN after the queued data, and the peer got &apos;end&apos;. We can still receive until the peer ends too; then the socket closes. Writing now fails with ERR_STREAM_WRITE_AFTER_END. TCP calls this a half-close; Node names the option that allows it allowHalfOpen (in TCP&apos;s own words a half-open connection is one whose other side vanished without a FIN or an RST, which only a write or keep-alive reveals).</source>
        <translation>Notre côté écriture est terminé : end() a envoyé un FIN après les données en file, et le pair a reçu &apos;end&apos;. Nous pouvons encore recevoir jusqu&apos;à ce que le pair termine aussi ; puis le socket se ferme. Écrire échoue maintenant avec ERR_STREAM_WRITE_AFTER_END. TCP appelle cela une semi-fermeture ; Node nomme l&apos;option qui la permet allowHalfOpen (dans les termes de TCP, une connexion semi-ouverte est une connexion dont l&apos;autre côté a disparu sans FIN ni RST, ce que seule une écriture ou le keep-alive révèle).</translation>
    </message>
    <message>
        <source>Half-closed, writeOnly: the peer sent FIN (&apos;end&apos;); we may still write (allowHalfOpen).</source>
        <translation>Semi-fermé, writeOnly : le pair a envoyé FIN (&apos;end&apos;) ; nous pouvons encore écrire (allowHalfOpen).</translation>
    </message>
    <message>
        <source>The peer has ended its side: its FIN arrived and nothing more will be read. With allowHalfOpen we can still write (the peer reads it if it only half-closed) and must call end() ourselves to finish. If the peer had closed its socket completely, a write now makes its kernel answer with RST and we get EPIPE.</source>
        <translation>Le pair a terminé son côté : son FIN est arrivé et plus rien ne sera lu. Avec allowHalfOpen nous pouvons encore écrire (le pair le lit s&apos;il n&apos;a fait qu&apos;une semi-fermeture) et devons appeler end() nous-mêmes pour finir. Si le pair avait complètement fermé son socket, une écriture fait maintenant répondre son noyau par RST et nous obtenons EPIPE.</translation>
    </message>
    <message>
        <source>Closed: neither readable nor writable.</source>
        <translation>Fermé : ni lisible ni inscriptible.</translation>
    </message>
    <message>
        <source>Both directions are finished (both FINs were exchanged), or the socket was destroyed or failed. Nothing more can be sent or received on it.</source>
        <translation>Les deux directions sont terminées (les deux FIN ont été échangés), ou le socket a été détruit ou a échoué. Plus rien ne peut y être envoyé ni reçu.</translation>
    </message>
    <message>
        <source>Failed: an error ended this endpoint; select its error row for the reason.</source>
        <translation>Échec : une erreur a terminé cette extrémité ; sélectionnez sa ligne d&apos;erreur pour la raison.</translation>
    </message>
    <message>
        <source>The endpoint ended with an error (shown in its tooltip). A socket is closed after an error; a server whose listen() failed is not listening. Select the &apos;error&apos; row in the event stream to see what the code means.</source>
        <translation>L&apos;extrémité s&apos;est terminée sur une erreur (affichée dans son info-bulle). Un socket est fermé après une erreur ; un serveur dont listen() a échoué n&apos;écoute pas. Sélectionnez la ligne &apos;error&apos; dans le flux d&apos;événements pour voir ce que signifie le code.</translation>
    </message>
    <message>
        <source>Listening: the server accepts connections.</source>
        <translation>En écoute : le serveur accepte les connexions.</translation>
    </message>
    <message>
        <source>The server is bound and in the LISTEN state. Each client that connects appears under it as a connection of its own.</source>
        <translation>Le serveur est lié et dans l&apos;état LISTEN. Chaque client qui se connecte apparaît dessous comme une connexion à part.</translation>
    </message>
    <message>
        <source>New: created, nothing started yet.</source>
        <translation>Nouveau : créé, rien n&apos;a encore commencé.</translation>
    </message>
    <message>
        <source>The endpoint exists but has not been asked to listen or connect yet.</source>
        <translation>L&apos;extrémité existe mais n&apos;a pas encore été invitée à écouter ou à se connecter.</translation>
    </message>
    <message>
        <source>write() returned true: below the high-water mark, keep writing.</source>
        <translation>write() a renvoyé true : sous le seuil haut, continuez d&apos;écrire.</translation>
    </message>
    <message>
        <source>The bytes went to the kernel or joined a queue that is still shorter than the high-water mark. It says nothing about the peer having received them.</source>
        <translation>Les octets sont allés au noyau ou ont rejoint une file encore plus courte que le seuil haut. Cela ne dit rien de leur réception par le pair.</translation>
    </message>
    <message>
        <source>write() returned false: the queue reached the high-water mark; wait for &apos;drain&apos;.</source>
        <translation>write() a renvoyé false : la file a atteint le seuil haut ; attendez &apos;drain&apos;.</translation>
    </message>
    <message>
        <source>The data was still accepted and will be sent, but netbench&apos;s queue (bufferSize) is at or above the high-water mark because the kernel&apos;s send buffer is full: the peer reads more slowly than we write, or not at all (paused). A writer that respects backpressure stops now and writes again on &apos;drain&apos;; one that goes on makes the queue, and memory, grow without bound. Look at the peer: its Unread grows, and our Unsent.</source>
        <translation>Les données ont quand même été acceptées et seront envoyées, mais la file de netbench (bufferSize) est au niveau du seuil haut ou au-dessus car le tampon d&apos;envoi du noyau est plein : le pair lit plus lentement que nous écrivons, ou pas du tout (en pause). Un écrivain qui respecte la contre-pression s&apos;arrête maintenant et reprend sur &apos;drain&apos; ; celui qui continue fait croître la file, et la mémoire, sans limite. Regardez le pair : son Non lu grandit, et notre Non envoyé.</translation>
    </message>
    <message>
        <source>Connected; neither side has sent FIN.</source>
        <translation>Connecté ; aucun côté n&apos;a envoyé FIN.</translation>
    </message>
    <message>
        <source>The normal state of an open connection.</source>
        <translation>L&apos;état normal d&apos;une connexion ouverte.</translation>
    </message>
    <message>
        <source>Connecting: our SYN is sent, waiting for the server&apos;s SYN-ACK.</source>
        <translation>Connexion : notre SYN est envoyé, en attente du SYN-ACK du serveur.</translation>
    </message>
    <message>
        <source>An RST in answer gives ECONNREFUSED; no answer at all gives ETIMEDOUT after the retries.</source>
        <translation>Un RST en réponse donne ECONNREFUSED ; aucune réponse du tout donne ETIMEDOUT après les tentatives.</translation>
    </message>
    <message>
        <source>The server side answered a SYN and waits for the final ACK.</source>
        <translation>Le côté serveur a répondu à un SYN et attend l&apos;ACK final.</translation>
    </message>
    <message>
        <source>The middle of the three-way handshake, on the accepting side.</source>
        <translation>Le milieu de la poignée de main en trois temps, côté acceptation.</translation>
    </message>
    <message>
        <source>We sent FIN (end()); it is not acknowledged yet.</source>
        <translation>Nous avons envoyé FIN (end()) ; il n&apos;est pas encore acquitté.</translation>
    </message>
    <message>
        <source>Usually brief; it lasts while queued data and the FIN wait for the peer&apos;s acknowledgement (a peer that does not read keeps it here).</source>
        <translation>Généralement bref ; dure tant que les données en file et le FIN attendent l&apos;acquittement du pair (un pair qui ne lit pas le maintient ici).</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN (we are readOnly).</source>
        <translation>Notre FIN est acquitté ; en attente du FIN du pair (nous sommes readOnly).</translation>
    </message>
    <message>
        <source>A half-closed connection seen from the side that ended first: the peer may still send data until it calls end().</source>
        <translation>Une connexion semi-fermée vue du côté qui a terminé en premier : le pair peut encore envoyer des données jusqu&apos;à ce qu&apos;il appelle end().</translation>
    </message>
    <message>
        <source>Both FINs exchanged; the side that closed first waits (60 s on Linux) for stray packets.</source>
        <translation>Les deux FIN échangés ; le côté qui a fermé en premier attend (60 s sous Linux) les paquets égarés.</translation>
    </message>
    <message>
        <source>Kept by the kernel after the program has closed, so that late segments of this connection are not taken for a new one with the same ports.</source>
        <translation>Conservé par le noyau après la fermeture par le programme, pour que des segments tardifs de cette connexion ne soient pas pris pour une nouvelle avec les mêmes ports.</translation>
    </message>
    <message>
        <source>Closed: no connection (after a reset, or not connected).</source>
        <translation>Fermé : pas de connexion (après une réinitialisation, ou non connecté).</translation>
    </message>
    <message>
        <source>The socket has no connection any more.</source>
        <translation>Le socket n&apos;a plus de connexion.</translation>
    </message>
    <message>
        <source>The peer sent FIN; we have not ended yet (we are writeOnly).</source>
        <translation>Le pair a envoyé FIN ; nous n&apos;avons pas encore terminé (nous sommes writeOnly).</translation>
    </message>
    <message>
        <source>The peer&apos;s &apos;end&apos; arrived. With allowHalfOpen the connection stays here until end() is called; many sockets stuck in CLOSE_WAIT mean a program that never closes.</source>
        <translation>Le &apos;end&apos; du pair est arrivé. Avec allowHalfOpen la connexion reste ici jusqu&apos;à l&apos;appel de end() ; beaucoup de sockets bloqués en CLOSE_WAIT signalent un programme qui ne ferme jamais.</translation>
    </message>
    <message>
        <source>The peer ended first, we sent our FIN and wait for its acknowledgement.</source>
        <translation>Le pair a terminé en premier, nous avons envoyé notre FIN et attendons son acquittement.</translation>
    </message>
    <message>
        <source>The last step of closing on the side that ended second.</source>
        <translation>La dernière étape de la fermeture du côté qui a terminé en second.</translation>
    </message>
    <message>
        <source>A listening socket: accepts connections.</source>
        <translation>Un socket en écoute : accepte les connexions.</translation>
    </message>
    <message>
        <source>The state of a server&apos;s socket after listen().</source>
        <translation>L&apos;état du socket d&apos;un serveur après listen().</translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the acknowledgement.</source>
        <translation>Les deux côtés ont envoyé FIN en même temps ; en attente de l&apos;acquittement.</translation>
    </message>
    <message>
        <source>A simultaneous close; it passes to TIME_WAIT.</source>
        <translation>Une fermeture simultanée ; elle passe à TIME_WAIT.</translation>
    </message>
    <message>
        <source>server.address(): where the listener is bound</source>
        <translation>server.address() : où l&apos;écouteur est lié</translation>
    </message>
    <message>
        <source>The address and port the kernel bound (the chosen port when listening on port 0), or the Unix socket path. 0.0.0.0 or :: means every interface of this machine.</source>
        <translation>L&apos;adresse et le port que le noyau a liés (le port choisi lors d&apos;une écoute sur le port 0), ou le chemin du socket Unix. 0.0.0.0 ou :: signifie toutes les interfaces de cette machine.</translation>
    </message>
    <message>
        <source>server.listening: whether it accepts connections</source>
        <translation>server.listening : s&apos;il accepte les connexions</translation>
    </message>
    <message>
        <source>True from &apos;listening&apos; until close(). Clients connecting while it is false get ECONNREFUSED.</source>
        <translation>Vrai de &apos;listening&apos; jusqu&apos;à close(). Les clients qui se connectent quand il est faux reçoivent ECONNREFUSED.</translation>
    </message>
    <message>
        <source>server.getConnections(): accepted connections still open</source>
        <translation>server.getConnections() : connexions acceptées encore ouvertes</translation>
    </message>
    <message>
        <source>How many accepted sockets of this server are not closed yet.</source>
        <translation>Combien de sockets acceptés de ce serveur ne sont pas encore fermés.</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past it are dropped</source>
        <translation>server.maxConnections : les connexions au-delà sont abandonnées</translation>
    </message>
    <message>
        <source>When this many connections are open, new ones are accepted and closed at once (&apos;drop&apos;).</source>
        <translation>Quand ce nombre de connexions est ouvert, les nouvelles sont acceptées et fermées aussitôt (&apos;drop&apos;).</translation>
    </message>
    <message>
        <source>ref()/unref(): whether the listener keeps the event loop alive</source>
        <translation>ref()/unref() : si l&apos;écouteur garde la boucle d&apos;événements en vie</translation>
    </message>
    <message>
        <source>An unref&apos;d server does not keep a script running; in the window it changes nothing visible.</source>
        <translation>Un serveur après unref() ne garde pas un script en vie ; dans la fenêtre cela ne change rien de visible.</translation>
    </message>
    <message>
        <source>socket.localAddress, localPort, localFamily: this end of the connection</source>
        <translation>socket.localAddress, localPort, localFamily : cette extrémité de la connexion</translation>
    </message>
    <message>
        <source>This end&apos;s address and port. A client gets an ephemeral port chosen by the kernel; an accepted socket has the server&apos;s port. A Unix client end is usually unnamed.</source>
        <translation>L&apos;adresse et le port de cette extrémité. Un client obtient un port éphémère choisi par le noyau ; un socket accepté a le port du serveur. L&apos;extrémité d&apos;un client Unix est généralement sans nom.</translation>
    </message>
    <message>
        <source>socket.remoteAddress, remotePort, remoteFamily: the peer</source>
        <translation>socket.remoteAddress, remotePort, remoteFamily : le pair</translation>
    </message>
    <message>
        <source>The other end&apos;s address and port, as the kernel knows it.</source>
        <translation>L&apos;adresse et le port de l&apos;autre extrémité, tels que le noyau les connaît.</translation>
    </message>
    <message>
        <source>socket.readyState: opening, open, readOnly (we ended), writeOnly (the peer ended) or closed</source>
        <translation>socket.readyState : opening, open, readOnly (nous avons terminé), writeOnly (le pair a terminé) ou closed</translation>
    </message>
    <message>
        <source>Which directions are still usable: open (both), readOnly (we sent FIN), writeOnly (the peer sent FIN), closed (neither), opening (still connecting).</source>
        <translation>Quelles directions sont encore utilisables : open (les deux), readOnly (nous avons envoyé FIN), writeOnly (le pair a envoyé FIN), closed (aucune), opening (connexion en cours).</translation>
    </message>
    <message>
        <source>socket.connecting: connect() was called and has not finished</source>
        <translation>socket.connecting : connect() a été appelé et n&apos;est pas terminé</translation>
    </message>
    <message>
        <source>True between connect() and &apos;connect&apos; (or &apos;error&apos;).</source>
        <translation>Vrai entre connect() et &apos;connect&apos; (ou &apos;error&apos;).</translation>
    </message>
    <message>
        <source>socket.destroyed: the socket is closed and can do nothing more</source>
        <translation>socket.destroyed : le socket est fermé et ne peut plus rien faire</translation>
    </message>
    <message>
        <source>True once destroy() was called, an error happened or both sides ended.</source>
        <translation>Vrai dès que destroy() a été appelé, qu&apos;une erreur s&apos;est produite ou que les deux côtés ont terminé.</translation>
    </message>
    <message>
        <source>socket.isPaused(): not reading; incoming data waits in the kernel</source>
        <translation>socket.isPaused() : ne lit pas ; les données entrantes attendent dans le noyau</translation>
    </message>
    <message>
        <source>While paused, received bytes stay in the kernel (Unread grows) and once its buffer is full the peer is slowed down by TCP&apos;s flow control.</source>
        <translation>En pause, les octets reçus restent dans le noyau (Non lu grandit) et une fois son tampon plein, le pair est ralenti par le contrôle de flux de TCP.</translation>
    </message>
    <message>
        <source>socket.bytesRead: bytes received so far</source>
        <translation>socket.bytesRead : octets reçus jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Bytes read from the kernel and delivered as &apos;data&apos;.</source>
        <translation>Octets lus depuis le noyau et livrés en &apos;data&apos;.</translation>
    </message>
    <message>
        <source>socket.bytesWritten: bytes handed to the kernel so far</source>
        <translation>socket.bytesWritten : octets remis au noyau jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Bytes written, including those still queued; handed over does not mean received by the peer.</source>
        <translation>Octets écrits, y compris ceux encore en file ; remis ne veut pas dire reçus par le pair.</translation>
    </message>
    <message>
        <source>Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)</source>
        <translation>Octets en file dans netbench, pas encore acceptés par le noyau (socket.bufferSize)</translation>
    </message>
    <message>
        <source>Data written but still waiting in netbench&apos;s queue because the kernel&apos;s send buffer is full. When it reaches the high-water mark write() returns false; &apos;drain&apos; comes when it is empty again.</source>
        <translation>Données écrites mais qui attendent encore dans la file de netbench car le tampon d&apos;envoi du noyau est plein. Quand elle atteint le seuil haut, write() renvoie false ; &apos;drain&apos; arrive quand elle est à nouveau vide.</translation>
    </message>
    <message>
        <source>socket.timeout: idle time before &apos;timeout&apos; is emitted</source>
        <translation>socket.timeout : temps d&apos;inactivité avant l&apos;émission de &apos;timeout&apos;</translation>
    </message>
    <message>
        <source>Set by setTimeout(); the &apos;timeout&apos; event only notifies, it does not close.</source>
        <translation>Défini par setTimeout() ; l&apos;événement &apos;timeout&apos; ne fait que notifier, il ne ferme pas.</translation>
    </message>
    <message>
        <source>socket.setEncoding(): how received data is decoded</source>
        <translation>socket.setEncoding() : comment les données reçues sont décodées</translation>
    </message>
    <message>
        <source>none means &apos;data&apos; carries raw bytes.</source>
        <translation>aucun signifie que &apos;data&apos; transporte des octets bruts.</translation>
    </message>
    <message>
        <source>SO_SNDBUF: size of the kernel&apos;s send buffer for this socket</source>
        <translation>SO_SNDBUF : taille du tampon d&apos;envoi du noyau pour ce socket</translation>
    </message>
    <message>
        <source>How many bytes the kernel holds for sending (Linux doubles the value set and may grow it on its own). When it is full, write() starts queueing in netbench (bufferSize).</source>
        <translation>Combien d&apos;octets le noyau garde pour l&apos;envoi (Linux double la valeur définie et peut l&apos;augmenter de lui-même). Quand il est plein, write() commence à mettre en file dans netbench (bufferSize).</translation>
    </message>
    <message>
        <source>SO_RCVBUF: size of the kernel&apos;s receive buffer for this socket</source>
        <translation>SO_RCVBUF : taille du tampon de réception du noyau pour ce socket</translation>
    </message>
    <message>
        <source>How many received bytes the kernel can hold before the program reads them; it limits the window advertised to the peer.</source>
        <translation>Combien d&apos;octets reçus le noyau peut garder avant que le programme les lise ; limite la fenêtre annoncée au pair.</translation>
    </message>
    <message>
        <source>SIOCOUTQ: bytes in the kernel&apos;s send queue, not yet acknowledged by the peer</source>
        <translation>SIOCOUTQ : octets dans la file d&apos;envoi du noyau, pas encore acquittés par le pair</translation>
    </message>
    <message>
        <source>For TCP: bytes sent or waiting to be sent that the peer&apos;s kernel has not acknowledged. For a Unix socket: bytes not yet read by the peer. It grows when the peer does not read.</source>
        <translation>Pour TCP : octets envoyés ou en attente d&apos;envoi que le noyau du pair n&apos;a pas acquittés. Pour un socket Unix : octets pas encore lus par le pair. Augmente quand le pair ne lit pas.</translation>
    </message>
    <message>
        <source>SIOCINQ: bytes received by the kernel that netbench has not read yet</source>
        <translation>SIOCINQ : octets reçus par le noyau que netbench n&apos;a pas encore lus</translation>
    </message>
    <message>
        <source>Grows while the socket is paused; when it reaches the receive buffer the peer must stop sending.</source>
        <translation>Augmente tant que le socket est en pause ; quand il atteint le tampon de réception, le pair doit arrêter d&apos;envoyer.</translation>
    </message>
    <message>
        <source>tcpi_state: the kernel&apos;s TCP state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</source>
        <translation>tcpi_state : l&apos;état TCP du noyau (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</translation>
    </message>
    <message>
        <source>ESTABLISHED: open. FIN_WAIT1/FIN_WAIT2: we sent FIN (end()), waiting for the peer&apos;s. CLOSE_WAIT: the peer sent FIN, we have not ended yet (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: the last steps of closing. SYN_SENT: connecting.</source>
        <translation>ESTABLISHED : ouvert. FIN_WAIT1/FIN_WAIT2 : nous avons envoyé FIN (end()), en attente de celui du pair. CLOSE_WAIT : le pair a envoyé FIN, nous n&apos;avons pas encore terminé (writeOnly). LAST_ACK, CLOSING, TIME_WAIT : les dernières étapes de la fermeture. SYN_SENT : connexion en cours.</translation>
    </message>
    <message>
        <source>tcpi_rtt, tcpi_rttvar: smoothed round-trip time and its variation</source>
        <translation>tcpi_rtt, tcpi_rttvar : temps aller-retour lissé et sa variation</translation>
    </message>
    <message>
        <source>How long an acknowledgement takes to come back, as the kernel estimates it. On loopback it is tens of microseconds.</source>
        <translation>Combien de temps met un acquittement à revenir, selon l&apos;estimation du noyau. Sur la boucle locale, quelques dizaines de microsecondes.</translation>
    </message>
    <message>
        <source>tcpi_snd_cwnd: segments the kernel may have in flight before waiting for an acknowledgement</source>
        <translation>tcpi_snd_cwnd : segments que le noyau peut avoir en transit avant d&apos;attendre un acquittement</translation>
    </message>
    <message>
        <source>The congestion window, in segments: it grows while acknowledgements come and shrinks on loss.</source>
        <translation>La fenêtre de congestion, en segments : elle croît tant que les acquittements arrivent et rétrécit en cas de perte.</translation>
    </message>
    <message>
        <source>tcpi_total_retrans: segments retransmitted over the connection&apos;s life</source>
        <translation>tcpi_total_retrans : segments retransmis sur la durée de vie de la connexion</translation>
    </message>
    <message>
        <source>How many segments had to be sent again because no acknowledgement came. On loopback it stays 0; growing values mean loss.</source>
        <translation>Combien de segments ont dû être renvoyés faute d&apos;acquittement. Sur la boucle locale, reste à 0 ; des valeurs croissantes signifient des pertes.</translation>
    </message>
    <message>
        <source>tcpi_pmtu: largest packet the path to the peer carries without fragmenting</source>
        <translation>tcpi_pmtu : plus grand paquet que le chemin vers le pair transporte sans fragmentation</translation>
    </message>
    <message>
        <source>Bounds the segment size. Loopback has a large MTU (65536), so segments there can be much bigger than on Ethernet (1500).</source>
        <translation>Borne la taille des segments. La boucle locale a une grande MTU (65536), les segments peuvent donc y être bien plus gros que sur Ethernet (1500).</translation>
    </message>
    <message>
        <source>TCP_NODELAY as the kernel has it: Nagle&apos;s algorithm off</source>
        <translation>TCP_NODELAY tel que le noyau l&apos;a : algorithme de Nagle désactivé</translation>
    </message>
    <message>
        <source>yes: every write is sent at once. no: Nagle holds small segments while data is unacknowledged. Set by setNoDelay().</source>
        <translation>oui : chaque écriture est envoyée aussitôt. non : Nagle retient les petits segments tant que des données ne sont pas acquittées. Défini par setNoDelay().</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE as the kernel has it, with the idle time before the first probe (TCP_KEEPIDLE)</source>
        <translation>SO_KEEPALIVE tel que le noyau l&apos;a, avec le temps d&apos;inactivité avant la première sonde (TCP_KEEPIDLE)</translation>
    </message>
    <message>
        <source>Set by setKeepAlive(). After the idle time the kernel probes the peer; a dead peer ends the connection with ETIMEDOUT.</source>
        <translation>Défini par setKeepAlive(). Après le temps d&apos;inactivité, le noyau sonde le pair ; un pair mort termine la connexion avec ETIMEDOUT.</translation>
    </message>
    <message>
        <source>tcpi_segs_out: segments sent, including pure acknowledgements</source>
        <translation>tcpi_segs_out : segments envoyés, acquittements purs compris</translation>
    </message>
    <message>
        <source>Every TCP segment this socket sent: data, ACKs, FIN, retransmissions.</source>
        <translation>Chaque segment TCP envoyé par ce socket : données, ACK, FIN, retransmissions.</translation>
    </message>
    <message>
        <source>tcpi_segs_in: segments received, including pure acknowledgements</source>
        <translation>tcpi_segs_in : segments reçus, acquittements purs compris</translation>
    </message>
    <message>
        <source>Every TCP segment this socket received from the peer.</source>
        <translation>Chaque segment TCP reçu du pair par ce socket.</translation>
    </message>
    <message>
        <source>tcpi_data_segs_out: segments sent that carried data</source>
        <translation>tcpi_data_segs_out : segments envoyés portant des données</translation>
    </message>
    <message>
        <source>Compare with the number of write() calls: with Nagle on, many small writes leave in fewer data segments; with noDelay, closer to one segment per write.</source>
        <translation>Comparez avec le nombre d&apos;appels write() : avec Nagle actif, de nombreuses petites écritures partent en moins de segments de données ; avec noDelay, plutôt un segment par écriture.</translation>
    </message>
    <message>
        <source>tcpi_data_segs_in: segments received that carried data</source>
        <translation>tcpi_data_segs_in : segments reçus portant des données</translation>
    </message>
    <message>
        <source>Data segments from the peer; one segment can become part of one &apos;data&apos; event or be merged with others.</source>
        <translation>Segments de données du pair ; un segment peut devenir une partie d&apos;un événement &apos;data&apos; ou être fusionné avec d&apos;autres.</translation>
    </message>
    <message>
        <source>tcpi_delivered: data segments the peer acknowledged</source>
        <translation>tcpi_delivered : segments de données acquittés par le pair</translation>
    </message>
    <message>
        <source>Segments known to have reached the peer&apos;s kernel (acknowledged), including retransmitted ones.</source>
        <translation>Segments dont on sait qu&apos;ils ont atteint le noyau du pair (acquittés), retransmis compris.</translation>
    </message>
    <message>
        <source>tcpi_lost: segments the kernel currently believes lost</source>
        <translation>tcpi_lost : segments que le noyau croit actuellement perdus</translation>
    </message>
    <message>
        <source>Segments in flight that are presumed lost and will be retransmitted. 0 on a healthy loopback.</source>
        <translation>Segments en transit présumés perdus et qui seront retransmis. 0 sur une boucle locale saine.</translation>
    </message>
    <message>
        <source>Call %1()</source>
        <translation>Appel %1()</translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;</source>
        <translation>Événement &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error without a code</source>
        <translation>Erreur sans code</translation>
    </message>
    <message>
        <source>An error netbench has no explanation for.</source>
        <translation>Une erreur que netbench ne sait pas expliquer.</translation>
    </message>
    <message>
        <source>The system call named in the error failed with this code. &apos;man errno&apos; lists the codes; the message is the system&apos;s own description.</source>
        <translation>L&apos;appel système nommé dans l&apos;erreur a échoué avec ce code. &apos;man errno&apos; liste les codes ; le message est la description du système lui-même.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>write() returned true</source>
        <translation>write() a renvoyé true</translation>
    </message>
    <message>
        <source>write() returned false</source>
        <translation>write() a renvoyé false</translation>
    </message>
    <message>
        <source>reconnect: netbench connects a new socket in place of one that closed.</source>
        <translation>reconnect : netbench connecte un nouveau socket à la place d&apos;un socket fermé.</translation>
    </message>
    <message>
        <source>The client was made to stay up (New Client: Reconnect; netbench connect --reconnect). Node has no such call: it is a new socket.connect() with the same options, after the wait shown, and the new socket has its own id and events.</source>
        <translation>Le client devait rester actif (Nouveau client : Se reconnecter ; netbench connect --reconnect). Node n&apos;a pas d&apos;appel de ce genre : c&apos;est un nouveau socket.connect() avec les mêmes options, après l&apos;attente affichée, et le nouveau socket a son propre id et ses propres événements.</translation>
    </message>
</context>
<context>
    <name>gui::FontZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoo&amp;m avant</translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation>Texte plus grand dans chaque volet</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation>Texte plus petit dans chaque volet</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texte à sa taille normale</translation>
    </message>
</context>
<context>
    <name>gui::HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;Quick start&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Listener…&lt;/b&gt; makes a server. Keep &lt;i&gt;localhost&lt;/i&gt; and port 0 (the kernel picks a free port), and choose &lt;i&gt;Echo&lt;/i&gt; to have it answer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Client…&lt;/b&gt; connects to it: pick the listener under &lt;i&gt;Live listeners&lt;/i&gt;, or type a host and port, or the path of a Unix socket.&lt;/li&gt;&lt;li&gt;Type in the &lt;b&gt;Composer&lt;/b&gt; at the bottom and press &lt;b&gt;Send&lt;/b&gt;. Every event and call appears in the stream in the middle; the bytes of the selected connection in &lt;b&gt;Conversation&lt;/b&gt;; its values and controls (noDelay, keepAlive, timeout, pause) in the &lt;b&gt;Inspector&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Close it: &lt;b&gt;End&lt;/b&gt; sends a FIN, &lt;b&gt;Destroy&lt;/b&gt; closes at once, &lt;b&gt;Reset&lt;/b&gt; sends an RST. Select a row of the stream and read &lt;b&gt;Explain&lt;/b&gt; for what it means.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lessons:&lt;/b&gt; &lt;b&gt;Help &amp;gt; Lessons&lt;/b&gt; opens guided lessons that run in this window and tell you what to notice; &lt;b&gt;File &amp;gt; Open Lesson…&lt;/b&gt; adds a lesson file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scripts:&lt;/b&gt; &lt;b&gt;Script &amp;gt; Run Script…&lt;/b&gt; runs a Node.js-style script (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;) here, as &lt;code&gt;netbench run script.js&lt;/code&gt; does on the command line; the &lt;b&gt;Script Console&lt;/b&gt; shows its output.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names:&lt;/b&gt; a &lt;i&gt;listener&lt;/i&gt; is a server (&lt;code&gt;net.Server&lt;/code&gt;); a &lt;i&gt;client socket&lt;/i&gt; is one this side opened with &lt;code&gt;connect()&lt;/code&gt;; an &lt;i&gt;accepted socket&lt;/i&gt; is one a listener accepted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Help &amp;gt; Keyboard Shortcuts&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Démarrage rapide&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Extrémité &amp;gt; Nouvel écouteur…&lt;/b&gt; crée un serveur. Gardez &lt;i&gt;localhost&lt;/i&gt; et le port 0 (le noyau choisit un port libre), et choisissez &lt;i&gt;Écho&lt;/i&gt; pour qu&apos;il réponde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Extrémité &amp;gt; Nouveau client…&lt;/b&gt; s&apos;y connecte : choisissez l&apos;écouteur sous &lt;i&gt;Écouteurs actifs&lt;/i&gt;, ou tapez un hôte et un port, ou le chemin d&apos;un socket Unix.&lt;/li&gt;&lt;li&gt;Tapez dans l&apos;&lt;b&gt;Éditeur&lt;/b&gt; en bas et appuyez sur &lt;b&gt;Envoyer&lt;/b&gt;. Chaque événement et appel apparaît dans le flux au milieu ; les octets de la connexion sélectionnée dans &lt;b&gt;Conversation&lt;/b&gt; ; ses valeurs et commandes (noDelay, keepAlive, timeout, pause) dans l&apos;&lt;b&gt;Inspecteur&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Pour fermer : &lt;b&gt;Terminer&lt;/b&gt; envoie un FIN, &lt;b&gt;Détruire&lt;/b&gt; ferme aussitôt, &lt;b&gt;Réinitialiser&lt;/b&gt; envoie un RST. Sélectionnez une ligne du flux et lisez &lt;b&gt;Explication&lt;/b&gt; pour sa signification.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Leçons :&lt;/b&gt; &lt;b&gt;Aide &amp;gt; Leçons&lt;/b&gt; ouvre des leçons guidées qui se déroulent dans cette fenêtre et vous disent quoi remarquer ; &lt;b&gt;Fichier &amp;gt; Ouvrir une leçon…&lt;/b&gt; ajoute un fichier de leçon.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scripts :&lt;/b&gt; &lt;b&gt;Script &amp;gt; Exécuter un script…&lt;/b&gt; exécute ici un script de style Node.js (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;), comme &lt;code&gt;netbench run script.js&lt;/code&gt; en ligne de commande ; la &lt;b&gt;Console de script&lt;/b&gt; affiche sa sortie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Noms :&lt;/b&gt; un &lt;i&gt;écouteur&lt;/i&gt; est un serveur (&lt;code&gt;net.Server&lt;/code&gt;) ; un &lt;i&gt;socket client&lt;/i&gt; est un socket que ce côté a ouvert avec &lt;code&gt;connect()&lt;/code&gt; ; un &lt;i&gt;socket accepté&lt;/i&gt; est un socket qu&apos;un écouteur a accepté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aide &amp;gt; Raccourcis clavier&lt;/b&gt; liste tous les raccourcis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick Start</source>
        <translation>Démarrage rapide</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>gui::InputProblems</name>
    <message>
        <source>Type a port number from 0 to 65535: “%1” is not a whole number.</source>
        <translation>Tapez un numéro de port de 0 à 65535 : « %1 » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Type a port number from 0 to 65535: %1 is out of range.</source>
        <translation>Tapez un numéro de port de 0 à 65535 : %1 est hors limites.</translation>
    </message>
    <message>
        <source>Type only the host name or address (such as localhost or 127.0.0.1), without a scheme like http:// or a path.</source>
        <translation>Tapez seulement le nom d&apos;hôte ou l&apos;adresse (comme localhost ou 127.0.0.1), sans schéma comme http:// ni chemin.</translation>
    </message>
    <message>
        <source>Type an IPv6 address without brackets, such as ::1.</source>
        <translation>Tapez une adresse IPv6 sans crochets, comme ::1.</translation>
    </message>
    <message>
        <source>Type the port in the Port field, not after the host.</source>
        <translation>Tapez le port dans le champ Port, pas après l&apos;hôte.</translation>
    </message>
    <message>
        <source>A host has no spaces: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>Un hôte n&apos;a pas d&apos;espaces : tapez un nom comme localhost ou une adresse comme 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a host: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>« %1 » ne peut pas faire partie d&apos;un hôte : tapez un nom comme localhost ou une adresse comme 127.0.0.1 ou ::1.</translation>
    </message>
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Listening:</source>
        <translation>En écoute :</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Connexions :</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>Connexions max. :</translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation>Référencé :</translation>
    </message>
    <message>
        <source>Local:</source>
        <translation>Local :</translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation>Distant :</translation>
    </message>
    <message>
        <source>Ready state:</source>
        <translation>État (readyState) :</translation>
    </message>
    <message>
        <source>Connecting:</source>
        <translation>Connexion en cours :</translation>
    </message>
    <message>
        <source>Destroyed:</source>
        <translation>Détruit :</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>En pause :</translation>
    </message>
    <message>
        <source>Bytes read:</source>
        <translation>Octets lus :</translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation>Octets écrits :</translation>
    </message>
    <message>
        <source>Buffered:</source>
        <translation>En tampon :</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai d&apos;expiration :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>SO_SNDBUF:</source>
        <translation>SO_SNDBUF :</translation>
    </message>
    <message>
        <source>SO_RCVBUF:</source>
        <translation>SO_RCVBUF :</translation>
    </message>
    <message>
        <source>Unsent:</source>
        <translation>Non envoyé :</translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation>Non lu :</translation>
    </message>
    <message>
        <source>TCP state:</source>
        <translation>État TCP :</translation>
    </message>
    <message>
        <source>RTT:</source>
        <translation>RTT :</translation>
    </message>
    <message>
        <source>Congestion window:</source>
        <translation>Fenêtre de congestion :</translation>
    </message>
    <message>
        <source>Retransmits:</source>
        <translation>Retransmissions :</translation>
    </message>
    <message>
        <source>Path MTU:</source>
        <translation>MTU du chemin :</translation>
    </message>
    <message>
        <source>Segments out:</source>
        <translation>Segments sortants :</translation>
    </message>
    <message>
        <source>Data segments out:</source>
        <translation>Segments de données sortants :</translation>
    </message>
    <message>
        <source>Segments in:</source>
        <translation>Segments entrants :</translation>
    </message>
    <message>
        <source>Data segments in:</source>
        <translation>Segments de données entrants :</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Livrés :</translation>
    </message>
    <message>
        <source>Lost:</source>
        <translation>Perdus :</translation>
    </message>
    <message>
        <source>No delay:</source>
        <translation>Sans délai :</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Keep-alive :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (bytes)</source>
        <translation>aucun (octets)</translation>
    </message>
    <message>
        <source>Listener #%1</source>
        <translation>Écouteur n° %1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation>
            <numerusform>oui, première sonde après %n s d&apos;inactivité</numerusform>
            <numerusform>oui, première sonde après %n s d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy with error</source>
        <translation>Détruire avec erreur</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Message d&apos;erreur :</translation>
    </message>
    <message>
        <source>Destroyed from the inspector</source>
        <translation>Détruit depuis l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Auto-reply rules…</source>
        <translation>Règles de réponse automatique…</translation>
    </message>
    <message>
        <source>Answer what this endpoint receives by rules: match, reply, delay, end or reset</source>
        <translation>Répondre selon des règles à ce que reçoit cette extrémité : correspondance, réponse, délai, end ou reset</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>Sélectionnez un écouteur ou un socket dans Extrémités pour l&apos;inspecter.</translation>
    </message>
    <message>
        <source>Socket #%1</source>
        <translation>Socket n° %1</translation>
    </message>
</context>
<context>
    <name>gui::LessonPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>What to notice in this step: ticked when it happens; its row is selected in the event stream</source>
        <translation>Ce qu&apos;il faut remarquer à cette étape : coché quand cela se produit ; sa ligne est sélectionnée dans le flux d&apos;événements</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Start to run the lesson.</source>
        <translation>
            <numerusform>%n étape. Appuyez sur Démarrer pour lancer la leçon.</numerusform>
            <numerusform>%n étapes. Appuyez sur Démarrer pour lancer la leçon.</numerusform>
        </translation>
    </message>
    <message>
        <source>A script is running; stop it in the Script Console first.</source>
        <translation>Un script est en cours ; arrêtez-le d&apos;abord dans la console de script.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Your turn:</source>
        <translation>À vous :</translation>
    </message>
    <message>
        <source>Your turn: do what the step says.</source>
        <translation>À vous : faites ce que dit l&apos;étape.</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>Leçon terminée : chaque événement attendu s&apos;est produit.</translation>
    </message>
    <message>
        <source>Lesson failed: %1</source>
        <translation>Leçon échouée : %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s script ended with exit code %1</source>
        <translation>le script de la leçon s&apos;est terminé avec le code de sortie %1</translation>
    </message>
    <message>
        <source>Lesson stopped: %1</source>
        <translation>Leçon arrêtée : %1</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Do it for &amp;me</source>
        <translation>Le faire pour &amp;moi</translation>
    </message>
    <message>
        <source>Runs the next step once this one is done (or shows the next step again after Back)</source>
        <translation>Exécute l&apos;étape suivante une fois celle-ci terminée (ou réaffiche l&apos;étape suivante après Précédent)</translation>
    </message>
    <message>
        <source>Shows the step before again: its actions are not run again</source>
        <translation>Réaffiche l&apos;étape précédente : ses actions ne sont pas réexécutées</translation>
    </message>
    <message>
        <source>netbench performs this step&apos;s action for you</source>
        <translation>netbench exécute l&apos;action de cette étape pour vous</translation>
    </message>
    <message>
        <source>Starting the next step…</source>
        <translation>Démarrage de l&apos;étape suivante…</translation>
    </message>
    <message>
        <source>Looking back: this step&apos;s actions ran already and are not run again. Next returns to step %1.</source>
        <translation>Retour en arrière : les actions de cette étape ont déjà été exécutées et ne le sont pas à nouveau. Suivant revient à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Doing it for you…</source>
        <translation>Exécution pour vous…</translation>
    </message>
    <message>
        <source>Step done. Press Next to go on.</source>
        <translation>Étape terminée. Appuyez sur Suivant pour continuer.</translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>#%1: %2</source>
        <translation>n° %1 : %2</translation>
    </message>
    <message>
        <source>#%1: file not sent: %2</source>
        <translation>n° %1 : fichier non envoyé : %2</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Extrémités</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Script Console</source>
        <translation>Console de script</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <source>Peer Conversation</source>
        <translation>Conversation du pair</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation>Ouvrir une &amp;leçon…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Leçons (*.lesson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Ouvrir une trace</translation>
    </message>
    <message>
        <source>JSON Lines traces (*.jsonl *.json);;All files (*)</source>
        <translation>Traces JSON Lines (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export trace as CSV</source>
        <translation>Exporter la trace en CSV</translation>
    </message>
    <message>
        <source>Export trace as JSON Lines</source>
        <translation>Exporter la trace en JSON Lines</translation>
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
        <translation>Exporter la trace</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Enregistrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json)</source>
        <translation>Espaces de travail netbench (*.nbw.json *.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json);;All files (*)</source>
        <translation>Espaces de travail netbench (*.nbw.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Run script</source>
        <translation>Exécuter un script</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as &amp;Script…</source>
        <translation>Exporter en &amp;script…</translation>
    </message>
    <message>
        <source>The calls made in this window as a Node-style script that makes them again with the same timing (node or netbench run)</source>
        <translation>Les appels faits dans cette fenêtre, sous forme d&apos;un script de style Node qui les refait avec le même minutage (node ou netbench run)</translation>
    </message>
    <message>
        <source>Export as script</source>
        <translation>Exporter en script</translation>
    </message>
    <message>
        <source>JavaScript (*.js)</source>
        <translation>JavaScript (*.js)</translation>
    </message>
    <message>
        <source>netbench session of %1</source>
        <translation>session netbench du %1</translation>
    </message>
    <message>
        <source>Script exported to %1</source>
        <translation>Script exporté vers %1</translation>
    </message>
    <message>
        <source>Another trace is still being read.</source>
        <translation>Une autre trace est encore en cours de lecture.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>%1 opened for review in a window of its own.</source>
        <translation>%1 ouvert pour relecture dans sa propre fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue :</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues :</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace saved to %1</source>
        <translation>Espace de travail enregistré dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n listener(s)</source>
        <translation>
            <numerusform>%1 ouvert : %n écouteur</numerusform>
            <numerusform>%1 ouvert : %n écouteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>, %n client</numerusform>
            <numerusform>, %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 endpoints (%2 live) · %3 events · in %4 · out %5</source>
        <translation>%1 extrémités (%2 actives) · %3 événements · entrée %4 · sortie %5</translation>
    </message>
    <message>
        <source>About netbench</source>
        <translation>À propos de netbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and Unix domain sockets, with Node.js &lt;code&gt;net&lt;/code&gt; semantics on Qt %2.&lt;/p&gt;&lt;p&gt;Every event and call is recorded; scripts run with &lt;code&gt;netbench run&lt;/code&gt; or in the Script Console.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;Un atelier pour les sockets TCP et de domaine Unix, avec la sémantique &lt;code&gt;net&lt;/code&gt; de Node.js sur Qt %2.&lt;/p&gt;&lt;p&gt;Chaque événement et chaque appel est enregistré ; les scripts s&apos;exécutent avec &lt;code&gt;netbench run&lt;/code&gt; ou dans la console de script.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>A script is running and %n endpoint(s) are open. Close them and quit?</source>
        <translation>
            <numerusform>Un script est en cours et %n extrémité est ouverte. Les fermer et quitter ?</numerusform>
            <numerusform>Un script est en cours et %n extrémités sont ouvertes. Les fermer et quitter ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) are still open. Close them and quit?</source>
        <translation>
            <numerusform>%n extrémité est encore ouverte. La fermer et quitter ?</numerusform>
            <numerusform>%n extrémités sont encore ouvertes. Les fermer et quitter ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit netbench</source>
        <translation>Quitter netbench</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>New &amp;Relay…</source>
        <translation>Nouveau &amp;relais…</translation>
    </message>
    <message>
        <source>Put netbench between clients and a server: each client gets its own connection to the target, with faults on purpose</source>
        <translation>Placer netbench entre des clients et un serveur : chaque client obtient sa propre connexion à la cible, avec des pannes voulues</translation>
    </message>
    <message>
        <source>Close %1? It stops accepting connections; this cannot be undone.</source>
        <translation>Fermer %1 ? Il n&apos;acceptera plus de connexions ; c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Destroy %1? It closes at once: data still queued is dropped and the peer sees &apos;end&apos; (or ECONNRESET if data was left unread). This cannot be undone.</source>
        <translation>Détruire %1 ? Il se ferme aussitôt : les données encore en file sont abandonnées et le pair voit &apos;end&apos; (ou ECONNRESET si des données n&apos;ont pas été lues). C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Reset %1? It sends an RST: the peer sees ECONNRESET and bytes not yet read on either side are lost. This cannot be undone.</source>
        <translation>Réinitialiser %1 ? Cela envoie un RST : le pair voit ECONNRESET et les octets pas encore lus des deux côtés sont perdus. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>Fermer t&amp;out</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window (a running script&apos;s own endpoints are left alone)</source>
        <translation>Détruire chaque socket et fermer chaque écouteur créés dans cette fenêtre (les extrémités propres à un script en cours ne sont pas touchées)</translation>
    </message>
    <message>
        <source>Close All</source>
        <translation>Tout fermer</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window? This cannot be undone.</source>
        <translation>Détruire chaque socket et fermer chaque écouteur créés dans cette fenêtre ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No endpoints yet.&lt;/b&gt; To start:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;New Listener…&lt;/a&gt; (%1): a server on a port or a Unix socket path; port 0 lets the kernel pick a free one.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;New Client…&lt;/a&gt; (%2): connect to it; the dialog lists the live listeners.&lt;/li&gt;&lt;li&gt;Type in the Composer below and press Send.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Or follow a guided &lt;a href=&quot;#lessons&quot;&gt;lesson&lt;/a&gt;, or &lt;a href=&quot;#script&quot;&gt;run a script&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Quick Start&lt;/a&gt; explains the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pas encore d&apos;extrémités.&lt;/b&gt; Pour commencer :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;Nouvel écouteur…&lt;/a&gt; (%1) : un serveur sur un port ou un chemin de socket Unix ; le port 0 laisse le noyau en choisir un libre.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;Nouveau client…&lt;/a&gt; (%2) : s&apos;y connecter ; la boîte de dialogue liste les écouteurs actifs.&lt;/li&gt;&lt;li&gt;Tapez dans l&apos;éditeur ci-dessous et appuyez sur Envoyer.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ou suivez une &lt;a href=&quot;#lessons&quot;&gt;leçon&lt;/a&gt; guidée, ou &lt;a href=&quot;#script&quot;&gt;exécutez un script&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Démarrage rapide&lt;/a&gt; explique la fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>&amp;Démarrage rapide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Auto-reply R&amp;ules…</source>
        <translation>Règles de réponse a&amp;utomatique…</translation>
    </message>
    <message>
        <source>Answer what the selected listener&apos;s connections (or the selected socket) receive by rules: match, reply, delay, end or reset</source>
        <translation>Répondre selon des règles à ce que reçoivent les connexions de l&apos;écouteur sélectionné (ou le socket sélectionné) : correspondance, réponse, délai, end ou reset</translation>
    </message>
    <message>
        <source>Auto-reply rules of %1</source>
        <translation>Règles de réponse automatique de %1</translation>
    </message>
    <message>
        <source>Saved Messages</source>
        <translation>Messages enregistrés</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Reconnect attempt %1: #%2 in place of #%3</source>
        <translation>Tentative de reconnexion %1 : n° %2 à la place de n° %3</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1 of %2, next in %3 s</source>
        <translation>reconnexion, tentative %1 sur %2, prochaine dans %3 s</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1, next in %2 s</source>
        <translation>reconnexion, tentative %1, prochaine dans %2 s</translation>
    </message>
    <message>
        <source>#%1 closed: %2</source>
        <translation>n° %1 fermé : %2</translation>
    </message>
    <message>
        <source>replaced by #%1</source>
        <translation>remplacé par n° %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>This connection answers by the rules of %1, which accepted it. A change applies to all of that listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>Cette connexion répond selon les règles de %1, qui l&apos;a acceptée. Une modification s&apos;applique à toutes les connexions de cet écouteur : aux connexions ouvertes dès leur prochain message, et à chacune qu&apos;il acceptera ensuite.</translation>
    </message>
    <message>
        <source>A change applies to all of this listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>Une modification s&apos;applique à toutes les connexions de cet écouteur : aux connexions ouvertes dès leur prochain message, et à chacune qu&apos;il acceptera ensuite.</translation>
    </message>
    <message>
        <source>A change applies to this connection from its next message on.</source>
        <translation>Une modification s&apos;applique à cette connexion dès son prochain message.</translation>
    </message>
    <message numerus="yes">
        <source>, %n relay(s)</source>
        <translation>
            <numerusform>, %n relais</numerusform>
            <numerusform>, %n relais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is open, but %n thing(s) in it could not be used as saved:</source>
        <translation>
            <numerusform>%1 est ouvert, mais %n élément n&apos;a pas pu être utilisé tel qu&apos;enregistré :</numerusform>
            <numerusform>%1 est ouvert, mais %n éléments n&apos;ont pas pu être utilisés tels qu&apos;enregistrés :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::NewClientDialog</name>
    <message>
        <source>none (data as bytes)</source>
        <translation>aucun (données en octets)</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>Le chemin fait %1 octets ; un chemin de socket Unix peut en avoir au plus %2.</translation>
    </message>
    <message>
        <source>Enter the port to connect to.</source>
        <translation>Saisissez le port auquel se connecter.</translation>
    </message>
    <message>
        <source>Unix socket to connect to</source>
        <translation>Socket Unix auquel se connecter</translation>
    </message>
    <message>
        <source>None: make one with New Listener</source>
        <translation>Aucun : créez-en un avec Nouvel écouteur</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>Choisir un écouteur de cette fenêtre…</translation>
    </message>
    <message>
        <source>Enter the path of the Unix domain socket to connect to, such as /tmp/app.sock.</source>
        <translation>Saisissez le chemin du socket de domaine Unix auquel se connecter, comme /tmp/app.sock.</translation>
    </message>
    <message>
        <source>Enter the host to connect to: a name such as localhost or an address such as 127.0.0.1.</source>
        <translation>Saisissez l&apos;hôte auquel se connecter : un nom comme localhost ou une adresse comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>The local address must be an IP address of this machine (such as 127.0.0.1), not %1.</source>
        <translation>L&apos;adresse locale doit être une adresse IP de cette machine (comme 127.0.0.1), pas %1.</translation>
    </message>
    <message>
        <source>Local port: %1</source>
        <translation>Port local : %1</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>Réponse automatique :</translation>
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
        <translation>toutes les interfaces (0.0.0.0)</translation>
    </message>
    <message>
        <source>all interfaces (::)</source>
        <translation>toutes les interfaces (::)</translation>
    </message>
    <message>
        <source>Enter the address to listen on.</source>
        <translation>Saisissez l&apos;adresse sur laquelle écouter.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>Le chemin fait %1 octets ; un chemin de socket Unix peut en avoir au plus %2.</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>Le chemin ne doit pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>Listening on all interfaces: reachable from other machines on the network.</source>
        <translation>Écoute sur toutes les interfaces : joignable depuis d&apos;autres machines du réseau.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: reachable from other machines.</source>
        <translation>%1 n&apos;est pas une adresse de boucle locale : joignable depuis d&apos;autres machines.</translation>
    </message>
    <message>
        <source>Unix socket path</source>
        <translation>Chemin du socket Unix</translation>
    </message>
    <message>
        <source>Enter a path for the Unix domain socket, such as /tmp/netbench.sock.</source>
        <translation>Saisissez un chemin pour le socket de domaine Unix, comme /tmp/netbench.sock.</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>Réponse automatique :</translation>
    </message>
</context>
<context>
    <name>gui::NewRelayDialog</name>
    <message>
        <source>New Relay</source>
        <translation>Nouveau relais</translation>
    </message>
    <message>
        <source>Clients connect to the relay; each one gets its own connection to the target, and both legs show in the endpoint tree. Faults are set in the Relay panel, live.</source>
        <translation>Les clients se connectent au relais ; chacun obtient sa propre connexion à la cible, et les deux branches apparaissent dans l&apos;arbre des extrémités. Les pannes se règlent en direct dans le volet Relais.</translation>
    </message>
    <message>
        <source>Clients connect to</source>
        <translation>Les clients se connectent à</translation>
    </message>
    <message>
        <source>Relay each client to</source>
        <translation>Relayer chaque client vers</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 prend un port libre</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>A client whose target connection is not up after this long is reset, and the event stream says why</source>
        <translation>Un client dont la connexion à la cible n&apos;est pas établie après ce délai est réinitialisé, et le flux d&apos;événements dit pourquoi</translation>
    </message>
    <message>
        <source>Target connect timeout:</source>
        <translation>Délai de connexion à la cible :</translation>
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
        <translation>port</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>Enter the address the relay listens on, such as 127.0.0.1.</source>
        <translation>Saisissez l&apos;adresse sur laquelle le relais écoute, comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>Enter the host the relay connects to.</source>
        <translation>Saisissez l&apos;hôte auquel le relais se connecte.</translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation>L&apos;hôte ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Enter the port clients connect to (0 picks a free one).</source>
        <translation>Saisissez le port auquel les clients se connectent (0 en prend un libre).</translation>
    </message>
    <message>
        <source>Enter the port of the target.</source>
        <translation>Saisissez le port de la cible.</translation>
    </message>
    <message>
        <source>“%1” is not a port: enter a number from %2 to 65535.</source>
        <translation>« %1 » n&apos;est pas un port : saisissez un nombre de %2 à 65535.</translation>
    </message>
    <message>
        <source>The target needs a real port: 0 only means “any free port” when listening.</source>
        <translation>La cible a besoin d&apos;un vrai port : 0 ne signifie « n&apos;importe quel port libre » que pour l&apos;écoute.</translation>
    </message>
    <message>
        <source>Enter a path for the relay&apos;s Unix socket.</source>
        <translation>Saisissez un chemin pour le socket Unix du relais.</translation>
    </message>
    <message>
        <source>Enter the path of the target&apos;s Unix socket.</source>
        <translation>Saisissez le chemin du socket Unix de la cible.</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>Le chemin ne doit pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>Le chemin fait %1 octets ; un chemin de socket Unix peut en avoir au plus %2.</translation>
    </message>
    <message>
        <source>The relay would connect to itself: choose another target.</source>
        <translation>Le relais se connecterait à lui-même : choisissez une autre cible.</translation>
    </message>
</context>
<context>
    <name>gui::RelayPanel</name>
    <message>
        <source>Refuse new connections (reset at once)</source>
        <translation>Refuser les nouvelles connexions (réinitialiser aussitôt)</translation>
    </message>
    <message>
        <source>Client → server</source>
        <translation>Client → serveur</translation>
    </message>
    <message>
        <source>Server → client</source>
        <translation>Serveur → client</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Each chunk waits this long in the relay before it goes on</source>
        <translation>Chaque morceau attend ce délai dans le relais avant de continuer</translation>
    </message>
    <message>
        <source> B/s</source>
        <translation> o/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latence :</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bande passante :</translation>
    </message>
    <message>
        <source>as they arrive</source>
        <translation>tels quels</translation>
    </message>
    <message>
        <source>fixed size</source>
        <translation>fixes</translation>
    </message>
    <message>
        <source>random size</source>
        <translation>aléatoires</translation>
    </message>
    <message>
        <source>Forward in pieces, one write each, so that stream-boundary bugs show up</source>
        <translation>Transmettre en morceaux, une écriture chacun, pour que les bogues de frontières de flux apparaissent</translation>
    </message>
    <message>
        <source> B</source>
        <translation> o</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>sans pause</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Morceaux :</translation>
    </message>
    <message>
        <source>Pause after each:</source>
        <translation>Pause après :</translation>
    </message>
    <message>
        <source>Hold: forward nothing (the sender&apos;s backpressure builds)</source>
        <translation>Retenir : ne rien transmettre (contre-pression)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>aussitôt</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Inject FIN</source>
        <translation>Injecter FIN</translation>
    </message>
    <message>
        <source>end() towards the receiver once this many bytes went through; the rest of this direction is dropped</source>
        <translation>end() vers le récepteur une fois ce nombre d&apos;octets passés ; le reste de cette direction est jeté</translation>
    </message>
    <message>
        <source>Inject RST</source>
        <translation>Injecter RST</translation>
    </message>
    <message>
        <source>Reset both legs once this many bytes went through: both peers see ECONNRESET</source>
        <translation>Réinitialiser les deux branches une fois ce nombre d&apos;octets passés : les deux pairs voient ECONNRESET</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>The receiver gets exactly this many bytes and end(); the sender&apos;s leg closes</source>
        <translation>Le récepteur reçoit exactement ce nombre d&apos;octets et end() ; la branche de l&apos;émetteur se ferme</translation>
    </message>
    <message>
        <source>Select a relay, or one of its connections, in the Endpoints panel (Endpoint ▸ New Relay… makes one).</source>
        <translation>Sélectionnez un relais, ou une de ses connexions, dans le volet Extrémités (Extrémité ▸ Nouveau relais… en crée un).</translation>
    </message>
    <message>
        <source>%1 · %2 relayed, %3 open, %4 refused</source>
        <translation>%1 · %2 relayés, %3 ouverts, %4 refusés</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Forwarded %1 · waiting in the relay %2</source>
        <translation>Transmis %1 · en attente dans le relais %2</translation>
    </message>
</context>
<context>
    <name>gui::ReplyRulesField</name>
    <message>
        <source>Auto-reply rule&amp;s…</source>
        <translation>Règle&amp;s de réponse…</translation>
    </message>
    <message>
        <source>Answer what arrives by rules: match, reply, delay, end or reset. Rules answer instead of the automatic behaviour.</source>
        <translation>Répondre à ce qui arrive selon des règles : reconnaître, répondre, retarder, terminer ou réinitialiser. Les règles répondent à la place du comportement automatique.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 on</source>
        <translation>
            <numerusform>%n règle, %1 active</numerusform>
            <numerusform>%n règles, %1 actives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RulesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Auto-reply rules</source>
        <translation>Règles de réponse automatique</translation>
    </message>
    <message>
        <source>Each chunk as read</source>
        <translation>Chaque morceau tel que lu</translation>
    </message>
    <message>
        <source>Each line (LF, CR LF)</source>
        <translation>Chaque ligne (LF, CR LF)</translation>
    </message>
    <message>
        <source>Each message ending in:</source>
        <translation>Chaque message se terminant par :</translation>
    </message>
    <message>
        <source>delimiter, with escapes (\0, \r\n)</source>
        <translation>délimiteur, avec échappements (\0, \r\n)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Rule  KIND[,OPTION...]:PATTERN=REPLY</source>
        <translation>Règle  KIND[,OPTION...]:PATTERN=REPLY</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages :</translation>
    </message>
    <message>
        <source>KIND: exact, contains, re, hex. OPTION: delay=200ms, end, reset. REPLY: text with \r \n \xHH and $1, ${count}, ${time}, ${data}, or hex:BYTES. The first rule that matches a message answers it.</source>
        <translation>KIND : exact, contains, re, hex. OPTION : delay=200ms, end, reset. REPLY : texte avec \r \n \xHH et $1, ${count}, ${time}, ${data}, ou hex:BYTES. La première règle qui correspond à un message y répond.</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Délimiteur : %1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>Rule %1 is kept as the workspace had it, and stays off: %2</source>
        <translation>La règle %1 est conservée telle que l&apos;espace de travail l&apos;avait, et reste désactivée : %2</translation>
    </message>
</context>
<context>
    <name>gui::RulesScript</name>
    <message>
        <source>its regular expression uses PCRE syntax that JavaScript does not have</source>
        <translation>son expression régulière utilise une syntaxe PCRE que JavaScript n&apos;a pas</translation>
    </message>
    <message>
        <source>it is turned off</source>
        <translation>elle est désactivée</translation>
    </message>
    <message>
        <source>%1: auto-reply rule %2 (%3) left out: %4</source>
        <translation>%1 : règle de réponse automatique %2 (%3) omise : %4</translation>
    </message>
</context>
<context>
    <name>gui::SavedMessagesWidget</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Add from Composer</source>
        <translation>Ajouter depuis l&apos;éditeur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>Messages enregistrés</translation>
    </message>
    <message>
        <source>Send saved message</source>
        <translation>Envoyer un message enregistré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2 (line %3, column %4)</source>
        <translation>« %1 » ne peut pas être envoyé : %2 (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Edit saved message</source>
        <translation>Modifier le message enregistré</translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>Importer des messages enregistrés</translation>
    </message>
    <message>
        <source>Saved messages (*.json);;All files (*)</source>
        <translation>Messages enregistrés (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>Exporter les messages enregistrés</translation>
    </message>
    <message>
        <source>Saved messages (*.json)</source>
        <translation>Messages enregistrés (*.json)</translation>
    </message>
    <message>
        <source>Text (escapes \r \n \t \0 \\ \xNN)</source>
        <translation>Texte (échappements \r \n \t \0 \\ \xNN)</translation>
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
        <translation>Fichier (son chemin)</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Sans fin de ligne</translation>
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
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>Line ending:</source>
        <translation>Fin de ligne :</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;: %2</source>
        <translation>Envoyer « %1 » : %2</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>Sélectionnez un socket connecté auquel envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read. They stay in the file as they are.</source>
        <translation>
            <numerusform>%1 : %n entrée sans nom, type connu ou contenu n&apos;a pas pu être lue. Elle reste telle quelle dans le fichier.</numerusform>
            <numerusform>%1 : %n entrées sans nom, type connu ou contenu n&apos;ont pas pu être lues. Elles restent telles quelles dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read and were not imported.</source>
        <translation>
            <numerusform>%1 : %n entrée sans nom, type connu ou contenu n&apos;a pas pu être lue et n&apos;a pas été importée.</numerusform>
            <numerusform>%1 : %n entrées sans nom, type connu ou contenu n&apos;ont pas pu être lues et n&apos;ont pas été importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ScriptConsoleWidget</name>
    <message>
        <source>Run script</source>
        <translation>Exécuter un script</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>Stopped (exit code 130).</source>
        <translation>Arrêté (code de sortie 130).</translation>
    </message>
    <message>
        <source>Finished with exit code %1.</source>
        <translation>Terminé avec le code de sortie %1.</translation>
    </message>
    <message>
        <source>Choose a script file first.</source>
        <translation>Choisissez d&apos;abord un fichier de script.</translation>
    </message>
    <message>
        <source>A script is already running; stop it first.</source>
        <translation>Un script est déjà en cours ; arrêtez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>gui::SequenceDiagramWidget</name>
    <message>
        <source>Hide data</source>
        <translation>Sans données</translation>
    </message>
    <message>
        <source>Hide data arrows and write() calls</source>
        <translation>Masquer les flèches de données et les appels write()</translation>
    </message>
    <message>
        <source>Hide internal calls</source>
        <translation>Sans appels internes</translation>
    </message>
    <message>
        <source>Hide the calls netcore made itself (auto end, auto destroy)</source>
        <translation>Masquer les appels que netcore a faits lui-même (end automatique, destroy automatique)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as SVG</source>
        <translation>Exporter le diagramme depuis le haut de la vue en SVG</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as PNG</source>
        <translation>Exporter le diagramme depuis le haut de la vue en PNG</translation>
    </message>
    <message>
        <source>%1 rows, %2 lanes</source>
        <translation>%1 lignes, %2 couloirs</translation>
    </message>
    <message>
        <source>Cannot make a PNG of the diagram</source>
        <translation>Impossible de produire un PNG du diagramme</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exporter le diagramme en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exporter le diagramme en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
</context>
<context>
    <name>gui::SequenceLayout</name>
    <message>
        <source>server #%1</source>
        <translation>serveur n° %1</translation>
    </message>
    <message>
        <source>accepted #%1</source>
        <translation>accepté n° %1</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>client n° %1</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>extérieur</translation>
    </message>
    <message>
        <source>peer of #%1 at %2</source>
        <translation>pair de n° %1 à %2</translation>
    </message>
    <message>
        <source>peer of #%1</source>
        <translation>pair de n° %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
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
        <translation>1 entrée perdue</translation>
    </message>
    <message>
        <source>%1 records lost</source>
        <translation>%1 entrées perdues</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation>%1 écritures</translation>
    </message>
    <message>
        <source>part of a write</source>
        <translation>partie d&apos;une écriture</translation>
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
        <translation>&apos;connection&apos; n° %1</translation>
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
        <translation>Octets par seconde reçus (entrée) et envoyés (sortie) sur les 60 dernières secondes</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 o/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 Kio/s</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 Mio/s</translation>
    </message>
    <message>
        <source>%1 GiB/s</source>
        <translation>%1 Gio/s</translation>
    </message>
    <message>
        <source>%1 TiB/s</source>
        <translation>%1 Tio/s</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>sortie %1</translation>
    </message>
</context>
<context>
    <name>gui::TraceReviewWindow</name>
    <message>
        <source>%1 — review — netbench</source>
        <translation>%1 — relecture — netbench</translation>
    </message>
    <message>
        <source>a trace keeps the first %1 bytes of each chunk</source>
        <translation>une trace garde les %1 premiers octets de chaque morceau</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records, %3 endpoints, read from the file. A review is read-only: nothing here sends or changes an endpoint.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 entrées, %3 extrémités, lues depuis le fichier. Une relecture est en lecture seule : rien ici n&apos;envoie ni ne modifie une extrémité.</translation>
    </message>
</context>
<context>
    <name>gui::UserPrompts</name>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Ne plus demander</translation>
    </message>
</context>
<context>
    <name>gui::WindowLayouts</name>
    <message>
        <source>&amp;Teaching Layout</source>
        <translation>Disposition &amp;cours</translation>
    </message>
    <message>
        <source>For a class: the sequence diagram, the event stream and both ends&apos; conversations side by side, in large text</source>
        <translation>Pour une classe : le diagramme de séquence, le flux d&apos;événements et les conversations des deux extrémités côte à côte, en grands caractères</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>The panels where a first run puts them</source>
        <translation>Les volets là où un premier lancement les place</translation>
    </message>
</context>
<context>
    <name>lesson::Builtin</name>
    <message>
        <source>no built-in lesson &apos;%1&apos; (netbench lesson --list lists them; a file&apos;s path works too)</source>
        <translation>pas de leçon intégrée &apos;%1&apos; (netbench lesson --list les liste ; le chemin d&apos;un fichier marche aussi)</translation>
    </message>
</context>
<context>
    <name>lesson::Expectation</name>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation>un guillemet (&quot;) n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>an expectation is ROLE NAME [KEY=VALUE ...], as in &apos;client end&apos; or &apos;client write() ok=false&apos;</source>
        <translation>une attente s&apos;écrit ROLE NAME [KEY=VALUE ...], comme dans &apos;client end&apos; ou &apos;client write() ok=false&apos;</translation>
    </message>
    <message>
        <source>unknown event or call &apos;%1&apos; (known: %2)</source>
        <translation>événement ou appel inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field test (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N or KEY~TEXT)</source>
        <translation>&apos;%1&apos; n&apos;est pas un test de champ (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N ou KEY~TEXT)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>champ inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
</context>
<context>
    <name>lesson::Parser</name>
    <message>
        <source>a lesson is text; this file holds a NUL byte</source>
        <translation>une leçon est du texte ; ce fichier contient un octet NUL</translation>
    </message>
    <message>
        <source>code comes inside a step (after a &apos;## &apos; heading)</source>
        <translation>le code vient dans une étape (après un titre &apos;## &apos;)</translation>
    </message>
    <message>
        <source>a step has one code block; this step already has one</source>
        <translation>une étape a un seul bloc de code ; cette étape en a déjà un</translation>
    </message>
    <message>
        <source>a code block is JavaScript (&apos;```&apos; or &apos;```js&apos;), not &apos;%1&apos;</source>
        <translation>un bloc de code est du JavaScript (&apos;```&apos; ou &apos;```js&apos;), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos; before its first step</source>
        <translation>une leçon commence par &apos;title: ...&apos; avant sa première étape</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos;</source>
        <translation>une leçon commence par &apos;title: ...&apos;</translation>
    </message>
    <message>
        <source>the lesson already has a title</source>
        <translation>la leçon a déjà un titre</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; belongs to a step (after a &apos;## &apos; heading)</source>
        <translation>&apos;%1:&apos; appartient à une étape (après un titre &apos;## &apos;)</translation>
    </message>
    <message>
        <source>a step has one &apos;do:&apos; instruction</source>
        <translation>une étape a une seule instruction &apos;do:&apos;</translation>
    </message>
    <message>
        <source>&apos;do:&apos; says what the learner does</source>
        <translation>&apos;do:&apos; dit ce que fait l&apos;apprenant</translation>
    </message>
    <message>
        <source>&apos;timeout:&apos; is a number of milliseconds from 1 to 600000</source>
        <translation>&apos;timeout:&apos; est un nombre de millisecondes de 1 à 600000</translation>
    </message>
    <message>
        <source>the code block opened here is not closed with &apos;```&apos;</source>
        <translation>le bloc de code ouvert ici n&apos;est pas fermé par &apos;```&apos;</translation>
    </message>
    <message>
        <source>a lesson has at least one step (&apos;## Step title&apos;)</source>
        <translation>une leçon a au moins une étape (&apos;## Titre de l&apos;étape&apos;)</translation>
    </message>
</context>
<context>
    <name>lesson::Runner</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Pour vous : %1</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot; (line %3): %4</source>
        <translation>étape %1 &quot;%2&quot; (ligne %3) : %4</translation>
    </message>
    <message>
        <source>noticed: %1</source>
        <translation>observé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not happen within %2 ms</source>
        <translation>&quot;%1&quot; ne s&apos;est pas produit en %2 ms</translation>
    </message>
    <message>
        <source>its code did not finish within %1 ms</source>
        <translation>son code ne s&apos;est pas terminé en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <comment>a server&apos;s &apos;connection&apos; event: the new socket&apos;s label</comment>
        <translation>accepté comme %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>a socket&apos;s &apos;connect&apos; event: the address it reached</comment>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>(a learner action: skipped when run headless)</source>
        <translation>(une action de l&apos;apprenant : ignorée sans fenêtre)</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>Leçon terminée : chaque événement attendu s&apos;est produit.</translation>
    </message>
    <message>
        <source>lesson failed: %1</source>
        <translation>échec de la leçon : %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s code threw: %1</source>
        <translation>le code de la leçon a levé une exception : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens the netbench window, with a saved workspace or trace if given.</source>
        <translation>Ouvre la fenêtre de netbench, avec un espace de travail ou une trace enregistrés si indiqué.</translation>
    </message>
    <message>
        <source>A workspace (.json) to open, or a trace (.jsonl) to review.</source>
        <translation>Un espace de travail (.json) à ouvrir, ou une trace (.jsonl) à relire.</translation>
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
        <translation>Utilisation : netbench COMMANDE [options] [arguments]
Un atelier pour sockets TCP et de domaine Unix, avec la sémantique net de Node.

Sans commande, netbench ouvre sa fenêtre.

Commandes :
  gui [FILE]                 Ouvrir la fenêtre, avec espace de travail ou trace.
  run FILE.js [ARGS...]      Exécuter un script net de style Node, sans fenêtre.
  listen [HOST:]PORT | PATH  Accepter une connexion, la relier aux E/S standard.
  connect HOST PORT | PATH   Se connecter, relier la connexion aux E/S standard.
  relay LISTEN TARGET        Relayer des clients vers un serveur, avec pannes.
  demo [--unix]              Visite : un serveur et un client sur une boucle.
  lesson NAME | FILE         Leçon guidée sans fenêtre (--list les liste).

&apos;netbench COMMANDE --help&apos; liste les options d&apos;une commande.
Une cible peut être HOST PORT, HOST:PORT ou [IPV6]:PORT. Comme pour ncat,
&apos;netbench -l [options] PORT&apos; est listen, &apos;netbench -OPTIONS HOST PORT&apos; connect.
  -h, --help     Afficher cette aide.
  -v, --version  Afficher la version.
</translation>
    </message>
    <message>
        <source>Usage: netbench gui [FILE]
Opens the window, with a workspace (.json) or a trace (.jsonl) if given.
</source>
        <translation>Utilisation : netbench gui [FILE]
Ouvre la fenêtre, avec un espace de travail (.json) ou une trace (.jsonl) si indiqué.
</translation>
    </message>
    <message>
        <source>netbench: unknown command &apos;%1&apos;</source>
        <translation>netbench : commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netbench: the window needs a display (X11 or Wayland), and none is set.
Without one, use the headless commands: netbench run | listen | connect | relay | demo | lesson (netbench --help).
</source>
        <translation>netbench : la fenêtre a besoin d&apos;un affichage (X11 ou Wayland), et aucun n&apos;est défini.
Sans affichage, utilisez les commandes sans fenêtre : netbench run | listen | connect | relay | demo | lesson (netbench --help).
</translation>
    </message>
</context>
<context>
    <name>session::Engine</name>
    <message>
        <source>the target did not answer within %1 ms: the client was reset</source>
        <translation>la cible n&apos;a pas répondu en %1 ms : le client a été réinitialisé</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a relay, or it is gone.</source>
        <translation>L&apos;extrémité %1 n&apos;est pas un relais, ou elle a disparu.</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a socket, or it is gone.</source>
        <translation>L&apos;extrémité %1 n&apos;est pas un socket, ou elle a disparu.</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a server, or it is gone.</source>
        <translation>L&apos;extrémité %1 n&apos;est pas un serveur, ou elle a disparu.</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>La connexion a disparu.</translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation>Un fichier est déjà en cours d&apos;envoi sur cette connexion.</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>La connexion s&apos;est fermée avant que le fichier soit envoyé.</translation>
    </message>
    <message>
        <source>auto-reply rule %1: %2</source>
        <translation>règle de réponse automatique %1 : %2</translation>
    </message>
    <message>
        <source>auto-reply rules: %1</source>
        <translation>règles de réponse automatique : %1</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts</source>
        <translation>abandon après %1 tentatives de reconnexion</translation>
    </message>
    <message>
        <source>not connected: the listener it connects to (listener %1 of the workspace) is not listening</source>
        <translation>non connecté : l&apos;écouteur auquel il se connecte (écouteur %1 de l&apos;espace de travail) n&apos;écoute pas</translation>
    </message>
</context>
<context>
    <name>session::FileSender</name>
    <message>
        <source>This file send has already started.</source>
        <translation>Cet envoi de fichier a déjà commencé.</translation>
    </message>
    <message>
        <source>The connection is not writable.</source>
        <translation>La connexion n&apos;est pas inscriptible.</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>La connexion s&apos;est fermée avant que le fichier soit envoyé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>it is shorter than when the send started</source>
        <translation>il est plus court qu&apos;au début de l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>session::MessageLibrary</name>
    <message>
        <source>A file is sent by streaming it, not as one payload.</source>
        <translation>Un fichier est envoyé en flux, pas comme une seule charge utile.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>JSON invalide (position %1) : %2</translation>
    </message>
    <message>
        <source>Not a file of netbench messages (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Pas un fichier de messages netbench (pas de &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Messages of version %1; this netbench reads version %2.</source>
        <translation>Messages de version %1 ; ce netbench lit la version %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>session::PayloadCodec</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>A backslash at the end starts no escape; write \\ for a backslash</source>
        <translation>Une barre oblique inverse à la fin ne commence aucun échappement ; écrivez \\ pour une barre oblique inverse</translation>
    </message>
    <message>
        <source>\x needs two hex digits, as in \x0a</source>
        <translation>\x nécessite deux chiffres hexadécimaux, comme dans \x0a</translation>
    </message>
    <message>
        <source>Unknown escape \%1; use \r \n \t \0 \\ or \xNN</source>
        <translation>Échappement inconnu \%1 ; utilisez \r \n \t \0 \\ ou \xNN</translation>
    </message>
    <message>
        <source>%1 is not a hex digit</source>
        <translation>%1 n&apos;est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>0x is not followed by hex digits</source>
        <translation>0x n&apos;est pas suivi de chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot;; each byte takes two</source>
        <translation>Nombre impair de chiffres hexadécimaux dans &quot;%1&quot; ; chaque octet en prend deux</translation>
    </message>
    <message>
        <source>Nothing may follow the &apos;=&apos; padding</source>
        <translation>Rien ne peut suivre le remplissage &apos;=&apos;</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding too early</source>
        <translation>Remplissage &apos;=&apos; trop tôt</translation>
    </message>
    <message>
        <source>%1 is not a base64 character</source>
        <translation>%1 n&apos;est pas un caractère base64</translation>
    </message>
    <message>
        <source>Only &apos;=&apos; may follow &apos;=&apos; padding</source>
        <translation>Seul &apos;=&apos; peut suivre le remplissage &apos;=&apos;</translation>
    </message>
    <message>
        <source>Incomplete group of %1 characters; base64 comes in fours, padded with &apos;=&apos;</source>
        <translation>Groupe incomplet de %1 caractères ; le base64 va par quatre, complété par &apos;=&apos;</translation>
    </message>
</context>
<context>
    <name>session::ReconnectPolicy</name>
    <message>
        <source>the reconnect delay must be 0 to %1 ms</source>
        <translation>le délai de reconnexion doit aller de 0 à %1 ms</translation>
    </message>
    <message>
        <source>the backoff factor must be 1 to %1</source>
        <translation>le facteur de recul doit aller de 1 à %1</translation>
    </message>
    <message>
        <source>the longest reconnect delay must be from the first delay to %1 ms</source>
        <translation>le plus long délai de reconnexion doit aller du premier délai à %1 ms</translation>
    </message>
    <message>
        <source>the number of reconnect attempts cannot be negative (0: no limit)</source>
        <translation>le nombre de tentatives de reconnexion ne peut pas être négatif (0 : sans limite)</translation>
    </message>
</context>
<context>
    <name>session::RegularFile</name>
    <message>
        <source>%1 is not a regular file (a device, a FIFO or a socket).</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique, un FIFO ou un socket).</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3).</source>
        <translation>%1 est trop gros (%2 ; au plus %3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>session::ReplyRule</name>
    <message>
        <source>a rule is KIND:PATTERN=REPLY (KIND: exact, contains, re or hex)</source>
        <translation>une règle s&apos;écrit KIND:PATTERN=REPLY (KIND : exact, contains, re ou hex)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>type inconnu &apos;%1&apos; (exact, contains, re ou hex)</translation>
    </message>
    <message>
        <source>no &apos;=&apos; between the pattern and the reply (write \= for an &apos;=&apos; in the pattern)</source>
        <translation>pas de &apos;=&apos; entre le motif et la réponse (écrivez \= pour un &apos;=&apos; dans le motif)</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>correspondance inconnue &apos;%1&apos; (exact, contains, re ou hex)</translation>
    </message>
    <message>
        <source>delayMs must be from 0 to 86400000</source>
        <translation>delayMs doit aller de 0 à 86400000</translation>
    </message>
    <message>
        <source>unknown after &apos;%1&apos; (none, end or reset)</source>
        <translation>after inconnu &apos;%1&apos; (none, end ou reset)</translation>
    </message>
    <message>
        <source>end and reset exclude each other</source>
        <translation>end et reset s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>delay needs a time with its unit, such as delay=200ms, delay=1.5s or delay=1m, not &apos;%1&apos;</source>
        <translation>delay nécessite une durée avec son unité, comme delay=200ms, delay=1.5s ou delay=1m, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (options: delay=TIME, end, reset, off)</source>
        <translation>option inconnue &apos;%1&apos; (options : delay=TIME, end, reset, off)</translation>
    </message>
    <message>
        <source>delim: needs at least one byte</source>
        <translation>delim: nécessite au moins un octet</translation>
    </message>
    <message>
        <source>framing is chunk, line or delim:TEXT, not &apos;%1&apos;</source>
        <translation>le découpage est chunk, line ou delim:TEXT, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1 : %2</translation>
    </message>
    <message>
        <source>framing: %1; messages are framed by chunk</source>
        <translation>découpage : %1 ; les messages sont découpés par bloc</translation>
    </message>
    <message>
        <source>rule %1: %2; it is kept, turned off</source>
        <translation>règle %1 : %2 ; elle est conservée, désactivée</translation>
    </message>
    <message>
        <source>cannot read rules %1: %2</source>
        <translation>impossible de lire les règles %1 : %2</translation>
    </message>
    <message>
        <source>rules %1 is not a JSON object: %2</source>
        <translation>les règles %1 ne sont pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>mauvais type</translation>
    </message>
    <message>
        <source>rules %1: %2</source>
        <translation>règles %1 : %2</translation>
    </message>
    <message>
        <source>a lone \ at the end (write \\ for a backslash)</source>
        <translation>un \ seul à la fin (écrivez \\ pour une barre oblique inverse)</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x nécessite deux chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>unknown escape \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</source>
        <translation>échappement inconnu \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hex bytes (pairs of digits 0-9 a-f)</source>
        <translation>&apos;%1&apos; n&apos;est pas une suite d&apos;octets hexadécimaux (paires de chiffres 0-9 a-f)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex pattern (pairs of hex digits, ?? for any byte)</source>
        <translation>&apos;%1&apos; n&apos;est pas un motif hexadécimal (paires de chiffres hexadécimaux, ?? pour n&apos;importe quel octet)</translation>
    </message>
    <message>
        <source>${ without its }</source>
        <translation>${ sans son }</translation>
    </message>
    <message>
        <source>a $ that is no macro (write $$ for a dollar sign)</source>
        <translation>un $ qui n&apos;est pas une macro (écrivez $$ pour un signe dollar)</translation>
    </message>
    <message>
        <source>the reply uses $%1 but only a regular expression has groups</source>
        <translation>la réponse utilise $%1 mais seule une expression régulière a des groupes</translation>
    </message>
    <message>
        <source>the reply uses $%1 but the pattern has %2 groups</source>
        <translation>la réponse utilise $%1 mais le motif a %2 groupes</translation>
    </message>
    <message>
        <source>unknown macro ${%1} (${count}, ${time}, ${data}, ${length}, $N)</source>
        <translation>macro inconnue ${%1} (${count}, ${time}, ${data}, ${length}, $N)</translation>
    </message>
    <message>
        <source>bad regular expression at offset %1: %2</source>
        <translation>expression régulière invalide à la position %1 : %2</translation>
    </message>
</context>
<context>
    <name>session::Workspace</name>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>JSON invalide (position %1) : %2</translation>
    </message>
    <message>
        <source>Not a netbench workspace (no &quot;format&quot;: &quot;netbench-workspace&quot;).</source>
        <translation>Pas un espace de travail netbench (pas de &quot;format&quot;: &quot;netbench-workspace&quot;).</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported (this netbench reads version %2).</source>
        <translation>La version %1 d&apos;espace de travail n&apos;est pas prise en charge (ce netbench lit la version %2).</translation>
    </message>
    <message>
        <source>port %1 is not a whole number from %2 to 65535</source>
        <translation>le port %1 n&apos;est pas un nombre entier de %2 à 65535</translation>
    </message>
    <message>
        <source>neither a port nor a Unix socket path</source>
        <translation>ni un port ni un chemin de socket Unix</translation>
    </message>
    <message numerus="yes">
        <source>the Unix socket path is longer than %n byte(s)</source>
        <translation>
            <numerusform>le chemin du socket Unix dépasse %n octet</numerusform>
            <numerusform>le chemin du socket Unix dépasse %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-reply %1</source>
        <translation>réponse automatique %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>unknown auto-reply &quot;%1&quot; (none, echo or discard); it answers nothing</source>
        <translation>réponse automatique inconnue &quot;%1&quot; (none, echo ou discard) ; rien n&apos;est répondu</translation>
    </message>
    <message>
        <source>family %1 is not 4, 6 or 0 (either); either is used</source>
        <translation>la famille %1 n&apos;est pas 4, 6 ou 0 (l&apos;une ou l&apos;autre) ; l&apos;une ou l&apos;autre est utilisée</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; data is shown as bytes</source>
        <translation>encodage inconnu &quot;%1&quot; ; les données sont affichées en octets</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (ignored)</source>
        <translation>perturbation inconnue &quot;%1&quot; (ignorée)</translation>
    </message>
    <message>
        <source>fault %1 is %2, not a number of 0 or more (0 is used)</source>
        <translation>la perturbation %1 vaut %2, pas un nombre supérieur ou égal à 0 (0 est utilisé)</translation>
    </message>
    <message>
        <source>Listener %1 (%2)</source>
        <translation>Écouteur %1 (%2)</translation>
    </message>
    <message>
        <source>Client %1 (%2)</source>
        <translation>Client %1 (%2)</translation>
    </message>
    <message>
        <source>it was linked to listener %1, which the workspace does not have; it connects to its saved address</source>
        <translation>il était lié à l&apos;écouteur %1, que l&apos;espace de travail n&apos;a pas ; il se connecte à son adresse enregistrée</translation>
    </message>
    <message>
        <source>Relay %1 (%2)</source>
        <translation>Relais %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved message(s) without a name, a known kind or a content could not be read</source>
        <translation>
            <numerusform>%n message enregistré sans nom, type connu ou contenu n&apos;a pas pu être lu</numerusform>
            <numerusform>%n messages enregistrés sans nom, type connu ou contenu n&apos;ont pas pu être lus</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown reconnect setting &quot;%1&quot; (ignored)</source>
        <translation>paramètre de reconnexion inconnu &quot;%1&quot; (ignoré)</translation>
    </message>
    <message>
        <source>reconnect %1 %2 is out of range; %3 is used</source>
        <translation>reconnexion : %1 %2 est hors limites ; %3 est utilisé</translation>
    </message>
</context>
</TS>
