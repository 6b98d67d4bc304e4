// `netbench listen` and `netbench connect` never lose a byte silently: standard input is
// sent to its end after the peer has ended its side, what arrives reaches standard output
// before the program exits, and what could not be delivered is counted on stderr with exit
// status 1. The peer is netcore on the test's loop (RelayPeer); netbench runs as a process.

#include "netbenchprocess.h"
#include "relaypeer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitTimeoutMs = 60000;
constexpr qsizetype EightMiB = 8 * 1024 * 1024;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// Standard error without the "listening on" notice of `netbench listen`.
QByteArray messages(const NetbenchProcess &netbench)
{
    static const QRegularExpression notice(u"^netbench: listening on \\S+\\n"_s);
    return QString::fromUtf8(netbench.err).remove(notice).toUtf8();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// A pipe whose read end the test holds: netbench's standard output, read when the test says.
class OutputPipe final
{
public:
    OutputPipe() { m_ok = ::pipe2(m_fds, O_CLOEXEC) == 0; }
    ~OutputPipe()
    {
        closeReadEnd();
        closeWriteEnd();
    }
    OutputPipe(const OutputPipe &) = delete;
    OutputPipe &operator=(const OutputPipe &) = delete;

    bool isValid() const { return m_ok; }
    // Makes it the standard output of process (call before start(), then closeWriteEnd()).
    void attachAsStandardOutput(QProcess &process) const
    {
        const int writeEnd = m_fds[1];
        process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    }
    void makeWriteEndNonBlocking() const
    {
        ::fcntl(m_fds[1], F_SETFL, ::fcntl(m_fds[1], F_GETFL) | O_NONBLOCK);
    }
    void closeWriteEnd() { closeFd(m_fds[1]); }
    void closeReadEnd() { closeFd(m_fds[0]); }

    // Reads up to limit bytes, or to the end of file, while the event loop runs (the peer
    // lives on it); gives up after 60 s.
    QByteArray read(qsizetype limit = -1)
    {
        ::fcntl(m_fds[0], F_SETFL, ::fcntl(m_fds[0], F_GETFL) | O_NONBLOCK);
        QByteArray data;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
                [&] {
                    char buffer[64 * 1024];
                    while (limit < 0 || data.size() < limit) {
                        const size_t want = limit < 0
                                ? sizeof buffer
                                : qMin(sizeof buffer, size_t(limit - data.size()));
                        const ssize_t count = ::read(m_fds[0], buffer, want);
                        if (count < 0)
                            return errno != EAGAIN && errno != EINTR;
                        if (count == 0)
                            return true;
                        data.append(buffer, count);
                    }
                    return true;
                },
                60000);
        return data;
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
};

} // namespace

class tst_Delivery final : public QObject
{
    Q_OBJECT

private:
    // Starts `netbench MODE ... options` with peer on the other end of its connection.
    bool startWithPeer(NetbenchProcess &netbench, RelayPeer &peer, const QString &mode,
                       const QString &transport, const QStringList &options = {})
    {
        const QString path = m_dir.filePath(u"relay-%1.sock"_s.arg(++m_socketCount));
        if (mode == u"connect") {
            const QStringList target = peer.listen(transport, path);
            return !target.isEmpty()
                    && netbench.start(QStringList {u"connect"_s} + target + options);
        }
        const QString address = transport == u"tcp" ? u"127.0.0.1:0"_s : path;
        if (!netbench.start(QStringList {u"listen"_s, address} + options))
            return false;
        const QString listening = netbench.waitForListening();
        if (listening.isEmpty())
            return false;
        peer.connectTo(listening);
        return true;
    }

    static void addModeAndTransportRows()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("transport");
        for (const QString &mode : {u"listen"_s, u"connect"_s}) {
            for (const QString &transport : {u"tcp"_s, u"unix"_s})
                QTest::newRow(qPrintable(mode + u' ' + transport)) << mode << transport;
        }
    }

    QTemporaryDir m_dir;
    int m_socketCount = 0;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void sendsAllInputAfterThePeerEnds_data();
    void sendsAllInputAfterThePeerEnds();
    void peerResetIsOneErrorWithTheCount_data() { addModeAndTransportRows(); }
    void peerResetIsOneErrorWithTheCount();
    void noHalfCloseEndsWithThePeer_data() { addModeAndTransportRows(); }
    void noHalfCloseEndsWithThePeer();
    void noHalfCloseCountsTheInputNotSent_data() { addModeAndTransportRows(); }
    void noHalfCloseCountsTheInputNotSent();
    void slowStandardOutputGetsEveryByte_data();
    void slowStandardOutputGetsEveryByte();
    void signalStillWritesWhatArrived_data() { addModeAndTransportRows(); }
    void signalStillWritesWhatArrived();
    void secondSignalEndsAtOnce();
    void signalEndsWhenStandardOutputStalls();
    void closedStandardOutputReaderEndsQuietly_data() { addModeAndTransportRows(); }
    void closedStandardOutputReaderEndsQuietly();
    void closedStandardInputReadsAsEmpty();
    void closedStandardOutputIsAnError();
};

void tst_Delivery::sendsAllInputAfterThePeerEnds_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<bool>("peerSends"); // the other direction too: 8 MiB, then its FIN
    for (const QString &mode : {u"listen"_s, u"connect"_s}) {
        for (const QString &transport : {u"tcp"_s, u"unix"_s}) {
            QTest::newRow(qPrintable(mode + u' ' + transport)) << mode << transport << false;
            QTest::newRow(qPrintable(mode + u' ' + transport + u" both ways"_s))
                    << mode << transport << true;
        }
    }
}

// The peer half-closes first (ncat --recv-only, `ncat -l < /dev/null`): every byte of
// standard input still reaches it, and what it sent reaches standard output.
void tst_Delivery::sendsAllInputAfterThePeerEnds()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    QFETCH(bool, peerSends);
    const QByteArray input = randomBytes(EightMiB, 11);
    const QByteArray payload = peerSends ? randomBytes(EightMiB + 3, 12) : QByteArray();

    RelayPeer peer({.endFirst = true, .payload = payload, .resetAfter = -1, .answerAtEnd = false});
    NetbenchProcess netbench;
    QVERIFY(startWithPeer(netbench, peer, mode, transport));
    netbench.sendAndClose(input);

    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QTRY_VERIFY(peer.isClosed());
    QCOMPARE(messages(netbench), QByteArray());
    QCOMPARE(netbench.exitCode(), 0);
    QCOMPARE(peer.received(), input.size());
    QCOMPARE(peer.receivedHash(), sha256(input));
    QCOMPARE(netbench.out.size(), payload.size());
    QCOMPARE(sha256(netbench.out), sha256(payload));
    QVERIFY(peer.hasEnded());
    QCOMPARE(peer.error(), QString());
}

// The peer resets in the middle (SO_LINGER 0, close): one line on stderr that counts what
// was not delivered and names the error, exit status 1, no hang. Standard input is a file
// larger than every buffer on the way, so some of it is certainly left when the reset comes.
void tst_Delivery::peerResetIsOneErrorWithTheCount()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    const qsizetype inputSize = 4 * EightMiB;
    const QString inputPath = m_dir.filePath(u"input.bin"_s);
    QFile input(inputPath);
    QVERIFY(input.open(QIODevice::WriteOnly));
    QCOMPARE(input.write(randomBytes(inputSize, 13)), inputSize);
    input.close();

    RelayPeer peer(
            {.endFirst = false, .payload = {}, .resetAfter = 1024 * 1024, .answerAtEnd = false});
    NetbenchProcess netbench;
    netbench.process.setStandardInputFile(inputPath);
    QVERIFY(startWithPeer(netbench, peer, mode, transport));

    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 1);
    static const QRegularExpression line(
            u"^netbench: at least (\\d+) bytes of standard input were not delivered: "
            "(write|read) (EPIPE|ECONNRESET)\\n$"_s);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(messages(netbench)));
    QVERIFY2(match.hasMatch(), netbench.err.constData());
    const qint64 undelivered = match.captured(1).toLongLong();
    QVERIFY(undelivered > 0);
    QVERIFY(undelivered + peer.received() <= inputSize);
}

// --no-half-close is Node's default: the peer's FIN ends our side too, so the connection
// closes although standard input stays open; nothing was lost, exit status 0.
void tst_Delivery::noHalfCloseEndsWithThePeer()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    RelayPeer peer(
            {.endFirst = false, .payload = "bye\n"_ba, .resetAfter = -1, .answerAtEnd = false});
    NetbenchProcess netbench;
    QVERIFY(startWithPeer(netbench, peer, mode, transport, {u"--no-half-close"_s}));

    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(messages(netbench), QByteArray());
    QCOMPARE(netbench.exitCode(), 0);
    QCOMPARE(netbench.out, "bye\n"_ba);
    QTRY_VERIFY(peer.hasEnded());
    QCOMPARE(peer.received(), 0);
}

// With --no-half-close the input left when the peer ended is not sent: said, and status 1.
// Standard input is a file, so all of it is waiting before the peer can end: written through
// the process's pipe, it could still be on its way when the FIN came, and then nothing was
// left to count (exit status 0, rightly).
void tst_Delivery::noHalfCloseCountsTheInputNotSent()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    const qsizetype inputSize = 4 * EightMiB;
    const QString inputPath = m_dir.filePath(u"input.bin"_s);
    QFile input(inputPath);
    QVERIFY(input.open(QIODevice::WriteOnly));
    QCOMPARE(input.write(randomBytes(inputSize, 14)), inputSize);
    input.close();

    RelayPeer peer({.endFirst = true, .payload = {}, .resetAfter = -1, .answerAtEnd = false});
    NetbenchProcess netbench;
    netbench.process.setStandardInputFile(inputPath);
    QVERIFY(startWithPeer(netbench, peer, mode, transport, {u"--no-half-close"_s}));

    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 1);
    static const QRegularExpression line(
            u"^netbench: at least (\\d+) bytes of standard input were not delivered: "
            "the peer ended the connection \\(--no-half-close\\)\\n$"_s);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(messages(netbench)));
    QVERIFY2(match.hasMatch(), netbench.err.constData());
    const qint64 undelivered = match.captured(1).toLongLong();
    QVERIFY(undelivered > 0);
    QTRY_VERIFY(peer.isClosed());
    QVERIFY(undelivered + peer.received() <= inputSize);
}

void tst_Delivery::slowStandardOutputGetsEveryByte_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<bool>("nonBlocking"); // O_NONBLOCK set by whoever made the pipe
    for (const QString &mode : {u"listen"_s, u"connect"_s}) {
        for (const QString &transport : {u"tcp"_s, u"unix"_s}) {
            QTest::newRow(qPrintable(mode + u' ' + transport)) << mode << transport << false;
            QTest::newRow(qPrintable(mode + u' ' + transport + u" O_NONBLOCK"_s))
                    << mode << transport << true;
        }
    }
}

// Standard output is a pipe nobody reads until the connection is over: netbench holds what
// arrived, does not exit before it is all written, and it all is, also when the pipe was
// made non-blocking by its creator (a write says EAGAIN: wait, not fail).
void tst_Delivery::slowStandardOutputGetsEveryByte()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    QFETCH(bool, nonBlocking);
    // Less than netbench queues for standard output before it pauses the socket, more than
    // a pipe holds: the connection can finish while most of it still waits in netbench.
    const QByteArray payload = randomBytes(768 * 1024 + 5, 15);
    OutputPipe output;
    QVERIFY(output.isValid());
    if (nonBlocking)
        output.makeWriteEndNonBlocking();
    RelayPeer peer({.endFirst = false, .payload = payload, .resetAfter = -1, .answerAtEnd = false});
    NetbenchProcess netbench;
    output.attachAsStandardOutput(netbench.process);
    QVERIFY(startWithPeer(netbench, peer, mode, transport));
    output.closeWriteEnd();
    netbench.sendAndClose({});

    QTRY_VERIFY_WITH_TIMEOUT(peer.isClosed(), ExitTimeoutMs);
    QCOMPARE(netbench.process.state(), QProcess::Running); // the pipe is full
    const QByteArray received = output.read();
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 0);
    QCOMPARE(messages(netbench), QByteArray());
    QCOMPARE(received.size(), payload.size());
    QVERIFY(received == payload);
}

// SIGTERM while standard output is backed up: what netbench had received when the signal came
// is written out before it exits with 128 + 15, as if the bytes had gone straight out (it
// used to exit at once and drop the queue, up to a MiB). Its standard input stays open, so
// only the signal ends the run.
void tst_Delivery::signalStillWritesWhatArrived()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    // All of it is read from the socket (below the queue's high-water mark), most of it waits
    // in netbench because the pipe holds 64 KiB.
    const QByteArray payload = randomBytes(768 * 1024 + 5, 17);
    OutputPipe output;
    QVERIFY(output.isValid());
    RelayPeer peer({.endFirst = false, .payload = payload, .resetAfter = -1, .answerAtEnd = false});
    NetbenchProcess netbench;
    output.attachAsStandardOutput(netbench.process);
    QVERIFY(startWithPeer(netbench, peer, mode, transport, {u"--events"_s}));
    output.closeWriteEnd();
    // The peer's FIN comes after its last byte: netbench has read everything.
    QTRY_VERIFY_WITH_TIMEOUT(netbench.err.contains(" socket  end\n"), ExitTimeoutMs);

    QCOMPARE(::kill(pid_t(netbench.process.processId()), SIGTERM), 0);
    const QByteArray received = output.read();
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 128 + SIGTERM);
    QCOMPARE(received.size(), payload.size());
    QVERIFY(received == payload);
}

// A reader that never reads holds standard output for ever: a second signal ends the run
// without waiting for it, with its own status.
void tst_Delivery::secondSignalEndsAtOnce()
{
    OutputPipe output;
    QVERIFY(output.isValid());
    RelayPeer peer({.endFirst = false,
                    .payload = randomBytes(EightMiB, 18),
                    .resetAfter = -1,
                    .answerAtEnd = false});
    NetbenchProcess netbench;
    output.attachAsStandardOutput(netbench.process);
    // --keep-open: the server is closed by the first signal only, and --events says so.
    QVERIFY(startWithPeer(netbench, peer, u"listen"_s, u"tcp"_s,
                          {u"--keep-open"_s, u"--events"_s}));
    output.closeWriteEnd();
    QTRY_VERIFY_WITH_TIMEOUT(netbench.err.contains(" socket  data "), ExitTimeoutMs);

    const auto pid = pid_t(netbench.process.processId());
    QCOMPARE(::kill(pid, SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(netbench.err.contains(" server  close()"), ExitTimeoutMs);
    QCOMPARE(netbench.process.state(), QProcess::Running); // standard output is not drained
    QCOMPARE(::kill(pid, SIGINT), 0);
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 128 + SIGINT);
}

// A reader of standard output that stopped reading, and no second signal (`timeout` sends one):
// the run still ends once standard output has taken nothing for 5 s, and says what was lost.
void tst_Delivery::signalEndsWhenStandardOutputStalls()
{
    OutputPipe output;
    QVERIFY(output.isValid());
    RelayPeer peer({.endFirst = false,
                    .payload = randomBytes(EightMiB, 19),
                    .resetAfter = -1,
                    .answerAtEnd = false});
    NetbenchProcess netbench;
    output.attachAsStandardOutput(netbench.process);
    QVERIFY(startWithPeer(netbench, peer, u"connect"_s, u"tcp"_s, {u"--events"_s}));
    output.closeWriteEnd();
    QTRY_VERIFY_WITH_TIMEOUT(netbench.err.contains(" socket  data "), ExitTimeoutMs);

    QCOMPARE(::kill(pid_t(netbench.process.processId()), SIGTERM), 0);
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 128 + SIGTERM);
    QVERIFY2(netbench.err.contains("standard output took nothing for 5 s after the signal"),
             netbench.err.constData());
}

// `netbench ... | head -c 10`: the reader goes away; netbench ends without a message and
// with the status of a program killed by SIGPIPE, as cat and ncat do, and does not hang.
void tst_Delivery::closedStandardOutputReaderEndsQuietly()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    OutputPipe output;
    QVERIFY(output.isValid());
    RelayPeer peer({.endFirst = false,
                    .payload = randomBytes(EightMiB, 16),
                    .resetAfter = -1,
                    .answerAtEnd = false});
    NetbenchProcess netbench;
    output.attachAsStandardOutput(netbench.process);
    QVERIFY(startWithPeer(netbench, peer, mode, transport));
    output.closeWriteEnd();
    QCOMPARE(output.read(10).size(), 10);
    output.closeReadEnd();

    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 141);
    QCOMPARE(messages(netbench), QByteArray());
    QTRY_VERIFY(peer.isClosed());
}

// Started with standard input closed (`<&-`): it reads as empty (the peer sees our FIN at
// once and answers), and a descriptor the program opens itself is not taken for its input.
void tst_Delivery::closedStandardInputReadsAsEmpty()
{
    RelayPeer peer(
            {.endFirst = false, .payload = "hello\n"_ba, .resetAfter = -1, .answerAtEnd = true});
    NetbenchProcess netbench;
    netbench.process.setChildProcessModifier([] { ::close(STDIN_FILENO); });
    QVERIFY(startWithPeer(netbench, peer, u"connect"_s, u"tcp"_s));

    QVERIFY(netbench.waitForExit(20000));
    QCOMPARE(messages(netbench), QByteArray());
    QCOMPARE(netbench.exitCode(), 0);
    QCOMPARE(netbench.out, "hello\n"_ba);
    QTRY_VERIFY(peer.isClosed());
    QCOMPARE(peer.received(), 0);
    QVERIFY(peer.hasEnded());
}

// Started with standard output closed (`>&-`): what arrives cannot be written, and that is
// an error, not data thrown away or written into some other descriptor.
void tst_Delivery::closedStandardOutputIsAnError()
{
    RelayPeer peer(
            {.endFirst = false, .payload = "hello\n"_ba, .resetAfter = -1, .answerAtEnd = false});
    NetbenchProcess netbench;
    netbench.process.setChildProcessModifier([] { ::close(STDOUT_FILENO); });
    QVERIFY(startWithPeer(netbench, peer, u"connect"_s, u"tcp"_s));
    netbench.sendAndClose({});

    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 1);
    QCOMPARE(messages(netbench),
             "netbench: cannot write standard output: Bad file descriptor\n"_ba);
    QTRY_VERIFY(peer.isClosed());
    QCOMPARE(peer.received(), 0);
}

QTEST_GUILESS_MAIN(tst_Delivery)
#include "tst_delivery.moc"
