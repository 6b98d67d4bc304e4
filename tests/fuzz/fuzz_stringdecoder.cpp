// netcore::StringDecoder in every encoding, fed in chunks the input chooses.
//
// Input: byte 0 picks the encoding; the rest is a list of chunks, each a length byte (its low
// four bits: 0-15, 0 being an empty write) followed by that many bytes.
//
// Checks (each holds in Node, whose StringDecoder this is):
// - the texts of all write()s plus end() equal decodeBytes() of all the bytes at once;
// - at most 3 bytes are held back (2 for base64), none for hex, latin1 and ascii, none after end();
// - hex gives exactly two digits per byte of each write;
// - UTF-8 text never holds a lone surrogate, and no write() ends in half a pair;
// - after end() the decoder starts over: the same chunks give the same text again.

#include "fuzzcheck.h"

#include "net/encoding.h"
#include "net/stringdecoder.h"

#include <QList>

using netcore::Encoding;

namespace {

constexpr Encoding kEncodings[]
        = {Encoding::Utf8, Encoding::Utf16le, Encoding::Latin1,   Encoding::Base64,
           Encoding::Hex,  Encoding::Ascii,   Encoding::Base64url};

int maxHeldBack(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf16le: return 3;
    case Encoding::Base64:
    case Encoding::Base64url: return 2;
    default: return 0;
    }
}

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

QString decodeInChunks(netcore::StringDecoder &decoder, const QList<QByteArray> &chunks)
{
    const Encoding encoding = decoder.encoding();
    QString text;
    for (const QByteArray &chunk : chunks) {
        const QString piece = decoder.write(chunk);
        FUZZ_CHECK(decoder.pendingBytes() >= 0 && decoder.pendingBytes() <= maxHeldBack(encoding));
        if (encoding == Encoding::Hex)
            FUZZ_CHECK(piece.size() == 2 * chunk.size());
        if (encoding == Encoding::Utf8)
            FUZZ_CHECK(piece.isEmpty() || !piece.back().isHighSurrogate());
        text += piece;
    }
    text += decoder.end();
    FUZZ_CHECK(decoder.pendingBytes() == 0);
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input input(data, size);
    const Encoding encoding = kEncodings[input.byte() % std::size(kEncodings)];
    QList<QByteArray> chunks;
    QByteArray whole;
    while (!input.atEnd()) {
        chunks.append(input.bytes(input.byte() & 0x0F));
        whole += chunks.back();
    }

    netcore::StringDecoder decoder(encoding);
    const QString text = decodeInChunks(decoder, chunks);
    FUZZ_CHECK_EQUAL(text, netcore::decodeBytes(whole, encoding));
    if (encoding == Encoding::Utf8)
        FUZZ_CHECK(!hasLoneSurrogate(text));
    FUZZ_CHECK_EQUAL(decodeInChunks(decoder, chunks), text);
    return 0;
}
