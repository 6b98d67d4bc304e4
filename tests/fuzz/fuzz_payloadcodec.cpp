// The composer's payload parsers (session::payloadcodec): text with escapes, hex and base64.
//
// Input: byte 0 picks how the rest becomes the editor's text (bit 0: UTF-8, or raw UTF-16
// code units with lone surrogates) and the line ending (bits 1-2); the rest is the text, which
// is also used as raw bytes for the encode/decode round trips.
//
// Checks:
// - a result is either valid (no position, line or column) or names a position inside the
//   input with a 1-based line and column that agree with it;
// - decodeText() of text without backslashes is the UTF-8 of the text, each typed line break
//   (\n, \r or \r\n) made the line ending, and the ending appended;
// - decodeHex() of valid input is QByteArray::fromHex() of its digits; decodeBase64() of valid
//   input is QByteArray::fromBase64() of it, and needs a length that is a multiple of four;
// - the round trips: decodeText(encodeEscaped(b)), decodeHex(encodeHex(b)) and
//   decodeBase64(b.toBase64()) give back b.

#include "fuzzcheck.h"

#include "session/payloadcodec.h"

using namespace session;

namespace {

void checkWellFormed(const PayloadResult &result, QStringView input)
{
    if (result.isValid()) {
        FUZZ_CHECK(result.position == -1 && result.line == 0 && result.column == 0);
        return;
    }
    FUZZ_CHECK(result.position >= 0 && result.position < input.size());
    const QStringView before = input.first(result.position);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    FUZZ_CHECK(result.line == before.count(u'\n') + 1);
    FUZZ_CHECK(result.column == result.position - lineStart + 1);
}

QByteArray expectedPlainText(QStringView input, LineEnding ending)
{
    const QByteArray lineBreak = ending == LineEnding::None ? QByteArrayLiteral("\n")
                                                            : payloadcodec::lineEndingBytes(ending);
    QString text = input.toString();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return text.toUtf8().replace('\n', lineBreak) + payloadcodec::lineEndingBytes(ending);
}

QByteArray withoutSeparators(QStringView input)
{
    QByteArray digits;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (c.isSpace() || c == u':' || c == u',')
            continue;
        if (c == u'0' && i + 1 < input.size() && (input[i + 1] == u'x' || input[i + 1] == u'X')) {
            ++i;
            continue;
        }
        digits += char(c.unicode());
    }
    return digits;
}

QByteArray withoutSpaces(QStringView input)
{
    QByteArray text;
    for (QChar c : input) {
        if (!c.isSpace())
            text += char(c.unicode());
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input input(data, size);
    const uint8_t mode = input.byte();
    const QByteArray bytes = input.rest();
    const QString text = mode & 1 ? fuzz::utf16Units(bytes) : QString::fromUtf8(bytes);
    const auto ending = LineEnding((mode >> 1) % 4);

    const PayloadResult decodedText = payloadcodec::decodeText(text, ending);
    checkWellFormed(decodedText, text);
    if (!text.contains(u'\\'))
        FUZZ_CHECK_EQUAL(decodedText.bytes, expectedPlainText(text, ending));

    const PayloadResult hex = payloadcodec::decodeHex(text);
    checkWellFormed(hex, text);
    if (hex.isValid())
        FUZZ_CHECK_EQUAL(hex.bytes, QByteArray::fromHex(withoutSeparators(text)));

    const PayloadResult base64 = payloadcodec::decodeBase64(text);
    checkWellFormed(base64, text);
    if (base64.isValid()) {
        const QByteArray compact = withoutSpaces(text);
        FUZZ_CHECK(compact.size() % 4 == 0);
        FUZZ_CHECK_EQUAL(base64.bytes, QByteArray::fromBase64(compact));
    }

    FUZZ_CHECK_EQUAL(payloadcodec::decodeText(payloadcodec::encodeEscaped(bytes)).bytes, bytes);
    FUZZ_CHECK_EQUAL(payloadcodec::decodeHex(payloadcodec::encodeHex(bytes)).bytes, bytes);
    FUZZ_CHECK_EQUAL(payloadcodec::decodeBase64(QString::fromLatin1(bytes.toBase64())).bytes,
                     bytes);
    return 0;
}
