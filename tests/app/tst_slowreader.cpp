// A slow reader at either end of `netbench listen` / `netbench connect` keeps netbench's memory
// bounded and loses nothing: when standard output is backed up netbench stops reading the
// socket (the TCP or Unix peer is pushed back by the kernel), and when the socket's write
// queue is full it stops reading standard input (the writer into the pipe is pushed back).
// The peer is netcore on the test's loop; netbench runs as a process, over TCP and a Unix
// socket, as `connect` and as `listen`.
//
// CTest labels this file no-asan: it bounds resident memory, which ASan changes.

#include "netbenchprocess.h"

#include "net/server.h"
#include "net/socket.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qsizetype ChunkSize = 64 * 1024;

// Bytes sent through netbench in each test: 256 MiB when run by hand. CTest sets
// NETBENCH_SLOWREADER_MIB=64 (tests/app/CMakeLists.txt) to keep the run short; that is still
// eight times GrowthBound, so a relay that buffers what the slow side has not taken fails.
qint64 transferBytes()
{
    bool ok = false;
    const qint64 mib = qEnvironmentVariableIntValue("NETBENCH_SLOWREADER_MIB", &ok);
    return (ok && mib > 0 ? mib : 256) * MiB;
}

// How much netbench's resident memory may grow during a transfer, whatever its size. What it
// may hold: standard output's queue (1 MiB high-water mark plus the chunk that crossed it), a
// socket's write queue (16 KiB high-water mark plus one 64 KiB chunk of standard input), the
// 64 KiB read buffers, and what malloc keeps of them (the writing thread frees chunks the
// loop thread allocated). Measured: 1.0-1.4 MiB from the slow standard output, under 256 KiB
// from the slow socket. Without backpressure, 64 MiB transfers grew it by 58-64 MiB (slow
// standard output) and 26-32 MiB (slow socket: the test feeds standard input only about
// twice as fast as the peer reads).
constexpr qint64 GrowthBound = 8 * MiB;

// The slow reader takes ChunkSize per tick: 64 KiB a millisecond at most, far below what
// netbench relays over loopback, so its buffers fill unless it pushes back. The timer paces
// the reader; no result depends on when it fires.
constexpr int TickMs = 1;

constexpr int TransferTimeoutMs = 180000;

// Pseudo-random bytes in chunks (never all in memory), and the hash of what was produced.
class PatternSource final
{
public:
    explicit PatternSource(qint64 total)
        : m_left(total)
    { }

    bool atEnd() const { return m_left == 0; }
    QByteArray next()
    {
        const qsizetype size = qsizetype(qMin<qint64>(m_left, ChunkSize));
        QByteArray chunk(size, Qt::Uninitialized);
        m_generator.fillRange(reinterpret_cast<quint32 *>(chunk.data()), size / 4);
        m_left -= size;
        m_hash.addData(chunk);
        return chunk;
    }
    QByteArray hash() const { return m_hash.result(); }

private:
    qint64 m_left;
    QRandomGenerator m_generator {20240611};
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

// A field of /proc/PID/status in KiB ("VmRSS", "VmHWM"); nullopt once the process is gone.
std::optional<qint64> statusKiB(qint64 pid, QByteArrayView field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':') {
            bool ok = false;
            const qint64 kib
                    = line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong(&ok);
            return ok ? std::optional<qint64>(kib) : std::nullopt;
        }
    }
    return std::nullopt;
}

// netbench's resident memory: VmRSS when the transfer starts, and the highest VmHWM (the
// kernel's peak, so nothing between two samples is missed) while it runs.
class MemoryWatch final
{
public:
    bool start(qint64 pid)
    {
        m_pid = pid;
        const std::optional<qint64> rss = statusKiB(pid, "VmRSS");
        m_baselineKiB = rss.value_or(-1);
        return rss.has_value();
    }
    void sample()
    {
        if (const std::optional<qint64> peak = statusKiB(m_pid, "VmHWM"))
            m_peakKiB = qMax(m_peakKiB, *peak);
    }
    qint64 growthBytes() const { return (m_peakKiB - m_baselineKiB) * 1024; }
    QByteArray describe() const
    {
        return u"VmRSS at start %1 KiB, VmHWM %2 KiB, growth %3 KiB (bound %4 KiB)"_s
                .arg(m_baselineKiB)
                .arg(m_peakKiB)
                .arg(growthBytes() / 1024)
                .arg(GrowthBound / 1024)
                .toUtf8();
    }

private:
    qint64 m_pid = 0;
    qint64 m_baselineKiB = -1;
    qint64 m_peakKiB = -1;
};

// netbench's standard output: a pipe whose read end the test holds and reads when it likes
// (QProcess would read everything as fast as it comes).
class OutputPipe final
{
public:
    OutputPipe()
    {
        m_ok = ::pipe2(m_fds, O_CLOEXEC) == 0
                && ::fcntl(m_fds[0], F_SETFL, ::fcntl(m_fds[0], F_GETFL) | O_NONBLOCK) == 0;
    }
    ~OutputPipe()
    {
        closeFd(m_fds[0]);
        closeFd(m_fds[1]);
    }
    OutputPipe(const OutputPipe &) = delete;
    OutputPipe &operator=(const OutputPipe &) = delete;

    bool isValid() const { return m_ok; }
    // Makes it the standard output of process (call before start(), then closeWriteEnd()).
    // Only the read end is non-blocking: netbench gets an ordinary pipe.
    void attachAsStandardOutput(QProcess &process) const
    {
        const int writeEnd = m_fds[1];
        process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    }
    void closeWriteEnd() { closeFd(m_fds[1]); }
    bool atEnd() const { return m_atEnd; }

    // One read of up to ChunkSize bytes; empty when nothing is there yet.
    QByteArray readChunk()
    {
        QByteArray chunk(ChunkSize, Qt::Uninitialized);
        ssize_t count = 0;
        do {
            count = ::read(m_fds[0], chunk.data(), size_t(chunk.size()));
        } while (count < 0 && errno == EINTR);
        if (count == 0)
            m_atEnd = true;
        chunk.truncate(count > 0 ? qsizetype(count) : 0);
        return chunk;
    }

private:
    static void closeFd(int &fd)
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }

    int m_fds[2] = {-1, -1};
    bool m_ok = false;
    bool m_atEnd = false;
};

// The test's end of the connection, run by netcore on the test's loop. It either floods
// netbench (writes while write() says yes, goes on at drained(), then ends its side) or reads
// slowly (paused, except for one chunk per grant()), and ends its side once netbench has
// ended its own.
class Peer final : public QObject
{
public:
    // Listens for `netbench connect` on 127.0.0.1:0 ("tcp") or at unixPath ("unix"); returns
    // the arguments that reach it, empty on failure.
    QStringList listen(const QString &transport, const QString &unixPath)
    {
        m_server = new netcore::Server(netcore::ServerOptions {.allowHalfOpen = true}, this);
        connect(m_server, &netcore::Server::newConnection, this, [this](netcore::Socket *socket) {
            if (m_socket)
                return socket->destroy();
            attach(socket);
            m_open = true;
        });
        bool listening = false;
        connect(m_server, &netcore::Server::listening, this, [&listening] { listening = true; });
        const netcore::NetError error = transport == u"tcp" ? m_server->listen(0, u"127.0.0.1"_s)
                                                            : m_server->listenOnPath(unixPath);
        if (error || !QTest::qWaitFor([&] { return listening; }, 10000))
            return {};
        if (transport != u"tcp")
            return {unixPath};
        return {u"127.0.0.1"_s, QString::number(m_server->address().port())};
    }

    // Connects to `netbench listen` at "127.0.0.1:PORT" or a Unix socket path.
    void connectTo(const QString &address)
    {
        auto *socket = new netcore::Socket(netcore::SocketOptions {.allowHalfOpen = true}, this);
        attach(socket);
        connect(socket, &netcore::Socket::connected, this, [this] { m_open = true; });
        if (address.contains(u'/')) {
            socket->connectToPath(address);
        } else {
            const qsizetype colon = address.lastIndexOf(u':');
            socket->connectTo(address.mid(colon + 1).toInt(), address.left(colon));
        }
    }

    void flood(PatternSource *source)
    {
        m_source = source;
        connect(m_socket, &netcore::Socket::drained, this, &Peer::writeUntilFull);
        writeUntilFull();
    }

    void readSlowly()
    {
        m_slow = true;
        m_socket->pause();
    }
    // Lets one more chunk in.
    void grant()
    {
        if (m_allowance <= 0)
            m_allowance = ChunkSize;
        m_socket->resume();
    }

    bool isOpen() const { return m_open; }
    bool isClosed() const { return m_closed; }
    qint64 received() const { return m_received; }
    QByteArray receivedHash() const { return m_hash.result(); }
    QString error() const { return m_error; }

private:
    void attach(netcore::Socket *socket)
    {
        m_socket = socket;
        connect(socket, &netcore::Socket::dataReceived, this, [this](const QByteArray &chunk) {
            m_hash.addData(chunk);
            m_received += chunk.size();
            m_allowance -= chunk.size();
            if (m_slow && m_allowance <= 0)
                m_socket->pause();
        });
        connect(socket, &netcore::Socket::ended, this, [this] {
            if (!m_source || m_source->atEnd())
                m_socket->end();
        });
        connect(socket, &netcore::Socket::errorOccurred, this,
                [this](const netcore::NetError &error) { m_error = error.message(); });
        connect(socket, &netcore::Socket::closed, this, [this] { m_closed = true; });
    }

    void writeUntilFull()
    {
        while (!m_source->atEnd()) {
            if (!m_socket->write(m_source->next()))
                return; // drained() brings us back
        }
        m_socket->end();
    }

    netcore::Server *m_server = nullptr;
    netcore::Socket *m_socket = nullptr;
    PatternSource *m_source = nullptr;
    bool m_open = false;
    bool m_closed = false;
    bool m_slow = false;
    qint64 m_allowance = 0;
    qint64 m_received = 0;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    QString m_error;
};

struct PacedRun
{
    bool finished = false; // tick() said so before the timeout
    int ticks = 0;
    qint64 elapsedMs = 0;
};

// Runs the event loop, calling tick() every TickMs, until tick() returns true or
// TransferTimeoutMs have passed. A QEventLoop waits in poll() between events; QTest::qWaitFor
// sleeps 10 ms between turns, which would pace the reader (and the peer) ten times slower.
PacedRun runPaced(const std::function<bool()> &tick)
{
    PacedRun run;
    QEventLoop loop;
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    pacer.setInterval(TickMs);
    QObject::connect(&pacer, &QTimer::timeout, &loop, [&] {
        ++run.ticks;
        if (tick()) {
            run.finished = true;
            loop.quit();
        }
    });
    QTimer::singleShot(TransferTimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    pacer.start();
    loop.exec();
    run.elapsedMs = clock.elapsed();
    return run;
}

// Standard error without the "listening on" notice of `netbench listen`.
QByteArray messages(const NetbenchProcess &netbench)
{
    static const QRegularExpression notice(u"^netbench: listening on \\S+\\n"_s);
    return QString::fromUtf8(netbench.err).remove(notice).toUtf8();
}

} // namespace

class SlowReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void socketToSlowStandardOutput_data();
    void socketToSlowStandardOutput();
    void standardInputToSlowSocket_data();
    void standardInputToSlowSocket();
    void standardInputFileToSlowSocket_data();
    void standardInputFileToSlowSocket();

private:
    // Starts netbench in mode ("connect" or "listen") over transport ("tcp" or "unix") with
    // peer at the other end; what went wrong, or empty.
    QByteArray startConnected(NetbenchProcess *netbench, Peer *peer, const QString &mode,
                              const QString &transport);
    static void addRows();
    void sendToSlowPeer(NetbenchProcess *netbench, Peer *peer, PatternSource *source,
                        const std::function<void()> &startFeeding);

    QTemporaryDir m_dir;
};

void SlowReaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qInfo("%lld MiB per transfer, growth bound %lld MiB", transferBytes() / MiB, GrowthBound / MiB);
}

void SlowReaderTest::addRows()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("transport");
    for (const QString &mode : {u"connect"_s, u"listen"_s}) {
        for (const QString &transport : {u"tcp"_s, u"unix"_s})
            QTest::addRow("%s-%s", qPrintable(mode), qPrintable(transport)) << mode << transport;
    }
}

QByteArray SlowReaderTest::startConnected(NetbenchProcess *netbench, Peer *peer,
                                          const QString &mode, const QString &transport)
{
    const QString unixPath
            = m_dir.filePath(u"%1-%2.sock"_s.arg(QLatin1StringView(QTest::currentTestFunction()),
                                                 QLatin1StringView(QTest::currentDataTag())));
    QStringList arguments {mode};
    if (mode == u"connect") {
        arguments += peer->listen(transport, unixPath);
        if (arguments.size() == 1)
            return "the peer cannot listen";
    } else {
        arguments += transport == u"tcp" ? u"127.0.0.1:0"_s : unixPath;
    }
    if (!netbench->start(arguments))
        return netbench->process.errorString().toUtf8();
    if (mode == u"listen") {
        const QString address = netbench->waitForListening();
        if (address.isEmpty())
            return "not listening: " + netbench->err;
        peer->connectTo(address);
    }
    if (!QTest::qWaitFor([&] { return peer->isOpen(); }, 10000))
        return "not connected: " + netbench->err;
    return {};
}

void SlowReaderTest::socketToSlowStandardOutput_data()
{
    addRows();
}

// The peer sends as fast as netbench takes it; standard output is read a chunk per tick.
void SlowReaderTest::socketToSlowStandardOutput()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    OutputPipe output;
    QVERIFY(output.isValid());
    NetbenchProcess netbench;
    output.attachAsStandardOutput(netbench.process);
    Peer peer;
    QCOMPARE(startConnected(&netbench, &peer, mode, transport), QByteArray());
    output.closeWriteEnd();
    netbench.sendAndClose({}); // nothing to send: netbench half-closes, the peer goes on

    MemoryWatch memory;
    QVERIFY(memory.start(netbench.process.processId()));
    PatternSource source(transferBytes());
    peer.flood(&source);
    qint64 received = 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const PacedRun run = runPaced([&] {
        memory.sample();
        const QByteArray chunk = output.readChunk();
        hash.addData(chunk);
        received += chunk.size();
        return output.atEnd();
    });
    QVERIFY2(run.finished, QByteArray::number(received));

    QVERIFY2(netbench.waitForExit(), netbench.err);
    QCOMPARE(messages(netbench), QByteArray());
    QCOMPARE(netbench.exitCode(), 0);
    QVERIFY(source.atEnd());
    QCOMPARE(received, transferBytes());
    QCOMPARE(hash.result(), source.hash());
    QTRY_VERIFY(peer.isClosed());
    QCOMPARE(peer.error(), QString());
    QVERIFY2(memory.growthBytes() < GrowthBound, memory.describe());
    qInfo("%s; %d ticks in %lld ms", memory.describe().constData(), run.ticks, run.elapsedMs);
}

void SlowReaderTest::standardInputToSlowSocket_data()
{
    addRows();
}

// The test writes into netbench's standard input as fast as the pipe takes it; the peer
// reads a chunk per tick.
void SlowReaderTest::standardInputToSlowSocket()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    NetbenchProcess netbench;
    Peer peer;
    QCOMPARE(startConnected(&netbench, &peer, mode, transport), QByteArray());
    PatternSource source(transferBytes());
    // QProcess keeps what the pipe did not take yet: a chunk or two, never the whole input.
    // Once the last chunk is queued, the pipe closes after it (the end of standard input).
    const auto feed = [&] {
        if (source.atEnd())
            return;
        while (!source.atEnd() && netbench.process.bytesToWrite() < 2 * ChunkSize)
            netbench.process.write(source.next());
        if (source.atEnd())
            netbench.process.closeWriteChannel();
    };
    connect(&netbench.process, &QProcess::bytesWritten, this, feed);
    sendToSlowPeer(&netbench, &peer, &source, feed);
}

// The file is read the same whatever reads it: two rows cover both modes and transports.
void SlowReaderTest::standardInputFileToSlowSocket_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("transport");
    QTest::newRow("connect-tcp") << u"connect"_s << u"tcp"_s;
    QTest::newRow("listen-unix") << u"listen"_s << u"unix"_s;
}

// Standard input is a regular file, which netbench reads on a timer rather than a notifier.
void SlowReaderTest::standardInputFileToSlowSocket()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    PatternSource source(transferBytes());
    QFile input(m_dir.filePath(u"input.bin"_s));
    QVERIFY(input.open(QIODevice::WriteOnly | QIODevice::Truncate));
    while (!source.atEnd())
        QVERIFY(input.write(source.next()) == ChunkSize || source.atEnd());
    input.close();
    NetbenchProcess netbench;
    netbench.process.setStandardInputFile(input.fileName());
    Peer peer;
    QCOMPARE(startConnected(&netbench, &peer, mode, transport), QByteArray());
    sendToSlowPeer(&netbench, &peer, &source, [] {});
}

// The peer reads a chunk per tick until netbench ends its side, having sent all of source;
// startFeeding() begins writing standard input, if the test writes it.
void SlowReaderTest::sendToSlowPeer(NetbenchProcess *netbench, Peer *peer, PatternSource *source,
                                    const std::function<void()> &startFeeding)
{
    peer->readSlowly();
    MemoryWatch memory;
    QVERIFY(memory.start(netbench->process.processId()));
    startFeeding();
    const PacedRun run = runPaced([&] {
        memory.sample();
        peer->grant();
        return peer->isClosed();
    });
    QVERIFY2(run.finished, QByteArray::number(peer->received()));

    QVERIFY2(netbench->waitForExit(), netbench->err);
    QCOMPARE(messages(*netbench), QByteArray());
    QCOMPARE(netbench->exitCode(), 0);
    QCOMPARE(peer->error(), QString());
    QVERIFY(source->atEnd());
    QCOMPARE(peer->received(), transferBytes());
    QCOMPARE(peer->receivedHash(), source->hash());
    QVERIFY2(memory.growthBytes() < GrowthBound, memory.describe());
    qInfo("%s; %d ticks in %lld ms", memory.describe().constData(), run.ticks, run.elapsedMs);
}

QTEST_GUILESS_MAIN(SlowReaderTest)
#include "tst_slowreader.moc"
