// The engine's lifetime paths, where threads race: an EngineThread destroyed while its signals
// are still queued to this thread, while clients reconnect and a relay carries traffic; a relay
// asked for its counts while its connections finish; a workspace's set-up made again while the
// one before it is still closing. Run under ASan and TSan (label threads) as well as plain.

#include "session/enginethread.h"
#include "session/relay.h"
#include "session/replyrules.h"

#include "net/socket.h"
#include "threadspy.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;

namespace {

constexpr int Timeout = 20000;

// The ids of endpointAppeared() so far: servers, clients (no parent) and accepted sockets.
struct Appearances
{
    explicit Appearances(session::Engine *engine)
        : spy(engine, &session::Engine::endpointAppeared)
    { }
    int count(EndpointKind kind, quint64 parentId) const
    {
        int n = 0;
        for (const QList<QVariant> &args : spy)
            n += args.at(1).value<EndpointKind>() == kind && args.at(2).toULongLong() == parentId;
        return n;
    }
    QList<quint64> ids(EndpointKind kind, quint64 parentId) const
    {
        QList<quint64> found;
        for (const QList<QVariant> &args : spy) {
            if (args.at(1).value<EndpointKind>() == kind && args.at(2).toULongLong() == parentId)
                found.append(args.at(0).toULongLong());
        }
        return found;
    }
    ThreadSpy spy;
};

int listeningPort(session::EngineThread &engine, quint64 serverId)
{
    ThreadSpy ready(engine.engine(), &session::Engine::snapshotReady);
    for (int round = 0; round < 100; ++round) {
        engine.post([serverId](session::Engine &e) { e.requestSnapshot(serverId); });
        if (!ready.wait(Timeout))
            return 0;
        const auto snapshot = ready.constLast().at(0).value<session::EndpointSnapshot>();
        if (snapshot.serverAddress && snapshot.serverAddress->port > 0)
            return snapshot.serverAddress->port;
        QTest::qWait(10); // not listening yet: ask again on a later turn
    }
    return 0;
}

bool recorded(const session::EngineThread &engine, quint64 id, NetEvent event)
{
    for (const trace::TraceRecord &record : engine.recorder().eventsSince(0))
        if (record.endpointId == id && record.event == event)
            return true;
    return false;
}

session::ListenerSpec echoListener()
{
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = session::AutoReply::Echo;
    return listener;
}

} // namespace

class tst_EngineLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<EndpointKind>();
        qRegisterMetaType<session::EndpointSnapshot>();
        qRegisterMetaType<session::RelayCounts>();
    }
    void destroyedWhileItsSignalsAreQueued();
    void destroyedWhileClientsReconnectAndARelayForwards();
    void relayCountsWhileConnectionsFinish();
    void setUpAgainWhileTheFirstIsClosing();
    void closeAllStopsAListenerStillResolving();
};

// The engine's signals outlive it in this thread's queue: they are delivered after the
// EngineThread is gone, with their values intact, and nothing of the engine is touched.
void tst_EngineLifetime::destroyedWhileItsSignalsAreQueued()
{
    constexpr int Clients = 4;
    for (int round = 0; round < 5; ++round) {
        auto engine = std::make_unique<session::EngineThread>();
        Appearances appeared(engine->engine());
        ThreadSpy snapshots(engine->engine(), &session::Engine::snapshotReady);
        ThreadSpy rules(engine->engine(), &session::Engine::replyRulesAttached);
        engine->post([](session::Engine &e) { e.createListener(echoListener()); });
        QTRY_COMPARE_WITH_TIMEOUT(appeared.count(EndpointKind::Server, 0), 1, Timeout);
        const quint64 serverId = appeared.ids(EndpointKind::Server, 0).constFirst();

        session::ClientSpec client;
        client.connect = netcore::ConnectOptions::tcp(0, u"127.0.0.1"_s);
        client.listener = 0;
        client.connections = Clients;
        client.replyRules.rules.append(*session::ReplyRule::parse(u"contains:x=y"_s, nullptr));
        engine->post([client](session::Engine &e) { e.createClient(client); });
        QTRY_COMPARE_WITH_TIMEOUT(appeared.count(EndpointKind::Socket, serverId), Clients, Timeout);
        const QList<quint64> clients = appeared.ids(EndpointKind::Socket, 0);
        QCOMPARE(clients.size(), Clients);

        // Traffic both ways, snapshots asked for, and the engine destroyed on this same turn.
        const QByteArray chunk(256 * 1024, 'x');
        for (const quint64 id : clients) {
            engine->post([id, chunk](session::Engine &e) {
                for (int i = 0; i < 8; ++i)
                    e.write(id, chunk);
                e.requestSnapshot(id);
            });
        }
        engine.reset();
        // Everything emitted before the end arrives now, and only ids the engine had.
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents();
        for (const QList<QVariant> &args : std::as_const(snapshots)) {
            const auto snapshot = args.at(0).value<session::EndpointSnapshot>();
            QVERIFY2(clients.contains(snapshot.id), qPrintable(QString::number(snapshot.id)));
        }
        // The rules handed out stay readable once their engine is gone.
        for (const QList<QVariant> &args : std::as_const(rules)) {
            const auto compiled = args.at(1).value<std::shared_ptr<session::ReplyRules>>();
            if (compiled)
                QCOMPARE(compiled->hitCounts().size(), 1);
        }
    }
}

// Closing the window: clients that keep reconnecting to a closed port, and a relay with live
// connections carrying data, all stopped by the EngineThread's destructor.
void tst_EngineLifetime::destroyedWhileClientsReconnectAndARelayForwards()
{
    for (int round = 0; round < 3; ++round) {
        auto engine = std::make_unique<session::EngineThread>();
        Appearances appeared(engine->engine());
        ThreadSpy reconnects(engine->engine(), &session::Engine::reconnectStarted);
        ThreadSpy relays(engine->engine(), &session::Engine::relayCreated);
        ThreadSpy paired(engine->engine(), &session::Engine::relayLegsPaired);

        engine->post([](session::Engine &e) { e.createListener(echoListener()); });
        QTRY_COMPARE_WITH_TIMEOUT(appeared.count(EndpointKind::Server, 0), 1, Timeout);
        const quint64 echoId = appeared.ids(EndpointKind::Server, 0).constFirst();
        const int echoPort = listeningPort(*engine, echoId);
        QVERIFY(echoPort > 0);

        session::RelaySpec relay;
        relay.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
        relay.target = netcore::ConnectOptions::tcp(echoPort, u"127.0.0.1"_s);
        relay.faults.serverToClient.latencyMs = 5;
        engine->post([relay](session::Engine &e) { e.createRelay(relay); });
        QTRY_COMPARE_WITH_TIMEOUT(relays.size(), 1, Timeout);
        const quint64 relayId = relays.constFirst().at(0).toULongLong();
        const int relayPort = listeningPort(*engine, relayId);
        QVERIFY(relayPort > 0);

        // Clients of the relay on the engine thread, writing through it.
        session::ClientSpec viaRelay;
        viaRelay.connect = netcore::ConnectOptions::tcp(relayPort, u"127.0.0.1"_s);
        viaRelay.connections = 3;
        engine->post([viaRelay](session::Engine &e) { e.createClient(viaRelay); });
        QTRY_COMPARE_WITH_TIMEOUT(paired.size(), 3, Timeout);
        for (const quint64 id : appeared.ids(EndpointKind::Socket, 0)) {
            engine->post([id](session::Engine &e) {
                for (int i = 0; i < 16; ++i)
                    e.write(id, QByteArray(64 * 1024, 'r'));
            });
        }

        // Clients that stay up against a Unix path nobody listens on (a closed TCP port could
        // be taken by someone else, or be a retry's own ephemeral port), retrying every
        // millisecond.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        session::ClientSpec stayUp;
        stayUp.connect = netcore::ConnectOptions::unixPath(dir.filePath(u"nobody"_s));
        stayUp.connections = 4;
        stayUp.reconnect.enabled = true;
        stayUp.reconnect.initialDelayMs = 1;
        stayUp.reconnect.backoffFactor = 1.0;
        stayUp.reconnect.maxDelayMs = 1;
        engine->post([stayUp](session::Engine &e) { e.createClient(stayUp); });
        QTRY_VERIFY_WITH_TIMEOUT(reconnects.size() >= 20, Timeout);
        engine.reset();
        QCoreApplication::sendPostedEvents();
    }
}

// The relay panel polls counts while connections come and go: each answer is consistent, and
// once every client has finished the totals are exact.
void tst_EngineLifetime::relayCountsWhileConnectionsFinish()
{
    constexpr int Clients = 12;
    constexpr qint64 Size = 200 * 1024;
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    ThreadSpy relays(engine.engine(), &session::Engine::relayCreated);
    ThreadSpy counts(engine.engine(), &session::Engine::relayCountsReady);

    engine.post([](session::Engine &e) { e.createListener(echoListener()); });
    QTRY_COMPARE_WITH_TIMEOUT(appeared.count(EndpointKind::Server, 0), 1, Timeout);
    const int echoPort = listeningPort(engine, appeared.ids(EndpointKind::Server, 0).constFirst());
    QVERIFY(echoPort > 0);
    session::RelaySpec relay;
    relay.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    relay.target = netcore::ConnectOptions::tcp(echoPort, u"127.0.0.1"_s);
    relay.faults.clientToServer.pieceMin = 1000; // slower forwarding: bytes wait in the pipes
    relay.faults.clientToServer.pieceMax = 1000;
    engine.post([relay](session::Engine &e) { e.createRelay(relay); });
    QTRY_COMPARE_WITH_TIMEOUT(relays.size(), 1, Timeout);
    const quint64 relayId = relays.constFirst().at(0).toULongLong();
    const int relayPort = listeningPort(engine, relayId);
    QVERIFY(relayPort > 0);

    QTimer poll;
    poll.setInterval(1);
    connect(&poll, &QTimer::timeout, this, [&engine, relayId] {
        engine.post([relayId](session::Engine &e) { e.requestRelayCounts(relayId); });
    });
    poll.start();

    // Each client sends, reads its echo back, and closes; several are open at once.
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    int done = 0;
    for (int i = 0; i < Clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        auto *s = socket.get();
        auto received = std::make_shared<qint64>(0);
        connect(s, &QTcpSocket::connected, s, [s] { s->write(QByteArray(Size, 'c')); });
        connect(s, &QTcpSocket::readyRead, s, [s, received, &done] {
            *received += s->readAll().size();
            if (*received == Size) {
                ++done;
                s->disconnectFromHost();
            }
        });
        s->connectToHost(u"127.0.0.1"_s, quint16(relayPort));
        clients.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, Clients, Timeout);

    auto last = [&counts] { return counts.constLast().at(1).value<session::RelayCounts>(); };
    QTRY_VERIFY_WITH_TIMEOUT(!counts.isEmpty() && last().open == 0 && last().accepted == Clients,
                             Timeout);
    poll.stop();
    for (const QList<QVariant> &args : std::as_const(counts)) {
        const auto c = args.at(1).value<session::RelayCounts>();
        QVERIFY(c.open >= 0 && c.open <= c.accepted);
        QVERIFY(c.forwardedToServer <= Clients * Size);
        QVERIFY(c.forwardedToClient <= c.forwardedToServer);
    }
    const session::RelayCounts end = last();
    QCOMPARE(end.forwardedToServer, Clients * Size);
    QCOMPARE(end.forwardedToClient, Clients * Size);
    QCOMPARE(end.queuedToServer, 0);
    QCOMPARE(end.queuedToClient, 0);

    // Counts asked for while Close All tears the relay down, and after.
    engine.post([relayId](session::Engine &e) {
        e.closeAll();
        e.requestRelayCounts(relayId);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!last().listening, Timeout);
    QCOMPARE(last().forwardedToServer, Clients * Size);
}

// Close All and the same set-up again at once, as opening a workspace after closing the last:
// each new client follows the new listener (linked by index), never the one still closing.
void tst_EngineLifetime::setUpAgainWhileTheFirstIsClosing()
{
    constexpr int Rounds = 6;
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    ThreadSpy failed(engine.engine(), &session::Engine::commandFailed);
    for (int round = 0; round < Rounds; ++round) {
        session::ClientSpec client;
        client.connect = netcore::ConnectOptions::tcp(0, u"127.0.0.1"_s);
        client.listener = round; // the listener made in this round
        client.connections = 2;
        engine.post([client](session::Engine &e) {
            e.closeAll();
            e.createListener(echoListener());
            e.createClient(client);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(appeared.count(EndpointKind::Server, 0), Rounds, Timeout);
    const quint64 lastServer = appeared.ids(EndpointKind::Server, 0).constLast();
    // The last round's clients reach the last listener, and it echoes.
    QTRY_COMPARE_WITH_TIMEOUT(appeared.count(EndpointKind::Socket, lastServer), 2, Timeout);
    const quint64 lastClient = appeared.ids(EndpointKind::Socket, 0).constLast();
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, lastClient, NetEvent::Connect), Timeout);
    engine.post([lastClient](session::Engine &e) { e.write(lastClient, "ping"); });
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, lastClient, NetEvent::Data), Timeout);

    // Everything of the earlier rounds is closed: each listener, listening or still starting
    // when Close All came, and each client, connected or failed for want of its listener
    // (which depends on how far its round got before the next one: not counted here).
    const QList<quint64> servers = appeared.ids(EndpointKind::Server, 0);
    for (qsizetype i = 0; i + 1 < servers.size(); ++i)
        QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, servers.at(i), NetEvent::Close), Timeout);
    const QList<quint64> clients = appeared.ids(EndpointKind::Socket, 0);
    QVERIFY(clients.size() >= Rounds + 1);
    for (qsizetype i = 0; i + 2 < clients.size(); ++i)
        QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, clients.at(i), NetEvent::Close), Timeout);
}

// Close All right after New Listener on a host name: the listener is still resolving it (on
// the resolver's threads), and it must not start listening once the answer comes.
void tst_EngineLifetime::closeAllStopsAListenerStillResolving()
{
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    session::ListenerSpec listener = echoListener();
    listener.listen = netcore::ListenOptions::tcp(0, u"localhost"_s);
    engine.post([listener](session::Engine &e) {
        e.createListener(listener);
        e.closeAll();
    });
    QTRY_COMPARE_WITH_TIMEOUT(appeared.count(EndpointKind::Server, 0), 1, Timeout);
    const quint64 serverId = appeared.ids(EndpointKind::Server, 0).constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, serverId, NetEvent::Close), Timeout);
    QVERIFY(!recorded(engine, serverId, NetEvent::Listening));
}

QTEST_GUILESS_MAIN(tst_EngineLifetime)
#include "tst_enginelifetime.moc"
