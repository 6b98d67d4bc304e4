// Echo and discard (attachAutoReply), the one implementation behind the window's listeners and
// `netbench listen --echo/--discard`, over real loopback sockets (TCP and Unix).

#include "session/autoreply.h"

#include "../net/testpeers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::Server;
using netcore::ServerOptions;
using netcore::Socket;
using session::AutoReply;
using testpeers::EventLog;
using testpeers::Transport;

namespace {

constexpr int Timeout = 10000;

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

void transportRows()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

} // namespace

class tst_AutoReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoSendsBackEveryByteAndEndsAfterThePeer_data() { transportRows(); }
    void echoSendsBackEveryByteAndEndsAfterThePeer();
    void echoPausesWhileThePeerDoesNotRead();
    void echoNeverWritesAfterItsOwnSideEnded();
    void discardDropsAndEndsAfterThePeer_data() { transportRows(); }
    void discardDropsAndEndsAfterThePeer();
    void tapSeesWhatIsReadAndWritten();
    void echoOfText();

private:
    QTemporaryDir m_dir;
};

// With allowHalfOpen (the window's choice) the echo ends its side once the peer has ended and
// everything before the FIN went back, as `netbench listen --echo` does.
void tst_AutoReply::echoSendsBackEveryByteAndEndsAfterThePeer()
{
    QFETCH(Transport, transport);
    if (transport == Transport::Tcp6 && !testpeers::hasIpv6Loopback())
        QSKIP("no IPv6 loopback");
    Server server(ServerOptions {.allowHalfOpen = true});
    QObject::connect(&server, &Server::newConnection, &server,
                     [](Socket *socket) { attachAutoReply(socket, AutoReply::Echo); });
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, m_dir)));
    Socket client;
    EventLog clientLog(&client);
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    EventLog acceptedLog(accepted);

    const QByteArray payload = pattern(3 * 1024 * 1024 + 17);
    client.write(payload);
    client.end();
    QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"close:false"_s), Timeout);
    QCOMPARE(clientLog.data.size(), payload.size());
    QVERIFY(clientLog.data == payload);
    QVERIFY(clientLog.events.contains(u"end"_s));
    QVERIFY(clientLog.errors.isEmpty());
    QVERIFY(acceptedLog.errors.isEmpty());
}

// The echo is a pipe: while the peer does not read, the accepted socket stops reading too
// (paused) instead of queueing without bound, and goes on once the queue drains.
void tst_AutoReply::echoPausesWhileThePeerDoesNotRead()
{
    Server server(ServerOptions {.allowHalfOpen = true});
    QObject::connect(&server, &Server::newConnection, &server,
                     [](Socket *socket) { attachAutoReply(socket, AutoReply::Echo); });
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(Transport::Tcp4, m_dir)));
    Socket client;
    EventLog clientLog(&client);
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);

    client.pause();
    const QByteArray payload = pattern(32 * 1024 * 1024);
    client.write(payload);
    QTRY_VERIFY_WITH_TIMEOUT(accepted->isPaused(), Timeout);
    QVERIFY(accepted->bufferSize() < payload.size()); // it stopped taking more in

    client.resume();
    client.end();
    QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"close:false"_s), Timeout);
    QCOMPARE(clientLog.data.size(), payload.size());
    QVERIFY(clientLog.data == payload);
}

// When its own side was ended first (End in the window), the echo keeps reading what the
// peer still sends but writes nothing more: a write after end() would fail the connection
// with ERR_STREAM_WRITE_AFTER_END.
void tst_AutoReply::echoNeverWritesAfterItsOwnSideEnded()
{
    Server server(ServerOptions {.allowHalfOpen = true});
    QObject::connect(&server, &Server::newConnection, &server,
                     [](Socket *socket) { attachAutoReply(socket, AutoReply::Echo); });
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(Transport::Tcp4, m_dir)));
    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    EventLog clientLog(&client);
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    EventLog acceptedLog(accepted);

    accepted->end();
    QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"end"_s), Timeout);
    client.write("late"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(acceptedLog.data, "late"_ba, Timeout);
    client.end();
    QTRY_VERIFY_WITH_TIMEOUT(acceptedLog.events.contains(u"close:false"_s), Timeout);
    QVERIFY2(acceptedLog.errors.isEmpty(), qPrintable(acceptedLog.events.join(u' ')));
    QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"close:false"_s), Timeout);
    QVERIFY(clientLog.data.isEmpty());
}

// Discard reads and drops, and like the echo ends its side once the peer has ended, so a
// half-open listener does not keep every finished client half-open.
void tst_AutoReply::discardDropsAndEndsAfterThePeer()
{
    QFETCH(Transport, transport);
    if (transport == Transport::Tcp6 && !testpeers::hasIpv6Loopback())
        QSKIP("no IPv6 loopback");
    Server server(ServerOptions {.allowHalfOpen = true});
    QObject::connect(&server, &Server::newConnection, &server,
                     [](Socket *socket) { attachAutoReply(socket, AutoReply::Discard); });
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, m_dir)));
    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    EventLog clientLog(&client);
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    EventLog acceptedLog(accepted);

    const QByteArray payload = pattern(1024 * 1024);
    client.write(payload);
    client.end();
    QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"close:false"_s), Timeout);
    QVERIFY(clientLog.events.contains(u"end"_s));
    QVERIFY(clientLog.data.isEmpty());
    QCOMPARE(acceptedLog.data.size(), payload.size());
    QVERIFY(acceptedLog.errors.isEmpty());
}

// The tap sees every chunk read and every chunk written back (netbench listen's hex dump).
void tst_AutoReply::tapSeesWhatIsReadAndWritten()
{
    for (const AutoReply reply : {AutoReply::Echo, AutoReply::Discard}) {
        QByteArray received;
        QByteArray sent;
        session::AutoReplyTap tap;
        tap.received = [&received](const QByteArray &bytes) { received += bytes; };
        tap.sent = [&sent](const QByteArray &bytes) { sent += bytes; };
        Server server(ServerOptions {.allowHalfOpen = true});
        QObject::connect(&server, &Server::newConnection, &server,
                         [reply, tap](Socket *socket) { attachAutoReply(socket, reply, tap); });
        QVERIFY(testpeers::listenAndWait(server,
                                         testpeers::listenOptionsFor(Transport::Unix, m_dir)));
        Socket client;
        EventLog clientLog(&client);
        QVERIFY(testpeers::connectAndAccept(server, client));
        const QByteArray payload = pattern(200 * 1000);
        client.write(payload);
        client.end();
        QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"close:false"_s), Timeout);
        QVERIFY(received == payload);
        QCOMPARE(sent, reply == AutoReply::Echo ? payload : QByteArray());
        QCOMPARE(clientLog.data, sent);
    }
}

// A socket given an encoding (the window's inspector) reads text; the echo writes that text
// back in the same encoding, so the bytes come back unchanged.
void tst_AutoReply::echoOfText()
{
    Server server(ServerOptions {.allowHalfOpen = true});
    QByteArray sent;
    QObject::connect(&server, &Server::newConnection, &server, [&sent](Socket *socket) {
        socket->setEncoding(netcore::Encoding::Hex);
        session::AutoReplyTap tap;
        tap.sent = [&sent](const QByteArray &bytes) { sent += bytes; };
        attachAutoReply(socket, AutoReply::Echo, tap);
    });
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(Transport::Tcp4, m_dir)));
    Socket client;
    EventLog clientLog(&client);
    QVERIFY(testpeers::connectAndAccept(server, client));
    const QByteArray payload = pattern(70 * 1000);
    client.write(payload);
    client.end();
    QTRY_VERIFY_WITH_TIMEOUT(clientLog.events.contains(u"close:false"_s), Timeout);
    QVERIFY(clientLog.data == payload);
    QVERIFY(sent == payload);
}

QTEST_GUILESS_MAIN(tst_AutoReply)
#include "tst_autoreply.moc"
