// Workspace files: every setting survives save and open; bad files are refused with a reason.

#include "session/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using session::Workspace;

class tst_Workspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void relaysRoundTrip();
    void refusesWhatIsNotAWorkspace_data();
    void refusesWhatIsNotAWorkspace();
    void missingFile();
    void refusesDevicesFifosAndHugeFiles();
};

void tst_Workspace::roundTrip()
{
    session::Workspace workspace;
    session::ListenerSpec tcp;
    tcp.listen = netcore::ListenOptions::tcp(4000, u"::1"_s);
    tcp.listen.backlog = 16;
    tcp.listen.exclusive = true;
    tcp.server.allowHalfOpen = true;
    tcp.server.pauseOnConnect = true;
    tcp.maxConnections = 3;
    tcp.autoReply = session::AutoReply::Echo;
    session::ListenerSpec ipc;
    ipc.listen = netcore::ListenOptions::unixPath(u"/run/user/0/nb.sock"_s);
    ipc.autoReply = session::AutoReply::Discard;
    workspace.listeners = {tcp, ipc};
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(4000, u"localhost"_s);
    client.connect.family = 6;
    client.connect.localAddress = u"::1"_s;
    client.connect.localPort = 5000;
    client.connect.timeout = 1500;
    client.connect.noDelay = true;
    client.connect.keepAlive = true;
    client.connect.keepAliveInitialDelay = 2000;
    client.allowHalfOpen = true;
    client.encoding = u"hex"_s;
    session::ClientSpec linked; // follows the Unix listener
    linked.connect = netcore::ConnectOptions::unixPath(u"/run/user/0/nb.sock"_s);
    linked.listener = 1;
    workspace.clients = {client, linked};

    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.json"_s);
    QString error;
    QVERIFY2(workspace.save(path, &error), qPrintable(error));
    session::Workspace loaded;
    QVERIFY2(session::Workspace::load(path, &loaded, &error), qPrintable(error));

    QCOMPARE(loaded.listeners.size(), 2);
    const session::ListenerSpec &l = loaded.listeners.at(0);
    QCOMPARE(l.listen.port, std::optional<int>(4000));
    QCOMPARE(l.listen.host, u"::1"_s);
    QCOMPARE(l.listen.backlog, 16);
    QVERIFY(l.listen.exclusive);
    QVERIFY(l.server.allowHalfOpen);
    QVERIFY(l.server.pauseOnConnect);
    QCOMPARE(l.maxConnections, 3);
    QCOMPARE(l.autoReply, session::AutoReply::Echo);
    QCOMPARE(loaded.listeners.at(1).listen.path, u"/run/user/0/nb.sock"_s);
    QVERIFY(!loaded.listeners.at(1).listen.port);
    QCOMPARE(loaded.listeners.at(1).autoReply, session::AutoReply::Discard);

    QCOMPARE(loaded.clients.size(), 2);
    QCOMPARE(loaded.clients.at(0).listener, -1);
    QCOMPARE(loaded.clients.at(1).listener, 1);
    const session::ClientSpec &c = loaded.clients.at(0);
    QCOMPARE(c.connect.port, std::optional<int>(4000));
    QCOMPARE(c.connect.host, u"localhost"_s);
    QCOMPARE(c.connect.family, 6);
    QCOMPARE(c.connect.localAddress, u"::1"_s);
    QCOMPARE(c.connect.localPort, std::optional<int>(5000));
    QCOMPARE(c.connect.timeout, std::optional<qint64>(1500));
    QVERIFY(c.connect.noDelay);
    QVERIFY(c.connect.keepAlive);
    QCOMPARE(c.connect.keepAliveInitialDelay, 2000);
    QVERIFY(c.allowHalfOpen);
    QCOMPARE(c.encoding, u"hex"_s);
}

// A relay keeps its listen side, its target, its connect timeout and every fault.
void tst_Workspace::relaysRoundTrip()
{
    session::RelaySpec tcp;
    tcp.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    tcp.target = netcore::ConnectOptions::tcp(8080, u"::1"_s);
    tcp.connectTimeoutMs = 2500;
    tcp.faults.clientToServer = {.latencyMs = 40,
                                 .bytesPerSecond = 100000,
                                 .pieceMin = 1,
                                 .pieceMax = 7,
                                 .piecePauseMs = 3,
                                 .hold = true,
                                 .holdAfterBytes = 10,
                                 .finAfterBytes = 20,
                                 .rstAfterBytes = std::nullopt,
                                 .cutAfterBytes = 0};
    tcp.faults.serverToClient.rstAfterBytes = 5000000000; // past 32 bits
    tcp.faults.refuseAfterConnections = 2;
    session::RelaySpec ipc; // Unix to TCP
    ipc.listen = netcore::ListenOptions::unixPath(u"/run/user/0/relay.sock"_s);
    ipc.target = netcore::ConnectOptions::unixPath(u"/run/user/0/server.sock"_s);
    ipc.faults.refuseConnections = true;
    session::Workspace workspace;
    workspace.relays = {tcp, ipc};

    session::Workspace loaded;
    QString error;
    QVERIFY2(session::Workspace::fromJson(workspace.toJson(), &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.relays.size(), 2);
    const session::RelaySpec &t = loaded.relays.at(0);
    QCOMPARE(t.listen.port, std::optional<int>(0));
    QCOMPARE(t.listen.host, u"127.0.0.1"_s);
    QCOMPARE(t.target.port, std::optional<int>(8080));
    QCOMPARE(t.target.host, u"::1"_s);
    QCOMPARE(t.connectTimeoutMs, 2500);
    QVERIFY(t.faults == tcp.faults);
    const session::RelaySpec &u = loaded.relays.at(1);
    QVERIFY(!u.listen.port);
    QCOMPARE(u.listen.path, u"/run/user/0/relay.sock"_s);
    QVERIFY(!u.target.port);
    QCOMPARE(u.target.path, u"/run/user/0/server.sock"_s);
    QCOMPARE(u.connectTimeoutMs, session::Relay::DefaultConnectTimeoutMs);
    QVERIFY(u.faults == ipc.faults);
}

void tst_Workspace::refusesWhatIsNotAWorkspace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{nope") << u"Not valid JSON"_s;
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})")
                                  << u"Not a netbench workspace"_s;
    QTest::newRow("future version")
            << QByteArray(R"({"format":"netbench-workspace","version":99})") << u"version 99"_s;
    QTest::newRow("client of a listener it does not have")
            << QByteArray(R"({"format":"netbench-workspace","version":1,"listeners":[{"port":0}],)"
                          R"("clients":[{"port":1,"listener":1}]})")
            << u"Client 1 connects to listener 2"_s;
}

void tst_Workspace::refusesWhatIsNotAWorkspace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    session::Workspace workspace;
    workspace.listeners.append(session::ListenerSpec());
    QString error;
    QVERIFY(!session::Workspace::fromJson(json, &workspace, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(workspace.listeners.size(), 1); // untouched
}

void tst_Workspace::missingFile()
{
    session::Workspace workspace;
    QString error;
    QVERIFY(!session::Workspace::load(u"/nonexistent/w.json"_s, &workspace, &error));
    QVERIFY2(error.contains(u"/nonexistent/w.json"_s), qPrintable(error));
}

// /dev/zero reports a size of 0 and never ends; a FIFO blocks on open: neither is read.
void tst_Workspace::refusesDevicesFifosAndHugeFiles()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe.json"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {u"/dev/zero"_s, fifo}) {
        session::Workspace workspace;
        QString error;
        QVERIFY(!session::Workspace::load(path, &workspace, &error));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
    }
    const QString huge = dir.filePath(u"huge.json"_s);
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(session::Workspace::MaxFileBytes + 1)); // sparse: no disk used
    file.close();
    session::Workspace workspace;
    QString error;
    QVERIFY(!session::Workspace::load(huge, &workspace, &error));
    QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
