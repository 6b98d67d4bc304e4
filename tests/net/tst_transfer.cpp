// Bulk transfers, checked byte for byte without storing them: each side sends a deterministic
// pseudo-random stream (byte i depends only on the seed and i) in random-sized writes that
// honour write()'s answer and drained(), then half-closes; the receiver regenerates the
// stream at its offset and compares every chunk as it arrives.
//
// netcore talks to itself (both directions at once) and to two peers it did not write: socat
// (EXEC:cat echoes what it gets and half-closes after EOF) and a blocking echo peer on a
// std::thread. NETBENCH_TRANSFER_MIB overrides the 256 MiB; NETBENCH_TEST_SEED the seed.

#include "testpeers.h"

#include "net/server.h"
#include "net/socket.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <thread>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::Transport;

class tst_Transfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothDirectionsAtOnce_data();
    void bothDirectionsAtOnce();
    void echoThroughSocat_data();
    void echoThroughSocat();
    void echoThroughBlockingPeer_data();
    void echoThroughBlockingPeer();

private:
    quint32 m_seed = 0;
};

namespace {

// Byte i of the stream is byte (i % 8) of splitmix64(seed + i / 8).
class Pattern final
{
public:
    explicit Pattern(quint64 seed)
        : m_seed(seed)
    { }

    void fill(char *out, qint64 offset, qint64 size) const
    {
        while (size > 0) {
            const quint64 block = mix(m_seed + quint64(offset / 8));
            const qint64 skip = offset % 8;
            const qint64 take = qMin<qint64>(8 - skip, size);
            std::memcpy(out, reinterpret_cast<const char *>(&block) + skip, size_t(take));
            out += take;
            offset += take;
            size -= take;
        }
    }

private:
    static quint64 mix(quint64 x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    quint64 m_seed;
};

// Writes 'total' bytes of a pattern in random-sized chunks, waiting for drained() whenever
// write() says so, then ends the socket.
class Sender final : public QObject
{
public:
    Sender(Socket *socket, quint64 patternSeed, quint32 chunkSeed, qint64 total)
        : m_socket(socket)
        , m_pattern(patternSeed)
        , m_chunks(chunkSeed)
        , m_total(total)
    {
        connect(socket, &Socket::drained, this, &Sender::pump);
    }

    void pump()
    {
        while (m_sent < m_total) {
            const qint64 size = qMin<qint64>(m_chunks.bounded(1, 256 * 1024 + 1), m_total - m_sent);
            QByteArray chunk(size, Qt::Uninitialized);
            m_pattern.fill(chunk.data(), m_sent, size);
            m_sent += size;
            if (!m_socket->write(chunk))
                return; // drained() calls pump() again
        }
        if (!m_ended) {
            m_ended = true;
            m_socket->end();
        }
    }

    qint64 sent() const { return m_sent; }

private:
    Socket *m_socket;
    Pattern m_pattern;
    QRandomGenerator m_chunks;
    qint64 m_total;
    qint64 m_sent = 0;
    bool m_ended = false;
};

// Compares what a socket receives with the pattern; remembers the first differing offset.
class Verifier final : public QObject
{
public:
    Verifier(Socket *socket, quint64 patternSeed)
        : m_pattern(patternSeed)
    {
        connect(socket, &Socket::dataReceived, this, &Verifier::check);
        connect(socket, &Socket::ended, this, [this] { ended = true; });
        connect(socket, &Socket::errorOccurred, this,
                [this](const NetError &error) { errors.append(error.message()); });
        connect(socket, &Socket::closed, this, [this](bool hadError) {
            closed = true;
            closedWithError = hadError;
        });
    }

    void check(const QByteArray &data)
    {
        if (m_expected.size() < data.size())
            m_expected.resize(data.size());
        m_pattern.fill(m_expected.data(), received, data.size());
        if (firstMismatch < 0
            && std::memcmp(m_expected.constData(), data.constData(), size_t(data.size())) != 0) {
            qsizetype i = 0;
            while (m_expected.at(i) == data.at(i))
                ++i;
            firstMismatch = received + i;
        }
        received += data.size();
    }

    qint64 received = 0;
    qint64 firstMismatch = -1;
    bool ended = false;
    bool closed = false;
    bool closedWithError = false;
    QStringList errors;

private:
    Pattern m_pattern;
    QByteArray m_expected;
};

qint64 transferBytes()
{
    bool ok = false;
    const int mib = qEnvironmentVariableIntValue("NETBENCH_TRANSFER_MIB", &ok);
    return qint64(ok && mib > 0 ? mib : 256) * 1024 * 1024;
}

// A blocking echo peer on its own thread: accepts one connection on a socket the test made,
// echoes until EOF, then half-closes and waits for the other side to close.
class BlockingEchoPeer final
{
public:
    explicit BlockingEchoPeer(Transport transport, const QString &path)
    {
        const bool isUnix = transport == Transport::Unix;
        m_listenFd = ::socket(isUnix ? AF_UNIX : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_storage storage {};
        socklen_t length = 0;
        if (isUnix) {
            auto *address = reinterpret_cast<sockaddr_un *>(&storage);
            address->sun_family = AF_UNIX;
            qstrncpy(address->sun_path, QFile::encodeName(path).constData(),
                     sizeof address->sun_path);
            length = sizeof *address;
        } else {
            auto *address = reinterpret_cast<sockaddr_in *>(&storage);
            address->sin_family = AF_INET;
            address->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            length = sizeof *address;
        }
        auto *raw = reinterpret_cast<sockaddr *>(&storage);
        if (::bind(m_listenFd, raw, length) != 0 || ::listen(m_listenFd, 1) != 0
            || ::getsockname(m_listenFd, raw, &length) != 0)
            return;
        if (!isUnix)
            m_port = ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
        m_ready = true;
        m_thread = std::thread([this] { run(); });
    }
    BlockingEchoPeer(const BlockingEchoPeer &) = delete;
    BlockingEchoPeer &operator=(const BlockingEchoPeer &) = delete;
    ~BlockingEchoPeer()
    {
        ::shutdown(m_listenFd, SHUT_RDWR); // unblocks accept() if nobody came
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listenFd);
    }

    bool isReady() const { return m_ready; }
    int port() const { return m_port; }

private:
    void run()
    {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            return;
        static thread_local char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t done = 0; done < n;) {
                const ssize_t w = ::write(fd, buffer + done, size_t(n - done));
                if (w <= 0)
                    break;
                done += w;
            }
        }
        ::shutdown(fd, SHUT_WR);
        while (::read(fd, buffer, sizeof buffer) > 0) { }
        ::close(fd);
    }

    int m_listenFd = -1;
    int m_port = -1;
    bool m_ready = false;
    std::thread m_thread;
};

} // namespace

void tst_Transfer::initTestCase()
{
    bool ok = false;
    m_seed = quint32(qEnvironmentVariableIntValue("NETBENCH_TEST_SEED", &ok));
    if (!ok)
        m_seed = QRandomGenerator::global()->generate();
    qInfo("seed %u (set NETBENCH_TEST_SEED=%u to repeat), %lld MiB per direction", m_seed, m_seed,
          transferBytes() / (1024 * 1024));
}

void tst_Transfer::bothDirectionsAtOnce_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("tcp4") << Transport::Tcp4;
    QTest::newRow("unix") << Transport::Unix;
}

void tst_Transfer::bothDirectionsAtOnce()
{
    QFETCH(Transport, transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 total = transferBytes();

    // Both ends allow half-open: each ends its own direction and keeps reading the other.
    ServerOptions serverOptions;
    serverOptions.allowHalfOpen = true;
    Server server(serverOptions);
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    SocketOptions clientOptions;
    clientOptions.allowHalfOpen = true;
    Socket client(clientOptions);
    Verifier clientIn(&client, quint64(m_seed) + 2);
    QPointer<Socket> accepted;
    std::unique_ptr<Verifier> serverIn;
    connect(&server, &Server::newConnection, this, [&](Socket *socket) {
        accepted = socket;
        serverIn = std::make_unique<Verifier>(socket, quint64(m_seed) + 1);
    });
    QVERIFY(!client.connectTo(testpeers::connectOptionsFor(server)));
    QTRY_VERIFY_WITH_TIMEOUT(accepted && client.state() == Socket::State::Open, 5000);

    Sender clientOut(&client, quint64(m_seed) + 1, m_seed ^ 0x5a5a5a5au, total);
    Sender serverOut(accepted.data(), quint64(m_seed) + 2, m_seed ^ 0xa5a5a5a5u, total);
    clientOut.pump();
    serverOut.pump();

    QTRY_VERIFY_WITH_TIMEOUT(clientIn.closed && serverIn->closed, 60000);
    QVERIFY2(clientIn.errors.isEmpty(), qPrintable(clientIn.errors.join(u"; "_s)));
    QVERIFY2(serverIn->errors.isEmpty(), qPrintable(serverIn->errors.join(u"; "_s)));
    QCOMPARE(clientIn.firstMismatch, -1);
    QCOMPARE(serverIn->firstMismatch, -1);
    QCOMPARE(clientIn.received, total);
    QCOMPARE(serverIn->received, total);
    QVERIFY(clientIn.ended);
    QVERIFY(serverIn->ended);
    QVERIFY(!clientIn.closedWithError);
    QVERIFY(!serverIn->closedWithError);
    QCOMPARE(client.bytesWritten(), total);
    QCOMPARE(client.bytesRead(), total);
}

void tst_Transfer::echoThroughSocat_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("tcp4") << Transport::Tcp4;
    QTest::newRow("unix") << Transport::Unix;
}

void tst_Transfer::echoThroughSocat()
{
    // socat connects to a netcore server and runs cat: what netcore sends comes back, and
    // after netcore's FIN cat ends, so socat half-closes towards netcore.
    QFETCH(Transport, transport);
    const QString socat = QStandardPaths::findExecutable(u"socat"_s);
    if (socat.isEmpty())
        QSKIP("socat is not on PATH (packaging/install-deps.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 total = 16 * 1024 * 1024;

    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    QPointer<Socket> accepted;
    std::unique_ptr<Verifier> echo;
    std::unique_ptr<Sender> sender;
    connect(&server, &Server::newConnection, this, [&](Socket *socket) {
        accepted = socket;
        echo = std::make_unique<Verifier>(socket, m_seed);
        sender = std::make_unique<Sender>(socket, m_seed, m_seed + 7, total);
        sender->pump();
    });

    const QString target = transport == Transport::Unix
            ? u"UNIX-CONNECT:"_s + server.address().path()
            : u"TCP:127.0.0.1:"_s + QString::number(server.address().port());
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(socat, {u"-t"_s, u"30"_s, target, u"EXEC:cat"_s});
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));

    QTRY_VERIFY_WITH_TIMEOUT(echo && echo->closed, 30000);
    QVERIFY2(echo->errors.isEmpty(), qPrintable(echo->errors.join(u"; "_s)));
    QCOMPARE(echo->firstMismatch, -1);
    QCOMPARE(echo->received, total);
    QVERIFY(echo->ended);
    QVERIFY(!echo->closedWithError);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void tst_Transfer::echoThroughBlockingPeer_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("tcp4") << Transport::Tcp4;
    QTest::newRow("unix") << Transport::Unix;
}

void tst_Transfer::echoThroughBlockingPeer()
{
    // A netcore client against a plain blocking-socket server written here.
    QFETCH(Transport, transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"echo.sock"_s);
    const qint64 total = 32 * 1024 * 1024;

    BlockingEchoPeer peer(transport, path);
    QVERIFY(peer.isReady());
    Socket client;
    Verifier echo(&client, m_seed + 3);
    QVERIFY(!(transport == Transport::Unix ? client.connectToPath(path)
                                           : client.connectTo(peer.port(), u"127.0.0.1"_s)));
    Sender sender(&client, m_seed + 3, m_seed + 11, total);
    sender.pump(); // writes queued while connecting go out once connected

    QTRY_VERIFY_WITH_TIMEOUT(echo.closed, 30000);
    QVERIFY2(echo.errors.isEmpty(), qPrintable(echo.errors.join(u"; "_s)));
    QCOMPARE(echo.firstMismatch, -1);
    QCOMPARE(echo.received, total);
    QVERIFY(echo.ended);
    QVERIFY(!echo.closedWithError);
}

QTEST_GUILESS_MAIN(tst_Transfer)
#include "tst_transfer.moc"
