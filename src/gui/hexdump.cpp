#include "hexdump.h"

namespace gui::hexdump {

namespace {

constexpr char Digits[] = "0123456789abcdef";

void appendOffset(QString &out, qint64 offset)
{
    int width = 8;
    while (width < 16 && (quint64(offset) >> (4 * width)) != 0)
        ++width;
    for (int shift = 4 * (width - 1); shift >= 0; shift -= 4)
        out += QLatin1Char(Digits[(quint64(offset) >> shift) & 0xf]);
}

} // namespace

QString line(QByteArrayView bytes, qint64 offset, int bytesPerLine)
{
    const qsizetype count = qMin<qsizetype>(bytes.size(), bytesPerLine);
    QString out;
    out.reserve(80);
    appendOffset(out, offset);
    out += u' ';
    for (int i = 0; i < bytesPerLine; ++i) {
        if (i % 8 == 0)
            out += u' ';
        if (i < count) {
            const auto b = uchar(bytes[i]);
            out += QLatin1Char(Digits[b >> 4]);
            out += QLatin1Char(Digits[b & 0xf]);
            out += u' ';
        } else {
            out += u"   ";
        }
    }
    out += u' ';
    out += u'|';
    for (qsizetype i = 0; i < count; ++i) {
        const auto b = uchar(bytes[i]);
        out += (b >= 0x20 && b < 0x7f) ? QChar(char16_t(b)) : QChar(u'.');
    }
    out += u'|';
    return out;
}

QStringList lines(QByteArrayView bytes, qint64 startOffset, int bytesPerLine)
{
    QStringList result;
    result.reserve((bytes.size() + bytesPerLine - 1) / bytesPerLine);
    for (qsizetype at = 0; at < bytes.size(); at += bytesPerLine)
        result.append(line(bytes.sliced(at, qMin<qsizetype>(bytesPerLine, bytes.size() - at)),
                           startOffset + at, bytesPerLine));
    return result;
}

QString dump(QByteArrayView bytes, qint64 startOffset, int bytesPerLine)
{
    return lines(bytes, startOffset, bytesPerLine).join(u'\n');
}

int bytesPerLineFor(int columns)
{
    for (const int count : {16, 8})
        if (line({}, 0, count).size() + count <= columns) // the empty line lacks the text column
            return count;
    return 4;
}

} // namespace gui::hexdump
