// JSON Lines: every event and call written and parsed back to the same record, the schema's
// keys on the wire, and the whole stream of real loopback traffic (TCP and Unix) written by a
// TraceSession and read back equal to what the recorder holds.

#include "loopback.h"
#include "testrecords.h"
#include "trace/jsonlreader.h"
#include "trace/jsonlwriter.h"
#include "trace/tracerecorder.h"
#include "trace/tracesession.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;
using testrecords::record;
using trace::TraceDetails;
using trace::TraceRecord;

Q_DECLARE_METATYPE(TraceRecord)

namespace {

TraceRecord withDetails(TraceRecord r, const TraceDetails &d)
{
    r.details = testrecords::details(d);
    return r;
}

TraceRecord withPreview(TraceRecord r, const QByteArray &bytes)
{
    r.setPreview(bytes);
    return r;
}

trace::TraceError refusedError()
{
    trace::TraceError e;
    e.name = u"Error"_s;
    e.code = u"ECONNREFUSED"_s;
    e.errnoValue = -111;
    e.syscall = u"connect"_s;
    e.address = u"127.0.0.1"_s;
    e.port = 1;
    e.message = u"connect ECONNREFUSED 127.0.0.1:1"_s;
    return e;
}

trace::TraceError lookupError()
{
    trace::TraceError e;
    e.name = u"Error"_s;
    e.code = u"ENOTFOUND"_s;
    e.errnoValue = -3008;
    e.syscall = u"getaddrinfo"_s;
    e.hostname = u"nohost.invalid"_s;
    e.message = u"getaddrinfo ENOTFOUND nohost.invalid"_s;
    return e;
}

QJsonObject parseObject(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

QList<QString> namesOf(const QList<TraceRecord> &records, quint64 id)
{
    QList<QString> names;
    for (const TraceRecord &r : records) {
        if (r.endpointId == id)
            names.append(r.isCall() ? r.name() + u"()"_s : r.name());
    }
    return names;
}

bool containsInOrder(const QList<QString> &haystack, const QList<QString> &needles)
{
    qsizetype at = 0;
    for (const QString &needle : needles) {
        at = haystack.indexOf(needle, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

// The records tell the story of the exchange: who did what, in which order, with what.
void checkTrafficShape(const QList<TraceRecord> &records, const loopback::Exchange &exchange,
                       const QByteArray &payload, bool unixSocket)
{
    const QList<QString> client = namesOf(records, exchange.clientId);
    QVERIFY2(containsInOrder(client,
                             {u"connect()"_s, u"connect"_s, u"write()"_s, u"data"_s, u"end()"_s,
                              u"end"_s, u"close"_s}),
             qPrintable(client.join(u' ')));
    const QList<QString> server = namesOf(records, exchange.serverId);
    QVERIFY2(containsInOrder(
                     server,
                     {u"listen()"_s, u"listening"_s, u"connection"_s, u"close()"_s, u"close"_s}),
             qPrintable(server.join(u' ')));
    for (const TraceRecord &r : records) {
        if (r.event == NetEvent::Connection)
            QCOMPARE(r.relatedId, exchange.acceptedId);
        if (r.event == NetEvent::WriteCall && r.endpointId == exchange.clientId) {
            QCOMPARE(r.value, payload.size());
            QCOMPARE(r.previewBytes(), payload.left(trace::PreviewCapacity));
        }
        if (r.event == NetEvent::Connect) {
            QVERIFY(r.local() && r.remote());
            QCOMPARE(r.remote()->isUnixPath(), unixSocket);
        }
    }
}

} // namespace

class tst_Jsonl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordRoundTrips_data();
    void recordRoundTrips();
    void linesCarryTheSchemaKeys();
    void previewIsUtf8AndHex();
    void stringsAreEscaped();
    void realTrafficRoundTrips_data();
    void realTrafficRoundTrips();
    void refusedConnectionIsRecordedWithItsError();
    void pathThatReadsLikeAnFdIsAPath();
};

void tst_Jsonl::recordRoundTrips_data()
{
    QTest::addColumn<TraceRecord>("original");
    const auto server = EndpointKind::Server;
    const trace::TraceAddress local = testrecords::tcpAddress(u"127.0.0.1"_s, 5000);
    const trace::TraceAddress remote = testrecords::tcpAddress(u"127.0.0.1"_s, 41234);
    const trace::TraceAddress v6 = testrecords::tcpAddress(u"::1"_s, 443);
    const trace::TraceAddress path = testrecords::unixAddress(u"/tmp/nb.sock"_s);
    const trace::TraceAddress unnamed = testrecords::unixAddress(QString());

    QTest::newRow("listen() tcp") << withDetails(record(1, 1, NetEvent::ListenCall, 0, server),
                                                 {u"127.0.0.1"_s, {}, {}, {}});
    QTest::newRow("listen() path") << withDetails(record(2, 1, NetEvent::ListenCall, -1, server),
                                                  {u"/tmp/nb.sock"_s, {}, {}, {}});
    TraceRecord listenFd = withDetails(record(3, 1, NetEvent::ListenCall, -1, server),
                                       {u"fd 7"_s, {}, {}, {}, 7});
    listenFd.extra = 511;
    QTest::newRow("listen() fd") << listenFd;
    QTest::newRow("listen() path like an fd") << withDetails(
            record(6, 1, NetEvent::ListenCall, -1, server), {u"fd 05"_s, {}, {}, {}});
    QTest::newRow("listening") << withDetails(record(4, 1, NetEvent::Listening, -1, server),
                                              {{}, local, {}, {}});
    TraceRecord connection
            = withDetails(record(5, 1, NetEvent::Connection, -1, server), {{}, local, remote, {}});
    connection.relatedId = 2;
    QTest::newRow("connection") << connection;
    QTest::newRow("drop") << withDetails(record(6, 1, NetEvent::Drop, -1, server),
                                         {{}, path, unnamed, {}});
    QTest::newRow("server error") << withDetails(record(7, 1, NetEvent::Error, -1, server),
                                                 {{}, {}, {}, refusedError()});
    QTest::newRow("close()") << record(8, 1, NetEvent::CloseCall, -1, server);
    QTest::newRow("server close") << record(9, 1, NetEvent::Close, -1, server);
    QTest::newRow("server ref()") << record(10, 1, NetEvent::RefCall, -1, server);
    QTest::newRow("server unref()") << record(11, 1, NetEvent::UnrefCall, -1, server);

    QTest::newRow("connect() host") << withDetails(record(20, 2, NetEvent::ConnectCall, 80),
                                                   {u"example.org"_s, {}, {}, {}});
    QTest::newRow("connect() localhost") << record(21, 2, NetEvent::ConnectCall, 80);
    QTest::newRow("connect() path") << withDetails(record(22, 2, NetEvent::ConnectCall, -1),
                                                   {u"/tmp/nb.sock"_s, {}, {}, {}});
    TraceRecord badPort
            = withDetails(record(23, 2, NetEvent::ConnectCall, 70000), {u"h"_s, {}, {}, {}});
    trace::TraceError range;
    range.name = u"RangeError"_s;
    range.code = u"ERR_SOCKET_BAD_PORT"_s;
    range.message = u"Port should be >= 0 and < 65536. Received 70000."_s;
    badPort.details = testrecords::details({u"h"_s, {}, {}, range});
    QTest::newRow("connect() refused") << badPort;
    TraceRecord lookup = withDetails(record(24, 2, NetEvent::Lookup), {u"localhost"_s, {}, v6, {}});
    lookup.extra = 6;
    QTest::newRow("lookup") << lookup;
    QTest::newRow("lookup failed") << withDetails(record(25, 2, NetEvent::Lookup),
                                                  {u"nohost.invalid"_s, {}, {}, lookupError()});
    QTest::newRow("connect") << withDetails(record(26, 2, NetEvent::Connect),
                                            {{}, remote, local, {}});
    QTest::newRow("ready") << record(27, 2, NetEvent::Ready);
    QTest::newRow("data") << withPreview(record(28, 2, NetEvent::Data, 5), "hello");
    QTest::newRow("data truncated")
            << withPreview(record(29, 2, NetEvent::Data, 70000), QByteArray(64, '\xe9'));
    QTest::newRow("data empty") << record(30, 2, NetEvent::Data, 0);
    QTest::newRow("write()") << withPreview(record(31, 2, NetEvent::WriteCall, 3),
                                            QByteArray("\0\n\xff", 3));
    TraceRecord refusedWrite = withPreview(record(31, 2, NetEvent::WriteCall, 65536), "zz");
    refusedWrite.write = {0, 131072, 16384};
    QTest::newRow("write() -> false") << refusedWrite;
    TraceRecord acceptedWrite = withPreview(record(31, 2, NetEvent::WriteCall, 1), "z");
    acceptedWrite.write = {1, 0, 16384};
    QTest::newRow("write() -> true") << acceptedWrite;
    QTest::newRow("drain") << record(32, 2, NetEvent::Drain);
    QTest::newRow("end") << record(33, 2, NetEvent::End);
    QTest::newRow("end()") << record(34, 2, NetEvent::EndCall);
    QTest::newRow("timeout") << record(35, 2, NetEvent::Timeout);
    QTest::newRow("error") << withDetails(record(36, 2, NetEvent::Error),
                                          {{}, {}, {}, refusedError()});
    QTest::newRow("close hadError") << record(37, 2, NetEvent::Close, 1);
    QTest::newRow("close clean") << record(38, 2, NetEvent::Close, 0);
    QTest::newRow("destroy()") << record(39, 2, NetEvent::DestroyCall);
    QTest::newRow("destroy(error)")
            << withDetails(record(40, 2, NetEvent::DestroyCall), {{}, {}, {}, refusedError()});
    QTest::newRow("resetAndDestroy()") << record(41, 2, NetEvent::ResetCall);
    QTest::newRow("pause()") << record(42, 2, NetEvent::PauseCall);
    QTest::newRow("resume()") << record(43, 2, NetEvent::ResumeCall);
    QTest::newRow("setNoDelay(true)") << record(44, 2, NetEvent::SetNoDelayCall, 1);
    QTest::newRow("setNoDelay(false)") << record(45, 2, NetEvent::SetNoDelayCall, 0);
    TraceRecord keepAlive = record(46, 2, NetEvent::SetKeepAliveCall, 1);
    keepAlive.extra = 1000;
    QTest::newRow("setKeepAlive()") << keepAlive;
    QTest::newRow("setTimeout()") << record(47, 2, NetEvent::SetTimeoutCall, 2500);
    QTest::newRow("setTimeout(-1)") << record(48, 2, NetEvent::SetTimeoutCall, -5);
    QTest::newRow("setEncoding()")
            << withDetails(record(49, 2, NetEvent::SetEncodingCall), {u"utf8"_s, {}, {}, {}});
    QTest::newRow("ref()") << record(50, 2, NetEvent::RefCall);
    QTest::newRow("unref()") << record(51, 2, NetEvent::UnrefCall);
    // Fields the table has no key for still survive, under "value", "extra" and "text".
    TraceRecord odd = withDetails(record(52, 2, NetEvent::Drain, 7), {u"why"_s, {}, {}, {}});
    odd.extra = 9;
    QTest::newRow("fallback keys") << odd;
    QTest::newRow("unicode host") << withDetails(record(53, 2, NetEvent::ConnectCall, 1),
                                                 {u"b\u00fccher.\U0001F600.test"_s, {}, {}, {}});
    // Qt's JSON parser would drop a raw U+FEFF that starts a string.
    QTest::newRow("leading U+FEFF")
            << withDetails(record(54, 2, NetEvent::ConnectCall, 1), {u"\ufeffhost"_s, {}, {}, {}});
}

void tst_Jsonl::recordRoundTrips()
{
    QFETCH(TraceRecord, original);
    const QByteArray line = trace::toJsonLine(original);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QString error;
    const std::optional<TraceRecord> parsed
            = trace::JsonlReader::parseLine(line.chopped(1), &error);
    QVERIFY2(parsed, qPrintable(error + u" in "_s + QString::fromUtf8(line)));
    QVERIFY2(*parsed == original, line.constData());
    // Writing the parsed record again gives the same bytes.
    QCOMPARE(trace::toJsonLine(*parsed), line);
}

void tst_Jsonl::linesCarryTheSchemaKeys()
{
    TraceRecord connect = withDetails(
            record(26, 2, NetEvent::Connect),
            {{}, testrecords::tcpAddress(u"::1"_s, 80), testrecords::unixAddress(u"/x"_s), {}});
    const QJsonObject object = parseObject(trace::toJsonLine(connect));
    QCOMPARE(object.value("v"_L1).toInt(), 1);
    QCOMPARE(object.value("seq"_L1).toInteger(), 26);
    QCOMPARE(object.value("t_ns"_L1).toInteger(), 26007);
    QCOMPARE(object.value("wall_ms"_L1).toInteger(), 1732233600026);
    QCOMPARE(object.value("id"_L1).toInteger(), 2);
    QCOMPARE(object.value("kind"_L1).toString(), u"socket"_s);
    QCOMPARE(object.value("type"_L1).toString(), u"event"_s);
    QCOMPARE(object.value("name"_L1).toString(), u"connect"_s);
    const QJsonObject local = object.value("local"_L1).toObject();
    QCOMPARE(local.value("address"_L1).toString(), u"::1"_s);
    QCOMPARE(local.value("family"_L1).toString(), u"IPv6"_s);
    QCOMPARE(local.value("port"_L1).toInt(), 80);
    QCOMPARE(object.value("remote"_L1).toObject().value("path"_L1).toString(), u"/x"_s);

    const QJsonObject write = parseObject(
            trace::toJsonLine(withPreview(record(1, 2, NetEvent::WriteCall, 100), "abc")));
    QCOMPARE(write.value("type"_L1).toString(), u"call"_s);
    QCOMPARE(write.value("bytes"_L1).toInt(), 100);
    QCOMPARE(write.value("preview"_L1).toObject().value("truncated"_L1).toBool(), true);
    QVERIFY(!write.contains("ok"_L1)); // no answer known: no keys for it
    TraceRecord answered = withPreview(record(1, 2, NetEvent::WriteCall, 65536), "abc");
    answered.write = {0, 131072, 16384};
    const QJsonObject refused = parseObject(trace::toJsonLine(answered));
    QCOMPARE(refused.value("ok"_L1), QJsonValue(false));
    QCOMPARE(refused.value("bufferSize"_L1).toInteger(), 131072);
    QCOMPARE(refused.value("highWaterMark"_L1).toInteger(), 16384);
    const QJsonObject close = parseObject(trace::toJsonLine(record(1, 2, NetEvent::Close, 1)));
    QCOMPARE(close.value("hadError"_L1).toBool(), true);
    const QJsonObject error = parseObject(trace::toJsonLine(
            withDetails(record(1, 2, NetEvent::Error), {{}, {}, {}, refusedError()})));
    const QJsonObject e = error.value("error"_L1).toObject();
    QCOMPARE(e.value("code"_L1).toString(), u"ECONNREFUSED"_s);
    QCOMPARE(e.value("errno"_L1).toInt(), -111);
    QCOMPARE(e.value("syscall"_L1).toString(), u"connect"_s);
    QCOMPARE(e.value("port"_L1).toInt(), 1);
    QVERIFY(!e.contains("hostname"_L1));
}

void tst_Jsonl::previewIsUtf8AndHex()
{
    const QByteArray bytes("h\xc3\xa9\xff\x01", 5);
    const QJsonObject preview
            = parseObject(trace::toJsonLine(withPreview(record(1, 1, NetEvent::Data, 5), bytes)))
                      .value("preview"_L1)
                      .toObject();
    QCOMPARE(preview.value("hex"_L1).toString(), u"68c3a9ff01"_s);
    QCOMPARE(preview.value("utf8"_L1).toString(), u"h\u00e9\ufffd\u0001"_s);
    QCOMPARE(preview.value("truncated"_L1).toBool(), false);
}

void tst_Jsonl::stringsAreEscaped()
{
    const QString nasty = u"a\"b\\c\nd\te\u0001\u007f\U0001F600"_s;
    const TraceRecord r = withDetails(record(1, 2, NetEvent::SetEncodingCall), {nasty, {}, {}, {}});
    const QByteArray line = trace::toJsonLine(r);
    QVERIFY(!line.chopped(1).contains('\n'));
    QCOMPARE(parseObject(line).value("encoding"_L1).toString(), nasty);
    // A lone surrogate cannot be written as UTF-8: it becomes U+FFFD.
    const QString lone = QString(QChar(0xD800)) + u'x';
    const TraceRecord broken
            = withDetails(record(1, 2, NetEvent::SetEncodingCall), {lone, {}, {}, {}});
    QCOMPARE(parseObject(trace::toJsonLine(broken)).value("encoding"_L1).toString(), u"\ufffdx"_s);
}

void tst_Jsonl::realTrafficRoundTrips_data()
{
    QTest::addColumn<bool>("unixSocket");
    QTest::newRow("tcp 127.0.0.1") << false;
    QTest::newRow("unix socket") << true;
}

void tst_Jsonl::realTrafficRoundTrips()
{
    QFETCH(bool, unixSocket);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"trace.jsonl"_s);
    const netcore::ListenOptions listen = unixSocket
            ? netcore::ListenOptions::unixPath(dir.filePath(u"s.sock"_s))
            : netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    trace::TraceOptions options;
    options.jsonlPath = path;
    trace::TraceSession session(options);
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    loopback::Exchange exchange;
    // 100 bytes of every value: the preview of 64 is truncated and holds non-UTF-8 bytes.
    QByteArray payload;
    for (int i = 0; i < 100; ++i)
        payload.append(char(i * 7));
    loopback::runEcho(listen, payload, &exchange);
    if (QTest::currentTestFailed())
        return;
    session.flush();

    const QList<TraceRecord> recorded = session.recorder().eventsSince(0);
    const trace::JsonlReadResult read = trace::JsonlReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    QCOMPARE(read.records.size(), recorded.size());
    for (qsizetype i = 0; i < recorded.size(); ++i)
        QVERIFY2(read.records.at(i) == recorded.at(i),
                 trace::toJsonLine(recorded.at(i)).constData());

    checkTrafficShape(read.records, exchange, payload, unixSocket);
}

void tst_Jsonl::refusedConnectionIsRecordedWithItsError()
{
    // A port that was just free: nobody listens there now.
    int port = 0;
    {
        netcore::Server probe;
        QVERIFY(!probe.listen(0, u"127.0.0.1"_s));
        port = probe.address().port();
    }
    QTemporaryDir dir;
    trace::TraceOptions options;
    options.jsonlPath = dir.filePath(u"refused.jsonl"_s);
    trace::TraceSession session(options);
    QVERIFY(session.start(nullptr));
    netcore::Socket client;
    QSignalSpy closed(&client, &netcore::Socket::closed);
    QVERIFY(!client.connectTo(port, u"127.0.0.1"_s));
    QVERIFY(closed.wait(5000));
    session.flush();

    const trace::JsonlReadResult read = trace::JsonlReader::readFile(options.jsonlPath);
    QVERIFY(read.ok());
    QCOMPARE(read.records, session.recorder().eventsSince(0));
    const auto found
            = std::find_if(read.records.cbegin(), read.records.cend(),
                           [](const TraceRecord &r) { return r.event == NetEvent::Error; });
    QVERIFY(found != read.records.cend());
    QVERIFY(found->error());
    QCOMPARE(found->error()->code, u"ECONNREFUSED"_s);
    QCOMPARE(found->error()->syscall, u"connect"_s);
    QCOMPARE(found->error()->port, port);
    QCOMPARE(read.records.constLast().event, NetEvent::Close);
    QCOMPARE(read.records.constLast().value, 1);
}

// listen('fd 7') in the current folder listens on a Unix socket named "fd 7": the trace
// names the path, not an inherited descriptor 7.
void tst_Jsonl::pathThatReadsLikeAnFdIsAPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    trace::TraceSession session({});
    QVERIFY(session.start(nullptr));
    netcore::Server server;
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(netcore::ListenOptions::unixPath(u"fd 7"_s)));
    QVERIFY(listening.wait(5000));

    const QList<TraceRecord> records = session.recorder().eventsSince(0);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().event, NetEvent::ListenCall);
    const QByteArray line = trace::toJsonLine(records.first());
    const QJsonObject object = parseObject(line);
    QVERIFY2(!object.contains("fd"_L1), line.constData());
    QCOMPARE(object.value("path"_L1).toString(), u"fd 7"_s);
    QCOMPARE(trace::JsonlReader::parseLine(line.chopped(1), nullptr), records.first());
}

QTEST_GUILESS_MAIN(tst_Jsonl)
#include "tst_jsonl.moc"
