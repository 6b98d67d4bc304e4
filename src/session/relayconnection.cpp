#include "relayconnection.h"

#include "relaypipe.h"

#include "net/socket.h"

#include <cerrno>

using namespace Qt::StringLiterals;
using netcore::NetError;
using netcore::Socket;

namespace session {

RelayConnection::RelayConnection(int number, Socket *client, const netcore::ConnectOptions &target,
                                 int connectTimeoutMs, const RelayFaults *faults, QObject *parent)
    : QObject(parent)
    , m_number(number)
    , m_client(client)
    , m_server(new Socket(netcore::SocketOptions {.allowHalfOpen = true}, this))
    , m_faults(faults)
{
    client->setParent(this);
    connect(m_server, &Socket::connected, this, &RelayConnection::onServerConnected);
    if (connectTimeoutMs > 0) {
        m_connectTimer.setSingleShot(true);
        connect(&m_connectTimer, &QTimer::timeout, this,
                [this, target] { onConnectTimeout(target); });
        m_connectTimer.start(connectTimeoutMs);
    }
    for (Socket *leg : {client, m_server.data()}) {
        connect(leg, &Socket::errorOccurred, this,
                [this, leg](const NetError &error) { onLegError(leg, error); });
        connect(leg, &Socket::closed, this, &RelayConnection::onLegClosed);
    }
    if (const NetError error = m_server->connectTo(target)) {
        // The target was checked when the relay started; a refusal here still ends cleanly.
        m_error = error;
        client->resetAndDestroy();
        m_server->destroy();
    }
}

RelayConnection::~RelayConnection() = default;

qint64 RelayConnection::clientToServerBytes() const
{
    return m_toServer ? m_toServer->forwardedBytes() : 0;
}

qint64 RelayConnection::serverToClientBytes() const
{
    return m_toClient ? m_toClient->forwardedBytes() : 0;
}

qint64 RelayConnection::clientToServerQueued() const
{
    return m_toServer ? m_toServer->pendingBytes() : 0;
}

qint64 RelayConnection::serverToClientQueued() const
{
    return m_toClient ? m_toClient->pendingBytes() : 0;
}

void RelayConnection::faultsChanged()
{
    if (m_toServer)
        m_toServer->pump();
    if (m_toClient)
        m_toClient->pump();
}

// A target that drops SYNs (a firewall, a full accept queue) would keep the client waiting
// for minutes of kernel retries. The target leg fails as a connect would time out, which
// resets the client, and the error says so in the log and the trace.
void RelayConnection::onConnectTimeout(const netcore::ConnectOptions &target)
{
    if (!m_server || !m_server->isConnecting())
        return;
    m_connectTimedOut = true;
    m_server->destroy(
            target.port ? NetError::fromErrno(ETIMEDOUT, u"connect"_s, target.host, *target.port)
                        : NetError::fromErrno(ETIMEDOUT, u"connect"_s, target.path));
}

void RelayConnection::onServerConnected()
{
    m_connectTimer.stop();
    if (!m_client || m_client->isDestroyed()) {
        m_server->destroy();
        return;
    }
    m_toServer = new RelayPipe(m_client, m_server, &m_faults->clientToServer, this);
    m_toClient = new RelayPipe(m_server, m_client, &m_faults->serverToClient, this);
    for (RelayPipe *pipe : {m_toServer, m_toClient}) {
        connect(pipe, &RelayPipe::resetRequested, this, &RelayConnection::resetBoth);
        connect(pipe, &RelayPipe::cutReached, this, [this, pipe] { cut(pipe); });
    }
    Q_EMIT established();
    m_toServer->start(); // resumes the client, accepted paused
    m_toClient->start();
}

// RST for RST: the other peer learns that its connection broke, as it would without the relay.
void RelayConnection::onLegError(Socket *leg, const NetError &error)
{
    if (!m_error)
        m_error = error;
    Socket *other = leg == m_client ? m_server.data() : m_client.data();
    if (other && !other->isDestroyed())
        other->resetAndDestroy();
}

void RelayConnection::onLegClosed()
{
    const bool clientClosed = !m_client || m_client->isDestroyed();
    const bool serverClosed = !m_server || m_server->isDestroyed();
    if (m_finished || !clientClosed || !serverClosed)
        return;
    m_finished = true;
    Q_EMIT finished(m_error);
}

void RelayConnection::resetBoth()
{
    for (RelayPipe *pipe : {m_toServer, m_toClient})
        pipe->stop();
    for (Socket *leg : {m_client.data(), m_server.data()}) {
        if (leg && !leg->isDestroyed())
            leg->resetAndDestroy();
    }
}

// The pipe that reached its count has written its bytes and end() to its receiver; the sender's
// leg is closed at once and nothing more goes the other way.
void RelayConnection::cut(RelayPipe *reached)
{
    for (RelayPipe *pipe : {m_toServer, m_toClient})
        pipe->stop();
    Socket *sendingLeg = reached == m_toServer ? m_client.data() : m_server.data();
    if (sendingLeg && !sendingLeg->isDestroyed())
        sendingLeg->destroy();
}

} // namespace session
