#pragma once

#include "relay.h"
#include "relayfaults.h"
#include "savedentry.h"

#include "net/options.h"

#include <QMetaType>

namespace session {

// Everything the window's New Relay dialog asks for; the engine turns it into a Relay.
struct RelaySpec
{
    netcore::ListenOptions listen;                         // tcp(port, host) or unixPath(path)
    netcore::ConnectOptions target;                        // tcp(port, host) or unixPath(path)
    int connectTimeoutMs = Relay::DefaultConnectTimeoutMs; // 0: as long as the kernel tries
    RelayFaults faults;
    SavedEntry saved; // opened from a workspace: the file's text of it
};

} // namespace session

Q_DECLARE_METATYPE(session::RelaySpec)
Q_DECLARE_METATYPE(session::RelayFaults)
