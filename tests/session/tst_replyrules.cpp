// Auto-reply rules: their command-line and JSON forms, matching and macros, and the
// responder on real loopback sockets (TCP and Unix): framing across chunks, a last line
// without its newline, delays keeping the order, end and reset after a reply, hit counts.

#include "session/autoresponder.h"
#include "session/replyrule.h"
#include "session/replyrules.h"

#include "../net/testpeers.h"

#include "net/neterror.h"
#include "net/server.h"
#include "net/socket.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::Server;
using netcore::Socket;
using session::AutoResponder;
using session::ReplyFraming;
using session::ReplyRule;
using session::ReplyRules;
using session::ReplyRuleSet;
using testpeers::Transport;

namespace {

std::shared_ptr<ReplyRules> compileRules(const QStringList &texts,
                                         const QString &framing = u"chunk"_s)
{
    ReplyRuleSet set;
    QString error;
    set.framing = *ReplyFraming::parse(framing, &error);
    for (const QString &text : texts) {
        const std::optional<ReplyRule> rule = ReplyRule::parse(text, &error);
        if (!rule)
            qFatal("%s: %s", qPrintable(text), qPrintable(error));
        set.rules.append(*rule);
    }
    std::shared_ptr<ReplyRules> rules = ReplyRules::compile(set, &error);
    if (!rules)
        qFatal("%s", qPrintable(error));
    return rules;
}

QByteArray replyTo(ReplyRules &rules, const QByteArray &message)
{
    const std::optional<ReplyRules::Reply> reply = rules.answer(message);
    return reply ? reply->bytes : "<none>"_ba;
}

// A server whose accepted socket answers by rules, and a client that collects what it gets.
struct Connection
{
    Connection(Transport transport, const std::shared_ptr<ReplyRules> &rules)
    {
        if (transport == Transport::Tcp6 && !testpeers::hasIpv6Loopback())
            return;
        if (!testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)))
            return;
        QObject::connect(&server, &Server::newConnection, &server,
                         [rules](Socket *socket) { new AutoResponder(socket, rules); });
        accepted = testpeers::connectAndAccept(server, client);
        QObject::connect(&client, &Socket::dataReceived, &client,
                         [this](const QByteArray &chunk) { received += chunk; });
    }
    // Writes piece and waits until the server has read it, so the next piece is another chunk.
    bool sendPiece(const QByteArray &piece)
    {
        QSignalSpy read(accepted, &Socket::dataReceived);
        const qint64 before = accepted->bytesRead();
        client.write(piece);
        return QTest::qWaitFor([&] { return accepted->bytesRead() >= before + piece.size(); },
                               5000);
    }

    QByteArray received; // first: outlives the sockets
    QTemporaryDir dir;
    Server server {netcore::ServerOptions {.allowHalfOpen = true}};
    Socket client {netcore::SocketOptions {.allowHalfOpen = true}};
    QPointer<Socket> accepted;
};

} // namespace

class TestReplyRules final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseCommandLineForm_data();
    void parseCommandLineForm();
    void refuseBadRules_data();
    void refuseBadRules();
    void jsonRoundTripAndFile();
    void matchKinds_data();
    void matchKinds();
    void firstEnabledRuleWins();
    void macros();
    void countsAreShared();

    void framingAcrossChunks_data();
    void framingAcrossChunks();
    void delimiterSplitAcrossChunks_data();
    void delimiterSplitAcrossChunks();
    void lastLineWithoutNewline_data();
    void lastLineWithoutNewline();
    void oversizedFrameIsNotLost_data();
    void oversizedFrameIsNotLost();
    void delayKeepsOrder_data();
    void delayKeepsOrder();
    void endAfterReply_data();
    void endAfterReply();
    void resetAfterReply_data();
    void resetAfterReply();
    void hitsAcrossConnections_data();
    void hitsAcrossConnections();
};

void TestReplyRules::parseCommandLineForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("contains") << u"contains:PING=PONG\\r\\n"_s << int(ReplyRule::Match::Contains)
                              << u"PING"_s << u"PONG\\r\\n"_s << qint64(0) << 0 << true;
    QTest::newRow("regex") << u"re:^GET (\\S+)=HTTP/1.0 200 OK\\r\\n\\r\\n$1"_s
                           << int(ReplyRule::Match::Regex) << u"^GET (\\S+)"_s
                           << u"HTTP/1.0 200 OK\\r\\n\\r\\n$1"_s << qint64(0) << 0 << true;
    QTest::newRow("hex") << u"hex:0102=hex:0304"_s << int(ReplyRule::Match::Hex) << u"0102"_s
                         << u"hex:0304"_s << qint64(0) << 0 << true;
    QTest::newRow("options") << u"exact,delay=1.5s,end,off:QUIT=bye"_s
                             << int(ReplyRule::Match::Exact) << u"QUIT"_s << u"bye"_s
                             << qint64(1500) << int(ReplyRule::After::End) << false;
    QTest::newRow("escaped =") << u"contains,reset:a\\=b=c=d"_s << int(ReplyRule::Match::Contains)
                               << u"a\\=b"_s << u"c=d"_s << qint64(0)
                               << int(ReplyRule::After::Reset) << true;
    QTest::newRow("text: prefix") << u"exact:x=text:hex:41"_s << int(ReplyRule::Match::Exact)
                                  << u"x"_s << u"hex:41"_s << qint64(0) << 0 << true;
}

void TestReplyRules::parseCommandLineForm()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<ReplyRule> rule = ReplyRule::parse(text, &error);
    QVERIFY2(rule, qPrintable(error));
    QFETCH(int, match);
    QCOMPARE(int(rule->match), match);
    QTEST(rule->pattern, "pattern");
    QTEST(rule->reply, "reply");
    QTEST(rule->delayMs, "delayMs");
    QTEST(int(rule->after), "after");
    QTEST(rule->enabled, "enabled");
    // The text form reads back to the same rule.
    const std::optional<ReplyRule> again = ReplyRule::parse(rule->toText(), &error);
    QVERIFY2(again, qPrintable(rule->toText() + u": "_s + error));
    if (!text.contains(u"text:"_s))
        QCOMPARE(*again, *rule);
}

void TestReplyRules::refuseBadRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no kind") << u"PING=PONG"_s << u"KIND:PATTERN=REPLY"_s;
    QTest::newRow("unknown kind") << u"glob:P*=x"_s << u"unknown kind 'glob'"_s;
    QTest::newRow("no =") << u"contains:PING"_s << u"no '='"_s;
    QTest::newRow("delay without unit") << u"contains,delay=200:a=b"_s << u"delay=200ms"_s;
    QTest::newRow("unknown option") << u"contains,twice:a=b"_s << u"unknown option 'twice'"_s;
    QTest::newRow("end and reset") << u"contains,end,reset:a=b"_s << u"exclude each other"_s;
    QTest::newRow("bad regex") << u"re:(a=b"_s << u"bad regular expression"_s;
    QTest::newRow("bad hex pattern") << u"hex:01x2=a"_s << u"not a hex pattern"_s;
    QTest::newRow("odd hex pattern") << u"hex:012=a"_s << u"not a hex pattern"_s;
    QTest::newRow("bad hex reply") << u"contains:a=hex:zz"_s << u"not hex bytes"_s;
    QTest::newRow("bad escape") << u"contains:a=b\\q"_s << u"unknown escape \\q"_s;
    QTest::newRow("bad \\x") << u"contains:a\\x4=b"_s << u"two hex digits"_s;
    QTest::newRow("group too high") << u"re:(a)=$2"_s << u"has 1 groups"_s;
    QTest::newRow("group without regex") << u"contains:a=$1"_s << u"only a regular expression"_s;
    QTest::newRow("unknown macro") << u"contains:a=${when}"_s << u"unknown macro ${when}"_s;
    QTest::newRow("lone $") << u"contains:a=5$"_s << u"write $$"_s;
}

void TestReplyRules::refuseBadRules()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const std::optional<ReplyRule> rule = ReplyRule::parse(text, &error);
    if (rule)
        error = ReplyRules::problem(*rule);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestReplyRules::jsonRoundTripAndFile()
{
    ReplyRuleSet set;
    QString error;
    set.framing = *ReplyFraming::parse(u"delim:\\0|"_s, &error);
    QCOMPARE(set.framing.delimiter, "\0|"_ba);
    set.rules.append(*ReplyRule::parse(u"re,delay=250ms,end:^(a=b)=x$1"_s, &error));
    set.rules.append(*ReplyRule::parse(u"hex,off:ff??00=hex:01"_s, &error));
    const std::optional<ReplyRuleSet> back = ReplyRuleSet::fromJson(set.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, set);

    // A file may give a rule in its command-line form; a bad one is named by its number.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"rules.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
            R"({"framing": "line", "rules": ["contains:PING=PONG\\n", {"match": "exact", "pattern": "Q", "reply": "bye", "after": "end"}]})");
    file.close();
    const std::optional<ReplyRuleSet> loaded = ReplyRuleSet::load(file.fileName(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->framing.kind, ReplyFraming::Kind::Line);
    QCOMPARE(loaded->rules.size(), 2);
    QCOMPARE(loaded->rules[0].reply, u"PONG\\n"_s);
    QCOMPARE(loaded->rules[1].after, ReplyRule::After::End);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"rules": ["contains:a=b", "nonsense"]})");
    file.close();
    QVERIFY(!ReplyRuleSet::load(file.fileName(), &error));
    QVERIFY2(error.contains(u"rule 2: "_s) && error.contains(file.fileName()), qPrintable(error));
}

void TestReplyRules::matchKinds_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("exact hit") << u"exact:PING=PONG"_s << "PING"_ba
                               << "PONG"_ba;
    QTest::newRow("exact miss") << u"exact:PING=PONG"_s << "PING "_ba
                                << "<none>"_ba;
    QTest::newRow("exact escapes") << u"exact:a\\r\\n=ok"_s << "a\r\n"_ba
                                   << "ok"_ba;
    QTest::newRow("contains hit") << u"contains:ING=x"_s << "a PING b"_ba
                                  << "x"_ba;
    QTest::newRow("contains empty matches all") << u"contains:=x"_s << "anything"_ba
                                                << "x"_ba;
    QTest::newRow("contains regex chars literally") << u"contains:a.b=x"_s << "axb"_ba
                                                    << "<none>"_ba;
    QTest::newRow("regex groups") << u"re:^GET (\\S+) HTTP=got $1"_s
                                  << "GET /index.html HTTP/1.0"_ba
                                  << "got /index.html"_ba;
    QTest::newRow("regex ${N}") << u"re:(a)(b)=${2}${1}$0"_s << "ab"_ba
                                << "baab"_ba;
    QTest::newRow("regex binary") << u"re:\\x00(\\xff+)=[$1]"_s << "\x00\xff\xff"_ba
                                  << "[\xff\xff]"_ba;
    QTest::newRow("regex utf-8") << u"re:caf\u00e9=ok"_s << "caf\xc3\xa9"_ba
                                 << "ok"_ba;
    QTest::newRow("regex across lines") << u"re:a.b=x"_s << "a\nb"_ba
                                        << "x"_ba;
    QTest::newRow("hex") << u"hex:01 02=hex:03 04"_s << "\x00\x01\x02"_ba
                         << "\x03\x04"_ba;
    QTest::newRow("hex wildcard") << u"hex:01??03=hex:ff"_s << "\x01\x99\x03"_ba
                                  << "\xff"_ba;
    QTest::newRow("hex miss") << u"hex:0103=hex:ff"_s << "\x01\x02\x03"_ba
                              << "<none>"_ba;
    QTest::newRow("reply escapes") << u"contains:a=\\t\\x41\\\\\\$$$\\e\\0"_s << "a"_ba
                                   << "\tA\\$$\x1b\0"_ba;
    QTest::newRow("reply utf-8") << u"contains:a=\u00fc"_s << "a"_ba
                                 << "\xc3\xbc"_ba;
}

void TestReplyRules::matchKinds()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, message);
    const std::shared_ptr<ReplyRules> rules = compileRules({rule});
    QTEST(replyTo(*rules, message), "reply");
}

void TestReplyRules::firstEnabledRuleWins()
{
    const std::shared_ptr<ReplyRules> rules = compileRules(
            {u"contains,off:A=off"_s, u"contains:A=first"_s, u"contains:AB=second"_s});
    QCOMPARE(replyTo(*rules, "AB"), "first"_ba);
    QCOMPARE(replyTo(*rules, "B"), "<none>"_ba);
    QCOMPARE(rules->hitCounts(), (QList<qint64> {0, 1, 0}));
}

void TestReplyRules::macros()
{
    const std::shared_ptr<ReplyRules> rules
            = compileRules({u"contains:=#${count} ${length} [${data}] ${time}"_s});
    QCOMPARE(replyTo(*rules, "xy").left(12), "#1 2 [xy] 20"_ba);
    const QByteArray second = replyTo(*rules, "abc");
    const QRegularExpression shape(
            u"^#2 3 \\[abc\\] \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QVERIFY2(shape.match(QString::fromLatin1(second)).hasMatch(), second.constData());
}

void TestReplyRules::countsAreShared()
{
    const std::shared_ptr<ReplyRules> rules = compileRules({u"contains:a=1"_s, u"contains:b=2"_s});
    for (int i = 0; i < 3; ++i)
        rules->answer("a");
    rules->answer("b");
    QCOMPARE(rules->hits(0), 3);
    QCOMPARE(rules->hits(1), 1);
    QCOMPARE(rules->hits(2), 0);
}

static void addSocketRows()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("tcp4") << Transport::Tcp4;
    QTest::newRow("unix") << Transport::Unix;
}

void TestReplyRules::framingAcrossChunks_data()
{
    addSocketRows();
}

// A line split over two chunks is put together; two lines in one chunk get two replies.
void TestReplyRules::framingAcrossChunks()
{
    QFETCH(Transport, transport);
    Connection c(transport, compileRules({u"exact:PING=PONG ${count}\\n"_s}, u"line"_s));
    QVERIFY(c.accepted);
    QVERIFY(c.sendPiece("PI"));
    QVERIFY(c.sendPiece("NG\r\nPI"));
    QVERIFY(c.sendPiece("NG\nPING\nPINGX\n"));
    QTRY_COMPARE(c.received, "PONG 1\nPONG 2\nPONG 3\n"_ba);
}

void TestReplyRules::delimiterSplitAcrossChunks_data()
{
    addSocketRows();
}

void TestReplyRules::delimiterSplitAcrossChunks()
{
    QFETCH(Transport, transport);
    Connection c(transport, compileRules({u"re:(.*)=<$1>"_s}, u"delim:||"_s));
    QVERIFY(c.accepted);
    QVERIFY(c.sendPiece("ab|"));
    QVERIFY(c.sendPiece("|c|d|"));
    QVERIFY(c.sendPiece("|"));
    QTRY_COMPARE(c.received, "<ab><c|d>"_ba);
}

void TestReplyRules::lastLineWithoutNewline_data()
{
    addSocketRows();
}

// The peer's FIN frames what is left; the reply goes out, then our side ends.
void TestReplyRules::lastLineWithoutNewline()
{
    QFETCH(Transport, transport);
    Connection c(transport,
                 compileRules({u"exact:QUIT=bye\\n"_s, u"exact:HI=hello\\n"_s}, u"line"_s));
    QVERIFY(c.accepted);
    QSignalSpy ended(&c.client, &Socket::ended);
    c.client.write("HI\nQUIT"_ba);
    c.client.end();
    QVERIFY(ended.wait(5000));
    QCOMPARE(c.received, "hello\nbye\n"_ba);
}

void TestReplyRules::oversizedFrameIsNotLost_data()
{
    addSocketRows();
}

void TestReplyRules::oversizedFrameIsNotLost()
{
    QFETCH(Transport, transport);
    Connection c(transport, compileRules({u"contains:=${length};"_s}, u"line"_s));
    QVERIFY(c.accepted);
    QSignalSpy ended(&c.client, &Socket::ended);
    c.client.write(QByteArray(AutoResponder::MaxFrameBytes + 10, 'x') + "\nab\r\ncd");
    c.client.end();
    QVERIFY(ended.wait(10000));
    QCOMPARE(c.received, "1048576;10;2;2;"_ba);
}

void TestReplyRules::delayKeepsOrder_data()
{
    addSocketRows();
}

// A delayed reply comes after its delay, and the reply to a later message waits for it.
void TestReplyRules::delayKeepsOrder()
{
    QFETCH(Transport, transport);
    Connection c(transport,
                 compileRules({u"exact,delay=300ms:slow=S"_s, u"exact:fast=F"_s}, u"line"_s));
    QVERIFY(c.accepted);
    QElapsedTimer clock;
    clock.start();
    c.client.write("slow\nfast\n"_ba);
    QTRY_COMPARE(c.received, "SF"_ba);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    c.received.clear();
    QVERIFY(c.sendPiece("fast\n"));
    QTRY_COMPARE(c.received, "F"_ba);
}

void TestReplyRules::endAfterReply_data()
{
    addSocketRows();
}

// end: the reply, then our FIN; later messages get nothing.
void TestReplyRules::endAfterReply()
{
    QFETCH(Transport, transport);
    Connection c(transport,
                 compileRules({u"exact,end:QUIT=bye\\n"_s, u"contains:=echo\\n"_s}, u"line"_s));
    QVERIFY(c.accepted);
    QSignalSpy ended(&c.client, &Socket::ended);
    c.client.write("QUIT\nmore\n"_ba);
    QVERIFY(ended.wait(5000));
    QCOMPARE(c.received, "bye\n"_ba);
    QVERIFY(c.client.isWritable()); // half-open: only the server's side ended
}

void TestReplyRules::resetAfterReply_data()
{
    addSocketRows();
}

// reset: the reply arrives, then the connection is reset (over TCP the client sees ECONNRESET;
// a Unix socket has no RST, its client sees the connection close).
void TestReplyRules::resetAfterReply()
{
    QFETCH(Transport, transport);
    Connection c(transport, compileRules({u"exact,reset:KILL=dying"_s}, u"line"_s));
    QVERIFY(c.accepted);
    QSignalSpy ended(&c.client, &Socket::ended);
    QSignalSpy closed(&c.client, &Socket::closed);
    QSignalSpy failed(&c.client, &Socket::errorOccurred);
    c.client.write("KILL\n"_ba);
    if (transport == Transport::Unix) {
        QVERIFY(ended.wait(5000));
        QCOMPARE(c.received, "dying"_ba);
        QVERIFY(failed.isEmpty());
        QTRY_VERIFY(!c.accepted || c.accepted->isDestroyed());
    } else {
        QVERIFY(closed.wait(5000));
        QCOMPARE(c.received, "dying"_ba);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<netcore::NetError>().code(), u"ECONNRESET"_s);
    }
}

void TestReplyRules::hitsAcrossConnections_data()
{
    addSocketRows();
}

void TestReplyRules::hitsAcrossConnections()
{
    QFETCH(Transport, transport);
    const std::shared_ptr<ReplyRules> rules
            = compileRules({u"exact:a=${count}"_s, u"exact:b=B"_s}, u"line"_s);
    Connection first(transport, rules);
    QVERIFY(first.accepted);
    Socket second {netcore::SocketOptions {}};
    QByteArray secondReceived;
    QObject::connect(&second, &Socket::dataReceived, &second,
                     [&](const QByteArray &chunk) { secondReceived += chunk; });
    QVERIFY(testpeers::connectAndAccept(first.server, second));
    first.client.write("a\na\n"_ba);
    QTRY_COMPARE(first.received, "12"_ba);
    second.write("a\nb\n"_ba);
    QTRY_COMPARE(secondReceived, "3B"_ba);
    QCOMPARE(rules->hitCounts(), (QList<qint64> {3, 1}));
}

QTEST_GUILESS_MAIN(TestReplyRules)
#include "tst_replyrules.moc"
