// netcore::Socket's settings: text decoding, the idle timeout, and the socket options that the
// kernel shows (TCP_NODELAY, SO_KEEPALIVE/TCP_KEEPIDLE, SO_SNDBUF/SO_RCVBUF). Node's behaviour
// was checked with node v20 (quoted in the comments); kernelInfo() is Linux's view.

#include "testpeers.h"

#include "net/server.h"
#include "net/socket.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::EventLog;
using testpeers::Transport;

class tst_SocketOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setEncodingKeepsSplitCharacterWhole_data();
    void setEncodingKeepsSplitCharacterWhole();
    void setEncodingByName();
    void timeoutFiresOnceWhenIdleAndDoesNotClose();
    void timeoutResetByActivity_data();
    void timeoutResetByActivity();
    void timeoutZeroDisables();
    void negativeTimeoutRefused();
    void noDelayAndKeepAliveVisibleInKernel_data();
    void noDelayAndKeepAliveVisibleInKernel();
    void serverOptionsAppliedToAcceptedSockets();
    void bufferSizesVisibleInKernel_data();
    void bufferSizesVisibleInKernel();
    void segmentCountersFollowWrites_data();
    void segmentCountersFollowWrites();
    void unixSocketHasNoSegmentCounters();
};

namespace {

// A listening server, a connected client and the server's end of the connection.
struct Connected
{
    explicit Connected(const ServerOptions &serverOptions = {})
        : server(serverOptions)
    { }

    bool start(Transport transport)
    {
        if (!dir.isValid()
            || !testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)))
            return false;
        accepted = testpeers::connectAndAccept(server, client);
        return accepted != nullptr;
    }

    QTemporaryDir dir;
    Server server;
    Socket client;
    QPointer<Socket> accepted;
};

// The three settings in one line, so that a failure shows all of them.
QString summary(const KernelInfo &info)
{
    return u"noDelay %1 keepAlive %2 idle %3"_s.arg(int(info.noDelay))
            .arg(int(info.keepAlive))
            .arg(info.keepAliveIdleSeconds);
}

} // namespace

void tst_SocketOptions::setEncodingKeepsSplitCharacterWhole_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("expected");

    const struct
    {
        const char *name;
        QByteArray first;
        QByteArray second;
        QString expected;
    } splits[] = {
            {"euro 2+1", QByteArray("a\xE2\x82"),
             QByteArray("\xAC"
                        "b"),
             u"a\u20ACb"_s},
            {"emoji 1+3", QByteArray("a\xF0"),
             QByteArray("\x9F\x98\x80"
                        "b"),
             u"a\U0001F600b"_s},
    };
    for (const auto &split : splits) {
        for (const auto &[transport, name] :
             {std::pair {Transport::Tcp4, "tcp4"}, std::pair {Transport::Tcp6, "tcp6"},
              std::pair {Transport::Unix, "unix"}}) {
            QTest::addRow("%s %s", name, split.name)
                    << transport << split.first << split.second << split.expected;
        }
    }
}

void tst_SocketOptions::setEncodingKeepsSplitCharacterWhole()
{
    QFETCH(Transport, transport);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, expected);
    SKIP_IF_UNAVAILABLE(transport);

    Connected c;
    QVERIFY(c.start(transport));
    c.accepted->setEncoding(Encoding::Utf8);
    QCOMPARE(c.accepted->encoding(), std::optional<Encoding>(Encoding::Utf8));
    EventLog log(c.accepted);
    if (transport != Transport::Unix)
        c.client.setNoDelay(true); // two writes, two segments

    c.client.write(first);
    QTRY_COMPARE_WITH_TIMEOUT(c.accepted->bytesRead(), first.size(), 5000);
    QCOMPARE(log.text, u"a"_s); // the partial character is held back

    c.client.write(second);
    QTRY_COMPARE_WITH_TIMEOUT(log.text, expected, 5000);
    QVERIFY2(log.textChunks.size() >= 2, "both writes arrived as one chunk: nothing was split");
    QVERIFY(!log.text.contains(QChar::ReplacementCharacter));
    QVERIFY2(log.data.isEmpty(), "dataReceived() was emitted after setEncoding()");
}

void tst_SocketOptions::setEncodingByName()
{
    // node: socket.setEncoding('foo') throws TypeError ERR_UNKNOWN_ENCODING.
    Socket socket;
    QVERIFY(!socket.encoding());
    QVERIFY(!socket.setEncoding(u"UTF-8"_s));
    QCOMPARE(socket.encoding(), std::optional<Encoding>(Encoding::Utf8));
    const NetError error = socket.setEncoding(u"foo"_s);
    QCOMPARE(error.code(), u"ERR_UNKNOWN_ENCODING"_s);
    QCOMPARE(error.message(), u"Unknown encoding: foo"_s);
    QCOMPARE(socket.encoding(), std::optional<Encoding>(Encoding::Utf8));
}

void tst_SocketOptions::timeoutFiresOnceWhenIdleAndDoesNotClose()
{
    // node: setTimeout(100) on an idle socket emits 'timeout' once (after ~100 ms) and
    // leaves the socket open; it fires again only after new activity.
    Connected c;
    QVERIFY(c.start(Transport::Tcp4));
    EventLog log(&c.client);
    QSignalSpy timedOut(&c.client, &Socket::timedOut);

    QElapsedTimer idle;
    idle.start();
    QVERIFY(!c.client.setTimeout(150));
    QCOMPARE(c.client.timeout(), 150);
    QVERIFY(timedOut.wait(3000));
    QVERIFY2(idle.elapsed() >= 135, qPrintable(QString::number(idle.elapsed())));

    QVERIFY(!timedOut.wait(450));
    QCOMPARE(timedOut.size(), 1);
    QVERIFY(!c.client.isDestroyed());
    QCOMPARE(c.client.readyState(), u"open"_s);
    QCOMPARE(log.sequence(), u"timeout"_s);

    QByteArray received;
    connect(c.accepted, &Socket::dataReceived, this, [&](const QByteArray &d) { received += d; });
    c.client.write(QByteArrayLiteral("still usable"));
    QTRY_COMPARE_WITH_TIMEOUT(received, QByteArrayLiteral("still usable"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.size(), 2, 3000); // re-armed by the write
}

void tst_SocketOptions::timeoutResetByActivity_data()
{
    QTest::addColumn<bool>("peerWrites");
    QTest::newRow("reads reset it") << true;
    QTest::newRow("writes reset it") << false;
}

void tst_SocketOptions::timeoutResetByActivity()
{
    QFETCH(bool, peerWrites);
    Connected c;
    QVERIFY(c.start(Transport::Tcp4));
    c.accepted->resume();
    QSignalSpy timedOut(&c.client, &Socket::timedOut);
    QVERIFY(!c.client.setTimeout(500));

    // Activity every 100 ms for 800 ms: longer than the timeout, never quiet for 500 ms.
    int ticks = 0;
    QElapsedTimer sinceActivity;
    QTimer activity;
    activity.setInterval(100);
    connect(&activity, &QTimer::timeout, this, [&] {
        Socket *writer = peerWrites ? c.accepted.data() : &c.client;
        writer->write(QByteArrayLiteral("tick"));
        sinceActivity.start();
        if (++ticks == 8)
            activity.stop();
    });
    activity.start();
    QTRY_COMPARE_WITH_TIMEOUT(ticks, 8, 5000);
    QCOMPARE(timedOut.size(), 0);

    QVERIFY(timedOut.wait(3000));
    QVERIFY2(sinceActivity.elapsed() >= 400, qPrintable(QString::number(sinceActivity.elapsed())));
}

void tst_SocketOptions::timeoutZeroDisables()
{
    Connected c;
    QVERIFY(c.start(Transport::Tcp4));
    QSignalSpy timedOut(&c.client, &Socket::timedOut);
    QVERIFY(!c.client.setTimeout(100));
    QVERIFY(!c.client.setTimeout(0));
    QCOMPARE(c.client.timeout(), 0);
    QVERIFY(!timedOut.wait(400));
}

void tst_SocketOptions::negativeTimeoutRefused()
{
    // node: socket.setTimeout(-1) throws RangeError ERR_OUT_OF_RANGE.
    Socket socket;
    QVERIFY(!socket.setTimeout(250));
    const NetError error = socket.setTimeout(-1);
    QCOMPARE(error.code(), u"ERR_OUT_OF_RANGE"_s);
    QCOMPARE(error.kind(), NetError::Kind::RangeError);
    QCOMPARE(error.message(),
             u"The value of \"msecs\" is out of range. It must be a non-negative finite number. "
             "Received -1"_s);
    QCOMPARE(socket.timeout(), 250);
}

void tst_SocketOptions::noDelayAndKeepAliveVisibleInKernel_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<int>("when"); // 0: calls before connect, 1: after, 2: ConnectOptions

    for (const auto &[transport, name] :
         {std::pair {Transport::Tcp4, "tcp4"}, std::pair {Transport::Tcp6, "tcp6"}}) {
        QTest::addRow("%s set before connect", name) << transport << 0;
        QTest::addRow("%s set when connected", name) << transport << 1;
        QTest::addRow("%s connect options", name) << transport << 2;
    }
}

void tst_SocketOptions::noDelayAndKeepAliveVisibleInKernel()
{
    QFETCH(Transport, transport);
    QFETCH(int, when);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));

    Socket client;
    QSignalSpy connected(&client, &Socket::connected);
    ConnectOptions options = testpeers::connectOptionsFor(server);
    if (when == 0) {
        client.setNoDelay(true);
        client.setKeepAlive(true, 5000);
    } else if (when == 2) {
        options.noDelay = true;
        options.keepAlive = true;
        options.keepAliveInitialDelay = 5000;
    }
    QVERIFY(!client.connectTo(options));
    QVERIFY(connected.wait(5000));
    if (when == 1) {
        QVERIFY(!client.kernelInfo().noDelay); // Node's default: Nagle on
        client.setNoDelay(true);
        client.setKeepAlive(true, 5000);
    }

    KernelInfo info = client.kernelInfo();
    QVERIFY(info.available);
    QVERIFY(info.hasTcpInfo);
    QCOMPARE(info.tcpState, u"ESTABLISHED"_s);
    QCOMPARE(summary(info), u"noDelay 1 keepAlive 1 idle 5"_s);

    client.setNoDelay(false);
    client.setKeepAlive(false);
    info = client.kernelInfo();
    QVERIFY(!info.noDelay);
    QVERIFY(!info.keepAlive);
}

void tst_SocketOptions::serverOptionsAppliedToAcceptedSockets()
{
    ServerOptions serverOptions;
    serverOptions.noDelay = true;
    serverOptions.keepAlive = true;
    serverOptions.keepAliveInitialDelay = 3000;
    Connected c(serverOptions);
    QVERIFY(c.start(Transport::Tcp4));
    QCOMPARE(summary(c.accepted->kernelInfo()), u"noDelay 1 keepAlive 1 idle 3"_s);
    QVERIFY(!c.client.kernelInfo().noDelay);
}

void tst_SocketOptions::bufferSizesVisibleInKernel_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_SocketOptions::bufferSizesVisibleInKernel()
{
    // Linux doubles what is set (for its bookkeeping) and reports the doubled value.
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    Connected c;
    QVERIFY(c.start(transport));

    QVERIFY(!c.client.setSendBufferSize(16384));
    QVERIFY(!c.client.setReceiveBufferSize(16384));
    const KernelInfo small = c.client.kernelInfo();
    QVERIFY(small.available);
    QVERIFY2(small.sendBufferSize >= 16384, qPrintable(QString::number(small.sendBufferSize)));
    QVERIFY2(small.receiveBufferSize >= 16384,
             qPrintable(QString::number(small.receiveBufferSize)));

    QVERIFY(!c.client.setSendBufferSize(65536));
    QVERIFY(!c.client.setReceiveBufferSize(65536));
    const KernelInfo large = c.client.kernelInfo();
    QVERIFY(large.sendBufferSize >= 65536);
    QVERIFY(large.receiveBufferSize >= 65536);
    QVERIFY(large.sendBufferSize > small.sendBufferSize);
    QVERIFY(large.receiveBufferSize > small.receiveBufferSize);
}

void tst_SocketOptions::segmentCountersFollowWrites_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("tcp4") << Transport::Tcp4;
    QTest::newRow("tcp6") << Transport::Tcp6;
}

// Small writes with noDelay: the data segments they left in are counted on both ends. Counts
// only, never times: how many segments N writes become depends on the loop and the kernel.
void tst_SocketOptions::segmentCountersFollowWrites()
{
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    Connected c;
    QVERIFY(c.start(transport));
    c.client.setNoDelay(true);
    qint64 received = 0;
    connect(c.accepted, &Socket::dataReceived, this,
            [&](const QByteArray &data) { received += data.size(); });
    const KernelInfo before = c.client.kernelInfo();
    QVERIFY(before.hasTcpInfo);
    if (!before.hasSegmentCounters)
        QSKIP("this kernel has no TCP_INFO segment counters (Linux 4.18 and later)");
    const KernelInfo peerBefore = c.accepted->kernelInfo();

    constexpr int Writes = 20;
    for (int i = 0; i < Writes; ++i)
        QVERIFY(c.client.write(QByteArray(1, 'n')));
    QTRY_COMPARE_WITH_TIMEOUT(received, Writes, 5000);

    const KernelInfo after = c.client.kernelInfo();
    QVERIFY(after.hasSegmentCounters);
    const unsigned dataSegments = after.dataSegmentsOut - before.dataSegmentsOut;
    QVERIFY2(dataSegments >= 1 && dataSegments <= unsigned(Writes),
             qPrintable(QString::number(dataSegments)));
    QVERIFY(after.segmentsOut > before.segmentsOut);
    QVERIFY(after.dataSegmentsOut <= after.segmentsOut);
    const KernelInfo peer = c.accepted->kernelInfo();
    QVERIFY(peer.dataSegmentsIn - peerBefore.dataSegmentsIn >= 1);
    QVERIFY(peer.segmentsIn > peerBefore.segmentsIn);
    // The peer's kernel acknowledges what it received: the writer counts it delivered.
    QTRY_VERIFY_WITH_TIMEOUT(c.client.kernelInfo().delivered >= after.dataSegmentsOut, 5000);
}

void tst_SocketOptions::unixSocketHasNoSegmentCounters()
{
    Connected c;
    QVERIFY(c.start(Transport::Unix));
    const KernelInfo info = c.client.kernelInfo();
    QVERIFY(info.available);
    QVERIFY(!info.hasTcpInfo);
    QVERIFY(!info.hasSegmentCounters);
}

QTEST_GUILESS_MAIN(tst_SocketOptions)
#include "tst_socketoptions.moc"
