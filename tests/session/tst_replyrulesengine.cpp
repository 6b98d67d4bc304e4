// Auto-reply rules in the window's engine: a listener's rules answer its connections on the
// engine thread, the hit counts are read from this thread, setReplyRules() changes them for
// later connections, a client's rules answer its server, a bad rule is reported, and a
// workspace keeps the rules.

#include "session/enginethread.h"
#include "session/workspace.h"

#include "../net/testpeers.h"
#include "threadspy.h"

#include "net/server.h"
#include "net/socket.h"

#include <QTest>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::Socket;
using session::ReplyRules;
using session::ReplyRuleSet;

namespace {

constexpr int Timeout = 10000;

ReplyRuleSet ruleSet(const QStringList &texts)
{
    ReplyRuleSet set;
    set.framing.kind = session::ReplyFraming::Kind::Line;
    QString error;
    for (const QString &text : texts)
        set.rules.append(*session::ReplyRule::parse(text, &error));
    return set;
}

// The last rules attached to id, as replyRulesAttached() said.
std::shared_ptr<ReplyRules> attachedTo(ThreadSpy &spy, quint64 id)
{
    std::shared_ptr<ReplyRules> found;
    [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(spy)) {
                    if (args.at(0).toULongLong() == id)
                        found = args.at(1).value<std::shared_ptr<ReplyRules>>();
                }
                return found != nullptr;
            },
            Timeout);
    return found;
}

quint64 firstAppeared(ThreadSpy &spy, EndpointKind kind)
{
    quint64 id = 0;
    [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(spy)) {
                    if (args.at(1).value<EndpointKind>() == kind && args.at(2).toULongLong() == 0)
                        id = args.at(0).toULongLong();
                }
                return id != 0;
            },
            Timeout);
    return id;
}

// A client of this thread: sends one line, returns what came back by the time it ended.
QByteArray ask(const QString &path, const QByteArray &line)
{
    Socket client {netcore::SocketOptions {.allowHalfOpen = true}};
    QByteArray received;
    QObject::connect(&client, &Socket::dataReceived, &client,
                     [&](const QByteArray &chunk) { received += chunk; });
    bool ended = false;
    QObject::connect(&client, &Socket::ended, &client, [&] { ended = true; });
    client.connectToPath(path);
    client.write(line);
    client.end();
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return ended; }, Timeout);
    return received;
}

} // namespace

class TestReplyRulesEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EndpointKind>(); }
    void listenerRulesAnswerAndCount();
    void listenerRuleEditsReachOpenConnections();
    void clientRulesAnswerItsServer();
    void badRuleIsReported();
    void workspaceKeepsRules();
};

void TestReplyRulesEngine::listenerRulesAnswerAndCount()
{
    QTemporaryDir dir;
    session::EngineThread engine;
    ThreadSpy appeared(engine.engine(), &session::Engine::endpointAppeared);
    ThreadSpy attached(engine.engine(), &session::Engine::replyRulesAttached);
    session::ListenerSpec listener;
    const QString path = dir.filePath(u"rules.sock"_s);
    listener.listen = netcore::ListenOptions::unixPath(path);
    listener.server.allowHalfOpen = true;
    listener.autoReply = session::AutoReply::Echo; // the rules win over the preset
    listener.replyRules = ruleSet({u"exact:PING=PONG ${count}\\n"_s});
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    const quint64 serverId = firstAppeared(appeared, EndpointKind::Server);
    QVERIFY(serverId);
    const std::shared_ptr<ReplyRules> rules = attachedTo(attached, serverId);
    QVERIFY(rules);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), Timeout);

    QCOMPARE(ask(path, "PING\n"), "PONG 1\n"_ba);
    QCOMPARE(ask(path, "PING\nPING\n"), "PONG 2\nPONG 3\n"_ba);
    QCOMPARE(rules->hitCounts(), QList<qint64> {3});

    // New rules for the connections from now on.
    attached.clear();
    const ReplyRuleSet changed = ruleSet({u"exact:PING=pong\\n"_s});
    engine.post([serverId, changed](session::Engine &e) { e.setReplyRules(serverId, changed); });
    QVERIFY(attachedTo(attached, serverId));
    QCOMPARE(ask(path, "PING\n"), "pong\n"_ba);

    // No rules: the preset (echo) again.
    attached.clear();
    engine.post([serverId](session::Engine &e) { e.setReplyRules(serverId, {}); });
    QTRY_VERIFY_WITH_TIMEOUT(!attached.isEmpty(), Timeout);
    QCOMPARE(ask(path, "PING\n"), "PING\n"_ba);
}

// An edit of a listener's rules answers the connections already open too, from their next
// message on; removing the rules gives them the listener's preset again.
void TestReplyRulesEngine::listenerRuleEditsReachOpenConnections()
{
    QTemporaryDir dir;
    session::EngineThread engine;
    ThreadSpy appeared(engine.engine(), &session::Engine::endpointAppeared);
    ThreadSpy attached(engine.engine(), &session::Engine::replyRulesAttached);
    session::ListenerSpec listener;
    const QString path = dir.filePath(u"live.sock"_s);
    listener.listen = netcore::ListenOptions::unixPath(path);
    listener.server.allowHalfOpen = true;
    listener.autoReply = session::AutoReply::Echo;
    listener.replyRules = ruleSet({u"exact:PING=PONG\\n"_s});
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    const quint64 serverId = firstAppeared(appeared, EndpointKind::Server);
    QVERIFY(serverId);
    QVERIFY(attachedTo(attached, serverId));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), Timeout);

    Socket client {netcore::SocketOptions {.allowHalfOpen = true}};
    QByteArray received;
    QObject::connect(&client, &Socket::dataReceived, &client,
                     [&](const QByteArray &chunk) { received += chunk; });
    client.connectToPath(path);
    client.write("PING\n"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(received, "PONG\n"_ba, Timeout);

    attached.clear();
    const ReplyRuleSet changed = ruleSet({u"exact:PING=pong\\n"_s});
    engine.post([serverId, changed](session::Engine &e) { e.setReplyRules(serverId, changed); });
    const std::shared_ptr<ReplyRules> live = attachedTo(attached, serverId);
    QVERIFY(live);
    client.write("PING\n"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(received, "PONG\npong\n"_ba, Timeout);
    QCOMPARE(live->hitCounts(), QList<qint64> {1}); // the new rules counted the open connection

    attached.clear();
    engine.post([serverId](session::Engine &e) { e.setReplyRules(serverId, {}); });
    QTRY_VERIFY_WITH_TIMEOUT(!attached.isEmpty(), Timeout);
    client.write("echo me\n"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(received, "PONG\npong\necho me\n"_ba, Timeout);

    attached.clear();
    engine.post([serverId, changed](session::Engine &e) { e.setReplyRules(serverId, changed); });
    QVERIFY(attachedTo(attached, serverId));
    client.write("PING\n"_ba);
    // The rules replace the echo: one answer, not the echo beside it.
    QTRY_COMPARE_WITH_TIMEOUT(received, "PONG\npong\necho me\npong\n"_ba, Timeout);
    client.write("other\n"_ba);
    client.end();
    bool ended = false;
    QObject::connect(&client, &Socket::ended, &client, [&] { ended = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ended, Timeout);
    QCOMPARE(received, "PONG\npong\necho me\npong\n"_ba);
}

void TestReplyRulesEngine::clientRulesAnswerItsServer()
{
    QTemporaryDir dir;
    QByteArray received; // outlives the server and its connections, which write to it
    netcore::Server server {netcore::ServerOptions {.allowHalfOpen = true}};
    QVERIFY(testpeers::listenAndWait(server,
                                     testpeers::listenOptionsFor(testpeers::Transport::Tcp4, dir)));
    connect(&server, &netcore::Server::newConnection, &server, [&](Socket *socket) {
        connect(socket, &Socket::dataReceived, socket,
                [&](const QByteArray &chunk) { received += chunk; });
        socket->write("HELLO\n"_ba);
    });
    session::EngineThread engine;
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(server.address().port(), u"127.0.0.1"_s);
    client.replyRules = ruleSet({u"exact:HELLO=hi\\n"_s});
    engine.post([client](session::Engine &e) { e.createClient(client); });
    QTRY_COMPARE_WITH_TIMEOUT(received, "hi\n"_ba, Timeout);
}

void TestReplyRulesEngine::badRuleIsReported()
{
    QTemporaryDir dir;
    session::EngineThread engine;
    ThreadSpy failed(engine.engine(), &session::Engine::commandFailed);
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::unixPath(dir.filePath(u"bad.sock"_s));
    listener.replyRules = ruleSet({u"exact:a=b"_s});
    QString error;
    listener.replyRules.rules.append(*session::ReplyRule::parse(u"re:(x=y"_s, &error));
    engine.post([listener](session::Engine &e) { e.createListener(listener); });
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), Timeout);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"auto-reply rule 2: bad regular expression"_s), qPrintable(message));
}

void TestReplyRulesEngine::workspaceKeepsRules()
{
    session::Workspace workspace;
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.replyRules = ruleSet({u"exact,delay=20ms:PING=PONG\\n"_s, u"hex,off:ff=hex:00"_s});
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(1, u"127.0.0.1"_s);
    client.replyRules = ruleSet({u"contains:x=y"_s});
    workspace.listeners.append(listener);
    workspace.clients.append(client);
    session::Workspace loaded;
    QString error;
    QVERIFY2(session::Workspace::fromJson(workspace.toJson(), &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.listeners.first().replyRules, listener.replyRules);
    QCOMPARE(loaded.clients.first().replyRules, client.replyRules);
}

QTEST_GUILESS_MAIN(TestReplyRulesEngine)
#include "tst_replyrulesengine.moc"
