// netcore's Buffer encodings (encodeText/decodeBytes), which the script runtime's Buffer uses
// for Buffer.from(string, encoding) and buffer.toString(encoding).
//
// Input: the same bytes are used three ways: as a buffer to decode, as UTF-16 code units
// (lone surrogates included) to encode, and as Latin-1 text to parse as hex and base64.
//
// Checks, for a buffer b and a string s:
// - the lossless round trips: latin1, hex, base64, base64url and utf16le (even length) give b
//   back;
//   ascii gives b with the high bits cleared;
// - utf8: decoding valid UTF-8 is lossless and agrees with Qt's decoder; decoding any b gives
//   text without lone surrogates that encodes and decodes to itself;
// - strings: utf16le and latin1 give s back (latin1 keeping each unit's low byte); utf8 gives
//   s back with each lone surrogate as U+FFFD;
// - hex parses the longest run of digit pairs from the start; base64 parses what Qt's
//   fromBase64() parses for canonical text, with or without padding, in either alphabet,
//   with whitespace inserted.

#include "fuzzcheck.h"

#include "net/encoding.h"

#include <QStringDecoder>

#include <cctype>

using netcore::decodeBytes;
using netcore::encodeText;
using netcore::Encoding;

namespace {

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

QString withLoneSurrogatesReplaced(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text[i];
            out += text[++i];
        } else {
            out += text[i].isSurrogate() ? QChar(QChar::ReplacementCharacter) : text[i];
        }
    }
    return out;
}

void checkBuffer(const QByteArray &b)
{
    for (Encoding lossless :
         {Encoding::Latin1, Encoding::Hex, Encoding::Base64, Encoding::Base64url})
        FUZZ_CHECK_EQUAL(encodeText(decodeBytes(b, lossless), lossless), b);
    FUZZ_CHECK_EQUAL(encodeText(decodeBytes(b, Encoding::Utf16le), Encoding::Utf16le),
                     b.first(b.size() & ~qsizetype(1)));
    QByteArray cleared = b;
    for (char &c : cleared)
        c = char(c & 0x7F);
    FUZZ_CHECK_EQUAL(encodeText(decodeBytes(b, Encoding::Ascii), Encoding::Ascii), cleared);

    const QString utf8 = decodeBytes(b, Encoding::Utf8);
    FUZZ_CHECK(!hasLoneSurrogate(utf8));
    FUZZ_CHECK_EQUAL(decodeBytes(encodeText(utf8, Encoding::Utf8), Encoding::Utf8), utf8);
    QStringDecoder qtDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString qtText = qtDecoder.decode(b);
    if (!qtDecoder.hasError()) {
        FUZZ_CHECK_EQUAL(utf8, qtText);
        FUZZ_CHECK_EQUAL(encodeText(utf8, Encoding::Utf8), b);
    } else {
        FUZZ_CHECK(utf8.contains(QChar(QChar::ReplacementCharacter)));
    }
}

void checkString(const QString &s)
{
    FUZZ_CHECK_EQUAL(decodeBytes(encodeText(s, Encoding::Utf16le), Encoding::Utf16le), s);
    QString lowBytes = s;
    for (QChar &c : lowBytes)
        c = QChar(char16_t(c.unicode() & 0xFF));
    FUZZ_CHECK_EQUAL(decodeBytes(encodeText(s, Encoding::Latin1), Encoding::Latin1), lowBytes);
    FUZZ_CHECK_EQUAL(decodeBytes(encodeText(s, Encoding::Utf8), Encoding::Utf8),
                     withLoneSurrogatesReplaced(s));
}

// Node's hex parser looks at each unit's low byte and stops at the first pair it cannot read.
QByteArray expectedHex(const QString &text)
{
    QByteArray digits;
    for (qsizetype i = 0; i + 1 < text.size(); i += 2) {
        const char pair[2] = {char(text[i].unicode() & 0xFF), char(text[i + 1].unicode() & 0xFF)};
        if (!std::isxdigit(uchar(pair[0])) || !std::isxdigit(uchar(pair[1])))
            break;
        digits.append(pair, 2);
    }
    return QByteArray::fromHex(digits);
}

void checkParsers(const QByteArray &b)
{
    const QString latin1 = QString::fromLatin1(b);
    FUZZ_CHECK_EQUAL(encodeText(latin1, Encoding::Hex), expectedHex(latin1));

    const QByteArray canonical = b.toBase64();
    FUZZ_CHECK_EQUAL(encodeText(QString::fromLatin1(canonical), Encoding::Base64), b);
    const QByteArray url
            = b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    FUZZ_CHECK_EQUAL(encodeText(QString::fromLatin1(url), Encoding::Base64), b);
    QString spaced;
    for (qsizetype i = 0; i < canonical.size(); ++i)
        spaced += (i % 3 == 2 ? QStringLiteral(" \n") : QString())
                + QChar(char16_t(uchar(canonical[i])));
    FUZZ_CHECK_EQUAL(encodeText(spaced, Encoding::Base64), b);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkBuffer(bytes);
    checkString(fuzz::utf16Units(bytes));
    checkParsers(bytes);
    return 0;
}
