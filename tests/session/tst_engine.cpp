// The window's network side without widgets: EngineThread runs a listener and a client on the
// engine thread over 127.0.0.1 and a Unix socket, commands reach the right endpoint, snapshots
// come back, every record lands in the one recorder, and a script run in the window gets its
// own lifetime and can be stopped.

#include "session/enginethread.h"

#include "net/socket.h"
#include "threadspy.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;
using session::EndpointSnapshot;
using session::Engine;

namespace {

constexpr int Timeout = 10000;

// Collects endpointAppeared() as (id, kind, parent). The engine's signals are spied on with
// ThreadSpy, never QSignalSpy, which would append on the engine thread while this one reads.
struct Appearances
{
    explicit Appearances(session::Engine *engine)
        : spy(engine, &session::Engine::endpointAppeared)
    { }
    quint64 waitFor(EndpointKind kind, quint64 parentId = 0, int skip = 0)
    {
        for (int round = 0; round < 50; ++round) {
            int seen = 0;
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.at(1).value<EndpointKind>() == kind && args.at(2).toULongLong() == parentId
                    && seen++ == skip)
                    return args.at(0).toULongLong();
            }
            spy.wait(200);
        }
        return 0;
    }
    ThreadSpy spy;
};

session::EndpointSnapshot snapshot(session::EngineThread &engine, quint64 id)
{
    ThreadSpy ready(engine.engine(), &session::Engine::snapshotReady);
    engine.post([id](session::Engine &e) { e.requestSnapshot(id); });
    for (int round = 0; round < 50; ++round) {
        for (const QList<QVariant> &args : std::as_const(ready)) {
            const auto s = args.at(0).value<session::EndpointSnapshot>();
            if (s.id == id)
                return s;
        }
        ready.wait(200);
    }
    return {};
}

bool recorded(const session::EngineThread &engine, quint64 id, NetEvent event)
{
    for (const trace::TraceRecord &record : engine.recorder().eventsSince(0))
        if (record.endpointId == id && record.event == event)
            return true;
    return false;
}

} // namespace

class tst_Engine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EndpointKind>(); }
    void listenerClientAndCommands();
    void unixSocketEcho();
    void refusedConnectionReportsTheError();
    void scriptEndpointsAreRegisteredAndStopWorks();
    void clientsFollowTheListenerTheyAreLinkedTo();
    void destroyWhileConnectingToLocalhost();
    void aFileSendAlwaysFinishes();
};

void tst_Engine::listenerClientAndCommands()
{
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = session::AutoReply::Echo;
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    const quint64 serverId = appeared.waitFor(EndpointKind::Server);
    QVERIFY(serverId);
    int port = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            (port = snapshot(engine, serverId).serverAddress.value_or(trace::TraceAddress()).port)
                    > 0,
            Timeout);

    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    engine.post([client](session::Engine &e) { e.createClient(client); });
    const quint64 clientId = appeared.waitFor(EndpointKind::Socket);
    const quint64 acceptedId = appeared.waitFor(EndpointKind::Socket, serverId);
    QVERIFY(clientId);
    QVERIFY(acceptedId);
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(engine, clientId).readyState, u"open"_s, Timeout);

    // Echo: what the client writes comes back.
    engine.post([clientId](session::Engine &e) { e.write(clientId, "ping"); });
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(engine, clientId).bytesRead, qint64(4), Timeout);
    QCOMPARE(snapshot(engine, serverId).connections, 1);

    // Commands act on the real socket: the kernel sees TCP_NODELAY.
    engine.post([clientId](session::Engine &e) { e.setNoDelay(clientId, true); });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(engine, clientId).kernel.noDelay, Timeout);
    QVERIFY(recorded(engine, clientId, NetEvent::SetNoDelayCall));

    // A paused peer: the client's queue grows past the high-water mark.
    engine.post([acceptedId](session::Engine &e) { e.pause(acceptedId); });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(engine, acceptedId).paused, Timeout);
    const QByteArray chunk(1 << 20, 'b');
    for (int i = 0; i < 32; ++i)
        engine.post([clientId, chunk](session::Engine &e) { e.write(clientId, chunk); });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(engine, clientId).bufferSize > 0, Timeout);
    engine.post([acceptedId](session::Engine &e) { e.resume(acceptedId); });
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(engine, clientId).bytesRead, qint64(4 + 32 * chunk.size()),
                              Timeout);

    // destroy with an error: an 'error' event with the message, then 'close'.
    ThreadSpy failed(engine.engine(), &session::Engine::commandFailed);
    engine.post([clientId](session::Engine &e) { e.destroyWithError(clientId, u"boom"_s); });
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, clientId, NetEvent::Close), Timeout);
    QVERIFY(recorded(engine, clientId, NetEvent::Error));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), Timeout);
    QVERIFY(failed.constLast().at(1).toString().contains(u"boom"_s));

    // A command for an endpoint that is not there says so.
    failed.clear();
    engine.post([](session::Engine &e) { e.end(999999); });
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), Timeout);
    QCOMPARE(failed.constFirst().at(0).toULongLong(), quint64(999999));

    engine.post([serverId](session::Engine &e) { e.closeServer(serverId); });
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, serverId, NetEvent::Close), Timeout);
}

void tst_Engine::unixSocketEcho()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"echo.sock"_s);
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::unixPath(path);
    listener.autoReply = session::AutoReply::Echo;
    listener.server.allowHalfOpen = true;
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    const quint64 serverId = appeared.waitFor(EndpointKind::Server);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(engine, serverId).listening, Timeout);

    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::unixPath(path);
    client.allowHalfOpen = true;
    engine.post([client](session::Engine &e) { e.createClient(client); });
    const quint64 clientId = appeared.waitFor(EndpointKind::Socket);
    engine.post([clientId](session::Engine &e) {
        e.write(clientId, "half");
        e.end(clientId);
    });
    // The echo ends after the peer's FIN, and the client sees both the data and the end.
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, clientId, NetEvent::End), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, clientId, NetEvent::Close), Timeout);
    QCOMPARE(snapshot(engine, clientId).bytesRead, qint64(4));
}

void tst_Engine::refusedConnectionReportsTheError()
{
    // A port that was just free: listen on 0, read the port, close.
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    const quint64 serverId = appeared.waitFor(EndpointKind::Server);
    int port = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            (port = snapshot(engine, serverId).serverAddress.value_or(trace::TraceAddress()).port)
                    > 0,
            Timeout);
    engine.post([serverId](session::Engine &e) { e.closeServer(serverId); });
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, serverId, NetEvent::Close), Timeout);

    ThreadSpy failed(engine.engine(), &session::Engine::commandFailed);
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    engine.post([client](session::Engine &e) { e.createClient(client); });
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), Timeout);
    QVERIFY2(failed.constFirst().at(1).toString().startsWith(u"ECONNREFUSED"_s),
             qPrintable(failed.constFirst().at(1).toString()));
}

// A client linked to a listener made here (as a workspace saves it) connects to wherever that
// listener listens once it does, never to the port in its spec; a client given a listener's
// address is linked to it; a client whose listener cannot listen fails with a message.
void tst_Engine::clientsFollowTheListenerTheyAreLinkedTo()
{
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    ThreadSpy linked(engine.engine(), &session::Engine::clientLinked);
    ThreadSpy failed(engine.engine(), &session::Engine::commandFailed);
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    session::ClientSpec follower;
    follower.connect = netcore::ConnectOptions::tcp(1, u"127.0.0.1"_s); // stale: never used
    follower.listener = 0;
    engine.post([listener, follower](session::Engine &e) {
        e.createListener(listener); // still starting when the client is asked for
        e.createClient(follower);
    });
    const quint64 serverId = appeared.waitFor(EndpointKind::Server);
    QVERIFY(serverId);
    QVERIFY(appeared.waitFor(EndpointKind::Socket, serverId)); // accepted: it reached the listener
    QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, Timeout);
    QCOMPARE(linked.constFirst().at(0).toInt(), 0);
    QCOMPARE(linked.constFirst().at(1).toInt(), 0);
    const auto target = linked.constFirst().at(2).value<netcore::ConnectOptions>();
    QVERIFY(target.port && *target.port > 1);
    const int port = *target.port;

    // Given the listener's address, a client is linked to it.
    session::ClientSpec plain;
    plain.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    engine.post([plain](session::Engine &e) { e.createClient(plain); });
    QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 2, Timeout);
    QCOMPARE(linked.at(1).at(0).toInt(), 1);
    QCOMPARE(linked.at(1).at(1).toInt(), 0);
    QVERIFY(appeared.waitFor(EndpointKind::Socket, serverId, 1));

    // A listener that cannot listen (its port is taken): its client is not sent anywhere.
    session::ListenerSpec taken;
    taken.listen = netcore::ListenOptions::tcp(port, u"127.0.0.1"_s);
    session::ClientSpec orphan;
    orphan.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    orphan.listener = 1;
    engine.post([taken, orphan](session::Engine &e) {
        e.createListener(taken);
        e.createClient(orphan);
    });
    const auto failedWith = [&failed](const QString &text) {
        for (const QList<QVariant> &args : std::as_const(failed))
            if (args.at(1).toString().contains(text))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(failedWith(u"EADDRINUSE"_s), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(failedWith(u"listener 2 of the workspace"_s), Timeout);
    QCOMPARE(linked.size(), 2);
    QCOMPARE(appeared.spy.size(), 7); // two listeners, three clients, two accepted sockets
}

void tst_Engine::scriptEndpointsAreRegisteredAndStopWorks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"serve.js"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Serves forever: only Stop ends it.
        file.write("const net = require('net');\n"
                   "const server = net.createServer(s => s.on('data', d => s.write(d)));\n"
                   "server.listen(0, '127.0.0.1', () => console.log('listening', "
                   "server.address().port));\n");
    }
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    ThreadSpy output(engine.scriptHost(), &session::ScriptHost::output);
    ThreadSpy finished(engine.scriptHost(), &session::ScriptHost::finished);
    QVERIFY(engine.runScript(script));
    QVERIFY(!engine.runScript(script)); // one at a time
    QTRY_VERIFY_WITH_TIMEOUT(!output.isEmpty(), Timeout);
    QVERIFY(output.constFirst().at(1).toByteArray().startsWith("listening "));

    // The script's server is in the registry; the window can inspect it.
    QTRY_VERIFY_WITH_TIMEOUT(!engine.registry().ids().isEmpty(), Timeout);
    const quint64 serverId = engine.registry().ids().constFirst();
    QVERIFY(snapshot(engine, serverId).listening);

    // The window's own listener does not keep a script alive, and a script's server does not
    // end by itself: Stop ends it with 130.
    engine.stopScript();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), Timeout);
    QCOMPARE(finished.constFirst().at(0).toInt(), 130);
    QVERIFY(!engine.isScriptRunning());
}

// The window's Destroy on a client that is still looking up "localhost": in the same turn as
// the connect, and one command later (as the window sends it). Both close; the process and
// the engine go on (a later client connects).
void tst_Engine::destroyWhileConnectingToLocalhost()
{
    session::EngineThread engine;
    Appearances appeared(engine.engine());
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    const quint64 serverId = appeared.waitFor(EndpointKind::Server);
    QVERIFY(serverId);
    int port = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            (port = snapshot(engine, serverId).serverAddress.value_or(trace::TraceAddress()).port)
                    > 0,
            Timeout);
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"localhost"_s);
    client.connect.family = 4; // the listener is on 127.0.0.1

    std::atomic<quint64> sameTurnId = 0;
    engine.post([client, &sameTurnId](session::Engine &e) {
        e.createClient(client);
        sameTurnId = e.findChildren<netcore::Socket *>().constLast()->id();
        e.destroy(sameTurnId);
    });
    QTRY_VERIFY_WITH_TIMEOUT(sameTurnId != 0 && recorded(engine, sameTurnId, NetEvent::Close),
                             Timeout);

    engine.post([client](session::Engine &e) { e.createClient(client); });
    const quint64 nextTurnId = appeared.waitFor(EndpointKind::Socket, 0, 1);
    QVERIFY(nextTurnId);
    engine.post([nextTurnId](session::Engine &e) { e.destroy(nextTurnId); });
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, nextTurnId, NetEvent::Close), Timeout);

    engine.post([client](session::Engine &e) { e.createClient(client); });
    const quint64 laterId = appeared.waitFor(EndpointKind::Socket, 0, 2);
    QVERIFY(laterId);
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, laterId, NetEvent::Connect), Timeout);
    QVERIFY(!recorded(engine, sameTurnId, NetEvent::Connect));
    QCOMPARE(snapshot(engine, sameTurnId).destroyed, true);
}

// fileSendFinished() follows every sendFile(): for a socket that is not there, for a file that
// cannot be sent, and for a socket destroyed midway (the composer waits for it).
void tst_Engine::aFileSendAlwaysFinishes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.bin"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(16 * 1024 * 1024, 'z')) == 16 * 1024 * 1024);
    }
    session::EngineThread engine;
    // Answers are collected on this thread: queued to an object that lives here.
    QObject receiver;
    QHash<quint64, QString> finished;
    connect(engine.engine(), &session::Engine::fileSendFinished, &receiver,
            [&finished](quint64 id, const QString &error) { finished.insert(id, error); });

    engine.post([path](session::Engine &e) { e.sendFile(999999, path, false); });
    QTRY_VERIFY_WITH_TIMEOUT(finished.contains(999999), Timeout);
    QVERIFY(!finished.value(999999).isEmpty());

    Appearances appeared(engine.engine());
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.server.pauseOnConnect = true; // the peer reads nothing: the send stalls
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    const quint64 serverId = appeared.waitFor(EndpointKind::Server);
    int port = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            (port = snapshot(engine, serverId).serverAddress.value_or(trace::TraceAddress()).port)
                    > 0,
            Timeout);
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    engine.post([client](session::Engine &e) { e.createClient(client); });
    const quint64 clientId = appeared.waitFor(EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(engine, clientId).readyState, u"open"_s, Timeout);

    engine.post([clientId](session::Engine &e) { e.sendFile(clientId, u"/dev/zero"_s, false); });
    QTRY_VERIFY_WITH_TIMEOUT(finished.contains(clientId), Timeout);
    QVERIFY2(finished.take(clientId).contains(u"not a regular file"_s), "a device is refused");

    engine.post([clientId, path](session::Engine &e) { e.sendFile(clientId, path, false); });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(engine, clientId).bufferSize > 0, Timeout);
    QVERIFY(!finished.contains(clientId));
    engine.post([clientId](session::Engine &e) { e.destroy(clientId); });
    QTRY_VERIFY_WITH_TIMEOUT(finished.contains(clientId), Timeout);
    QVERIFY(!finished.value(clientId).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
