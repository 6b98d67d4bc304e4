#pragma once

#include <net/encoding.h>
#include <net/stringdecoder.h>

#include <QByteArray>
#include <QObject>
#include <QString>

namespace script {

class NativeHost;

// The state of the script's streaming decoders, kept in C++ so that what a chunk boundary
// holds back is decided by netcore's decoders, not by a copy of them in JS. Made by
// NativeHost::newStringDecoder()/newTextDecoder(); the engine owns them (its garbage
// collector deletes one with the JS object that holds it).

// require('string_decoder')'s StringDecoder: netcore's port of Node's string_decoder.cc.
class StringDecoderHandle final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int bufferedBytes READ bufferedBytes)
    Q_PROPERTY(int missingBytes READ missingBytes)
public:
    StringDecoderHandle(netcore::Encoding encoding, const NativeHost *host);

    Q_INVOKABLE QString write(const QByteArray &chunk);
    Q_INVOKABLE QString end();
    Q_INVOKABLE void reset();
    int bufferedBytes() const { return m_decoder.pendingBytes(); }
    int missingBytes() const { return m_decoder.missingBytes(); }

private:
    netcore::StringDecoder m_decoder;
    const NativeHost *m_host;
};

// TextDecoder (WHATWG Encoding) for UTF-8, UTF-16LE and Latin-1: decode(chunk, stream) holds
// back only a sequence more bytes could still complete (utf8::cutShortTail(); for UTF-16 an odd
// byte and a trailing high surrogate), and at the end of the stream what is left, a lone
// surrogate included, becomes U+FFFD.
class TextDecoderHandle final : public QObject
{
    Q_OBJECT
public:
    TextDecoderHandle(netcore::Encoding encoding, const NativeHost *host);

    Q_INVOKABLE QString decode(const QByteArray &chunk, bool stream);
    // Whether the last decode() met bytes that are not valid in the encoding: a fatal
    // TextDecoder throws then, and reset()s, as Node's starts afresh after the error.
    Q_INVOKABLE bool lastWasInvalid() const { return m_invalid; }
    Q_INVOKABLE void reset() { m_pending.clear(); }

private:
    qsizetype heldBack(const QByteArray &bytes) const;
    QString decodeComplete(const QByteArray &bytes) const;
    bool hasInvalidData(const QByteArray &bytes, const QString &text) const;

    netcore::Encoding m_encoding;
    QByteArray m_pending;
    bool m_invalid = false;
    const NativeHost *m_host;
};

} // namespace script
