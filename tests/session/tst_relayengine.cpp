// The window's relays in the engine: a finished pair and a closed relay release their objects
// on the engine thread, instead of living until the engine stops.

#include "session/enginethread.h"
#include "session/relay.h"
#include "session/relayconnection.h"

#include "net/server.h"
#include "net/socket.h"
#include "threadspy.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using session::Engine;

namespace {

constexpr int Timeout = 10000;

struct Census
{
    int relays = -1;
    int connections = -1;
    int sockets = -1;
};

// What the engine holds now, counted on its own thread.
Census census(session::EngineThread &engine)
{
    auto counted = std::make_shared<Census>();
    auto done = std::make_shared<std::atomic<bool>>(false);
    engine.post([counted, done](Engine &e) {
        counted->relays = int(e.findChildren<session::Relay *>().size());
        counted->connections = int(e.findChildren<session::RelayConnection *>().size());
        counted->sockets = int(e.findChildren<netcore::Socket *>().size());
        *done = true;
    });
    [[maybe_unused]] const bool ran = QTest::qWaitFor([&] { return done->load(); }, Timeout);
    return *counted;
}

} // namespace

class tst_RelayEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finishedPairsAndClosedRelaysAreReleased();
};

void tst_RelayEngine::finishedPairsAndClosedRelaysAreReleased()
{
    QTemporaryDir dir;
    netcore::Server server {netcore::ServerOptions {.allowHalfOpen = true}};
    connect(&server, &netcore::Server::newConnection, &server, [](netcore::Socket *socket) {
        connect(socket, &netcore::Socket::dataReceived, socket,
                [socket](const QByteArray &chunk) { socket->write(chunk); });
        connect(socket, &netcore::Socket::ended, socket, [socket] { socket->end(); });
    });
    const QString serverPath = dir.filePath(u"server.sock"_s);
    QVERIFY(!server.listenOnPath(serverPath));
    QTRY_VERIFY_WITH_TIMEOUT(server.isListening(), Timeout);

    session::EngineThread engine;
    ThreadSpy created(engine.engine(), &Engine::relayCreated);
    session::RelaySpec spec;
    const QString relayPath = dir.filePath(u"relay.sock"_s);
    spec.listen = netcore::ListenOptions::unixPath(relayPath);
    spec.target = netcore::ConnectOptions::unixPath(serverPath);
    engine.post([spec](Engine &e) { e.createRelay(spec); });
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() && QFileInfo::exists(relayPath), Timeout);
    const quint64 relayId = created.constFirst().at(0).toULongLong();

    for (int round = 0; round < 3; ++round) {
        netcore::Socket client {netcore::SocketOptions {.allowHalfOpen = true}};
        QByteArray received;
        bool closed = false;
        connect(&client, &netcore::Socket::dataReceived, &client,
                [&](const QByteArray &chunk) { received += chunk; });
        connect(&client, &netcore::Socket::closed, &client, [&] { closed = true; });
        client.connectToPath(relayPath);
        client.write("ping"_ba);
        client.end();
        QTRY_VERIFY_WITH_TIMEOUT(closed, Timeout);
        QCOMPARE(received, "ping"_ba);
    }
    // Each finished pair went with its two sockets; the relay is still there, listening.
    QTRY_COMPARE_WITH_TIMEOUT(census(engine).connections, 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(census(engine).sockets, 0, Timeout);
    QCOMPARE(census(engine).relays, 1);

    // Closed by the user: the relay and its server go.
    engine.post([relayId](Engine &e) { e.closeServer(relayId); });
    QTRY_COMPARE_WITH_TIMEOUT(census(engine).relays, 0, Timeout);
    QVERIFY(!QFileInfo::exists(relayPath));
}

QTEST_GUILESS_MAIN(tst_RelayEngine)
#include "tst_relayengine.moc"
