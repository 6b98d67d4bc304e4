#include "autoreply.h"

#include "net/socket.h"

namespace session {

void attachAutoReply(netcore::Socket *socket, AutoReply reply)
{
    if (reply != AutoReply::Echo)
        return; // discard: the socket reads anyway, and nobody keeps the bytes
    const auto echo = [socket](const auto &chunk) {
        const bool more = [&] {
            if constexpr (std::is_same_v<std::decay_t<decltype(chunk)>, QString>)
                return socket->write(chunk, socket->encoding().value_or(netcore::Encoding::Utf8));
            else
                return socket->write(chunk);
        }();
        if (!more)
            socket->pause();
    };
    QObject::connect(socket, &netcore::Socket::dataReceived, socket, echo);
    QObject::connect(socket, &netcore::Socket::textReceived, socket, echo);
    QObject::connect(socket, &netcore::Socket::drained, socket, [socket] {
        if (socket->isPaused() && !socket->isDestroyed())
            socket->resume();
    });
    // Without allowHalfOpen netcore ends our side itself; with it, echo ends when the peer did.
    QObject::connect(socket, &netcore::Socket::ended, socket, [socket] {
        if (socket->allowHalfOpen())
            socket->end();
    });
}

} // namespace session
