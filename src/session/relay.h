#pragma once

#include "relayfaults.h"

#include "net/neterror.h"
#include "net/options.h"

#include <QObject>

namespace netcore {
class Server;
class Socket;
} // namespace netcore

namespace session {

class RelayConnection;

// A relay between clients and a target, as socat or toxiproxy: it listens, and every client
// it accepts gets its own connection to the target (RelayConnection), TCP or Unix on either
// side. Bytes go through unchanged and in order unless faults() say otherwise; the faults can
// change at any time and apply to the connections already open.
class Relay final : public QObject
{
    Q_OBJECT
public:
    Relay(const netcore::ListenOptions &listen, const netcore::ConnectOptions &target,
          QObject *parent = nullptr);
    ~Relay() override;

    // Starts listening. A bad argument is returned; the rest arrives as listening() or
    // errorOccurred() on a later turn.
    netcore::NetError start();
    void close();

    netcore::Server *server() const { return m_server; }
    const netcore::ConnectOptions &target() const { return m_target; }
    const RelayFaults &faults() const { return m_faults; }
    void setFaults(const RelayFaults &faults);
    int acceptedCount() const { return m_accepted; }
    QList<RelayConnection *> connections() const;

Q_SIGNALS:
    void listening();
    void errorOccurred(const netcore::NetError &error);
    // A client was accepted; its connection to the target is on its way.
    void connectionOpened(session::RelayConnection *connection);
    // The refuse fault turned a client away (reset at once).
    void connectionRefused(netcore::Socket *client);
    // Both legs of a connection have closed; the connection is deleted after this.
    void connectionFinished(session::RelayConnection *connection, const netcore::NetError &error);

private:
    void onNewConnection(netcore::Socket *client);
    bool refusesNext() const;

    netcore::Server *m_server;
    netcore::ListenOptions m_listen;
    netcore::ConnectOptions m_target;
    RelayFaults m_faults;
    int m_accepted = 0; // clients relayed, not counting the refused
};

} // namespace session
