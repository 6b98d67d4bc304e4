#include "jsonappend.h"

#include "net/utf8.h"

#include <charconv>

namespace trace::json {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

void appendEscapedAscii(QByteArray &out, char c)
{
    switch (c) {
    case '"': out.append("\\\"", 2); return;
    case '\\': out.append("\\\\", 2); return;
    case '\n': out.append("\\n", 2); return;
    case '\r': out.append("\\r", 2); return;
    case '\t': out.append("\\t", 2); return;
    case '\b': out.append("\\b", 2); return;
    case '\f': out.append("\\f", 2); return;
    default: break;
    }
    if (quint8(c) < 0x20 || c == 0x7f) {
        const char escaped[6] = {
                '\\', 'u', '0', '0', HexDigits[(quint8(c) >> 4) & 0xf], HexDigits[quint8(c) & 0xf]};
        out.append(escaped, 6);
        return;
    }
    out.append(c);
}

void appendCodePoint(QByteArray &out, char32_t cp)
{
    if (cp < 0x80)
        return appendEscapedAscii(out, char(cp));
    // Qt's JSON parser drops a raw U+FEFF at the start of a string as if it were a byte order
    // mark; escaped, it reads back.
    if (cp == 0xFEFF) {
        out.append("\\ufeff", 6);
        return;
    }
    char bytes[4];
    out.append(bytes, netcore::utf8::encodeChar(cp, bytes));
}

} // namespace

void appendInt(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

void appendBool(QByteArray &out, bool value)
{
    if (value)
        out.append("true", 4);
    else
        out.append("false", 5);
}

void appendKey(QByteArray &out, QLatin1StringView key)
{
    out.append(',');
    appendString(out, key);
    out.append(':');
}

void appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        char32_t cp = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            cp = QChar::surrogateToUcs4(unit, text[++i].unicode());
        } else if (QChar::isSurrogate(unit)) {
            cp = netcore::utf8::ReplacementCharacter;
        }
        appendCodePoint(out, cp);
    }
    out.append('"');
}

void appendString(QByteArray &out, QLatin1StringView text)
{
    out.append('"');
    for (const char c : text)
        appendCodePoint(out, quint8(c));
    out.append('"');
}

void appendUtf8Bytes(QByteArray &out, QByteArrayView bytes)
{
    out.append('"');
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size();) {
        const netcore::utf8::DecodedChar decoded
                = netcore::utf8::decodeChar(data + i, bytes.size() - i);
        appendCodePoint(out, decoded.codePoint);
        i += decoded.length;
    }
    out.append('"');
}

void appendHex(QByteArray &out, QByteArrayView bytes)
{
    out.append('"');
    for (const char c : bytes) {
        const char pair[2] = {HexDigits[(quint8(c) >> 4) & 0xf], HexDigits[quint8(c) & 0xf]};
        out.append(pair, 2);
    }
    out.append('"');
}

} // namespace trace::json
