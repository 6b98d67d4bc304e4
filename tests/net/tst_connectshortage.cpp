// A Socket that connects, and a Server that listens, when the process is out of descriptors
// (EMFILE on socket()): each reports it once, later, as Node does: a socket's error is
// Node's connect error (syscall "connect", the address and port it dialled), then 'close'
// with hadError; the server's is a listen error. A host name's lookup fails as Node's does
// (getaddrinfo cannot read its files) instead of aborting the process: its worker thread
// starts during the shortage. Nothing crashes, hangs or spins.

#include "descriptorshortage.h"
#include "loopsleeps.h"
#include "testpeers.h"

#include "net/server.h"
#include "net/socket.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::EventLog;

class tst_ConnectShortage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: no resolver worker may be left from an earlier lookup in this process.
    void lookupFailsWithoutAborting();
    void tcpConnectReportsNodesConnectError();
    void unixConnectReportsNodesConnectError();
    void listenReportsListenError();
};

void tst_ConnectShortage::lookupFailsWithoutAborting()
{
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    Socket client;
    EventLog log(&client);
    DescriptorShortage shortage;
    QVERIFY(shortage.fill());

    // Before the fix, the lookup's new worker thread aborted the process here (GLib's
    // "Creating pipes for GWakeup: Too many open files").
    QVERIFY(!client.connectTo(server.address().port(), u"localhost"_s));
    QTRY_VERIFY_WITH_TIMEOUT(log.hasClosed(), 5000);
    shortage.release();
    QCOMPARE(log.errors.size(), 1);
    QVERIFY2(log.sequence() == u"lookup error:%1 close:true"_s.arg(log.errors.first().code()),
             qPrintable(log.sequence()));
    QCOMPARE(log.errors.first().syscall(), u"getaddrinfo"_s);
    QCOMPARE(log.errors.first().hostname(), u"localhost"_s);
}

void tst_ConnectShortage::tcpConnectReportsNodesConnectError()
{
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    const int port = server.address().port();
    Socket client;
    EventLog log(&client);
    DescriptorShortage shortage;
    QVERIFY(shortage.fill());

    QVERIFY(!log.during([&] { return client.connectTo(port, u"127.0.0.1"_s); }));
    QTRY_VERIFY_WITH_TIMEOUT(log.hasClosed(), 5000);
    shortage.release();
    QCOMPARE(log.sequence(), u"error:EMFILE close:true"_s);
    QVERIFY(log.synchronous.isEmpty());
    const NetError error = log.errors.constFirst();
    QCOMPARE(error.syscall(), u"connect"_s);
    QCOMPARE(error.errnoValue(), -EMFILE);
    QCOMPARE(error.address(), u"127.0.0.1"_s);
    QCOMPARE(error.port(), port);
    QCOMPARE(error.message(), u"connect EMFILE 127.0.0.1:%1"_s.arg(port));
    QVERIFY(sleepsDuring(100) < 50);
}

void tst_ConnectShortage::unixConnectReportsNodesConnectError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.sock"_s);
    Socket client;
    EventLog log(&client);
    DescriptorShortage shortage;
    QVERIFY(shortage.fill());

    QVERIFY(!log.during([&] { return client.connectToPath(path); }));
    QTRY_VERIFY_WITH_TIMEOUT(log.hasClosed(), 5000);
    shortage.release();
    QCOMPARE(log.sequence(), u"error:EMFILE close:true"_s);
    const NetError error = log.errors.constFirst();
    QCOMPARE(error.syscall(), u"connect"_s);
    QCOMPARE(error.address(), path);
    QCOMPARE(error.message(), u"connect EMFILE "_s + path);
}

void tst_ConnectShortage::listenReportsListenError()
{
    QTemporaryDir dir;
    Server tcp;
    Server unixServer;
    QSignalSpy tcpErrors(&tcp, &Server::errorOccurred);
    QSignalSpy unixErrors(&unixServer, &Server::errorOccurred);
    DescriptorShortage shortage;
    QVERIFY(shortage.fill());

    QVERIFY(!tcp.listen(ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QVERIFY(!unixServer.listen(ListenOptions::unixPath(dir.filePath(u"server.sock"_s))));
    QVERIFY(tcpErrors.isEmpty() && unixErrors.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!tcpErrors.isEmpty() && !unixErrors.isEmpty(), 5000);
    shortage.release();
    for (QSignalSpy *errors : {&tcpErrors, &unixErrors}) {
        QCOMPARE(errors->size(), 1);
        const NetError error = errors->constFirst().constFirst().value<NetError>();
        QCOMPARE(error.code(), u"EMFILE"_s);
        QCOMPARE(error.syscall(), u"listen"_s);
    }
    QVERIFY(!tcp.isListening() && !unixServer.isListening());
    QVERIFY(sleepsDuring(100) < 50);
}

QTEST_GUILESS_MAIN(tst_ConnectShortage)
#include "tst_connectshortage.moc"
