// Clients that stay up and "open N connections" in the window's engine: the engine thread keeps
// reconnecting a client until its server comes up, stops on the user's destroy, gives up at the
// limit, and opens N sockets for one client spec; over a Unix socket on the test's loop.

#include "session/enginethread.h"

#include "net/server.h"
#include "net/socket.h"
#include "threadspy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::NetEvent;
using session::Engine;

namespace {

constexpr int Timeout = 10000;

session::ClientSpec clientTo(const QString &path, int maxAttempts)
{
    session::ClientSpec spec;
    spec.connect = netcore::ConnectOptions::unixPath(path);
    spec.reconnect = {.enabled = true,
                      .initialDelayMs = 10,
                      .backoffFactor = 1.0,
                      .maxDelayMs = 10,
                      .maxAttempts = maxAttempts};
    return spec;
}

bool recorded(const session::EngineThread &engine, quint64 id, NetEvent event)
{
    for (const trace::TraceRecord &record : engine.recorder().eventsSince(0))
        if (record.endpointId == id && record.event == event)
            return true;
    return false;
}

} // namespace

class tst_ReconnectEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staysUpUntilTheUserDestroysIt();
    void givesUpAtTheLimit();
    void opensNConnections();
    void rulesEditedLiveCarryToTheNextSocket();
};

void tst_ReconnectEngine::staysUpUntilTheUserDestroysIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"late.sock"_s);
    session::EngineThread engine;
    ThreadSpy scheduled(engine.engine(), &Engine::reconnectScheduled);
    ThreadSpy started(engine.engine(), &Engine::reconnectStarted);
    const session::ClientSpec spec = clientTo(path, 0);
    engine.post([spec](Engine &e) { e.createClient(spec); });
    // Refused (ENOENT) at least twice before the server is there.
    QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 2, Timeout);
    // Each attempt is in the event stream: a reconnect record on the new socket, before its
    // connect call, naming the socket it replaces.
    const quint64 second = started.at(1).at(1).toULongLong();
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, second, NetEvent::ConnectCall), Timeout);
    QList<trace::TraceRecord> ofSecond;
    for (const trace::TraceRecord &record : engine.recorder().eventsSince(0))
        if (record.endpointId == second)
            ofSecond.append(record);
    QVERIFY(ofSecond.size() >= 2);
    QCOMPARE(ofSecond.at(0).event, NetEvent::ReconnectCall);
    QCOMPARE(ofSecond.at(0).value, 2);  // the attempt
    QCOMPARE(ofSecond.at(0).extra, 10); // the wait before it
    QCOMPARE(ofSecond.at(0).relatedId, started.at(1).at(0).toULongLong());
    QCOMPARE(ofSecond.at(1).event, NetEvent::ConnectCall);
    for (qsizetype i = 0; i < started.size(); ++i) {
        QCOMPARE(started.at(i).at(2).toInt(), int(i) + 1); // attempts counted in order
        if (i > 0) // each attempt replaces the socket the one before made
            QCOMPARE(started.at(i).at(0).toULongLong(), started.at(i - 1).at(1).toULongLong());
    }

    netcore::Server server;
    QPointer<netcore::Socket> accepted;
    connect(&server, &netcore::Server::newConnection, this,
            [&accepted](netcore::Socket *socket) { accepted = socket; });
    QVERIFY(!server.listenOnPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(accepted, Timeout);
    // The peer goes away: the client reconnects and is accepted again.
    const qsizetype startedBefore = started.size();
    accepted->destroy();
    QTRY_VERIFY_WITH_TIMEOUT(started.size() > startedBefore && accepted && !accepted->isDestroyed(),
                             Timeout);
    QCOMPARE(started.constLast().at(2).toInt(), 1); // the count started afresh
    const quint64 current = started.constLast().at(1).toULongLong();

    // The user's destroy: the socket closes and no attempt follows.
    engine.post([current](Engine &e) { e.destroy(current); });
    QTRY_VERIFY_WITH_TIMEOUT(recorded(engine, current, NetEvent::Close), Timeout);
    const qsizetype scheduledAfterDestroy = scheduled.size();
    // A round trip through the engine thread: anything the close caused has run by then.
    ThreadSpy failed(engine.engine(), &Engine::commandFailed);
    engine.post([](Engine &e) { e.destroy(0); });
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), Timeout);
    QCOMPARE(scheduled.size(), scheduledAfterDestroy);
    QVERIFY(scheduled.isEmpty() || scheduled.constLast().at(0).toULongLong() != current);
}

void tst_ReconnectEngine::givesUpAtTheLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    session::EngineThread engine;
    ThreadSpy started(engine.engine(), &Engine::reconnectStarted);
    ThreadSpy failed(engine.engine(), &Engine::commandFailed);
    const session::ClientSpec spec = clientTo(dir.filePath(u"never.sock"_s), 3);
    engine.post([spec](Engine &e) { e.createClient(spec); });
    const auto gaveUp = [&] {
        for (const QList<QVariant> &args : std::as_const(failed))
            if (args.at(1).toString() == u"gave up after 3 reconnect attempts"_s)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(gaveUp(), Timeout);
    QCOMPARE(started.size(), 3);
}

void tst_ReconnectEngine::opensNConnections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"many.sock"_s);
    netcore::Server server;
    int accepted = 0;
    connect(&server, &netcore::Server::newConnection, this, [&accepted] { ++accepted; });
    QVERIFY(!server.listenOnPath(path));
    session::EngineThread engine;
    session::ClientSpec spec;
    spec.connect = netcore::ConnectOptions::unixPath(path);
    spec.connections = 7;
    engine.post([spec](Engine &e) { e.createClient(spec); });
    QTRY_COMPARE_WITH_TIMEOUT(accepted, 7, Timeout);
}

// The rules the user edits on a client that stays up are the ones its next sockets answer by,
// not those it was created with.
void tst_ReconnectEngine::rulesEditedLiveCarryToTheNextSocket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rules.sock"_s);
    netcore::Server server;
    QPointer<netcore::Socket> accepted;
    QByteArray received;
    connect(&server, &netcore::Server::newConnection, this,
            [&accepted, &received](netcore::Socket *socket) {
                accepted = socket;
                received.clear();
                connect(socket, &netcore::Socket::dataReceived, socket,
                        [&received](const QByteArray &data) { received += data; });
            });
    QVERIFY(!server.listenOnPath(path));
    session::EngineThread engine;
    ThreadSpy attached(engine.engine(), &Engine::replyRulesAttached);
    ThreadSpy started(engine.engine(), &Engine::reconnectStarted);
    session::ClientSpec spec = clientTo(path, 0);
    spec.replyRules.rules = {*session::ReplyRule::parse(u"contains:PING=created\\n"_s, nullptr)};
    engine.post([spec](Engine &e) { e.createClient(spec); });
    QTRY_VERIFY_WITH_TIMEOUT(accepted && attached.size() == 1, Timeout);
    const quint64 first = attached.at(0).at(0).toULongLong();
    accepted->write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(received, "created\n"_ba, Timeout);

    session::ReplyRuleSet edited;
    edited.rules = {*session::ReplyRule::parse(u"contains:PING=edited\\n"_s, nullptr)};
    engine.post([first, edited](Engine &e) { e.setReplyRules(first, edited); });
    QTRY_COMPARE_WITH_TIMEOUT(attached.size(), 2, Timeout);
    received.clear();
    accepted->write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(received, "edited\n"_ba, Timeout);

    // The server drops it: the next socket answers by the edited rules.
    const QPointer<netcore::Socket> before = accepted;
    accepted->destroy();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() && accepted != before, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(attached.size(), 3, Timeout);
    QCOMPARE(attached.at(2).at(0).toULongLong(), started.constLast().at(1).toULongLong());
    accepted->write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(received, "edited\n"_ba, Timeout);
}

QTEST_GUILESS_MAIN(tst_ReconnectEngine)
#include "tst_reconnectengine.moc"
