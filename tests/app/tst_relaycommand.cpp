// `netbench relay` as a user runs it: between a netbench echo server and a client, over TCP
// and Unix sockets, with a fault, and with bad command lines.

#include "netbenchprocess.h"

#include "net/options.h"
#include "net/socket.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using netcore::Socket;

namespace {

netcore::ConnectOptions connectOptions(const QString &address)
{
    if (address.startsWith(u'/'))
        return netcore::ConnectOptions::unixPath(address);
    const qsizetype colon = address.lastIndexOf(u':');
    return netcore::ConnectOptions::tcp(address.mid(colon + 1).toInt(), address.left(colon));
}

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i * 131 + i / 251);
    return bytes;
}

} // namespace

class tst_RelayCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relaysToAnEchoServer_data();
    void relaysToAnEchoServer();
    void unixSocketsByTheirNames();
    void resetAfterBytesReachesTheClient();
    void cutAfterBytesReachesTheServerExactly();
    void helpListsTheFaultsAndFitsATerminal();
    void badCommandLines_data();
    void badCommandLines();
    void addressInUseFails();
};

void tst_RelayCommand::relaysToAnEchoServer_data()
{
    QTest::addColumn<bool>("unixListen");
    QTest::addColumn<bool>("unixTarget");
    QTest::newRow("tcp-tcp") << false << false;
    QTest::newRow("unix-tcp") << true << false;
    QTest::newRow("tcp-unix") << false << true;
}

void tst_RelayCommand::relaysToAnEchoServer()
{
    QFETCH(bool, unixListen);
    QFETCH(bool, unixTarget);
    QTemporaryDir dir;
    NetbenchProcess server;
    QVERIFY(server.start({u"listen"_s,
                          unixTarget ? dir.filePath(u"server.sock"_s) : u"127.0.0.1:0"_s,
                          u"--echo"_s, u"--keep-open"_s}));
    const QString serverAddress = server.waitForListening();
    QVERIFY2(!serverAddress.isEmpty(), server.err.constData());

    NetbenchProcess relay;
    QTemporaryDir traceDir;
    const QString tracePath = traceDir.filePath(u"relay.jsonl"_s);
    QVERIFY(relay.start({u"relay"_s, unixListen ? dir.filePath(u"relay.sock"_s) : u"127.0.0.1:0"_s,
                         serverAddress, u"--chunk"_s, u"1-100"_s, u"--trace"_s, tracePath}));
    const QString relayAddress = relay.waitForListening();
    QVERIFY2(!relayAddress.isEmpty(), relay.err.constData());

    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    QByteArray echoed;
    bool ended = false;
    connect(&client, &Socket::dataReceived, this,
            [&](const QByteArray &chunk) { echoed += chunk; });
    connect(&client, &Socket::ended, this, [&] { ended = true; });
    QVERIFY(!client.connectTo(connectOptions(relayAddress)));
    const QByteArray sent = pattern(3 * 1024 * 1024);
    client.end(sent);
    QTRY_VERIFY_WITH_TIMEOUT(ended, 60000);
    QCOMPARE(echoed.size(), sent.size());
    QVERIFY(echoed == sent);

    QTRY_VERIFY(relay.err.contains("closed: 3145728 bytes to the server, 3145728 to the client"));
    const QByteArray clientName = unixListen ? "(unnamed)" : "127.0.0.1:";
    QVERIFY2(relay.err.contains(QByteArray("#1 " + clientName)), relay.err.constData());
    QVERIFY2(relay.err.contains(QByteArray(" -> " + serverAddress.toUtf8() + ": relaying")),
             relay.err.constData());
    ::kill(pid_t(relay.process.processId()), SIGINT);
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.exitCode(), 128 + SIGINT);
    QFile trace(tracePath);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QByteArray records = trace.readAll();
    QVERIFY(records.contains("\"connection\""));
    QVERIFY(records.contains("\"connect\""));
}

// "app.sock" is a Unix socket for relay as for listen and connect (a word ending in .sock);
// relay took it for a port ("Port should be >= 0 and < 65536. Received type string").
void tst_RelayCommand::unixSocketsByTheirNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NetbenchProcess server;
    server.process.setWorkingDirectory(dir.path());
    QVERIFY(server.start({u"listen"_s, u"server.sock"_s, u"--echo"_s, u"--keep-open"_s}));
    QCOMPARE(server.waitForListening(), u"server.sock"_s);

    NetbenchProcess relay;
    relay.process.setWorkingDirectory(dir.path());
    QVERIFY(relay.start({u"relay"_s, u"relay.sock"_s, u"server.sock"_s}));
    QCOMPARE(relay.waitForListening(), u"relay.sock"_s);
    QVERIFY2(relay.err.contains("relaying to server.sock"), relay.err.constData());

    Socket client(netcore::SocketOptions {.allowHalfOpen = true});
    QByteArray echoed;
    bool ended = false;
    connect(&client, &Socket::dataReceived, this,
            [&](const QByteArray &chunk) { echoed += chunk; });
    connect(&client, &Socket::ended, this, [&] { ended = true; });
    QVERIFY(!client.connectTo(netcore::ConnectOptions::unixPath(dir.filePath(u"relay.sock"_s))));
    client.end("hello through names\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(ended, 60000);
    QCOMPARE(echoed, "hello through names\n"_ba);
}

void tst_RelayCommand::resetAfterBytesReachesTheClient()
{
    NetbenchProcess server;
    QVERIFY(server.start({u"listen"_s, u"127.0.0.1:0"_s, u"--discard"_s, u"--keep-open"_s}));
    const QString serverAddress = server.waitForListening();
    QVERIFY(!serverAddress.isEmpty());
    NetbenchProcess relay;
    QVERIFY(relay.start(
            {u"relay"_s, u"127.0.0.1:0"_s, serverAddress, u"--c2s-rst-after"_s, u"10"_s}));
    const QString relayAddress = relay.waitForListening();
    QVERIFY(!relayAddress.isEmpty());
    Socket client;
    QString errorCode;
    connect(&client, &Socket::errorOccurred, this,
            [&](const netcore::NetError &error) { errorCode = error.code(); });
    QSignalSpy closed(&client, &Socket::closed);
    QVERIFY(!client.connectTo(connectOptions(relayAddress)));
    client.write(pattern(100));
    QVERIFY(closed.wait(10000));
    QCOMPARE(errorCode, u"ECONNRESET"_s);
}

// netbench listen writes what it receives to standard output: exactly the bytes before the cut.
void tst_RelayCommand::cutAfterBytesReachesTheServerExactly()
{
    NetbenchProcess server;
    QVERIFY(server.start({u"listen"_s, u"127.0.0.1:0"_s}));
    server.sendAndClose({});
    const QString serverAddress = server.waitForListening();
    QVERIFY(!serverAddress.isEmpty());
    NetbenchProcess relay;
    QVERIFY(relay.start({u"relay"_s, u"127.0.0.1:0"_s, serverAddress, u"--c2s-cut-after"_s,
                         u"1000"_s, u"--c2s-chunk"_s, u"1-300"_s}));
    const QString relayAddress = relay.waitForListening();
    QVERIFY(!relayAddress.isEmpty());
    Socket client;
    QSignalSpy closed(&client, &Socket::closed);
    QVERIFY(!client.connectTo(connectOptions(relayAddress)));
    const QByteArray sent = pattern(5000);
    client.write(sent);
    QVERIFY(closed.wait(10000));
    QVERIFY(server.waitForExit());
    QCOMPARE(server.exitCode(), 0);
    QCOMPARE(server.out.size(), 1000);
    QVERIFY(server.out == sent.left(1000));
    QTRY_VERIFY2(relay.err.contains("#1 closed: 1000 bytes to the server"), relay.err.constData());
}

void tst_RelayCommand::helpListsTheFaultsAndFitsATerminal()
{
    NetbenchProcess relay;
    QVERIFY(relay.start({u"help"_s, u"relay"_s}));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.exitCode(), 0);
    QCOMPARE(relay.err, QByteArray());
    const QString help = QString::fromUtf8(relay.out);
    QVERIFY2(help.startsWith(u"Usage: netbench relay [options] LISTEN TARGET\n"_s),
             qPrintable(help));
    for (const QString &fault :
         {u"latency <MS>"_s, u"bandwidth <BYTES>"_s, u"chunk <SIZE|MIN-MAX>"_s,
          u"chunk-pause <MS>"_s, u"hold-after <BYTES>"_s, u"fin-after <BYTES>"_s,
          u"rst-after <BYTES>"_s, u"cut-after <BYTES>"_s}) {
        for (const QString &prefix : {u"--"_s, u"--c2s-"_s, u"--s2c-"_s})
            QVERIFY2(help.contains(prefix + fault), qPrintable(prefix + fault));
    }
    for (const QString &other : {u"--refuse-after <N>"_s, u"--connect-timeout <MS>"_s,
                                 u"--events"_s, u"--trace <FILE>"_s, u"Examples:"_s})
        QVERIFY2(help.contains(other), qPrintable(other));
    for (const QString &line : help.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));

    NetbenchProcess version;
    QVERIFY(version.start({u"relay"_s, u"--version"_s}));
    QVERIFY(version.waitForExit());
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.out.startsWith("netbench "));
}

void tst_RelayCommand::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList {} << u"missing LISTEN and TARGET"_s;
    QTest::newRow("no target") << QStringList {u"8080"_s} << u"missing TARGET"_s;
    QTest::newRow("bare target port") << QStringList {u"0"_s, u"80"_s}
                                      << u"the target '80' is neither HOST:PORT nor a PATH"_s;
    QTest::newRow("target port 0")
            << QStringList {u"0"_s, u"127.0.0.1:0"_s} << u"the target's port cannot be 0"_s;
    // The command line's words, as listen and connect say it (not Node's "Received type").
    QTest::newRow("bad port") << QStringList {u"0"_s, u"127.0.0.1:70000"_s}
                              << u"'70000' is not a port (a whole number from 0 to 65535)"_s;
    QTest::newRow("bad listen port") << QStringList {u"abc"_s, u"127.0.0.1:80"_s}
                                     << u"'abc' is not a port (a whole number from 0 to 65535)"_s;
    QTest::newRow("bare v6") << QStringList {u"::1:80"_s, u"127.0.0.1:80"_s}
                             << u"put an IPv6 address in brackets"_s;
    QTest::newRow("extra") << QStringList {u"0"_s, u"127.0.0.1:80"_s, u"x"_s}
                           << u"unexpected argument 'x'"_s;
    QTest::newRow("latency") << QStringList {u"0"_s, u"127.0.0.1:80"_s, u"--latency"_s, u"-1"_s}
                             << u"--latency needs MS, not '-1'"_s;
    QTest::newRow("bandwidth 0") << QStringList {u"0"_s, u"127.0.0.1:80"_s, u"--s2c-bandwidth"_s,
                                                 u"0"_s}
                                 << u"--s2c-bandwidth needs BYTES, not '0'"_s;
    QTest::newRow("chunk range") << QStringList {u"0"_s, u"127.0.0.1:80"_s, u"--chunk"_s, u"9-3"_s}
                                 << u"--chunk needs SIZE|MIN-MAX, not '9-3'"_s;
    QTest::newRow("pause without chunk")
            << QStringList {u"0"_s, u"127.0.0.1:80"_s, u"--c2s-chunk-pause"_s, u"5"_s}
            << u"--chunk-pause needs --chunk for the same direction"_s;
    QTest::newRow("refuse") << QStringList {u"0"_s, u"127.0.0.1:80"_s, u"--refuse-after"_s,
                                            u"many"_s}
                            << u"--refuse-after needs a count, not 'many'"_s;
    QTest::newRow("connect timeout")
            << QStringList {u"0"_s, u"127.0.0.1:80"_s, u"--connect-timeout"_s, u"soon"_s}
            << u"--connect-timeout needs MS, not 'soon'"_s;
}

void tst_RelayCommand::badCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    NetbenchProcess relay;
    QVERIFY(relay.start(QStringList {u"relay"_s} + arguments));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(relay.err).contains(message), relay.err.constData());
    QVERIFY(relay.err.startsWith("netbench relay: "));
}

void tst_RelayCommand::addressInUseFails()
{
    NetbenchProcess first;
    QVERIFY(first.start({u"relay"_s, u"127.0.0.1:0"_s, u"127.0.0.1:9"_s}));
    const QString address = first.waitForListening();
    QVERIFY(!address.isEmpty());
    NetbenchProcess second;
    QVERIFY(second.start({u"relay"_s, address, u"127.0.0.1:9"_s}));
    QVERIFY(second.waitForExit());
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.err.contains("EADDRINUSE"), second.err.constData());
}

QTEST_GUILESS_MAIN(tst_RelayCommand)
#include "tst_relaycommand.moc"
