#include "encoding.h"

#include "utf8.h"

#include <QStringView>

#include <array>

namespace netcore {

using namespace Qt::StringLiterals;

namespace {

struct EncodingAlias
{
    QLatin1StringView name;
    Encoding encoding;
};

constexpr std::array kAliases {
        EncodingAlias {"utf8"_L1, Encoding::Utf8},
        EncodingAlias {"utf-8"_L1, Encoding::Utf8},
        EncodingAlias {"latin1"_L1, Encoding::Latin1},
        EncodingAlias {"binary"_L1, Encoding::Latin1},
        EncodingAlias {"ascii"_L1, Encoding::Ascii},
        EncodingAlias {"hex"_L1, Encoding::Hex},
        EncodingAlias {"base64"_L1, Encoding::Base64},
        EncodingAlias {"base64url"_L1, Encoding::Base64url},
        EncodingAlias {"utf16le"_L1, Encoding::Utf16le},
        EncodingAlias {"utf-16le"_L1, Encoding::Utf16le},
        EncodingAlias {"ucs2"_L1, Encoding::Utf16le},
        EncodingAlias {"ucs-2"_L1, Encoding::Utf16le},
};

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

// Node lower-cases with String.prototype.toLowerCase(), which maps no non-ASCII character onto
// the letters of these names. Qt's case folding would (U+017F folds to 's'), so compare by hand.
bool equalsIgnoringAsciiCase(QStringView text, QLatin1StringView name)
{
    if (text.size() != name.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (asciiLower(text[i].unicode()) != char16_t(uchar(name[i].toLatin1())))
            return false;
    }
    return true;
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        out.append(QChar(QChar::highSurrogate(codePoint)));
        out.append(QChar(QChar::lowSurrogate(codePoint)));
    } else {
        out.append(QChar(char16_t(codePoint)));
    }
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    char bytes[4];
    out.append(bytes, utf8::encodeChar(cp, bytes));
}

// V8 writes a surrogate that is not half of a pair as U+FFFD.
QByteArray encodeUtf8(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            appendUtf8(out, QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            appendUtf8(out, c.isSurrogate() ? char32_t(QChar::ReplacementCharacter) : c.unicode());
        }
    }
    return out;
}

// Node keeps only the low byte of each UTF-16 unit for latin1 and ascii.
QByteArray encodeLowBytes(QStringView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = char(text[i].unicode() & 0xFF);
    return out;
}

QByteArray encodeUtf16le(QStringView text)
{
    QByteArray out(text.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        out[2 * i] = char(text[i].unicode() & 0xFF);
        out[2 * i + 1] = char(text[i].unicode() >> 8);
    }
    return out;
}

// Node's decoders look characters up by their low byte only, so U+0130 counts as '0'.
int hexValue(QChar c)
{
    const auto b = uchar(c.unicode() & 0xFF);
    if (b >= '0' && b <= '9')
        return b - '0';
    if (b >= 'a' && b <= 'f')
        return b - 'a' + 10;
    if (b >= 'A' && b <= 'F')
        return b - 'A' + 10;
    return -1;
}

QByteArray encodeHex(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    for (qsizetype i = 0; i + 1 < text.size(); i += 2) {
        const int high = hexValue(text[i]);
        const int low = hexValue(text[i + 1]);
        if (high < 0 || low < 0)
            break;
        out.append(char((high << 4) | low));
    }
    return out;
}

int base64Value(QChar c)
{
    const auto b = uchar(c.unicode() & 0xFF);
    if (b >= 'A' && b <= 'Z')
        return b - 'A';
    if (b >= 'a' && b <= 'z')
        return b - 'a' + 26;
    if (b >= '0' && b <= '9')
        return b - '0' + 52;
    if (b == '+' || b == '-')
        return 62;
    if (b == '/' || b == '_')
        return 63;
    return -1;
}

// Node's decoder skips anything outside both alphabets, stops at the first '=' wherever it is,
// and drops a lone trailing sextet.
QByteArray encodeBase64(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() / 4 * 3 + 2);
    quint32 bits = 0;
    int sextets = 0;
    for (QChar c : text) {
        const int value = base64Value(c);
        if (value < 0) {
            if ((c.unicode() & 0xFF) == '=')
                break;
            continue;
        }
        bits = (bits << 6) | quint32(value);
        if (++sextets > 1)
            out.append(char(bits >> (8 - 2 * sextets)));
        if (sextets == 4)
            sextets = 0;
    }
    return out;
}

// V8's decoder: each maximal subpart of an invalid sequence becomes one U+FFFD (utf8.h).
QString decodeUtf8(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        if (data[i] < 0x80) {
            out.append(QLatin1Char(char(data[i++])));
            continue;
        }
        const utf8::DecodedChar decoded = utf8::decodeChar(data + i, size - i);
        appendCodePoint(out, decoded.codePoint);
        i += decoded.length;
    }
    return out;
}

// Node's ascii decoder clears the high bit instead of substituting.
QString decodeAscii(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = QChar(char16_t(uchar(bytes[i]) & 0x7F));
    return out;
}

// An odd trailing byte is dropped; unpaired surrogates are kept, as in a JS string.
QString decodeUtf16le(const QByteArray &bytes)
{
    QString out(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = QChar(char16_t(uchar(bytes[2 * i]) | (uchar(bytes[2 * i + 1]) << 8)));
    return out;
}

} // namespace

std::optional<Encoding> encodingFromName(const QString &name)
{
    for (const EncodingAlias &alias : kAliases) {
        if (equalsIgnoringAsciiCase(name, alias.name))
            return alias.encoding;
    }
    return std::nullopt;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return u"utf8"_s;
    case Encoding::Latin1: return u"latin1"_s;
    case Encoding::Ascii: return u"ascii"_s;
    case Encoding::Hex: return u"hex"_s;
    case Encoding::Base64: return u"base64"_s;
    case Encoding::Base64url: return u"base64url"_s;
    case Encoding::Utf16le: return u"utf16le"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray encodeText(const QString &text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return encodeUtf8(text);
    case Encoding::Latin1:
    case Encoding::Ascii: return encodeLowBytes(text);
    case Encoding::Hex: return encodeHex(text);
    case Encoding::Base64:
    case Encoding::Base64url: return encodeBase64(text);
    case Encoding::Utf16le: return encodeUtf16le(text);
    }
    Q_UNREACHABLE();
    return {};
}

QString decodeBytes(const QByteArray &bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return decodeUtf8(bytes);
    case Encoding::Latin1: return QString::fromLatin1(bytes);
    case Encoding::Ascii: return decodeAscii(bytes);
    case Encoding::Hex: return QString::fromLatin1(bytes.toHex());
    case Encoding::Base64: return QString::fromLatin1(bytes.toBase64());
    case Encoding::Base64url:
        return QString::fromLatin1(
                bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    case Encoding::Utf16le: return decodeUtf16le(bytes);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace netcore
