// netbench connect as a one-shot client (--send, --send-text, --send-hex, --reply-wait) on the
// real program, against a server run by netcore on the test's loop, over TCP and Unix sockets.

#include "netbenchprocess.h"

#include "net/server.h"
#include "net/socket.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitTimeoutMs = 30000;

// A server for one client: records what it receives and, at the first chunk, answers with
// each of `replies` in turn, gapMs apart; then ends its side if endAfterReply, else stays open.
class AnsweringServer final : public QObject
{
public:
    QList<QByteArray> replies;
    int gapMs = 0;
    bool endAfterReply = false;

    // Listens on 127.0.0.1:0 ("tcp") or at unixPath; the words that connect to it, or empty.
    QStringList listen(const QString &transport, const QString &unixPath)
    {
        m_server = new netcore::Server(netcore::ServerOptions {.allowHalfOpen = true}, this);
        connect(m_server, &netcore::Server::newConnection, this,
                [this](netcore::Socket *socket) { attach(socket); });
        bool listening = false;
        connect(m_server, &netcore::Server::listening, this, [&listening] { listening = true; });
        const netcore::NetError error = transport == u"tcp" ? m_server->listen(0, u"127.0.0.1"_s)
                                                            : m_server->listenOnPath(unixPath);
        if (error || !QTest::qWaitFor([&] { return listening; }, 10000))
            return {};
        if (transport != u"tcp")
            return {unixPath};
        return {u"127.0.0.1"_s, QString::number(m_server->address().port())};
    }

    QByteArray received;
    bool clientEnded = false; // its FIN came
    bool closed = false;

private:
    void attach(netcore::Socket *socket)
    {
        connect(socket, &netcore::Socket::dataReceived, this, [this, socket](const QByteArray &c) {
            const bool first = received.isEmpty();
            received += c;
            if (first)
                answer(socket, 0);
        });
        connect(socket, &netcore::Socket::ended, this, [this] { clientEnded = true; });
        connect(socket, &netcore::Socket::closed, this, [this] { closed = true; });
    }

    void answer(netcore::Socket *socket, qsizetype index)
    {
        if (socket->isDestroyed())
            return;
        if (index == replies.size()) {
            if (endAfterReply)
                socket->end();
            return;
        }
        socket->write(replies.at(index));
        QTimer::singleShot(gapMs, socket, [this, socket, index] { answer(socket, index + 1); });
    }

    netcore::Server *m_server = nullptr;
};

QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    return bytes;
}

} // namespace

class tst_OneShot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAndPrintsTheReply_data();
    void sendsAndPrintsTheReply();
    void replyInPiecesIsPrintedWhole();
    void peerEndFinishesWithoutWaiting();
    void sendsAFileByteForByte();
    void hexDumpHasBothDirections();
    void connectionErrorFails_data();
    void connectionErrorFails();
    void badCommandLines_data();
    void badCommandLines();

private:
    QTemporaryDir m_dir;
};

void tst_OneShot::sendsAndPrintsTheReply_data()
{
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QStringList>("sendArguments");
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("tcp text") << u"tcp"_s << QStringList {u"--send-text"_s, u"PING\\r\\n"_s}
                              << QByteArray("PING\r\n");
    QTest::newRow("unix text") << u"unix"_s << QStringList {u"--send-text"_s, u"PING\\r\\n"_s}
                               << QByteArray("PING\r\n");
    QTest::newRow("tcp hex") << u"tcp"_s << QStringList {u"--send-hex"_s, u"00 ff 0d:0a"_s}
                             << QByteArray("\x00\xff\r\n", 4);
    QTest::newRow("unix hex") << u"unix"_s << QStringList {u"--send-hex"_s, u"0x00ff0d0a"_s}
                              << QByteArray("\x00\xff\r\n", 4);
}

// The reply is printed; the client closes once the wait passes in silence (the server keeps its
// side open), and standard input, left open, is never waited for.
void tst_OneShot::sendsAndPrintsTheReply()
{
    QFETCH(QString, transport);
    QFETCH(QStringList, sendArguments);
    QFETCH(QByteArray, sent);
    AnsweringServer server;
    server.replies = {QByteArray("PONG\n")};
    const QStringList target = server.listen(transport, m_dir.filePath(u"s.sock"_s));
    QVERIFY(!target.isEmpty());
    NetbenchProcess client;
    QVERIFY(client.start(QStringList {u"connect"_s} + target + sendArguments
                         + QStringList {u"--reply-wait"_s, u"300"_s}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("PONG\n"));
    QCOMPARE(server.received, sent);
    QTRY_VERIFY(server.clientEnded); // our side closed once the wait passed
}

// Pieces that come closer together than the wait all belong to the reply.
void tst_OneShot::replyInPiecesIsPrintedWhole()
{
    AnsweringServer server;
    server.replies = {QByteArray("one,"), QByteArray("two,"), QByteArray("three")};
    server.gapMs = 100;
    const QStringList target = server.listen(u"tcp"_s, {});
    QVERIFY(!target.isEmpty());
    NetbenchProcess client;
    QVERIFY(client.start(QStringList {u"connect"_s} + target
                         + QStringList {u"--send-text"_s, u"go"_s, u"--reply-wait"_s, u"3000"_s}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("one,two,three"));
}

// The peer's end completes the reply at once, however long the wait.
void tst_OneShot::peerEndFinishesWithoutWaiting()
{
    AnsweringServer server;
    server.replies = {QByteArray("bye")};
    server.endAfterReply = true;
    const QStringList target = server.listen(u"tcp"_s, {});
    QVERIFY(!target.isEmpty());
    NetbenchProcess client;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(client.start(
            QStringList {u"connect"_s} + target
            + QStringList {u"--send-text"_s, u"hi"_s, u"--reply-wait"_s, u"600000"_s}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("bye"));
    QVERIFY2(elapsed.elapsed() < ExitTimeoutMs, "waited for --reply-wait despite the peer's end");
    QTRY_VERIFY(server.clientEnded); // our side ended with the peer's, cleanly
}

void tst_OneShot::sendsAFileByteForByte()
{
    QByteArray content;
    for (int i = 0; i < 4096; ++i)
        content += allBytes();
    const QString path = m_dir.filePath(u"request.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    AnsweringServer server;
    server.replies = {QByteArray("got it")};
    const QStringList target = server.listen(u"unix"_s, m_dir.filePath(u"f.sock"_s));
    QVERIFY(!target.isEmpty());
    NetbenchProcess client;
    QVERIFY(client.start(QStringList {u"connect"_s} + target
                         + QStringList {u"--send"_s, path, u"--reply-wait"_s, u"500"_s}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("got it"));
    QTRY_COMPARE(server.received.size(), content.size());
    QVERIFY(server.received == content);
}

void tst_OneShot::hexDumpHasBothDirections()
{
    AnsweringServer server;
    server.replies = {QByteArray("pong")};
    server.endAfterReply = true;
    const QStringList target = server.listen(u"tcp"_s, {});
    QVERIFY(!target.isEmpty());
    const QString dumpPath = m_dir.filePath(u"dump.txt"_s);
    NetbenchProcess client;
    QVERIFY(client.start(QStringList {u"connect"_s, u"-x"_s, dumpPath} + target
                         + QStringList {u"--send-text"_s, u"ping"_s}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QFile dump(dumpPath);
    QVERIFY(dump.open(QIODevice::ReadOnly));
    const QByteArray text = dump.readAll();
    const QByteArray peer = "127.0.0.1:" + target.at(1).toUtf8();
    const QByteArray sent = "> 4 bytes sent to " + peer + "\n00000000  70 69 6e 67";
    const QByteArray received = "< 4 bytes received from " + peer + "\n00000000  70 6f 6e 67";
    QVERIFY2(text.contains(sent), text.constData());
    QVERIFY2(text.contains(received), text.constData());
}

void tst_OneShot::connectionErrorFails_data()
{
    QTest::addColumn<QStringList>("target");
    QTest::addColumn<QByteArray>("message");
    // Port 1 on loopback: nothing listens there in a test environment.
    QTest::newRow("refused") << QStringList {u"127.0.0.1"_s, u"1"_s}
                             << QByteArray("netbench: connect ECONNREFUSED 127.0.0.1:1\n");
    QTest::newRow("no such socket")
            << QStringList {u"/nonexistent/netbench-oneshot.sock"_s}
            << QByteArray("connect ENOENT /nonexistent/netbench-oneshot.sock");
}

void tst_OneShot::connectionErrorFails()
{
    QFETCH(QStringList, target);
    QFETCH(QByteArray, message);
    NetbenchProcess client;
    QVERIFY(client.start(QStringList {u"connect"_s} + target
                         + QStringList {u"--send-text"_s, u"x"_s}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QCOMPARE(client.exitCode(), 1);
    QVERIFY2(client.err.contains(message), client.err.constData());
    QVERIFY(client.out.isEmpty());
}

void tst_OneShot::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("two messages") << QStringList {u"--send-text"_s, u"a"_s, u"--send-hex"_s,
                                                  u"62"_s}
                                  << QByteArray("give one message");
    // Where, once: the codec's "(column 2)" was followed by "(at character 2)".
    QTest::newRow("bad hex") << QStringList {u"--send-hex"_s, u"6g"_s}
                             << QByteArray("--send-hex: 'g' is not a hex digit (column 2)\n");
    QTest::newRow("bad escape") << QStringList {u"--send-text"_s, u"a\\q"_s}
                                << QByteArray("--send-text:");
    QTest::newRow("wait alone") << QStringList {u"--reply-wait"_s, u"100"_s}
                                << QByteArray("--reply-wait needs --send");
    QTest::newRow("wait zero") << QStringList {u"--send-text"_s, u"a"_s, u"--reply-wait"_s, u"0"_s}
                               << QByteArray("--reply-wait needs milliseconds");
    QTest::newRow("missing file") << QStringList {u"--send"_s, u"/nonexistent/request.bin"_s}
                                  << QByteArray("cannot read /nonexistent/request.bin");
    QTest::newRow("with --recv-only") << QStringList {u"--send-text"_s, u"a"_s, u"--recv-only"_s}
                                      << QByteArray("do not apply");
}

void tst_OneShot::badCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    NetbenchProcess client;
    QVERIFY(client.start(QStringList {u"connect"_s, u"127.0.0.1"_s, u"1"_s} + arguments));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QCOMPARE(client.exitCode(), 2);
    QVERIFY2(client.err.contains(message), client.err.constData());
}

QTEST_GUILESS_MAIN(tst_OneShot)
#include "tst_oneshot.moc"
