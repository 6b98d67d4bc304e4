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

// What a relay has done so far, for a live display: bytes of finished connections included.
struct RelayCounts
{
    bool listening = false;
    int accepted = 0; // clients relayed
    int refused = 0;  // clients the refuse fault turned away
    int open = 0;     // connections not finished yet
    qint64 forwardedToServer = 0;
    qint64 forwardedToClient = 0;
    qint64 queuedToServer = 0; // read from clients, not yet written to the target
    qint64 queuedToClient = 0;

    friend bool operator==(const RelayCounts &, const RelayCounts &) = default;
};

// A relay between clients and a target, as socat or toxiproxy: it listens, and every client
// it accepts gets its own connection to the target (RelayConnection), TCP or Unix on either
// side. Bytes go through unchanged and in order unless faults() say otherwise; the faults can
// change at any time and apply to the connections already open.
class Relay final : public QObject
{
    Q_OBJECT
public:
    // How long a client waits for its target leg to connect before it is reset (the kernel
    // would retry SYNs to a silent target for minutes).
    static constexpr int DefaultConnectTimeoutMs = 10'000;

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
    // For the connections accepted from now on; 0: wait as long as the kernel does.
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    int acceptedCount() const { return m_accepted; }
    RelayCounts counts() const;
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
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_accepted = 0; // clients relayed, not counting the refused
    int m_refused = 0;
    qint64 m_finishedToServer = 0; // bytes forwarded by connections already deleted
    qint64 m_finishedToClient = 0;
};

} // namespace session

Q_DECLARE_METATYPE(session::RelayCounts)
