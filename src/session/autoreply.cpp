#include "autoreply.h"

#include "net/encoding.h"
#include "net/socket.h"

namespace session {

namespace {

// Writes chunk back as it came (bytes, or text in the socket's encoding); false when the
// write queue is full and the socket should stop reading until 'drain'.
bool writeBack(netcore::Socket *socket, const QByteArray &chunk)
{
    return socket->write(chunk);
}

bool writeBack(netcore::Socket *socket, const QString &chunk)
{
    return socket->write(chunk, socket->encoding().value_or(netcore::Encoding::Utf8));
}

QByteArray bytesOf(const netcore::Socket *, const QByteArray &chunk)
{
    return chunk;
}

QByteArray bytesOf(const netcore::Socket *socket, const QString &chunk)
{
    return netcore::encodeText(chunk, socket->encoding().value_or(netcore::Encoding::Utf8));
}

} // namespace

void attachAutoReply(netcore::Socket *socket, AutoReply reply, const AutoReplyTap &tap)
{
    if (reply == AutoReply::None)
        return;
    // Discard only reads (netcore reads whether or not anyone listens); echo writes back each
    // chunk, never after its own side ended, and pauses while the peer does not read, as
    // pipe() does.
    const bool echo = reply == AutoReply::Echo;
    // The connections' context: deleting it (AutoReplyPresetName) takes the preset off a socket
    // whose listener is given rules while the connection is open.
    auto *preset = new QObject(socket);
    preset->setObjectName(AutoReplyPresetName);
    const auto onChunk = [socket, echo, tap](const auto &chunk) {
        if (tap.received)
            tap.received(bytesOf(socket, chunk));
        if (!echo || !socket->isWritable())
            return;
        if (tap.sent)
            tap.sent(bytesOf(socket, chunk));
        if (!writeBack(socket, chunk))
            socket->pause();
    };
    QObject::connect(socket, &netcore::Socket::dataReceived, preset, onChunk);
    QObject::connect(socket, &netcore::Socket::textReceived, preset, onChunk);
    if (echo) {
        QObject::connect(socket, &netcore::Socket::drained, preset, [socket] {
            if (socket->isPaused() && !socket->isDestroyed())
                socket->resume();
        });
    }
    // Without allowHalfOpen netcore ends our side itself; with it, we end once the peer did,
    // so a finished client is not left half-open.
    QObject::connect(socket, &netcore::Socket::ended, preset, [socket] {
        if (socket->allowHalfOpen() && socket->isWritable())
            socket->end();
    });
}

} // namespace session
