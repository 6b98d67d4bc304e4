#include "streamdecoders.h"

#include "nativehost.h"

#include <net/utf8.h>

namespace script {

namespace {

// WHATWG's UTF-16 decoder gives U+FFFD for a surrogate without its other half (Buffer's
// toString('utf16le') keeps it).
void replaceLoneSurrogates(QString *text)
{
    QChar *chars = text->data();
    const qsizetype size = text->size();
    for (qsizetype i = 0; i < size; ++i) {
        if (!chars[i].isSurrogate())
            continue;
        if (chars[i].isHighSurrogate() && i + 1 < size && chars[i + 1].isLowSurrogate())
            ++i;
        else
            chars[i] = QChar::ReplacementCharacter;
    }
}

} // namespace

StringDecoderHandle::StringDecoderHandle(netcore::Encoding encoding, const NativeHost *host)
    : m_decoder(encoding)
    , m_host(host)
{ }

QString StringDecoderHandle::write(const QByteArray &chunk)
{
    return m_host->decodeWithinMemory(chunk.size(), [&] { return m_decoder.write(chunk); });
}

QString StringDecoderHandle::end()
{
    return m_decoder.end(); // at most 3 bytes held back
}

void StringDecoderHandle::reset()
{
    m_decoder = netcore::StringDecoder(m_decoder.encoding());
}

TextDecoderHandle::TextDecoderHandle(netcore::Encoding encoding, const NativeHost *host)
    : m_encoding(encoding)
    , m_host(host)
{ }

QString TextDecoderHandle::decode(const QByteArray &chunk, bool stream)
{
    const QByteArray bytes = m_pending.isEmpty() ? chunk : m_pending + chunk;
    const qsizetype held = stream ? heldBack(bytes) : 0;
    m_pending = bytes.last(held);
    // The part before what is held back, without copying it.
    const QByteArray complete = QByteArray::fromRawData(bytes.constData(), bytes.size() - held);
    QString text
            = m_host->decodeWithinMemory(complete.size(), [&] { return decodeComplete(complete); });
    m_invalid = hasInvalidData(complete, text);
    return text;
}

// Every invalid sequence becomes at least one U+FFFD; a U+FFFD encoded in the input becomes
// exactly one (its bytes cannot be taken into a sequence before them). So the input is valid
// when the text has no more U+FFFD than the input encodes.
bool TextDecoderHandle::hasInvalidData(const QByteArray &bytes, const QString &text) const
{
    const qsizetype replacements = text.count(QChar::ReplacementCharacter);
    if (replacements == 0)
        return false;
    qsizetype encoded = 0;
    switch (m_encoding) {
    case netcore::Encoding::Utf8: encoded = bytes.count("\xEF\xBF\xBD"); break;
    case netcore::Encoding::Utf16le:
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
            if (uchar(bytes[i]) == 0xFD && uchar(bytes[i + 1]) == 0xFF)
                ++encoded;
        }
        break;
    default: return false; // Latin-1 has no invalid bytes
    }
    return replacements > encoded;
}

qsizetype TextDecoderHandle::heldBack(const QByteArray &bytes) const
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    switch (m_encoding) {
    case netcore::Encoding::Utf8: return netcore::utf8::cutShortTail(data, size);
    case netcore::Encoding::Utf16le: {
        // An odd byte, and before it a high surrogate waiting for its low half.
        const qsizetype odd = size % 2;
        const qsizetype unitEnd = size - odd;
        const bool surrogate = unitEnd >= 2 && (data[unitEnd - 1] & 0xFC) == 0xD8;
        return odd + (surrogate ? 2 : 0);
    }
    default: return 0;
    }
}

QString TextDecoderHandle::decodeComplete(const QByteArray &bytes) const
{
    QString text = netcore::decodeBytes(bytes, m_encoding);
    if (m_encoding == netcore::Encoding::Utf16le) {
        replaceLoneSurrogates(&text);
        if (bytes.size() % 2 == 1) // a byte left at the end of the stream
            text += QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace script
