#pragma once

#include "mode.h"

#include "session/relay.h"
#include "session/relayfaults.h"

#include "net/options.h"

#include <QStringList>

namespace netcore {
class NetError;
}
namespace session {
class RelayConnection;
} // namespace session

// What `netbench relay` was asked to do.
struct RelaySettings
{
    netcore::ListenOptions listen;
    netcore::ConnectOptions target;
    session::RelayFaults faults;
    int connectTimeoutMs
            = session::Relay::DefaultConnectTimeoutMs; // 0: as long as the kernel tries
};

// `netbench relay LISTEN TARGET`: a relay between clients and a server, as socat or toxiproxy,
// with faults on purpose. Prints "netbench: listening on ADDRESS" once bound and one line per
// connection on stderr; serves until interrupted. Exit status 1 when it cannot listen.
class RelayMode final : public Mode
{
    Q_OBJECT
public:
    explicit RelayMode(const RelaySettings &settings, QObject *parent = nullptr);
    ~RelayMode() override;

    // Parses the words after `netbench relay`, runs the mode, returns the exit code.
    static int runCommand(const QStringList &arguments);

    void start() override;

private:
    void onListening();
    void onServerError(const netcore::NetError &error);
    void onConnectionFinished(session::RelayConnection *connection, const netcore::NetError &error);

    session::Relay *m_relay;
};
