// Expected values were printed by node v20 (Buffer.from(text, enc).toString('hex'),
// Buffer.from(hex, 'hex').toString(enc), Buffer.isEncoding(name)).

#include "net/encoding.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using netcore::Encoding;

Q_DECLARE_METATYPE(netcore::Encoding)
Q_DECLARE_METATYPE(std::optional<netcore::Encoding>)

class tst_Encoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesNodeEncodingNames_data();
    void parsesNodeEncodingNames();
    void canonicalNameParsesBack_data();
    void canonicalNameParsesBack();
    void encodesTextLikeBufferFrom_data();
    void encodesTextLikeBufferFrom();
    void decodesBytesLikeToString_data();
    void decodesBytesLikeToString();
    void byteEncodingsRoundTripEveryByte_data();
    void byteEncodingsRoundTripEveryByte();
    void base64urlByNameLikeNode();
};

void tst_Encoding::parsesNodeEncodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<Encoding>>("expected");

    const std::optional<Encoding> unknown;
    QTest::newRow("utf8") << u"utf8"_s << std::optional(Encoding::Utf8);
    QTest::newRow("UTF-8") << u"UTF-8"_s << std::optional(Encoding::Utf8);
    QTest::newRow("Utf8") << u"Utf8"_s << std::optional(Encoding::Utf8);
    QTest::newRow("latin1") << u"latin1"_s << std::optional(Encoding::Latin1);
    QTest::newRow("BINARY") << u"BINARY"_s << std::optional(Encoding::Latin1);
    QTest::newRow("ascii") << u"ascii"_s << std::optional(Encoding::Ascii);
    QTest::newRow("HEX") << u"HEX"_s << std::optional(Encoding::Hex);
    QTest::newRow("Base64") << u"Base64"_s << std::optional(Encoding::Base64);
    QTest::newRow("utf16le") << u"utf16le"_s << std::optional(Encoding::Utf16le);
    QTest::newRow("UTF-16LE") << u"UTF-16LE"_s << std::optional(Encoding::Utf16le);
    QTest::newRow("ucs2") << u"ucs2"_s << std::optional(Encoding::Utf16le);
    QTest::newRow("UCS-2") << u"UCS-2"_s << std::optional(Encoding::Utf16le);
    QTest::newRow("utf16") << u"utf16"_s << unknown;
    QTest::newRow("utf-16") << u"utf-16"_s << unknown;
    QTest::newRow("latin-1") << u"latin-1"_s << unknown;
    QTest::newRow("empty") << QString() << unknown;
    QTest::newRow("padded") << u" utf8"_s << unknown;
    QTest::newRow("base64url") << u"base64url"_s << std::optional(Encoding::Base64url);
    QTest::newRow("base64-url") << u"base64-url"_s << unknown;
    // U+017F case-folds to 's' in Unicode but JS toLowerCase() leaves it alone.
    QTest::newRow("long s") << u"ba\u017Fe64"_s << unknown;
}

void tst_Encoding::parsesNodeEncodingNames()
{
    QFETCH(QString, name);
    QFETCH(std::optional<Encoding>, expected);

    QCOMPARE(netcore::encodingFromName(name), expected);
}

void tst_Encoding::canonicalNameParsesBack_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("name");

    QTest::newRow("utf8") << Encoding::Utf8 << u"utf8"_s;
    QTest::newRow("latin1") << Encoding::Latin1 << u"latin1"_s;
    QTest::newRow("ascii") << Encoding::Ascii << u"ascii"_s;
    QTest::newRow("hex") << Encoding::Hex << u"hex"_s;
    QTest::newRow("base64") << Encoding::Base64 << u"base64"_s;
    QTest::newRow("base64url") << Encoding::Base64url << u"base64url"_s;
    QTest::newRow("utf16le") << Encoding::Utf16le << u"utf16le"_s;
}

void tst_Encoding::canonicalNameParsesBack()
{
    QFETCH(Encoding, encoding);
    QFETCH(QString, name);

    QCOMPARE(netcore::encodingName(encoding), name);
    QCOMPARE(netcore::encodingFromName(name), std::optional(encoding));
}

void tst_Encoding::encodesTextLikeBufferFrom_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("expectedHex");

    QTest::newRow("utf8 ascii") << u"abc"_s << Encoding::Utf8 << QByteArray("616263");
    QTest::newRow("utf8 multi-byte")
            << u"\u00e9\u20ac\U0001F600"_s << Encoding::Utf8 << QByteArray("c3a9e282acf09f9880");
    QTest::newRow("utf8 embedded nul") << u"a\0b"_s << Encoding::Utf8 << QByteArray("610062");
    QTest::newRow("utf8 lone high surrogate") << u"a\xD800"
                                                 u"b"_s
                                              << Encoding::Utf8 << QByteArray("61efbfbd62");
    QTest::newRow("utf8 lone low surrogate")
            << u"\xDC00"_s << Encoding::Utf8 << QByteArray("efbfbd");
    QTest::newRow("utf8 reversed pair")
            << u"\xDC00\xD800"_s << Encoding::Utf8 << QByteArray("efbfbdefbfbd");
    QTest::newRow("latin1 keeps low byte")
            << u"A\u00e9\u20ac"_s << Encoding::Latin1 << QByteArray("41e9ac");
    QTest::newRow("latin1 surrogate pair")
            << u"\U0001F600"_s << Encoding::Latin1 << QByteArray("3d00");
    QTest::newRow("ascii keeps low byte")
            << u"A\u00e9\u20ac"_s << Encoding::Ascii << QByteArray("41e9ac");
    QTest::newRow("hex lower") << u"0aff"_s << Encoding::Hex << QByteArray("0aff");
    QTest::newRow("hex upper") << u"0AFF"_s << Encoding::Hex << QByteArray("0aff");
    QTest::newRow("hex mixed case") << u"aBcD"_s << Encoding::Hex << QByteArray("abcd");
    QTest::newRow("hex odd length") << u"abc"_s << Encoding::Hex << QByteArray("ab");
    QTest::newRow("hex stops at bad pair") << u"abzz12"_s << Encoding::Hex << QByteArray("ab");
    QTest::newRow("hex bad first pair") << u"zz12"_s << Encoding::Hex << QByteArray();
    QTest::newRow("hex bad low nibble") << u"1g23"_s << Encoding::Hex << QByteArray();
    QTest::newRow("hex space stops") << u"ab cd"_s << Encoding::Hex << QByteArray("ab");
    QTest::newRow("hex latin1 letter") << u"a\u00e9"_s << Encoding::Hex << QByteArray();
    // Node looks up only the low byte of a UTF-16 unit: U+0130 reads as '0', U+3061 as 'a'.
    QTest::newRow("hex low byte of wide char")
            << u"\u0130\u0131"_s << Encoding::Hex << QByteArray("01");
    QTest::newRow("hex low byte of cjk") << u"\u3061b"_s << Encoding::Hex << QByteArray("ab");
    QTest::newRow("hex empty") << QString() << Encoding::Hex << QByteArray();
    QTest::newRow("base64 padded") << u"YWJjZA=="_s << Encoding::Base64 << QByteArray("61626364");
    QTest::newRow("base64 unpadded") << u"YWJjZA"_s << Encoding::Base64 << QByteArray("61626364");
    QTest::newRow("base64 one pad") << u"YWJjZA="_s << Encoding::Base64 << QByteArray("61626364");
    QTest::newRow("base64 standard") << u"+/+/"_s << Encoding::Base64 << QByteArray("fbffbf");
    QTest::newRow("base64 url-safe") << u"-_-_"_s << Encoding::Base64 << QByteArray("fbffbf");
    QTest::newRow("base64 mixed alphabets")
            << u"+_-/"_s << Encoding::Base64 << QByteArray("fbffbf");
    QTest::newRow("base64 whitespace")
            << u"YW Jj\r\nZA=="_s << Encoding::Base64 << QByteArray("61626364");
    QTest::newRow("base64 junk skipped") << u"YW!Jj"_s << Encoding::Base64 << QByteArray("616263");
    QTest::newRow("base64 stops at pad") << u"YQ==YQ=="_s << Encoding::Base64 << QByteArray("61");
    QTest::newRow("base64 stops at inner pad")
            << u"YWJj=ZGVm"_s << Encoding::Base64 << QByteArray("616263");
    QTest::newRow("base64 leading pad") << u"=YWJj"_s << Encoding::Base64 << QByteArray();
    QTest::newRow("base64 lone sextet") << u"YWJjZ"_s << Encoding::Base64 << QByteArray("616263");
    QTest::newRow("base64 single char") << u"Y"_s << Encoding::Base64 << QByteArray();
    QTest::newRow("base64 stray bits") << u"YR=="_s << Encoding::Base64 << QByteArray("61");
    QTest::newRow("base64 empty") << QString() << Encoding::Base64 << QByteArray();
    QTest::newRow("base64 low byte of wide char")
            << u"\u0159WJj"_s << Encoding::Base64 << QByteArray("616263");
    QTest::newRow("base64 wide char as pad")
            << u"YQ\u013DYQ"_s << Encoding::Base64 << QByteArray("61");
    QTest::newRow("utf16le bmp") << u"a\u20ac"_s << Encoding::Utf16le << QByteArray("6100ac20");
    QTest::newRow("utf16le pair") << u"\U0001F600"_s << Encoding::Utf16le << QByteArray("3dd800de");
    QTest::newRow("utf16le lone surrogate")
            << u"\xD800"_s << Encoding::Utf16le << QByteArray("00d8");
}

void tst_Encoding::encodesTextLikeBufferFrom()
{
    QFETCH(QString, text);
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, expectedHex);

    QCOMPARE(netcore::encodeText(text, encoding).toHex(), expectedHex);
}

void tst_Encoding::decodesBytesLikeToString_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utf8 valid") << QByteArray("c3a9e282acf09f9880") << Encoding::Utf8
                                << u"\u00e9\u20ac\U0001F600"_s;
    QTest::newRow("utf8 bom kept") << QByteArray("efbbbf41") << Encoding::Utf8 << u"\uFEFFA"_s;
    QTest::newRow("utf8 lone continuation") << QByteArray("80") << Encoding::Utf8 << u"\uFFFD"_s;
    QTest::newRow("utf8 two continuations")
            << QByteArray("8080") << Encoding::Utf8 << u"\uFFFD\uFFFD"_s;
    QTest::newRow("utf8 invalid byte") << QByteArray("ff") << Encoding::Utf8 << u"\uFFFD"_s;
    QTest::newRow("utf8 overlong two-byte")
            << QByteArray("c080") << Encoding::Utf8 << u"\uFFFD\uFFFD"_s;
    QTest::newRow("utf8 overlong three-byte")
            << QByteArray("e08080") << Encoding::Utf8 << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("utf8 encoded surrogate")
            << QByteArray("eda080") << Encoding::Utf8 << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("utf8 above U+10FFFF")
            << QByteArray("f4908080") << Encoding::Utf8 << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("utf8 f5 lead") << QByteArray("f5808080") << Encoding::Utf8
                                  << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
    // A truncated but valid prefix is one maximal subpart: one U+FFFD.
    QTest::newRow("utf8 truncated three-byte")
            << QByteArray("e282") << Encoding::Utf8 << u"\uFFFD"_s;
    QTest::newRow("utf8 truncated then ascii")
            << QByteArray("e28241") << Encoding::Utf8 << u"\uFFFDA"_s;
    QTest::newRow("utf8 truncated four-byte")
            << QByteArray("f09f98") << Encoding::Utf8 << u"\uFFFD"_s;
    QTest::newRow("utf8 truncated four then ascii")
            << QByteArray("f09f9841") << Encoding::Utf8 << u"\uFFFDA"_s;
    QTest::newRow("utf8 lead breaks lead")
            << QByteArray("c3c3a9") << Encoding::Utf8 << u"\uFFFD\u00e9"_s;
    QTest::newRow("utf8 lone f4") << QByteArray("f4") << Encoding::Utf8 << u"\uFFFD"_s;
    QTest::newRow("latin1") << QByteArray("41e980ff") << Encoding::Latin1
                            << u"A\u00e9\u0080\u00ff"_s;
    QTest::newRow("ascii masks high bit")
            << QByteArray("41e980ff7f") << Encoding::Ascii << u"Ai\0\x7f\x7f"_s;
    QTest::newRow("hex") << QByteArray("00ff10") << Encoding::Hex << u"00ff10"_s;
    QTest::newRow("hex empty") << QByteArray() << Encoding::Hex << QString();
    QTest::newRow("base64 empty") << QByteArray() << Encoding::Base64 << QString();
    QTest::newRow("base64 two pads") << QByteArray("61") << Encoding::Base64 << u"YQ=="_s;
    QTest::newRow("base64 one pad") << QByteArray("6162") << Encoding::Base64 << u"YWI="_s;
    QTest::newRow("base64 whole group") << QByteArray("616263") << Encoding::Base64 << u"YWJj"_s;
    QTest::newRow("base64 standard alphabet")
            << QByteArray("fbffbf") << Encoding::Base64 << u"+/+/"_s;
    QTest::newRow("utf16le") << QByteArray("6100ac20") << Encoding::Utf16le << u"a\u20ac"_s;
    QTest::newRow("utf16le odd byte dropped")
            << QByteArray("610062") << Encoding::Utf16le << u"a"_s;
    QTest::newRow("utf16le lone surrogate kept")
            << QByteArray("00d8") << Encoding::Utf16le << u"\xD800"_s;
    QTest::newRow("utf16le pair") << QByteArray("3dd800de") << Encoding::Utf16le << u"\U0001F600"_s;
}

void tst_Encoding::decodesBytesLikeToString()
{
    QFETCH(QByteArray, hex);
    QFETCH(Encoding, encoding);
    QFETCH(QString, expected);

    QCOMPARE(netcore::decodeBytes(QByteArray::fromHex(hex), encoding), expected);
}

void tst_Encoding::byteEncodingsRoundTripEveryByte_data()
{
    QTest::addColumn<Encoding>("encoding");

    QTest::newRow("latin1") << Encoding::Latin1;
    QTest::newRow("hex") << Encoding::Hex;
    QTest::newRow("base64") << Encoding::Base64;
    QTest::newRow("base64url") << Encoding::Base64url;
    QTest::newRow("utf16le") << Encoding::Utf16le;
}

void tst_Encoding::byteEncodingsRoundTripEveryByte()
{
    QFETCH(Encoding, encoding);

    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    // Every length modulo 3 and 2, so padding and odd tails are covered too.
    for (qsizetype length = bytes.size() - 3; length <= bytes.size(); ++length) {
        const QByteArray slice = bytes.first(length);
        const QByteArray expected
                = encoding == Encoding::Utf16le ? slice.first(length & ~1) : slice;
        QCOMPARE(netcore::encodeText(netcore::decodeBytes(slice, encoding), encoding), expected);
    }
}

// Buffer.from(text, 'base64url') and buf.toString('base64url'), by the name a script uses.
void tst_Encoding::base64urlByNameLikeNode()
{
    const std::optional<Encoding> base64url = netcore::encodingFromName(u"BASE64URL"_s);
    QVERIFY(base64url);
    QCOMPARE(netcore::encodingName(*base64url), u"base64url"_s);
    QCOMPARE(netcore::decodeBytes(QByteArray::fromHex("fbfffe"), *base64url), u"-__-"_s);
    QCOMPARE(netcore::decodeBytes(QByteArray::fromHex("fb"), *base64url), u"-w"_s);
    QCOMPARE(netcore::encodeText(u"-_8"_s, *base64url).toHex(), QByteArray("fbff"));
    QCOMPARE(netcore::encodeText(u"+/8="_s, *base64url).toHex(), QByteArray("fbff"));
    QCOMPARE(netcore::encodeText(u"Q Q="_s, *base64url).toHex(), QByteArray("41"));
}

QTEST_APPLESS_MAIN(tst_Encoding)
#include "tst_encoding.moc"
