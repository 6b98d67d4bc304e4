// netcore::Server's accepted connections: close() waits for them, getConnections() counts
// them, maxConnections drops the extra ones, and the server's options reach them. Expected
// orders and texts were printed by node v20 (quoted in the comments).

#include "testpeers.h"

#include "net/handletracker.h"
#include "net/server.h"
#include "net/socket.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::Transport;

class tst_ServerConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handleTrackerCountsActiveRefdHandles();
    void handleTrackerCountsQueuedDeliveries();
    void closeWaitsForConnections_data();
    void closeWaitsForConnections();
    void closeWhenNotListeningReportsNotRunning_data();
    void closeWhenNotListeningReportsNotRunning();
    void getConnectionsCounts_data();
    void getConnectionsCounts();
    void maxConnectionsDropsExtraConnections_data();
    void maxConnectionsDropsExtraConnections();
    void pauseOnConnectLeavesDataUnread_data();
    void pauseOnConnectLeavesDataUnread();
    void allowHalfOpenPassedToAcceptedSockets_data();
    void allowHalfOpenPassedToAcceptedSockets();
};

void tst_ServerConnections::initTestCase()
{
    qRegisterMetaType<netcore::Socket *>(); // QSignalSpy on newConnection()
}

void tst_ServerConnections::handleTrackerCountsActiveRefdHandles()
{
    // libuv's uv_loop_alive(): a listening server and a reading or connecting socket keep the
    // loop alive unless unref'd; node also lets a paused, idle connected socket go
    // (`c.on('connect', () => c.pause())` exits when nothing else is alive).
    HandleTracker *tracker = HandleTracker::forCurrentThread();
    const int base = tracker->activeCount();
    QSignalSpy idle(tracker, &HandleTracker::becameIdle);

    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QCOMPARE(tracker->activeCount(), base + 1);
    server.unref();
    QVERIFY(!server.hasRef());
    QCOMPARE(tracker->activeCount(), base);
    server.ref();
    QCOMPARE(tracker->activeCount(), base + 1);

    Socket client;
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    QCOMPARE(tracker->activeCount(), base + 2); // connecting
    QPointer<Socket> accepted;
    connect(&server, &Server::newConnection, this, [&](Socket *socket) { accepted = socket; });
    QTRY_VERIFY_WITH_TIMEOUT(accepted && client.state() == Socket::State::Open, 5000);
    QCOMPARE(tracker->activeCount(), base + 3);

    client.unref();
    QCOMPARE(tracker->activeCount(), base + 2);
    client.ref();
    client.pause();
    QCOMPARE(tracker->activeCount(), base + 2);
    client.resume();
    QCOMPARE(tracker->activeCount(), base + 3);

    client.destroy();
    server.close();
    QTRY_COMPARE_WITH_TIMEOUT(tracker->activeCount(), base, 5000);
    if (base == 0)
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 5000);
}

void tst_ServerConnections::handleTrackerCountsQueuedDeliveries()
{
    // libuv keeps the loop alive for pending requests and closing handles even when no handle
    // is active: a server's close callback and a destroyed socket's 'close' are on their way
    // after the handles stopped counting, and the tracker is idle only once they arrived.
    HandleTracker *tracker = HandleTracker::forCurrentThread();
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isIdle(), 5000); // what earlier tests left has run
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    Socket client;
    QVERIFY(testpeers::connectAndAccept(server, client));
    QSignalSpy idle(tracker, &HandleTracker::becameIdle);
    QSignalSpy clientClosed(&client, &Socket::closed);

    bool serverClosed = false;
    client.destroy();
    server.close([&](const NetError &) { serverClosed = true; });
    QVERIFY(clientClosed.isEmpty());           // 'close' comes on a later turn ...
    QVERIFY(tracker->pendingDeliveries() > 0); // ... and is counted meanwhile
    QVERIFY(!tracker->isIdle());
    QTRY_VERIFY_WITH_TIMEOUT(serverClosed && !clientClosed.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isIdle(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 5000);

    // Directly: a queued delivery counts until it ran, then the tracker reports idleness.
    idle.clear();
    bool ran = false;
    netcore::runLater(&server, [&] { ran = true; });
    QCOMPARE(tracker->pendingDeliveries(), 1);
    QVERIFY(!tracker->isIdle());
    QTRY_VERIFY_WITH_TIMEOUT(ran, 5000);
    QCOMPARE(tracker->pendingDeliveries(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);

    // A delivery whose receiver is deleted before it runs stops counting with it.
    auto *doomed = new QObject;
    netcore::runLater(doomed, [&] { ran = false; });
    QCOMPARE(tracker->pendingDeliveries(), 1);
    delete doomed;
    QCOMPARE(tracker->pendingDeliveries(), 0);
    QVERIFY(ran);
}

void tst_ServerConnections::closeWaitsForConnections_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_ServerConnections::closeWaitsForConnections()
{
    // node: after close(cb) 'listening' is false at once; 'close' and cb(undefined) come only
    // when the last accepted connection has closed.
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    const ConnectOptions target = testpeers::connectOptionsFor(server);
    Socket first;
    Socket second;
    QPointer<Socket> firstAccepted = testpeers::connectAndAccept(server, first);
    QVERIFY(firstAccepted);
    QVERIFY(testpeers::connectAndAccept(server, second));

    QSignalSpy closed(&server, &Server::closed);
    int callbacks = 0;
    bool returned = false;
    bool callbackInsideCall = false;
    NetError callbackError = NetError::api(ErrorCode::ERR_SOCKET_CLOSED);
    server.close([&](const NetError &error) {
        ++callbacks;
        callbackError = error;
        callbackInsideCall = !returned;
    });
    returned = true;
    QVERIFY(!server.isListening());

    // Nobody new gets in (ECONNREFUSED on TCP; ENOENT on a path that was unlinked).
    Socket late;
    testpeers::EventLog lateLog(&late);
    QVERIFY(!late.connectTo(target));
    QTRY_VERIFY_WITH_TIMEOUT(lateLog.hasClosed(), 5000);
    QVERIFY2(!lateLog.events.contains(u"connect"_s), qPrintable(lateLog.events.join(u' ')));

    first.destroy();
    QTRY_VERIFY_WITH_TIMEOUT(!firstAccepted || firstAccepted->isDestroyed(), 5000);
    QVERIFY(!closed.wait(200));
    QCOMPARE(callbacks, 0);

    second.destroy();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(callbacks, 1, 5000);
    QVERIFY(!callbackInsideCall);
    QVERIFY2(!callbackError, qPrintable(callbackError.message()));
    QCOMPARE(server.connectionCount(), 0);
}

void tst_ServerConnections::closeWhenNotListeningReportsNotRunning_data()
{
    QTest::addColumn<bool>("listenedBefore");
    QTest::newRow("never listened") << false;
    QTest::newRow("already closed") << true;
}

void tst_ServerConnections::closeWhenNotListeningReportsNotRunning()
{
    // node: server.close(cb) on a server that is not listening emits 'close' on a later tick,
    // then cb receives ERR_SERVER_NOT_RUNNING "Server is not running."
    QFETCH(bool, listenedBefore);
    Server server;
    QSignalSpy closed(&server, &Server::closed);
    if (listenedBefore) {
        QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
        server.close();
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        closed.clear();
    }

    QStringList order;
    connect(&server, &Server::closed, this, [&] { order.append(u"close"_s); });
    NetError callbackError;
    server.close([&](const NetError &error) {
        callbackError = error;
        order.append(u"callback"_s);
    });
    QVERIFY2(order.isEmpty(), "close() delivered its result from inside the call");

    QTRY_COMPARE_WITH_TIMEOUT(order, (QStringList {u"close"_s, u"callback"_s}), 5000);
    QCOMPARE(callbackError.errorCode(), ErrorCode::ERR_SERVER_NOT_RUNNING);
    QCOMPARE(callbackError.code(), u"ERR_SERVER_NOT_RUNNING"_s);
    QCOMPARE(callbackError.message(), u"Server is not running."_s);
}

void tst_ServerConnections::getConnectionsCounts_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_ServerConnections::getConnectionsCounts()
{
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket first;
    Socket second;
    QVERIFY(testpeers::connectAndAccept(server, first));
    QVERIFY(testpeers::connectAndAccept(server, second));
    QCOMPARE(server.connectionCount(), 2);

    int calls = 0;
    int reported = -1;
    NetError reportedError = NetError::api(ErrorCode::ERR_SOCKET_CLOSED);
    server.getConnections([&](const NetError &error, int count) {
        ++calls;
        reportedError = error;
        reported = count;
    });
    QCOMPARE(calls, 0); // node: the callback runs on process.nextTick
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY(!reportedError);
    QCOMPARE(reported, 2);

    first.destroy();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 5000);
    server.getConnections([&](const NetError &, int count) {
        ++calls;
        reported = count;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 5000);
    QCOMPARE(reported, 1);
}

void tst_ServerConnections::maxConnectionsDropsExtraConnections_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_ServerConnections::maxConnectionsDropsExtraConnections()
{
    // node (maxConnections = 1): the second client sees connect, end, close(false); the server
    // emits 'drop' with both addresses and keeps listening; a slot that frees up is reused.
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Server server;
    server.setMaxConnections(1);
    QCOMPARE(server.maxConnections(), 1);
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    QSignalSpy connections(&server, &Server::newConnection);
    QSignalSpy dropped(&server, &Server::dropped);

    Socket first;
    QVERIFY(testpeers::connectAndAccept(server, first));
    QCOMPARE(connections.size(), 1);

    Socket extra;
    testpeers::EventLog extraLog(&extra);
    QVERIFY(!extra.connectTo(testpeers::connectOptionsFor(server)));
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(extraLog.sequence(), u"connect end close:false"_s, 5000);
    QCOMPARE(connections.size(), 1);
    QVERIFY(server.isListening());
    QCOMPARE(server.connectionCount(), 1);
    if (transport != Transport::Unix) {
        const auto local = dropped.first().at(0).value<SocketAddress>();
        const auto remote = dropped.first().at(1).value<SocketAddress>();
        QCOMPARE(local.port(), server.address().port());
        QCOMPARE(local.address(), testpeers::loopbackHost(transport));
        QCOMPARE(int(remote.port()), extra.localPort());
        QCOMPARE(remote.address(), testpeers::loopbackHost(transport));
    }

    first.destroy();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 5000);
    Socket third;
    QVERIFY(testpeers::connectAndAccept(server, third));
    QCOMPARE(connections.size(), 2);
    QCOMPARE(dropped.size(), 1);
}

void tst_ServerConnections::pauseOnConnectLeavesDataUnread_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_ServerConnections::pauseOnConnectLeavesDataUnread()
{
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ServerOptions serverOptions;
    serverOptions.pauseOnConnect = true;
    Server server(serverOptions);
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket client;
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    QVERIFY(accepted->isPaused());
    testpeers::EventLog log(accepted);

    client.write(QByteArrayLiteral("hello"));
    // The bytes are in the accepted socket's kernel queue and stay there while it is paused.
    QTRY_VERIFY_WITH_TIMEOUT(accepted->kernelInfo().unreadBytes >= 5, 5000);
    QVERIFY(log.events.isEmpty());
    QCOMPARE(accepted->bytesRead(), 0);

    accepted->resume();
    QTRY_COMPARE_WITH_TIMEOUT(log.data, QByteArrayLiteral("hello"), 5000);
}

void tst_ServerConnections::allowHalfOpenPassedToAcceptedSockets_data()
{
    QTest::addColumn<bool>("allowHalfOpen");
    QTest::newRow("allowHalfOpen") << true;
    QTest::newRow("no allowHalfOpen") << false;
}

void tst_ServerConnections::allowHalfOpenPassedToAcceptedSockets()
{
    QFETCH(bool, allowHalfOpen);
    ServerOptions serverOptions;
    serverOptions.allowHalfOpen = allowHalfOpen;
    Server server(serverOptions);
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    Socket client;
    testpeers::EventLog clientLog(&client);
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    QCOMPARE(accepted->allowHalfOpen(), allowHalfOpen);
    testpeers::EventLog log(accepted);

    client.end();
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"end"_s), 5000);
    if (allowHalfOpen) {
        QVERIFY(accepted->isWritable());
        accepted->write(QByteArrayLiteral("still here"));
        QTRY_COMPARE_WITH_TIMEOUT(clientLog.data, QByteArrayLiteral("still here"), 5000);
        QVERIFY(!log.hasClosed());
        accepted->end();
    }
    QTRY_COMPARE_WITH_TIMEOUT(log.sequence(), u"end close:false"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"close:false"_s), 5000);
}

QTEST_GUILESS_MAIN(tst_ServerConnections)
#include "tst_serverconnections.moc"
