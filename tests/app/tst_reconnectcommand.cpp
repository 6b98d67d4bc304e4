// netbench connect --reconnect on the real program: a server that comes up late is reached,
// --max-attempts is respected, and each attempt is said on standard error.

#include "netbenchprocess.h"

#include "net/server.h"
#include "net/socket.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitTimeoutMs = 30000;

qsizetype countOf(const QByteArray &text, const QByteArray &word)
{
    return text.count(word);
}

// A loopback port that refuses: bound, never listening, held while the test runs.
class RefusingPort final
{
public:
    RefusingPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~RefusingPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RefusingPort(const RefusingPort &) = delete;
    RefusingPort &operator=(const RefusingPort &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = -1;
};

} // namespace

class tst_ReconnectCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverThatComesUpLateIsReached();
    void maxAttemptsIsRespected();
    void serverThatClosesIsReconnectedWhileInputIsOpen_data();
    void serverThatClosesIsReconnectedWhileInputIsOpen();
    void badCommandLines_data();
    void badCommandLines();
};

// Refused twice over a Unix socket path that does not exist yet; then the server listens, the
// client connects, sends its standard input and prints the answer; standard input has ended,
// so the peer's close ends the run (exit 0) instead of another reconnect.
void tst_ReconnectCommand::serverThatComesUpLateIsReached()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"late.sock"_s);
    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"--reconnect=20"_s, u"--reconnect-backoff"_s, u"1"_s,
                          u"--max-attempts"_s, u"1000"_s, path}));
    client.sendAndClose("hello");
    QVERIFY(QTest::qWaitFor([&] { return countOf(client.err, "reconnecting in 20 ms") >= 2; },
                            ExitTimeoutMs));
    const QByteArray firstAttempt = "netbench: connect ENOENT " + path.toUtf8()
            + "\nnetbench: reconnecting in 20 ms (attempt 1 of 1000)\n";
    QVERIFY2(client.err.startsWith(firstAttempt), client.err.constData());

    netcore::Server server(netcore::ServerOptions {.allowHalfOpen = true});
    QByteArray received;
    connect(&server, &netcore::Server::newConnection, this, [&received](netcore::Socket *socket) {
        connect(socket, &netcore::Socket::dataReceived, socket,
                [&received](const QByteArray &chunk) { received += chunk; });
        connect(socket, &netcore::Socket::ended, socket, [socket] { socket->end("bye"); });
    });
    QVERIFY(!server.listenOnPath(path));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("bye"));
    QCOMPARE(received, QByteArray("hello"));
    QVERIFY2(client.err.contains("netbench: connected (reconnect attempt "),
             client.err.constData());
}

void tst_ReconnectCommand::maxAttemptsIsRespected()
{
    const RefusingPort refusing;
    QVERIFY(refusing.port() > 0);
    NetbenchProcess client;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tracePath = dir.filePath(u"trace.jsonl"_s);
    QVERIFY(client.start({u"connect"_s, u"--reconnect=10"_s, u"--max-attempts"_s, u"3"_s,
                          u"--trace"_s, tracePath, u"127.0.0.1"_s,
                          QString::number(refusing.port())}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QCOMPARE(client.exitCode(), 1);
    const QByteArray refused = "netbench: connect ECONNREFUSED 127.0.0.1:"
            + QByteArray::number(refusing.port()) + '\n';
    const QByteArray expected = refused + "netbench: reconnecting in 10 ms (attempt 1 of 3)\n"
            + refused + "netbench: reconnecting in 20 ms (attempt 2 of 3)\n" + refused
            + "netbench: reconnecting in 40 ms (attempt 3 of 3)\n" + refused
            + "netbench: gave up after 3 reconnect attempts (--max-attempts)\n";
    QCOMPARE(client.err, expected);
    // Each attempt is a record of the trace, on the new socket.
    QFile trace(tracePath);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QByteArray lines = trace.readAll();
    for (const QByteArray &attempt :
         {QByteArray("\"attempt\":1,\"delayMs\":10"), QByteArray("\"attempt\":2,\"delayMs\":20"),
          QByteArray("\"attempt\":3,\"delayMs\":40")})
        QVERIFY2(lines.contains(attempt), lines.constData());
    QCOMPARE(lines.count("\"name\":\"reconnect\""), 3);
}

void tst_ReconnectCommand::serverThatClosesIsReconnectedWhileInputIsOpen_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("half-open by default") << QStringList {};
    QTest::newRow("--allow-half-open") << QStringList {u"--allow-half-open"_s};
    QTest::newRow("--no-half-close") << QStringList {u"--no-half-close"_s};
    QTest::newRow("--recv-only") << QStringList {u"--recv-only"_s};
}

// A server that accepts and closes at once, while standard input stays open (a terminal, a
// pipe that never ends): the peer's end closes the connection and the client connects again,
// rather than waiting half-open for input that may never come. Once standard input ends, the
// next close ends the run (exit 0; --recv-only reconnects for ever and is stopped).
void tst_ReconnectCommand::serverThatClosesIsReconnectedWhileInputIsOpen()
{
    QFETCH(QStringList, options);
    netcore::Server server;
    int accepted = 0;
    connect(&server, &netcore::Server::newConnection, this, [&accepted](netcore::Socket *socket) {
        ++accepted;
        socket->end();
    });
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(0, u"127.0.0.1"_s));
    QVERIFY(listening.wait(5000));
    NetbenchProcess client;
    QVERIFY(client.start(
            QStringList {u"connect"_s, u"--reconnect=10"_s, u"--reconnect-backoff"_s, u"1"_s}
            + options + QStringList {u"127.0.0.1"_s, QString::number(server.address().port())}));
    // Standard input is left open: only a reconnect brings the second connection.
    QVERIFY2(QTest::qWaitFor([&] { return accepted >= 2; }, ExitTimeoutMs), client.err.constData());
    QVERIFY2(client.err.contains("netbench: connected (reconnect attempt 1)"),
             client.err.constData());
    if (options.contains(u"--recv-only"_s)) {
        client.process.terminate();
        QVERIFY(client.waitForExit(ExitTimeoutMs));
        return;
    }
    client.sendAndClose({});
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
}

void tst_ReconnectCommand::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("limit alone") << QStringList {u"--max-attempts"_s, u"3"_s}
                                 << QByteArray("--max-attempts needs --reconnect");
    QTest::newRow("bad delay") << QStringList {u"--reconnect=soon"_s}
                               << QByteArray("--reconnect=DELAY_MS needs milliseconds, not 'soon'");
    QTest::newRow("shrinking") << QStringList {u"--reconnect"_s, u"--reconnect-backoff"_s, u"0.5"_s}
                               << QByteArray("the backoff factor must be 1 to 100");
    QTest::newRow("with one-shot") << QStringList {u"--reconnect"_s, u"--send-text"_s, u"x"_s}
                                   << QByteArray("a one-shot --send does not reconnect");
}

void tst_ReconnectCommand::badCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    NetbenchProcess client;
    QVERIFY(client.start(QStringList {u"connect"_s} + arguments
                         + QStringList {u"127.0.0.1"_s, u"1"_s}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QCOMPARE(client.exitCode(), 2);
    QVERIFY2(client.err.contains(message), client.err.constData());
}

QTEST_GUILESS_MAIN(tst_ReconnectCommand)
#include "tst_reconnectcommand.moc"
