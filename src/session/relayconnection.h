#pragma once

#include "relayfaults.h"

#include "net/socket.h"

#include "net/neterror.h"
#include "net/options.h"

#include <QObject>
#include <QPointer>

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
    RelayConnection(int number, netcore::Socket *client, const netcore::ConnectOptions &target,
                    const RelayFaults *faults, QObject *parent = nullptr);
    ~RelayConnection() override;

    int number() const { return m_number; }
    netcore::Socket *client() const { return m_client; }
    netcore::Socket *server() const { return m_server; }
    qint64 clientToServerBytes() const;
    qint64 serverToClientBytes() const;
    // The faults changed: let the pipes forward what they now allow.
    void faultsChanged();

Q_SIGNALS:
    // The target leg connected; bytes flow from now on.
    void established();
    // Both legs have closed. error: the first error either leg had (empty for a clean end).
    void finished(const netcore::NetError &error);

private:
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
    netcore::NetError m_error;
    bool m_finished = false;
};

} // namespace session
