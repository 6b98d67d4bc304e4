// NetError renders errors the way Node does. Every expected text below was printed by node v20,
// e.g. `net.connect(1, '127.0.0.1').on('error', e => console.log(e.message, e.errno))` and
// `new (require('internal/errors').codes.ERR_SERVER_NOT_RUNNING)().message` (--expose-internals).

#include "net/neterror.h"

#include <QSet>
#include <QTest>

#include <cerrno>
#include <netdb.h>

using namespace Qt::StringLiterals;
using netcore::ErrorCode;
using netcore::NetError;

Q_DECLARE_METATYPE(netcore::ErrorCode)
Q_DECLARE_METATYPE(netcore::NetError::Kind)

class tst_Errors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsNoError();
    void systemErrorLooksLikeNode_data();
    void systemErrorLooksLikeNode();
    void resolverErrorLooksLikeNode();
    void apiErrorMessagesAreNodes_data();
    void apiErrorMessagesAreNodes();
    void badPortMessage();
    void everyTableCodeIsComplete();
    void argumentsAreFilledInOnePass();
    void errnoNames_data();
    void errnoNames();
};

void tst_Errors::defaultIsNoError()
{
    const NetError error;
    QVERIFY(!error.isError());
    QVERIFY(!error);
    QCOMPARE(error.errorCode(), ErrorCode::None);
    QCOMPARE(error.errnoValue(), 0);
    QCOMPARE(error.port(), -1);
    QVERIFY(error.message().isEmpty());
}

void tst_Errors::systemErrorLooksLikeNode_data()
{
    QTest::addColumn<int>("errnoValue");
    QTest::addColumn<QString>("syscall");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("nodeErrno");
    QTest::addColumn<QString>("message");

    QTest::newRow("refused ipv4") << ECONNREFUSED << u"connect"_s << u"127.0.0.1"_s << 1
                                  << u"ECONNREFUSED"_s << -111
                                  << u"connect ECONNREFUSED 127.0.0.1:1"_s;
    // Node writes IPv6 addresses without brackets in this message.
    QTest::newRow("refused ipv6") << ECONNREFUSED << u"connect"_s << u"::1"_s << 1
                                  << u"ECONNREFUSED"_s << -111 << u"connect ECONNREFUSED ::1:1"_s;
    QTest::newRow("missing unix path") << ENOENT << u"connect"_s << u"/tmp/nope.sock"_s << -1
                                       << u"ENOENT"_s << -2 << u"connect ENOENT /tmp/nope.sock"_s;
    QTest::newRow("reset on read") << ECONNRESET << u"read"_s << QString() << -1 << u"ECONNRESET"_s
                                   << -104 << u"read ECONNRESET"_s;
    QTest::newRow("broken pipe") << EPIPE << u"write"_s << QString() << -1 << u"EPIPE"_s << -32
                                 << u"write EPIPE"_s;
}

void tst_Errors::systemErrorLooksLikeNode()
{
    QFETCH(int, errnoValue);
    QFETCH(QString, syscall);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, code);
    QFETCH(int, nodeErrno);
    QFETCH(QString, message);

    const NetError error = NetError::fromErrno(errnoValue, syscall, address, port);
    QVERIFY(error.isError());
    QCOMPARE(error.errorCode(), ErrorCode::System);
    QCOMPARE(error.kind(), NetError::Kind::Error);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.errnoValue(), nodeErrno);
    QCOMPARE(error.syscall(), syscall);
    QCOMPARE(error.address(), address);
    QCOMPARE(error.port(), port);
    QCOMPARE(error.message(), message);
}

void tst_Errors::resolverErrorLooksLikeNode()
{
    // node: net.connect(80, 'foo.invalid') -> code ENOTFOUND, errno -3008 (UV_EAI_NONAME).
    const NetError error = NetError::fromGetAddrInfo(EAI_NONAME, u"foo.invalid"_s);
    QCOMPARE(error.errorCode(), ErrorCode::System);
    QCOMPARE(error.code(), u"ENOTFOUND"_s);
    QCOMPARE(error.errnoValue(), -3008);
    QCOMPARE(error.syscall(), u"getaddrinfo"_s);
    QCOMPARE(error.hostname(), u"foo.invalid"_s);
    QCOMPARE(error.message(), u"getaddrinfo ENOTFOUND foo.invalid"_s);
}

void tst_Errors::apiErrorMessagesAreNodes_data()
{
    QTest::addColumn<ErrorCode>("errorCode");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<NetError::Kind>("kind");
    QTest::addColumn<QString>("message");

    using Kind = NetError::Kind;
    QTest::newRow("not running") << ErrorCode::ERR_SERVER_NOT_RUNNING << QStringList()
                                 << u"ERR_SERVER_NOT_RUNNING"_s << Kind::Error
                                 << u"Server is not running."_s;
    QTest::newRow("already listen")
            << ErrorCode::ERR_SERVER_ALREADY_LISTEN << QStringList()
            << u"ERR_SERVER_ALREADY_LISTEN"_s << Kind::Error
            << u"Listen method has been called more than once without closing."_s;
    QTest::newRow("write after end")
            << ErrorCode::ERR_STREAM_WRITE_AFTER_END << QStringList()
            << u"ERR_STREAM_WRITE_AFTER_END"_s << Kind::Error << u"write after end"_s;
    QTest::newRow("socket closed")
            << ErrorCode::ERR_SOCKET_CLOSED << QStringList() << u"ERR_SOCKET_CLOSED"_s
            << Kind::Error << u"Socket is closed"_s;
    QTest::newRow("stream destroyed") << ErrorCode::ERR_STREAM_DESTROYED << QStringList {u"write"_s}
                                      << u"ERR_STREAM_DESTROYED"_s << Kind::Error
                                      << u"Cannot call write after a stream was destroyed"_s;
    QTest::newRow("closed before connection")
            << ErrorCode::ERR_SOCKET_CLOSED_BEFORE_CONNECTION << QStringList()
            << u"ERR_SOCKET_CLOSED_BEFORE_CONNECTION"_s << Kind::Error
            << u"Socket closed before the connection was established"_s;
    QTest::newRow("connection timeout")
            << ErrorCode::ERR_SOCKET_CONNECTION_TIMEOUT << QStringList()
            << u"ERR_SOCKET_CONNECTION_TIMEOUT"_s << Kind::Error << u"Socket connection timeout"_s;
    QTest::newRow("unknown encoding")
            << ErrorCode::ERR_UNKNOWN_ENCODING << QStringList {u"foo"_s}
            << u"ERR_UNKNOWN_ENCODING"_s << Kind::TypeError << u"Unknown encoding: foo"_s;
    QTest::newRow("bad port")
            << ErrorCode::ERR_SOCKET_BAD_PORT
            << QStringList {u"options.port"_s, u"type number (65536)"_s} << u"ERR_SOCKET_BAD_PORT"_s
            << Kind::RangeError
            << u"options.port should be >= 0 and < 65536. Received type number (65536)."_s;
}

void tst_Errors::apiErrorMessagesAreNodes()
{
    QFETCH(ErrorCode, errorCode);
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    QFETCH(NetError::Kind, kind);
    QFETCH(QString, message);

    const NetError error = NetError::api(errorCode, args);
    QVERIFY(error.isError());
    QCOMPARE(error.errorCode(), errorCode);
    QCOMPARE(error.code(), code);
    QCOMPARE(netcore::errorCodeName(errorCode), code);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.errnoValue(), 0); // Node's ERR_* errors have no errno
    QVERIFY(error.syscall().isEmpty());
    QCOMPARE(error.message(), message);
}

void tst_Errors::badPortMessage()
{
    // node: net.connect(-1) throws RangeError [ERR_SOCKET_BAD_PORT] with this text.
    const NetError error = NetError::badPort(u"Port"_s, u"type number (-1)"_s);
    QCOMPARE(error.errorCode(), ErrorCode::ERR_SOCKET_BAD_PORT);
    QCOMPARE(error.code(), u"ERR_SOCKET_BAD_PORT"_s);
    QCOMPARE(error.kind(), NetError::Kind::RangeError);
    QCOMPARE(error.message(), u"Port should be >= 0 and < 65536. Received type number (-1)."_s);
}

void tst_Errors::everyTableCodeIsComplete()
{
    const QList<ErrorCode> codes = netcore::apiErrorCodes();
    QVERIFY(codes.size() >= 30);
    QSet<QString> names;
    for (const ErrorCode errorCode : codes) {
        const QString name = netcore::errorCodeName(errorCode);
        QVERIFY2(name.startsWith(u"ERR_"_s), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        const NetError error = NetError::api(errorCode);
        QVERIFY(error.isError());
        QCOMPARE(error.errorCode(), errorCode);
        QCOMPARE(error.code(), name);
        QVERIFY(error.kind() != NetError::Kind::None);
        QVERIFY(!netcore::apiErrorTemplate(errorCode).isEmpty());
        // Without arguments the placeholders stay, as Node's format() leaves a lone %s.
        QCOMPARE(error.message(), netcore::apiErrorTemplate(errorCode));
    }
    QVERIFY(netcore::errorCodeName(ErrorCode::None).isEmpty());
    QVERIFY(netcore::errorCodeName(ErrorCode::System).isEmpty());
    QVERIFY(netcore::errorCodeName(ErrorCode::Plain).isEmpty());
    QVERIFY(!NetError::api(ErrorCode::Plain).isError());
}

void tst_Errors::argumentsAreFilledInOnePass()
{
    // A value that looks like a placeholder (a path, a host name) is printed as it is.
    const NetError error = NetError::api(
            ErrorCode::ERR_INVALID_ARG_VALUE,
            {u"property"_s, u"options.path"_s, u"is invalid"_s, u"'/tmp/%3%1.sock'"_s});
    QCOMPARE(error.message(),
             u"The property 'options.path' is invalid. Received '/tmp/%3%1.sock'"_s);
    const NetError first
            = NetError::api(ErrorCode::ERR_OUT_OF_RANGE, {u"%2"_s, u">= 0"_s, u"-1"_s});
    QCOMPARE(first.message(),
             u"The value of \"%2\" is out of range. It must be >= 0. Received -1"_s);
}

void tst_Errors::errnoNames_data()
{
    QTest::addColumn<int>("errnoValue");
    QTest::addColumn<QString>("name");

    QTest::newRow("ECONNREFUSED") << ECONNREFUSED << u"ECONNREFUSED"_s;
    QTest::newRow("ECONNRESET") << ECONNRESET << u"ECONNRESET"_s;
    QTest::newRow("EADDRINUSE") << EADDRINUSE << u"EADDRINUSE"_s;
    QTest::newRow("EACCES") << EACCES << u"EACCES"_s;
    QTest::newRow("ENOENT") << ENOENT << u"ENOENT"_s;
    QTest::newRow("EPIPE") << EPIPE << u"EPIPE"_s;
    QTest::newRow("ETIMEDOUT") << ETIMEDOUT << u"ETIMEDOUT"_s;
}

void tst_Errors::errnoNames()
{
    QFETCH(int, errnoValue);
    QFETCH(QString, name);

    QCOMPARE(NetError::errnoName(errnoValue), name);
}

QTEST_APPLESS_MAIN(tst_Errors)
#include "tst_errors.moc"
