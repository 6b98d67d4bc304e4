// The composer's conversions: text with escapes and line endings, hex with separators, strict
// base64, and errors that name the column.

#include "session/payloadcodec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using session::LineEnding;
using session::PayloadMode;
namespace codec = session::payloadcodec;

Q_DECLARE_METATYPE(session::LineEnding)
Q_DECLARE_METATYPE(session::PayloadMode)

class tst_PayloadCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textEscapes_data();
    void textEscapes();
    void textErrorsNameTheColumn_data();
    void textErrorsNameTheColumn();
    void lineEndings_data();
    void lineEndings();
    void hexAccepts_data();
    void hexAccepts();
    void hexErrors_data();
    void hexErrors();
    void base64Accepts_data();
    void base64Accepts();
    void base64Errors_data();
    void base64Errors();
    void errorsOnLaterLinesNameTheLine();
    void decodeDispatchesOnMode();
    void escapedRoundTripsEveryByte();
    void encodeHexRoundTrips();
};

void tst_PayloadCodec::textEscapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << u"hello"_s << QByteArray("hello");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("crlf") << u"GET /\\r\\n"_s << QByteArray("GET /\r\n");
    QTest::newRow("tab") << u"a\\tb"_s << QByteArray("a\tb");
    QTest::newRow("nul") << u"a\\0b"_s << QByteArray("a\0b", 3);
    QTest::newRow("backslash") << u"c:\\\\x"_s << QByteArray("c:\\x");
    QTest::newRow("hex lower") << u"\\x41\\x0a"_s << QByteArray("A\n");
    QTest::newRow("hex upper") << u"\\xFF\\xfE"_s << QByteArray("\xff\xfe");
    QTest::newRow("utf-8") << u"é€"_s << QByteArray("\xc3\xa9\xe2\x82\xac");
    QTest::newRow("surrogate pair") << u"\U0001F600"_s << QByteArray("\xf0\x9f\x98\x80");
    QTest::newRow("escape after utf-8") << u"é\\n"_s << QByteArray("\xc3\xa9\n");
    QTest::newRow("typed line break") << u"a\nb"_s << QByteArray("a\nb");
}

void tst_PayloadCodec::textEscapes()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    const session::PayloadResult result = codec::decodeText(input);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
    QCOMPARE(result.position, -1);
}

void tst_PayloadCodec::textErrorsNameTheColumn_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown escape") << u"ab\\q"_s << 3 << u"\\q"_s;
    QTest::newRow("trailing backslash") << u"abc\\"_s << 4 << u"backslash"_s;
    QTest::newRow("\\x without digits") << u"\\x"_s << 1 << u"two hex digits"_s;
    QTest::newRow("\\x one digit") << u"z\\x4"_s << 2 << u"two hex digits"_s;
    QTest::newRow("\\x bad digit") << u"\\x4g"_s << 1 << u"two hex digits"_s;
    QTest::newRow("after a good escape") << u"\\n\\u0041"_s << 3 << u"\\u"_s;
}

void tst_PayloadCodec::textErrorsNameTheColumn()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const session::PayloadResult result = codec::decodeText(input, session::LineEnding::CrLf);
    QVERIFY(!result.isValid());
    QCOMPARE(result.column, column);
    QCOMPARE(result.line, 1);
    QCOMPARE(result.position, qsizetype(column - 1));
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"column %1"_s.arg(column)), qPrintable(result.error));
}

void tst_PayloadCodec::lineEndings_data()
{
    QTest::addColumn<session::LineEnding>("ending");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("none") << session::LineEnding::None << QByteArray("a\nb");
    QTest::newRow("lf") << session::LineEnding::Lf << QByteArray("a\nb\n");
    QTest::newRow("crlf") << session::LineEnding::CrLf << QByteArray("a\r\nb\r\n");
    QTest::newRow("cr") << session::LineEnding::Cr << QByteArray("a\rb\r");
}

void tst_PayloadCodec::lineEndings()
{
    QFETCH(session::LineEnding, ending);
    QFETCH(QByteArray, bytes);
    // Typed line breaks follow the choice, and one ending is appended.
    QCOMPARE(codec::decodeText(u"a\nb", ending).bytes, bytes);
    QCOMPARE(codec::decodeText(u"a\r\nb", ending).bytes, bytes);
    // An escaped \n is a byte, not a line break: the choice does not touch it.
    QCOMPARE(codec::decodeText(u"a\\nb", ending).bytes,
             QByteArray("a\nb") + codec::lineEndingBytes(ending));
}

void tst_PayloadCodec::hexAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("run") << u"48656c6C6f"_s << QByteArray("Hello");
    QTest::newRow("spaced") << u" 48 65\t6c\n6c 6f "_s << QByteArray("Hello");
    QTest::newRow("colons") << u"de:ad:BE:ef"_s << QByteArray("\xde\xad\xbe\xef");
    QTest::newRow("0x each") << u"0x00 0xff 0X7f"_s << QByteArray("\x00\xff\x7f", 3);
    QTest::newRow("0x run") << u"0x0d0a"_s << QByteArray("\r\n");
    QTest::newRow("commas") << u"0x01, 0x02,0x03"_s << QByteArray("\x01\x02\x03");
}

void tst_PayloadCodec::hexAccepts()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    const session::PayloadResult result = codec::decodeHex(input);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
}

void tst_PayloadCodec::hexErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("non-hex") << u"48 6g"_s << 5 << u"'g'"_s;
    QTest::newRow("odd run") << u"48 656"_s << 4 << u"Odd number"_s;
    QTest::newRow("single digit") << u"a"_s << 1 << u"Odd number"_s;
    QTest::newRow("split pair") << u"4 8"_s << 1 << u"Odd number"_s;
    QTest::newRow("bare 0x") << u"41 0x"_s << 4 << u"0x"_s;
    QTest::newRow("x inside") << u"4x41"_s << 2 << u"'x'"_s;
    QTest::newRow("dash") << u"41-42"_s << 3 << u"'-'"_s;
}

void tst_PayloadCodec::hexErrors()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const session::PayloadResult result = codec::decodeHex(input);
    QVERIFY(!result.isValid());
    QCOMPARE(result.column, column);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"column %1"_s.arg(column)), qPrintable(result.error));
}

void tst_PayloadCodec::base64Accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("no padding needed") << u"aGVsbG8h"_s << QByteArray("hello!");
    QTest::newRow("one pad") << u"aGVsbG8="_s << QByteArray("hello");
    QTest::newRow("two pads") << u"aGVsbA=="_s << QByteArray("hell");
    QTest::newRow("wrapped") << u"aGVs\nbG8h\n"_s << QByteArray("hello!");
    QTest::newRow("binary") << u"AP8Q+/8="_s << QByteArray("\x00\xff\x10\xfb\xff", 5);
}

void tst_PayloadCodec::base64Accepts()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    const session::PayloadResult result = codec::decodeBase64(input);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
    QCOMPARE(result.bytes.toBase64(), QString(input).remove(u'\n').toLatin1());
}

void tst_PayloadCodec::base64Errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("url alphabet") << u"aGV-bG8h"_s << 4 << u"'-'"_s;
    QTest::newRow("missing padding") << u"aGVsbG8"_s << 5 << u"Incomplete"_s;
    QTest::newRow("padding too early") << u"a==="_s << 2 << u"too early"_s;
    QTest::newRow("data after padding") << u"aGVsbA==aGVs"_s << 9 << u"follow"_s;
    QTest::newRow("data inside padding") << u"aGVsbG=h"_s << 8 << u"follow"_s;
    QTest::newRow("star") << u"aG*s"_s << 3 << u"'*'"_s;
}

void tst_PayloadCodec::base64Errors()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const session::PayloadResult result = codec::decodeBase64(input);
    QVERIFY(!result.isValid());
    QCOMPARE(result.column, column);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void tst_PayloadCodec::errorsOnLaterLinesNameTheLine()
{
    const session::PayloadResult result = codec::decodeHex(u"41 42\n43 4z 44");
    QVERIFY(!result.isValid());
    QCOMPARE(result.line, 2);
    QCOMPARE(result.column, 5);
    QCOMPARE(result.position, 10);
    QVERIFY2(result.error.contains(u"line 2, column 5"_s), qPrintable(result.error));
}

void tst_PayloadCodec::decodeDispatchesOnMode()
{
    QCOMPARE(codec::decode(session::PayloadMode::Text, u"41", session::LineEnding::Lf).bytes,
             "41\n");
    QCOMPARE(codec::decode(session::PayloadMode::Hex, u"41", session::LineEnding::Lf).bytes, "A");
    QCOMPARE(codec::decode(session::PayloadMode::Base64, u"QQ==", session::LineEnding::Lf).bytes,
             "A");
}

void tst_PayloadCodec::escapedRoundTripsEveryByte()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    const QString escaped = codec::encodeEscaped(all);
    for (const QChar c : escaped)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    QCOMPARE(codec::decodeText(escaped).bytes, all);
    QCOMPARE(codec::encodeEscaped("a\r\nb\\"), u"a\\r\\nb\\\\"_s);
    QCOMPARE(codec::encodeEscaped("a\nb", true), u"a\\n\nb"_s);
}

void tst_PayloadCodec::encodeHexRoundTrips()
{
    QCOMPARE(codec::encodeHex("\x00\xab\n"_ba), u"00 ab 0a"_s);
    QCOMPARE(codec::decodeHex(codec::encodeHex("\x00\xab\n"_ba)).bytes, "\x00\xab\n"_ba);
}

QTEST_APPLESS_MAIN(tst_PayloadCodec)
#include "tst_payloadcodec.moc"
