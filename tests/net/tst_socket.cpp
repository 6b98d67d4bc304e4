// netcore::Socket's life: connecting, data, half-close, destroy and the errors on the way.
// Event orders, codes and messages were printed by node v20 with the equivalent script
// (quoted in the comments); nothing may be delivered from inside the call that caused it.

#include "testpeers.h"

#include "net/server.h"
#include "net/socket.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::EventLog;
using testpeers::Transport;

class tst_Socket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsByPortAndHost_data();
    void connectsByPortAndHost();
    void readyStateFollowsLifecycle_data();
    void readyStateFollowsLifecycle();
    void roundTripsDataAndCountsBytes_data();
    void roundTripsDataAndCountsBytes();
    void writeCallbackRunsAfterKernelTookData_data();
    void writeCallbackRunsAfterKernelTookData();
    void endHalfCloses_data();
    void endHalfCloses();
    void destroyClosesWithoutError();
    void destroyOrEndWhileConnecting_data();
    void destroyOrEndWhileConnecting();
    void reportsAddresses_data();
    void reportsAddresses();
    void reportsKernelAddressesOfWildcards_data();
    void reportsKernelAddressesOfWildcards();
    void wrapsConnectedFd();
    void deleteLaterFromHandlers_data();
    void deleteLaterFromHandlers();
    void closedSocketsReleaseTheirFds();
};

namespace {

int openFdCount()
{
    return int(QDir(u"/proc/self/fd"_s)
                       .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                       .size());
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

void tst_Socket::initTestCase()
{
    qRegisterMetaType<netcore::Socket *>(); // QSignalSpy on newConnection()
}

void tst_Socket::connectsByPortAndHost_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QString>("host");

    QTest::newRow("127.0.0.1") << Transport::Tcp4 << u"127.0.0.1"_s;
    QTest::newRow("::1") << Transport::Tcp6 << u"::1"_s;
    QTest::newRow("localhost") << Transport::Tcp4 << u"localhost"_s;
    QTest::newRow("unix path") << Transport::Unix << QString();
}

void tst_Socket::connectsByPortAndHost()
{
    // node: an IP literal connects without 'lookup'; a name emits
    // lookup(null, '127.0.0.1', 4, 'localhost') before 'connect'.
    QFETCH(Transport, transport);
    QFETCH(QString, host);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bool byName = host == u"localhost"_s;

    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    // 'localhost' may resolve to ::1 first: listen there too on the same port when possible.
    Server server6;
    if (byName && testpeers::hasIpv6Loopback())
        (void)testpeers::listenAndWait(server6,
                                       ListenOptions::tcp(server.address().port(), u"::1"_s));
    QSignalSpy accepted(&server, &Server::newConnection);
    QSignalSpy accepted6(&server6, &Server::newConnection);

    Socket client;
    EventLog log(&client);
    const NetError refused = log.during([&] {
        return transport == Transport::Unix ? client.connectToPath(server.address().path())
                                            : client.connectTo(server.address().port(), host);
    });
    QVERIFY2(!refused, qPrintable(refused.message()));
    QVERIFY(client.isConnecting());
    QVERIFY(client.isPending());

    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"connect"_s), 5000);
    QCOMPARE(log.sequence(), byName ? u"lookup connect"_s : u"connect"_s);
    QVERIFY2(log.synchronous.isEmpty(), qPrintable(log.synchronous.join(u' ')));
    QVERIFY(!client.isConnecting());
    QVERIFY(!client.isPending());
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size() + accepted6.size(), 1, 5000);

    if (byName) {
        QVERIFY2(!log.lookupError, qPrintable(log.lookupError.message()));
        QCOMPARE(log.lookupHost, host);
        QVERIFY2(log.lookupAddress == u"127.0.0.1"_s || log.lookupAddress == u"::1"_s,
                 qPrintable(log.lookupAddress));
        QCOMPARE(log.lookupFamily, log.lookupAddress == u"::1"_s ? 6 : 4);
    }
    if (transport != Transport::Unix) {
        const bool v6 = client.remoteAddress() == u"::1"_s;
        QVERIFY2(v6 || client.remoteAddress() == u"127.0.0.1"_s,
                 qPrintable(client.remoteAddress()));
        QCOMPARE(client.remoteFamily(), v6 ? u"IPv6"_s : u"IPv4"_s);
        QCOMPARE(client.remotePort(), int(server.address().port()));
    }
}

void tst_Socket::readyStateFollowsLifecycle_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_Socket::readyStateFollowsLifecycle()
{
    // node: new Socket -> 'open' (pending, not connecting); connect() -> 'opening';
    // 'connect' -> 'open'; end() -> 'readOnly'; the half-open peer in its 'end' ->
    // 'writeOnly'; after 'close' -> 'closed', pending and destroyed.
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ServerOptions serverOptions;
    serverOptions.allowHalfOpen = true;
    Server server(serverOptions);
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    QPointer<Socket> accepted;
    QString peerStateAtEnd;
    connect(&server, &Server::newConnection, this, [&](Socket *socket) {
        accepted = socket;
        connect(socket, &Socket::ended, this, [&] { peerStateAtEnd = accepted->readyState(); });
    });

    Socket client;
    EventLog log(&client);
    QCOMPARE(client.readyState(), u"open"_s);
    QVERIFY(client.isPending());
    QVERIFY(!client.isConnecting());
    QVERIFY(!client.isDestroyed());

    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    QCOMPARE(client.readyState(), u"opening"_s);
    QVERIFY(client.isPending());
    QVERIFY(client.isConnecting());

    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"connect"_s) && accepted, 5000);
    QCOMPARE(client.readyState(), u"open"_s);
    QVERIFY(!client.isPending());
    QCOMPARE(accepted->readyState(), u"open"_s);

    client.end();
    QCOMPARE(client.readyState(), u"readOnly"_s);
    QVERIFY(client.isReadable());
    QVERIFY(!client.isWritable());
    QTRY_COMPARE_WITH_TIMEOUT(peerStateAtEnd, u"writeOnly"_s, 5000);
    QVERIFY(accepted->isWritable());
    QVERIFY(!accepted->isReadable());

    accepted->end();
    QTRY_COMPARE_WITH_TIMEOUT(log.sequence(), u"connect end close:false"_s, 5000);
    QCOMPARE(client.readyState(), u"closed"_s);
    QVERIFY(client.isPending());
    QVERIFY(client.isDestroyed());
}

void tst_Socket::roundTripsDataAndCountsBytes_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_Socket::roundTripsDataAndCountsBytes()
{
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket client;
    EventLog log(&client);
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    connect(accepted, &Socket::dataReceived, accepted,
            [accepted](const QByteArray &chunk) { accepted->write(chunk); }); // echo

    const QByteArray payload = randomBytes(1024 * 1024 + 3, 20240601);
    client.write(payload.left(7));
    client.write(payload.mid(7));
    QTRY_COMPARE_WITH_TIMEOUT(log.data.size(), payload.size(), 10000);
    QVERIFY(log.data == payload);

    QCOMPARE(client.bytesWritten(), payload.size());
    QCOMPARE(accepted->bytesRead(), payload.size());
    QCOMPARE(accepted->bytesWritten(), payload.size());
    QCOMPARE(client.bytesRead(), payload.size());

    client.end();
    // 'drain' comes too when the kernel did not take the 1 MiB at once (Unix sockets).
    QTRY_COMPARE_WITH_TIMEOUT(log.sequence(u"drain"_s), u"connect data end close:false"_s, 5000);
}

void tst_Socket::writeCallbackRunsAfterKernelTookData_data()
{
    QTest::addColumn<bool>("whileConnecting");
    QTest::newRow("connected") << false;
    QTest::newRow("while connecting") << true;
}

void tst_Socket::writeCallbackRunsAfterKernelTookData()
{
    QFETCH(bool, whileConnecting);
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QByteArray received;
    connect(&server, &Server::newConnection, this, [&](Socket *socket) {
        connect(socket, &Socket::dataReceived, this,
                [&](const QByteArray &chunk) { received += chunk; });
    });

    Socket client;
    EventLog log(&client);
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    if (!whileConnecting)
        QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"connect"_s), 5000);
    QCOMPARE(client.isConnecting(), whileConnecting);

    const QByteArray payload(1000, 'w');
    NetError callbackError = NetError::api(ErrorCode::ERR_SOCKET_CLOSED);
    qint64 writtenAtCallback = -1;
    qint64 bufferedAtCallback = -1;
    log.during([&] {
        return client.write(payload, [&](const NetError &error) {
            callbackError = error;
            writtenAtCallback = client.bytesWritten();
            bufferedAtCallback = client.bufferSize();
            log.record(u"callback"_s);
        });
    });
    QVERIFY2(log.synchronous.isEmpty(), "the write callback ran inside write()");

    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"callback"_s), 5000);
    QCOMPARE(log.sequence(), u"connect callback"_s);
    QVERIFY2(!callbackError, qPrintable(callbackError.message()));
    QCOMPARE(writtenAtCallback, payload.size());
    QCOMPARE(bufferedAtCallback, 0);
    QTRY_COMPARE_WITH_TIMEOUT(received, payload, 5000);
}

void tst_Socket::endHalfCloses_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<bool>("allowHalfOpen");
    for (const bool allow : {false, true}) {
        const char *suffix = allow ? " allowHalfOpen" : " auto end";
        QTest::newRow(qPrintable(u"tcp4"_s + QLatin1StringView(suffix)))
                << Transport::Tcp4 << allow;
        QTest::newRow(qPrintable(u"tcp6"_s + QLatin1StringView(suffix)))
                << Transport::Tcp6 << allow;
        QTest::newRow(qPrintable(u"unix"_s + QLatin1StringView(suffix)))
                << Transport::Unix << allow;
    }
}

void tst_Socket::endHalfCloses()
{
    // node: client.end('request'). Without allowHalfOpen the server side gets data, 'end',
    // ends itself and closes (false); with it the server side stays writable until end().
    QFETCH(Transport, transport);
    QFETCH(bool, allowHalfOpen);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ServerOptions serverOptions;
    serverOptions.allowHalfOpen = allowHalfOpen;
    Server server(serverOptions);
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket client;
    EventLog log(&client);
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    EventLog peerLog(accepted);

    log.during([&] { client.end(QByteArrayLiteral("request")); });
    QTRY_VERIFY_WITH_TIMEOUT(peerLog.events.contains(u"end"_s), 5000);
    QCOMPARE(peerLog.data, QByteArrayLiteral("request"));

    if (allowHalfOpen) {
        QVERIFY(!peerLog.hasClosed());
        QVERIFY(!log.events.contains(u"end"_s));
        QVERIFY(accepted->isWritable());
        accepted->write(QByteArrayLiteral("response"));
        QTRY_COMPARE_WITH_TIMEOUT(log.data, QByteArrayLiteral("response"), 5000);
        QVERIFY(!log.hasClosed());
        accepted->end();
    }
    QTRY_COMPARE_WITH_TIMEOUT(peerLog.sequence(), u"data end close:false"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
            log.sequence(),
            allowHalfOpen ? u"connect data end close:false"_s : u"connect end close:false"_s, 5000);
    QVERIFY(log.synchronous.isEmpty());
}

void tst_Socket::destroyClosesWithoutError()
{
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    Socket client;
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    EventLog log(&client);
    EventLog peerLog(accepted);

    log.during([&] { client.destroy(); });
    QVERIFY(client.isDestroyed());
    QCOMPARE(client.readyState(), u"closed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log.sequence(), u"close:false"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(peerLog.sequence(), u"end close:false"_s, 5000);

    // node: destroy() again is a no-op; a write now fails with ERR_STREAM_DESTROYED in its
    // callback only (no 'error' event).
    NetError callbackError;
    int callbacks = 0;
    log.during([&] {
        client.destroy();
        return client.write(QByteArrayLiteral("x"), [&](const NetError &error) {
            ++callbacks;
            callbackError = error;
        });
    });
    QCOMPARE(callbacks, 0);
    QTRY_COMPARE_WITH_TIMEOUT(callbacks, 1, 5000);
    QCOMPARE(callbackError.code(), u"ERR_STREAM_DESTROYED"_s);
    QCOMPARE(callbackError.message(), u"Cannot call write after a stream was destroyed"_s);
    QCOMPARE(log.sequence(), u"close:false"_s);
    QVERIFY(log.synchronous.isEmpty());
}

void tst_Socket::destroyOrEndWhileConnecting_data()
{
    QTest::addColumn<bool>("destroy");
    QTest::newRow("destroy") << true;
    QTest::newRow("end with data") << false;
}

void tst_Socket::destroyOrEndWhileConnecting()
{
    // node: destroy() right after connect() -> only 'close' (false), never 'connect';
    // end('x') right after connect() keeps readyState 'opening', then connect, the peer gets
    // data + end and ends back: 'connect', 'end', 'close' (false).
    QFETCH(bool, destroy);
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    std::unique_ptr<EventLog> peerLog;
    connect(&server, &Server::newConnection, this,
            [&](Socket *socket) { peerLog = std::make_unique<EventLog>(socket); });

    Socket client;
    EventLog log(&client);
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    log.during([&] {
        if (destroy)
            client.destroy();
        else
            client.end(QByteArrayLiteral("x"));
    });
    QVERIFY(log.synchronous.isEmpty());
    if (destroy) {
        QVERIFY(client.isDestroyed());
        QTRY_COMPARE_WITH_TIMEOUT(log.sequence(), u"close:false"_s, 5000);
        QSignalSpy connected(&client, &Socket::connected);
        QVERIFY(!connected.wait(100));
        return;
    }
    QCOMPARE(client.readyState(), u"opening"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log.sequence(), u"connect end close:false"_s, 5000);
    QVERIFY(peerLog);
    QTRY_COMPARE_WITH_TIMEOUT(peerLog->sequence(), u"data end close:false"_s, 5000);
    QCOMPARE(peerLog->data, QByteArrayLiteral("x"));
}

void tst_Socket::reportsAddresses_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_Socket::reportsAddresses()
{
    // node: for a Unix socket remoteAddress, remotePort, remoteFamily and localPort are all
    // undefined (here: empty and -1).
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket client;
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);

    if (transport == Transport::Unix) {
        for (const Socket *socket :
             {static_cast<const Socket *>(&client), static_cast<const Socket *>(accepted)}) {
            QVERIFY(socket->isUnixSocket());
            QVERIFY(socket->remoteAddress().isEmpty());
            QVERIFY(socket->remoteFamily().isEmpty());
            QCOMPARE(socket->remotePort(), -1);
            QCOMPARE(socket->localPort(), -1);
        }
        return;
    }
    const QString host = testpeers::loopbackHost(transport);
    const QString family = transport == Transport::Tcp6 ? u"IPv6"_s : u"IPv4"_s;
    QVERIFY(!client.isUnixSocket());
    QCOMPARE(client.remoteAddress(), host);
    QCOMPARE(client.remoteFamily(), family);
    QCOMPARE(client.remotePort(), int(server.address().port()));
    QCOMPARE(client.localAddress(), host);
    QVERIFY(client.localPort() > 0);
    QCOMPARE(client.address().address(), host);
    QCOMPARE(client.address().family(), family);
    QCOMPARE(int(client.address().port()), client.localPort());

    QCOMPARE(accepted->remoteAddress(), host);
    QCOMPARE(accepted->remoteFamily(), family);
    QCOMPARE(accepted->remotePort(), client.localPort());
    QCOMPARE(accepted->localAddress(), host);
    QCOMPARE(accepted->localPort(), int(server.address().port()));
}

void tst_Socket::reportsKernelAddressesOfWildcards_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QString>("listenHost");
    QTest::addColumn<QString>("dialledHost");
    QTest::newRow("tcp4 wildcard listener") << Transport::Tcp4 << u"0.0.0.0"_s << u"127.0.0.1"_s;
    QTest::newRow("tcp4 dials 0.0.0.0") << Transport::Tcp4 << u"127.0.0.1"_s << u"0.0.0.0"_s;
    QTest::newRow("tcp6 wildcard listener") << Transport::Tcp6 << u"::"_s << u"::1"_s;
    QTest::newRow("tcp6 dials ::") << Transport::Tcp6 << u"::1"_s << u"::"_s;
}

void tst_Socket::reportsKernelAddressesOfWildcards()
{
    // Addresses netcore knows without asking the kernel (the one a listener is bound to, the
    // one a client dialled) must not stand in for a wildcard: node reports the kernel's view,
    // the loopback address, on both ends.
    QFETCH(Transport, transport);
    QFETCH(QString, listenHost);
    QFETCH(QString, dialledHost);
    SKIP_IF_UNAVAILABLE(transport);
    Server server;
    QVERIFY(testpeers::listenAndWait(server, netcore::ListenOptions::tcp(0, listenHost)));
    QPointer<Socket> accepted;
    connect(&server, &Server::newConnection, this,
            [&accepted](Socket *socket) { accepted = socket; });
    Socket client;
    QSignalSpy connected(&client, &Socket::connected);
    QVERIFY(!client.connectTo(netcore::ConnectOptions::tcp(server.address().port(), dialledHost)));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty() && accepted, 5000);

    const QString loopback = testpeers::loopbackHost(transport);
    QCOMPARE(client.remoteAddress(), loopback);
    QCOMPARE(client.remotePort(), int(server.address().port()));
    QCOMPARE(client.localAddress(), loopback);
    QCOMPARE(accepted->localAddress(), loopback);
    QCOMPARE(accepted->localPort(), int(server.address().port()));
    QCOMPARE(accepted->remoteAddress(), loopback);
    QCOMPARE(accepted->remotePort(), client.localPort());
}

void tst_Socket::wrapsConnectedFd()
{
    // new net.Socket({fd, readable: true, writable: true}) over one end of a socketpair: open
    // at once (node: readyState 'open', pending false, connecting false), reads and writes,
    // and ends itself when the other end half-closes.
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
    const int rawEnd = fds[1];
    SocketOptions options;
    options.fd = fds[0];
    options.readable = true;
    options.writable = true;

    Socket wrapped(options);
    EventLog log(&wrapped);
    QCOMPARE(wrapped.readyState(), u"open"_s);
    QVERIFY(!wrapped.isPending());
    QVERIFY(!wrapped.isConnecting());

    QCOMPARE(::write(rawEnd, "ping", 4), ssize_t(4));
    QTRY_COMPARE_WITH_TIMEOUT(log.data, QByteArrayLiteral("ping"), 5000);

    wrapped.write(QByteArrayLiteral("pong"));
    QByteArray fromWrapped;
    bool sawEof = false;
    const auto drainRawEnd = [&] {
        char buffer[64];
        const ssize_t n = ::recv(rawEnd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0)
            fromWrapped.append(buffer, n);
        else if (n == 0)
            sawEof = true;
        return fromWrapped;
    };
    QTRY_COMPARE_WITH_TIMEOUT(drainRawEnd(), QByteArrayLiteral("pong"), 5000);

    QCOMPARE(::shutdown(rawEnd, SHUT_WR), 0);
    QTRY_COMPARE_WITH_TIMEOUT(log.sequence(), u"data end close:false"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT((drainRawEnd(), sawEof), 5000);
    ::close(rawEnd);
}

void tst_Socket::deleteLaterFromHandlers_data()
{
    QTest::addColumn<QString>("event");
    QTest::newRow("connect") << u"connect"_s;
    QTest::newRow("data") << u"data"_s;
    QTest::newRow("end") << u"end"_s;
    QTest::newRow("close") << u"close"_s;
    QTest::newRow("error") << u"error"_s;
}

void tst_Socket::deleteLaterFromHandlers()
{
    // The Qt idiom: socket->deleteLater() from inside one of its own signals. Work the socket
    // had queued for later turns must not run on the deleted object; the peer sees the end.
    QFETCH(QString, event);
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QPointer<Socket> peer;
    connect(&server, &Server::newConnection, this, [&](Socket *socket) {
        peer = socket;
        socket->write(QByteArrayLiteral("hello"));
        socket->end();
    });

    QPointer<Socket> client = new Socket;
    const auto dispose = [&client] {
        client->write(QByteArrayLiteral("bye")); // queues work for a later turn
        client->deleteLater();
    };
    if (event == u"connect"_s)
        connect(client, &Socket::connected, this, dispose);
    else if (event == u"data"_s)
        connect(client, &Socket::dataReceived, this, dispose);
    else if (event == u"end"_s)
        connect(client, &Socket::ended, this, dispose);
    else if (event == u"close"_s)
        connect(client, &Socket::closed, this, dispose);
    else
        connect(client, &Socket::errorOccurred, this, dispose);

    const testpeers::RefusingPort refusing(Transport::Tcp4);
    const NetError refused = event == u"error"_s
            ? client->connectTo(refusing.port(), u"127.0.0.1"_s)
            : client->connectTo(testpeers::connectOptionsFor(server));
    QVERIFY(!refused);
    QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), 5000);
    if (event != u"error"_s)
        QTRY_VERIFY_WITH_TIMEOUT(peer && peer->isDestroyed(), 5000);
    // Deliver whatever is still queued for the deleted socket: it must be dropped, not run.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void tst_Socket::closedSocketsReleaseTheirFds()
{
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QPointer<Socket> warmUpPeer;
    {
        Socket warmUp; // the thread's poller and resolver, created once
        warmUpPeer = testpeers::connectAndAccept(server, warmUp);
        QVERIFY(warmUpPeer);
    }
    QTRY_VERIFY_WITH_TIMEOUT(warmUpPeer->isDestroyed(), 5000);
    const int before = openFdCount();

    constexpr int connections = 20;
    std::vector<std::unique_ptr<Socket>> clients;
    QList<QPointer<Socket>> accepted;
    connect(&server, &Server::newConnection, this,
            [&](Socket *socket) { accepted.append(socket); });
    for (int i = 0; i < connections; ++i) {
        clients.push_back(std::make_unique<Socket>());
        QVERIFY(!clients.back()->connectTo(testpeers::connectOptionsFor(server)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), connections, 5000);
    QVERIFY2(openFdCount() >= before + 2 * connections,
             qPrintable(u"%1 fds, %2 before"_s.arg(openFdCount()).arg(before)));

    for (int i = 0; i < connections; ++i) {
        if (i % 2)
            clients[i]->end();
        else
            clients[i]->destroy();
    }
    QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(accepted.cbegin(), accepted.cend(),
                        [](const QPointer<Socket> &s) { return s->isDestroyed(); }),
            5000);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(),
                                         [](const auto &c) { return c->isDestroyed(); }),
                             5000);
    // A closed Socket has given its fd back even before it is deleted.
    QCOMPARE(openFdCount(), before);
    clients.clear();
    qDeleteAll(accepted);
    QCOMPARE(openFdCount(), before);
}

QTEST_GUILESS_MAIN(tst_Socket)
#include "tst_socket.moc"
