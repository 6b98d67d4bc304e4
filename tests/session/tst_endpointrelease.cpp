// The engine lets go of endpoints the window removed: with "open N connections" or a listener
// accepting many short connections, the registry (and the netcore objects, their responders and
// rules) comes back to what is still open, instead of growing with every connection ever made.
// Run under ASan too: the deleted endpoints are never touched again.

#include "session/enginethread.h"

#include "net/server.h"
#include "net/socket.h"
#include "threadspy.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::NetEvent;
using session::Engine;

namespace {

constexpr int Timeout = 60000;

bool recorded(const session::EngineThread &engine, quint64 id, NetEvent event)
{
    for (const trace::TraceRecord &record : engine.recorder().eventsSince(0))
        if (record.endpointId == id && record.event == event)
            return true;
    return false;
}

// The ids among ids that have recorded their close.
qsizetype closedAmong(const session::EngineThread &engine, const QSet<quint64> &ids)
{
    QSet<quint64> closed;
    for (const trace::TraceRecord &record : engine.recorder().eventsSince(0))
        if (record.event == NetEvent::Close && ids.contains(record.endpointId))
            closed.insert(record.endpointId);
    return closed.size();
}

// Opens count short connections to path, at most inFlight at a time: each ends as soon as it
// has connected, and the next one starts once it has closed.
class ShortConnections : public QObject
{
public:
    ShortConnections(QString path, int count, int inFlight)
        : m_path(std::move(path))
        , m_left(count)
    {
        for (int i = 0; i < inFlight; ++i)
            next();
    }
    int closed() const { return m_closed; }

private:
    void next()
    {
        if (m_left == 0)
            return;
        --m_left;
        auto *socket = new netcore::Socket(this);
        connect(socket, &netcore::Socket::connected, socket, [socket] { socket->end(); });
        connect(socket, &netcore::Socket::closed, this, [this, socket] {
            ++m_closed;
            socket->deleteLater();
            next();
        });
        QVERIFY(!socket->connectTo(netcore::ConnectOptions::unixPath(m_path)));
    }

    QString m_path;
    int m_left;
    int m_closed = 0;
};

} // namespace

class tst_EndpointRelease final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptedConnectionsAreReleased();
    void openNConnectionsAreReleased();
    void openEndpointsGoOnlyOnceClosed();
};

void tst_EndpointRelease::acceptedConnectionsAreReleased()
{
    constexpr int Connections = 2000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"busy.sock"_s);
    session::EngineThread engine;
    ThreadSpy appeared(engine.engine(), &Engine::endpointAppeared);
    session::ListenerSpec spec;
    spec.listen = netcore::ListenOptions::unixPath(path);
    spec.autoReply = session::AutoReply::Echo; // ends its side once the peer has ended
    engine.post([spec](Engine &e) { e.createListener(spec); });
    QTRY_VERIFY_WITH_TIMEOUT(!appeared.isEmpty(), Timeout);
    const quint64 listener = appeared.constFirst().at(0).toULongLong();
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, listener, NetEvent::Listening), Timeout);

    ShortConnections clients(path, Connections, 50);
    QTRY_COMPARE_WITH_TIMEOUT(clients.closed(), Connections, Timeout);
    QSet<quint64> accepted;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &args : std::as_const(appeared))
                    if (args.at(2).toULongLong() == listener)
                        accepted.insert(args.at(0).toULongLong());
                return accepted.size() == Connections;
            }(),
            Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(closedAmong(engine, accepted), Connections, Timeout);
    QCOMPARE(engine.registry().size(), Connections + 1);

    engine.post([ids = accepted.values()](Engine &e) { e.forgetEndpoints(ids); });
    QTRY_COMPARE_WITH_TIMEOUT(engine.registry().size(), 1, Timeout);
    QVERIFY(engine.registry().contains(listener));

    // The listener still answers.
    ShortConnections more(path, 3, 3);
    QTRY_COMPARE_WITH_TIMEOUT(more.closed(), 3, Timeout);
}

void tst_EndpointRelease::openNConnectionsAreReleased()
{
    constexpr int Connections = 500;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"target.sock"_s);
    netcore::Server server; // drops every connection at once
    connect(&server, &netcore::Server::newConnection, this,
            [](netcore::Socket *socket) { socket->destroy(); });
    QVERIFY(!server.listenOnPath(path));
    session::EngineThread engine;
    ThreadSpy appeared(engine.engine(), &Engine::endpointAppeared);
    session::ClientSpec spec;
    spec.connect = netcore::ConnectOptions::unixPath(path);
    spec.connections = Connections;
    engine.post([spec](Engine &e) { e.createClient(spec); });
    QTRY_COMPARE_WITH_TIMEOUT(appeared.size(), Connections, Timeout);
    QSet<quint64> ids;
    for (const QList<QVariant> &args : std::as_const(appeared))
        ids.insert(args.at(0).toULongLong());
    QTRY_COMPARE_WITH_TIMEOUT(closedAmong(engine, ids), Connections, Timeout);
    QCOMPARE(engine.registry().size(), Connections);
    engine.post([ids = ids.values()](Engine &e) { e.forgetEndpoints(ids); });
    QTRY_COMPARE_WITH_TIMEOUT(engine.registry().size(), 0, Timeout);
}

// Removed from the window while still open (the connections of a closed listener go with
// it), an endpoint stays until it closes; the listener waits for its last connection.
void tst_EndpointRelease::openEndpointsGoOnlyOnceClosed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"open.sock"_s);
    session::EngineThread engine;
    ThreadSpy appeared(engine.engine(), &Engine::endpointAppeared);
    session::ListenerSpec spec;
    spec.listen = netcore::ListenOptions::unixPath(path);
    spec.autoReply = session::AutoReply::Echo;
    engine.post([spec](Engine &e) { e.createListener(spec); });
    QTRY_VERIFY_WITH_TIMEOUT(!appeared.isEmpty(), Timeout);
    const quint64 listener = appeared.constFirst().at(0).toULongLong();
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, listener, NetEvent::Listening), Timeout);
    netcore::Socket client;
    QByteArray echoed;
    connect(&client, &netcore::Socket::dataReceived, this,
            [&echoed](const QByteArray &data) { echoed += data; });
    QSignalSpy closed(&client, &netcore::Socket::closed);
    QVERIFY(!client.connectTo(netcore::ConnectOptions::unixPath(path)));
    QTRY_COMPARE_WITH_TIMEOUT(appeared.size(), 2, Timeout);
    const quint64 accepted = appeared.at(1).at(0).toULongLong();

    engine.post([listener](Engine &e) { e.closeServer(listener); });
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, listener, NetEvent::CloseCall), Timeout);
    engine.post([listener, accepted](Engine &e) { e.forgetEndpoints({listener, accepted}); });
    // The connection still works both ways, and so the listener stays too.
    for (const QByteArray &message : {"still "_ba, "here"_ba}) {
        client.write(message);
        QTRY_VERIFY_WITH_TIMEOUT(echoed.endsWith(message), Timeout);
    }
    QCOMPARE(echoed, "still here"_ba);
    QVERIFY(closed.isEmpty());
    QVERIFY(engine.registry().contains(accepted));
    QVERIFY(engine.registry().contains(listener));

    client.end(); // echo ends its side in turn: the connection closes, then the listener
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, Timeout);
    QCOMPARE(closed.constFirst().at(0).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(engine.registry().size(), 0, Timeout);
}

QTEST_GUILESS_MAIN(tst_EndpointRelease)
#include "tst_endpointrelease.moc"
