#include "stringdecoder.h"

#include <QByteArrayView>

#include <utility>

// A port of Node's src/string_decoder.cc. Its quirks are kept on purpose: UTF-8 is held back by
// lead-byte pattern only (the V8 decoder judges validity later), and UTF-16 holds back either an
// odd byte or a trailing high surrogate, never both, so one write() can end in a lone surrogate.

namespace netcore {

namespace {

// Length a UTF-8 lead byte announces by its bit pattern alone; 0 if it announces none.
int utf8AnnouncedLength(uchar lead)
{
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0;
}

bool isUtf8Continuation(char byte)
{
    return (uchar(byte) & 0xC0) == 0x80;
}

// How many bytes at the end of a UTF-8 chunk start a character that is not complete yet.
qsizetype utf8HeldBack(QByteArrayView data)
{
    if (!(uchar(data.back()) & 0x80))
        return 0;
    qsizetype count = 1;
    for (qsizetype i = data.size() - 1;; --i, ++count) {
        if (isUtf8Continuation(data[i])) {
            // Four trailing bytes, or a character begun in an earlier chunk: nothing to hold.
            if (count >= 4 || i == 0)
                return 0;
            continue;
        }
        return count < utf8AnnouncedLength(uchar(data[i])) ? count : 0;
    }
}

qsizetype utf16HeldBack(QByteArrayView data)
{
    if (data.size() % 2 == 1)
        return 1;
    return (uchar(data.back()) & 0xFC) == 0xD8 ? 2 : 0;
}

int missingBytes(Encoding encoding, const QByteArray &pending)
{
    if (pending.isEmpty())
        return 0;
    const int held = int(pending.size());
    switch (encoding) {
    case Encoding::Utf8: return utf8AnnouncedLength(uchar(pending.front())) - held;
    case Encoding::Utf16le: return held == 1 ? 1 : 4 - held; // an odd byte, or a surrogate pair
    case Encoding::Base64:
    case Encoding::Base64url: return 3 - held;
    default: return 0;
    }
}

// Feeds the start of data to the character held back from earlier chunks; returns its text
// once it is complete, or once a UTF-8 byte shows it never will be.
QString completePending(Encoding encoding, QByteArray &pending, QByteArrayView &data)
{
    const int missing = missingBytes(encoding, pending);
    if (missing == 0)
        return QString();
    qsizetype taken = qMin(data.size(), qsizetype(missing));
    bool broken = false;
    if (encoding == Encoding::Utf8) {
        for (qsizetype i = 0; i < taken && !broken; ++i) {
            broken = !isUtf8Continuation(data[i]);
            if (broken)
                taken = i;
        }
    }
    pending.append(data.first(taken));
    data = data.sliced(taken);
    if (!broken && taken < missing)
        return QString();
    return decodeBytes(std::exchange(pending, QByteArray()), encoding);
}

} // namespace

StringDecoder::StringDecoder(Encoding encoding)
    : m_encoding(encoding)
{ }

QString StringDecoder::write(const QByteArray &chunk)
{
    if (m_encoding == Encoding::Hex || m_encoding == Encoding::Latin1
        || m_encoding == Encoding::Ascii) {
        return decodeBytes(chunk, m_encoding);
    }
    QByteArrayView data(chunk);
    QString text = completePending(m_encoding, m_pending, data);
    if (data.isEmpty())
        return text;

    qsizetype held = 0;
    switch (m_encoding) {
    case Encoding::Utf8: held = utf8HeldBack(data); break;
    case Encoding::Utf16le: held = utf16HeldBack(data); break;
    case Encoding::Base64:
    case Encoding::Base64url: held = data.size() % 3; break;
    default: break;
    }
    m_pending = data.last(held).toByteArray();
    // The common case, a whole chunk with nothing held back, is decoded without a copy.
    const bool whole = held == 0 && data.size() == chunk.size();
    text += decodeBytes(whole ? chunk : data.chopped(held).toByteArray(), m_encoding);
    return text;
}

int StringDecoder::missingBytes() const
{
    return netcore::missingBytes(m_encoding, m_pending);
}

QString StringDecoder::end()
{
    QByteArray held = std::exchange(m_pending, QByteArray());
    // Node drops a single trailing byte of UTF-16, like Buffer.toString('utf16le').
    if (m_encoding == Encoding::Utf16le && held.size() % 2 == 1)
        held.chop(1);
    return held.isEmpty() ? QString() : decodeBytes(held, m_encoding);
}

} // namespace netcore
