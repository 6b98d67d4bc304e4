#pragma once

#include <QtGlobal>

// UTF-8 one character at a time, as V8 (and so Node's buffer.toString()) reads and writes it.
// The one decoder of the project: Buffer decoding, the trace's JSON and readable previews all
// use it. Inline, since it runs once per character on large buffers.
namespace netcore::utf8 {

constexpr char32_t ReplacementCharacter = 0xFFFD;

struct DecodedChar
{
    enum class Status {
        Valid,
        Invalid,  // a maximal subpart of an ill-formed sequence (or a byte that starts none)
        CutShort, // a sequence that was well-formed so far when the input ended
    };
    char32_t codePoint; // U+FFFD unless Valid
    int length;         // bytes consumed, at least 1
    Status status;
};

// The character at the start of data (size > 0). An ill-formed sequence counts as one U+FFFD
// for each maximal subpart (WHATWG/Unicode "best practice"): the byte that breaks a sequence
// is read again as the start of the next character. Overlong forms, surrogates, code points
// past U+10FFFF and the old 5- and 6-byte forms are ill-formed.
inline DecodedChar decodeChar(const uchar *data, qsizetype size)
{
    const uchar lead = data[0];
    if (lead < 0x80)
        return {lead, 1, DecodedChar::Status::Valid};
    // The second byte's range excludes overlongs, surrogates and values past U+10FFFF.
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return {ReplacementCharacter, 1, DecodedChar::Status::Invalid};
    }
    char32_t codePoint = lead & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i) {
        if (i >= size)
            return {ReplacementCharacter, i, DecodedChar::Status::CutShort};
        if (data[i] < low || data[i] > high)
            return {ReplacementCharacter, i, DecodedChar::Status::Invalid};
        codePoint = (codePoint << 6) | (data[i] & 0x3F);
        low = 0x80;
        high = 0xBF;
    }
    return {codePoint, length, DecodedChar::Status::Valid};
}

// How many bytes at the end of data (0 to 3) begin a character that more bytes could still
// complete: the tail decodeChar() reports as CutShort, which a streaming decoder (WHATWG's
// TextDecoder) holds back. A byte that can start no character, or a sequence already broken,
// is not held: it decodes to U+FFFD at once.
inline int cutShortTail(const uchar *data, qsizetype size)
{
    for (int back = 1; back <= 3 && back <= size; ++back) {
        const uchar byte = data[size - back];
        if ((byte & 0xC0) == 0x80)
            continue;
        const DecodedChar last = decodeChar(data + size - back, back);
        return last.status == DecodedChar::Status::CutShort ? back : 0;
    }
    return 0;
}

// Writes codePoint (at most U+10FFFF, not a surrogate) into out; returns the byte count, 1 to 4.
inline int encodeChar(char32_t codePoint, char out[4])
{
    if (codePoint < 0x80) {
        out[0] = char(codePoint);
        return 1;
    }
    if (codePoint < 0x800) {
        out[0] = char(0xC0 | (codePoint >> 6));
        out[1] = char(0x80 | (codePoint & 0x3F));
        return 2;
    }
    if (codePoint < 0x10000) {
        out[0] = char(0xE0 | (codePoint >> 12));
        out[1] = char(0x80 | ((codePoint >> 6) & 0x3F));
        out[2] = char(0x80 | (codePoint & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (codePoint >> 18));
    out[1] = char(0x80 | ((codePoint >> 12) & 0x3F));
    out[2] = char(0x80 | ((codePoint >> 6) & 0x3F));
    out[3] = char(0x80 | (codePoint & 0x3F));
    return 4;
}

} // namespace netcore::utf8
