// A send that fails with ENOBUFS (the kernel briefly out of buffer memory) is not the end of
// the connection: libuv counts ENOBUFS with EAGAIN as a transient write error, keeps the
// bytes queued and writes them once the socket is writable again, so Node's socket neither
// errors nor loses a byte. Real loopback sockets; only the client's sendmsg() is made to fail
// a few times, by this executable's own sendmsg(), which netcore calls instead of libc's.

#include "testpeers.h"

#include "net/server.h"
#include "net/socket.h"

#include <QTest>

#include <atomic>
#include <cerrno>
#include <dlfcn.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::EventLog;

namespace {

std::atomic<int> failingFd {-1};
std::atomic<int> failuresLeft {0};
std::atomic<int> failuresGiven {0};

// Makes the next count sendmsg() calls on fd fail with ENOBUFS.
void failSendsWithEnobufs(int fd, int count)
{
    failuresLeft = count;
    failuresGiven = 0;
    failingFd = fd;
}

} // namespace

extern "C" ssize_t sendmsg(int fd, const msghdr *message, int flags)
{
    using Send = ssize_t (*)(int, const msghdr *, int);
    static const auto realSendmsg = reinterpret_cast<Send>(::dlsym(RTLD_NEXT, "sendmsg"));
    if (fd == failingFd && failuresLeft > 0) {
        --failuresLeft;
        ++failuresGiven;
        errno = ENOBUFS;
        return -1;
    }
    return realSendmsg(fd, message, flags);
}

class tst_TransientWriteError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<netcore::Socket *>(); }
    void enobufsIsRetried_data();
    void enobufsIsRetried();
};

void tst_TransientWriteError::enobufsIsRetried_data()
{
    QTest::addColumn<testpeers::Transport>("transport");
    testpeers::addTransportRows();
}

void tst_TransientWriteError::enobufsIsRetried()
{
    QFETCH(testpeers::Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    Server server;
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket client;
    EventLog log(&client);
    Socket *peer = testpeers::connectAndAccept(server, client);
    QVERIFY(peer);
    EventLog peerLog(peer);

    QByteArray sent;
    for (int i = 0; i < 1000; ++i)
        sent += QByteArray::number(i) + ' ';
    int callbacks = 0;
    NetError callbackError;
    failSendsWithEnobufs(client.fd(), 3);
    client.write(sent, [&](const NetError &error) {
        ++callbacks;
        callbackError = error;
    });
    client.end();
    QTRY_VERIFY_WITH_TIMEOUT(peerLog.events.contains(u"end"_s) || log.hasClosed(), 5000);
    failingFd = -1;
    QCOMPARE(failuresGiven.load(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(log.hasClosed(), 5000);
    QCOMPARE(log.sequence(), u"connect end close:false"_s);
    QCOMPARE(peerLog.data, sent);
    QCOMPARE(callbacks, 1);
    QVERIFY(!callbackError);
    QCOMPARE(client.bytesWritten(), sent.size());
}

QTEST_GUILESS_MAIN(tst_TransientWriteError)
#include "tst_transientwriteerror.moc"
