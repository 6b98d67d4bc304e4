#include "payloadcodec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace session::payloadcodec {

namespace {

// lupdate finds the strings through a class's tr(): the context is session::PayloadCodec.
struct PayloadCodecText
{
    Q_DECLARE_TR_FUNCTIONS(session::PayloadCodec)
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Shows one character of the input in a message, readably even when it is invisible.
QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u"'"_s + c + u"'"_s;
    return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

PayloadResult failure(QStringView input, qsizetype position, const QString &message)
{
    PayloadResult result;
    result.position = position;
    result.line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < position && i < input.size(); ++i) {
        if (input[i] == u'\n') {
            ++result.line;
            lineStart = i + 1;
        }
    }
    result.column = int(position - lineStart) + 1;
    const bool multiLine = input.contains(u'\n');
    const QString where = multiLine
            ? PayloadCodecText::tr("line %1, column %2").arg(result.line).arg(result.column)
            : PayloadCodecText::tr("column %1").arg(result.column);
    result.error = message + u" ("_s + where + u")"_s;
    return result;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u',';
}

int base64Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    if (u == u'+')
        return 62;
    if (u == u'/')
        return 63;
    return -1;
}

} // namespace

QByteArray lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None: return {};
    case LineEnding::Lf: return QByteArrayLiteral("\n");
    case LineEnding::CrLf: return QByteArrayLiteral("\r\n");
    case LineEnding::Cr: return QByteArrayLiteral("\r");
    }
    return {};
}

PayloadResult decodeText(QStringView input, LineEnding ending)
{
    const QByteArray lineBreak
            = ending == LineEnding::None ? QByteArrayLiteral("\n") : lineEndingBytes(ending);
    PayloadResult result;
    QByteArray &out = result.bytes;
    out.reserve(input.size() + 2);
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += input.mid(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (c == u'\n' || c == u'\r') {
            flush(i);
            out += lineBreak;
            if (c == u'\r' && i + 1 < input.size() && input[i + 1] == u'\n')
                ++i; // a pasted CRLF is one line break
            runStart = i + 1;
            continue;
        }
        if (c != u'\\')
            continue;
        flush(i);
        if (i + 1 >= input.size())
            return failure(
                    input, i,
                    PayloadCodecText::tr(
                            "A backslash at the end starts no escape; write \\\\ for a backslash"));
        const QChar e = input[i + 1];
        switch (e.unicode()) {
        case u'r': out += '\r'; break;
        case u'n': out += '\n'; break;
        case u't': out += '\t'; break;
        case u'0': out += '\0'; break;
        case u'\\': out += '\\'; break;
        case u'x': {
            const int high = i + 2 < input.size() ? hexValue(input[i + 2]) : -1;
            const int low = i + 3 < input.size() ? hexValue(input[i + 3]) : -1;
            if (high < 0 || low < 0)
                return failure(input, i,
                               PayloadCodecText::tr("\\x needs two hex digits, as in \\x0a"));
            out += char((high << 4) | low);
            i += 2;
            break;
        }
        default:
            return failure(
                    input, i,
                    PayloadCodecText::tr("Unknown escape \\%1; use \\r \\n \\t \\0 \\\\ or \\xNN")
                            .arg(e));
        }
        ++i;
        runStart = i + 1;
    }
    flush(input.size());
    out += lineEndingBytes(ending);
    return result;
}

PayloadResult decodeHex(QStringView input)
{
    PayloadResult result;
    result.bytes.reserve(input.size() / 2);
    qsizetype i = 0;
    while (i < input.size()) {
        if (isSeparator(input[i])) {
            ++i;
            continue;
        }
        const qsizetype groupStart = i;
        if (input[i] == u'0' && i + 1 < input.size()
            && (input[i + 1] == u'x' || input[i + 1] == u'X'))
            i += 2;
        const qsizetype digitsStart = i;
        while (i < input.size() && !isSeparator(input[i])) {
            if (hexValue(input[i]) < 0)
                return failure(
                        input, i,
                        PayloadCodecText::tr("%1 is not a hex digit").arg(describe(input[i])));
            ++i;
        }
        const qsizetype digits = i - digitsStart;
        if (digits == 0)
            return failure(input, groupStart,
                           PayloadCodecText::tr("0x is not followed by hex digits"));
        if (digits % 2 != 0) {
            return failure(
                    input, groupStart,
                    PayloadCodecText::tr("Odd number of hex digits in \"%1\"; each byte takes two")
                            .arg(input.mid(groupStart, i - groupStart)));
        }
        for (qsizetype d = digitsStart; d < i; d += 2)
            result.bytes += char((hexValue(input[d]) << 4) | hexValue(input[d + 1]));
    }
    return result;
}

PayloadResult decodeBase64(QStringView input)
{
    PayloadResult result;
    result.bytes.reserve(input.size() * 3 / 4);
    quint32 accumulator = 0;
    int quantum = 0; // characters in the current group of four
    int padding = 0; // '=' seen in the current group
    qsizetype groupStart = -1;
    bool ended = false; // a padded group closed the data
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (c.isSpace())
            continue;
        if (ended)
            return failure(input, i, PayloadCodecText::tr("Nothing may follow the '=' padding"));
        if (quantum == 0)
            groupStart = i;
        if (c == u'=') {
            if (quantum < 2)
                return failure(input, i, PayloadCodecText::tr("'=' padding too early"));
            ++padding;
        } else {
            const int value = base64Value(c);
            if (value < 0)
                return failure(
                        input, i,
                        PayloadCodecText::tr("%1 is not a base64 character").arg(describe(c)));
            if (padding > 0)
                return failure(input, i, PayloadCodecText::tr("Only '=' may follow '=' padding"));
            accumulator = (accumulator << 6) | quint32(value);
        }
        if (++quantum < 4)
            continue;
        accumulator <<= 6 * padding;
        result.bytes += char(accumulator >> 16);
        if (padding < 2)
            result.bytes += char(accumulator >> 8);
        if (padding < 1)
            result.bytes += char(accumulator);
        ended = padding > 0;
        accumulator = 0;
        quantum = 0;
        padding = 0;
    }
    if (quantum != 0) {
        return failure(
                input, groupStart,
                PayloadCodecText::tr(
                        "Incomplete group of %1 characters; base64 comes in fours, padded with '='")
                        .arg(quantum));
    }
    return result;
}

PayloadResult decode(PayloadMode mode, QStringView input, LineEnding ending)
{
    switch (mode) {
    case PayloadMode::Text: return decodeText(input, ending);
    case PayloadMode::Hex: return decodeHex(input);
    case PayloadMode::Base64: return decodeBase64(input);
    }
    return {};
}

QString encodeEscaped(QByteArrayView bytes, bool breakAfterNewline)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto b = uchar(ch);
        switch (b) {
        case '\r': out += u"\\r"; break;
        case '\n':
            out += u"\\n";
            if (breakAfterNewline)
                out += u'\n';
            break;
        case '\t': out += u"\\t"; break;
        case '\0': out += u"\\0"; break;
        case '\\': out += u"\\\\"; break;
        default:
            if (b >= 0x20 && b < 0x7f) {
                out += QChar(char16_t(b));
            } else {
                out += u"\\x";
                out += QLatin1Char(digits[b >> 4]);
                out += QLatin1Char(digits[b & 0xf]);
            }
        }
    }
    return out;
}

QString encodeHex(QByteArrayView bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        if (!out.isEmpty())
            out += u' ';
        out += QLatin1Char(digits[uchar(ch) >> 4]);
        out += QLatin1Char(digits[uchar(ch) & 0xf]);
    }
    return out;
}

} // namespace session::payloadcodec
