// Each fault of the relay over loopback (TCP and Unix): what the peers see, and that nothing
// is lost or reordered that the fault did not ask for.

#include "relaytestbed.h"

#include "session/relaypipe.h"

#include "net/socket.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::Socket;
using relaytest::Received;
using relaytest::RelayTestbed;
using session::RelayFaults;
using testpeers::Transport;

namespace {

QByteArray counting(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + (i * 7 + i / 26) % 26);
    return bytes;
}

} // namespace

class tst_RelayFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { relaytest::registerSignalTypes(); }
    void latencyDelaysInOrder_data() { relaytest::addRelayRows(); }
    void latencyDelaysInOrder();
    void latencyDelaysTheFinToo();
    void bandwidthLimitSpreadsTheBytes_data() { relaytest::addRelayRows(); }
    void bandwidthLimitSpreadsTheBytes();
    void rechunkingSplitsWrites_data() { relaytest::addRelayRows(); }
    void rechunkingSplitsWrites();
    void holdBuildsBackpressureUntilReleased_data() { relaytest::addRelayRows(); }
    void holdBuildsBackpressureUntilReleased();
    void holdKeepsTheFinBack();
    void finAfterBytesEndsOneDirection_data() { relaytest::addRelayRows(); }
    void finAfterBytesEndsOneDirection();
    void rstAfterBytesResetsBothPeers();
    void cutAfterBytesDeliversExactlyThat_data() { relaytest::addRelayRows(); }
    void cutAfterBytesDeliversExactlyThat();
    void refusedClientsAreReset();
    void refusingIsSwitchedLive_data();
    void refusingIsSwitchedLive();
};

void tst_RelayFaults::latencyDelaysInOrder()
{
    QFETCH(Transport, relay);
    QFETCH(Transport, target);
    RelayFaults faults;
    faults.clientToServer.latencyMs = 300;
    RelayTestbed bed;
    QVERIFY(bed.start(relay, target, faults));
    Socket client;
    Received atClient(&client);
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.write("first "_ba));
    QVERIFY(client.write("second"_ba));
    QVERIFY(server->write("back"_ba)); // the other direction has no latency
    QTRY_COMPARE(atClient.bytes, "back"_ba);
    QTRY_COMPARE(atServer.bytes, "first second"_ba);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
}

void tst_RelayFaults::latencyDelaysTheFinToo()
{
    RelayFaults faults;
    faults.clientToServer.latencyMs = 300;
    RelayTestbed bed;
    QVERIFY(bed.start(Transport::Tcp4, Transport::Tcp4, faults));
    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    QElapsedTimer clock;
    clock.start();
    client.end(); // no data: the FIN alone crosses the slow network
    QTRY_VERIFY(atServer.ended);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
}

void tst_RelayFaults::bandwidthLimitSpreadsTheBytes()
{
    QFETCH(Transport, relay);
    QFETCH(Transport, target);
    RelayFaults faults;
    faults.clientToServer.bytesPerSecond = 20000;
    RelayTestbed bed;
    QVERIFY(bed.start(relay, target, faults));
    Socket client;
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    const QByteArray sent = counting(10000);
    QElapsedTimer clock;
    clock.start();
    client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(atServer.bytes.size(), sent.size(), 20000);
    QCOMPARE(atServer.bytes, sent);
    // 10000 bytes at 20000 B/s: half a second, less the first slice that goes at once.
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(atServer.chunks > 1);
}

void tst_RelayFaults::rechunkingSplitsWrites()
{
    QFETCH(Transport, relay);
    QFETCH(Transport, target);
    RelayFaults faults;
    faults.serverToClient.pieceMin = faults.serverToClient.pieceMax = 7;
    faults.serverToClient.piecePauseMs = 30;
    RelayTestbed bed;
    QVERIFY(bed.start(relay, target, faults));
    Socket client;
    Received atClient(&client);
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    const QByteArray sent = counting(35);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(server->write(sent)); // one write of 35 bytes: five pieces of 7, 30 ms apart
    QTRY_COMPARE(atClient.bytes, sent);
    QVERIFY2(clock.elapsed() >= 4 * 30, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(atClient.chunks >= 2, qPrintable(QString::number(atClient.chunks)));
}

void tst_RelayFaults::holdBuildsBackpressureUntilReleased()
{
    QFETCH(Transport, relay);
    QFETCH(Transport, target);
    RelayFaults faults;
    faults.clientToServer.hold = true;
    RelayTestbed bed;
    QVERIFY(bed.start(relay, target, faults));
    Socket client;
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    // More than the relay keeps and both kernels' buffers can hold.
    const QByteArray sent = counting(32 * 1024 * 1024);
    QVERIFY(!client.write(sent));
    session::RelayConnection *connection = bed.onlyConnection();
    QVERIFY(connection);
    QTRY_VERIFY(connection->client()->isPaused()); // the relay stopped reading: its queue is full
    QVERIFY(client.bufferSize() > 0);
    QCOMPARE(atServer.bytes.size(), 0);
    QCOMPARE(connection->clientToServerBytes(), 0);
    session::RelayCounts counts = bed.relay->counts();
    QCOMPARE(counts.open, 1);
    QCOMPARE(counts.forwardedToServer, 0);
    QVERIFY2(counts.queuedToServer >= session::RelayPipe::PendingLimit,
             qPrintable(QString::number(counts.queuedToServer)));

    faults.clientToServer.hold = false; // released live: everything arrives, in order
    bed.relay->setFaults(faults);
    QTRY_COMPARE_WITH_TIMEOUT(atServer.bytes.size(), sent.size(), 30000);
    QVERIFY(atServer.bytes == sent);
    QTRY_COMPARE(client.bufferSize(), 0);
    counts = bed.relay->counts();
    QCOMPARE(counts.forwardedToServer, sent.size());
    QCOMPARE(counts.queuedToServer, 0);

    // A finished connection's bytes stay counted.
    client.destroy();
    server->destroy();
    QTRY_COMPARE(bed.relay->counts().open, 0);
    QCOMPARE(bed.relay->counts().forwardedToServer, sent.size());
}

// The FIN is part of the stream: a held direction does not pass it on either.
void tst_RelayFaults::holdKeepsTheFinBack()
{
    RelayFaults faults;
    faults.clientToServer.holdAfterBytes = 5;
    RelayTestbed bed;
    QVERIFY(bed.start(Transport::Tcp4, Transport::Tcp4, faults));
    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    client.end("hello"_ba); // all of it forwarded before the hold: only the FIN waits
    session::RelayConnection *connection = bed.onlyConnection();
    QVERIFY(connection);
    QTRY_VERIFY(!connection->client()->isReadable()); // the relay read the client's FIN
    QTRY_COMPARE(atServer.bytes, "hello"_ba);
    QVERIFY(connection->server()->isWritable()); // and did not end() the server's leg

    faults.clientToServer.holdAfterBytes.reset();
    bed.relay->setFaults(faults);
    QTRY_VERIFY(atServer.ended);
    QCOMPARE(atServer.bytes, "hello"_ba);
}

void tst_RelayFaults::finAfterBytesEndsOneDirection()
{
    QFETCH(Transport, relay);
    QFETCH(Transport, target);
    RelayFaults faults;
    faults.clientToServer.finAfterBytes = 5;
    RelayTestbed bed;
    QVERIFY(bed.start(relay, target, faults));
    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    Received atClient(&client);
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    QVERIFY(client.write("helloworld"_ba));
    QTRY_VERIFY(atServer.ended);
    QCOMPARE(atServer.bytes, "hello"_ba);
    // The other direction still flows.
    QVERIFY(server->write("still here"_ba));
    QTRY_COMPARE(atClient.bytes, "still here"_ba);
    QVERIFY(!atClient.ended);
}

void tst_RelayFaults::rstAfterBytesResetsBothPeers()
{
    RelayFaults faults;
    faults.clientToServer.rstAfterBytes = 5;
    RelayTestbed bed;
    QVERIFY(bed.start(Transport::Tcp4, Transport::Tcp4, faults));
    Socket client;
    Received atClient(&client);
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    QVERIFY(client.write("helloworld"_ba));
    QTRY_VERIFY(atClient.closed && atServer.closed);
    QCOMPARE(atClient.errorCode, u"ECONNRESET"_s);
    QCOMPARE(atServer.errorCode, u"ECONNRESET"_s);
}

void tst_RelayFaults::cutAfterBytesDeliversExactlyThat()
{
    QFETCH(Transport, relay);
    QFETCH(Transport, target);
    RelayFaults faults;
    faults.clientToServer.cutAfterBytes = 1000;
    RelayTestbed bed;
    QVERIFY(bed.start(relay, target, faults));
    Socket client;
    Received atClient(&client);
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    Received atServer(server);
    const QByteArray sent = counting(5000);
    QVERIFY(client.write(sent));
    QTRY_VERIFY(atServer.ended);
    QCOMPARE(atServer.bytes, sent.left(1000));
    QTRY_VERIFY(atClient.closed); // the sender's leg was closed
}

void tst_RelayFaults::refusedClientsAreReset()
{
    RelayFaults faults;
    faults.refuseAfterConnections = 1;
    RelayTestbed bed;
    QVERIFY(bed.start(Transport::Tcp4, Transport::Tcp4, faults));
    Socket first;
    Socket *server = bed.connectThrough(first);
    QVERIFY(server); // the first is relayed

    QSignalSpy refused(bed.relay.get(), &session::Relay::connectionRefused);
    QSignalSpy accepted(&bed.target, &netcore::Server::newConnection);
    Socket second;
    Received atSecond(&second);
    QVERIFY(!second.connectTo(testpeers::connectOptionsFor(*bed.relay->server())));
    QTRY_VERIFY(atSecond.closed);
    QCOMPARE(atSecond.errorCode, u"ECONNRESET"_s);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(bed.relay->acceptedCount(), 1);
    QCOMPARE(bed.relay->counts().accepted, 1);
    QCOMPARE(bed.relay->counts().refused, 1);
}

void tst_RelayFaults::refusingIsSwitchedLive_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

// Turned on, every new client is turned away (reset over TCP; a Unix socket has no RST, its
// client sees a plain end) and the target sees none of them; turned off, clients are relayed.
void tst_RelayFaults::refusingIsSwitchedLive()
{
    QFETCH(Transport, transport);
    if (transport == Transport::Tcp6 && !testpeers::hasIpv6Loopback())
        QSKIP("no IPv6 loopback");
    RelayTestbed bed;
    QVERIFY(bed.start(transport, Transport::Tcp4));
    RelayFaults faults;
    faults.refuseConnections = true;
    bed.relay->setFaults(faults);
    QSignalSpy accepted(&bed.target, &netcore::Server::newConnection);
    Socket refused;
    Received atRefused(&refused);
    QVERIFY(!refused.connectTo(testpeers::connectOptionsFor(*bed.relay->server())));
    QTRY_VERIFY(atRefused.closed);
    QCOMPARE(atRefused.errorCode, transport == Transport::Unix ? QString() : u"ECONNRESET"_s);
    QCOMPARE(atRefused.bytes.size(), 0);
    QCOMPARE(accepted.size(), 0);

    faults.refuseConnections = false;
    bed.relay->setFaults(faults);
    Socket welcome;
    Socket *server = bed.connectThrough(welcome);
    QVERIFY(server);
    Received atServer(server);
    QVERIFY(welcome.write("in"_ba));
    QTRY_COMPARE(atServer.bytes, "in"_ba);
}

QTEST_GUILESS_MAIN(tst_RelayFaults)
#include "tst_relayfaults.moc"
