// Workspace files: every setting survives save and open; bad files are refused with a reason.

#include "session/replyrules.h"
#include "session/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void reportsWhatItCannotUse_data();
    void reportsWhatItCannotUse();
    void keepsRulesItCannotUse();
    void savesBackWhatItCannotUse_data() { reportsWhatItCannotUse_data(); }
    void savesBackWhatItCannotUse();
    void savesAFieldChangedSinceAsChanged();
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

// One unusable field is told (which entry, which field, why) and the rest of the file is
// read: a good listener, client and relay around the bad entry all come through.
void tst_Workspace::reportsWhatItCannotUse_data()
{
    QTest::addColumn<QByteArray>("listener");
    QTest::addColumn<QByteArray>("client");
    QTest::addColumn<QByteArray>("relay");
    QTest::addColumn<QString>("problem");
    const QByteArray listener = R"({"port":0,"host":"127.0.0.1"})";
    const QByteArray client = R"({"port":9,"host":"127.0.0.1"})";
    const QByteArray relay = R"({"listen":{"port":0},"target":{"port":9}})";
    QTest::newRow("port out of range") << QByteArray(R"({"port":70000})") << client << relay
                                       << u"Listener 2 (port 70000): port 70000 is not a whole "
                                          "number from 0 to 65535"_s;
    QTest::newRow("port not a number") << QByteArray(R"({"port":"eighty"})") << client << relay
                                       << u"Listener 2 (port \"eighty\"): port \"eighty\" is "
                                          "not a whole number"_s;
    QTest::newRow("port 0 to connect to")
            << listener << QByteArray(R"({"port":0})") << relay
            << u"Client 2 (port 0): port 0 is not a whole number from 1 to 65535"_s;
    QTest::newRow("no address") << listener << QByteArray(R"({"host":"x"})") << relay
                                << u"Client 2 (): neither a port nor a Unix socket path"_s;
    QTest::newRow("path too long")
            << QByteArray(R"({"path":"/tmp/)" + QByteArray(200, 'x') + R"("})") << client << relay
            << u"the Unix socket path is longer than 107 byte"_s;
    QTest::newRow("unknown auto-reply")
            << QByteArray(R"({"port":0,"autoReply":"ecko"})") << client << relay
            << u"Listener 2 (port 0): unknown auto-reply \"ecko\""_s;
    QTest::newRow("unknown encoding") << listener << QByteArray(R"({"port":9,"encoding":"utf9"})")
                                      << relay << u"Client 2 (port 9): unknown encoding \"utf9\""_s;
    QTest::newRow("unknown family") << listener << QByteArray(R"({"port":9,"family":5})") << relay
                                    << u"Client 2 (port 9): family 5 is not 4, 6 or 0"_s;
    QTest::newRow("linked to a listener it does not have")
            << listener << QByteArray(R"({"port":9,"listener":7})") << relay
            << u"Client 2 (port 9): it was linked to listener 8, which the workspace does not "
               "have"_s;
    QTest::newRow("reconnect out of range")
            << listener
            << QByteArray(R"({"port":9,"reconnect":{"enabled":true,"delayMs":-5,"backoff":1.5}})")
            << relay << u"Client 2 (port 9): reconnect delayMs -5 is out of range; 0 is used"_s;
    QTest::newRow("unknown reconnect setting")
            << listener << QByteArray(R"({"port":9,"reconnect":{"enabled":true,"delay":100}})")
            << relay << u"Client 2 (port 9): unknown reconnect setting \"delay\""_s;
    QTest::newRow("unknown fault") << listener << client
                                   << QByteArray(R"({"listen":{"port":0},"target":{"port":9},)"
                                                 R"("faults":{"clientToServer":{"latency":100}}})")
                                   << u"Relay 2 (port 0): unknown fault \"latency\""_s;
    QTest::newRow("unknown relay fault")
            << listener << client
            << QByteArray(R"({"listen":{"port":0},"target":{"port":9},"faults":{"refuse":true}})")
            << u"Relay 2 (port 0): unknown fault \"refuse\""_s;
    QTest::newRow("negative fault")
            << listener << client
            << QByteArray(R"({"listen":{"port":0},"target":{"port":9},)"
                          R"("faults":{"serverToClient":{"cutAfterBytes":-3}}})")
            << u"Relay 2 (port 0): fault cutAfterBytes is -3"_s;
    QTest::newRow("relay target port")
            << listener << client << QByteArray(R"({"listen":{"port":0},"target":{"port":-1}})")
            << u"Relay 2 (port 0): port -1 is not a whole number"_s;
    QTest::newRow("bad framing")
            << QByteArray(R"({"port":0,"replyRules":{"framing":"lines","rules":["contains:a=b"]}})")
            << client << relay
            << u"Listener 2 (port 0): auto-reply framing: framing is chunk, line or delim:TEXT"_s;
}

void tst_Workspace::reportsWhatItCannotUse()
{
    QFETCH(QByteArray, listener);
    QFETCH(QByteArray, client);
    QFETCH(QByteArray, relay);
    QFETCH(QString, problem);
    const QByteArray json = R"({"format":"netbench-workspace","version":1,)"
                            R"("listeners":[{"path":"/tmp/good.sock"},)"
            + listener + R"(],"clients":[{"port":1234,"host":"::1"},)" + client
            + R"(],"relays":[{"listen":{"path":"/tmp/r.sock"},"target":{"port":1}},)" + relay
            + R"(],"messages":[{"name":"hi","kind":"text","content":"hello"}]})";
    session::Workspace workspace;
    QString error;
    QVERIFY2(session::Workspace::fromJson(json, &workspace, &error), qPrintable(error));
    QCOMPARE(workspace.problems.size(), 1);
    QVERIFY2(workspace.problems.constFirst().contains(problem),
             qPrintable(workspace.problems.constFirst()));
    QCOMPARE(workspace.listeners.size(), 2);
    QCOMPARE(workspace.listeners.at(0).listen.path, u"/tmp/good.sock"_s);
    QCOMPARE(workspace.clients.size(), 2);
    QCOMPARE(workspace.clients.at(0).connect.port, std::optional<int>(1234));
    QCOMPARE(workspace.relays.size(), 2);
    QCOMPARE(workspace.relays.at(0).listen.path, u"/tmp/r.sock"_s);
    QCOMPARE(workspace.messages.messages().size(), 1);
    // An unusable address is never read as port 0, which would listen or connect elsewhere.
    if (problem.contains(u"Listener 2 (port \""_s) || problem.contains(u"port 70000"_s))
        QCOMPARE(workspace.listeners.at(1).listen.port, std::optional<int>(-1));
    for (const session::ClientSpec &spec : std::as_const(workspace.clients))
        QVERIFY(spec.connect.port != std::optional<int>(0));
}

namespace {

// The workspace file of reportsWhatItCannotUse: a good entry of each kind, then the one given.
QByteArray workspaceWith(const QByteArray &listener, const QByteArray &client,
                         const QByteArray &relay)
{
    return R"({"format":"netbench-workspace","version":1,)"
           R"("listeners":[{"path":"/tmp/good.sock"},)"
            + listener + R"(],"clients":[{"port":1234,"host":"::1"},)" + client
            + R"(],"relays":[{"listen":{"path":"/tmp/r.sock"},"target":{"port":1}},)" + relay
            + R"(],"messages":[{"name":"hi","kind":"text","content":"hello"}]})";
}

// Each field of written as the saved entry has it.
void verifyKept(const QJsonValue &saved, const QByteArray &written)
{
    const QJsonObject entry = QJsonDocument::fromJson(written).object();
    for (auto it = entry.begin(); it != entry.end(); ++it)
        QVERIFY2(saved.toObject().value(it.key()) == it.value(),
                 qPrintable(u"%1 saved as %2"_s.arg(
                         it.key(),
                         QString::fromUtf8(
                                 QJsonDocument(saved.toObject()).toJson(QJsonDocument::Compact)))));
}

} // namespace

// Opened and saved again without a change, a workspace keeps what it could not use as the
// file had it (a port, a path, an encoding, a family, a link, reconnect settings, faults, a
// framing): saving never replaces the user's text with what was used instead, and opening
// the saved file tells the same problem again.
void tst_Workspace::savesBackWhatItCannotUse()
{
    QFETCH(QByteArray, listener);
    QFETCH(QByteArray, client);
    QFETCH(QByteArray, relay);
    session::Workspace workspace;
    QString error;
    QVERIFY2(session::Workspace::fromJson(workspaceWith(listener, client, relay), &workspace,
                                          &error),
             qPrintable(error));
    const QByteArray saved = workspace.toJson();
    const QJsonObject root = QJsonDocument::fromJson(saved).object();
    verifyKept(root[u"listeners"_s].toArray().at(1), listener);
    verifyKept(root[u"clients"_s].toArray().at(1), client);
    verifyKept(root[u"relays"_s].toArray().at(1), relay);
    session::Workspace reopened;
    QVERIFY2(session::Workspace::fromJson(saved, &reopened, &error), qPrintable(error));
    QCOMPARE(reopened.problems, workspace.problems);
}

// A field the user has changed since the file was read is saved as it is now; the fields
// beside it that were not changed keep their text.
void tst_Workspace::savesAFieldChangedSinceAsChanged()
{
    session::Workspace workspace;
    QString error;
    QVERIFY(session::Workspace::fromJson(
            workspaceWith(R"({"port":70000,"autoReply":"ecko"})",
                          R"({"port":9,"encoding":"utf9","family":5})",
                          R"({"listen":{"port":0},"target":{"port":9},"connectTimeoutMs":7,)"
                          R"("faults":{"refuse":true}})"),
            &workspace, &error));
    workspace.listeners[1].listen.port = 8080;
    workspace.clients[1].encoding = u"utf8"_s;
    workspace.relays[1].faults.refuseConnections = true;
    const QJsonObject root = QJsonDocument::fromJson(workspace.toJson()).object();
    const QJsonObject listener = root[u"listeners"_s].toArray().at(1).toObject();
    QCOMPARE(listener[u"port"_s], QJsonValue(8080));
    QCOMPARE(listener[u"autoReply"_s], QJsonValue(u"ecko"_s));
    const QJsonObject client = root[u"clients"_s].toArray().at(1).toObject();
    QCOMPARE(client[u"encoding"_s], QJsonValue(u"utf8"_s));
    QCOMPARE(client[u"family"_s], QJsonValue(5));
    const QJsonObject relay = root[u"relays"_s].toArray().at(1).toObject();
    QCOMPARE(relay[u"faults"_s].toObject()[u"refuseConnections"_s], QJsonValue(true));
    QVERIFY(!relay[u"faults"_s].toObject().contains(u"refuse"_s));
    QCOMPARE(relay[u"connectTimeoutMs"_s], QJsonValue(7));
}

// Rules that do not parse or do not compile are told, kept off, and saved back exactly as
// written; the good rules around them still answer.
void tst_Workspace::keepsRulesItCannotUse()
{
    const QByteArray json = R"({"format":"netbench-workspace","version":1,"listeners":[)"
                            R"({"port":0,"replyRules":{"framing":"line","rules":[)"
                            R"("contains:PING=PONG",)"
                            R"("regexp:^GET=no such kind",)"
                            R"({"match":"re","pattern":"(unclosed","reply":"x"},)"
                            R"({"match":"contains","pattern":"A","reply":"$7"},)"
                            R"({"match":"exact","pattern":"QUIT","reply":"bye","after":"later"},)"
                            R"({"match":"exact","pattern":"HELLO","reply":"hi"}]}}]})";
    session::Workspace workspace;
    QString error;
    QVERIFY2(session::Workspace::fromJson(json, &workspace, &error), qPrintable(error));
    QCOMPARE(workspace.problems.size(), 4);
    QVERIFY2(workspace.problems.at(0).startsWith(
                     u"Listener 1 (port 0): auto-reply rule 2: unknown kind 'regexp'"_s),
             qPrintable(workspace.problems.at(0)));
    QVERIFY2(workspace.problems.at(1).contains(u"rule 3: bad regular expression"_s),
             qPrintable(workspace.problems.at(1)));
    QVERIFY2(workspace.problems.at(2).contains(u"rule 4: the reply uses $7"_s),
             qPrintable(workspace.problems.at(2)));
    QVERIFY2(workspace.problems.at(3).contains(u"rule 5: unknown after 'later'"_s),
             qPrintable(workspace.problems.at(3)));

    const session::ReplyRuleSet &rules = workspace.listeners.at(0).replyRules;
    QCOMPARE(rules.rules.size(), 6);
    for (int bad : {1, 2, 3, 4}) {
        QVERIFY(!rules.rules.at(bad).enabled);
        QVERIFY(!rules.rules.at(bad).problem.isEmpty());
    }
    // The editor shows each as the user wrote it.
    QCOMPARE(rules.rules.at(1).toText(), u"regexp:^GET=no such kind"_s);
    QCOMPARE(rules.rules.at(2).toText(), u"re:(unclosed=x"_s);
    QCOMPARE(rules.rules.at(4).toText(), u"exact,later:QUIT=bye"_s);

    // The good rules answer; the kept ones never do.
    QString compileError;
    const std::shared_ptr<session::ReplyRules> compiled
            = session::ReplyRules::compile(rules, &compileError);
    QVERIFY2(compiled, qPrintable(compileError));
    QCOMPARE(compiled->answer("PING")->bytes, "PONG"_ba);
    QCOMPARE(compiled->answer("HELLO")->bytes, "hi"_ba);
    QVERIFY(!compiled->answer("GET /"));
    QVERIFY(!compiled->answer("QUIT"));

    // Saved again: every rule as the file had it.
    const QJsonArray before = QJsonDocument::fromJson(json)
                                      .object()[u"listeners"_s]
                                      .toArray()[0]
                                      .toObject()[u"replyRules"_s]
                                      .toObject()[u"rules"_s]
                                      .toArray();
    const QJsonArray after = QJsonDocument::fromJson(workspace.toJson())
                                     .object()[u"listeners"_s]
                                     .toArray()[0]
                                     .toObject()[u"replyRules"_s]
                                     .toObject()[u"rules"_s]
                                     .toArray();
    QCOMPARE(after.size(), before.size());
    for (int bad : {1, 2, 3, 4})
        QCOMPARE(after.at(bad), before.at(bad));
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
