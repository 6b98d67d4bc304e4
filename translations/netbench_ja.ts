<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>コンポーザー</translation>
    </message>
    <message>
        <source>The endpoint Send writes to; a send keeps going to the endpoint it started on</source>
        <translation>「送信」の送信先エンドポイント。送信中は開始したエンドポイントへ送り続けます</translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation>送信形式(&amp;S):</translation>
    </message>
    <message>
        <source>How the editor is read: text with escapes, hex digits, base64, or a file</source>
        <translation>エディターの内容の解釈方法: エスケープ付きテキスト、16 進数、base64、またはファイル</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>改行コード(&amp;L):</translation>
    </message>
    <message>
        <source>Appended to the text, and used for each line break typed in the editor</source>
        <translation>テキストの末尾に付加され、エディターで入力した改行ごとにも使われます</translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation>送信する内容を入力します。エスケープ: \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Path of the file to send</source>
        <translation>送信するファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop reading the file; bytes already queued still go out</source>
        <translation>ファイルの読み込みを中止します。キューに入ったバイトは送信されます</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>送信先の接続済みソケットを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>繰り返し(&amp;R):</translation>
    </message>
    <message>
        <source>How many times to send the payload</source>
        <translation>ペイロードを送信する回数</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> 回</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>間隔(&amp;E)</translation>
    </message>
    <message>
        <source>Milliseconds between repeats; 0 sends them back to back</source>
        <translation>繰り返しの間隔 (ミリ秒)。0 なら間を置かずに送信します</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Call end() (send FIN) after the last repeat or the whole file</source>
        <translation>最後の繰り返しまたはファイル全体の後に end() を呼びます (FIN を送信)</translation>
    </message>
    <message>
        <source>E&amp;nd after sending</source>
        <translation>送信後に終了(&amp;N)</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>繰り返しを中止します</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>中止(&amp;T)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>送信 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConnectMode</name>
    <message>
        <source>reconnecting in %1 ms (attempt %2 of %3)</source>
        <translation>%1 ms 後に再接続します (%3 回中 %2 回目)</translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation>%1 ms 後に再接続します (%2 回目)</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts (--max-attempts)</source>
        <translation>%1 回の再接続を試みた後、あきらめました (--max-attempts)</translation>
    </message>
    <message>
        <source>connected (reconnect attempt %1)</source>
        <translation>接続しました (再接続 %1 回目)</translation>
    </message>
    <message>
        <source>connect timed out after %1 ms (-w)</source>
        <translation>%1 ms 後に接続がタイムアウトしました (-w)</translation>
    </message>
    <message>
        <source>no activity for %1 ms (--timeout, -i); closed the connection</source>
        <translation>%1 ms の間アクティビティがありませんでした (--timeout、-i)。接続を閉じました</translation>
    </message>
    <message>
        <source>Turn Nagle&apos;s algorithm off (setNoDelay()).</source>
        <translation>Nagle アルゴリズムを無効にします (setNoDelay())。</translation>
    </message>
    <message>
        <source>Turn TCP keep-alive on, first probe after MS milliseconds idle (setKeepAlive(true, MS)).</source>
        <translation>TCP キープアライブを有効にし、アイドル MS ミリ秒後に最初の確認を行います (setKeepAlive(true, MS))。</translation>
    </message>
    <message>
        <source>Give up (exit status 1) after MS milliseconds without traffic, connecting included (setTimeout(MS)); -i in milliseconds.</source>
        <translation>接続中も含め、通信のない状態が MS ミリ秒続いたらあきらめます (終了ステータス 1) (setTimeout(MS))。-i はミリ秒単位です。</translation>
    </message>
    <message>
        <source>Give up connecting after TIME (exit status 1); TIME as for -i.</source>
        <translation>TIME 後に接続をあきらめます (終了ステータス 1)。TIME の書き方は -i と同じです。</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end.</source>
        <translation>ピアが自分の側を終了したら、こちらの側も終了します (Node の既定値、allowHalfOpen: false)。その時点で送信されていない標準入力は報告され、終了ステータスは 1 になります。これがなければ標準入力は最後まで送信されます。</translation>
    </message>
    <message>
        <source>Accepted for older command lines: this is the default now.</source>
        <translation>古いコマンドラインとの互換のために受け付けます: 現在はこれが既定です。</translation>
    </message>
    <message>
        <source>One-shot: send the bytes of FILE instead of standard input, print the reply, exit (see --reply-wait).</source>
        <translation>ワンショット: 標準入力の代わりに FILE のバイトを送信し、応答を表示して終了します (--reply-wait を参照)。</translation>
    </message>
    <message>
        <source>One-shot: send TEXT (UTF-8, with the escapes \r \n \t \0 \\ \xNN), print the reply, exit.</source>
        <translation>ワンショット: TEXT (UTF-8、エスケープ \r \n \t \0 \\ \xNN 使用可) を送信し、応答を表示して終了します。</translation>
    </message>
    <message>
        <source>One-shot: send the bytes written as HEX (pairs of digits; spaces, &apos;:&apos; and &apos;,&apos; may separate them), print the reply, exit.</source>
        <translation>ワンショット: HEX で書かれたバイト (2 桁ずつ。空白、&apos;:&apos;、&apos;,&apos; で区切ってもよい) を送信し、応答を表示して終了します。</translation>
    </message>
    <message>
        <source>One-shot: the reply is complete when MS milliseconds pass with nothing received after the message was sent (default 2000), or when the peer ends its side, whichever comes first; then the connection is closed and the exit status is 0.</source>
        <translation>ワンショット: メッセージの送信後、何も受信しないまま MS ミリ秒経過するか (既定 2000)、ピアが自分の側を終了するか、どちらか早いほうで応答は完了です。その後接続を閉じ、終了ステータスは 0 になります。</translation>
    </message>
    <message>
        <source>With --reconnect: give up (exit status 1) after N reconnects in a row that found no connection; a connection that opens starts the count again (default 0: never give up).</source>
        <translation>--reconnect と併用: 接続できない再接続が N 回続いたらあきらめます (終了ステータス 1)。接続が開くと回数はリセットされます (既定 0: あきらめない)。</translation>
    </message>
    <message>
        <source>With --reconnect: multiply the wait by FACTOR after each attempt (1 to 100, default 2).</source>
        <translation>--reconnect と併用: 試行ごとに待ち時間を FACTOR 倍にします (1 ～ 100、既定 2)。</translation>
    </message>
    <message>
        <source>With --reconnect: never wait longer than MS milliseconds (default 30000).</source>
        <translation>--reconnect と併用: MS ミリ秒より長くは待ちません (既定 30000)。</translation>
    </message>
    <message>
        <source>HOST PORT, HOST:PORT or [IPV6]:PORT for TCP (port 0 to 65535), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>TCP なら HOST PORT、HOST:PORT、[IPV6]:PORT (ポートは 0 ～ 65535)、Unix ドメインソケットなら PATH: &apos;/&apos; を含むか .sock で終わる語 (-U があれば任意の語)。</translation>
    </message>
    <message>
        <source>Connects to a server, like ncat. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Exits when both sides have ended and the connection has closed. Exit status: 0 when everything was delivered, 1 for a network error (the message has Node&apos;s code, e.g. connect ECONNREFUSED 127.0.0.1:9) or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away. With --send, --send-text or --send-hex it is a one-shot client: it sends that message, prints the reply and exits.</source>
        <translation>ncat のようにサーバーに接続します。標準入力は接続へ、届いたものは標準出力へ、バイト単位でそのまま流れます。標準入力の終わりで接続をハーフクローズし (end())、ピアが自分の側を終了した後も標準入力は最後まで送信されます。双方が終了して接続が閉じると終了します。終了ステータス: すべて届いたら 0、ネットワークエラー (メッセージには Node のコードが入ります。例: connect ECONNREFUSED 127.0.0.1:9) または届かなかった標準入力 (メッセージにバイト数が示されます) なら 1、不正なコマンドラインなら 2、標準出力の読み手がいなくなったら 141。--send、--send-text、--send-hex を付けるとワンショットのクライアントになり、そのメッセージを送信して応答を表示し、終了します。</translation>
    </message>
    <message>
        <source>Send a line, print the answer, exit when the server closes.</source>
        <translation>1 行送信して応答を表示し、サーバーが閉じたら終了します。</translation>
    </message>
    <message>
        <source>Send a file and print every event on standard error.</source>
        <translation>ファイルを送信し、すべてのイベントを標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>Talk to a Unix socket, with the JSON Lines trace on standard error.</source>
        <translation>Unix ソケットと通信し、JSON Lines のトレースを標準エラー出力に出します。</translation>
    </message>
    <message>
        <source>Socket options as in Node&apos;s socket.connect().</source>
        <translation>Node の socket.connect() と同じソケットオプション。</translation>
    </message>
    <message>
        <source>ncat&apos;s options: lines end in CR LF, give up connecting after 5 seconds, a hex dump of both directions.</source>
        <translation>ncat のオプション: 行末は CR LF、5 秒で接続をあきらめる、両方向の 16 進ダンプ。</translation>
    </message>
    <message>
        <source>Keep listening to a server that restarts: reconnect after 0.5 s, 1 s, 2 s, ..., give up after 10 failures in a row.</source>
        <translation>再起動するサーバーを待ち続けます: 0.5 秒、1 秒、2 秒… 後に再接続し、10 回続けて失敗したらあきらめます。</translation>
    </message>
    <message>
        <source>One-shot: send a line, print what comes back until half a second passes in silence.</source>
        <translation>ワンショット: 1 行送信し、0.5 秒間何も来なくなるまで返ってきたものを表示します。</translation>
    </message>
    <message>
        <source>-w/--wait needs a time above 0 such as 5, 5s or 500ms, not &apos;%1&apos;</source>
        <translation>-w/--wait には 5、5s、500ms のような 0 より大きい時間が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--timeout and -i/--idle-timeout are the same; give one</source>
        <translation>--timeout と -i/--idle-timeout は同じものです。どちらか 1 つを指定してください</translation>
    </message>
    <message>
        <source>--%1 needs milliseconds, not &apos;%2&apos;</source>
        <translation>--%1 にはミリ秒が必要です (&apos;%2&apos; は使えません)</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close と --allow-half-open は同時に指定できません</translation>
    </message>
    <message>
        <source>--%1 needs --reconnect</source>
        <translation>--%1 には --reconnect が必要です</translation>
    </message>
    <message>
        <source>--reconnect keeps a client up; a one-shot --send does not reconnect</source>
        <translation>--reconnect はクライアントを維持するものです。ワンショットの --send は再接続しません</translation>
    </message>
    <message>
        <source>--reconnect=DELAY_MS needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect=DELAY_MS にはミリ秒が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--max-attempts needs a whole number, not &apos;%1&apos;</source>
        <translation>--max-attempts には整数が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--reconnect-backoff needs a number such as 1.5, not &apos;%1&apos;</source>
        <translation>--reconnect-backoff には 1.5 のような数値が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--reconnect-max-delay needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect-max-delay にはミリ秒が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--reply-wait needs --send, --send-text or --send-hex</source>
        <translation>--reply-wait には --send、--send-text、--send-hex のいずれかが必要です</translation>
    </message>
    <message>
        <source>give one message: --send, --send-text or --send-hex, once</source>
        <translation>メッセージは 1 つだけ指定してください: --send、--send-text、--send-hex のいずれかを 1 回</translation>
    </message>
    <message>
        <source>--send, --send-text and --send-hex do not read standard input: -C, --send-only and --recv-only do not apply</source>
        <translation>--send、--send-text、--send-hex は標準入力を読まないので、-C、--send-only、--recv-only は適用されません</translation>
    </message>
    <message>
        <source>--reply-wait needs milliseconds above 0, not &apos;%1&apos;</source>
        <translation>--reply-wait には 0 より大きいミリ秒が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>A client that answers its server&apos;s PING lines until the server ends.</source>
        <translation>サーバーの PING 行に、サーバーが終了するまで応答するクライアント。</translation>
    </message>
    <message>
        <source>Keep the client up: when the connection cannot be made, or closes before standard input has ended (always, with --recv-only), connect again after DELAY_MS milliseconds (1000 when written --reconnect alone), each further wait longer by the backoff factor. The peer&apos;s end ends our side too (no half-open connections), so a server that closes is reconnected at once. Each attempt is said on standard error. Written --reconnect or --reconnect=DELAY_MS.</source>
        <translation>クライアントを維持します: 接続できないとき、または標準入力が終わる前に接続が閉じたとき (--recv-only では常に)、DELAY_MS ミリ秒後 (--reconnect だけなら 1000) に再接続し、以降の待ち時間はバックオフ係数ずつ長くなります。ピアが終了するとこちら側も終了する (ハーフオープンの接続にしない) ため、閉じたサーバーにはすぐに再接続します。各試行は標準エラー出力に表示されます。--reconnect または --reconnect=DELAY_MS と書きます。</translation>
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
        <translation>会話</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>エンコーディング(&amp;E):</translation>
    </message>
    <message>
        <source>How the text view decodes the bytes</source>
        <translation>テキスト表示でのバイトのデコード方法</translation>
    </message>
    <message>
        <source>Copy the conversation as the text view shows it</source>
        <translation>テキスト表示のとおりに会話をコピーします</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Save the conversation as text, or the raw bytes of one direction</source>
        <translation>会話をテキストとして、または一方向の生のバイトとして保存します</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Use a Unix domain socket in a temporary directory instead of TCP on 127.0.0.1.</source>
        <translation>127.0.0.1 上の TCP の代わりに、一時ディレクトリ内の Unix ドメインソケットを使います。</translation>
    </message>
    <message>
        <source>Shows what a socket connection does: starts a server, connects a client to it, sends a few lines that the server echoes, and prints every event on both sides.</source>
        <translation>ソケット接続が何をするかを示します: サーバーを起動し、クライアントを接続し、サーバーがエコーする数行を送信して、両側のすべてのイベントを表示します。</translation>
    </message>
    <message>
        <source>The tour over TCP on 127.0.0.1.</source>
        <translation>127.0.0.1 上の TCP でのツアー。</translation>
    </message>
    <message>
        <source>The same over a Unix domain socket.</source>
        <translation>同じことを Unix ドメインソケットで。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EchoDemo</name>
    <message>
        <source>The demo did not finish within %1 seconds.</source>
        <translation>デモは %1 秒以内に終わりませんでした。</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>一時ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>EventStreamWidget</name>
    <message>
        <source>Event stream</source>
        <translation>イベントストリーム</translation>
    </message>
    <message>
        <source>Show the records of one endpoint only</source>
        <translation>1 つのエンドポイントのレコードだけを表示します</translation>
    </message>
    <message>
        <source>Choose which events and calls are shown</source>
        <translation>表示するイベントと呼び出しを選択します</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Show only records whose event, endpoint or summary contains this text</source>
        <translation>イベント、エンドポイント、概要にこのテキストを含むレコードだけを表示します</translation>
    </message>
    <message>
        <source>Filter: text in event, endpoint or summary</source>
        <translation>フィルター: イベント、エンドポイント、概要のテキスト</translation>
    </message>
    <message>
        <source>How the time column counts</source>
        <translation>時刻列の数え方</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>実時刻</translation>
    </message>
    <message>
        <source>Since previous row</source>
        <translation>前の行から</translation>
    </message>
    <message>
        <source>Since reference row</source>
        <translation>基準行から</translation>
    </message>
    <message>
        <source>Keep the newest record in view</source>
        <translation>最新のレコードを表示し続けます</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Forget all records shown here (and leave review mode)</source>
        <translation>ここに表示されたレコードをすべて消去します (レビューモードも終了します)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Select a row to see all of its fields</source>
        <translation>行を選択するとすべてのフィールドを表示します</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>最大接続数(&amp;M):</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections: この数を超えた接続はただちに閉じられます</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; open connections stay</source>
        <translation>server.close(): 受け付けを停止します。開いている接続はそのまま残ります</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the event loop alive</source>
        <translation>server.ref(): リスナーがイベントループを動かし続けます</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>Ref(&amp;R)</translation>
    </message>
    <message>
        <source>server.unref(): the listener alone does not keep the event loop alive</source>
        <translation>server.unref(): リスナーだけではイベントループを動かし続けません</translation>
    </message>
    <message>
        <source>&amp;Unref</source>
        <translation>Unref(&amp;U)</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off so small writes leave at once</source>
        <translation>socket.setNoDelay(): Nagle アルゴリズムを無効にし、小さな書き込みをすぐに送出します</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY)</source>
        <translation>遅延なし (TCP_NODELAY)(&amp;N)</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): the kernel probes the connection after it has been idle this long</source>
        <translation>socket.setKeepAlive(): 接続がこの時間アイドルになると、カーネルが接続を確認します</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>キープアライブ開始まで(&amp;K)</translation>
    </message>
    <message>
        <source>Initial delay of socket.setKeepAlive(); 0 keeps the system default. Applied when you tick the box or change the delay</source>
        <translation>socket.setKeepAlive() の初期遅延。0 ならシステムの既定値のままです。チェックボックスをオンにするか遅延を変更したときに適用されます</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity; 0 turns it off</source>
        <translation>socket.setTimeout(): この時間アクティビティがないと &apos;timeout&apos; が発生します。0 で無効になります</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>エンコーディング(&amp;E):</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data is decoded as text; Node cannot go back to bytes</source>
        <translation>socket.setEncoding(): 受信データをテキストとしてデコードします。Node ではバイトに戻せません</translation>
    </message>
    <message>
        <source>SO_SND&amp;BUF:</source>
        <translation>SO_SNDBUF(&amp;B):</translation>
    </message>
    <message>
        <source>Requested kernel send buffer; Linux doubles the value and applies its own limits</source>
        <translation>要求するカーネルの送信バッファー。Linux は値を 2 倍にし、独自の上限を適用します</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <source>SO_RC&amp;VBUF:</source>
        <translation>SO_RCVBUF(&amp;V):</translation>
    </message>
    <message>
        <source>Requested kernel receive buffer; Linux doubles the value and applies its own limits</source>
        <translation>要求するカーネルの受信バッファー。Linux は値を 2 倍にし、独自の上限を適用します</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; the peer&apos;s data waits in the kernel</source>
        <translation>socket.pause(): 読み込みを停止します。ピアのデータはカーネル内で待機します</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>socket.resume(): read again</source>
        <translation>socket.resume(): 読み込みを再開します</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back; reading goes on here</source>
        <translation>socket.end(): ハーフクローズ。キューのデータを送信してから FIN を送ります。ピアは &apos;end&apos; を受け取り、まだ書き返せます。こちらの読み込みは続きます</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>送信終了: キューのデータの後に FIN。ピアには &apos;end&apos; が届き、まだ送信できます</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>送信終了(&amp;N)</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy(): 両方向をただちに閉じます。netbench のキューに残ったデータは破棄され、カーネルが保持しているデータは送信されてから FIN が送られます。ピアは &apos;end&apos;、続いて &apos;close&apos; を受け取ります。こちらが読んでいないデータが残っている場合、カーネルは代わりに RST を送り、ピアには ECONNRESET が届きます</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>破棄: ただちに閉じます。ピアには正常な FIN (&apos;end&apos;) が、こちらに未読データが残っていれば ECONNRESET が届きます</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>socket.destroy(new Error(message)): close as Destroy does and emit &apos;error&apos; with your message here only. The peer sees a clean FIN (&apos;end&apos;), no error: to make the peer fail, use Reset (RST)</source>
        <translation>socket.destroy(new Error(message)): 「破棄」と同様に閉じ、こちら側だけで入力したメッセージ付きの &apos;error&apos; を発生させます。ピアには正常な FIN (&apos;end&apos;) が届き、エラーにはなりません。ピアを失敗させるには「リセット (RST)」を使います</translation>
    </message>
    <message>
        <source>Destroy with error: &apos;error&apos; here only; the peer sees a clean FIN (&apos;end&apos;)</source>
        <translation>エラー付き破棄: &apos;error&apos; はこちら側だけ。ピアには正常な FIN (&apos;end&apos;) が届きます</translation>
    </message>
    <message>
        <source>Destroy with &amp;error…</source>
        <translation>エラー付きで破棄(&amp;E)…</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only</source>
        <translation>socket.resetAndDestroy(): RST で中断します (SO_LINGER 0)。ピアには ECONNRESET が届き、転送中のバイトと双方の未読バイトは失われます。TCP のみ</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>リセット: RST。ピアには ECONNRESET が届き、未読データは失われます</translation>
    </message>
    <message>
        <source>Reset (R&amp;ST)</source>
        <translation>リセット (RST)(&amp;S)</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>調べるには「エンドポイント」でリスナーまたはソケットを選択してください。</translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Runs a guided lesson without a window: prints each step&apos;s narration, runs its code, prints the events on both ends as they happen and checks the events the step expects. The exit status is 0 when every expected event happened, 1 (naming the first that did not) otherwise. A step the learner performs in the window runs its fallback code, or is skipped.</source>
        <translation>ウィンドウなしでガイド付きレッスンを実行します: 各ステップの説明を表示し、そのコードを実行し、両端のイベントを発生順に表示して、ステップが期待するイベントを確認します。期待されたイベントがすべて起きたら終了ステータスは 0、そうでなければ 1 (起きなかった最初のものを示します) です。学習者がウィンドウで行うステップは代替コードを実行するか、スキップされます。</translation>
    </message>
    <message>
        <source>List the built-in lessons.</source>
        <translation>組み込みのレッスンを一覧表示します。</translation>
    </message>
    <message>
        <source>Run a built-in lesson.</source>
        <translation>組み込みのレッスンを実行します。</translation>
    </message>
    <message>
        <source>Run a lesson file (format: resources/lessons/README.md).</source>
        <translation>レッスンファイルを実行します (形式: resources/lessons/README.md)。</translation>
    </message>
    <message>
        <source>Write the lesson as a Node script and run it under node.</source>
        <translation>レッスンを Node スクリプトとして書き出し、node で実行します。</translation>
    </message>
    <message>
        <source>A built-in lesson&apos;s name or a lesson file.</source>
        <translation>組み込みのレッスンの名前、またはレッスンファイル。</translation>
    </message>
    <message>
        <source>Write the lesson as a Node-style script (NAME.lesson.js and prelude.js) into FOLDER instead of running it.</source>
        <translation>レッスンを実行せず、Node 形式のスクリプト (NAME.lesson.js と prelude.js) として FOLDER に書き出します。</translation>
    </message>
    <message>
        <source>name one lesson (netbench lesson --list lists them)</source>
        <translation>レッスンを 1 つ指定してください (一覧は netbench lesson --list)</translation>
    </message>
</context>
<context>
    <name>ListenMode</name>
    <message>
        <source>%1 (%2): new connections are turned away until some close</source>
        <translation>%1 (%2): いくつか閉じるまで新しい接続は断られます</translation>
    </message>
    <message>
        <source>Send back what arrives, instead of standard I/O.</source>
        <translation>標準入出力の代わりに、届いたものを送り返します。</translation>
    </message>
    <message>
        <source>Read and drop what arrives; send nothing.</source>
        <translation>届いたものを読んで捨てます。何も送信しません。</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end. The default with --keep-open.</source>
        <translation>ピアが自分の側を終了したら、こちらの側も終了します (Node の既定値、allowHalfOpen: false)。その時点で送信されていない標準入力は報告され、終了ステータスは 1 になります。これがなければ標準入力は最後まで送信されます。--keep-open のときの既定値です。</translation>
    </message>
    <message>
        <source>Keep sending standard input after the peer ends its side (Node&apos;s allowHalfOpen). The default, except with --keep-open.</source>
        <translation>ピアが自分の側を終了した後も標準入力を送り続けます (Node の allowHalfOpen)。--keep-open のとき以外の既定値です。</translation>
    </message>
    <message>
        <source>Drop connections beyond N open at a time (server.maxConnections).</source>
        <translation>同時に開いている接続が N を超えたら切断します (server.maxConnections)。</translation>
    </message>
    <message>
        <source>Accepted for ncat&apos;s habit (netbench -l PORT is netbench listen PORT).</source>
        <translation>ncat の習慣のために受け付けます (netbench -l PORT は netbench listen PORT と同じです)。</translation>
    </message>
    <message>
        <source>Keep accepting connections: standard input goes to all of them, and what any of them sends goes to standard output. Stop with Ctrl+C.</source>
        <translation>接続を受け付け続けます: 標準入力はすべての接続へ送られ、どの接続から送られたものも標準出力に出ます。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>[HOST:]PORT or HOST PORT for TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080; port 0 picks a free port, printed on standard error), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>TCP なら [HOST:]PORT または HOST PORT (8080、127.0.0.1:8080、[::1]:8080、::1 8080。ポート 0 なら空いているポートを選び、標準エラー出力に表示します)、Unix ドメインソケットなら PATH: &apos;/&apos; を含むか .sock で終わる語 (-U があれば任意の語)。</translation>
    </message>
    <message>
        <source>Listens for connections, like ncat -l. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Without --keep-open it serves one connection and exits when that has closed. Exit status: 0 when everything was delivered, 1 for a network error or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away.</source>
        <translation>ncat -l のように接続を待ち受けます。標準入力は接続へ、届いたものは標準出力へ、バイト単位でそのまま流れます。標準入力の終わりで接続をハーフクローズし (end())、ピアが自分の側を終了した後も標準入力は最後まで送信されます。--keep-open がなければ 1 つの接続を処理し、それが閉じたら終了します。終了ステータス: すべて届いたら 0、ネットワークエラーまたは届かなかった標準入力 (メッセージにバイト数が示されます) なら 1、不正なコマンドラインなら 2、標準出力の読み手がいなくなったら 141。</translation>
    </message>
    <message>
        <source>Serve one connection on port 8080 of every interface.</source>
        <translation>すべてのインターフェースのポート 8080 で 1 つの接続を処理します。</translation>
    </message>
    <message>
        <source>Listen on a free loopback port and print every event.</source>
        <translation>空いているループバックのポートで待ち受け、すべてのイベントを表示します。</translation>
    </message>
    <message>
        <source>An echo server on IPv6 loopback for any number of clients.</source>
        <translation>IPv6 ループバック上の、任意の数のクライアント向けエコーサーバー。</translation>
    </message>
    <message>
        <source>ncat&apos;s way: keep listening, close a connection idle for 30 seconds, a hex dump of everything.</source>
        <translation>ncat 流: 待ち受けを続け、30 秒アイドルの接続を閉じ、すべてを 16 進ダンプします。</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket in this folder; send nothing.</source>
        <translation>このフォルダーの Unix ソケットで 1 つのクライアントが送るものを保存します。何も送信しません。</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket, and record a trace.</source>
        <translation>Unix ソケットで 1 つのクライアントが送るものを保存し、トレースを記録します。</translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation>--echo と --discard は同時に指定できません</translation>
    </message>
    <message>
        <source>--max-connections needs a count, not &apos;%1&apos;</source>
        <translation>--max-connections には個数が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close と --allow-half-open は同時に指定できません</translation>
    </message>
    <message>
        <source>Answer every line with PING in it, numbering the answers.</source>
        <translation>PING を含むすべての行に、番号付きで応答します。</translation>
    </message>
    <message>
        <source>Answer an HTTP request line with the path asked for, then end the connection.</source>
        <translation>HTTP のリクエスト行に要求されたパスで応答し、接続を終了します。</translation>
    </message>
    <message>
        <source>rules (--reply, --rules) and --%1 exclude each other</source>
        <translation>ルール (--reply、--rules) と --%1 は同時に指定できません</translation>
    </message>
    <message>
        <source>Binary: 01 02 is answered 03 04 after 200 ms.</source>
        <translation>バイナリ: 01 02 には 200 ms 後に 03 04 で応答します。</translation>
    </message>
    <message>
        <source>--%1 does not use standard I/O: -C, --send-only and --recv-only do not apply</source>
        <translation>--%1 は標準入出力を使わないので、-C、--send-only、--recv-only は適用されません</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>最近のワークスペース</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>エンドポイント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>スクリプト(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>New &amp;Listener…</source>
        <translation>新しいリスナー(&amp;L)…</translation>
    </message>
    <message>
        <source>Create a server that listens on a port or a Unix socket path</source>
        <translation>ポートまたは Unix ソケットのパスで待ち受けるサーバーを作成します</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>新しいクライアント(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a connection to a host and port or a Unix socket path</source>
        <translation>ホストとポート、または Unix ソケットのパスへの接続を開きます</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>送信終了(&amp;E)</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back. A server: close() stops accepting</source>
        <translation>socket.end(): ハーフクローズ。キューのデータを送信してから FIN を送ります。ピアは &apos;end&apos; を受け取り、まだ書き返せます。サーバーの場合: close() で受け付けを停止します</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>送信終了: キューのデータの後に FIN。ピアには &apos;end&apos; が届き、まだ送信できます</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy(): 両方向をただちに閉じます。netbench のキューに残ったデータは破棄され、カーネルが保持しているデータは送信されてから FIN が送られます。ピアは &apos;end&apos;、続いて &apos;close&apos; を受け取ります。こちらが読んでいないデータが残っている場合、カーネルは代わりに RST を送り、ピアには ECONNRESET が届きます</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>破棄: ただちに閉じます。ピアには正常な FIN (&apos;end&apos;) が、こちらに未読データが残っていれば ECONNRESET が届きます</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Rese&amp;t (RST)</source>
        <translation>リセット (RST)(&amp;T)</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only: a Unix socket has no RST and closes as with Destroy</source>
        <translation>socket.resetAndDestroy(): RST で中断します (SO_LINGER 0)。ピアには ECONNRESET が届き、転送中のバイトと双方の未読バイトは失われます。TCP のみ: Unix ソケットには RST がなく、「破棄」と同様に閉じます</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>リセット: RST。ピアには ECONNRESET が届き、未読データは失われます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Remove Closed</source>
        <translation>閉じたものを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Forget closed endpoints in the tree</source>
        <translation>ツリーから閉じたエンドポイントを取り除きます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>トレースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Review a saved JSON Lines trace</source>
        <translation>保存された JSON Lines のトレースを確認します</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Export Trace as &amp;JSON Lines…</source>
        <translation>トレースを JSON Lines でエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>The same schema as netbench run --trace</source>
        <translation>netbench run --trace と同じスキーマです</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Export Trace as &amp;CSV…</source>
        <translation>トレースを CSV でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>One row per event, for spreadsheets</source>
        <translation>1 イベント 1 行。表計算ソフト向け</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>ワークスペースを保存(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the listeners and clients made here, with their settings</source>
        <translation>ここで作成したリスナーとクライアントを設定とともに保存します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open W&amp;orkspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Make the listeners and clients of a saved workspace again</source>
        <translation>保存したワークスペースのリスナーとクライアントを作り直します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Recorder sizes, event list capacity and refresh rate</source>
        <translation>レコーダーのサイズ、イベント一覧の容量、更新頻度</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>ウィンドウを閉じます</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Run Script…</source>
        <translation>スクリプトを実行(&amp;R)…</translation>
    </message>
    <message>
        <source>Run a Node-style net script inside the window</source>
        <translation>Node 形式の net スクリプトをウィンドウ内で実行します</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop Script</source>
        <translation>スクリプトを停止(&amp;S)</translation>
    </message>
    <message>
        <source>End the running script (exit code 130)</source>
        <translation>実行中のスクリプトを終了します (終了コード 130)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Follow Events</source>
        <translation>イベントに追従(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>最新のイベントを表示し続けます</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear Events</source>
        <translation>イベントをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Empty the event list (the recorder keeps counting)</source>
        <translation>イベント一覧を空にします (レコーダーは数え続けます)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;About netbench</source>
        <translation>netbench について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>バージョンとライセンス</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>新しいクライアント</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近の接続先(&amp;R):</translation>
    </message>
    <message>
        <source>The last targets you connected to; picking one fills in the form</source>
        <translation>最近接続した接続先。選択するとフォームに入力されます</translation>
    </message>
    <message>
        <source>Pick a recent target…</source>
        <translation>最近の接続先を選択…</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>トランスポート:</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>TCP(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>IPC (Unix ドメインソケット)(&amp;I)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>A name or an IP address; names are looked up before connecting</source>
        <translation>名前または IP アドレス。名前は接続前に解決されます</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation>例: 8080</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>ファミリー(&amp;F):</translation>
    </message>
    <message>
        <source>Which address family the name lookup may return</source>
        <translation>名前解決で返してよいアドレスファミリー</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
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
        <translation>ローカルアドレス(&amp;L):</translation>
    </message>
    <message>
        <source>chosen by the kernel</source>
        <translation>カーネルが選択</translation>
    </message>
    <message>
        <source>Bind the socket to this IP address before connecting</source>
        <translation>接続前にソケットをこの IP アドレスにバインドします</translation>
    </message>
    <message>
        <source>Local p&amp;ort:</source>
        <translation>ローカルポート(&amp;O):</translation>
    </message>
    <message>
        <source>Bind the socket to this port before connecting</source>
        <translation>接続前にソケットをこのポートにバインドします</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>パス(&amp;A):</translation>
    </message>
    <message>
        <source>The file system path of a listening Unix domain socket</source>
        <translation>待ち受け中の Unix ドメインソケットのファイルシステム上のパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>ソケットオプション</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>タイムアウト(&amp;M):</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity, also while connecting</source>
        <translation>socket.setTimeout(): この時間アクティビティがないと &apos;timeout&apos; が発生します。接続中も同様です</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY: send small writes at once)</source>
        <translation>遅延なし (TCP_NODELAY: 小さな書き込みをすぐに送信)(&amp;N)</translation>
    </message>
    <message>
        <source>Turns off Nagle&apos;s algorithm</source>
        <translation>Nagle アルゴリズムを無効にします</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>キープアライブ開始まで(&amp;K)</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: the kernel probes an idle connection</source>
        <translation>SO_KEEPALIVE: アイドル状態の接続をカーネルが確認します</translation>
    </message>
    <message>
        <source>Idle time before the first keep-alive probe; 0 keeps the system default</source>
        <translation>最初のキープアライブ確認までのアイドル時間。0 ならシステムの既定値のままです</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>ハーフオープンを許可 (ピアが終了した後も書き込みを続ける)(&amp;H)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen: ピアが FIN を送っても、ソケットは自動的には終了しません</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>エンコーディング(&amp;E):</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data arrives as text in this encoding</source>
        <translation>socket.setEncoding(): 受信データはこのエンコーディングのテキストとして届きます</translation>
    </message>
    <message>
        <source>&amp;Live listeners:</source>
        <translation>稼働中のリスナー(&amp;L):</translation>
    </message>
    <message>
        <source>The listeners of this window that are listening now; picking one fills in its address or path</source>
        <translation>このウィンドウで現在待ち受けているリスナー。選択するとそのアドレスまたはパスが入力されます</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>このウィンドウのリスナーを選択…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>O&amp;pen:</source>
        <translation>開く数(&amp;P):</translation>
    </message>
    <message>
        <source>Open this many connections to the target at once (to try a server&apos;s maxConnections, its accept loop, or EMFILE)</source>
        <translation>接続先への接続をこの数だけ同時に開きます (サーバーの maxConnections、accept ループ、EMFILE を試すため)</translation>
    </message>
    <message>
        <source> connection(s)</source>
        <translation> 接続</translation>
    </message>
    <message>
        <source>&amp;Reconnect after</source>
        <translation>再接続までの待ち時間(&amp;R)</translation>
    </message>
    <message>
        <source>When the connection cannot be made or closes, connect again (until you destroy the client)</source>
        <translation>接続できないとき、または接続が閉じたときに再接続します (クライアントを破棄するまで)</translation>
    </message>
    <message>
        <source>&amp;Backoff factor:</source>
        <translation>バックオフ係数(&amp;B):</translation>
    </message>
    <message>
        <source>Each further wait is this many times longer</source>
        <translation>以降の待ち時間はそれぞれこの倍数だけ長くなります</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>最長の待ち時間(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>あきらめるまでの回数(&amp;G):</translation>
    </message>
    <message>
        <source>Reconnects in a row that find no connection; a connection that opens starts the count again</source>
        <translation>接続できない再接続が続いた回数。接続が開くと回数はリセットされます</translation>
    </message>
    <message>
        <source>never</source>
        <translation>あきらめない</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> 回</translation>
    </message>
</context>
<context>
    <name>NewListenerDialog</name>
    <message>
        <source>New listener</source>
        <translation>新しいリスナー</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>トランスポート:</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>TCP(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>IPC (Unix ドメインソケット)(&amp;I)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>The address to bind: a loopback address is reachable only from this machine</source>
        <translation>バインドするアドレス。ループバックアドレスにはこのマシンからしか接続できません</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0: 空いている任意のポート</translation>
    </message>
    <message>
        <source>0 lets the kernel pick a free (ephemeral) port</source>
        <translation>0 ならカーネルが空いている (エフェメラル) ポートを選びます</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>パス(&amp;A):</translation>
    </message>
    <message>
        <source>The file system path of the Unix domain socket; it must not exist yet</source>
        <translation>Unix ドメインソケットのファイルシステム上のパス。まだ存在していてはいけません</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>待ち受け</translation>
    </message>
    <message>
        <source>Back&amp;log:</source>
        <translation>バックログ(&amp;L):</translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel queues before they are accepted (listen(2) backlog)</source>
        <translation>受け付けられる前にカーネルがキューに入れる完了済みハンドシェイクの数 (listen(2) の backlog)</translation>
    </message>
    <message>
        <source>E&amp;xclusive</source>
        <translation>排他(&amp;X)</translation>
    </message>
    <message>
        <source>Node&apos;s exclusive option: the handle is not shared with cluster workers</source>
        <translation>Node の exclusive オプション: ハンドルをクラスターのワーカーと共有しません</translation>
    </message>
    <message>
        <source>Accepted connections</source>
        <translation>受け付けた接続</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>ハーフオープンを許可 (ピアが終了した後も書き込みを続ける)(&amp;H)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen: ピアが FIN を送っても、ソケットは自動的には終了しません</translation>
    </message>
    <message>
        <source>Pause on &amp;connect (read nothing until resumed)</source>
        <translation>接続時に一時停止 (再開するまで何も読まない)(&amp;C)</translation>
    </message>
    <message>
        <source>pauseOnConnect: accepted sockets start paused</source>
        <translation>pauseOnConnect: 受け付けたソケットは一時停止状態で始まります</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>最大接続数(&amp;M):</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections: この数を超えた接続はただちに閉じられます</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>A&amp;utomatic behaviour:</source>
        <translation>自動動作(&amp;U):</translation>
    </message>
    <message>
        <source>What each accepted connection does by itself</source>
        <translation>受け付けた各接続が自動で行うこと</translation>
    </message>
    <message>
        <source>None (you drive it)</source>
        <translation>なし (手動で操作)</translation>
    </message>
    <message>
        <source>Echo (write back what arrives)</source>
        <translation>エコー (届いたものを書き返す)</translation>
    </message>
    <message>
        <source>Discard (read and drop)</source>
        <translation>読み捨て (読んで捨てる)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Recorder (applies the next time the window starts)</source>
        <translation>レコーダー (次回ウィンドウ起動時に適用)</translation>
    </message>
    <message>
        <source>&amp;Events kept:</source>
        <translation>保持するイベント数(&amp;E):</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>The recorder&apos;s ring: past this many events the oldest are dropped and counted.</source>
        <translation>レコーダーのリングバッファー。この数を超えると古いイベントから破棄され、その数が数えられます。</translation>
    </message>
    <message>
        <source>&amp;Transcript cap:</source>
        <translation>トランスクリプトの上限(&amp;T):</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Bytes kept per connection and direction for the conversation view; later bytes are only counted. Off keeps none.</source>
        <translation>会話表示のために接続と方向ごとに保持するバイト数。それ以降のバイトは数えるだけです。オフなら何も保持しません。</translation>
    </message>
    <message>
        <source>Event list (applies at once)</source>
        <translation>イベント一覧 (すぐに適用)</translation>
    </message>
    <message>
        <source>&amp;Rows kept:</source>
        <translation>保持する行数(&amp;R):</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Rows the event list shows; past this many the oldest rows leave the list.</source>
        <translation>イベント一覧に表示する行数。これを超えると古い行から一覧から消えます。</translation>
    </message>
    <message>
        <source>Re&amp;fresh rate:</source>
        <translation>更新頻度(&amp;F):</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often per second the window fetches new events; lower costs less CPU under a flood.</source>
        <translation>ウィンドウが新しいイベントを取得する 1 秒あたりの回数。少ないほど大量のイベント時の CPU 負荷が下がります。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: its settings are not known; Node&apos;s defaults are used.</source>
        <translation>%1: 設定が不明なため、Node の既定値を使います。</translation>
    </message>
    <message>
        <source>%1 still listens on %2 in the window: close it before running the script, which listens there too.</source>
        <translation>%1 はウィンドウ内でまだ %2 で待ち受けています。同じ場所で待ち受けるスクリプトを実行する前に閉じてください。</translation>
    </message>
    <message>
        <source>%1: write #%2 of %3 bytes: only its first %4 were kept; the script writes those.</source>
        <translation>%1: %3 バイトの書き込み #%2 は最初の %4 バイトだけが保持されていました。スクリプトはそれを書き込みます。</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n record(s) are no longer kept (Preferences: recorder size); the calls among them are missing.</source>
        <translation>
            <numerusform>古い %n 件のレコードは保持されていません (設定: レコーダーのサイズ)。その中の呼び出しは欠落しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2() was refused in the window (%3); left out.</source>
        <translation>%1: ウィンドウで %2() が拒否されました (%3)。省略します。</translation>
    </message>
    <message>
        <source>%1 answers by its auto-reply rules in the script: its recorded writes and ends are left out, those typed by hand too.</source>
        <translation>%1 はスクリプト内で自動応答ルールにより応答します: 記録された書き込みと終了は、手で入力したものも含めて省かれます。</translation>
    </message>
</context>
<context>
    <name>RelayMode</name>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>#%1 %2 -&gt; %3: relaying</source>
        <translation>#%1 %2 -&gt; %3: リレー中</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>%1 を拒否しました</translation>
    </message>
    <message>
        <source>relaying to %1</source>
        <translation>%1 へリレー中</translation>
    </message>
    <message>
        <source>#%1 reset: the target did not answer within %2 ms (--connect-timeout)</source>
        <translation>#%1 をリセット: 転送先が %2 ms 以内に応答しませんでした (--connect-timeout)</translation>
    </message>
    <message>
        <source>#%1 closed: %2 bytes to the server, %3 to the client</source>
        <translation>#%1 を閉じました: サーバーへ %2 バイト、クライアントへ %3 バイト</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; は [HOST]:PORT ではありません</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>IPv6 アドレスは角かっこで囲んでください: [%1]:PORT</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; is neither HOST:PORT nor a PATH</source>
        <translation>転送先 &apos;%1&apos; は HOST:PORT でも PATH でもありません</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; has no host</source>
        <translation>転送先 &apos;%1&apos; にホストがありません</translation>
    </message>
    <message>
        <source>the target&apos;s port cannot be 0</source>
        <translation>転送先のポートを 0 にすることはできません</translation>
    </message>
    <message>
        <source>Both directions.</source>
        <translation>両方向。</translation>
    </message>
    <message>
        <source>As --%1, client to server only.</source>
        <translation>--%1 と同じ。クライアントからサーバーへのみ。</translation>
    </message>
    <message>
        <source>As --%1, server to client only.</source>
        <translation>--%1 と同じ。サーバーからクライアントへのみ。</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &apos;%3&apos;</source>
        <translation>--%1 には %2 が必要です (&apos;%3&apos; は使えません)</translation>
    </message>
    <message>
        <source>Hold each chunk MS milliseconds before forwarding it.</source>
        <translation>各チャンクを転送する前に MS ミリ秒保持します。</translation>
    </message>
    <message>
        <source>Forward at most BYTES bytes per second.</source>
        <translation>1 秒あたり最大 BYTES バイトを転送します。</translation>
    </message>
    <message>
        <source>Forward in pieces of SIZE bytes, or of a random size in MIN-MAX for each piece, one write each.</source>
        <translation>SIZE バイトずつ、または各片ごとに MIN-MAX のランダムなサイズに分けて、1 片 1 回の書き込みで転送します。</translation>
    </message>
    <message>
        <source>Wait MS milliseconds after each piece (with --chunk).</source>
        <translation>各片の後に MS ミリ秒待ちます (--chunk と併用)。</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then nothing more: what arrives waits, the sender&apos;s backpressure builds (0: hold from the start).</source>
        <translation>BYTES バイト転送した後はそれ以上転送しません: 届いたものは待機し、送り手のバックプレッシャーが高まります (0: 最初から保持)。</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then end() towards the receiver (FIN) and drop the rest; the other direction goes on.</source>
        <translation>BYTES バイト転送した後、受け手に向けて end() (FIN) し、残りは捨てます。逆方向は続きます。</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then reset both legs (RST: both peers see ECONNRESET).</source>
        <translation>BYTES バイト転送した後、両方の区間をリセットします (RST: 両方のピアに ECONNRESET が見えます)。</translation>
    </message>
    <message>
        <source>Forward exactly BYTES bytes and end() to the receiver, then close the sender&apos;s leg and forward nothing more.</source>
        <translation>ちょうど BYTES バイト転送して受け手に end() し、送り手側の区間を閉じてそれ以上は転送しません。</translation>
    </message>
    <message>
        <source>Reset a client whose target connection is not up after MS milliseconds (default %1; 0: wait as long as the kernel retries).</source>
        <translation>転送先への接続が MS ミリ秒後も確立していないクライアントをリセットします (既定 %1。0: カーネルが再試行する限り待つ)。</translation>
    </message>
    <message>
        <source>Relay N clients, then reset every new one at once (0: refuse all).</source>
        <translation>N 個のクライアントをリレーした後は、新しいクライアントをすべてすぐにリセットします (0: すべて拒否)。</translation>
    </message>
    <message>
        <source>The server each client is relayed to: HOST:PORT, [V6]:PORT or PATH.</source>
        <translation>各クライアントのリレー先のサーバー: HOST:PORT、[V6]:PORT、または PATH。</translation>
    </message>
    <message>
        <source>Relays every client that connects to LISTEN to its own connection to TARGET, TCP or Unix on either side, byte for byte and in order, until interrupted. Each client is read only once its target connection is up; if the target cannot be reached, or does not answer within --connect-timeout, the client is reset (ECONNRESET; a Unix client sees its connection close). Backpressure passes through (a slow reader slows its writer), each direction half-closes on its own, and a reset on one leg resets the other. Faults change that on purpose: --NAME applies to both directions, --c2s-NAME (client to server) and --s2c-NAME (server to client) to one, and win over --NAME. One line per connection goes to standard error. Exit status: 1 when it cannot listen, 2 for a bad command line, 128+N after signal N.</source>
        <translation>LISTEN に接続してきた各クライアントを、TARGET への専用の接続にリレーします。どちら側も TCP でも Unix でもよく、中断されるまでバイト単位で順序どおりに転送します。各クライアントは転送先への接続が確立してから読み込まれます。転送先に到達できないか、--connect-timeout 以内に応答しない場合、クライアントはリセットされます (ECONNRESET。Unix のクライアントには接続が閉じたように見えます)。バックプレッシャーは伝わり (遅い読み手はその書き手を遅くします)、各方向は独立にハーフクローズし、一方の区間のリセットはもう一方もリセットします。障害オプションはこれを意図的に変えます: --NAME は両方向に、--c2s-NAME (クライアントからサーバー) と --s2c-NAME (サーバーからクライアント) は一方向に適用され、--NAME より優先されます。接続ごとに 1 行が標準エラー出力に出ます。終了ステータス: 待ち受けできなければ 1、不正なコマンドラインなら 2、シグナル N の後は 128+N。</translation>
    </message>
    <message>
        <source>Put netbench between clients of port 8081 and a server on 8080, and see both legs with --events.</source>
        <translation>ポート 8081 のクライアントと 8080 のサーバーの間に netbench を置き、--events で両方の区間を見ます。</translation>
    </message>
    <message>
        <source>A Unix socket in front of a TCP server, 200 ms slower both ways, replies cut into pieces of 1 to 16 bytes.</source>
        <translation>TCP サーバーの前に Unix ソケットを置き、両方向とも 200 ms 遅らせ、応答を 1 ～ 16 バイトの片に分けます。</translation>
    </message>
    <message>
        <source>Reset each connection after the client sent 100 bytes.</source>
        <translation>クライアントが 100 バイト送った後、各接続をリセットします。</translation>
    </message>
    <message>
        <source>--chunk-pause needs --chunk for the same direction</source>
        <translation>--chunk-pause には同じ方向の --chunk が必要です</translation>
    </message>
    <message>
        <source>--refuse-after needs a count, not &apos;%1&apos;</source>
        <translation>--refuse-after には個数が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>missing LISTEN and TARGET</source>
        <translation>LISTEN と TARGET がありません</translation>
    </message>
    <message>
        <source>missing TARGET</source>
        <translation>TARGET がありません</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--connect-timeout needs MS, not &apos;%1&apos;</source>
        <translation>--connect-timeout には MS が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>Where clients connect: [HOST:]PORT ([::1]:PORT for IPv6; port 0 picks a free one) or a Unix socket PATH (a word with a &apos;/&apos; or ending in .sock).</source>
        <translation>クライアントの接続先: [HOST:]PORT (IPv6 なら [::1]:PORT。ポート 0 なら空いているポートを選びます)、または Unix ソケットの PATH (&apos;/&apos; を含むか .sock で終わる語)。</translation>
    </message>
</context>
<context>
    <name>ReplyArguments</name>
    <message>
        <source>Answer what arrives by a rule KIND[,OPTION...]:PATTERN=REPLY (repeatable; the first rule that matches a message answers it). KIND: exact, contains, re, hex. OPTION: delay=TIME, end, reset, off. See Rules below.</source>
        <translation>届いたものにルール KIND[,OPTION...]:PATTERN=REPLY で応答します (繰り返し指定可。メッセージに最初に一致したルールが応答します)。KIND: exact、contains、re、hex。OPTION: delay=TIME、end、reset、off。下の「ルール」を参照してください。</translation>
    </message>
    <message>
        <source>Read auto-reply rules from FILE (JSON, as the window saves them: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}); before any --reply.</source>
        <translation>自動応答のルールを FILE から読み込みます (ウィンドウが保存するのと同じ JSON: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]})。--reply より前に指定します。</translation>
    </message>
    <message>
        <source>How the rules cut what arrives into messages: chunk (each read, the default), line (up to LF, a CR before it dropped) or delim:TEXT.</source>
        <translation>届いたものをルールがどうメッセージに区切るか: chunk (読み込みごと。既定)、line (LF まで。その前の CR は除去)、または delim:TEXT。</translation>
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
        <translation>ルール (--reply RULE、--rules FILE):
  KIND[,OPTION...]:PATTERN=REPLY     \= と書かれていない最初の &apos;=&apos; で PATTERN が終わる
  KIND    exact     メッセージ全体が PATTERN
          contains  メッセージに PATTERN が含まれる (空ならすべてのメッセージ)
          re        メッセージのバイトに対する正規表現 (PCRE)
          hex       メッセージ中の 16 進のバイト列。?? は任意のバイト
  OPTION  delay=TIME  TIME 後に応答 (200ms、1.5s、1m)。後の応答は待機する
          end         応答後にこちらの側を終了。reset: 代わりにリセット
          off         ルールを残したまま無効にする
  REPLY   エスケープ \r \n \t \0 \e \\ \$ \xHH とマクロ $0 (一致部分)、
          $1..$9 と ${N} (グループ)、${count} (このルールの一致回数)、
          ${time} (UTC)、${data} (メッセージ)、${length} を含むテキスト。または hex:BYTES
  メッセージ: 読み込んだ各チャンク、または --frame line / delim:TEXT なら
  区切られた各メッセージ (複数の読み込みにまたがるメッセージはつなげられ、
  ピアが終了したときに残っているものが最後のメッセージになります)。ピアが
  終了して応答を送り終えると、こちらの側も終了します。標準入力があれば、
  それも送信されます。
</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>%2 のルール %1</translation>
    </message>
    <message>
        <source>--frame needs rules (--reply or --rules)</source>
        <translation>--frame にはルール (--reply または --rules) が必要です</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a Node-style script that uses require(&apos;net&apos;) on netbench&apos;s own implementation of Node&apos;s net module, without a window. The exit status is the script&apos;s (process.exitCode, process.exit(), 1 for an uncaught exception). Options go before FILE.js; everything after it is the script&apos;s.</source>
        <translation>require(&apos;net&apos;) を使う Node 形式のスクリプトを、netbench 独自の Node の net モジュール実装上で、ウィンドウなしで実行します。終了ステータスはスクリプトのものです (process.exitCode、process.exit()、捕捉されない例外なら 1)。オプションは FILE.js の前に置きます。その後ろはすべてスクリプトへの引数です。</translation>
    </message>
    <message>
        <source>Run a script until nothing keeps it alive, as node does.</source>
        <translation>node と同じく、何も動かし続けるものがなくなるまでスクリプトを実行します。</translation>
    </message>
    <message>
        <source>Pass arguments to the script (process.argv) and record its events as JSON Lines.</source>
        <translation>スクリプトに引数を渡し (process.argv)、そのイベントを JSON Lines で記録します。</translation>
    </message>
    <message>
        <source>Print every event on standard error; --verbose goes to the script.</source>
        <translation>すべてのイベントを標準エラー出力に表示します。--verbose はスクリプトに渡されます。</translation>
    </message>
    <message>
        <source>The script to run.</source>
        <translation>実行するスクリプト。</translation>
    </message>
    <message>
        <source>Arguments for the script (process.argv).</source>
        <translation>スクリプトへの引数 (process.argv)。</translation>
    </message>
    <message>
        <source>End the script (exit status 134, as node at its heap limit) when the process holds more than MIB mebibytes. Default: half the physical memory, at most 4096.</source>
        <translation>プロセスが MIB メビバイトを超えて保持したらスクリプトを終了させます (終了ステータス 134。ヒープ上限に達した node と同じ)。既定: 物理メモリーの半分、最大 4096。</translation>
    </message>
    <message>
        <source>--max-memory takes a number of MiB above 0</source>
        <translation>--max-memory には 0 より大きい MiB 数を指定します</translation>
    </message>
    <message>
        <source>missing FILE.js</source>
        <translation>FILE.js がありません</translation>
    </message>
</context>
<context>
    <name>ScriptConsoleWidget</name>
    <message>
        <source>Script file (.js)</source>
        <translation>スクリプトファイル (.js)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Arguments (process.argv)</source>
        <translation>引数 (process.argv)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>console.log() output of the script appears here.</source>
        <translation>スクリプトの console.log() の出力がここに表示されます。</translation>
    </message>
    <message>
        <source>No script is running.</source>
        <translation>実行中のスクリプトはありません。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>StdinReader</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>標準入力を読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>StdioMode</name>
    <message>
        <source>The target is a Unix domain socket PATH, whatever its name.</source>
        <translation>名前にかかわらず、接続先は Unix ドメインソケットの PATH です。</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>IPv4 のみ。</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>IPv6 のみ。</translation>
    </message>
    <message>
        <source>Send each line feed of standard input as CR LF (a CR LF stays one).</source>
        <translation>標準入力の各改行 (LF) を CR LF として送信します (CR LF はそのまま)。</translation>
    </message>
    <message>
        <source>Only send: what arrives is read and dropped, and the connection closes once standard input has been sent to its end.</source>
        <translation>送信のみ: 届いたものは読んで捨て、標準入力を最後まで送信したら接続を閉じます。</translation>
    </message>
    <message>
        <source>Only receive: standard input is not read, and our side ends when the peer ends its own.</source>
        <translation>受信のみ: 標準入力は読まず、ピアが自分の側を終了したらこちらの側も終了します。</translation>
    </message>
    <message>
        <source>Close a connection after TIME without traffic either way (exit status 1). TIME as ncat: 30 or 30s, 500ms, 2m, 1h.</source>
        <translation>どちらの方向にも通信のない状態が TIME 続いたら接続を閉じます (終了ステータス 1)。TIME は ncat と同じ: 30 または 30s、500ms、2m、1h。</translation>
    </message>
    <message>
        <source>Write every chunk sent and received to FILE: a line with its direction, size and peer, then offset, hex and ASCII.</source>
        <translation>送受信したすべてのチャンクを FILE に書き出します: 方向、サイズ、ピアを示す行に続いて、オフセット、16 進、ASCII。</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 と -6 は同時に指定できません</translation>
    </message>
    <message>
        <source>-U (a Unix socket) and -%1 exclude each other</source>
        <translation>-U (Unix ソケット) と -%1 は同時に指定できません</translation>
    </message>
    <message>
        <source>--send-only and --recv-only exclude each other</source>
        <translation>--send-only と --recv-only は同時に指定できません</translation>
    </message>
    <message>
        <source>-i/--idle-timeout needs a time above 0 such as 30, 30s, 500ms or 2m, not &apos;%1&apos;</source>
        <translation>-i/--idle-timeout には 30、30s、500ms、2m のような 0 より大きい時間が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--hex-dump needs a FILE</source>
        <translation>--hex-dump には FILE が必要です</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>no activity for %1 ms (-i); closed the connection</source>
        <translation>%1 ms の間アクティビティがありませんでした (-i)。接続を閉じました</translation>
    </message>
    <message>
        <source>the peer ended the connection (--no-half-close)</source>
        <translation>ピアが接続を終了しました (--no-half-close)</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>接続が閉じました</translation>
    </message>
    <message>
        <source>--send-only drops what arrives: it cannot be answered by rules</source>
        <translation>--send-only は届いたものを捨てるので、ルールで応答できません</translation>
    </message>
    <message numerus="yes">
        <source>at least %1 byte(s) of standard input were not delivered: %2</source>
        <translation>
            <numerusform>少なくとも %1 バイトの標準入力が届きませんでした: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>-C changes standard input, which --recv-only does not read</source>
        <translation>-C は標準入力を変換しますが、--recv-only は標準入力を読みません</translation>
    </message>
    <message>
        <source>standard output took nothing for %1 s after the signal; what it had not taken is lost</source>
        <translation>シグナルの後 %1 秒間、標準出力が何も受け取らなかったため、受け取られていなかったデータは失われます</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: netbench %1 %2</source>
        <translation>使い方: netbench %1 %2</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Try &apos;netbench %1 --help&apos; for more information.</source>
        <translation>詳しくは &apos;netbench %1 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (a whole number from 0 to 65535)</source>
        <translation>&apos;%1&apos; はポートではありません (0 ～ 65535 の整数)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; は [HOST]:PORT ではありません</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>IPv6 アドレスは角かっこで囲んでください: [%1]:PORT</translation>
    </message>
    <message>
        <source>missing HOST before port %1 (HOST PORT or HOST:PORT)</source>
        <translation>ポート %1 の前に HOST がありません (HOST PORT または HOST:PORT)</translation>
    </message>
    <message>
        <source>missing PORT after %1 (HOST PORT or HOST:PORT; a Unix socket PATH has a &apos;/&apos; or ends in .sock, or give -U)</source>
        <translation>%1 の後に PORT がありません (HOST PORT または HOST:PORT。Unix ソケットの PATH は &apos;/&apos; を含むか .sock で終わります。または -U を指定してください)</translation>
    </message>
    <message>
        <source>missing HOST before :%1</source>
        <translation>:%1 の前に HOST がありません</translation>
    </message>
    <message>
        <source>missing HOST PORT, HOST:PORT or PATH</source>
        <translation>HOST PORT、HOST:PORT、または PATH がありません</translation>
    </message>
    <message>
        <source>missing [HOST:]PORT or PATH</source>
        <translation>[HOST:]PORT または PATH がありません</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the Unix socket path</source>
        <translation>Unix ソケットのパスの後に予期しない引数 &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the port</source>
        <translation>ポートの後に予期しない引数 &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>empty HOST</source>
        <translation>HOST が空です</translation>
    </message>
    <message>
        <source>%1 is not an IPv%2 address (-%2)</source>
        <translation>%1 は IPv%2 アドレスではありません (-%2)</translation>
    </message>
    <message>
        <source>cannot write trace %1</source>
        <translation>トレース %1 を書き込めません</translation>
    </message>
    <message>
        <source>the Unix socket</source>
        <translation>Unix ソケット</translation>
    </message>
    <message>
        <source>cannot write hex dump %1: %2</source>
        <translation>16 進ダンプ %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>&gt; %1 bytes sent to %2</source>
        <translation>&gt; %1 バイトを %2 へ送信</translation>
    </message>
    <message>
        <source>&lt; %1 bytes received from %2</source>
        <translation>&lt; %1 バイトを %2 から受信</translation>
    </message>
    <message>
        <source>Print every event and call on standard error, one readable line each.</source>
        <translation>すべてのイベントと呼び出しを、読みやすい 1 行ずつで標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>More events on standard error: -v is --events, -vv adds the JSON Lines records (as --trace -) unless --trace is given.</source>
        <translation>標準エラー出力のイベントを増やします: -v は --events、-vv は --trace がなければ JSON Lines のレコードも加えます (--trace - と同じ)。</translation>
    </message>
    <message>
        <source>Write every event and call as JSON Lines to FILE (&apos;-&apos; for standard error).</source>
        <translation>すべてのイベントと呼び出しを JSON Lines で FILE に書き出します (&apos;-&apos; なら標準エラー出力)。</translation>
    </message>
</context>
<context>
    <name>gui::ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
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
        <translation>送信する内容を入力します。エスケープ: \r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 0x0d 0x0a or de:ad:be:ef</source>
        <translation>16 進バイト。例: 48 65 6c 6c 6f、0x0d 0x0a、de:ad:be:ef</translation>
    </message>
    <message>
        <source>Base64, e.g. aGVsbG8=</source>
        <translation>Base64。例: aGVsbG8=</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>送信するファイルを選択</translation>
    </message>
    <message>
        <source>connection not writable</source>
        <translation>接続は書き込みできません</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 を送信中…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%2 中 %1 を送信済み</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 回送信しました</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sent</source>
        <translation>停止: %2 回中 %1 回を送信済み</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>送信しました。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>送信されませんでした: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation>送信するファイルを選択してください。</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source> (%1 in all)</source>
        <translation> (合計 %1)</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>送信先 %1</translation>
    </message>
    <message>
        <source>also sending to %1</source>
        <translation>%1 にも送信中</translation>
    </message>
</context>
<context>
    <name>gui::ConversationRenderer</name>
    <message>
        <source>1 byte</source>
        <translation>1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ 送信</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 受信</translation>
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
        <translation>● 接続しました</translation>
    </message>
    <message>
        <source>← FIN received: the peer ended its side</source>
        <translation>← FIN を受信: ピアが自分の側を終了しました</translation>
    </message>
    <message>
        <source>→ end() called: FIN follows the queued bytes</source>
        <translation>→ end() を呼び出し: キューのバイトの後に FIN が続きます</translation>
    </message>
    <message>
        <source>→ reset: RST sent instead of FIN</source>
        <translation>→ リセット: FIN の代わりに RST を送信</translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation>⚠ エラー</translation>
    </message>
    <message>
        <source>⚠ error: %1</source>
        <translation>⚠ エラー: %1</translation>
    </message>
    <message>
        <source>■ closed after an error</source>
        <translation>■ エラーの後に閉じました</translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation>■ 閉じました</translation>
    </message>
    <message>
        <source>→ write refused after end() or destroy(): %1 not sent</source>
        <translation>→ end() または destroy() の後の書き込みは拒否されました: %1 は送信されていません</translation>
    </message>
    <message>
        <source>… %1 in %2 steps not shown here; Save… writes everything …</source>
        <translation>… %2 ステップ分の %1 はここに表示されていません。「保存…」ですべて書き出せます …</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: past the transcript cap</source>
        <translation>%1: %3 チャンク分の %2 は記録されていません: トランスクリプトの上限を超えました</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: %4</source>
        <translation>%1: %3 チャンク分の %2 は記録されていません: %4</translation>
    </message>
    <message>
        <source>… %1 of this chunk not shown here …</source>
        <translation>… このチャンクの %1 はここに表示されていません …</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: past the transcript cap]</source>
        <translation>[このチャンクの %1 バイトは記録されていません: トランスクリプトの上限を超えました]</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: %2]</source>
        <translation>[このチャンクの %1 バイトは記録されていません: %2]</translation>
    </message>
    <message>
        <source>%1 later steps not recorded: the transcript&apos;s step limit was reached</source>
        <translation>以降の %1 ステップは記録されていません: トランスクリプトのステップ数の上限に達しました</translation>
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
        <translation>エスケープ (\xNN)</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>会話を保存</translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation>会話をテキストで(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation>送信したバイト (生データ)(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation>受信したバイト (生データ)(&amp;R)…</translation>
    </message>
    <message>
        <source>Nothing recorded for this connection yet.</source>
        <translation>この接続にはまだ何も記録されていません。</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>接続が未選択です。</translation>
    </message>
    <message>
        <source>→ %1 sent</source>
        <translation>→ %1 送信</translation>
    </message>
    <message>
        <source>← %1 received</source>
        <translation>← %1 受信</translation>
    </message>
    <message>
        <source>%1 bytes not captured</source>
        <translation>%1 バイトは記録されていません</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉じました</translation>
    </message>
    <message>
        <source>Save conversation as text</source>
        <translation>会話をテキストとして保存</translation>
    </message>
    <message>
        <source>Save sent bytes</source>
        <translation>送信したバイトを保存</translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation>受信したバイトを保存</translation>
    </message>
</context>
<context>
    <name>gui::EndpointTreeModel</name>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>half-open (readOnly)</source>
        <translation>ハーフオープン (readOnly)</translation>
    </message>
    <message>
        <source>half-open (writeOnly)</source>
        <translation>ハーフオープン (writeOnly)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉じました</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 件の接続</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 / out %2</source>
        <translation>受信 %1 / 送信 %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>ローカル: %1</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>リモート: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>通信量</translation>
    </message>
    <message>
        <source>#%1 relay %2 → %3</source>
        <translation>#%1 リレー %2 → %3</translation>
    </message>
    <message>
        <source>#%1 ↔ %2 (its target leg)</source>
        <translation>#%1 ↔ %2 (転送先側)</translation>
    </message>
    <message>
        <source>#%1 listener %2</source>
        <translation>#%1 リスナー %2</translation>
    </message>
    <message>
        <source>#%1 accepted socket from %2</source>
        <translation>#%1 受け付けたソケット (%2 から)</translation>
    </message>
    <message>
        <source>#%1 client socket → %2</source>
        <translation>#%1 クライアントソケット → %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a lesson&apos;s name for an endpoint, then its label in the tree</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>gui::EventPresentation</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー制御</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>%1, and any record that carries an error</source>
        <translation>%1、およびエラーを含むすべてのレコード</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>→ true (bufferSize %1 &lt; highWaterMark %2)</source>
        <translation>→ true (bufferSize %1 &lt; highWaterMark %2)</translation>
    </message>
    <message>
        <source>→ false (bufferSize %1 ≥ highWaterMark %2: wait for &apos;drain&apos;)</source>
        <translation>→ false (bufferSize %1 ≥ highWaterMark %2: &apos;drain&apos; を待ってください)</translation>
    </message>
    <message>
        <source>→ false (the socket cannot write)</source>
        <translation>→ false (ソケットは書き込みできません)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>#%1 %2 from %3</source>
        <translation>#%1 %2 (%3 から)</translation>
    </message>
    <message>
        <source> (IPv%1)</source>
        <translation> (IPv%1)</translation>
    </message>
    <message>
        <source>had error</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>バックログ %1</translation>
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
        <translation>呼び出し %1</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos;</source>
        <translation>イベント &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(made by netcore itself, not by the program)</source>
        <translation>(プログラムではなく netcore 自身による)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受け付け</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>ソケット #%1</translation>
    </message>
    <message>
        <source>write() gave</source>
        <translation>write() の戻り値</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー内</translation>
    </message>
    <message>
        <source>%1 bytes (bufferSize)</source>
        <translation>%1 バイト (bufferSize)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>%1 bytes (highWaterMark)</source>
        <translation>%1 バイト (highWaterMark)</translation>
    </message>
    <message>
        <source>This end</source>
        <translation>こちら側</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>ピア側</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>システムコール</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>開始から</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>#%1 of this session</source>
        <translation>このセッションの #%1</translation>
    </message>
    <message>
        <source>Bytes shown</source>
        <translation>表示しているバイト</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(the rest not kept)</source>
        <translation>(残りは保持されていません)</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>テキストとして</translation>
    </message>
    <message>
        <source>As hex</source>
        <translation>16 進として</translation>
    </message>
    <message>
        <source>#%1 listener</source>
        <translation>#%1 リスナー</translation>
    </message>
    <message>
        <source>#%1 socket</source>
        <translation>#%1 ソケット</translation>
    </message>
</context>
<context>
    <name>gui::EventStreamWidget</name>
    <message>
        <source>All endpoints</source>
        <translation>全エンドポイント</translation>
    </message>
    <message>
        <source>Use as time reference</source>
        <translation>時刻の基準にする</translation>
    </message>
    <message>
        <source>Show only this endpoint</source>
        <translation>このエンドポイントだけを表示</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Show none</source>
        <translation>すべて非表示</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation>イベント (%2 中 %1)</translation>
    </message>
    <message>
        <source>&lt;i&gt;call()&lt;/i&gt; = a call made on the endpoint</source>
        <translation>&lt;i&gt;call()&lt;/i&gt; = エンドポイントに対して行われた呼び出し</translation>
    </message>
    <message>
        <source>Hide &amp;Automatic Rows</source>
        <translation>自動の行を隠す(&amp;A)</translation>
    </message>
    <message>
        <source>Hide what netcore does by itself: the automatic end() and destroy() calls (autoDestroy, the end at the peer&apos;s FIN, the destroy after an error) and &apos;ready&apos;, which always follows &apos;connect&apos;. The counts still include them.</source>
        <translation>netcore が自動で行うことを隠します: 自動の end() と destroy() の呼び出し (autoDestroy、ピアの FIN による end、エラー後の destroy) と、常に &apos;connect&apos; の後に続く &apos;ready&apos;。件数にはこれらも含まれます。</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 にはレコードがありません。</translation>
    </message>
    <message>
        <source>Reviewing %1: %2 records (read-only).</source>
        <translation>%1 を確認中: %2 件のレコード (読み取り専用)。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n 行を読み込めませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 件のレコード、%2 件を表示</translation>
    </message>
    <message>
        <source>%1 dropped (store full)</source>
        <translation>%1 件を削除 (ストアが満杯)</translation>
    </message>
    <message>
        <source>%1 lost before display</source>
        <translation>%1 件が表示前に失われました</translation>
    </message>
    <message>
        <source>automatic rows hidden</source>
        <translation>自動の行を非表示中</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>フィルター中…</translation>
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
        <translation>時刻</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>Δ 前の行</translation>
    </message>
    <message>
        <source>Δ reference</source>
        <translation>Δ 基準</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Sequence number: the order in which netbench recorded the rows</source>
        <translation>連番: netbench が行を記録した順序</translation>
    </message>
    <message>
        <source>When it happened: wall clock, or the time since the previous row or the reference row (View options of the stream)</source>
        <translation>発生時刻: 実時刻、または前の行や基準行からの時間 (ストリームの表示オプション)</translation>
    </message>
    <message>
        <source>The server or socket it happened on (#id as in Endpoints)</source>
        <translation>発生したサーバーまたはソケット (「エンドポイント」と同じ #id)</translation>
    </message>
    <message>
        <source>An event Node emits (&apos;data&apos;, &apos;end&apos;, ...) or a call made on the endpoint (write(), end(), ...); hover a row or see the Explain pane for its meaning</source>
        <translation>Node が発行するイベント (&apos;data&apos;、&apos;end&apos; など) またはエンドポイントへの呼び出し (write()、end() など)。意味は行にマウスを重ねるか「説明」ペインで確認できます</translation>
    </message>
    <message>
        <source>Bytes, addresses, values and errors of the row</source>
        <translation>行のバイト、アドレス、値、エラー</translation>
    </message>
</context>
<context>
    <name>gui::ExplainPane</name>
    <message>
        <source>Documentation: %1</source>
        <translation>ドキュメント: %1</translation>
    </message>
    <message>
        <source>#%1 %2 on %3</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>bufferSize after the call: %1 bytes; high-water mark: %2 bytes.</source>
        <translation>呼び出し後の bufferSize: %1 バイト、ハイウォーターマーク: %2 バイト。</translation>
    </message>
    <message>
        <source>Marked auto: netcore made this call itself (an automatic end() after the peer&apos;s end, or the destroy() that follows), not the user.</source>
        <translation>自動と表示: この呼び出しはユーザーではなく netcore が自分で行いました (ピアの end の後の自動 end()、またはそれに続く destroy())。</translation>
    </message>
    <message>
        <source>Select a row of the event stream to explain it.</source>
        <translation>説明を見るにはイベントストリームの行を選択してください。</translation>
    </message>
    <message>
        <source>Select a row of the event stream, or an endpoint, to see what it means, what the peer sees and what to try.</source>
        <translation>イベントストリームの行またはエンドポイントを選択すると、その意味、ピアから見えること、試せることが表示されます。</translation>
    </message>
</context>
<context>
    <name>gui::Explanations</name>
    <message>
        <source>The server is bound and accepts connections.</source>
        <translation>サーバーはバインドされ、接続を受け付けています。</translation>
    </message>
    <message>
        <source>listen() succeeded: the kernel bound the address (or the Unix socket path) and put the socket in the LISTEN state. From now on the kernel completes connection handshakes on its own and queues them (the backlog) until netbench accepts them. A client that connects now succeeds; before this event it would have got ECONNREFUSED. With port 0 the kernel chose a free port: the address shows which.</source>
        <translation>listen() が成功しました: カーネルがアドレス (または Unix ソケットのパス) をバインドし、ソケットを LISTEN 状態にしました。以降、カーネルは自分で接続のハンドシェイクを完了させ、netbench が受け付けるまでキュー (バックログ) に入れます。今接続するクライアントは成功します。このイベントより前なら ECONNREFUSED になっていました。ポート 0 の場合はカーネルが空いているポートを選び、アドレスにそのポートが示されます。</translation>
    </message>
    <message>
        <source>The server accepted a new connection: a new socket for that client.</source>
        <translation>サーバーが新しい接続を受け付けました: そのクライアント用の新しいソケットです。</translation>
    </message>
    <message>
        <source>A client&apos;s connection was accepted: the server got a new socket of its own for it (shown under the server), while the server itself keeps listening for more. The client saw its &apos;connect&apos; already when the kernel finished the handshake, which can be before the server accepts. Each connection is a separate socket with its own events, its own buffers and its own close.</source>
        <translation>クライアントの接続が受け付けられました: サーバーはその接続専用の新しいソケットを得ました (サーバーの下に表示)。サーバー自体は引き続き次の接続を待ち受けます。クライアントはカーネルがハンドシェイクを完了した時点ですでに &apos;connect&apos; を受け取っており、それはサーバーが受け付けるより前のこともあります。接続はそれぞれ独立したソケットで、独自のイベント、バッファー、クローズを持ちます。</translation>
    </message>
    <message>
        <source>The host name was resolved to an address (or the lookup failed).</source>
        <translation>ホスト名がアドレスに解決されました (または名前解決に失敗しました)。</translation>
    </message>
    <message>
        <source>Before connecting to a host given by name, the name is resolved (getaddrinfo: /etc/hosts, then DNS). This event carries the address that will be tried, or the resolver&apos;s error (ENOTFOUND, EAI_AGAIN). Nothing has been sent to the peer yet. Connecting to an IP address or a Unix socket path needs no lookup, so there is no &apos;lookup&apos; then.</source>
        <translation>名前で指定されたホストに接続する前に、名前が解決されます (getaddrinfo: /etc/hosts、次に DNS)。このイベントには試行するアドレス、またはリゾルバーのエラー (ENOTFOUND、EAI_AGAIN) が含まれます。ピアにはまだ何も送信されていません。IP アドレスや Unix ソケットのパスへの接続には名前解決が不要なので、その場合 &apos;lookup&apos; は発生しません。</translation>
    </message>
    <message>
        <source>The connection is established; data can flow both ways.</source>
        <translation>接続が確立されました。データは双方向に流れます。</translation>
    </message>
    <message>
        <source>The TCP three-way handshake completed (or the Unix socket connected): the socket is open for reading and writing. Writes made before this were queued and are sent now. The kernel of the server side completes the handshake itself, so &apos;connect&apos; does not mean the server program has accepted or read anything yet.</source>
        <translation>TCP の 3 ウェイハンドシェイクが完了しました (または Unix ソケットが接続しました): ソケットは読み書きできる状態です。これより前の書き込みはキューに入っており、今送信されます。サーバー側のカーネルが自分でハンドシェイクを完了させるため、&apos;connect&apos; はサーバーのプログラムがまだ何かを受け付けたり読んだりしたことを意味しません。</translation>
    </message>
    <message>
        <source>The socket is ready to be used; emitted right after &apos;connect&apos;.</source>
        <translation>ソケットが使用可能になりました。&apos;connect&apos; の直後に発生します。</translation>
    </message>
    <message>
        <source>Node emits &apos;ready&apos; immediately after &apos;connect&apos;; it exists for streams in general. Nothing new happened on the wire.</source>
        <translation>Node は &apos;connect&apos; の直後に &apos;ready&apos; を発行します。これはストリーム一般のためのイベントです。回線上では何も新しいことは起きていません。</translation>
    </message>
    <message>
        <source>Bytes arrived from the peer; one read of what the kernel had.</source>
        <translation>ピアからバイトが届きました。カーネルが持っていた分を 1 回読んだものです。</translation>
    </message>
    <message>
        <source>One read from the kernel&apos;s receive buffer. TCP and stream Unix sockets carry a stream of bytes, not messages: one write() of the peer may arrive as several &apos;data&apos; events, and several writes may arrive as one. A protocol needs its own framing (a length prefix or a delimiter). While the socket is paused, no &apos;data&apos; is emitted and the bytes wait in the kernel (Unread in the inspector); when that fills, the peer&apos;s writes stop being accepted.</source>
        <translation>カーネルの受信バッファーからの 1 回の読み込みです。TCP とストリーム型 Unix ソケットが運ぶのはメッセージではなくバイトの流れです。ピアの 1 回の write() が複数の &apos;data&apos; イベントとして届くこともあれば、複数の書き込みが 1 つにまとまって届くこともあります。プロトコルには独自の区切り (長さのプレフィックスや区切り文字) が必要です。ソケットが一時停止している間は &apos;data&apos; は発生せず、バイトはカーネル内で待機します (インスペクターの「未読」)。それが満杯になると、ピアの書き込みは受け付けられなくなります。</translation>
    </message>
    <message>
        <source>Everything queued by write() has been handed to the kernel; write more.</source>
        <translation>write() でキューに入れたものはすべてカーネルに渡されました。さらに書き込めます。</translation>
    </message>
    <message>
        <source>write() returned false earlier because the bytes waiting in netbench (bufferSize) reached the high-water mark; now that queue is empty again. A well-behaved writer stops writing when write() returns false and continues on &apos;drain&apos; (backpressure). The bytes are in the kernel&apos;s send buffer now, which does not mean the peer has read them.</source>
        <translation>netbench 内で待機しているバイト (bufferSize) がハイウォーターマークに達したため、以前の write() は false を返しました。今そのキューは再び空になりました。行儀のよい書き手は write() が false を返したら書き込みをやめ、&apos;drain&apos; で再開します (バックプレッシャー)。バイトは今カーネルの送信バッファーにありますが、ピアがそれを読んだという意味ではありません。</translation>
    </message>
    <message>
        <source>The peer sent FIN: it will send nothing more. Our reading side is done.</source>
        <translation>ピアが FIN を送りました: これ以上何も送ってきません。こちらの読み込み側は終わりです。</translation>
    </message>
    <message>
        <source>The peer called end() (or closed its socket): its FIN arrived after all the data it had sent. Nothing more will be read. Without allowHalfOpen the socket now ends its own side too (an automatic end()) and closes once its queued writes are sent; with allowHalfOpen it stays writable (writeOnly) until end() is called. A FIN is an orderly end, not an error; a peer that crashes or resets gives ECONNRESET instead.</source>
        <translation>ピアが end() を呼びました (またはソケットを閉じました): ピアの FIN は送られたすべてのデータの後に届きました。これ以上読むものはありません。allowHalfOpen がなければ、ソケットは自分の側も終了し (自動の end())、キューの書き込みを送り終えると閉じます。allowHalfOpen があれば end() が呼ばれるまで書き込み可能 (writeOnly) のままです。FIN は正常な終了でありエラーではありません。ピアがクラッシュしたりリセットしたりした場合は、代わりに ECONNRESET になります。</translation>
    </message>
    <message>
        <source>The socket was idle for the setTimeout() time. It is NOT closed.</source>
        <translation>ソケットは setTimeout() の時間アイドル状態でした。閉じられては「いません」。</translation>
    </message>
    <message>
        <source>Nothing was read or written for the time given to setTimeout(). This is only a notification: the connection stays open and the peer sees nothing at all. To close idle connections, call end() or destroy() when this event comes. Keep-alive (setKeepAlive) is a different thing: kernel probes that detect a dead peer.</source>
        <translation>setTimeout() に指定した時間、何も読み書きされませんでした。これは通知にすぎません: 接続は開いたままで、ピアには何も見えません。アイドル状態の接続を閉じるには、このイベントが来たときに end() または destroy() を呼びます。キープアライブ (setKeepAlive) は別物で、死んだピアを検出するカーネルの確認パケットです。</translation>
    </message>
    <message>
        <source>Something failed; for a socket, &apos;close&apos; follows.</source>
        <translation>何かが失敗しました。ソケットの場合は &apos;close&apos; が続きます。</translation>
    </message>
    <message>
        <source>A system call failed or the peer broke the connection; the error&apos;s code says which. On a socket, &apos;close&apos; (with hadError true) follows at once: the connection is gone. On a server, an error of listen() (EADDRINUSE, EACCES) leaves the server not listening, and &apos;close&apos; does not follow unless close() is called.</source>
        <translation>システムコールが失敗したか、ピアが接続を切断しました。どちらかはエラーのコードでわかります。ソケットではただちに &apos;close&apos; (hadError が true) が続き、接続は失われます。サーバーでは、listen() のエラー (EADDRINUSE、EACCES) によりサーバーは待ち受けていない状態になり、close() を呼ばない限り &apos;close&apos; は続きません。</translation>
    </message>
    <message>
        <source>Fully closed: the descriptor is released; nothing more will happen.</source>
        <translation>完全に閉じました: ディスクリプターは解放され、これ以上何も起きません。</translation>
    </message>
    <message>
        <source>The last event of a socket or a server. For a socket, hadError says whether an error caused it. The kernel may still be finishing the TCP shutdown (TIME_WAIT) but the program is done with it. A server emits &apos;close&apos; after close() once all its accepted connections have closed too.</source>
        <translation>ソケットまたはサーバーの最後のイベントです。ソケットの場合、hadError はエラーが原因かどうかを示します。カーネルはまだ TCP の終了処理 (TIME_WAIT) を続けているかもしれませんが、プログラムとしては終わりです。サーバーは close() の後、受け付けたすべての接続も閉じてから &apos;close&apos; を発行します。</translation>
    </message>
    <message>
        <source>The server is closed: close() was called and its last connection has closed.</source>
        <translation>サーバーは閉じました: close() が呼ばれ、最後の接続も閉じました。</translation>
    </message>
    <message>
        <source>close() stopped the listening at once, but the server&apos;s &apos;close&apos; waits until every connection it accepted has closed too. New clients were refused from the moment of close(); existing ones were never disturbed.</source>
        <translation>close() は待ち受けをただちに停止しましたが、サーバーの &apos;close&apos; は受け付けたすべての接続が閉じるまで待ちます。新しいクライアントは close() の時点から拒否され、既存のクライアントは一切影響を受けませんでした。</translation>
    </message>
    <message>
        <source>The server failed, usually in listen(); it is not listening.</source>
        <translation>サーバーが失敗しました (通常は listen() で)。待ち受けていません。</translation>
    </message>
    <message>
        <source>Most often listen() failed (EADDRINUSE, EACCES, EADDRNOTAVAIL). Unlike a socket&apos;s error, no &apos;close&apos; follows by itself: the server simply is not listening, and listen() may be called again. No client saw anything.</source>
        <translation>多くの場合 listen() が失敗しています (EADDRINUSE、EACCES、EADDRNOTAVAIL)。ソケットのエラーと違い、&apos;close&apos; は自動では続きません: サーバーは単に待ち受けていないだけで、listen() を再び呼べます。どのクライアントにも何も見えていません。</translation>
    </message>
    <message>
        <source>A connection was dropped because maxConnections was reached.</source>
        <translation>maxConnections に達したため、接続が切断されました。</translation>
    </message>
    <message>
        <source>The server already had maxConnections connections, so it accepted this one and closed it at once. The client saw its connection succeed and then end (or reset if it had sent data). Raise maxConnections or close idle connections.</source>
        <translation>サーバーはすでに maxConnections 個の接続を持っていたので、この接続を受け付けてすぐに閉じました。クライアントからは接続が成功してから終了したように見えます (データを送っていればリセット)。maxConnections を増やすか、アイドル状態の接続を閉じてください。</translation>
    </message>
    <message>
        <source>server.listen(): bind an address or path and start accepting.</source>
        <translation>server.listen(): アドレスまたはパスをバインドし、受け付けを開始します。</translation>
    </message>
    <message>
        <source>Asks the kernel to bind the address (or Unix socket path) and listen. It succeeds with &apos;listening&apos; or fails with &apos;error&apos;: EADDRINUSE when another socket has the address, EACCES for ports below 1024 without privilege or a path in a folder you cannot write.</source>
        <translation>カーネルにアドレス (または Unix ソケットのパス) のバインドと待ち受けを依頼します。成功すると &apos;listening&apos;、失敗すると &apos;error&apos; になります: 別のソケットがそのアドレスを使っていれば EADDRINUSE、権限なしで 1024 未満のポートを使うか書き込めないフォルダーのパスなら EACCES です。</translation>
    </message>
    <message>
        <source>socket.connect(): start a connection; &apos;connect&apos; or &apos;error&apos; follows.</source>
        <translation>socket.connect(): 接続を開始します。&apos;connect&apos; または &apos;error&apos; が続きます。</translation>
    </message>
    <message>
        <source>Starts connecting: a name lookup if a host name was given, then a SYN to the server (or a connect on the Unix socket path). The result comes later: &apos;connect&apos;, or &apos;error&apos; with ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</source>
        <translation>接続を開始します: ホスト名が指定されていれば名前解決をし、次にサーバーへ SYN を送ります (または Unix ソケットのパスに接続します)。結果は後で届きます: &apos;connect&apos;、または ECONNREFUSED、ETIMEDOUT、ENOTFOUND、ENOENT などの &apos;error&apos; です。</translation>
    </message>
    <message>
        <source>socket.write(): queue bytes to send; false means slow down and wait for &apos;drain&apos;.</source>
        <translation>socket.write(): 送信するバイトをキューに入れます。false なら速度を落として &apos;drain&apos; を待ちます。</translation>
    </message>
    <message>
        <source>Hands bytes to the socket. They go to the kernel&apos;s send buffer at once when it has room, otherwise they wait in netbench&apos;s queue (bufferSize). write() returns false when that queue reached the high-water mark: keep writing and memory grows; the right answer is to wait for &apos;drain&apos;. A successful write only means the kernel took the bytes, not that the peer received or read them. Writing after end() fails with ERR_STREAM_WRITE_AFTER_END; writing to a connection the peer has closed gives EPIPE or ECONNRESET.</source>
        <translation>バイトをソケットに渡します。カーネルの送信バッファーに空きがあればすぐにそこへ入り、なければ netbench のキュー (bufferSize) で待ちます。そのキューがハイウォーターマークに達すると write() は false を返します: 書き続けるとメモリーが増えるので、&apos;drain&apos; を待つのが正しい対応です。書き込みの成功はカーネルがバイトを受け取ったことを意味するだけで、ピアが受信したり読んだりしたことではありません。end() の後の書き込みは ERR_STREAM_WRITE_AFTER_END で失敗し、ピアが閉じた接続への書き込みは EPIPE または ECONNRESET になります。</translation>
    </message>
    <message>
        <source>socket.end(): send FIN after queued data. The peer gets &apos;end&apos;; we can still read.</source>
        <translation>socket.end(): キューのデータの後に FIN を送ります。ピアには &apos;end&apos; が届き、こちらはまだ読めます。</translation>
    </message>
    <message>
        <source>Half-closes the connection: once all queued writes are sent, a FIN follows them. The peer reads everything and then gets &apos;end&apos;. Our side can still receive (readOnly) until the peer ends too, then the socket closes. This is the polite way to finish. An &apos;end()&apos; marked auto was made by netbench itself because the peer ended and allowHalfOpen is false.</source>
        <translation>接続をハーフクローズします: キューの書き込みがすべて送信されると、その後に FIN が続きます。ピアはすべてを読んでから &apos;end&apos; を受け取ります。こちら側はピアも終了するまで受信でき (readOnly)、その後ソケットは閉じます。これが丁寧な終わり方です。自動と表示された &apos;end()&apos; は、ピアが終了し allowHalfOpen が false だったため netbench 自身が行ったものです。</translation>
    </message>
    <message>
        <source>socket.destroy(): close now; queued data is dropped. The peer normally sees FIN (&apos;end&apos;).</source>
        <translation>socket.destroy(): ただちに閉じます。キューのデータは破棄されます。ピアには通常 FIN (&apos;end&apos;) が届きます。</translation>
    </message>
    <message>
        <source>Closes the socket at once: writes still queued in netbench are discarded and the descriptor is closed. The kernel still sends what it already had, then a FIN, so the peer sees a normal &apos;end&apos;, not an error; only if unread bytes were waiting in our receive buffer does Linux send an RST instead (the peer gets ECONNRESET). If the peer writes afterwards, our kernel answers with RST and the peer&apos;s write fails with EPIPE or ECONNRESET. destroy(error) behaves the same on the wire: the error is emitted only locally, the peer still sees a clean FIN. To make the peer see a reset, use resetAndDestroy().</source>
        <translation>ソケットをただちに閉じます: netbench のキューに残っている書き込みは破棄され、ディスクリプターは閉じられます。カーネルはすでに持っていた分を送り、続いて FIN を送るので、ピアに見えるのはエラーではなく通常の &apos;end&apos; です。こちらの受信バッファーに未読のバイトが残っていた場合に限り、Linux は代わりに RST を送ります (ピアには ECONNRESET)。その後にピアが書き込むと、こちらのカーネルは RST で応答し、ピアの書き込みは EPIPE または ECONNRESET で失敗します。destroy(error) も回線上では同じ動作です: エラーはローカルにだけ発行され、ピアには正常な FIN が見えます。ピアにリセットを見せるには resetAndDestroy() を使います。</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with an RST. The peer gets ECONNRESET.</source>
        <translation>socket.resetAndDestroy(): RST で中断します。ピアには ECONNRESET が届きます。</translation>
    </message>
    <message>
        <source>Closes the TCP connection abortively (SO_LINGER 0): the kernel throws away what it had not sent and sends an RST instead of a FIN. The peer&apos;s next read fails with ECONNRESET and data still in flight is lost. Only TCP sockets can be reset; on a Unix socket it throws ERR_INVALID_HANDLE_TYPE.</source>
        <translation>TCP 接続を異常終了させます (SO_LINGER 0): カーネルは未送信の分を捨て、FIN の代わりに RST を送ります。ピアの次の読み込みは ECONNRESET で失敗し、転送中のデータは失われます。リセットできるのは TCP ソケットだけで、Unix ソケットでは ERR_INVALID_HANDLE_TYPE が投げられます。</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; incoming bytes wait in the kernel.</source>
        <translation>socket.pause(): 読み込みを停止します。届くバイトはカーネル内で待機します。</translation>
    </message>
    <message>
        <source>No more &apos;data&apos; events until resume(). Bytes keep arriving into the kernel&apos;s receive buffer (Unread in the inspector); when it is full, TCP advertises a zero window and the peer&apos;s kernel stops sending, so the peer&apos;s writes pile up in its own send buffer and then its write() returns false. This is backpressure travelling across the connection.</source>
        <translation>resume() まで &apos;data&apos; イベントは発生しません。バイトはカーネルの受信バッファーに届き続けます (インスペクターの「未読」)。それが満杯になると TCP はゼロウィンドウを通知し、ピアのカーネルは送信を止めます。そのためピアの書き込みはピア自身の送信バッファーにたまり、やがてピアの write() が false を返します。これが接続を越えて伝わるバックプレッシャーです。</translation>
    </message>
    <message>
        <source>socket.resume(): read again after pause().</source>
        <translation>socket.resume(): pause() の後に読み込みを再開します。</translation>
    </message>
    <message>
        <source>Reading starts again: what waited in the kernel&apos;s receive buffer comes as &apos;data&apos; events, the window opens and the peer&apos;s queued bytes flow again (its &apos;drain&apos; may follow).</source>
        <translation>読み込みが再開されます: カーネルの受信バッファーで待っていたものが &apos;data&apos; イベントとして届き、ウィンドウが開いてピアのキューのバイトが再び流れ出します (ピアの &apos;drain&apos; が続くこともあります)。</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off (true) or on (false).</source>
        <translation>socket.setNoDelay(): Nagle アルゴリズムを無効 (true) または有効 (false) にします。</translation>
    </message>
    <message>
        <source>Sets TCP_NODELAY. With Nagle&apos;s algorithm on, a small segment is held back while earlier data is unacknowledged, so many small writes are coalesced into fewer segments; combined with the peer&apos;s delayed ACK, a write-write-read pattern can stall for tens of milliseconds. noDelay sends each write at once. Compare the data segment counters of the inspector. Unix sockets have no Nagle at all.</source>
        <translation>TCP_NODELAY を設定します。Nagle アルゴリズムが有効な場合、先のデータが未確認応答の間は小さなセグメントが保留されるため、多数の小さな書き込みがより少ないセグメントにまとめられます。ピアの遅延 ACK と組み合わさると、書き込み・書き込み・読み込みのパターンが数十ミリ秒止まることがあります。noDelay なら書き込みごとにすぐ送信します。インスペクターのデータセグメント数を比べてみてください。Unix ソケットには Nagle はありません。</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): let the kernel probe an idle connection to detect a dead peer.</source>
        <translation>socket.setKeepAlive(): アイドル状態の接続をカーネルに確認させ、死んだピアを検出します。</translation>
    </message>
    <message>
        <source>Sets SO_KEEPALIVE and the idle time before the first probe (TCP_KEEPIDLE). After that idle time the kernel sends empty probes; if the peer&apos;s host does not answer several of them, the connection fails with ETIMEDOUT. A live peer answers without its program noticing anything. This is not the idle timeout of setTimeout().</source>
        <translation>SO_KEEPALIVE と、最初の確認までのアイドル時間 (TCP_KEEPIDLE) を設定します。そのアイドル時間が過ぎるとカーネルは空の確認パケットを送り、ピアのホストが何度も応答しなければ接続は ETIMEDOUT で失敗します。生きているピアは、プログラムが何も気づかないまま応答します。これは setTimeout() のアイドルタイムアウトとは別物です。</translation>
    </message>
    <message>
        <source>socket.setTimeout(): emit &apos;timeout&apos; after this much idle time (0 turns it off).</source>
        <translation>socket.setTimeout(): この時間アイドル状態が続くと &apos;timeout&apos; を発行します (0 で無効)。</translation>
    </message>
    <message>
        <source>Arms an inactivity timer: when nothing was read or written for that many milliseconds, &apos;timeout&apos; is emitted. It does not close the socket and sends nothing to the peer; the program decides what to do.</source>
        <translation>無活動タイマーを設定します: その時間 (ミリ秒) 何も読み書きされなければ &apos;timeout&apos; が発行されます。ソケットは閉じず、ピアには何も送りません。どうするかはプログラムが決めます。</translation>
    </message>
    <message>
        <source>socket.setEncoding(): deliver &apos;data&apos; as decoded text instead of bytes.</source>
        <translation>socket.setEncoding(): &apos;data&apos; をバイトではなくデコードしたテキストとして渡します。</translation>
    </message>
    <message>
        <source>Received bytes are decoded (utf8, latin1, hex, base64, ...) before &apos;data&apos;. A character split across two chunks is held back until it is complete. Nothing changes on the wire.</source>
        <translation>受信したバイトは &apos;data&apos; の前にデコードされます (utf8、latin1、hex、base64 など)。2 つのチャンクにまたがる文字は、完成するまで保留されます。回線上では何も変わりません。</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; existing connections stay open.</source>
        <translation>server.close(): 受け付けを停止します。既存の接続は開いたままです。</translation>
    </message>
    <message>
        <source>The listening socket is closed, so new clients get ECONNREFUSED (TCP) or ENOENT (a Unix socket, whose path is removed). Connections already accepted are not touched; the server&apos;s &apos;close&apos; comes when the last of them has closed.</source>
        <translation>待ち受けソケットが閉じられるので、新しいクライアントには ECONNREFUSED (TCP) または ENOENT (Unix ソケット。パスは削除されます) が返ります。すでに受け付けた接続には影響しません。サーバーの &apos;close&apos; は最後の接続が閉じたときに来ます。</translation>
    </message>
    <message>
        <source>ref(): this endpoint keeps the program running again.</source>
        <translation>ref(): このエンドポイントが再びプログラムを動かし続けます。</translation>
    </message>
    <message>
        <source>The default. A program (a script) does not exit while a referenced server or socket is open. Nothing changes on the wire.</source>
        <translation>既定の状態です。参照されているサーバーやソケットが開いている間、プログラム (スクリプト) は終了しません。回線上では何も変わりません。</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the program running again.</source>
        <translation>server.ref(): リスナーが再びプログラムを動かし続けます。</translation>
    </message>
    <message>
        <source>The default. A script does not exit while a referenced server listens. Nothing changes for clients.</source>
        <translation>既定の状態です。参照されているサーバーが待ち受けている間、スクリプトは終了しません。クライアントには何も変わりません。</translation>
    </message>
    <message>
        <source>server.unref(): the listener no longer keeps the program running.</source>
        <translation>server.unref(): リスナーはもうプログラムを動かし続けません。</translation>
    </message>
    <message>
        <source>A script may exit while this server still listens (it is closed with the process). Nothing changes for clients.</source>
        <translation>このサーバーが待ち受けていてもスクリプトは終了できます (サーバーはプロセスとともに閉じられます)。クライアントには何も変わりません。</translation>
    </message>
    <message>
        <source>unref(): this endpoint no longer keeps the program running.</source>
        <translation>unref(): このエンドポイントはもうプログラムを動かし続けません。</translation>
    </message>
    <message>
        <source>A script may exit even though this server or socket is still open (it is then closed with the process). Nothing changes on the wire.</source>
        <translation>このサーバーやソケットが開いていてもスクリプトは終了できます (その場合プロセスとともに閉じられます)。回線上では何も変わりません。</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that address and port (or path).</source>
        <translation>接続が拒否されました: そのアドレスとポート (またはパス) で待ち受けているものはありません。</translation>
    </message>
    <message>
        <source>The SYN reached the other host, and its kernel answered with an RST because no socket listens on that port (for a Unix socket: the path exists but nobody listens on it). The server program never saw anything. Usual causes: the server is not started yet or has stopped, a wrong port, or it listens on another address (127.0.0.1 versus ::1 when &apos;localhost&apos; resolves to IPv6, or only on another interface). Try: check the port and address of the listener (&apos;ss -ltn&apos;), connect to 127.0.0.1 explicitly, start the listener first. A firewall that rejects also gives this; one that silently drops gives ETIMEDOUT.</source>
        <translation>SYN はピアのホストに届きましたが、そのポートで待ち受けているソケットがないため、カーネルが RST で応答しました (Unix ソケットの場合: パスは存在するが誰も待ち受けていない)。サーバーのプログラムには何も見えていません。よくある原因: サーバーがまだ起動していないか停止している、ポートの間違い、別のアドレスで待ち受けている (&apos;localhost&apos; が IPv6 に解決されるときの 127.0.0.1 と ::1 の違い、または別のインターフェースのみ)。試すこと: リスナーのポートとアドレスを確認する (&apos;ss -ltn&apos;)、明示的に 127.0.0.1 へ接続する、先にリスナーを起動する。拒否するファイアウォールでもこうなります。黙って破棄するファイアウォールなら ETIMEDOUT になります。</translation>
    </message>
    <message>
        <source>Address already in use: another socket has bound this address and port (or path).</source>
        <translation>アドレスは使用中です: 別のソケットがこのアドレスとポート (またはパス) をバインドしています。</translation>
    </message>
    <message>
        <source>listen() failed because the address is taken: another program (or another listener in netbench) listens on that port, or a Unix socket file exists at the path. Clients are not affected; they reach whoever holds the address. Usual causes: a previous run still running, two listeners on the same port, a leftover socket file after a crash. Try: &apos;ss -ltnp&apos; to see who holds the port, port 0 to let the kernel choose a free one, removing a stale socket file. Connections in TIME_WAIT do not block a new listener here because netbench sets SO_REUSEADDR, as Node does.</source>
        <translation>アドレスが使われているため listen() が失敗しました: 別のプログラム (または netbench の別のリスナー) がそのポートで待ち受けているか、パスに Unix ソケットのファイルが存在します。クライアントには影響せず、アドレスを持っている側につながります。よくある原因: 前回の実行がまだ動いている、同じポートに 2 つのリスナー、クラッシュ後に残ったソケットファイル。試すこと: &apos;ss -ltnp&apos; でポートを使っているものを調べる、ポート 0 でカーネルに空きポートを選ばせる、古いソケットファイルを削除する。netbench は Node と同じく SO_REUSEADDR を設定するので、TIME_WAIT の接続はここでは新しいリスナーを妨げません。</translation>
    </message>
    <message>
        <source>Connection reset by peer: the peer aborted the connection with an RST.</source>
        <translation>接続がピアによってリセットされました: ピアが RST で接続を中断しました。</translation>
    </message>
    <message>
        <source>An RST arrived: the peer&apos;s kernel declared the connection dead, and data in flight is lost. Unlike a FIN (&apos;end&apos;), this is abortive. Usual causes: the peer called resetAndDestroy() or set SO_LINGER 0; the peer closed its socket while unread data was still in its receive buffer; we sent data to a connection the peer had already closed; the peer process crashed or its host rebooted; a middlebox killed the connection. Try: treat it as &apos;the peer went away&apos; and reconnect if needed; if you control the peer, make it read everything and end() instead of closing abruptly.</source>
        <translation>RST が届きました: ピアのカーネルが接続を無効と宣言し、転送中のデータは失われました。FIN (&apos;end&apos;) と違い、これは異常終了です。よくある原因: ピアが resetAndDestroy() を呼んだか SO_LINGER 0 を設定した、ピアが受信バッファーに未読データを残したままソケットを閉じた、ピアがすでに閉じた接続にこちらがデータを送った、ピアのプロセスがクラッシュしたかホストが再起動した、中間装置が接続を切った。試すこと: 「ピアがいなくなった」として扱い、必要なら再接続する。ピアを制御できるなら、突然閉じずにすべてを読んでから end() するようにする。</translation>
    </message>
    <message>
        <source>Broken pipe: we wrote to a connection whose other end is already closed.</source>
        <translation>パイプが切断されました: ピア側がすでに閉じている接続に書き込みました。</translation>
    </message>
    <message>
        <source>A write failed because the connection can no longer carry data: the peer has closed (its FIN came, then its kernel answered our data with an RST), or our own side was shut down. On Linux, when the peer has ended and then resets, the write reports EPIPE; when the reset comes while both sides were open, it is ECONNRESET. The bytes were not delivered. Usual cause: writing after the peer&apos;s &apos;end&apos; with allowHalfOpen, or writing to a peer that destroyed its socket. Try: stop writing when &apos;end&apos; comes unless the peer really keeps reading (a half-close by end(), not a close).</source>
        <translation>接続がもうデータを運べないため、書き込みが失敗しました: ピアが閉じた (ピアの FIN が来て、その後ピアのカーネルがこちらのデータに RST で応答した) か、こちら側がシャットダウンされました。Linux では、ピアが終了してからリセットした場合の書き込みは EPIPE を、双方が開いている間にリセットが来た場合は ECONNRESET を報告します。バイトは届いていません。よくある原因: allowHalfOpen でピアの &apos;end&apos; の後に書き込んだ、ソケットを破棄したピアに書き込んだ。試すこと: ピアが本当に読み続けている (close ではなく end() によるハーフクローズ) のでない限り、&apos;end&apos; が来たら書き込みをやめる。</translation>
    </message>
    <message>
        <source>Timed out: the peer&apos;s host did not answer (connect, retransmissions or keep-alive).</source>
        <translation>タイムアウト: ピアのホストが応答しませんでした (接続、再送、またはキープアライブ)。</translation>
    </message>
    <message>
        <source>The kernel gave up waiting: the SYN of connect() was never answered, or sent data was never acknowledged after many retransmissions, or keep-alive probes went unanswered. The peer is unreachable or gone without a trace, or a firewall drops packets silently. This is not the &apos;timeout&apos; event of setTimeout(), which never fails anything. Try: check the address and that the host is up, look for a firewall that drops instead of rejecting (a rejecting one gives ECONNREFUSED).</source>
        <translation>カーネルが待つのをあきらめました: connect() の SYN に応答がなかった、送信したデータが何度再送しても確認応答されなかった、またはキープアライブの確認パケットに応答がありませんでした。ピアに到達できないか、痕跡なく消えたか、ファイアウォールがパケットを黙って破棄しています。これは setTimeout() の &apos;timeout&apos; イベントとは違います (あちらは何も失敗させません)。試すこと: アドレスとホストが起動していることを確認する、拒否ではなく破棄するファイアウォールを探す (拒否するものなら ECONNREFUSED になります)。</translation>
    </message>
    <message>
        <source>Host not found: the name could not be resolved to an address.</source>
        <translation>ホストが見つかりません: 名前をアドレスに解決できませんでした。</translation>
    </message>
    <message>
        <source>The name lookup (getaddrinfo: /etc/hosts, then DNS) found no address for the host (EAI_NONAME or EAI_NODATA), so no connection was even attempted and no peer saw anything. Usual causes: a typo in the host name, a name that exists only on another network, a missing /etc/hosts entry, no DNS. Try: &apos;getent hosts NAME&apos;, or connect to an IP address such as 127.0.0.1.</source>
        <translation>名前解決 (getaddrinfo: /etc/hosts、次に DNS) でホストのアドレスが見つからなかった (EAI_NONAME または EAI_NODATA) ため、接続は試行すらされず、どのピアにも何も見えていません。よくある原因: ホスト名の入力ミス、別のネットワークにしか存在しない名前、/etc/hosts のエントリーの欠落、DNS がない。試すこと: &apos;getent hosts NAME&apos;、または 127.0.0.1 などの IP アドレスに接続する。</translation>
    </message>
    <message>
        <source>Permission denied: not allowed to bind this port or use this path.</source>
        <translation>アクセスが拒否されました: このポートのバインドやこのパスの使用は許可されていません。</translation>
    </message>
    <message>
        <source>The kernel refused the operation for lack of permission. For TCP: binding a port below 1024 needs root or CAP_NET_BIND_SERVICE. For a Unix socket: creating the socket file needs write access to its folder, and connecting needs write permission on the socket file. Nobody else saw anything. Try: a port of 1024 or more, a folder you own (the temporary folder), or fix the file&apos;s permissions.</source>
        <translation>権限がないため、カーネルが操作を拒否しました。TCP の場合: 1024 未満のポートのバインドには root または CAP_NET_BIND_SERVICE が必要です。Unix ソケットの場合: ソケットファイルの作成にはそのフォルダーへの書き込み権限が、接続にはソケットファイルへの書き込み権限が必要です。ほかには誰にも何も見えていません。試すこと: 1024 以上のポート、自分が所有するフォルダー (一時フォルダー)、またはファイルの権限を修正する。</translation>
    </message>
    <message>
        <source>No such file or directory: the Unix socket path does not exist.</source>
        <translation>そのようなファイルやディレクトリはありません: Unix ソケットのパスが存在しません。</translation>
    </message>
    <message>
        <source>Connecting to a Unix socket whose path does not exist (no server created it, or it was removed when its server closed), or listening on a path whose folder does not exist. Try: start the listener first, check the path (it is relative to the current folder unless it starts with &apos;/&apos;).</source>
        <translation>パスが存在しない Unix ソケットに接続しようとした (どのサーバーも作成していない、またはサーバーが閉じたときに削除された) か、フォルダーが存在しないパスで待ち受けようとしました。試すこと: 先にリスナーを起動する、パスを確認する (&apos;/&apos; で始まらない限り現在のフォルダーからの相対パスです)。</translation>
    </message>
    <message>
        <source>Too many open files: this process used up its file descriptors.</source>
        <translation>開いているファイルが多すぎます: このプロセスはファイルディスクリプターを使い切りました。</translation>
    </message>
    <message>
        <source>Every socket uses a file descriptor, and the process reached its limit (ulimit -n, often 1024). New sockets cannot be created and a server cannot accept: waiting clients stay in the backlog and may time out. Usual causes: connections that are never closed (a leak), or simply many clients. Try: close connections you no longer need, check for leaks, raise the limit with &apos;ulimit -n&apos;.</source>
        <translation>ソケットはそれぞれファイルディスクリプターを使い、プロセスはその上限 (ulimit -n、多くは 1024) に達しました。新しいソケットは作成できず、サーバーは受け付けられません。待っているクライアントはバックログにとどまり、タイムアウトすることがあります。よくある原因: 閉じられない接続 (リーク)、または単にクライアントが多い。試すこと: 不要になった接続を閉じる、リークを調べる、&apos;ulimit -n&apos; で上限を上げる。</translation>
    </message>
    <message>
        <source>Connection aborted: the connection died before it could be used (often before accept).</source>
        <translation>接続が中断されました: 接続は使用される前 (多くは accept の前) に失われました。</translation>
    </message>
    <message>
        <source>The kernel aborted a connection locally, for example one that failed while accept() was taking it from the backlog (rare on Linux, which usually hands the connection over and reports ECONNRESET on its first read instead). The server goes on accepting. Try: nothing on the server side; look at why the client gave up.</source>
        <translation>カーネルがローカルで接続を中断しました。たとえば accept() がバックログから取り出している間に失敗した接続です (Linux ではまれで、通常は接続を渡してから最初の読み込みで ECONNRESET を報告します)。サーバーは受け付けを続けます。試すこと: サーバー側では何もしなくてよい。クライアントがあきらめた理由を調べる。</translation>
    </message>
    <message>
        <source>Host unreachable: no route to that host.</source>
        <translation>ホストに到達できません: そのホストへの経路がありません。</translation>
    </message>
    <message>
        <source>The packets could not be delivered to the host: no route, or a router or the host answered &apos;host unreachable&apos; (ICMP), or the host did not answer ARP on the local network. The peer saw nothing. Try: check the address, that the host is up and on a network you can reach.</source>
        <translation>パケットをホストに届けられませんでした: 経路がない、ルーターまたはホストが「ホスト到達不能」(ICMP) と応答した、あるいはローカルネットワーク上でホストが ARP に応答しませんでした。ピアには何も見えていません。試すこと: アドレスを確認し、ホストが起動していて到達できるネットワーク上にあることを確認する。</translation>
    </message>
    <message>
        <source>Network unreachable: no route to that network.</source>
        <translation>ネットワークに到達できません: そのネットワークへの経路がありません。</translation>
    </message>
    <message>
        <source>This machine has no route to the destination network: no default gateway, the interface is down, or an IPv6 address without IPv6 connectivity. Nothing was sent. Try: check the address family (IPv4 or IPv6) and the machine&apos;s network configuration.</source>
        <translation>このマシンには宛先ネットワークへの経路がありません: デフォルトゲートウェイがない、インターフェースがダウンしている、または IPv6 接続性がないのに IPv6 アドレスを使っています。何も送信されていません。試すこと: アドレスファミリー (IPv4 か IPv6 か) とマシンのネットワーク設定を確認する。</translation>
    </message>
    <message>
        <source>Address not available: this machine does not have that local address (or ran out of ports).</source>
        <translation>アドレスを使用できません: このマシンにはそのローカルアドレスがありません (またはポートを使い切りました)。</translation>
    </message>
    <message>
        <source>Binding asked for an IP address that no interface of this machine has (a listener on another machine&apos;s address, or a localAddress that is not local), or connect() found no free local port for this destination. Try: listen on 127.0.0.1, ::1, 0.0.0.0 or an address &apos;ip addr&apos; shows; with many short connections, let TIME_WAIT ones expire.</source>
        <translation>このマシンのどのインターフェースにもない IP アドレスのバインドが要求された (別のマシンのアドレスでのリスナー、またはローカルでない localAddress) か、connect() がこの宛先に使える空きローカルポートを見つけられませんでした。試すこと: 127.0.0.1、::1、0.0.0.0、または &apos;ip addr&apos; に表示されるアドレスで待ち受ける。短い接続が多い場合は TIME_WAIT の接続が期限切れになるのを待つ。</translation>
    </message>
    <message>
        <source>Address family not supported (for example IPv6 disabled on this machine).</source>
        <translation>サポートされていないアドレスファミリーです (たとえばこのマシンで IPv6 が無効)。</translation>
    </message>
    <message>
        <source>The kernel cannot create or use a socket of that address family, usually because IPv6 is disabled. Try the IPv4 address instead.</source>
        <translation>カーネルはそのアドレスファミリーのソケットを作成または使用できません。通常は IPv6 が無効になっているためです。代わりに IPv4 アドレスを試してください。</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable: try again later.</source>
        <translation>リソースが一時的に利用できません: 後でもう一度試してください。</translation>
    </message>
    <message>
        <source>A non-blocking operation could not proceed now. netbench normally waits and retries itself; when reported, a kernel resource was short (for a Unix socket connect: the listener&apos;s backlog is full).</source>
        <translation>ノンブロッキング操作を今は進められませんでした。通常 netbench は自分で待って再試行します。報告された場合はカーネルのリソースが不足しています (Unix ソケットの接続なら: リスナーのバックログが満杯)。</translation>
    </message>
    <message>
        <source>A connection attempt is already in progress on this socket.</source>
        <translation>このソケットではすでに接続試行が進行中です。</translation>
    </message>
    <message>
        <source>connect() was called again while the first attempt had not finished. Wait for &apos;connect&apos; or &apos;error&apos; before connecting again.</source>
        <translation>最初の試行が終わらないうちに connect() が再び呼ばれました。再び接続する前に &apos;connect&apos; または &apos;error&apos; を待ってください。</translation>
    </message>
    <message>
        <source>Bad file descriptor: the descriptor is not open.</source>
        <translation>不正なファイルディスクリプター: ディスクリプターは開いていません。</translation>
    </message>
    <message>
        <source>An operation used a descriptor that is closed or was never valid, for example listen({fd}) with a number that is not open. Check the descriptor passed in.</source>
        <translation>閉じているか、もともと無効なディスクリプターが操作に使われました。たとえば開いていない番号での listen({fd}) です。渡したディスクリプターを確認してください。</translation>
    </message>
    <message>
        <source>Invalid argument: the kernel rejected a parameter of the call.</source>
        <translation>無効な引数: カーネルが呼び出しのパラメーターを拒否しました。</translation>
    </message>
    <message>
        <source>The kernel found an argument invalid for the socket&apos;s state or type, such as listening on a socket that is already connected or a bad option value. Look at the syscall named in the error.</source>
        <translation>カーネルが、ソケットの状態や種類に対して無効な引数を見つけました。たとえばすでに接続済みのソケットでの待ち受けや、不正なオプション値です。エラーに示された syscall を確認してください。</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>ソケットはすでに接続されています。</translation>
    </message>
    <message>
        <source>connect() on a socket that already has a connection. Use a new socket for a new connection.</source>
        <translation>すでに接続を持つソケットで connect() が呼ばれました。新しい接続には新しいソケットを使ってください。</translation>
    </message>
    <message>
        <source>Too many open files in the whole system.</source>
        <translation>システム全体で開いているファイルが多すぎます。</translation>
    </message>
    <message>
        <source>The system-wide limit of open files was reached (fs.file-max), not only this process&apos;s. Other programs are affected too. Close connections or raise the system limit.</source>
        <translation>このプロセスだけでなく、システム全体の開いているファイルの上限 (fs.file-max) に達しました。ほかのプログラムも影響を受けます。接続を閉じるか、システムの上限を上げてください。</translation>
    </message>
    <message>
        <source>Name too long: the Unix socket path exceeds the limit (107 bytes on Linux).</source>
        <translation>名前が長すぎます: Unix ソケットのパスが上限 (Linux では 107 バイト) を超えています。</translation>
    </message>
    <message>
        <source>A Unix socket address holds at most 107 bytes of path on Linux (sun_path). Use a shorter path, for example in /tmp or relative to the current folder.</source>
        <translation>Linux では Unix ソケットのアドレスに入るパスは最大 107 バイトです (sun_path)。/tmp 内や現在のフォルダーからの相対パスなど、短いパスを使ってください。</translation>
    </message>
    <message>
        <source>Network is down: the interface in use is down.</source>
        <translation>ネットワークがダウンしています: 使用中のインターフェースがダウンしています。</translation>
    </message>
    <message>
        <source>The network interface needed for this connection is down. Check the interface and connectivity.</source>
        <translation>この接続に必要なネットワークインターフェースがダウンしています。インターフェースと接続性を確認してください。</translation>
    </message>
    <message>
        <source>No buffer space available: the kernel is short of memory for sockets.</source>
        <translation>バッファー領域がありません: カーネルのソケット用メモリーが不足しています。</translation>
    </message>
    <message>
        <source>The kernel could not allocate buffers for the operation, usually under heavy load or with very many sockets. Reduce the number of connections or buffer sizes.</source>
        <translation>カーネルが操作用のバッファーを確保できませんでした。通常は高負荷時や非常に多くのソケットがあるときです。接続数またはバッファーサイズを減らしてください。</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>メモリーが不足しています。</translation>
    </message>
    <message>
        <source>The kernel or the process ran out of memory for this operation. Reduce the load or the amount of queued data (watch bufferSize).</source>
        <translation>カーネルまたはプロセスがこの操作のためのメモリーを使い果たしました。負荷かキューのデータ量を減らしてください (bufferSize に注意)。</translation>
    </message>
    <message>
        <source>The socket is not connected.</source>
        <translation>ソケットは接続されていません。</translation>
    </message>
    <message>
        <source>An operation that needs a connection (reading the peer&apos;s address, shutdown) was made on a socket that is not, or no longer, connected, for example after a reset.</source>
        <translation>接続を必要とする操作 (ピアのアドレスの読み取り、シャットダウン) が、接続されていない、またはもう接続されていないソケットで行われました。たとえばリセットの後です。</translation>
    </message>
    <message>
        <source>Not a socket: the descriptor refers to something else.</source>
        <translation>ソケットではありません: ディスクリプターは別のものを指しています。</translation>
    </message>
    <message>
        <source>A descriptor given to netbench (listen({fd})) is a file or pipe, not a socket.</source>
        <translation>netbench に渡されたディスクリプター (listen({fd})) はソケットではなく、ファイルかパイプです。</translation>
    </message>
    <message>
        <source>Operation not supported on this socket.</source>
        <translation>このソケットではサポートされていない操作です。</translation>
    </message>
    <message>
        <source>The socket type does not support the operation (for example an option that only TCP has, used on a Unix socket).</source>
        <translation>ソケットの種類がその操作をサポートしていません (たとえば TCP にしかないオプションを Unix ソケットで使った)。</translation>
    </message>
    <message>
        <source>Operation not permitted: needs privileges, or a firewall refused it.</source>
        <translation>操作は許可されていません: 権限が必要か、ファイアウォールが拒否しました。</translation>
    </message>
    <message>
        <source>The kernel refused the operation: it needs privileges this process lacks, or a local firewall rule (netfilter) rejected the packet. Check firewall rules and privileges.</source>
        <translation>カーネルが操作を拒否しました: このプロセスにない権限が必要か、ローカルのファイアウォールルール (netfilter) がパケットを拒否しました。ファイアウォールのルールと権限を確認してください。</translation>
    </message>
    <message>
        <source>Protocol error.</source>
        <translation>プロトコルエラー。</translation>
    </message>
    <message>
        <source>The kernel met a protocol error, for example a connection that failed while it was being accepted. Usually transient; the server keeps accepting.</source>
        <translation>カーネルがプロトコルエラーに遭遇しました。たとえば受け付け中に失敗した接続です。通常は一時的なもので、サーバーは受け付けを続けます。</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>サポートされていないプロトコルです。</translation>
    </message>
    <message>
        <source>The kernel does not support the protocol asked for in this address family.</source>
        <translation>カーネルは、このアドレスファミリーで要求されたプロトコルをサポートしていません。</translation>
    </message>
    <message>
        <source>Not a directory: a part of the Unix socket path is not a folder.</source>
        <translation>ディレクトリではありません: Unix ソケットのパスの一部がフォルダーではありません。</translation>
    </message>
    <message>
        <source>A component of the socket path that should be a folder is a file. Check the path.</source>
        <translation>ソケットのパスのうちフォルダーであるべき部分がファイルです。パスを確認してください。</translation>
    </message>
    <message>
        <source>Read-only file system: the socket file cannot be created there.</source>
        <translation>読み取り専用のファイルシステム: そこにはソケットファイルを作成できません。</translation>
    </message>
    <message>
        <source>Listening on a Unix socket creates a file; the folder is on a read-only file system. Use a path in a writable folder such as /tmp.</source>
        <translation>Unix ソケットで待ち受けるとファイルが作成されますが、そのフォルダーは読み取り専用のファイルシステム上にあります。/tmp など書き込み可能なフォルダーのパスを使ってください。</translation>
    </message>
    <message>
        <source>No space left on device: the disk (or a quota) is full.</source>
        <translation>デバイスに空き領域がありません: ディスク (またはクォータ) がいっぱいです。</translation>
    </message>
    <message>
        <source>A write to a file failed because its file system has no room left. Nothing about the network: free some space or write elsewhere.</source>
        <translation>ファイルシステムに空きがないため、ファイルへの書き込みが失敗しました。ネットワークとは無関係です: 空き領域を作るか、別の場所に書き込んでください。</translation>
    </message>
    <message>
        <source>Input/output error: the device failed.</source>
        <translation>入出力エラー: デバイスが失敗しました。</translation>
    </message>
    <message>
        <source>A low-level read or write failed (a failing disk, a terminal that went away). Check the device or file that was being used.</source>
        <translation>低レベルの読み書きが失敗しました (故障したディスク、消えた端末)。使用していたデバイスやファイルを確認してください。</translation>
    </message>
    <message>
        <source>File too large: past the size the file system or a limit allows.</source>
        <translation>ファイルが大きすぎます: ファイルシステムまたは制限で許されるサイズを超えています。</translation>
    </message>
    <message>
        <source>A write would make a file larger than allowed (the file system&apos;s maximum, or &apos;ulimit -f&apos;). Write less or raise the limit.</source>
        <translation>書き込むとファイルが許容サイズ (ファイルシステムの最大値、または &apos;ulimit -f&apos;) を超えます。書き込む量を減らすか、上限を上げてください。</translation>
    </message>
    <message>
        <source>An error the program passed to destroy(error); the peer saw only a FIN.</source>
        <translation>プログラムが destroy(error) に渡したエラーです。ピアには FIN しか見えていません。</translation>
    </message>
    <message>
        <source>destroy(error) closes the socket like destroy() and emits this error locally, followed by &apos;close&apos; with hadError true. Nothing of the error travels to the peer: it sees a normal FIN (&apos;end&apos;), or an RST only if unread data was waiting on our side. To make the peer see a failure, use resetAndDestroy().</source>
        <translation>destroy(error) は destroy() と同様にソケットを閉じ、このエラーをローカルで発行し、続いて hadError が true の &apos;close&apos; を発行します。エラーはピアには何も伝わりません: ピアには通常の FIN (&apos;end&apos;) が見え、こちら側に未読データが残っていた場合に限り RST が見えます。ピアに失敗を見せるには resetAndDestroy() を使います。</translation>
    </message>
    <message>
        <source>Temporary name resolution failure: DNS did not answer in time.</source>
        <translation>名前解決の一時的な失敗: DNS が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The resolver could not get an answer now (DNS server unreachable or slow, no network). No connection was attempted. Try again later, check the DNS configuration, or use an IP address.</source>
        <translation>リゾルバーが今は応答を得られませんでした (DNS サーバーに到達できないか遅い、ネットワークがない)。接続は試行されていません。後でもう一度試すか、DNS の設定を確認するか、IP アドレスを使ってください。</translation>
    </message>
    <message>
        <source>Name resolution failed permanently.</source>
        <translation>名前解決が恒久的に失敗しました。</translation>
    </message>
    <message>
        <source>The DNS server reported a non-recoverable failure for this name. Use an IP address or check the DNS configuration.</source>
        <translation>DNS サーバーがこの名前について回復不能な失敗を報告しました。IP アドレスを使うか、DNS の設定を確認してください。</translation>
    </message>
    <message>
        <source>The address family asked for is not supported by the resolver.</source>
        <translation>要求されたアドレスファミリーはリゾルバーでサポートされていません。</translation>
    </message>
    <message>
        <source>The lookup asked for a family (4 or 6) the resolver does not support. Use family 0, 4 or 6.</source>
        <translation>名前解決で、リゾルバーがサポートしていないファミリー (4 または 6) が要求されました。family には 0、4、6 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The resolver ran out of memory.</source>
        <translation>リゾルバーのメモリーが不足しました。</translation>
    </message>
    <message>
        <source>getaddrinfo could not allocate memory. Retry.</source>
        <translation>getaddrinfo がメモリーを確保できませんでした。再試行してください。</translation>
    </message>
    <message>
        <source>The service (port) is not supported for this socket type.</source>
        <translation>このソケットの種類ではそのサービス (ポート) はサポートされていません。</translation>
    </message>
    <message>
        <source>The resolver rejected the port or service name.</source>
        <translation>リゾルバーがポートまたはサービス名を拒否しました。</translation>
    </message>
    <message>
        <source>The socket type is not supported by the resolver.</source>
        <translation>そのソケットの種類はリゾルバーでサポートされていません。</translation>
    </message>
    <message>
        <source>The resolver does not support the socket type asked for.</source>
        <translation>リゾルバーは要求されたソケットの種類をサポートしていません。</translation>
    </message>
    <message>
        <source>The port is not a whole number from 0 to 65535.</source>
        <translation>ポートが 0 から 65535 までの整数ではありません。</translation>
    </message>
    <message>
        <source>The call was refused before anything reached the kernel: a TCP port must be an integer &gt;= 0 and &lt; 65536 (0 means: let the kernel choose, for listen()). Nothing was sent; no peer saw anything. Check the port you typed or computed; strings like &apos;80&apos; are fine, &apos;80.5&apos;, -1 or 70000 are not.</source>
        <translation>カーネルに何も届かないうちに呼び出しが拒否されました: TCP のポートは 0 以上 65536 未満の整数でなければなりません (listen() では 0 はカーネルに選ばせるという意味です)。何も送信されておらず、どのピアにも何も見えていません。入力または計算したポートを確認してください。&apos;80&apos; のような文字列は問題ありませんが、&apos;80.5&apos;、-1、70000 は使えません。</translation>
    </message>
    <message>
        <source>listen() was called on a server that is already listening.</source>
        <translation>すでに待ち受けているサーバーで listen() が呼ばれました。</translation>
    </message>
    <message>
        <source>A server listens on one address. Call close() first, or create another server for a second address.</source>
        <translation>サーバーが待ち受けるアドレスは 1 つです。先に close() を呼ぶか、2 つ目のアドレス用に別のサーバーを作成してください。</translation>
    </message>
    <message>
        <source>close() was called on a server that is not listening.</source>
        <translation>待ち受けていないサーバーで close() が呼ばれました。</translation>
    </message>
    <message>
        <source>The server was never listening or is already closed, so there is nothing to close. The close callback receives this error; nothing else happens.</source>
        <translation>サーバーは一度も待ち受けていないか、すでに閉じているので、閉じるものがありません。close のコールバックがこのエラーを受け取るだけで、ほかには何も起きません。</translation>
    </message>
    <message>
        <source>write() after end(): our side has already sent FIN.</source>
        <translation>end() の後の write(): こちら側はすでに FIN を送っています。</translation>
    </message>
    <message>
        <source>end() was called earlier, so the writable side is finished (a FIN is sent or about to be) and TCP cannot send data after a FIN. The bytes are not sent; the peer sees nothing of them. Usual cause: an end() in one place and a late write() in another (a timer, a &apos;data&apos; handler). Try: write everything before end(), or pass the last bytes to end(data).</source>
        <translation>以前に end() が呼ばれたので書き込み側は終わっており (FIN は送信済みか送信直前)、TCP は FIN の後にデータを送れません。バイトは送信されず、ピアには何も見えません。よくある原因: ある場所での end() と、別の場所 (タイマーや &apos;data&apos; ハンドラー) での遅れた write()。試すこと: end() の前にすべて書き込む、または最後のバイトを end(data) に渡す。</translation>
    </message>
    <message>
        <source>The socket was already destroyed; the call cannot do anything.</source>
        <translation>ソケットはすでに破棄されています。この呼び出しでは何もできません。</translation>
    </message>
    <message>
        <source>A write() (or another call) was made on a socket that is destroyed: after destroy(), an error, or the close that follows the peer&apos;s end. The data is not sent. Try: stop using a socket after its &apos;close&apos;, and check socket.destroyed or writable before writing from timers.</source>
        <translation>破棄されたソケットに対して write() (または別の呼び出し) が行われました: destroy() の後、エラーの後、またはピアの end に続くクローズの後です。データは送信されません。試すこと: &apos;close&apos; の後はソケットを使わない。タイマーから書き込む前に socket.destroyed または writable を確認する。</translation>
    </message>
    <message>
        <source>The socket is closed: the operation needs an open socket.</source>
        <translation>ソケットは閉じています: この操作には開いたソケットが必要です。</translation>
    </message>
    <message>
        <source>The call needed an open socket, but it is closed. resetAndDestroy() on a socket without a connection reports this too. Nothing was sent.</source>
        <translation>呼び出しには開いたソケットが必要でしたが、閉じていました。接続のないソケットでの resetAndDestroy() もこれを報告します。何も送信されていません。</translation>
    </message>
    <message>
        <source>The socket was closed before its connection was established.</source>
        <translation>接続が確立される前にソケットが閉じられました。</translation>
    </message>
    <message>
        <source>write() was called while connecting, and the socket was destroyed before the connection came up, so the queued data could never be sent.</source>
        <translation>接続中に write() が呼ばれ、接続が確立する前にソケットが破棄されたため、キューのデータは送信できませんでした。</translation>
    </message>
    <message>
        <source>An argument has the wrong type.</source>
        <translation>引数の型が間違っています。</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument was not of the type expected (a string where a number is needed, ...). Nothing reached the kernel.</source>
        <translation>引数が期待された型ではなかったため (数値が必要なところに文字列など)、呼び出しはただちに拒否されました。カーネルには何も届いていません。</translation>
    </message>
    <message>
        <source>An argument has a value that is not allowed.</source>
        <translation>引数の値が許可されていません。</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument&apos;s value is invalid. The message names the argument. Nothing reached the kernel.</source>
        <translation>引数の値が無効なため、呼び出しはただちに拒否されました。メッセージに引数の名前が示されています。カーネルには何も届いていません。</translation>
    </message>
    <message>
        <source>The file descriptor is not of a usable type.</source>
        <translation>ファイルディスクリプターが使用できる種類ではありません。</translation>
    </message>
    <message>
        <source>A descriptor passed in (listen({fd})) is not a stream socket netbench can use.</source>
        <translation>渡されたディスクリプター (listen({fd})) は netbench が使えるストリームソケットではありません。</translation>
    </message>
    <message>
        <source>The text is not a valid IP address.</source>
        <translation>テキストが有効な IP アドレスではありません。</translation>
    </message>
    <message>
        <source>An option that needs a literal IP address (such as localAddress) got something else. Use a form like 127.0.0.1 or ::1.</source>
        <translation>IP アドレスそのものが必要なオプション (localAddress など) に別のものが渡されました。127.0.0.1 や ::1 のような形式を使ってください。</translation>
    </message>
    <message>
        <source>A required argument is missing.</source>
        <translation>必須の引数がありません。</translation>
    </message>
    <message>
        <source>The call needs an argument that was not given (for connect: a port or a path).</source>
        <translation>呼び出しに必要な引数が指定されていません (connect の場合: ポートまたはパス)。</translation>
    </message>
    <message>
        <source>A number is outside the allowed range.</source>
        <translation>数値が許容範囲外です。</translation>
    </message>
    <message>
        <source>The message says which value and which range. The call was refused at once.</source>
        <translation>どの値がどの範囲かはメッセージに示されています。呼び出しはただちに拒否されました。</translation>
    </message>
    <message>
        <source>The encoding name is not known.</source>
        <translation>エンコーディング名が不明です。</translation>
    </message>
    <message>
        <source>Use one of Node&apos;s encodings: utf8, utf16le, latin1, ascii, base64, base64url, hex.</source>
        <translation>Node のエンコーディングのいずれかを使ってください: utf8、utf16le、latin1、ascii、base64、base64url、hex。</translation>
    </message>
    <message>
        <source>No address of the host could be connected to in time.</source>
        <translation>ホストのどのアドレスにも時間内に接続できませんでした。</translation>
    </message>
    <message>
        <source>With several addresses for a host (IPv6 and IPv4), each attempt got a limited time and none succeeded. Check that the server is reachable on at least one of the addresses.</source>
        <translation>ホストに複数のアドレス (IPv6 と IPv4) がある場合、各試行には時間制限があり、どれも成功しませんでした。少なくとも 1 つのアドレスでサーバーに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>The object is not in a state that allows this call.</source>
        <translation>オブジェクトはこの呼び出しができる状態ではありません。</translation>
    </message>
    <message>
        <source>The message says which state was wrong.</source>
        <translation>どの状態が間違っていたかはメッセージに示されています。</translation>
    </message>
    <message>
        <source>write(null) is not allowed on a byte stream.</source>
        <translation>バイトストリームでは write(null) は使えません。</translation>
    </message>
    <message>
        <source>Pass a string or a Buffer to write().</source>
        <translation>write() には文字列または Buffer を渡してください。</translation>
    </message>
    <message>
        <source>end() was called again after the stream had finished.</source>
        <translation>ストリームが終了した後に再び end() が呼ばれました。</translation>
    </message>
    <message>
        <source>The writable side has already finished; a second end() with a callback reports this. Call end() once.</source>
        <translation>書き込み側はすでに終了しています。コールバック付きの 2 回目の end() がこれを報告します。end() は 1 回だけ呼んでください。</translation>
    </message>
    <message>
        <source>An &apos;error&apos; was emitted and nobody listened for it.</source>
        <translation>&apos;error&apos; が発行されましたが、誰もリッスンしていませんでした。</translation>
    </message>
    <message>
        <source>In a script, an &apos;error&apos; event without a listener ends the program. Add socket.on(&apos;error&apos;, ...) to handle it.</source>
        <translation>スクリプトでは、リスナーのない &apos;error&apos; イベントはプログラムを終了させます。処理するには socket.on(&apos;error&apos;, ...) を追加してください。</translation>
    </message>
    <message>
        <source>A method was called on an object of the wrong type.</source>
        <translation>間違った型のオブジェクトでメソッドが呼ばれました。</translation>
    </message>
    <message>
        <source>A script called a method with a &apos;this&apos; it does not belong to.</source>
        <translation>スクリプトが、そのメソッドに属さない &apos;this&apos; でメソッドを呼びました。</translation>
    </message>
    <message>
        <source>A callback returned a value of the wrong type.</source>
        <translation>コールバックが間違った型の値を返しました。</translation>
    </message>
    <message>
        <source>The message names the function and what it should return (for example a custom lookup).</source>
        <translation>メッセージに関数名と、返すべきもの (たとえば独自の lookup) が示されています。</translation>
    </message>
    <message>
        <source>A Buffer was read or written outside its bounds.</source>
        <translation>Buffer の範囲外が読み書きされました。</translation>
    </message>
    <message>
        <source>An offset or length in a script&apos;s Buffer call is outside the buffer.</source>
        <translation>スクリプトの Buffer 呼び出しのオフセットまたは長さがバッファーの範囲外です。</translation>
    </message>
    <message>
        <source>The Buffer&apos;s size is not a multiple of what the operation needs.</source>
        <translation>Buffer のサイズが操作に必要な値の倍数ではありません。</translation>
    </message>
    <message>
        <source>For example swap16() needs an even length.</source>
        <translation>たとえば swap16() には偶数の長さが必要です。</translation>
    </message>
    <message>
        <source>A promise was rejected with a falsy value.</source>
        <translation>Promise が falsy な値で reject されました。</translation>
    </message>
    <message>
        <source>util.callbackify() turns a rejection with null, 0 or &apos;&apos; into this error.</source>
        <translation>util.callbackify() は null、0、&apos;&apos; による reject をこのエラーに変換します。</translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled it.</source>
        <translation>Promise が reject され、誰も処理しませんでした。</translation>
    </message>
    <message>
        <source>Add .catch() or try/await around the promise in the script.</source>
        <translation>スクリプトで Promise に .catch() を付けるか、try/await で囲んでください。</translation>
    </message>
    <message>
        <source>An assert() in the script failed.</source>
        <translation>スクリプトの assert() が失敗しました。</translation>
    </message>
    <message>
        <source>The script checked something that turned out false; the message says what.</source>
        <translation>スクリプトが確認したことが偽でした。何だったかはメッセージに示されています。</translation>
    </message>
    <message>
        <source>An argument is ambiguous.</source>
        <translation>引数があいまいです。</translation>
    </message>
    <message>
        <source>Used by assert.throws() when its message argument looks like the expected error.</source>
        <translation>assert.throws() で、message 引数が期待されるエラーのように見える場合に使われます。</translation>
    </message>
    <message>
        <source>A method that must be provided was not implemented.</source>
        <translation>提供されるべきメソッドが実装されていません。</translation>
    </message>
    <message>
        <source>A script&apos;s stream subclass lacks a required method such as _read or _write.</source>
        <translation>スクリプトのストリームのサブクラスに、_read や _write などの必須メソッドがありません。</translation>
    </message>
    <message>
        <source>netbench does not support this feature of Node.</source>
        <translation>netbench は Node のこの機能をサポートしていません。</translation>
    </message>
    <message>
        <source>The script used a part of Node&apos;s API that netbench does not implement; the message names it. The same script may run under node itself.</source>
        <translation>スクリプトが、netbench が実装していない Node の API の一部を使いました。メッセージにその名前が示されています。同じスクリプトは node 自体では動くかもしれません。</translation>
    </message>
    <message>
        <source>This kind of socket cannot do that (for example reset a Unix socket).</source>
        <translation>この種類のソケットではそれはできません (たとえば Unix ソケットのリセット)。</translation>
    </message>
    <message>
        <source>resetAndDestroy() needs a TCP socket: only TCP has an RST. On a Unix socket use destroy() instead.</source>
        <translation>resetAndDestroy() には TCP ソケットが必要です: RST があるのは TCP だけです。Unix ソケットでは代わりに destroy() を使ってください。</translation>
    </message>
    <message>
        <source>TextDecoder does not support this encoding.</source>
        <translation>TextDecoder はこのエンコーディングをサポートしていません。</translation>
    </message>
    <message>
        <source>Use utf-8, utf-16le or latin1.</source>
        <translation>utf-8、utf-16le、latin1 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>TextDecoder with fatal: true met bytes that are not valid in its encoding.</source>
        <translation>fatal: true の TextDecoder が、そのエンコーディングで無効なバイトに遭遇しました。</translation>
    </message>
    <message>
        <source>A script decoded bytes with new TextDecoder(encoding, { fatal: true }) and they were not valid (for example a broken UTF-8 sequence). Without fatal they would become U+FFFD instead. Remember that a chunk may end in the middle of a character: decode with { stream: true } across chunks.</source>
        <translation>スクリプトが new TextDecoder(encoding, { fatal: true }) でバイトをデコードしましたが、無効なバイトでした (たとえば壊れた UTF-8 の並び)。fatal がなければ、代わりに U+FFFD になります。チャンクは文字の途中で終わることがあるので、チャンクをまたいで { stream: true } でデコードしてください。</translation>
    </message>
    <message>
        <source>The address family is not IPv4 or IPv6.</source>
        <translation>アドレスファミリーが IPv4 でも IPv6 でもありません。</translation>
    </message>
    <message>
        <source>family must be 4 or 6 (or 0 for either).</source>
        <translation>family は 4 または 6 (どちらでもよければ 0) でなければなりません。</translation>
    </message>
    <message>
        <source>Access to a resource was refused.</source>
        <translation>リソースへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>A script tried to load a file it may not read; the message says which.</source>
        <translation>スクリプトが読むことを許されていないファイルを読み込もうとしました。どのファイルかはメッセージに示されています。</translation>
    </message>
    <message>
        <source>The file is too large to be read whole.</source>
        <translation>ファイルが大きすぎて全体を読み込めません。</translation>
    </message>
    <message>
        <source>A file a script reads or requires is larger than the limit.</source>
        <translation>スクリプトが読み込むか require するファイルが上限を超えています。</translation>
    </message>
    <message>
        <source>Memory could not be allocated.</source>
        <translation>メモリーを確保できませんでした。</translation>
    </message>
    <message>
        <source>The script runtime ran out of memory, often from data queued without backpressure. The script&apos;s sockets and servers are closed.</source>
        <translation>スクリプトのランタイムがメモリーを使い果たしました。多くはバックプレッシャーなしにキューに入れたデータが原因です。スクリプトのソケットとサーバーは閉じられます。</translation>
    </message>
    <message>
        <source>Connecting: connect() was called and has not finished.</source>
        <translation>接続中: connect() が呼ばれ、まだ終わっていません。</translation>
    </message>
    <message>
        <source>The socket is looking up the host or waiting for the handshake to complete. Writes are queued until &apos;connect&apos;. It ends with &apos;connect&apos; (open) or &apos;error&apos; (closed).</source>
        <translation>ソケットはホストの名前解決中か、ハンドシェイクの完了を待っています。書き込みは &apos;connect&apos; までキューに入ります。&apos;connect&apos; (オープン) か &apos;error&apos; (クローズ) で終わります。</translation>
    </message>
    <message>
        <source>Open: readable and writable; data can flow both ways.</source>
        <translation>オープン: 読み書きでき、データは双方向に流れます。</translation>
    </message>
    <message>
        <source>Connected and neither side has ended. Both ends can write and read.</source>
        <translation>接続済みで、どちらの側も終了していません。両端とも読み書きできます。</translation>
    </message>
    <message>
        <source>Half-closed, readOnly: we called end() (sent FIN); the peer may still send.</source>
        <translation>ハーフクローズ、readOnly: こちらが end() を呼びました (FIN を送信)。ピアはまだ送信できます。</translation>
    </message>
    <message>
        <source>Our writable side is finished: end() sent a FIN after the queued data, and the peer got &apos;end&apos;. We can still receive until the peer ends too; then the socket closes. Writing now fails with ERR_STREAM_WRITE_AFTER_END. TCP calls this a half-close; Node names the option that allows it allowHalfOpen (in TCP&apos;s own words a half-open connection is one whose other side vanished without a FIN or an RST, which only a write or keep-alive reveals).</source>
        <translation>こちらの書き込み側は終了しています: end() がキューのデータの後に FIN を送り、ピアは &apos;end&apos; を受け取りました。ピアも終了するまでは受信でき、その後ソケットは閉じます。今書き込むと ERR_STREAM_WRITE_AFTER_END で失敗します。TCP ではこれをハーフクローズと呼び、Node はそれを許すオプションを allowHalfOpen と名付けています (TCP 本来の用語でハーフオープン接続とは、ピア側が FIN も RST もなしに消えた接続のことで、書き込みかキープアライブでしかわかりません)。</translation>
    </message>
    <message>
        <source>Half-closed, writeOnly: the peer sent FIN (&apos;end&apos;); we may still write (allowHalfOpen).</source>
        <translation>ハーフクローズ、writeOnly: ピアが FIN (&apos;end&apos;) を送りました。こちらはまだ書き込めます (allowHalfOpen)。</translation>
    </message>
    <message>
        <source>The peer has ended its side: its FIN arrived and nothing more will be read. With allowHalfOpen we can still write (the peer reads it if it only half-closed) and must call end() ourselves to finish. If the peer had closed its socket completely, a write now makes its kernel answer with RST and we get EPIPE.</source>
        <translation>ピアは自分の側を終了しました: ピアの FIN が届き、これ以上読むものはありません。allowHalfOpen があればこちらはまだ書き込めます (ピアがハーフクローズしただけなら読んでくれます)。終えるには自分で end() を呼ぶ必要があります。ピアがソケットを完全に閉じていた場合、今書き込むとピアのカーネルが RST で応答し、こちらは EPIPE を受け取ります。</translation>
    </message>
    <message>
        <source>Closed: neither readable nor writable.</source>
        <translation>クローズ: 読み込みも書き込みもできません。</translation>
    </message>
    <message>
        <source>Both directions are finished (both FINs were exchanged), or the socket was destroyed or failed. Nothing more can be sent or received on it.</source>
        <translation>両方向とも終了した (双方の FIN が交換された) か、ソケットが破棄されたか失敗しました。このソケットではもう何も送受信できません。</translation>
    </message>
    <message>
        <source>Failed: an error ended this endpoint; select its error row for the reason.</source>
        <translation>失敗: エラーでこのエンドポイントは終わりました。理由はエラーの行を選択してください。</translation>
    </message>
    <message>
        <source>The endpoint ended with an error (shown in its tooltip). A socket is closed after an error; a server whose listen() failed is not listening. Select the &apos;error&apos; row in the event stream to see what the code means.</source>
        <translation>エンドポイントはエラーで終わりました (ツールチップに表示)。ソケットはエラーの後に閉じられ、listen() が失敗したサーバーは待ち受けていません。コードの意味を見るには、イベントストリームの &apos;error&apos; の行を選択してください。</translation>
    </message>
    <message>
        <source>Listening: the server accepts connections.</source>
        <translation>待ち受け中: サーバーは接続を受け付けます。</translation>
    </message>
    <message>
        <source>The server is bound and in the LISTEN state. Each client that connects appears under it as a connection of its own.</source>
        <translation>サーバーはバインドされ、LISTEN 状態です。接続してきたクライアントはそれぞれ独立した接続としてその下に表示されます。</translation>
    </message>
    <message>
        <source>New: created, nothing started yet.</source>
        <translation>新規: 作成済みで、まだ何も開始していません。</translation>
    </message>
    <message>
        <source>The endpoint exists but has not been asked to listen or connect yet.</source>
        <translation>エンドポイントは存在しますが、まだ待ち受けも接続も指示されていません。</translation>
    </message>
    <message>
        <source>write() returned true: below the high-water mark, keep writing.</source>
        <translation>write() が true を返しました: ハイウォーターマーク未満なので書き続けられます。</translation>
    </message>
    <message>
        <source>The bytes went to the kernel or joined a queue that is still shorter than the high-water mark. It says nothing about the peer having received them.</source>
        <translation>バイトはカーネルに渡されたか、まだハイウォーターマークより短いキューに加わりました。ピアが受信したかどうかについては何も示しません。</translation>
    </message>
    <message>
        <source>write() returned false: the queue reached the high-water mark; wait for &apos;drain&apos;.</source>
        <translation>write() が false を返しました: キューがハイウォーターマークに達しました。&apos;drain&apos; を待ってください。</translation>
    </message>
    <message>
        <source>The data was still accepted and will be sent, but netbench&apos;s queue (bufferSize) is at or above the high-water mark because the kernel&apos;s send buffer is full: the peer reads more slowly than we write, or not at all (paused). A writer that respects backpressure stops now and writes again on &apos;drain&apos;; one that goes on makes the queue, and memory, grow without bound. Look at the peer: its Unread grows, and our Unsent.</source>
        <translation>データはそれでも受け付けられて送信されますが、カーネルの送信バッファーが満杯のため、netbench のキュー (bufferSize) はハイウォーターマーク以上です: ピアの読み込みがこちらの書き込みより遅いか、まったく読んでいません (一時停止)。バックプレッシャーを守る書き手はここで止まり、&apos;drain&apos; で再び書き込みます。書き続けるとキューとメモリーが際限なく増えます。ピアを見てください: ピアの「未読」が増え、こちらの「未送信」も増えています。</translation>
    </message>
    <message>
        <source>Connected; neither side has sent FIN.</source>
        <translation>接続済み。どちらの側も FIN を送っていません。</translation>
    </message>
    <message>
        <source>The normal state of an open connection.</source>
        <translation>開いている接続の通常の状態です。</translation>
    </message>
    <message>
        <source>Connecting: our SYN is sent, waiting for the server&apos;s SYN-ACK.</source>
        <translation>接続中: こちらの SYN を送信し、サーバーの SYN-ACK を待っています。</translation>
    </message>
    <message>
        <source>An RST in answer gives ECONNREFUSED; no answer at all gives ETIMEDOUT after the retries.</source>
        <translation>応答が RST なら ECONNREFUSED、まったく応答がなければ再試行の後に ETIMEDOUT になります。</translation>
    </message>
    <message>
        <source>The server side answered a SYN and waits for the final ACK.</source>
        <translation>サーバー側が SYN に応答し、最後の ACK を待っています。</translation>
    </message>
    <message>
        <source>The middle of the three-way handshake, on the accepting side.</source>
        <translation>受け付ける側から見た 3 ウェイハンドシェイクの途中です。</translation>
    </message>
    <message>
        <source>We sent FIN (end()); it is not acknowledged yet.</source>
        <translation>こちらが FIN を送りました (end())。まだ確認応答されていません。</translation>
    </message>
    <message>
        <source>Usually brief; it lasts while queued data and the FIN wait for the peer&apos;s acknowledgement (a peer that does not read keeps it here).</source>
        <translation>通常は短時間です。キューのデータと FIN がピアの確認応答を待つ間続きます (読まないピアだとここにとどまります)。</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN (we are readOnly).</source>
        <translation>こちらの FIN は確認応答されました。ピアの FIN を待っています (こちらは readOnly)。</translation>
    </message>
    <message>
        <source>A half-closed connection seen from the side that ended first: the peer may still send data until it calls end().</source>
        <translation>先に終了した側から見たハーフクローズの接続です: ピアは end() を呼ぶまでまだデータを送れます。</translation>
    </message>
    <message>
        <source>Both FINs exchanged; the side that closed first waits (60 s on Linux) for stray packets.</source>
        <translation>双方の FIN が交換されました。先に閉じた側は迷子のパケットに備えて待機します (Linux では 60 秒)。</translation>
    </message>
    <message>
        <source>Kept by the kernel after the program has closed, so that late segments of this connection are not taken for a new one with the same ports.</source>
        <translation>プログラムが閉じた後もカーネルが保持します。この接続の遅れたセグメントが、同じポートを使う新しい接続のものと取り違えられないようにするためです。</translation>
    </message>
    <message>
        <source>Closed: no connection (after a reset, or not connected).</source>
        <translation>クローズ: 接続がありません (リセットの後、または未接続)。</translation>
    </message>
    <message>
        <source>The socket has no connection any more.</source>
        <translation>ソケットにはもう接続がありません。</translation>
    </message>
    <message>
        <source>The peer sent FIN; we have not ended yet (we are writeOnly).</source>
        <translation>ピアが FIN を送りました。こちらはまだ終了していません (こちらは writeOnly)。</translation>
    </message>
    <message>
        <source>The peer&apos;s &apos;end&apos; arrived. With allowHalfOpen the connection stays here until end() is called; many sockets stuck in CLOSE_WAIT mean a program that never closes.</source>
        <translation>ピアの &apos;end&apos; が届きました。allowHalfOpen があると、end() が呼ばれるまで接続はここにとどまります。CLOSE_WAIT で止まったソケットが多いのは、閉じないプログラムがあるということです。</translation>
    </message>
    <message>
        <source>The peer ended first, we sent our FIN and wait for its acknowledgement.</source>
        <translation>ピアが先に終了し、こちらも FIN を送って、その確認応答を待っています。</translation>
    </message>
    <message>
        <source>The last step of closing on the side that ended second.</source>
        <translation>後から終了した側でのクローズの最後の段階です。</translation>
    </message>
    <message>
        <source>A listening socket: accepts connections.</source>
        <translation>待ち受けソケット: 接続を受け付けます。</translation>
    </message>
    <message>
        <source>The state of a server&apos;s socket after listen().</source>
        <translation>listen() の後のサーバーのソケットの状態です。</translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the acknowledgement.</source>
        <translation>双方が同時に FIN を送りました。確認応答を待っています。</translation>
    </message>
    <message>
        <source>A simultaneous close; it passes to TIME_WAIT.</source>
        <translation>同時クローズです。TIME_WAIT に移ります。</translation>
    </message>
    <message>
        <source>server.address(): where the listener is bound</source>
        <translation>server.address(): リスナーがバインドされている場所</translation>
    </message>
    <message>
        <source>The address and port the kernel bound (the chosen port when listening on port 0), or the Unix socket path. 0.0.0.0 or :: means every interface of this machine.</source>
        <translation>カーネルがバインドしたアドレスとポート (ポート 0 で待ち受けた場合は選ばれたポート)、または Unix ソケットのパスです。0.0.0.0 や :: はこのマシンのすべてのインターフェースを意味します。</translation>
    </message>
    <message>
        <source>server.listening: whether it accepts connections</source>
        <translation>server.listening: 接続を受け付けているかどうか</translation>
    </message>
    <message>
        <source>True from &apos;listening&apos; until close(). Clients connecting while it is false get ECONNREFUSED.</source>
        <translation>&apos;listening&apos; から close() まで true です。false の間に接続するクライアントは ECONNREFUSED を受け取ります。</translation>
    </message>
    <message>
        <source>server.getConnections(): accepted connections still open</source>
        <translation>server.getConnections(): 受け付けた接続のうちまだ開いているもの</translation>
    </message>
    <message>
        <source>How many accepted sockets of this server are not closed yet.</source>
        <translation>このサーバーが受け付けたソケットのうち、まだ閉じていないものの数です。</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past it are dropped</source>
        <translation>server.maxConnections: これを超えた接続は切断されます</translation>
    </message>
    <message>
        <source>When this many connections are open, new ones are accepted and closed at once (&apos;drop&apos;).</source>
        <translation>この数の接続が開いているとき、新しい接続は受け付けてすぐに閉じられます (&apos;drop&apos;)。</translation>
    </message>
    <message>
        <source>ref()/unref(): whether the listener keeps the event loop alive</source>
        <translation>ref()/unref(): リスナーがイベントループを動かし続けるかどうか</translation>
    </message>
    <message>
        <source>An unref&apos;d server does not keep a script running; in the window it changes nothing visible.</source>
        <translation>unref されたサーバーはスクリプトを動かし続けません。ウィンドウでは目に見える変化はありません。</translation>
    </message>
    <message>
        <source>socket.localAddress, localPort, localFamily: this end of the connection</source>
        <translation>socket.localAddress、localPort、localFamily: 接続のこちら側の端</translation>
    </message>
    <message>
        <source>This end&apos;s address and port. A client gets an ephemeral port chosen by the kernel; an accepted socket has the server&apos;s port. A Unix client end is usually unnamed.</source>
        <translation>こちら側の端のアドレスとポートです。クライアントにはカーネルが選んだエフェメラルポートが割り当てられ、受け付けたソケットはサーバーのポートを持ちます。Unix のクライアント側は通常名前がありません。</translation>
    </message>
    <message>
        <source>socket.remoteAddress, remotePort, remoteFamily: the peer</source>
        <translation>socket.remoteAddress、remotePort、remoteFamily: ピア</translation>
    </message>
    <message>
        <source>The other end&apos;s address and port, as the kernel knows it.</source>
        <translation>カーネルが把握しているピア側の端のアドレスとポートです。</translation>
    </message>
    <message>
        <source>socket.readyState: opening, open, readOnly (we ended), writeOnly (the peer ended) or closed</source>
        <translation>socket.readyState: opening、open、readOnly (こちらが終了)、writeOnly (ピアが終了)、または closed</translation>
    </message>
    <message>
        <source>Which directions are still usable: open (both), readOnly (we sent FIN), writeOnly (the peer sent FIN), closed (neither), opening (still connecting).</source>
        <translation>まだ使える方向です: open (両方)、readOnly (こちらが FIN を送信)、writeOnly (ピアが FIN を送信)、closed (どちらも不可)、opening (まだ接続中)。</translation>
    </message>
    <message>
        <source>socket.connecting: connect() was called and has not finished</source>
        <translation>socket.connecting: connect() が呼ばれ、まだ終わっていません</translation>
    </message>
    <message>
        <source>True between connect() and &apos;connect&apos; (or &apos;error&apos;).</source>
        <translation>connect() から &apos;connect&apos; (または &apos;error&apos;) までの間 true です。</translation>
    </message>
    <message>
        <source>socket.destroyed: the socket is closed and can do nothing more</source>
        <translation>socket.destroyed: ソケットは閉じており、もう何もできません</translation>
    </message>
    <message>
        <source>True once destroy() was called, an error happened or both sides ended.</source>
        <translation>destroy() が呼ばれた、エラーが起きた、または双方が終了した時点で true になります。</translation>
    </message>
    <message>
        <source>socket.isPaused(): not reading; incoming data waits in the kernel</source>
        <translation>socket.isPaused(): 読み込んでいません。届いたデータはカーネル内で待機します</translation>
    </message>
    <message>
        <source>While paused, received bytes stay in the kernel (Unread grows) and once its buffer is full the peer is slowed down by TCP&apos;s flow control.</source>
        <translation>一時停止中、受信したバイトはカーネル内にとどまり (「未読」が増える)、そのバッファーが満杯になると TCP のフロー制御によってピアが減速させられます。</translation>
    </message>
    <message>
        <source>socket.bytesRead: bytes received so far</source>
        <translation>socket.bytesRead: これまでに受信したバイト数</translation>
    </message>
    <message>
        <source>Bytes read from the kernel and delivered as &apos;data&apos;.</source>
        <translation>カーネルから読み込み、&apos;data&apos; として渡したバイト数です。</translation>
    </message>
    <message>
        <source>socket.bytesWritten: bytes handed to the kernel so far</source>
        <translation>socket.bytesWritten: これまでにカーネルに渡したバイト数</translation>
    </message>
    <message>
        <source>Bytes written, including those still queued; handed over does not mean received by the peer.</source>
        <translation>まだキューにある分も含めた書き込んだバイト数です。渡したことはピアが受信したことを意味しません。</translation>
    </message>
    <message>
        <source>Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)</source>
        <translation>netbench のキューにあり、まだカーネルに受け取られていないバイト数 (socket.bufferSize)</translation>
    </message>
    <message>
        <source>Data written but still waiting in netbench&apos;s queue because the kernel&apos;s send buffer is full. When it reaches the high-water mark write() returns false; &apos;drain&apos; comes when it is empty again.</source>
        <translation>書き込まれたものの、カーネルの送信バッファーが満杯のため netbench のキューでまだ待っているデータです。ハイウォーターマークに達すると write() は false を返し、再び空になると &apos;drain&apos; が来ます。</translation>
    </message>
    <message>
        <source>socket.timeout: idle time before &apos;timeout&apos; is emitted</source>
        <translation>socket.timeout: &apos;timeout&apos; が発行されるまでのアイドル時間</translation>
    </message>
    <message>
        <source>Set by setTimeout(); the &apos;timeout&apos; event only notifies, it does not close.</source>
        <translation>setTimeout() で設定されます。&apos;timeout&apos; イベントは通知するだけで、閉じはしません。</translation>
    </message>
    <message>
        <source>socket.setEncoding(): how received data is decoded</source>
        <translation>socket.setEncoding(): 受信データのデコード方法</translation>
    </message>
    <message>
        <source>none means &apos;data&apos; carries raw bytes.</source>
        <translation>none は &apos;data&apos; が生のバイトを運ぶという意味です。</translation>
    </message>
    <message>
        <source>SO_SNDBUF: size of the kernel&apos;s send buffer for this socket</source>
        <translation>SO_SNDBUF: このソケットのカーネル送信バッファーのサイズ</translation>
    </message>
    <message>
        <source>How many bytes the kernel holds for sending (Linux doubles the value set and may grow it on its own). When it is full, write() starts queueing in netbench (bufferSize).</source>
        <translation>カーネルが送信用に保持するバイト数です (Linux は設定値を 2 倍にし、自分で増やすこともあります)。満杯になると write() は netbench 内でのキューイングを始めます (bufferSize)。</translation>
    </message>
    <message>
        <source>SO_RCVBUF: size of the kernel&apos;s receive buffer for this socket</source>
        <translation>SO_RCVBUF: このソケットのカーネル受信バッファーのサイズ</translation>
    </message>
    <message>
        <source>How many received bytes the kernel can hold before the program reads them; it limits the window advertised to the peer.</source>
        <translation>プログラムが読む前にカーネルが保持できる受信バイト数です。ピアに通知するウィンドウを制限します。</translation>
    </message>
    <message>
        <source>SIOCOUTQ: bytes in the kernel&apos;s send queue, not yet acknowledged by the peer</source>
        <translation>SIOCOUTQ: カーネルの送信キューにあり、まだピアに確認応答されていないバイト数</translation>
    </message>
    <message>
        <source>For TCP: bytes sent or waiting to be sent that the peer&apos;s kernel has not acknowledged. For a Unix socket: bytes not yet read by the peer. It grows when the peer does not read.</source>
        <translation>TCP の場合: 送信済みまたは送信待ちで、ピアのカーネルがまだ確認応答していないバイト数。Unix ソケットの場合: ピアがまだ読んでいないバイト数。ピアが読まないと増えます。</translation>
    </message>
    <message>
        <source>SIOCINQ: bytes received by the kernel that netbench has not read yet</source>
        <translation>SIOCINQ: カーネルが受信し、netbench がまだ読んでいないバイト数</translation>
    </message>
    <message>
        <source>Grows while the socket is paused; when it reaches the receive buffer the peer must stop sending.</source>
        <translation>ソケットの一時停止中に増えます。受信バッファーに達すると、ピアは送信を止めなければなりません。</translation>
    </message>
    <message>
        <source>tcpi_state: the kernel&apos;s TCP state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</source>
        <translation>tcpi_state: カーネルの TCP 状態 (ESTABLISHED、FIN_WAIT2、CLOSE_WAIT など)</translation>
    </message>
    <message>
        <source>ESTABLISHED: open. FIN_WAIT1/FIN_WAIT2: we sent FIN (end()), waiting for the peer&apos;s. CLOSE_WAIT: the peer sent FIN, we have not ended yet (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: the last steps of closing. SYN_SENT: connecting.</source>
        <translation>ESTABLISHED: オープン。FIN_WAIT1/FIN_WAIT2: こちらが FIN を送信 (end())、ピアの FIN を待機中。CLOSE_WAIT: ピアが FIN を送信、こちらはまだ終了していない (writeOnly)。LAST_ACK、CLOSING、TIME_WAIT: クローズの最後の段階。SYN_SENT: 接続中。</translation>
    </message>
    <message>
        <source>tcpi_rtt, tcpi_rttvar: smoothed round-trip time and its variation</source>
        <translation>tcpi_rtt、tcpi_rttvar: 平滑化したラウンドトリップ時間とその変動</translation>
    </message>
    <message>
        <source>How long an acknowledgement takes to come back, as the kernel estimates it. On loopback it is tens of microseconds.</source>
        <translation>カーネルが推定する、確認応答が戻ってくるまでの時間です。ループバックでは数十マイクロ秒です。</translation>
    </message>
    <message>
        <source>tcpi_snd_cwnd: segments the kernel may have in flight before waiting for an acknowledgement</source>
        <translation>tcpi_snd_cwnd: 確認応答を待たずにカーネルが送出中にできるセグメント数</translation>
    </message>
    <message>
        <source>The congestion window, in segments: it grows while acknowledgements come and shrinks on loss.</source>
        <translation>輻輳ウィンドウ (セグメント単位) です。確認応答が来る間は大きくなり、損失があると小さくなります。</translation>
    </message>
    <message>
        <source>tcpi_total_retrans: segments retransmitted over the connection&apos;s life</source>
        <translation>tcpi_total_retrans: 接続開始以来再送されたセグメント数</translation>
    </message>
    <message>
        <source>How many segments had to be sent again because no acknowledgement came. On loopback it stays 0; growing values mean loss.</source>
        <translation>確認応答が来なかったために再送しなければならなかったセグメントの数です。ループバックでは 0 のままです。増えているなら損失があります。</translation>
    </message>
    <message>
        <source>tcpi_pmtu: largest packet the path to the peer carries without fragmenting</source>
        <translation>tcpi_pmtu: ピアへの経路がフラグメント化せずに運べる最大のパケット</translation>
    </message>
    <message>
        <source>Bounds the segment size. Loopback has a large MTU (65536), so segments there can be much bigger than on Ethernet (1500).</source>
        <translation>セグメントサイズの上限になります。ループバックの MTU は大きい (65536) ので、そこでのセグメントはイーサネット (1500) よりずっと大きくなれます。</translation>
    </message>
    <message>
        <source>TCP_NODELAY as the kernel has it: Nagle&apos;s algorithm off</source>
        <translation>カーネル上の TCP_NODELAY: Nagle アルゴリズムが無効</translation>
    </message>
    <message>
        <source>yes: every write is sent at once. no: Nagle holds small segments while data is unacknowledged. Set by setNoDelay().</source>
        <translation>はい: 書き込みごとにすぐ送信されます。いいえ: データが未確認応答の間、Nagle が小さなセグメントを保留します。setNoDelay() で設定します。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE as the kernel has it, with the idle time before the first probe (TCP_KEEPIDLE)</source>
        <translation>カーネル上の SO_KEEPALIVE と、最初の確認までのアイドル時間 (TCP_KEEPIDLE)</translation>
    </message>
    <message>
        <source>Set by setKeepAlive(). After the idle time the kernel probes the peer; a dead peer ends the connection with ETIMEDOUT.</source>
        <translation>setKeepAlive() で設定します。アイドル時間の後、カーネルはピアを確認します。ピアが死んでいれば接続は ETIMEDOUT で終わります。</translation>
    </message>
    <message>
        <source>tcpi_segs_out: segments sent, including pure acknowledgements</source>
        <translation>tcpi_segs_out: 送信したセグメント数 (純粋な確認応答を含む)</translation>
    </message>
    <message>
        <source>Every TCP segment this socket sent: data, ACKs, FIN, retransmissions.</source>
        <translation>このソケットが送信したすべての TCP セグメント: データ、ACK、FIN、再送。</translation>
    </message>
    <message>
        <source>tcpi_segs_in: segments received, including pure acknowledgements</source>
        <translation>tcpi_segs_in: 受信したセグメント数 (純粋な確認応答を含む)</translation>
    </message>
    <message>
        <source>Every TCP segment this socket received from the peer.</source>
        <translation>このソケットがピアから受信したすべての TCP セグメント。</translation>
    </message>
    <message>
        <source>tcpi_data_segs_out: segments sent that carried data</source>
        <translation>tcpi_data_segs_out: データを運んだ送信セグメント数</translation>
    </message>
    <message>
        <source>Compare with the number of write() calls: with Nagle on, many small writes leave in fewer data segments; with noDelay, closer to one segment per write.</source>
        <translation>write() の呼び出し回数と比べてください: Nagle が有効なら多数の小さな書き込みはより少ないデータセグメントで出ていき、noDelay なら書き込み 1 回につき 1 セグメントに近くなります。</translation>
    </message>
    <message>
        <source>tcpi_data_segs_in: segments received that carried data</source>
        <translation>tcpi_data_segs_in: データを運んだ受信セグメント数</translation>
    </message>
    <message>
        <source>Data segments from the peer; one segment can become part of one &apos;data&apos; event or be merged with others.</source>
        <translation>ピアからのデータセグメントです。1 つのセグメントが 1 つの &apos;data&apos; イベントの一部になることも、ほかとまとめられることもあります。</translation>
    </message>
    <message>
        <source>tcpi_delivered: data segments the peer acknowledged</source>
        <translation>tcpi_delivered: ピアが確認応答したデータセグメント数</translation>
    </message>
    <message>
        <source>Segments known to have reached the peer&apos;s kernel (acknowledged), including retransmitted ones.</source>
        <translation>ピアのカーネルに届いたことがわかっている (確認応答された) セグメントで、再送したものも含みます。</translation>
    </message>
    <message>
        <source>tcpi_lost: segments the kernel currently believes lost</source>
        <translation>tcpi_lost: カーネルが現在失われたと見なしているセグメント数</translation>
    </message>
    <message>
        <source>Segments in flight that are presumed lost and will be retransmitted. 0 on a healthy loopback.</source>
        <translation>送出中で失われたと推定され、再送されるセグメントです。正常なループバックでは 0 です。</translation>
    </message>
    <message>
        <source>Call %1()</source>
        <translation>%1() の呼び出し</translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;</source>
        <translation>イベント &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error without a code</source>
        <translation>コードのないエラー</translation>
    </message>
    <message>
        <source>An error netbench has no explanation for.</source>
        <translation>netbench に説明のないエラーです。</translation>
    </message>
    <message>
        <source>The system call named in the error failed with this code. &apos;man errno&apos; lists the codes; the message is the system&apos;s own description.</source>
        <translation>エラーに示されたシステムコールがこのコードで失敗しました。コードの一覧は &apos;man errno&apos; にあり、メッセージはシステム自身の説明です。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>write() returned true</source>
        <translation>write() が true を返しました</translation>
    </message>
    <message>
        <source>write() returned false</source>
        <translation>write() が false を返しました</translation>
    </message>
    <message>
        <source>reconnect: netbench connects a new socket in place of one that closed.</source>
        <translation>reconnect: 閉じたソケットの代わりに netbench が新しいソケットを接続します。</translation>
    </message>
    <message>
        <source>The client was made to stay up (New Client: Reconnect; netbench connect --reconnect). Node has no such call: it is a new socket.connect() with the same options, after the wait shown, and the new socket has its own id and events.</source>
        <translation>クライアントは維持されるように作られています (新しいクライアント: 再接続、netbench connect --reconnect)。Node にはこのような呼び出しはありません: 表示された待ち時間の後に同じオプションで行う新しい socket.connect() であり、新しいソケットは独自の id とイベントを持ちます。</translation>
    </message>
</context>
<context>
    <name>gui::FontZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation>すべてのパネルの文字を大きくします</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation>すべてのパネルの文字を小さくします</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>文字を通常のサイズにします</translation>
    </message>
</context>
<context>
    <name>gui::HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;Quick start&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Listener…&lt;/b&gt; makes a server. Keep &lt;i&gt;localhost&lt;/i&gt; and port 0 (the kernel picks a free port), and choose &lt;i&gt;Echo&lt;/i&gt; to have it answer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Client…&lt;/b&gt; connects to it: pick the listener under &lt;i&gt;Live listeners&lt;/i&gt;, or type a host and port, or the path of a Unix socket.&lt;/li&gt;&lt;li&gt;Type in the &lt;b&gt;Composer&lt;/b&gt; at the bottom and press &lt;b&gt;Send&lt;/b&gt;. Every event and call appears in the stream in the middle; the bytes of the selected connection in &lt;b&gt;Conversation&lt;/b&gt;; its values and controls (noDelay, keepAlive, timeout, pause) in the &lt;b&gt;Inspector&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Close it: &lt;b&gt;End&lt;/b&gt; sends a FIN, &lt;b&gt;Destroy&lt;/b&gt; closes at once, &lt;b&gt;Reset&lt;/b&gt; sends an RST. Select a row of the stream and read &lt;b&gt;Explain&lt;/b&gt; for what it means.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lessons:&lt;/b&gt; &lt;b&gt;Help &amp;gt; Lessons&lt;/b&gt; opens guided lessons that run in this window and tell you what to notice; &lt;b&gt;File &amp;gt; Open Lesson…&lt;/b&gt; adds a lesson file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scripts:&lt;/b&gt; &lt;b&gt;Script &amp;gt; Run Script…&lt;/b&gt; runs a Node.js-style script (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;) here, as &lt;code&gt;netbench run script.js&lt;/code&gt; does on the command line; the &lt;b&gt;Script Console&lt;/b&gt; shows its output.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names:&lt;/b&gt; a &lt;i&gt;listener&lt;/i&gt; is a server (&lt;code&gt;net.Server&lt;/code&gt;); a &lt;i&gt;client socket&lt;/i&gt; is one this side opened with &lt;code&gt;connect()&lt;/code&gt;; an &lt;i&gt;accepted socket&lt;/i&gt; is one a listener accepted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Help &amp;gt; Keyboard Shortcuts&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;クイックスタート&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;エンドポイント &amp;gt; 新しいリスナー…&lt;/b&gt;でサーバーを作成します。&lt;i&gt;localhost&lt;/i&gt; とポート 0 (カーネルが空いているポートを選びます) のままにし、応答させるには&lt;i&gt;エコー&lt;/i&gt;を選びます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;エンドポイント &amp;gt; 新しいクライアント…&lt;/b&gt;でそれに接続します: &lt;i&gt;稼働中のリスナー&lt;/i&gt;からリスナーを選ぶか、ホストとポート、または Unix ソケットのパスを入力します。&lt;/li&gt;&lt;li&gt;下部の&lt;b&gt;コンポーザー&lt;/b&gt;に入力して&lt;b&gt;送信&lt;/b&gt;を押します。すべてのイベントと呼び出しは中央のストリームに、選択した接続のバイトは&lt;b&gt;会話&lt;/b&gt;に、その値と操作 (noDelay、keepAlive、timeout、pause) は&lt;b&gt;インスペクター&lt;/b&gt;に表示されます。&lt;/li&gt;&lt;li&gt;閉じるには: &lt;b&gt;送信終了&lt;/b&gt;は FIN を送り、&lt;b&gt;破棄&lt;/b&gt;はただちに閉じ、&lt;b&gt;リセット&lt;/b&gt;は RST を送ります。ストリームの行を選択し、&lt;b&gt;説明&lt;/b&gt;でその意味を読んでください。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;レッスン:&lt;/b&gt; &lt;b&gt;ヘルプ &amp;gt; レッスン&lt;/b&gt;は、このウィンドウで実行され注目点を教えてくれるガイド付きレッスンを開きます。&lt;b&gt;ファイル &amp;gt; レッスンを開く…&lt;/b&gt;でレッスンファイルを追加できます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;スクリプト:&lt;/b&gt; &lt;b&gt;スクリプト &amp;gt; スクリプトを実行…&lt;/b&gt;は Node.js 形式のスクリプト (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;) をここで実行します。コマンドラインの &lt;code&gt;netbench run script.js&lt;/code&gt; と同じです。出力は&lt;b&gt;スクリプトコンソール&lt;/b&gt;に表示されます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;名前:&lt;/b&gt; &lt;i&gt;リスナー&lt;/i&gt;はサーバー (&lt;code&gt;net.Server&lt;/code&gt;) です。&lt;i&gt;クライアントソケット&lt;/i&gt;はこちら側が &lt;code&gt;connect()&lt;/code&gt; で開いたもの、&lt;i&gt;受け付けたソケット&lt;/i&gt;はリスナーが受け付けたものです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;ヘルプ &amp;gt; キーボードショートカット&lt;/b&gt;にすべてのショートカットの一覧があります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick Start</source>
        <translation>クイックスタート</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>gui::InputProblems</name>
    <message>
        <source>Type a port number from 0 to 65535: “%1” is not a whole number.</source>
        <translation>0 ～ 65535 のポート番号を入力してください: “%1” は整数ではありません。</translation>
    </message>
    <message>
        <source>Type a port number from 0 to 65535: %1 is out of range.</source>
        <translation>0 ～ 65535 のポート番号を入力してください: %1 は範囲外です。</translation>
    </message>
    <message>
        <source>Type only the host name or address (such as localhost or 127.0.0.1), without a scheme like http:// or a path.</source>
        <translation>ホスト名またはアドレス (localhost や 127.0.0.1 など) だけを入力してください。http:// のようなスキームやパスは不要です。</translation>
    </message>
    <message>
        <source>Type an IPv6 address without brackets, such as ::1.</source>
        <translation>IPv6 アドレスは ::1 のように角かっこなしで入力してください。</translation>
    </message>
    <message>
        <source>Type the port in the Port field, not after the host.</source>
        <translation>ポートはホストの後ではなく「ポート」欄に入力してください。</translation>
    </message>
    <message>
        <source>A host has no spaces: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>ホストに空白は含まれません: localhost のような名前、または 127.0.0.1 や ::1 のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a host: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>“%1” はホストに使えません: localhost のような名前、または 127.0.0.1 や ::1 のようなアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Listening:</source>
        <translation>待ち受け中:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>接続数:</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>最大接続数:</translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation>参照中:</translation>
    </message>
    <message>
        <source>Local:</source>
        <translation>ローカル:</translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation>リモート:</translation>
    </message>
    <message>
        <source>Ready state:</source>
        <translation>準備状態:</translation>
    </message>
    <message>
        <source>Connecting:</source>
        <translation>接続中:</translation>
    </message>
    <message>
        <source>Destroyed:</source>
        <translation>破棄済み:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>一時停止中:</translation>
    </message>
    <message>
        <source>Bytes read:</source>
        <translation>読み込んだバイト数:</translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation>書き込んだバイト数:</translation>
    </message>
    <message>
        <source>Buffered:</source>
        <translation>バッファー内:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>エンコーディング:</translation>
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
        <translation>未送信:</translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation>未読:</translation>
    </message>
    <message>
        <source>TCP state:</source>
        <translation>TCP 状態:</translation>
    </message>
    <message>
        <source>RTT:</source>
        <translation>RTT:</translation>
    </message>
    <message>
        <source>Congestion window:</source>
        <translation>輻輳ウィンドウ:</translation>
    </message>
    <message>
        <source>Retransmits:</source>
        <translation>再送:</translation>
    </message>
    <message>
        <source>Path MTU:</source>
        <translation>経路 MTU:</translation>
    </message>
    <message>
        <source>Segments out:</source>
        <translation>送信セグメント:</translation>
    </message>
    <message>
        <source>Data segments out:</source>
        <translation>送信データセグメント:</translation>
    </message>
    <message>
        <source>Segments in:</source>
        <translation>受信セグメント:</translation>
    </message>
    <message>
        <source>Data segments in:</source>
        <translation>受信データセグメント:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>配送済み:</translation>
    </message>
    <message>
        <source>Lost:</source>
        <translation>損失:</translation>
    </message>
    <message>
        <source>No delay:</source>
        <translation>遅延なし:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>キープアライブ:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (bytes)</source>
        <translation>なし (バイト)</translation>
    </message>
    <message>
        <source>Listener #%1</source>
        <translation>リスナー #%1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 はもう存在しません。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n セグメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation>
            <numerusform>はい、アイドル %n 秒後に最初の確認</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy with error</source>
        <translation>エラー付きで破棄</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>エラーメッセージ:</translation>
    </message>
    <message>
        <source>Destroyed from the inspector</source>
        <translation>インスペクターから破棄しました</translation>
    </message>
    <message>
        <source>Auto-reply rules…</source>
        <translation>自動応答ルール…</translation>
    </message>
    <message>
        <source>Answer what this endpoint receives by rules: match, reply, delay, end or reset</source>
        <translation>このエンドポイントが受信したものにルールで応答します: 照合、応答、遅延、終了、リセット</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>調べるには「エンドポイント」でリスナーまたはソケットを選択してください。</translation>
    </message>
    <message>
        <source>Socket #%1</source>
        <translation>ソケット #%1</translation>
    </message>
</context>
<context>
    <name>gui::LessonPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>What to notice in this step: ticked when it happens; its row is selected in the event stream</source>
        <translation>このステップで注目すること: 起きるとチェックが付き、その行がイベントストリームで選択されます</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Start to run the lesson.</source>
        <translation>
            <numerusform>%n ステップ。「開始」を押すとレッスンを実行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>A script is running; stop it in the Script Console first.</source>
        <translation>スクリプトが実行中です。先にスクリプトコンソールで停止してください。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <source>Your turn:</source>
        <translation>あなたの番です:</translation>
    </message>
    <message>
        <source>Your turn: do what the step says.</source>
        <translation>あなたの番です: ステップの指示どおりに操作してください。</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>レッスン完了: 期待されたイベントがすべて起きました。</translation>
    </message>
    <message>
        <source>Lesson failed: %1</source>
        <translation>レッスン失敗: %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s script ended with exit code %1</source>
        <translation>レッスンのスクリプトが終了コード %1 で終了しました</translation>
    </message>
    <message>
        <source>Lesson stopped: %1</source>
        <translation>レッスンを停止しました: %1</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Do it for &amp;me</source>
        <translation>代わりに実行(&amp;M)</translation>
    </message>
    <message>
        <source>Runs the next step once this one is done (or shows the next step again after Back)</source>
        <translation>このステップが終わったら次のステップを実行します (「戻る」の後なら次のステップを再表示します)</translation>
    </message>
    <message>
        <source>Shows the step before again: its actions are not run again</source>
        <translation>前のステップを再表示します。その操作は再実行されません</translation>
    </message>
    <message>
        <source>netbench performs this step&apos;s action for you</source>
        <translation>このステップの操作を netbench が代わりに行います</translation>
    </message>
    <message>
        <source>Starting the next step…</source>
        <translation>次のステップを開始中…</translation>
    </message>
    <message>
        <source>Looking back: this step&apos;s actions ran already and are not run again. Next returns to step %1.</source>
        <translation>振り返り中: このステップの操作は実行済みで、再実行されません。「次へ」でステップ %1 に戻ります。</translation>
    </message>
    <message>
        <source>Doing it for you…</source>
        <translation>代わりに実行中…</translation>
    </message>
    <message>
        <source>Step done. Press Next to go on.</source>
        <translation>ステップ完了。「次へ」を押して進んでください。</translation>
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
        <translation>#%1: ファイルは送信されませんでした: %2</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>コンポーザー</translation>
    </message>
    <message>
        <source>Script Console</source>
        <translation>スクリプトコンソール</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>シーケンス図</translation>
    </message>
    <message>
        <source>Peer Conversation</source>
        <translation>ピア側の会話</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation>レッスンを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>レッスンを開く</translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>レッスン (*.lesson);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>トレースを開く</translation>
    </message>
    <message>
        <source>JSON Lines traces (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines トレース (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export trace as CSV</source>
        <translation>トレースを CSV でエクスポート</translation>
    </message>
    <message>
        <source>Export trace as JSON Lines</source>
        <translation>トレースを JSON Lines でエクスポート</translation>
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
        <translation>トレースのエクスポート</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>ワークスペースを保存</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json)</source>
        <translation>netbench ワークスペース (*.nbw.json *.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json);;All files (*)</source>
        <translation>netbench ワークスペース (*.nbw.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Run script</source>
        <translation>スクリプトを実行</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export as &amp;Script…</source>
        <translation>スクリプトとしてエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>The calls made in this window as a Node-style script that makes them again with the same timing (node or netbench run)</source>
        <translation>このウィンドウで行った呼び出しを、同じタイミングで再実行する Node 形式のスクリプトにします (node または netbench run)</translation>
    </message>
    <message>
        <source>Export as script</source>
        <translation>スクリプトとしてエクスポート</translation>
    </message>
    <message>
        <source>JavaScript (*.js)</source>
        <translation>JavaScript (*.js)</translation>
    </message>
    <message>
        <source>netbench session of %1</source>
        <translation>%1 の netbench セッション</translation>
    </message>
    <message>
        <source>Script exported to %1</source>
        <translation>スクリプトを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Another trace is still being read.</source>
        <translation>別のトレースをまだ読み込み中です。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 にはレコードがありません。</translation>
    </message>
    <message>
        <source>%1 opened for review in a window of its own.</source>
        <translation>%1 を専用のウィンドウで確認用に開きました。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n 行を読み込めませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace saved to %1</source>
        <translation>ワークスペースを %1 に保存しました</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n listener(s)</source>
        <translation>
            <numerusform>%1 を開きました: リスナー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>、クライアント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 endpoints (%2 live) · %3 events · in %4 · out %5</source>
        <translation>エンドポイント %1 (稼働中 %2) · イベント %3 · 受信 %4 · 送信 %5</translation>
    </message>
    <message>
        <source>About netbench</source>
        <translation>netbench について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and Unix domain sockets, with Node.js &lt;code&gt;net&lt;/code&gt; semantics on Qt %2.&lt;/p&gt;&lt;p&gt;Every event and call is recorded; scripts run with &lt;code&gt;netbench run&lt;/code&gt; or in the Script Console.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;TCP と Unix ドメインソケットのためのワークベンチです。Qt %2 上で Node.js の &lt;code&gt;net&lt;/code&gt; のセマンティクスを実現しています。&lt;/p&gt;&lt;p&gt;すべてのイベントと呼び出しが記録されます。スクリプトは &lt;code&gt;netbench run&lt;/code&gt; またはスクリプトコンソールで実行できます。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>A script is running and %n endpoint(s) are open. Close them and quit?</source>
        <translation>
            <numerusform>スクリプトが実行中で、%n 個のエンドポイントが開いています。閉じて終了しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) are still open. Close them and quit?</source>
        <translation>
            <numerusform>%n 個のエンドポイントがまだ開いています。閉じて終了しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit netbench</source>
        <translation>netbench の終了</translation>
    </message>
    <message>
        <source>Close %1? It stops accepting connections; this cannot be undone.</source>
        <translation>%1 を閉じますか? 接続の受け付けを停止します。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Destroy %1? It closes at once: data still queued is dropped and the peer sees &apos;end&apos; (or ECONNRESET if data was left unread). This cannot be undone.</source>
        <translation>%1 を破棄しますか? ただちに閉じます: キューに残っているデータは破棄され、ピアには &apos;end&apos; が見えます (未読データが残っていれば ECONNRESET)。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Reset %1? It sends an RST: the peer sees ECONNRESET and bytes not yet read on either side are lost. This cannot be undone.</source>
        <translation>%1 をリセットしますか? RST を送ります: ピアには ECONNRESET が見え、双方でまだ読まれていないバイトは失われます。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>すべて閉じる(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window (a running script&apos;s own endpoints are left alone)</source>
        <translation>このウィンドウで作成したすべてのソケットを破棄し、すべてのリスナーを閉じます (実行中のスクリプト自身のエンドポイントはそのままです)</translation>
    </message>
    <message>
        <source>Close All</source>
        <translation>すべて閉じる</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window? This cannot be undone.</source>
        <translation>このウィンドウで作成したすべてのソケットを破棄し、すべてのリスナーを閉じますか? 元に戻すことはできません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No endpoints yet.&lt;/b&gt; To start:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;New Listener…&lt;/a&gt; (%1): a server on a port or a Unix socket path; port 0 lets the kernel pick a free one.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;New Client…&lt;/a&gt; (%2): connect to it; the dialog lists the live listeners.&lt;/li&gt;&lt;li&gt;Type in the Composer below and press Send.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Or follow a guided &lt;a href=&quot;#lessons&quot;&gt;lesson&lt;/a&gt;, or &lt;a href=&quot;#script&quot;&gt;run a script&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Quick Start&lt;/a&gt; explains the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;エンドポイントはまだありません。&lt;/b&gt;始め方:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;新しいリスナー…&lt;/a&gt; (%1): ポートまたは Unix ソケットのパスで待ち受けるサーバーです。ポート 0 ならカーネルが空いているポートを選びます。&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;新しいクライアント…&lt;/a&gt; (%2): それに接続します。ダイアログには稼働中のリスナーが一覧表示されます。&lt;/li&gt;&lt;li&gt;下のコンポーザーに入力して「送信」を押します。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;または、ガイド付きの&lt;a href=&quot;#lessons&quot;&gt;レッスン&lt;/a&gt;に従うか、&lt;a href=&quot;#script&quot;&gt;スクリプトを実行&lt;/a&gt;します (%3)。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;クイックスタート&lt;/a&gt;でウィンドウの使い方を説明しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>クイックスタート(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>New &amp;Relay…</source>
        <translation>新しいリレー(&amp;R)…</translation>
    </message>
    <message>
        <source>Put netbench between clients and a server: each client gets its own connection to the target, with faults on purpose</source>
        <translation>クライアントとサーバーの間に netbench を置きます: 各クライアントは転送先への専用の接続を持ち、意図的に障害を起こせます</translation>
    </message>
    <message>
        <source>Auto-reply R&amp;ules…</source>
        <translation>自動応答ルール(&amp;U)…</translation>
    </message>
    <message>
        <source>Answer what the selected listener&apos;s connections (or the selected socket) receive by rules: match, reply, delay, end or reset</source>
        <translation>選択したリスナーの接続 (または選択したソケット) が受信したものにルールで応答します: 照合、応答、遅延、終了、リセット</translation>
    </message>
    <message>
        <source>Auto-reply rules of %1</source>
        <translation>%1 の自動応答ルール</translation>
    </message>
    <message>
        <source>Saved Messages</source>
        <translation>保存済みメッセージ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Reconnect attempt %1: #%2 in place of #%3</source>
        <translation>再接続 %1 回目: #%3 の代わりに #%2</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1 of %2, next in %3 s</source>
        <translation>再接続中、%2 回中 %1 回目、次は %3 秒後</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1, next in %2 s</source>
        <translation>再接続中、%1 回目、次は %2 秒後</translation>
    </message>
    <message>
        <source>#%1 closed: %2</source>
        <translation>#%1 を閉じました: %2</translation>
    </message>
    <message>
        <source>replaced by #%1</source>
        <translation>#%1 に置き換え</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>%1 回目</translation>
    </message>
    <message>
        <source>This connection answers by the rules of %1, which accepted it. A change applies to all of that listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>この接続は、これを受け付けた %1 のルールで応答します。変更はそのリスナーのすべての接続に適用されます: 開いている接続には次のメッセージから、以後受け付ける接続にはすべて適用されます。</translation>
    </message>
    <message>
        <source>A change applies to all of this listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>変更はこのリスナーのすべての接続に適用されます: 開いている接続には次のメッセージから、以後受け付ける接続にはすべて適用されます。</translation>
    </message>
    <message>
        <source>A change applies to this connection from its next message on.</source>
        <translation>変更はこの接続の次のメッセージから適用されます。</translation>
    </message>
    <message numerus="yes">
        <source>, %n relay(s)</source>
        <translation>
            <numerusform>、リレー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is open, but %n thing(s) in it could not be used as saved:</source>
        <translation>
            <numerusform>%1 を開きましたが、その中の %n 個の項目は保存されたとおりに使えませんでした:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::NewClientDialog</name>
    <message>
        <source>none (data as bytes)</source>
        <translation>なし (データはバイトのまま)</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>パスの長さは %1 バイトです。Unix ソケットのパスは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>Enter the port to connect to.</source>
        <translation>接続先のポートを入力してください。</translation>
    </message>
    <message>
        <source>Unix socket to connect to</source>
        <translation>接続先の Unix ソケット</translation>
    </message>
    <message>
        <source>None: make one with New Listener</source>
        <translation>なし: 「新しいリスナー」で作成してください</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>このウィンドウのリスナーを選択…</translation>
    </message>
    <message>
        <source>Enter the path of the Unix domain socket to connect to, such as /tmp/app.sock.</source>
        <translation>接続先の Unix ドメインソケットのパスを入力してください (例: /tmp/app.sock)。</translation>
    </message>
    <message>
        <source>Enter the host to connect to: a name such as localhost or an address such as 127.0.0.1.</source>
        <translation>接続先のホストを入力してください: localhost のような名前、または 127.0.0.1 のようなアドレスです。</translation>
    </message>
    <message>
        <source>The local address must be an IP address of this machine (such as 127.0.0.1), not %1.</source>
        <translation>ローカルアドレスはこのマシンの IP アドレス (127.0.0.1 など) でなければなりません (%1 は使えません)。</translation>
    </message>
    <message>
        <source>Local port: %1</source>
        <translation>ローカルポート: %1</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>自動応答:</translation>
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
        <translation>すべてのインターフェース (0.0.0.0)</translation>
    </message>
    <message>
        <source>all interfaces (::)</source>
        <translation>すべてのインターフェース (::)</translation>
    </message>
    <message>
        <source>Enter the address to listen on.</source>
        <translation>待ち受けるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>パスの長さは %1 バイトです。Unix ソケットのパスは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>パスに NUL 文字を含めることはできません。</translation>
    </message>
    <message>
        <source>Listening on all interfaces: reachable from other machines on the network.</source>
        <translation>すべてのインターフェースで待ち受けます: ネットワーク上のほかのマシンから接続できます。</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: reachable from other machines.</source>
        <translation>%1 はループバックアドレスではありません: ほかのマシンから接続できます。</translation>
    </message>
    <message>
        <source>Unix socket path</source>
        <translation>Unix ソケットのパス</translation>
    </message>
    <message>
        <source>Enter a path for the Unix domain socket, such as /tmp/netbench.sock.</source>
        <translation>Unix ドメインソケットのパスを入力してください (例: /tmp/netbench.sock)。</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>自動応答:</translation>
    </message>
</context>
<context>
    <name>gui::NewRelayDialog</name>
    <message>
        <source>New Relay</source>
        <translation>新しいリレー</translation>
    </message>
    <message>
        <source>Clients connect to the relay; each one gets its own connection to the target, and both legs show in the endpoint tree. Faults are set in the Relay panel, live.</source>
        <translation>クライアントはリレーに接続し、それぞれが転送先への専用の接続を持ちます。両方の区間がエンドポイントのツリーに表示されます。障害は「リレー」パネルで、稼働中に設定します。</translation>
    </message>
    <message>
        <source>Clients connect to</source>
        <translation>クライアントの接続先</translation>
    </message>
    <message>
        <source>Relay each client to</source>
        <translation>各クライアントのリレー先</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 なら空いているポートを選びます</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>A client whose target connection is not up after this long is reset, and the event stream says why</source>
        <translation>この時間が過ぎても転送先への接続が確立しないクライアントはリセットされ、イベントストリームに理由が表示されます</translation>
    </message>
    <message>
        <source>Target connect timeout:</source>
        <translation>転送先への接続タイムアウト:</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>Unix ソケット</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Enter the address the relay listens on, such as 127.0.0.1.</source>
        <translation>リレーが待ち受けるアドレスを入力してください (例: 127.0.0.1)。</translation>
    </message>
    <message>
        <source>Enter the host the relay connects to.</source>
        <translation>リレーの接続先のホストを入力してください。</translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation>ホストに空白を含めることはできません。</translation>
    </message>
    <message>
        <source>Enter the port clients connect to (0 picks a free one).</source>
        <translation>クライアントが接続するポートを入力してください (0 なら空いているポートを選びます)。</translation>
    </message>
    <message>
        <source>Enter the port of the target.</source>
        <translation>転送先のポートを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a port: enter a number from %2 to 65535.</source>
        <translation>“%1” はポートではありません: %2 ～ 65535 の数値を入力してください。</translation>
    </message>
    <message>
        <source>The target needs a real port: 0 only means “any free port” when listening.</source>
        <translation>転送先には実際のポートが必要です: 0 が「空いている任意のポート」を意味するのは待ち受けのときだけです。</translation>
    </message>
    <message>
        <source>Enter a path for the relay&apos;s Unix socket.</source>
        <translation>リレーの Unix ソケットのパスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the path of the target&apos;s Unix socket.</source>
        <translation>転送先の Unix ソケットのパスを入力してください。</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>パスに NUL 文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>パスの長さは %1 バイトです。Unix ソケットのパスは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>The relay would connect to itself: choose another target.</source>
        <translation>リレーが自分自身に接続してしまいます: 別の転送先を選んでください。</translation>
    </message>
</context>
<context>
    <name>gui::RelayPanel</name>
    <message>
        <source>Refuse new connections (reset at once)</source>
        <translation>新しい接続を拒否 (ただちにリセット)</translation>
    </message>
    <message>
        <source>Client → server</source>
        <translation>クライアント → サーバー</translation>
    </message>
    <message>
        <source>Server → client</source>
        <translation>サーバー → クライアント</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Each chunk waits this long in the relay before it goes on</source>
        <translation>各チャンクは先へ進む前にリレー内でこの時間待機します</translation>
    </message>
    <message>
        <source> B/s</source>
        <translation> B/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>遅延:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>帯域幅:</translation>
    </message>
    <message>
        <source>as they arrive</source>
        <translation>届いたまま</translation>
    </message>
    <message>
        <source>fixed size</source>
        <translation>固定サイズ</translation>
    </message>
    <message>
        <source>random size</source>
        <translation>ランダムサイズ</translation>
    </message>
    <message>
        <source>Forward in pieces, one write each, so that stream-boundary bugs show up</source>
        <translation>片に分けて 1 片 1 回の書き込みで転送し、ストリーム境界のバグを表面化させます</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>一時停止なし</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>片:</translation>
    </message>
    <message>
        <source>Pause after each:</source>
        <translation>各片の後の一時停止:</translation>
    </message>
    <message>
        <source>Hold: forward nothing (the sender&apos;s backpressure builds)</source>
        <translation>保留: 何も転送しません (送り手のバックプレッシャーが高まります)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>すぐに</translation>
    </message>
    <message>
        <source>after</source>
        <translation>通過バイト数:</translation>
    </message>
    <message>
        <source>Inject FIN</source>
        <translation>FIN を注入</translation>
    </message>
    <message>
        <source>end() towards the receiver once this many bytes went through; the rest of this direction is dropped</source>
        <translation>この量のバイトが通過したら受け手に向けて end() します。この方向の残りは捨てられます</translation>
    </message>
    <message>
        <source>Inject RST</source>
        <translation>RST を注入</translation>
    </message>
    <message>
        <source>Reset both legs once this many bytes went through: both peers see ECONNRESET</source>
        <translation>この量のバイトが通過したら両方の区間をリセットします: 両方のピアに ECONNRESET が見えます</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>打ち切り</translation>
    </message>
    <message>
        <source>The receiver gets exactly this many bytes and end(); the sender&apos;s leg closes</source>
        <translation>受け手はちょうどこのバイト数と end() を受け取り、送り手側の区間は閉じます</translation>
    </message>
    <message>
        <source>Select a relay, or one of its connections, in the Endpoints panel (Endpoint ▸ New Relay… makes one).</source>
        <translation>「エンドポイント」パネルでリレーまたはその接続の 1 つを選択してください (エンドポイント ▸ 新しいリレー… で作成できます)。</translation>
    </message>
    <message>
        <source>%1 · %2 relayed, %3 open, %4 refused</source>
        <translation>%1 · リレー済み %2、オープン %3、拒否 %4</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉じました</translation>
    </message>
    <message>
        <source>Forwarded %1 · waiting in the relay %2</source>
        <translation>転送済み %1 · リレー内で待機中 %2</translation>
    </message>
</context>
<context>
    <name>gui::ReplyRulesField</name>
    <message>
        <source>Auto-reply rule&amp;s…</source>
        <translation>自動応答ルール(&amp;S)…</translation>
    </message>
    <message>
        <source>Answer what arrives by rules: match, reply, delay, end or reset. Rules answer instead of the automatic behaviour.</source>
        <translation>届いたものにルールで応答します: 一致、応答、遅延、終了、リセット。ルールは自動の動作の代わりに応答します。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 on</source>
        <translation>
            <numerusform>ルール %n 件、有効 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RulesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Auto-reply rules</source>
        <translation>自動応答ルール</translation>
    </message>
    <message>
        <source>Each chunk as read</source>
        <translation>読み込んだチャンクごと</translation>
    </message>
    <message>
        <source>Each line (LF, CR LF)</source>
        <translation>行ごと (LF、CR LF)</translation>
    </message>
    <message>
        <source>Each message ending in:</source>
        <translation>次で終わるメッセージごと:</translation>
    </message>
    <message>
        <source>delimiter, with escapes (\0, \r\n)</source>
        <translation>区切り文字 (エスケープ可: \0、\r\n)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Rule  KIND[,OPTION...]:PATTERN=REPLY</source>
        <translation>ルール  KIND[,OPTION...]:PATTERN=REPLY</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>一致回数</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>KIND: exact, contains, re, hex. OPTION: delay=200ms, end, reset. REPLY: text with \r \n \xHH and $1, ${count}, ${time}, ${data}, or hex:BYTES. The first rule that matches a message answers it.</source>
        <translation>KIND: exact、contains、re、hex。OPTION: delay=200ms、end、reset。REPLY: \r \n \xHH と $1、${count}、${time}、${data} を含むテキスト、または hex:BYTES。メッセージに最初に一致したルールが応答します。</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>区切り文字: %1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>Rule %1 is kept as the workspace had it, and stays off: %2</source>
        <translation>ルール %1 はワークスペースにあったとおりに保持され、オフのままです: %2</translation>
    </message>
</context>
<context>
    <name>gui::RulesScript</name>
    <message>
        <source>its regular expression uses PCRE syntax that JavaScript does not have</source>
        <translation>正規表現に JavaScript にない PCRE の構文が使われています</translation>
    </message>
    <message>
        <source>it is turned off</source>
        <translation>無効になっています</translation>
    </message>
    <message>
        <source>%1: auto-reply rule %2 (%3) left out: %4</source>
        <translation>%1: 自動応答ルール %2 (%3) を省きました: %4</translation>
    </message>
</context>
<context>
    <name>gui::SavedMessagesWidget</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Add from Composer</source>
        <translation>コンポーザーから追加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>保存済みメッセージ</translation>
    </message>
    <message>
        <source>Send saved message</source>
        <translation>保存済みメッセージを送信</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2 (line %3, column %4)</source>
        <translation>&quot;%1&quot; は送信できません: %2 (%3 行 %4 列)</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>メッセージを保存</translation>
    </message>
    <message>
        <source>Edit saved message</source>
        <translation>保存済みメッセージを編集</translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>保存済みメッセージをインポート</translation>
    </message>
    <message>
        <source>Saved messages (*.json);;All files (*)</source>
        <translation>保存済みメッセージ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>保存済みメッセージをエクスポート</translation>
    </message>
    <message>
        <source>Saved messages (*.json)</source>
        <translation>保存済みメッセージ (*.json)</translation>
    </message>
    <message>
        <source>Text (escapes \r \n \t \0 \\ \xNN)</source>
        <translation>テキスト (エスケープ \r \n \t \0 \\ \xNN)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File (its path)</source>
        <translation>ファイル (そのパス)</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>改行なし</translation>
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
        <translation>名前:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容:</translation>
    </message>
    <message>
        <source>Line ending:</source>
        <translation>改行コード:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>グローバル</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を送信: %2</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>送信先の接続済みソケットを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read. They stay in the file as they are.</source>
        <translation>
            <numerusform>%1: 名前、既知の種類、内容のいずれかがない項目 %n 件を読み込めませんでした。これらはファイルにそのまま残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read and were not imported.</source>
        <translation>
            <numerusform>%1: 名前、既知の種類、内容のいずれかがない項目 %n 件を読み込めず、インポートしませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ScriptConsoleWidget</name>
    <message>
        <source>Run script</source>
        <translation>スクリプトを実行</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 を実行中…</translation>
    </message>
    <message>
        <source>Stopped (exit code 130).</source>
        <translation>停止しました (終了コード 130)。</translation>
    </message>
    <message>
        <source>Finished with exit code %1.</source>
        <translation>終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <source>Choose a script file first.</source>
        <translation>先にスクリプトファイルを選択してください。</translation>
    </message>
    <message>
        <source>A script is already running; stop it first.</source>
        <translation>スクリプトはすでに実行中です。先に停止してください。</translation>
    </message>
</context>
<context>
    <name>gui::SequenceDiagramWidget</name>
    <message>
        <source>Hide data</source>
        <translation>データを隠す</translation>
    </message>
    <message>
        <source>Hide data arrows and write() calls</source>
        <translation>データの矢印と write() の呼び出しを隠します</translation>
    </message>
    <message>
        <source>Hide internal calls</source>
        <translation>内部の呼び出しを隠す</translation>
    </message>
    <message>
        <source>Hide the calls netcore made itself (auto end, auto destroy)</source>
        <translation>netcore が自分で行った呼び出し (自動の end、自動の destroy) を隠します</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小 (Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>拡大 (Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as SVG</source>
        <translation>表示の先頭から図を SVG でエクスポートします</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as PNG</source>
        <translation>表示の先頭から図を PNG でエクスポートします</translation>
    </message>
    <message>
        <source>%1 rows, %2 lanes</source>
        <translation>%1 行、%2 レーン</translation>
    </message>
    <message>
        <source>Cannot make a PNG of the diagram</source>
        <translation>図の PNG を作成できません</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>図を SVG でエクスポート</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>図を PNG でエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>図のエクスポート</translation>
    </message>
</context>
<context>
    <name>gui::SequenceLayout</name>
    <message>
        <source>server #%1</source>
        <translation>サーバー #%1</translation>
    </message>
    <message>
        <source>accepted #%1</source>
        <translation>受け付け #%1</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>クライアント #%1</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>peer of #%1 at %2</source>
        <translation>#%1 のピア (%2)</translation>
    </message>
    <message>
        <source>peer of #%1</source>
        <translation>#%1 のピア</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>1 record lost</source>
        <translation>1 件のレコードが失われました</translation>
    </message>
    <message>
        <source>%1 records lost</source>
        <translation>%1 件のレコードが失われました</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation>%1 回の書き込み</translation>
    </message>
    <message>
        <source>part of a write</source>
        <translation>書き込みの一部</translation>
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
        <translation>直近 60 秒間の 1 秒あたりの受信 (in) と送信 (out) のバイト数</translation>
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
        <translation>60 秒</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>受信 %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>送信 %1</translation>
    </message>
</context>
<context>
    <name>gui::TraceReviewWindow</name>
    <message>
        <source>%1 — review — netbench</source>
        <translation>%1 — レビュー — netbench</translation>
    </message>
    <message>
        <source>a trace keeps the first %1 bytes of each chunk</source>
        <translation>トレースは各チャンクの最初の %1 バイトを保持します</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records, %3 endpoints, read from the file. A review is read-only: nothing here sends or changes an endpoint.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ファイルから読み込んだ %2 件のレコード、%3 個のエンドポイント。レビューは読み取り専用です: ここでは何も送信せず、エンドポイントも変更しません。</translation>
    </message>
</context>
<context>
    <name>gui::UserPrompts</name>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>今後は確認しない</translation>
    </message>
</context>
<context>
    <name>gui::WindowLayouts</name>
    <message>
        <source>&amp;Teaching Layout</source>
        <translation>授業用レイアウト(&amp;T)</translation>
    </message>
    <message>
        <source>For a class: the sequence diagram, the event stream and both ends&apos; conversations side by side, in large text</source>
        <translation>授業向け: シーケンス図、イベントストリーム、両端の会話を大きな文字で並べて表示します</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>The panels where a first run puts them</source>
        <translation>パネルを初回起動時の位置に戻します</translation>
    </message>
</context>
<context>
    <name>lesson::Builtin</name>
    <message>
        <source>no built-in lesson &apos;%1&apos; (netbench lesson --list lists them; a file&apos;s path works too)</source>
        <translation>組み込みのレッスン &apos;%1&apos; はありません (一覧は netbench lesson --list。ファイルのパスも使えます)</translation>
    </message>
</context>
<context>
    <name>lesson::Expectation</name>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation>引用符 (&quot;) が閉じられていません</translation>
    </message>
    <message>
        <source>an expectation is ROLE NAME [KEY=VALUE ...], as in &apos;client end&apos; or &apos;client write() ok=false&apos;</source>
        <translation>期待は ROLE NAME [KEY=VALUE ...] の形式です。例: &apos;client end&apos;、&apos;client write() ok=false&apos;</translation>
    </message>
    <message>
        <source>unknown event or call &apos;%1&apos; (known: %2)</source>
        <translation>不明なイベントまたは呼び出し &apos;%1&apos; (既知のもの: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field test (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N or KEY~TEXT)</source>
        <translation>&apos;%1&apos; はフィールドの条件ではありません (KEY=VALUE、KEY!=VALUE、KEY&gt;N、KEY&lt;N、KEY~TEXT)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>不明なフィールド &apos;%1&apos; (既知のもの: %2)</translation>
    </message>
</context>
<context>
    <name>lesson::Parser</name>
    <message>
        <source>a lesson is text; this file holds a NUL byte</source>
        <translation>レッスンはテキストですが、このファイルには NUL バイトが含まれています</translation>
    </message>
    <message>
        <source>code comes inside a step (after a &apos;## &apos; heading)</source>
        <translation>コードはステップの中 (&apos;## &apos; 見出しの後) に置きます</translation>
    </message>
    <message>
        <source>a step has one code block; this step already has one</source>
        <translation>ステップのコードブロックは 1 つです。このステップにはすでにあります</translation>
    </message>
    <message>
        <source>a code block is JavaScript (&apos;```&apos; or &apos;```js&apos;), not &apos;%1&apos;</source>
        <translation>コードブロックは JavaScript (&apos;```&apos; または &apos;```js&apos;) です。&apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos; before its first step</source>
        <translation>レッスンは最初のステップの前に &apos;title: ...&apos; で始めます</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos;</source>
        <translation>レッスンは &apos;title: ...&apos; で始めます</translation>
    </message>
    <message>
        <source>the lesson already has a title</source>
        <translation>レッスンにはすでにタイトルがあります</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>タイトルが空です</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; belongs to a step (after a &apos;## &apos; heading)</source>
        <translation>&apos;%1:&apos; はステップに属します (&apos;## &apos; 見出しの後)</translation>
    </message>
    <message>
        <source>a step has one &apos;do:&apos; instruction</source>
        <translation>ステップの &apos;do:&apos; 指示は 1 つです</translation>
    </message>
    <message>
        <source>&apos;do:&apos; says what the learner does</source>
        <translation>&apos;do:&apos; には学習者が行うことを書きます</translation>
    </message>
    <message>
        <source>&apos;timeout:&apos; is a number of milliseconds from 1 to 600000</source>
        <translation>&apos;timeout:&apos; は 1 ～ 600000 のミリ秒数です</translation>
    </message>
    <message>
        <source>the code block opened here is not closed with &apos;```&apos;</source>
        <translation>ここで開いたコードブロックが &apos;```&apos; で閉じられていません</translation>
    </message>
    <message>
        <source>a lesson has at least one step (&apos;## Step title&apos;)</source>
        <translation>レッスンには少なくとも 1 つのステップ (&apos;## ステップのタイトル&apos;) が必要です</translation>
    </message>
</context>
<context>
    <name>lesson::Runner</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>学習者の操作: %1</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot; (line %3): %4</source>
        <translation>ステップ %1「%2」(%3 行目): %4</translation>
    </message>
    <message>
        <source>noticed: %1</source>
        <translation>確認: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not happen within %2 ms</source>
        <translation>&quot;%1&quot; が %2 ms 以内に起きませんでした</translation>
    </message>
    <message>
        <source>its code did not finish within %1 ms</source>
        <translation>そのコードが %1 ms 以内に終わりませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <comment>a server&apos;s &apos;connection&apos; event: the new socket&apos;s label</comment>
        <translation>%1 として受け付け</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>a socket&apos;s &apos;connect&apos; event: the address it reached</comment>
        <translation>接続先 %1</translation>
    </message>
    <message>
        <source>(a learner action: skipped when run headless)</source>
        <translation>(学習者の操作: ウィンドウなしの実行では省略)</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>レッスン完了: 期待したイベントはすべて起きました。</translation>
    </message>
    <message>
        <source>lesson failed: %1</source>
        <translation>レッスン失敗: %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s code threw: %1</source>
        <translation>レッスンのコードが例外を投げました: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens the netbench window, with a saved workspace or trace if given.</source>
        <translation>netbench のウィンドウを開きます。保存したワークスペースまたはトレースが指定されていれば、それも開きます。</translation>
    </message>
    <message>
        <source>A workspace (.json) to open, or a trace (.jsonl) to review.</source>
        <translation>開くワークスペース (.json)、または確認するトレース (.jsonl)。</translation>
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
        <translation>使い方: netbench COMMAND [options] [arguments]
TCP と Unix ドメインソケットのワークベンチ (Node の net のセマンティクス)。

コマンドなしで実行すると、netbench はウィンドウを開きます。

コマンド:
  gui [FILE]                 ウィンドウを開きます (ワークスペースやトレースも)。
  run FILE.js [ARGS...]      Node 形式の net スクリプトをウィンドウなしで実行。
  listen [HOST:]PORT | PATH  接続を受け付け、標準入出力へ中継します。
  connect HOST PORT | PATH   接続し、その接続を標準入出力へ中継します。
  relay LISTEN TARGET        クライアントをサーバーへリレー (意図的な障害も)。
  demo [--unix]              ツアー: 1 つのループ上のサーバーとクライアント。
  lesson NAME | FILE         レッスンをウィンドウなしで実行 (--list で一覧)。

&apos;netbench COMMAND --help&apos; でコマンドのオプションを一覧表示します。
接続先は HOST PORT、HOST:PORT、[IPV6]:PORT のいずれかです。ncat と同様に、
&apos;netbench -l [options] PORT&apos; は listen、
&apos;netbench -OPTIONS HOST PORT&apos; は connect です。
  -h, --help     このヘルプを表示します。
  -v, --version  バージョンを表示します。
</translation>
    </message>
    <message>
        <source>Usage: netbench gui [FILE]
Opens the window, with a workspace (.json) or a trace (.jsonl) if given.
</source>
        <translation>使い方: netbench gui [FILE]
ウィンドウを開きます。ワークスペース (.json) またはトレース (.jsonl) が指定されていれば、それも開きます。
</translation>
    </message>
    <message>
        <source>netbench: unknown command &apos;%1&apos;</source>
        <translation>netbench: 不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netbench: the window needs a display (X11 or Wayland), and none is set.
Without one, use the headless commands: netbench run | listen | connect | relay | demo | lesson (netbench --help).
</source>
        <translation>netbench: ウィンドウにはディスプレイ (X11 または Wayland) が必要ですが、設定されていません。
ディスプレイがない場合は、ウィンドウなしのコマンドを使ってください: netbench run | listen | connect | relay | demo | lesson (netbench --help)。
</translation>
    </message>
</context>
<context>
    <name>session::Engine</name>
    <message>
        <source>the target did not answer within %1 ms: the client was reset</source>
        <translation>転送先が %1 ms 以内に応答しませんでした: クライアントはリセットされました</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a relay, or it is gone.</source>
        <translation>エンドポイント %1 はリレーではないか、すでに存在しません。</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a socket, or it is gone.</source>
        <translation>エンドポイント %1 はソケットではないか、すでに存在しません。</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a server, or it is gone.</source>
        <translation>エンドポイント %1 はサーバーではないか、すでに存在しません。</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>接続はすでに存在しません。</translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation>この接続ではすでにファイルを送信中です。</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>ファイルの送信が終わる前に接続が閉じました。</translation>
    </message>
    <message>
        <source>auto-reply rule %1: %2</source>
        <translation>自動応答ルール %1: %2</translation>
    </message>
    <message>
        <source>auto-reply rules: %1</source>
        <translation>自動応答ルール: %1</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts</source>
        <translation>%1 回の再接続を試みた後、あきらめました</translation>
    </message>
    <message>
        <source>not connected: the listener it connects to (listener %1 of the workspace) is not listening</source>
        <translation>接続していません: 接続先のリスナー (ワークスペースのリスナー %1) が待ち受けていません</translation>
    </message>
</context>
<context>
    <name>session::FileSender</name>
    <message>
        <source>This file send has already started.</source>
        <translation>このファイル送信はすでに開始しています。</translation>
    </message>
    <message>
        <source>The connection is not writable.</source>
        <translation>接続は書き込みできません。</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>ファイルの送信が終わる前に接続が閉じました。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>it is shorter than when the send started</source>
        <translation>送信開始時より短くなっています</translation>
    </message>
</context>
<context>
    <name>session::MessageLibrary</name>
    <message>
        <source>A file is sent by streaming it, not as one payload.</source>
        <translation>ファイルは 1 つのペイロードとしてではなく、ストリーミングで送信されます。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>有効な JSON ではありません (オフセット %1): %2</translation>
    </message>
    <message>
        <source>Not a file of netbench messages (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>netbench のメッセージファイルではありません (&quot;format&quot;: &quot;%1&quot; がありません)。</translation>
    </message>
    <message>
        <source>Messages of version %1; this netbench reads version %2.</source>
        <translation>バージョン %1 のメッセージです。この netbench が読めるのはバージョン %2 です。</translation>
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
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>A backslash at the end starts no escape; write \\ for a backslash</source>
        <translation>末尾のバックスラッシュはエスケープになりません。バックスラッシュには \\ と書いてください</translation>
    </message>
    <message>
        <source>\x needs two hex digits, as in \x0a</source>
        <translation>\x には \x0a のように 2 桁の 16 進数が必要です</translation>
    </message>
    <message>
        <source>Unknown escape \%1; use \r \n \t \0 \\ or \xNN</source>
        <translation>不明なエスケープ \%1 です。\r \n \t \0 \\ または \xNN を使ってください</translation>
    </message>
    <message>
        <source>%1 is not a hex digit</source>
        <translation>%1 は 16 進数の数字ではありません</translation>
    </message>
    <message>
        <source>0x is not followed by hex digits</source>
        <translation>0x の後に 16 進数の数字がありません</translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot;; each byte takes two</source>
        <translation>&quot;%1&quot; の 16 進数の桁数が奇数です。1 バイトは 2 桁です</translation>
    </message>
    <message>
        <source>Nothing may follow the &apos;=&apos; padding</source>
        <translation>&apos;=&apos; のパディングの後には何も置けません</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding too early</source>
        <translation>&apos;=&apos; のパディングが早すぎます</translation>
    </message>
    <message>
        <source>%1 is not a base64 character</source>
        <translation>%1 は base64 の文字ではありません</translation>
    </message>
    <message>
        <source>Only &apos;=&apos; may follow &apos;=&apos; padding</source>
        <translation>&apos;=&apos; のパディングの後には &apos;=&apos; しか置けません</translation>
    </message>
    <message>
        <source>Incomplete group of %1 characters; base64 comes in fours, padded with &apos;=&apos;</source>
        <translation>%1 文字の不完全なグループです。base64 は 4 文字単位で、&apos;=&apos; で埋めます</translation>
    </message>
</context>
<context>
    <name>session::ReconnectPolicy</name>
    <message>
        <source>the reconnect delay must be 0 to %1 ms</source>
        <translation>再接続の遅延は 0 ～ %1 ms でなければなりません</translation>
    </message>
    <message>
        <source>the backoff factor must be 1 to %1</source>
        <translation>バックオフ係数は 1 ～ %1 でなければなりません</translation>
    </message>
    <message>
        <source>the longest reconnect delay must be from the first delay to %1 ms</source>
        <translation>再接続の最長遅延は、最初の遅延から %1 ms まででなければなりません</translation>
    </message>
    <message>
        <source>the number of reconnect attempts cannot be negative (0: no limit)</source>
        <translation>再接続の試行回数を負にすることはできません (0: 制限なし)</translation>
    </message>
</context>
<context>
    <name>session::RegularFile</name>
    <message>
        <source>%1 is not a regular file (a device, a FIFO or a socket).</source>
        <translation>%1 は通常のファイルではありません (デバイス、FIFO、またはソケット)。</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>そのようなファイルはありません: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3).</source>
        <translation>%1 は大きすぎます (%2。最大 %3)。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>session::ReplyRule</name>
    <message>
        <source>a rule is KIND:PATTERN=REPLY (KIND: exact, contains, re or hex)</source>
        <translation>ルールは KIND:PATTERN=REPLY の形式です (KIND: exact、contains、re、hex)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>不明な種類 &apos;%1&apos; (exact、contains、re、hex)</translation>
    </message>
    <message>
        <source>no &apos;=&apos; between the pattern and the reply (write \= for an &apos;=&apos; in the pattern)</source>
        <translation>パターンと応答の間に &apos;=&apos; がありません (パターン中の &apos;=&apos; には \= と書いてください)</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>不明な照合方法 &apos;%1&apos; (exact、contains、re、hex)</translation>
    </message>
    <message>
        <source>delayMs must be from 0 to 86400000</source>
        <translation>delayMs は 0 ～ 86400000 でなければなりません</translation>
    </message>
    <message>
        <source>unknown after &apos;%1&apos; (none, end or reset)</source>
        <translation>不明な after &apos;%1&apos; (none、end、reset)</translation>
    </message>
    <message>
        <source>end and reset exclude each other</source>
        <translation>end と reset は同時に指定できません</translation>
    </message>
    <message>
        <source>delay needs a time with its unit, such as delay=200ms, delay=1.5s or delay=1m, not &apos;%1&apos;</source>
        <translation>delay には delay=200ms、delay=1.5s、delay=1m のように単位付きの時間が必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (options: delay=TIME, end, reset, off)</source>
        <translation>不明なオプション &apos;%1&apos; (オプション: delay=TIME、end、reset、off)</translation>
    </message>
    <message>
        <source>delim: needs at least one byte</source>
        <translation>delim: には少なくとも 1 バイトが必要です</translation>
    </message>
    <message>
        <source>framing is chunk, line or delim:TEXT, not &apos;%1&apos;</source>
        <translation>framing は chunk、line、delim:TEXT のいずれかです (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>framing: %1; messages are framed by chunk</source>
        <translation>フレーミング: %1。メッセージはチャンクごとに区切ります</translation>
    </message>
    <message>
        <source>rule %1: %2; it is kept, turned off</source>
        <translation>ルール %1: %2。ルールはオフにして残します</translation>
    </message>
    <message>
        <source>cannot read rules %1: %2</source>
        <translation>ルール %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>rules %1 is not a JSON object: %2</source>
        <translation>ルール %1 は JSON オブジェクトではありません: %2</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>型が間違っています</translation>
    </message>
    <message>
        <source>rules %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>a lone \ at the end (write \\ for a backslash)</source>
        <translation>末尾に単独の \ があります (バックスラッシュには \\ と書いてください)</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x には 2 桁の 16 進数が必要です</translation>
    </message>
    <message>
        <source>unknown escape \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</source>
        <translation>不明なエスケープ \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hex bytes (pairs of digits 0-9 a-f)</source>
        <translation>&apos;%1&apos; は 16 進のバイトではありません (0-9 a-f の 2 桁ずつ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex pattern (pairs of hex digits, ?? for any byte)</source>
        <translation>&apos;%1&apos; は 16 進のパターンではありません (16 進 2 桁ずつ。?? は任意のバイト)</translation>
    </message>
    <message>
        <source>${ without its }</source>
        <translation>${ に対応する } がありません</translation>
    </message>
    <message>
        <source>a $ that is no macro (write $$ for a dollar sign)</source>
        <translation>マクロではない $ があります (ドル記号には $$ と書いてください)</translation>
    </message>
    <message>
        <source>the reply uses $%1 but only a regular expression has groups</source>
        <translation>応答で $%1 が使われていますが、グループを持つのは正規表現だけです</translation>
    </message>
    <message>
        <source>the reply uses $%1 but the pattern has %2 groups</source>
        <translation>応答で $%1 が使われていますが、パターンのグループは %2 個です</translation>
    </message>
    <message>
        <source>unknown macro ${%1} (${count}, ${time}, ${data}, ${length}, $N)</source>
        <translation>不明なマクロ ${%1} (${count}、${time}、${data}、${length}、$N)</translation>
    </message>
    <message>
        <source>bad regular expression at offset %1: %2</source>
        <translation>正規表現が不正です (オフセット %1): %2</translation>
    </message>
</context>
<context>
    <name>session::Workspace</name>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>有効な JSON ではありません (オフセット %1): %2</translation>
    </message>
    <message>
        <source>Not a netbench workspace (no &quot;format&quot;: &quot;netbench-workspace&quot;).</source>
        <translation>netbench のワークスペースではありません (&quot;format&quot;: &quot;netbench-workspace&quot; がありません)。</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported (this netbench reads version %2).</source>
        <translation>ワークスペースのバージョン %1 はサポートされていません (この netbench が読めるのはバージョン %2 です)。</translation>
    </message>
    <message>
        <source>port %1 is not a whole number from %2 to 65535</source>
        <translation>ポート %1 は %2 から 65535 までの整数ではありません</translation>
    </message>
    <message>
        <source>neither a port nor a Unix socket path</source>
        <translation>ポートでも Unix ソケットのパスでもありません</translation>
    </message>
    <message numerus="yes">
        <source>the Unix socket path is longer than %n byte(s)</source>
        <translation>
            <numerusform>Unix ソケットのパスが %n バイトを超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-reply %1</source>
        <translation>自動応答 %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>unknown auto-reply &quot;%1&quot; (none, echo or discard); it answers nothing</source>
        <translation>不明な自動応答 &quot;%1&quot; (none、echo、discard のいずれか)。何も応答しません</translation>
    </message>
    <message>
        <source>family %1 is not 4, 6 or 0 (either); either is used</source>
        <translation>ファミリー %1 は 4、6、0 (どちらでも) のいずれでもありません。どちらでもとして扱います</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; data is shown as bytes</source>
        <translation>不明なエンコーディング &quot;%1&quot;。データはバイトとして表示します</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (ignored)</source>
        <translation>不明な障害 &quot;%1&quot; (無視します)</translation>
    </message>
    <message>
        <source>fault %1 is %2, not a number of 0 or more (0 is used)</source>
        <translation>障害 %1 の値 %2 は 0 以上の数ではありません (0 を使います)</translation>
    </message>
    <message>
        <source>Listener %1 (%2)</source>
        <translation>リスナー %1 (%2)</translation>
    </message>
    <message>
        <source>Client %1 (%2)</source>
        <translation>クライアント %1 (%2)</translation>
    </message>
    <message>
        <source>it was linked to listener %1, which the workspace does not have; it connects to its saved address</source>
        <translation>ワークスペースにないリスナー %1 に結び付いていました。保存されたアドレスに接続します</translation>
    </message>
    <message>
        <source>Relay %1 (%2)</source>
        <translation>リレー %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved message(s) without a name, a known kind or a content could not be read</source>
        <translation>
            <numerusform>名前、既知の種類、内容のいずれかがない保存済みメッセージ %n 件を読み込めませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown reconnect setting &quot;%1&quot; (ignored)</source>
        <translation>不明な再接続の設定 &quot;%1&quot; (無視します)</translation>
    </message>
    <message>
        <source>reconnect %1 %2 is out of range; %3 is used</source>
        <translation>再接続の %1 %2 は範囲外です。%3 を使います</translation>
    </message>
</context>
</TS>
