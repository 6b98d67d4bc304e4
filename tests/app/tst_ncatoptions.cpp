// ncat's habits on the real netbench program, with real peers on loopback: targets written as
// HOST:PORT, [V6]:PORT or a .sock path, the short options (-l -k -U -i -4 -6 -C -v -x), and
// --send-only / --recv-only.

#include "netbenchprocess.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitTimeoutMs = 30000;

// ::1 can be bound here (a container may have no IPv6 at all).
bool hasIpv6Loopback()
{
    const int fd = ::socket(AF_INET6, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in6 address {};
    address.sin6_family = AF_INET6;
    address.sin6_addr = in6addr_loopback;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

// "127.0.0.1:41234" -> "41234"
QString portOf(const QString &address)
{
    return address.mid(address.lastIndexOf(u':') + 1);
}

} // namespace

class tst_NcatOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectTakesEveryTargetForm_data();
    void connectTakesEveryTargetForm();
    void dashLListensAndDashKKeepsListening();
    void unixSocketByItsName_data();
    void unixSocketByItsName();
    void crlfSendsLineFeedsAsCrLf();
    void sendOnlyQuitsAtTheEndOfInput();
    void recvOnlyNeverReadsInput();
    void idleTimeoutClosesAListenersConnection();
    void waitGivesUpConnecting();
    void hexDumpRecordsBothDirections();
    void verboseAddsEvents();
    void familyOptionsPickTheWildcard_data();
    void familyOptionsPickTheWildcard();
    void windowHelpNeedsNoDisplay();
    void headlessHelpAllIsNotPromised();
};

void tst_NcatOptions::connectTakesEveryTargetForm_data()
{
    QTest::addColumn<QString>("listenOn");
    QTest::addColumn<QStringList>("connectArguments"); // %PORT stands for the port
    QTest::addColumn<bool>("needsIpv6");
    QTest::newRow("HOST:PORT") << u"127.0.0.1:0"_s
                               << QStringList {u"connect"_s, u"127.0.0.1:%PORT"_s} << false;
    QTest::newRow("localhost:PORT")
            << u"127.0.0.1:0"_s << QStringList {u"connect"_s, u"-4"_s, u"localhost:%PORT"_s}
            << false;
    QTest::newRow("HOST PORT") << u"127.0.0.1:0"_s
                               << QStringList {u"connect"_s, u"127.0.0.1"_s, u"%PORT"_s} << false;
    // -v inside a command asks for events, it does not print the version and exit.
    QTest::newRow("-v HOST PORT") << u"127.0.0.1:0"_s
                                  << QStringList {u"connect"_s, u"-v"_s, u"127.0.0.1"_s, u"%PORT"_s}
                                  << false;
    QTest::newRow("ncat style -v HOST PORT")
            << u"127.0.0.1:0"_s << QStringList {u"-v"_s, u"127.0.0.1"_s, u"%PORT"_s} << false;
    QTest::newRow("[::1]:PORT") << u"[::1]:0"_s << QStringList {u"connect"_s, u"[::1]:%PORT"_s}
                                << true;
    QTest::newRow("::1 PORT") << u"[::1]:0"_s << QStringList {u"connect"_s, u"::1"_s, u"%PORT"_s}
                              << true;
    QTest::newRow("ncat style -6 ::1 PORT")
            << u"[::1]:0"_s << QStringList {u"-6"_s, u"::1"_s, u"%PORT"_s} << true;
}

void tst_NcatOptions::connectTakesEveryTargetForm()
{
    QFETCH(QString, listenOn);
    QFETCH(QStringList, connectArguments);
    QFETCH(bool, needsIpv6);
    if (needsIpv6 && !hasIpv6Loopback())
        QSKIP("no IPv6 loopback (::1) here");
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"--echo"_s, listenOn}));
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    connectArguments.replaceInStrings(u"%PORT"_s, portOf(address));

    NetbenchProcess client;
    QVERIFY(client.start(connectArguments));
    client.sendAndClose("ping\n");
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("ping\n"));
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
    QCOMPARE(listener.exitCode(), 0);
}

void tst_NcatOptions::dashLListensAndDashKKeepsListening()
{
    NetbenchProcess listener;
    QVERIFY(listener.start({u"-lk"_s, u"--echo"_s, u"127.0.0.1:0"_s}));
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    for (const QByteArray &line : {QByteArray("one\n"), QByteArray("two\n")}) {
        NetbenchProcess client;
        QVERIFY(client.start({u"connect"_s, address}));
        client.sendAndClose(line);
        QVERIFY(client.waitForExit(ExitTimeoutMs));
        QVERIFY2(client.exitCode() == 0, client.err.constData());
        QCOMPARE(client.out, line);
    }
    QCOMPARE(listener.process.state(), QProcess::Running); // -k: still serving
}

void tst_NcatOptions::unixSocketByItsName_data()
{
    QTest::addColumn<QStringList>("listenArguments");
    QTest::addColumn<QStringList>("connectArguments");
    QTest::newRow(".sock") << QStringList {u"listen"_s, u"x.sock"_s}
                           << QStringList {u"connect"_s, u"x.sock"_s};
    QTest::newRow("-U") << QStringList {u"listen"_s, u"-U"_s, u"plain"_s}
                        << QStringList {u"-U"_s, u"plain"_s};
}

// `listen x.sock` was refused as a bad port: a name ending in .sock is a Unix socket path.
void tst_NcatOptions::unixSocketByItsName()
{
    QFETCH(QStringList, listenArguments);
    QFETCH(QStringList, connectArguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NetbenchProcess listener;
    listener.process.setWorkingDirectory(dir.path());
    QVERIFY(listener.start(listenArguments));
    listener.sendAndClose("from listener\n");
    QVERIFY2(!listener.waitForListening().isEmpty(), listener.err.constData());

    NetbenchProcess client;
    client.process.setWorkingDirectory(dir.path());
    QVERIFY(client.start(connectArguments));
    client.sendAndClose("from client\n");
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("from listener\n"));
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
    QVERIFY2(listener.exitCode() == 0, listener.err.constData());
    QCOMPARE(listener.out, QByteArray("from client\n"));
}

void tst_NcatOptions::crlfSendsLineFeedsAsCrLf()
{
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"127.0.0.1:0"_s}));
    listener.sendAndClose("back\n");
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"-C"_s, address}));
    client.sendAndClose("a\nb\r\n\n");
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("back\n")); // what arrives is left alone
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
    QCOMPARE(listener.out, QByteArray("a\r\nb\r\n\r\n"));
}

// The listener keeps its side open (its standard input never ends): without --send-only the
// client would wait for it forever.
void tst_NcatOptions::sendOnlyQuitsAtTheEndOfInput()
{
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"127.0.0.1:0"_s}));
    listener.process.write("greeting\n");
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"--send-only"_s, address}));
    client.sendAndClose("data\n");
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray()); // the greeting was read and dropped
    QTRY_COMPARE(listener.out, QByteArray("data\n"));
    listener.process.closeWriteChannel();
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
}

// The client's standard input stays open and holds bytes: --recv-only sends none of them and
// ends with the listener.
void tst_NcatOptions::recvOnlyNeverReadsInput()
{
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"127.0.0.1:0"_s}));
    listener.sendAndClose("hello\n");
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"--recv-only"_s, address}));
    client.process.write("never sent\n");
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QCOMPARE(client.out, QByteArray("hello\n"));
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
    QVERIFY2(listener.exitCode() == 0, listener.err.constData());
    QCOMPARE(listener.out, QByteArray());
}

void tst_NcatOptions::idleTimeoutClosesAListenersConnection()
{
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"-i"_s, u"200ms"_s, u"127.0.0.1:0"_s}));
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    NetbenchProcess client; // connects and stays silent, its input open
    QVERIFY(client.start({u"connect"_s, address}));
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
    QCOMPARE(listener.exitCode(), 1);
    QVERIFY2(listener.err.contains("no activity for 200 ms (-i)"), listener.err.constData());
    client.process.closeWriteChannel(); // it may still send its (empty) input to its end
    QVERIFY(client.waitForExit(ExitTimeoutMs));
}

// A listener with a backlog of 0 whose queue is full: Linux drops further SYNs, so a connect
// stays pending until -w gives up.
void tst_NcatOptions::waitGivesUpConnecting()
{
    const int listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listenFd >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(::bind(listenFd, reinterpret_cast<sockaddr *>(&address), length) == 0);
    QVERIFY(::listen(listenFd, 0) == 0);
    QVERIFY(::getsockname(listenFd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    QList<int> fillers; // fill the accept queue
    for (int i = 0; i < 3; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        // Non-blocking: EINPROGRESS or done, either way it takes a place in the queue.
        (void)::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        fillers.append(fd);
    }
    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"-w"_s, u"300ms"_s,
                          u"127.0.0.1:"_s + QString::number(ntohs(address.sin_port))}));
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    for (const int fd : std::as_const(fillers))
        ::close(fd);
    ::close(listenFd);
    QCOMPARE(client.exitCode(), 1);
    QVERIFY2(client.err.contains("connect timed out after 300 ms (-w)"), client.err.constData());
}

void tst_NcatOptions::hexDumpRecordsBothDirections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dumpPath = dir.filePath(u"dump.txt"_s);
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"--echo"_s, u"127.0.0.1:0"_s}));
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"-x"_s, dumpPath, address}));
    client.sendAndClose("hello, hex dump!\n");
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY2(client.exitCode() == 0, client.err.constData());
    QFile dump(dumpPath);
    QVERIFY(dump.open(QIODevice::ReadOnly));
    const QByteArray text = dump.readAll();
    const QByteArray hexLines = "00000000  68 65 6c 6c 6f 2c 20 68  65 78 20 64 75 6d 70 21  "
                                "|hello, hex dump!|\n"
                                "00000010  0a                                                "
                                "|.|\n";
    const QByteArray sent = QByteArray("> 17 bytes sent to ") + address.toUtf8() + '\n' + hexLines;
    const QByteArray received
            = QByteArray("< 17 bytes received from ") + address.toUtf8() + '\n' + hexLines;
    QVERIFY2(text.contains(sent), text.constData());
    QVERIFY2(text.contains(received), text.constData());
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
}

void tst_NcatOptions::verboseAddsEvents()
{
    for (const QString &verbosity : {u"-v"_s, u"-vv"_s}) {
        NetbenchProcess listener;
        QVERIFY(listener.start({u"listen"_s, u"--echo"_s, u"127.0.0.1:0"_s}));
        const QString address = listener.waitForListening();
        QVERIFY2(!address.isEmpty(), listener.err.constData());
        NetbenchProcess client;
        QVERIFY(client.start({u"connect"_s, verbosity, address}));
        client.sendAndClose("x");
        QVERIFY(client.waitForExit(ExitTimeoutMs));
        QVERIFY2(client.exitCode() == 0, client.err.constData());
        QVERIFY2(client.err.contains("socket  connect()"), client.err.constData());
        // -vv adds the JSON Lines records.
        QCOMPARE(client.err.contains("{\""), verbosity == u"-vv");
        QVERIFY(listener.waitForExit(ExitTimeoutMs));
    }
}

void tst_NcatOptions::familyOptionsPickTheWildcard_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("wildcard");
    QTest::newRow("-4") << u"-4"_s << u"0.0.0.0:"_s;
    QTest::newRow("-6") << u"-6"_s << u"[::]:"_s;
}

void tst_NcatOptions::familyOptionsPickTheWildcard()
{
    QFETCH(QString, option);
    QFETCH(QString, wildcard);
    if (option == u"-6" && !hasIpv6Loopback())
        QSKIP("no IPv6 here");
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, option, u"0"_s}));
    const QString address = listener.waitForListening();
    QVERIFY2(address.startsWith(wildcard), qPrintable(address + QString::fromUtf8(listener.err)));
}

// `netbench gui --help` printed nothing useful without a display (it said none is set).
void tst_NcatOptions::windowHelpNeedsNoDisplay()
{
    for (const QString &help : {u"--help"_s, u"--help-all"_s}) {
        NetbenchProcess netbench;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        netbench.process.setProcessEnvironment(environment);
        QVERIFY(netbench.start({u"gui"_s, help}));
        QVERIFY(netbench.waitForExit(ExitTimeoutMs));
        QCOMPARE(netbench.exitCode(), 0);
        QVERIFY2(netbench.out.contains("[file]"), netbench.out.constData());
        // --help-all keeps its promise: Qt's own options are listed.
        QCOMPARE(netbench.out.contains("--platform"), help == u"--help-all");
    }
}

void tst_NcatOptions::headlessHelpAllIsNotPromised()
{
    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"listen"_s, u"--help"_s}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 0);
    QVERIFY2(!netbench.out.contains("--help-all"), netbench.out.constData());
}

QTEST_GUILESS_MAIN(tst_NcatOptions)
#include "tst_ncatoptions.moc"
