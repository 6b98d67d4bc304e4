// Expected values were printed by node v20: for each row, a StringDecoder got the chunks in
// order, then end(); `lastTotal - lastNeed` gave the bytes held back before end().

#include "net/stringdecoder.h"

#include <QTest>

#include <initializer_list>

using namespace Qt::StringLiterals;
using netcore::Encoding;
using netcore::StringDecoder;

Q_DECLARE_METATYPE(netcore::Encoding)

namespace {

QByteArrayList hexChunks(std::initializer_list<const char *> hexes)
{
    QByteArrayList chunks;
    for (const char *hex : hexes)
        chunks.append(QByteArray::fromHex(hex));
    return chunks;
}

// Everything the decoder gives for the chunks, end() included.
QString decodeAll(Encoding encoding, const QByteArrayList &chunks)
{
    StringDecoder decoder(encoding);
    QString text;
    for (const QByteArray &chunk : chunks)
        text += decoder.write(chunk);
    text += decoder.end();
    return text;
}

} // namespace

class tst_StringDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToUtf8();
    void decodesChunksLikeNode_data();
    void decodesChunksLikeNode();
    void decodesByteByByteLikeNode_data();
    void decodesByteByByteLikeNode();
    void reassemblesTextSplitAnywhere_data();
    void reassemblesTextSplitAnywhere();
    void endResetsTheDecoder();
    void decodesBase64urlLikeNode_data();
    void decodesBase64urlLikeNode();
};

void tst_StringDecoder::defaultsToUtf8()
{
    QCOMPARE(StringDecoder().encoding(), Encoding::Utf8);
}

void tst_StringDecoder::decodesChunksLikeNode_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QStringList>("writes");
    QTest::addColumn<int>("pending");
    QTest::addColumn<QString>("ending");

    const auto u8 = Encoding::Utf8;
    QTest::newRow("euro 1+2") << u8 << hexChunks({"e2", "82ac"}) << QStringList {u""_s, u"\u20ac"_s}
                              << 0 << QString();
    QTest::newRow("euro 2+1") << u8 << hexChunks({"e282", "ac"}) << QStringList {u""_s, u"\u20ac"_s}
                              << 0 << QString();
    QTest::newRow("emoji 1+3") << u8 << hexChunks({"f0", "9f9880"})
                               << QStringList {u""_s, u"\U0001F600"_s} << 0 << QString();
    QTest::newRow("emoji 2+2") << u8 << hexChunks({"f09f", "9880"})
                               << QStringList {u""_s, u"\U0001F600"_s} << 0 << QString();
    QTest::newRow("emoji 3+1") << u8 << hexChunks({"f09f98", "80"})
                               << QStringList {u""_s, u"\U0001F600"_s} << 0 << QString();
    QTest::newRow("text around split") << u8 << hexChunks({"61e2", "82ac62"})
                                       << QStringList {u"a"_s, u"\u20acb"_s} << 0 << QString();
    QTest::newRow("empty chunk keeps held bytes")
            << u8 << hexChunks({"e2", "", "82ac"}) << QStringList {u""_s, u""_s, u"\u20ac"_s} << 0
            << QString();
    QTest::newRow("incomplete at end")
            << u8 << hexChunks({"e282"}) << QStringList {u""_s} << 2 << u"\uFFFD"_s;
    QTest::newRow("incomplete emoji at end")
            << u8 << hexChunks({"f09f98"}) << QStringList {u""_s} << 3 << u"\uFFFD"_s;
    QTest::newRow("cut short by ascii")
            << u8 << hexChunks({"e2", "41"}) << QStringList {u""_s, u"\uFFFDA"_s} << 0 << QString();
    QTest::newRow("cut short by new lead")
            << u8 << hexChunks({"e282", "e282ac"}) << QStringList {u""_s, u"\uFFFD\u20ac"_s} << 0
            << QString();
    // Held by lead-byte pattern alone; validity is judged once the bytes are complete.
    QTest::newRow("overlong lead held") << u8 << hexChunks({"c0", "80"})
                                        << QStringList {u""_s, u"\uFFFD\uFFFD"_s} << 0 << QString();
    QTest::newRow("overlong three-byte held")
            << u8 << hexChunks({"e0", "8080"}) << QStringList {u""_s, u"\uFFFD\uFFFD\uFFFD"_s} << 0
            << QString();
    QTest::newRow("surrogate held")
            << u8 << hexChunks({"ed", "a080"}) << QStringList {u""_s, u"\uFFFD\uFFFD\uFFFD"_s} << 0
            << QString();
    QTest::newRow("continuations not held")
            << u8 << hexChunks({"8080"}) << QStringList {u"\uFFFD\uFFFD"_s} << 0 << QString();
    QTest::newRow("stray continuation not held")
            << u8 << hexChunks({"e282ac82"}) << QStringList {u"\u20ac\uFFFD"_s} << 0 << QString();
    QTest::newRow("f8 not held") << u8 << hexChunks({"f8"}) << QStringList {u"\uFFFD"_s} << 0
                                 << QString();

    const auto u16 = Encoding::Utf16le;
    QTest::newRow("utf16 odd byte held")
            << u16 << hexChunks({"61", "00"}) << QStringList {u""_s, u"a"_s} << 0 << QString();
    QTest::newRow("utf16 high surrogate held")
            << u16 << hexChunks({"3dd8", "00de"}) << QStringList {u""_s, u"\U0001F600"_s} << 0
            << QString();
    QTest::newRow("utf16 high surrogate then text") << u16 << hexChunks({"3dd8", "6100"})
                                                    << QStringList {u""_s,
                                                                    u"\xD83D"
                                                                    u"a"_s}
                                                    << 0 << QString();
    // Node holds back the odd byte only, so the high surrogate before it goes out alone.
    QTest::newRow("utf16 odd byte after surrogate")
            << u16 << hexChunks({"3dd800", "de"}) << QStringList {u"\xD83D"_s, u"\xDE00"_s} << 0
            << QString();
    QTest::newRow("utf16 lone surrogate at end")
            << u16 << hexChunks({"3dd8"}) << QStringList {u""_s} << 2 << u"\xD83D"_s;
    QTest::newRow("utf16 odd byte dropped at end")
            << u16 << hexChunks({"610062"}) << QStringList {u"a"_s} << 1 << QString();

    const auto b64 = Encoding::Base64;
    QTest::newRow("base64 bytes one by one")
            << b64 << hexChunks({"61", "62", "63"}) << QStringList {u""_s, u""_s, u"YWJj"_s} << 0
            << QString();
    QTest::newRow("base64 remainder padded at end")
            << b64 << hexChunks({"61626364"}) << QStringList {u"YWJj"_s} << 1 << u"ZA=="_s;
    QTest::newRow("base64 held group completed")
            << b64 << hexChunks({"6162", "63646566"}) << QStringList {u""_s, u"YWJjZGVm"_s} << 0
            << QString();
    QTest::newRow("base64 two held bytes")
            << b64 << hexChunks({"6162"}) << QStringList {u""_s} << 2 << u"YWI="_s;

    QTest::newRow("hex stateless") << Encoding::Hex << hexChunks({"e2", "82ac"})
                                   << QStringList {u"e2"_s, u"82ac"_s} << 0 << QString();
    QTest::newRow("latin1 stateless")
            << Encoding::Latin1 << hexChunks({"e9"}) << QStringList {u"\u00e9"_s} << 0 << QString();
    QTest::newRow("ascii stateless")
            << Encoding::Ascii << hexChunks({"e9"}) << QStringList {u"i"_s} << 0 << QString();
}

void tst_StringDecoder::decodesChunksLikeNode()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArrayList, chunks);
    QFETCH(QStringList, writes);
    QFETCH(int, pending);
    QFETCH(QString, ending);

    StringDecoder decoder(encoding);
    QStringList actual;
    for (const QByteArray &chunk : chunks)
        actual.append(decoder.write(chunk));
    QCOMPARE(actual, writes);
    QCOMPARE(decoder.pendingBytes(), pending);
    QCOMPARE(decoder.end(), ending);
    QCOMPARE(decoder.pendingBytes(), 0);
}

void tst_StringDecoder::decodesByteByByteLikeNode_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("writes");

    QTest::newRow("utf8") << Encoding::Utf8 << QByteArray::fromHex("61e282acf09f9880")
                          << QStringList {u"a"_s, u""_s, u""_s, u"\u20ac"_s,
                                          u""_s,  u""_s, u""_s, u"\U0001F600"_s};
    // A surrogate pair fed one byte at a time comes out as two separate halves.
    QTest::newRow("utf16le") << Encoding::Utf16le << QByteArray::fromHex("61003dd800de")
                             << QStringList {u""_s, u"a"_s, u""_s, u"\xD83D"_s, u""_s, u"\xDE00"_s};
    QTest::newRow("base64") << Encoding::Base64 << QByteArray::fromHex("61626364")
                            << QStringList {u""_s, u""_s, u"YWJj"_s, u""_s};
}

void tst_StringDecoder::decodesByteByByteLikeNode()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, writes);

    StringDecoder decoder(encoding);
    QStringList actual;
    for (char byte : std::as_const(bytes))
        actual.append(decoder.write(QByteArray(1, byte)));
    QCOMPARE(actual, writes);
}

void tst_StringDecoder::reassemblesTextSplitAnywhere_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("text");

    const QString mixed = u"a\u00e9\u20ac\U0001F600\u4e2d\u0800\uFFFF\U0010FFFFz"_s;
    QTest::newRow("utf8") << Encoding::Utf8 << mixed;
    QTest::newRow("utf16le") << Encoding::Utf16le << mixed;
}

// Every one- and two-cut split of the bytes, and byte-by-byte feeding, gives back the text whole:
// a valid character split by a chunk boundary never turns into U+FFFD.
void tst_StringDecoder::reassemblesTextSplitAnywhere()
{
    QFETCH(Encoding, encoding);
    QFETCH(QString, text);

    const QByteArray bytes = netcore::encodeText(text, encoding);
    for (qsizetype first = 0; first <= bytes.size(); ++first) {
        for (qsizetype second = first; second <= bytes.size(); ++second) {
            const QByteArrayList chunks {bytes.first(first), bytes.sliced(first, second - first),
                                         bytes.sliced(second)};
            QCOMPARE(decodeAll(encoding, chunks), text);
        }
    }
    QByteArrayList bytewise;
    for (char byte : bytes)
        bytewise.append(QByteArray(1, byte));
    QCOMPARE(decodeAll(encoding, bytewise), text);
}

void tst_StringDecoder::endResetsTheDecoder()
{
    StringDecoder decoder;
    QCOMPARE(decoder.write(QByteArray::fromHex("e2")), QString());
    QCOMPARE(decoder.end(), u"\uFFFD"_s);
    QCOMPARE(decoder.write(QByteArray::fromHex("e282ac")), u"\u20ac"_s);
    QCOMPARE(decoder.end(), QString());
}

void tst_StringDecoder::decodesBase64urlLikeNode_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QStringList>("writes");
    QTest::addColumn<QString>("ending");

    QTest::newRow("url alphabet") << hexChunks({"fbff"}) << QStringList {u""_s} << u"-_8"_s;
    QTest::newRow("byte by byte") << hexChunks({"fb", "ff", "01"})
                                  << QStringList {u""_s, u""_s, u"-_8B"_s} << QString();
    QTest::newRow("remainder unpadded")
            << hexChunks({"fbff01", "02"}) << QStringList {u"-_8B"_s, u""_s} << u"Ag"_s;
}

// socket.setEncoding('base64url') and new StringDecoder('base64url') take it in Node. By name,
// as a script names it.
void tst_StringDecoder::decodesBase64urlLikeNode()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(QStringList, writes);
    QFETCH(QString, ending);

    const std::optional<Encoding> base64url = netcore::encodingFromName(u"base64url"_s);
    QVERIFY(base64url);
    StringDecoder decoder(*base64url);
    QStringList actual;
    for (const QByteArray &chunk : chunks)
        actual.append(decoder.write(chunk));
    QCOMPARE(actual, writes);
    QCOMPARE(decoder.end(), ending);
}

QTEST_APPLESS_MAIN(tst_StringDecoder)
#include "tst_stringdecoder.moc"
