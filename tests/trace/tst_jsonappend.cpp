// The JSON tokens of the trace writer. Previews read bytes as UTF-8 exactly as Node does:
// every expected text below is what node v20 printed for
// `[...Buffer.from(hex, 'hex').toString()].map(c => c.codePointAt(0).toString(16))`.

#include "trace/jsonappend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The string a JSON token holds, read back by Qt's parser; a null string if it is not JSON.
QString parsedString(const QByteArray &token)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + token + ']', &error);
    if (error.error != QJsonParseError::NoError || !document.array().first().isString())
        return {};
    return document.array().first().toString();
}

QString fromCodePoints(std::initializer_list<char32_t> codePoints)
{
    QString text;
    for (const char32_t codePoint : codePoints)
        text += QStringView(QChar::fromUcs4(codePoint));
    return text;
}

} // namespace

class tst_JsonAppend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8BytesReadAsNodeReadsThem_data();
    void utf8BytesReadAsNodeReadsThem();
    void everyByteGivesValidJson();
    void everyUtf16UnitGivesValidJson();
};

void tst_JsonAppend::utf8BytesReadAsNodeReadsThem_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QString>("expected");

    constexpr char32_t R = 0xFFFD;
    // A sequence broken by a byte that cannot continue it: one U+FFFD for what came before,
    // and the byte is read again.
    QTest::newRow("4-byte broken by ascii") << "f09f9861"_ba << fromCodePoints({R, 'a'});
    QTest::newRow("broken, then more text")
            << "f09f98616263"_ba << fromCodePoints({R, 'a', 'b', 'c'});
    QTest::newRow("2-byte broken by a lead") << "c3c3a9"_ba << fromCodePoints({R, 0xE9});
    // Sequences the end of the bytes (a chunk's end, the preview's 64th byte) cuts short.
    QTest::newRow("4-byte cut after 3") << "f09f98"_ba << fromCodePoints({R});
    QTest::newRow("4-byte cut after 2") << "f09f"_ba << fromCodePoints({R});
    QTest::newRow("4-byte cut after 1") << "f0"_ba << fromCodePoints({R});
    QTest::newRow("3-byte cut after 2") << "e282"_ba << fromCodePoints({R});
    QTest::newRow("3-byte cut after 1") << "e2"_ba << fromCodePoints({R});
    QTest::newRow("2-byte cut") << "c3"_ba << fromCodePoints({R});
    QTest::newRow("text then cut") << "61c3"_ba << fromCodePoints({'a', R});
    QTest::newRow("surrogate lead cut") << "61ed9f"_ba << fromCodePoints({'a', R});
    QTest::newRow("e0 cut") << "e0a0"_ba << fromCodePoints({R});
    // Well-formed.
    QTest::newRow("euro") << "e282ac"_ba << fromCodePoints({0x20AC});
    QTest::newRow("e acute") << "c3a9"_ba << fromCodePoints({0xE9});
    QTest::newRow("highest") << "f48fbfbf"_ba << fromCodePoints({0x10FFFF});
    QTest::newRow("replacement itself") << "efbfbd"_ba << fromCodePoints({R});
    QTest::newRow("controls") << "7f00"_ba << fromCodePoints({0x7F, 0});
    // Overlong forms: each byte on its own.
    QTest::newRow("overlong c0") << "c0af"_ba << fromCodePoints({R, R});
    QTest::newRow("overlong c1") << "c1bf"_ba << fromCodePoints({R, R});
    QTest::newRow("overlong 3-byte") << "e080af"_ba << fromCodePoints({R, R, R});
    QTest::newRow("overlong 4-byte") << "f08082af"_ba << fromCodePoints({R, R, R, R});
    // Surrogates, paired or not, and values past U+10FFFF.
    QTest::newRow("high surrogate") << "eda080"_ba << fromCodePoints({R, R, R});
    QTest::newRow("low surrogate") << "edbfbf"_ba << fromCodePoints({R, R, R});
    QTest::newRow("surrogate pair") << "eda080edb080"_ba << fromCodePoints({R, R, R, R, R, R});
    QTest::newRow("past 10ffff") << "f4908080"_ba << fromCodePoints({R, R, R, R});
    // The old 5- and 6-byte forms and bytes that never start a character.
    QTest::newRow("5-byte form") << "f8888080af"_ba << fromCodePoints({R, R, R, R, R});
    QTest::newRow("6-byte form") << "fc8480808080af"_ba << fromCodePoints({R, R, R, R, R, R, R});
    QTest::newRow("fe") << "fe"_ba << fromCodePoints({R});
    QTest::newRow("ff") << "ff"_ba << fromCodePoints({R});
    QTest::newRow("lone continuation") << "80"_ba << fromCodePoints({R});
    QTest::newRow("two continuations") << "bf80"_ba << fromCodePoints({R, R});
}

void tst_JsonAppend::utf8BytesReadAsNodeReadsThem()
{
    QFETCH(QByteArray, hex);
    QFETCH(QString, expected);

    QByteArray token;
    trace::json::appendUtf8Bytes(token, QByteArray::fromHex(hex));
    QCOMPARE(parsedString(token), expected);
}

void tst_JsonAppend::everyByteGivesValidJson()
{
    for (int byte = 0; byte < 256; ++byte) {
        const QByteArray bytes = QByteArray(1, char(byte)) + "x";
        QByteArray token;
        trace::json::appendUtf8Bytes(token, bytes);
        const QString expected = fromCodePoints({byte < 0x80 ? char32_t(byte) : 0xFFFD, 'x'});
        QVERIFY2(parsedString(token) == expected, token.toHex().constData());
        // Control characters, quotes and backslashes are escaped, never written raw.
        for (const char c : token.mid(1, token.size() - 2))
            QVERIFY2(uchar(c) >= 0x20 && c != 0x7f, token.toHex().constData());
    }
}

void tst_JsonAppend::everyUtf16UnitGivesValidJson()
{
    for (int unit = 0; unit < 0x10000; ++unit) {
        const QChar c = QChar(char16_t(unit));
        QByteArray token;
        trace::json::appendString(token, QStringView(&c, 1));
        const QString expected = c.isSurrogate() ? u"\ufffd"_s : QString(c);
        QVERIFY2(parsedString(token) == expected, qPrintable(QString::number(unit, 16)));
    }
}

QTEST_APPLESS_MAIN(tst_JsonAppend)
#include "tst_jsonappend.moc"
