// Auto-reply rules on the real program: `netbench listen --reply ...` and `--rules FILE`
// answered to a loopback client (TCP and Unix), `netbench connect --reply ...` answering a
// server, and a bad rule refused with exit status 2 in the command line's own words.

#include "netbenchprocess.h"

#include "net/server.h"
#include "net/socket.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::Server;
using netcore::Socket;

namespace {

// A client of the listener at address (HOST:PORT as printed, or a path) that collects what
// it receives.
struct Client
{
    explicit Client(const QString &address)
    {
        QObject::connect(&socket, &Socket::dataReceived, &socket,
                         [this](const QByteArray &chunk) { received += chunk; });
        const qsizetype colon = address.lastIndexOf(u':');
        if (address.startsWith(u'/'))
            socket.connectToPath(address);
        else
            socket.connectTo(address.mid(colon + 1).toInt(),
                             address.left(colon).remove(u'[').remove(u']'));
    }
    Socket socket {netcore::SocketOptions {.allowHalfOpen = true}};
    QByteArray received;
};

} // namespace

class TestReplyRulesCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void listenAnswersByRules_data();
    void listenAnswersByRules();
    void rulesFileServesManyClients();
    void connectAnswersItsServer();
    void hexDumpShowsTheMessageBeforeItsReply();
    void badRuleExitsTwo_data();
    void badRuleExitsTwo();

private:
    QTemporaryDir m_dir;
};

void TestReplyRulesCommand::listenAnswersByRules_data()
{
    QTest::addColumn<bool>("unixSocket");
    QTest::newRow("tcp") << false;
    QTest::newRow("unix") << true;
}

// Standard input is closed at once: with rules the connection stays up and is answered; what
// arrives still goes to standard output; the end rule ends it, and the run exits 0.
void TestReplyRulesCommand::listenAnswersByRules()
{
    QFETCH(bool, unixSocket);
    NetbenchProcess listener;
    const QString where = unixSocket ? m_dir.filePath(u"rules.sock"_s) : u"127.0.0.1:0"_s;
    QVERIFY(listener.start({u"listen"_s, where, u"--frame"_s, u"line"_s, u"--reply"_s,
                            u"contains:PING=PONG ${count}\\r\\n"_s, u"--reply"_s,
                            u"re:^GET (\\S+)=200 $1\\n"_s, u"--reply"_s, u"hex:0102=hex:0304"_s,
                            u"--reply"_s, u"exact,end:QUIT=bye\\n"_s}));
    listener.sendAndClose({});
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    Client client(address);
    QSignalSpy connected(&client.socket, &Socket::connected);
    QVERIFY(connected.wait(5000));
    const QByteArray sent = "PING\nGET /index.html\n\x01\x02\nPING\r\nQUIT\nignored\n"_ba;
    client.socket.write(sent);
    QSignalSpy ended(&client.socket, &Socket::ended);
    QVERIFY(ended.wait(5000));
    QCOMPARE(client.received, "PONG 1\r\n200 /index.html\n\x03\x04PONG 2\r\nbye\n"_ba);
    client.socket.end();
    QVERIFY(listener.waitForExit());
    QCOMPARE(listener.exitCode(), 0);
    QCOMPARE(listener.out, sent);
}

// --rules FILE with --keep-open: every client is answered, the count runs across them.
void TestReplyRulesCommand::rulesFileServesManyClients()
{
    QFile rules(m_dir.filePath(u"rules.json"_s));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"framing": "delim:;", "rules": [
        {"match": "exact", "pattern": "hello", "reply": "#${count} hi ${data};"},
        "exact,delay=100ms:slow=late;"]})");
    rules.close();
    NetbenchProcess listener;
    QVERIFY(listener.start(
            {u"listen"_s, u"-k"_s, u"127.0.0.1:0"_s, u"--rules"_s, rules.fileName()}));
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    Client first(address);
    Client second(address);
    first.socket.write("slow;hello;"_ba);
    QTRY_COMPARE(first.received, "late;#1 hi hello;"_ba);
    second.socket.write("hello;"_ba);
    QTRY_COMPARE(second.received, "#2 hi hello;"_ba);
    listener.process.terminate();
    QVERIFY(listener.waitForExit());
}

// A client that answers its server's lines; when the server ends, so does it, status 0.
void TestReplyRulesCommand::connectAnswersItsServer()
{
    QByteArray received; // outlives the server and its connections, which write to it
    QPointer<Socket> accepted;
    Server server {netcore::ServerOptions {.allowHalfOpen = true}};
    QSignalSpy listening(&server, &Server::listening);
    QVERIFY(!server.listen(0, u"127.0.0.1"_s));
    QVERIFY(listening.wait(5000));
    connect(&server, &Server::newConnection, &server, [&](Socket *socket) {
        accepted = socket;
        connect(socket, &Socket::dataReceived, socket,
                [&](const QByteArray &chunk) { received += chunk; });
        socket->write("PING\nPING\n"_ba);
    });
    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"127.0.0.1"_s, QString::number(server.address().port()),
                          u"--frame"_s, u"line"_s, u"--reply"_s,
                          u"exact:PING=PONG ${count}\\n"_s}));
    client.sendAndClose({});
    QTRY_COMPARE(received, "PONG 1\nPONG 2\n"_ba);
    QVERIFY(accepted);
    QSignalSpy ended(accepted.data(), &Socket::ended);
    accepted->end();
    QVERIFY(ended.wait(5000)); // the client ended its side after ours
    QVERIFY(client.waitForExit());
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(client.out, "PING\nPING\n"_ba);
}

// -x: each reply is dumped after the chunk it answers.
void TestReplyRulesCommand::hexDumpShowsTheMessageBeforeItsReply()
{
    const QString dumpPath = m_dir.filePath(u"dump.txt"_s);
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"127.0.0.1:0"_s, u"-x"_s, dumpPath, u"--reply"_s,
                            u"exact:PING=PONG"_s}));
    listener.sendAndClose({});
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    Client client(address);
    client.socket.write("PING"_ba);
    QTRY_COMPARE(client.received, "PONG"_ba);
    client.socket.end();
    QVERIFY(listener.waitForExit());
    QCOMPARE(listener.exitCode(), 0);
    QFile dump(dumpPath);
    QVERIFY(dump.open(QIODevice::ReadOnly));
    const QByteArray text = dump.readAll();
    const qsizetype received = text.indexOf("< 4 bytes received");
    const qsizetype sent = text.indexOf("> 4 bytes sent");
    QVERIFY2(received >= 0 && sent > received, text.constData());
}

void TestReplyRulesCommand::badRuleExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad regex") << QStringList {u"listen"_s, u"0"_s, u"--reply"_s, u"re:(=x"_s}
                               << u"netbench listen: --reply 're:(=x': bad regular expression"_s;
    QTest::newRow("no =") << QStringList {u"connect"_s, u"localhost"_s, u"1"_s, u"--reply"_s,
                                          u"contains:PING"_s}
                          << u"netbench connect: --reply 'contains:PING': no '='"_s;
    QTest::newRow("bad group")
            << QStringList {u"listen"_s,       u"0"_s,       u"--reply"_s,
                            u"contains:a=b"_s, u"--reply"_s, u"re:(x)=$3"_s}
            << u"--reply 're:(x)=$3': the reply uses $3 but the pattern has 1 groups"_s;
    QTest::newRow("bad framing") << QStringList {u"listen"_s,       u"0"_s,       u"--reply"_s,
                                                 u"contains:a=b"_s, u"--frame"_s, u"word"_s}
                                 << u"--frame: framing is chunk, line or delim:TEXT"_s;
    QTest::newRow("frame alone") << QStringList {u"listen"_s, u"0"_s, u"--frame"_s, u"line"_s}
                                 << u"--frame needs rules"_s;
    QTest::newRow("with echo") << QStringList {u"listen"_s, u"0"_s, u"--echo"_s, u"--reply"_s,
                                               u"contains:a=b"_s}
                               << u"rules (--reply, --rules) and --echo exclude each other"_s;
    QTest::newRow("missing file") << QStringList {u"listen"_s, u"0"_s, u"--rules"_s,
                                                  u"/nonexistent/rules.json"_s}
                                  << u"cannot read rules /nonexistent/rules.json"_s;
}

void TestReplyRulesCommand::badRuleExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    NetbenchProcess netbench;
    QVERIFY(netbench.start(arguments));
    QVERIFY(netbench.waitForExit());
    QCOMPARE(netbench.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(netbench.err).contains(expected), netbench.err.constData());
    QVERIFY(!netbench.err.contains("listening on"));
}

QTEST_GUILESS_MAIN(TestReplyRulesCommand)
#include "tst_replyrulescommand.moc"
