#pragma once

#include "endpointspec.h"

namespace netcore {
class Socket;
}

namespace session {

// What a listener made in the window does with a connection it accepts: echo writes every
// chunk back (pausing while the peer does not read, as pipe() does) and ends when the peer
// ends; discard reads and drops. None leaves the socket to the user.
void attachAutoReply(netcore::Socket *socket, AutoReply reply);

} // namespace session
