// netcore::Server listening: every form of listen(), address(), relistening, and the errors
// listen() meets. Expected codes and messages were printed by node v20 (quoted in the
// comments); "later turn" means not from inside the call. Accepted connections are in
// tst_serverconnections.cpp.

#include "testpeers.h"

#include "net/handletracker.h"
#include "net/server.h"
#include "net/socket.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::Transport;

class tst_Server : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensAndReportsAddress_data();
    void listensAndReportsAddress();
    void listensOnGivenFd_data();
    void listensOnGivenFd();
    void listenWhileListeningIsRefused();
    void relistenAfterClose_data();
    void relistenAfterClose();
    void relistenAfterError();
    void listenAndCloseOrders_data();
    void listenAndCloseOrders();
    void addressInUse_data();
    void addressInUse();
    void permissionDenied_data();
    void permissionDenied();
    void unixPathLongerThanSunPathIsRefused();
    void socketFileRemovedOnClose();
    void badArgumentsRefusedAtCall_data();
    void badArgumentsRefusedAtCall();
};

namespace {

enum class ListenCall { PortAndHost, Options, Path };

// A socket bound to a loopback address or a path (and listening if asked), as a parent
// process would hand it over; -1 on failure.
int makeBoundFd(Transport transport, const QString &path, bool listening)
{
    const int fd = ::socket(transport == Transport::Unix ? AF_UNIX : AF_INET,
                            SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int rc = -1;
    if (transport == Transport::Unix) {
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        qstrncpy(address.sun_path, name.constData(), sizeof address.sun_path);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    } else {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    }
    if (rc == 0 && listening)
        rc = ::listen(fd, 16);
    if (rc != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int boundPort(int fd)
{
    sockaddr_in address {};
    socklen_t length = sizeof address;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return -1;
    return ntohs(address.sin_port);
}

} // namespace

Q_DECLARE_METATYPE(ListenCall)

void tst_Server::listensAndReportsAddress_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<ListenCall>("call");

    QTest::newRow("listen(0, 127.0.0.1)") << Transport::Tcp4 << ListenCall::PortAndHost;
    QTest::newRow("listen(0, ::1)") << Transport::Tcp6 << ListenCall::PortAndHost;
    QTest::newRow("listen({port 0, 127.0.0.1})") << Transport::Tcp4 << ListenCall::Options;
    QTest::newRow("listen({port 0, ::1})") << Transport::Tcp6 << ListenCall::Options;
    QTest::newRow("listen(path)") << Transport::Unix << ListenCall::Path;
    QTest::newRow("listen({path})") << Transport::Unix << ListenCall::Options;
}

void tst_Server::listensAndReportsAddress()
{
    QFETCH(Transport, transport);
    QFETCH(ListenCall, call);
    SKIP_IF_UNAVAILABLE(transport);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString host = testpeers::loopbackHost(transport);
    const QString path = dir.filePath(u"listen.sock"_s);

    Server server;
    bool returned = false;
    bool listeningInsideCall = false;
    connect(&server, &Server::listening, this, [&] { listeningInsideCall = !returned; });
    QSignalSpy listening(&server, &Server::listening);
    QSignalSpy failed(&server, &Server::errorOccurred);

    NetError refused;
    if (call == ListenCall::PortAndHost) {
        refused = server.listen(0, host);
    } else if (call == ListenCall::Path) {
        refused = server.listenOnPath(path);
    } else {
        ListenOptions options = transport == Transport::Unix ? ListenOptions::unixPath(path)
                                                             : ListenOptions::tcp(0, host);
        options.backlog = 8;
        refused = server.listen(options);
    }
    returned = true;
    QVERIFY2(!refused, qPrintable(refused.message()));
    QVERIFY(listening.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 1, 5000);
    QVERIFY(!listeningInsideCall);
    QVERIFY(failed.isEmpty());
    QVERIFY(server.isListening());

    const SocketAddress address = server.address();
    if (transport == Transport::Unix) {
        QVERIFY(address.isUnix());
        QCOMPARE(address.path(), path);
        QVERIFY(QFileInfo::exists(path));
    } else {
        QCOMPARE(address.type(), SocketAddress::Type::Ip);
        QCOMPARE(address.address(), host);
        QVERIFY(address.port() > 0);
        QCOMPARE(address.family(), transport == Transport::Tcp6 ? u"IPv6"_s : u"IPv4"_s);
    }

    Socket client;
    Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    if (transport != Transport::Unix) {
        QCOMPARE(accepted->remoteAddress(), host);
        QCOMPARE(accepted->localPort(), int(address.port()));
    }
}

void tst_Server::listensOnGivenFd_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<bool>("alreadyListening");

    QTest::newRow("tcp4 bound") << Transport::Tcp4 << false;
    QTest::newRow("tcp4 bound and listening") << Transport::Tcp4 << true;
    QTest::newRow("unix bound") << Transport::Unix << false;
    QTest::newRow("unix bound and listening") << Transport::Unix << true;
}

void tst_Server::listensOnGivenFd()
{
    QFETCH(Transport, transport);
    QFETCH(bool, alreadyListening);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"fd.sock"_s);
    const int fd = makeBoundFd(transport, path, alreadyListening);
    QVERIFY2(fd >= 0, strerror(errno));

    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::fromFd(fd)));
    if (transport == Transport::Unix) {
        QCOMPARE(server.address().path(), path);
    } else {
        QCOMPARE(server.address().address(), u"127.0.0.1"_s);
        QCOMPARE(int(server.address().port()), boundPort(fd));
    }

    Socket client;
    QVERIFY(testpeers::connectAndAccept(server, client));
}

void tst_Server::listenWhileListeningIsRefused()
{
    // node: server.listen(0) inside 'listening' throws ERR_SERVER_ALREADY_LISTEN.
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    const SocketAddress before = server.address();
    QSignalSpy failed(&server, &Server::errorOccurred);
    QSignalSpy listening(&server, &Server::listening);

    const NetError error = server.listen(0, u"127.0.0.1"_s);
    QCOMPARE(error.errorCode(), ErrorCode::ERR_SERVER_ALREADY_LISTEN);
    QCOMPARE(error.code(), u"ERR_SERVER_ALREADY_LISTEN"_s);
    QCOMPARE(error.message(), u"Listen method has been called more than once without closing."_s);
    QTemporaryDir dir;
    QCOMPARE(server.listenOnPath(dir.filePath(u"never.sock"_s)).errorCode(),
             ErrorCode::ERR_SERVER_ALREADY_LISTEN);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"never.sock"_s)));

    QVERIFY(!listening.wait(100));
    QVERIFY(failed.isEmpty());
    QVERIFY(server.isListening());
    QCOMPARE(server.address(), before);
    Socket client;
    QVERIFY(testpeers::connectAndAccept(server, client));
}

void tst_Server::relistenAfterClose_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_Server::relistenAfterClose()
{
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ListenOptions options = testpeers::listenOptionsFor(transport, dir);

    Server server;
    QSignalSpy closed(&server, &Server::closed);
    QVERIFY(testpeers::listenAndWait(server, options));
    server.close();
    QVERIFY(!server.isListening());
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);

    QVERIFY(testpeers::listenAndWait(server, options));
    Socket client;
    QVERIFY(testpeers::connectAndAccept(server, client));
}

void tst_Server::relistenAfterError()
{
    Server first;
    QVERIFY(testpeers::listenAndWait(first, ListenOptions::tcp(0, u"127.0.0.1"_s)));

    Server second;
    QSignalSpy failed(&second, &Server::errorOccurred);
    QVERIFY(!second.listen(first.address().port(), u"127.0.0.1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(!second.isListening());

    // node: the same server object listens again after its 'error'.
    QVERIFY(testpeers::listenAndWait(second, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QVERIFY(second.address().port() != first.address().port());
    Socket client;
    QVERIFY(testpeers::connectAndAccept(second, client));
}

void tst_Server::listenAndCloseOrders_data()
{
    // Calls made in one turn: L listen(0), H listen(0, "127.0.0.1"), N listen(0, "localhost"),
    // C close(callback). Expected events as node v20 prints them for the same calls
    // (`s.listen(0); s.close(cb); s.listen(0)` -> listening close cb:ok listening).
    QTest::addColumn<QString>("calls");
    QTest::addColumn<QString>("events");
    QTest::newRow("listen close") << u"L C"_s << u"close cb:ok"_s;
    QTest::newRow("close") << u"C"_s << u"close cb:ERR_SERVER_NOT_RUNNING"_s;
    QTest::newRow("close close")
            << u"C C"_s << u"close cb:ERR_SERVER_NOT_RUNNING cb:ERR_SERVER_NOT_RUNNING close"_s;
    QTest::newRow("listen close close")
            << u"L C C"_s << u"close cb:ok cb:ERR_SERVER_NOT_RUNNING close"_s;
    QTest::newRow("listen close listen") << u"L C L"_s << u"listening close cb:ok listening"_s;
    QTest::newRow("listen(address) close") << u"H C"_s << u"close cb:ERR_SERVER_NOT_RUNNING"_s;
    QTest::newRow("listen(name) close") << u"N C"_s << u"close cb:ERR_SERVER_NOT_RUNNING"_s;
    QTest::newRow("listen(address) close listen(address)")
            << u"H C H"_s << u"close cb:ERR_SERVER_NOT_RUNNING listening"_s;
    QTest::newRow("listen(name) close listen(name)")
            << u"N C N"_s << u"close cb:ERR_SERVER_NOT_RUNNING listening"_s;
    QTest::newRow("listen close listen(address)") << u"L C H"_s << u"close cb:ok listening"_s;
    QTest::newRow("listen(address) close listen")
            << u"H C L"_s << u"close cb:ERR_SERVER_NOT_RUNNING listening"_s;
}

void tst_Server::listenAndCloseOrders()
{
    QFETCH(QString, calls);
    QFETCH(QString, events);
    HandleTracker *tracker = HandleTracker::forCurrentThread();
    QTRY_COMPARE_WITH_TIMEOUT(tracker->pendingDeliveries(), 0, 5000);
    Server server;
    QStringList log;
    connect(&server, &Server::listening, this, [&] { log.append(u"listening"_s); });
    connect(&server, &Server::closed, this, [&] { log.append(u"close"_s); });
    connect(&server, &Server::errorOccurred, this,
            [&](const NetError &error) { log.append(u"error:"_s + error.code()); });
    for (const QString &call : calls.split(u' ')) {
        if (call == u"C"_s) {
            server.close([&](const NetError &error) {
                log.append(u"cb:"_s + (error ? error.code() : u"ok"_s));
            });
            continue;
        }
        const QString host = call == u"H"_s ? u"127.0.0.1"_s
                : call == u"N"_s            ? u"localhost"_s
                                            : QString();
        QVERIFY(!server.listen(ListenOptions::tcp(0, host)));
    }
    QVERIFY(log.isEmpty()); // everything comes on later turns
    // Done when nothing is queued any more (lookups included).
    QTRY_COMPARE_WITH_TIMEOUT(tracker->pendingDeliveries(), 0, 10000);
    QCOMPARE(log.join(u' '), events);
    QCOMPARE(server.isListening(), events.endsWith(u"listening"_s));
}

void tst_Server::addressInUse_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<bool>("regularFile");

    QTest::newRow("tcp4") << Transport::Tcp4 << false;
    QTest::newRow("tcp6") << Transport::Tcp6 << false;
    QTest::newRow("unix live server") << Transport::Unix << false;
    QTest::newRow("unix regular file") << Transport::Unix << true;
}

void tst_Server::addressInUse()
{
    // node: a second listen on the same address emits 'error' with
    // {code EADDRINUSE, errno -98, syscall 'listen', address, port (-1 for a path)} and the
    // message "listen EADDRINUSE: address already in use 127.0.0.1:44873" (or the path).
    QFETCH(Transport, transport);
    QFETCH(bool, regularFile);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Server first;
    ListenOptions options = testpeers::listenOptionsFor(transport, dir);
    if (regularFile) {
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        QVERIFY(testpeers::listenAndWait(first, options));
        if (transport != Transport::Unix)
            options.port = first.address().port();
    }

    Server second;
    bool returned = false;
    bool errorInsideCall = false;
    connect(&second, &Server::errorOccurred, this, [&] { errorInsideCall = !returned; });
    QSignalSpy failed(&second, &Server::errorOccurred);
    QSignalSpy listening(&second, &Server::listening);
    QVERIFY(!second.listen(options));
    returned = true;

    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(!errorInsideCall);
    QVERIFY(listening.isEmpty());
    QVERIFY(!second.isListening());

    const auto error = failed.first().first().value<NetError>();
    const QString where = transport == Transport::Unix
            ? options.path
            : options.host + u':' + QString::number(*options.port);
    QCOMPARE(error.code(), u"EADDRINUSE"_s);
    QCOMPARE(error.errnoValue(), -98);
    QCOMPARE(error.syscall(), u"listen"_s);
    QCOMPARE(error.address(), transport == Transport::Unix ? options.path : options.host);
    QCOMPARE(error.port(), transport == Transport::Unix ? -1 : *options.port);
    QCOMPARE(error.message(), u"listen EADDRINUSE: address already in use "_s + where);

    // The failed server must not remove what someone else owns.
    if (transport == Transport::Unix)
        QVERIFY(QFileInfo::exists(options.path));
    if (!regularFile) {
        Socket client;
        QVERIFY(testpeers::connectAndAccept(first, client));
    }
}

void tst_Server::permissionDenied_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("tcp4 port 1") << Transport::Tcp4;
    QTest::newRow("unix path in read-only directory") << Transport::Unix;
}

void tst_Server::permissionDenied()
{
    QFETCH(Transport, transport);
    if (::geteuid() == 0)
        QSKIP("running as root: CAP_NET_BIND_SERVICE and CAP_DAC_OVERRIDE bypass both checks");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ListenOptions options;
    QString where;
    if (transport == Transport::Tcp4) {
        QFile start(u"/proc/sys/net/ipv4/ip_unprivileged_port_start"_s);
        if (start.open(QIODevice::ReadOnly) && start.readAll().trimmed().toInt() <= 1)
            QSKIP("ip_unprivileged_port_start lets anyone bind port 1 here");
        options = ListenOptions::tcp(1, u"127.0.0.1"_s);
        where = u"127.0.0.1:1"_s;
    } else {
        QVERIFY(QDir(dir.path()).mkdir(u"ro"_s));
        const QString readOnly = dir.filePath(u"ro"_s);
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        options = ListenOptions::unixPath(readOnly + u"/denied.sock"_s);
        where = options.path;
    }

    Server server;
    QSignalSpy failed(&server, &Server::errorOccurred);
    QVERIFY(!server.listen(options));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    const auto error = failed.first().first().value<NetError>();
    QCOMPARE(error.code(), u"EACCES"_s);
    QCOMPARE(error.errnoValue(), -13);
    QCOMPARE(error.syscall(), u"listen"_s);
    QCOMPARE(error.message(), u"listen EACCES: permission denied "_s + where);
    QVERIFY(!server.isListening());
}

void tst_Server::unixPathLongerThanSunPathIsRefused()
{
    // Node 20 silently truncates the path to sun_path and listens elsewhere; netcore refuses
    // (src/net/README.md: ENAMETOOLONG), returned at the call or reported on a later turn.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QString(int(sizeof(sockaddr_un::sun_path)), u'a'));

    Server server;
    QSignalSpy failed(&server, &Server::errorOccurred);
    QSignalSpy listening(&server, &Server::listening);
    NetError error = server.listenOnPath(path);
    if (!error) {
        QVERIFY(failed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        error = failed.first().first().value<NetError>();
    }
    QCOMPARE(error.code(), u"ENAMETOOLONG"_s);
    QVERIFY(!listening.wait(100));
    QVERIFY(!server.isListening());
    QVERIFY2(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
             "a socket file was created under a truncated name");
}

void tst_Server::socketFileRemovedOnClose()
{
    // node: fs.existsSync(path) is false in server.close()'s callback.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"gone.sock"_s);

    Server server;
    QSignalSpy closed(&server, &Server::closed);
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::unixPath(path)));
    QVERIFY(QFileInfo::exists(path));
    server.close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QVERIFY(!QFileInfo::exists(path));
}

void tst_Server::badArgumentsRefusedAtCall_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("useOptions");
    QTest::addColumn<bool>("usePath");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    // node: server.listen(-1) / listen({port: -1}) throw RangeError with this text.
    const QString badPort
            = u"options.port should be >= 0 and < 65536. Received type number (%1)."_s;
    QTest::newRow("listen(-1)") << -1 << false << false << u"ERR_SOCKET_BAD_PORT"_s
                                << badPort.arg(-1);
    QTest::newRow("listen(65536)")
            << 65536 << false << false << u"ERR_SOCKET_BAD_PORT"_s << badPort.arg(65536);
    QTest::newRow("listen({port: -1})")
            << -1 << true << false << u"ERR_SOCKET_BAD_PORT"_s << badPort.arg(-1);
    QTest::newRow("listen({port: 65536})")
            << 65536 << true << false << u"ERR_SOCKET_BAD_PORT"_s << badPort.arg(65536);
    // node: listen({path: ''}) throws TypeError ERR_INVALID_ARG_VALUE.
    QTest::newRow("listen('')") << 0 << false << true << u"ERR_INVALID_ARG_VALUE"_s << QString();
    QTest::newRow("listen({path: ''})")
            << 0 << true << true << u"ERR_INVALID_ARG_VALUE"_s << QString();
}

void tst_Server::badArgumentsRefusedAtCall()
{
    QFETCH(int, port);
    QFETCH(bool, useOptions);
    QFETCH(bool, usePath);
    QFETCH(QString, code);
    QFETCH(QString, message);

    Server server;
    QSignalSpy listening(&server, &Server::listening);
    QSignalSpy failed(&server, &Server::errorOccurred);
    NetError error;
    if (usePath)
        error = useOptions ? server.listen(ListenOptions::unixPath(QString()))
                           : server.listenOnPath(QString());
    else
        error = useOptions ? server.listen(ListenOptions::tcp(port, u"127.0.0.1"_s))
                           : server.listen(port, u"127.0.0.1"_s);

    QCOMPARE(error.code(), code);
    if (message.isEmpty())
        QCOMPARE(error.kind(), NetError::Kind::TypeError);
    else
        QCOMPARE(error.message(), message);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!listening.wait(100));
    QVERIFY(failed.isEmpty());
    QVERIFY(!server.isListening());

    // Nothing was half-made: the same server listens properly afterwards.
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
