// The relay without faults, and with re-chunking: every byte arrives, in order, both ways at
// once, with each direction ending on its own; errors cross from one leg to the other.

#include "relaytestbed.h"

#include "net/socket.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::Socket;
using relaytest::Received;
using relaytest::RelayTestbed;
using testpeers::Transport;

// What the relay does to the bytes on their way, in the exactness test.
enum class Shaping { None, Rechunk, LatencyAndPieces, Bandwidth };
Q_DECLARE_METATYPE(Shaping)

namespace {

// Sends `total` bytes that never repeat in step with any chunk size (a 1 MiB random block
// read from a moving offset), respecting backpressure, then end(). Hashes what it sent.
class StreamSender final : public QObject
{
public:
    StreamSender(Socket *socket, qint64 total)
        : m_socket(socket)
        , m_total(total)
    {
        static const QByteArray block = [] {
            QByteArray bytes(1 << 20, Qt::Uninitialized);
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
            return bytes;
        }();
        m_block = block + block; // a window of any offset is contiguous
        connect(socket, &Socket::drained, this, &StreamSender::send);
    }
    void send()
    {
        constexpr qint64 ChunkSize = 96 * 1024;
        while (m_sent < m_total) {
            const qint64 size = std::min(ChunkSize, m_total - m_sent);
            const qint64 offset = (m_sent * 7 / 3) % (1 << 20);
            const QByteArray chunk = m_block.mid(offset, size);
            m_hash.addData(chunk);
            m_sent += size;
            if (!m_socket->write(chunk))
                return;
        }
        m_socket->end();
    }
    QByteArray hash() const { return m_hash.result(); }

private:
    Socket *m_socket;
    qint64 m_total;
    qint64 m_sent = 0;
    QByteArray m_block;
    QCryptographicHash m_hash {QCryptographicHash::Sha1};
};

// Hashes what a socket receives; notes its 'end'.
class StreamReceiver final : public QObject
{
public:
    explicit StreamReceiver(Socket *socket)
    {
        connect(socket, &Socket::dataReceived, this, [this](const QByteArray &chunk) {
            m_hash.addData(chunk);
            count += chunk.size();
        });
        connect(socket, &Socket::ended, this, [this] { ended = true; });
    }
    QByteArray hash() const { return m_hash.result(); }
    qint64 count = 0;
    bool ended = false;

private:
    QCryptographicHash m_hash {QCryptographicHash::Sha1};
};

qint64 transferBytes()
{
    // 256 MiB each way; NETBENCH_RELAY_MIB makes it smaller under sanitizers.
    const int mib = qEnvironmentVariableIntValue("NETBENCH_RELAY_MIB");
    return qint64(mib > 0 ? mib : 256) * 1024 * 1024;
}

} // namespace

class tst_Relay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { relaytest::registerSignalTypes(); }
    void bytesArriveExactlyBothWaysWithHalfClose_data();
    void bytesArriveExactlyBothWaysWithHalfClose();
    void eachClientGetsItsOwnTargetConnection();
    void unreachableTargetResetsTheClient();
    void silentTargetTimesOutAndResetsTheClient();
    void resetOnOneLegResetsTheOther();
};

void tst_Relay::bytesArriveExactlyBothWaysWithHalfClose_data()
{
    QTest::addColumn<Transport>("relay");
    QTest::addColumn<Transport>("target");
    QTest::addColumn<Shaping>("shaping");
    QTest::addColumn<qint64>("total");
    const qint64 full = transferBytes();
    const qint64 shaped = 4 * 1024 * 1024; // a few MiB, so the slowed rows stay short
    QTest::newRow("tcp-tcp") << Transport::Tcp4 << Transport::Tcp4 << Shaping::None << full;
    QTest::newRow("unix-tcp") << Transport::Unix << Transport::Tcp4 << Shaping::None << full;
    QTest::newRow("tcp-tcp-rechunked")
            << Transport::Tcp4 << Transport::Tcp4 << Shaping::Rechunk << full;
    QTest::newRow("unix-tcp-rechunked")
            << Transport::Unix << Transport::Tcp4 << Shaping::Rechunk << full;
    QTest::newRow("tcp-unix-latency-pieces")
            << Transport::Tcp4 << Transport::Unix << Shaping::LatencyAndPieces << shaped;
    QTest::newRow("tcp-tcp-bandwidth")
            << Transport::Tcp4 << Transport::Tcp4 << Shaping::Bandwidth << shaped;
}

void tst_Relay::bytesArriveExactlyBothWaysWithHalfClose()
{
    QFETCH(Transport, relay);
    QFETCH(Transport, target);
    QFETCH(Shaping, shaping);
    QFETCH(qint64, total);
    session::RelayFaults faults;
    for (session::DirectionFaults *direction : {&faults.clientToServer, &faults.serverToClient}) {
        switch (shaping) {
        case Shaping::None: break;
        case Shaping::Rechunk: // pieces from 1 byte to more than a read: boundaries anywhere
            direction->pieceMin = 1;
            direction->pieceMax = 100 * 1024;
            break;
        case Shaping::LatencyAndPieces:
            direction->latencyMs = 20;
            direction->pieceMin = 1000;
            direction->pieceMax = 64 * 1024;
            direction->piecePauseMs = 1;
            break;
        case Shaping::Bandwidth: direction->bytesPerSecond = 32 * 1024 * 1024; break;
        }
    }
    RelayTestbed bed;
    QVERIFY(bed.start(relay, target, faults));
    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    QSignalSpy finished(bed.relay.get(), &session::Relay::connectionFinished);

    StreamReceiver atServer(server), atClient(&client);
    StreamSender fromClient(&client, total);
    // Each side ends after its last byte while the other may still be sending: whichever
    // direction ends first, the other keeps flowing to its own end.
    StreamSender fromServer(server, total);
    fromClient.send();
    fromServer.send();

    QTRY_VERIFY_WITH_TIMEOUT(atServer.ended && atClient.ended, 240000);
    QCOMPARE(atServer.count, total);
    QCOMPARE(atClient.count, total);
    QCOMPARE(atServer.hash(), fromClient.hash());
    QCOMPARE(atClient.hash(), fromServer.hash());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(1).value<netcore::NetError>());
    QTRY_VERIFY(client.isDestroyed() && server->isDestroyed());
}

void tst_Relay::eachClientGetsItsOwnTargetConnection()
{
    RelayTestbed bed;
    QVERIFY(bed.start(Transport::Unix, Transport::Tcp4));
    Socket first, second;
    Socket *firstServer = bed.connectThrough(first);
    Socket *secondServer = bed.connectThrough(second);
    QVERIFY(firstServer && secondServer && firstServer != secondServer);
    QCOMPARE(bed.relay->connections().size(), 2);
    Received atFirstServer(firstServer), atSecondServer(secondServer);
    Received atFirst(&first), atSecond(&second);
    QVERIFY(first.write("one"_ba));
    QVERIFY(second.write("two"_ba));
    QVERIFY(firstServer->write("1"_ba));
    QVERIFY(secondServer->write("2"_ba));
    QTRY_COMPARE(atFirstServer.bytes, "one"_ba);
    QTRY_COMPARE(atSecondServer.bytes, "two"_ba);
    QTRY_COMPARE(atFirst.bytes, "1"_ba);
    QTRY_COMPARE(atSecond.bytes, "2"_ba);

    // One client going away leaves the other connection alone.
    QSignalSpy finished(bed.relay.get(), &session::Relay::connectionFinished);
    first.destroy();
    QTRY_VERIFY(atFirstServer.ended);
    firstServer->end(); // the target allows half-open: it closes once it ends too
    QTRY_VERIFY(atFirstServer.closed);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(second.write("still"_ba));
    QTRY_COMPARE(atSecondServer.bytes, "twostill"_ba);
    QCOMPARE(bed.relay->connections().size(), 1);
}

void tst_Relay::unreachableTargetResetsTheClient()
{
    RelayTestbed bed;
    QVERIFY(bed.start(Transport::Tcp4, Transport::Tcp4));
    bed.target.close();
    QTRY_VERIFY(!bed.target.isListening());
    Socket client;
    Received atClient(&client);
    QSignalSpy finished(bed.relay.get(), &session::Relay::connectionFinished);
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(*bed.relay->server())));
    QTRY_VERIFY(atClient.closed);
    QCOMPARE(atClient.errorCode, u"ECONNRESET"_s);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<netcore::NetError>().code(), u"ECONNREFUSED"_s);
}

// The target drops the relay's SYNs: the client is reset after the connect timeout, not after
// minutes of kernel retries, and the error says it timed out.
void tst_Relay::silentTargetTimesOutAndResetsTheClient()
{
    relaytest::SilentTcpTarget silent;
    QVERIFY(silent.port());
    QTemporaryDir dir;
    session::Relay relay(testpeers::listenOptionsFor(Transport::Tcp4, dir),
                         netcore::ConnectOptions::tcp(silent.port(), u"127.0.0.1"_s));
    QCOMPARE(relay.connectTimeoutMs(), session::Relay::DefaultConnectTimeoutMs);
    relay.setConnectTimeoutMs(300);
    QSignalSpy listening(&relay, &session::Relay::listening);
    QVERIFY(!relay.start());
    QVERIFY(listening.wait(5000));
    QSignalSpy finished(&relay, &session::Relay::connectionFinished);
    bool timedOut = false; // read while the connection still exists: it is deleted after
    connect(&relay, &session::Relay::connectionFinished, this,
            [&timedOut](session::RelayConnection *connection) {
                timedOut = connection->connectTimedOut();
            });
    Socket client;
    Received atClient(&client);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(*relay.server())));
    QTRY_VERIFY_WITH_TIMEOUT(atClient.closed, 5000);
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(atClient.errorCode, u"ECONNRESET"_s);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(timedOut);
    const auto error = finished.first().at(1).value<netcore::NetError>();
    QCOMPARE(error.code(), u"ETIMEDOUT"_s);
    QCOMPARE(error.syscall(), u"connect"_s);
    QCOMPARE(error.port(), silent.port());
}

void tst_Relay::resetOnOneLegResetsTheOther()
{
    RelayTestbed bed;
    QVERIFY(bed.start(Transport::Tcp4, Transport::Tcp4));
    Socket client;
    Received atClient(&client);
    Socket *server = bed.connectThrough(client);
    QVERIFY(server);
    // A byte in flight, so the relay's client leg is open and reading when the RST comes.
    Received atServer(server);
    QVERIFY(client.write("x"_ba));
    QTRY_COMPARE(atServer.bytes, "x"_ba);
    server->resetAndDestroy();
    QTRY_VERIFY(atClient.closed);
    QCOMPARE(atClient.errorCode, u"ECONNRESET"_s);
}

QTEST_GUILESS_MAIN(tst_Relay)
#include "tst_relay.moc"
