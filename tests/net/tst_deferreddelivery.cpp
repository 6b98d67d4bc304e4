// Deferred work of netcore meets a receiver that is gone: a Socket or Server destroyed or
// deleted while its lookup, connect, write callbacks or 'close' are still queued, or from
// inside one of its own signals. Nothing may run on the dead object, nothing may crash, and
// the thread's HandleTracker must come back to idle.

#include "testpeers.h"

#include "net/handletracker.h"
#include "net/server.h"
#include "net/socket.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::EventLog;

class tst_DeferredDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void destroyWhileLookingUp_data();
    void destroyWhileLookingUp();
    void customLookupAnsweredAfterDestroy_data();
    void customLookupAnsweredAfterDestroy();
    void deleteWhileConnecting_data();
    void deleteWhileConnecting();
    void deleteWithWriteCallbacksPending();
    void deleteWithCloseCallbacksPending_data();
    void deleteWithCloseCallbacksPending();
    void deleteSocketFromItsOwnSignal_data();
    void deleteSocketFromItsOwnSignal();
    void deleteServerFromItsOwnSignal_data();
    void deleteServerFromItsOwnSignal();
    void deleteServerWhileStarting_data();
    void deleteServerWhileStarting();
    void deletedConnectionCountsOut();
    void reconnectInTheSameTurnConnectsOnce();

private:
    // Runs whatever is still queued (for dead receivers it must be dropped, not run).
    static void flushQueuedWork()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }
};

void tst_DeferredDelivery::initTestCase()
{
    qRegisterMetaType<netcore::Socket *>();
}

void tst_DeferredDelivery::init()
{
    QTRY_VERIFY_WITH_TIMEOUT(HandleTracker::forCurrentThread()->isIdle(), 5000);
}

void tst_DeferredDelivery::cleanup()
{
    // Every test ends with nothing alive and nothing on its way.
    flushQueuedWork();
    HandleTracker *tracker = HandleTracker::forCurrentThread();
    QTRY_VERIFY2_WITH_TIMEOUT(tracker->isIdle(),
                              qPrintable(u"%1 active, %2 pending"_s.arg(tracker->activeCount())
                                                 .arg(tracker->pendingDeliveries())),
                              5000);
}

void tst_DeferredDelivery::destroyWhileLookingUp_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("destroy") << u"destroy"_s;
    QTest::newRow("delete") << u"delete"_s;
    QTest::newRow("destroy then connect again") << u"reconnect"_s;
}

void tst_DeferredDelivery::destroyWhileLookingUp()
{
    // node: 20 sockets to 'localhost' destroyed by a 1 ms timeout exit cleanly. The lookup
    // cannot be cancelled; its answer must find nothing to call.
    QFETCH(QString, how);
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    constexpr int rounds = 30;
    std::vector<std::unique_ptr<Socket>> sockets;
    std::vector<std::unique_ptr<EventLog>> logs;
    for (int i = 0; i < rounds; ++i) {
        sockets.push_back(std::make_unique<Socket>());
        logs.push_back(std::make_unique<EventLog>(sockets.back().get()));
        QVERIFY(!sockets.back()->connectTo(server.address().port(), u"localhost"_s));
    }
    // One turn: the lookups start (connectTo() defers the start), none has answered yet.
    QCoreApplication::sendPostedEvents();
    for (auto &socket : sockets) {
        if (how == u"delete"_s)
            socket.reset();
        else
            socket->destroy();
    }
    if (how == u"reconnect"_s) {
        // The old lookup's answer must not drive the new connection.
        for (auto &socket : sockets)
            QVERIFY(!socket->connectTo(testpeers::connectOptionsFor(server)));
        QTRY_VERIFY_WITH_TIMEOUT(
                std::all_of(sockets.cbegin(), sockets.cend(),
                            [](const auto &s) { return s->state() == Socket::State::Open; }),
                5000);
        for (const auto &log : logs)
            QCOMPARE(log->sequence(), u"close:false connect"_s);
        for (auto &socket : sockets)
            socket->destroy();
    }
    server.close();
    QTRY_VERIFY_WITH_TIMEOUT(HandleTracker::forCurrentThread()->isIdle(), 10000);
    if (how == u"destroy"_s) {
        for (const auto &log : logs)
            QCOMPARE(log->sequence(), u"close:false"_s);
    }
}

void tst_DeferredDelivery::customLookupAnsweredAfterDestroy_data()
{
    QTest::addColumn<bool>("deleteSocket");
    QTest::newRow("destroyed") << false;
    QTest::newRow("deleted") << true;
}

void tst_DeferredDelivery::customLookupAnsweredAfterDestroy()
{
    // A `lookup` option that answers after the socket is gone (node's lookupAndConnect
    // ignores the answer: `if (!self.connecting) return`).
    QFETCH(bool, deleteSocket);
    LookupDone pending;
    ConnectOptions options = ConnectOptions::tcp(9, u"example.test"_s);
    options.lookup
            = [&pending](const QString &, int, int, LookupDone done) { pending = std::move(done); };
    auto socket = std::make_unique<Socket>();
    EventLog log(socket.get());
    QVERIFY(!socket->connectTo(options));
    QTRY_VERIFY_WITH_TIMEOUT(bool(pending), 5000);
    if (deleteSocket)
        socket.reset();
    else
        socket->destroy();
    pending(NetError(), {ResolvedAddress {u"127.0.0.1"_s, 4}});
    flushQueuedWork();
    QCOMPARE(log.sequence(), deleteSocket ? QString() : u"close:false"_s);
}

void tst_DeferredDelivery::deleteWhileConnecting_data()
{
    QTest::addColumn<int>("turns"); // loop turns between connectTo() and delete
    QTest::newRow("before the attempt starts") << 0;
    QTest::newRow("connect in progress") << 1;
    QTest::newRow("after several turns") << 3;
}

void tst_DeferredDelivery::deleteWhileConnecting()
{
    QFETCH(int, turns);
    QTemporaryDir dir;
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    for (int i = 0; i < 20; ++i) {
        auto *socket = new Socket;
        QVERIFY(!socket->connectTo(testpeers::connectOptionsFor(server)));
        for (int turn = 0; turn < turns; ++turn)
            QCoreApplication::sendPostedEvents();
        delete socket;
    }
}

void tst_DeferredDelivery::deleteWithWriteCallbacksPending()
{
    // Callbacks of writes queued on a socket that is deleted are dropped with it.
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    int callbacks = 0;
    {
        Socket client;
        QVERIFY(testpeers::connectAndAccept(server, client));
        client.write(QByteArray(64, 'x'), [&](const NetError &) { ++callbacks; });
        client.write(QByteArray(8 << 20, 'y'), [&](const NetError &) { ++callbacks; });
        client.end(QByteArray(16, 'z'), [&](const NetError &) { ++callbacks; });
    }
    {
        Socket client;
        QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
        client.write(QByteArray(64, 'x'), [&](const NetError &) { ++callbacks; });
    }
    flushQueuedWork();
    QCOMPARE(callbacks, 0);
}

void tst_DeferredDelivery::deleteWithCloseCallbacksPending_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("socket destroy then delete") << u"socket"_s;
    QTest::newRow("socket destroy with error then delete") << u"socket-error"_s;
    QTest::newRow("server close(cb) then delete") << u"server"_s;
    QTest::newRow("server getConnections(cb) then delete") << u"connections"_s;
}

void tst_DeferredDelivery::deleteWithCloseCallbacksPending()
{
    QFETCH(QString, what);
    auto server = std::make_unique<Server>();
    QVERIFY(testpeers::listenAndWait(*server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    bool called = false;
    if (what == u"server"_s) {
        server->close([&](const NetError &) { called = true; });
        server.reset();
    } else if (what == u"connections"_s) {
        server->getConnections([&](const NetError &, int) { called = true; });
        server.reset();
    } else {
        auto client = std::make_unique<Socket>();
        QVERIFY(testpeers::connectAndAccept(*server, *client));
        client->write(QByteArray(1 << 20, 'x'), [&](const NetError &) { called = true; });
        connect(client.get(), &Socket::closed, this, [&] { called = true; });
        if (what == u"socket"_s)
            client->destroy();
        else
            client->destroy(NetError::fromErrno(ECONNRESET, u"read"_s));
        client.reset();
    }
    flushQueuedWork();
    QVERIFY(!called);
}

void tst_DeferredDelivery::deleteSocketFromItsOwnSignal_data()
{
    QTest::addColumn<QString>("signal");
    for (const char *name : {"lookup", "connect", "ready", "data", "drain", "write callback", "end",
                             "timeout", "error", "lookup error", "close"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_DeferredDelivery::deleteSocketFromItsOwnSignal()
{
    // `delete socket` (not deleteLater) from inside one of its own signals: the code that
    // emitted it must notice and touch nothing of the socket afterwards.
    QFETCH(QString, signal);
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    if (signal == u"data"_s || signal == u"end"_s) {
        connect(&server, &Server::newConnection, this, [](Socket *accepted) {
            accepted->write(QByteArray(100, 'd'));
            accepted->end();
        });
    }
    QPointer<Socket> socket = new Socket;
    bool deleted = false;
    const auto kill = [&] {
        if (!socket)
            return;
        socket->write(QByteArrayLiteral("queued on a socket that is about to go"));
        delete socket.data();
        deleted = true;
    };
    if (signal == u"lookup"_s || signal == u"lookup error"_s)
        connect(socket, &Socket::lookup, this, kill);
    else if (signal == u"connect"_s)
        connect(socket, &Socket::connected, this, kill);
    else if (signal == u"ready"_s)
        connect(socket, &Socket::ready, this, kill);
    else if (signal == u"data"_s)
        connect(socket, &Socket::dataReceived, this, kill);
    else if (signal == u"drain"_s)
        connect(socket, &Socket::drained, this, kill);
    else if (signal == u"end"_s)
        connect(socket, &Socket::ended, this, kill);
    else if (signal == u"timeout"_s)
        connect(socket, &Socket::timedOut, this, kill);
    else if (signal == u"error"_s)
        connect(socket, &Socket::errorOccurred, this, kill);
    else if (signal == u"close"_s)
        connect(socket, &Socket::closed, this, kill);

    const testpeers::RefusingPort refusing(testpeers::Transport::Tcp4);
    NetError refused;
    if (signal == u"lookup"_s) {
        refused = socket->connectTo(server.address().port(), u"localhost"_s);
    } else if (signal == u"lookup error"_s) {
        ConnectOptions options = ConnectOptions::tcp(9, u"name.invalid"_s);
        options.lookup = [](const QString &host, int, int, const LookupDone &done) {
            done(NetError::fromGetAddrInfo(0, host), {});
        };
        refused = socket->connectTo(options);
    } else if (signal == u"error"_s) {
        refused = socket->connectTo(refusing.port(), u"127.0.0.1"_s);
    } else {
        refused = socket->connectTo(testpeers::connectOptionsFor(server));
    }
    QVERIFY(!refused);
    if (signal == u"drain"_s) {
        socket->setWritableHighWaterMark(1);
        socket->write(QByteArray(64, 'w'));
    } else if (signal == u"write callback"_s) {
        socket->write(QByteArray(64, 'w'), [&](const NetError &) { kill(); });
        socket->write(QByteArray(64, 'v'), [&](const NetError &) { kill(); });
    } else if (signal == u"timeout"_s) {
        QVERIFY(!socket->setTimeout(1));
    } else if (signal == u"close"_s) {
        connect(socket, &Socket::connected, this, [&] { socket->destroy(); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 5000);
    QVERIFY(socket.isNull());
}

void tst_DeferredDelivery::deleteServerFromItsOwnSignal_data()
{
    QTest::addColumn<QString>("signal");
    for (const char *name : {"listening", "connection", "error", "close", "close callback"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_DeferredDelivery::deleteServerFromItsOwnSignal()
{
    QFETCH(QString, signal);
    QTemporaryDir dir;
    Server blocker; // holds the address for the EADDRINUSE row
    QVERIFY(testpeers::listenAndWait(blocker, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QPointer<Server> server = new Server;
    bool deleted = false;
    const auto kill = [&] {
        if (!server)
            return;
        server->close([](const NetError &) {});
        server->getConnections([](const NetError &, int) {});
        delete server.data();
        deleted = true;
    };
    if (signal == u"listening"_s)
        connect(server, &Server::listening, this, kill);
    else if (signal == u"connection"_s)
        connect(server, &Server::newConnection, this, kill);
    else if (signal == u"error"_s)
        connect(server, &Server::errorOccurred, this, kill);
    else if (signal == u"close"_s)
        connect(server, &Server::closed, this, kill);

    if (signal == u"error"_s) {
        QVERIFY(!server->listen(ListenOptions::tcp(blocker.address().port(), u"127.0.0.1"_s)));
    } else if (signal == u"listening"_s) {
        QVERIFY(!server->listen(ListenOptions::tcp(0, u"127.0.0.1"_s)));
    } else {
        QVERIFY(testpeers::listenAndWait(*server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    }
    std::vector<std::unique_ptr<Socket>> clients;
    if (signal == u"connection"_s) {
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<Socket>());
            QVERIFY(!clients.back()->connectTo(testpeers::connectOptionsFor(*server)));
        }
    } else if (signal == u"close"_s) {
        server->close();
    } else if (signal == u"close callback"_s) {
        server->close([&](const NetError &) { kill(); });
        server->close([&](const NetError &) { kill(); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 5000);
    for (auto &client : clients)
        client->destroy();
}

void tst_DeferredDelivery::deleteServerWhileStarting_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("address literal") << u"127.0.0.1"_s;
    QTest::newRow("host name") << u"localhost"_s;
}

void tst_DeferredDelivery::deleteServerWhileStarting()
{
    // listen() with a host binds on a later turn (after a lookup for a name).
    QFETCH(QString, host);
    for (int i = 0; i < 10; ++i) {
        auto *server = new Server;
        QVERIFY(!server->listen(ListenOptions::tcp(0, host)));
        delete server;
    }
}

void tst_DeferredDelivery::deletedConnectionCountsOut()
{
    // An accepted socket deleted while open (no destroy() first) no longer counts: close()
    // then reports the server closed.
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    connect(&server, &Server::newConnection, this, [](Socket *accepted) { delete accepted; });
    Socket client;
    EventLog log(&client);
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    QTRY_VERIFY_WITH_TIMEOUT(log.hasClosed(), 5000);
    QCOMPARE(server.connectionCount(), 0);
    QSignalSpy closed(&server, &Server::closed);
    server.close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
}

void tst_DeferredDelivery::reconnectInTheSameTurnConnectsOnce()
{
    // connectTo(), destroy(), connectTo() in one turn: the first request's deferred start
    // must not start the second request too (it did: two connections, one fd leaked in the
    // poller, a loop that never went idle).
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    int connections = 0;
    connect(&server, &Server::newConnection, this, [&](Socket *accepted) {
        ++connections;
        accepted->end();
    });
    Socket client;
    EventLog log(&client);
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    client.destroy();
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    QTRY_VERIFY_WITH_TIMEOUT(log.events.endsWith(u"close:false"_s) && log.events.size() > 1, 5000);
    QCOMPARE(log.sequence(), u"close:false connect end close:false"_s);
    QCOMPARE(connections, 1);
    server.close();
}

QTEST_GUILESS_MAIN(tst_DeferredDelivery)
#include "tst_deferreddelivery.moc"
