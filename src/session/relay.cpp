#include "relay.h"

#include "relayconnection.h"

#include "net/server.h"
#include "net/socket.h"

using netcore::NetError;
using netcore::Server;
using netcore::Socket;

namespace session {

Relay::Relay(const netcore::ListenOptions &listen, const netcore::ConnectOptions &target,
             QObject *parent)
    : QObject(parent)
    // Paused on accept: nothing is read from a client before its target leg is connected.
    , m_server(new Server(netcore::ServerOptions {.allowHalfOpen = true, .pauseOnConnect = true},
                          this))
    , m_listen(listen)
    , m_target(target)
{
    connect(m_server, &Server::listening, this, &Relay::listening);
    connect(m_server, &Server::errorOccurred, this, &Relay::errorOccurred);
    connect(m_server, &Server::newConnection, this, &Relay::onNewConnection);
}

Relay::~Relay()
{
    // The connections' sockets close before the server that counts them.
    qDeleteAll(connections());
    delete m_server;
}

NetError Relay::start()
{
    return m_server->listen(m_listen);
}

void Relay::close()
{
    m_server->close();
}

void Relay::setFaults(const RelayFaults &faults)
{
    m_faults = faults;
    for (RelayConnection *connection : connections())
        connection->faultsChanged();
}

QList<RelayConnection *> Relay::connections() const
{
    return findChildren<RelayConnection *>(Qt::FindDirectChildrenOnly);
}

RelayCounts Relay::counts() const
{
    RelayCounts counts;
    counts.listening = m_server->isListening();
    counts.accepted = m_accepted;
    counts.refused = m_refused;
    counts.forwardedToServer = m_finishedToServer;
    counts.forwardedToClient = m_finishedToClient;
    for (const RelayConnection *connection : connections()) {
        if (connection->isFinished())
            continue; // counted in m_finishedTo*, deleted soon
        ++counts.open;
        counts.forwardedToServer += connection->clientToServerBytes();
        counts.forwardedToClient += connection->serverToClientBytes();
        counts.queuedToServer += connection->clientToServerQueued();
        counts.queuedToClient += connection->serverToClientQueued();
    }
    return counts;
}

bool Relay::refusesNext() const
{
    return m_faults.refuseConnections
            || (m_faults.refuseAfterConnections && m_accepted >= *m_faults.refuseAfterConnections);
}

void Relay::onNewConnection(Socket *client)
{
    if (refusesNext()) {
        ++m_refused;
        connect(client, &Socket::closed, client, &QObject::deleteLater);
        Q_EMIT connectionRefused(client);
        client->resetAndDestroy();
        return;
    }
    ++m_accepted;
    auto *connection = new RelayConnection(m_accepted, client, m_target, m_connectTimeoutMs,
                                           &m_faults, this);
    connect(connection, &RelayConnection::finished, this,
            [this, connection](const NetError &error) {
                Q_EMIT connectionFinished(connection, error);
                m_finishedToServer += connection->clientToServerBytes();
                m_finishedToClient += connection->serverToClientBytes();
                connection->deleteLater();
            });
    Q_EMIT connectionOpened(connection);
}

} // namespace session
