#pragma once

#include "endpointspec.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace netcore {
class Socket;
}

namespace session {

// Sees the bytes an auto-reply reads and writes back (netbench listen's hex dump).
struct AutoReplyTap
{
    std::function<void(const QByteArray &bytes)> received;
    std::function<void(const QByteArray &bytes)> sent;
};

// What a listener does with a connection it accepts, in the window and in `netbench listen`:
// echo writes every chunk back (never after its own side ended, and pausing while the peer
// does not read, as pipe() does); discard reads and drops. Both end their side once the peer
// has ended. None leaves the socket to the user.
void attachAutoReply(netcore::Socket *socket, AutoReply reply, const AutoReplyTap &tap = {});
// The objectName of the child of the socket that carries the preset; deleting it detaches it.
inline const QString AutoReplyPresetName = QStringLiteral("autoReplyPreset");

} // namespace session
