#pragma once

#include "relayfaults.h"

#include "net/socket.h"

#include "net/neterror.h"
#include "net/options.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace session {

class RelayPipe;

// One client of a relay and its own connection to the target. The client is accepted paused;
// the target leg connects first, then both directions forward (RelayPipe). If the target
// cannot be reached the client is reset, so it sees ECONNRESET as it would have seen a
// refusal. An error on one leg resets the other (RST for RST); a clean close of both ends
// the connection. Both legs allow half-open, so each direction ends on its own.
class RelayConnection final : public QObject
{
    Q_OBJECT
public:
    // connectTimeoutMs: how long the target leg may take to connect (0: no limit).
    RelayConnection(int number, netcore::Socket *client, const netcore::ConnectOptions &target,
                    int connectTimeoutMs, const RelayFaults *faults, QObject *parent = nullptr);
    ~RelayConnection() override;

    int number() const { return m_number; }
    netcore::Socket *client() const { return m_client; }
    netcore::Socket *server() const { return m_server; }
    // The target leg did not connect in time: it failed with ETIMEDOUT, the client was reset.
    bool connectTimedOut() const { return m_connectTimedOut; }
    bool isFinished() const { return m_finished; } // finished() was emitted
    qint64 clientToServerBytes() const;
    qint64 serverToClientBytes() const;
    // Bytes read from one leg and not yet written to the other (latency, bandwidth, hold).
    qint64 clientToServerQueued() const;
    qint64 serverToClientQueued() const;
    // The faults changed: let the pipes forward what they now allow.
    void faultsChanged();

Q_SIGNALS:
    // The target leg connected; bytes flow from now on.
    void established();
    // Both legs have closed. error: the first error either leg had (empty for a clean end).
    void finished(const netcore::NetError &error);

private:
    void onConnectTimeout(const netcore::ConnectOptions &target);
    void onServerConnected();
    void onLegError(netcore::Socket *leg, const netcore::NetError &error);
    void onLegClosed();
    void resetBoth();
    void cut(RelayPipe *reached);

    int m_number;
    QPointer<netcore::Socket> m_client;
    QPointer<netcore::Socket> m_server;
    const RelayFaults *m_faults;
    RelayPipe *m_toServer = nullptr;
    RelayPipe *m_toClient = nullptr;
    QTimer m_connectTimer;
    netcore::NetError m_error;
    bool m_finished = false;
    bool m_connectTimedOut = false;
};

} // namespace session
