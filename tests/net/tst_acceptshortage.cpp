// A listening Server when the process runs out of descriptors (EMFILE on accept): it keeps
// listening, reports the shortage once through acceptStalled() (Node's server emits no
// 'error': libuv sheds the waiting connections with a spare descriptor), closes the waiting
// connections at once instead of leaving them hanging, and serves again once descriptors
// are free.

#include "descriptorshortage.h"
#include "testpeers.h"

#include "net/server.h"
#include "net/socket.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace netcore;

namespace {

// Blocking TCP sockets opened while descriptors are still free; connect() needs none.
std::vector<int> openClients(int count)
{
    std::vector<int> fds;
    fds.reserve(count);
    for (int i = 0; i < count; ++i)
        fds.push_back(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    return fds;
}

bool connectTo(int fd, quint16 port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
}

// True once the server closed this connection: end of stream, or a reset.
bool closedByServer(int fd)
{
    char byte;
    const ssize_t count = ::recv(fd, &byte, 1, MSG_DONTWAIT);
    return count == 0 || (count < 0 && errno == ECONNRESET);
}

void closeAll(std::vector<int> &fds)
{
    for (const int fd : fds)
        ::close(fd);
    fds.clear();
}

} // namespace

class tst_AcceptShortage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsServingThroughEmfile();
};

void tst_AcceptShortage::initTestCase()
{
    qRegisterMetaType<netcore::Socket *>();
}

void tst_AcceptShortage::keepsServingThroughEmfile()
{
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    const quint16 port = quint16(server.address().port());
    QSignalSpy stalled(&server, &Server::acceptStalled);
    QSignalSpy errors(&server, &Server::errorOccurred);
    QList<QPointer<Socket>> accepted;
    connect(&server, &Server::newConnection, this,
            [&](Socket *socket) { accepted.append(socket); });

    constexpr int wave = 4;
    std::vector<int> firstWave = openClients(wave);
    std::vector<int> secondWave = openClients(wave);
    std::vector<int> nextShortage = openClients(1);
    DescriptorShortage shortage;
    QVERIFY(shortage.fill());

    // A shortage: the waiting clients are closed at once, and it is reported once.
    for (const int fd : firstWave)
        QVERIFY(connectTo(fd, port));
    QTRY_COMPARE_WITH_TIMEOUT(stalled.size(), 1, 5000);
    for (const int fd : firstWave)
        QTRY_VERIFY_WITH_TIMEOUT(closedByServer(fd), 5000);
    const NetError error = stalled.first().first().value<NetError>();
    QCOMPARE(error.code(), u"EMFILE"_s);
    QCOMPARE(error.syscall(), u"accept"_s);

    // Still short: more clients are shed the same way, without another report.
    for (const int fd : secondWave)
        QVERIFY(connectTo(fd, port));
    for (const int fd : secondWave)
        QTRY_VERIFY_WITH_TIMEOUT(closedByServer(fd), 5000);
    QCOMPARE(server.shedConnectionCount(), 2 * wave);
    QCOMPARE(stalled.size(), 1);
    QVERIFY(errors.isEmpty());
    QVERIFY(server.isListening());
    QVERIFY(accepted.isEmpty());

    // Descriptors free again: the next client is served.
    shortage.release();
    Socket client;
    QVERIFY(!client.connectTo(port, u"127.0.0.1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == Socket::State::Open, 5000);

    // After serving, a new shortage is a new report.
    QVERIFY(shortage.fill());
    QVERIFY(connectTo(nextShortage.front(), port));
    QTRY_COMPARE_WITH_TIMEOUT(stalled.size(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(closedByServer(nextShortage.front()), 5000);
    shortage.release();
    QVERIFY(errors.isEmpty());

    closeAll(firstWave);
    closeAll(secondWave);
    closeAll(nextShortage);
}

QTEST_GUILESS_MAIN(tst_AcceptShortage)
#include "tst_acceptshortage.moc"
