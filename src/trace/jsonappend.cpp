#include "jsonappend.h"

#include <charconv>

namespace trace::json {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";
constexpr char32_t Replacement = 0xFFFD;

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
    char bytes[4];
    int n = 0;
    if (cp < 0x800) {
        bytes[n++] = char(0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
        bytes[n++] = char(0xE0 | (cp >> 12));
        bytes[n++] = char(0x80 | ((cp >> 6) & 0x3F));
    } else {
        bytes[n++] = char(0xF0 | (cp >> 18));
        bytes[n++] = char(0x80 | ((cp >> 12) & 0x3F));
        bytes[n++] = char(0x80 | ((cp >> 6) & 0x3F));
    }
    bytes[n++] = char(0x80 | (cp & 0x3F));
    out.append(bytes, n);
}

// Decodes one UTF-8 sequence at bytes[i]; returns its length, or 0 when it is invalid
// (overlong forms, surrogates and values past U+10FFFF included).
int decodeUtf8(QByteArrayView bytes, qsizetype i, char32_t *cp)
{
    const quint8 lead = quint8(bytes[i]);
    int length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, value = lead & 0x1F, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, value = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const quint8 next = quint8(bytes[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *cp = value;
    return length;
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
            cp = Replacement;
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
    qsizetype i = 0;
    while (i < bytes.size()) {
        char32_t cp = quint8(bytes[i]);
        int length = cp < 0x80 ? 1 : decodeUtf8(bytes, i, &cp);
        if (length == 0) {
            cp = Replacement;
            length = 1;
        }
        appendCodePoint(out, cp);
        i += length;
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
