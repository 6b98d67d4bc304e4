<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>The endpoint Send writes to; a send keeps going to the endpoint it started on</source>
        <translation>“发送”写入的端点；一次发送会持续发往它开始时的端点</translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation>发送格式(&amp;S)：</translation>
    </message>
    <message>
        <source>How the editor is read: text with escapes, hex digits, base64, or a file</source>
        <translation>编辑器内容的解读方式：带转义的文本、十六进制数字、base64 或文件</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>行尾符(&amp;L)：</translation>
    </message>
    <message>
        <source>Appended to the text, and used for each line break typed in the editor</source>
        <translation>附加在文本末尾，并用于编辑器中输入的每个换行</translation>
    </message>
    <message>
        <source>Type what to send. Escapes: \r \n \t \0 \\ \xNN</source>
        <translation>输入要发送的内容。转义：\r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Path of the file to send</source>
        <translation>要发送的文件路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop reading the file; bytes already queued still go out</source>
        <translation>停止读取文件；已排队的字节仍会发出</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>请选择要发送到的已连接套接字。</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>How many times to send the payload</source>
        <translation>发送载荷的次数</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>间隔(&amp;E)</translation>
    </message>
    <message>
        <source>Milliseconds between repeats; 0 sends them back to back</source>
        <translation>两次重复之间的毫秒数；0 表示连续发送</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Call end() (send FIN) after the last repeat or the whole file</source>
        <translation>在最后一次重复或整个文件之后调用 end()（发送 FIN）</translation>
    </message>
    <message>
        <source>E&amp;nd after sending</source>
        <translation>发送后结束(&amp;N)</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>停止重复</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>发送 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConnectMode</name>
    <message>
        <source>reconnecting in %1 ms (attempt %2 of %3)</source>
        <translation>%1 ms 后重新连接（第 %2 次，共 %3 次）</translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation>%1 ms 后重新连接（第 %2 次）</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts (--max-attempts)</source>
        <translation>重新连接尝试 %1 次后放弃（--max-attempts）</translation>
    </message>
    <message>
        <source>connected (reconnect attempt %1)</source>
        <translation>已连接（第 %1 次重新连接）</translation>
    </message>
    <message>
        <source>connect timed out after %1 ms (-w)</source>
        <translation>连接在 %1 ms 后超时（-w）</translation>
    </message>
    <message>
        <source>no activity for %1 ms (--timeout, -i); closed the connection</source>
        <translation>%1 ms 内无活动（--timeout、-i）；已关闭连接</translation>
    </message>
    <message>
        <source>Turn Nagle&apos;s algorithm off (setNoDelay()).</source>
        <translation>关闭 Nagle 算法（setNoDelay()）。</translation>
    </message>
    <message>
        <source>Turn TCP keep-alive on, first probe after MS milliseconds idle (setKeepAlive(true, MS)).</source>
        <translation>开启 TCP 保活，空闲 MS 毫秒后首次探测（setKeepAlive(true, MS)）。</translation>
    </message>
    <message>
        <source>Give up (exit status 1) after MS milliseconds without traffic, connecting included (setTimeout(MS)); -i in milliseconds.</source>
        <translation>在 MS 毫秒内没有流量（包括连接过程）时放弃（退出状态 1）（setTimeout(MS)）；-i 以毫秒为单位。</translation>
    </message>
    <message>
        <source>Give up connecting after TIME (exit status 1); TIME as for -i.</source>
        <translation>TIME 之后放弃连接（退出状态 1）；TIME 的写法同 -i。</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end.</source>
        <translation>对端结束它的一侧时，本端也结束（Node 的默认行为，allowHalfOpen: false）；届时尚未发送的标准输入会被报告，退出状态为 1。不使用此选项时，标准输入会一直发送到结尾。</translation>
    </message>
    <message>
        <source>Accepted for older command lines: this is the default now.</source>
        <translation>为兼容旧的命令行而接受：现在这是默认行为。</translation>
    </message>
    <message>
        <source>One-shot: send the bytes of FILE instead of standard input, print the reply, exit (see --reply-wait).</source>
        <translation>一次性：发送 FILE 的字节而不是标准输入，打印应答后退出（参见 --reply-wait）。</translation>
    </message>
    <message>
        <source>One-shot: send TEXT (UTF-8, with the escapes \r \n \t \0 \\ \xNN), print the reply, exit.</source>
        <translation>一次性：发送 TEXT（UTF-8，可用转义 \r \n \t \0 \\ \xNN），打印应答后退出。</translation>
    </message>
    <message>
        <source>One-shot: send the bytes written as HEX (pairs of digits; spaces, &apos;:&apos; and &apos;,&apos; may separate them), print the reply, exit.</source>
        <translation>一次性：发送以 HEX 写出的字节（每两位一组；可用空格、&apos;:&apos; 和 &apos;,&apos; 分隔），打印应答后退出。</translation>
    </message>
    <message>
        <source>One-shot: the reply is complete when MS milliseconds pass with nothing received after the message was sent (default 2000), or when the peer ends its side, whichever comes first; then the connection is closed and the exit status is 0.</source>
        <translation>一次性：发送消息后，在 MS 毫秒内没有收到任何内容（默认 2000），或对端结束它的一侧时（以先到者为准），即认为应答完整；随后关闭连接，退出状态为 0。</translation>
    </message>
    <message>
        <source>With --reconnect: give up (exit status 1) after N reconnects in a row that found no connection; a connection that opens starts the count again (default 0: never give up).</source>
        <translation>与 --reconnect 一起使用：连续 N 次重新连接都未能建立连接时放弃（退出状态 1）；一旦连接打开，计数重新开始（默认 0：永不放弃）。</translation>
    </message>
    <message>
        <source>With --reconnect: multiply the wait by FACTOR after each attempt (1 to 100, default 2).</source>
        <translation>与 --reconnect 一起使用：每次尝试后将等待时间乘以 FACTOR（1 到 100，默认 2）。</translation>
    </message>
    <message>
        <source>With --reconnect: never wait longer than MS milliseconds (default 30000).</source>
        <translation>与 --reconnect 一起使用：等待时间不超过 MS 毫秒（默认 30000）。</translation>
    </message>
    <message>
        <source>HOST PORT, HOST:PORT or [IPV6]:PORT for TCP (port 0 to 65535), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>TCP 为 HOST PORT、HOST:PORT 或 [IPV6]:PORT（端口 0 到 65535），Unix 域套接字为 PATH：包含 &apos;/&apos; 或以 .sock 结尾的词（使用 -U 时可为任意词）。</translation>
    </message>
    <message>
        <source>Connects to a server, like ncat. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Exits when both sides have ended and the connection has closed. Exit status: 0 when everything was delivered, 1 for a network error (the message has Node&apos;s code, e.g. connect ECONNREFUSED 127.0.0.1:9) or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away. With --send, --send-text or --send-hex it is a one-shot client: it sends that message, prints the reply and exits.</source>
        <translation>像 ncat 一样连接到服务器。标准输入送往连接，到达的数据逐字节送往标准输出；标准输入结束时半关闭连接（end()），即使对端已结束它的一侧，标准输入也会一直发送到结尾。双方都结束且连接关闭后退出。退出状态：全部送达为 0；网络错误（消息中带有 Node 的错误码，例如 connect ECONNREFUSED 127.0.0.1:9）或标准输入未送达（消息中说明了字节数）为 1；命令行错误为 2；标准输出的读取方离开时为 141。使用 --send、--send-text 或 --send-hex 时它是一次性客户端：发送该消息、打印应答后退出。</translation>
    </message>
    <message>
        <source>Send a line, print the answer, exit when the server closes.</source>
        <translation>发送一行，打印应答，服务器关闭时退出。</translation>
    </message>
    <message>
        <source>Send a file and print every event on standard error.</source>
        <translation>发送文件，并在标准错误上打印每个事件。</translation>
    </message>
    <message>
        <source>Talk to a Unix socket, with the JSON Lines trace on standard error.</source>
        <translation>与 Unix 套接字通信，并将 JSON Lines 跟踪记录输出到标准错误。</translation>
    </message>
    <message>
        <source>Socket options as in Node&apos;s socket.connect().</source>
        <translation>与 Node 的 socket.connect() 相同的套接字选项。</translation>
    </message>
    <message>
        <source>ncat&apos;s options: lines end in CR LF, give up connecting after 5 seconds, a hex dump of both directions.</source>
        <translation>ncat 的选项：行尾为 CR LF，5 秒后放弃连接，双向的十六进制转储。</translation>
    </message>
    <message>
        <source>Keep listening to a server that restarts: reconnect after 0.5 s, 1 s, 2 s, ..., give up after 10 failures in a row.</source>
        <translation>持续跟随会重启的服务器：在 0.5 秒、1 秒、2 秒……后重新连接，连续失败 10 次后放弃。</translation>
    </message>
    <message>
        <source>One-shot: send a line, print what comes back until half a second passes in silence.</source>
        <translation>一次性：发送一行，打印返回的内容，直到静默半秒为止。</translation>
    </message>
    <message>
        <source>-w/--wait needs a time above 0 such as 5, 5s or 500ms, not &apos;%1&apos;</source>
        <translation>-w/--wait 需要大于 0 的时间，例如 5、5s 或 500ms，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout and -i/--idle-timeout are the same; give one</source>
        <translation>--timeout 与 -i/--idle-timeout 相同；只需给出一个</translation>
    </message>
    <message>
        <source>--%1 needs milliseconds, not &apos;%2&apos;</source>
        <translation>--%1 需要毫秒数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close 与 --allow-half-open 互相排斥</translation>
    </message>
    <message>
        <source>--%1 needs --reconnect</source>
        <translation>--%1 需要 --reconnect</translation>
    </message>
    <message>
        <source>--reconnect keeps a client up; a one-shot --send does not reconnect</source>
        <translation>--reconnect 用于保持客户端运行；一次性的 --send 不会重新连接</translation>
    </message>
    <message>
        <source>--reconnect=DELAY_MS needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect=DELAY_MS 需要毫秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-attempts needs a whole number, not &apos;%1&apos;</source>
        <translation>--max-attempts 需要整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-backoff needs a number such as 1.5, not &apos;%1&apos;</source>
        <translation>--reconnect-backoff 需要数字，例如 1.5，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reconnect-max-delay needs milliseconds, not &apos;%1&apos;</source>
        <translation>--reconnect-max-delay 需要毫秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reply-wait needs --send, --send-text or --send-hex</source>
        <translation>--reply-wait 需要 --send、--send-text 或 --send-hex</translation>
    </message>
    <message>
        <source>give one message: --send, --send-text or --send-hex, once</source>
        <translation>只能给出一条消息：--send、--send-text 或 --send-hex，且只用一次</translation>
    </message>
    <message>
        <source>--send, --send-text and --send-hex do not read standard input: -C, --send-only and --recv-only do not apply</source>
        <translation>--send、--send-text 和 --send-hex 不读取标准输入：-C、--send-only 和 --recv-only 不适用</translation>
    </message>
    <message>
        <source>--reply-wait needs milliseconds above 0, not &apos;%1&apos;</source>
        <translation>--reply-wait 需要大于 0 的毫秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>A client that answers its server&apos;s PING lines until the server ends.</source>
        <translation>一个应答其服务器 PING 行的客户端，直到服务器结束。</translation>
    </message>
    <message>
        <source>Keep the client up: when the connection cannot be made, or closes before standard input has ended (always, with --recv-only), connect again after DELAY_MS milliseconds (1000 when written --reconnect alone), each further wait longer by the backoff factor. The peer&apos;s end ends our side too (no half-open connections), so a server that closes is reconnected at once. Each attempt is said on standard error. Written --reconnect or --reconnect=DELAY_MS.</source>
        <translation>保持客户端运行：无法建立连接，或在标准输入结束前连接关闭时（使用 --recv-only 时总是如此），在 DELAY_MS 毫秒后重新连接（只写 --reconnect 时为 1000），之后每次等待按退避系数延长。对端结束时我方也随之结束（不保持半开连接），因此关闭连接的服务器会立即被重新连接。每次尝试都会在标准错误上说明。写作 --reconnect 或 --reconnect=DELAY_MS。</translation>
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
        <translation>会话</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>How the text view decodes the bytes</source>
        <translation>文本视图解码字节的方式</translation>
    </message>
    <message>
        <source>Copy the conversation as the text view shows it</source>
        <translation>按文本视图的显示复制会话</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Save the conversation as text, or the raw bytes of one direction</source>
        <translation>将会话保存为文本，或保存某一方向的原始字节</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Use a Unix domain socket in a temporary directory instead of TCP on 127.0.0.1.</source>
        <translation>使用临时目录中的 Unix 域套接字，而不是 127.0.0.1 上的 TCP。</translation>
    </message>
    <message>
        <source>Shows what a socket connection does: starts a server, connects a client to it, sends a few lines that the server echoes, and prints every event on both sides.</source>
        <translation>演示套接字连接的行为：启动服务器，将客户端连接到它，发送几行由服务器回显的内容，并打印双方的每个事件。</translation>
    </message>
    <message>
        <source>The tour over TCP on 127.0.0.1.</source>
        <translation>在 127.0.0.1 上通过 TCP 演示。</translation>
    </message>
    <message>
        <source>The same over a Unix domain socket.</source>
        <translation>通过 Unix 域套接字演示同样内容。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EchoDemo</name>
    <message>
        <source>The demo did not finish within %1 seconds.</source>
        <translation>演示未在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>无法创建临时目录：%1</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
</context>
<context>
    <name>EventStreamWidget</name>
    <message>
        <source>Event stream</source>
        <translation>事件流</translation>
    </message>
    <message>
        <source>Show the records of one endpoint only</source>
        <translation>只显示一个端点的记录</translation>
    </message>
    <message>
        <source>Choose which events and calls are shown</source>
        <translation>选择显示哪些事件和调用</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Show only records whose event, endpoint or summary contains this text</source>
        <translation>只显示事件、端点或摘要中包含此文本的记录</translation>
    </message>
    <message>
        <source>Filter: text in event, endpoint or summary</source>
        <translation>筛选：事件、端点或摘要中的文本</translation>
    </message>
    <message>
        <source>How the time column counts</source>
        <translation>时间列的计算方式</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <source>Since previous row</source>
        <translation>自上一行起</translation>
    </message>
    <message>
        <source>Since reference row</source>
        <translation>自参考行起</translation>
    </message>
    <message>
        <source>Keep the newest record in view</source>
        <translation>使最新记录保持在视图中</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Forget all records shown here (and leave review mode)</source>
        <translation>清除此处显示的所有记录（并退出回顾模式）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Select a row to see all of its fields</source>
        <translation>选择一行以查看其全部字段</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>侦听器</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>最大连接数(&amp;M)：</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections：超过此数目的连接会被立即关闭</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; open connections stay</source>
        <translation>server.close()：停止接受连接；已打开的连接保持不变</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the event loop alive</source>
        <translation>server.ref()：侦听器使事件循环保持运行</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>Ref(&amp;R)</translation>
    </message>
    <message>
        <source>server.unref(): the listener alone does not keep the event loop alive</source>
        <translation>server.unref()：仅有侦听器时不会使事件循环保持运行</translation>
    </message>
    <message>
        <source>&amp;Unref</source>
        <translation>Unref(&amp;U)</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off so small writes leave at once</source>
        <translation>socket.setNoDelay()：关闭 Nagle 算法，使小块写入立即发出</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY)</source>
        <translation>无延迟 (TCP_NODELAY)(&amp;N)</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): the kernel probes the connection after it has been idle this long</source>
        <translation>socket.setKeepAlive()：连接空闲这么久之后，内核会探测该连接</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>保活起始时间(&amp;K)</translation>
    </message>
    <message>
        <source>Initial delay of socket.setKeepAlive(); 0 keeps the system default. Applied when you tick the box or change the delay</source>
        <translation>socket.setKeepAlive() 的初始延迟；0 表示保持系统默认值。勾选该框或更改延迟时生效</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity; 0 turns it off</source>
        <translation>socket.setTimeout()：无活动达到这么久后触发 &apos;timeout&apos;；0 表示关闭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data is decoded as text; Node cannot go back to bytes</source>
        <translation>socket.setEncoding()：接收的数据按文本解码；Node 无法再切换回字节</translation>
    </message>
    <message>
        <source>SO_SND&amp;BUF:</source>
        <translation>SO_SNDBUF(&amp;B)：</translation>
    </message>
    <message>
        <source>Requested kernel send buffer; Linux doubles the value and applies its own limits</source>
        <translation>请求的内核发送缓冲区；Linux 会将该值加倍并施加自己的限制</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>SO_RC&amp;VBUF:</source>
        <translation>SO_RCVBUF(&amp;V)：</translation>
    </message>
    <message>
        <source>Requested kernel receive buffer; Linux doubles the value and applies its own limits</source>
        <translation>请求的内核接收缓冲区；Linux 会将该值加倍并施加自己的限制</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; the peer&apos;s data waits in the kernel</source>
        <translation>socket.pause()：停止读取；对端的数据在内核中等待</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>socket.resume(): read again</source>
        <translation>socket.resume()：重新开始读取</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back; reading goes on here</source>
        <translation>socket.end()：半关闭。先发送已排队的数据，再发送 FIN：对端收到 &apos;end&apos;，仍可回写；本端继续读取</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>结束：在已排队数据之后发送 FIN；对端看到 &apos;end&apos;，仍可发送</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>结束(&amp;N)</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy()：立即关闭两个方向。netbench 中仍在排队的数据会被丢弃；内核中已有的数据会发出，然后发送 FIN：对端先收到 &apos;end&apos;，再收到 &apos;close&apos;。如果还有本端未读取的数据，内核会改发 RST：对端收到 ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>销毁：立即关闭；对端看到正常的 FIN（&apos;end&apos;），若本端留有未读数据则看到 ECONNRESET</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>销毁(&amp;D)</translation>
    </message>
    <message>
        <source>socket.destroy(new Error(message)): close as Destroy does and emit &apos;error&apos; with your message here only. The peer sees a clean FIN (&apos;end&apos;), no error: to make the peer fail, use Reset (RST)</source>
        <translation>socket.destroy(new Error(message))：像“销毁”一样关闭，并仅在本端以你的消息触发 &apos;error&apos;。对端看到正常的 FIN（&apos;end&apos;），没有错误：要让对端失败，请使用“重置（RST）”</translation>
    </message>
    <message>
        <source>Destroy with error: &apos;error&apos; here only; the peer sees a clean FIN (&apos;end&apos;)</source>
        <translation>带错误销毁：&apos;error&apos; 仅在本端；对端看到正常的 FIN（&apos;end&apos;）</translation>
    </message>
    <message>
        <source>Destroy with &amp;error…</source>
        <translation>带错误销毁(&amp;E)…</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only</source>
        <translation>socket.resetAndDestroy()：以 RST 中止（SO_LINGER 0）。对端收到 ECONNRESET；传输中的字节以及两端未读的字节都会丢失。仅限 TCP</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>重置：RST；对端看到 ECONNRESET，未读数据丢失</translation>
    </message>
    <message>
        <source>Reset (R&amp;ST)</source>
        <translation>重置 (RST)(&amp;S)</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>请在“端点”中选择一个侦听器或套接字进行检查。</translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Runs a guided lesson without a window: prints each step&apos;s narration, runs its code, prints the events on both ends as they happen and checks the events the step expects. The exit status is 0 when every expected event happened, 1 (naming the first that did not) otherwise. A step the learner performs in the window runs its fallback code, or is skipped.</source>
        <translation>在没有窗口的情况下运行引导式课程：打印每一步的讲解，运行其代码，实时打印两端发生的事件，并检查该步骤预期的事件。所有预期事件都发生时退出状态为 0，否则为 1（并指出第一个未发生的事件）。需要学习者在窗口中操作的步骤会运行其备用代码，或被跳过。</translation>
    </message>
    <message>
        <source>List the built-in lessons.</source>
        <translation>列出内置课程。</translation>
    </message>
    <message>
        <source>Run a built-in lesson.</source>
        <translation>运行内置课程。</translation>
    </message>
    <message>
        <source>Run a lesson file (format: resources/lessons/README.md).</source>
        <translation>运行课程文件（格式：resources/lessons/README.md）。</translation>
    </message>
    <message>
        <source>Write the lesson as a Node script and run it under node.</source>
        <translation>将课程写成 Node 脚本，并在 node 下运行。</translation>
    </message>
    <message>
        <source>A built-in lesson&apos;s name or a lesson file.</source>
        <translation>内置课程的名称或课程文件。</translation>
    </message>
    <message>
        <source>Write the lesson as a Node-style script (NAME.lesson.js and prelude.js) into FOLDER instead of running it.</source>
        <translation>不运行课程，而是将其写成 Node 风格的脚本（NAME.lesson.js 和 prelude.js）放入 FOLDER。</translation>
    </message>
    <message>
        <source>name one lesson (netbench lesson --list lists them)</source>
        <translation>请指定一个课程（netbench lesson --list 会列出它们）</translation>
    </message>
</context>
<context>
    <name>ListenMode</name>
    <message>
        <source>%1 (%2): new connections are turned away until some close</source>
        <translation>%1（%2）：在有连接关闭之前，新连接会被拒之门外</translation>
    </message>
    <message>
        <source>Send back what arrives, instead of standard I/O.</source>
        <translation>将收到的内容发回，而不是使用标准输入输出。</translation>
    </message>
    <message>
        <source>Read and drop what arrives; send nothing.</source>
        <translation>读取并丢弃收到的内容；不发送任何内容。</translation>
    </message>
    <message>
        <source>When the peer ends its side, end ours too (Node&apos;s default, allowHalfOpen: false); standard input not sent by then is reported and the exit status is 1. Without it, standard input is sent to its end. The default with --keep-open.</source>
        <translation>对端结束它的一侧时，本端也结束（Node 的默认行为，allowHalfOpen: false）；届时尚未发送的标准输入会被报告，退出状态为 1。不使用此选项时，标准输入会一直发送到结尾。这是使用 --keep-open 时的默认行为。</translation>
    </message>
    <message>
        <source>Keep sending standard input after the peer ends its side (Node&apos;s allowHalfOpen). The default, except with --keep-open.</source>
        <translation>对端结束它的一侧后继续发送标准输入（Node 的 allowHalfOpen）。这是默认行为，使用 --keep-open 时除外。</translation>
    </message>
    <message>
        <source>Drop connections beyond N open at a time (server.maxConnections).</source>
        <translation>同时打开的连接超过 N 个时丢弃多出的连接（server.maxConnections）。</translation>
    </message>
    <message>
        <source>Accepted for ncat&apos;s habit (netbench -l PORT is netbench listen PORT).</source>
        <translation>为照顾 ncat 的习惯而接受（netbench -l PORT 即 netbench listen PORT）。</translation>
    </message>
    <message>
        <source>Keep accepting connections: standard input goes to all of them, and what any of them sends goes to standard output. Stop with Ctrl+C.</source>
        <translation>持续接受连接：标准输入发送到所有连接，任一连接发来的内容都输出到标准输出。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>[HOST:]PORT or HOST PORT for TCP (8080, 127.0.0.1:8080, [::1]:8080, ::1 8080; port 0 picks a free port, printed on standard error), or PATH for a Unix domain socket: a word with a &apos;/&apos; or ending in .sock (any word with -U).</source>
        <translation>TCP 为 [HOST:]PORT 或 HOST PORT（8080、127.0.0.1:8080、[::1]:8080、::1 8080；端口 0 会选择一个空闲端口并打印到标准错误），Unix 域套接字为 PATH：包含 &apos;/&apos; 或以 .sock 结尾的词（使用 -U 时可为任意词）。</translation>
    </message>
    <message>
        <source>Listens for connections, like ncat -l. Standard input goes to the connection and what arrives goes to standard output, byte for byte; the end of standard input half-closes the connection (end()), and standard input is sent to its end even after the peer has ended its side. Without --keep-open it serves one connection and exits when that has closed. Exit status: 0 when everything was delivered, 1 for a network error or standard input that was not delivered (the message says how many bytes), 2 for a bad command line, 141 when standard output&apos;s reader went away.</source>
        <translation>像 ncat -l 一样侦听连接。标准输入送往连接，到达的数据逐字节送往标准输出；标准输入结束时半关闭连接（end()），即使对端已结束它的一侧，标准输入也会一直发送到结尾。不使用 --keep-open 时，它只服务一个连接，并在该连接关闭后退出。退出状态：全部送达为 0；网络错误或标准输入未送达（消息中说明了字节数）为 1；命令行错误为 2；标准输出的读取方离开时为 141。</translation>
    </message>
    <message>
        <source>Serve one connection on port 8080 of every interface.</source>
        <translation>在所有接口的 8080 端口上服务一个连接。</translation>
    </message>
    <message>
        <source>Listen on a free loopback port and print every event.</source>
        <translation>在一个空闲的环回端口上侦听，并打印每个事件。</translation>
    </message>
    <message>
        <source>An echo server on IPv6 loopback for any number of clients.</source>
        <translation>IPv6 环回上的回显服务器，可服务任意数量的客户端。</translation>
    </message>
    <message>
        <source>ncat&apos;s way: keep listening, close a connection idle for 30 seconds, a hex dump of everything.</source>
        <translation>ncat 的方式：持续侦听，关闭空闲 30 秒的连接，并对所有内容做十六进制转储。</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket in this folder; send nothing.</source>
        <translation>通过此文件夹中的 Unix 套接字保存一个客户端发送的内容；不发送任何内容。</translation>
    </message>
    <message>
        <source>Save what one client sends over a Unix socket, and record a trace.</source>
        <translation>通过 Unix 套接字保存一个客户端发送的内容，并记录跟踪记录。</translation>
    </message>
    <message>
        <source>--echo and --discard exclude each other</source>
        <translation>--echo 与 --discard 互相排斥</translation>
    </message>
    <message>
        <source>--max-connections needs a count, not &apos;%1&apos;</source>
        <translation>--max-connections 需要一个数目，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--no-half-close and --allow-half-open exclude each other</source>
        <translation>--no-half-close 与 --allow-half-open 互相排斥</translation>
    </message>
    <message>
        <source>Answer every line with PING in it, numbering the answers.</source>
        <translation>对每一行包含 PING 的内容作答，并为应答编号。</translation>
    </message>
    <message>
        <source>Answer an HTTP request line with the path asked for, then end the connection.</source>
        <translation>以所请求的路径应答 HTTP 请求行，然后结束连接。</translation>
    </message>
    <message>
        <source>rules (--reply, --rules) and --%1 exclude each other</source>
        <translation>规则（--reply、--rules）与 --%1 互相排斥</translation>
    </message>
    <message>
        <source>Binary: 01 02 is answered 03 04 after 200 ms.</source>
        <translation>二进制：对 01 02 在 200 ms 后应答 03 04。</translation>
    </message>
    <message>
        <source>--%1 does not use standard I/O: -C, --send-only and --recv-only do not apply</source>
        <translation>--%1 不使用标准输入输出：-C、--send-only 和 --recv-only 不适用</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>脚本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New &amp;Listener…</source>
        <translation>新建侦听器(&amp;L)…</translation>
    </message>
    <message>
        <source>Create a server that listens on a port or a Unix socket path</source>
        <translation>创建在端口或 Unix 套接字路径上侦听的服务器</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New &amp;Client…</source>
        <translation>新建客户端(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a connection to a host and port or a Unix socket path</source>
        <translation>打开到主机和端口或 Unix 套接字路径的连接</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>socket.end(): half-close. Queued data is sent, then FIN: the peer gets &apos;end&apos; and may still write back. A server: close() stops accepting</source>
        <translation>socket.end()：半关闭。先发送已排队的数据，再发送 FIN：对端收到 &apos;end&apos;，仍可回写。对于服务器：close() 停止接受连接</translation>
    </message>
    <message>
        <source>End: FIN after queued data; the peer sees &apos;end&apos; and can still send</source>
        <translation>结束：在已排队数据之后发送 FIN；对端看到 &apos;end&apos;，仍可发送</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>销毁(&amp;D)</translation>
    </message>
    <message>
        <source>socket.destroy(): close both directions now. Data still queued in netbench is dropped; what the kernel holds is sent, then FIN: the peer gets &apos;end&apos;, then &apos;close&apos;. If data we never read is waiting, the kernel sends RST instead: the peer gets ECONNRESET</source>
        <translation>socket.destroy()：立即关闭两个方向。netbench 中仍在排队的数据会被丢弃；内核中已有的数据会发出，然后发送 FIN：对端先收到 &apos;end&apos;，再收到 &apos;close&apos;。如果还有本端未读取的数据，内核会改发 RST：对端收到 ECONNRESET</translation>
    </message>
    <message>
        <source>Destroy: close now; the peer sees a clean FIN (&apos;end&apos;), or ECONNRESET if we left data unread</source>
        <translation>销毁：立即关闭；对端看到正常的 FIN（&apos;end&apos;），若本端留有未读数据则看到 ECONNRESET</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Rese&amp;t (RST)</source>
        <translation>重置 (RST)(&amp;T)</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with RST (SO_LINGER 0). The peer gets ECONNRESET; bytes in flight and unread on either side are lost. TCP only: a Unix socket has no RST and closes as with Destroy</source>
        <translation>socket.resetAndDestroy()：以 RST 中止（SO_LINGER 0）。对端收到 ECONNRESET；传输中的字节以及两端未读的字节都会丢失。仅限 TCP：Unix 套接字没有 RST，会像“销毁”一样关闭</translation>
    </message>
    <message>
        <source>Reset: RST; the peer sees ECONNRESET and unread data is lost</source>
        <translation>重置：RST；对端看到 ECONNRESET，未读数据丢失</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Remove Closed</source>
        <translation>移除已关闭项(&amp;R)</translation>
    </message>
    <message>
        <source>Forget closed endpoints in the tree</source>
        <translation>从树中移除已关闭的端点</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>打开跟踪记录(&amp;O)…</translation>
    </message>
    <message>
        <source>Review a saved JSON Lines trace</source>
        <translation>回顾已保存的 JSON Lines 跟踪记录</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Export Trace as &amp;JSON Lines…</source>
        <translation>将跟踪记录导出为 JSON Lines(&amp;J)…</translation>
    </message>
    <message>
        <source>The same schema as netbench run --trace</source>
        <translation>与 netbench run --trace 的模式相同</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Export Trace as &amp;CSV…</source>
        <translation>将跟踪记录导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>One row per event, for spreadsheets</source>
        <translation>每个事件一行，适用于电子表格</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>保存工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the listeners and clients made here, with their settings</source>
        <translation>保存在此创建的侦听器和客户端及其设置</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open W&amp;orkspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Make the listeners and clients of a saved workspace again</source>
        <translation>重新创建已保存工作区中的侦听器和客户端</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Recorder sizes, event list capacity and refresh rate</source>
        <translation>记录器大小、事件列表容量和刷新频率</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Run Script…</source>
        <translation>运行脚本(&amp;R)…</translation>
    </message>
    <message>
        <source>Run a Node-style net script inside the window</source>
        <translation>在窗口内运行 Node 风格的 net 脚本</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop Script</source>
        <translation>停止脚本(&amp;S)</translation>
    </message>
    <message>
        <source>End the running script (exit code 130)</source>
        <translation>结束正在运行的脚本（退出码 130）</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Follow Events</source>
        <translation>跟随事件(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>使最新事件保持在视图中</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear Events</source>
        <translation>清除事件(&amp;L)</translation>
    </message>
    <message>
        <source>Empty the event list (the recorder keeps counting)</source>
        <translation>清空事件列表（记录器继续计数）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;About netbench</source>
        <translation>关于 netbench(&amp;A)</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>版本和许可证</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>新建客户端</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近目标(&amp;R)：</translation>
    </message>
    <message>
        <source>The last targets you connected to; picking one fills in the form</source>
        <translation>最近连接过的目标；选择一个即可填写表单</translation>
    </message>
    <message>
        <source>Pick a recent target…</source>
        <translation>选择最近的目标…</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>传输方式：</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>TCP(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>IPC (Unix 域套接字)(&amp;I)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>A name or an IP address; names are looked up before connecting</source>
        <translation>名称或 IP 地址；名称会在连接前解析</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation>例如 8080</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>地址族(&amp;F)：</translation>
    </message>
    <message>
        <source>Which address family the name lookup may return</source>
        <translation>名称解析可返回的地址族</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
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
        <translation>本地地址(&amp;L)：</translation>
    </message>
    <message>
        <source>chosen by the kernel</source>
        <translation>由内核选择</translation>
    </message>
    <message>
        <source>Bind the socket to this IP address before connecting</source>
        <translation>连接前将套接字绑定到此 IP 地址</translation>
    </message>
    <message>
        <source>Local p&amp;ort:</source>
        <translation>本地端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Bind the socket to this port before connecting</source>
        <translation>连接前将套接字绑定到此端口</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>路径(&amp;A)：</translation>
    </message>
    <message>
        <source>The file system path of a listening Unix domain socket</source>
        <translation>正在侦听的 Unix 域套接字的文件系统路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>套接字选项</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M)：</translation>
    </message>
    <message>
        <source>socket.setTimeout(): &apos;timeout&apos; fires after this long without activity, also while connecting</source>
        <translation>socket.setTimeout()：无活动达到这么久后触发 &apos;timeout&apos;，连接过程中也是如此</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;No delay (TCP_NODELAY: send small writes at once)</source>
        <translation>无延迟 (TCP_NODELAY: 小块写入立即发送)(&amp;N)</translation>
    </message>
    <message>
        <source>Turns off Nagle&apos;s algorithm</source>
        <translation>关闭 Nagle 算法</translation>
    </message>
    <message>
        <source>&amp;Keep-alive after</source>
        <translation>保活起始时间(&amp;K)</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: the kernel probes an idle connection</source>
        <translation>SO_KEEPALIVE：内核探测空闲的连接</translation>
    </message>
    <message>
        <source>Idle time before the first keep-alive probe; 0 keeps the system default</source>
        <translation>第一次保活探测前的空闲时间；0 表示保持系统默认值</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>允许半开 (对端结束后继续写入)(&amp;H)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen：对端发送 FIN 时，套接字不会自动结束</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>socket.setEncoding(): received data arrives as text in this encoding</source>
        <translation>socket.setEncoding()：接收的数据以此编码的文本形式到达</translation>
    </message>
    <message>
        <source>&amp;Live listeners:</source>
        <translation>活动的侦听器(&amp;L)：</translation>
    </message>
    <message>
        <source>The listeners of this window that are listening now; picking one fills in its address or path</source>
        <translation>此窗口中正在侦听的侦听器；选择一个即可填入其地址或路径</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>选择此窗口中的侦听器…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>O&amp;pen:</source>
        <translation>打开数量(&amp;P)：</translation>
    </message>
    <message>
        <source>Open this many connections to the target at once (to try a server&apos;s maxConnections, its accept loop, or EMFILE)</source>
        <translation>同时向目标打开这么多个连接（用于试验服务器的 maxConnections、accept 循环或 EMFILE）</translation>
    </message>
    <message>
        <source> connection(s)</source>
        <translation> 个连接</translation>
    </message>
    <message>
        <source>&amp;Reconnect after</source>
        <translation>重新连接前等待(&amp;R)</translation>
    </message>
    <message>
        <source>When the connection cannot be made or closes, connect again (until you destroy the client)</source>
        <translation>无法建立连接或连接关闭时重新连接（直到你销毁该客户端）</translation>
    </message>
    <message>
        <source>&amp;Backoff factor:</source>
        <translation>退避系数(&amp;B)：</translation>
    </message>
    <message>
        <source>Each further wait is this many times longer</source>
        <translation>之后的每次等待都会延长为这么多倍</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>最长等待(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>放弃前的次数(&amp;G)：</translation>
    </message>
    <message>
        <source>Reconnects in a row that find no connection; a connection that opens starts the count again</source>
        <translation>连续未能建立连接的重新连接次数；一旦连接打开，计数重新开始</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不放弃</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> 次</translation>
    </message>
</context>
<context>
    <name>NewListenerDialog</name>
    <message>
        <source>New listener</source>
        <translation>新建侦听器</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>传输方式：</translation>
    </message>
    <message>
        <source>&amp;TCP</source>
        <translation>TCP(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;IPC (Unix domain socket)</source>
        <translation>IPC (Unix 域套接字)(&amp;I)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>The address to bind: a loopback address is reachable only from this machine</source>
        <translation>要绑定的地址：环回地址只能从本机访问</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0：任意空闲端口</translation>
    </message>
    <message>
        <source>0 lets the kernel pick a free (ephemeral) port</source>
        <translation>0 表示由内核选择一个空闲（临时）端口</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>路径(&amp;A)：</translation>
    </message>
    <message>
        <source>The file system path of the Unix domain socket; it must not exist yet</source>
        <translation>Unix 域套接字的文件系统路径；该路径必须尚不存在</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>侦听</translation>
    </message>
    <message>
        <source>Back&amp;log:</source>
        <translation>积压队列(&amp;L)：</translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel queues before they are accepted (listen(2) backlog)</source>
        <translation>在被接受之前内核排队的已完成握手数（listen(2) 的 backlog）</translation>
    </message>
    <message>
        <source>E&amp;xclusive</source>
        <translation>独占(&amp;X)</translation>
    </message>
    <message>
        <source>Node&apos;s exclusive option: the handle is not shared with cluster workers</source>
        <translation>Node 的 exclusive 选项：句柄不与 cluster 工作进程共享</translation>
    </message>
    <message>
        <source>Accepted connections</source>
        <translation>已接受的连接</translation>
    </message>
    <message>
        <source>Allow &amp;half-open (keep writing after the peer ends)</source>
        <translation>允许半开 (对端结束后继续写入)(&amp;H)</translation>
    </message>
    <message>
        <source>allowHalfOpen: when the peer sends FIN, the socket is not ended automatically</source>
        <translation>allowHalfOpen：对端发送 FIN 时，套接字不会自动结束</translation>
    </message>
    <message>
        <source>Pause on &amp;connect (read nothing until resumed)</source>
        <translation>连接时暂停 (恢复之前不读取任何数据)(&amp;C)</translation>
    </message>
    <message>
        <source>pauseOnConnect: accepted sockets start paused</source>
        <translation>pauseOnConnect：已接受的套接字以暂停状态开始</translation>
    </message>
    <message>
        <source>&amp;Max connections:</source>
        <translation>最大连接数(&amp;M)：</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past this number are closed at once</source>
        <translation>server.maxConnections：超过此数目的连接会被立即关闭</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>A&amp;utomatic behaviour:</source>
        <translation>自动行为(&amp;U)：</translation>
    </message>
    <message>
        <source>What each accepted connection does by itself</source>
        <translation>每个已接受的连接自行执行的操作</translation>
    </message>
    <message>
        <source>None (you drive it)</source>
        <translation>无（由你操作）</translation>
    </message>
    <message>
        <source>Echo (write back what arrives)</source>
        <translation>回显（将收到的内容写回）</translation>
    </message>
    <message>
        <source>Discard (read and drop)</source>
        <translation>丢弃（读取后丢掉）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Recorder (applies the next time the window starts)</source>
        <translation>记录器（下次启动窗口时生效）</translation>
    </message>
    <message>
        <source>&amp;Events kept:</source>
        <translation>保留的事件数(&amp;E)：</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 个事件</translation>
    </message>
    <message>
        <source>The recorder&apos;s ring: past this many events the oldest are dropped and counted.</source>
        <translation>记录器的环形缓冲区：超过此数目后，最早的事件会被丢弃并计数。</translation>
    </message>
    <message>
        <source>&amp;Transcript cap:</source>
        <translation>会话记录上限(&amp;T)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Bytes kept per connection and direction for the conversation view; later bytes are only counted. Off keeps none.</source>
        <translation>为会话视图按连接和方向保留的字节数；之后的字节只计数。关闭则不保留任何字节。</translation>
    </message>
    <message>
        <source>Event list (applies at once)</source>
        <translation>事件列表（立即生效）</translation>
    </message>
    <message>
        <source>&amp;Rows kept:</source>
        <translation>保留的行数(&amp;R)：</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Rows the event list shows; past this many the oldest rows leave the list.</source>
        <translation>事件列表显示的行数；超过此数目后，最早的行会离开列表。</translation>
    </message>
    <message>
        <source>Re&amp;fresh rate:</source>
        <translation>刷新频率(&amp;F)：</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often per second the window fetches new events; lower costs less CPU under a flood.</source>
        <translation>窗口每秒获取新事件的次数；在事件洪流下，数值越低 CPU 开销越小。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: its settings are not known; Node&apos;s defaults are used.</source>
        <translation>%1：其设置未知；将使用 Node 的默认值。</translation>
    </message>
    <message>
        <source>%1 still listens on %2 in the window: close it before running the script, which listens there too.</source>
        <translation>%1 仍在窗口中侦听 %2：运行脚本之前请先关闭它，因为脚本也会在那里侦听。</translation>
    </message>
    <message>
        <source>%1: write #%2 of %3 bytes: only its first %4 were kept; the script writes those.</source>
        <translation>%1：%3 字节的第 %2 次写入只保留了前 %4 字节；脚本会写入这些字节。</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n record(s) are no longer kept (Preferences: recorder size); the calls among them are missing.</source>
        <translation>
            <numerusform>最早的 %n 条记录已不再保留（首选项：记录器大小）；其中的调用已缺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2() was refused in the window (%3); left out.</source>
        <translation>%1：%2() 在窗口中被拒绝（%3）；已略去。</translation>
    </message>
    <message>
        <source>%1 answers by its auto-reply rules in the script: its recorded writes and ends are left out, those typed by hand too.</source>
        <translation>%1 在脚本中按其自动应答规则应答：其记录的写入和结束均被省略，手动输入的也一样。</translation>
    </message>
</context>
<context>
    <name>RelayMode</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>#%1 %2 -&gt; %3: relaying</source>
        <translation>#%1 %2 -&gt; %3：正在中继</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>已拒绝 %1</translation>
    </message>
    <message>
        <source>relaying to %1</source>
        <translation>正在中继到 %1</translation>
    </message>
    <message>
        <source>#%1 reset: the target did not answer within %2 ms (--connect-timeout)</source>
        <translation>#%1 已重置：目标未在 %2 ms 内应答（--connect-timeout）</translation>
    </message>
    <message>
        <source>#%1 closed: %2 bytes to the server, %3 to the client</source>
        <translation>#%1 已关闭：发往服务器 %2 字节，发往客户端 %3 字节</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; 不是 [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>请将 IPv6 地址放在方括号中：[%1]:PORT</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; is neither HOST:PORT nor a PATH</source>
        <translation>目标 &apos;%1&apos; 既不是 HOST:PORT 也不是 PATH</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; has no host</source>
        <translation>目标 &apos;%1&apos; 没有主机</translation>
    </message>
    <message>
        <source>the target&apos;s port cannot be 0</source>
        <translation>目标的端口不能为 0</translation>
    </message>
    <message>
        <source>Both directions.</source>
        <translation>双向。</translation>
    </message>
    <message>
        <source>As --%1, client to server only.</source>
        <translation>同 --%1，仅客户端到服务器。</translation>
    </message>
    <message>
        <source>As --%1, server to client only.</source>
        <translation>同 --%1，仅服务器到客户端。</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &apos;%3&apos;</source>
        <translation>--%1 需要 %2，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Hold each chunk MS milliseconds before forwarding it.</source>
        <translation>每个数据块在转发前保留 MS 毫秒。</translation>
    </message>
    <message>
        <source>Forward at most BYTES bytes per second.</source>
        <translation>每秒最多转发 BYTES 字节。</translation>
    </message>
    <message>
        <source>Forward in pieces of SIZE bytes, or of a random size in MIN-MAX for each piece, one write each.</source>
        <translation>按 SIZE 字节分片转发，或每片取 MIN-MAX 之间的随机大小，每片一次写入。</translation>
    </message>
    <message>
        <source>Wait MS milliseconds after each piece (with --chunk).</source>
        <translation>每片之后等待 MS 毫秒（与 --chunk 一起使用）。</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then nothing more: what arrives waits, the sender&apos;s backpressure builds (0: hold from the start).</source>
        <translation>转发 BYTES 字节后不再转发：到达的数据等待，发送方的背压逐渐积累（0：从一开始就保留）。</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then end() towards the receiver (FIN) and drop the rest; the other direction goes on.</source>
        <translation>转发 BYTES 字节后，向接收方 end()（FIN）并丢弃其余数据；另一方向继续。</translation>
    </message>
    <message>
        <source>Forward BYTES bytes, then reset both legs (RST: both peers see ECONNRESET).</source>
        <translation>转发 BYTES 字节后重置两段连接（RST：两个对端都看到 ECONNRESET）。</translation>
    </message>
    <message>
        <source>Forward exactly BYTES bytes and end() to the receiver, then close the sender&apos;s leg and forward nothing more.</source>
        <translation>恰好转发 BYTES 字节并向接收方 end()，然后关闭发送方一侧的连接，不再转发任何内容。</translation>
    </message>
    <message>
        <source>Reset a client whose target connection is not up after MS milliseconds (default %1; 0: wait as long as the kernel retries).</source>
        <translation>目标连接在 MS 毫秒后仍未建立的客户端将被重置（默认 %1；0：只要内核还在重试就一直等待）。</translation>
    </message>
    <message>
        <source>Relay N clients, then reset every new one at once (0: refuse all).</source>
        <translation>中继 N 个客户端之后，每个新客户端都会被立即重置（0：全部拒绝）。</translation>
    </message>
    <message>
        <source>The server each client is relayed to: HOST:PORT, [V6]:PORT or PATH.</source>
        <translation>每个客户端被中继到的服务器：HOST:PORT、[V6]:PORT 或 PATH。</translation>
    </message>
    <message>
        <source>Relays every client that connects to LISTEN to its own connection to TARGET, TCP or Unix on either side, byte for byte and in order, until interrupted. Each client is read only once its target connection is up; if the target cannot be reached, or does not answer within --connect-timeout, the client is reset (ECONNRESET; a Unix client sees its connection close). Backpressure passes through (a slow reader slows its writer), each direction half-closes on its own, and a reset on one leg resets the other. Faults change that on purpose: --NAME applies to both directions, --c2s-NAME (client to server) and --s2c-NAME (server to client) to one, and win over --NAME. One line per connection goes to standard error. Exit status: 1 when it cannot listen, 2 for a bad command line, 128+N after signal N.</source>
        <translation>将每个连接到 LISTEN 的客户端中继到它自己通往 TARGET 的连接，两侧均可为 TCP 或 Unix，逐字节按顺序转发，直到被中断。每个客户端只有在其目标连接建立后才会被读取；如果无法到达目标，或目标未在 --connect-timeout 内应答，客户端会被重置（ECONNRESET；Unix 客户端看到的是连接关闭）。背压会传递过去（慢速读取方会减慢其写入方），每个方向各自半关闭，一段连接上的重置会重置另一段。故障选项会故意改变这些行为：--NAME 作用于两个方向，--c2s-NAME（客户端到服务器）和 --s2c-NAME（服务器到客户端）只作用于一个方向，并优先于 --NAME。每个连接在标准错误上输出一行。退出状态：无法侦听时为 1；命令行错误为 2；收到信号 N 后为 128+N。</translation>
    </message>
    <message>
        <source>Put netbench between clients of port 8081 and a server on 8080, and see both legs with --events.</source>
        <translation>将 netbench 置于 8081 端口的客户端和 8080 上的服务器之间，并用 --events 查看两段连接。</translation>
    </message>
    <message>
        <source>A Unix socket in front of a TCP server, 200 ms slower both ways, replies cut into pieces of 1 to 16 bytes.</source>
        <translation>在 TCP 服务器前面放一个 Unix 套接字，双向各慢 200 ms，应答被切成 1 到 16 字节的小片。</translation>
    </message>
    <message>
        <source>Reset each connection after the client sent 100 bytes.</source>
        <translation>客户端发送 100 字节后重置每个连接。</translation>
    </message>
    <message>
        <source>--chunk-pause needs --chunk for the same direction</source>
        <translation>--chunk-pause 需要同一方向的 --chunk</translation>
    </message>
    <message>
        <source>--refuse-after needs a count, not &apos;%1&apos;</source>
        <translation>--refuse-after 需要一个数目，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing LISTEN and TARGET</source>
        <translation>缺少 LISTEN 和 TARGET</translation>
    </message>
    <message>
        <source>missing TARGET</source>
        <translation>缺少 TARGET</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--connect-timeout needs MS, not &apos;%1&apos;</source>
        <translation>--connect-timeout 需要 MS，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Where clients connect: [HOST:]PORT ([::1]:PORT for IPv6; port 0 picks a free one) or a Unix socket PATH (a word with a &apos;/&apos; or ending in .sock).</source>
        <translation>客户端连接的位置：[HOST:]PORT（IPv6 用 [::1]:PORT；端口 0 会选择一个空闲端口），或 Unix 套接字 PATH（包含 &apos;/&apos; 或以 .sock 结尾的词）。</translation>
    </message>
</context>
<context>
    <name>ReplyArguments</name>
    <message>
        <source>Answer what arrives by a rule KIND[,OPTION...]:PATTERN=REPLY (repeatable; the first rule that matches a message answers it). KIND: exact, contains, re, hex. OPTION: delay=TIME, end, reset, off. See Rules below.</source>
        <translation>按规则 KIND[,OPTION...]:PATTERN=REPLY 应答到达的内容（可重复；由第一个匹配该消息的规则作答）。KIND：exact、contains、re、hex。OPTION：delay=TIME、end、reset、off。参见下文的“规则”。</translation>
    </message>
    <message>
        <source>Read auto-reply rules from FILE (JSON, as the window saves them: {&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}); before any --reply.</source>
        <translation>从 FILE 读取自动应答规则（JSON，与窗口保存的格式相同：{&quot;framing&quot;: &quot;line&quot;, &quot;rules&quot;: [...]}）；须放在任何 --reply 之前。</translation>
    </message>
    <message>
        <source>How the rules cut what arrives into messages: chunk (each read, the default), line (up to LF, a CR before it dropped) or delim:TEXT.</source>
        <translation>规则如何将到达的内容切分为消息：chunk（每次读取，默认）、line（到 LF 为止，其前的 CR 被去掉）或 delim:TEXT。</translation>
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
        <translation>规则（--reply RULE、--rules FILE）：
  KIND[,OPTION...]:PATTERN=REPLY     第一个未写作 \= 的 &apos;=&apos; 结束 PATTERN
  KIND    exact     整条消息等于 PATTERN
          contains  消息中包含 PATTERN（为空时匹配所有消息）
          re        作用于消息字节的正则表达式（PCRE）
          hex       消息中出现的十六进制字节，?? 表示任意字节
  OPTION  delay=TIME  在 TIME 之后应答（200ms、1.5s、1m）；之后的应答依次等待
          end         应答后结束本端；reset：改为重置
          off         保留规则但将其停用
  REPLY   文本，可含转义 \r \n \t \0 \e \\ \$ \xHH 以及宏 $0（匹配内容）、
          $1..$9 和 ${N}（分组）、${count}（此规则的命中次数）、
          ${time}（UTC）、${data}（消息）、${length}；或 hex:BYTES
  消息：每次读取的数据块，或在 --frame line / delim:TEXT 下每条切分出的
  消息（跨多次读取的消息会被拼合；对端结束时剩下的内容算作最后一条）。
  对端结束且应答都已发出后，本端也结束。如有标准输入，也会一并发送。
</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>%2 中的规则 %1</translation>
    </message>
    <message>
        <source>--frame needs rules (--reply or --rules)</source>
        <translation>--frame 需要规则（--reply 或 --rules）</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a Node-style script that uses require(&apos;net&apos;) on netbench&apos;s own implementation of Node&apos;s net module, without a window. The exit status is the script&apos;s (process.exitCode, process.exit(), 1 for an uncaught exception). Options go before FILE.js; everything after it is the script&apos;s.</source>
        <translation>在 netbench 自己实现的 Node net 模块上、无窗口地运行使用 require(&apos;net&apos;) 的 Node 风格脚本。退出状态即脚本的退出状态（process.exitCode、process.exit()，未捕获的异常为 1）。选项放在 FILE.js 之前；其后的所有内容都属于脚本。</translation>
    </message>
    <message>
        <source>Run a script until nothing keeps it alive, as node does.</source>
        <translation>像 node 一样运行脚本，直到没有任何东西让它保持运行。</translation>
    </message>
    <message>
        <source>Pass arguments to the script (process.argv) and record its events as JSON Lines.</source>
        <translation>向脚本传递参数（process.argv），并将其事件记录为 JSON Lines。</translation>
    </message>
    <message>
        <source>Print every event on standard error; --verbose goes to the script.</source>
        <translation>在标准错误上打印每个事件；--verbose 会传给脚本。</translation>
    </message>
    <message>
        <source>The script to run.</source>
        <translation>要运行的脚本。</translation>
    </message>
    <message>
        <source>Arguments for the script (process.argv).</source>
        <translation>脚本的参数（process.argv）。</translation>
    </message>
    <message>
        <source>End the script (exit status 134, as node at its heap limit) when the process holds more than MIB mebibytes. Default: half the physical memory, at most 4096.</source>
        <translation>当进程占用超过 MIB 兆字节（MiB）时结束脚本（退出状态 134，与 node 达到堆上限时相同）。默认：物理内存的一半，最多 4096。</translation>
    </message>
    <message>
        <source>--max-memory takes a number of MiB above 0</source>
        <translation>--max-memory 需要一个大于 0 的 MiB 数</translation>
    </message>
    <message>
        <source>missing FILE.js</source>
        <translation>缺少 FILE.js</translation>
    </message>
</context>
<context>
    <name>ScriptConsoleWidget</name>
    <message>
        <source>Script file (.js)</source>
        <translation>脚本文件 (.js)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Arguments (process.argv)</source>
        <translation>参数 (process.argv)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>console.log() output of the script appears here.</source>
        <translation>脚本的 console.log() 输出显示在这里。</translation>
    </message>
    <message>
        <source>No script is running.</source>
        <translation>没有正在运行的脚本。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>StdinReader</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
</context>
<context>
    <name>StdioMode</name>
    <message>
        <source>The target is a Unix domain socket PATH, whatever its name.</source>
        <translation>无论名称如何，目标都是 Unix 域套接字 PATH。</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>仅 IPv4。</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>仅 IPv6。</translation>
    </message>
    <message>
        <source>Send each line feed of standard input as CR LF (a CR LF stays one).</source>
        <translation>将标准输入中的每个换行符作为 CR LF 发送（CR LF 保持不变）。</translation>
    </message>
    <message>
        <source>Only send: what arrives is read and dropped, and the connection closes once standard input has been sent to its end.</source>
        <translation>仅发送：到达的数据被读取并丢弃，标准输入发送到结尾后关闭连接。</translation>
    </message>
    <message>
        <source>Only receive: standard input is not read, and our side ends when the peer ends its own.</source>
        <translation>仅接收：不读取标准输入，对端结束它的一侧时本端也结束。</translation>
    </message>
    <message>
        <source>Close a connection after TIME without traffic either way (exit status 1). TIME as ncat: 30 or 30s, 500ms, 2m, 1h.</source>
        <translation>在 TIME 时长内双向都没有流量时关闭连接（退出状态 1）。TIME 同 ncat：30 或 30s、500ms、2m、1h。</translation>
    </message>
    <message>
        <source>Write every chunk sent and received to FILE: a line with its direction, size and peer, then offset, hex and ASCII.</source>
        <translation>将发送和接收的每个数据块写入 FILE：先是一行方向、大小和对端，然后是偏移量、十六进制和 ASCII。</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 与 -6 互相排斥</translation>
    </message>
    <message>
        <source>-U (a Unix socket) and -%1 exclude each other</source>
        <translation>-U（Unix 套接字）与 -%1 互相排斥</translation>
    </message>
    <message>
        <source>--send-only and --recv-only exclude each other</source>
        <translation>--send-only 与 --recv-only 互相排斥</translation>
    </message>
    <message>
        <source>-i/--idle-timeout needs a time above 0 such as 30, 30s, 500ms or 2m, not &apos;%1&apos;</source>
        <translation>-i/--idle-timeout 需要大于 0 的时间，例如 30、30s、500ms 或 2m，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--hex-dump needs a FILE</source>
        <translation>--hex-dump 需要 FILE</translation>
    </message>
    <message>
        <source>cannot write standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>no activity for %1 ms (-i); closed the connection</source>
        <translation>%1 ms 内无活动（-i）；已关闭连接</translation>
    </message>
    <message>
        <source>the peer ended the connection (--no-half-close)</source>
        <translation>对端结束了连接（--no-half-close）</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>--send-only drops what arrives: it cannot be answered by rules</source>
        <translation>--send-only 会丢弃到达的内容：无法用规则作答</translation>
    </message>
    <message numerus="yes">
        <source>at least %1 byte(s) of standard input were not delivered: %2</source>
        <translation>
            <numerusform>至少有 %1 字节的标准输入未送达：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>-C changes standard input, which --recv-only does not read</source>
        <translation>-C 改变标准输入，而 --recv-only 不读取标准输入</translation>
    </message>
    <message>
        <source>standard output took nothing for %1 s after the signal; what it had not taken is lost</source>
        <translation>收到信号后标准输出 %1 秒内没有接收任何数据；它尚未接收的内容已丢失</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: netbench %1 %2</source>
        <translation>用法：netbench %1 %2</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Try &apos;netbench %1 --help&apos; for more information.</source>
        <translation>更多信息请运行 &apos;netbench %1 --help&apos;。</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (a whole number from 0 to 65535)</source>
        <translation>&apos;%1&apos; 不是端口（0 到 65535 之间的整数）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [HOST]:PORT</source>
        <translation>&apos;%1&apos; 不是 [HOST]:PORT</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets: [%1]:PORT</source>
        <translation>请将 IPv6 地址放在方括号中：[%1]:PORT</translation>
    </message>
    <message>
        <source>missing HOST before port %1 (HOST PORT or HOST:PORT)</source>
        <translation>端口 %1 之前缺少 HOST（HOST PORT 或 HOST:PORT）</translation>
    </message>
    <message>
        <source>missing PORT after %1 (HOST PORT or HOST:PORT; a Unix socket PATH has a &apos;/&apos; or ends in .sock, or give -U)</source>
        <translation>%1 之后缺少 PORT（HOST PORT 或 HOST:PORT；Unix 套接字 PATH 包含 &apos;/&apos; 或以 .sock 结尾，或者给出 -U）</translation>
    </message>
    <message>
        <source>missing HOST before :%1</source>
        <translation>:%1 之前缺少 HOST</translation>
    </message>
    <message>
        <source>missing HOST PORT, HOST:PORT or PATH</source>
        <translation>缺少 HOST PORT、HOST:PORT 或 PATH</translation>
    </message>
    <message>
        <source>missing [HOST:]PORT or PATH</source>
        <translation>缺少 [HOST:]PORT 或 PATH</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the Unix socket path</source>
        <translation>Unix 套接字路径之后有意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the port</source>
        <translation>端口之后有意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty HOST</source>
        <translation>HOST 为空</translation>
    </message>
    <message>
        <source>%1 is not an IPv%2 address (-%2)</source>
        <translation>%1 不是 IPv%2 地址（-%2）</translation>
    </message>
    <message>
        <source>cannot write trace %1</source>
        <translation>无法写入跟踪记录 %1</translation>
    </message>
    <message>
        <source>the Unix socket</source>
        <translation>Unix 套接字</translation>
    </message>
    <message>
        <source>cannot write hex dump %1: %2</source>
        <translation>无法写入十六进制转储 %1：%2</translation>
    </message>
    <message>
        <source>&gt; %1 bytes sent to %2</source>
        <translation>&gt; 向 %2 发送了 %1 字节</translation>
    </message>
    <message>
        <source>&lt; %1 bytes received from %2</source>
        <translation>&lt; 从 %2 接收了 %1 字节</translation>
    </message>
    <message>
        <source>Print every event and call on standard error, one readable line each.</source>
        <translation>在标准错误上打印每个事件和调用，每个一行，便于阅读。</translation>
    </message>
    <message>
        <source>More events on standard error: -v is --events, -vv adds the JSON Lines records (as --trace -) unless --trace is given.</source>
        <translation>在标准错误上输出更多事件：-v 即 --events，-vv 在未给出 --trace 时再加上 JSON Lines 记录（同 --trace -）。</translation>
    </message>
    <message>
        <source>Write every event and call as JSON Lines to FILE (&apos;-&apos; for standard error).</source>
        <translation>将每个事件和调用以 JSON Lines 写入 FILE（&apos;-&apos; 表示标准错误）。</translation>
    </message>
</context>
<context>
    <name>gui::ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
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
        <translation>输入要发送的内容。转义：\r \n \t \0 \\ \xNN</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 48 65 6c 6c 6f, 0x0d 0x0a or de:ad:be:ef</source>
        <translation>十六进制字节，例如 48 65 6c 6c 6f、0x0d 0x0a 或 de:ad:be:ef</translation>
    </message>
    <message>
        <source>Base64, e.g. aGVsbG8=</source>
        <translation>Base64，例如 aGVsbG8=</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>选择要发送的文件</translation>
    </message>
    <message>
        <source>connection not writable</source>
        <translation>连接不可写</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>正在发送 %1…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>已发送 %1 / %2</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已发送 %1 次</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 sent</source>
        <translation>已停止：已发送 %1 / %2 次</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation>请选择要发送的文件。</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source> (%1 in all)</source>
        <translation>（共 %1）</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>also sending to %1</source>
        <translation>也正在发往 %1</translation>
    </message>
</context>
<context>
    <name>gui::ConversationRenderer</name>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ 已发送</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 已接收</translation>
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
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>← FIN received: the peer ended its side</source>
        <translation>← 收到 FIN：对端结束了它的一侧</translation>
    </message>
    <message>
        <source>→ end() called: FIN follows the queued bytes</source>
        <translation>→ 已调用 end()：FIN 跟在已排队的字节之后</translation>
    </message>
    <message>
        <source>→ reset: RST sent instead of FIN</source>
        <translation>→ 重置：发送 RST 而不是 FIN</translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation>⚠ 错误</translation>
    </message>
    <message>
        <source>⚠ error: %1</source>
        <translation>⚠ 错误：%1</translation>
    </message>
    <message>
        <source>■ closed after an error</source>
        <translation>■ 出错后已关闭</translation>
    </message>
    <message>
        <source>■ closed</source>
        <translation>■ 已关闭</translation>
    </message>
    <message>
        <source>→ write refused after end() or destroy(): %1 not sent</source>
        <translation>→ end() 或 destroy() 之后的写入被拒绝：%1 未发送</translation>
    </message>
    <message>
        <source>… %1 in %2 steps not shown here; Save… writes everything …</source>
        <translation>… %2 步中的 %1 未在此显示；“保存…”会写出全部内容 …</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: past the transcript cap</source>
        <translation>%1：%3 个数据块中的 %2 未被捕获：已超过会话记录上限</translation>
    </message>
    <message>
        <source>%1: %2 in %3 chunks not captured: %4</source>
        <translation>%1：%3 个数据块中的 %2 未被捕获：%4</translation>
    </message>
    <message>
        <source>… %1 of this chunk not shown here …</source>
        <translation>… 此数据块中的 %1 未在此显示 …</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: past the transcript cap]</source>
        <translation>[此数据块中的 %1 字节未被捕获：已超过会话记录上限]</translation>
    </message>
    <message>
        <source>[%1 bytes of this chunk not captured: %2]</source>
        <translation>[此数据块中的 %1 字节未被捕获：%2]</translation>
    </message>
    <message>
        <source>%1 later steps not recorded: the transcript&apos;s step limit was reached</source>
        <translation>之后的 %1 步未被记录：已达到会话记录的步数上限</translation>
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
        <translation>转义 (\xNN)</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation>会话文本(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation>已发送的字节 (原始)(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation>已接收的字节 (原始)(&amp;R)…</translation>
    </message>
    <message>
        <source>Nothing recorded for this connection yet.</source>
        <translation>此连接尚未记录任何内容。</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>未选择连接。</translation>
    </message>
    <message>
        <source>→ %1 sent</source>
        <translation>→ 已发送 %1</translation>
    </message>
    <message>
        <source>← %1 received</source>
        <translation>← 已接收 %1</translation>
    </message>
    <message>
        <source>%1 bytes not captured</source>
        <translation>%1 字节未被捕获</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Save conversation as text</source>
        <translation>将会话保存为文本</translation>
    </message>
    <message>
        <source>Save sent bytes</source>
        <translation>保存已发送的字节</translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation>保存已接收的字节</translation>
    </message>
</context>
<context>
    <name>gui::EndpointTreeModel</name>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>half-open (readOnly)</source>
        <translation>半开 (readOnly)</translation>
    </message>
    <message>
        <source>half-open (writeOnly)</source>
        <translation>半开 (writeOnly)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>正在侦听</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 / out %2</source>
        <translation>收 %1 / 发 %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>本地：%1</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>远端：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>#%1 relay %2 → %3</source>
        <translation>#%1 中继 %2 → %3</translation>
    </message>
    <message>
        <source>#%1 ↔ %2 (its target leg)</source>
        <translation>#%1 ↔ %2（其目标端）</translation>
    </message>
    <message>
        <source>#%1 listener %2</source>
        <translation>#%1 侦听器 %2</translation>
    </message>
    <message>
        <source>#%1 accepted socket from %2</source>
        <translation>#%1 已接受的套接字，来自 %2</translation>
    </message>
    <message>
        <source>#%1 client socket → %2</source>
        <translation>#%1 客户端套接字 → %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a lesson&apos;s name for an endpoint, then its label in the tree</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>gui::EventPresentation</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流控</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>%1, and any record that carries an error</source>
        <translation>%1，以及任何带有错误的记录</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>→ true (bufferSize %1 &lt; highWaterMark %2)</source>
        <translation>→ true（bufferSize %1 &lt; highWaterMark %2）</translation>
    </message>
    <message>
        <source>→ false (bufferSize %1 ≥ highWaterMark %2: wait for &apos;drain&apos;)</source>
        <translation>→ false（bufferSize %1 ≥ highWaterMark %2：请等待 &apos;drain&apos;）</translation>
    </message>
    <message>
        <source>→ false (the socket cannot write)</source>
        <translation>→ false（套接字不可写）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>#%1 %2 from %3</source>
        <translation>#%1 %2 来自 %3</translation>
    </message>
    <message>
        <source> (IPv%1)</source>
        <translation> (IPv%1)</translation>
    </message>
    <message>
        <source>had error</source>
        <translation>曾出错</translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>积压队列 %1</translation>
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
        <translation>调用 %1</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos;</source>
        <translation>事件 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(made by netcore itself, not by the program)</source>
        <translation>（由 netcore 自身发出，而非程序）</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>套接字 #%1</translation>
    </message>
    <message>
        <source>write() gave</source>
        <translation>write() 返回</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>%1 bytes (bufferSize)</source>
        <translation>%1 字节 (bufferSize)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>%1 bytes (highWaterMark)</source>
        <translation>%1 字节 (highWaterMark)</translation>
    </message>
    <message>
        <source>This end</source>
        <translation>本端</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>System call</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>自开始起</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>#%1 of this session</source>
        <translation>本次运行中的 #%1</translation>
    </message>
    <message>
        <source>Bytes shown</source>
        <translation>显示的字节</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(the rest not kept)</source>
        <translation>（其余未保留）</translation>
    </message>
    <message>
        <source>As text</source>
        <translation>按文本</translation>
    </message>
    <message>
        <source>As hex</source>
        <translation>按十六进制</translation>
    </message>
    <message>
        <source>#%1 listener</source>
        <translation>#%1 侦听器</translation>
    </message>
    <message>
        <source>#%1 socket</source>
        <translation>#%1 套接字</translation>
    </message>
</context>
<context>
    <name>gui::EventStreamWidget</name>
    <message>
        <source>All endpoints</source>
        <translation>所有端点</translation>
    </message>
    <message>
        <source>Use as time reference</source>
        <translation>用作时间参考</translation>
    </message>
    <message>
        <source>Show only this endpoint</source>
        <translation>仅显示此端点</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show none</source>
        <translation>全部不显示</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation>事件 (%1 / %2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;call()&lt;/i&gt; = a call made on the endpoint</source>
        <translation>&lt;i&gt;call()&lt;/i&gt; = 对端点发出的调用</translation>
    </message>
    <message>
        <source>Hide &amp;Automatic Rows</source>
        <translation>隐藏自动行(&amp;A)</translation>
    </message>
    <message>
        <source>Hide what netcore does by itself: the automatic end() and destroy() calls (autoDestroy, the end at the peer&apos;s FIN, the destroy after an error) and &apos;ready&apos;, which always follows &apos;connect&apos;. The counts still include them.</source>
        <translation>隐藏 netcore 自行执行的操作：自动的 end() 和 destroy() 调用（autoDestroy、对端 FIN 引起的 end、出错后的 destroy）以及总是跟在 &apos;connect&apos; 之后的 &apos;ready&apos;。计数中仍包含它们。</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 不含任何记录。</translation>
    </message>
    <message>
        <source>Reviewing %1: %2 records (read-only).</source>
        <translation>正在回顾 %1：%2 条记录（只读）。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>有 %n 行无法读取：</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 条记录，显示 %2 条</translation>
    </message>
    <message>
        <source>%1 dropped (store full)</source>
        <translation>丢弃 %1 条（存储已满）</translation>
    </message>
    <message>
        <source>%1 lost before display</source>
        <translation>%1 条在显示前丢失</translation>
    </message>
    <message>
        <source>automatic rows hidden</source>
        <translation>已隐藏自动行</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>正在筛选…</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Δ previous</source>
        <translation>Δ 上一行</translation>
    </message>
    <message>
        <source>Δ reference</source>
        <translation>Δ 参考</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Sequence number: the order in which netbench recorded the rows</source>
        <translation>序号：netbench 记录这些行的顺序</translation>
    </message>
    <message>
        <source>When it happened: wall clock, or the time since the previous row or the reference row (View options of the stream)</source>
        <translation>发生时间：实际时间，或距上一行、参考行的时间（事件流的视图选项）</translation>
    </message>
    <message>
        <source>The server or socket it happened on (#id as in Endpoints)</source>
        <translation>发生所在的服务器或套接字（#id 与“端点”中的相同）</translation>
    </message>
    <message>
        <source>An event Node emits (&apos;data&apos;, &apos;end&apos;, ...) or a call made on the endpoint (write(), end(), ...); hover a row or see the Explain pane for its meaning</source>
        <translation>Node 触发的事件（&apos;data&apos;、&apos;end&apos; 等）或对端点发出的调用（write()、end() 等）；将鼠标悬停在行上或查看“解释”窗格了解其含义</translation>
    </message>
    <message>
        <source>Bytes, addresses, values and errors of the row</source>
        <translation>该行的字节、地址、值和错误</translation>
    </message>
</context>
<context>
    <name>gui::ExplainPane</name>
    <message>
        <source>Documentation: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <source>#%1 %2 on %3</source>
        <translation>#%1 %2（于 %3）</translation>
    </message>
    <message>
        <source>bufferSize after the call: %1 bytes; high-water mark: %2 bytes.</source>
        <translation>调用后的 bufferSize：%1 字节；高水位线：%2 字节。</translation>
    </message>
    <message>
        <source>Marked auto: netcore made this call itself (an automatic end() after the peer&apos;s end, or the destroy() that follows), not the user.</source>
        <translation>标记为自动：此调用由 netcore 自行发出（对端 end 之后的自动 end()，或随后的 destroy()），而非用户。</translation>
    </message>
    <message>
        <source>Select a row of the event stream to explain it.</source>
        <translation>请选择事件流中的一行以查看解释。</translation>
    </message>
    <message>
        <source>Select a row of the event stream, or an endpoint, to see what it means, what the peer sees and what to try.</source>
        <translation>选择事件流中的一行或一个端点，查看它的含义、对端看到什么以及可以尝试什么。</translation>
    </message>
</context>
<context>
    <name>gui::Explanations</name>
    <message>
        <source>The server is bound and accepts connections.</source>
        <translation>服务器已绑定并正在接受连接。</translation>
    </message>
    <message>
        <source>listen() succeeded: the kernel bound the address (or the Unix socket path) and put the socket in the LISTEN state. From now on the kernel completes connection handshakes on its own and queues them (the backlog) until netbench accepts them. A client that connects now succeeds; before this event it would have got ECONNREFUSED. With port 0 the kernel chose a free port: the address shows which.</source>
        <translation>listen() 成功：内核绑定了地址（或 Unix 套接字路径）并使套接字进入 LISTEN 状态。从现在起，内核会自行完成连接握手并将其排队（积压队列），直到 netbench 接受它们。此时连接的客户端会成功；在此事件之前，它会得到 ECONNREFUSED。使用端口 0 时由内核选择空闲端口：地址中显示了是哪一个。</translation>
    </message>
    <message>
        <source>The server accepted a new connection: a new socket for that client.</source>
        <translation>服务器接受了一个新连接：为该客户端创建了新的套接字。</translation>
    </message>
    <message>
        <source>A client&apos;s connection was accepted: the server got a new socket of its own for it (shown under the server), while the server itself keeps listening for more. The client saw its &apos;connect&apos; already when the kernel finished the handshake, which can be before the server accepts. Each connection is a separate socket with its own events, its own buffers and its own close.</source>
        <translation>客户端的连接已被接受：服务器为它获得了一个自己的新套接字（显示在服务器下方），而服务器本身继续侦听更多连接。客户端在内核完成握手时就已收到 &apos;connect&apos;，这可能早于服务器接受连接。每个连接都是独立的套接字，有自己的事件、缓冲区和关闭过程。</translation>
    </message>
    <message>
        <source>The host name was resolved to an address (or the lookup failed).</source>
        <translation>主机名已解析为地址（或解析失败）。</translation>
    </message>
    <message>
        <source>Before connecting to a host given by name, the name is resolved (getaddrinfo: /etc/hosts, then DNS). This event carries the address that will be tried, or the resolver&apos;s error (ENOTFOUND, EAI_AGAIN). Nothing has been sent to the peer yet. Connecting to an IP address or a Unix socket path needs no lookup, so there is no &apos;lookup&apos; then.</source>
        <translation>连接到以名称给出的主机之前，会先解析该名称（getaddrinfo：先 /etc/hosts，再 DNS）。此事件携带将要尝试的地址，或解析器的错误（ENOTFOUND、EAI_AGAIN）。此时尚未向对端发送任何内容。连接到 IP 地址或 Unix 套接字路径无需解析，因此那时没有 &apos;lookup&apos;。</translation>
    </message>
    <message>
        <source>The connection is established; data can flow both ways.</source>
        <translation>连接已建立；数据可以双向流动。</translation>
    </message>
    <message>
        <source>The TCP three-way handshake completed (or the Unix socket connected): the socket is open for reading and writing. Writes made before this were queued and are sent now. The kernel of the server side completes the handshake itself, so &apos;connect&apos; does not mean the server program has accepted or read anything yet.</source>
        <translation>TCP 三次握手已完成（或 Unix 套接字已连接）：套接字已可读写。在此之前的写入已排队，现在发出。服务器端的内核会自行完成握手，因此 &apos;connect&apos; 并不意味着服务器程序已经接受或读取了任何内容。</translation>
    </message>
    <message>
        <source>The socket is ready to be used; emitted right after &apos;connect&apos;.</source>
        <translation>套接字已可使用；紧跟在 &apos;connect&apos; 之后触发。</translation>
    </message>
    <message>
        <source>Node emits &apos;ready&apos; immediately after &apos;connect&apos;; it exists for streams in general. Nothing new happened on the wire.</source>
        <translation>Node 在 &apos;connect&apos; 之后立即触发 &apos;ready&apos;；它是为一般的流而存在的。线路上没有发生任何新的事情。</translation>
    </message>
    <message>
        <source>Bytes arrived from the peer; one read of what the kernel had.</source>
        <translation>来自对端的字节已到达；这是对内核中已有数据的一次读取。</translation>
    </message>
    <message>
        <source>One read from the kernel&apos;s receive buffer. TCP and stream Unix sockets carry a stream of bytes, not messages: one write() of the peer may arrive as several &apos;data&apos; events, and several writes may arrive as one. A protocol needs its own framing (a length prefix or a delimiter). While the socket is paused, no &apos;data&apos; is emitted and the bytes wait in the kernel (Unread in the inspector); when that fills, the peer&apos;s writes stop being accepted.</source>
        <translation>从内核接收缓冲区的一次读取。TCP 和流式 Unix 套接字传输的是字节流，而不是消息：对端的一次 write() 可能以多个 &apos;data&apos; 事件到达，多次写入也可能合成一个到达。协议需要自己的分帧方式（长度前缀或分隔符）。套接字暂停期间不会触发 &apos;data&apos;，字节在内核中等待（检查器中的“未读”）；当内核缓冲区填满时，对端的写入将不再被接受。</translation>
    </message>
    <message>
        <source>Everything queued by write() has been handed to the kernel; write more.</source>
        <translation>write() 排队的所有内容都已交给内核；可以继续写入。</translation>
    </message>
    <message>
        <source>write() returned false earlier because the bytes waiting in netbench (bufferSize) reached the high-water mark; now that queue is empty again. A well-behaved writer stops writing when write() returns false and continues on &apos;drain&apos; (backpressure). The bytes are in the kernel&apos;s send buffer now, which does not mean the peer has read them.</source>
        <translation>之前 write() 返回 false，因为在 netbench 中等待的字节（bufferSize）达到了高水位线；现在该队列再次为空。守规矩的写入方在 write() 返回 false 时停止写入，并在 &apos;drain&apos; 时继续（背压）。这些字节现在位于内核的发送缓冲区中，这并不意味着对端已经读取了它们。</translation>
    </message>
    <message>
        <source>The peer sent FIN: it will send nothing more. Our reading side is done.</source>
        <translation>对端发送了 FIN：它不会再发送任何内容。本端的读取方向已结束。</translation>
    </message>
    <message>
        <source>The peer called end() (or closed its socket): its FIN arrived after all the data it had sent. Nothing more will be read. Without allowHalfOpen the socket now ends its own side too (an automatic end()) and closes once its queued writes are sent; with allowHalfOpen it stays writable (writeOnly) until end() is called. A FIN is an orderly end, not an error; a peer that crashes or resets gives ECONNRESET instead.</source>
        <translation>对端调用了 end()（或关闭了它的套接字）：它的 FIN 在它发送的所有数据之后到达。不会再读到任何内容。没有 allowHalfOpen 时，套接字现在也结束自己的一侧（自动 end()），并在已排队的写入发出后关闭；有 allowHalfOpen 时，它保持可写（writeOnly），直到调用 end()。FIN 是有序的结束，而不是错误；对端崩溃或重置时得到的则是 ECONNRESET。</translation>
    </message>
    <message>
        <source>The socket was idle for the setTimeout() time. It is NOT closed.</source>
        <translation>套接字空闲的时间已达到 setTimeout() 设定的时长。它并“没有”被关闭。</translation>
    </message>
    <message>
        <source>Nothing was read or written for the time given to setTimeout(). This is only a notification: the connection stays open and the peer sees nothing at all. To close idle connections, call end() or destroy() when this event comes. Keep-alive (setKeepAlive) is a different thing: kernel probes that detect a dead peer.</source>
        <translation>在 setTimeout() 给定的时间内没有任何读写。这只是一个通知：连接保持打开，对端完全看不到任何东西。要关闭空闲连接，请在此事件到来时调用 end() 或 destroy()。保活（setKeepAlive）是另一回事：它是内核用来检测对端已失效的探测。</translation>
    </message>
    <message>
        <source>Something failed; for a socket, &apos;close&apos; follows.</source>
        <translation>发生了故障；对于套接字，随后会有 &apos;close&apos;。</translation>
    </message>
    <message>
        <source>A system call failed or the peer broke the connection; the error&apos;s code says which. On a socket, &apos;close&apos; (with hadError true) follows at once: the connection is gone. On a server, an error of listen() (EADDRINUSE, EACCES) leaves the server not listening, and &apos;close&apos; does not follow unless close() is called.</source>
        <translation>系统调用失败，或对端断开了连接；错误的 code 说明是哪一种。在套接字上，随即会有 &apos;close&apos;（hadError 为 true）：连接已不复存在。在服务器上，listen() 的错误（EADDRINUSE、EACCES）会使服务器处于未侦听状态，除非调用 close()，否则不会随后出现 &apos;close&apos;。</translation>
    </message>
    <message>
        <source>Fully closed: the descriptor is released; nothing more will happen.</source>
        <translation>已完全关闭：描述符已释放；不会再发生任何事情。</translation>
    </message>
    <message>
        <source>The last event of a socket or a server. For a socket, hadError says whether an error caused it. The kernel may still be finishing the TCP shutdown (TIME_WAIT) but the program is done with it. A server emits &apos;close&apos; after close() once all its accepted connections have closed too.</source>
        <translation>套接字或服务器的最后一个事件。对于套接字，hadError 表示是否由错误引起。内核可能仍在完成 TCP 关闭（TIME_WAIT），但程序已与它无关。服务器在 close() 之后、其所有已接受的连接也都关闭后才触发 &apos;close&apos;。</translation>
    </message>
    <message>
        <source>The server is closed: close() was called and its last connection has closed.</source>
        <translation>服务器已关闭：已调用 close() 且其最后一个连接已关闭。</translation>
    </message>
    <message>
        <source>close() stopped the listening at once, but the server&apos;s &apos;close&apos; waits until every connection it accepted has closed too. New clients were refused from the moment of close(); existing ones were never disturbed.</source>
        <translation>close() 立即停止了侦听，但服务器的 &apos;close&apos; 要等到它接受的每个连接也都关闭。从 close() 那一刻起新客户端就被拒绝；已有的客户端从未受到干扰。</translation>
    </message>
    <message>
        <source>The server failed, usually in listen(); it is not listening.</source>
        <translation>服务器失败了，通常是在 listen() 中；它没有在侦听。</translation>
    </message>
    <message>
        <source>Most often listen() failed (EADDRINUSE, EACCES, EADDRNOTAVAIL). Unlike a socket&apos;s error, no &apos;close&apos; follows by itself: the server simply is not listening, and listen() may be called again. No client saw anything.</source>
        <translation>最常见的是 listen() 失败（EADDRINUSE、EACCES、EADDRNOTAVAIL）。与套接字的错误不同，之后不会自行出现 &apos;close&apos;：服务器只是没有在侦听，可以再次调用 listen()。没有客户端看到任何东西。</translation>
    </message>
    <message>
        <source>A connection was dropped because maxConnections was reached.</source>
        <translation>由于达到 maxConnections，一个连接被丢弃。</translation>
    </message>
    <message>
        <source>The server already had maxConnections connections, so it accepted this one and closed it at once. The client saw its connection succeed and then end (or reset if it had sent data). Raise maxConnections or close idle connections.</source>
        <translation>服务器已有 maxConnections 个连接，因此它接受了这个连接并立即关闭。客户端看到连接成功然后结束（如果它已发送数据则为重置）。请提高 maxConnections 或关闭空闲连接。</translation>
    </message>
    <message>
        <source>server.listen(): bind an address or path and start accepting.</source>
        <translation>server.listen()：绑定地址或路径并开始接受连接。</translation>
    </message>
    <message>
        <source>Asks the kernel to bind the address (or Unix socket path) and listen. It succeeds with &apos;listening&apos; or fails with &apos;error&apos;: EADDRINUSE when another socket has the address, EACCES for ports below 1024 without privilege or a path in a folder you cannot write.</source>
        <translation>请求内核绑定地址（或 Unix 套接字路径）并侦听。成功时触发 &apos;listening&apos;，失败时触发 &apos;error&apos;：另一个套接字占用该地址时为 EADDRINUSE；无特权使用 1024 以下的端口，或路径位于你无法写入的文件夹时为 EACCES。</translation>
    </message>
    <message>
        <source>socket.connect(): start a connection; &apos;connect&apos; or &apos;error&apos; follows.</source>
        <translation>socket.connect()：开始连接；随后会有 &apos;connect&apos; 或 &apos;error&apos;。</translation>
    </message>
    <message>
        <source>Starts connecting: a name lookup if a host name was given, then a SYN to the server (or a connect on the Unix socket path). The result comes later: &apos;connect&apos;, or &apos;error&apos; with ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ENOENT, ...</source>
        <translation>开始连接：如果给出的是主机名则先解析名称，然后向服务器发送 SYN（或在 Unix 套接字路径上连接）。结果稍后到来：&apos;connect&apos;，或带有 ECONNREFUSED、ETIMEDOUT、ENOTFOUND、ENOENT 等的 &apos;error&apos;。</translation>
    </message>
    <message>
        <source>socket.write(): queue bytes to send; false means slow down and wait for &apos;drain&apos;.</source>
        <translation>socket.write()：将要发送的字节排队；返回 false 表示应放慢并等待 &apos;drain&apos;。</translation>
    </message>
    <message>
        <source>Hands bytes to the socket. They go to the kernel&apos;s send buffer at once when it has room, otherwise they wait in netbench&apos;s queue (bufferSize). write() returns false when that queue reached the high-water mark: keep writing and memory grows; the right answer is to wait for &apos;drain&apos;. A successful write only means the kernel took the bytes, not that the peer received or read them. Writing after end() fails with ERR_STREAM_WRITE_AFTER_END; writing to a connection the peer has closed gives EPIPE or ECONNRESET.</source>
        <translation>将字节交给套接字。内核发送缓冲区有空间时它们会立即进入，否则在 netbench 的队列中等待（bufferSize）。当该队列达到高水位线时 write() 返回 false：继续写入会使内存增长，正确的做法是等待 &apos;drain&apos;。写入成功只表示内核接收了这些字节，并不表示对端已收到或读取。end() 之后写入会以 ERR_STREAM_WRITE_AFTER_END 失败；向对端已关闭的连接写入会得到 EPIPE 或 ECONNRESET。</translation>
    </message>
    <message>
        <source>socket.end(): send FIN after queued data. The peer gets &apos;end&apos;; we can still read.</source>
        <translation>socket.end()：在已排队数据之后发送 FIN。对端收到 &apos;end&apos;；本端仍可读取。</translation>
    </message>
    <message>
        <source>Half-closes the connection: once all queued writes are sent, a FIN follows them. The peer reads everything and then gets &apos;end&apos;. Our side can still receive (readOnly) until the peer ends too, then the socket closes. This is the polite way to finish. An &apos;end()&apos; marked auto was made by netbench itself because the peer ended and allowHalfOpen is false.</source>
        <translation>半关闭连接：所有已排队的写入发出后，紧接着发送 FIN。对端读完所有内容后收到 &apos;end&apos;。本端仍可接收（readOnly），直到对端也结束，然后套接字关闭。这是礼貌的结束方式。标记为自动的 &apos;end()&apos; 是 netbench 自己发出的，因为对端已结束且 allowHalfOpen 为 false。</translation>
    </message>
    <message>
        <source>socket.destroy(): close now; queued data is dropped. The peer normally sees FIN (&apos;end&apos;).</source>
        <translation>socket.destroy()：立即关闭；已排队的数据被丢弃。对端通常看到 FIN（&apos;end&apos;）。</translation>
    </message>
    <message>
        <source>Closes the socket at once: writes still queued in netbench are discarded and the descriptor is closed. The kernel still sends what it already had, then a FIN, so the peer sees a normal &apos;end&apos;, not an error; only if unread bytes were waiting in our receive buffer does Linux send an RST instead (the peer gets ECONNRESET). If the peer writes afterwards, our kernel answers with RST and the peer&apos;s write fails with EPIPE or ECONNRESET. destroy(error) behaves the same on the wire: the error is emitted only locally, the peer still sees a clean FIN. To make the peer see a reset, use resetAndDestroy().</source>
        <translation>立即关闭套接字：仍在 netbench 中排队的写入被丢弃，描述符被关闭。内核仍会发出它已有的数据，然后发送 FIN，因此对端看到的是正常的 &apos;end&apos; 而不是错误；只有当本端接收缓冲区中还有未读字节时，Linux 才会改发 RST（对端收到 ECONNRESET）。如果对端之后再写入，本端内核会以 RST 应答，对端的写入以 EPIPE 或 ECONNRESET 失败。destroy(error) 在线路上的表现相同：错误只在本地触发，对端仍看到干净的 FIN。要让对端看到重置，请使用 resetAndDestroy()。</translation>
    </message>
    <message>
        <source>socket.resetAndDestroy(): abort with an RST. The peer gets ECONNRESET.</source>
        <translation>socket.resetAndDestroy()：以 RST 中止。对端收到 ECONNRESET。</translation>
    </message>
    <message>
        <source>Closes the TCP connection abortively (SO_LINGER 0): the kernel throws away what it had not sent and sends an RST instead of a FIN. The peer&apos;s next read fails with ECONNRESET and data still in flight is lost. Only TCP sockets can be reset; on a Unix socket it throws ERR_INVALID_HANDLE_TYPE.</source>
        <translation>以中止方式关闭 TCP 连接（SO_LINGER 0）：内核丢弃尚未发送的数据，并发送 RST 而不是 FIN。对端的下一次读取以 ECONNRESET 失败，仍在传输中的数据丢失。只有 TCP 套接字可以重置；在 Unix 套接字上会抛出 ERR_INVALID_HANDLE_TYPE。</translation>
    </message>
    <message>
        <source>socket.pause(): stop reading; incoming bytes wait in the kernel.</source>
        <translation>socket.pause()：停止读取；到来的字节在内核中等待。</translation>
    </message>
    <message>
        <source>No more &apos;data&apos; events until resume(). Bytes keep arriving into the kernel&apos;s receive buffer (Unread in the inspector); when it is full, TCP advertises a zero window and the peer&apos;s kernel stops sending, so the peer&apos;s writes pile up in its own send buffer and then its write() returns false. This is backpressure travelling across the connection.</source>
        <translation>在 resume() 之前不再有 &apos;data&apos; 事件。字节继续到达内核的接收缓冲区（检查器中的“未读”）；缓冲区满后，TCP 通告零窗口，对端内核停止发送，于是对端的写入堆积在它自己的发送缓冲区中，随后它的 write() 返回 false。这就是跨越连接传递的背压。</translation>
    </message>
    <message>
        <source>socket.resume(): read again after pause().</source>
        <translation>socket.resume()：在 pause() 之后重新读取。</translation>
    </message>
    <message>
        <source>Reading starts again: what waited in the kernel&apos;s receive buffer comes as &apos;data&apos; events, the window opens and the peer&apos;s queued bytes flow again (its &apos;drain&apos; may follow).</source>
        <translation>重新开始读取：在内核接收缓冲区中等待的数据以 &apos;data&apos; 事件到来，窗口打开，对端排队的字节再次流动（随后可能出现它的 &apos;drain&apos;）。</translation>
    </message>
    <message>
        <source>socket.setNoDelay(): turn Nagle&apos;s algorithm off (true) or on (false).</source>
        <translation>socket.setNoDelay()：关闭（true）或开启（false）Nagle 算法。</translation>
    </message>
    <message>
        <source>Sets TCP_NODELAY. With Nagle&apos;s algorithm on, a small segment is held back while earlier data is unacknowledged, so many small writes are coalesced into fewer segments; combined with the peer&apos;s delayed ACK, a write-write-read pattern can stall for tens of milliseconds. noDelay sends each write at once. Compare the data segment counters of the inspector. Unix sockets have no Nagle at all.</source>
        <translation>设置 TCP_NODELAY。开启 Nagle 算法时，在先前数据未被确认期间小分段会被暂缓发送，因此许多小写入会被合并成较少的分段；再加上对端的延迟 ACK，“写-写-读”模式可能会停顿数十毫秒。noDelay 使每次写入立即发出。可以比较检查器中的数据分段计数。Unix 套接字根本没有 Nagle。</translation>
    </message>
    <message>
        <source>socket.setKeepAlive(): let the kernel probe an idle connection to detect a dead peer.</source>
        <translation>socket.setKeepAlive()：让内核探测空闲连接以检测已失效的对端。</translation>
    </message>
    <message>
        <source>Sets SO_KEEPALIVE and the idle time before the first probe (TCP_KEEPIDLE). After that idle time the kernel sends empty probes; if the peer&apos;s host does not answer several of them, the connection fails with ETIMEDOUT. A live peer answers without its program noticing anything. This is not the idle timeout of setTimeout().</source>
        <translation>设置 SO_KEEPALIVE 以及第一次探测前的空闲时间（TCP_KEEPIDLE）。空闲时间过后，内核发送空的探测包；如果对端主机多次不应答，连接以 ETIMEDOUT 失败。存活的对端会应答，而其程序毫无察觉。这不是 setTimeout() 的空闲超时。</translation>
    </message>
    <message>
        <source>socket.setTimeout(): emit &apos;timeout&apos; after this much idle time (0 turns it off).</source>
        <translation>socket.setTimeout()：空闲这么久后触发 &apos;timeout&apos;（0 表示关闭）。</translation>
    </message>
    <message>
        <source>Arms an inactivity timer: when nothing was read or written for that many milliseconds, &apos;timeout&apos; is emitted. It does not close the socket and sends nothing to the peer; the program decides what to do.</source>
        <translation>设置一个无活动计时器：在这么多毫秒内没有任何读写时，触发 &apos;timeout&apos;。它不会关闭套接字，也不会向对端发送任何内容；由程序决定如何处理。</translation>
    </message>
    <message>
        <source>socket.setEncoding(): deliver &apos;data&apos; as decoded text instead of bytes.</source>
        <translation>socket.setEncoding()：以解码后的文本而非字节传递 &apos;data&apos;。</translation>
    </message>
    <message>
        <source>Received bytes are decoded (utf8, latin1, hex, base64, ...) before &apos;data&apos;. A character split across two chunks is held back until it is complete. Nothing changes on the wire.</source>
        <translation>接收的字节在 &apos;data&apos; 之前被解码（utf8、latin1、hex、base64 等）。跨两个数据块的字符会被暂留，直到完整为止。线路上没有任何变化。</translation>
    </message>
    <message>
        <source>server.close(): stop accepting; existing connections stay open.</source>
        <translation>server.close()：停止接受连接；已有连接保持打开。</translation>
    </message>
    <message>
        <source>The listening socket is closed, so new clients get ECONNREFUSED (TCP) or ENOENT (a Unix socket, whose path is removed). Connections already accepted are not touched; the server&apos;s &apos;close&apos; comes when the last of them has closed.</source>
        <translation>侦听套接字被关闭，因此新客户端会得到 ECONNREFUSED（TCP）或 ENOENT（Unix 套接字，其路径被删除）。已接受的连接不受影响；服务器的 &apos;close&apos; 在其中最后一个关闭时到来。</translation>
    </message>
    <message>
        <source>ref(): this endpoint keeps the program running again.</source>
        <translation>ref()：此端点重新使程序保持运行。</translation>
    </message>
    <message>
        <source>The default. A program (a script) does not exit while a referenced server or socket is open. Nothing changes on the wire.</source>
        <translation>这是默认状态。只要被引用的服务器或套接字处于打开状态，程序（脚本）就不会退出。线路上没有任何变化。</translation>
    </message>
    <message>
        <source>server.ref(): the listener keeps the program running again.</source>
        <translation>server.ref()：侦听器重新使程序保持运行。</translation>
    </message>
    <message>
        <source>The default. A script does not exit while a referenced server listens. Nothing changes for clients.</source>
        <translation>这是默认状态。只要被引用的服务器在侦听，脚本就不会退出。对客户端没有任何变化。</translation>
    </message>
    <message>
        <source>server.unref(): the listener no longer keeps the program running.</source>
        <translation>server.unref()：侦听器不再使程序保持运行。</translation>
    </message>
    <message>
        <source>A script may exit while this server still listens (it is closed with the process). Nothing changes for clients.</source>
        <translation>即使此服务器仍在侦听，脚本也可以退出（它会随进程一起关闭）。对客户端没有任何变化。</translation>
    </message>
    <message>
        <source>unref(): this endpoint no longer keeps the program running.</source>
        <translation>unref()：此端点不再使程序保持运行。</translation>
    </message>
    <message>
        <source>A script may exit even though this server or socket is still open (it is then closed with the process). Nothing changes on the wire.</source>
        <translation>即使此服务器或套接字仍然打开，脚本也可以退出（届时它会随进程一起关闭）。线路上没有任何变化。</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that address and port (or path).</source>
        <translation>连接被拒绝：该地址和端口（或路径）上没有任何东西在侦听。</translation>
    </message>
    <message>
        <source>The SYN reached the other host, and its kernel answered with an RST because no socket listens on that port (for a Unix socket: the path exists but nobody listens on it). The server program never saw anything. Usual causes: the server is not started yet or has stopped, a wrong port, or it listens on another address (127.0.0.1 versus ::1 when &apos;localhost&apos; resolves to IPv6, or only on another interface). Try: check the port and address of the listener (&apos;ss -ltn&apos;), connect to 127.0.0.1 explicitly, start the listener first. A firewall that rejects also gives this; one that silently drops gives ETIMEDOUT.</source>
        <translation>SYN 到达了另一台主机，但因为该端口上没有套接字在侦听，其内核以 RST 应答（对于 Unix 套接字：路径存在但没有人在上面侦听）。服务器程序什么也没看到。常见原因：服务器尚未启动或已停止、端口错误、或在另一个地址上侦听（当 &apos;localhost&apos; 解析为 IPv6 时 127.0.0.1 与 ::1 的区别，或只在另一个接口上侦听）。可以尝试：检查侦听器的端口和地址（&apos;ss -ltn&apos;）、显式连接 127.0.0.1、先启动侦听器。拒绝连接的防火墙也会造成这种情况；静默丢弃的防火墙则会导致 ETIMEDOUT。</translation>
    </message>
    <message>
        <source>Address already in use: another socket has bound this address and port (or path).</source>
        <translation>地址已被占用：另一个套接字已绑定此地址和端口（或路径）。</translation>
    </message>
    <message>
        <source>listen() failed because the address is taken: another program (or another listener in netbench) listens on that port, or a Unix socket file exists at the path. Clients are not affected; they reach whoever holds the address. Usual causes: a previous run still running, two listeners on the same port, a leftover socket file after a crash. Try: &apos;ss -ltnp&apos; to see who holds the port, port 0 to let the kernel choose a free one, removing a stale socket file. Connections in TIME_WAIT do not block a new listener here because netbench sets SO_REUSEADDR, as Node does.</source>
        <translation>由于地址已被占用，listen() 失败：另一个程序（或 netbench 中的另一个侦听器）在该端口上侦听，或该路径上已有 Unix 套接字文件。客户端不受影响；它们会连到占用该地址的一方。常见原因：上一次运行仍在运行、同一端口上有两个侦听器、崩溃后遗留的套接字文件。可以尝试：用 &apos;ss -ltnp&apos; 查看谁占用了端口、使用端口 0 让内核选择空闲端口、删除过时的套接字文件。由于 netbench 与 Node 一样设置了 SO_REUSEADDR，处于 TIME_WAIT 的连接不会妨碍这里的新侦听器。</translation>
    </message>
    <message>
        <source>Connection reset by peer: the peer aborted the connection with an RST.</source>
        <translation>连接被对端重置：对端以 RST 中止了连接。</translation>
    </message>
    <message>
        <source>An RST arrived: the peer&apos;s kernel declared the connection dead, and data in flight is lost. Unlike a FIN (&apos;end&apos;), this is abortive. Usual causes: the peer called resetAndDestroy() or set SO_LINGER 0; the peer closed its socket while unread data was still in its receive buffer; we sent data to a connection the peer had already closed; the peer process crashed or its host rebooted; a middlebox killed the connection. Try: treat it as &apos;the peer went away&apos; and reconnect if needed; if you control the peer, make it read everything and end() instead of closing abruptly.</source>
        <translation>收到了 RST：对端内核宣告连接已失效，传输中的数据丢失。与 FIN（&apos;end&apos;）不同，这是中止性的。常见原因：对端调用了 resetAndDestroy() 或设置了 SO_LINGER 0；对端在接收缓冲区仍有未读数据时关闭了套接字；本端向对端已关闭的连接发送了数据；对端进程崩溃或其主机重启；中间设备终止了连接。可以尝试：将其视为“对端已离开”，必要时重新连接；如果你能控制对端，让它读完所有数据并调用 end()，而不是突然关闭。</translation>
    </message>
    <message>
        <source>Broken pipe: we wrote to a connection whose other end is already closed.</source>
        <translation>管道已断开：本端向另一端已关闭的连接写入了数据。</translation>
    </message>
    <message>
        <source>A write failed because the connection can no longer carry data: the peer has closed (its FIN came, then its kernel answered our data with an RST), or our own side was shut down. On Linux, when the peer has ended and then resets, the write reports EPIPE; when the reset comes while both sides were open, it is ECONNRESET. The bytes were not delivered. Usual cause: writing after the peer&apos;s &apos;end&apos; with allowHalfOpen, or writing to a peer that destroyed its socket. Try: stop writing when &apos;end&apos; comes unless the peer really keeps reading (a half-close by end(), not a close).</source>
        <translation>写入失败，因为连接已无法再传输数据：对端已关闭（它的 FIN 已到来，随后它的内核以 RST 应答了本端的数据），或本端自己已被关闭。在 Linux 上，对端先结束再重置时，写入报告 EPIPE；在双方都打开时收到重置，则为 ECONNRESET。这些字节没有送达。常见原因：在 allowHalfOpen 下于对端 &apos;end&apos; 之后写入，或向已销毁其套接字的对端写入。可以尝试：&apos;end&apos; 到来时停止写入，除非对端确实还在读取（通过 end() 半关闭，而非关闭）。</translation>
    </message>
    <message>
        <source>Timed out: the peer&apos;s host did not answer (connect, retransmissions or keep-alive).</source>
        <translation>超时：对端主机没有应答（连接、重传或保活）。</translation>
    </message>
    <message>
        <source>The kernel gave up waiting: the SYN of connect() was never answered, or sent data was never acknowledged after many retransmissions, or keep-alive probes went unanswered. The peer is unreachable or gone without a trace, or a firewall drops packets silently. This is not the &apos;timeout&apos; event of setTimeout(), which never fails anything. Try: check the address and that the host is up, look for a firewall that drops instead of rejecting (a rejecting one gives ECONNREFUSED).</source>
        <translation>内核放弃了等待：connect() 的 SYN 一直没有应答，或已发送的数据在多次重传后仍未被确认，或保活探测没有应答。对端不可达或已无声无息地消失，或防火墙在静默丢弃数据包。这不是 setTimeout() 的 &apos;timeout&apos; 事件，后者从不会让任何操作失败。可以尝试：检查地址以及主机是否在运行，查找丢弃而非拒绝数据包的防火墙（拒绝的防火墙会导致 ECONNREFUSED）。</translation>
    </message>
    <message>
        <source>Host not found: the name could not be resolved to an address.</source>
        <translation>找不到主机：无法将名称解析为地址。</translation>
    </message>
    <message>
        <source>The name lookup (getaddrinfo: /etc/hosts, then DNS) found no address for the host (EAI_NONAME or EAI_NODATA), so no connection was even attempted and no peer saw anything. Usual causes: a typo in the host name, a name that exists only on another network, a missing /etc/hosts entry, no DNS. Try: &apos;getent hosts NAME&apos;, or connect to an IP address such as 127.0.0.1.</source>
        <translation>名称解析（getaddrinfo：先 /etc/hosts，再 DNS）没有找到该主机的地址（EAI_NONAME 或 EAI_NODATA），因此根本没有尝试连接，也没有对端看到任何东西。常见原因：主机名拼写错误、名称只存在于另一个网络、缺少 /etc/hosts 条目、没有 DNS。可以尝试：&apos;getent hosts NAME&apos;，或连接到 127.0.0.1 这样的 IP 地址。</translation>
    </message>
    <message>
        <source>Permission denied: not allowed to bind this port or use this path.</source>
        <translation>权限被拒绝：不允许绑定此端口或使用此路径。</translation>
    </message>
    <message>
        <source>The kernel refused the operation for lack of permission. For TCP: binding a port below 1024 needs root or CAP_NET_BIND_SERVICE. For a Unix socket: creating the socket file needs write access to its folder, and connecting needs write permission on the socket file. Nobody else saw anything. Try: a port of 1024 or more, a folder you own (the temporary folder), or fix the file&apos;s permissions.</source>
        <translation>内核因缺少权限而拒绝了操作。对于 TCP：绑定 1024 以下的端口需要 root 或 CAP_NET_BIND_SERVICE。对于 Unix 套接字：创建套接字文件需要对其所在文件夹有写权限，连接则需要对套接字文件有写权限。其他人什么也没看到。可以尝试：使用 1024 或以上的端口、你拥有的文件夹（临时文件夹），或修正文件权限。</translation>
    </message>
    <message>
        <source>No such file or directory: the Unix socket path does not exist.</source>
        <translation>没有那个文件或目录：Unix 套接字路径不存在。</translation>
    </message>
    <message>
        <source>Connecting to a Unix socket whose path does not exist (no server created it, or it was removed when its server closed), or listening on a path whose folder does not exist. Try: start the listener first, check the path (it is relative to the current folder unless it starts with &apos;/&apos;).</source>
        <translation>连接到路径不存在的 Unix 套接字（没有服务器创建它，或它在服务器关闭时被删除），或在其文件夹不存在的路径上侦听。可以尝试：先启动侦听器，检查路径（除非以 &apos;/&apos; 开头，否则它相对于当前文件夹）。</translation>
    </message>
    <message>
        <source>Too many open files: this process used up its file descriptors.</source>
        <translation>打开的文件过多：此进程已用尽其文件描述符。</translation>
    </message>
    <message>
        <source>Every socket uses a file descriptor, and the process reached its limit (ulimit -n, often 1024). New sockets cannot be created and a server cannot accept: waiting clients stay in the backlog and may time out. Usual causes: connections that are never closed (a leak), or simply many clients. Try: close connections you no longer need, check for leaks, raise the limit with &apos;ulimit -n&apos;.</source>
        <translation>每个套接字都占用一个文件描述符，而进程已达到其上限（ulimit -n，通常为 1024）。无法创建新套接字，服务器也无法接受连接：等待的客户端停留在积压队列中，可能会超时。常见原因：从不关闭的连接（泄漏），或者仅仅是客户端很多。可以尝试：关闭不再需要的连接、检查泄漏、用 &apos;ulimit -n&apos; 提高上限。</translation>
    </message>
    <message>
        <source>Connection aborted: the connection died before it could be used (often before accept).</source>
        <translation>连接已中止：连接在可以使用之前就已失效（通常在 accept 之前）。</translation>
    </message>
    <message>
        <source>The kernel aborted a connection locally, for example one that failed while accept() was taking it from the backlog (rare on Linux, which usually hands the connection over and reports ECONNRESET on its first read instead). The server goes on accepting. Try: nothing on the server side; look at why the client gave up.</source>
        <translation>内核在本地中止了一个连接，例如在 accept() 从积压队列取出它时失败的连接（在 Linux 上很少见，Linux 通常会交出连接，然后在第一次读取时报告 ECONNRESET）。服务器继续接受连接。可以尝试：服务器端无需处理；查看客户端为何放弃。</translation>
    </message>
    <message>
        <source>Host unreachable: no route to that host.</source>
        <translation>主机不可达：没有到该主机的路由。</translation>
    </message>
    <message>
        <source>The packets could not be delivered to the host: no route, or a router or the host answered &apos;host unreachable&apos; (ICMP), or the host did not answer ARP on the local network. The peer saw nothing. Try: check the address, that the host is up and on a network you can reach.</source>
        <translation>数据包无法送达该主机：没有路由，或路由器或主机应答了“主机不可达”（ICMP），或主机在本地网络上没有应答 ARP。对端什么也没看到。可以尝试：检查地址，确认主机在运行并且位于你能到达的网络上。</translation>
    </message>
    <message>
        <source>Network unreachable: no route to that network.</source>
        <translation>网络不可达：没有到该网络的路由。</translation>
    </message>
    <message>
        <source>This machine has no route to the destination network: no default gateway, the interface is down, or an IPv6 address without IPv6 connectivity. Nothing was sent. Try: check the address family (IPv4 or IPv6) and the machine&apos;s network configuration.</source>
        <translation>本机没有到目标网络的路由：没有默认网关、接口已关闭，或在没有 IPv6 连通性的情况下使用了 IPv6 地址。没有发送任何内容。可以尝试：检查地址族（IPv4 或 IPv6）以及本机的网络配置。</translation>
    </message>
    <message>
        <source>Address not available: this machine does not have that local address (or ran out of ports).</source>
        <translation>地址不可用：本机没有该本地地址（或端口已耗尽）。</translation>
    </message>
    <message>
        <source>Binding asked for an IP address that no interface of this machine has (a listener on another machine&apos;s address, or a localAddress that is not local), or connect() found no free local port for this destination. Try: listen on 127.0.0.1, ::1, 0.0.0.0 or an address &apos;ip addr&apos; shows; with many short connections, let TIME_WAIT ones expire.</source>
        <translation>绑定请求了本机任何接口都没有的 IP 地址（在另一台机器的地址上侦听，或 localAddress 不是本地地址），或 connect() 找不到用于此目标的空闲本地端口。可以尝试：在 127.0.0.1、::1、0.0.0.0 或 &apos;ip addr&apos; 显示的地址上侦听；短连接很多时，让处于 TIME_WAIT 的连接过期。</translation>
    </message>
    <message>
        <source>Address family not supported (for example IPv6 disabled on this machine).</source>
        <translation>不支持的地址族（例如本机禁用了 IPv6）。</translation>
    </message>
    <message>
        <source>The kernel cannot create or use a socket of that address family, usually because IPv6 is disabled. Try the IPv4 address instead.</source>
        <translation>内核无法创建或使用该地址族的套接字，通常是因为禁用了 IPv6。请改用 IPv4 地址。</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable: try again later.</source>
        <translation>资源暂时不可用：请稍后再试。</translation>
    </message>
    <message>
        <source>A non-blocking operation could not proceed now. netbench normally waits and retries itself; when reported, a kernel resource was short (for a Unix socket connect: the listener&apos;s backlog is full).</source>
        <translation>非阻塞操作现在无法进行。netbench 通常会自行等待并重试；若报告了此错误，说明内核资源不足（对于 Unix 套接字的 connect：侦听器的积压队列已满）。</translation>
    </message>
    <message>
        <source>A connection attempt is already in progress on this socket.</source>
        <translation>此套接字上已有连接尝试正在进行。</translation>
    </message>
    <message>
        <source>connect() was called again while the first attempt had not finished. Wait for &apos;connect&apos; or &apos;error&apos; before connecting again.</source>
        <translation>第一次尝试尚未完成时再次调用了 connect()。请等待 &apos;connect&apos; 或 &apos;error&apos; 之后再次连接。</translation>
    </message>
    <message>
        <source>Bad file descriptor: the descriptor is not open.</source>
        <translation>错误的文件描述符：该描述符未打开。</translation>
    </message>
    <message>
        <source>An operation used a descriptor that is closed or was never valid, for example listen({fd}) with a number that is not open. Check the descriptor passed in.</source>
        <translation>某个操作使用了已关闭或从未有效的描述符，例如用未打开的编号调用 listen({fd})。请检查传入的描述符。</translation>
    </message>
    <message>
        <source>Invalid argument: the kernel rejected a parameter of the call.</source>
        <translation>无效参数：内核拒绝了调用的某个参数。</translation>
    </message>
    <message>
        <source>The kernel found an argument invalid for the socket&apos;s state or type, such as listening on a socket that is already connected or a bad option value. Look at the syscall named in the error.</source>
        <translation>内核发现某个参数对套接字的状态或类型无效，例如在已连接的套接字上侦听，或选项值错误。请查看错误中指出的 syscall。</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>套接字已连接。</translation>
    </message>
    <message>
        <source>connect() on a socket that already has a connection. Use a new socket for a new connection.</source>
        <translation>在已有连接的套接字上调用了 connect()。请为新连接使用新的套接字。</translation>
    </message>
    <message>
        <source>Too many open files in the whole system.</source>
        <translation>整个系统中打开的文件过多。</translation>
    </message>
    <message>
        <source>The system-wide limit of open files was reached (fs.file-max), not only this process&apos;s. Other programs are affected too. Close connections or raise the system limit.</source>
        <translation>已达到系统范围的打开文件上限（fs.file-max），而不仅仅是此进程的上限。其他程序也会受影响。请关闭连接或提高系统上限。</translation>
    </message>
    <message>
        <source>Name too long: the Unix socket path exceeds the limit (107 bytes on Linux).</source>
        <translation>名称过长：Unix 套接字路径超出上限（Linux 上为 107 字节）。</translation>
    </message>
    <message>
        <source>A Unix socket address holds at most 107 bytes of path on Linux (sun_path). Use a shorter path, for example in /tmp or relative to the current folder.</source>
        <translation>在 Linux 上，Unix 套接字地址最多容纳 107 字节的路径（sun_path）。请使用更短的路径，例如位于 /tmp 中或相对于当前文件夹的路径。</translation>
    </message>
    <message>
        <source>Network is down: the interface in use is down.</source>
        <translation>网络已关闭：正在使用的接口已关闭。</translation>
    </message>
    <message>
        <source>The network interface needed for this connection is down. Check the interface and connectivity.</source>
        <translation>此连接所需的网络接口已关闭。请检查接口和连通性。</translation>
    </message>
    <message>
        <source>No buffer space available: the kernel is short of memory for sockets.</source>
        <translation>没有可用的缓冲区空间：内核用于套接字的内存不足。</translation>
    </message>
    <message>
        <source>The kernel could not allocate buffers for the operation, usually under heavy load or with very many sockets. Reduce the number of connections or buffer sizes.</source>
        <translation>内核无法为该操作分配缓冲区，通常发生在高负载或套接字非常多时。请减少连接数或缓冲区大小。</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>The kernel or the process ran out of memory for this operation. Reduce the load or the amount of queued data (watch bufferSize).</source>
        <translation>内核或进程在此操作中耗尽了内存。请降低负载或减少排队的数据量（注意 bufferSize）。</translation>
    </message>
    <message>
        <source>The socket is not connected.</source>
        <translation>套接字未连接。</translation>
    </message>
    <message>
        <source>An operation that needs a connection (reading the peer&apos;s address, shutdown) was made on a socket that is not, or no longer, connected, for example after a reset.</source>
        <translation>需要连接的操作（读取对端地址、shutdown）作用在了未连接或已不再连接的套接字上，例如在重置之后。</translation>
    </message>
    <message>
        <source>Not a socket: the descriptor refers to something else.</source>
        <translation>不是套接字：该描述符指向其他东西。</translation>
    </message>
    <message>
        <source>A descriptor given to netbench (listen({fd})) is a file or pipe, not a socket.</source>
        <translation>传给 netbench 的描述符（listen({fd})）是文件或管道，而不是套接字。</translation>
    </message>
    <message>
        <source>Operation not supported on this socket.</source>
        <translation>此套接字不支持该操作。</translation>
    </message>
    <message>
        <source>The socket type does not support the operation (for example an option that only TCP has, used on a Unix socket).</source>
        <translation>套接字类型不支持该操作（例如在 Unix 套接字上使用只有 TCP 才有的选项）。</translation>
    </message>
    <message>
        <source>Operation not permitted: needs privileges, or a firewall refused it.</source>
        <translation>不允许的操作：需要特权，或被防火墙拒绝。</translation>
    </message>
    <message>
        <source>The kernel refused the operation: it needs privileges this process lacks, or a local firewall rule (netfilter) rejected the packet. Check firewall rules and privileges.</source>
        <translation>内核拒绝了该操作：它需要此进程所缺少的特权，或本地防火墙规则（netfilter）拒绝了数据包。请检查防火墙规则和特权。</translation>
    </message>
    <message>
        <source>Protocol error.</source>
        <translation>协议错误。</translation>
    </message>
    <message>
        <source>The kernel met a protocol error, for example a connection that failed while it was being accepted. Usually transient; the server keeps accepting.</source>
        <translation>内核遇到了协议错误，例如在被接受过程中失败的连接。通常是暂时的；服务器会继续接受连接。</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>不支持的协议。</translation>
    </message>
    <message>
        <source>The kernel does not support the protocol asked for in this address family.</source>
        <translation>内核不支持在此地址族中请求的协议。</translation>
    </message>
    <message>
        <source>Not a directory: a part of the Unix socket path is not a folder.</source>
        <translation>不是目录：Unix 套接字路径的某一部分不是文件夹。</translation>
    </message>
    <message>
        <source>A component of the socket path that should be a folder is a file. Check the path.</source>
        <translation>套接字路径中本应是文件夹的某个部分是一个文件。请检查路径。</translation>
    </message>
    <message>
        <source>Read-only file system: the socket file cannot be created there.</source>
        <translation>只读文件系统：无法在那里创建套接字文件。</translation>
    </message>
    <message>
        <source>Listening on a Unix socket creates a file; the folder is on a read-only file system. Use a path in a writable folder such as /tmp.</source>
        <translation>在 Unix 套接字上侦听会创建一个文件，而该文件夹位于只读文件系统上。请使用可写文件夹（例如 /tmp）中的路径。</translation>
    </message>
    <message>
        <source>No space left on device: the disk (or a quota) is full.</source>
        <translation>设备上没有剩余空间：磁盘（或配额）已满。</translation>
    </message>
    <message>
        <source>A write to a file failed because its file system has no room left. Nothing about the network: free some space or write elsewhere.</source>
        <translation>由于文件系统已无剩余空间，写入文件失败。这与网络无关：请释放一些空间或写到别处。</translation>
    </message>
    <message>
        <source>Input/output error: the device failed.</source>
        <translation>输入/输出错误：设备出现故障。</translation>
    </message>
    <message>
        <source>A low-level read or write failed (a failing disk, a terminal that went away). Check the device or file that was being used.</source>
        <translation>底层读写失败（故障的磁盘、已消失的终端）。请检查正在使用的设备或文件。</translation>
    </message>
    <message>
        <source>File too large: past the size the file system or a limit allows.</source>
        <translation>文件过大：超出了文件系统或限制允许的大小。</translation>
    </message>
    <message>
        <source>A write would make a file larger than allowed (the file system&apos;s maximum, or &apos;ulimit -f&apos;). Write less or raise the limit.</source>
        <translation>写入会使文件超出允许的大小（文件系统的最大值或 &apos;ulimit -f&apos;）。请少写一些或提高上限。</translation>
    </message>
    <message>
        <source>An error the program passed to destroy(error); the peer saw only a FIN.</source>
        <translation>程序传给 destroy(error) 的错误；对端只看到了 FIN。</translation>
    </message>
    <message>
        <source>destroy(error) closes the socket like destroy() and emits this error locally, followed by &apos;close&apos; with hadError true. Nothing of the error travels to the peer: it sees a normal FIN (&apos;end&apos;), or an RST only if unread data was waiting on our side. To make the peer see a failure, use resetAndDestroy().</source>
        <translation>destroy(error) 像 destroy() 一样关闭套接字，并在本地触发此错误，随后是 hadError 为 true 的 &apos;close&apos;。错误的任何内容都不会传到对端：对端看到正常的 FIN（&apos;end&apos;），只有在本端有未读数据等待时才会看到 RST。要让对端看到失败，请使用 resetAndDestroy()。</translation>
    </message>
    <message>
        <source>Temporary name resolution failure: DNS did not answer in time.</source>
        <translation>名称解析暂时失败：DNS 没有及时应答。</translation>
    </message>
    <message>
        <source>The resolver could not get an answer now (DNS server unreachable or slow, no network). No connection was attempted. Try again later, check the DNS configuration, or use an IP address.</source>
        <translation>解析器现在无法获得应答（DNS 服务器不可达或缓慢、没有网络）。没有尝试连接。请稍后再试、检查 DNS 配置，或使用 IP 地址。</translation>
    </message>
    <message>
        <source>Name resolution failed permanently.</source>
        <translation>名称解析永久失败。</translation>
    </message>
    <message>
        <source>The DNS server reported a non-recoverable failure for this name. Use an IP address or check the DNS configuration.</source>
        <translation>DNS 服务器报告此名称出现不可恢复的故障。请使用 IP 地址或检查 DNS 配置。</translation>
    </message>
    <message>
        <source>The address family asked for is not supported by the resolver.</source>
        <translation>解析器不支持所请求的地址族。</translation>
    </message>
    <message>
        <source>The lookup asked for a family (4 or 6) the resolver does not support. Use family 0, 4 or 6.</source>
        <translation>查询请求了解析器不支持的地址族（4 或 6）。请使用 family 0、4 或 6。</translation>
    </message>
    <message>
        <source>The resolver ran out of memory.</source>
        <translation>解析器内存不足。</translation>
    </message>
    <message>
        <source>getaddrinfo could not allocate memory. Retry.</source>
        <translation>getaddrinfo 无法分配内存。请重试。</translation>
    </message>
    <message>
        <source>The service (port) is not supported for this socket type.</source>
        <translation>此套接字类型不支持该服务（端口）。</translation>
    </message>
    <message>
        <source>The resolver rejected the port or service name.</source>
        <translation>解析器拒绝了端口或服务名称。</translation>
    </message>
    <message>
        <source>The socket type is not supported by the resolver.</source>
        <translation>解析器不支持该套接字类型。</translation>
    </message>
    <message>
        <source>The resolver does not support the socket type asked for.</source>
        <translation>解析器不支持所请求的套接字类型。</translation>
    </message>
    <message>
        <source>The port is not a whole number from 0 to 65535.</source>
        <translation>端口不是 0 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>The call was refused before anything reached the kernel: a TCP port must be an integer &gt;= 0 and &lt; 65536 (0 means: let the kernel choose, for listen()). Nothing was sent; no peer saw anything. Check the port you typed or computed; strings like &apos;80&apos; are fine, &apos;80.5&apos;, -1 or 70000 are not.</source>
        <translation>调用在到达内核之前就被拒绝了：TCP 端口必须是 &gt;= 0 且 &lt; 65536 的整数（对 listen() 而言，0 表示由内核选择）。没有发送任何内容；没有对端看到任何东西。请检查你输入或计算出的端口；像 &apos;80&apos; 这样的字符串可以，&apos;80.5&apos;、-1 或 70000 则不行。</translation>
    </message>
    <message>
        <source>listen() was called on a server that is already listening.</source>
        <translation>在已经在侦听的服务器上调用了 listen()。</translation>
    </message>
    <message>
        <source>A server listens on one address. Call close() first, or create another server for a second address.</source>
        <translation>一个服务器只在一个地址上侦听。请先调用 close()，或为第二个地址创建另一个服务器。</translation>
    </message>
    <message>
        <source>close() was called on a server that is not listening.</source>
        <translation>在未侦听的服务器上调用了 close()。</translation>
    </message>
    <message>
        <source>The server was never listening or is already closed, so there is nothing to close. The close callback receives this error; nothing else happens.</source>
        <translation>服务器从未侦听过或已经关闭，因此没有可关闭的东西。close 回调会收到此错误；其他什么也不会发生。</translation>
    </message>
    <message>
        <source>write() after end(): our side has already sent FIN.</source>
        <translation>end() 之后的 write()：本端已经发送了 FIN。</translation>
    </message>
    <message>
        <source>end() was called earlier, so the writable side is finished (a FIN is sent or about to be) and TCP cannot send data after a FIN. The bytes are not sent; the peer sees nothing of them. Usual cause: an end() in one place and a late write() in another (a timer, a &apos;data&apos; handler). Try: write everything before end(), or pass the last bytes to end(data).</source>
        <translation>之前已调用 end()，因此可写方向已结束（FIN 已发送或即将发送），而 TCP 在 FIN 之后不能发送数据。这些字节不会发出；对端看不到它们。常见原因：在一处调用了 end()，又在另一处（计时器、&apos;data&apos; 处理函数）晚些调用了 write()。可以尝试：在 end() 之前写完所有内容，或将最后的字节传给 end(data)。</translation>
    </message>
    <message>
        <source>The socket was already destroyed; the call cannot do anything.</source>
        <translation>套接字已被销毁；此调用无法执行任何操作。</translation>
    </message>
    <message>
        <source>A write() (or another call) was made on a socket that is destroyed: after destroy(), an error, or the close that follows the peer&apos;s end. The data is not sent. Try: stop using a socket after its &apos;close&apos;, and check socket.destroyed or writable before writing from timers.</source>
        <translation>对已销毁的套接字调用了 write()（或其他调用）：发生在 destroy() 之后、出错之后，或对端 end 引起的关闭之后。数据不会发出。可以尝试：在 &apos;close&apos; 之后不要再使用套接字；从计时器写入前检查 socket.destroyed 或 writable。</translation>
    </message>
    <message>
        <source>The socket is closed: the operation needs an open socket.</source>
        <translation>套接字已关闭：该操作需要打开的套接字。</translation>
    </message>
    <message>
        <source>The call needed an open socket, but it is closed. resetAndDestroy() on a socket without a connection reports this too. Nothing was sent.</source>
        <translation>该调用需要打开的套接字，但它已关闭。在没有连接的套接字上调用 resetAndDestroy() 也会报告此错误。没有发送任何内容。</translation>
    </message>
    <message>
        <source>The socket was closed before its connection was established.</source>
        <translation>套接字在连接建立之前就被关闭了。</translation>
    </message>
    <message>
        <source>write() was called while connecting, and the socket was destroyed before the connection came up, so the queued data could never be sent.</source>
        <translation>在连接过程中调用了 write()，而套接字在连接建立前被销毁，因此已排队的数据永远无法发送。</translation>
    </message>
    <message>
        <source>An argument has the wrong type.</source>
        <translation>参数类型错误。</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument was not of the type expected (a string where a number is needed, ...). Nothing reached the kernel.</source>
        <translation>由于某个参数不是预期的类型（需要数字的地方给了字符串等），调用被立即拒绝。没有任何内容到达内核。</translation>
    </message>
    <message>
        <source>An argument has a value that is not allowed.</source>
        <translation>参数的值不被允许。</translation>
    </message>
    <message>
        <source>The call was refused at once because an argument&apos;s value is invalid. The message names the argument. Nothing reached the kernel.</source>
        <translation>由于某个参数的值无效，调用被立即拒绝。消息中指出了该参数。没有任何内容到达内核。</translation>
    </message>
    <message>
        <source>The file descriptor is not of a usable type.</source>
        <translation>文件描述符不是可用的类型。</translation>
    </message>
    <message>
        <source>A descriptor passed in (listen({fd})) is not a stream socket netbench can use.</source>
        <translation>传入的描述符（listen({fd})）不是 netbench 可以使用的流套接字。</translation>
    </message>
    <message>
        <source>The text is not a valid IP address.</source>
        <translation>该文本不是有效的 IP 地址。</translation>
    </message>
    <message>
        <source>An option that needs a literal IP address (such as localAddress) got something else. Use a form like 127.0.0.1 or ::1.</source>
        <translation>需要字面 IP 地址的选项（例如 localAddress）收到了其他内容。请使用 127.0.0.1 或 ::1 这样的形式。</translation>
    </message>
    <message>
        <source>A required argument is missing.</source>
        <translation>缺少必需的参数。</translation>
    </message>
    <message>
        <source>The call needs an argument that was not given (for connect: a port or a path).</source>
        <translation>调用需要一个未给出的参数（对于 connect：端口或路径）。</translation>
    </message>
    <message>
        <source>A number is outside the allowed range.</source>
        <translation>数字超出允许范围。</translation>
    </message>
    <message>
        <source>The message says which value and which range. The call was refused at once.</source>
        <translation>消息中说明了是哪个值以及允许的范围。调用被立即拒绝。</translation>
    </message>
    <message>
        <source>The encoding name is not known.</source>
        <translation>未知的编码名称。</translation>
    </message>
    <message>
        <source>Use one of Node&apos;s encodings: utf8, utf16le, latin1, ascii, base64, base64url, hex.</source>
        <translation>请使用 Node 的编码之一：utf8、utf16le、latin1、ascii、base64、base64url、hex。</translation>
    </message>
    <message>
        <source>No address of the host could be connected to in time.</source>
        <translation>在限定时间内无法连接到该主机的任何地址。</translation>
    </message>
    <message>
        <source>With several addresses for a host (IPv6 and IPv4), each attempt got a limited time and none succeeded. Check that the server is reachable on at least one of the addresses.</source>
        <translation>当主机有多个地址（IPv6 和 IPv4）时，每次尝试只有有限的时间，且都没有成功。请确认至少能通过其中一个地址访问服务器。</translation>
    </message>
    <message>
        <source>The object is not in a state that allows this call.</source>
        <translation>对象所处的状态不允许此调用。</translation>
    </message>
    <message>
        <source>The message says which state was wrong.</source>
        <translation>消息中说明了哪个状态不对。</translation>
    </message>
    <message>
        <source>write(null) is not allowed on a byte stream.</source>
        <translation>字节流上不允许 write(null)。</translation>
    </message>
    <message>
        <source>Pass a string or a Buffer to write().</source>
        <translation>请向 write() 传入字符串或 Buffer。</translation>
    </message>
    <message>
        <source>end() was called again after the stream had finished.</source>
        <translation>流结束之后再次调用了 end()。</translation>
    </message>
    <message>
        <source>The writable side has already finished; a second end() with a callback reports this. Call end() once.</source>
        <translation>可写方向已经结束；带回调的第二次 end() 会报告此错误。请只调用一次 end()。</translation>
    </message>
    <message>
        <source>An &apos;error&apos; was emitted and nobody listened for it.</source>
        <translation>触发了 &apos;error&apos;，但没有任何侦听函数。</translation>
    </message>
    <message>
        <source>In a script, an &apos;error&apos; event without a listener ends the program. Add socket.on(&apos;error&apos;, ...) to handle it.</source>
        <translation>在脚本中，没有侦听函数的 &apos;error&apos; 事件会结束程序。请添加 socket.on(&apos;error&apos;, ...) 来处理它。</translation>
    </message>
    <message>
        <source>A method was called on an object of the wrong type.</source>
        <translation>在错误类型的对象上调用了方法。</translation>
    </message>
    <message>
        <source>A script called a method with a &apos;this&apos; it does not belong to.</source>
        <translation>脚本以不属于该方法的 &apos;this&apos; 调用了方法。</translation>
    </message>
    <message>
        <source>A callback returned a value of the wrong type.</source>
        <translation>回调返回了错误类型的值。</translation>
    </message>
    <message>
        <source>The message names the function and what it should return (for example a custom lookup).</source>
        <translation>消息中指出了该函数及其应返回的内容（例如自定义的 lookup）。</translation>
    </message>
    <message>
        <source>A Buffer was read or written outside its bounds.</source>
        <translation>在 Buffer 的边界之外进行了读写。</translation>
    </message>
    <message>
        <source>An offset or length in a script&apos;s Buffer call is outside the buffer.</source>
        <translation>脚本中 Buffer 调用的偏移量或长度超出了缓冲区。</translation>
    </message>
    <message>
        <source>The Buffer&apos;s size is not a multiple of what the operation needs.</source>
        <translation>Buffer 的大小不是该操作所需值的倍数。</translation>
    </message>
    <message>
        <source>For example swap16() needs an even length.</source>
        <translation>例如 swap16() 需要偶数长度。</translation>
    </message>
    <message>
        <source>A promise was rejected with a falsy value.</source>
        <translation>Promise 以假值（falsy）被拒绝。</translation>
    </message>
    <message>
        <source>util.callbackify() turns a rejection with null, 0 or &apos;&apos; into this error.</source>
        <translation>util.callbackify() 会把以 null、0 或 &apos;&apos; 进行的拒绝转换为此错误。</translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled it.</source>
        <translation>Promise 被拒绝且没有任何处理。</translation>
    </message>
    <message>
        <source>Add .catch() or try/await around the promise in the script.</source>
        <translation>请在脚本中为 Promise 添加 .catch()，或用 try/await 包裹它。</translation>
    </message>
    <message>
        <source>An assert() in the script failed.</source>
        <translation>脚本中的 assert() 失败。</translation>
    </message>
    <message>
        <source>The script checked something that turned out false; the message says what.</source>
        <translation>脚本检查的某个条件结果为假；消息中说明了是什么。</translation>
    </message>
    <message>
        <source>An argument is ambiguous.</source>
        <translation>参数有歧义。</translation>
    </message>
    <message>
        <source>Used by assert.throws() when its message argument looks like the expected error.</source>
        <translation>用于 assert.throws()，当其 message 参数看起来像预期的错误时。</translation>
    </message>
    <message>
        <source>A method that must be provided was not implemented.</source>
        <translation>必须提供的方法未实现。</translation>
    </message>
    <message>
        <source>A script&apos;s stream subclass lacks a required method such as _read or _write.</source>
        <translation>脚本中的流子类缺少必需的方法，例如 _read 或 _write。</translation>
    </message>
    <message>
        <source>netbench does not support this feature of Node.</source>
        <translation>netbench 不支持 Node 的此功能。</translation>
    </message>
    <message>
        <source>The script used a part of Node&apos;s API that netbench does not implement; the message names it. The same script may run under node itself.</source>
        <translation>脚本使用了 netbench 未实现的 Node API 部分；消息中给出了它的名称。同一脚本也许可以在 node 本身下运行。</translation>
    </message>
    <message>
        <source>This kind of socket cannot do that (for example reset a Unix socket).</source>
        <translation>此类套接字无法执行该操作（例如重置 Unix 套接字）。</translation>
    </message>
    <message>
        <source>resetAndDestroy() needs a TCP socket: only TCP has an RST. On a Unix socket use destroy() instead.</source>
        <translation>resetAndDestroy() 需要 TCP 套接字：只有 TCP 才有 RST。在 Unix 套接字上请改用 destroy()。</translation>
    </message>
    <message>
        <source>TextDecoder does not support this encoding.</source>
        <translation>TextDecoder 不支持此编码。</translation>
    </message>
    <message>
        <source>Use utf-8, utf-16le or latin1.</source>
        <translation>请使用 utf-8、utf-16le 或 latin1。</translation>
    </message>
    <message>
        <source>TextDecoder with fatal: true met bytes that are not valid in its encoding.</source>
        <translation>fatal: true 的 TextDecoder 遇到了在其编码中无效的字节。</translation>
    </message>
    <message>
        <source>A script decoded bytes with new TextDecoder(encoding, { fatal: true }) and they were not valid (for example a broken UTF-8 sequence). Without fatal they would become U+FFFD instead. Remember that a chunk may end in the middle of a character: decode with { stream: true } across chunks.</source>
        <translation>脚本用 new TextDecoder(encoding, { fatal: true }) 解码字节，而这些字节无效（例如损坏的 UTF-8 序列）。如果没有 fatal，它们会变成 U+FFFD。请记住，一个数据块可能在字符中间结束：跨数据块解码时请使用 { stream: true }。</translation>
    </message>
    <message>
        <source>The address family is not IPv4 or IPv6.</source>
        <translation>地址族既不是 IPv4 也不是 IPv6。</translation>
    </message>
    <message>
        <source>family must be 4 or 6 (or 0 for either).</source>
        <translation>family 必须是 4 或 6（任意一种则为 0）。</translation>
    </message>
    <message>
        <source>Access to a resource was refused.</source>
        <translation>对资源的访问被拒绝。</translation>
    </message>
    <message>
        <source>A script tried to load a file it may not read; the message says which.</source>
        <translation>脚本试图加载一个不允许读取的文件；消息中说明了是哪个文件。</translation>
    </message>
    <message>
        <source>The file is too large to be read whole.</source>
        <translation>文件太大，无法整体读取。</translation>
    </message>
    <message>
        <source>A file a script reads or requires is larger than the limit.</source>
        <translation>脚本读取或 require 的文件超出了上限。</translation>
    </message>
    <message>
        <source>Memory could not be allocated.</source>
        <translation>无法分配内存。</translation>
    </message>
    <message>
        <source>The script runtime ran out of memory, often from data queued without backpressure. The script&apos;s sockets and servers are closed.</source>
        <translation>脚本运行时耗尽了内存，通常是由于在没有背压的情况下排队了数据。脚本的套接字和服务器会被关闭。</translation>
    </message>
    <message>
        <source>Connecting: connect() was called and has not finished.</source>
        <translation>正在连接：已调用 connect() 但尚未完成。</translation>
    </message>
    <message>
        <source>The socket is looking up the host or waiting for the handshake to complete. Writes are queued until &apos;connect&apos;. It ends with &apos;connect&apos; (open) or &apos;error&apos; (closed).</source>
        <translation>套接字正在解析主机或等待握手完成。写入会排队直到 &apos;connect&apos;。它以 &apos;connect&apos;（打开）或 &apos;error&apos;（关闭）结束。</translation>
    </message>
    <message>
        <source>Open: readable and writable; data can flow both ways.</source>
        <translation>打开：可读可写；数据可以双向流动。</translation>
    </message>
    <message>
        <source>Connected and neither side has ended. Both ends can write and read.</source>
        <translation>已连接，双方都未结束。两端都可以读写。</translation>
    </message>
    <message>
        <source>Half-closed, readOnly: we called end() (sent FIN); the peer may still send.</source>
        <translation>半关闭，readOnly：本端调用了 end()（已发送 FIN）；对端仍可发送。</translation>
    </message>
    <message>
        <source>Our writable side is finished: end() sent a FIN after the queued data, and the peer got &apos;end&apos;. We can still receive until the peer ends too; then the socket closes. Writing now fails with ERR_STREAM_WRITE_AFTER_END. TCP calls this a half-close; Node names the option that allows it allowHalfOpen (in TCP&apos;s own words a half-open connection is one whose other side vanished without a FIN or an RST, which only a write or keep-alive reveals).</source>
        <translation>本端的可写方向已结束：end() 在已排队数据之后发送了 FIN，对端收到了 &apos;end&apos;。在对端也结束之前本端仍可接收；之后套接字关闭。现在写入会以 ERR_STREAM_WRITE_AFTER_END 失败。TCP 称之为半关闭；Node 把允许这种情况的选项命名为 allowHalfOpen（按 TCP 自己的说法，半开连接是指另一端没有发送 FIN 或 RST 就消失了的连接，只有写入或保活才能发现）。</translation>
    </message>
    <message>
        <source>Half-closed, writeOnly: the peer sent FIN (&apos;end&apos;); we may still write (allowHalfOpen).</source>
        <translation>半关闭，writeOnly：对端发送了 FIN（&apos;end&apos;）；本端仍可写入（allowHalfOpen）。</translation>
    </message>
    <message>
        <source>The peer has ended its side: its FIN arrived and nothing more will be read. With allowHalfOpen we can still write (the peer reads it if it only half-closed) and must call end() ourselves to finish. If the peer had closed its socket completely, a write now makes its kernel answer with RST and we get EPIPE.</source>
        <translation>对端已结束它的一侧：它的 FIN 已到达，不会再读到任何内容。有 allowHalfOpen 时本端仍可写入（如果对端只是半关闭，它会读取），并且必须自己调用 end() 来结束。如果对端已完全关闭其套接字，现在写入会使其内核以 RST 应答，本端得到 EPIPE。</translation>
    </message>
    <message>
        <source>Closed: neither readable nor writable.</source>
        <translation>已关闭：既不可读也不可写。</translation>
    </message>
    <message>
        <source>Both directions are finished (both FINs were exchanged), or the socket was destroyed or failed. Nothing more can be sent or received on it.</source>
        <translation>两个方向都已结束（双方交换了 FIN），或套接字已被销毁或失败。在它上面不能再发送或接收任何内容。</translation>
    </message>
    <message>
        <source>Failed: an error ended this endpoint; select its error row for the reason.</source>
        <translation>失败：一个错误结束了此端点；选择其错误行查看原因。</translation>
    </message>
    <message>
        <source>The endpoint ended with an error (shown in its tooltip). A socket is closed after an error; a server whose listen() failed is not listening. Select the &apos;error&apos; row in the event stream to see what the code means.</source>
        <translation>该端点以错误结束（显示在其工具提示中）。套接字在出错后关闭；listen() 失败的服务器没有在侦听。选择事件流中的 &apos;error&apos; 行查看错误码的含义。</translation>
    </message>
    <message>
        <source>Listening: the server accepts connections.</source>
        <translation>正在侦听：服务器接受连接。</translation>
    </message>
    <message>
        <source>The server is bound and in the LISTEN state. Each client that connects appears under it as a connection of its own.</source>
        <translation>服务器已绑定并处于 LISTEN 状态。每个连接进来的客户端都作为一个独立的连接显示在它下面。</translation>
    </message>
    <message>
        <source>New: created, nothing started yet.</source>
        <translation>新建：已创建，尚未开始任何操作。</translation>
    </message>
    <message>
        <source>The endpoint exists but has not been asked to listen or connect yet.</source>
        <translation>端点已存在，但尚未被要求侦听或连接。</translation>
    </message>
    <message>
        <source>write() returned true: below the high-water mark, keep writing.</source>
        <translation>write() 返回 true：低于高水位线，可以继续写入。</translation>
    </message>
    <message>
        <source>The bytes went to the kernel or joined a queue that is still shorter than the high-water mark. It says nothing about the peer having received them.</source>
        <translation>这些字节已交给内核，或加入了仍短于高水位线的队列。这并不说明对端是否已收到。</translation>
    </message>
    <message>
        <source>write() returned false: the queue reached the high-water mark; wait for &apos;drain&apos;.</source>
        <translation>write() 返回 false：队列已达到高水位线；请等待 &apos;drain&apos;。</translation>
    </message>
    <message>
        <source>The data was still accepted and will be sent, but netbench&apos;s queue (bufferSize) is at or above the high-water mark because the kernel&apos;s send buffer is full: the peer reads more slowly than we write, or not at all (paused). A writer that respects backpressure stops now and writes again on &apos;drain&apos;; one that goes on makes the queue, and memory, grow without bound. Look at the peer: its Unread grows, and our Unsent.</source>
        <translation>数据仍被接受并将发出，但由于内核的发送缓冲区已满，netbench 的队列（bufferSize）已达到或超过高水位线：对端读取得比本端写入慢，或根本没有读取（已暂停）。遵守背压的写入方此时停止，并在 &apos;drain&apos; 时再写；继续写入的一方会使队列和内存无限增长。看看对端：它的“未读”在增长，本端的“未发送”也在增长。</translation>
    </message>
    <message>
        <source>Connected; neither side has sent FIN.</source>
        <translation>已连接；双方都未发送 FIN。</translation>
    </message>
    <message>
        <source>The normal state of an open connection.</source>
        <translation>打开的连接的正常状态。</translation>
    </message>
    <message>
        <source>Connecting: our SYN is sent, waiting for the server&apos;s SYN-ACK.</source>
        <translation>正在连接：本端的 SYN 已发送，正在等待服务器的 SYN-ACK。</translation>
    </message>
    <message>
        <source>An RST in answer gives ECONNREFUSED; no answer at all gives ETIMEDOUT after the retries.</source>
        <translation>如果应答为 RST 则得到 ECONNREFUSED；完全没有应答则在重试之后得到 ETIMEDOUT。</translation>
    </message>
    <message>
        <source>The server side answered a SYN and waits for the final ACK.</source>
        <translation>服务器端已应答 SYN，正在等待最后的 ACK。</translation>
    </message>
    <message>
        <source>The middle of the three-way handshake, on the accepting side.</source>
        <translation>接受方所处的三次握手中间阶段。</translation>
    </message>
    <message>
        <source>We sent FIN (end()); it is not acknowledged yet.</source>
        <translation>本端发送了 FIN（end()）；尚未被确认。</translation>
    </message>
    <message>
        <source>Usually brief; it lasts while queued data and the FIN wait for the peer&apos;s acknowledgement (a peer that does not read keeps it here).</source>
        <translation>通常很短暂；在已排队数据和 FIN 等待对端确认期间持续（不读取的对端会使它停留在这里）。</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; waiting for the peer&apos;s FIN (we are readOnly).</source>
        <translation>本端的 FIN 已被确认；正在等待对端的 FIN（本端为 readOnly）。</translation>
    </message>
    <message>
        <source>A half-closed connection seen from the side that ended first: the peer may still send data until it calls end().</source>
        <translation>从先结束的一方看到的半关闭连接：对端在调用 end() 之前仍可发送数据。</translation>
    </message>
    <message>
        <source>Both FINs exchanged; the side that closed first waits (60 s on Linux) for stray packets.</source>
        <translation>双方的 FIN 已交换；先关闭的一方等待（Linux 上为 60 秒）游离的数据包。</translation>
    </message>
    <message>
        <source>Kept by the kernel after the program has closed, so that late segments of this connection are not taken for a new one with the same ports.</source>
        <translation>在程序关闭后由内核保留，以免此连接迟到的分段被误认为是使用相同端口的新连接的分段。</translation>
    </message>
    <message>
        <source>Closed: no connection (after a reset, or not connected).</source>
        <translation>已关闭：没有连接（重置之后，或尚未连接）。</translation>
    </message>
    <message>
        <source>The socket has no connection any more.</source>
        <translation>套接字已不再有连接。</translation>
    </message>
    <message>
        <source>The peer sent FIN; we have not ended yet (we are writeOnly).</source>
        <translation>对端发送了 FIN；本端尚未结束（本端为 writeOnly）。</translation>
    </message>
    <message>
        <source>The peer&apos;s &apos;end&apos; arrived. With allowHalfOpen the connection stays here until end() is called; many sockets stuck in CLOSE_WAIT mean a program that never closes.</source>
        <translation>对端的 &apos;end&apos; 已到达。有 allowHalfOpen 时，连接会停留在这里直到调用 end()；大量卡在 CLOSE_WAIT 的套接字意味着某个程序从不关闭连接。</translation>
    </message>
    <message>
        <source>The peer ended first, we sent our FIN and wait for its acknowledgement.</source>
        <translation>对端先结束，本端已发送自己的 FIN 并正在等待其确认。</translation>
    </message>
    <message>
        <source>The last step of closing on the side that ended second.</source>
        <translation>后结束一方关闭过程的最后一步。</translation>
    </message>
    <message>
        <source>A listening socket: accepts connections.</source>
        <translation>侦听套接字：接受连接。</translation>
    </message>
    <message>
        <source>The state of a server&apos;s socket after listen().</source>
        <translation>listen() 之后服务器套接字的状态。</translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the acknowledgement.</source>
        <translation>双方同时发送了 FIN；正在等待确认。</translation>
    </message>
    <message>
        <source>A simultaneous close; it passes to TIME_WAIT.</source>
        <translation>同时关闭；随后进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>server.address(): where the listener is bound</source>
        <translation>server.address()：侦听器绑定的位置</translation>
    </message>
    <message>
        <source>The address and port the kernel bound (the chosen port when listening on port 0), or the Unix socket path. 0.0.0.0 or :: means every interface of this machine.</source>
        <translation>内核绑定的地址和端口（在端口 0 上侦听时为所选端口），或 Unix 套接字路径。0.0.0.0 或 :: 表示本机的所有接口。</translation>
    </message>
    <message>
        <source>server.listening: whether it accepts connections</source>
        <translation>server.listening：是否正在接受连接</translation>
    </message>
    <message>
        <source>True from &apos;listening&apos; until close(). Clients connecting while it is false get ECONNREFUSED.</source>
        <translation>从 &apos;listening&apos; 起直到 close() 为 true。在其为 false 时连接的客户端会得到 ECONNREFUSED。</translation>
    </message>
    <message>
        <source>server.getConnections(): accepted connections still open</source>
        <translation>server.getConnections()：已接受且仍打开的连接</translation>
    </message>
    <message>
        <source>How many accepted sockets of this server are not closed yet.</source>
        <translation>此服务器已接受的套接字中尚未关闭的数量。</translation>
    </message>
    <message>
        <source>server.maxConnections: connections past it are dropped</source>
        <translation>server.maxConnections：超过它的连接会被丢弃</translation>
    </message>
    <message>
        <source>When this many connections are open, new ones are accepted and closed at once (&apos;drop&apos;).</source>
        <translation>当打开的连接达到此数目时，新连接会被接受并立即关闭（&apos;drop&apos;）。</translation>
    </message>
    <message>
        <source>ref()/unref(): whether the listener keeps the event loop alive</source>
        <translation>ref()/unref()：侦听器是否使事件循环保持运行</translation>
    </message>
    <message>
        <source>An unref&apos;d server does not keep a script running; in the window it changes nothing visible.</source>
        <translation>被 unref 的服务器不会使脚本保持运行；在窗口中没有可见的变化。</translation>
    </message>
    <message>
        <source>socket.localAddress, localPort, localFamily: this end of the connection</source>
        <translation>socket.localAddress、localPort、localFamily：连接的本端</translation>
    </message>
    <message>
        <source>This end&apos;s address and port. A client gets an ephemeral port chosen by the kernel; an accepted socket has the server&apos;s port. A Unix client end is usually unnamed.</source>
        <translation>本端的地址和端口。客户端获得由内核选择的临时端口；已接受的套接字使用服务器的端口。Unix 客户端一端通常没有名称。</translation>
    </message>
    <message>
        <source>socket.remoteAddress, remotePort, remoteFamily: the peer</source>
        <translation>socket.remoteAddress、remotePort、remoteFamily：对端</translation>
    </message>
    <message>
        <source>The other end&apos;s address and port, as the kernel knows it.</source>
        <translation>内核所知的另一端的地址和端口。</translation>
    </message>
    <message>
        <source>socket.readyState: opening, open, readOnly (we ended), writeOnly (the peer ended) or closed</source>
        <translation>socket.readyState：opening、open、readOnly（本端已结束）、writeOnly（对端已结束）或 closed</translation>
    </message>
    <message>
        <source>Which directions are still usable: open (both), readOnly (we sent FIN), writeOnly (the peer sent FIN), closed (neither), opening (still connecting).</source>
        <translation>仍可使用的方向：open（双向）、readOnly（本端已发送 FIN）、writeOnly（对端已发送 FIN）、closed（都不可用）、opening（仍在连接）。</translation>
    </message>
    <message>
        <source>socket.connecting: connect() was called and has not finished</source>
        <translation>socket.connecting：已调用 connect() 但尚未完成</translation>
    </message>
    <message>
        <source>True between connect() and &apos;connect&apos; (or &apos;error&apos;).</source>
        <translation>在 connect() 与 &apos;connect&apos;（或 &apos;error&apos;）之间为 true。</translation>
    </message>
    <message>
        <source>socket.destroyed: the socket is closed and can do nothing more</source>
        <translation>socket.destroyed：套接字已关闭，不能再做任何事</translation>
    </message>
    <message>
        <source>True once destroy() was called, an error happened or both sides ended.</source>
        <translation>一旦调用了 destroy()、发生了错误或双方都已结束，即为 true。</translation>
    </message>
    <message>
        <source>socket.isPaused(): not reading; incoming data waits in the kernel</source>
        <translation>socket.isPaused()：未在读取；到来的数据在内核中等待</translation>
    </message>
    <message>
        <source>While paused, received bytes stay in the kernel (Unread grows) and once its buffer is full the peer is slowed down by TCP&apos;s flow control.</source>
        <translation>暂停期间，接收到的字节留在内核中（“未读”增长），一旦其缓冲区填满，对端就会被 TCP 的流量控制减速。</translation>
    </message>
    <message>
        <source>socket.bytesRead: bytes received so far</source>
        <translation>socket.bytesRead：迄今接收的字节数</translation>
    </message>
    <message>
        <source>Bytes read from the kernel and delivered as &apos;data&apos;.</source>
        <translation>从内核读取并作为 &apos;data&apos; 传递的字节数。</translation>
    </message>
    <message>
        <source>socket.bytesWritten: bytes handed to the kernel so far</source>
        <translation>socket.bytesWritten：迄今交给内核的字节数</translation>
    </message>
    <message>
        <source>Bytes written, including those still queued; handed over does not mean received by the peer.</source>
        <translation>已写入的字节数，包括仍在排队的字节；交出并不意味着对端已收到。</translation>
    </message>
    <message>
        <source>Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)</source>
        <translation>在 netbench 中排队、尚未被内核接收的字节数（socket.bufferSize）</translation>
    </message>
    <message>
        <source>Data written but still waiting in netbench&apos;s queue because the kernel&apos;s send buffer is full. When it reaches the high-water mark write() returns false; &apos;drain&apos; comes when it is empty again.</source>
        <translation>已写入但由于内核发送缓冲区已满而仍在 netbench 队列中等待的数据。达到高水位线时 write() 返回 false；再次清空时会有 &apos;drain&apos;。</translation>
    </message>
    <message>
        <source>socket.timeout: idle time before &apos;timeout&apos; is emitted</source>
        <translation>socket.timeout：触发 &apos;timeout&apos; 之前的空闲时间</translation>
    </message>
    <message>
        <source>Set by setTimeout(); the &apos;timeout&apos; event only notifies, it does not close.</source>
        <translation>由 setTimeout() 设置；&apos;timeout&apos; 事件只作通知，不会关闭。</translation>
    </message>
    <message>
        <source>socket.setEncoding(): how received data is decoded</source>
        <translation>socket.setEncoding()：接收数据的解码方式</translation>
    </message>
    <message>
        <source>none means &apos;data&apos; carries raw bytes.</source>
        <translation>none 表示 &apos;data&apos; 携带原始字节。</translation>
    </message>
    <message>
        <source>SO_SNDBUF: size of the kernel&apos;s send buffer for this socket</source>
        <translation>SO_SNDBUF：此套接字的内核发送缓冲区大小</translation>
    </message>
    <message>
        <source>How many bytes the kernel holds for sending (Linux doubles the value set and may grow it on its own). When it is full, write() starts queueing in netbench (bufferSize).</source>
        <translation>内核为发送而保留的字节数（Linux 会将设置值加倍，并可能自行增大）。缓冲区满后，write() 开始在 netbench 中排队（bufferSize）。</translation>
    </message>
    <message>
        <source>SO_RCVBUF: size of the kernel&apos;s receive buffer for this socket</source>
        <translation>SO_RCVBUF：此套接字的内核接收缓冲区大小</translation>
    </message>
    <message>
        <source>How many received bytes the kernel can hold before the program reads them; it limits the window advertised to the peer.</source>
        <translation>在程序读取之前内核能保留的接收字节数；它限制了向对端通告的窗口。</translation>
    </message>
    <message>
        <source>SIOCOUTQ: bytes in the kernel&apos;s send queue, not yet acknowledged by the peer</source>
        <translation>SIOCOUTQ：位于内核发送队列中、尚未被对端确认的字节数</translation>
    </message>
    <message>
        <source>For TCP: bytes sent or waiting to be sent that the peer&apos;s kernel has not acknowledged. For a Unix socket: bytes not yet read by the peer. It grows when the peer does not read.</source>
        <translation>对于 TCP：已发送或等待发送、对端内核尚未确认的字节数。对于 Unix 套接字：对端尚未读取的字节数。对端不读取时它会增长。</translation>
    </message>
    <message>
        <source>SIOCINQ: bytes received by the kernel that netbench has not read yet</source>
        <translation>SIOCINQ：内核已接收但 netbench 尚未读取的字节数</translation>
    </message>
    <message>
        <source>Grows while the socket is paused; when it reaches the receive buffer the peer must stop sending.</source>
        <translation>套接字暂停期间会增长；达到接收缓冲区大小时，对端必须停止发送。</translation>
    </message>
    <message>
        <source>tcpi_state: the kernel&apos;s TCP state (ESTABLISHED, FIN_WAIT2, CLOSE_WAIT, ...)</source>
        <translation>tcpi_state：内核的 TCP 状态（ESTABLISHED、FIN_WAIT2、CLOSE_WAIT 等）</translation>
    </message>
    <message>
        <source>ESTABLISHED: open. FIN_WAIT1/FIN_WAIT2: we sent FIN (end()), waiting for the peer&apos;s. CLOSE_WAIT: the peer sent FIN, we have not ended yet (writeOnly). LAST_ACK, CLOSING, TIME_WAIT: the last steps of closing. SYN_SENT: connecting.</source>
        <translation>ESTABLISHED：打开。FIN_WAIT1/FIN_WAIT2：本端已发送 FIN（end()），正在等待对端的 FIN。CLOSE_WAIT：对端已发送 FIN，本端尚未结束（writeOnly）。LAST_ACK、CLOSING、TIME_WAIT：关闭的最后几步。SYN_SENT：正在连接。</translation>
    </message>
    <message>
        <source>tcpi_rtt, tcpi_rttvar: smoothed round-trip time and its variation</source>
        <translation>tcpi_rtt、tcpi_rttvar：平滑往返时间及其变化量</translation>
    </message>
    <message>
        <source>How long an acknowledgement takes to come back, as the kernel estimates it. On loopback it is tens of microseconds.</source>
        <translation>内核估计的确认返回所需的时间。在环回上为几十微秒。</translation>
    </message>
    <message>
        <source>tcpi_snd_cwnd: segments the kernel may have in flight before waiting for an acknowledgement</source>
        <translation>tcpi_snd_cwnd：内核在等待确认之前可以在途的分段数</translation>
    </message>
    <message>
        <source>The congestion window, in segments: it grows while acknowledgements come and shrinks on loss.</source>
        <translation>拥塞窗口，以分段为单位：确认不断到来时增大，发生丢失时缩小。</translation>
    </message>
    <message>
        <source>tcpi_total_retrans: segments retransmitted over the connection&apos;s life</source>
        <translation>tcpi_total_retrans：连接整个生命期内重传的分段数</translation>
    </message>
    <message>
        <source>How many segments had to be sent again because no acknowledgement came. On loopback it stays 0; growing values mean loss.</source>
        <translation>由于没有收到确认而不得不重新发送的分段数。在环回上保持为 0；数值增长意味着有丢失。</translation>
    </message>
    <message>
        <source>tcpi_pmtu: largest packet the path to the peer carries without fragmenting</source>
        <translation>tcpi_pmtu：到对端的路径在不分片的情况下能承载的最大数据包</translation>
    </message>
    <message>
        <source>Bounds the segment size. Loopback has a large MTU (65536), so segments there can be much bigger than on Ethernet (1500).</source>
        <translation>它限制了分段大小。环回的 MTU 很大（65536），因此那里的分段可以比以太网（1500）上大得多。</translation>
    </message>
    <message>
        <source>TCP_NODELAY as the kernel has it: Nagle&apos;s algorithm off</source>
        <translation>内核中的 TCP_NODELAY：Nagle 算法已关闭</translation>
    </message>
    <message>
        <source>yes: every write is sent at once. no: Nagle holds small segments while data is unacknowledged. Set by setNoDelay().</source>
        <translation>是：每次写入立即发出。否：在数据未被确认期间，Nagle 会暂缓小分段。由 setNoDelay() 设置。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE as the kernel has it, with the idle time before the first probe (TCP_KEEPIDLE)</source>
        <translation>内核中的 SO_KEEPALIVE，以及第一次探测前的空闲时间（TCP_KEEPIDLE）</translation>
    </message>
    <message>
        <source>Set by setKeepAlive(). After the idle time the kernel probes the peer; a dead peer ends the connection with ETIMEDOUT.</source>
        <translation>由 setKeepAlive() 设置。空闲时间过后内核探测对端；对端已失效时连接以 ETIMEDOUT 结束。</translation>
    </message>
    <message>
        <source>tcpi_segs_out: segments sent, including pure acknowledgements</source>
        <translation>tcpi_segs_out：已发送的分段数，包括纯确认</translation>
    </message>
    <message>
        <source>Every TCP segment this socket sent: data, ACKs, FIN, retransmissions.</source>
        <translation>此套接字发送的所有 TCP 分段：数据、ACK、FIN、重传。</translation>
    </message>
    <message>
        <source>tcpi_segs_in: segments received, including pure acknowledgements</source>
        <translation>tcpi_segs_in：已接收的分段数，包括纯确认</translation>
    </message>
    <message>
        <source>Every TCP segment this socket received from the peer.</source>
        <translation>此套接字从对端接收的所有 TCP 分段。</translation>
    </message>
    <message>
        <source>tcpi_data_segs_out: segments sent that carried data</source>
        <translation>tcpi_data_segs_out：携带数据的已发送分段数</translation>
    </message>
    <message>
        <source>Compare with the number of write() calls: with Nagle on, many small writes leave in fewer data segments; with noDelay, closer to one segment per write.</source>
        <translation>请与 write() 调用次数比较：开启 Nagle 时，许多小写入以较少的数据分段发出；使用 noDelay 时，更接近每次写入一个分段。</translation>
    </message>
    <message>
        <source>tcpi_data_segs_in: segments received that carried data</source>
        <translation>tcpi_data_segs_in：携带数据的已接收分段数</translation>
    </message>
    <message>
        <source>Data segments from the peer; one segment can become part of one &apos;data&apos; event or be merged with others.</source>
        <translation>来自对端的数据分段；一个分段可能成为某个 &apos;data&apos; 事件的一部分，也可能与其他分段合并。</translation>
    </message>
    <message>
        <source>tcpi_delivered: data segments the peer acknowledged</source>
        <translation>tcpi_delivered：对端已确认的数据分段数</translation>
    </message>
    <message>
        <source>Segments known to have reached the peer&apos;s kernel (acknowledged), including retransmitted ones.</source>
        <translation>已知到达对端内核（已被确认）的分段，包括重传的分段。</translation>
    </message>
    <message>
        <source>tcpi_lost: segments the kernel currently believes lost</source>
        <translation>tcpi_lost：内核当前认为已丢失的分段数</translation>
    </message>
    <message>
        <source>Segments in flight that are presumed lost and will be retransmitted. 0 on a healthy loopback.</source>
        <translation>在途中、被推定为丢失并将重传的分段。正常的环回上为 0。</translation>
    </message>
    <message>
        <source>Call %1()</source>
        <translation>调用 %1()</translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;</source>
        <translation>事件 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error without a code</source>
        <translation>没有 code 的错误</translation>
    </message>
    <message>
        <source>An error netbench has no explanation for.</source>
        <translation>netbench 没有解释的错误。</translation>
    </message>
    <message>
        <source>The system call named in the error failed with this code. &apos;man errno&apos; lists the codes; the message is the system&apos;s own description.</source>
        <translation>错误中指出的系统调用以此错误码失败。&apos;man errno&apos; 列出了所有错误码；消息是系统自己的描述。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>write() returned true</source>
        <translation>write() 返回 true</translation>
    </message>
    <message>
        <source>write() returned false</source>
        <translation>write() 返回 false</translation>
    </message>
    <message>
        <source>reconnect: netbench connects a new socket in place of one that closed.</source>
        <translation>reconnect：netbench 连接一个新的套接字来代替已关闭的那个。</translation>
    </message>
    <message>
        <source>The client was made to stay up (New Client: Reconnect; netbench connect --reconnect). Node has no such call: it is a new socket.connect() with the same options, after the wait shown, and the new socket has its own id and events.</source>
        <translation>该客户端被设置为保持运行（新建客户端：重新连接；netbench connect --reconnect）。Node 没有这样的调用：它是在显示的等待时间之后以相同选项发起的新的 socket.connect()，新套接字有自己的 id 和事件。</translation>
    </message>
</context>
<context>
    <name>gui::FontZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text in every panel</source>
        <translation>所有面板中的文字变大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text in every panel</source>
        <translation>所有面板中的文字变小</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>文字恢复为正常大小</translation>
    </message>
</context>
<context>
    <name>gui::HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;Quick start&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Listener…&lt;/b&gt; makes a server. Keep &lt;i&gt;localhost&lt;/i&gt; and port 0 (the kernel picks a free port), and choose &lt;i&gt;Echo&lt;/i&gt; to have it answer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint &amp;gt; New Client…&lt;/b&gt; connects to it: pick the listener under &lt;i&gt;Live listeners&lt;/i&gt;, or type a host and port, or the path of a Unix socket.&lt;/li&gt;&lt;li&gt;Type in the &lt;b&gt;Composer&lt;/b&gt; at the bottom and press &lt;b&gt;Send&lt;/b&gt;. Every event and call appears in the stream in the middle; the bytes of the selected connection in &lt;b&gt;Conversation&lt;/b&gt;; its values and controls (noDelay, keepAlive, timeout, pause) in the &lt;b&gt;Inspector&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Close it: &lt;b&gt;End&lt;/b&gt; sends a FIN, &lt;b&gt;Destroy&lt;/b&gt; closes at once, &lt;b&gt;Reset&lt;/b&gt; sends an RST. Select a row of the stream and read &lt;b&gt;Explain&lt;/b&gt; for what it means.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lessons:&lt;/b&gt; &lt;b&gt;Help &amp;gt; Lessons&lt;/b&gt; opens guided lessons that run in this window and tell you what to notice; &lt;b&gt;File &amp;gt; Open Lesson…&lt;/b&gt; adds a lesson file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scripts:&lt;/b&gt; &lt;b&gt;Script &amp;gt; Run Script…&lt;/b&gt; runs a Node.js-style script (&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;) here, as &lt;code&gt;netbench run script.js&lt;/code&gt; does on the command line; the &lt;b&gt;Script Console&lt;/b&gt; shows its output.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names:&lt;/b&gt; a &lt;i&gt;listener&lt;/i&gt; is a server (&lt;code&gt;net.Server&lt;/code&gt;); a &lt;i&gt;client socket&lt;/i&gt; is one this side opened with &lt;code&gt;connect()&lt;/code&gt;; an &lt;i&gt;accepted socket&lt;/i&gt; is one a listener accepted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Help &amp;gt; Keyboard Shortcuts&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;快速入门&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;端点 &amp;gt; 新建侦听器…&lt;/b&gt;创建一个服务器。保留 &lt;i&gt;localhost&lt;/i&gt; 和端口 0（由内核选择空闲端口），并选择&lt;i&gt;回显&lt;/i&gt;让它应答。&lt;/li&gt;&lt;li&gt;&lt;b&gt;端点 &amp;gt; 新建客户端…&lt;/b&gt;连接到它：在&lt;i&gt;活动的侦听器&lt;/i&gt;中选择该侦听器，或输入主机和端口，或 Unix 套接字的路径。&lt;/li&gt;&lt;li&gt;在底部的&lt;b&gt;编辑器&lt;/b&gt;中输入内容并按&lt;b&gt;发送&lt;/b&gt;。每个事件和调用都会出现在中间的事件流中；所选连接的字节显示在&lt;b&gt;会话&lt;/b&gt;中；它的值和控件（noDelay、keepAlive、timeout、pause）显示在&lt;b&gt;检查器&lt;/b&gt;中。&lt;/li&gt;&lt;li&gt;关闭它：&lt;b&gt;结束&lt;/b&gt;发送 FIN，&lt;b&gt;销毁&lt;/b&gt;立即关闭，&lt;b&gt;重置&lt;/b&gt;发送 RST。选择事件流中的一行，在&lt;b&gt;解释&lt;/b&gt;中阅读它的含义。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;课程：&lt;/b&gt;&lt;b&gt;帮助 &amp;gt; 课程&lt;/b&gt;打开在此窗口中运行的引导式课程，并告诉你需要留意什么；&lt;b&gt;文件 &amp;gt; 打开课程…&lt;/b&gt;可添加课程文件。&lt;/p&gt;&lt;p&gt;&lt;b&gt;脚本：&lt;/b&gt;&lt;b&gt;脚本 &amp;gt; 运行脚本…&lt;/b&gt;在此运行 Node.js 风格的脚本（&lt;code&gt;require(&apos;net&apos;)&lt;/code&gt;），与命令行中的 &lt;code&gt;netbench run script.js&lt;/code&gt; 相同；&lt;b&gt;脚本控制台&lt;/b&gt;显示其输出。&lt;/p&gt;&lt;p&gt;&lt;b&gt;名称：&lt;/b&gt;&lt;i&gt;侦听器&lt;/i&gt;是服务器（&lt;code&gt;net.Server&lt;/code&gt;）；&lt;i&gt;客户端套接字&lt;/i&gt;是本端用 &lt;code&gt;connect()&lt;/code&gt; 打开的套接字；&lt;i&gt;已接受的套接字&lt;/i&gt;是侦听器接受的套接字。&lt;/p&gt;&lt;p&gt;&lt;b&gt;帮助 &amp;gt; 键盘快捷键&lt;/b&gt;列出了所有快捷键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick Start</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>gui::InputProblems</name>
    <message>
        <source>Type a port number from 0 to 65535: “%1” is not a whole number.</source>
        <translation>请输入 0 到 65535 之间的端口号：“%1”不是整数。</translation>
    </message>
    <message>
        <source>Type a port number from 0 to 65535: %1 is out of range.</source>
        <translation>请输入 0 到 65535 之间的端口号：%1 超出范围。</translation>
    </message>
    <message>
        <source>Type only the host name or address (such as localhost or 127.0.0.1), without a scheme like http:// or a path.</source>
        <translation>请只输入主机名或地址（例如 localhost 或 127.0.0.1），不要带 http:// 之类的协议头或路径。</translation>
    </message>
    <message>
        <source>Type an IPv6 address without brackets, such as ::1.</source>
        <translation>请输入不带方括号的 IPv6 地址，例如 ::1。</translation>
    </message>
    <message>
        <source>Type the port in the Port field, not after the host.</source>
        <translation>请在“端口”栏中输入端口，而不是写在主机后面。</translation>
    </message>
    <message>
        <source>A host has no spaces: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>主机不含空格：请输入 localhost 之类的名称，或 127.0.0.1、::1 之类的地址。</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a host: type a name such as localhost or an address such as 127.0.0.1 or ::1.</source>
        <translation>“%1”不能作为主机的一部分：请输入 localhost 之类的名称，或 127.0.0.1、::1 之类的地址。</translation>
    </message>
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Listening:</source>
        <translation>正在侦听：</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>连接数：</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>最大连接数：</translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation>被引用：</translation>
    </message>
    <message>
        <source>Local:</source>
        <translation>本地：</translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation>远端：</translation>
    </message>
    <message>
        <source>Ready state:</source>
        <translation>就绪状态：</translation>
    </message>
    <message>
        <source>Connecting:</source>
        <translation>正在连接：</translation>
    </message>
    <message>
        <source>Destroyed:</source>
        <translation>已销毁：</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>已暂停：</translation>
    </message>
    <message>
        <source>Bytes read:</source>
        <translation>已读字节：</translation>
    </message>
    <message>
        <source>Bytes written:</source>
        <translation>已写字节：</translation>
    </message>
    <message>
        <source>Buffered:</source>
        <translation>已缓冲：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>SO_SNDBUF:</source>
        <translation>SO_SNDBUF：</translation>
    </message>
    <message>
        <source>SO_RCVBUF:</source>
        <translation>SO_RCVBUF：</translation>
    </message>
    <message>
        <source>Unsent:</source>
        <translation>未发送：</translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation>未读：</translation>
    </message>
    <message>
        <source>TCP state:</source>
        <translation>TCP 状态：</translation>
    </message>
    <message>
        <source>RTT:</source>
        <translation>RTT：</translation>
    </message>
    <message>
        <source>Congestion window:</source>
        <translation>拥塞窗口：</translation>
    </message>
    <message>
        <source>Retransmits:</source>
        <translation>重传：</translation>
    </message>
    <message>
        <source>Path MTU:</source>
        <translation>路径 MTU：</translation>
    </message>
    <message>
        <source>Segments out:</source>
        <translation>发出分段：</translation>
    </message>
    <message>
        <source>Data segments out:</source>
        <translation>发出数据分段：</translation>
    </message>
    <message>
        <source>Segments in:</source>
        <translation>收到分段：</translation>
    </message>
    <message>
        <source>Data segments in:</source>
        <translation>收到数据分段：</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>已送达：</translation>
    </message>
    <message>
        <source>Lost:</source>
        <translation>丢失：</translation>
    </message>
    <message>
        <source>No delay:</source>
        <translation>无延迟：</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>保活 (keep-alive)：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (bytes)</source>
        <translation>无（字节）</translation>
    </message>
    <message>
        <source>Listener #%1</source>
        <translation>侦听器 #%1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个分段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation>
            <numerusform>是，空闲 %n 秒后首次探测</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy with error</source>
        <translation>带错误销毁</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>错误消息：</translation>
    </message>
    <message>
        <source>Destroyed from the inspector</source>
        <translation>从检查器销毁</translation>
    </message>
    <message>
        <source>Auto-reply rules…</source>
        <translation>自动应答规则…</translation>
    </message>
    <message>
        <source>Answer what this endpoint receives by rules: match, reply, delay, end or reset</source>
        <translation>按规则应答此端点收到的内容：匹配、应答、延迟、结束或重置</translation>
    </message>
    <message>
        <source>Select a listener or a socket in Endpoints to inspect it.</source>
        <translation>请在“端点”中选择一个侦听器或套接字进行检查。</translation>
    </message>
    <message>
        <source>Socket #%1</source>
        <translation>套接字 #%1</translation>
    </message>
</context>
<context>
    <name>gui::LessonPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>What to notice in this step: ticked when it happens; its row is selected in the event stream</source>
        <translation>此步骤中需要留意的事项：发生时会打勾，其所在行会在事件流中被选中</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Start to run the lesson.</source>
        <translation>
            <numerusform>共 %n 步。按“开始”运行课程。</numerusform>
        </translation>
    </message>
    <message>
        <source>A script is running; stop it in the Script Console first.</source>
        <translation>有脚本正在运行；请先在脚本控制台中停止它。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Your turn:</source>
        <translation>轮到你了：</translation>
    </message>
    <message>
        <source>Your turn: do what the step says.</source>
        <translation>轮到你了：按步骤所说的去做。</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>课程完成：所有预期的事件都已发生。</translation>
    </message>
    <message>
        <source>Lesson failed: %1</source>
        <translation>课程失败：%1</translation>
    </message>
    <message>
        <source>the lesson&apos;s script ended with exit code %1</source>
        <translation>课程脚本以退出码 %1 结束</translation>
    </message>
    <message>
        <source>Lesson stopped: %1</source>
        <translation>课程已停止：%1</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <source>Do it for &amp;me</source>
        <translation>替我完成(&amp;M)</translation>
    </message>
    <message>
        <source>Runs the next step once this one is done (or shows the next step again after Back)</source>
        <translation>本步骤完成后运行下一步（在“上一步”之后则重新显示下一步）</translation>
    </message>
    <message>
        <source>Shows the step before again: its actions are not run again</source>
        <translation>重新显示上一步：其操作不会再次运行</translation>
    </message>
    <message>
        <source>netbench performs this step&apos;s action for you</source>
        <translation>netbench 替你执行本步骤的操作</translation>
    </message>
    <message>
        <source>Starting the next step…</source>
        <translation>正在开始下一步…</translation>
    </message>
    <message>
        <source>Looking back: this step&apos;s actions ran already and are not run again. Next returns to step %1.</source>
        <translation>回顾中：本步骤的操作已运行过，不会再次运行。按“下一步”返回第 %1 步。</translation>
    </message>
    <message>
        <source>Doing it for you…</source>
        <translation>正在替你完成…</translation>
    </message>
    <message>
        <source>Step done. Press Next to go on.</source>
        <translation>本步骤完成。按“下一步”继续。</translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message>
        <source>#%1: file not sent: %2</source>
        <translation>#%1：文件未发送：%2</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Script Console</source>
        <translation>脚本控制台</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>Peer Conversation</source>
        <translation>对端会话</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>课程 (*.lesson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>打开跟踪记录</translation>
    </message>
    <message>
        <source>JSON Lines traces (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines 跟踪记录 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export trace as CSV</source>
        <translation>将跟踪记录导出为 CSV</translation>
    </message>
    <message>
        <source>Export trace as JSON Lines</source>
        <translation>将跟踪记录导出为 JSON Lines</translation>
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
        <translation>导出跟踪记录</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json)</source>
        <translation>netbench 工作区 (*.nbw.json *.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>netbench workspaces (*.nbw.json *.json);;All files (*)</source>
        <translation>netbench 工作区 (*.nbw.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Run script</source>
        <translation>运行脚本</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export as &amp;Script…</source>
        <translation>导出为脚本(&amp;S)…</translation>
    </message>
    <message>
        <source>The calls made in this window as a Node-style script that makes them again with the same timing (node or netbench run)</source>
        <translation>将在此窗口中发出的调用导出为 Node 风格的脚本，以相同的时序重新发出它们（node 或 netbench run）</translation>
    </message>
    <message>
        <source>Export as script</source>
        <translation>导出为脚本</translation>
    </message>
    <message>
        <source>JavaScript (*.js)</source>
        <translation>JavaScript (*.js)</translation>
    </message>
    <message>
        <source>netbench session of %1</source>
        <translation>netbench 操作记录（%1）</translation>
    </message>
    <message>
        <source>Script exported to %1</source>
        <translation>脚本已导出到 %1</translation>
    </message>
    <message>
        <source>Another trace is still being read.</source>
        <translation>另一个跟踪记录仍在读取中。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 不含任何记录。</translation>
    </message>
    <message>
        <source>%1 opened for review in a window of its own.</source>
        <translation>已在单独的窗口中打开 %1 以供回顾。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>有 %n 行无法读取：</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace saved to %1</source>
        <translation>工作区已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n listener(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个侦听器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>，%n 个客户端</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 endpoints (%2 live) · %3 events · in %4 · out %5</source>
        <translation>%1 个端点（%2 个活动）· %3 个事件 · 收 %4 · 发 %5</translation>
    </message>
    <message>
        <source>About netbench</source>
        <translation>关于 netbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and Unix domain sockets, with Node.js &lt;code&gt;net&lt;/code&gt; semantics on Qt %2.&lt;/p&gt;&lt;p&gt;Every event and call is recorded; scripts run with &lt;code&gt;netbench run&lt;/code&gt; or in the Script Console.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;netbench %1&lt;/h3&gt;&lt;p&gt;用于 TCP 和 Unix 域套接字的工作台，在 Qt %2 上实现 Node.js &lt;code&gt;net&lt;/code&gt; 的语义。&lt;/p&gt;&lt;p&gt;每个事件和调用都会被记录；脚本可通过 &lt;code&gt;netbench run&lt;/code&gt; 或在脚本控制台中运行。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>A script is running and %n endpoint(s) are open. Close them and quit?</source>
        <translation>
            <numerusform>有脚本正在运行，且有 %n 个端点处于打开状态。关闭它们并退出吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) are still open. Close them and quit?</source>
        <translation>
            <numerusform>仍有 %n 个端点处于打开状态。关闭它们并退出吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit netbench</source>
        <translation>退出 netbench</translation>
    </message>
    <message>
        <source>Close %1? It stops accepting connections; this cannot be undone.</source>
        <translation>关闭 %1 吗？它将停止接受连接；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Destroy %1? It closes at once: data still queued is dropped and the peer sees &apos;end&apos; (or ECONNRESET if data was left unread). This cannot be undone.</source>
        <translation>销毁 %1 吗？它会立即关闭：仍在排队的数据被丢弃，对端看到 &apos;end&apos;（如果留有未读数据则为 ECONNRESET）。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Reset %1? It sends an RST: the peer sees ECONNRESET and bytes not yet read on either side are lost. This cannot be undone.</source>
        <translation>重置 %1 吗？它会发送 RST：对端看到 ECONNRESET，两端尚未读取的字节都会丢失。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>全部关闭(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window (a running script&apos;s own endpoints are left alone)</source>
        <translation>销毁此窗口中创建的所有套接字并关闭所有侦听器（正在运行的脚本自己的端点不受影响）</translation>
    </message>
    <message>
        <source>Close All</source>
        <translation>全部关闭</translation>
    </message>
    <message>
        <source>Destroy every socket and close every listener made in this window? This cannot be undone.</source>
        <translation>销毁此窗口中创建的所有套接字并关闭所有侦听器吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No endpoints yet.&lt;/b&gt; To start:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;New Listener…&lt;/a&gt; (%1): a server on a port or a Unix socket path; port 0 lets the kernel pick a free one.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;New Client…&lt;/a&gt; (%2): connect to it; the dialog lists the live listeners.&lt;/li&gt;&lt;li&gt;Type in the Composer below and press Send.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Or follow a guided &lt;a href=&quot;#lessons&quot;&gt;lesson&lt;/a&gt;, or &lt;a href=&quot;#script&quot;&gt;run a script&lt;/a&gt; (%3).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;Quick Start&lt;/a&gt; explains the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;还没有端点。&lt;/b&gt;开始步骤：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;#listener&quot;&gt;新建侦听器…&lt;/a&gt;（%1）：在端口或 Unix 套接字路径上侦听的服务器；端口 0 表示由内核选择一个空闲端口。&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;#client&quot;&gt;新建客户端…&lt;/a&gt;（%2）：连接到它；对话框会列出活动的侦听器。&lt;/li&gt;&lt;li&gt;在下方的编辑器中输入内容并按“发送”。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;也可以跟随引导式&lt;a href=&quot;#lessons&quot;&gt;课程&lt;/a&gt;，或&lt;a href=&quot;#script&quot;&gt;运行脚本&lt;/a&gt;（%3）。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#quickstart&quot;&gt;快速入门&lt;/a&gt;介绍了此窗口。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>快速入门(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>New &amp;Relay…</source>
        <translation>新建中继(&amp;R)…</translation>
    </message>
    <message>
        <source>Put netbench between clients and a server: each client gets its own connection to the target, with faults on purpose</source>
        <translation>将 netbench 置于客户端和服务器之间：每个客户端都有自己到目标的连接，并可故意制造故障</translation>
    </message>
    <message>
        <source>Auto-reply R&amp;ules…</source>
        <translation>自动应答规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Answer what the selected listener&apos;s connections (or the selected socket) receive by rules: match, reply, delay, end or reset</source>
        <translation>按规则应答所选侦听器的连接（或所选套接字）收到的内容：匹配、应答、延迟、结束或重置</translation>
    </message>
    <message>
        <source>Auto-reply rules of %1</source>
        <translation>%1 的自动应答规则</translation>
    </message>
    <message>
        <source>Saved Messages</source>
        <translation>已保存的消息</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Reconnect attempt %1: #%2 in place of #%3</source>
        <translation>第 %1 次重新连接：#%2 代替 #%3</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1 of %2, next in %3 s</source>
        <translation>正在重新连接，第 %1 次，共 %2 次，%3 秒后进行下一次</translation>
    </message>
    <message>
        <source>reconnecting, attempt %1, next in %2 s</source>
        <translation>正在重新连接，第 %1 次，%2 秒后进行下一次</translation>
    </message>
    <message>
        <source>#%1 closed: %2</source>
        <translation>#%1 已关闭：%2</translation>
    </message>
    <message>
        <source>replaced by #%1</source>
        <translation>已由 #%1 替代</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>This connection answers by the rules of %1, which accepted it. A change applies to all of that listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>此连接按接受它的 %1 的规则应答。更改将应用于该侦听器的所有连接：已打开的连接从下一条消息起生效，之后接受的每个连接也都适用。</translation>
    </message>
    <message>
        <source>A change applies to all of this listener&apos;s connections: the open ones from their next message on, and every one it accepts later.</source>
        <translation>更改将应用于此侦听器的所有连接：已打开的连接从下一条消息起生效，之后接受的每个连接也都适用。</translation>
    </message>
    <message>
        <source>A change applies to this connection from its next message on.</source>
        <translation>更改从此连接的下一条消息起生效。</translation>
    </message>
    <message numerus="yes">
        <source>, %n relay(s)</source>
        <translation>
            <numerusform>，%n 个中继</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is open, but %n thing(s) in it could not be used as saved:</source>
        <translation>
            <numerusform>%1 已打开，但其中 %n 项无法按保存的样子使用：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::NewClientDialog</name>
    <message>
        <source>none (data as bytes)</source>
        <translation>无（数据为字节）</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>该路径长 %1 字节；Unix 套接字路径最多 %2 字节。</translation>
    </message>
    <message>
        <source>Enter the port to connect to.</source>
        <translation>请输入要连接的端口。</translation>
    </message>
    <message>
        <source>Unix socket to connect to</source>
        <translation>要连接的 Unix 套接字</translation>
    </message>
    <message>
        <source>None: make one with New Listener</source>
        <translation>无：请用“新建侦听器”创建一个</translation>
    </message>
    <message>
        <source>Pick a listener of this window…</source>
        <translation>选择此窗口中的侦听器…</translation>
    </message>
    <message>
        <source>Enter the path of the Unix domain socket to connect to, such as /tmp/app.sock.</source>
        <translation>请输入要连接的 Unix 域套接字路径，例如 /tmp/app.sock。</translation>
    </message>
    <message>
        <source>Enter the host to connect to: a name such as localhost or an address such as 127.0.0.1.</source>
        <translation>请输入要连接的主机：localhost 之类的名称，或 127.0.0.1 之类的地址。</translation>
    </message>
    <message>
        <source>The local address must be an IP address of this machine (such as 127.0.0.1), not %1.</source>
        <translation>本地地址必须是本机的 IP 地址（例如 127.0.0.1），而不是 %1。</translation>
    </message>
    <message>
        <source>Local port: %1</source>
        <translation>本地端口：%1</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>自动应答：</translation>
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
        <translation>所有接口 (0.0.0.0)</translation>
    </message>
    <message>
        <source>all interfaces (::)</source>
        <translation>所有接口 (::)</translation>
    </message>
    <message>
        <source>Enter the address to listen on.</source>
        <translation>请输入要侦听的地址。</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>该路径长 %1 字节；Unix 套接字路径最多 %2 字节。</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>路径中不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>Listening on all interfaces: reachable from other machines on the network.</source>
        <translation>在所有接口上侦听：网络上的其他机器可以访问。</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: reachable from other machines.</source>
        <translation>%1 不是环回地址：其他机器可以访问。</translation>
    </message>
    <message>
        <source>Unix socket path</source>
        <translation>Unix 套接字路径</translation>
    </message>
    <message>
        <source>Enter a path for the Unix domain socket, such as /tmp/netbench.sock.</source>
        <translation>请输入 Unix 域套接字的路径，例如 /tmp/netbench.sock。</translation>
    </message>
    <message>
        <source>Auto-reply:</source>
        <translation>自动应答：</translation>
    </message>
</context>
<context>
    <name>gui::NewRelayDialog</name>
    <message>
        <source>New Relay</source>
        <translation>新建中继</translation>
    </message>
    <message>
        <source>Clients connect to the relay; each one gets its own connection to the target, and both legs show in the endpoint tree. Faults are set in the Relay panel, live.</source>
        <translation>客户端连接到中继；每个客户端都有自己到目标的连接，两段连接都显示在端点树中。故障在“中继”面板中实时设置。</translation>
    </message>
    <message>
        <source>Clients connect to</source>
        <translation>客户端连接到</translation>
    </message>
    <message>
        <source>Relay each client to</source>
        <translation>将每个客户端中继到</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 表示选择空闲端口</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>A client whose target connection is not up after this long is reset, and the event stream says why</source>
        <translation>超过这么久其目标连接仍未建立的客户端会被重置，事件流中会说明原因</translation>
    </message>
    <message>
        <source>Target connect timeout:</source>
        <translation>目标连接超时：</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>Unix 套接字</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>Enter the address the relay listens on, such as 127.0.0.1.</source>
        <translation>请输入中继侦听的地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>Enter the host the relay connects to.</source>
        <translation>请输入中继要连接的主机。</translation>
    </message>
    <message>
        <source>The host must not contain spaces.</source>
        <translation>主机中不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the port clients connect to (0 picks a free one).</source>
        <translation>请输入客户端要连接的端口（0 表示选择空闲端口）。</translation>
    </message>
    <message>
        <source>Enter the port of the target.</source>
        <translation>请输入目标的端口。</translation>
    </message>
    <message>
        <source>“%1” is not a port: enter a number from %2 to 65535.</source>
        <translation>“%1”不是端口：请输入 %2 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The target needs a real port: 0 only means “any free port” when listening.</source>
        <translation>目标需要一个实际的端口：0 只有在侦听时才表示“任意空闲端口”。</translation>
    </message>
    <message>
        <source>Enter a path for the relay&apos;s Unix socket.</source>
        <translation>请输入中继的 Unix 套接字路径。</translation>
    </message>
    <message>
        <source>Enter the path of the target&apos;s Unix socket.</source>
        <translation>请输入目标的 Unix 套接字路径。</translation>
    </message>
    <message>
        <source>The path must not contain a NUL character.</source>
        <translation>路径中不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; a Unix socket path can have at most %2.</source>
        <translation>该路径长 %1 字节；Unix 套接字路径最多 %2 字节。</translation>
    </message>
    <message>
        <source>The relay would connect to itself: choose another target.</source>
        <translation>中继会连接到它自己：请选择另一个目标。</translation>
    </message>
</context>
<context>
    <name>gui::RelayPanel</name>
    <message>
        <source>Refuse new connections (reset at once)</source>
        <translation>拒绝新连接（立即重置）</translation>
    </message>
    <message>
        <source>Client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>Server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Each chunk waits this long in the relay before it goes on</source>
        <translation>每个数据块在继续传送之前都会在中继中等待这么久</translation>
    </message>
    <message>
        <source> B/s</source>
        <translation> B/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>带宽：</translation>
    </message>
    <message>
        <source>as they arrive</source>
        <translation>按到达时的样子</translation>
    </message>
    <message>
        <source>fixed size</source>
        <translation>固定大小</translation>
    </message>
    <message>
        <source>random size</source>
        <translation>随机大小</translation>
    </message>
    <message>
        <source>Forward in pieces, one write each, so that stream-boundary bugs show up</source>
        <translation>分片转发，每片一次写入，以暴露流边界相关的缺陷</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>不暂停</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>分片：</translation>
    </message>
    <message>
        <source>Pause after each:</source>
        <translation>每片之后暂停：</translation>
    </message>
    <message>
        <source>Hold: forward nothing (the sender&apos;s backpressure builds)</source>
        <translation>保留：不转发任何内容（发送方的背压逐渐积累）</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>after</source>
        <translation>通过字节数：</translation>
    </message>
    <message>
        <source>Inject FIN</source>
        <translation>注入 FIN</translation>
    </message>
    <message>
        <source>end() towards the receiver once this many bytes went through; the rest of this direction is dropped</source>
        <translation>通过这么多字节后向接收方 end()；此方向的其余数据被丢弃</translation>
    </message>
    <message>
        <source>Inject RST</source>
        <translation>注入 RST</translation>
    </message>
    <message>
        <source>Reset both legs once this many bytes went through: both peers see ECONNRESET</source>
        <translation>通过这么多字节后重置两段连接：两个对端都看到 ECONNRESET</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>The receiver gets exactly this many bytes and end(); the sender&apos;s leg closes</source>
        <translation>接收方恰好收到这么多字节和 end()；发送方一侧的连接关闭</translation>
    </message>
    <message>
        <source>Select a relay, or one of its connections, in the Endpoints panel (Endpoint ▸ New Relay… makes one).</source>
        <translation>请在“端点”面板中选择一个中继或它的某个连接（用 端点 ▸ 新建中继… 创建一个）。</translation>
    </message>
    <message>
        <source>%1 · %2 relayed, %3 open, %4 refused</source>
        <translation>%1 · 已中继 %2，打开 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>正在侦听</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Forwarded %1 · waiting in the relay %2</source>
        <translation>已转发 %1 · 在中继中等待 %2</translation>
    </message>
</context>
<context>
    <name>gui::ReplyRulesField</name>
    <message>
        <source>Auto-reply rule&amp;s…</source>
        <translation>自动应答规则(&amp;S)…</translation>
    </message>
    <message>
        <source>Answer what arrives by rules: match, reply, delay, end or reset. Rules answer instead of the automatic behaviour.</source>
        <translation>按规则应答收到的内容：匹配、应答、延迟、结束或重置。规则代替自动行为进行应答。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 on</source>
        <translation>
            <numerusform>%n 条规则，%1 条启用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RulesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Auto-reply rules</source>
        <translation>自动应答规则</translation>
    </message>
    <message>
        <source>Each chunk as read</source>
        <translation>每次读取的数据块</translation>
    </message>
    <message>
        <source>Each line (LF, CR LF)</source>
        <translation>每一行 (LF、CR LF)</translation>
    </message>
    <message>
        <source>Each message ending in:</source>
        <translation>以下列内容结尾的每条消息：</translation>
    </message>
    <message>
        <source>delimiter, with escapes (\0, \r\n)</source>
        <translation>分隔符，可用转义（\0、\r\n）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule  KIND[,OPTION...]:PATTERN=REPLY</source>
        <translation>规则  KIND[,OPTION...]:PATTERN=REPLY</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中次数</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>KIND: exact, contains, re, hex. OPTION: delay=200ms, end, reset. REPLY: text with \r \n \xHH and $1, ${count}, ${time}, ${data}, or hex:BYTES. The first rule that matches a message answers it.</source>
        <translation>KIND：exact、contains、re、hex。OPTION：delay=200ms、end、reset。REPLY：可含 \r \n \xHH 以及 $1、${count}、${time}、${data} 的文本，或 hex:BYTES。由第一个匹配该消息的规则作答。</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>Rule %1 is kept as the workspace had it, and stays off: %2</source>
        <translation>规则 %1 按工作区中的原样保留，并保持关闭：%2</translation>
    </message>
</context>
<context>
    <name>gui::RulesScript</name>
    <message>
        <source>its regular expression uses PCRE syntax that JavaScript does not have</source>
        <translation>其正则表达式使用了 JavaScript 不支持的 PCRE 语法</translation>
    </message>
    <message>
        <source>it is turned off</source>
        <translation>它已停用</translation>
    </message>
    <message>
        <source>%1: auto-reply rule %2 (%3) left out: %4</source>
        <translation>%1：已省略自动应答规则 %2（%3）：%4</translation>
    </message>
</context>
<context>
    <name>gui::SavedMessagesWidget</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Add from Composer</source>
        <translation>从编辑器添加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>已保存的消息</translation>
    </message>
    <message>
        <source>Send saved message</source>
        <translation>发送已保存的消息</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2 (line %3, column %4)</source>
        <translation>“%1”无法发送：%2（第 %3 行，第 %4 列）</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>保存消息</translation>
    </message>
    <message>
        <source>Edit saved message</source>
        <translation>编辑已保存的消息</translation>
    </message>
    <message>
        <source>Import saved messages</source>
        <translation>导入已保存的消息</translation>
    </message>
    <message>
        <source>Saved messages (*.json);;All files (*)</source>
        <translation>已保存的消息 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export saved messages</source>
        <translation>导出已保存的消息</translation>
    </message>
    <message>
        <source>Saved messages (*.json)</source>
        <translation>已保存的消息 (*.json)</translation>
    </message>
    <message>
        <source>Text (escapes \r \n \t \0 \\ \xNN)</source>
        <translation>文本 (转义 \r \n \t \0 \\ \xNN)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File (its path)</source>
        <translation>文件 (其路径)</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>无行尾符</translation>
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
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Line ending:</source>
        <translation>行尾符：</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;: %2</source>
        <translation>发送“%1”：%2</translation>
    </message>
    <message>
        <source>Select a connected socket to send to.</source>
        <translation>请选择要发送到的已连接套接字。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read. They stay in the file as they are.</source>
        <translation>
            <numerusform>%1：%n 个缺少名称、已知类型或内容的条目无法读取。它们按原样保留在文件中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read and were not imported.</source>
        <translation>
            <numerusform>%1：%n 个缺少名称、已知类型或内容的条目无法读取，未被导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ScriptConsoleWidget</name>
    <message>
        <source>Run script</source>
        <translation>运行脚本</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>Stopped (exit code 130).</source>
        <translation>已停止（退出码 130）。</translation>
    </message>
    <message>
        <source>Finished with exit code %1.</source>
        <translation>已结束，退出码为 %1。</translation>
    </message>
    <message>
        <source>Choose a script file first.</source>
        <translation>请先选择脚本文件。</translation>
    </message>
    <message>
        <source>A script is already running; stop it first.</source>
        <translation>已有脚本正在运行；请先停止它。</translation>
    </message>
</context>
<context>
    <name>gui::SequenceDiagramWidget</name>
    <message>
        <source>Hide data</source>
        <translation>隐藏数据</translation>
    </message>
    <message>
        <source>Hide data arrows and write() calls</source>
        <translation>隐藏数据箭头和 write() 调用</translation>
    </message>
    <message>
        <source>Hide internal calls</source>
        <translation>隐藏内部调用</translation>
    </message>
    <message>
        <source>Hide the calls netcore made itself (auto end, auto destroy)</source>
        <translation>隐藏 netcore 自行发出的调用（自动 end、自动 destroy）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as SVG</source>
        <translation>从视图顶部起将图导出为 SVG</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the diagram from the top of the view as PNG</source>
        <translation>从视图顶部起将图导出为 PNG</translation>
    </message>
    <message>
        <source>%1 rows, %2 lanes</source>
        <translation>%1 行，%2 条泳道</translation>
    </message>
    <message>
        <source>Cannot make a PNG of the diagram</source>
        <translation>无法生成该图的 PNG</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>将图导出为 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>将图导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图</translation>
    </message>
</context>
<context>
    <name>gui::SequenceLayout</name>
    <message>
        <source>server #%1</source>
        <translation>服务器 #%1</translation>
    </message>
    <message>
        <source>accepted #%1</source>
        <translation>已接受 #%1</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>客户端 #%1</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>peer of #%1 at %2</source>
        <translation>#%1 的对端（位于 %2）</translation>
    </message>
    <message>
        <source>peer of #%1</source>
        <translation>#%1 的对端</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
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
        <translation>丢失 1 条记录</translation>
    </message>
    <message>
        <source>%1 records lost</source>
        <translation>丢失 %1 条记录</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation>%1 次写入</translation>
    </message>
    <message>
        <source>part of a write</source>
        <translation>一次写入的一部分</translation>
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
        <translation>最近 60 秒内每秒接收（收）和发送（发）的字节数</translation>
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
        <translation>现在</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>收 %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>发 %1</translation>
    </message>
</context>
<context>
    <name>gui::TraceReviewWindow</name>
    <message>
        <source>%1 — review — netbench</source>
        <translation>%1 — 回顾 — netbench</translation>
    </message>
    <message>
        <source>a trace keeps the first %1 bytes of each chunk</source>
        <translation>跟踪记录只保留每个数据块的前 %1 字节</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records, %3 endpoints, read from the file. A review is read-only: nothing here sends or changes an endpoint.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：从文件读取了 %2 条记录、%3 个端点。回顾是只读的：这里不会发送任何内容，也不会更改任何端点。</translation>
    </message>
</context>
<context>
    <name>gui::UserPrompts</name>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>不再询问</translation>
    </message>
</context>
<context>
    <name>gui::WindowLayouts</name>
    <message>
        <source>&amp;Teaching Layout</source>
        <translation>教学布局(&amp;T)</translation>
    </message>
    <message>
        <source>For a class: the sequence diagram, the event stream and both ends&apos; conversations side by side, in large text</source>
        <translation>用于课堂：以大号文字并排显示时序图、事件流以及两端的会话</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>The panels where a first run puts them</source>
        <translation>将面板恢复到首次运行时的位置</translation>
    </message>
</context>
<context>
    <name>lesson::Builtin</name>
    <message>
        <source>no built-in lesson &apos;%1&apos; (netbench lesson --list lists them; a file&apos;s path works too)</source>
        <translation>没有名为 &apos;%1&apos; 的内置课程（netbench lesson --list 会列出它们；也可以使用文件路径）</translation>
    </message>
</context>
<context>
    <name>lesson::Expectation</name>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation>引号（&quot;）没有闭合</translation>
    </message>
    <message>
        <source>an expectation is ROLE NAME [KEY=VALUE ...], as in &apos;client end&apos; or &apos;client write() ok=false&apos;</source>
        <translation>预期的格式为 ROLE NAME [KEY=VALUE ...]，例如 &apos;client end&apos; 或 &apos;client write() ok=false&apos;</translation>
    </message>
    <message>
        <source>unknown event or call &apos;%1&apos; (known: %2)</source>
        <translation>未知的事件或调用 &apos;%1&apos;（已知：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field test (KEY=VALUE, KEY!=VALUE, KEY&gt;N, KEY&lt;N or KEY~TEXT)</source>
        <translation>&apos;%1&apos; 不是字段测试（KEY=VALUE、KEY!=VALUE、KEY&gt;N、KEY&lt;N 或 KEY~TEXT）</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>未知的字段 &apos;%1&apos;（已知：%2）</translation>
    </message>
</context>
<context>
    <name>lesson::Parser</name>
    <message>
        <source>a lesson is text; this file holds a NUL byte</source>
        <translation>课程是文本；此文件包含 NUL 字节</translation>
    </message>
    <message>
        <source>code comes inside a step (after a &apos;## &apos; heading)</source>
        <translation>代码应位于步骤之内（在 &apos;## &apos; 标题之后）</translation>
    </message>
    <message>
        <source>a step has one code block; this step already has one</source>
        <translation>一个步骤只有一个代码块；此步骤已经有一个了</translation>
    </message>
    <message>
        <source>a code block is JavaScript (&apos;```&apos; or &apos;```js&apos;), not &apos;%1&apos;</source>
        <translation>代码块应为 JavaScript（&apos;```&apos; 或 &apos;```js&apos;），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos; before its first step</source>
        <translation>课程在第一个步骤之前以 &apos;title: ...&apos; 开头</translation>
    </message>
    <message>
        <source>a lesson starts with &apos;title: ...&apos;</source>
        <translation>课程以 &apos;title: ...&apos; 开头</translation>
    </message>
    <message>
        <source>the lesson already has a title</source>
        <translation>课程已经有标题了</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; belongs to a step (after a &apos;## &apos; heading)</source>
        <translation>&apos;%1:&apos; 属于某个步骤（在 &apos;## &apos; 标题之后）</translation>
    </message>
    <message>
        <source>a step has one &apos;do:&apos; instruction</source>
        <translation>一个步骤只有一条 &apos;do:&apos; 指令</translation>
    </message>
    <message>
        <source>&apos;do:&apos; says what the learner does</source>
        <translation>&apos;do:&apos; 说明学习者要做什么</translation>
    </message>
    <message>
        <source>&apos;timeout:&apos; is a number of milliseconds from 1 to 600000</source>
        <translation>&apos;timeout:&apos; 是 1 到 600000 之间的毫秒数</translation>
    </message>
    <message>
        <source>the code block opened here is not closed with &apos;```&apos;</source>
        <translation>此处打开的代码块没有用 &apos;```&apos; 闭合</translation>
    </message>
    <message>
        <source>a lesson has at least one step (&apos;## Step title&apos;)</source>
        <translation>课程至少要有一个步骤（&apos;## 步骤标题&apos;）</translation>
    </message>
</context>
<context>
    <name>lesson::Runner</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>学习者操作：%1</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot; (line %3): %4</source>
        <translation>第 %1 步“%2”（第 %3 行）：%4</translation>
    </message>
    <message>
        <source>noticed: %1</source>
        <translation>已观察到：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not happen within %2 ms</source>
        <translation>“%1”未在 %2 ms 内发生</translation>
    </message>
    <message>
        <source>its code did not finish within %1 ms</source>
        <translation>其代码未在 %1 ms 内完成</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <comment>a server&apos;s &apos;connection&apos; event: the new socket&apos;s label</comment>
        <translation>接受为 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>a socket&apos;s &apos;connect&apos; event: the address it reached</comment>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>(a learner action: skipped when run headless)</source>
        <translation>（学习者操作：无窗口运行时跳过）</translation>
    </message>
    <message>
        <source>Lesson complete: every expected event happened.</source>
        <translation>课程完成：所有预期的事件都已发生。</translation>
    </message>
    <message>
        <source>lesson failed: %1</source>
        <translation>课程失败：%1</translation>
    </message>
    <message>
        <source>the lesson&apos;s code threw: %1</source>
        <translation>课程代码抛出了异常：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens the netbench window, with a saved workspace or trace if given.</source>
        <translation>打开 netbench 窗口；如果给出了已保存的工作区或跟踪记录，则一并打开。</translation>
    </message>
    <message>
        <source>A workspace (.json) to open, or a trace (.jsonl) to review.</source>
        <translation>要打开的工作区（.json），或要回顾的跟踪记录（.jsonl）。</translation>
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
        <translation>用法：netbench COMMAND [options] [arguments]
用于 TCP 和 Unix 域套接字的工作台，具有 Node net 模块的语义。

不带命令时，netbench 会打开它的窗口。

命令：
  gui [FILE]                 打开窗口，可同时打开工作区或跟踪记录。
  run FILE.js [ARGS...]      运行 Node 风格的 net 脚本（无窗口）。
  listen [HOST:]PORT | PATH  接受一个连接，并将其转接到标准输入输出。
  connect HOST PORT | PATH   建立连接，并将其转接到标准输入输出。
  relay LISTEN TARGET        将客户端中继到服务器，可故意制造故障。
  demo [--unix]              演示：在一个事件循环上运行服务器和客户端。
  lesson NAME | FILE         无窗口运行引导式课程（--list 列出课程）。

&apos;netbench COMMAND --help&apos; 列出某个命令的选项。
目标可以是 HOST PORT、HOST:PORT 或 [IPV6]:PORT。与 ncat 一样，
&apos;netbench -l [options] PORT&apos; 即 listen，
&apos;netbench -OPTIONS HOST PORT&apos; 即 connect。
  -h, --help     显示此帮助。
  -v, --version  显示版本。
</translation>
    </message>
    <message>
        <source>Usage: netbench gui [FILE]
Opens the window, with a workspace (.json) or a trace (.jsonl) if given.
</source>
        <translation>用法：netbench gui [FILE]
打开窗口；如果给出了工作区（.json）或跟踪记录（.jsonl），则一并打开。
</translation>
    </message>
    <message>
        <source>netbench: unknown command &apos;%1&apos;</source>
        <translation>netbench：未知的命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netbench: the window needs a display (X11 or Wayland), and none is set.
Without one, use the headless commands: netbench run | listen | connect | relay | demo | lesson (netbench --help).
</source>
        <translation>netbench：窗口需要显示服务（X11 或 Wayland），但当前没有设置。
没有显示服务时，请使用无窗口的命令：netbench run | listen | connect | relay | demo | lesson（netbench --help）。
</translation>
    </message>
</context>
<context>
    <name>session::Engine</name>
    <message>
        <source>the target did not answer within %1 ms: the client was reset</source>
        <translation>目标未在 %1 ms 内应答：客户端已被重置</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a relay, or it is gone.</source>
        <translation>端点 %1 不是中继，或已不存在。</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a socket, or it is gone.</source>
        <translation>端点 %1 不是套接字，或已不存在。</translation>
    </message>
    <message>
        <source>Endpoint %1 is not a server, or it is gone.</source>
        <translation>端点 %1 不是服务器，或已不存在。</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已不存在。</translation>
    </message>
    <message>
        <source>A file is already being sent on this connection.</source>
        <translation>此连接上已有文件正在发送。</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>文件发送完毕之前连接已关闭。</translation>
    </message>
    <message>
        <source>auto-reply rule %1: %2</source>
        <translation>自动应答规则 %1：%2</translation>
    </message>
    <message>
        <source>auto-reply rules: %1</source>
        <translation>自动应答规则：%1</translation>
    </message>
    <message>
        <source>gave up after %1 reconnect attempts</source>
        <translation>重新连接尝试 %1 次后放弃</translation>
    </message>
    <message>
        <source>not connected: the listener it connects to (listener %1 of the workspace) is not listening</source>
        <translation>未连接：它要连接的侦听器（工作区的侦听器 %1）没有在侦听</translation>
    </message>
</context>
<context>
    <name>session::FileSender</name>
    <message>
        <source>This file send has already started.</source>
        <translation>此文件发送已经开始。</translation>
    </message>
    <message>
        <source>The connection is not writable.</source>
        <translation>连接不可写。</translation>
    </message>
    <message>
        <source>The connection closed before the file was sent.</source>
        <translation>文件发送完毕之前连接已关闭。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is shorter than when the send started</source>
        <translation>它比开始发送时更短</translation>
    </message>
</context>
<context>
    <name>session::MessageLibrary</name>
    <message>
        <source>A file is sent by streaming it, not as one payload.</source>
        <translation>文件以流式方式发送，而不是作为单个载荷。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>不是有效的 JSON（偏移量 %1）：%2</translation>
    </message>
    <message>
        <source>Not a file of netbench messages (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>不是 netbench 消息文件（没有 &quot;format&quot;: &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>Messages of version %1; this netbench reads version %2.</source>
        <translation>版本 %1 的消息；此 netbench 读取的是版本 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>session::PayloadCodec</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>A backslash at the end starts no escape; write \\ for a backslash</source>
        <translation>末尾的反斜杠不构成转义；反斜杠本身请写作 \\</translation>
    </message>
    <message>
        <source>\x needs two hex digits, as in \x0a</source>
        <translation>\x 需要两位十六进制数字，例如 \x0a</translation>
    </message>
    <message>
        <source>Unknown escape \%1; use \r \n \t \0 \\ or \xNN</source>
        <translation>未知的转义 \%1；请使用 \r \n \t \0 \\ 或 \xNN</translation>
    </message>
    <message>
        <source>%1 is not a hex digit</source>
        <translation>%1 不是十六进制数字</translation>
    </message>
    <message>
        <source>0x is not followed by hex digits</source>
        <translation>0x 后面没有十六进制数字</translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot;; each byte takes two</source>
        <translation>“%1”中的十六进制数字个数为奇数；每个字节需要两位</translation>
    </message>
    <message>
        <source>Nothing may follow the &apos;=&apos; padding</source>
        <translation>&apos;=&apos; 填充之后不能再有任何内容</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding too early</source>
        <translation>&apos;=&apos; 填充出现得太早</translation>
    </message>
    <message>
        <source>%1 is not a base64 character</source>
        <translation>%1 不是 base64 字符</translation>
    </message>
    <message>
        <source>Only &apos;=&apos; may follow &apos;=&apos; padding</source>
        <translation>&apos;=&apos; 填充之后只能是 &apos;=&apos;</translation>
    </message>
    <message>
        <source>Incomplete group of %1 characters; base64 comes in fours, padded with &apos;=&apos;</source>
        <translation>不完整的 %1 字符组；base64 以四个字符为一组，用 &apos;=&apos; 填充</translation>
    </message>
</context>
<context>
    <name>session::ReconnectPolicy</name>
    <message>
        <source>the reconnect delay must be 0 to %1 ms</source>
        <translation>重新连接延迟必须在 0 到 %1 ms 之间</translation>
    </message>
    <message>
        <source>the backoff factor must be 1 to %1</source>
        <translation>退避系数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the longest reconnect delay must be from the first delay to %1 ms</source>
        <translation>最长重新连接延迟必须介于第一次延迟与 %1 ms 之间</translation>
    </message>
    <message>
        <source>the number of reconnect attempts cannot be negative (0: no limit)</source>
        <translation>重新连接尝试次数不能为负（0：不限制）</translation>
    </message>
</context>
<context>
    <name>session::RegularFile</name>
    <message>
        <source>%1 is not a regular file (a device, a FIFO or a socket).</source>
        <translation>%1 不是普通文件（而是设备、FIFO 或套接字）。</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>没有这个文件：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3).</source>
        <translation>%1 太大（%2；最多 %3）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>session::ReplyRule</name>
    <message>
        <source>a rule is KIND:PATTERN=REPLY (KIND: exact, contains, re or hex)</source>
        <translation>规则的格式为 KIND:PATTERN=REPLY（KIND：exact、contains、re 或 hex）</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>未知的类型 &apos;%1&apos;（exact、contains、re 或 hex）</translation>
    </message>
    <message>
        <source>no &apos;=&apos; between the pattern and the reply (write \= for an &apos;=&apos; in the pattern)</source>
        <translation>模式与应答之间没有 &apos;=&apos;（模式中的 &apos;=&apos; 请写作 \=）</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (exact, contains, re or hex)</source>
        <translation>未知的匹配方式 &apos;%1&apos;（exact、contains、re 或 hex）</translation>
    </message>
    <message>
        <source>delayMs must be from 0 to 86400000</source>
        <translation>delayMs 必须在 0 到 86400000 之间</translation>
    </message>
    <message>
        <source>unknown after &apos;%1&apos; (none, end or reset)</source>
        <translation>未知的 after &apos;%1&apos;（none、end 或 reset）</translation>
    </message>
    <message>
        <source>end and reset exclude each other</source>
        <translation>end 与 reset 互相排斥</translation>
    </message>
    <message>
        <source>delay needs a time with its unit, such as delay=200ms, delay=1.5s or delay=1m, not &apos;%1&apos;</source>
        <translation>delay 需要带单位的时间，例如 delay=200ms、delay=1.5s 或 delay=1m，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (options: delay=TIME, end, reset, off)</source>
        <translation>未知的选项 &apos;%1&apos;（选项：delay=TIME、end、reset、off）</translation>
    </message>
    <message>
        <source>delim: needs at least one byte</source>
        <translation>delim: 至少需要一个字节</translation>
    </message>
    <message>
        <source>framing is chunk, line or delim:TEXT, not &apos;%1&apos;</source>
        <translation>framing 应为 chunk、line 或 delim:TEXT，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>framing: %1; messages are framed by chunk</source>
        <translation>分帧：%1；消息按数据块分帧</translation>
    </message>
    <message>
        <source>rule %1: %2; it is kept, turned off</source>
        <translation>规则 %1：%2；该规则保留，但已关闭</translation>
    </message>
    <message>
        <source>cannot read rules %1: %2</source>
        <translation>无法读取规则 %1：%2</translation>
    </message>
    <message>
        <source>rules %1 is not a JSON object: %2</source>
        <translation>规则 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <source>rules %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>a lone \ at the end (write \\ for a backslash)</source>
        <translation>末尾有单独的 \（反斜杠本身请写作 \\）</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x 需要两位十六进制数字</translation>
    </message>
    <message>
        <source>unknown escape \%1 (\r \n \t \0 \e \\ \= \$ \xHH)</source>
        <translation>未知的转义 \%1（\r \n \t \0 \e \\ \= \$ \xHH）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not hex bytes (pairs of digits 0-9 a-f)</source>
        <translation>&apos;%1&apos; 不是十六进制字节（每两位 0-9 a-f 为一组）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex pattern (pairs of hex digits, ?? for any byte)</source>
        <translation>&apos;%1&apos; 不是十六进制模式（每两位十六进制数字为一组，?? 表示任意字节）</translation>
    </message>
    <message>
        <source>${ without its }</source>
        <translation>${ 缺少对应的 }</translation>
    </message>
    <message>
        <source>a $ that is no macro (write $$ for a dollar sign)</source>
        <translation>有一个不是宏的 $（美元符号本身请写作 $$）</translation>
    </message>
    <message>
        <source>the reply uses $%1 but only a regular expression has groups</source>
        <translation>应答中使用了 $%1，但只有正则表达式才有分组</translation>
    </message>
    <message>
        <source>the reply uses $%1 but the pattern has %2 groups</source>
        <translation>应答中使用了 $%1，但模式只有 %2 个分组</translation>
    </message>
    <message>
        <source>unknown macro ${%1} (${count}, ${time}, ${data}, ${length}, $N)</source>
        <translation>未知的宏 ${%1}（${count}、${time}、${data}、${length}、$N）</translation>
    </message>
    <message>
        <source>bad regular expression at offset %1: %2</source>
        <translation>正则表达式错误（偏移量 %1）：%2</translation>
    </message>
</context>
<context>
    <name>session::Workspace</name>
    <message>
        <source>Not valid JSON (offset %1): %2</source>
        <translation>不是有效的 JSON（偏移量 %1）：%2</translation>
    </message>
    <message>
        <source>Not a netbench workspace (no &quot;format&quot;: &quot;netbench-workspace&quot;).</source>
        <translation>不是 netbench 工作区（没有 &quot;format&quot;: &quot;netbench-workspace&quot;）。</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported (this netbench reads version %2).</source>
        <translation>不支持工作区版本 %1（此 netbench 读取的是版本 %2）。</translation>
    </message>
    <message>
        <source>port %1 is not a whole number from %2 to 65535</source>
        <translation>端口 %1 不是 %2 到 65535 之间的整数</translation>
    </message>
    <message>
        <source>neither a port nor a Unix socket path</source>
        <translation>既不是端口也不是 Unix 套接字路径</translation>
    </message>
    <message numerus="yes">
        <source>the Unix socket path is longer than %n byte(s)</source>
        <translation>
            <numerusform>Unix 套接字路径超过 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-reply %1</source>
        <translation>自动应答 %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>unknown auto-reply &quot;%1&quot; (none, echo or discard); it answers nothing</source>
        <translation>未知的自动应答“%1”（none、echo 或 discard）；不作任何应答</translation>
    </message>
    <message>
        <source>family %1 is not 4, 6 or 0 (either); either is used</source>
        <translation>地址族 %1 不是 4、6 或 0（任意）；改用任意</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; data is shown as bytes</source>
        <translation>未知的编码“%1”；数据按字节显示</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (ignored)</source>
        <translation>未知的故障“%1”（已忽略）</translation>
    </message>
    <message>
        <source>fault %1 is %2, not a number of 0 or more (0 is used)</source>
        <translation>故障 %1 的值为 %2，不是大于等于 0 的数（改用 0）</translation>
    </message>
    <message>
        <source>Listener %1 (%2)</source>
        <translation>侦听器 %1（%2）</translation>
    </message>
    <message>
        <source>Client %1 (%2)</source>
        <translation>客户端 %1（%2）</translation>
    </message>
    <message>
        <source>it was linked to listener %1, which the workspace does not have; it connects to its saved address</source>
        <translation>它关联到侦听器 %1，但工作区中没有该侦听器；它将连接到保存的地址</translation>
    </message>
    <message>
        <source>Relay %1 (%2)</source>
        <translation>中继 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n saved message(s) without a name, a known kind or a content could not be read</source>
        <translation>
            <numerusform>%n 条缺少名称、已知类型或内容的已保存消息无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown reconnect setting &quot;%1&quot; (ignored)</source>
        <translation>未知的重连设置“%1”（已忽略）</translation>
    </message>
    <message>
        <source>reconnect %1 %2 is out of range; %3 is used</source>
        <translation>重连设置 %1 的值 %2 超出范围；改用 %3</translation>
    </message>
</context>
</TS>
