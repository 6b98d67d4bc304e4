// A netcore socket that asks the kernel for nothing (paused, nothing to write) still hears of
// errors and hang-ups from epoll, which reports them whatever was asked for. Ignored and left in
// the epoll set, they would wake the loop at once, turn after turn, until the socket resumed.
// Runs on both event dispatchers: net.tst_idlesocketpoll on netcore's, net.qt.* on Qt's.

#include "net/server.h"
#include "net/socket.h"

#include "loopsleeps.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// A raw loopback client of the server that resets the connection when it closes.
int connectResettingClient(const netcore::Server &server)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const linger resetOnClose {1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(server.address().port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class tst_IdleSocketPoll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pausedSocketWhosePeerResetsLetsTheLoopSleep();
};

void tst_IdleSocketPoll::pausedSocketWhosePeerResetsLetsTheLoopSleep()
{
    netcore::Server server;
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(0, QStringLiteral("127.0.0.1")).isError());
    QVERIFY(listening.wait(5000));
    QSignalSpy accepted(&server, &netcore::Server::newConnection);
    const int peer = connectResettingClient(server);
    QVERIFY(peer >= 0);
    QVERIFY(accepted.wait(5000));
    auto *socket = accepted.constFirst().at(0).value<netcore::Socket *>();
    socket->pause();
    QSignalSpy failed(socket, &netcore::Socket::errorOccurred);
    ::close(peer); // RST: EPOLLERR | EPOLLHUP on the paused socket

    QCOMPARE_LE(sleepsDuring(50), 3);
    QCOMPARE(failed.count(), 0); // paused, as libuv: the reset is read when it resumes
    socket->resume();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.constFirst().at(0).value<netcore::NetError>().code(),
             QStringLiteral("ECONNRESET"));
}

QTEST_GUILESS_MAIN(tst_IdleSocketPoll)

#include "tst_idlesocketpoll.moc"
