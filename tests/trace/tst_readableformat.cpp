// The readable one-line-per-event form that `--events` prints on stderr.

#include "testrecords.h"
#include "trace/readableformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;
using testrecords::record;
using trace::TraceRecord;

Q_DECLARE_METATYPE(TraceRecord)

namespace {

TraceRecord at(TraceRecord r, qint64 ns)
{
    r.monoNs = ns;
    return r;
}

TraceRecord with(TraceRecord r, const trace::TraceDetails &d)
{
    r.details = testrecords::details(d);
    return r;
}

TraceRecord withPreview(TraceRecord r, const QByteArray &bytes)
{
    r.setPreview(bytes);
    return r;
}

trace::TraceError error(const QString &code, const QString &message)
{
    trace::TraceError e;
    e.name = u"Error"_s;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace

class tst_ReadableFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsOneLine_data();
    void formatsOneLine();
    void quotesPreviews_data();
    void quotesPreviews();
};

void tst_ReadableFormat::formatsOneLine_data()
{
    QTest::addColumn<TraceRecord>("record");
    QTest::addColumn<QString>("expected");
    const auto server = EndpointKind::Server;
    const trace::TraceAddress local = testrecords::tcpAddress(u"127.0.0.1"_s, 5000);
    const trace::TraceAddress remote = testrecords::tcpAddress(u"::1"_s, 41234);

    QTest::newRow("data") << at(withPreview(record(1, 3, NetEvent::Data, 5), "hello"), 12345000)
                          << u"    12.345 ms  #3 socket  data  5 bytes \"hello\""_s;
    QTest::newRow("write() truncated")
            << at(withPreview(record(1, 3, NetEvent::WriteCall, 100), QByteArray(64, 'a')), 0)
            << u"     0.000 ms  #3 socket  write()  100 bytes \""_s + QString(64, u'a')
                    + u"\"..."_s;
    TraceRecord answered = at(withPreview(record(1, 3, NetEvent::WriteCall, 2), "ab"), 0);
    answered.write = {0, 131072, 16384};
    QTest::newRow("write() -> false")
            << answered
            << u"     0.000 ms  #3 socket  write()  2 bytes \"ab\"  -> false (bufferSize 131072, "
               "highWaterMark 16384)"_s;
    TraceRecord afterEnd = at(withPreview(record(1, 3, NetEvent::WriteCall, 1), "a"), 0);
    afterEnd.details = testrecords::details(
            {{}, {}, {}, error(u"ERR_STREAM_WRITE_AFTER_END"_s, u"write after end"_s)});
    QTest::newRow("write() refused")
            << afterEnd
            << u"     0.000 ms  #3 socket  write()  1 bytes \"a\"  ERR_STREAM_WRITE_AFTER_END: "
               "write after end"_s;
    QTest::newRow("end event") << record(1, 3, NetEvent::End) << u"     0.001 ms  #3 socket  end"_s;
    QTest::newRow("end call") << record(1, 3, NetEvent::EndCall)
                              << u"     0.001 ms  #3 socket  end()"_s;
    QTest::newRow("listen()") << with(record(1, 1, NetEvent::ListenCall, 8080, server),
                                      {u"0.0.0.0"_s, {}, {}, {}})
                              << u"     0.001 ms  #1 server  listen()  0.0.0.0:8080"_s;
    QTest::newRow("listening") << with(record(1, 1, NetEvent::Listening, -1, server),
                                       {{}, local, {}, {}})
                               << u"     0.001 ms  #1 server  listening  127.0.0.1:5000"_s;
    TraceRecord connection
            = with(record(1, 1, NetEvent::Connection, -1, server), {{}, local, remote, {}});
    connection.relatedId = 4;
    QTest::newRow("connection")
            << connection
            << u"     0.001 ms  #1 server  connection  #4 127.0.0.1:5000 <- [::1]:41234"_s;
    QTest::newRow("connect unix") << with(
            record(1, 2, NetEvent::Connect),
            {{}, testrecords::unixAddress({}), testrecords::unixAddress(u"/tmp/s"_s), {}})
                                  << u"     0.001 ms  #2 socket  connect  (unnamed) -> /tmp/s"_s;
    QTest::newRow("connect() default host")
            << record(1, 2, NetEvent::ConnectCall, 80)
            << u"     0.001 ms  #2 socket  connect()  localhost:80"_s;
    QTest::newRow("error")
            << with(record(1, 2, NetEvent::Error),
                    {{}, {}, {}, error(u"ECONNREFUSED"_s, u"connect ECONNREFUSED 127.0.0.1:1"_s)})
            << u"     0.001 ms  #2 socket  error  ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1"_s;
    QTest::newRow("lookup failed")
            << with(record(1, 2, NetEvent::Lookup),
                    {u"nohost"_s, {}, {}, error(u"ENOTFOUND"_s, u"getaddrinfo ENOTFOUND nohost"_s)})
            << u"     0.001 ms  #2 socket  lookup  nohost: ENOTFOUND: getaddrinfo ENOTFOUND nohost"_s;
    QTest::newRow("close hadError")
            << record(1, 2, NetEvent::Close, 1) << u"     0.001 ms  #2 socket  close  hadError"_s;
    QTest::newRow("setTimeout()") << record(1, 2, NetEvent::SetTimeoutCall, 250)
                                  << u"     0.001 ms  #2 socket  setTimeout()  250 ms"_s;
    QTest::newRow("setNoDelay()") << record(1, 2, NetEvent::SetNoDelayCall, 1)
                                  << u"     0.001 ms  #2 socket  setNoDelay()  true"_s;
    QTest::newRow("slow run") << at(record(1, 2, NetEvent::Timeout), 123456789012)
                              << u"123456.789 ms  #2 socket  timeout"_s;
}

void tst_ReadableFormat::formatsOneLine()
{
    QFETCH(TraceRecord, record);
    QFETCH(QString, expected);
    QCOMPARE(trace::formatReadable(record), expected);
}

void tst_ReadableFormat::quotesPreviews_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("GET /") << false << u"\"GET /\""_s;
    QTest::newRow("controls") << QByteArray("a\r\n\t\"\\") << false << u"\"a\\r\\n\\t\\\"\\\\\""_s;
    QTest::newRow("utf8 text") << QByteArray("h\xc3\xa9") << false << u"\"h\u00e9\""_s;
    QTest::newRow("binary") << QByteArray("\x00\xff", 2) << false << u"\"\\x00\\xff\""_s;
    // The preview cut a two-byte character in half: the half is dropped, the rest is text.
    QTest::newRow("cut character") << QByteArray("ab\xc3") << true << u"\"ab\"..."_s;
    QTest::newRow("cut 4-byte character") << QByteArray("ab\xf0\x9f\x98") << true << u"\"ab\"..."_s;
    // Not a cut character but an ill-formed one (as Node reads it): no byte is dropped.
    QTest::newRow("ill-formed at the cut")
            << QByteArray("ab\xe0\x80") << true << u"\"ab\\xe0\\x80\"..."_s;
    QTest::newRow("broken 4-byte character") << QByteArray("\xf0\x9f\x98"
                                                           "a")
                                             << false << u"\"\\xf0\\x9f\\x98a\""_s;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false << u"\"\\xc0\\xaf\""_s;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false << u"\"\\xed\\xa0\\x80\""_s;
    QTest::newRow("astral") << QByteArray("\xf0\x9f\x98\x80") << false << u"\"\U0001F600\""_s;
}

void tst_ReadableFormat::quotesPreviews()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, truncated);
    QFETCH(QString, expected);
    QCOMPARE(trace::quotePreview(bytes, truncated), expected);
}

QTEST_GUILESS_MAIN(tst_ReadableFormat)
#include "tst_readableformat.moc"
