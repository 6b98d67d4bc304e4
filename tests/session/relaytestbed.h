#pragma once

// A relay between loopback peers for the session tests: a target server, a relay in front of
// it (TCP or Unix on either side), and a client connected through the relay together with the
// target's end of that connection.

#include "../net/testpeers.h"

#include "session/relay.h"
#include "session/relayconnection.h"

#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace relaytest {

using testpeers::Transport;

struct RelayTestbed
{
    // Listens with the target on targetTransport and the relay on relayTransport.
    [[nodiscard]] bool start(Transport relayTransport, Transport targetTransport,
                             const session::RelayFaults &faults = {})
    {
        if (!testpeers::listenAndWait(target, testpeers::listenOptionsFor(targetTransport, dir)))
            return false;
        relay = std::make_unique<session::Relay>(
                testpeers::listenOptionsFor(relayTransport, dir, QStringLiteral("relay.sock")),
                testpeers::connectOptionsFor(target));
        relay->setFaults(faults);
        QSignalSpy listening(relay.get(), &session::Relay::listening);
        return !relay->start() && listening.wait(5000);
    }

    // Connects client through the relay; the target's end of it, or nullptr.
    netcore::Socket *connectThrough(netcore::Socket &client)
    {
        QPointer<netcore::Socket> accepted;
        const auto connection = QObject::connect(&target, &netcore::Server::newConnection, &client,
                                                 [&accepted](netcore::Socket *socket) {
                                                     if (!accepted)
                                                         accepted = socket;
                                                 });
        QSignalSpy connected(&client, &netcore::Socket::connected);
        const bool ok = !client.connectTo(testpeers::connectOptionsFor(*relay->server()))
                && QTest::qWaitFor([&] { return !connected.isEmpty() && accepted; }, 5000);
        QObject::disconnect(connection);
        return ok ? accepted.data() : nullptr;
    }

    session::RelayConnection *onlyConnection() const
    {
        const QList<session::RelayConnection *> all = relay->connections();
        return all.size() == 1 ? all.constFirst() : nullptr;
    }

    QTemporaryDir dir;
    netcore::Server target {netcore::ServerOptions {.allowHalfOpen = true}};
    std::unique_ptr<session::Relay> relay;
};

// So that QSignalSpy records the relay's signals.
inline void registerSignalTypes()
{
    qRegisterMetaType<session::RelayConnection *>();
    qRegisterMetaType<netcore::Socket *>();
}

// A TCP target that never completes a handshake: a listener with a backlog of 0 whose accept
// queue is full. Linux then drops further SYNs (SYN cookies do not help a full accept queue),
// so a connect to it stays pending until someone gives up. (A Unix listener with a full queue
// answers EAGAIN at once: it cannot stand in for a silent target.)
class SilentTcpTarget
{
public:
    SilentTcpTarget()
    {
        m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), length)
            || ::listen(m_listenFd, 0)
            || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length))
            return;
        for (int &filler : m_fillers) {
            filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            // Non-blocking: in progress or done, either way it takes a place in the queue.
            (void)::connect(filler, reinterpret_cast<sockaddr *>(&address), sizeof address);
        }
        m_port = ntohs(address.sin_port);
    }
    ~SilentTcpTarget()
    {
        for (const int fd : m_fillers)
            if (fd >= 0)
                ::close(fd);
        if (m_listenFd >= 0)
            ::close(m_listenFd);
    }
    SilentTcpTarget(const SilentTcpTarget &) = delete;
    SilentTcpTarget &operator=(const SilentTcpTarget &) = delete;

    int port() const { return m_port; } // 0 when it could not be set up

private:
    int m_listenFd = -1;
    int m_fillers[3] = {-1, -1, -1};
    int m_port = 0;
};

// Transports of the relay's two sides, as data rows "relay" and "target".
inline void addRelayRows()
{
    QTest::addColumn<Transport>("relay");
    QTest::addColumn<Transport>("target");
    QTest::newRow("tcp-tcp") << Transport::Tcp4 << Transport::Tcp4;
    QTest::newRow("unix-unix") << Transport::Unix << Transport::Unix;
    QTest::newRow("tcp-unix") << Transport::Tcp4 << Transport::Unix;
    QTest::newRow("unix-tcp6") << Transport::Unix << Transport::Tcp6;
}

// Everything one socket receives, with its chunks counted and its 'end' and error noted.
struct Received
{
    explicit Received(netcore::Socket *socket)
    {
        QObject::connect(socket, &netcore::Socket::dataReceived, &context,
                         [this](const QByteArray &chunk) {
                             bytes += chunk;
                             ++chunks;
                         });
        QObject::connect(socket, &netcore::Socket::ended, &context, [this] { ended = true; });
        QObject::connect(socket, &netcore::Socket::errorOccurred, &context,
                         [this](const netcore::NetError &error) { errorCode = error.code(); });
        QObject::connect(socket, &netcore::Socket::closed, &context, [this] { closed = true; });
    }
    QObject context; // the connections end with this object
    QByteArray bytes;
    int chunks = 0;
    bool ended = false;
    bool closed = false;
    QString errorCode;
};

} // namespace relaytest
